"""Article ▸ Re-read with Encoding…: a legacy file read wrongly is read again as chosen.

Issue 16: the import names the encoding it guessed, but the window had no way
to choose another. Here a Ukrainian cp1251 file was read as Windows-1252 (a
wrong guess); the analyst picks Cyrillic (Windows-1251), the article's text
and title are replaced as one undo step, and an article with linked passages
is refused with a message instead of leaving its passages on the wrong words.
"""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QMessageBox

from storage.intake.article_files import read_article_file
from temporal.dates import parse_date

TEXT = "Рада гавані\n\nРада обговорила ремонт стіни гавані 4 травня 2024 року."


def _wrongly_read(window, tmp_path, title: str | None = None) -> int:
    """The file imported as if it were Windows-1252, as a wrong guess would."""
    path = tmp_path / "rada.txt"
    path.write_bytes(TEXT.encode("cp1251"))
    draft = read_article_file(path, encoding="cp1252")
    if title is not None:
        draft.title = title
    added = window.session.project.articles.add_draft(draft)
    window.session.announce(added.changes)
    window.select_article(int(added))
    return int(added)


def _choose(monkeypatch, codec: str) -> list[list[str]]:
    offered: list[list[str]] = []

    def get_item(_parent, _title, _label, labels, *_args, **_kw):
        offered.append(list(labels))
        return next(label for label in labels if label.endswith(f"— {codec}")), True

    monkeypatch.setattr(QInputDialog, "getItem", get_item)
    return offered


def _reread(window) -> None:
    window.findChild(QAction, "actionRereadEncoding").trigger()


def test_rereading_in_the_right_encoding_replaces_the_text_as_one_undo_step(
        window, monkeypatch, tmp_path):
    article_id = _wrongly_read(window, tmp_path)
    articles = window.session.project.articles
    garbled = articles.get(article_id)
    assert "Рада" not in garbled.text and "Рада" not in window.article_view.toPlainText()
    offered = _choose(monkeypatch, "cp1251")
    _reread(window)
    assert any("Cyrillic (Windows-1251)" in label for label in offered[0])
    assert any(label.endswith("— koi8-u") for label in offered[0])
    fixed = articles.get(article_id)
    assert fixed.text.startswith("Рада гавані") and "4 травня 2024" in fixed.text
    assert fixed.title == "Рада гавані"  # it came from the garbled text, so it is re-read too
    assert "обговорила ремонт" in window.article_view.toPlainText()
    marks = window.article_view._marks  # the date is underlined in the new text
    assert any(fixed.text[start:end].startswith("4 травня") for start, end, _tip in marks)
    assert window.article_list.model().rowCount() == 1
    assert "Рада гавані" in window.article_list.model().index(0, 0).data()
    stack = window.session.undo_stack
    assert stack.count() == 1 and stack.undoText() == "Re-read article as Cyrillic (Windows-1251)"
    stack.undo()
    assert articles.get(article_id).text == garbled.text
    assert articles.get(article_id).title == garbled.title
    assert "обговорила" not in window.article_view.toPlainText()
    stack.redo()
    assert articles.get(article_id).text == fixed.text
    # The re-read text is found by the full-text search (its index follows the row).
    assert [s.id for s in articles.summaries()] == [article_id]


def test_a_title_the_analyst_typed_is_kept(window, monkeypatch, tmp_path):
    article_id = _wrongly_read(window, tmp_path, title="Harbour council (typed)")
    _choose(monkeypatch, "cp1251")
    _reread(window)
    article = window.session.project.articles.get(article_id)
    assert article.title == "Harbour council (typed)" and "Рада" in article.text


def test_an_article_with_linked_passages_is_refused_untouched(window, qtbot, monkeypatch,
                                                              tmp_path):
    article_id = _wrongly_read(window, tmp_path)
    project = window.session.project
    event = project.events.add("Council met", parse_date("2024-05-04"))
    project.annotations.add(article_id, int(event), 0, 10)
    before = project.articles.get(article_id)
    _choose(monkeypatch, "cp1251")
    _reread(window)
    box = window.findChild(QMessageBox, "problemDialog")
    qtbot.waitUntil(box.isVisible)
    assert "1 passage(s) linked to events" in box.text() and "Unlink them first" in box.text()
    assert project.articles.get(article_id) == before
    assert window.session.undo_stack.count() == 0


def test_a_pasted_article_has_no_file_to_read_again(window, qtbot, monkeypatch):
    added = window.session.project.articles.add("Pasted text, 4 May 2024.")
    window.session.announce(added.changes)
    window.select_article(int(added))
    _choose(monkeypatch, "cp1251")
    _reread(window)
    box = window.findChild(QMessageBox, "problemDialog")
    qtbot.waitUntil(box.isVisible)
    assert "no file to read again" in box.text()
