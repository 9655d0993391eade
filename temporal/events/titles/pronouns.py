"""Who a pronoun subject stands for, from the sentence itself.

"boarded the aircraft after it landed": the noun before the conjunction; "The
storm weakened as it moved inland": the main clause's subject; "Police said
they had arrested": the reporter. A title that opened with "it" or "they" would
say nothing on the timeline.
"""
from __future__ import annotations

from ..lexicon import ARTICLES, AUXILIARIES, FUNCTION, IRREGULAR_PAST, REPORTING_FORMS
from ..sentences import Sentence
from ..triggers import Trigger
from .subject import subject_at
from .word_classes import PRONOUNS, SKIP_BEFORE_VERB, SUBORDINATORS, finite


def _subordinator_before(sentence: Sentence, trigger: Trigger) -> int | None:
    """The subordinating conjunction before the pronoun that opens the trigger's clause
    ("as it moved", "after it landed"), past adverbs and auxiliaries; None if none."""
    words = sentence.words
    k = trigger.first - 2
    while k > 0 and words[k].lower in SKIP_BEFORE_VERB:
        k -= 1
    return k if k >= 1 and words[k].lower in SUBORDINATORS else None


def main_subject(sentence: Sentence, trigger: Trigger, skip: set[int]) -> str:
    """What "it" after a subordinating conjunction stands for when no noun precedes
    it: the main clause's subject ("The storm weakened as it moved inland")."""
    words = sentence.words
    k = _subordinator_before(sentence, trigger)
    if k is None:
        return ""
    for v in range(0, k):
        w = words[v]
        if v not in skip and w.text[:1].islower() and w.lower not in REPORTING_FORMS and (
                w.lower in AUXILIARIES or w.lower in IRREGULAR_PAST
                or len(w.lower) > 4 and w.lower.endswith("ed")):
            subject = subject_at(sentence, v, skip)
            if subject and words[subject[0]].lower not in PRONOUNS:
                return sentence.phrase(subject)
            return ""
    return ""


# Who "he" or "she" in what they said can be: one person, by role or by name.
_ONE_PERSON = {"director", "minister", "officer", "official", "spokesman", "spokeswoman",
               "manager", "witness", "judge", "president", "governor", "mayor", "chief",
               "commander", "ambassador", "envoy", "lawyer", "prosecutor", "executive",
               "leader", "chairman", "chairwoman", "secretary", "man", "woman", "driver",
               "pilot", "captain", "doctor", "suspect", "defendant", "victim", "survivor"}


def reporter_of(sentence: Sentence, trigger: Trigger, skip: set[int]) -> str:
    """"Police said they had arrested 14 people", "a former director testified that he
    had signed transfers": the pronoun in what a reporter said is the reporter."""
    words = sentence.words
    k = trigger.first - 1
    while k > 0 and (words[k].lower in SKIP_BEFORE_VERB or k in skip):
        k -= 1
    if k < 2 or words[k].lower not in ("they", "he", "she"):
        return ""
    said = k - 1 if words[k - 1].lower != "that" else k - 2
    if words[k].lower != "they" and words[k - 1].lower == "that":
        # "a director testified by video link that he had signed": the verb before the
        # "that", past a phrase of how
        said = next((j for j in range(k - 2, max(0, k - 7), -1) if finite(sentence, j)
                     and sentence.clause_of[j] == sentence.clause_of[k - 1]), said)
    elif said < 1 or REPORTING_FORMS.get(words[said].lower, ("", "base"))[1] == "base":
        return ""
    subject = subject_at(sentence, said, skip)
    if not subject or words[subject[0]].lower in PRONOUNS:
        return ""
    if words[k].lower != "they" and not (words[subject[-1]].lower in _ONE_PERSON
                                         or words[subject[-1]].text[:1].isupper()
                                         and subject[-1] > 0):
        return ""  # "Police said he had fled": he is no police
    return sentence.phrase(subject)


def thing_before(sentence: Sentence, trigger: Trigger) -> str:
    """What "it" or "they" after a subordinating conjunction stands for: the noun
    right before the conjunction ("boarded the aircraft after it landed")."""
    words = sentence.words
    k = _subordinator_before(sentence, trigger)
    if k is None:
        return ""
    noun = words[k - 1]
    if k < 2 or words[k - 2].lower not in ARTICLES or noun.lower in FUNCTION:
        return ""  # "has governed alone since it won": no noun before the conjunction
    return noun.text
