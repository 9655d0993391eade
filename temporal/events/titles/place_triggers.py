"""Guessed triggers that are places' names, and the title that replaces theirs.

Arabic writes no capitals, so a guessed trigger of a dated clause may fall on
"غزة" or "الرياض"; its title is then the clause's own words without dates,
not the name.
"""
from __future__ import annotations

from temporal import gazetteer

from ..lexicon import PREPOSITIONS
from ..sentences import Sentence
from ..triggers import Trigger
from .word_classes import CONJUNCTIONS, MAX_WORDS

_ARABIC_LOCATIVE = {"في", "إلى"}
_OPENERS = CONJUNCTIONS | PREPOSITIONS


def named_trigger(text: str, sentence: Sentence, trigger: Trigger) -> bool:
    """Whether a guessed trigger is a place's name: Arabic writes no capitals, so the
    guess for a dated clause may fall on "غزة" or "الرياض"; the title then tells its
    clause instead."""
    word = sentence.words[trigger.first]
    if trigger.family != "guess" or word.lower.isascii():
        return False
    before = sentence.words[trigger.first - 1].lower if trigger.first else ""
    if before in _ARABIC_LOCATIVE and not word.lower.startswith("ال"):
        return True  # "في غزة": after "in", a word without the article names a place
    locative = "في " if "\u0600" <= word.lower[:1] <= "\u06ff" else "в "
    return bool(gazetteer.find_places(locative + word.text))  # a place where one is named


def clause_words(sentence: Sentence, trigger: Trigger, skip: set[int]) -> str:
    """The words of the trigger's clause without its dates, at most ten."""
    words, clause = sentence.words, sentence.clause_of[trigger.first]
    keep = [k for k in range(len(words)) if sentence.clause_of[k] == clause and k not in skip]
    while len(keep) > 1 and words[keep[0]].lower in _OPENERS:
        keep.pop(0)
    while len(keep) > 1 and words[keep[-1]].lower in PREPOSITIONS:
        keep.pop()
    title = sentence.phrase(keep[:MAX_WORDS])
    return title[:1].upper() + title[1:]
