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
    short_interval,
    strong_trigger,
    trigger_for,
    usable,
    when_clause,
    when_year,
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


def _condition(sentence, t: Trigger) -> bool:
    """"Treated in hospital with smoke inhalation", "with severe injuries": a noun after "with" is
    the state someone is in, not a happening of its own."""
    words, k = sentence.words, t.first
    return (k >= 1 and words[k - 1].lower == "with") or (
        k >= 2 and words[k - 2].lower == "with" and words[k - 1].text[:1].islower())


def _pluperfect(sentence, t: Trigger) -> bool:
    """"Residents said the building had been evacuated once before": a verb in the
    past perfect tells what came before the story's time, not the day's news."""
    words = sentence.words
    for k in range(t.first - 1, max(-1, t.first - 5), -1):
        w = words[k].lower
        if w == "had":
            return True
        if not (w in ("been", "already", "previously", "once", "also", "not", "never")
                or w.endswith("ly")):
            return False
    return False


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
    if expressions is None:
        expressions = find_expressions(text, reference)
    return StoryReading(text, reference, expressions).events()


class StoryReading:
    """One pass over an article, sentence by sentence, with what the story has told so far.

    Why a reading and not a function of each sentence: an undated sentence goes on in
    the time of the happening told before it, a lead's time carries into the sentences
    after it, and a paragraph once dated is no place for the day's news; so each
    sentence is read knowing the events made, where the lead ends and which of them
    were told how (the sets below), which `dedup` reads at the end.
    """

    def __init__(self, text: str, reference: dt.date | None,
                 expressions: list[TimeExpression]):
        self.text, self.reference = text, reference
        self.sentences = _sentences.split(text)
        self.dateline = dateline_span(text)  # where the story was filed: not a place of its events
        # "two days after …" is a duration the dates leave out, and "a day after …" a day
        # counted from a happening, but each places that happening
        # (a duration only where it places: "six weeks after", not "three days of mourning")
        self.timed_at = [e.start for e in expressions if e.type != "DURATION"
                         or _PLACING.match(text, e.end)]
        self.intervals = [e for e in expressions if e.type == "DURATION" or (
            e.earliest is None and e.text.lower().endswith(" after"))]
        self.interval_starts = [e.start for e in self.intervals]
        self.expressions = [e for e in expressions if usable(e)]
        self.next_expression = 0
        self.made: list[Event] = []
        self.soon = soon_matches(text)
        self.lead_paragraph = self.sentences[0].paragraph if self.sentences else 0
        self.lead_end = 0
        # The expression dating the first sentence's news, when it has one ("was
        # sentenced on Wednesday"): the lead's undated sentences that follow go on in
        # that time ("She also ordered…"), not in the publication day's.
        self.lead_time: TimeExpression | None = None
        self.dated_paragraphs: set[int] = set()
        # paragraphs dated only by the publication day or the day before: the story's
        # own days, not a background paragraph
        self.recent_paragraphs: set[int] = set()
        self.old_paragraphs: set[int] = set()
        # What `dedup` is told of how mentions were made (their trigger starts):
        self.definite: set[int] = set()  # named with a definite noun, "the quake"
        self.following: set[int] = set()  # dated as the next step of the one before
        self.late: set[int] = set()  # undated acts after the lead's paragraphs
        self.own_clause: set[int] = set()  # deaths in a coordinated clause of their own

    def events(self) -> list[Event]:
        """Every sentence read in order, then one event per happening."""
        for sentence in self.sentences:
            mine = self._dates_of(sentence)
            in_lead = (sentence.paragraph == self.lead_paragraph
                       or sentence.index < LEAD_SENTENCES)
            if in_lead:
                self.lead_end = sentence.end
            if not mine and not (in_lead and self.reference is not None):
                self._undated(sentence, in_lead)
            else:
                self._dated(sentence, mine, in_lead)
        self.made.sort(key=lambda e: e.start)
        return deduplicate(self.made, self.lead_end, frozenset(self.definite),
                           frozenset(self.following), frozenset(self.late),
                           frozenset(self.own_clause))

    def _dates_of(self, sentence) -> list[TimeExpression]:
        """The usable expressions that start in ``sentence`` (the list is walked once)."""
        expressions, text = self.expressions, self.text
        mine = []
        while (self.next_expression < len(expressions)
               and expressions[self.next_expression].start < sentence.end):
            if expressions[self.next_expression].start >= sentence.start:
                mine.append(expressions[self.next_expression])
            self.next_expression += 1
        if mine and NAMING_BEFORE.search(text, sentence.start, mine[-1].start):
            # "declared Thursday a day of mourning": the day named dates nothing, and the
            # sentence is read as one without a time of its own (the declaring is news)
            named = [e for e in mine if designated(sentence, expression_words(sentence, e))]
            mine = [e for e in mine if e not in named]
            for e in named:
                if e.start in self.timed_at:
                    self.timed_at.remove(e.start)
        return mine

    def _undated(self, sentence, in_lead: bool) -> None:
        """A sentence with no date, past the lead: nothing in it is proposed, unless it
        follows on from the happening told before ("hours later", "within hours")."""
        text, reference, events, dateline = self.text, self.reference, self.made, self.dateline
        event = soon_after(text, sentence, self.soon, events, dateline,
                           self.lead_end) if self.soon else None
        second = None
        if event is None:
            event = casualties(text, sentence, events, dateline)
            if event is not None and not definite_subject(sentence, event.start):
                # "A girl … died": someone not told before, so not the casualties
                # told before again ("the pilot died …" is)
                self.own_clause.add(event.start)
        if event is None:
            event = entry_goes_on(text, sentence, events, dateline)
        if event is None and reference is not None and _timed(self.interval_starts, sentence):
            event = counted_from_told(text, sentence, self.intervals, events, reference,
                                      dateline)
        if event is None:
            event = pronoun_goes_on(text, sentence, events, dateline)
            if (event is None and sentence.paragraph <= self.lead_paragraph + STORY_PARAGRAPHS
                    and reference and not soon_in(self.soon, sentence)):
                # ("hours later" said when it is: that rule has read the sentence)
                event = story_goes_on(text, sentence, events, self.lead_end, dateline)
            placed = None
            if sentence.paragraph in self.dated_paragraphs and reference is not None:
                placed = recent_in_paragraph(events, sentence, reference)
            if (event is None and reference is not None and not in_lead
                    and (sentence.paragraph not in self.dated_paragraphs or placed
                         or sentence.paragraph in self.recent_paragraphs - self.old_paragraphs)
                    and not _timed(self.timed_at, sentence)):
                event = act_of_the_day(text, sentence, events, self.lead_end, reference,
                                       dateline, placed)
                if event is not None:
                    self.late.add(event.start)
                    second = second_order(text, sentence, event, dateline)
            if event is not None:
                self.following.add(event.start)
        if event is not None:
            events.append(event)
            if second is not None:  # (its own decision, not the first told again)
                events.append(second)
                self.own_clause.add(second.start)

    def _dated(self, sentence, mine: list[TimeExpression], in_lead: bool) -> None:
        """A sentence with dates, or one of the lead: what its dates date, what is told
        beside them, and, in the lead, the day's news."""
        reference = self.reference
        if mine and not (reference is not None and all(
                e.earliest is not None and e.earliest > reference for e in mine)):
            # (a date still to come, "will decide next Wednesday", places no past story)
            self.dated_paragraphs.add(sentence.paragraph)
            recent = reference is not None and all(
                e.earliest is not None and e.latest is not None
                and 0 <= (reference - e.earliest).days <= 1 and e.latest <= reference
                for e in mine)
            (self.recent_paragraphs if recent else self.old_paragraphs).add(sentence.paragraph)
        triggers = find_triggers(self.text, sentence)
        made = len(self.made)
        mine, after_at, taken_first = self._counted_back(sentence, triggers, mine, in_lead)
        skip = {i for e in mine for i in expression_words(sentence, e)}  # no title has dates
        day_named = any(DAY_WORDS.search(e.text) for e in mine)  # "at noon on Tuesday"
        mine = one_per_date(self.text, mine)
        spans = [expression_words(sentence, e) for e in mine]
        used: set[int] = set(taken_first)
        self._date_clauses(sentence, triggers, mine, spans, skip, day_named, used)
        self._beside_dates(sentence, triggers, mine, spans, used, made)
        if sentence.index == 0 and reference is not None:
            self.lead_time = next((e.expression for e in self.made if e.expression is not None
                                   and e.earliest is not None
                                   and e.expression.earliest == e.earliest
                                   and abs((e.earliest - reference).days) <= 7), None)
        if (mine and sentence.index > 0) or reference is None or not in_lead:
            return
        if mine:
            after_at = news_bound(sentence, spans, made < len(self.made), after_at)
            if after_at is None:
                return  # a date of the main clause dated its news
        self._lead_news(sentence, triggers, mine, skip, after_at, made)

    def _counted_back(self, sentence, triggers: list[Trigger], mine: list[TimeExpression],
                      in_lead: bool) -> tuple[list[TimeExpression], int, set[int]]:
        """"A day after floods swept the valley": the happening of the "after" clause,
        dated that interval before the day it is counted from. Returns the sentence's
        dates left for its other clauses, where the lead's news may be looked for
        before ("after" opens), and the "after" clause's words, taken."""
        text, reference = self.text, self.reference
        durations = [e for e in self.intervals if sentence.start <= e.start < sentence.end]
        intervals = [(e, interval_before(text, sentence, e, reference))
                     for e in [*mine, *durations]]
        earlier = [(e, found) for e, found in intervals if found]
        mine = [e for e, found in intervals if not found and usable(e)]
        after_at = min((found[1] for _, found in earlier), default=len(sentence.words))
        earlier = [(e, found) for e, found in earlier if found[0] > 0]  # "after" only
        short = None if earlier else short_interval(sentence)
        if short is not None and mine:
            # "raised its rate on Wednesday, hours after the currency plunged": the
            # "after" clause's happening is of the main clause's day
            day, main_at = main_day(sentence, [e for e in mine if not clock_only(
                e, reference)], short)  # (a clock time alone names no day of its own)
            event = day and interval_event(
                text, sentence, (next(e for e in mine if e.earliest == day), (0, short)),
                [t for t in triggers if t.first < main_at], day, self.dateline)
            if event:  # (the day's other happening, not the main clause's told again)
                self.made.append(event)
                self.following.add(event.start)
                return mine, min(after_at, short), set(range(short + 1, main_at))
        taken_first: set[int] = set()
        if earlier and reference is not None and (in_lead or mine):
            # past the lead, only a day of the sentence's own is a point to count back
            # from ("detained at her home on June 3, two days after she published …")
            after = earlier[0][1][1]
            anchor, main_at = (reference, after) if not mine else main_day(sentence, mine,
                                                                           after)
            event = anchor and interval_event(text, sentence, earlier[0], triggers, anchor,
                                              self.dateline)
            if event:
                self.made.append(event)
                taken_first = set(range(after + 1, main_at))  # the "after" clause's words
        elif earlier and reference is not None and not mine:
            after = earlier[0][1][1]
            anchor = told_anchor(sentence, triggers, after, self.made)
            event = anchor and interval_event(text, sentence, earlier[0], triggers, anchor,
                                              self.dateline)
            if event:
                self.made.append(event)
                taken_first = set(range(after + 1, len(sentence.words)))
        return mine, after_at, taken_first

    def _date_clauses(self, sentence, triggers: list[Trigger], mine: list[TimeExpression],
                      spans: list[list[int]], skip: set[int], day_named: bool,
                      used: set[int]) -> None:
        """Each date given to the happening of its clause (`dating`), with the further
        happenings it governs ("struck … and killed"), unless it is a timetable, a
        tally or the unfolding of a story told before; a date set for a happening still
        to come makes a scheduled event."""
        text, reference = self.text, self.reference
        chosen: dict[int, Trigger] = {}
        also: list[tuple[int, Trigger]] = []  # further happenings a chosen date governs
        for n, (expression, span) in enumerate(zip(mine, spans)):
            trigger = span and when_clause(sentence, span, triggers, used, skip, spans)
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
            if self.lead_time is not None and sentence.index > 0 and clock_only(
                    mine[n], reference) and not next_day_part(self.lead_time, mine[n]):
                date = expression_date(self.lead_time)  # "at about 4 a.m.": the story's day
            if date is not None:
                date = past_year(date, mine[n], sentence, spans[n], triggers, reference)
                date = when_year(date, mine[n], sentence, spans[n], mine, spans)
            if date is not None and (n in scheduled or not timetable(
                    trigger, date, reference, sentence, mine[n])) and not tally(
                    text, sentence, trigger, date, reference, mine[n]) and (
                    sentence.paragraph == self.lead_paragraph or day_named or not unfolding(
                        trigger, mine, date, self.made, self.lead_end)):
                event = make_event(text, sentence, trigger, skip, date, mine[n], triggers,
                                   who(self.made), self.dateline)
                self.made.append(planned_title(event, trigger.first > 0 and sentence.words[
                    trigger.first - 1].lower == "be") if n in scheduled and not trigger.noun
                                 else event)  # ("News briefing on flooding": a noun as it is)
                if _definite(sentence, trigger, triggers):
                    self.definite.add(trigger.start)

    def _beside_dates(self, sentence, triggers: list[Trigger], mine: list[TimeExpression],
                      spans: list[list[int]], used: set[int], made: int) -> None:
        """What the sentence tells beside its dated happenings (``made``: how many events
        there were before it): an "after" clause a fronted date frames, gapped acts and
        coordinated deaths, and a main clause without a date of its own that goes on
        from the happening told before ("She ordered checks …, which began on
        Wednesday")."""
        text, events, dateline = self.text, self.made, self.dateline
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
            self.own_clause.add(harm.start)
        if 1 not in used and not any(span and sentence.clause_of[span[0]] == 0
                                     for span in spans):
            # the main clause has no date of its own
            event = pronoun_goes_on(text, sentence, events, dateline, triggers, made)
            if event is not None:
                events.append(event)
                self.following.add(event.start)

    def _lead_news(self, sentence, triggers: list[Trigger], mine: list[TimeExpression],
                   skip: set[int], after_at: int, made: int) -> None:
        """The lead's news without a date of its own: the happening of the news
        families its sentence reports in the past (before ``after_at``, where an
        "after" clause or a date of another happening begins), on the publication day,
        the lead's own time, or the day of the harm it tells of."""
        text, reference, events = self.text, self.reference, self.made
        used_at = {e.start for e in events[made:]}
        news = [t for t in triggers if t.family in NEWS_FAMILIES and not t.blocked
                and t.first < after_at and not _mentioned_before(sentence, t, events)
                and t.start not in used_at
                and not (mine and (t.noun or t.tense != "past"))
                and not (not t.noun and _pluperfect(sentence, t))
                and not (t.noun and _condition(sentence, t))]
        if not news or not _reports_past(sentence, triggers):
            return
        best = min(news, key=lambda t: (_PRIORITY.index(t.family), t.noun))
        verbs = [t for t in news if not t.noun and kind(t.family) != kind(best.family)]
        before = [t for t in news if not t.noun and kind(t.family) == kind(best.family)
                  and t.first < best.first
                  and sentence.clause_of[t.first] != sentence.clause_of[best.first]]
        if best.noun and before:
            # "was killed when a fuel tank caught fire": the clause's own harm, not the
            # noun of the clause that tells how ("killed … in an attack" keeps the attack)
            best = before[0]
        elif best.noun and verbs:
            # a verb that tells what happened before a noun that names a happening
            # ("battled a wildfire … as tourists were evacuated": the evacuation),
            # unless it tells the harm the noun did ("killed … in an attack")
            best = min(verbs, key=lambda t: _PRIORITY.index(t.family))
        date = self.lead_time and sentence.index > 0 and expression_date(self.lead_time)
        expression = self.lead_time if date else None
        harm = harm_before(events) if best.family == "death" and sentence.index else None
        if harm is not None:
            deaths = [t for t in news if t.family == "death" and not t.noun]
            if deaths and deaths[0] is best:
                best = told_harm(text, events, deaths)
        if harm is not None:  # "… stormed the wing at dawn on Wednesday. One inmate
            date, expression = date_of(harm), harm.expression  # was killed": its day
        events.append(make_event(text, sentence, best, skip, date or publication_day(reference),
                                 expression, triggers, who(events), self.dateline))
