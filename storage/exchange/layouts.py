"""Which timeline layout a CSV is in, told by its header, and generic rows read as events.

Analysts exchange chronologies as our own export, as TimelineJS's Google
Sheets template, and in ACLED's column layout; anything else with a date and
a title column is read by common column names. The header alone decides, so
the preview can say which layout was detected and which of its columns will
be used for what before anything is written.

Each format module (timeline_csv, timelinejs, acled) describes its layout as
a ``CsvFormat``: the columns it uses and the function that reads one row (a
dict of normalised column name → cell) into a ``ParsedEvent`` or raises
``RowProblem`` with a reason the analyst can act on; the caller adds the line
number. This module holds what they share and the generic layout.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from storage.exchange.cells import derived_uuid, normalise_header, read_tag_cell, short_title
from storage.exchange.cited_sources import Source
from storage.records import Tag
from temporal.dates import DateParseError, EventDate, parse_date

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
    date: EventDate | None = None
    description: str = ""
    location: str = ""
    confidence: str = ""
    tags: tuple[Tag, ...] = ()
    sources: tuple[Source, ...] = ()
    grades: tuple[str, ...] = ()  # Admiralty, one per source ("B2", ""); issue 12
    uuid: str = ""
    wanted_id: int | None = None
    warnings: list[str] = field(default_factory=list)


# reader(row, layout, group_kind) → the event, None for a row that is no event
# (TimelineJS's title slide), or RowProblem.
RowReader = Callable[[dict[str, str], "Layout", str], "ParsedEvent | None"]


@dataclass(frozen=True)
class Layout:
    """A detected layout: its name for the preview, the columns it uses, its reader."""

    key: str
    label: str
    header: tuple[str, ...]   # normalised names, in file order
    used: dict[str, str]      # their column (as in the file) → what it becomes
    reader: RowReader = field(compare=False, repr=False, default=None)

    def ignored(self) -> list[str]:
        return [name for name in self.header if name and name not in self.used]

    def read(self, row: dict[str, str], group_kind: str = "other") -> ParsedEvent | None:
        return self.reader(row, self, group_kind)


@dataclass(frozen=True)
class CsvFormat:
    """A known layout: told by ``matches`` (the set of header names), read by ``reader``."""

    key: str
    label: str
    uses: Mapping[str, str]
    matches: Callable[[set[str]], bool]
    reader: RowReader

    def layout(self, header: tuple[str, ...]) -> Layout:
        used = {name: self.uses[name] for name in header if name in self.uses}
        return Layout(self.key, self.label, header, used, self.reader)


def detect(raw_header: list[str], formats: tuple[CsvFormat, ...]) -> Layout | None:
    """The layout a header row belongs to (first matching format, else generic), or None."""
    header = tuple(normalise_header(cell) for cell in raw_header)
    names = set(header)
    for known in formats:
        if known.matches(names):
            return known.layout(header)
    used = {}
    for target, synonyms in GENERIC.items():
        for name in synonyms:
            if name in names and name not in used:
                used[name] = target
                break
    if "date" in used.values() and "title" in used.values():
        return Layout("generic", "CSV with date and title columns", header, used, read_generic)
    return None


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


def read_generic(row: dict[str, str], layout: Layout, group_kind: str = "other") -> ParsedEvent:
    """A row of a CSV in no known layout, by the GENERIC column names."""
    cells = {target: row.get(name, "") for name, target in layout.used.items()}
    title = cells.get("title", "").strip()
    description = cells.get("description", "")
    if not title and not description.strip():
        raise RowProblem("the row has no title")
    date_text = cells.get("date", "").strip()
    date = typed_date(date_text) if date_text else None
    event = ParsedEvent(title or short_title(description), date, description,
                        location=cells.get("location", "").strip(),
                        tags=read_tag_cell(cells.get("tags", "")))
    source = Source(outlet=cells.get("outlet", "").strip(), url=cells.get("url", "").strip(),
                    quote=cells.get("quote", ""))
    if source != Source():
        event.sources = (source,)
    event.uuid = derived_uuid("csv", date.value if date else "", title, description)
    return event
