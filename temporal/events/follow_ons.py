"""Undated sentences that carry a happening told before them on.

Why: news tells one incident over several sentences, most without a date of
their own ("Hours later, police arrested…", "A security guard was killed",
"She ordered checks"); each rule here reads one such way of going on and
gives the sentence's happening the date of the one it follows, so the
chronology does not put it on the publication day by default.
"""
from __future__ import annotations

import bisect
import datetime as dt
import re

from temporal.dates import EventDate
from temporal.expressions import TimeExpression

from .antecedents import who
from .dated_clauses import interval_event
from .dating import interval_before
from .dedup import kind
from .event_making import date_of, make_event
from .lexicon import (
    ARTICLES,
    INCIDENT_FAMILIES,
    LIGHT_FORMS,
    NEWS_FAMILIES,
    SUBJECT_PRONOUNS,
    TRIGGERS,
)
from .model import Event
from .triggers import Trigger, find_triggers, past_verbs

# "Hours later", "within hours", "minutes after the blast": a happening of the same day
# as one told before; the words the writer uses when the day needs no saying again.
_SOON = re.compile(r"\b(?:hours|minutes|moments) (?:later|afterwards)\b|\bwithin (?:hours|minutes)"
                   r"\b|\b(?:hours|minutes|moments|shortly|soon) after (?:the|that|this) (\w+)"
                   # "He was then charged": the next step, the same day, told in the
                   # same paragraph; not "since then", "back then", "the then-president"
                   r"|(?<!since )(?<!until )(?<!by )(?<!from )(?<!back )(?<!than )(?<!till )"
                   r"\b(then)\b(?!-)", re.IGNORECASE)


def soon_matches(text: str) -> list[re.Match]:
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


def soon_in(matches: list[re.Match], sentence) -> re.Match | None:
    at = bisect.bisect_left(matches, sentence.start, key=lambda m: m.start())
    return matches[at] if at < len(matches) and matches[at].end() <= sentence.end else None


def soon_after(text, sentence, matches: list[re.Match], events: list[Event],
               dateline, lead_end: int) -> Event | None:
    """The happening of an undated sentence that places it hours after one told before:
    "Kelmar summoned the ambassador on Wednesday. Ostrava recalled its own hours later"
    (Wednesday); "walked free hours after the ruling" (the ruling's day). Its date is
    the last single day told before, of the happening it names when it names one."""
    found = soon_in(matches, sentence)
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
    return make_event(text, sentence, trigger, skip, date, None, triggers, who(events),
                      dateline)


def harm_before(events: list[Event]) -> Event | None:
    """The attack or disaster told last, whose casualties a sentence of their own
    reports ("Drones struck the port overnight. A security guard was killed")."""
    return next((e for e in reversed(events) if e.family in ("attack", "disaster")
                 and e.earliest is not None), None)


def entry_goes_on(text, sentence, events: list[Event], dateline) -> Event | None:
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
    return make_event(text, sentence, told, set(), date_of(before), before.expression,
                      triggers, "", dateline)


DEFINITE = {"the", "this", "that", "these", "those", "his", "her", "its", "their"
            } | SUBJECT_PRONOUNS


_UNCOUNTED = {"guess", "report"}  # verbs outside the lexicon and sourcing: no happening's kind


def definite_subject(sentence, start: int) -> bool:
    """Whether the words before the trigger at ``start``, back to a comma, open with a
    definite word ("According to the navy, the captain died"; "He died")."""
    words = sentence.words
    at = next(k for k, w in enumerate(words) if w.start >= start)
    first = at
    while first > 0 and "," not in sentence.text_between[first - 1]:
        first -= 1
    return first < at and words[first].lower in DEFINITE


def casualties(text, sentence, events: list[Event], dateline) -> Event | None:
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
            before = harm if date_of(harm) == date_of(last) else None
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
    told = told_harm(text, [e for e in events if e.earliest == before.earliest], deaths)
    return make_event(text, sentence, told, set(), date_of(before), before.expression,
                      triggers, "", dateline)


def told_harm(text, same_day: list[Event], deaths: list[Trigger]) -> Trigger:
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


def told_anchor(sentence, triggers: list[Trigger], after: int,
                events: list[Event]) -> dt.date | None:
    """"The seizure came a week after a court ordered the confiscation": the day of the
    happening already told that the main clause names with "the" (its last single-day
    mention of that kind), from which the "after" clause's interval counts back."""
    words = sentence.words
    subject = next((t for t in triggers if t.noun and t.last < after and not t.blocked
                    and t.family in NEWS_FAMILIES and t.first > 0
                    and words[t.first - 1].lower in ("the", "this", "that")), None)
    if subject is None:
        return None
    told = next((e for e in reversed(events) if kind(e.family) == kind(subject.family)
                 and e.earliest is not None and e.earliest == e.latest), None)
    return told.earliest if told is not None else None


def counted_from_told(text, sentence, intervals: list[TimeExpression], events: list[Event],
                      reference: dt.date, dateline) -> Event | None:
    """The same for a sentence whose only time is the interval ("two days after")."""
    mine = [e for e in intervals if sentence.start <= e.start < sentence.end]
    if not mine or not events:
        return None
    found = interval_before(text, sentence, mine[0], reference)
    if not found or found[0] <= 0:
        return None
    triggers = find_triggers(text, sentence)
    anchor = told_anchor(sentence, triggers, found[1], events)
    return anchor and interval_event(text, sentence, (mine[0], found), triggers, anchor,
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


def pronoun_goes_on(text, sentence, events: list[Event], dateline,
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
    return make_event(text, sentence, verb, set(), date_of(before), before.expression, triggers,
                      who(events[:made]), dateline)


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


STORY_PARAGRAPHS = 2  # after the lead's, the paragraphs that tell the rest of its news


_PERFECT = {"had", "has", "have", "having"}


def told_act(sentence, triggers: list[Trigger], families, main_clause: bool = False
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
    if perfect and (verb.family in INCIDENT_FAMILIES or words[verb.first - 1].lower not in (
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


def story_goes_on(text, sentence, events: list[Event], lead_end: int,
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
    verb = told_act(sentence, triggers, {lead.family})
    if verb is None:
        return None
    return make_event(text, sentence, verb, set(), date_of(lead), lead.expression, triggers,
                      who(events), dateline)
