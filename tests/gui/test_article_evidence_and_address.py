"""Article Details shows where the published date came from and lets one key settle a
disagreement; File ▸ Import from Address fetches one page from a local server."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QFileDialog, QRadioButton

from tests.conftest import write_article
from tests.helpers.local_site import STORY, local_site

FERRY = ("1 липня 2025, 09:49\n\nПором відновить роботу\n\nОбласна рада в понеділок "
         "ухвалила рішення відновити роботу переправи.")


def action(window, name) -> QAction:
    found = window.findChild(QAction, name)
    assert found is not None, name
    return found


def import_file(window, monkeypatch, path):
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(path)], ""))
    action(window, "actionImportArticles").trigger()


def current(window):
    return window.session.project.articles.get(window.current_article_id())


def test_evidence_is_shown_and_enter_confirms_the_chosen_day(window, qtbot, monkeypatch,
                                                             tmp_path):
    problems = []
    window.importer.problems.connect(lambda _title, text: problems.append(text))
    import_file(window, monkeypatch, write_article(tmp_path, "ferry-2025-07-03.txt", FERRY))
    # The disagreement is said at import and on the banner above the text.
    assert "2025-07-03 from the file name" in problems[0]
    assert window.banner.isVisible() and "Confirm one" in window.banner.text()
    article = current(window)
    assert (article.published, article.published_source) == ("2025-07-01T09:49", "timestamp")

    action(window, "actionArticleDetails").trigger()
    dialog = window.article_dialog
    assert "from the timestamp “1 липня 2025, 09:49”" in dialog.evidence.text()
    choices = dialog.findChildren(QRadioButton)
    assert [c.isChecked() for c in choices] == [True, False]
    assert "from the file name" in choices[1].text()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    # Alt+2 chooses the file name's day (a mnemonic clicks after a short animation).
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_2, Qt.AltModifier)
    qtbot.waitUntil(lambda: dialog.edits["published"].text() == "2025-07-03")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Return)  # one key confirms
    assert not dialog.isVisible()
    article = current(window)
    assert (article.published, article.published_source, article.published_conflicts) == (
        "2025-07-03", "file name", "")
    assert not window.banner.isVisible()
    action(window, "actionUndo").trigger()
    article = current(window)
    assert article.published == "2025-07-01T09:49" and "2025-07-03" in article.published_conflicts


def test_confirming_the_date_in_use_settles_it_and_typing_makes_it_the_analysts(
        window, qtbot, monkeypatch, tmp_path):
    import_file(window, monkeypatch, write_article(tmp_path, "ferry-2025-07-03.txt", FERRY))
    action(window, "actionArticleDetails").trigger()
    qtbot.keyClick(window.article_dialog.edits["title"], Qt.Key_Return)
    article = current(window)
    assert (article.published, article.published_source, article.published_conflicts) == (
        "2025-07-01T09:49", "timestamp", "")
    action(window, "actionArticleDetails").trigger()
    dialog = window.article_dialog
    assert not dialog.findChildren(QRadioButton)  # settled: nothing left to choose
    dialog.edits["published"].setText("2 July 2025")
    dialog.accept()
    assert (current(window).published, current(window).published_source) == (
        "2025-07-02", "analyst")


def test_an_undated_article_says_no_evidence_was_found(window, monkeypatch, tmp_path):
    import_file(window, monkeypatch,
                write_article(tmp_path, "notes.txt", "Harbour notes\n\nThe wall was repaired."))
    action(window, "actionArticleDetails").trigger()
    assert "No published date was found" in window.article_dialog.evidence.text()
    assert window.banner.isVisible() and "no published date" in window.banner.text()


@pytest.fixture
def site():
    with local_site() as made:
        yield made


def open_address_dialog(window, qtbot):
    action(window, "actionImportFromAddress").trigger()
    dialog = window.address_import.dialog
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def test_import_from_address_fetches_one_page_as_one_undo_step(window, qtbot, site):
    texts = [a.text() for a in window.menus["&File"].actions()]
    assert texts[texts.index("&Import Articles…") + 1] == "Import from &Address…"
    address = site.add("/2025/07/01/ferry", STORY.encode("cp1251"),
                       "text/html; charset=windows-1251")
    QApplication.clipboard().setText(address)
    records = []
    window.session.changed.connect(records.append)
    dialog = open_address_dialog(window, qtbot)
    assert dialog.address.text() == address  # taken from the clipboard
    qtbot.keyClick(dialog.address, Qt.Key_Return)
    qtbot.waitUntil(lambda: window.article_list.model().rowCount() == 1, timeout=15000)
    assert not dialog.isVisible()
    assert [r.articles_added for r in records] == [{window.current_article_id()}]
    article = current(window)
    assert (article.url, article.outlet, article.published) == (
        address, "Річкова газета", "2025-07-01T09:49:00+03:00")
    assert window.article_view.toPlainText().startswith("Пором знову курсує")
    assert site.requests == ["/2025/07/01/ferry"]
    action(window, "actionUndo").trigger()
    assert window.article_list.model().rowCount() == 0
    assert records[-1].articles_removed == records[0].articles_added


def test_a_failed_fetch_is_shown_in_the_dialog_and_can_be_retried(window, qtbot, site):
    QApplication.clipboard().setText("")
    dialog = open_address_dialog(window, qtbot)
    qtbot.keyClicks(dialog.address, "gazette.example/ferry")
    qtbot.keyClick(dialog.address, Qt.Key_Return)
    assert "is not a web address" in dialog.status.text() and dialog.isVisible()
    dialog.address.setText(site.url("/gone"))
    qtbot.keyClick(dialog.address, Qt.Key_Return)
    qtbot.waitUntil(lambda: "404" in dialog.status.text(), timeout=15000)
    assert dialog.isVisible() and dialog.fetch_button.isEnabled()
    assert window.article_list.model().rowCount() == 0
    dialog.address.setText(site.add("/ok", STORY.encode("cp1251"),
                                    "text/html; charset=windows-1251"))
    qtbot.keyClick(dialog.address, Qt.Key_Return)
    qtbot.waitUntil(lambda: window.article_list.model().rowCount() == 1, timeout=15000)


def test_cancel_while_fetching_imports_nothing(window, qtbot, site):
    slow = site.add("/slow", STORY.encode("cp1251"), "text/html; charset=windows-1251",
                    delay=1.5)
    QApplication.clipboard().setText(slow)
    dialog = open_address_dialog(window, qtbot)
    qtbot.keyClick(dialog.address, Qt.Key_Return)
    assert dialog.status.text() == "Fetching…" and not dialog.fetch_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key_Escape)
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: not window.address_import.running, timeout=15000)
    qtbot.wait(50)
    assert window.article_list.model().rowCount() == 0
