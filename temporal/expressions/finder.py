"""The entry point: scan, keep the best non-overlapping matches, anchor in order.

Each rule family is compiled into one alternation (group names prefixed by
the rule's name).  The alternations are tried only where a token could start
an expression (a number or a word that occurs in some rule), never at every
character.  Candidates compete on length; the winners are resolved left to
right so relative expressions see the story's clock.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from . import (
    rules_calendar,
    rules_duration,
    rules_explicit,
    rules_fiscal,
    rules_relative,
    rules_time,
)
from .anchoring import Context
from .composite import attach_times, join_ranges, merge_anchored
from .model import TimeExpression
from .rulebase import Rule

_FAMILIES: list[list[Rule]] = [
    rules_explicit.RULES, rules_calendar.RULES, rules_fiscal.RULES,
    rules_relative.RULES, rules_duration.RULES, rules_time.RULES,
]
_GROUP = re.compile(r"\(\?P<(\w+)>")
_BACKREF = re.compile(r"\(\?P=(\w+)\)")


class _Family:
    def __init__(self, rules: Iterable[Rule]):
        self.rules: dict[str, Rule] = {}
        self.groups: dict[str, list[tuple[str, str]]] = {}
        parts = []
        for rule in rules:
            names = _GROUP.findall(rule.pattern)
            self.groups[rule.name] = [(name, f"{rule.name}__{name}") for name in names]
            pattern = _GROUP.sub(rf"(?P<{rule.name}__\1>", rule.pattern)
            pattern = _BACKREF.sub(rf"(?P={rule.name}__\1)", pattern)
            parts.append(f"(?P<{rule.name}>{pattern})")
            self.rules[rule.name] = rule
        self.regex = re.compile("|".join(parts), re.IGNORECASE)
        self._parts = parts
        self._position = {name: i for i, name in enumerate(self.rules)}
        # The alternation of the rules after the i-th, to find every match in few
        # calls; compiled on first need, since most are never needed and compiling
        # them all cost a third of a second at every start of the application.
        self._rest: dict[int, re.Pattern | None] = {}

    def rest_after(self, name: str) -> re.Pattern | None:
        position = self._position[name]
        if position not in self._rest:
            tail = self._parts[position + 1:]
            self._rest[position] = re.compile("|".join(tail), re.IGNORECASE) if tail else None
        return self._rest[position]

    def try_at(self, text: str, pos: int, out: list) -> None:
        """Every rule of the family that matches here, not only the first alternative.

        Python alternation is first-match-wins: "the week of March 6" would stop at
        an earlier, shorter rule, and a rule whose ``accept`` refuses would hide
        the later ones.  The one combined regex finds cheaply whether anything
        matches; only then are the later rules tried one by one, and the
        candidates compete on length in ``_select``.
        """
        regex = self.regex
        while regex is not None:
            found = regex.match(text, pos)
            if found is None:
                return
            name = found.lastgroup
            if found.end() > pos:
                groups = {short: found.group(full) for short, full in self.groups[name]}
                self._add(self.rules[name], groups, text, pos, found.end(), out)
            regex = self.rest_after(name)

    @staticmethod
    def _add(rule: Rule, groups: dict, text: str, start: int, end: int, out: list) -> None:
        if rule.accept is None or rule.accept(groups, text, start, end):
            out.append((start, end, rule, groups))


# Words that occur inside rule patterns but can never begin an expression.
_NEVER_FIRST = frozenset("""to of in and s on from or t than so after before with for as is are
    was were be ago hence back old times per record ed local time o clock
    est gmt utc bst cet msk et pt hrs which when has have had will would
    might can not am pm m ap ie st nd rd th""".split())


def _trigger_words(rules: list[Rule]) -> frozenset[str]:
    """Literal words of the rule patterns: a superset of the words a match can contain.

    Trying a family only at numbers and at tokens from its own set is what
    makes the scan fast: most positions in prose can start no expression.
    """
    words: set[str] = {"q", "h", "'"}
    for rule in rules:
        literal = re.sub(r"\(\?P<\w+>|\(\?P=\w+\)|\\[A-Za-z]", " ", rule.pattern)
        found = [w.lower() for w in re.findall(r"[A-Za-z]+", literal)]
        words.update(found)
        words.update(w + "s" for w in found)  # plurals built as "year)s?"
    words.update(("centuries", "centurys"))
    return frozenset(words)


_COMPILED = [_Family(rules) for rules in _FAMILIES]
_BY_WORD: dict[str, tuple[_Family, ...]] = {}
_ANY_WORD: set[str] = set()
for _fam, _rules in zip(_COMPILED, _FAMILIES):
    _words = _trigger_words(_rules)
    _ANY_WORD |= _words
    for _w in _words - _NEVER_FIRST:
        _BY_WORD[_w] = _BY_WORD.get(_w, ()) + (_fam,)
_NUMERIC = tuple(_COMPILED)
# Frequent words that begin expressions only together with a following trigger word.
_LEADERS = frozenset("the a an that at by more about just some most this its over less "
                     "nearly almost around roughly only well under up no close".split())
_ASCII_LOWER = {c: c + 32 for c in range(ord("A"), ord("Z") + 1)}
_TOKEN = re.compile(r"[A-Za-z]+|\d+|'(?=\d)")


def _select(cands: list, length: int) -> list:
    """Longest first; ties go to the earlier candidate (explicit families are tried first)."""
    def longest_first(index: int) -> tuple[int, int, int]:
        start, end = cands[index][0], cands[index][1]
        return -(end - start), start, index

    taken = bytearray(length)
    chosen = []
    for index in sorted(range(len(cands)), key=longest_first):
        start, end = cands[index][0], cands[index][1]
        if taken.find(1, start, end) != -1:
            continue
        taken[start:end] = b"\x01" * (end - start)
        chosen.append(cands[index])
    chosen.sort(key=lambda c: c[0])
    return chosen


def find_expressions(text: str, reference: dt.date | None) -> list[TimeExpression]:
    """Every time expression in ``text``, ordered by start, never overlapping."""
    if not text:
        return []
    if isinstance(reference, dt.datetime):
        reference = reference.date()
    cands: list = []
    by_word = _BY_WORD
    # ASCII-only lower-casing keeps offsets: str.lower() can lengthen text ("İ" -> "i̇")
    tokens = [(m.start(), m.group()) for m in _TOKEN.finditer(text.translate(_ASCII_LOWER))]
    last = len(tokens) - 1
    for index, (pos, word) in enumerate(tokens):
        families = _NUMERIC if word[0].isdigit() or word == "'" else by_word.get(word)
        if not families:
            continue
        if word in _LEADERS:
            # "the", "a", "at"... start an expression only if the next word could continue one
            following = tokens[index + 1][1] if index < last else ""
            if not (following[:1].isdigit() or following == "'" or following in _ANY_WORD):
                continue
        for family in families:
            family.try_at(text, pos, cands)
    ctx = Context(text, reference)
    results: list[TimeExpression] = []
    for start, end, rule, groups in _select(cands, len(text)):
        try:
            resolution = rule.resolve(groups, ctx, start, end)
        except (ValueError, OverflowError, KeyError, TypeError, IndexError):
            resolution = None
        if resolution is None:
            continue
        granule = resolution.granule
        results.append(TimeExpression(start, end, text[start:end], resolution.type, granule.value,
                                      granule.precision, granule.earliest, granule.latest,
                                      resolution.mod, rule.name))
        if resolution.type in ("DATE", "TIME"):
            ctx.note(granule, start)
    return join_ranges(merge_anchored(attach_times(results, text), text), text)

