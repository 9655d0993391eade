"""What a sliced import carries from one event-loop turn to the next.

A folder of a thousand articles is written a slice at a time so the window
never stalls; between slices the drafts, the ids already committed and the
hashes already seen must survive, and SQLite's WAL autocheckpoint stays off
so that no slice pays for a checkpoint.  Keeping that state, the checkpoint
bookkeeping and the duplicate check here leaves ``gui.exchange.article_import`` to decide
only when to read, when to write and what to tell the analyst.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from storage import bulk_write
from storage.articles import content_hash
from storage.errors import DuplicateArticleError


@dataclass
class SlicedWrite:
    """A sliced write in progress: the drafts read, and how far it has got."""

    drafts: list
    hashes: list[str]
    messages: list[str]
    position: int = 0
    seen: set[str] = field(default_factory=set)  # hashes of this import so far
    written: list[int] = field(default_factory=list)
    written_drafts: list = field(default_factory=list)
    records: list = field(default_factory=list)  # each slice's Changes, announced as one
    cancelled: bool = False
    autocheckpoint: int | None = None  # SQLite's, turned off while writing
    checkpointer: object = None  # the background checkpoint's thread

    def pause_autocheckpoint(self, project) -> None:
        """Turn SQLite's WAL autocheckpoint off for the slices, remembering it."""
        self.autocheckpoint = bulk_write.pause_autocheckpoint(project)

    def resume_autocheckpoint(self, project) -> None:
        """Put the autocheckpoint back, and move the WAL into the file now."""
        if self.autocheckpoint is not None:
            bulk_write.resume_autocheckpoint(project, self.autocheckpoint)
            self.checkpoint(project.path)

    def checkpoint(self, path) -> None:
        """Move the WAL into the file off the GUI thread (storage.bulk_write)."""
        busy = self.checkpointer is not None and self.checkpointer.is_alive()
        if self.autocheckpoint is not None and not busy:
            self.checkpointer = bulk_write.checkpoint_in_background(path)


def drop_duplicates(articles, drafts, messages: list[str], hashes=None,
                    seen: set[str] | None = None) -> list:
    """Report duplicates up front, so a batch never holds a text twice.

    ``hashes`` are the drafts' content hashes when the reader computed them;
    ``seen`` carries this import's hashes from one slice to the next."""
    fresh, seen = [], set() if seen is None else seen
    for n, draft in enumerate(drafts):
        digest = hashes[n] if hashes is not None else content_hash(draft.text)
        existing = articles.find_by_hash(digest)
        name = Path(draft.source_path).name or "The pasted text"
        if existing is not None:
            title = articles.get(existing).title
            messages.append(f"{name}: {DuplicateArticleError(existing, title)}")
        elif digest in seen:
            messages.append(f"{name}: the same text appears twice in this import.")
        else:
            seen.add(digest)
            fresh.append(draft)
    return fresh
