"""An event made from the trigger a rule chose: its phrase, title, names and date.

Why one place: every rule of `finder` (a dated clause, the lead's news, a
sentence carrying the story on) ends by turning a trigger into an `Event`;
what the trigger phrase covers ("explosion tore", "staged a march"), how a
TIMEX3 value becomes the event's day span, and what the publication day is
are decided here once, for all of them.
"""
from __future__ import annotations

import datetime as dt
import functools
import re

from temporal.dates import DateParseError, EventDate
from temporal.expressions import TimeExpression

from .lexicon import (
    ARTICLES,
    AUXILIARIES,
    CLAUSE_WORDS,
    FUNCTION,
    PREPOSITIONS,
)
from .model import Event
from .names import names_in
from .titles import make_title
from .triggers import MAX_TRIGGER, Trigger, past_verbs


def publication_day(reference: dt.date) -> EventDate:
    """The day a lead's undated news is put on: the article's publication day."""
    return EventDate.from_span(reference, reference, "day")


def make_event(text, sentence, trigger: Trigger, skip, date, expression, triggers,
               antecedent=None, dateline: tuple[int, int] | None = None) -> Event:
    """The event ``trigger`` names, dated ``date`` (None: undated) by ``expression``
    (None: the publication day or no date); ``skip``: the sentence's date words, which
    no title repeats; ``antecedent``: who "he" or "she" is, asked only if the title needs it."""
    if sentence.names is None:  # looked up once however many events the sentence reports
        sentence.names = names_in(text, sentence, dateline)
    actors, places = sentence.names
    end = _object_noun_end(sentence, trigger, triggers)
    subject = _subject_noun(sentence, trigger, triggers)
    start = subject.start if subject else trigger.start
    family = trigger.family
    return Event(
        start=start, end=end, trigger=text[start:end],
        title=make_title(text, sentence, trigger, skip, triggers, antecedent or ""),
        value=date.value if date else None,
        precision=str(date.precision.value) if date else None,
        earliest=date.earliest if date else None, latest=date.latest if date else None,
        expression=expression, sentence_start=sentence.start, sentence_end=sentence.end,
        actors=tuple(actors), places=tuple(places), family=family)


def _subject_noun(sentence, trigger: Trigger, triggers) -> Trigger | None:
    """"A gas explosion tore through the block", "a shooting on the border killed two":
    a happening's noun that is the subject of the verb names the happening with it; the
    trigger is the phrase from the noun to the verb (the gold of one outlet marks the
    noun, of another the verb), and a verb the lexicon lacks takes the noun's kind."""
    if trigger.noun or not triggers or trigger.tense != "past":
        return None
    words, clause = sentence.words, sentence.clause_of[trigger.first]
    subject = None
    for t in triggers:
        if t.last >= trigger.first:
            break
        subject = t
    if (subject is None or not subject.noun or subject.blocked or subject.family == "report"
            or trigger.first - subject.last > 4 or sentence.clause_of[subject.first] != clause
            or words[trigger.last].end - subject.start > MAX_TRIGGER):
        return None
    between = range(subject.last + 1, trigger.first)
    if any("," in sentence.text_between[k] for k in range(subject.last, trigger.first)) or any(
            words[k].lower in CLAUSE_WORDS or words[k].lower in AUXILIARIES
            and words[k].lower not in ("has", "have", "had")
            or words[k].text[:1].isupper() or bool(past_verbs(sentence, [k])) for k in between):
        return None  # "a strike that killed", "the attack was condemned": no subject's verb
    first = subject.first
    if first and words[first - 1].lower in ARTICLES or first == 0 or (
            words[first - 1].text[:1].islower() and words[first - 1].lower not in FUNCTION):
        return subject  # "A gas explosion", "Explosions", "a drone strike"
    return None


_OBJECT_LINKS = ARTICLES | {"for", "a", "an"}


def _object_noun_end(sentence, trigger: Trigger, triggers) -> int:
    """"gathered for a candlelit vigil", "staged a silent march": a verb outside the
    lexicon whose object, a few words on in its clause, is a happening's noun names that
    happening with it, as a light verb does ("held talks"): the trigger runs to the noun
    (the title keeps the verb's clause)."""
    if trigger.family != "guess" or trigger.noun or not triggers:
        return trigger.end
    words, clause = sentence.words, sentence.clause_of[trigger.first]
    for t in triggers:
        if t.first <= trigger.last:
            continue
        between = range(trigger.last + 1, t.first)
        if (not t.noun or t.blocked or t.family == "report" or len(between) > 3
                or words[t.last].end - trigger.start > MAX_TRIGGER
                or sentence.clause_of[t.first] != clause
                or words[trigger.last + 1].lower not in _OBJECT_LINKS
                or any("," in sentence.text_between[k] for k in range(trigger.last, t.first))
                or any(words[k].lower in CLAUSE_WORDS or words[k].lower in PREPOSITIONS
                       and words[k].lower != "for" for k in between)):
            return trigger.end
        after = t.last + 1
        if after < len(words) and not sentence.text_between[t.last].strip() and (
                words[after].lower not in FUNCTION and words[after].lower not in PREPOSITIONS):
            return trigger.end  # "an arrest warrant", "the voting age": a modifier
        return words[t.last].end
    return trigger.end


# "Saturday night", "the night of June 28": the night of a named day is that day's
_NAMED_DAY = re.compile(r"\d|monday|tuesday|wednesday|thursday|friday|saturday|sunday",
                        re.IGNORECASE)


@functools.lru_cache(maxsize=4096)
def _value_date(value: str) -> EventDate | None:
    """A TIMEX3 value read as a date once per value: an article repeats its dates
    ("Tuesday", "2025-07-01") and each is asked for by every happening it may date."""
    try:
        return EventDate.from_value(value)
    except (DateParseError, ValueError, TypeError):
        return None


def expression_date(expression: TimeExpression) -> EventDate | None:
    if (expression.value.endswith("TNI") and expression.earliest == expression.latest
            and not _NAMED_DAY.search(expression.text)):
        # "overnight": the night runs into the next day, and so does what happened in it
        return EventDate.from_span(expression.earliest,
                                   expression.earliest + dt.timedelta(days=1), "range")
    date = _value_date(expression.value)
    try:
        if date is not None:
            wider = (expression.earliest is not None and expression.latest is not None
                     and expression.earliest <= date.earliest
                     and date.latest <= expression.latest
                     and (expression.earliest, expression.latest) != (date.earliest,
                                                                      date.latest))
            # "between 2017 and 2020": the value names the first year, the span all four
            return EventDate.from_span(expression.earliest, expression.latest) if wider else date
    except (DateParseError, ValueError, TypeError):
        pass  # a value the date model does not hold ("2025-06-28TNI"): its span dates it
    try:
        return EventDate.from_span(expression.earliest, expression.latest)
    except (DateParseError, ValueError, TypeError):
        return None


def date_of(event: Event) -> EventDate:
    return EventDate.from_span(event.earliest, event.latest)
