"""The timeline loads its first screen, paints, then the rest: never partial to its users."""

from __future__ import annotations

import pytest

from gui.commands.event_commands import CreateEvent, DeleteEvent, EditEvent
from gui.timeline import timeline_model
from gui.timeline.timeline_filter import TimelineFilter
from gui.timeline.timeline_model import EVENT_ID_ROLE, TITLE, TimelineModel
from temporal.dates import parse_date

# Ten events, created out of order: "e0" (2020) ... "e8" (2028), then one undated.
ORDER = [f"e{n}" for n in range(9)] + ["undated"]


@pytest.fixture
def session(session, monkeypatch):
    monkeypatch.setattr(timeline_model, "FIRST_PAGE", 3)
    monkeypatch.setattr(timeline_model, "LOAD_SLICE", 2)
    for n in (5, 2, 8, 0, 7, 1, 4, 6, 3):
        session.push(CreateEvent(session, f"e{n}", parse_date(str(2020 + n))))
    session.push(CreateEvent(session, "undated", None))
    return session


def titles(model) -> list[str]:
    return [model.index(r, TITLE).data() for r in range(model.rowCount())]


def test_loads_first_page_then_the_rest_in_order(qtmodeltester, qtbot, session):
    model = TimelineModel(session)
    assert model._loading and titles(model) == ORDER[:3]  # the first page: a prefix
    qtmodeltester.check(model)  # follows the appends that come on the next turns
    proxy = TimelineFilter()
    proxy.setSourceModel(model)
    qtbot.waitUntil(lambda: not model._loading, timeout=5000)
    assert titles(model) == ORDER and titles(proxy) == ORDER
    assert [r.title for r in model._rows] == ORDER


def test_an_edit_while_loading_finishes_the_load_first(qtmodeltester, qtbot, session):
    model = TimelineModel(session)
    qtmodeltester.check(model)
    assert model._loading and model.rowCount() == 3
    # Rename "e1" (loaded) through the model: the change lands on a complete timeline.
    assert model.setData(model.index(1, TITLE), "e1 renamed")
    assert not model._loading
    assert titles(model) == ["e0", "e1 renamed"] + ORDER[2:]
    # Nothing is appended twice by a slice timer that was pending.
    qtbot.wait(50)
    assert model.rowCount() == 10


def test_a_change_written_before_the_load_finishes(qtmodeltester, qtbot, session):
    model = TimelineModel(session)
    qtmodeltester.check(model)
    # A new event sorts inside the loaded page; one beyond the page moves into it.
    session.push(CreateEvent(session, "e0b", parse_date("2020-06")))
    assert not model._loading
    e7 = next(r.id for r in model._rows if r.title == "e7")
    session.push(EditEvent(session, e7, "date", parse_date("2019")))
    assert titles(model) == ["e7", "e0", "e0b"] + [t for t in ORDER[1:] if t != "e7"]
    session.push(DeleteEvent(session, e7))
    assert titles(model) == ["e0", "e0b"] + [t for t in ORDER[1:] if t != "e7"]


@pytest.mark.parametrize("first", ["filter", "index_of", "keys"])
def test_readers_see_every_row_while_loading(qtbot, session, first):
    model = TimelineModel(session)
    assert model._loading
    if first == "filter":
        proxy = TimelineFilter()
        proxy.setSourceModel(model)
        proxy.set_text("undated")
        assert proxy.rowCount() == 1
    elif first == "index_of":
        last = session.project.events.timeline()[-1].id
        assert model.index_of(last).row() == 9
        assert model.index_of(last).data(EVENT_ID_ROLE) == last
    else:
        assert len(model.keys()) == 10 and model.keys() == sorted(model.keys())
    assert not model._loading and titles(model) == ORDER


def test_a_change_before_loading_beyond_the_page(qtbot, session):
    """An event not yet loaded, moved into the loaded page by a change already written."""
    model = TimelineModel(session)
    e8 = session.project.events.timeline()[8].id
    session.push(EditEvent(session, e8, "date", parse_date("2020-03")))
    assert titles(model) == ["e0", "e8"] + [t for t in ORDER[1:] if t != "e8"]
    qtbot.wait(50)
    assert model.rowCount() == 10
