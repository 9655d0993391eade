"""The noun phrase a relative clause belongs to ("the festival, which ended" -> festival).

Both the subject ("a ceasefire that took effect") and the object of a relative
clause ("its offer, which the union rejected") need it, so it sits apart from
either.
"""
from __future__ import annotations

from ..lexicon import ARTICLES, FUNCTION, IRREGULAR_PAST, PREPOSITIONS, TRIGGERS
from ..sentences import Sentence
from .word_classes import HEDGES, MAX_SUBJECT, POSS

_DETERMINERS = ARTICLES | HEDGES | {"all", "both", "each"}


def _in_phrase(sentence: Sentence, k: int, started: bool) -> bool:
    """Whether word k can belong to the noun phrase before a relative pronoun: not a
    function word, a past verb ("She ordered checks"), a gerund after a preposition
    ("of ignoring inflation") nor across a comma."""
    words = sentence.words
    w = words[k].lower
    before = words[k - 1].lower if k else ""
    if w in FUNCTION or w in PREPOSITIONS or (started and "," in sentence.text_between[k]):
        return False
    after = words[k + 1].lower if k + 1 < len(words) else ""
    if w.endswith("ing") and (before in FUNCTION or before in PREPOSITIONS) and (
            after not in ("that", "which")):  # ("a flare-up of fighting that began": a noun)
        return False
    verb = w in IRREGULAR_PAST or w.endswith("ed") and words[k].text[:1].islower()
    return not (verb and before not in ARTICLES)


def antecedent_phrase(sentence: Sentence, relative: int, skip: set[int]) -> list[int]:
    """The noun phrase a relative clause belongs to: "The festival, which ended" ->
    "festival"; "checks of all 34 bridges of the same design, which began" ->
    "checks" (the head of an "of" chain); "an attack on a station on Monday that
    left" -> "attack" (the happening a place phrase belongs to); "Viktor Hale, who" ->
    "Hale"."""
    words = sentence.words
    k = relative - 1
    while k >= 0 and (k in skip or words[k].lower in PREPOSITIONS and k + 1 in skip):
        k -= 1  # "a station on Monday that": the date is no noun
    restrictive = "," not in sentence.text_between[relative - 1]  # "a ceasefire that took"
    phrase: list[int] = []
    for _ in range(3):  # at most two "of" links back
        phrase = []
        while k >= 0 and len(phrase) < 5 and _in_phrase(sentence, k, bool(phrase)):
            if words[k].lower in POSS:  # "the country's second-largest shipping firm"
                k -= 1
                while k >= 0 and words[k].lower not in FUNCTION:
                    k -= 1
                continue
            phrase.append(k)
            k -= 1
        phrase.reverse()
        while k >= 0 and (words[k].lower in _DETERMINERS
                          or words[k].lower.isdigit()):
            k -= 1
        upper = phrase and words[phrase[0]].text[:1].isupper()
        if k >= 1 and words[k].lower == "of" and not upper and not restrictive:
            k -= 1
            continue
        if phrase and k >= 0 and words[k].lower == "to":
            phrase = phrase[1:]  # "to resume construction of the dam, which": construction
        if k >= 1 and words[k].lower == "on" and not upper:
            j = k - 1
            while j >= 0 and words[j].lower in ARTICLES:
                j -= 1
            if j >= 0 and words[j].lower in TRIGGERS and words[j].text[:1].islower():
                return [j]  # "an attack on a water pumping station … that left"
        break
    phrase = [j for j in phrase if not words[j].lower.isdigit() and words[j].lower not in POSS]
    if any(words[j].text[:1].isupper() and j for j in phrase):
        return phrase[-1:]  # a person by surname
    return phrase[-MAX_SUBJECT:]
