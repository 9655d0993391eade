"""Cells that read right to left when their text does (an Arabic event title).

A table lays every cell out in the widget's direction, so an Arabic title in
an English window is aligned on the left and, once elided, loses its end on
the wrong side: the beginning of the sentence is cut and "…" lands before its
first word. Giving the cell the text's own direction (Unicode bidi rule P2:
the first strong letter) puts the title on the right, elided at its end.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyledItemDelegate


def right_to_left(text: str) -> bool:
    """Whether the first strong letter of ``text`` is right-to-left."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


class TextDirectionDelegate(QStyledItemDelegate):
    def initStyleOption(self, option, index) -> None:
        super().initStyleOption(option, index)
        if right_to_left(option.text):
            option.direction = Qt.RightToLeft
            option.displayAlignment = Qt.AlignLeading | Qt.AlignVCenter
