"""Importing a file whose encoding was a judgement: the window says which it chose."""

from __future__ import annotations

from tests.helpers.gui_driving import import_through_dialog


def test_the_chosen_legacy_encoding_is_shown_with_the_import(window, qtbot, monkeypatch,
                                                              tmp_path):
    said: list[str] = []
    window.importer.problems.connect(lambda _title, text: said.append(text))
    text = "Порт\n\nРада обговорила ремонт стіни гавані 4 травня 2024 року."
    legacy = tmp_path / "port.txt"
    legacy.write_bytes(text.encode("cp1251"))
    plain = tmp_path / "plain.txt"
    plain.write_text("Port\n\nThe council met on 4 May 2024.", encoding="utf-8")
    import_through_dialog(window, monkeypatch, legacy, plain)
    qtbot.waitUntil(lambda: not window.importer.busy, timeout=30000)
    assert window.article_list.model().rowCount() == 2
    assert len(said) == 1 and said[0].startswith("2 article(s) imported.")
    assert "port.txt is not UTF-8; it was read as Cyrillic (Windows-1251)." in said[0]
    assert "plain.txt" not in said[0]
