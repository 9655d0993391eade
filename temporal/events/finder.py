"""The entry point: the happenings a text reports, each named, dated and sourced.

Pipeline, one linear pass per stage: sentences and clauses; the expression
finder's dates; lexicon triggers per sentence; each date given to the
happening of its clause (`dating`); lead happenings without a date given the
publication day; titles and names from the sentence; repeated mentions of
one happening dropped (`dedup`).
"""
from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from dataclasses import replace

from temporal.datelines import dateline_span
from temporal.dates import DateParseError, EventDate
from temporal.expressions import TimeExpression, find_expressions

from . import sentences as _sentences
from .dating import (
    LEAD_SENTENCES,
    NAMING_BEFORE,
    companions,
    comparison_period,
    designated,
    expression_words,
    hypothetical_date,
    interval_before,
    past_year,
    strong_trigger,
    trigger_for,
    usable,
    when_clause,
)
from .dedup import deduplicate, kind
from .lexicon import (
    ARTICLES,
    AUXILIARIES,
    CLAUSE_WORDS,
    FUNCTION,
    LIGHT_FORMS,
    PREPOSITIONS,
    SUBJECT_PRONOUNS,
    TRIGGERS,
)
from .model import Event
from .names import names_in
from .schedule import forecast, may_schedule, scheduled_trigger
from .titles import MAX_TITLE_WORDS, is_person, make_title
from .triggers import MAX_TRIGGER, Trigger, find_triggers, past_verbs

# Families that make the news of the day on their own, without a date.
_NEWS = {"attack", "death", "capture", "disaster", "legal", "politics", "meeting"}
_PRIORITY = ["attack", "capture", "disaster", "legal", "politics", "meeting", "death"]


def _publication_day(reference: dt.date) -> EventDate:
    return EventDate.from_span(reference, reference, "day")


def _make(text, sentence, trigger: Trigger, skip, date, expression, triggers,
          antecedent=None, dateline: tuple[int, int] | None = None) -> Event:
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


def _expression_date(expression: TimeExpression) -> EventDate | None:
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


@functools.lru_cache(maxsize=2048)
def _person(name: str) -> bool:
    return is_person(name.split())


def _who(events: list[Event]):
    """What finds the person the article last named, asked only when a title needs it."""
    return functools.partial(_antecedent, events)


def _antecedent(events: list[Event]) -> str:
    """The surname of the person the article's events last named ("Kohberger"), for
    a title whose subject is "he" or "she". Asked for each event made; the answer
    changes only with the last dozen events, so it is kept for the list's length."""
    key = (id(events), len(events), events[-1].start if events else -1)
    last = _ANTECEDENT_CACHE.get("last")  # one tuple, replaced whole: safe across threads
    if last is not None and last[0] == key:
        return last[1]
    value = _last_person(events)
    _ANTECEDENT_CACHE["last"] = (key, value)
    return value


_ANTECEDENT_CACHE: dict = {}


def _last_person(events: list[Event]) -> str:
    """The person the recent events last named; but a person they name more often (the
    story's subject, "Kohberger") over one named once in passing (the judge who set a
    hearing): "he" and "him" in news mostly carry the story's subject on."""
    recent = events[-20:]
    named = {a for e in recent for a in e.actors if " " in a and a not in e.places
             and _person(a)}  # not "Aldren Lines", a firm
    surnames = {a.split()[-1] for a in named}
    mentions: dict[str, int] = {}
    last = ""
    for n, event in enumerate(recent):
        people = [a for a in event.actors if a in named or a in surnames]  # "Marchetti"
        people = people or [w for w in event.title.split()[:1] if w in surnames]
        for person in dict.fromkeys(a.split()[-1] for a in people):
            mentions[person] = mentions.get(person, 0) + 1
        if people and n >= len(recent) - 3:
            last = people[-1]
    if not last:
        return ""
    surname = last.split()[-1]
    subject = max(mentions, key=lambda p: mentions[p])
    if mentions[subject] > mentions.get(surname, 0):
        return subject
    return surname if len(surname.rstrip(".")) > 1 else last  # "Anton K."


def _one_per_date(text: str, expressions: list[TimeExpression]) -> list[TimeExpression]:
    """"4 a.m. on Nov. 13": two expressions, one date of one happening; the first stays."""
    kept: list[TimeExpression] = []
    for e in expressions:
        if kept and len(text[kept[-1].end:e.start].split()) <= 1 and len(
                text[kept[-1].end:e.start]) <= 5:
            continue
        kept.append(e)
    return kept


def _mentioned_before(sentence, trigger: Trigger, events: list[Event]) -> bool:
    """"The embassy said the meeting ran late": a definite noun names a happening
    the article has already reported (the morning's meeting), not the day's news."""
    words = sentence.words
    return (trigger.noun and trigger.first > 0
            and words[trigger.first - 1].lower in ("the", "this", "that")
            and any(kind(e.family) == kind(trigger.family)
                    or words[trigger.first].lower in _SHELL for e in events))


# Nouns that only point back at what was told ("raised its rate … The decision was
# unanimous"): with "the" they are a happening already reported, of whatever kind.
_SHELL = {"decision", "move", "announcement", "step", "measure", "measures", "incident"}


_DEFINITE = {"the", "this", "that"}
# "welcomed Wednesday's meeting": a day's possessive names it as known, too
_DAY_OWNERS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
               "yesterday", "today", "week", "weekend", "night", "month"}


def _known(words, at: int) -> bool:
    """Whether the noun at ``at`` is named as known: "the quake", "Wednesday's meeting"."""
    return any(w.lower in _DEFINITE for w in words[max(0, at - 2):at]) or (
        at > 1 and words[at - 1].lower in ("'s", "’s") and words[at - 2].lower in _DAY_OWNERS)


def _definite(sentence, trigger: Trigger, triggers: list[Trigger]) -> bool:
    """Whether the clause names the trigger's happening with a definite noun ("The
    quake hit at 11:40 p.m.", "welcomed the sentence", "passed the finance bill"):
    a mention of a happening the reader already knows, not a new one."""
    words, clause = sentence.words, sentence.clause_of[trigger.first]
    return any(t.noun and t.first > 0 and sentence.clause_of[t.first] == clause
               and _known(words, t.first) and kind(t.family) == kind(trigger.family)
               for t in triggers)


def _interval_event(text, sentence, earlier, triggers: list[Trigger], reference: dt.date,
                    dateline) -> Event | None:
    """The happening of the clause after "a day after", dated that interval before
    the lead's publication day (see `dating.interval_before`)."""
    expression, (days, after) = earlier
    later = [t for t in triggers if t.first > after and not t.blocked and t.family != "report"]
    trigger = later[0] if later else None
    if trigger is None:
        words = sentence.words
        rest = past_verbs(sentence, list(range(after + 1, len(words))))
        if not rest:
            return None
        w = words[rest[0]]
        trigger = Trigger(rest[0], rest[0], w.start, w.end, "guess", "past", False, False)
    day = reference - dt.timedelta(days=days)
    skip = set(expression_words(sentence, expression))
    return _make(text, sentence, trigger, skip, EventDate.from_span(day, day, "day"),
                 expression, triggers, "", dateline)


def _main_day(sentence, mine: list[TimeExpression],
              after: int) -> tuple[dt.date | None, int]:
    """"A day after floods swept the valley, rescuers on Wednesday were still searching":
    the day of the main clause, from which the "after" clause's interval counts back
    (the first single-day date past the "after" clause), and where that date stands."""
    for expression in mine:
        span = expression_words(sentence, expression)
        if (span and expression.earliest is not None
                and expression.earliest == expression.latest):
            # "pulled 17 people alive on Monday, two days after a quake struck": the
            # "after" clause runs to the sentence's end
            return expression.earliest, span[0] if span[0] > after else len(sentence.words)
    return None, after


def _news_bound(sentence, spans: list[list[int]], dated_some: bool,
                bound: int) -> int | None:
    """Where the first sentence's news may be looked for beside its dates, or None.

    Its main verb is the day's news even beside a date that dates something else
    ("froze the assets …, the largest move since the curbs were introduced two years
    ago") or nothing ("called a strike for Thursday"): a past-tense verb before the
    first date and before the clause "since"/"after"/"before" opens. When a date of
    the main clause dated a happening, that was the news."""
    words = sentence.words
    opened = [i for i, w in enumerate(words) if w.lower in ("since", "after", "before")]
    if dated_some and not (opened and all(span[0] > opened[0] for span in spans if span)):
        return None
    return min([bound, *(span[0] for span in spans if span), *opened])


def _deadline(sentence, expression: TimeExpression, date: EventDate,
              reference: dt.date) -> bool:
    """"Asked the bank for a report by the end of the month": "by" before a time that
    has not run out at publication sets a deadline, it does not date the asking."""
    span = expression_words(sentence, expression)
    return (bool(span) and span[0] > 0 and sentence.words[span[0] - 1].lower == "by"
            and date.latest is not None and date.latest > reference)


_DAY_WORDS = re.compile(
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|yesterday|"
    r"tomorrow|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\d{4}|/|-", re.IGNORECASE)


def _clock_only(expression: TimeExpression, reference: dt.date | None) -> bool:
    """"Police boarded the plane after it landed shortly before 4 p.m.": a clock time
    without a day, which the expression finder puts on the publication day, is a time
    of the day the story's lead tells."""
    return (reference is not None and "T" in (expression.value or "")
            and expression.earliest == expression.latest == reference
            and not _DAY_WORDS.search(expression.text))


def _next_day_part(lead_time: TimeExpression, expression: TimeExpression) -> bool:
    """"Shot on Tuesday evening … the president called him in the morning": a morning or
    afternoon after a lead told in the evening or at night is the next day's, where the
    expression finder put it."""
    return ((lead_time.value or "").endswith(("TEV", "TNI"))
            and (expression.value or "").endswith(("TMO", "TAF"))
            and lead_time.earliest is not None and expression.earliest is not None
            and expression.earliest == lead_time.earliest + dt.timedelta(days=1))


_CLOCK = re.compile(r"\d\s*[ap]\.?m\b|\bnoon\b|\bmidnight\b|\d:\d\d", re.IGNORECASE)
# What the story's incident did as it unfolded: no new act of anyone (an arrest, an order,
# a meeting at a later hour of the day are happenings of their own; so are deaths).
_UNFOLDS = {"guess", "attack", "disaster", "movement", "economy"}


def _unfolding(trigger: Trigger, mine: list[TimeExpression], date: EventDate,
               events: list[Event], lead_end: int) -> bool:
    """"A ferry fire forced 300 passengers off … on Sunday [the lead]. The fire started
    in the engine room at about 11 p.m.": past the lead's paragraph, a clock time with no
    day of its own, on the day of the story's first happening, tells how that happening
    unfolded (the robbers "smashed a window at about 4 a.m.", the wagons "left the
    tracks at 2:30 a.m."), not another happening, unless what it tells is someone's act
    of another kind (an arrest, an order) or a death."""
    if (trigger.family not in _UNFOLDS or not events
            or events[0].sentence_start >= lead_end or events[0].earliest is None
            or not any(_CLOCK.search(e.text) for e in mine)):
        return False
    first = events[0]
    return first.earliest <= date.earliest <= first.latest


def _harm_when(sentence, trigger: Trigger, triggers: list[Trigger],
               used: set[int]) -> Trigger | None:
    """"Four rescuers were injured when a second slide hit the area in the afternoon":
    the date in a "when"/"as" clause tells when the main clause's passive harm befell its
    subject; that harm is the news, the clause says how (and the slide or blast is
    usually told already)."""
    if trigger.noun or trigger.family == "death":
        return None
    words = sentence.words
    openers = [j for j in range(max(0, trigger.first - 14), trigger.first)
               if words[j].lower in ("when", "as")]
    for t, opener in ((t, j) for j in openers for t in triggers):
        if (t.family == "death" and not t.noun and not t.blocked and t.tense == "past"
                and t.first not in used and t.first > 0 and 0 < opener - t.last <= 4
                and words[t.first - 1].lower in ("was", "were")
                and not any(w.lower in CLAUSE_WORDS for w in words[t.last + 1:opener])):
            return t
    return None


def _background(expression: TimeExpression, reference: dt.date | None) -> bool:
    """Whether the date is of a past long gone (over two months before publication): the
    story's background, not its news."""
    return (reference is not None and expression.latest is not None
            and expression.latest < reference - _BACKGROUND)


_BACKGROUND = dt.timedelta(days=60)


def _harm_noun(sentence, trigger: Trigger, triggers: list[Trigger],
               background: bool = False) -> Trigger | None:
    """"Nine people were killed and 60 injured in a crush at the stadium on Sunday": the
    deaths a crush, an attack or a disaster caused are that happening; its noun after
    "in" names it, or its noun as the subject of the harm."""
    if trigger.family == "guess" and not trigger.noun:
        # (in the news itself the verb is what the analyst dates: "A cyberattack
        # disrupted check-in systems on Tuesday")
        return _new_harm_subject(sentence, trigger, triggers) if background else None
    if trigger.noun or trigger.family != "death":
        return None
    words = sentence.words
    for t in triggers:
        if (t.noun and not t.blocked and t.family in ("attack", "disaster")
                and 0 < t.first - trigger.last <= 4
                and "in" in [w.lower for w in words[trigger.last + 1:t.first]]):
            return t
    # "An explosion at a fertiliser plant killed nine and injured 40": the subject that
    # did the harm, with only harms told between it and this one
    before = [t for t in triggers if t.first < trigger.first]
    harms = {t.first for t in before if t.family == "death" and not t.noun}
    subject = next((t for t in before if t.first not in harms), None)
    if (subject is not None and subject.noun and not subject.blocked
            and subject.family in ("attack", "disaster") and subject.first <= 2
            and sentence.clause_of[subject.first] == 0 and trigger.first - subject.last <= 20
            and all(t.first in harms for t in before if t.first > subject.first)
            and not any(w.lower in CLAUSE_WORDS or w.lower in AUXILIARIES
                        for w in sentence.words[subject.last + 1:trigger.first])
            and set(past_verbs(sentence, list(range(subject.last + 1, trigger.first)))) <= harms):
        return subject
    return None


def _new_harm_subject(sentence, verb: Trigger, triggers: list[Trigger]) -> Trigger | None:
    """"In January 2019, a landslide buckled a section of the pipe", "In 2003 an outbreak
    led to a cull": in the story's background, an attack or disaster the sentence
    introduces ("a", "an") as the subject of a verb outside the lexicon is the happening;
    the verb tells what it did.
    ("The fire destroyed …" names one told already: its verb stays.)"""
    words = sentence.words
    subject = next((t for t in reversed(triggers) if t.last < verb.first), None)
    if (subject is None or not subject.noun or subject.blocked
            or subject.family not in ("attack", "disaster")
            or verb.first - subject.last > _SUBJECT_GAP
            or sentence.clause_of[subject.first] != sentence.clause_of[verb.first]
            or any("," in sentence.text_between[k] for k in range(subject.last, verb.first))
            or any(w.lower in CLAUSE_WORDS or w.lower in AUXILIARIES
                   for w in words[subject.last + 1:verb.first])):
        return None
    start = subject.first
    while start > 0 and subject.first - start < 3 and words[start - 1].lower not in (
            "a", "an") and words[start - 1].text[:1].islower() and not words[
            start - 1].text[:1].isdigit():
        start -= 1
    return subject if start > 0 and words[start - 1].lower in ("a", "an") else None


_SUBJECT_GAP = 4  # words from the subject noun to its verb ("an outbreak of bird flu led")


def _timetable(trigger: Trigger, date: EventDate, reference: dt.date | None,
               sentence=None, expression: TimeExpression | None = None) -> bool:
    """A date after publication: "foreign ministers, who meet next week" (a verb in
    the present tense) tells a timetable; and a past-tense verb cannot have happened
    then ("announced that he would step down in June": the date is the plan's). A
    noun keeps it ("a mission in December"): what is scheduled, the analyst may want."""
    if reference is None or date.earliest is None:
        return False
    if not trigger.noun and expression is not None and _deadline(sentence, expression, date,
                                                                 reference):
        return True
    if date.earliest <= reference:
        return False
    if trigger.noun:
        return False
    return trigger.tense in ("base", "s") or (
        trigger.tense == "past" and trigger.first == trigger.last)


# A schedule names a day, a week or a month ("will meet next week", "will gather in June");
# a season, a quarter or a year is a plan's horizon, not a date set.
_SET_SPAN = 30


def _schedules(sentence, mine: list[TimeExpression], spans: list[list[int]],
               chosen: dict[int, Trigger], used: set[int], reference: dt.date | None) -> set[int]:
    """The dates after publication, of a day, a week or a month, whose clause schedules a
    happening ("will appear before a judge on Saturday"): that happening takes the date
    (in ``chosen``), rather than a participle near it ("naval divers flying in"); their numbers."""
    found: set[int] = set()
    if reference is None or not may_schedule(sentence):
        return found
    for n, (expression, span) in enumerate(zip(mine, spans)):
        trigger = scheduled_trigger(sentence, span) if span else None
        if trigger is None or trigger.first in used:
            continue
        date = _expression_date(expression)
        if date is not None and date.earliest is not None and date.latest is not None and (
                reference < date.earliest and (date.latest - date.earliest).days <= (
                    0 if forecast(sentence, trigger) else _SET_SPAN)):
            if n in chosen:
                used.discard(chosen[n].first)
            chosen[n] = trigger
            used.add(trigger.first)
            found.add(n)
    return found


def _planned_title(event: Event, passive: bool = False) -> Event:
    """"Dost to present revised budget", "Men to be sentenced": a headline puts what is
    set for a day in the infinitive (the title's words are the sentence's, "will" left
    out)."""
    words = event.title.split(" ")
    if "will" in words[1:]:  # "Court will hold first hearing" (a light verb's noun)
        words[words.index("will", 1)] = "to"
        return replace(event, title=" ".join(words))
    at = next((i for i, w in enumerate(words) if i and w.lower() == event.trigger.lower()), None)
    if at is not None and words[at - 1].lower() in ("begin", "start"):
        at -= 1  # "Units to begin handing in weapons": the infinitive is the aspect verb's
    if not at or any(w.lower() in ("will", "to") for w in words[max(0, at - 2):at]):
        return event
    words = [*words[:at], "to", *(["be"] if passive else []), *words[at:]][:MAX_TITLE_WORDS]
    while words[-1].lower() in FUNCTION:  # the cut leaves no "to" or "by" at the end
        words.pop()
    return replace(event, title=" ".join(words))


def _tally(text: str, sentence, trigger: Trigger, date: EventDate, reference: dt.date | None,
           expression: TimeExpression) -> bool:
    """"A gang that has kidnapped dozens this year", "has invested billions over the
    past decade": a present perfect over a period counts what happened in it (English
    puts no one past happening in the present perfect with its date). "By Tuesday
    morning the fire had burned 3,500 hectares", "had raised £60,000 by Tuesday
    evening": an active past perfect up to a time named by "by" is a running total
    read then, not a happening of that time."""
    words = sentence.words
    if trigger.first == 0 or trigger.noun:
        return False
    before = words[trigger.first - 1].lower
    if before == "had":  # (a figure it reached, not an act done by then: "had
        # disconnected all three hospitals by the morning of March 12")
        after = words[trigger.last + 1].text if trigger.last + 1 < len(words) else "-"
        figure = after.lower() in _ABOUT or after[0].isdigit() or after[0] in "£$€"
        return figure and _BY_TIME.search(
            text, max(0, expression.start - 3), expression.start) is not None
    return (reference is not None and before in ("has", "have")
            and date.earliest is not None and date.latest is not None
            and date.earliest < date.latest)


_BY_TIME = re.compile(r"\b[Bb]y $")
_ABOUT = {"about", "around", "some", "nearly", "almost", "over", "more", "roughly"}


# "Hours later", "within hours", "minutes after the blast": a happening of the same day
# as one told before; the words the writer uses when the day needs no saying again.
_SOON = re.compile(r"\b(?:hours|minutes|moments) (?:later|afterwards)\b|\bwithin (?:hours|minutes)"
                   r"\b|\b(?:hours|minutes|moments|shortly|soon) after (?:the|that|this) (\w+)"
                   # "He was then charged": the next step, the same day, told in the
                   # same paragraph; not "since then", "back then", "the then-president"
                   r"|(?<!since )(?<!until )(?<!by )(?<!from )(?<!back )(?<!than )(?<!till )"
                   r"\b(then)\b(?!-)", re.IGNORECASE)


def _soon_matches(text: str) -> list[re.Match]:
    """Every "hours later" of the text, in order: found from its head words with
    `str.find` (one regex pass over a long article costs more than the rest of this
    rule)."""
    low, found = text.lower(), {}
    for head in ("hours", "minutes", "moments", "shortly", "soon", "then"):
        i = low.find(head)
        while i != -1:
            match = _SOON.search(text, max(0, i - 7), i + 60)
            if match:
                found[match.start()] = match
            i = low.find(head, i + 1)
    return [found[k] for k in sorted(found)]


def _soon_in(matches: list[re.Match], sentence) -> re.Match | None:
    at = bisect.bisect_left(matches, sentence.start, key=lambda m: m.start())
    return matches[at] if at < len(matches) and matches[at].end() <= sentence.end else None


def _soon_after(text, sentence, matches: list[re.Match], events: list[Event],
                dateline, lead_end: int) -> Event | None:
    """The happening of an undated sentence that places it hours after one told before:
    "Kelmar summoned the ambassador on Wednesday. Ostrava recalled its own hours later"
    (Wednesday); "walked free hours after the ruling" (the ruling's day). Its date is
    the last single day told before, of the happening it names when it names one."""
    found = _soon_in(matches, sentence)
    if found is None or not events:
        return None
    days = [e for e in events if e.earliest is not None and e.earliest == e.latest
            and e.value is not None]
    named = found.group(1)
    if named:
        family = TRIGGERS.get(named.lower(), ("", ""))[0]
        days = [e for e in days if family and kind(e.family) == kind(family)]
    if not days:
        return None
    before = days[-1]
    opened = text.rfind("\n", 0, sentence.start) + 1
    from_lead = (not named and before.sentence_end <= opened
                 and bool(text[opened:sentence.start].strip())
                 and days[0].sentence_start < lead_end)
    if from_lead:
        # "Karsan called the expulsions baseless. Hours later, its ministry ordered…":
        # after an undated sentence of a paragraph that reports nothing dated, the
        # hours count from the story's news (the lead's day), not from an earlier
        # paragraph's detail
        before = days[0]
    if found.group(2) and "\n" in text[before.sentence_end:sentence.start]:
        return None  # "then" goes on from the paragraph's story, not another's
    triggers = find_triggers(text, sentence)
    words = sentence.words
    # its first past-tense verb, of the lexicon or not, that tells no report and not the
    # happening before again
    verbs = {t.first: t for t in triggers if not t.noun and t.tense == "past"}
    trigger = None
    for i in past_verbs(sentence, list(range(len(words)))):
        t = verbs.get(i) or Trigger(i, i, words[i].start, words[i].end, "guess", "past",
                                    False, False)
        if t.family != "report" and not t.blocked:
            trigger = t
            break
    if trigger is None or (trigger.family != "guess" and not from_lead
                           and kind(trigger.family) == kind(before.family)) or (
            named and trigger.start >= found.start()):
        return None
    skip = {i for i, w in enumerate(words) if found.start() <= w.start < found.end()}
    date = EventDate.from_span(before.earliest, before.latest, "day")
    return _make(text, sentence, trigger, skip, date, None, triggers, _who(events),
                 dateline)


def _harm_before(events: list[Event]) -> Event | None:
    """The attack or disaster told last, whose casualties a sentence of their own
    reports ("Drones struck the port overnight. A security guard was killed")."""
    return next((e for e in reversed(events) if e.family in ("attack", "disaster")
                 and e.earliest is not None), None)


def _date_of(event: Event) -> EventDate:
    return EventDate.from_span(event.earliest, event.latest)


def _entry_goes_on(text, sentence, events: list[Event], dateline) -> Event | None:
    """"Tuesday, Aug. 1: A girl dies in hospital. The caterer is detained for
    questioning.": an undated sentence in the historical present, in a chronology's entry
    whose heading ("<date>: …") dated the happening told last, goes on in that day."""
    before = events[-1] if events else None
    if (before is None or before.expression is None or before.earliest is None
            or before.expression.start != before.sentence_start
            or text[before.expression.end:before.expression.end + 1] != ":"
            or _paragraphs_apart(text, before.sentence_end, sentence.start) != 0):
        return None
    triggers = find_triggers(text, sentence)
    words = sentence.words
    told = next((t for t in triggers if not t.noun and not t.blocked and t.family != "report"
                 and (t.tense == "s" or (t.tense == "past" and t.first > 0
                                         and words[t.first - 1].lower in ("is", "are")))),
                None)
    if told is None:
        return None
    return _make(text, sentence, told, set(), _date_of(before), before.expression,
                 triggers, "", dateline)


_DEFINITE = {"the", "this", "that", "these", "those", "his", "her", "its", "their"
             } | SUBJECT_PRONOUNS
_UNCOUNTED = {"guess", "report"}  # verbs outside the lexicon and sourcing: no happening's kind


def _definite_subject(sentence, start: int) -> bool:
    """Whether the words before the trigger at ``start``, back to a comma, open with a
    definite word ("According to the navy, the captain died"; "He died")."""
    words = sentence.words
    at = next(k for k, w in enumerate(words) if w.start >= start)
    first = at
    while first > 0 and "," not in sentence.text_between[first - 1]:
        first -= 1
    return first < at and words[first].lower in _DEFINITE


def _casualties(text, sentence, events: list[Event], dateline) -> Event | None:
    """An undated sentence that tells the deaths or injuries of the attack or disaster
    told in the sentence before ("… collapsed early on Tuesday. A worker was killed and
    two were injured"): a happening of its own, on that happening's day. The harm told
    last counts (its casualties "41 people were wounded" too), past words outside the
    lexicon told since (a quote's "we need them today")."""
    at = next((n for n in range(len(events) - 1, -1, -1)
               if events[n].family not in _UNCOUNTED), None)
    last = events[at] if at is not None else None
    if (last is None or last.earliest is None
            or _paragraphs_apart(text, last.sentence_end, sentence.start) > 1
            or not _DEATH_PAST.search(text, sentence.start, sentence.end)):
        return None  # (the same or the next paragraph)
    before = last
    if last.family == "death":
        harm = next((e for e in reversed(events[:at]) if e.family in ("attack", "disaster")),
                    None)  # the casualties told before: dated like the harm that did them
        if harm is not None:
            before = harm if _date_of(harm) == _date_of(last) else None
    if before is None or before.family not in ("attack", "disaster", "death"):
        return None
    triggers = find_triggers(text, sentence)
    deaths = [t for t in triggers if t.family == "death" and not t.noun and not t.blocked
              and t.tense == "past"]
    # another happening in the deaths' own clause is that sentence's news ("when the roof
    # collapsed" after them says how they died)
    # ("who was buying bread": a background, no happening)
    if not deaths or any(t.family not in ("death", "report") and not t.noun and not t.blocked
                         and sentence.clause_of[t.first] == sentence.clause_of[deaths[0].first]
                         for t in triggers):
        return None
    told = _told_harm(text, [e for e in events if e.earliest == before.earliest], deaths)
    return _make(text, sentence, told, set(), _date_of(before), before.expression,
                 triggers, "", dateline)


def _told_harm(text, same_day: list[Event], deaths: list[Trigger]) -> Trigger:
    """"A ship struck a mine on Tuesday, killing two sailors. … Two sailors were killed in
    the blast and three others were injured": when the harm's own sentence told the first
    casualties already (the same verb: "killing" before "killed"), the sentence's news is
    the other harm it goes on to tell, in a clause of its own after "and" (the sentences
    of the same day's happenings are read for the first)."""
    first = deaths[0]
    stem = text[first.start:first.end].lower()[:4]
    other = next((t for t in deaths[1:] if text[t.start:t.end].lower()[:4] != stem
                  and " and " in text[first.end:t.start]), None)
    if other is None or not any(re.search(r"\b" + re.escape(stem), text[
            e.sentence_start:e.sentence_end], re.IGNORECASE) for e in same_day):
        return first
    return other


def _told_anchor(sentence, triggers: list[Trigger], after: int,
                 events: list[Event]) -> dt.date | None:
    """"The seizure came a week after a court ordered the confiscation": the day of the
    happening already told that the main clause names with "the" (its last single-day
    mention of that kind), from which the "after" clause's interval counts back."""
    words = sentence.words
    subject = next((t for t in triggers if t.noun and t.last < after and not t.blocked
                    and t.family in _NEWS and t.first > 0
                    and words[t.first - 1].lower in ("the", "this", "that")), None)
    if subject is None:
        return None
    told = next((e for e in reversed(events) if kind(e.family) == kind(subject.family)
                 and e.earliest is not None and e.earliest == e.latest), None)
    return told.earliest if told is not None else None


def _counted_from_told(text, sentence, intervals: list[TimeExpression], events: list[Event],
                       reference: dt.date, dateline) -> Event | None:
    """The same for a sentence whose only time is the interval ("two days after")."""
    mine = [e for e in intervals if sentence.start <= e.start < sentence.end]
    if not mine or not events:
        return None
    found = interval_before(text, sentence, mine[0], reference)
    if not found or found[0] <= 0:
        return None
    triggers = find_triggers(text, sentence)
    anchor = _told_anchor(sentence, triggers, found[1], events)
    return anchor and _interval_event(text, sentence, (mine[0], found), triggers, anchor,
                                      dateline)


def _paragraphs_apart(text: str, start: int, end: int) -> int:
    """0 in the same paragraph, 1 in the next, 2 further (paragraphs end at a blank line
    or a line break), found without reading a long stretch of text."""
    at = text.find("\n", start, end)
    if at == -1:
        return 0
    while at < end and text[at] == "\n":
        at += 1
    return 1 if text.find("\n", at, end) == -1 else 2


_PRONOUN_START = re.compile(r"(?:He|She|They) [a-z]+ed\b")


def _pronoun_goes_on(text, sentence, events: list[Event], dateline,
                     triggers: list[Trigger] | None = None,
                     made: int | None = None) -> Event | None:
    """"Broz visited the site on Tuesday evening and suspended the head of the unit. She
    ordered checks of all 34 bridges": an undated sentence (or one whose main clause
    is: ``made`` events are those told before it) whose subject is the pronoun of the
    sentence before tells what the same person did next, that day."""
    made = len(events) if made is None else made
    if not made or not _PRONOUN_START.match(text, sentence.start):
        return None
    before = events[made - 1]
    if (before.earliest is None or before.earliest != before.latest
            or before.expression is None or not before.sentence_end <= sentence.start
            or text[before.sentence_end:sentence.start].strip()):
        return None  # only straight after a sentence that told a dated day's happening
    triggers = find_triggers(text, sentence) if triggers is None else triggers
    verb = next((t for t in triggers if t.first == 1), None)
    if verb is None or verb.noun or verb.blocked or verb.tense != "past" or verb.family in (
            "report", "guess"):
        return None
    return _make(text, sentence, verb, set(), _date_of(before), before.expression, triggers,
                 _who(events[:made]), dateline)


# The past forms of each family's verbs, to pass over a sentence without reading its
# words when the rules below cannot apply ("was killed", "acquitted")
def _past_pattern(table: dict[str, tuple[str, str]], family: str | None) -> re.Pattern:
    forms = sorted((re.escape(form) for form, (f, tense) in table.items()
                    if tense == "past" and family in (None, f)), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(forms) + r")\b", re.IGNORECASE)


_PAST_FORMS = {family: _past_pattern(TRIGGERS, family)
               for family in {f for f, _ in TRIGGERS.values()}}
_DEATH_PAST = _PAST_FORMS["death"]
_LIGHT_PAST = _past_pattern(LIGHT_FORMS, None)  # "received sentences"
_STORY_PARAGRAPHS = 2  # after the lead's, the paragraphs that tell the rest of its news
_PERFECT = {"had", "has", "have", "having"}


def _told_act(sentence, triggers: list[Trigger], families, main_clause: bool = False
              ) -> Trigger | None:
    """The sentence's first happening-verb when it tells, in the simple past and not as
    someone's report, a happening of ``families`` (in the main clause if asked); a
    present perfect only for a response ("has ordered"): "had fled" is background, and
    the incident's own perfect tells no new time."""
    words = sentence.words
    verb = next((t for t in triggers if not t.noun and t.family != "report"), None)
    if main_clause and verb is not None and sentence.clause_of[verb.first] != 0 and (
            _coordinated_act(sentence, verb)):
        # "The government sent tents to the region and declared three days of mourning",
        # "The ministry called the closure "reckless" and summoned the envoy", "Leaders
        # demanded that he resign, and the ministry ordered an audit": the main clause's
        # own verb is no happening, its coordinated act is
        main_clause = False
        triggers = [t for t in triggers if t.first >= verb.first]
    if (verb is None or verb.blocked or verb.tense != "past" or verb.family not in families
            or (main_clause and sentence.clause_of[verb.first] != 0)
            or any(t.family == "report" and t.first < verb.first for t in triggers)
            or (verb.first > 1 and words[verb.first - 2].lower in _PERFECT)):
        return None
    perfect = verb.first > 0 and words[verb.first - 1].lower in _PERFECT
    if perfect and (verb.family in _INCIDENT or words[verb.first - 1].lower not in (
            "has", "have")):
        return None
    return verb


_COORDINATED_SUBJECT = 4  # words of a coordinated clause's own subject ("the finance ministry")


def _coordinated_act(sentence, verb: Trigger) -> bool:
    """Whether ``verb`` opens, after "and", a clause coordinated with the main clause: it
    shares the main clause's subject ("… and declared") or has a short one of its own
    after ", and" ("…, and the ministry ordered"), and no other verb comes between; the
    main clause before it is the sentence's first (no subordinate clause holds the
    "and")."""
    words, first = sentence.words, verb.first
    if first > 0 and words[first - 1].lower == "and":
        return sentence.clause_of[first - 1] == 0 or first > 1 and (
            sentence.clause_of[first - 2] in (0, sentence.clause_of[first - 1] - 1))
    for k in range(first - 1, max(0, first - 2 - _COORDINATED_SUBJECT), -1):
        if words[k].lower == "and":
            return ("," in sentence.text_between[k - 1] and k > 0
                    and words[k + 1].lower in ARTICLES
                    and not past_verbs(sentence, list(range(k + 1, first))))
    return False


def _story_goes_on(text, sentence, events: list[Event], lead_end: int,
                   dateline) -> Event | None:
    """"A court sentenced the former head … on Thursday. … Two co-defendants received
    sentences of five and three years. A fourth defendant was acquitted": an undated
    sentence of the paragraphs right after the lead that reports a happening of the
    lead's own kind, in the simple past and not as someone's report ("confirmed that
    drones struck the plant": the lead told again), tells more of the lead's news, at
    its time."""
    lead = events[0] if events and events[0].sentence_start < lead_end else None
    if (lead is None or lead.earliest is None or lead.earliest != lead.latest
            or lead.family not in _PAST_FORMS) or not (
            _PAST_FORMS[lead.family].search(text, sentence.start, sentence.end)
            or _LIGHT_PAST.search(text, sentence.start, sentence.end)):
        return None
    triggers = find_triggers(text, sentence)
    verb = _told_act(sentence, triggers, {lead.family})
    if verb is None:
        return None
    return _make(text, sentence, verb, set(), _date_of(lead), lead.expression, triggers,
                 _who(events), dateline)


# The first words of the news families' past forms ("opened" of "opened fire"): a sentence
# without one is passed over (a set of its words: an alternation of every form is slower
# than splitting the sentence).
_NEWS_PAST_FIRST = {form.split()[0] for form, (family, tense) in TRIGGERS.items()
                    if tense == "past" and family in _NEWS}
# What the lead's incident itself did or suffered: told later, it is of the incident's time.
_INCIDENT = {"attack", "death", "disaster", "capture"}
_DAY = dt.timedelta(days=1)
# "…, he said.": the sentence carries on someone's account of the sentence before.
_ACCOUNT = re.compile(r",[\"”’']?\s+(?:he|she|they) [a-z]+\W*$")


_PLACING = re.compile(r"\s+(?:after|before|later|earlier|ago|on|into)\b", re.IGNORECASE)


def _timed(starts: list[int], sentence) -> bool:
    """Whether any time expression (a duration too: "six weeks after") starts in it."""
    at = bisect.bisect_left(starts, sentence.start)
    return at < len(starts) and starts[at] < sentence.end


def _recent_lead(events: list[Event], lead_end: int, reference: dt.date) -> Event | None:
    """The lead's first happening of the publication day or the day before (the
    lead's events come first: sentences are read in order)."""
    for e in events:
        if e.sentence_start >= lead_end:
            return None
        if e.earliest is not None and e.earliest >= reference - _DAY:
            return e
    return None


def _recent_in_paragraph(events: list[Event], sentence, reference: dt.date) -> Event | None:
    """The happening told last, when a date of its own put it in the sentence's paragraph
    on the publication day or the day before."""
    e = events[-1] if events else None
    if (e is None or e.expression is None or e.earliest is None
            or e.earliest < reference - _DAY or e.latest > reference
            or e.sentence_end > sentence.start
            or "\n" in sentence.text[e.sentence_end:sentence.start].strip()):
        return None
    return e


def _act_of_the_day(text, sentence, events: list[Event], lead_end: int, reference: dt.date,
                    dateline, placed: Event | None = None) -> Event | None:
    """"Prime Minister Lina Tamm suspended him from his post", "The government declared a
    state of emergency", "One sailor was injured when commandos rappelled onto the deck":
    in a story whose lead tells news of the publication day or the day before, a
    sentence past the lead's paragraphs with no time of its own, in a paragraph no date
    has placed yet or one placed in those days (not a background paragraph), whose main
    clause reports in the simple past a happening of the news families (not as someone's
    report, not after a pronoun that carries an earlier sentence's story on, not "during"
    something else) is that day's news too. The incident's own harm and arrests take the
    lead's time; a response (an order, a declaration, a suspension) the publication day,
    the day it is reported.
    ``placed``: the paragraph's happening told just before, dated on the publication day
    or the day before ("A protester died in hospital on Thursday morning … Police
    detained 31 people"): the sentence goes on in its time, not the background's."""
    lead = _recent_lead(events, lead_end, reference)
    if lead is None or _ACCOUNT.search(text, sentence.start, sentence.end):
        return None
    words = sentence.words
    if (words[0].lower in SUBJECT_PRONOUNS or words[0].lower == "during"
            or not any(w.lower in _NEWS_PAST_FIRST for w in words)):
        return None
    triggers = find_triggers(text, sentence)
    verb = _told_act(sentence, triggers, _NEWS, main_clause=True)
    if verb is None:
        return None
    if placed is not None:
        date, expression = _date_of(placed), placed.expression
    elif verb.family in _INCIDENT:
        date, expression = _date_of(lead), lead.expression
    else:
        date, expression = _publication_day(reference), None
    return _make(text, sentence, verb, set(), date, expression, triggers,
                 _who(events), dateline)


_AFTER_REACH = 6  # words from "after" to its clause's verb ("after a protester threw")
_DAY_OR_MONTH = {"day", "month"}


def _fronted_after(text, sentence, mine: list[TimeExpression], spans: list[list[int]],
                   triggers: list[Trigger], used: set[int], made: list[Event],
                   dateline) -> Event | None:
    """"On Wednesday, the hearing was suspended after a protester threw eggs", "In July, the
    government moved batteries to the capital after drones struck a depot": a day or a
    month that opens the sentence frames all of it, so the happening of an "after" clause
    with no date of its own, told in the simple past with its own subject, is of that
    day or month too (a day or a month, not a year: "In 2019 … after" may reach back)."""
    if (len(mine) != 1 or not spans or not spans[0] or spans[0][0] > 1 or not made
            or (date := _expression_date(mine[0])) is None
            or date.precision.value not in _DAY_OR_MONTH):
        return None
    words = sentence.words
    at = next((k for k in range(spans[0][-1] + 1, len(words)) if words[k].lower == "after"),
              None)
    if at is None or at + 2 >= len(words) or words[at + 1].lower.endswith("ing"):
        return None  # ("after meeting him": no clause of its own)
    verbs = past_verbs(sentence, list(range(at + 2, min(len(words), at + 2 + _AFTER_REACH))))
    if not verbs or verbs[0] in used or words[verbs[0] - 1].lower in AUXILIARIES:
        return None
    i = verbs[0]
    lexical = next((t for t in triggers if t.first == i), None)
    if lexical is not None and (lexical.blocked or lexical.family == "report"):
        return None
    verb = lexical or Trigger(i, i, words[i].start, words[i].end, "guess", "past", False, False)
    return _make(text, sentence, verb, set(), date, mine[0], triggers, "", dateline)


_ORDERS = {"politics", "legal"}


def _second_order(text, sentence, first: Event, dateline) -> Event | None:
    """"The president declared three days of mourning and ordered an inquiry", "The
    central bank capped withdrawals … and appointed an administrator": an official act
    of the day coordinated by "and" after another, with its own object, is a decision of
    its own (two orders, not one told twice)."""
    if first.family not in _ORDERS:
        return None
    triggers = find_triggers(text, sentence)
    words = sentence.words
    for t in triggers:
        if (t.start <= first.start or t.noun or t.blocked or t.tense != "past"
                or t.family not in _ORDERS or t.first < 1 or words[t.first - 1].lower != "and"
                or sentence.clause_of[t.first - 1] != 0
                or t.last + 1 >= len(words) or words[t.last + 1].lower in PREPOSITIONS):
            continue
        return _make(text, sentence, t, set(), _date_of(first), first.expression, triggers,
                     "", dateline)
    return None


_BE_PAST = {"was", "were"}


def _gapped(text, sentence, triggers: list[Trigger], used: set[int], made: list[Event],
            dateline) -> list[Event]:
    """"A patrol boat was sunk, and its captain killed during an overnight raid": a
    passive whose auxiliary the next clause leaves out ("its captain [was] killed")
    shares that clause's date; the two are told as one frame."""
    words = sentence.words
    found = []
    for t in triggers:
        if (t.noun or t.blocked or t.tense != "past" or t.family == "report" or t.first < 1
                or words[t.first - 1].lower not in _BE_PAST or t.first in used
                or t.last + 4 >= len(words) or words[t.last + 1].lower != "and"
                or "," not in sentence.text_between[t.last]):
            continue
        # "and its captain killed": a determiner, a noun, then a participle, no auxiliary
        k = t.last + 2
        if words[k].lower not in ARTICLES or not past_verbs(sentence, [k + 2]):
            continue
        dated = next((e for e in made if e.start >= words[k + 2].start
                      and e.expression is not None and e.sentence_start == sentence.start), None)
        if dated is not None:
            found.append(_make(text, sentence, t, set(), _date_of(dated), dated.expression,
                               triggers, "", dateline))
    return found


_HARM_SUBJECT_END = {"and", "but", "or", "who", "which", "that", "as", "when", "after", "while"}


def _coordinated_harm(text, sentence, triggers: list[Trigger], used: set[int],
                      made: list[Event], dateline) -> Event | None:
    """"A ferry capsized late on Tuesday, and at least 17 people died": deaths told in a
    clause of their own after "and", with their own subject, are a happening of their
    own (as in a sentence of their own), on the date of the attack or disaster the
    sentence told; "…, killing 17" stays what the capsizing did. So is a happening of
    another kind so told ("tests confirmed the virus overnight, and the ministry imposed
    a protection zone"); one of the same kind is the first told again."""
    harm = next((e for e in made if e.family in _NEWS | {"finding"}
                 and e.earliest is not None and e.sentence_start == sentence.start), None)
    if harm is None:
        return None
    words = sentence.words
    for t in triggers:
        if (not (t.family == "death" and harm.family in ("attack", "disaster")
                 or (t.family in _NEWS and kind(t.family) != kind(harm.family)))
                or t.noun or t.blocked or t.tense != "past" or t.first in used
                or t.start <= harm.start):
            continue
        k = t.first - 1
        if k >= 0 and words[k].lower in ("was", "were"):
            k -= 1
        subject = range(k, max(-1, k - 7), -1)
        conjunction = next((j for j in subject if words[j].lower in _HARM_SUBJECT_END), None)
        if (conjunction is None or words[conjunction].lower != "and" or conjunction == k
                or any("," in sentence.text_between[j] for j in range(conjunction, k + 1))
                or any(past_verbs(sentence, list(range(conjunction + 1, k + 1))))):
            return None
        return _make(text, sentence, t, set(), _date_of(harm), harm.expression, triggers, "",
                     dateline)
    return None


def _reports_past(sentence, triggers: list[Trigger]) -> bool:
    return any(t.tense == "past" and not t.noun for t in triggers) or any(
        w.lower in ("was", "were", "been", "had") for w in sentence.words)


def find_events(text: str, reference: dt.date | None = None,
                expressions: list[TimeExpression] | None = None) -> list[Event]:
    """The events ``text`` reports, in text order; see `Event` for the fields.

    ``reference`` is the publication date: relative dates are resolved from
    it and lead events take it; without it those stay undated. ``expressions``:
    what `find_expressions(text, reference)` gave, when the caller has it already
    (the Suggestions tab underlines them too), so the text is not read twice.
    """
    sentences = _sentences.split(text)
    dateline = dateline_span(text)  # where the story was filed: not a place of its events
    if expressions is None:
        expressions = find_expressions(text, reference)
    # "two days after …" is a duration the dates leave out, and "a day after …" a day
    # counted from a happening, but each places that happening
    # (a duration only where it places: "six weeks after", not "three days of mourning")
    timed_at = [e.start for e in expressions if e.type != "DURATION" or _PLACING.match(
        text, e.end)]
    intervals_all = [e for e in expressions if e.type == "DURATION" or (
        e.earliest is None and e.text.lower().endswith(" after"))]
    interval_starts = [e.start for e in intervals_all]
    expressions = [e for e in expressions if usable(e)]
    events: list[Event] = []
    soon = _soon_matches(text)
    definite: set[int] = set()
    following: set[int] = set()  # happenings dated as the next step of the one before
    lead_paragraph = sentences[0].paragraph if sentences else 0
    lead_end = 0
    e_index = 0
    # The expression dating the first sentence's news, when it has one ("was
    # sentenced on Wednesday"): the lead's undated sentences that follow go on in
    # that time ("She also ordered…"), not in the publication day's.
    lead_time: TimeExpression | None = None
    dated_paragraphs: set[int] = set()
    late: set[int] = set()  # undated acts after the lead's paragraphs, on the publication day
    own_clause: set[int] = set()  # deaths in a coordinated clause of their own
    for sentence in sentences:
        mine = []
        while e_index < len(expressions) and expressions[e_index].start < sentence.end:
            if expressions[e_index].start >= sentence.start:
                mine.append(expressions[e_index])
            e_index += 1
        if mine and NAMING_BEFORE.search(text, sentence.start, mine[-1].start):
            # "declared Thursday a day of mourning": the day named dates nothing
            mine = [e for e in mine if not designated(sentence, expression_words(sentence, e))]
        in_lead = sentence.paragraph == lead_paragraph or sentence.index < LEAD_SENTENCES
        if in_lead:
            lead_end = sentence.end
        if not mine and not (in_lead and reference is not None):
            # no date and not the lead: nothing in it is proposed, unless it follows on
            # from the happening told before ("hours later", "within hours")
            event = _soon_after(text, sentence, soon, events, dateline, lead_end) if soon else None
            second = None
            if event is None:
                event = _casualties(text, sentence, events, dateline)
                if event is not None and not _definite_subject(sentence, event.start):
                    # "A girl … died": someone not told before, so not the casualties
                    # told before again ("the pilot died …" is)
                    own_clause.add(event.start)
            if event is None:
                event = _entry_goes_on(text, sentence, events, dateline)
            if event is None and reference is not None and _timed(interval_starts, sentence):
                event = _counted_from_told(text, sentence, intervals_all, events, reference,
                                           dateline)
            if event is None:
                event = _pronoun_goes_on(text, sentence, events, dateline)
                if (event is None and sentence.paragraph <= lead_paragraph + _STORY_PARAGRAPHS
                        and reference and not _soon_in(soon, sentence)):
                    # ("hours later" said when it is: that rule has read the sentence)
                    event = _story_goes_on(text, sentence, events, lead_end, dateline)
                placed = None
                if sentence.paragraph in dated_paragraphs and reference is not None:
                    placed = _recent_in_paragraph(events, sentence, reference)
                if (event is None and reference is not None and not in_lead
                        and (sentence.paragraph not in dated_paragraphs or placed)
                        and not _timed(timed_at, sentence)):
                    event = _act_of_the_day(text, sentence, events, lead_end, reference,
                                            dateline, placed)
                    if event is not None:
                        late.add(event.start)
                        second = _second_order(text, sentence, event, dateline)
                if event is not None:
                    following.add(event.start)
            if event is not None:
                events.append(event)
                if second is not None:  # (its own decision, not the first told again)
                    events.append(second)
                    own_clause.add(second.start)
            continue
        if mine and not (reference is not None and all(
                e.earliest is not None and e.earliest > reference for e in mine)):
            # (a date still to come, "will decide next Wednesday", places no past story)
            dated_paragraphs.add(sentence.paragraph)
        triggers = find_triggers(text, sentence)
        made = len(events)
        durations = [e for e in intervals_all if sentence.start <= e.start < sentence.end]
        intervals = [(e, interval_before(text, sentence, e, reference))
                     for e in [*mine, *durations]]
        earlier = [(e, found) for e, found in intervals if found]
        mine = [e for e, found in intervals if not found and usable(e)]
        after_at = min((found[1] for _, found in earlier), default=len(sentence.words))
        earlier = [(e, found) for e, found in earlier if found[0] > 0]  # "after" only
        taken_first: set[int] = set()
        if earlier and reference is not None and (in_lead or mine):
            # past the lead, only a day of the sentence's own is a point to count back
            # from ("detained at her home on June 3, two days after she published …")
            after = earlier[0][1][1]
            anchor, main_at = (reference, after) if not mine else _main_day(sentence, mine,
                                                                            after)
            event = anchor and _interval_event(text, sentence, earlier[0], triggers, anchor,
                                               dateline)
            if event:
                events.append(event)
                taken_first = set(range(after + 1, main_at))  # the "after" clause's words
        elif earlier and reference is not None and not mine:
            after = earlier[0][1][1]
            anchor = _told_anchor(sentence, triggers, after, events)
            event = anchor and _interval_event(text, sentence, earlier[0], triggers, anchor,
                                               dateline)
            if event:
                events.append(event)
                taken_first = set(range(after + 1, len(sentence.words)))
        skip = {i for e in mine for i in expression_words(sentence, e)}  # no title has dates
        day_named = any(_DAY_WORDS.search(e.text) for e in mine)  # "at noon on Tuesday"
        mine = _one_per_date(text, mine)
        spans = [expression_words(sentence, e) for e in mine]
        used: set[int] = set(taken_first)
        chosen: dict[int, Trigger] = {}
        also: list[tuple[int, Trigger]] = []  # further happenings a chosen date governs
        for n, (expression, span) in enumerate(zip(mine, spans)):
            trigger = span and when_clause(sentence, span, triggers, used, skip)
            if span and not trigger and comparison_period(sentence, span):
                spans[n] = []  # "the deadliest strike this year": it dates nothing
            elif span and not trigger:
                trigger = strong_trigger(sentence, expression, span, triggers, used, skip)
            if trigger:
                chosen[n] = trigger
                used.add(trigger.first)
        dated = {sentence.clause_of[span[0]] for span in spans if span}
        dated_words = frozenset(i for span in spans for i in span)
        for n, (expression, span) in enumerate(zip(mine, spans)):
            if span and n not in chosen and not hypothetical_date(sentence, span, triggers):
                trigger = trigger_for(sentence, expression, span, triggers, used, skip, dated,
                                      dated_words)
                if trigger:
                    chosen[n] = trigger
                    used.add(trigger.first)
        for n, trigger in list(chosen.items()):
            chosen[n] = _harm_noun(sentence, trigger, triggers, _background(
                mine[n], reference)) or trigger
            harm = _harm_when(sentence, chosen[n], triggers, used)
            if harm is not None:
                used.discard(chosen[n].first)
                chosen[n] = harm
                used.add(harm.first)
        for n in list(chosen):
            for other in companions(sentence, spans[n], chosen[n], triggers, used, skip):
                used.add(other.first)
                if chosen[n].family == "report" and not any(m == n for m, _ in also):
                    # "called for calm and ordered an inquiry": the appeal is the
                    # speaker's words, the happening what was done beside it
                    chosen[n] = other
                else:
                    also.append((n, other))
        scheduled = _schedules(sentence, mine, spans, chosen, used, reference)
        for n, trigger in [*chosen.items(), *also]:
            date = _expression_date(mine[n])
            if lead_time is not None and sentence.index > 0 and _clock_only(
                    mine[n], reference) and not _next_day_part(lead_time, mine[n]):
                date = _expression_date(lead_time)  # "at about 4 a.m.": the story's day
            if date is not None:
                date = past_year(date, mine[n], sentence, spans[n], triggers, reference)
            if date is not None and (n in scheduled or not _timetable(
                    trigger, date, reference, sentence, mine[n])) and not _tally(
                    text, sentence, trigger, date, reference, mine[n]) and (
                    sentence.paragraph == lead_paragraph or day_named or not _unfolding(
                        trigger, mine, date, events, lead_end)):
                event = _make(text, sentence, trigger, skip, date, mine[n], triggers,
                              _who(events), dateline)
                events.append(_planned_title(event, trigger.first > 0 and sentence.words[
                    trigger.first - 1].lower == "be") if n in scheduled else event)
                if _definite(sentence, trigger, triggers):
                    definite.add(trigger.start)
        after_act = _fronted_after(text, sentence, mine, spans, triggers, used, events[made:],
                                   dateline)
        if after_act is not None:
            events.append(after_act)
            used.add(next(i for i, w in enumerate(sentence.words) if w.start == after_act.start))
        for event in _gapped(text, sentence, triggers, used, events[made:], dateline):
            events.append(event)
            used.add(event.start)
        harm = _coordinated_harm(text, sentence, triggers, used, events[made:], dateline)
        if harm is not None:
            events.append(harm)
            used.add(harm.start)
            own_clause.add(harm.start)
        if 1 not in used and not any(span and sentence.clause_of[span[0]] == 0
                                     for span in spans):
            # "She ordered checks of all 34 bridges, which began on Wednesday": the
            # main clause has no date of its own
            event = _pronoun_goes_on(text, sentence, events, dateline, triggers, made)
            if event is not None:
                events.append(event)
                following.add(event.start)
        if sentence.index == 0 and reference is not None:
            lead_time = next((e.expression for e in events if e.expression is not None
                              and e.earliest is not None and e.expression.earliest == e.earliest
                              and abs((e.earliest - reference).days) <= 7), None)
        if (mine and sentence.index > 0) or reference is None or not in_lead:
            continue
        if mine:
            after_at = _news_bound(sentence, spans, made < len(events), after_at)
            if after_at is None:
                continue  # a date of the main clause dated its news
        used_at = {e.start for e in events[made:]}
        news = [t for t in triggers if t.family in _NEWS and not t.blocked
                and t.first < after_at and not _mentioned_before(sentence, t, events)
                and t.start not in used_at
                and not (mine and (t.noun or t.tense != "past"))]
        if news and _reports_past(sentence, triggers):
            best = min(news, key=lambda t: (_PRIORITY.index(t.family), t.noun))
            verbs = [t for t in news if not t.noun and kind(t.family) != kind(best.family)]
            if best.noun and verbs:
                # a verb that tells what happened before a noun that names a happening
                # ("battled a wildfire … as tourists were evacuated": the evacuation),
                # unless it tells the harm the noun did ("killed … in an attack")
                best = min(verbs, key=lambda t: _PRIORITY.index(t.family))
            date = lead_time and sentence.index > 0 and _expression_date(lead_time)
            expression = lead_time if date else None
            harm = _harm_before(events) if best.family == "death" and sentence.index else None
            if harm is not None:
                deaths = [t for t in news if t.family == "death" and not t.noun]
                if deaths and deaths[0] is best:
                    best = _told_harm(text, events, deaths)
            if harm is not None:  # "… stormed the wing at dawn on Wednesday. One inmate
                date, expression = _date_of(harm), harm.expression  # was killed": its day
            events.append(_make(text, sentence, best, skip, date or _publication_day(reference),
                                expression, triggers, _who(events), dateline))
    events.sort(key=lambda e: e.start)
    return deduplicate(events, lead_end, frozenset(definite), frozenset(following),
                       frozenset(late), frozenset(own_clause))
