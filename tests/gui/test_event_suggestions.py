"""Issue 11, point 4: the Suggestions tab lists events, and accepting one makes it whole.

What the analyst sees (the table's cells, the marks in the text) and what
lands in the project file (the event, its tags, its passage) are both
asserted; every article here was written for the tests.
"""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLineEdit

from storage import Project
from storage.event_suggestions import accept_event_suggestions
from tests.conftest import shared_file, write_article
from tests.helpers.gui_driving import action, import_through_dialog, release_modifiers
from tests.helpers.suggestion_driving import row_dated_by, select_row, set_published, shown

TEXT = ("Power station hit near Kharkiv\n\n"
        "A Russian missile struck a power station near Kharkiv on Monday, killing two "
        "workers, officials said. Crews currently work in shifts. The plant was first "
        "attacked in March 2022, and Ukrainian crews rebuilt it in 2023.")
SENTENCE = ("A Russian missile struck a power station near Kharkiv on Monday, killing two "
            "workers, officials said.")


def _open(window, monkeypatch, tmp_path, text=TEXT, published="2025-07-01"):
    import_through_dialog(window, monkeypatch, write_article(tmp_path, "a.txt", text))
    if published:
        set_published(window, published)
    return window.current_article_id()


def _rows(db_path, sql):
    with sqlite3.connect(db_path) as db:
        return db.execute(sql).fetchall()


def test_rows_show_title_date_what_dated_it_and_names(window, monkeypatch, tmp_path):
    _open(window, monkeypatch, tmp_path)
    rows = shown(window)
    monday = rows[row_dated_by(window, "Monday")]
    assert monday["title"] == "Russian missile struck power station near Kharkiv"
    assert (monday["date"], monday["status"]) == ("30 Jun 2025", "new")
    assert monday["names"] == "Russia, Kharkiv"
    assert rows[row_dated_by(window, "March 2022")]["date"] == "Mar 2022"
    # The headline's news is dated by the day the article was published.
    assert rows[row_dated_by(window, "publication day")]["date"] == "1 Jul 2025"
    present = rows[row_dated_by(window, "currently")]
    assert present["date"] == "the present (no date)"
    assert "event" in window.suggestions.notice.text()
    assert "dates found" not in window.suggestions.notice.text()


def test_selecting_a_row_marks_its_trigger_and_sentence(window, monkeypatch, tmp_path):
    _open(window, monkeypatch, tmp_path)
    select_row(window, row_dated_by(window, "Monday"))
    marks = window.article_view._extra_layers["suggestion"]
    assert [mark.cursor.selectedText() for mark in marks] == [SENTENCE, "struck"]
    assert marks[1].format.fontWeight() == 700  # the trigger stands out in the sentence
    select_row(window, row_dated_by(window, "March 2022"))
    marks = window.article_view._extra_layers["suggestion"]
    assert marks[1].cursor.selectedText() == "attacked"


def test_enter_accepts_the_event_whole_in_one_undo_step(window, qtbot, monkeypatch, tmp_path):
    article_id = _open(window, monkeypatch, tmp_path)
    table = select_row(window, row_dated_by(window, "Monday"))
    qtbot.keyClick(table, Qt.Key_Return)
    release_modifiers(qtbot, table)
    project = window.session.project
    [event_row] = project.events.timeline()
    event = project.events.get(event_row.id)
    assert (event.title, event.date.value) == (
        "Russian missile struck power station near Kharkiv", "2025-06-30")
    assert {(t.kind, t.name) for t in event.tags} == {("actor", "Russia"), ("place", "Kharkiv")}
    [passage] = project.annotations.for_event(event.id)
    assert (passage.article_id, passage.quote) == (article_id, SENTENCE)
    monday = TEXT.index("Monday")
    assert (passage.expression_start, passage.expression_end, passage.expression_value) == (
        monday, monday + len("Monday"), "2025-06-30")
    # What the analyst sees: the row accepted, the event selected, its tags shown.
    assert shown(window)[row_dated_by(window, "Monday")]["status"] == "✓ accepted"
    assert window.current_event_id() == event.id
    assert "place:Kharkiv" in window.event_panel.tags.text()
    action(window, "actionUndo").trigger()  # one step takes all of it back
    assert project.events.count() == 0 and project.annotations.for_article(article_id) == []
    assert shown(window)[row_dated_by(window, "Monday")]["status"] == "new"


def test_f2_edits_the_title_and_date_before_accepting(window, qtbot, monkeypatch, tmp_path):
    _open(window, monkeypatch, tmp_path)
    table = select_row(window, row_dated_by(window, "March 2022"))
    qtbot.keyClick(table, Qt.Key_F2)  # the title cell: the row's first column
    editor = [e for e in table.findChildren(QLineEdit) if e.isVisible()][0]
    editor.selectAll()
    qtbot.keyClicks(editor, "First strike on the Kharkiv plant")
    qtbot.keyClick(editor, Qt.Key_Return)
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.EditingState)
    assert window.session.project.events.count() == 0
    qtbot.keyClick(table, Qt.Key_Return)
    [event_row] = window.session.project.events.timeline()
    assert (event_row.title, event_row.date.value) == (
        "First strike on the Kharkiv plant", "2022-03")


def test_delete_dismisses_and_the_dismissal_is_remembered(window, qtbot, monkeypatch, tmp_path):
    article_id = _open(window, monkeypatch, tmp_path)
    table = select_row(window, row_dated_by(window, "2023"))
    qtbot.keyClick(table, Qt.Key_Delete)
    assert "2023" not in [row["dated_by"] for row in shown(window)]
    project = window.session.project
    start = TEXT.index("rebuilt")
    assert project.dismissals.for_article(article_id) == {(start, start + len("rebuilt"))}
    assert project.events.count() == 0
    # Remembered: the article shown again, and the command line, leave it out.
    window.suggestions.set_article(None)
    window.suggestions.model.cache.forget([article_id])
    window.suggestions.set_article(article_id)
    assert "2023" not in [row["dated_by"] for row in shown(window)]
    accept_event_suggestions(project, article_id)
    assert "2023" not in [row.date.value for row in project.events.timeline()]
    action(window, "actionUndo").trigger()  # the batch
    action(window, "actionUndo").trigger()  # the dismissal (the batch was not a command)
    assert "2023" in [row["dated_by"] for row in shown(window)]


def test_accept_all_takes_dated_events_once_each(window, qtbot, monkeypatch, tmp_path):
    _open(window, monkeypatch, tmp_path)
    project = window.session.project
    qtbot.mouseClick(window.suggestions.accept_all_button, Qt.LeftButton)
    made = sorted((row.date.value, row.title) for row in project.events.timeline())
    # Not "currently", and not the headline: the Monday strike tells its news with a date.
    assert made == [("2022-03", "Plant was first attacked"),
                    ("2023", "Ukrainian crews rebuilt"),
                    ("2025-06-30", "Russian missile struck power station near Kharkiv")]
    rows = shown(window)
    assert rows[row_dated_by(window, "currently")]["status"] == "new"
    assert rows[row_dated_by(window, "publication day")]["status"] == "new"
    # Accept All again has nothing left to make.
    qtbot.mouseClick(window.suggestions.accept_all_button, Qt.LeftButton)
    assert project.events.count() == 3
    action(window, "actionUndo").trigger()
    assert project.events.count() == 0


def test_accept_all_does_not_make_an_event_the_project_has(window, qtbot, monkeypatch,
                                                           tmp_path):
    project = window.session.project
    other = write_article(tmp_path, "b.txt", TEXT.replace("Power station hit", "Plant hit"))
    import_through_dialog(window, monkeypatch, other)
    set_published(window, "2025-07-01")
    qtbot.mouseClick(window.suggestions.accept_all_button, Qt.LeftButton)
    assert project.events.count() == 3
    # The same story from a second outlet: the same three happenings are there already.
    import_through_dialog(window, monkeypatch, write_article(
        tmp_path, "c.txt", TEXT.replace("officials said", "the governor said")))
    set_published(window, "2025-07-01")
    qtbot.mouseClick(window.suggestions.accept_all_button, Qt.LeftButton)
    assert project.events.count() == 3


def test_the_window_and_the_command_line_accept_the_same(window, qtbot, monkeypatch, tmp_path):
    _open(window, monkeypatch, tmp_path)
    qtbot.mouseClick(window.suggestions.accept_all_button, Qt.LeftButton)
    other = Project(tmp_path / "batch.sqlite")
    try:
        article_id = other.articles.add(TEXT, published="2025-07-01")
        accept_event_suggestions(other, article_id)
    finally:
        other.close()

    def made(path):
        return sorted(_rows(path, """
            SELECT e.title, e.date_value, a.quote, a.expression_value,
                   (SELECT group_concat(t.kind || ':' || t.name, ',') FROM event_tags et
                    JOIN tags t ON t.id = et.tag_id WHERE et.event_id = e.id)
            FROM events e JOIN annotations a ON a.event_id = e.id"""))

    assert made(window.session.project.path) == made(tmp_path / "batch.sqlite")
    assert len(made(tmp_path / "batch.sqlite")) == 3


def test_seed_article_shows_its_four_named_events(window, qtbot, monkeypatch):
    seed = shared_file("articles", "izhevsk-kupol-2025-07-01.txt")
    import_through_dialog(window, monkeypatch, seed)
    set_published(window, "1 July 2025")
    rows = shown(window)

    def find(dated_by, *words):
        return [r for r in rows if r["dated_by"] == dated_by
                and all(w.casefold() in r["title"].casefold() for w in words)]

    [attack] = find("publication day", "attack", "Izhevsk")
    assert attack["date"] == "1 Jul 2025"
    [strike] = find("November", "strike", "Kupol")
    assert strike["date"] == "Nov 2024"
    [barrage] = find("the weekend", "drones")
    assert barrage["date"].startswith("28–29 Jun 2025")
    [call] = find("Tuesday", "Putin", "Macron")
    assert call["date"] == "1 Jul 2025"
    assert all(len(r["title"].split()) <= 10 for r in rows)


def test_accepting_an_event_with_tags_reads_little_and_finds_nothing_again(
        window, qtbot, monkeypatch, tmp_path):
    import temporal.event_proposals
    import temporal.expressions

    runs = []
    for module, name in ((temporal.expressions, "find_expressions"),
                         (temporal.event_proposals, "find_events")):
        original = getattr(module, name)
        monkeypatch.setattr(module, name,
                            lambda *a, _f=original, _n=name, **k: runs.append(_n) or _f(*a, **k))
    _open(window, monkeypatch, tmp_path)
    assert {"find_expressions", "find_events"} <= set(runs)
    before = len(runs)
    table = select_row(window, row_dated_by(window, "Monday"))
    conn = window.session.project.db.conn
    statements = []
    conn.set_trace_callback(lambda sql: statements and statements[-1] == sql
                            or statements.append(sql))
    try:
        qtbot.keyClick(table, Qt.Key_Return)
    finally:
        conn.set_trace_callback(None)
    assert len(window.session.project.events.get(window.current_event_id()).tags) == 2
    text_reads = [s for s in statements if "FROM articles" in s and "text" in s]
    # The budget of tests/gui/test_statement_counts.py, and a look-up, a new tag and
    # its link for each of the two tags.
    assert len(statements) <= 10 + 3 * 2, "\n".join(statements)
    assert len(text_reads) <= 1 and len(runs) == before


def test_the_demo_article_shows_its_named_events(window):
    action(window, "actionLoadDemo").trigger()
    assert window.suggestions.model.reference is not None  # the demo says when it was published
    rows = shown(window)

    def dated(dated_by, word):
        return [r["date"] for r in rows
                if r["dated_by"] == dated_by and word in r["title"].casefold()]

    assert dated("November", "strike") == ["Nov 2024"]
    assert dated("the weekend", "barrage") == ["28–29 Jun 2025 (weekend)"]
    assert dated("Tuesday", "call") == ["1 Jul 2025"]


def test_the_gazetteer_is_built_off_the_gui_thread():
    from gui.suggestions.warm_up import warm_in_background
    from temporal import gazetteer

    thread = warm_in_background()
    assert thread.daemon and thread.name == "warm-event-finder"
    thread.join(timeout=120)
    assert not thread.is_alive()
    assert gazetteer._index.cache_info().currsize == 1


def test_marks_land_on_the_right_words_after_emoji(window, monkeypatch, tmp_path):
    text = TEXT.replace("Power station hit near Kharkiv", "⚡🔥 Power station hit near Kharkiv 🇺🇦")
    _open(window, monkeypatch, tmp_path, text=text)
    select_row(window, row_dated_by(window, "Monday"))
    marks = window.article_view._extra_layers["suggestion"]
    assert [mark.cursor.selectedText() for mark in marks] == [SENTENCE, "struck"]
    [row] = [r for r in window.suggestions.model.rows if r.dated_by == "Monday"]
    assert text[row.start:row.end] == SENTENCE
