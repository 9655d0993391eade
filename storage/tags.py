"""Tags (actors, places, topics) and their links to events."""

from __future__ import annotations

from storage.records import TAG_KINDS, Tag


def parse_tags(text: str) -> tuple[Tag, ...]:
    """Read the analyst's tag field: ``actor:Russia, place:Izhevsk, drones``.

    A prefix that is not a known kind is part of the name, so "10:30 talks"
    or "UN:Security Council" don't lose text.
    """
    tags: list[Tag] = []
    for piece in text.replace(";", ",").split(","):
        tag = parse_tag(piece)
        if tag is not None and tag not in tags:
            tags.append(tag)
    return tuple(tags)


def parse_tag(piece: str) -> Tag | None:
    """One tag as typed (``actor:Russia``), or None for blank text.

    Shared with the exchange files (storage.exchange.cells), whose tag cells
    escape commas inside names and so split the list themselves.
    """
    piece = " ".join(piece.split())
    if not piece:
        return None
    kind, sep, name = piece.partition(":")
    if sep and kind.strip().lower() in TAG_KINDS and name.strip():
        return Tag(name.strip(), kind.strip().lower())
    return Tag(piece, "other")


def format_tags(tags) -> str:
    return ", ".join(str(tag) for tag in tags)


class Tags:
    def __init__(self, project):
        self.project = project

    def _ensure(self, tag: Tag) -> tuple[int, bool]:
        """The tag's id, and whether it had to be created."""
        db = self.project.db
        row = db.execute("SELECT id FROM tags WHERE name = ? AND kind = ?",
                         [tag.name, tag.kind]).fetchone()
        if row:
            return row[0], False
        return db.execute("INSERT INTO tags (name, kind) VALUES (?, ?)",
                          [tag.name, tag.kind]).lastrowid, True

    def link(self, event_id: int, tags: tuple[Tag, ...]) -> bool:
        """Add links; must run inside the caller's change().  True if a tag was
        new to the project (the record's ``tags``: lane choosers list them)."""
        created = False
        for position, tag in enumerate(tags):
            tag_id, new = self._ensure(tag)
            created = created or new
            self.project.db.execute(
                "INSERT OR IGNORE INTO event_tags (event_id, tag_id, position) VALUES (?,?,?)",
                [event_id, tag_id, position])
        return created

    def add_missing(self, event_id: int, tags) -> tuple[tuple[Tag, ...], bool]:
        """Link those of ``tags`` the event lacks, after its own; inside the caller's
        change(). Returns the tags linked and whether one was new to the project."""
        have = set(self.for_event(event_id))
        missing = tuple(dict.fromkeys(tag for tag in tags if tag not in have))
        if not missing:
            return (), False
        db = self.project.db
        first = db.execute("SELECT COALESCE(MAX(position) + 1, 0) FROM event_tags "
                           "WHERE event_id = ?", [event_id]).fetchone()[0]
        created = False
        for position, tag in enumerate(missing, start=first):
            tag_id, new = self._ensure(tag)
            created = created or new
            db.execute("INSERT OR IGNORE INTO event_tags (event_id, tag_id, position) "
                       "VALUES (?,?,?)", [event_id, tag_id, position])
        return missing, created

    def unlink(self, event_id: int, tags) -> None:
        """Take those links off the event (the tags stay in the vocabulary); inside
        the caller's change()."""
        for tag in tags:
            self.project.db.execute(
                "DELETE FROM event_tags WHERE event_id = ? AND tag_id = "
                "(SELECT id FROM tags WHERE name = ? AND kind = ?)",
                [event_id, tag.name, tag.kind])

    def replace(self, event_id: int, tags: tuple[Tag, ...]) -> bool:
        """Inside the caller's change(); True if a tag was new to the project."""
        self.project.db.execute("DELETE FROM event_tags WHERE event_id = ?", [event_id])
        return self.link(event_id, tags)

    def for_event(self, event_id: int) -> list[Tag]:
        rows = self.project.db.execute(
            "SELECT t.name, t.kind FROM event_tags et JOIN tags t ON t.id = et.tag_id "
            "WHERE et.event_id = ? ORDER BY et.position, t.name", [event_id]).fetchall()
        return [Tag(name, kind) for name, kind in rows]

    def all(self) -> list[Tag]:
        rows = self.project.db.execute(
            "SELECT name, kind FROM tags ORDER BY kind, name COLLATE NOCASE").fetchall()
        return [Tag(name, kind) for name, kind in rows]
