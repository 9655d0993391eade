"""Titles of noun triggers ("the strike", "an explosion"): what the noun alone does not say.

A noun brings its modifiers or its possessor ("Putin’s conversation"); a bare
one borrows what the relative clause after it did ("an eruption, which covered
villages in dust") or the clause it stands in after its reporting frame.
"""
from __future__ import annotations

from ..lexicon import AUXILIARIES, CLAUSE_WORDS, FUNCTION, PREPOSITIONS, REPORTING_FORMS
from ..sentences import Sentence
from ..triggers import Trigger
from .predicate import predicate_words
from .word_classes import DROP, MAX_SUBJECT, MAX_WORDS, POSS, PRONOUNS, finite, may_modify


def modifiers(sentence: Sentence, trigger: Trigger, skip: set[int]) -> list[int]:
    """The adjectives and nouns before a noun trigger, back to its determiner."""
    words, clause = sentence.words, sentence.clause_of[trigger.first]
    picked: list[int] = []
    i = trigger.first - 1
    if (i >= 1 and words[i].lower in POSS and i not in skip and i - 1 not in skip
            and sentence.clause_of[i - 1] == clause and words[i - 1].lower not in PRONOUNS
            and words[i - 1].lower.isalpha()):
        # "the premier’s conversation with his Latvian counterpart", "the company's acquisition":
        # the possessor says who
        owner = [i - 1]
        while (owner[0] > 0 and len(owner) < 3 and words[owner[0]].text[:1].isupper()
               and words[owner[0] - 1].text[:1].isupper() and owner[0] - 1 not in skip
               and sentence.clause_of[owner[0] - 1] == clause):
            owner.insert(0, owner[0] - 1)
        return [*owner, i]
    while (i >= 0 and sentence.clause_of[i] == clause and i not in skip and len(picked) < 3
           and words[i].lower not in FUNCTION and words[i].lower not in PREPOSITIONS
           and may_modify(words[i].lower)):
        picked.append(i)
        i -= 1
    return picked[::-1]


def relative_after(sentence: Sentence, trigger: Trigger, skip: set[int], title: str) -> str:
    """What a bare noun did, told in the relative clause after it: "a smaller eruption
    on Thursday, which covered nearby villages in dust" -> "Smaller eruption covered
    nearby villages in dust"; "the January offensive, in which government troops
    pushed rebels out of two towns" -> "Offensive: " and that clause."""
    words = sentence.words
    k = trigger.last + 1
    while k < len(words) and k in skip:
        k += 1
    if k + 1 >= len(words) or "," not in sentence.text_between[k - 1]:
        return ""
    if words[k].lower == "which" and finite(sentence, k + 1):
        verb = Trigger(k + 1, k + 1, words[k + 1].start, words[k + 1].end, "guess", "past",
                       False, False)
        rest = predicate_words(sentence, verb, skip, MAX_WORDS - len(title.split()))
        return " ".join([title, sentence.phrase(rest)]).rstrip()
    if words[k].lower in PREPOSITIONS and words[k + 1].lower == "which":
        start = k + 2
        clause = sentence.clause_of[start] if start < len(words) else -1
        verbs = [v for v in range(start + 1, len(words)) if sentence.clause_of[v] == clause
                 and finite(sentence, v)]
        subject = [j for j in range(start, verbs[0] if verbs else start)
                   if words[j].lower not in DROP]  # "more than 300 drones": 300 drones
        if not verbs or not subject or len(subject) > MAX_SUBJECT + 1:
            return ""
        v = verbs[0]
        while (v + 1 < len(words) and words[v].lower in AUXILIARIES
               and sentence.clause_of[v + 1] == clause):
            v += 1  # "were launched at the region": the participle, as a headline writes it
        verb = Trigger(v, v, words[v].start, words[v].end, "guess", "past", False, False)
        rest = predicate_words(sentence, verb, skip,
                               MAX_WORDS - len(subject) - len(title.split()))
        # the noun names the happening, the clause tells it: "Offensive: government
        # troops pushed rebels out of two towns"
        return f"{title}: " + sentence.phrase([*subject, *rest])
    return ""


def _aside_number(sentence: Sentence, k: int) -> bool:
    """A number set off by commas after a name: an age ("Kohler, 41, was…")."""
    return (sentence.words[k].lower.isdigit() and 0 < k < len(sentence.words) - 1
            and "," in sentence.text_between[k - 1] and "," in sentence.text_between[k])


def clause_title(sentence: Sentence, trigger: Trigger, skip: set[int]) -> str:
    """A bare noun's clause after its reporting frame: "Upjohn will take charge"."""
    words, clause = sentence.words, sentence.clause_of[trigger.first]
    start = trigger.first
    while start > 0 and sentence.clause_of[start - 1] == clause:
        said = REPORTING_FORMS.get(words[start - 1].lower, ("", "base"))[1] != "base"
        if said or words[start - 1].lower in CLAUSE_WORDS:
            break
        start -= 1
    keep = [k for k in range(start, trigger.last + 1)
            if k not in skip and words[k].lower not in DROP and not _aside_number(sentence, k)]
    while keep and keep[0] != trigger.first and words[keep[0]].lower in FUNCTION:
        keep.pop(0)
    keep = keep[-MAX_WORDS:]
    if len(keep) < 3:
        return ""
    return sentence.phrase(keep)
