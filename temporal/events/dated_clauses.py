"""What the dates of a sentence date, beyond the clause's own happening.

Why apart from `dating`: these rules need the events already made or the
publication day, where `dating` reads one sentence alone. Intervals counted
back ("a day after floods swept the valley"), schedules and timetables,
deadlines, clock times of the story's day, the harm an attack did, "after"
clauses fronted by a date, and the coordinated acts and deaths a dated
clause holds besides its first happening.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from temporal.dates import EventDate
from temporal.expressions import TimeExpression

from .dating import expression_words
from .dedup import kind
from .event_making import date_of, expression_date, make_event
from .lexicon import (
    ARTICLES,
    AUXILIARIES,
    CLAUSE_WORDS,
    FUNCTION,
    NEWS_FAMILIES,
    PREPOSITIONS,
)
from .model import Event
from .schedule import forecast, may_schedule, scheduled_trigger
from .titles import MAX_TITLE_WORDS
from .triggers import Trigger, past_verbs


def one_per_date(text: str, expressions: list[TimeExpression]) -> list[TimeExpression]:
    """"4 a.m. on Nov. 13": two expressions, one date of one happening; the first stays."""
    kept: list[TimeExpression] = []
    for e in expressions:
        if kept and len(text[kept[-1].end:e.start].split()) <= 1 and len(
                text[kept[-1].end:e.start]) <= 5:
            continue
        kept.append(e)
    return kept


def interval_event(text, sentence, earlier, triggers: list[Trigger], reference: dt.date,
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
    return make_event(text, sentence, trigger, skip, EventDate.from_span(day, day, "day"),
                      expression, triggers, "", dateline)


def main_day(sentence, mine: list[TimeExpression],
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


def news_bound(sentence, spans: list[list[int]], dated_some: bool,
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


DAY_WORDS = re.compile(
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|yesterday|"
    r"tomorrow|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\d{4}|/|-", re.IGNORECASE)


def clock_only(expression: TimeExpression, reference: dt.date | None) -> bool:
    """"Police boarded the plane after it landed shortly before 4 p.m.": a clock time
    without a day, which the expression finder puts on the publication day, is a time
    of the day the story's lead tells."""
    return (reference is not None and "T" in (expression.value or "")
            and expression.earliest == expression.latest == reference
            and not DAY_WORDS.search(expression.text))


def next_day_part(lead_time: TimeExpression, expression: TimeExpression) -> bool:
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


def unfolding(trigger: Trigger, mine: list[TimeExpression], date: EventDate,
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


def harm_when(sentence, trigger: Trigger, triggers: list[Trigger],
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


def background(expression: TimeExpression, reference: dt.date | None) -> bool:
    """Whether the date is of a past long gone (over two months before publication): the
    story's background, not its news."""
    return (reference is not None and expression.latest is not None
            and expression.latest < reference - _BACKGROUND)


_BACKGROUND = dt.timedelta(days=60)


def harm_noun(sentence, trigger: Trigger, triggers: list[Trigger],
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


def timetable(trigger: Trigger, date: EventDate, reference: dt.date | None,
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


def schedules(sentence, mine: list[TimeExpression], spans: list[list[int]],
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
        date = expression_date(expression)
        if date is not None and date.earliest is not None and date.latest is not None and (
                reference < date.earliest and (date.latest - date.earliest).days <= (
                    0 if forecast(sentence, trigger) else _SET_SPAN)):
            if n in chosen:
                used.discard(chosen[n].first)
            chosen[n] = trigger
            used.add(trigger.first)
            found.add(n)
    return found


def planned_title(event: Event, passive: bool = False) -> Event:
    """"Dost to present revised budget", "Men to be sentenced": a headline puts what is
    set for a day in the infinitive (the title's words are the sentence's, "will" left
    out)."""
    words = event.title.split(" ")
    if "will" in words[1:]:  # "Court will hold first hearing" (a light verb's noun)
        words[words.index("will", 1)] = "to"
        return replace(event, title=" ".join(words))
    first = event.trigger.split()[0].lower()  # "hold a fresh round of talks": the verb
    at = next((i for i, w in enumerate(words) if i and w.lower() == first), None)
    if at is not None and words[at - 1].lower() in ("begin", "start"):
        at -= 1  # "Units to begin handing in weapons": the infinitive is the aspect verb's
    if not at or any(w.lower() in ("will", "to") for w in words[max(0, at - 2):at]):
        return event
    words = [*words[:at], "to", *(["be"] if passive else []), *words[at:]]
    cut = next((i for i in range(1, at) if words[i].lower() in PREPOSITIONS), None)
    if len(words) > MAX_TITLE_WORDS and cut is not None:
        words = words[:cut] + words[at:]  # "Negotiators [from both sides] to hold …": the
        # subject's phrase goes before the happening's own words do
    words = words[:MAX_TITLE_WORDS]
    while words[-1].lower() in FUNCTION:  # the cut leaves no "to" or "by" at the end
        words.pop()
    return replace(event, title=" ".join(words))


def tally(text: str, sentence, trigger: Trigger, date: EventDate, reference: dt.date | None,
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


_AFTER_REACH = 6  # words from "after" to its clause's verb ("after a protester threw")


_DAY_OR_MONTH = {"day", "month"}


def fronted_after(text, sentence, mine: list[TimeExpression], spans: list[list[int]],
                  triggers: list[Trigger], used: set[int], made: list[Event],
                  dateline) -> Event | None:
    """"On Wednesday, the hearing was suspended after a protester threw eggs", "In July, the
    government moved batteries to the capital after drones struck a depot": a day or a
    month that opens the sentence frames all of it, so the happening of an "after" clause
    with no date of its own, told in the simple past with its own subject, is of that
    day or month too (a day or a month, not a year: "In 2019 … after" may reach back)."""
    if (len(mine) != 1 or not spans or not spans[0] or spans[0][0] > 1 or not made
            or (date := expression_date(mine[0])) is None
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
    return make_event(text, sentence, verb, set(), date, mine[0], triggers, "", dateline)


_BE_PAST = {"was", "were"}


def gapped(text, sentence, triggers: list[Trigger], used: set[int], made: list[Event],
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
            found.append(make_event(text, sentence, t, set(), date_of(dated), dated.expression,
                                    triggers, "", dateline))
    return found


_HARM_SUBJECT_END = {"and", "but", "or", "who", "which", "that", "as", "when", "after", "while"}


def coordinated_harm(text, sentence, triggers: list[Trigger], used: set[int],
                     made: list[Event], dateline) -> Event | None:
    """"A ferry capsized late on Tuesday, and at least 17 people died": deaths told in a
    clause of their own after "and", with their own subject, are a happening of their
    own (as in a sentence of their own), on the date of the attack or disaster the
    sentence told; "…, killing 17" stays what the capsizing did. So is a happening of
    another kind so told ("tests confirmed the virus overnight, and the ministry imposed
    a protection zone"); one of the same kind is the first told again."""
    harm = next((e for e in made if e.family in NEWS_FAMILIES | {"finding"}
                 and e.earliest is not None and e.sentence_start == sentence.start), None)
    if harm is None:
        return None
    words = sentence.words
    for t in triggers:
        if (not (t.family == "death" and harm.family in ("attack", "disaster")
                 or (t.family in NEWS_FAMILIES and kind(t.family) != kind(harm.family)))
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
        return make_event(text, sentence, t, set(), date_of(harm), harm.expression, triggers, "",
                          dateline)
    return None
