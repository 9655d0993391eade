"""The faster scan of Russian, Ukrainian and Arabic text finds what the plain one did.

The trigger words are found by one trie regex instead of a dictionary lookup per
word, a paragraph's script by counting only until one script outnumbers the
rest, and folding by replacing only the variants present: each is checked here
against the straightforward version it replaced.
"""
from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from temporal.expressions.languages import grammar_for
from temporal.expressions.languages.detection import _script
from temporal.expressions.languages.grammar import _MARKS
from temporal.expressions.languages.normalise import _TABLE, fold
from temporal.expressions.languages.triggers import prefix_pattern
from tests.conftest import SHARED

DATA = Path(__file__).parent / "data"


def _lookup_positions(grammar, folded: str) -> dict[int, set[int]]:
    """Word starts (and starts after a clitic) mapped to the fragments whose first words
    begin there, found word by word with the dictionary, as the scan did before the trie."""
    found: dict[int, set[int]] = {}
    longest = grammar._longest + 4
    for token in re.finditer(r"[\w']+", folded):
        positions = [token.start()]
        if grammar._clitics is not None:
            c = grammar._clitics.match(folded, token.start(), token.end())
            if c is not None and c.end() > token.start():
                positions += range(token.start() + 1, c.end() + 1)
        for pos in positions:
            key = _MARKS.sub("", folded[pos:pos + longest]).lower()
            hits = set(grammar._digit) if key[:1].isdigit() else set()
            for n in grammar._lengths.get(key[:1], ()):
                hits.update(grammar._by_word.get(key[:n], ()))
            if hits:
                found.setdefault(pos, set()).update(hits)
    for regex, k in grammar._searched:
        for hit in regex.finditer(folded):
            found.setdefault(hit.start(), set()).add(k)
    return found


def _texts() -> list[str]:
    files = sorted(DATA.glob("*/*.txt")) + sorted((SHARED / "articles").glob("*.txt"))
    return [f.read_text(encoding="utf-8") for f in files]


def test_the_trie_scan_finds_the_candidates_the_lookup_found(monkeypatch):
    for code in ("ru", "uk", "ar"):
        grammar = grammar_for(code)
        for text in _texts():
            folded = fold(text)
            fast = {(s, e, i) for s, e, i, _ in grammar.candidates(folded)}
            with monkeypatch.context() as m:
                m.setattr(grammar, "_trigger_positions",
                          lambda f, g=grammar: _lookup_positions(g, f))
                plain = {(s, e, i) for s, e, i, _ in grammar.candidates(folded)}
            assert fast == plain, code


def test_prefix_pattern_finds_where_a_word_begins():
    regex = re.compile(prefix_pattern({"вчера", "вечер", "июл"}, {"с", "в"}), re.I)
    assert regex.match("вечером") and regex.match("Июля") and regex.match("вчера")
    assert regex.match("с 1 по 5") and regex.match("в июле")
    assert not regex.match("сегодня") and not regex.match("власти")
    assert not regex.match("вече") and not regex.match("июнь")
    assert re.fullmatch(prefix_pattern(set()), "x") is None


def _counted_script(text: str) -> str:
    letters = len(re.findall(r"[^\W\d_]", text))
    if len(re.findall(r"(?![\W\d_])[\u0400-\u04FF]", text)) * 2 > letters:
        return "cyrillic"
    if len(re.findall(r"(?![\W\d_])[\u0600-\u06FF\u0750-\u077F]", text)) * 2 > letters:
        return "arabic"
    return "latin"


_MIXED = st.text(alphabet=st.sampled_from(list("abcXYZ привітЖЁ مرحبا١٢ 12,.!-'") + ["😀"]),
                 max_size=80)


@settings(max_examples=300, deadline=None)
@given(_MIXED)
def test_script_is_that_of_most_letters(text):
    assert _script(text) == _counted_script(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("абвгґєії'’ʼ`‘ёЁأإآٱىـ–—‑−٣۴ \u00a0\u202fabc")),
               max_size=60))
def test_fold_is_the_one_for_one_table(text):
    assert fold(text) == text.translate(_TABLE)
    assert len(fold(text)) == len(text)
