"""The whole project as JSON, and such a file merged into another project.

CSV carries the chronology; JSON carries everything an analyst needs to hand
a project over: articles with their full text, events with tags, passages
(quote, prefix, suffix and offsets) and cited sources. Rows refer to each
other by UUID, never by row id, so the file can be merged into a project that
already has other rows. Columns are read from the tables themselves, so a
column a later migration adds travels too. The export reads in one snapshot
(storage.exchange.export_reading), so no passage points at an article or
event the file lacks, whatever another window writes meanwhile.

Merging (``read_project_json`` to preview, ``apply_json`` to write, one
transaction, returns an ImportBatch for undo) keeps every UUID. A row whose
UUID is already in the project is reported and not imported again; an
article whose text is already there (same content hash, the rule articles
are deduplicated by) is reused, and the file's passages are linked to it.
A passage whose offsets do not match its quote in the text is found again by
its quote when that is unambiguous, else refused.

The preview checks every value against the column it is going to (text is
text, numbers are whole numbers SQLite can hold, required values are there,
UUIDs are unique) and builds the very rows ``apply_json`` inserts: one
validation path, so a file that previews clean applies clean. Any bytes give
a plan or a ``JsonImportError``, never another exception.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Generator
from dataclasses import dataclass, field
from pathlib import Path

from storage.articles import content_hash
from storage.corroboration import RELIABILITY
from storage.events import CONFIDENCE_LEVELS, date_columns
from storage.exchange import event_writing
from storage.exchange.cited_sources import SOURCE_FIELDS, Source
from storage.exchange.event_writing import (
    MAX_ROWID,
    add_sources,
    existing,
    run_steps,
    write_events_in_steps,
)
from storage.exchange.export_reading import TAG_LINKS, snapshot
from storage.exchange.files import MAX_INPUT_BYTES, atomic_output, read_input
from storage.exchange.import_undo import ImportBatch
from storage.exchange.problems import ExchangeError, Problem
from storage.project import now_iso
from storage.records import TAG_KINDS, Tag
from storage.source_grades import reliability
from temporal.dates import DateParseError, EventDate

FORMAT = "timeline-annotator-project"
VERSION = 1
MAX_LISTED_ERRORS = 200  # a broken file lists its first problems, not a million


class JsonImportError(ExchangeError):
    """The JSON file cannot be imported at all."""


# -- export --------------------------------------------------------------------------
def project_document(project) -> dict:
    """The project as one JSON-ready dict (rows linked by UUID), read as of one moment."""
    db = project.db
    with snapshot(project):
        articles = list(db["articles"].rows_where(order_by="id"))
        events = list(db["events"].rows_where(order_by="id"))
        tags: dict[int, list[dict]] = {}
        for event_id, name, kind in db.execute(TAG_LINKS):
            tags.setdefault(event_id, []).append({"name": name, "kind": kind})
        cursor = db.execute("SELECT n.*, a.uuid AS article_uuid, e.uuid AS event_uuid "
                            "FROM annotations n JOIN articles a ON a.id = n.article_id "
                            "JOIN events e ON e.id = n.event_id ORDER BY n.id")
        names = [d[0] for d in cursor.description]
        passages = [dict(zip(names, row)) for row in cursor]
        cited = list(db["event_sources"].rows_where(
            select="event_uuid, position, " + ", ".join(SOURCE_FIELDS) + ", credibility",
            order_by="event_uuid, position"))
        grades = [{"outlet": outlet, "reliability": grade} for outlet, grade in db.execute(
            "SELECT outlet, reliability FROM outlet_grades ORDER BY outlet")]
    for article in articles:
        del article["id"]
    for event in events:
        event["tags"] = tags.get(event["id"], [])
        event["date"] = event.pop("date_value")
        for derived in ("date_earliest", "date_latest", "date_precision", "date_approximate"):
            event.pop(derived)
    for passage in passages:
        for internal in ("id", "article_id", "event_id"):
            del passage[internal]
    return {"format": FORMAT, "version": VERSION,
            "exported_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
            "articles": articles, "events": events, "annotations": passages,
            "cited_sources": cited, "outlet_grades": grades}


def export_json(project, path: str | Path) -> dict[str, int]:
    """Write the project atomically; returns the counts written, by kind."""
    document = project_document(project)
    with atomic_output(path, newline="\n") as handle:
        json.dump(document, handle, ensure_ascii=False, indent=1)
        handle.write("\n")
    return {key: len(document[key]) for key in ("articles", "events", "annotations")}


# -- preview ---------------------------------------------------------------------------
@dataclass
class JsonPlan:
    """What merging a JSON file would add, and what it found (shown before writing).

    ``articles``, ``events`` and ``annotations`` are the file's items that
    will be added (for the preview); the ``*_rows`` are the checked rows
    ``apply_json`` inserts, exactly.
    """

    name: str
    articles: list[dict] = field(default_factory=list)
    events: list[dict] = field(default_factory=list)
    annotations: list[dict] = field(default_factory=list)
    cited: list[dict] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    existing: dict[str, int] = field(default_factory=dict)  # uuid in file → row id here
    article_rows: list[dict] = field(default_factory=list)
    event_rows: list[dict] = field(default_factory=list)
    event_tags: list[tuple[Tag, ...]] = field(default_factory=list)
    passage_rows: list[dict] = field(default_factory=list)
    cited_rows: list[tuple[str, tuple[Source, ...]]] = field(default_factory=list)
    reused: dict[str, str] = field(default_factory=dict)  # article uuid → earlier one in file
    # Admiralty grades (issue 12): each cited source's credibility by event, in order,
    # and the outlets' reliability the project does not grade yet.
    cited_credibility: dict[str, list] = field(default_factory=dict)
    grades: list[dict] = field(default_factory=list)
    _error_count: int = 0

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.kind == "error"]

    def summary(self) -> str:
        duplicates = sum(p.kind == "duplicate" for p in self.problems)
        text = (f"{_count(self.articles, 'article')}, {_count(self.events, 'event')} and "
                f"{_count(self.annotations, 'passage')} to add; "
                f"{duplicates} already in the project")
        return text + (f"; {len(self.errors)} errors: nothing will be imported"
                       if self.errors else "")

    def error(self, message: str) -> None:
        """Record an error; past MAX_LISTED_ERRORS only that there are more."""
        self._error_count += 1
        if self._error_count <= MAX_LISTED_ERRORS:
            self.problems.append(Problem(None, message))
        elif self._error_count == MAX_LISTED_ERRORS + 1:
            self.problems.append(Problem(None, "… and more problems (the first "
                                         f"{MAX_LISTED_ERRORS} are listed)"))


def _count(items: list, noun: str) -> str:
    return f"{len(items)} {noun}{'' if len(items) == 1 else 's'}"


class _Invalid(ValueError):
    """One item of the file cannot be imported; ``str()`` says why."""


class _Columns:
    """A table's columns as the checks need them: type, required, default."""

    def __init__(self, project, table: str, internal: tuple[str, ...]):
        self.columns = {c.name: c for c in project.db[table].columns if c.name not in internal}

    def row(self, item: dict, where: str, *, skip: tuple[str, ...] = ()) -> dict:
        """The item's values for this table's columns, each checked; unknown keys ignored.

        A missing value gets the column's default, so every row of a bulk insert
        names the same columns (a bulk insert fills absent ones with NULL).
        """
        row = {}
        for name, column in self.columns.items():
            if name in skip:
                continue
            if name in item:
                row[name] = _checked(item[name], column, f"{where}: “{name}”")
            elif column.default_value is not None:
                row[name] = _default(column.default_value)
        return row


def _default(sql: str):
    """A column default as SQLite's schema spells it: ``''``, ``'text'`` or a number."""
    if sql.startswith("'") and sql.endswith("'"):
        return sql[1:-1].replace("''", "'")
    return int(sql)


def _text(value, label: str) -> str:
    if not isinstance(value, str):
        raise _Invalid(f"{label} is not text")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise _Invalid(f"{label} holds an unpaired surrogate (\\ud800–\\udfff), "
                       "which is not text") from None
    return value


def _whole(value, label: str, low: int = -MAX_ROWID - 1) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= MAX_ROWID:
        raise _Invalid(f"{label} is not a whole number a project can hold")
    return value


def _checked(value, column, label: str):
    """``value`` if it fits the column (None only where the column allows it)."""
    if value is None:
        if column.notnull:
            raise _Invalid(f"{label} is missing (null)")
        return None
    if column.type.upper() == "INTEGER":
        return _whole(value, label)
    return _text(value, label)


def _required_text(item: dict, key: str, where: str) -> str:
    value = _text(item.get(key), f"{where}: “{key}”")
    if not value:
        raise _Invalid(f"{where}: “{key}” is empty")
    return value


def _decode(data: bytes, name: str) -> dict:
    def refuse_constant(text: str):
        raise ValueError(f"{text} is not a number JSON allows")

    try:
        document = json.loads(data.decode("utf-8-sig"), parse_constant=refuse_constant)
    except UnicodeDecodeError:
        raise JsonImportError(f"{name} is not a JSON file (it is not UTF-8 text).") from None
    except RecursionError:
        raise JsonImportError(f"{name} is not a project export: its brackets are nested "
                              "too deeply to read.") from None
    except ValueError as exc:  # JSONDecodeError, NaN, numbers of thousands of digits
        raise JsonImportError(f"{name} is not a JSON file ({exc}).") from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise JsonImportError(f"{name} is not a Timeline Annotator project export.")
    version = document.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise JsonImportError(f"{name} has no valid format version.")
    if version > VERSION:
        raise JsonImportError(f"{name} was written by a newer version of Timeline Annotator.")
    for kind in ("articles", "events", "annotations", "cited_sources"):
        items = document.get(kind, [])
        if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
            raise JsonImportError(f"{name}: “{kind}” is not a list of objects.")
    return document


def plan_json_file(path: str | Path, project) -> JsonPlan:
    """Preview merging a file (only a regular file is read)."""
    data = read_input(path, JsonImportError, MAX_INPUT_BYTES)
    return read_project_json(data, Path(path).name, project)


def read_project_json(data: bytes, name: str, project) -> JsonPlan:
    """Preview merging ``data`` into ``project``; raises JsonImportError if unreadable."""
    document = _decode(data, name)
    plan = JsonPlan(name)
    texts = _plan_articles(plan, project, document.get("articles", []))
    new_events = _plan_events(plan, project, document.get("events", []))
    known_events = new_events | set(plan.existing)
    passages = document.get("annotations", [])
    there = existing(project.db, "annotations", "uuid",
                     (item.get("uuid") for item in passages
                      if isinstance(item.get("uuid"), str)))
    columns = _Columns(project, "annotations", ("id", "article_id", "event_id"))
    seen: set[str] = set()
    for number, item in enumerate(passages, 1):
        try:
            _plan_passage(plan, item, f"passage {number}", texts, known_events, there,
                          seen, columns)
        except _Invalid as exc:
            plan.error(str(exc))
    _plan_cited(plan, document.get("cited_sources", []), new_events)
    _plan_grades(plan, project, document.get("outlet_grades", []))
    return plan


def _plan_grades(plan: JsonPlan, project, items) -> None:
    """Outlets' reliability from the file; an outlet the project grades keeps its grade."""
    if not isinstance(items, list):
        plan.error("“outlet_grades” is not a list")
        return
    for number, item in enumerate(items, 1):
        outlet = item.get("outlet") if isinstance(item, dict) else None
        grade = item.get("reliability") if isinstance(item, dict) else None
        if not isinstance(outlet, str) or not outlet.strip() or grade not in RELIABILITY:
            plan.error(f"outlet grade {number}: an outlet and a reliability A–F are needed")
        elif not reliability(project, outlet):
            plan.grades.append({"outlet": outlet, "reliability": grade})


def _plan_articles(plan: JsonPlan, project, items: list[dict]) -> dict[str, str]:
    """Check the articles; returns every usable article's text by its UUID in the file."""
    columns = _Columns(project, "articles", ("id",))
    texts: dict[str, str] = {}
    by_hash: dict[str, str] = {}
    for number, item in enumerate(items, 1):
        where = f"article {number}"
        try:
            text = _text(item.get("text"), f"{where}: “text”")
            uuid = _required_text(item, "uuid", where)
            if uuid in texts:
                raise _Invalid(f"{where}: UUID {uuid} appears twice in the file")
            row = columns.row(item, where, skip=("content_hash",))
        except _Invalid as exc:
            plan.error(str(exc))
            continue
        title = row.get("title") or "untitled"
        digest = content_hash(text)
        found = project.db.execute("SELECT id, text FROM articles WHERE uuid = ? "
                                   "OR content_hash = ?", [uuid, digest]).fetchone()
        if found:
            plan.existing[uuid], texts[uuid] = found
            plan.problems.append(Problem(None, f"article “{title}” is already in the project",
                                         "duplicate"))
        elif digest in by_hash:
            plan.reused[uuid] = by_hash[digest]
            texts[uuid] = text
            plan.problems.append(Problem(None, f"{where} “{title}” has the same text as an "
                                         "earlier article of the file; that one is used",
                                         "duplicate"))
        else:
            by_hash[digest] = uuid
            texts[uuid] = text
            row.update(content_hash=digest, imported_at=row.get("imported_at") or now_iso())
            plan.articles.append(item)
            plan.article_rows.append(row)
    return texts


def _plan_events(plan: JsonPlan, project, items: list[dict]) -> set[str]:
    """Check the events; returns the UUIDs of the ones to add."""
    columns = _Columns(project, "events", ("id",))
    derived = ("date_value", "date_earliest", "date_latest", "date_precision",
               "date_approximate")
    new: set[str] = set()
    seen: set[str] = set()
    file_uuids = [item.get("uuid") for item in items if isinstance(item.get("uuid"), str)]
    there = existing(project.db, "events", "uuid", file_uuids)
    for number, item in enumerate(items, 1):
        title = item.get("title")
        where = f"event {number}" + (f" “{title[:60]}”" if isinstance(title, str) else "")
        try:
            uuid = _required_text(item, "uuid", where)
            if uuid in seen:
                raise _Invalid(f"{where}: UUID {uuid} appears twice in the file")
            seen.add(uuid)
            row = columns.row(item, where, skip=derived)
            value = _text(item.get("date", ""), f"{where}: “date”")
            try:
                date = EventDate.from_stored(value) if value else None  # a time kept
            except (DateParseError, ValueError) as exc:
                raise _Invalid(f"{where}: {exc}") from None
            if row.get("confidence", "") not in CONFIDENCE_LEVELS:
                raise _Invalid(f"{where}: confidence “{row['confidence'][:40]}” is not one "
                               f"of {', '.join(c for c in CONFIDENCE_LEVELS if c)}")
            tags = _tags(item.get("tags", []), where)
            wanted = item.get("id")
            wanted = wanted if isinstance(wanted, int) and not isinstance(wanted, bool) \
                and 0 < wanted <= MAX_ROWID else None
        except _Invalid as exc:
            plan.error(str(exc))
            continue
        if uuid in there:
            plan.existing[uuid] = project.db.execute(
                "SELECT id FROM events WHERE uuid = ?", [uuid]).fetchone()[0]
            plan.problems.append(Problem(None, f"{where} is already in the project",
                                         "duplicate"))
            continue
        stamp = now_iso()
        row.update(date_columns(date), id=wanted, created_at=row.get("created_at") or stamp,
                   updated_at=row.get("updated_at") or stamp)
        new.add(uuid)
        plan.events.append(item)
        plan.event_rows.append(row)
        plan.event_tags.append(tags)
    return new


def _tags(value, where: str) -> tuple[Tag, ...]:
    message = (f"{where}: tags must be objects with a name and a kind "
               f"({', '.join(TAG_KINDS)})")
    if not isinstance(value, list):
        raise _Invalid(message)
    tags: list[Tag] = []
    for item in value:
        if not isinstance(item, dict):
            raise _Invalid(message)
        name, kind = item.get("name"), item.get("kind", "other")
        if not (isinstance(name, str) and name.strip() and kind in TAG_KINDS):
            raise _Invalid(message)
        tag = Tag(_text(name, f"{where}: a tag name"), kind)
        if tag not in tags:
            tags.append(tag)
    return tuple(tags)


def _plan_passage(plan: JsonPlan, item: dict, where: str, texts: dict[str, str],
                  known_events: set[str], there: set[str], seen: set[str],
                  columns: _Columns) -> None:
    uuid = _required_text(item, "uuid", where)
    if uuid in seen:
        raise _Invalid(f"{where}: UUID {uuid} appears twice in the file")
    seen.add(uuid)
    if uuid in there:
        plan.problems.append(Problem(None, f"{where} is already in the project", "duplicate"))
        return
    article, event = item.get("article_uuid"), item.get("event_uuid")
    if not (isinstance(article, str) and isinstance(event, str)
            and article in texts and event in known_events):
        raise _Invalid(f"{where} refers to an article or event that is not in the file or "
                       "the project")
    text, quote = texts[article], item.get("quote")
    if not isinstance(quote, str) or not quote:
        raise _Invalid(f"{where} has no quote")
    row = columns.row(item, where, skip=("start", "end"))
    credibility = row.get("credibility")
    if credibility is not None and credibility not in range(1, 7):
        raise _Invalid(f"{where}: credibility {credibility!r} is not an Admiralty grade 1–6")
    if row.get("source_date"):
        try:
            EventDate.from_value(row["source_date"])
        except (DateParseError, ValueError):
            raise _Invalid(f"{where}: “{row['source_date']}” is not a date") from None
    start, end = item.get("start"), item.get("end")
    if not (type(start) is int and type(end) is int and 0 <= start < end
            and text[start:end] == quote):
        first = text.find(quote)
        if first < 0 or text.find(quote, first + 1) >= 0:
            raise _Invalid(f"{where} (“{quote[:40]}”) is not found once in its article's text")
        start, end = first, first + len(quote)
        plan.problems.append(Problem(None, f"{where} was found again by its quote "
                                     "(its offsets did not match the text)", "warning"))
    row.update(start=start, end=end, created_at=row.get("created_at") or now_iso())
    plan.annotations.append(item)
    plan.passage_rows.append({**row, "article_uuid": plan.reused.get(article, article),
                              "event_uuid": event})


def _plan_cited(plan: JsonPlan, items: list[dict], new_events: set[str]) -> None:
    """Cited sources of the events to add, in the file's order; values must be text."""
    by_event: dict[str, list[Source]] = {}
    for number, item in enumerate(items, 1):
        event = item.get("event_uuid")
        if not isinstance(event, str) or event not in new_events:
            continue
        try:
            values = [item.get(key) for key in SOURCE_FIELDS]
            values = ["" if v is None else _text(v, f"cited source {number}: “{key}”")
                      for v, key in zip(values, SOURCE_FIELDS)]
        except _Invalid as exc:
            plan.error(str(exc))
            continue
        by_event.setdefault(event, []).append(Source(*values))
        credibility = item.get("credibility")
        plan.cited_credibility.setdefault(event, []).append(
            credibility if credibility in range(1, 7) else None)
        plan.cited.append(item)
    plan.cited_rows = [(uuid, tuple(sources)) for uuid, sources in by_event.items()]


# -- apply -----------------------------------------------------------------------------
def apply_json(project, plan: JsonPlan) -> ImportBatch:
    """Insert the rows the preview checked, in one transaction; refuse if it has errors."""
    return run_steps(apply_json_in_steps(project, plan))


def apply_json_in_steps(project, plan: JsonPlan,
                        step: int = 0) -> Generator[tuple[int, int], None, ImportBatch]:
    """``apply_json`` as steps of one transaction, yielding (rows written, rows in all).

    As ``csv_import.apply_plan_in_steps``: closing it before its end rolls
    the whole import back. Rows are articles, events and passages.
    """
    if plan.errors:
        raise JsonImportError([f"{plan.name} has {len(plan.errors)} problem(s); nothing was "
                               "imported."] + [str(p) for p in plan.errors])
    step = step or event_writing.STEP_ROWS  # read now: a test may set it
    batch, ids = ImportBatch(), dict(plan.existing)
    total = len(plan.article_rows) + len(plan.event_rows) + len(plan.passage_rows)
    with project.change() as db:
        _check_still_new(project, plan)
        batch.note_tags_before(project)
        for done, row in enumerate(plan.article_rows, 1):
            ids[row["uuid"]] = db["articles"].insert(row).last_rowid
            batch.ids["articles"].append(ids[row["uuid"]])
            if done % (step // 10 or 1) == 0:  # an article is about ten events' work
                yield done, total
        for uuid, earlier in plan.reused.items():
            ids[uuid] = ids[earlier]
        written = len(plan.article_rows)
        rows = [dict(row) for row in plan.event_rows]
        steps = write_events_in_steps(project, rows, plan.event_tags, [()] * len(rows),
                                      batch, step)
        while True:
            try:
                done, _ = next(steps)
            except StopIteration as finished:
                event_ids = finished.value
                break
            yield written + done, total
        written += len(rows)
        ids.update((row["uuid"], event_id) for row, event_id in zip(rows, event_ids))
        for first in range(0, len(plan.passage_rows), step):
            before = db.execute("SELECT COALESCE(MAX(id), 0) FROM annotations").fetchone()[0]
            passages = [{**{k: v for k, v in row.items()
                            if k not in ("article_uuid", "event_uuid")},
                         "article_id": ids[row["article_uuid"]],
                         "event_id": ids[row["event_uuid"]]}
                        for row in plan.passage_rows[first:first + step]]
            db["annotations"].insert_all(passages)
            batch.ids["annotations"].extend(row["id"] for row in db["annotations"].rows_where(
                "id > ?", [before], select="id", order_by="id"))
            batch.passages.extend((p["article_id"], p["event_id"]) for p in passages)
            yield written + first + len(passages), total
        add_sources(project, plan.cited_rows, batch)
        for uuid, values in plan.cited_credibility.items():
            if any(values):
                cited = [cid for (cid,) in db.execute(
                    "SELECT id FROM event_sources WHERE event_uuid = ? ORDER BY position",
                    [uuid])][-len(values):]
                db.conn.executemany("UPDATE event_sources SET credibility = ? WHERE id = ?",
                                    list(zip(values, cited)))
        for grade in plan.grades:
            batch.ids["outlet_grades"].append(db.execute(
                "INSERT INTO outlet_grades (outlet, reliability) VALUES (?, ?)",
                [grade["outlet"], grade["reliability"]]).lastrowid)
        batch.note_tags_after(project)
    return batch


def _check_still_new(project, plan: JsonPlan) -> None:
    """Refuse if rows the preview found new reached the project since (another window)."""
    db = project.db
    clash = (existing(db, "articles", "uuid", (r["uuid"] for r in plan.article_rows))
             | existing(db, "articles", "content_hash",
                        (r["content_hash"] for r in plan.article_rows))
             | existing(db, "events", "uuid", (r["uuid"] for r in plan.event_rows))
             | existing(db, "annotations", "uuid", (r["uuid"] for r in plan.passage_rows)))
    if clash:
        raise JsonImportError(f"{plan.name}: {len(clash)} of its rows reached the project "
                              "after the preview; nothing was imported. Import it again to "
                              "see a new preview.")
