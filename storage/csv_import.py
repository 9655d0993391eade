"""Reading a timeline CSV into a project: a preview first, then all or nothing.

``read_timeline_csv`` never writes: it decodes the bytes, detects the layout
from the header (storage.exchange_formats), reads every row and returns an
``ImportPlan``, the preview the analyst accepts or cancels: rows with their
line numbers and status, and the problems found ("line 7: “31 February
2025” is not a real date..."). Any bytes at all give a plan or a
``CsvImportError`` with messages, never another exception. ``apply_plan``
then writes the new events in one transaction and refuses a plan with
errors, so a bad row means nothing is imported.

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
import uuid as uuidlib
from dataclasses import dataclass, field
from pathlib import Path

from storage.acled_export import read_acled
from storage.cited_sources import ImportBatch, add_cited
from storage.csv_export import restore_neutralised
from storage.events import date_columns
from storage.exchange_formats import (
    Layout,
    ParsedEvent,
    RowProblem,
    SkipRow,
    detect,
    read_generic,
    read_ours,
)
from storage.source_grades import grade_imported
from storage.timelinejs_export import read_timelinejs

MAX_BYTES = 256 * 1024 * 1024
_NOT_CSV = ((b"PK\x03\x04", "an Excel workbook or another ZIP file; save it as “CSV UTF-8”"),
            (b"\xd0\xcf\x11\xe0", "an old Excel workbook; save it as “CSV UTF-8”"),
            (b"%PDF-", "a PDF document"), (b"SQLite format 3\x00", "a project file"),
            (b"\x89PNG", "an image"), (b"\xff\xd8\xff", "an image"))


class CsvImportError(Exception):
    """The file cannot be imported at all; ``messages`` say why, one per line."""

    def __init__(self, messages: list[str] | str):
        self.messages = [messages] if isinstance(messages, str) else list(messages)
        super().__init__("\n".join(self.messages))


@dataclass(frozen=True)
class Problem:
    line: int | None
    message: str
    kind: str = "error"   # error | duplicate | warning | skipped

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}" if self.line else self.message


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
            text += f", {len(self.errors)} error{'s' * (len(self.errors) != 1)}: nothing will be imported"
        return text


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


def _delimiter(text: str) -> str:
    """Comma, unless the header line plainly uses semicolons or tabs (European Excel)."""
    first = text.split("\n", 1)[0]
    counts = {d: first.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=counts.get)
    return best if counts[best] > counts[","] else ","


def read_timeline_csv(data: bytes, name: str = "The file", project=None, *,
                      group_kind: str = "other") -> ImportPlan:
    """Preview an import of ``data``; with ``project``, rows already in it are marked."""
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
    layout = detect(header)
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
    seen: dict[str, int] = {}
    try:
        for line, cells in records:
            _read_row(plan, line, cells, seen, project, group_kind)
    except csv.Error as exc:
        plan.problems.append(Problem(reader.line_num, f"the file is not valid CSV here ({exc})"))
    return plan


def _records(reader):
    """(first line number, cells) per record, blank lines skipped."""
    line = 1
    for cells in reader:
        if any(cell.strip() for cell in cells):
            yield line, cells
        line = reader.line_num + 1


def _read_row(plan, line, cells, seen, project, group_kind) -> None:
    layout = plan.layout
    header = layout.header
    row: dict[str, str] = {}
    for name, cell in zip(header, cells):
        row.setdefault(name, restore_neutralised(cell))
    if any(cell.strip() for cell in cells[len(header):]):
        plan.problems.append(Problem(line, f"{len(cells) - len(header)} cells beyond the "
                                     "header's columns were ignored", "warning"))
    try:
        if layout.key == "ours":
            event = read_ours(row)
        elif layout.key == "timelinejs":
            event = read_timelinejs(row, group_kind)
        elif layout.key == "acled":
            event = read_acled(row)
        else:
            event = read_generic(row, layout)
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
        message = f"the same event as line {seen[event.uuid]} (same UUID)"
        plan.problems.append(Problem(line, message, "error" if layout.key == "ours"
                                     else "skipped"))
        plan.rows.append(RowResult(line, "error" if layout.key == "ours" else "skipped",
                                   event, message))
        return
    if event.uuid:
        seen[event.uuid] = line
    if project is not None and event.uuid and _has_uuid(project, event.uuid):
        message = f"“{event.title}” is already in the project; it will not be imported again"
        plan.problems.append(Problem(line, message, "duplicate"))
        plan.rows.append(RowResult(line, "duplicate", event, message))
        return
    plan.rows.append(RowResult(line, "new", event))


def _has_uuid(project, uuid: str) -> bool:
    return project.db.execute("SELECT 1 FROM events WHERE uuid = ?", [uuid]).fetchone() is not None


def plan_file(path: str | Path, project=None, **options) -> ImportPlan:
    path = Path(path)
    try:
        if path.stat().st_size > MAX_BYTES:
            raise CsvImportError(f"{path.name} is larger than {MAX_BYTES >> 20} MB.")
        data = path.read_bytes()
    except OSError as exc:
        raise CsvImportError(f"{path.name} cannot be read: {exc.strerror}.") from None
    return read_timeline_csv(data, path.name, project, **options)


def apply_plan(project, plan: ImportPlan) -> ImportBatch:
    """Write the plan's new events in one transaction; refuse if it has errors."""
    from storage.project import now_iso

    if plan.errors:
        raise CsvImportError([f"{plan.name} has {len(plan.errors)} problem(s); nothing was "
                              "imported."] + [str(p) for p in plan.errors])
    batch = ImportBatch()
    stamp = now_iso()
    with project.change() as db:
        batch.note_tags_before(project)
        events = [e for e in plan.new_events if not (e.uuid and _has_uuid(project, e.uuid))]
        taken = {row[0] for row in db.execute("SELECT id FROM events")}
        keep, renumber = [], []
        for event in events:  # numbers from the file first, so no new number takes one
            if event.wanted_id and event.wanted_id not in taken:
                taken.add(event.wanted_id)
                keep.append((event, event.wanted_id))
            else:
                renumber.append((event, None))
        for event, event_id in keep + renumber:
            uuid = event.uuid or str(uuidlib.uuid4())
            cursor = db.execute(
                "INSERT INTO events (id, uuid, title, description, date_value, date_earliest, "
                "date_latest, date_precision, date_approximate, location, confidence, "
                "created_at, updated_at) VALUES (:id, :uuid, :title, :description, "
                ":date_value, :date_earliest, :date_latest, :date_precision, "
                ":date_approximate, :location, :confidence, :stamp, :stamp)",
                {"id": event_id, "uuid": uuid,
                 "title": event.title, "description": event.description,
                 "location": event.location, "confidence": event.confidence,
                 "stamp": stamp, **date_columns(event.date)})
            batch.ids["events"].append(cursor.lastrowid)
            project.tags.link(cursor.lastrowid, event.tags)
            batch.replace_orphans(project, uuid)
            cited = add_cited(project, uuid, list(event.sources))
            batch.ids["event_sources"].extend(cited)
            batch.ids["outlet_grades"].extend(
                grade_imported(project, event.sources, event.grades, cited))
        batch.note_tags_after(project)
    return batch
