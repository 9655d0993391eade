"""Reading a timeline CSV into a project: a preview first, then all or nothing.

``read_timeline_csv`` never writes: it decodes the bytes, detects the layout
from the header (storage.exchange.layouts, with the formats of timeline_csv,
timelinejs and acled), reads every row and returns an ``ImportPlan``, the
preview the analyst accepts or cancels: rows with their line numbers and
status, and the problems found ("line 7: “31 February 2025” is not a real
date..."). Any bytes at all give a plan or a ``CsvImportError`` with
messages, never another exception. A long file reports progress and can be
cancelled (the GUI reads it on a worker thread); rows already in the project
are then marked by ``mark_existing`` on the project's own thread.

``apply_plan`` writes exactly the events the preview showed, in one
transaction, and refuses a plan with errors, so a bad row means nothing is
imported. ``apply_plan_in_steps`` is the same write as steps of that one
transaction, for a window that runs one step per event-loop turn. The checks
that decide whether a row can be written all run while reading (one
validation path), so what previews clean applies clean.

Our own export reads back exactly: UUIDs are kept (a row whose UUID is in
the project already is reported and skipped, not duplicated), and so is
``event_id``, the event's number in the exporting project, whenever that
number is free here; otherwise the event gets a new number. Importing our
export into an empty project therefore re-exports byte for byte. NUL
characters are removed (with a warning): exports never write them.
"""

from __future__ import annotations

import codecs
import csv
import io
import threading
import uuid as uuidlib
from collections.abc import Callable, Generator
from dataclasses import dataclass, field
from pathlib import Path

from storage.events import date_columns
from storage.exchange import acled, event_writing, timeline_csv, timelinejs
from storage.exchange.cells import restore_neutralised
from storage.exchange.event_writing import (
    existing,
    run_steps,
    write_events_in_steps,
)
from storage.exchange.files import MAX_INPUT_BYTES, read_input
from storage.exchange.import_undo import ImportBatch
from storage.exchange.layouts import Layout, ParsedEvent, RowProblem, SkipRow, detect
from storage.exchange.problems import ExchangeError, ImportCancelled, Problem
from storage.project import now_iso
from storage.source_grades import grade_imported

FORMATS = (timeline_csv.FORMAT, timelinejs.FORMAT, acled.FORMAT)
MAX_BYTES = MAX_INPUT_BYTES
PROGRESS_EVERY = 2000  # rows between progress reports and checks for Cancel
_NOT_CSV = ((b"PK\x03\x04", "an Excel workbook or another ZIP file; save it as “CSV UTF-8”"),
            (b"\xd0\xcf\x11\xe0", "an old Excel workbook; save it as “CSV UTF-8”"),
            (b"%PDF-", "a PDF document"), (b"SQLite format 3\x00", "a project file"),
            (b"\x89PNG", "an image"), (b"\xff\xd8\xff", "an image"))

Progress = Callable[[int, int], None]  # (lines read, lines in the file)


class CsvImportError(ExchangeError):
    """The CSV file cannot be imported at all."""


@dataclass
class RowResult:
    """One data row of the file as the preview shows it."""

    line: int
    status: str            # new | duplicate | error | skipped
    event: ParsedEvent | None = None
    message: str = ""


@dataclass
class ImportPlan:
    name: str
    layout: Layout
    rows: list[RowResult] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.kind == "error"]

    @property
    def new_events(self) -> list[ParsedEvent]:
        return [r.event for r in self.rows if r.status == "new"]

    def summary(self) -> str:
        counts = {s: sum(r.status == s for r in self.rows) for s in ("new", "duplicate")}
        text = (f"{counts['new']} new event{'s' * (counts['new'] != 1)}, "
                f"{counts['duplicate']} already in the project")
        if self.errors:
            count = len(self.errors)
            text += f", {count} error{'s' * (count != 1)}: nothing will be imported"
        return text

    def mark_existing(self, project) -> None:
        """Mark the new rows whose UUID the project already holds (bulk queries)."""
        rows = [r for r in self.rows if r.status == "new" and r.event.uuid]
        there = existing(project.db, "events", "uuid", (r.event.uuid for r in rows))
        for row in rows:
            if row.event.uuid in there:
                row.status = "duplicate"
                row.message = (f"“{row.event.title}” is already in the project; "
                               "it will not be imported again")
                self.problems.append(Problem(row.line, row.message, "duplicate"))
        self.problems.sort(key=lambda p: p.line or 0)


def decode(data: bytes, name: str) -> tuple[str, list[Problem]]:
    """The file's text: UTF-8 (with or without BOM), UTF-16/32 with a BOM, else cp1252."""
    notes: list[Problem] = []
    if not data.strip():
        raise CsvImportError(f"{name} is empty.")
    for magic, what in _NOT_CSV:
        if data.startswith(magic):
            raise CsvImportError(f"{name} is not a CSV file: it looks like {what}.")
    boms = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
            (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
            (codecs.BOM_UTF16_BE, "utf-16"))
    codec = next((c for bom, c in boms if data.startswith(bom)), None)
    if codec is None:
        codec = _utf16_without_bom(data)
        if codec:
            notes.append(Problem(None, f"{name} is UTF-16 text without a byte-order mark; "
                                 "it was read as such.", "warning"))
    try:
        text = data.decode(codec or "utf-8")
    except UnicodeDecodeError:
        if codec:
            label = codec.upper().replace("-SIG", "")
            raise CsvImportError(f"{name} starts with a byte-order mark but is not "
                                 f"valid {label} text.") from None
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise CsvImportError(f"{name} is not UTF-8 text. Save it as “CSV UTF-8” "
                                 "and import it again.") from None
        notes.append(Problem(None, f"{name} is not UTF-8; it was read as Windows-1252. "
                             "Check accented letters in the preview.", "warning"))
    if "\x00" in text:
        notes.append(Problem(None, f"{text.count(chr(0))} NUL characters were removed "
                             "(they are not text).", "warning"))
        text = text.replace("\x00", "")
    return text, notes


def _utf16_without_bom(data: bytes) -> str | None:
    """"utf-16-le"/"-be" for UTF-16 text without a byte-order mark, else None.

    Its Latin letters, digits and separators (a header row at least) have a
    NUL as their high byte, so NULs are common and all on one side of each
    byte pair; UTF-8 and cp1252 text has none. The text must then decode.
    """
    sample = data[:4096] if len(data) % 2 == 0 else data[:4095]
    odd, even = sample[1::2].count(0), sample[0::2].count(0)
    for nuls, other, codec in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if nuls >= max(2, len(sample) // 20) and other <= nuls // 20:
            try:
                data.decode(codec)
            except UnicodeDecodeError:
                return None
            return codec
    return None


def _delimiter(text: str) -> str:
    """Comma, unless the header line plainly uses semicolons or tabs (European Excel)."""
    first = text.split("\n", 1)[0]
    counts = {d: first.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=counts.get)
    return best if counts[best] > counts[","] else ","


def read_timeline_csv(data: bytes, name: str = "The file", project=None, *,
                      group_kind: str = "other", progress: Progress | None = None,
                      cancel: threading.Event | None = None) -> ImportPlan:
    """Preview an import of ``data``; with ``project``, rows already in it are marked.

    Without ``project`` this touches no database, so it may run on any thread;
    ``progress`` is called every few thousand rows, and a set ``cancel`` ends
    the reading with ImportCancelled.
    """
    text, notes = decode(data, name)
    delimiter = _delimiter(text)
    csv.field_size_limit(max(csv.field_size_limit(), MAX_BYTES))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    records = _records(reader)
    try:
        _, header = next(records)
    except StopIteration:
        raise CsvImportError(f"{name} has no header row.") from None
    except csv.Error as exc:
        raise CsvImportError(f"{name}, line {reader.line_num}: {exc}.") from None
    layout = detect(header, FORMATS)
    if layout is None:
        shown = ", ".join(cell.strip() for cell in header[:8] if cell.strip())[:200]
        raise CsvImportError([f"{name} is not a timeline this program can read: its header "
                              f"({shown or 'empty'}) has no date and title columns.",
                              "Known layouts: our own CSV export, TimelineJS's spreadsheet "
                              "template, ACLED's columns, or any CSV with a date and a title "
                              "column."])
    plan = ImportPlan(name, layout, problems=notes)
    if delimiter != ",":
        plan.problems.append(Problem(None, f"read with “{delimiter}” as the separator",
                                     "warning"))
    total = text.count("\n") + 1
    seen: dict[str, int] = {}
    try:
        for count, (line, cells) in enumerate(records, 1):
            if count % PROGRESS_EVERY == 0:
                if cancel is not None and cancel.is_set():
                    raise ImportCancelled(name)
                if progress is not None:
                    progress(line, total)
            _read_row(plan, line, cells, seen, group_kind)
    except csv.Error as exc:
        plan.problems.append(Problem(reader.line_num, f"the file is not valid CSV here ({exc})"))
    if progress is not None:
        progress(total, total)
    if project is not None:
        plan.mark_existing(project)
    return plan


def _records(reader):
    """(first line number, cells) per record, blank lines skipped."""
    line = 1
    for cells in reader:
        if any(cell.strip() for cell in cells):
            yield line, cells
        line = reader.line_num + 1


def _read_row(plan: ImportPlan, line: int, cells: list[str], seen: dict[str, int],
              group_kind: str) -> None:
    layout = plan.layout
    header = layout.header
    row: dict[str, str] = {}
    for name, cell in zip(header, cells):
        row.setdefault(name, restore_neutralised(cell))
    if any(cell.strip() for cell in cells[len(header):]):
        plan.problems.append(Problem(line, f"{len(cells) - len(header)} cells beyond the "
                                     "header's columns were ignored", "warning"))
    try:
        event = layout.read(row, group_kind)
    except RowProblem as exc:
        message, status = str(exc).rstrip("."), "skipped" if isinstance(exc, SkipRow) else "error"
        plan.problems.append(Problem(line, message, status))
        plan.rows.append(RowResult(line, status, message=message))
        return
    if event is None:
        plan.rows.append(RowResult(line, "skipped", message="title slide"))
        return
    plan.problems.extend(Problem(line, w, "warning") for w in event.warnings)
    if event.uuid and event.uuid in seen:
        status = "error" if layout.key == "ours" else "skipped"
        message = f"the same event as line {seen[event.uuid]} (same UUID)"
        plan.problems.append(Problem(line, message, status))
        plan.rows.append(RowResult(line, status, event, message))
        return
    if event.uuid:
        seen[event.uuid] = line
    plan.rows.append(RowResult(line, "new", event))


def plan_file(path: str | Path, project=None, **options) -> ImportPlan:
    """Preview the import of a file (only a regular file is read)."""
    data = read_input(path, CsvImportError, MAX_BYTES)
    return read_timeline_csv(data, Path(path).name, project, **options)


def apply_plan(project, plan: ImportPlan) -> ImportBatch:
    """Write the plan's new events in one transaction; refuse if it has errors.

    Rows whose UUID reached the project since the preview are skipped, as
    the preview would now mark them. ``batch.changes`` says what was added.
    """
    return run_steps(apply_plan_in_steps(project, plan))


def apply_plan_in_steps(project, plan: ImportPlan,
                        step: int = 0) -> Generator[tuple[int, int], None, ImportBatch]:
    """``apply_plan`` as steps of one transaction: yields (rows written, rows in all).

    The transaction is open from the first step to the last; closing the
    generator before its end (Cancel) rolls it back, so nothing of the file
    is left in the project. Its return value is the ``ImportBatch``.
    """
    if plan.errors:
        raise CsvImportError([f"{plan.name} has {len(plan.errors)} problem(s); nothing was "
                              "imported."] + [str(p) for p in plan.errors])
    batch = ImportBatch()
    stamp = now_iso()
    step = step or event_writing.STEP_ROWS  # read now: a test may set it
    with project.change() as db:
        batch.note_tags_before(project)
        events = plan.new_events
        there: set[str] = set()
        for first in range(0, len(events), step):  # checked and built a step at a time too
            there |= existing(db, "events", "uuid", (e.uuid for e in events[first:first + step]))
            yield 0, len(events)
        events = [e for e in events if not (e.uuid and e.uuid in there)]
        rows = []
        for first in range(0, len(events), step):
            rows.extend({"id": event.wanted_id, "uuid": event.uuid or str(uuidlib.uuid4()),
                         "title": event.title, "description": event.description,
                         "location": event.location, "confidence": event.confidence,
                         "created_at": stamp, "updated_at": stamp, **date_columns(event.date)}
                        for event in events[first:first + step])
            yield 0, len(events)
        yield from write_events_in_steps(project, rows, [e.tags for e in events],
                                         [e.sources for e in events], batch, step)
        for row, event in zip(rows, events):  # Admiralty grades of the sources (issue 12)
            if event.grades:
                cited = [cid for (cid,) in db.execute(
                    "SELECT id FROM event_sources WHERE event_uuid = ? ORDER BY position",
                    [row["uuid"]])][-len(event.sources):]
                batch.ids["outlet_grades"].extend(
                    grade_imported(project, event.sources, event.grades, cited))
        batch.note_tags_after(project)
    return batch
