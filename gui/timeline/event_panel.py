"""The selected event's details, edited in place.

Typing commits to the project as it happens (nothing on screen is ever
unsaved); successive keystrokes in one field merge into a single undo step.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from gui.commands.event_commands import EditEvent, EditPassageNote, UnlinkPassage
from gui.commands.source_commands import GradeOutlet, GradePassage, SetSourceDate
from storage.corroboration import (
    CREDIBILITY_NAMES,
    RELIABILITY,
    RELIABILITY_NAMES,
    SourceLine,
    disagreement,
    distinct_sources,
    event_sources,
    short_outlet,
    shown_date,
)
from storage.events import CONFIDENCE_LEVELS
from storage.passage_dates import typed_source_date
from storage.tags import format_tags, parse_tags
from temporal.dates import DateParseError, parse_date

_edit_groups = itertools.count(1)


class EventPanel(QWidget):
    passageActivated = Signal(int, int)  # article id, annotation id
    failed = Signal(str)

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.setObjectName("eventPanel")
        self.session = session
        self.event_id: int | None = None
        self._loading = False
        self._group = next(_edit_groups)

        self.heading = QLabel("No event selected")
        self.heading.setObjectName("eventHeading")
        self.heading.setWordWrap(True)
        self.title = QLineEdit(objectName="eventTitle")
        self.date = QLineEdit(objectName="eventDate")
        self.date.setPlaceholderText("e.g. 1 July 2025, Nov 2024, 2025-06-28 to 2025-06-29")
        # While typing: how the field reads the date, before it is committed.
        self.date_reading = QLabel(objectName="eventDateReading")
        self.date_reading.setStyleSheet("color: #52606d;")
        self.date_reading.hide()
        self.date_message = QLabel(objectName="eventDateMessage")
        self.date_message.setStyleSheet("color: #b00020;")
        self.date_message.setWordWrap(True)
        self.date_message.hide()
        self.location = QLineEdit(objectName="eventLocation")
        self.tags = QLineEdit(objectName="eventTags")
        self.tags.setPlaceholderText("No tags. Type kind:name, separated by commas "
                                     "(kinds: actor, place, topic)")
        self.confidence = QComboBox(objectName="eventConfidence")
        self.confidence.addItems([level or "—" for level in CONFIDENCE_LEVELS])
        self.description = QPlainTextEdit(objectName="eventDescription")
        self.description.setTabChangesFocus(True)
        self.passages = QListWidget(objectName="eventPassages")
        self.passages.setWordWrap(True)
        self.passages.setToolTip("Click a passage to show it in its article; Delete unlinks it.")
        self.passage_note = QLineEdit(objectName="passageNote")
        self.passage_note.setPlaceholderText("Select a passage above to write a note on it")
        # What the sources say together (issue 12): outlets, disagreeing dates, a lost
        # last source; and the Admiralty grades of the chosen passage's source.
        self.sources_summary = QLabel(objectName="eventSources", wordWrap=True)
        self.reliability = QComboBox(objectName="outletReliability")
        self.reliability.addItems(["—"] + [f"{g} — {RELIABILITY_NAMES[g]}" for g in RELIABILITY])
        self.reliability.setToolTip("Source reliability of the chosen passage's outlet "
                                    "(Admiralty A–F): remembered for all its articles")
        self.credibility = QComboBox(objectName="passageCredibility")
        self.credibility.addItems(["—"] + [f"{n} — {CREDIBILITY_NAMES[n]}" for n in range(1, 7)])
        self.credibility.setToolTip("Credibility of the chosen passage's information "
                                    "(Admiralty 1–6)")
        # The date the chosen passage's source gives ("" none): found when it was
        # linked, corrected here; sources giving different dates make "dates differ".
        self.source_date = QLineEdit(objectName="passageSourceDate")
        self.source_date.setPlaceholderText("No date of its own")
        self.source_date.setToolTip("The date the chosen passage's source gives the event; "
                                    "Enter keeps it, empty removes it")
        self.source_date_message = QLabel(objectName="passageSourceDateMessage", wordWrap=True)
        self.source_date_message.setStyleSheet("color: #b00020;")
        self.source_date_message.hide()

        form = QFormLayout()
        form.addRow("&Title", self.title)
        form.addRow("&Date", self.date)
        form.addRow("", self.date_reading)
        form.addRow("", self.date_message)
        form.addRow("&Location", self.location)
        form.addRow("T&ags", self.tags)
        form.addRow("&Confidence", self.confidence)
        form.addRow("Descri&ption", self.description)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(QLabel("Linked passages"))
        layout.addWidget(self.sources_summary)
        layout.addWidget(self.passages, 1)
        layout.addWidget(self.passage_note)
        grades = QFormLayout()
        grades.addRow("Source &reliability", self.reliability)
        grades.addRow("C&redibility", self.credibility)
        grades.addRow("Source's dat&e", self.source_date)
        grades.addRow("", self.source_date_message)
        layout.addLayout(grades)

        self.title.textEdited.connect(lambda text: self._edit("title", text, merge=True))
        self.location.textEdited.connect(lambda text: self._edit("location", text, merge=True))
        self.description.textChanged.connect(
            lambda: self._edit("description", self.description.toPlainText(), merge=True))
        self.date.editingFinished.connect(self._commit_date)
        self.date.textEdited.connect(self._show_reading)
        self.tags.editingFinished.connect(
            lambda: self._edit("tags", parse_tags(self.tags.text())))
        self.confidence.activated.connect(
            lambda i: self._edit("confidence", CONFIDENCE_LEVELS[i]))
        self.passages.itemActivated.connect(self._activate_passage)
        self.passages.itemClicked.connect(self._activate_passage)
        self.passages.currentItemChanged.connect(lambda *_: self._show_note())
        self.passage_note.textEdited.connect(self._edit_note)
        self.reliability.activated.connect(self._grade_outlet)
        self.credibility.activated.connect(self._grade_passage)
        self.source_date.editingFinished.connect(self._commit_source_date)
        self._sources: dict[int, SourceLine] = {}  # annotation id -> its source, as read
        for widget in (self.title, self.location, self.description, self.passage_note):
            widget.installEventFilter(self)
        # The articles of the event's passages, in order (the window follows them).
        self.passage_articles: list[int] = []
        self._notes: dict[int, str] = {}  # annotation id -> note, as last read
        self._event = None  # the event as last read (what the fields show)
        session.changed.connect(self._on_changed)
        self.set_event(None)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == event.Type.FocusIn:
            self._group = next(_edit_groups)  # a new visit to a field is a new undo step
        return False

    # -- showing -------------------------------------------------------------
    def set_event(self, event_id: int | None) -> None:
        """Show this event.  The same event again (the selection model tells of
        a new current row and a new selection one after the other) is not read
        again: what changes it comes with a change record."""
        same = event_id is not None and event_id == self.event_id and self._event is not None
        self.event_id = event_id
        self._group = next(_edit_groups)
        self.setEnabled(event_id is not None)
        self._load(force=True, passages=not same, read=not same)

    def _on_changed(self, changes) -> None:
        event_id = self.event_id
        if event_id is None:
            return
        if event_id in changes.events_removed:
            self.set_event(None)
            return
        passages = (any(e == event_id for _a, e in changes.passages)
                    or set(self.passage_articles) & (changes.articles_updated
                                                     | changes.articles_removed))
        if event_id in changes.events_updated or passages:
            self._load(force=False, passages=bool(passages))

    def _load(self, force: bool, passages: bool = True, read: bool = True) -> None:
        """Show the event's fields (and its passages, unless only fields changed);
        without ``read``, as last read."""
        self._loading = True
        try:
            event = None if read else self._event
            if read and self.event_id is not None:
                try:
                    event = self.session.project.events.get(self.event_id)
                except KeyError:
                    pass
            self._event = event
            if event is None:
                self.event_id = None
                self.heading.setText("No event selected. Select one in the timeline, or "
                                     "select text and press Ctrl+E to make one.")
                for widget in (self.title, self.date, self.location, self.tags):
                    widget.clear()
                self.description.clear()
                self.passages.clear()
                self.sources_summary.clear()
                self._sources = {}
                self.date_message.hide()
                self.date_reading.hide()
                self.passage_articles = []
                self._notes = {}
                self._show_note()
                return
            self.heading.setText(f"Event · {event.date.display if event.date else 'undated'}")
            values = ((self.title, event.title), (self.location, event.location),
                      (self.date, event.date.display if event.date else ""),
                      (self.tags, format_tags(event.tags)))
            for widget, value in values:
                if force or (not widget.hasFocus() and widget.text() != value):
                    widget.setText(value)
                    widget.setCursorPosition(0)  # show the start of a long title
            if force or (not self.description.hasFocus()
                         and self.description.toPlainText() != event.description):
                self.description.setPlainText(event.description)
            self.confidence.setCurrentIndex(max(0, CONFIDENCE_LEVELS.index(event.confidence)
                                                if event.confidence in CONFIDENCE_LEVELS else 0))
            if force:
                self.date_message.hide()
                self.date_reading.hide()
            if passages:
                self._load_passages()
        finally:
            self._loading = False

    def _load_passages(self) -> None:
        """The event's passages; the one that was current stays current, so a
        note being typed keeps its passage."""
        current = self.current_passage()
        self.passages.blockSignals(True)
        self.passages.clear()
        project = self.session.project
        lines = event_sources(project, self.event_id)  # passages and cited sources
        found = [(line.passage, line.title) for line in lines if line.passage is not None]
        self.passage_articles = list(dict.fromkeys(p.article_id for p, _t in found))
        self._notes = {passage.id: passage.note for passage, _t in found}
        self._sources = {line.annotation_id: line for line in lines
                         if line.annotation_id is not None}
        self.sources_summary.setText(self._summary(lines))
        for passage, title in found:
            title = title or "untitled"
            note = f"\n✎ {passage.note}" if passage.note else ""
            line = self._sources.get(passage.id)
            about = ""
            if line is not None:
                parts = [short_outlet(line.outlet) if line.outlet else "",
                         f"gives {shown_date(line.date)}" if line.date else "",
                         f"graded {line.grade}" if line.grade else ""]
                about = " · ".join(part for part in parts if part)
                about = f" ({about})" if about else ""
            item = QListWidgetItem(f"“{passage.quote}”\n— {title}{about}{note}")
            item.setData(Qt.UserRole, (passage.article_id, passage.id))
            item.setToolTip(f"…{passage.prefix}[{passage.quote}]{passage.suffix}…")
            self.passages.addItem(item)
            if passage.id == current:
                self.passages.setCurrentItem(item)
        self.passages.blockSignals(False)
        self._show_note()

    def _summary(self, lines) -> str:
        """"3 outlets", "Single source", "Sources disagree: …", "No source left…"."""
        count = distinct_sources(lines)
        lost = self._event.sources_lost if self._event is not None else ""
        differ = disagreement((line.date, line.outlet, line.annotation_id) for line in lines
                              if line.date)
        if lost and not count:
            text = ("⚠ No source left: the article that was its last source was deleted. "
                    "Link a passage (Ctrl+L) or delete the event.")
        elif count == 0:
            text = "No sources yet: select a passage and press Ctrl+L to link it."
        elif count == 1:
            text = "⚠ Single source: no other outlet reports it."
        else:
            text = f"{count} outlets report it."
        cited = sum(1 for line in lines if line.annotation_id is None)
        if cited:
            text += f" {cited} cited source{'s' if cited != 1 else ''} from an import."
        if differ:
            text += f"\n⚠ Sources disagree on the date: {differ}"
        return text

    def current_passage(self) -> int | None:
        """The annotation id of the passage chosen in the list, if any."""
        item = self.passages.currentItem()
        return item.data(Qt.UserRole)[1] if item is not None else None

    def _show_note(self) -> None:
        passage = self.current_passage()
        self.passage_note.setEnabled(passage is not None)
        line = self._sources.get(passage) if passage is not None else None
        self.reliability.setEnabled(line is not None and bool(line.outlet))
        self.credibility.setEnabled(line is not None)
        self.reliability.setCurrentIndex(
            RELIABILITY.index(line.reliability) + 1 if line and line.reliability else 0)
        self.credibility.setCurrentIndex((line.credibility or 0) if line else 0)
        self.source_date.setEnabled(line is not None)
        self.source_date_message.hide()
        if not self.source_date.hasFocus():
            self.source_date.setText(shown_date(line.date) if line and line.date else "")
        note = self._notes.get(passage, "") if passage is not None else ""
        if self.passage_note.text() != note:  # typing stores what it shows: no reset
            self.passage_note.setText(note)

    def _edit_note(self, text: str) -> None:
        passage = self.current_passage()
        if self._loading or passage is None or self._notes.get(passage) == text:
            return
        try:
            self.session.push(EditPassageNote(self.session, passage, text, self._group))
        except Exception as exc:
            self.failed.emit(str(exc))

    def _grade_outlet(self, index: int) -> None:
        line = self._sources.get(self.current_passage())
        grade = RELIABILITY[index - 1] if index > 0 else ""
        if line is None or not line.outlet or grade == line.reliability:
            return
        try:
            self.session.push(GradeOutlet(self.session, line.outlet, grade))
        except Exception as exc:
            self.failed.emit(str(exc))

    def _grade_passage(self, index: int) -> None:
        passage = self.current_passage()
        line = self._sources.get(passage)
        value = index or None
        if line is None or value == line.credibility:
            return
        try:
            self.session.push(GradePassage(self.session, passage, value))
        except Exception as exc:
            self.failed.emit(str(exc))

    def _commit_source_date(self) -> None:
        """Enter in Source's date: the chosen passage's date as typed ("" none)."""
        passage = self.current_passage()
        line = self._sources.get(passage)
        text = self.source_date.text().strip()
        if self._loading or line is None or text == (shown_date(line.date) if line.date
                                                     else ""):
            return
        try:
            value = typed_source_date(text)
        except DateParseError as exc:
            self.source_date_message.setText(f"{exc} The source's date was not changed.")
            self.source_date_message.show()
            return
        self.source_date_message.hide()
        if value == line.date:
            return
        try:
            self.session.push(SetSourceDate(self.session, passage, value))
        except Exception as exc:
            self.failed.emit(str(exc))

    # -- editing -------------------------------------------------------------
    def _edit(self, field: str, value, merge: bool = False) -> None:
        if self._loading or self.event_id is None:
            return
        if self._event is not None and getattr(self._event, field) == value:
            return
        if field == "title" and not str(value).strip():
            return  # an empty title is not saved; the previous one stays
        command = EditEvent(self.session, self.event_id, field, value,
                            merge=merge, group=self._group)
        try:
            self.session.push(command)
        except Exception as exc:
            self.failed.emit(str(exc))

    def _show_reading(self, text: str) -> None:
        """Say how the typed date reads ("7/1/2025" → 7 Jan 2025) before Enter."""
        text = text.strip()
        if not text:
            self.date_reading.setText("Empty: the event becomes undated.")
        else:
            try:
                date = parse_date(text)
            except DateParseError:
                self.date_reading.setText("Not a date yet.")
            else:
                self.date_reading.setText(
                    f"Reads as {date.display} ({date.precision.value}); Enter keeps it.")
        self.date_reading.show()

    def _commit_date(self) -> None:
        self.date_reading.hide()
        if self._loading or self.event_id is None:
            return
        text = self.date.text().strip()
        try:
            date = parse_date(text) if text else None
        except DateParseError as exc:
            self.date_message.setText(f"{exc} The date was not changed.")
            self.date_message.show()
            return
        self.date_message.hide()
        self._edit("date", date)
        if not self.date.hasFocus() and self._event is not None:
            stored = self._event.date  # as saved, or as it was if the edit was refused
            self.date.setText(stored.display if stored else "")

    def _activate_passage(self, item: QListWidgetItem) -> None:
        article_id, annotation_id = item.data(Qt.UserRole)
        self.passageActivated.emit(article_id, annotation_id)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key_Delete, Qt.Key_Backspace) and self.passages.hasFocus():
            item = self.passages.currentItem()
            if item is not None:
                try:
                    self.session.push(UnlinkPassage(self.session, item.data(Qt.UserRole)[1]))
                except Exception as exc:
                    self.failed.emit(str(exc))
                return
        super().keyPressEvent(event)
