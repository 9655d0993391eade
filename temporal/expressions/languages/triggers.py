"""The first words a regex fragment can begin with, listed from its parse tree.

The grammars' fragments (a month in any case, a weekday, a number word...)
are finite sets of words.  Listing them lets the scan look each word of the
text up in a dictionary instead of running every fragment at every word,
which is what makes the scan about as fast per word as the English engine's
(which looks words up the same way).  A fragment this cannot list (one with
``\\w+``, say) is simply tried everywhere.
"""
from __future__ import annotations

import re

try:
    from re import _constants as _C  # Python >= 3.11
    from re import _parser as _P
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _C
    import sre_parse as _P

DIGIT = "#digit"   # the key for fragments that begin with a digit
_LIMIT = 20000      # more words than this: not worth listing


class _Unlistable(Exception):
    pass


def first_words(fragment: str) -> frozenset[str] | None:
    """Lower-case first words of ``fragment`` (up to its first space), or None."""
    states = first_word_states(fragment)
    return None if states is None else frozenset(w for w, _ in states)


def first_word_states(fragment: str) -> frozenset[tuple[str, bool]] | None:
    """Like ``first_words``, each word with whether the fragment wants white space after
    it ("с" in "с\\s+1 по 5": True; "июл" of "июл(?:я|е)", its forms listed: False)."""
    try:
        done = _walk(list(_P.parse(fragment)), {("", False)})
    except (_Unlistable, RecursionError):
        return None
    states = frozenset((w.lower(), ended) for w, ended in done)
    if any(not w for w, _ in states):
        return None
    return states


def _chars(av) -> tuple[set[str], bool]:
    """Characters of a set, and whether it holds white space."""
    chars: set[str] = set()
    space = False
    for kind, arg in av:
        if kind is _C.LITERAL:
            chars.add(chr(arg))
        elif kind is _C.RANGE and arg[1] - arg[0] < 64:
            chars.update(chr(c) for c in range(arg[0], arg[1] + 1))
        elif kind is _C.CATEGORY and arg is _C.CATEGORY_SPACE:
            space = True
        elif kind is _C.CATEGORY and arg is _C.CATEGORY_DIGIT:
            chars.add(DIGIT)
        else:
            raise _Unlistable
    return chars, space


def _marks_only(av) -> bool:
    return all(kind is _C.RANGE and 0x064B <= arg[0] and arg[1] <= 0x0652 or
               kind is _C.LITERAL and 0x064B <= arg <= 0x0652 for kind, arg in av)


def _extend(states: set, chars: set[str], space: bool) -> set:
    out = set()
    for word, done in states:
        if done:
            out.add((word, True))
            continue
        if space and word:
            out.add((word, True))
        for ch in chars:
            if ch == DIGIT:
                if word:
                    raise _Unlistable
                out.add((DIGIT, True))
            elif ch.isspace():
                out.add((word, True))
            else:
                out.add((word + ch, False))
    if len(out) > _LIMIT:
        raise _Unlistable
    return out


def _walk(items: list, states: set) -> set:
    for op, av in items:
        if all(done for _, done in states):
            return states
        if op is _C.LITERAL:
            states = _extend(states, {chr(av)}, False)
        elif op is _C.IN:
            states = _extend(states, *_chars(av))
        elif op is _C.BRANCH:
            out = set()
            for alt in av[1]:
                out |= _walk(list(alt), states)
            states = out
        elif op is _C.SUBPATTERN:
            states = _walk(list(av[-1]), states)
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT):
            lo, hi, sub = av
            sub = list(sub)
            if lo == 0 and len(sub) == 1 and sub[0][0] is _C.IN and _marks_only(sub[0][1]):
                continue  # Arabic case vowels: the lookup key drops them
            if len(sub) == 1 and sub[0][0] is _C.IN and _chars(sub[0][1])[1]:
                states = {(w, True) if w else (w, d) for w, d in states}  # "\s+" ends the word
                continue
            if hi > 3:
                raise _Unlistable
            out = set(states) if lo == 0 else set()
            current = states
            for n in range(1, hi + 1):
                current = _walk(sub, current)
                if n >= lo:
                    out |= current
            states = out
        elif op in (_C.AT, _C.ASSERT, _C.ASSERT_NOT):
            continue
        else:
            raise _Unlistable
        if len(states) > _LIMIT:
            raise _Unlistable
    return states


def prefix_pattern(words: set[str], spaced: set[str] = frozenset(), between: str = "") -> str:
    """A regex matching where any of ``words`` begins, ``between`` allowed after each letter;
    a word of ``spaced`` matches only before white space ("с" of "с 1 по 5", not "сегодня").

    The words are laid out as a trie ("вчера|вечер|вечером" -> "в(?:чера|ечер)"), so
    the regex engine decides at a position in one pass what a dictionary would need
    a lookup per word length for; a word's end closes its branch, since a longer
    word there begins at the same place.  ``between``: characters a folded text may
    carry inside a word that the lookup leaves out (Arabic case vowels).
    """
    trie: dict = {}
    for word, mark in [(w, "") for w in words] + [(w, " ") for w in spaced]:
        node = trie
        for ch in word:
            if "" in node:
                break
            node = node.setdefault(ch, {})
        else:
            if mark == "":
                node.clear()
            node[mark] = {}

    def emit(node: dict) -> str:
        if "" in node:
            return ""
        alternatives = [re.escape(ch) + between + emit(child)
                        for ch, child in sorted(node.items()) if ch != " "]
        if " " in node:
            alternatives.append(r"(?=\s)")
        return alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"

    return emit(trie) if trie else "(?!)"
