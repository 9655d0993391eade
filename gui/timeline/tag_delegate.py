"""Tags in the timeline drawn as small chips coloured by kind.

The Tags column is kept narrow so the title keeps the width (see
``gui.window.window_layout.timeline_columns``); a chip per tag shows its name
only, its kind as the colour, and the chips that do not fit end in "+N".
The full text is the cell's tooltip (``TimelineModel.data``), and editing the
cell still types the plain ``actor:Ukraine, drones`` text.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate

from storage.tags import parse_tags

# Light fills, dark text: readable on the table's alternating rows and when selected.
KIND_COLOURS = {"actor": "#dbe7f5", "place": "#dcefd8", "topic": "#f7e3c6", "other": "#e6e6e6"}
CHIP_PAD = 4  # pixels of fill either side of a chip's text
CHIP_GAP = 3  # pixels between chips


def chip_colour(kind: str) -> QColor:
    return QColor(KIND_COLOURS.get(kind, KIND_COLOURS["other"]))


class TagChipDelegate(QStyledItemDelegate):
    """Paints a tag cell as chips; editing is the default line edit."""

    def paint(self, painter, option, index) -> None:
        text = index.data(Qt.DisplayRole) or ""
        if not text:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style is not None:  # background, selection, focus: as any other cell
            style.drawControl(QStyle.CE_ItemViewItem, option, painter, option.widget)
        tags = parse_tags(text)
        metrics = QFontMetrics(option.font)
        rect = option.rect.adjusted(2, 3, -2, -3)
        painter.save()
        painter.setRenderHint(painter.RenderHint.Antialiasing)
        x = rect.left()
        for position, tag in enumerate(tags):
            rest = len(tags) - position - 1
            more = f"+{rest + 1}"
            more_width = metrics.horizontalAdvance(more) + 2 * CHIP_PAD
            width = metrics.horizontalAdvance(tag.name) + 2 * CHIP_PAD
            room = rect.right() - x - (more_width + CHIP_GAP if rest else 0)
            if width > room:
                if position == 0 and room > 3 * CHIP_PAD + metrics.horizontalAdvance("…"):
                    self._chip(painter, metrics, QRectF(x, rect.top(), room, rect.height()),
                               tag.name, chip_colour(tag.kind))
                    x += room + CHIP_GAP
                    more = f"+{rest}" if rest else ""
                if more:
                    self._more(painter, option, x, rect, more)
                break
            self._chip(painter, metrics, QRectF(x, rect.top(), width, rect.height()),
                       tag.name, chip_colour(tag.kind))
            x += width + CHIP_GAP
        painter.restore()

    @staticmethod
    def _chip(painter, metrics, rect: QRectF, name: str, colour: QColor) -> None:
        painter.setPen(Qt.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(rect, 4, 4)
        painter.setPen(QColor("#1f2933"))
        inner = rect.adjusted(CHIP_PAD, 0, -CHIP_PAD, 0)
        shown = metrics.elidedText(name, Qt.ElideRight, int(inner.width()))
        painter.drawText(inner, int(Qt.AlignVCenter | Qt.AlignLeft), shown)

    @staticmethod
    def _more(painter, option, x: float, rect, more: str) -> None:
        selected = option.state & QStyle.State_Selected
        role = QPalette.HighlightedText if selected else QPalette.Text
        painter.setPen(option.palette.color(role))
        painter.drawText(QRectF(x, rect.top(), rect.right() - x, rect.height()),
                         int(Qt.AlignVCenter | Qt.AlignLeft), more)
