"""EventDate, the value type of the chronology, and its canonical value strings.

Event dates with a precision, as analysts type, read, store and move them.

Sources rarely give an exact day ("in the second quarter", "over the
weekend", "in the 1990s"), and pinning such an event to one day would invent
certainty the source never had. So an event date is an inclusive span of days
plus the precision the analyst meant: the span sorts and draws the event, the
precision decides how it is written, stored and dragged.

Value strings (stored in SQLite, exported) follow ISO 8601 / EDTF, which other
tools read: ``2025-07-01``, ``2025-W26``, ``2025-W26-WE``, ``2024-11``,
``2025-Q2``, ``2025-SU``, ``2025-H1``, ``2014``, ``199X``, ``19XX``,
``2025-06-28/2025-06-29``. An uncertain date (the source is not sure of it:
"2022?") carries EDTF's ``?``, one both approximate and uncertain ``%``; an
approximate range carries it on *both* ends (``2025-06-28~/2025-06-29~``)
because an analyst's "c." qualifies the whole span, and EDTF reads a lone
``~`` as qualifying one end only. Such half-marked ranges are rejected rather
than guessed at.

Years are limited to 1000-9999: typed years must have four digits (so a "12"
or a "31" is never taken for a year), and every displayed date must read back.

Seasons are northern meteorological ones (what the TIMEX/EDTF season codes
mean in practice); winter ``2025-WI`` is Dec 2025 - Feb 2026 and is shown as
"winter 2025–26" so nobody reads it as the winter at the start of 2025.
``19XX`` is 1900-1999, as in EDTF, shown as "20th century", the way analysts
say it; the pedantic 1901-2000 century would disagree with its own value.

Writing a value (``EventDate.value``) and reading it back (``parse_value``)
live together here so the two cannot drift apart.  Stored values and the
TIMEX3 values of the expression finder are machine-written, so they are read
strictly: exactly the canonical forms, never guessed at.  The calendar units
are below, in ``temporal.date_units``; typed text is read leniently above, in
``temporal.date_parsing``; ``temporal.dates`` is the face callers import.
"""
from __future__ import annotations

import calendar
import datetime as _dt
import re
from dataclasses import dataclass, replace

from dateutil.relativedelta import relativedelta

from .date_units import (
    MAX_YEAR,
    MIN_YEAR,
    MONTH_ABBR,
    MONTH_NAMES,
    MONTHS_PER_UNIT,
    PART_CODES,
    PART_UNITS,
    PARTS,
    SEASON_CODES,
    SEASON_WORDS,
    DateParseError,
    Precision,
    day_text,
    part_span,
    span_text,
    unit_span,
)
from .date_units import Precision as P

_DAYS_PER_STEP = {Precision.DAY: 1, Precision.WEEK: 7, Precision.WEEKEND: 7}
# Narrowest first: a span that happens to be a whole unit gets the finest label.
_INFER_ORDER = (Precision.DAY, Precision.WEEKEND, Precision.WEEK, Precision.MONTH,
                Precision.QUARTER, Precision.SEASON, Precision.HALF, Precision.YEAR,
                Precision.DECADE, Precision.CENTURY)
_ORDER = {p: i for i, p in enumerate(Precision)}


def _as_date(value) -> _dt.date:
    # A datetime is a date subclass, but would compare unequal to the same day.
    return value.date() if isinstance(value, _dt.datetime) else value


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


@dataclass(frozen=True)
class EventDate:
    """An inclusive span of days and the precision it was given with.

    Instances are always whole units (a MONTH runs from the 1st to the month's
    last day, a WEEK from Monday to Sunday...), so ``value`` and ``display``
    never lose information and both read back to an equal object.
    """

    earliest: _dt.date
    latest: _dt.date  # inclusive
    precision: Precision
    approximate: bool = False
    uncertain: bool = False  # EDTF "?": the source doubts it, as against "about" (~)
    part: str = ""  # "early", "mid" or "late": a third of the unit (TIMEX3 mod)
    time: str = ""  # a day's clock time as the source gives it: "09:49", "09:49+03:00", "..Z"

    def __post_init__(self) -> None:
        try:
            p = Precision(self.precision)
        except ValueError:
            raise DateParseError(f"Unknown date precision “{self.precision}”.") from None
        first, last = _as_date(self.earliest), _as_date(self.latest)
        object.__setattr__(self, "precision", p)
        object.__setattr__(self, "earliest", first)
        object.__setattr__(self, "latest", last)
        object.__setattr__(self, "approximate", bool(self.approximate))
        object.__setattr__(self, "uncertain", bool(self.uncertain))
        if not (MIN_YEAR <= first.year and last.year <= MAX_YEAR):
            raise DateParseError(f"Only years {MIN_YEAR}–{MAX_YEAR} are supported.")
        if last < first:
            raise DateParseError(f"“{span_text(first, last)}” ends before it starts.")
        if self.time and (p is not Precision.DAY or not _CLOCK.fullmatch(self.time)):
            raise DateParseError(f"“{self.time}”: a time of day goes with one day, as HH:MM "
                                 "with an optional zone (09:49, 09:49+03:00, 09:49Z).")
        if p is Precision.RANGE:
            if first == last:
                # It would display, and read back, as a plain day.
                raise DateParseError("A range needs at least two days; use a day instead.")
        elif self.part:
            if self.part not in PARTS or p not in PART_UNITS:
                raise DateParseError(f"“{self.part}” cannot qualify a {p.value}.")
            try:
                whole = part_span(p, first, self.part) == (first, last)
            except ValueError:
                whole = False
            if not whole:
                raise DateParseError(f"{first}/{last} is not the {self.part} {p.value}.")
        else:
            try:
                whole = unit_span(p, first) == (first, last)
            except ValueError:  # a unit running past year 9999
                whole = False
            if not whole:
                raise DateParseError(f"{first}/{last} is not a whole {p.value}.")

    @property
    def value(self) -> str:
        """The canonical string stored in the project and exported."""
        e, p = self.unit_start, self.precision
        mark = edtf_mark(self.approximate, self.uncertain)
        if p is Precision.RANGE:
            return f"{e.isoformat()}{mark}/{self.latest.isoformat()}{mark}"
        if p in (Precision.WEEK, Precision.WEEKEND):
            iso_year, week, _ = e.isocalendar()
            core = f"{iso_year}-W{week:02d}" + ("-WE" if p is Precision.WEEKEND else "")
        else:
            core = {
                Precision.DAY: e.isoformat() + (f"T{self.time}" if self.time else ""),
                Precision.MONTH: f"{e.year}-{e.month:02d}",
                Precision.QUARTER: f"{e.year}-Q{(e.month + 2) // 3}",
                Precision.SEASON: f"{e.year}-{SEASON_CODES[e.month // 3 - 1]}",
                Precision.HALF: f"{e.year}-H{1 if e.month == 1 else 2}",
                Precision.YEAR: f"{e.year}",
                Precision.DECADE: f"{e.year // 10}X",
                Precision.CENTURY: f"{e.year // 100}XX",
            }[p]
            if self.part:
                core += f"-{PART_CODES[self.part]}"
        return core + mark

    @property
    def unit_start(self) -> _dt.date:
        """The first day of the whole unit (of the month, for "early Jul 2025")."""
        if not self.part:
            return self.earliest
        return unit_span(self.precision, self.earliest)[0]

    @property
    def display(self) -> str:
        """The date as an analyst would write it; parse_date reads it back.

        Weeks and weekends show their days, which analysts read at a glance
        (few know week numbers); the "(wk 26)"/"(weekend)" tag keeps them
        apart from a typed range of the same days.
        """
        e, p = self.unit_start, self.precision
        if p is Precision.DAY:
            text = day_text(e) + (f" {clock_text(self.time)}" if self.time else "")
        elif p is Precision.WEEK:
            text = f"{span_text(e, self.latest)} (wk {e.isocalendar()[1]})"
        elif p is Precision.WEEKEND:
            text = f"{span_text(e, self.latest)} (weekend)"
        elif p is Precision.RANGE:
            text = span_text(e, self.latest)
        elif p is Precision.SEASON:
            text = f"{SEASON_WORDS[e.month // 3 - 1]} {e.year}"
            if e.month == 12:
                text += f"–{(e.year + 1) % 100:02d}"
        else:
            text = {
                Precision.MONTH: f"{MONTH_ABBR[e.month - 1]} {e.year}",
                Precision.QUARTER: f"Q{(e.month + 2) // 3} {e.year}",
                Precision.HALF: f"H{1 if e.month == 1 else 2} {e.year}",
                Precision.YEAR: f"{e.year}",
                Precision.DECADE: f"{e.year}s",
                Precision.CENTURY: f"{_ordinal(e.year // 100 + 1)} century",
            }[p]
        text = f"{self.part} {text}" if self.part else text
        text = f"{text}?" if self.uncertain else text
        return f"c. {text}" if self.approximate else text

    def sort_key(self) -> tuple:
        """Chronological by first day; on a tie the narrower span comes first.

        The trailing members only make the order total (exact before
        approximate, finer precision first) so sorting is deterministic.
        """
        span = (self.latest - self.earliest).days
        return (self.earliest, span, self.time, self.approximate, self.uncertain,
                _ORDER[self.precision], self.part)

    @property
    def sort_start(self) -> str:
        """The first day as ISO text, with the clock time when there is one
        (stored as ``date_earliest``, so same-day events sort by time)."""
        iso = self.earliest.isoformat()
        return f"{iso}T{self.time[:5]}" if self.time else iso

    @classmethod
    def from_value(cls, value: str) -> EventDate:
        """Read a stored value back; also TIMEX3 values from the detector.

        TIMEX times (``2025-07-01TMO``, ``...T03:00``) become days, ``199`` a
        decade and ``19`` a century. Relative and undetermined TIMEX values
        (PRESENT_REF, durations, X digits) have no place on a chronology and
        raise DateParseError.
        """
        return parse_value(value, timex=True)

    @classmethod
    def from_stored(cls, value: str) -> EventDate:
        """Read back a value this class wrote (``value``), strictly: a day keeps its
        clock time (``2025-07-01T09:49+03:00``), where ``from_value`` reads a TIMEX3
        time as its day, as the expression finder's conventions have it."""
        return parse_value(value, timex=False)

    @classmethod
    def from_span(cls, earliest, latest, precision: str | Precision | None = None,
                  approximate: bool = False) -> EventDate:
        """Build from a span found elsewhere (e.g. a detected expression).

        Datetimes are cut to their day; precision "time" means DAY; None
        picks the narrowest unit the span fills exactly, or RANGE. When the
        span is not the whole unit the label claims, the dates win and it
        becomes a RANGE (a one-day span: a DAY), so nothing found is lost.
        """
        first, last = _as_date(earliest), _as_date(latest)
        if isinstance(precision, str) and precision.lower() == "time":
            precision = Precision.DAY
        if precision is None:
            for p in _INFER_ORDER:
                try:
                    if unit_span(p, first) == (first, last):
                        return cls(first, last, p, approximate)
                except ValueError:  # unit past year 9999: try the next
                    continue
            precision = Precision.RANGE
        try:
            p = Precision(precision.lower() if isinstance(precision, str) else precision)
        except ValueError:
            raise DateParseError(f"Unknown date precision “{precision}”.") from None
        if p is not Precision.RANGE:
            try:
                fits = unit_span(p, first) == (first, last)
            except ValueError:
                fits = False
            if fits:
                return cls(first, last, p, approximate)
        return cls(first, last, Precision.DAY if first == last else Precision.RANGE, approximate)

    def shifted(self, units: int) -> EventDate:
        """Move by whole units of its own precision, as when dragged on a chart.

        Month-based units move by calendar months (so a quarter stays a
        quarter); a range moves by its own length, so successive drags tile.
        """
        p, e, last = self.precision, self.earliest, self.latest
        try:
            if p is Precision.RANGE:
                step = _dt.timedelta(days=units * ((last - e).days + 1))
                return replace(self, earliest=e + step, latest=last + step)
            if p in _DAYS_PER_STEP:
                step = _dt.timedelta(days=units * _DAYS_PER_STEP[p])
                return replace(self, earliest=e + step, latest=last + step)
            moved = self.unit_start + relativedelta(months=units * MONTHS_PER_UNIT[p])
            first, last = (part_span(p, moved, self.part) if self.part
                           else unit_span(p, moved))
            return replace(self, earliest=first, latest=last)
        except DateParseError:
            raise
        except (ValueError, OverflowError):
            raise DateParseError(f"Only years {MIN_YEAR}–{MAX_YEAR} are supported.") from None


_VALUE = re.compile(r"""(?:
   (?P<day>\d{4}-\d{2}-\d{2})
 | (?P<wy>\d{4})-W(?P<week>\d{1,2})(?P<we>-WE)?
 | (?P<my>\d{4})-(?P<month>\d{2})
 | (?P<qy>\d{4})-Q(?P<quarter>\d)
 | (?P<sy>\d{4})-(?P<season>SP|SU|FA|WI)
 | (?P<hy>\d{4})-H(?P<half>\d)
 | (?P<year>\d{4})
 | (?P<decade>\d{3})X
 | (?P<century>\d{2})XX )""", re.X)
# TIMEX3 times of day: a part of the day (MOrning...) or a clock time.
_TIMEX_DAY = re.compile(r"(\d{4}-\d{2}-\d{2})T(?:MO|AF|EV|NI|DT|\d{2}(?::?\d{2}){0,2}"
                        r"(?:\.\d+)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)")


# A clock time as stored: HH:MM and, when the source gave one, its zone.
_CLOCK = re.compile(r"(?:[01]\d|2[0-3]):[0-5]\d(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)?")
_TIMED_DAY = re.compile(r"(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}(?:Z|[+-]\d{2}:\d{2})?)")


def clock_text(time: str) -> str:
    """"09:49", "09:49 +03:00", "09:49 UTC": how a stored clock time is shown."""
    if time.endswith("Z"):
        return f"{time[:-1]} UTC"
    return f"{time[:5]} {time[5:]}" if len(time) > 5 else time


def edtf_mark(approximate: bool, uncertain: bool) -> str:
    """EDTF's qualifier: ``~`` approximate, ``?`` uncertain, ``%`` both."""
    return {(True, True): "%", (True, False): "~", (False, True): "?"}.get(
        (approximate, uncertain), "")


def split_mark(s: str) -> tuple[str, bool, bool]:
    """A value without its EDTF qualifier, and whether it was approximate, uncertain."""
    mark = s[-1:] if s[-1:] in ("~", "?", "%") else ""
    return (s[:-1] if mark else s), mark in ("~", "%"), mark in ("?", "%")


def real_date(y: int, m: int, d: int, text: str) -> _dt.date:
    """The date, or the analyst-facing reason it does not exist."""
    if not MIN_YEAR <= y <= MAX_YEAR:
        raise DateParseError(f"“{text}”: only years {MIN_YEAR}–{MAX_YEAR} are supported.")
    if not 1 <= m <= 12:
        raise DateParseError(f"“{text}” is not a real date: there is no month {m}.")
    days = calendar.monthrange(y, m)[1]
    if not 1 <= d <= days:
        raise DateParseError(f"“{text}” is not a real date: "
                             f"{MONTH_NAMES[m - 1]} {y} has {days} days.")
    return _dt.date(y, m, d)


def whole_unit(p: P, y: int, m: int, text: str, approx: bool = False) -> EventDate:
    """The whole unit of ``p`` starting at year ``y``, month ``m``."""
    if not MIN_YEAR <= y <= MAX_YEAR:
        raise DateParseError(f"“{text}”: only years {MIN_YEAR}–{MAX_YEAR} are supported.")
    try:
        return EventDate(*unit_span(p, _dt.date(y, m, 1)), p, approx)
    except DateParseError:
        raise
    except ValueError:  # e.g. winter 9999 ends in year 10000
        raise DateParseError(
            f"“{text}”: only years {MIN_YEAR}–{MAX_YEAR} are supported.") from None


def numbered(kind: str, n: int, top: int, text: str) -> int:
    if not 1 <= n <= top:
        raise DateParseError(f"“{text}” is not a real date: there is no {kind} {n}.")
    return n


def iso_week(y: int, week: int, weekend: bool, text: str, approx: bool = False) -> EventDate:
    if not MIN_YEAR <= y <= MAX_YEAR:
        raise DateParseError(f"“{text}”: only years {MIN_YEAR}–{MAX_YEAR} are supported.")
    weeks = _dt.date(y, 12, 28).isocalendar()[1]  # 28 Dec is always in the last week
    if not 1 <= week <= weeks:
        raise DateParseError(f"“{text}” is not a real week: {y} has {weeks} ISO weeks.")
    p = P.WEEKEND if weekend else P.WEEK
    try:
        return EventDate(*unit_span(p, _dt.date.fromisocalendar(y, week, 1)), p, approx)
    except DateParseError:
        raise
    except ValueError:  # the last week of 9999 ends in year 10000
        raise DateParseError(
            f"“{text}”: only years {MIN_YEAR}–{MAX_YEAR} are supported.") from None


def match_value(s: str, timex: bool, text: str) -> EventDate | None:
    """The EventDate a value string names; None if it is not one at all."""
    if "/" in s:
        first, sep, last = s.partition("/")
        a, b = match_value(first, False, text), match_value(last, False, text)
        if a is None or b is None or P.DAY not in (a.precision, b.precision) \
                or a.precision != b.precision or "/" in last:
            return None
        if (a.approximate, a.uncertain) != (b.approximate, b.uncertain):
            raise DateParseError(f"“{text}”: mark both ends of a qualified range alike "
                                 "(~, ? or %).")
        if b.earliest < a.earliest:
            raise DateParseError(f"“{text}” ends before it starts.")
        found = EventDate.from_span(a.earliest, b.earliest, P.RANGE, a.approximate)
        return replace(found, uncertain=a.uncertain)
    core, approx, uncertain = split_mark(s)
    head, _, code = core.rpartition("-")
    if code in PART_CODES.values() and head:
        found = match_value(head + edtf_mark(approx, uncertain), timex, text)
        if found is None or found.precision not in PART_UNITS:
            return None
        part = next(name for name, c in PART_CODES.items() if c == code)
        return replace(found, part=part, earliest=part_span(found.precision, found.earliest,
                                                            part)[0],
                       latest=part_span(found.precision, found.earliest, part)[1])
    if not timex and (m := _TIMED_DAY.fullmatch(core)):  # ours: a day with its clock time
        found = match_value(m[1] + edtf_mark(approx, uncertain), timex, text)
        return replace(found, time=m[2]) if _CLOCK.fullmatch(m[2]) else None
    if uncertain:
        found = match_value(core + ("~" if approx else ""), timex, text)
        return None if found is None else replace(found, uncertain=True)
    if timex:
        if m := _TIMEX_DAY.fullmatch(core):
            core = m[1]
        elif re.fullmatch(r"\d{2,3}", core):  # TIMEX "199": the 1990s; "19": 1900s
            core += "X" * (4 - len(core))
    m = _VALUE.fullmatch(core)
    if m is None:
        return None
    g = {k: v for k, v in m.groupdict().items() if v is not None}
    if "day" in g:
        y, mo, d = map(int, g["day"].split("-"))
        return EventDate(*[real_date(y, mo, d, text)] * 2, P.DAY, approx)
    if "week" in g:
        return iso_week(int(g["wy"]), int(g["week"]), "we" in g, text, approx)
    if "month" in g:
        month = numbered("month", int(g["month"]), 12, text)
        return whole_unit(P.MONTH, int(g["my"]), month, text, approx)
    if "quarter" in g:
        q = numbered("quarter", int(g["quarter"]), 4, text)
        return whole_unit(P.QUARTER, int(g["qy"]), 3 * q - 2, text, approx)
    if "season" in g:
        first_month = 3 + 3 * SEASON_CODES.index(g["season"])
        return whole_unit(P.SEASON, int(g["sy"]), first_month, text, approx)
    if "half" in g:
        h = numbered("half", int(g["half"]), 2, text)
        return whole_unit(P.HALF, int(g["hy"]), 6 * h - 5, text, approx)
    if "year" in g:
        return whole_unit(P.YEAR, int(g["year"]), 1, text, approx)
    if "decade" in g:
        return whole_unit(P.DECADE, int(g["decade"]) * 10, 1, text, approx)
    return whole_unit(P.CENTURY, int(g["century"]) * 100, 1, text, approx)


def parse_value(value: str, timex: bool = True) -> EventDate:
    """EventDate.from_value: strict canonical (and, if ``timex``, TIMEX3) values."""
    s = str(value).strip()
    result = match_value(s, timex, s)
    if result is not None:
        return result
    if re.fullmatch(r"[A-Z_]+_REF", s):
        raise DateParseError(f"“{s}” is relative to the article's date, not a fixed date.")
    if s.startswith(("P", "T")) or "X" in s:
        raise DateParseError(f"“{s}” is a duration or an undetermined date, not a fixed date.")
    raise DateParseError(f"“{s}” is not a date value.")
