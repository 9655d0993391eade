"""One import as one undo step: the rows it added, taken out and put back verbatim.

Every importer (timeline CSV, TimelineJS, ACLED, project JSON) returns an
``ImportBatch``: the ids of the rows it added, by table, and ``changes``, the
``storage.changes.Changes`` record the GUI announces instead of resetting
every view. ``take_out`` removes those rows and keeps them; ``put_back``
restores them with the same ids and UUIDs, so undo and redo can alternate
for ever. Each is one transaction and returns its own change record.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from storage.changes import Changes, import_record

# Deleted children first, restored parents first. event_tags rows go with the events.
_TABLES = ("annotations", "event_sources", "event_tags", "events", "articles", "tags",
           "outlet_grades")
_CHUNK = 500  # ids per statement, well under SQLite's limit of bound parameters


def _chunks(values: list[int], size: int = _CHUNK):
    for start in range(0, len(values), size):
        yield values[start:start + size]


@dataclass
class ImportBatch:
    """The rows one import added, by table, and what undo needs to restore them."""

    ids: dict[str, list[int]] = field(
        default_factory=lambda: {t: [] for t in _TABLES if t != "event_tags"})
    # (article_id, event_id) of every passage the import added: its change record.
    passages: list[tuple[int, int]] = field(default_factory=list)
    # Cited sources of a deleted event whose UUID the import brought back: they
    # are replaced by the file's, and come back if the import is undone (so an
    # earlier "Delete event" can still be undone whole).
    replaced: list[dict] = field(default_factory=list)
    # What take_out removed, for put_back.
    snapshot: dict[str, list[dict]] | None = None
    _tags_before: int = 0

    @property
    def changes(self) -> Changes:
        """What the import added (the record of the import itself and of a redo)."""
        return import_record(self.ids, self.passages)

    @property
    def removal(self) -> Changes:
        """What undoing the import removes."""
        return import_record(self.ids, self.passages, removed=True)

    def count(self, table: str) -> int:
        return len(self.ids.get(table, ()))

    # -- while importing (inside the import's change()) ------------------------------
    def replace_orphans(self, project, event_uuid: str) -> None:
        """Before a new event gets cited sources: clear rows a deleted one left."""
        table = project.db["event_sources"]
        rows = list(table.rows_where("event_uuid = ?", [event_uuid]))
        if rows:
            self.replaced.extend(rows)
            table.delete_where("event_uuid = ?", [event_uuid])

    def note_tags_before(self, project) -> None:
        self._tags_before = project.db.execute(
            "SELECT COALESCE(MAX(id), 0) FROM tags").fetchone()[0]

    def note_tags_after(self, project) -> None:
        """Tags the import created: new ids are always above the old maximum."""
        self.ids["tags"] = [row["id"] for row in project.db["tags"].rows_where(
            "id > ?", [self._tags_before], select="id", order_by="id")]

    # -- undo and redo ---------------------------------------------------------------
    def take_out(self, project) -> Changes:
        """Remove what the import added (one transaction), keeping it for put_back."""
        snapshot: dict[str, list[dict]] = {}
        with project.change() as db:
            for name in _TABLES:
                key, ids = (("event_id", self.ids["events"]) if name == "event_tags"
                            else ("id", self.ids.get(name, [])))
                rows: list[dict] = []
                for chunk in _chunks(ids):
                    where = f"{key} IN ({','.join('?' * len(chunk))})"
                    rows.extend(db[name].rows_where(where, chunk))
                    db[name].delete_where(where, chunk)
                snapshot[name] = rows
            if self.replaced:
                db["event_sources"].insert_all(self.replaced)
        self.snapshot = snapshot
        return self.removal

    def put_back(self, project) -> Changes:
        """Restore what take_out removed, exactly (one transaction)."""
        if self.snapshot is None:
            raise ValueError("put_back needs a take_out first")
        with project.change() as db:
            for chunk in _chunks([row["id"] for row in self.replaced]):
                db["event_sources"].delete_where(
                    f"id IN ({','.join('?' * len(chunk))})", chunk)
            for name in reversed(_TABLES):
                rows = self.snapshot.get(name)
                if rows:
                    db[name].insert_all(rows)
        return self.changes
