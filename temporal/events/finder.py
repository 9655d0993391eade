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
import re

from temporal.datelines import dateline_span
from temporal.expressions import TimeExpression, find_expressions

from . import sentences as _sentences
from .acts_of_the_day import act_of_the_day, recent_in_paragraph, second_order
from .antecedents import who
from .dated_clauses import (
    DAY_WORDS,
    background,
    clock_only,
    coordinated_harm,
    fronted_after,
    gapped,
    harm_noun,
    harm_when,
    interval_event,
    main_day,
    news_bound,
    next_day_part,
    one_per_date,
    planned_title,
    schedules,
    tally,
    timetable,
    unfolding,
)
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
from .event_making import date_of, expression_date, make_event, publication_day
from .follow_ons import (
    DEFINITE,
    STORY_PARAGRAPHS,
    casualties,
    counted_from_told,
    definite_subject,
    entry_goes_on,
    harm_before,
    pronoun_goes_on,
    soon_after,
    soon_in,
    soon_matches,
    story_goes_on,
    told_anchor,
    told_harm,
)
from .lexicon import NEWS_FAMILIES
from .model import Event
from .triggers import Trigger, find_triggers

_PRIORITY = ["attack", "capture", "disaster", "legal", "politics", "meeting", "death"]


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


# "welcomed Wednesday's meeting": a day's possessive names it as known, too
_DAY_OWNERS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
               "yesterday", "today", "week", "weekend", "night", "month"}


def _known(words, at: int) -> bool:
    """Whether the noun at ``at`` is named as known: "the quake", "Wednesday's meeting"."""
    return any(w.lower in DEFINITE for w in words[max(0, at - 2):at]) or (
        at > 1 and words[at - 1].lower in ("'s", "’s") and words[at - 2].lower in _DAY_OWNERS)


def _definite(sentence, trigger: Trigger, triggers: list[Trigger]) -> bool:
    """Whether the clause names the trigger's happening with a definite noun ("The
    quake hit at 11:40 p.m.", "welcomed the sentence", "passed the finance bill"):
    a mention of a happening the reader already knows, not a new one."""
    words, clause = sentence.words, sentence.clause_of[trigger.first]
    return any(t.noun and t.first > 0 and sentence.clause_of[t.first] == clause
               and _known(words, t.first) and kind(t.family) == kind(trigger.family)
               for t in triggers)


_PLACING = re.compile(r"\s+(?:after|before|later|earlier|ago|on|into)\b", re.IGNORECASE)


def _timed(starts: list[int], sentence) -> bool:
    """Whether any time expression (a duration too: "six weeks after") starts in it."""
    at = bisect.bisect_left(starts, sentence.start)
    return at < len(starts) and starts[at] < sentence.end


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
    soon = soon_matches(text)
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
            event = soon_after(text, sentence, soon, events, dateline, lead_end) if soon else None
            second = None
            if event is None:
                event = casualties(text, sentence, events, dateline)
                if event is not None and not definite_subject(sentence, event.start):
                    # "A girl … died": someone not told before, so not the casualties
                    # told before again ("the pilot died …" is)
                    own_clause.add(event.start)
            if event is None:
                event = entry_goes_on(text, sentence, events, dateline)
            if event is None and reference is not None and _timed(interval_starts, sentence):
                event = counted_from_told(text, sentence, intervals_all, events, reference,
                                          dateline)
            if event is None:
                event = pronoun_goes_on(text, sentence, events, dateline)
                if (event is None and sentence.paragraph <= lead_paragraph + STORY_PARAGRAPHS
                        and reference and not soon_in(soon, sentence)):
                    # ("hours later" said when it is: that rule has read the sentence)
                    event = story_goes_on(text, sentence, events, lead_end, dateline)
                placed = None
                if sentence.paragraph in dated_paragraphs and reference is not None:
                    placed = recent_in_paragraph(events, sentence, reference)
                if (event is None and reference is not None and not in_lead
                        and (sentence.paragraph not in dated_paragraphs or placed)
                        and not _timed(timed_at, sentence)):
                    event = act_of_the_day(text, sentence, events, lead_end, reference,
                                           dateline, placed)
                    if event is not None:
                        late.add(event.start)
                        second = second_order(text, sentence, event, dateline)
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
            anchor, main_at = (reference, after) if not mine else main_day(sentence, mine,
                                                                           after)
            event = anchor and interval_event(text, sentence, earlier[0], triggers, anchor,
                                              dateline)
            if event:
                events.append(event)
                taken_first = set(range(after + 1, main_at))  # the "after" clause's words
        elif earlier and reference is not None and not mine:
            after = earlier[0][1][1]
            anchor = told_anchor(sentence, triggers, after, events)
            event = anchor and interval_event(text, sentence, earlier[0], triggers, anchor,
                                              dateline)
            if event:
                events.append(event)
                taken_first = set(range(after + 1, len(sentence.words)))
        skip = {i for e in mine for i in expression_words(sentence, e)}  # no title has dates
        day_named = any(DAY_WORDS.search(e.text) for e in mine)  # "at noon on Tuesday"
        mine = one_per_date(text, mine)
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
            chosen[n] = harm_noun(sentence, trigger, triggers, background(
                mine[n], reference)) or trigger
            harm = harm_when(sentence, chosen[n], triggers, used)
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
        scheduled = schedules(sentence, mine, spans, chosen, used, reference)
        for n, trigger in [*chosen.items(), *also]:
            date = expression_date(mine[n])
            if lead_time is not None and sentence.index > 0 and clock_only(
                    mine[n], reference) and not next_day_part(lead_time, mine[n]):
                date = expression_date(lead_time)  # "at about 4 a.m.": the story's day
            if date is not None:
                date = past_year(date, mine[n], sentence, spans[n], triggers, reference)
            if date is not None and (n in scheduled or not timetable(
                    trigger, date, reference, sentence, mine[n])) and not tally(
                    text, sentence, trigger, date, reference, mine[n]) and (
                    sentence.paragraph == lead_paragraph or day_named or not unfolding(
                        trigger, mine, date, events, lead_end)):
                event = make_event(text, sentence, trigger, skip, date, mine[n], triggers,
                                   who(events), dateline)
                events.append(planned_title(event, trigger.first > 0 and sentence.words[
                    trigger.first - 1].lower == "be") if n in scheduled else event)
                if _definite(sentence, trigger, triggers):
                    definite.add(trigger.start)
        after_act = fronted_after(text, sentence, mine, spans, triggers, used, events[made:],
                                  dateline)
        if after_act is not None:
            events.append(after_act)
            used.add(next(i for i, w in enumerate(sentence.words) if w.start == after_act.start))
        for event in gapped(text, sentence, triggers, used, events[made:], dateline):
            events.append(event)
            used.add(event.start)
        harm = coordinated_harm(text, sentence, triggers, used, events[made:], dateline)
        if harm is not None:
            events.append(harm)
            used.add(harm.start)
            own_clause.add(harm.start)
        if 1 not in used and not any(span and sentence.clause_of[span[0]] == 0
                                     for span in spans):
            # "She ordered checks of all 34 bridges, which began on Wednesday": the
            # main clause has no date of its own
            event = pronoun_goes_on(text, sentence, events, dateline, triggers, made)
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
            after_at = news_bound(sentence, spans, made < len(events), after_at)
            if after_at is None:
                continue  # a date of the main clause dated its news
        used_at = {e.start for e in events[made:]}
        news = [t for t in triggers if t.family in NEWS_FAMILIES and not t.blocked
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
            date = lead_time and sentence.index > 0 and expression_date(lead_time)
            expression = lead_time if date else None
            harm = harm_before(events) if best.family == "death" and sentence.index else None
            if harm is not None:
                deaths = [t for t in news if t.family == "death" and not t.noun]
                if deaths and deaths[0] is best:
                    best = told_harm(text, events, deaths)
            if harm is not None:  # "… stormed the wing at dawn on Wednesday. One inmate
                date, expression = date_of(harm), harm.expression  # was killed": its day
            events.append(make_event(text, sentence, best, skip, date or publication_day(reference),
                                     expression, triggers, who(events), dateline))
    events.sort(key=lambda e: e.start)
    return deduplicate(events, lead_end, frozenset(definite), frozenset(following),
                       frozenset(late), frozenset(own_clause))
