"""The timeline as a TimelineJS spreadsheet, and TimelineJS's dates read back.

Knight Lab's TimelineJS builds a web timeline from a Google Sheet with a
fixed header (``TIMELINEJS_HEADER``; TimelineJS trims header cells and finds
columns by name). Its dates are numbers only: Year, then Month and Day when
known; a blank Month or Day means "not known", which is how our month- and
year-precise events stay honest. Spans (weeks, quarters, ranges...) use the
End columns, and every date that is not one exact day, month or year also
gets a Display Date, our own wording ("Q2 2025", "c. 2014"), which TimelineJS shows instead
of its computed label and which the importer reads to recover the precision.

Headline, Text and the media cells are HTML in TimelineJS, so our text is
escaped there and unescaped on import. Only http(s) addresses go into Media
and into the links of the source list: TimelineJS loads Media in the
reader's browser, where a ``javascript:`` address would run; others are left
out and listed. Undated events cannot be placed on a TimelineJS timeline;
they are left out and listed in the export's warnings.

Admiralty grades (issue 12) are shown where a reader of the timeline sees
who reported it: the Media Credit names the first source's outlet with its
grade ("BBC News (B2)", read back as that source's grade), and each source
under the text says "graded B2".
"""

from __future__ import annotations

import html
import re
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

from storage.exchange.cells import derived_uuid, short_title, web_address
from storage.exchange.cited_sources import Source
from storage.exchange.export_reading import ExportEvent, chronology, snapshot
from storage.exchange.files import write_csv
from storage.exchange.layouts import CsvFormat, Layout, ParsedEvent, RowProblem, SkipRow, typed_date
from storage.exchange.problems import ExportReport
from storage.records import Tag
from storage.source_grades import graded_name, split_graded
from temporal.date_units import MONTH_NAMES
from temporal.date_values import real_date
from temporal.dates import DateParseError, EventDate, Precision, parse_date, unit_span

TIMELINEJS_HEADER = (
    "Year", "Month", "Day", "Time", "End Year", "End Month", "End Day", "End Time",
    "Display Date", "Headline", "Text", "Media", "Media Credit", "Media Caption",
    "Media Thumbnail", "Alt Text", "Type", "Group", "Background",
)
_MONTH_GRAINED = (Precision.MONTH, Precision.QUARTER, Precision.SEASON, Precision.HALF)
_YEAR_GRAINED = (Precision.YEAR, Precision.DECADE, Precision.CENTURY)
SOURCES_CLASS = "ta-sources"  # our list of sources inside Text, skipped on import


def date_cells(date: EventDate) -> list[str]:
    """Year, Month, Day, End Year, End Month, End Day, Display Date."""
    first, last, p = date.earliest, date.latest, date.precision
    if p in _YEAR_GRAINED:
        start, end = [str(first.year), "", ""], [str(last.year), "", ""]
    elif p in _MONTH_GRAINED:
        start = [str(first.year), str(first.month), ""]
        end = [str(last.year), str(last.month), ""]
    else:
        start = [str(first.year), str(first.month), str(first.day)]
        end = [str(last.year), str(last.month), str(last.day)]
    if p in (Precision.DAY, Precision.MONTH, Precision.YEAR):
        end = ["", "", ""]
    # Blank parts already say "day unknown" / "month unknown"; other dates need words.
    plain = p in (Precision.DAY, Precision.MONTH, Precision.YEAR) and not (
        date.approximate or date.uncertain or date.part or len(date.time) > 5)
    return [*start, *end, "" if plain else date.display]


def _text_html(event: ExportEvent) -> str:
    """The Text cell: the description, then the sources (links only to web addresses)."""
    body = html.escape(event.description, quote=False).replace("\n", "<br>")
    if event.sources:
        items = []
        for index, source in enumerate(event.sources):
            address = web_address(source.url)
            label = html.escape(source.title or source.outlet or source.url, quote=False)
            if address:
                label = f'<a href="{html.escape(address)}">{label}</a>'
            grade = event.grade(index)
            details = ", ".join(html.escape(x, quote=False) for x in (
                source.outlet, source.published[:10], grade and f"graded {grade}") if x)
            items.append(f"{label} ({details})" if details else label)
        body += f'<p class="{SOURCES_CLASS}">Sources: {"; ".join(items)}</p>'
    return body


def _unsafe_addresses(event: ExportEvent, report: ExportReport) -> None:
    """List the source addresses that are not http(s) and so are left out."""
    for source in event.sources:
        if source.url and not web_address(source.url):
            report.warnings.append(
                f"event {event.id} “{event.title}”: the source address “{source.url[:80]}” "
                "is not a web (http or https) address, so it is not linked")


def timelinejs_rows(project, report: ExportReport, group_kind: str | None = None):
    """The sheet's rows; undated events and unsafe addresses go to ``report``."""
    for event in chronology(project):
        if event.date is None:
            report.warnings.append(f"event {event.id} “{event.title}” has no date")
            continue
        year, month, day, end_year, end_month, end_day, display = date_cells(event.date)
        group = next((t.name for t in event.tags if t.kind == group_kind), "") \
            if group_kind else ""
        first = event.sources[0] if event.sources else None
        credit = graded_name(first.outlet, event.grade(0)) if first else ""
        media = [web_address(first.url), html.escape(credit, quote=False),
                 html.escape(first.quote, quote=False)] if first else ["", "", ""]
        _unsafe_addresses(event, report)
        report.count += 1
        time = event.date.time[:5]  # TimelineJS's Time is a clock time; a zone needs words
        yield [year, month, day, time, end_year, end_month, end_day, "", display,
               html.escape(event.title, quote=False), _text_html(event),
               *media, "", "", "", group, ""]


def export_timelinejs(project, path: str | Path, *, group_kind: str | None = None,
                      excel: bool = False) -> ExportReport:
    """Write the TimelineJS sheet; ``group_kind`` (e.g. "actor") fills Group."""
    report = ExportReport()
    with snapshot(project):
        write_csv(timelinejs_rows(project, report, group_kind), TIMELINEJS_HEADER, path,
                  excel=excel)
    return report


# -- reading TimelineJS back (the importer's "timelinejs" layout) -----------------
def _unit(year: str, month: str, day: str, label: str) -> tuple:
    """The first and last day that Year/Month/Day cells name."""
    def number(text: str, name: str) -> int:
        if not (text.lstrip("-").isascii() and text.lstrip("-").isdigit()):
            raise RowProblem(f"{label}{name} “{text}” is not a number")
        return int(text)

    if not year:
        raise RowProblem(f"{label}Year is empty; TimelineJS needs at least a year")
    if day and not month:
        raise RowProblem(f"{label}Day is given without a Month")
    y = number(year, "Year")
    m = number(month, "Month") if month else 1
    d = number(day, "Day") if day else 1
    words = (f"{d} {MONTH_NAMES[m - 1]} {y}" if day and 1 <= m <= 12 else
             f"{MONTH_NAMES[m - 1]} {y}" if month and 1 <= m <= 12 else
             f"Year {y}, Month {month or '-'}, Day {day or '-'}")
    try:
        start = real_date(y, m, d, words)
        p = Precision.DAY if day else Precision.MONTH if month else Precision.YEAR
        return unit_span(p, start)
    except DateParseError as exc:
        raise RowProblem(str(exc)) from None
    except ValueError:
        raise RowProblem(f"“{words}”: only years 1000–9999 are supported") from None


def numeric_span(year, month="", day="", display: str = "", *, end=None) -> EventDate:
    """An event date from TimelineJS's cells (``end``: the End Year/Month/Day)."""
    first, last = _unit(year, month, day, "")
    if end is not None:
        last = _unit(*end, "End ")[1]
    if last < first:
        raise RowProblem(f"the end ({last}) is before the start ({first})")
    try:
        date = EventDate.from_span(first, last)
    except DateParseError as exc:
        raise RowProblem(str(exc)) from None
    if display.strip():
        try:
            shown = parse_date(display)
        except DateParseError:
            return date
        if (shown.earliest, shown.latest) == (date.earliest, date.latest):
            return shown  # keeps a quarter, a weekend or "c." the numbers cannot say
    return date


class _Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag, attrs):
        if self.skipping or (tag == "p" and (SOURCES_CLASS in (dict(attrs).get("class") or ""))):
            self.skipping += 1 if tag == "p" else 0
        elif tag == "br":
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if self.skipping and tag == "p":
            self.skipping -= 1
        elif tag == "p" and not self.skipping:
            self.parts.append("\n\n")

    def handle_data(self, data):
        if not self.skipping:
            self.parts.append(data)


def html_text(cell: str) -> str:
    """TimelineJS's HTML cell as plain text (<br> and paragraphs become line breaks)."""
    if "<" not in cell and "&" not in cell:
        return cell.strip()
    parser = _Text()
    parser.feed(cell)
    parser.close()
    return "".join(parser.parts).strip()


def _spanning(start: EventDate, end: EventDate) -> EventDate:
    if end.latest < start.earliest:
        raise RowProblem(f"the end date {end.display} is before the start {start.display}")
    return EventDate.from_span(start.earliest, end.latest)


def read_timelinejs(row: dict[str, str], layout: Layout | None = None,
                    group_kind: str = "other") -> ParsedEvent | None:
    """One row of a TimelineJS sheet; Group becomes one tag of ``group_kind``."""
    kind = row.get("type", "").strip().lower()
    if kind == "title":
        return None  # the title slide is not an event
    if kind == "era":
        raise SkipRow("an era (a coloured band) is not an event; it was skipped")
    title = html_text(row.get("headline", ""))
    description = html_text(row.get("text", ""))
    if not title and not description:
        raise RowProblem("the row has no headline and no text")
    if row.get("start date") and not row.get("year"):
        date = typed_date(row["start date"])
        if row.get("end date"):
            date = _spanning(date, typed_date(row["end date"]))
    else:
        date = numeric_span(*_ymd(row, ""), row.get("display date", ""),
                            end=_ymd(row, "end ") if row.get("end year") else None)
    date = _with_time(date, row.get("time", ""))
    event = ParsedEvent(title or short_title(description), date, description)
    group = " ".join(row.get("group", row.get("tag", "")).split())
    event.tags = (Tag(group, group_kind),) if group else ()
    media = [html_text(row.get(name, "")) for name in ("media credit", "media caption")]
    if row.get("media") or any(media):
        outlet, grade = split_graded(media[0])
        event.sources = (Source(outlet=outlet, url=row.get("media", "").strip(),
                                quote=media[1]),)
        event.grades = (grade,) if grade else ()
    event.uuid = derived_uuid("timelinejs", date.value if date else "", title, description)
    return event


def _with_time(date: EventDate | None, cell: str) -> EventDate | None:
    """A day with TimelineJS's Time cell ("09:49", "9:49:00"), when it holds one;
    a zone comes from the Display Date, which is read first when it has one."""
    m = re.fullmatch(r"(\d{1,2}):(\d{2})(?::\d{2})?", cell.strip())
    if date is None or m is None or date.precision is not Precision.DAY or date.time:
        return date
    if int(m[1]) > 23 or int(m[2]) > 59:
        raise RowProblem(f"Time “{cell.strip()}” is not a time of day")
    return replace(date, time=f"{int(m[1]):02d}:{m[2]}")


def _ymd(row: dict[str, str], prefix: str) -> tuple[str, str, str]:
    return tuple("".join(row.get(prefix + part, "").replace(",", "").split())
                 for part in ("year", "month", "day"))


_USES = {
    "year": "date", "month": "date", "day": "date", "time": "time of day",
    "end year": "date (end)",
    "end month": "date (end)", "end day": "date (end)", "start date": "date",
    "end date": "date (end)", "display date": "date (if it reads as one)",
    "headline": "title", "text": "description (HTML as text)", "media": "source URL",
    "media credit": "source outlet (and grade)", "media caption": "source quote",
    "group": "tag", "tag": "tag", "type": "title/era rows are skipped",
}
FORMAT = CsvFormat("timelinejs", "TimelineJS spreadsheet", _USES,
                   lambda names: "headline" in names and bool({"year", "start date"} & names),
                   read_timelinejs)
