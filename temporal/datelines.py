"""When an article says it was published: datelines, timestamps and dated names.

News pages and the plain-text copies analysts keep of them carry their own
publication date near the top, in a few fixed forms: a timestamp line
("1 липня 2025, 09:49", "الثلاثاء ١ يوليو ٢٠٢٥"), a labelled one ("Posted on
June 30, 2025", "Опубликовано: 01.07.2025", "Updated July 1, 2025"), or a
wire dateline ("KYIV, July 1 (Reuters) —").  A date further down, or inside a
sentence, is what the story is about, not when it was written, so only the
first lines count and only when the line *is* the date (a timestamp), says so
(a label) or has the dateline's shape.  File names and addresses often carry
the day too (``izhevsk-2025-07-01.txt``, ``/news/2025/07/2/``).

English, Russian, Ukrainian and Arabic (Western, Levantine month names;
Arabic-Indic digits, which Python's ``\\d`` and ``int`` read as digits).
Self-contained on purpose: no Qt, no SQL, nothing from the expression finder.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

# How far down a dateline or timestamp may sit: below this it is story text.
FIRST_LINES = 8
_LINE_CHARS = 300  # a dateline or timestamp starts a line; the rest is story
_MONTHS = {
    1: "january jan січня січень січ января январь янв يناير كانون_الثاني",
    2: "february feb лютого лютий лют февраля февраль фев فبراير شباط",
    3: "march mar березня березень бер марта март мар مارس آذار",
    4: "april apr квітня квітень квіт апреля апрель апр أبريل ابريل إبريل نيسان",
    5: "may травня травень трав мая май مايو أيار ايار",
    6: "june jun червня червень черв июня июнь يونيو يونيه حزيران",
    7: "july jul липня липень лип июля июль يوليو يوليه تموز",
    8: "august aug серпня серпень серп августа август авг أغسطس اغسطس آب",
    9: "september sep sept вересня вересень вер сентября сентябрь сен سبتمبر أيلول ايلول",
    10: "october oct жовтня жовтень жовт октября октябрь окт أكتوبر اكتوبر تشرين_الأول",
    11: "november nov листопада листопад лист ноября ноябрь ноя نوفمبر تشرين_الثاني",
    12: "december dec грудня грудень груд декабря декабрь дек ديسمبر كانون_الأول",
}
MONTH_NUMBERS = {word.replace("_", " "): number for number, words in _MONTHS.items()
                 for word in words.split()}
_MONTH = "(?:" + "|".join(sorted((re.escape(w) for w in MONTH_NUMBERS), key=len,
                                 reverse=True)) + r")\.?"
_WEEKDAY = (r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?|"
            r"понеділок|вівторок|середа|четвер|п'ятниця|п’ятниця|субота|неділя|"
            r"понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|"
            r"(?:ال)?(?:اثنين|إثنين|ثلاثاء|أربعاء|اربعاء|خميس|جمعة|سبت|أحد|احد))")
_DAY, _YEAR = r"(?P<day>\d{1,2})", r"(?P<year>\d{4})"
_AMPM = r"[ap]\.?\s?m\.?(?!\w)|ص|م(?!\w)"  # Arabic: ص before noon, م after
# "09:49, 1 липня 2025", "2:04 PM EDT, July 1, 2025": the time first.
_TIME_FIRST = (rf"(?:(?P<hour0>\d{{1,2}}):(?P<minute0>\d{{2}})\s*(?P<ampm0>{_AMPM})?"
               r"(?:\s*[A-Z]{2,4}(?:[+-]\d{1,2}(?::?\d{2})?)?\b)?\s*[,|·]?\s*)?")
_TIME = (r"(?:\s*(?:,|،|at|в|о|об|um|\||-|—)?\s*(?P<hour>\d{1,2})[:.](?P<minute>\d{2})"
         rf"(?::(?P<second>\d{{2}}))?\s*(?P<ampm>{_AMPM})?"
         r"(?:\s*(?P<zone>UTC|GMT|Z)(?P<offset>[+-]\d{1,2}(?::?\d{2})?)?"
         r"|(?P<offset2>[+-]\d{2}:?\d{2}))?)?")
_WORDY = (rf"(?:{_WEEKDAY}\s*[,،]?\s*)?(?:{_DAY}\s+(?P<month>{_MONTH})|"
          rf"(?P<month2>{_MONTH})\s+(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?)"
          rf"(?:\s*[,،]?\s*{_YEAR}(?:\s*(?:г\.|р\.|року|года|م))?)?")
_NUMERIC = (r"(?:(?P<iso>(?P<iy>\d{4})(?P<isep>[-/.])(?P<im>\d{1,2})(?P=isep)(?P<id>\d{1,2}))"
            r"(?:T|\s)?|"
            r"(?P<dd>\d{1,2})[./](?P<mm>\d{1,2})[./](?P<yyyy>\d{4}))")
_DATE = re.compile(rf"(?<!\w){_TIME_FIRST}(?:{_WORDY}|{_NUMERIC}){_TIME}(?!\w)", re.IGNORECASE)
_LABEL = re.compile(
    r"(?<!\w)(?:(?P<updated>(?:last\s+)?updated|modified|обновлено|обновлён|оновлено|"
    r"آخر\s+تحديث|تم\s+التحديث|تحديث)|"
    r"(?:posted|published|first\s+published|date|опубликовано|опубликован|дата\s+публикации|"
    r"опубліковано|оприлюднено|дата\s+публікації|дата|نشر|نُشر|تاريخ\s+النشر|تم\s+النشر|"
    r"بتاريخ|التاريخ))"
    r"(?:\s+(?:on|at|في))?\s*[:：]?\s*$", re.IGNORECASE)
# "KYIV, July 1 (Reuters) —", "LONDON (AP) —", "(MENAFN) Ukraine reported...".
_AGENCY = re.compile(r"\s*\((?P<agency>[A-Z][A-Za-z.&' -]{1,28}|[A-Z]{2,}[\w.&' -]{0,28})\)"
                     r"\s*(?:[—–-]+\s*)?")
_DATELINE_PLACE = re.compile(r"^(?P<place>[A-ZА-ЯЁІЇЄҐ][A-ZА-ЯЁІЇЄҐ'’. -]+)"
                             r"(?:,\s*[\w .'’-]{2,30}?)?"
                             r"(?:,\s*|\s+(?=\())")
_NAME_DATE = re.compile(
    r"(?<![0-9])(?P<y>(?:19|20)\d{2})(?P<s>[-_./]?)(?P<m>0[1-9]|1[0-2])(?P=s)"
    r"(?P<d>0[1-9]|[12]\d|3[01])(?![0-9])"
    r"|(?<![0-9])(?P<d2>0[1-9]|[12]\d|3[01])(?P<s2>[-_.])(?P<m2>0[1-9]|1[0-2])(?P=s2)"
    r"(?P<y2>(?:19|20)\d{2})(?![0-9])"
    r"|/(?P<y3>(?:19|20)\d{2})/(?P<m3>0?[1-9]|1[0-2])/(?P<d3>0?[1-9]|[12]\d|3[01])(?=/|$)")
_LETTERS = re.compile(r"[^\W\d_]+")
_DIGIT = re.compile(r"\d")


@dataclass(frozen=True)
class Dateline:
    """A publication date found in the text, and the words that gave it.

    ``value`` is ISO 8601 as precise as the text (a day, or a day and time
    with the zone when given); "" when the text gives a day without its year
    ("KYIV, July 1 (Reuters)"), which dates nothing on its own. ``kind`` is
    "timestamp", "published", "updated" or "dateline"; ``agency`` the wire
    credited in the dateline, if any.
    """

    value: str
    evidence: str
    kind: str
    agency: str = ""


def _number(text: str | None) -> int | None:
    return int(text) if text else None


def _iso(match: re.Match) -> str | None:
    """The ISO value of a _DATE match, or None if it is no real date."""
    g = match.groupdict()
    if g["iso"]:
        year, month, day = int(g["iy"]), int(g["im"]), int(g["id"])
    elif g["dd"]:
        day, month, year = int(g["dd"]), int(g["mm"]), int(g["yyyy"])
        if month > 12 >= day:  # 07/31/2025 can only be month first
            day, month = month, day
    else:
        word = (g["month"] or g["month2"]).lower().rstrip(".")
        month = MONTH_NUMBERS.get(word)
        day, year = int(g["day"] or g["day2"]), _number(g["year"])
        if year is None:
            return "" if month and 1 <= day <= 31 else None
    try:
        value = dt.date(year, month, day).isoformat()
    except (TypeError, ValueError):
        return None
    first = g["hour"] is None
    if first and g["hour0"] is None:
        return value
    hour, minute = int(g["hour0" if first else "hour"]), int(g["minute0" if first else "minute"])
    ampm = (g["ampm0" if first else "ampm"] or "").lower().replace(".", "").replace(" ", "")
    ampm = {"ص": "am", "م": "pm"}.get(ampm, ampm)
    hour += 12 if ampm == "pm" and hour < 12 else -12 if ampm == "am" and hour == 12 else 0
    if hour > 23 or minute > 59:
        return value
    zone = ""
    if g["zone"] or g["offset2"]:
        offset = g["offset"] or g["offset2"] or ""
        digits = offset[1:].replace(":", "")
        if not offset:
            zone = "Z"
        elif len(digits) <= 2:
            zone = f"{offset[0]}{int(digits):02d}:00"
        else:
            zone = f"{offset[0]}{int(digits[:-2]):02d}:{digits[-2:]}"
    second = f":{g['second']}" if g["second"] and not first else ""
    return f"{value}T{hour:02d}:{minute:02d}{second}{zone}"


def _leftover_words(line: str, match: re.Match) -> int:
    rest = line[:match.start()] + " " + line[match.end():]
    rest = _LABEL.sub(" ", rest)
    return len(_LETTERS.findall(rest))


@lru_cache(maxsize=256)
def _line_datelines(line: str) -> tuple[Dateline, ...]:
    """What one of the first lines says about the publication date (cached: the
    headline finder asks about the same lines)."""
    line = line[:_LINE_CHARS]
    if not _DIGIT.search(line):
        return ()  # every date form has digits
    found: list[Dateline] = []
    for match in _DATE.finditer(line):
        value = _iso(match)
        if value is None:
            continue
        before = line[:match.start()]
        label = _LABEL.search(before.rstrip(" ,|·•—–-") + " ") if before.strip() else None
        label = label or _LABEL.search(before)
        evidence = match.group(0).strip(" ,|-—")
        if label:
            kind = "updated" if label.group("updated") else "published"
            evidence = (line[label.start():match.end()]).strip()
            found.append(Dateline(value, evidence, kind))
        elif _leftover_words(line, match) <= 3 and len(line) <= 120:
            found.append(Dateline(value, evidence, "timestamp"))
        else:
            place = _DATELINE_PLACE.match(line)
            if place and place.end() >= match.start() - 1 and match.start() <= 60:
                agency = _AGENCY.match(line, match.end())
                end = agency.end() if agency else match.end()
                found.append(Dateline(value, line[:end].strip(" —–-"), "dateline",
                                      agency.group("agency").strip() if agency else ""))
    return tuple(found)


def first_lines(text: str, count: int = FIRST_LINES) -> list[str]:
    """The first ``count`` non-empty lines, stripped."""
    lines = []
    for line in text.split("\n"):
        if line.strip():
            lines.append(line.strip())
            if len(lines) == count:
                break
    return lines


def find_datelines(text: str) -> list[Dateline]:
    """Every dateline and timestamp in the first lines, in order (with year or not)."""
    return [d for line in first_lines(text) for d in _line_datelines(line)]


def published_from_text(text: str) -> Dateline | None:
    """The publication date the text gives: labelled as published first, then a
    bare timestamp line, then a wire dateline, then "updated"; None without one."""
    found = [d for d in find_datelines(text) if d.value]
    for kind in ("published", "timestamp", "dateline", "updated"):
        chosen = next((d for d in found if d.kind == kind), None)
        if chosen is not None:
            return chosen
    return None


def is_timestamp_line(line: str) -> bool:
    """A line that is only a date or a labelled date: never a headline."""
    return any(d.kind in ("timestamp", "published", "updated")
               for d in _line_datelines(line.strip()))


def wire_agency(text: str) -> str:
    """The agency a wire dateline credits ("KYIV (Reuters) —", "(MENAFN) ..."), or ""."""
    for line in first_lines(text, 4):
        credited = next((d.agency for d in _line_datelines(line) if d.agency), "")
        if credited:
            return credited
        place = _DATELINE_PLACE.match(line)
        if line.startswith("("):
            agency = _AGENCY.match(line)
        elif place:
            agency = _AGENCY.search(line[:place.end() + 30], place.end())
        else:
            agency = None
        if agency:
            return agency.group("agency").strip()
    return ""


# The city a wire story opens with, in capitals ("KYIV, Ukraine —", "LONDON (AP) —",
# "NEW YORK, July 1 (Reuters) -"): at most four words and a region after a comma.
_PREFIX_PLACE = re.compile(r"(?P<place>[A-ZА-ЯЁІЇЄҐ][A-ZА-ЯЁІЇЄҐ'’.-]+"
                           r"(?: [A-ZА-ЯЁІЇЄҐ][A-ZА-ЯЁІЇЄҐ'’.-]+){0,3})"
                           r"(?:,\s*(?P<region>[^\W\d_][\w.'’-]*(?: [\w.'’-]+){0,3}?))?"
                           r"(?=\s*[,(—–-])")
_PREFIX_DASH = re.compile(r"\s*(?:[—–]|--?)\s*")


def dateline_span(text: str) -> tuple[int, int] | None:
    """Where the wire dateline that opens the story sits in ``text`` (start, end),
    or None.

    The dateline says where the story was *filed* ("KYIV, Ukraine — A drone struck a
    plant in Izhevsk"), so whoever reads places out of the story skips it. Its shape:
    a line of the first lines opening with a city in capitals, an optional region
    and date after commas, an optional agency in brackets, and a dash (the dash or
    the agency is required: a headline in capitals has neither).
    """
    offset = 0
    seen = 0
    for raw in text.split("\n"):
        line = raw.strip()
        if line:
            seen += 1
            lead = offset + raw.index(line[0])
            end = _prefix_end(line)
            if end:
                return lead, lead + end
            if seen == FIRST_LINES:
                break
        offset += len(raw) + 1
    return None


def _prefix_end(line: str) -> int:
    """The length of the dateline prefix ``line`` opens with, or 0."""
    place = _PREFIX_PLACE.match(line)
    if place is None or not any(c.isalpha() for c in place.group("place")):
        return 0
    pos = place.end()
    date = _DATE.match(line, pos + len(line[pos:]) - len(line[pos:].lstrip(" ,")))
    if date and _iso(date) is not None:
        pos = date.end()
    agency = _AGENCY.match(line, pos)
    if agency:
        return agency.end()
    dash = _PREFIX_DASH.match(line, pos)
    return dash.end() if dash and dash.group(0).strip() else 0


def date_in_name(name: str) -> tuple[str, str] | None:
    """(ISO day, the digits as written) from a file name or web address, or None.

    ``2025-07-01``, ``20250701``, ``01-07-2025`` (day first) and address paths
    ``/2025/07/2/``. A name with two different dates gives none: which is the
    publication day cannot be told.
    """
    days = {}
    for match in _NAME_DATE.finditer(name):
        g = match.groupdict()
        year, month, day = ((g["y"], g["m"], g["d"]) if g["y"] else
                            (g["y2"], g["m2"], g["d2"]) if g["y2"] else
                            (g["y3"], g["m3"], g["d3"]))
        try:
            value = dt.date(int(year), int(month), int(day)).isoformat()
        except ValueError:
            continue
        days.setdefault(value, match.group(0).strip("/"))
    if len(days) != 1:
        return None
    return next(iter(days.items()))
