"""What is scheduled: "the detainees will appear before a judge on Saturday".

A future tense is no happening in general ("talks will resume", "a treaty could
be ready"), but news tells the calendar of its story too: a hearing, a vote,
a funeral, a search resuming, each set for a day. An analyst keeps those on the
chronology (the shared chronology gold does: "set the sentencing hearing for
July 23"), so a clause whose verb is "will" (or "is due/scheduled/set to") with
a calendar day after publication in its own clause reports that day's
happening. Not a deadline ("by Friday"), a period ("until Monday", "from
Monday"), a negation ("will not attend"), a condition ("if the wind drops"),
an expectation ("is expected to"), a state ("will be closed"), a duration or a
month: only a day is a date in the calendar of a story.
"""
from __future__ import annotations

import datetime as dt

from temporal.expressions import TimeExpression

from .lexicon import IRREGULAR_PAST, LIGHT_FORMS, TRIGGERS
from .sentences import Sentence
from .triggers import Trigger

_WILL = {"will", "shall", "’ll", "'ll"}
_SET_TO = {"due", "scheduled", "set", "slated"}  # "is due to appear" (not "expected to")
_BE = {"is", "are", "was", "were"}
_BETWEEN = {"also", "then", "again", "first", "formally", "finally", "now", "only"}
_NOT_DATES = {"by", "until", "till", "before", "from", "since", "through", "within"}
_NEGATIONS = {"not", "never", "n't"}
_CONDITIONS = {"if", "unless", "provided"}
MAX_SPAN_DAYS = 2  # a day, or a night or weekend across two
MAX_TITLE_WORDS = 10
MAX_GAP = 8  # words from the verb to its date


def _day(expression: TimeExpression, reference: dt.date) -> bool:
    earliest, latest = expression.earliest, expression.latest
    return (earliest is not None and latest is not None and earliest > reference
            and (latest - earliest).days < MAX_SPAN_DAYS)


def _verb_after_modal(sentence: Sentence, k: int, end: int) -> int | None:
    """The main verb after a modal at word k (before word ``end``): past an adverb;
    "be" + a participle is the participle ("will be sentenced"), "be" + anything
    else a state ("will be closed" is a participle too, but "closed" names no
    happening the lexicon knows; see `scheduled_trigger`)."""
    words = sentence.words
    i = k + 1
    while i < end and words[i].lower in _BETWEEN:
        i += 1
    if i >= end or words[i].lower in _NEGATIONS:
        return None
    if words[i].lower == "be":
        i += 1
        if i >= end:
            return None
        w = words[i].lower
        return i if (w.endswith("ed") or w in IRREGULAR_PAST) else None
    return i if words[i].text.isalpha() and words[i].text.islower() else None


def _modal_before(sentence: Sentence, span: list[int]) -> int | None:
    """The modal of the expression's own clause, before it: "will" or "is due to"."""
    words, clause = sentence.words, sentence.clause_of[span[0]]
    for k in range(span[0] - 1, -1, -1):
        if sentence.clause_of[k] != clause:
            return None
        w = words[k].lower
        if w in _WILL:
            return k
        if (w == "to" and k >= 2 and words[k - 1].lower in _SET_TO
                and words[k - 2].lower in _BE):
            return k
    return None


def scheduled_trigger(sentence: Sentence, expression: TimeExpression, span: list[int],
                      triggers: list[Trigger], used: set[int],
                      reference: dt.date | None) -> Trigger | None:
    """The happening a future day is set for, or None."""
    words = sentence.words
    if (reference is None or not span or not _day(expression, reference)
            or (span[0] > 0 and words[span[0] - 1].lower in _NOT_DATES)):
        return None
    modal = _modal_before(sentence, span)
    if modal is None or any(w.lower in _CONDITIONS for w in words):
        return None  # "will reopen on Tuesday if the wind changes": a condition
    verb = _verb_after_modal(sentence, modal, span[0])
    if verb is None or verb in used or span[0] - verb > MAX_GAP:
        return None  # (a date far after the verb is a later phrase's: "notes due Nov. 1")
    known = next((t for t in triggers if t.first <= verb <= t.last), None)
    if known is not None and known.family == "report":
        return None  # "will say on Monday": what is said is news, not the saying
    if known is not None:
        return Trigger(known.first, known.last, known.start, known.end, known.family,
                       known.tense, False, False)
    w = words[verb].lower
    if words[verb - 1].lower == "be" and w not in TRIGGERS:
        return None  # "will be closed on Monday": a state
    if w in LIGHT_FORMS:
        # "will hold its first hearing on Nov. 23": the noun the light verb makes
        noun = next((t for t in triggers if verb < t.first < span[0] and t.noun
                     and t.family not in ("report", "guess")), None)
        if noun is not None:
            return Trigger(noun.first, noun.last, noun.start, noun.end, noun.family,
                           noun.tense, True, False)
    return Trigger(verb, verb, words[verb].start, words[verb].end, "guess", "base", False,
                   False)


def headline_future(title: str, sentence: Sentence, trigger: Trigger) -> str:
    """A scheduled happening's title in the headline's future: "Court to hold first
    hearing", "Men to be sentenced" (the title keeps no auxiliary, so without this it
    would read as done)."""
    words = title.split()
    head = sentence.words[trigger.first].text
    if head not in words or words.index(head) == 0:
        return title
    at = words.index(head)
    passive = trigger.first > 0 and sentence.words[trigger.first - 1].lower == "be"
    words[at:at] = ["to", "be"] if passive else ["to"]
    while len(words) > MAX_TITLE_WORDS:
        words.pop()
    return " ".join(words)
