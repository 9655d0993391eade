"""The last touches on a title's text: no conjunction or emphatic word to open it, and no
word written twice where a date between the two was taken out.
"""
from __future__ import annotations

from .word_classes import CONJUNCTIONS

_EMPHATIC = {"сам", "сама", "само", "сами", "самі", "саме"}
_NO_OPENING = CONJUNCTIONS | _EMPHATIC


def drop_opening(title: str) -> str:
    """No title opens with a conjunction ("А строительство началось", "Что работы
    продлятся") or an emphatic determiner ("Сам завод засновано": the plant)."""
    words = title.split(" ")
    while len(words) > 1 and words[0].casefold() in _NO_OPENING:
        words.pop(0)
    return " ".join(words)


def without_repeats(title: str) -> str:
    """"served in three governments and and oversaw": a word left twice in a row where
    the date between them was taken out is written once."""
    kept: list[str] = []
    for word in title.split():
        if not kept or word.casefold() != kept[-1].casefold():
            kept.append(word)
    return " ".join(kept)
