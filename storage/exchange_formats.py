"""Which timeline format a CSV is in, told by its header, and its rows read as events.

Analysts exchange chronologies as our own export, as TimelineJS's Google
Sheets template, and in ACLED's column layout; anything else with a date and
a title column is read by common column names. The header alone decides, so
the preview can say which format was detected and which of its columns will
be used for what before anything is written. Each ``read_*`` function turns
one row (a dict of normalised column name → cell) into a ``ParsedEvent`` or
raises ``RowProblem`` with a reason the analyst can act on; the caller adds
the line number. Our own layout and the generic one are read here; each
foreign format is read next to its writer (``read_timelinejs`` in
storage.timelinejs_export, ``read_acled`` in storage.acled_export), so one
module owns both directions of its format's conventions.
"""

from __future__ import annotations

import uuid as uuidlib
from dataclasses import dataclass, field

from storage.cited_sources import Source, split_items
from storage.csv_export import COLUMNS
from storage.events import CONFIDENCE_LEVELS
from storage.records import Tag
from storage.tags import parse_tags
from temporal.dates import DateParseError, EventDate, parse_date

TITLE_LIMIT = 120
# Plain names other tools use, for files in no known layout: field → names.
GENERIC = {
    "date": ("date", "event date", "when", "day", "start date"),
    "title": ("title", "headline", "event", "summary", "name"),
    "description": ("description", "details", "notes", "text", "body"),
    "location": ("location", "place", "where"),
    "tags": ("tags", "keywords", "categories", "labels"),
    "url": ("url", "link", "source url"),
    "outlet": ("source", "outlet", "publication"),
    "quote": ("quote", "excerpt"),
}


class RowProblem(ValueError):
    """A row that cannot become an event; ``str()`` says why."""


class SkipRow(RowProblem):
    """A row that is rightly not an event (a TimelineJS era): reported, not an error."""


@dataclass
class ParsedEvent:
    """A row read as an event, before it is written (ids and UUIDs may be unknown)."""

    title: str
    date: object = None  # EventDate | None
    description: str = ""
    location: str = ""
    confidence: str = ""
    tags: tuple[Tag, ...] = ()
    sources: tuple[Source, ...] = ()
    uuid: str = ""
    wanted_id: int | None = None
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Layout:
    """A detected format: its name for the preview and the columns it uses."""

    key: str
    label: str
    header: tuple[str, ...]   # normalised names, in file order
    used: dict[str, str]      # their column (as in the file) → what it becomes

    def ignored(self) -> list[str]:
        return [name for name in self.header if name and name not in self.used]


def normalise(cell: str) -> str:
    return " ".join(cell.replace("\ufeff", "").split()).casefold()


def detect(raw_header: list[str]) -> Layout | None:
    """The layout a header row belongs to, or None if it is no timeline."""
    header = tuple(normalise(cell) for cell in raw_header)
    names = set(header)
    if {"event_uuid", "date_value", "title"} <= names:
        used = {name: _OURS_USE[name] for name in COLUMNS if name in names}
        return Layout("ours", "Timeline Annotator CSV", header, used)
    if "headline" in names and ({"year"} & names or {"start date"} & names):
        used = {n: _TIMELINEJS_USE[n] for n in header if n in _TIMELINEJS_USE}
        return Layout("timelinejs", "TimelineJS spreadsheet", header, used)
    if "event_date" in names and names & {"notes", "actor1", "event_id_cnty"}:
        used = {n: _ACLED_USE[n] for n in header if n in _ACLED_USE}
        return Layout("acled", "ACLED-style CSV", header, used)
    used = {}
    for target, synonyms in GENERIC.items():
        for name in synonyms:
            if name in names and name not in used:
                used[name] = target
                break
    if "date" in used.values() and "title" in used.values():
        return Layout("generic", "CSV with date and title columns", header, used)
    return None


_OURS_USE = {
    "event_id": "event number (kept if free here)", "event_uuid": "event identity (UUID)",
    "date_value": "date", "earliest": "checked against the date",
    "latest": "checked against the date", "precision": "checked against the date",
    "approximate": "checked against the date", "display_date": "date (if no date value)",
    "title": "title", "description": "description", "location": "location", "tags": "tags",
    "confidence": "confidence", "sources": "number of sources",
    "source_titles": "cited sources: titles", "source_outlets": "cited sources: outlets",
    "source_urls": "cited sources: URLs", "source_published": "cited sources: published",
    "quotes": "cited sources: quotes",
}
_TIMELINEJS_USE = {
    "year": "date", "month": "date", "day": "date", "time": "time of day",
    "end year": "date (end)",
    "end month": "date (end)", "end day": "date (end)", "start date": "date",
    "end date": "date (end)", "display date": "date (if it reads as one)",
    "headline": "title", "text": "description (HTML as text)", "media": "source URL",
    "media credit": "source outlet", "media caption": "source quote",
    "group": "tag", "tag": "tag", "type": "title/era rows are skipped",
}
_ACLED_USE = {
    "event_date": "date", "time_precision": "date precision", "notes": "title and description",
    "actor1": "actor tag", "actor2": "actor tag", "assoc_actor_1": "actor tags",
    "assoc_actor_2": "actor tags", "location": "location", "source": "source outlets",
    "tags": "tags", "event_type": "topic tag", "sub_event_type": "topic tag",
    "event_uuid": "event UUID", "event_id_cnty": "event UUID (derived)",
}


def value_date(value: str, display: str = "") -> EventDate | None:
    """Our date_value cell (display_date only if the value is missing)."""
    try:
        if value.strip():
            try:
                return EventDate.from_stored(value.strip())  # a clock time kept
            except DateParseError:
                return EventDate.from_value(value.strip())  # a TIMEX3 form, read as a day
        return parse_date(display) if display.strip() else None
    except DateParseError as exc:
        raise RowProblem(str(exc)) from None


def typed_date(text: str) -> EventDate:
    """A date cell of a foreign file: a value string or what a person would type."""
    try:
        return EventDate.from_value(text.strip())
    except DateParseError:
        pass
    try:
        return parse_date(text)
    except DateParseError as exc:
        raise RowProblem(str(exc)) from None


def short_title(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= TITLE_LIMIT else line[:TITLE_LIMIT - 1].rstrip() + "…"


def derived_uuid(*parts: str) -> str:
    """A stable UUID for a row of a file that has none, so that importing the
    same file twice finds its rows already in the project."""
    return str(uuidlib.uuid5(uuidlib.NAMESPACE_URL, "timeline-annotator:" + "\x1f".join(parts)))


def read_ours(row: dict[str, str]) -> ParsedEvent:
    event = ParsedEvent(row.get("title", ""), description=row.get("description", ""),
                        location=row.get("location", ""), uuid=row.get("event_uuid", ""))
    event.date = value_date(row.get("date_value", ""), row.get("display_date", ""))
    if event.date is not None:
        derived = {"earliest": event.date.earliest.isoformat(),
                   "latest": event.date.latest.isoformat(),
                   "precision": event.date.precision.value,
                   "approximate": "yes" if event.date.approximate else "no",
                   "display_date": event.date.display}
        changed = [name for name, value in derived.items() if row.get(name, value) != value]
        if changed:
            event.warnings.append(f"{', '.join(changed)} disagree with date “{event.date.value}”; "
                                  "the date value was used")
    confidence = row.get("confidence", "").strip().lower()
    if confidence not in CONFIDENCE_LEVELS:
        raise RowProblem(f"confidence “{row['confidence']}” is not one of "
                         f"{', '.join(c for c in CONFIDENCE_LEVELS if c)}")
    event.confidence = confidence
    event.tags = parse_tags(row.get("tags", ""))
    text_id = row.get("event_id", "").strip()
    event.wanted_id = int(text_id) if text_id.isascii() and text_id.isdigit() else None
    event.sources = _our_sources(row)
    return event


def _our_sources(row: dict[str, str]) -> tuple[Source, ...]:
    columns = ("source_titles", "source_outlets", "source_urls", "source_published", "quotes")
    count_text = row.get("sources", "").strip()
    if count_text and not (count_text.isascii() and count_text.isdigit()):
        raise RowProblem(f"sources “{count_text}” is not a number")
    items = {name: split_items(row.get(name, "")) for name in columns}
    if count_text:
        count = int(count_text)
    else:
        count = max((len(v) for k, v in items.items() if row.get(k)), default=0)
    if count == 0:
        if any(row.get(name) for name in columns):
            raise RowProblem("sources says 0 but source columns are filled in")
        return ()
    for name, values in items.items():
        if values == [""] and count > 1:
            items[name] = [""] * count
        elif len(values) != count:
            raise RowProblem(f"{name} has {len(values)} items but sources says {count}")
    return tuple(Source(*values) for values in zip(*(items[name] for name in columns)))


def read_generic(row: dict[str, str], layout: Layout) -> ParsedEvent:
    cells = {target: row.get(name, "") for name, target in layout.used.items()}
    title = cells.get("title", "").strip()
    description = cells.get("description", "")
    if not title and not description.strip():
        raise RowProblem("the row has no title")
    date_text = cells.get("date", "").strip()
    date = typed_date(date_text) if date_text else None
    event = ParsedEvent(title or short_title(description), date, description,
                        location=cells.get("location", "").strip(),
                        tags=parse_tags(cells.get("tags", "")))
    source = Source(outlet=cells.get("outlet", "").strip(), url=cells.get("url", "").strip(),
                    quote=cells.get("quote", ""))
    if source != Source():
        event.sources = (source,)
    event.uuid = derived_uuid("csv", date.value if date else "", title, description)
    return event
