"""What was done: the trigger and the words after it up to the clause's end.

The predicate keeps a verb's particle ("broke in"), a ruling's content ("ruled
that …"), a quoted name ('the "Vega" plant'), a noun's place phrase, and stops at
a reporting verb, another clause or the title's budget of words, cut before a
phrase that would not fit whole. Dates in it are skipped, with the preposition
that led to them.
"""
from __future__ import annotations

import re

from ..lexicon import (
    ARTICLES,
    AUXILIARIES,
    CLAUSE_WORDS,
    FUNCTION,
    IRREGULAR_PAST,
    PREPOSITIONS,
    REPORTING_FORMS,
    TRIGGERS,
)
from ..sentences import Sentence
from ..triggers import Trigger
from .antecedents import antecedent_phrase
from .calendar_words import INTERVAL_LEADS, UNITS
from .word_classes import (
    CONJUNCTIONS,
    DROP,
    HEDGES,
    MAX_WORDS,
    NUMBER_WORDS,
    PARTICLES,
    POSS,
    PRONOUNS,
    SKIP_BEFORE_VERB,
    SUBORDINATORS,
    finite,
)

_LEADS_TO_DATE = {"beginning", "starting", "ending", "until", "till", "by", "through"}
# A plan's participle says no more once its date is gone ("the festival scheduled for
# Saturday", "концерты, намеченные на 4 июля"); not "as (previously) planned".
_PLANNED = {"scheduled", "planned", "slated", "set", "due", "намеченные", "намеченный",
            "намеченная", "запланированные", "запланированный", "запланированная",
            "назначенные", "назначенный", "назначенная", "заплановані", "запланований",
            "запланована", "призначені", "призначений", "призначена"}
_BE = {"is", "are", "was", "were"}
_OPENERS = SUBORDINATORS | CLAUSE_WORDS | {"and", "or", "but", "who", "which", "that"}
_TIME_ADVERBS = {"shortly", "immediately", "soon", "just", "only", "late", "early", "right"}
_MODALS = {"could", "would", "can", "will", "may", "might", "must", "should", "to"}
_LOOSE = {"beneath", "below", "above", "within", "beyond", "along", "around", "throughout",
          "amid", "toward", "towards", "onto", "upon", "some"}
_DISTANCES = {"kilometers", "kilometres", "miles", "km", "metres", "meters"}
# Verbs whose "that" clause is what happened: a ruling, a finding, a decision.
_CONTENT_VERBS = {"ruled", "found", "decided", "concluded", "agreed", "declared", "voted"}
_QUOTE_OPEN = re.compile("[\"«„“]")
_QUOTE_CLOSE = re.compile("[\"»“”]")
# Unions built once, not per word.
# No title ends in one of these ("ruled Marchetti can": the budget cut a clause after its
# modal).
_TRAILING = FUNCTION | PREPOSITIONS | _LOOSE | _MODALS | AUXILIARIES


def _hedge(words, k: int) -> bool:
    """An article, or a hedge before a number ("about 40", "more than 300"); "about"
    before a topic ("spoke about grain shipments") and a possessive stay."""
    w = words[k].lower
    if w in POSS:  # "the country's busiest airports"; "it's" is "it is"
        return k == 0 or words[k - 1].lower in PRONOUNS
    if w not in HEDGES:
        return w in DROP
    following = words[k + 1].lower if k + 1 < len(words) else ""
    return following[:1].isdigit() or following in HEDGES or following in NUMBER_WORDS


_STOP_AFTER = CLAUSE_WORDS - {"after", "before", "since", "as"} | {"saying", "adding"}


def predicate_words(sentence: Sentence, trigger: Trigger, skip: set[int], budget: int) -> list[int]:
    """The indices of the trigger and what follows it in its clause, at most ``budget``."""
    words, clause = sentence.words, sentence.clause_of[trigger.first]
    between = sentence.text_between
    picked = [k for k in range(trigger.first, trigger.last + 1) if words[k].lower not in DROP]
    last_phrase = len(picked)  # the title may be cut back to here
    k = trigger.last + 1
    date_phrase = False  # after "an overnight": the date modifies a noun of its own
    after_age = -1  # the word after a person's age set off by commas
    before = words[trigger.first - 1] if trigger.first else None
    reduced = not trigger.noun and before is not None and before.text[:1].islower() and (
        before.lower not in AUXILIARIES and before.lower not in FUNCTION
        and before.lower not in SKIP_BEFORE_VERB and not finite(sentence, trigger.first - 1))
    # a participle after its noun ("a man arrested in 2019 … was sentenced")
    while k < len(words) and sentence.clause_of[k] == clause or _quoted(sentence, k, skip):
        if sentence.clause_of[k] != clause:  # 'the "Vega" plant', 'завод "Купол"': a name
            n = _quoted(sentence, k, skip)
            if len(picked) + n > budget:
                break
            picked.extend(range(k, k + n))
            k += n
            if k < len(words) and not _QUOTE_CLOSE.search(sentence.text_between[k - 1][:1]):
                break
            if k < len(words) and sentence.text_between[k - 1].strip(" \"»“”"):
                break  # the quote closed a clause: 'завод "Купол": росіяни …'
            clause = sentence.clause_of[k] if k < len(words) else clause
            continue
        w = words[k].lower
        if w.isdigit() and k + 1 < len(words) and "," in between[k - 1] and between[k] == ", " \
                and words[k - 1].text[:1].isupper():
            k += 1  # "ordered Tom Lind, 61, to repay": a person's age is an aside
            after_age = k
            continue
        if "," in between[k - 1] and any(
                REPORTING_FORMS.get(words[j].lower, ("", "base"))[1] != "base"
                for j in range(k, min(k + 4, len(words)))):
            break  # "17 people died, police said": the report is no part of it
        if "," in between[k - 1] and k != after_age and (len(picked) > 1 or trigger.noun
                                                     or k - 1 in skip or w in CONJUNCTIONS):
            break  # "talked in 2022, the Kremlin said": the phrase ends with its date;
            # "провел совещание, а завтра он посетит": another clause
        reports = w in REPORTING_FORMS and REPORTING_FORMS[w][1] != "base" and not (
            # a noun ("a brief statement"); "a nationwide warning strike", "a warning"
            w.endswith("ing") and (k + 1 < len(words) and words[k + 1].lower in TRIGGERS
                                   or words[k - 1].lower in ARTICLES)) and (
            words[k - 1].lower not in _MODALS)  # "neither side could claim"
        bare = len(picked) == trigger.last - trigger.first + 1
        if w == "that" and not trigger.noun and bare and words[trigger.first].lower in (
                _CONTENT_VERBS):
            k += 1  # "ruled that the case could be heard": what it ruled
            continue
        if reports:
            opened = [n for n, j in enumerate(picked) if j > trigger.last
                      and words[j].lower in SUBORDINATORS]
            if opened and opened[-1] > 0:  # "recounted ballots after local officials
                picked = picked[:opened[-1]]  # reported …": not the officials
            break
        if w in _STOP_AFTER or (trigger.noun and w in AUXILIARIES):
            break
        if w == "and" and k + 1 < len(words) and (words[k + 1].lower in AUXILIARIES
                                                  or words[k + 1].lower in _MODALS):
            break  # "will hold its first hearing on Nov. 23 and has 90 days": another
            # predicate of the subject, which says no more of this happening
        if w in ("after", "before") and k - 1 in skip and words[k - 1].lower in UNITS and (
                words[k - 2].lower in INTERVAL_LEADS or words[k - 1].lower == "hours"):
            break  # "a day after drones attacked": another happening's clause
        if k in skip:
            while len(picked) > 1 and (words[picked[-1]].lower in PREPOSITIONS
                                       or words[picked[-1]].lower in _LEADS_TO_DATE
                                       or _planned(words, picked[-1])) and not (
                    not trigger.noun and trigger.first < picked[-1] <= trigger.last + 1
                    and words[picked[-1]].lower in PARTICLES and any(
                        words[j].lower in PREPOSITIONS for j in range(picked[-1] + 1, k + 1))):
                # "fell through in 2019": the date brings its own preposition
                picked.pop()
            date_phrase = date_phrase or (k - 1 not in skip and words[k - 1].lower in ARTICLES)
            k += 1
            continue
        if not trigger.noun and len(picked) == trigger.last - trigger.first + 1 and finite(
                sentence, k) and finite(sentence, trigger.last) and w not in AUXILIARIES:
            break  # "the ceasefire that the sides signed in March collapsed": the main verb
        if reduced and w in _BE and k + 1 < len(words) and finite(sentence, k + 1) and not any(
                words[j].lower in _OPENERS for j in range(trigger.last + 1, k)):
            break  # "A man arrested in Lviv was sentenced": the main verb is another's
        if date_phrase:
            break  # the noun a date modifies ("an overnight airstrike") and what follows it
            # belong to that noun, another happening's phrase, not to this title
        if w in PREPOSITIONS or w == "and":
            last_phrase = len(picked)
        if w in POSS and k - 1 in skip:
            k += 1  # "won Sunday's runoff": the date's possessive goes with it
            continue
        if not _hedge(words, k):
            full = len(picked) >= budget and _count(words, picked) >= budget  # "city's": one
            squeezed = _squeeze(sentence, picked) if trigger.noun and full else []
            if squeezed:
                picked = squeezed  # "Explosion at plant in port of Dalmen killed nine workers"
                last_phrase = len(picked)
            if len(picked) >= budget and _count(words, picked) >= budget:
                whole = last_phrase > trigger.last - trigger.first + 1  # a phrase ends there
                picked = picked[:last_phrase] if whole else picked[:budget]
                clauses = [n for n, j in enumerate(picked) if j > trigger.last + 1
                           and words[j].lower in SUBORDINATORS]
                verbs = [n for n in range(clauses[-1] + 1, len(picked))
                         if finite(sentence, picked[n])] if clauses else []
                if verbs and len(picked) - verbs[-1] <= 2:
                    # "landed in Budapest after a man tried …": no clause cut short after
                    # its verb ("after a contractor wore a hidden microphone" stays)
                    picked = picked[:clauses[-1]]
                break
            picked.append(k)
        k += 1
        if (k < len(words) and sentence.clause_of[k] != clause and not trigger.noun
                and words[k - 1].lower == "and" and k - 2 == trigger.last + 1
                and words[k - 2].lower in PARTICLES and len(picked) < budget - 2):
            clause = sentence.clause_of[k]  # "broke in and stabbed them": the verb says little
            last_phrase = len(picked)  # alone, and its partner shares its subject
    while len(picked) > 1 and (
            (words[picked[-1]].lower in _TRAILING
             and not (not trigger.noun and trigger.first < picked[-1] <= trigger.last + 1
                      and words[picked[-1]].lower in PARTICLES))  # "broke in", "broke down"
            or (words[picked[-1]].lower in _TIME_ADVERBS
                and picked[-1] > trigger.last + 1)  # "… at headquarters shortly"
            or (words[picked[-1]].lower in _DISTANCES and len(picked) > 3
                and words[picked[-2]].lower[:1].isdigit())):  # "plant 1,300 kilometers (…) from"
        picked.pop()
        if words[picked[-1]].lower[:1].isdigit() and words[picked[-1] + 1].lower in _DISTANCES:
            picked.pop()
    return picked


def _count(words, picked: list[int]) -> int:
    """The title's words among ``picked``: "country's" is one."""
    return sum(words[j].lower not in POSS for j in picked)


def _planned(words, i: int) -> bool:
    before = words[i - 1].lower if i > 0 else ""
    return words[i].lower in _PLANNED and before != "as" and not before.endswith("ly")


def _quoted(sentence: Sentence, k: int, skip: set[int]) -> int:
    """How many words of a quoted name start at word k (at most three, capitalised,
    closed by a quote): 'struck the "Vega" plant'; 0 when none does."""
    words = sentence.words
    if k <= 0 or k >= len(words) or k in skip or not words[k].text[:1].isupper() or not (
            _QUOTE_OPEN.search(sentence.text_between[k - 1])):
        return 0
    for n in range(1, 4):
        end = k + n - 1
        if end >= len(words):
            return 0
        after = sentence.text_between[end] if end + 1 < len(words) else sentence.text[
            words[end].end:sentence.end]
        if _QUOTE_CLOSE.match(after):
            return n
        if after != " ":
            return 0
    return 0


def object_relative(sentence: Sentence, trigger: Trigger, indices: list[int],
                    skip: set[int]) -> str:
    """The object of a verb in a relative clause that has its own subject: "raised its
    offer to 6 percent, which the union rejected" -> "offer"."""
    words = sentence.words
    r = indices[0] - 1
    while r > 0 and words[r].lower in ARTICLES and words[r].lower != "that":
        r -= 1
    if r < 1 or indices[0] >= trigger.first or words[r].lower not in ("which", "that"):
        return ""
    if words[r].lower == "which" and "," not in sentence.text_between[r - 1]:
        return ""
    k = r - 1
    while k > 0 and (words[k].lower in ("percent", "to", "by") or words[k].lower[:1].isdigit()):
        k -= 1  # "its offer to 6 percent, which": the offer
    phrase = antecedent_phrase(sentence, k + 1, skip)
    if not phrase or len(indices) + len(phrase) > MAX_WORDS:
        return ""
    return sentence.phrase(phrase)


def _squeeze(sentence: Sentence, picked: list[int]) -> list[int]:
    """A noun's title that reached the verb of which the noun is the subject keeps its
    first place phrase and drops the rest, so that what the happening did fits:
    "Explosion at fertiliser plant [in river port of Dalmen] killed nine workers"."""
    words = sentence.words
    verb = next((n for n, k in enumerate(picked) if n and words[k].text[:1].islower() and (
        words[k].lower in IRREGULAR_PAST or words[k].lower.endswith("ed"))
        and words[k - 1].lower not in ARTICLES), None)
    if verb is None or verb + 1 < len(picked):
        return []
    preps = [n for n in range(1, verb) if words[picked[n]].lower in PREPOSITIONS]
    if len(preps) < 2:
        return []
    return picked[:preps[1]] + picked[verb:]
