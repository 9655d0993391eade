"""The proposals of the Suggestions tab (temporal.event_proposals): every dated
sentence proposed, in every language whose dates are found, titled by its own words."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from temporal.event_proposals import clause_title, expression_date, propose_events
from temporal.events.dedup import kind
from temporal.events.sentences import split
from temporal.events.triggers import find_triggers
from temporal.expressions import find_expressions
from tests.conftest import shared_file

NON_ENGLISH = ["izhevsk-ataka-ruposters-2025-07-01.txt",
               "izhevsk-kupol-dialog-ua-2025-07-01.txt",
               "putin-macron-call-copts-united-2025-07-01.txt"]
_TOKEN = re.compile(r"\S+")


def _words(text: str) -> set[str]:
    return {w.strip(".,:;!?«»“”\"'()—–-؛،").casefold() for w in _TOKEN.findall(text)}


@pytest.mark.parametrize("name", NON_ENGLISH)
def test_every_dated_sentence_gets_a_proposal_titled_by_its_own_words(name):
    text = shared_file("articles", name).read_text(encoding="utf-8")
    reference = dt.date(2025, 7, 1)
    expressions = find_expressions(text, reference)
    proposals = propose_events(text, reference, expressions)
    dated = [e for e in expressions
             if e.type in ("DATE", "TIME") and expression_date(e) is not None]
    proposed = {(p.sentence_start, p.sentence_end) for p in proposals}
    for sentence in split(text):
        mine = [e for e in dated if sentence.start <= e.start < sentence.end]
        own = _words(text[sentence.start:sentence.end]) - set().union(
            *(_words(e.text) for e in mine)) - {""}
        if mine and any(re.search(r"[^\W\d_]", w) for w in own):
            assert ((sentence.start, sentence.end) in proposed
                    or _retells(text, sentence, mine, proposals)), text[sentence.start:sentence.end]
    assert proposals
    for p in proposals:
        sentence_words = _words(text[p.sentence_start:p.sentence_end])
        title_words = p.title.split()
        assert 0 < len(title_words) <= 10, p.title
        assert all(w.casefold() in sentence_words for w in title_words), p.title
        assert p.date is not None
        if p.expression is None:  # the lead's news, dated by the publication day
            assert p.dated_by == "publication day" and p.date.earliest == reference
        else:
            assert p.expression.text not in p.title and p.dated_by == p.expression.text


def _retells(text, sentence, dates, proposals) -> bool:
    """A sentence that tells again a happening proposed already (the lead's attack,
    "reported this morning") is not a new event: one event per happening."""
    kinds = {kind(t.family) for t in find_triggers(text, sentence) if t.family != "report"}
    days = {(expression_date(e).earliest, expression_date(e).latest) for e in dates}
    return any(kind(p.family) in kinds and (p.date.earliest, p.date.latest) in days
               for p in proposals if p.date is not None)


def test_clause_titles_leave_out_the_date_and_a_preposition_left_hanging():
    text = "Областная филармония перенесла все концерты, намеченные на 1 и 2 июля."
    [dates] = [e for e in find_expressions(text, dt.date(2025, 7, 1)) if e.type == "DATE"]
    assert dates.text == "1 и 2 июля"
    assert clause_title(text, 0, len(text), [dates]) == (
        "Областная филармония перенесла все концерты намеченные")
    english = "The ministers spoke by phone on Tuesday, their first contact."
    tuesday = [e for e in find_expressions(english, dt.date(2025, 7, 1))
               if e.text == "Tuesday"]
    assert clause_title(english, 0, len(english), tuesday) == (
        "The ministers spoke by phone their first contact")
    # A leading preposition is part of the title; a leading conjunction is not.
    said = "О взрыве мэр сообщил утром, а завтра город объявит траур."
    found = find_expressions(said, dt.date(2025, 7, 1))
    assert clause_title(said, 0, said.index(","), found) == "О взрыве мэр сообщил"
    after = said.index(",") + 2
    assert clause_title(said, after, len(said), found) == "Город объявит траур"
    dateline = "1 липня 2025, 09:49"
    assert clause_title(dateline, 0, len(dateline),
                        find_expressions(dateline, dt.date(2025, 7, 1))) == ""


def test_an_english_sentence_without_a_known_happening_is_still_proposed():
    text = ("Talks continue\n\nTwo rounds of talks have taken place since May, "
            "but have failed to bring a ceasefire.")
    expressions = find_expressions(text, dt.date(2025, 7, 1))
    [proposal] = [p for p in propose_events(text, dt.date(2025, 7, 1), expressions)
                  if p.dated_by == "May"]
    assert proposal.date.value == "2025-05"
    assert proposal.title.startswith("Two rounds of talks have taken place")


def test_a_later_mention_of_a_proposed_happening_is_not_proposed_again():
    text = ("Drone record\n\nRussia pounded Ukraine with a record number of drones in June, "
            "officials said. Russia launched 5,000 drones at Ukraine last month, a new monthly "
            "record, according to a count.")
    reference = dt.date(2025, 7, 1)
    proposals = propose_events(text, reference, find_expressions(text, reference))
    june = [p for p in proposals if p.date is not None and p.date.value == "2025-06"]
    assert len(june) == 1 and june[0].trigger == "pounded"
    # Without a published date "last month" is no date yet: both sentences are proposed.
    undated = propose_events(text, None, find_expressions(text, None))
    assert [p.dated_by for p in undated] == ["June", "last month"]


def test_a_dated_clause_that_only_reports_or_denies_is_not_proposed():
    reference = dt.date(2025, 7, 2)
    texts = ["The mayor told reporters on Monday that the bridge was safe.",
             "Officials did not provide more information on Saturday about the campers.",
             "The mayor opened the new bridge on Monday."]
    proposed = [[p.title for p in propose_events(t, reference, find_expressions(t, reference))]
                for t in texts]
    assert proposed[:2] == [[], []]
    assert proposed[2] == ["Mayor opened new bridge"]
