"""Which timeline format a CSV is in, told by its header, and its rows read as events.

Analysts exchange chronologies as our own export, as TimelineJS's Google
Sheets template, and in ACLED's column layout; anything else with a date and
a title column is read by common column names. The header alone decides, so
the preview can say which format was detected and which of its columns will
be used for what before anything is written. Each ``read_*`` function turns
one row (a dict of normalised column name → cell) into a ``ParsedEvent`` or
raises ``RowProblem`` with a reason the analyst can act on; the caller adds
the line number.
"""

from __future__ import annotations

import uuid as uuidlib
from dataclasses import dataclass, field

from storage.cited_sources import Source, split_items
from storage.csv_export import COLUMNS
from storage.events import CONFIDENCE_LEVELS
from storage.exchange_dates import (acled_date, html_text, numeric_span, typed_date,
                                    value_date)
from storage.records import Tag
from storage.tags import parse_tags

TITLE_LIMIT = 120
TIMELINEJS_HEADER = (
    "Year", "Month", "Day", "Time", "End Year", "End Month", "End Day", "End Time",
    "Display Date", "Headline", "Text", "Media", "Media Credit", "Media Caption",
    "Media Thumbnail", "Alt Text", "Type", "Group", "Background",
)
ACLED_ACTOR_COLUMNS = ("actor1", "actor2", "assoc_actor_1", "assoc_actor_2")
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
        used = {name: name.replace("_", " ") for name in COLUMNS if name in names}
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


_TIMELINEJS_USE = {
    "year": "date", "month": "date", "day": "date", "end year": "date (end)",
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


def read_timelinejs(row: dict[str, str], group_kind: str = "other") -> ParsedEvent | None:
    kind = row.get("type", "").strip().lower()
    if kind == "title":
        return None  # the title slide is not an event
    if kind == "era":
        raise RowProblem("an era (a coloured band) is not an event; it was skipped")
    title = html_text(row.get("headline", ""))
    description = html_text(row.get("text", ""))
    if not title and not description:
        raise RowProblem("the row has no headline and no text")
    if row.get("start date") and not row.get("year"):
        date = typed_date(row["start date"])
        if row.get("end date"):
            end = typed_date(row["end date"])
            date = numeric_span(date.earliest, end.latest, "")
    else:
        date = numeric_span(*_ymd(row, ""), row.get("display date", ""),
                            end=_ymd(row, "end ") if row.get("end year") else None)
    event = ParsedEvent(title or short_title(description), date, description)
    group = " ".join(row.get("group", row.get("tag", "")).split())
    event.tags = (Tag(group, group_kind),) if group else ()
    media = [html_text(row.get(name, "")) for name in ("media credit", "media caption")]
    if row.get("media") or any(media):
        event.sources = (Source(outlet=media[0], url=row.get("media", "").strip(),
                                quote=media[1]),)
    event.uuid = derived_uuid("timelinejs", date.value if date else "", title, description)
    return event


def _ymd(row: dict[str, str], prefix: str) -> tuple[str, str, str]:
    return tuple("".join(row.get(prefix + part, "").replace(",", "").split())
                 for part in ("year", "month", "day"))


def read_acled(row: dict[str, str]) -> ParsedEvent:
    date = acled_date(row.get("event_date", ""), row.get("time_precision", ""))
    notes = row.get("notes", "").strip()
    first, _, rest = notes.partition("\n")
    if len(" ".join(first.split())) <= TITLE_LIMIT and first.strip():
        title, description = first.strip(), rest.strip()
    else:
        kind = row.get("sub_event_type") or row.get("event_type") or ""
        title = short_title(notes) or " in ".join(p for p in (kind, row.get("location", "")) if p)
        description = notes
    if not title:
        raise RowProblem("the row has no notes, event type or location to name the event")
    tags: list[Tag] = []
    for column in ACLED_ACTOR_COLUMNS:
        for name in row.get(column, "").split(";"):
            name = " ".join(name.split())
            if name and Tag(name, "actor") not in tags:
                tags.append(Tag(name, "actor"))
    for column in ("event_type", "sub_event_type"):
        name = " ".join(row.get(column, "").split())
        if name and Tag(name, "topic") not in tags:
            tags.append(Tag(name, "topic"))
    tags.extend(t for t in parse_tags(row.get("tags", "")) if t not in tags)
    outlets = [" ".join(s.split()) for s in row.get("source", "").split(";")]
    event = ParsedEvent(title, date, description, location=row.get("location", "").strip(),
                        tags=tuple(tags), sources=tuple(Source(outlet=o) for o in outlets if o))
    event.uuid = row.get("event_uuid", "").strip() or derived_uuid(
        "acled", row.get("event_id_cnty", "").strip() or f"{date.value}\x1f{notes}")
    return event


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
