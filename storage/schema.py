"""The project file's schema, as an append-only list of migrations.

Every change to the schema is a new function registered on ``MIGRATIONS``; an
applied migration is never edited, so any project file ever written can be
brought forward step by step.  ``SCHEMA_VERSION`` counts them: a file that
records more migrations than this build knows was written by a newer version
and must not be touched.
"""

from __future__ import annotations

from sqlite_utils import Database, Migrations

MIGRATIONS = Migrations("timeline-annotator")
_NAMES: list[str] = []


def migration(fn):
    """Register ``fn`` as the next migration, in definition order."""
    _NAMES.append(fn.__name__)
    return MIGRATIONS()(fn)


@migration
def m001_core_tables(db: Database) -> None:
    db.execute(
        """
        CREATE TABLE articles (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL DEFAULT '',
            outlet TEXT NOT NULL DEFAULT '',
            url TEXT NOT NULL DEFAULT '',
            author TEXT NOT NULL DEFAULT '',
            published TEXT NOT NULL DEFAULT '',
            text TEXT NOT NULL,
            content_hash TEXT NOT NULL UNIQUE,
            source_path TEXT NOT NULL DEFAULT '',
            imported_at TEXT NOT NULL
        )"""
    )
    db.execute(
        """
        CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL DEFAULT '',
            description TEXT NOT NULL DEFAULT '',
            date_value TEXT NOT NULL DEFAULT '',
            date_earliest TEXT,
            date_latest TEXT,
            date_precision TEXT,
            date_approximate INTEGER NOT NULL DEFAULT 0,
            location TEXT NOT NULL DEFAULT '',
            confidence TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )"""
    )
    db.execute(
        """
        CREATE TABLE annotations (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            quote TEXT NOT NULL,
            prefix TEXT NOT NULL DEFAULT '',
            suffix TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            CHECK (start >= 0 AND "end" > start)
        )"""
    )
    db.execute(
        """
        CREATE TABLE tags (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            kind TEXT NOT NULL DEFAULT 'other'
                CHECK (kind IN ('actor', 'place', 'topic', 'other')),
            UNIQUE (name, kind)
        )"""
    )
    db.execute(
        """
        CREATE TABLE event_tags (
            event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
            position INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (event_id, tag_id)
        )"""
    )
    db.execute(
        "CREATE INDEX events_chronology ON events (date_earliest, date_latest, title)"
    )
    db.execute("CREATE INDEX annotations_article ON annotations (article_id, start)")
    db.execute("CREATE INDEX annotations_event ON annotations (event_id)")
    db.execute("CREATE INDEX event_tags_tag ON event_tags (tag_id)")


@migration
def m002_dismissed_suggestions(db: Database) -> None:
    """Suggestions the analyst dismissed stay dismissed for that article."""
    db.execute(
        """
        CREATE TABLE dismissed_suggestions (
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            text TEXT NOT NULL,
            dismissed_at TEXT NOT NULL,
            PRIMARY KEY (article_id, start, "end")
        )"""
    )


@migration
def m003_annotation_expressions(db: Database) -> None:
    """Which time expression an accepted suggestion came from, and what it meant
    then, so a later change of the published date can flag a disagreement."""
    for column in ("expression_start INTEGER", "expression_end INTEGER",
                   "expression_value TEXT"):
        db.execute(f"ALTER TABLE annotations ADD COLUMN {column}")


@migration
def m004_event_sources(db: Database) -> None:
    """Sources an event cites without their article text (from CSV/ACLED/JSON
    imports), so an imported chronology keeps its titles, outlets, URLs and
    quotes.  Keyed by the event's UUID without a cascade on purpose: deleting
    an event and undoing it (same UUID) brings its cited sources back, and a
    new event never inherits another's (UUIDs are not reused; row ids are)."""
    db.execute(
        """
        CREATE TABLE event_sources (
            id INTEGER PRIMARY KEY,
            event_uuid TEXT NOT NULL,
            position INTEGER NOT NULL,
            title TEXT NOT NULL DEFAULT '',
            outlet TEXT NOT NULL DEFAULT '',
            url TEXT NOT NULL DEFAULT '',
            published TEXT NOT NULL DEFAULT '',
            quote TEXT NOT NULL DEFAULT '',
            UNIQUE (event_uuid, position)
        )"""
    )


@migration
def m005_article_search(db: Database) -> None:
    """Full-text search over article titles and texts (FTS5, see storage.search).

    An external-content index (``articles_fts``) kept in step by sqlite-utils'
    triggers, so no write path has to remember it and an undo that re-inserts
    an article is found again.  unicode61 folds case in every script; with
    ``remove_diacritics 2`` "Dnipro" also finds "Dnípro".
    """
    db["articles"].enable_fts(["title", "text"], create_triggers=True,
                              tokenize="unicode61 remove_diacritics 2")


@migration
def m006_timeline_index(db: Database) -> None:
    """The timeline's order (storage.events.CHRONOLOGY, expression for
    expression) with the columns it shows: 100,000 events are read in order
    without a sort or a table lookup, and the first screen paints sooner."""
    db.execute(
        "CREATE INDEX events_timeline ON events (date_earliest IS NULL, date_earliest, "
        "julianday(date_latest) - julianday(date_earliest), title COLLATE NOCASE, id, "
        "date_value, location)"
    )
    # Tags in the order the analyst typed them, read for all events at once.
    db.execute("CREATE INDEX event_tags_order ON event_tags (event_id, position, tag_id)")


CHANGE_TRACKED = ("articles", "events", "annotations", "tags", "event_tags",
                  "dismissed_suggestions", "event_sources")


@migration
def m007_change_counter(db: Database) -> None:
    """A counter every change of the analyst's data moves forward.

    Backups copy it too, so "has the project changed since its last backup?"
    is two integer reads instead of copying and comparing the whole file (a
    245 MB project took most of a second to open that way).
    """
    db.execute("CREATE TABLE project_state (id INTEGER PRIMARY KEY CHECK (id = 1), "
               "changes INTEGER NOT NULL)")
    db.execute("INSERT INTO project_state (id, changes) VALUES (1, 1)")
    for table in CHANGE_TRACKED:
        for action in ("INSERT", "UPDATE", "DELETE"):
            db.execute(
                f"CREATE TRIGGER {table}_{action.lower()}_counts AFTER {action} ON {table} "
                "BEGIN UPDATE project_state SET changes = changes + 1 WHERE id = 1; END")


@migration
def m008_published_evidence(db: Database) -> None:
    """Where an article's published date came from and what disagrees with it.

    ``published_source`` names the source (``storage.intake.published_evidence.TRUST``:
    the page's metadata, a dateline, the file name, the analyst...),
    ``published_evidence`` the words that gave the date, and
    ``published_conflicts`` (JSON) other days the article's evidence names,
    shown in Article Details until the analyst confirms one.
    """
    for column in ("published_source", "published_evidence", "published_conflicts"):
        db.execute(f"ALTER TABLE articles ADD COLUMN {column} TEXT NOT NULL DEFAULT ''")


@migration
def m009_sources(db: Database) -> None:
    """One happening, many sources (issue 12).

    ``annotations.source_date``: the date this source gives the event (an EventDate
    value; '' when it gives none of its own), so sources that disagree can say so;
    ``annotations.credibility`` and ``event_sources.credibility``: the information's
    credibility on the Admiralty scale, 1–6 (NULL: not graded); ``outlet_grades``:
    each outlet's source reliability, A–F, remembered for every article of that
    outlet and every cited source naming it;
    ``events.sources_lost``: when deleting an article took the last source of the
    event (a time stamp; '' otherwise), so the event is marked instead of deleted.
    """
    db.execute("ALTER TABLE annotations ADD COLUMN source_date TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE annotations ADD COLUMN credibility INTEGER "
               "CHECK (credibility BETWEEN 1 AND 6)")
    # Only passages whose source gives a date: the "dates differ" query reads these alone.
    db.execute("CREATE INDEX annotations_source_date ON annotations (event_id, source_date) "
               "WHERE source_date != ''")
    db.execute("ALTER TABLE event_sources ADD COLUMN credibility INTEGER "
               "CHECK (credibility BETWEEN 1 AND 6)")
    db.execute("ALTER TABLE events ADD COLUMN sources_lost TEXT NOT NULL DEFAULT ''")
    db.execute("CREATE TABLE outlet_grades (id INTEGER PRIMARY KEY, outlet TEXT NOT NULL UNIQUE, "
               "reliability TEXT NOT NULL CHECK (reliability IN ('A', 'B', 'C', 'D', 'E', 'F')))")
    for action in ("INSERT", "UPDATE", "DELETE"):
        db.execute(
            f"CREATE TRIGGER outlet_grades_{action.lower()}_counts AFTER {action} ON "
            "outlet_grades BEGIN UPDATE project_state SET changes = changes + 1 WHERE id = 1; "
            "END")


# Append new migrations above this line, in order; never edit an applied one.
SCHEMA_VERSION = len(_NAMES)


def applied_count(db: Database) -> int:
    """How many of our migrations the file records (0 for a new file)."""
    return len(MIGRATIONS.applied(db))


def unknown_migrations(db: Database) -> list[str]:
    """Migrations recorded in the file that this build does not know."""
    known = set(_NAMES)
    return [m.name for m in MIGRATIONS.applied(db) if m.name not in known]
