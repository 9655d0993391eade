"""Undated acts past the lead that are news of the publication day.

Why: a story whose lead is news of the day or the day before goes on with
responses told without a date ("The government declared a state of
emergency"); they happened that day, and a chronology wants them. Which
families make news on their own (`NEWS`) is kept here, where it is read.
"""
from __future__ import annotations

import datetime as dt
import re

from .antecedents import who
from .event_making import date_of, make_event, publication_day
from .follow_ons import told_act
from .lexicon import (
    INCIDENT_FAMILIES,
    NEWS_FAMILIES,
    PREPOSITIONS,
    SUBJECT_PRONOUNS,
    TRIGGERS,
)
from .model import Event
from .triggers import find_triggers

# The first words of the news families' past forms ("opened" of "opened fire"): a sentence
# without one is passed over (a set of its words: an alternation of every form is slower
# than splitting the sentence).
_NEWS_PAST_FIRST = {form.split()[0] for form, (family, tense) in TRIGGERS.items()
                    if tense == "past" and family in NEWS_FAMILIES}


_DAY = dt.timedelta(days=1)


# "…, he said.": the sentence carries on someone's account of the sentence before.
_ACCOUNT = re.compile(r",[\"”’']?\s+(?:he|she|they) [a-z]+\W*$")


def _recent_lead(events: list[Event], lead_end: int, reference: dt.date) -> Event | None:
    """The lead's first happening of the publication day or the day before (the
    lead's events come first: sentences are read in order)."""
    for e in events:
        if e.sentence_start >= lead_end:
            return None
        if e.earliest is not None and e.earliest >= reference - _DAY:
            return e
    return None


def recent_in_paragraph(events: list[Event], sentence, reference: dt.date) -> Event | None:
    """The happening told last, when a date of its own put it in the sentence's paragraph
    on the publication day or the day before."""
    e = events[-1] if events else None
    if (e is None or e.expression is None or e.earliest is None
            or e.earliest < reference - _DAY or e.latest > reference
            or e.sentence_end > sentence.start
            or "\n" in sentence.text[e.sentence_end:sentence.start].strip()):
        return None
    return e


def act_of_the_day(text, sentence, events: list[Event], lead_end: int, reference: dt.date,
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
    verb = told_act(sentence, triggers, NEWS_FAMILIES, main_clause=True)
    if verb is None:
        return None
    if placed is not None:
        date, expression = date_of(placed), placed.expression
    elif verb.family in INCIDENT_FAMILIES:
        date, expression = date_of(lead), lead.expression
    else:
        date, expression = publication_day(reference), None
    return make_event(text, sentence, verb, set(), date, expression, triggers,
                      who(events), dateline)


_ORDERS = {"politics", "legal"}


def second_order(text, sentence, first: Event, dateline) -> Event | None:
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
        return make_event(text, sentence, t, set(), date_of(first), first.expression, triggers,
                          "", dateline)
    return None
