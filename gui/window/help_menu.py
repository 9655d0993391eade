"""Help: the demo article, the shortcut list, About."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from gui.actions import shortcut_table

DEMO_ARTICLE = Path(__file__).resolve().parent.parent / "resources" / "demo-article.html"


def add_help_menu(window) -> None:
    menu = window.menuBar().addMenu("&Help")
    demo = QAction("Load &Demo Article", window, objectName="actionLoadDemo")
    demo.setStatusTip("Import a short sample article to try the application on")
    demo.triggered.connect(lambda: load_demo(window))
    keys = QAction("&Keyboard Shortcuts", window, objectName="actionShortcuts")
    keys.triggered.connect(lambda: show_shortcuts(window))
    about = QAction("&About", window, objectName="actionAbout")
    about.triggered.connect(lambda: QMessageBox.about(
        window, "About Timeline Annotator",
        "Timeline Annotator: read news articles beside an editable chronology.\n\n"
        f"Project file: {window.session.path}"))
    for action in (demo, keys, about):
        menu.addAction(action)
    window.actions_by_name.update(actionLoadDemo=demo, actionShortcuts=keys)


def load_demo(window) -> None:
    imported = window.importer.import_files([str(DEMO_ARTICLE)])
    if imported:
        window.statusBar().showMessage(
            "Demo article loaded: select a passage and press Ctrl+E to make an event.", 10000)


def show_shortcuts(window) -> None:
    rows = "".join(f"<tr><td>{name}</td><td><b>{keys}</b></td></tr>"
                   for name, keys in shortcut_table() if keys)
    QMessageBox.information(window, "Keyboard shortcuts", f"<table>{rows}</table>")
