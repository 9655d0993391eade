"""`python -m temporal.evaluate --events`: the scores on JSON gold and on TimeML."""

from __future__ import annotations

import datetime as dt
import json

from temporal import evaluate
from temporal.event_evaluation import (
    EventCounts,
    collect_events,
    day_span,
    load_timeml_events,
    score_events,
)
from temporal.events import Event
from tests.conftest import shared_file

# A TimeML document written for this test: one event anchored to the creation
# day (a link written from the time side), one anchored to a month, one event
# without an anchoring link.
TIMEML = """<?xml version="1.0" ?>
<TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="2001-03-05"
 functionInDocument="CREATION_TIME">x</TIMEX3></DCT>
<TEXT>
The council <EVENT eid="e1" class="OCCURRENCE">voted</EVENT> today &amp; the mayor
<EVENT eid="e2" class="REPORTING">said</EVENT> the bridge had
<EVENT eid="e3" class="OCCURRENCE">collapsed</EVENT>
in <TIMEX3 tid="t1" type="DATE" value="2000-11">November</TIMEX3>; repairs
<EVENT eid="e4" class="OCCURRENCE">continue</EVENT>.
</TEXT>
<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST"/>
<MAKEINSTANCE eventID="e2" eiid="ei2" tense="PAST"/>
<MAKEINSTANCE eventID="e3" eiid="ei3" tense="PAST"/>
<MAKEINSTANCE eventID="e4" eiid="ei4" tense="PRESENT"/>
<TLINK lid="l1" relType="INCLUDES" timeID="t0" relatedToEventInstance="ei1" />
<TLINK lid="l2" relType="IS_INCLUDED" eventInstanceID="ei3" relatedToTime="t1" />
<TLINK lid="l3" relType="BEFORE" eventInstanceID="ei4" relatedToTime="t0" />
</TimeML>
"""


def _event(text, word, day, title="A title of words"):
    start = text.index(word)
    return Event(start, start + len(word), word, title, day.isoformat(), "day", day, day,
                 None, 0, len(text))


def test_timeml_anchored_occurrences_and_their_day_spans(tmp_path):
    path = tmp_path / "doc.tml"
    path.write_text(TIMEML, encoding="utf-8")
    doc = load_timeml_events(path, "g")
    assert doc.reference == dt.date(2001, 3, 5)
    assert "today & the mayor" in doc.text
    words = [(doc.text[g.start:g.end], g.days) for g in doc.gold]
    assert words == [("voted", [(dt.date(2001, 3, 5), dt.date(2001, 3, 5))]),
                     ("collapsed", [(dt.date(2000, 11, 1), dt.date(2000, 11, 30))])]
    assert len(doc.any_event) == 4
    proposals = [_event(doc.text, "voted", dt.date(2001, 3, 5)),
                 _event(doc.text, "collapsed", dt.date(2001, 3, 5)),  # wrong date
                 _event(doc.text, "bridge", dt.date(2001, 3, 5))]  # on no EVENT
    counts = score_events(doc, proposals)
    assert (counts.gold, counts.found, counts.proposed, counts.correct) == (2, 1, 3, 2)


def test_json_gold_counts_core_events_also_mentions_and_alt_values(tmp_path):
    text = "Rebels seized the town. The capture was confirmed. Talks were held later."
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    gold = {"file": "a.txt", "dct": "2020-05-04", "timexes": [], "events": [
        {"trigger_start": text.index("seized"), "trigger_end": text.index("seized") + 6,
         "value": "2020-05-04", "also": [[text.index("capture"), text.index("capture") + 7]],
         "optional": False, "title": "Rebels seize town"},
        {"trigger_start": text.index("Talks"), "trigger_end": text.index("Talks") + 5,
         "value": "2020-05-03", "alt_values": ["2020-W19"], "optional": True}]}
    (tmp_path / "a.json").write_text(json.dumps(gold), encoding="utf-8")
    [doc] = collect_events([str(tmp_path)])
    day = dt.date(2020, 5, 4)
    week = Event(text.index("Talks"), text.index("Talks") + 5, "Talks", "Talks held", "2020-W19",
                 "week", dt.date(2020, 5, 4), dt.date(2020, 5, 10), None, 0, len(text))
    counts = score_events(doc, [_event(text, "capture", day), _event(text, "seized", day), week])
    # the second mention of the seizure is a duplicate: not correct twice
    assert (counts.gold, counts.found, counts.proposed, counts.correct) == (1, 1, 3, 2)
    assert counts.title_words == [4, 4, 2]


def test_the_command_prints_recall_precision_and_title_length(capsys):
    gold = shared_file("temporal-gold", "izhevsk-kupol.json")
    assert evaluate.main(["--events", str(gold)]) == 0
    out = capsys.readouterr().out
    assert "dated recall" in out and "precision" in out and "median title" in out
    recall = float(out.split("dated recall")[1].split()[0])
    assert recall >= 0.6


def test_counts_add_up():
    a, b = EventCounts(2, 1, 3, 2, [3]), EventCounts(1, 1, 1, 1, [5])
    a.add(b)
    assert (a.gold, a.found, a.proposed, a.correct, a.title_words) == (3, 2, 4, 3, [3, 5])


def test_gold_may_write_a_range_of_years_or_months():
    assert day_span("2019/2020") == (dt.date(2019, 1, 1), dt.date(2020, 12, 31))
    assert day_span("2024-03/2024-05") == (dt.date(2024, 3, 1), dt.date(2024, 5, 31))
    assert day_span("2025-W26-WE") == (dt.date(2025, 6, 28), dt.date(2025, 6, 29))
    assert day_span("2020/2019") is None and day_span("soon/later") is None
