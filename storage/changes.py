"""What one storage operation changed: the record every view updates from.

In the spirit of Anki's ``OpChanges``: each write to the project returns a
``Changes`` naming the rows it touched, the GUI session announces that one
record with one signal, and each view updates from it alone (instead of every
command emitting its own hand-picked subset of signals). Work a view derives
from an article (its time expressions, its suggestions) is recomputed only
when ``article_content`` names that article: a change of title does not make
the date finder run again, a change of published date does.

Records combine with ``|``, so one analyst action made of several writes (an
import of a thousand articles, a merge of events) is still one record.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any

Ids = frozenset[int]


def _ids(values=()) -> Ids:
    return frozenset(values)


@dataclass(frozen=True)
class Changes:
    """Ids of what an operation added, removed or updated.

    ``article_content`` is the subset of changed articles whose text or
    published date moved (the inputs of the expression finder);
    ``passages`` holds ``(article_id, event_id)`` pairs whose linking
    passages appeared, went away or changed; ``suggestions`` the articles
    whose dismissed suggestions changed; ``tags`` whether the tag vocabulary
    changed.
    """

    articles_added: Ids = field(default_factory=_ids)
    articles_removed: Ids = field(default_factory=_ids)
    articles_updated: Ids = field(default_factory=_ids)
    article_content: Ids = field(default_factory=_ids)
    events_added: Ids = field(default_factory=_ids)
    events_removed: Ids = field(default_factory=_ids)
    events_updated: Ids = field(default_factory=_ids)
    passages: frozenset[tuple[int, int]] = field(default_factory=frozenset)
    suggestions: Ids = field(default_factory=_ids)
    tags: bool = False

    @classmethod
    def of(cls, **named) -> Changes:
        """A record from any iterables (``Changes.of(events_added=[7])``)."""
        return cls(**{name: value if isinstance(value, bool) else frozenset(value)
                      for name, value in named.items()})

    def __or__(self, other: Changes) -> Changes:
        if not isinstance(other, Changes):
            return NotImplemented
        merged = {}
        for spec in fields(self):
            mine, theirs = getattr(self, spec.name), getattr(other, spec.name)
            merged[spec.name] = (mine or theirs) if spec.type == "bool" else mine | theirs
        return Changes(**merged)

    def __bool__(self) -> bool:
        return any(getattr(self, spec.name) for spec in fields(self))

    @property
    def articles(self) -> Ids:
        """Every article this record touches in any way."""
        return (self.articles_added | self.articles_removed | self.articles_updated
                | self.article_content | self.suggestions
                | {article_id for article_id, _ in self.passages})

    @property
    def events(self) -> Ids:
        """Every event this record touches in any way."""
        return (self.events_added | self.events_removed | self.events_updated
                | {event_id for _, event_id in self.passages})


NO_CHANGES = Changes()


def combine(records) -> Changes:
    """One record for many (an import of a thousand articles): one pass, not n unions."""
    merged: dict[str, set | bool] = {}
    for record in records:
        for spec in fields(record):
            value = getattr(record, spec.name)
            if spec.type == "bool":
                merged[spec.name] = merged.get(spec.name, False) or value
            elif value:
                merged.setdefault(spec.name, set()).update(value)
    return Changes.of(**merged)


def import_record(ids: dict[str, list[int]], passages, *, removed: bool = False) -> Changes:
    """The record of an import (CSV, JSON) from the row ids it added by table
    (``ImportBatch.ids``) and its passages' (article, event) pairs: what it
    added, or with ``removed`` what undoing it took out."""
    articles, events = ids.get("articles", ()), ids.get("events", ())
    if removed:
        return Changes.of(articles_removed=articles, events_removed=events,
                          passages=passages, tags=bool(ids.get("tags")))
    return Changes.of(articles_added=articles, article_content=articles,
                      events_added=events, passages=passages, tags=bool(ids.get("tags")))


class NewRow(int):
    """The id of the row a write added, carrying the write's ``changes``.

    An int, because most callers of ``add`` want the new id and nothing else
    (scripts, importers, tests); the GUI's commands also forward ``changes``.
    """

    changes: Changes

    def __new__(cls, row_id: int, changes: Changes) -> NewRow:
        row = super().__new__(cls, row_id)
        row.changes = changes
        return row


@dataclass(frozen=True)
class Undoable:
    """A write's change record and what it replaced, which undo puts back:
    previous field values for an update, the removed rows for a delete."""

    before: Any
    changes: Changes


@dataclass(frozen=True)
class NewRows:
    """Ids of the rows one write added, in order, and its change record."""

    ids: list[int]
    changes: Changes


@dataclass(frozen=True)
class SourceAdded:
    """A further source linked to an event: the new passage's id, the actor and
    place tags it brought that the event lacked (undo takes exactly those off
    again), and the change record."""

    passage_id: int
    tags: tuple
    changes: Changes
