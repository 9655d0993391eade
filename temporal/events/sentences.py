"""Words, sentences and clauses of a text, with code-point offsets.

Why our own split and not the suggestion's: events need each sentence's
words once (triggers, names, titles all look at them), and a clause boundary
decides which date governs which verb, so both are computed here, once per
text, in one linear pass.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import NamedTuple

from .lexicon import CLAUSE_WORDS, IRREGULAR_PAST

# A letter, or a combining mark inside a word (Arabic tanween "وفقًا", Cyrillic stress).
# The plain pattern where a sentence has no such mark: the alternation costs a
# third of splitting words.
_MARKS = "\u0300-\u036f\u0483-\u0489\u0610-\u061a\u064b-\u065f\u0670"
_CURRENCY = set("$€£¥₴₽")
_MARK = re.compile(f"[{_MARKS}]")
_L = rf"(?:[^\W_]|[{_MARKS}])"
_WORD_MARKED = re.compile(rf"\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|{_L}+(?:[-.]{_L}+)*|[’']s\b")
_WORD = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|[^\W_]+(?:[-.][^\W_]+)*|[’']s\b")
# A sentence ends at . ! ? … (closing quotes kept) before a capital, digit or
# quote, or at a line break. Abbreviations and initials do not end one.
_END = re.compile(r"(?<=[.!?…])[\"'”’»)\]]*\s+(?=[\"'“‘«(\[]?[^\W_a-zа-я])|\n\s*")
_ABBREVIATION = re.compile(
    r"(?:\b(?:[A-Z]|Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Sgt|Capt|Gov|Sen|Rep|St|Jr|Sr|No|vs|etc|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Inc|Corp|Co|Ltd|U\.S|U\.K)\.)$")
_BREAK = re.compile(r"[;:\[\]]|\s[—–-]\s|[—–]|[\"“”«»]")


class Word(NamedTuple):
    """A word and its offsets (a tuple: an article has tens of thousands)."""

    start: int
    end: int
    text: str
    lower: str


@dataclass
class Sentence:
    """A sentence; its words and clauses are read on first use, since most
    sentences of a long article carry no date and are never looked into."""

    text: str = field(repr=False)
    start: int
    end: int
    index: int  # the sentence's number in the text
    paragraph: int
    names: tuple[list[str], list[str]] | None = None  # (actors, places), filled on first need

    @functools.cached_property
    def words(self) -> list[Word]:
        pattern = _WORD_MARKED if _MARK.search(self.text, self.start, self.end) else _WORD
        return [Word(*m.span(), g := m.group(), g.casefold())
                for m in pattern.finditer(self.text, self.start, self.end)]

    @functools.cached_property
    def word_starts(self) -> list[int]:
        """Each word's start, to find the words of a span by bisection."""
        return [w.start for w in self.words]

    @functools.cached_property
    def clause_of(self) -> list[int]:
        """Word index -> clause number."""
        return _clauses(self.text, self.words)

    @functools.cached_property
    def text_between(self) -> list[str]:
        """What lies after word i and before word i+1 (a comma ends a phrase)."""
        words = self.words
        return [self.text[a.end:b.start] for a, b in zip(words, words[1:])]

    def phrase(self, indices) -> str:
        """The words at ``indices`` as a title writes them: with the signs the word
        pattern leaves out but the meaning needs ("$940 million", "2%", "the
        parents’ home") and a possessive "’s" glued to its noun."""
        text, words, shown = self.text, self.words, []
        for k in indices:
            w = words[k]
            before, after = text[w.start - 1:w.start], text[w.end:w.end + 1]
            word = w.text
            if before in _CURRENCY and word[:1].isdigit():
                word = before + word
            if after == "%":
                word += after
            elif after in ("’", "'") and word[-1:] in ("s", "S") and not text[
                    w.end + 1:w.end + 2].isalnum():
                word += after  # a plural's possessive
            shown.append(word)
        return " ".join(shown).replace(" ’s", "’s").replace(" 's", "'s")


def _clauses(text: str, words: list[Word]) -> list[int]:
    """Clause numbers: a new clause after ; : dashes quotes, and at a clause word
    ("which", "while", "when"...) that follows a comma or opens a subordinate clause.
    A parenthesis is an aside: after it the clause it interrupted goes on."""
    clause, out, opened, top = 0, [], 0, 0  # top: the highest clause number so far
    resume: list[int] = []
    relative: int | None = None  # the clause a ", which …," aside interrupted
    for i, w in enumerate(words):
        if i:
            gap = text[words[i - 1].end:w.start]
            if gap == " ":  # most words: no comma, bracket or break between them
                if w.lower in _OPENERS:
                    clause = top + 1
                elif words[i - 1].lower in ("and", "but") and (
                        w.lower in IRREGULAR_PAST or w.lower.endswith("ed")):
                    clause = top + 1  # "became co-owner in 1976 and became director in 1988"
            elif relative is not None and "," in gap and w.lower not in _RESUMES:
                clause, relative = relative, None  # "The festival, which ended, went ahead"
            elif "," in gap and w.lower in ("which", "who") and i > 1:
                relative = clause
                clause = top + 1
            elif "(" in gap:
                resume.append(clause)
                opened += 1
                clause = len(out) and top + 1
            elif ")" in gap and resume:
                clause = resume.pop()
            elif _BREAK.search(gap) or ("," in gap and (w.lower in CLAUSE_WORDS or w.lower in
                                                        ("and", "but", "saying", "adding"))):
                clause = top + 1
            elif w.lower in _OPENERS:
                clause = top + 1
            elif words[i - 1].lower in ("and", "but") and (
                    w.lower in IRREGULAR_PAST or w.lower.endswith("ed")):
                clause = top + 1  # "became co-owner in 1976 and became director in 1988"
        out.append(clause)
        if clause > top:
            top = clause
    return out


_OPENERS = frozenset(("while", "although", "though", "whereas", "because", "when", "which",
                      "who"))
_RESUMES = CLAUSE_WORDS | {"and", "but", "saying", "adding"}


def split(text: str) -> list[Sentence]:
    sentences: list[Sentence] = []
    start, paragraph = 0, 0
    bounds = []
    for m in _END.finditer(text):
        if _ABBREVIATION.search(text, max(0, m.start() - 6), m.start()):
            continue
        bounds.append((start, m.start(), "\n" in m.group()))
        start = m.end()
    bounds.append((start, len(text), False))
    for s, e, newline in bounds:
        if _WORD.search(text, s, e):
            sentences.append(Sentence(text, s, e, len(sentences), paragraph))
        if newline:
            paragraph += 1
    return sentences
