"""The seed article and its gold: the dates analysts will see first must be right."""
import datetime as dt
import json

import pytest

from temporal.expressions import find_expressions
from tests.conftest import SHARED

GOLD = SHARED / "temporal-gold" / "izhevsk-kupol.json"


@pytest.fixture(scope="module")
def seed():
    if not GOLD.exists():
        pytest.skip("shared/ data is absent")
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    text = (GOLD.parent / gold["file"]).read_text(encoding="utf-8")
    return gold, text, find_expressions(text, dt.date.fromisoformat(gold["dct"]))


def test_key_dates_match_gold(seed):
    gold, text, found = seed
    by_span = {(e.start, e.end): e for e in found}
    dates = [t for t in gold["timexes"] if t["type"] == "DATE" and "start_date" in t]
    assert dates
    for t in dates:
        e = by_span.get((t["start"], t["end"]))
        assert e is not None, f"missed {t['text']!r} at {t['start']}"
        assert e.value == t["value"], (t["text"], e.value, t["value"])
        assert e.earliest == dt.date.fromisoformat(t["start_date"])
        assert e.latest == dt.date.fromisoformat(t["end_date"])


@pytest.mark.parametrize("span,value", [
    ("November", "2024-11"), ("the weekend", "2025-W26-WE"), ("Tuesday", "2025-07-01"),
    ("Monday", "2025-06-30"), ("February 2022", "2022-02"),
])
def test_named_expectations(seed, span, value):
    _, _, found = seed
    assert any(e.text == span and e.value == value for e in found), span


def test_every_gold_expression_found(seed):
    gold, _, found = seed
    for t in gold["timexes"]:
        assert any(e.start < t["end"] and t["start"] < e.end for e in found), t["text"]
