"""What the Help menu's actions do: the demo article, the shortcut list, About.

The actions themselves come from the one table in gui.actions, so every
window has the Help menu however it was built (by the application or a test).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from gui.actions import shortcut_table

DEMO_ARTICLE = Path(__file__).resolve().parents[2] / "resources" / "demo-article.html"


class HelpActions:
    """Connects Help ▸ Load Demo Article, Keyboard Shortcuts and About."""

    def __init__(self, actions: dict, importer, parent_widget, status_bar, project_path):
        self.importer = importer
        self.parent_widget = parent_widget
        self.status_bar = status_bar
        self.project_path = project_path
        actions["actionLoadDemo"].triggered.connect(self.load_demo)
        actions["actionShortcuts"].triggered.connect(self.show_shortcuts)
        actions["actionAbout"].triggered.connect(self.show_about)

    def load_demo(self) -> None:
        imported = self.importer.import_files([str(DEMO_ARTICLE)])
        if imported:
            self.status_bar.showMessage(
                "Demo article loaded: the Suggestions tab (Ctrl+Shift+S) proposes its "
                "events (Enter accepts one), or select a passage and press Ctrl+E.", 15000)

    def show_shortcuts(self) -> None:
        rows = "".join(f"<tr><td>{name}</td><td><b>{keys}</b></td></tr>"
                       for name, keys in shortcut_table() if keys)
        QMessageBox.information(self.parent_widget, "Keyboard shortcuts",
                                f"<table>{rows}</table>")

    def show_about(self) -> None:
        QMessageBox.about(
            self.parent_widget, "About Timeline Annotator",
            "Timeline Annotator: read news articles beside an editable chronology.\n\n"
            f"Project file: {self.project_path}")
