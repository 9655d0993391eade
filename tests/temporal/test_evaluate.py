"""The evaluator on a tiny TimeML document written for this test."""
from temporal import evaluate

# The body is one line in the file (no newline inside <TEXT>), so it is built up from pieces.
TML = (
    '<?xml version="1.0" ?>\n'
    "<TimeML>\n"
    "<DOCID>toy</DOCID>\n"
    '<DCT><TIMEX3 tid="t0" type="DATE" value="2025-07-01" functionInDocument="CREATION_TIME">'
    "2025-07-01</TIMEX3></DCT>\n"
    "<TEXT>\n"
    'The ferry sank <TIMEX3 tid="t1" type="DATE" value="2025-06-30">Monday</TIMEX3> '
    "&amp; divers searched for "
    '<TIMEX3 tid="t2" type="DURATION" value="P3D">three days</TIMEX3>. '
    'Officials <EVENT eid="e1">met</EVENT> '
    '<TIMEX3 tid="t3" type="DATE" value="2025-W26">last week</TIMEX3> '
    "and the inquiry will open "
    '<TIMEX3 tid="t4" type="DATE" value="2025-09">in September</TIMEX3>.\n'
    "</TEXT>\n"
    "</TimeML>\n"
)


def test_strip_and_offsets(tmp_path):
    p = tmp_path / "toy.tml"
    p.write_text(TML, encoding="utf-8")
    doc = evaluate.load_tml(p, "toy")
    assert doc.reference.isoformat() == "2025-07-01"
    assert "&amp;" not in doc.text and " & " in doc.text and "<" not in doc.text
    assert [g.text for g in doc.gold] == ["Monday", "three days", "last week", "in September"]
    for g in doc.gold:
        assert doc.text[g.start:g.end] == g.text


def test_scores(tmp_path, capsys):
    p = tmp_path / "toy.tml"
    p.write_text(TML, encoding="utf-8")
    assert evaluate.main([str(p), "-v"]) == 0
    out = capsys.readouterr().out
    # "in September" is matched only relaxed (the engine leaves "in" out): strict 3/4
    assert "strict   P 0.750  R 0.750  F1 0.750" in out
    assert "relaxed  P 1.000  R 1.000  F1 1.000" in out
    assert "value    P 1.000  R 1.000  F1 1.000" in out


def test_score_doc_counts_misses_and_false_alarms():
    doc = evaluate.Doc("d", "g", "Rain fell Monday and Friday.", None,
                       [evaluate.Gold(10, 16, "Monday", "DATE", "XXXX-WXX-1")])
    from temporal.expressions import find_expressions
    c = evaluate.score_doc(doc, find_expressions(doc.text, None), log := [])
    assert (c.sys, c.gold, c.strict, c.value_ok) == (2, 1, 1, 1)
    assert any(line.startswith("  FALSE") for line in log)


def test_timeml_values_are_local_clock_times_json_gold_keeps_the_zone():
    """TimeBank writes "5 p.m. EST" as T17:00 (no TIMEX3 value of it has a zone); gold
    JSON of our own writes the zone, and there a missing or wrong zone is a wrong value."""
    import datetime as dt

    from temporal.expressions import find_expressions

    text = "The offer expires at 5 p.m. EST Nov. 9."
    found = find_expressions(text, dt.date(1989, 11, 1))
    assert [e.value for e in found] == ["1989-11-09T17:00-05:00"]
    start = text.index("5 p.m.")
    gold = [evaluate.Gold(start, start + 17, "5 p.m. EST Nov. 9", "TIME", "1989-11-09T17:00")]
    timeml = evaluate.Doc("t", "g", text, dt.date(1989, 11, 1), gold, zoned=False)
    assert evaluate.score_doc(timeml, found, None).value_ok == 1
    json_gold = evaluate.Doc("j", "g", text, dt.date(1989, 11, 1), gold)
    assert evaluate.score_doc(json_gold, found, None).value_ok == 0
    assert evaluate.local_value("2025-07-01T17:40Z") == "2025-07-01T17:40"
    assert evaluate.local_value("2025-07-01T11:15-04:00") == "2025-07-01T11:15"
    assert evaluate.local_value("2025-07-01") == "2025-07-01"
    assert evaluate.local_value("2025-W26-WE") == "2025-W26-WE"
