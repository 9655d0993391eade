"""A language's date grammar: its rules, and the scan that applies them.

Each rule is one regular expression over the folded text (see ``normalise``)
and a resolver that turns its match into a TIMEX3 value with the ``Anchor``.
Every rule is matched over the whole text; the candidates compete on length
(longest wins, then the earlier, then the earlier rule), and the winners are
resolved left to right so "the next day" sees the dates before it.  A resolver
may split its match into several expressions ("1 и 5 июля" is two days).
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Callable
from typing import NamedTuple

from ..granules import Granule
from ..model import TimeExpression
from .anchor import Anchor
from .normalise import fold
from .triggers import DIGIT, first_word_states, prefix_pattern

_MARKS = re.compile("[\u064B-\u0652]")  # Arabic case vowels, left out of lookups


class Found(NamedTuple):
    type: str
    granule: Granule
    mod: str | None = None


class Piece(NamedTuple):
    """Part of a match resolved on its own: offsets into the text, and its value."""

    start: int
    end: int
    found: Found


Resolved = Found | list | None


class Rule(NamedTuple):
    """``starts``: regex fragments for the first word any match of the rule begins with."""

    name: str
    pattern: str
    resolve: Callable[[re.Match, Anchor], Resolved]
    starts: tuple[str, ...] = ()


def with_starts(rules: list[Rule], starts: dict[str, tuple[str, ...]]) -> list[Rule]:
    """``rules`` with their first-word fragments filled in from ``starts`` (by name)."""
    return [rule._replace(starts=starts[rule.name]) for rule in rules]


def range_of(a: Granule, b: Granule) -> Granule | None:
    """One DATE from ``a`` to ``b`` as an ISO interval, as the gold writes "1 и 2 июля"."""
    if a.earliest is None or b.latest is None:
        return Granule(f"{a.value}/{b.value}", "range", None, None)
    if b.latest < a.earliest:
        return None
    return Granule(f"{a.value}/{b.value}", "range", a.earliest, b.latest)


def _longest_first(cands: list) -> list:
    """Non-overlapping candidates, longest first, then the earlier, then the earlier rule."""
    cands = sorted(cands, key=lambda c: (c[0] - c[1], c[0], c[2]))
    if not cands:
        return []
    lo = min(c[0] for c in cands)
    taken = bytearray(max(c[1] for c in cands) - lo)
    chosen = []
    for c in cands:
        if taken.find(1, c[0] - lo, c[1] - lo) == -1:
            taken[c[0] - lo:c[1] - lo] = b"\x01" * (c[1] - c[0])
            chosen.append(c)
    chosen.sort(key=lambda c: c[0])
    return chosen


class Grammar:
    """The compiled rules of one language."""

    def __init__(self, code: str, rules: list[Rule], future_cue: str, past_cue: str,
                 word_start: str = r"(?<![\w'])", clitics: str | None = None,
                 deadline_cue: str = ""):
        """``word_start``: where any expression may begin; ``clitics``: letters that
        may be glued before such a word (Arabic "و", "ب"...), matched at a word start.

        Rules are not run over the whole text: the words the rules can begin with
        (a number, a month, a weekday...: the rules' ``starts``) make one trie regex
        that finds where any of them begins; each such word is looked up, and only
        its rules are tried there, anchored.  Most words of prose begin nothing.
        """
        self.code = code
        self.rules = rules
        self._compiled = [re.compile(f"{word_start}(?:{rule.pattern})", re.IGNORECASE)
                          for rule in rules]
        by_fragment: dict[str, list[int]] = {}
        for i, rule in enumerate(rules):
            for fragment in rule.starts:
                by_fragment.setdefault(fragment, []).append(i)
        # Each fragment's first words go in a dictionary: a word of the text is
        # looked up (each of its prefixes of a listed length) instead of running
        # every fragment there.  Fragments that cannot be listed are searched for.
        self._fragments = [(re.compile(f"(?:{f})", re.IGNORECASE), tuple(idx))
                           for f, idx in by_fragment.items()]
        self._by_word: dict[str, list[int]] = {}
        self._digit: list[int] = []
        self._searched: list[tuple[re.Pattern, int]] = []
        open_words: set[str] = set()    # a word of the text may go on after these
        spaced_words: set[str] = set()  # these the fragment wants white space after
        for k, fragment in enumerate(by_fragment):
            states = first_word_states(fragment)
            words = None if states is None else {w for w, _ in states}
            for word, spaced in states or ():
                if word != DIGIT:
                    (spaced_words if spaced else open_words).add(word)
            if words is None:
                self._searched.append((re.compile(f"{word_start}(?=(?:{fragment}))",
                                                  re.IGNORECASE), k))
                continue
            for word in words:
                if word == DIGIT:
                    self._digit.append(k)
                else:
                    self._by_word.setdefault(word, []).append(k)
        lengths: dict[str, set[int]] = {}
        for word in self._by_word:
            lengths.setdefault(word[0], set()).add(len(word))
        self._lengths = {ch: tuple(sorted(ls)) for ch, ls in lengths.items()}
        self._longest = max((len(w) for w in self._by_word), default=1)
        self._starts = re.compile(r"[\w']+")
        self._clitics = None if clitics is None else re.compile(clitics)
        # Where a listed word (or a number) may begin, maybe after a clitic: the words
        # of prose that begin nothing are skipped by the regex engine, not looked up.
        glued = f"(?:{clitics})?" if clitics is not None else ""
        listed = prefix_pattern(open_words, spaced_words, _MARKS.pattern + "*")
        self._candidate_starts = re.compile(rf"(?<![\w'])(?={glued}(?:\d|{listed}))",
                                            re.IGNORECASE)
        self._unstarted = [i for i, rule in enumerate(rules) if not rule.starts]
        self._future, self._past, self._deadline = future_cue, past_cue, deadline_cue

    def _trigger_positions(self, folded: str) -> dict[int, set[int]]:
        """Word starts (and starts after a clitic) mapped to the fragments found there."""
        found: dict[int, set[int]] = {}
        by_word, lengths, digit = self._by_word, self._lengths, self._digit
        longest, clitics = self._longest + 4, self._clitics
        tokens = self._starts
        for hit in self._candidate_starts.finditer(folded):
            start = hit.start()
            positions = [start]
            if clitics is not None:
                c = clitics.match(folded, start, tokens.match(folded, start).end())
                if c is not None and c.end() > start:
                    positions += range(start + 1, c.end() + 1)
            for pos in positions:
                key = _MARKS.sub("", folded[pos:pos + longest]).lower()
                ch = key[:1]
                hits: set[int] = set()
                if ch.isdigit():
                    hits.update(digit)
                for n in lengths.get(ch, ()):
                    frags = by_word.get(key[:n])
                    if frags:
                        hits.update(frags)
                if hits:
                    found.setdefault(pos, set()).update(hits)
        for regex, k in self._searched:
            for hit in regex.finditer(folded):
                found.setdefault(hit.start(), set()).add(k)
        return found

    def candidates(self, folded: str) -> list[tuple[int, int, int, re.Match]]:
        cands = []
        compiled, fragments = self._compiled, self._fragments
        for pos, frags in self._trigger_positions(folded).items():
            tried: set[int] = set()
            for k in frags:
                fragment, indices = fragments[k]
                if fragment.match(folded, pos) is None:
                    continue
                for i in indices:
                    if i in tried:
                        continue
                    tried.add(i)
                    m = compiled[i].match(folded, pos)
                    if m is not None and m.end() > pos:
                        cands.append((pos, m.end(), i, m))
        for i in self._unstarted:
            cands.extend((m.start(), m.end(), i, m) for m in compiled[i].finditer(folded)
                         if m.end() > m.start())
        return cands

    def _resolve(self, chosen: list, cands: list, anchor: Anchor, text: str, offset: int,
                 out: list[TimeExpression]) -> None:
        """Resolve ``chosen`` in document order (``cands`` sorted by start).

        A winner its resolver refuses ("среды" as environment) gives way to the
        candidates inside its span, resolved there and then, so the story's
        clock stays in order."""
        for c in chosen:
            start, end, order, m = c
            rule = self.rules[order]
            try:
                res = rule.resolve(m, anchor)
            except (ValueError, KeyError, OverflowError, TypeError, IndexError):
                res = None
            if res is None:
                lo = bisect.bisect_left(cands, start, key=lambda d: d[0])
                hi = bisect.bisect_left(cands, end, lo, key=lambda d: d[0])
                inner = [d for d in cands[lo:hi] if d[1] <= end and d is not c]
                if inner:
                    self._resolve(_longest_first(inner), inner, anchor, text, offset, out)
                continue
            pieces = res if isinstance(res, list) else [Piece(start, end, res)]
            for s, e, found in pieces:
                g = found.granule
                if g is None:  # a day no calendar has ("31 квітня"): no date at all
                    continue
                out.append(TimeExpression(s + offset, e + offset, text[s:e], found.type, g.value,
                                          g.precision, g.earliest, g.latest, found.mod,
                                          f"{self.code}:{rule.name}"))
                if found.type in ("DATE", "TIME") and g.precision != "range":
                    anchor.note(g, e)

    def find(self, text: str, reference: dt.date | None, offset: int = 0) -> list[TimeExpression]:
        """Expressions in ``text``, their offsets shifted by ``offset``."""
        folded = fold(text)
        cands = sorted(self.candidates(folded), key=lambda c: c[0])
        anchor = Anchor(folded, reference, self._future, self._past, self._deadline)
        out: list[TimeExpression] = []
        self._resolve(_longest_first(cands), cands, anchor, text, offset, out)
        return out
