"""The whole project as JSON, and such a file merged into another project.

CSV carries the chronology; JSON carries everything an analyst needs to hand
a project over: articles with their full text, events with tags, passages
(quote, prefix, suffix and offsets) and cited sources. Rows refer to each
other by UUID, never by row id, so the file can be merged into a project that
already has other rows. Columns are read from the tables themselves, so a
column a later migration adds travels too.

Merging (``read_project_json`` to preview, ``apply_json`` to write, one
transaction, returns an ImportBatch for undo) keeps every UUID. A row whose
UUID is already in the project is reported and not imported again; an
article whose text is already there (same content hash, the rule articles
are deduplicated by) is reused, and the file's passages are linked to it.
A passage whose offsets do not match its quote in the text is found again by
its quote when that is unambiguous, else refused.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path

from storage.articles import content_hash
from storage.cited_sources import SOURCE_FIELDS, ImportBatch, Source, add_cited, cited_rows
from storage.csv_import import CsvImportError, Problem
from storage.events import date_columns
from storage.records import TAG_KINDS, Tag
from temporal.dates import DateParseError, EventDate

FORMAT = "timeline-annotator-project"
VERSION = 1


class JsonImportError(CsvImportError):
    """The JSON file cannot be imported at all."""


def _columns(project, table: str) -> list[str]:
    return [row[1] for row in project.db.execute(f"PRAGMA table_info({table})")]


def _rows(project, sql: str) -> list[dict]:
    cursor = project.db.execute(sql)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


def project_document(project) -> dict:
    """The project as one JSON-ready dict (rows linked by UUID)."""
    articles = _rows(project, "SELECT * FROM articles ORDER BY id")
    for article in articles:
        del article["id"]
    events = _rows(project, "SELECT * FROM events ORDER BY id")
    tags: dict[int, list[dict]] = {}
    for event_id, name, kind in project.db.execute(
            "SELECT et.event_id, t.name, t.kind FROM event_tags et JOIN tags t ON t.id = "
            "et.tag_id ORDER BY et.event_id, et.position, t.name"):
        tags.setdefault(event_id, []).append({"name": name, "kind": kind})
    for event in events:
        event["tags"] = tags.get(event["id"], [])
        event["date"] = event.pop("date_value")
        for derived in ("date_earliest", "date_latest", "date_precision", "date_approximate"):
            event.pop(derived)
    passages = _rows(project, "SELECT n.*, a.uuid AS article_uuid, e.uuid AS event_uuid "
                              "FROM annotations n JOIN articles a ON a.id = n.article_id "
                              "JOIN events e ON e.id = n.event_id ORDER BY n.id")
    for passage in passages:
        for internal in ("id", "article_id", "event_id"):
            del passage[internal]
    return {"format": FORMAT, "version": VERSION,
            "exported_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
            "articles": articles, "events": events, "annotations": passages,
            "cited_sources": cited_rows(project)}


def export_json(project, path: str | Path) -> dict[str, int]:
    """Write the project atomically; returns the counts written, by kind."""
    document = project_document(project)
    path = Path(path)
    temp = path.with_name(path.name + ".part")
    try:
        with temp.open("w", encoding="utf-8", newline="\n") as handle:
            json.dump(document, handle, ensure_ascii=False, indent=1)
            handle.write("\n")
        temp.replace(path)
    finally:
        temp.unlink(missing_ok=True)
    return {key: len(document[key]) for key in ("articles", "events", "annotations")}


@dataclass
class JsonPlan:
    """What merging a JSON file would add, and what it found (shown before writing)."""

    name: str
    articles: list[dict] = field(default_factory=list)
    events: list[dict] = field(default_factory=list)
    annotations: list[dict] = field(default_factory=list)
    cited: list[dict] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    existing: dict[str, int] = field(default_factory=dict)  # uuid in file → row id here

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


def _count(items: list, noun: str) -> str:
    return f"{len(items)} {noun}{'' if len(items) == 1 else 's'}"


def _text(item: dict, key: str, where: str) -> str:
    value = item.get(key, "")
    if not isinstance(value, str):
        raise ValueError(f"{where}: “{key}” is not text")
    return value


def read_project_json(data: bytes, name: str, project) -> JsonPlan:
    """Preview merging ``data`` into ``project``; raises JsonImportError if unreadable."""
    try:
        document = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise JsonImportError(f"{name} is not a JSON file ({exc}).") from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise JsonImportError(f"{name} is not a Timeline Annotator project export.")
    if not isinstance(document.get("version"), int) or document["version"] > VERSION:
        raise JsonImportError(f"{name} was written by a newer version of Timeline Annotator.")
    plan = JsonPlan(name)
    texts: dict[str, str] = {}
    db = project.db
    for kind in ("articles", "events", "annotations", "cited_sources"):
        items = document.get(kind, [])
        if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
            raise JsonImportError(f"{name}: “{kind}” is not a list of objects.")
    for number, item in enumerate(document.get("articles", []), 1):
        where = f"article {number}"
        try:
            text, uuid = _text(item, "text", where), _text(item, "uuid", where)
        except ValueError as exc:
            plan.problems.append(Problem(None, str(exc)))
            continue
        title = item.get("title") or "untitled"
        found = db.execute("SELECT id, text FROM articles WHERE uuid = ? OR content_hash = ?",
                           [uuid, content_hash(text)]).fetchone()
        if found:
            plan.existing[uuid], texts[uuid] = found
            plan.problems.append(Problem(None, f"article “{title}” is already in the project",
                                         "duplicate"))
        else:
            texts[uuid] = text
            plan.articles.append(item)
    new_events: set[str] = set()
    for number, item in enumerate(document.get("events", []), 1):
        where = f"event {number} “{item.get('title', '')}”"
        try:
            uuid = _text(item, "uuid", where)
            value = _text(item, "date", where)
            for key in ("title", "description", "location", "confidence"):
                _text(item, key, where)
            if value:
                EventDate.from_stored(value)
            tags = item.get("tags", [])
            if not isinstance(tags, list) or not all(
                    isinstance(t, dict) and isinstance(t.get("name"), str) and t["name"]
                    and t.get("kind", "other") in TAG_KINDS for t in tags):
                raise ValueError(f"{where}: tags must be objects with a name and a kind "
                                 f"({', '.join(TAG_KINDS)})")
        except (ValueError, DateParseError) as exc:
            plan.problems.append(Problem(None, str(exc)))
            continue
        found = db.execute("SELECT id FROM events WHERE uuid = ?", [uuid]).fetchone()
        if found:
            plan.existing[uuid] = found[0]
            plan.problems.append(Problem(None, f"{where} is already in the project",
                                         "duplicate"))
        else:
            new_events.add(uuid)
            plan.events.append(item)
    known_events = new_events | {u for u in plan.existing}
    for number, item in enumerate(document.get("annotations", []), 1):
        _plan_passage(plan, project, item, f"passage {number}", texts, known_events)
    plan.cited = [c for c in document.get("cited_sources", [])
                  if c.get("event_uuid") in new_events]
    return plan


def _plan_passage(plan, project, item, where, texts, known_events) -> None:
    uuid, article, event = (item.get(k) for k in ("uuid", "article_uuid", "event_uuid"))
    if project.db.execute("SELECT 1 FROM annotations WHERE uuid = ?", [uuid]).fetchone():
        plan.problems.append(Problem(None, f"{where} is already in the project", "duplicate"))
        return
    if article not in texts or event not in known_events:
        plan.problems.append(Problem(None, f"{where} refers to an article or event that is "
                                     "not in the file or the project"))
        return
    text, quote = texts[article], item.get("quote")
    start, end = item.get("start"), item.get("end")
    if not isinstance(quote, str) or not quote:
        plan.problems.append(Problem(None, f"{where} has no quote"))
        return
    if not (isinstance(start, int) and isinstance(end, int) and text[start:end] == quote
            and 0 <= start < end):
        first = text.find(quote)
        if first < 0 or text.find(quote, first + 1) >= 0:
            plan.problems.append(Problem(None, f"{where} (“{quote[:40]}”) is not found once "
                                         "in its article's text"))
            return
        item = {**item, "start": first, "end": first + len(quote)}
        plan.problems.append(Problem(None, f"{where} was found again by its quote "
                                     "(its offsets did not match the text)", "warning"))
    plan.annotations.append(item)


def apply_json(project, plan: JsonPlan) -> ImportBatch:
    """Write the plan in one transaction; refuse if it has errors."""
    from storage.project import now_iso

    if plan.errors:
        raise JsonImportError([f"{plan.name} has {len(plan.errors)} problem(s); nothing was "
                               "imported."] + [str(p) for p in plan.errors])
    batch, ids = ImportBatch(), dict(plan.existing)
    with project.change() as db:
        batch.note_tags_before(project)
        columns = set(_columns(project, "articles")) - {"id"}
        for item in plan.articles:
            row = {k: v for k, v in item.items() if k in columns}
            row.update(content_hash=content_hash(item["text"]),
                       imported_at=item.get("imported_at") or now_iso())
            ids[item["uuid"]] = _insert(db, "articles", row)
            batch.ids["articles"].append(ids[item["uuid"]])
        columns = set(_columns(project, "events"))
        taken = {row[0] for row in db.execute("SELECT id FROM events")}
        for item in plan.events:
            date = EventDate.from_stored(item["date"]) if item.get("date") else None
            row = {k: v for k, v in item.items() if k in columns and k != "id"}
            row.update(date_columns(date), created_at=item.get("created_at") or now_iso(),
                       updated_at=item.get("updated_at") or now_iso())
            if isinstance(item.get("id"), int) and item["id"] not in taken:
                row["id"] = item["id"]
            event_id = ids[item["uuid"]] = _insert(db, "events", row)
            batch.replace_orphans(project, item["uuid"])
            taken.add(event_id)
            batch.ids["events"].append(event_id)
            project.tags.link(event_id, tuple(Tag(t["name"], t.get("kind", "other"))
                                              for t in item.get("tags", [])))
        columns = set(_columns(project, "annotations")) - {"id", "article_id", "event_id"}
        for item in plan.annotations:
            row = {k: v for k, v in item.items() if k in columns}
            row.update(article_id=ids[item["article_uuid"]], event_id=ids[item["event_uuid"]],
                       created_at=item.get("created_at") or now_iso())
            batch.ids["annotations"].append(_insert(db, "annotations", row))
        for item in plan.cited:
            source = Source(*(str(item.get(k, "")) for k in SOURCE_FIELDS))
            batch.ids["event_sources"].extend(add_cited(project, item["event_uuid"], [source]))
        batch.note_tags_after(project)
    return batch


def _insert(db, table: str, row: dict) -> int:
    names = ", ".join(f'"{name}"' for name in row)
    marks = ", ".join("?" * len(row))
    return db.execute(f"INSERT INTO {table} ({names}) VALUES ({marks})",
                      list(row.values())).lastrowid
