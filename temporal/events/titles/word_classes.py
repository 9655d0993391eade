"""Word classes and limits every part of a title reads, kept here so no part imports another
only for a word set.

The subject, the predicate, the noun titles and the pronouns all ask the same
questions of a word: is it a past verb (`finite`), may it modify the noun after it
(`may_modify`, by its ending in Russian and Ukrainian), is it a pronoun, a
possessive, a hedge, a subordinating conjunction. One answer for all of them keeps
the title's parts agreeing with each other.
"""
from __future__ import annotations

from ..foreign_lexicon import ADJECTIVE
from ..lexicon import ARTICLES, AUXILIARIES, IRREGULAR_PAST
from ..sentences import Sentence

MAX_WORDS = 10
MAX_SUBJECT = 4
PRONOUNS = {"he", "she", "they", "it", "we", "i"}
SKIP_BEFORE_VERB = AUXILIARIES | {"later", "also", "again", "reportedly", "allegedly",
                                  "already", "then", "swiftly", "successfully", "briefly",
                                  "just", "not", "now", "still", "finally", "earlier", "has",
                                  "had", "have", "got", "posthumously"}
HEDGES = {"more", "than", "about", "some", "around", "nearly", "almost"}
POSS = {"’s", "'s"}
PARTICLES = {"in", "out", "down", "off", "up", "away", "back", "over", "through"}
# Conjunctions that open a subordinate clause: the subject comes after them
# ("dozens are missing after a mudslide buried the valley": mudslide).
SUBORDINATORS = {"after", "before", "since", "until", "as", "because", "while", "when"}
# A conjunction has no place at a title's start, in any language.
CONJUNCTIONS = {"and", "or", "but", "so", "then", "а", "и", "і", "й", "но", "или", "что",
                "що", "та", "але", "або", "чтобы", "щоб", "ж", "же"}
DROP = ARTICLES | {"’s", "'s"} | HEDGES
NUMBER_WORDS = {"a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                "ten", "a dozen", "dozens", "hundreds", "thousands", "half"}


def may_modify(word: str) -> bool:
    """Whether a word before a noun can be its modifier: in English any content
    word ("drone strike"); in Russian and Ukrainian an adjective, by its ending
    ("в результате атаки" is a phrase, "украинская атака" an attack). Arabic
    puts the verb and its subject before the noun ("أجرى الرئيس ... اتصالا"):
    those words say who, so they stay."""
    if word.isascii() or "\u0600" <= word[:1] <= "\u06ff":
        return True
    return bool(ADJECTIVE.search(word))


def finite(sentence: Sentence, k: int) -> bool:
    """A past verb, not an adjective after a determiner ("the disputed border")."""
    w = sentence.words[k]
    return w.text[:1].islower() and (w.lower in IRREGULAR_PAST or len(w.lower) > 4
                                     and w.lower.endswith("ed") and w.lower != "hundred") and not (
        k and sentence.words[k - 1].lower in ARTICLES)
