"""Where an article's published date came from, and what else was found.

The published date anchors every relative date of the article, so the
analyst must see where it came from ("from the dateline '1 липня 2025,
09:49'") and must never have disagreeing evidence settled behind their back.
Candidates are ranked by trust (``TRUST``); the most trusted one is used and
every candidate naming another day is kept as a conflict, shown in Article
Details until the analyst confirms a date.  Conflicts are stored as JSON in
the article's ``published_conflicts`` column.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, dataclass

from temporal.dates import DateParseError, Precision, parse_date


def normalise_published(text: str) -> str:
    """A published date as typed or found, as the ISO string to store ("" clears it).

    Accepts an ISO timestamp as pages give it (kept with its time and zone) or
    a day written as analysts write it ("1 July 2025", "01/07/2025"); raises
    ValueError with a readable message for anything else.
    """
    text = text.strip()
    if not text:
        return ""
    try:
        dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
        # Valid ISO 8601 is kept as written: "09:49" does not become "09:49:00".
        return text[:10] + "T" + text[11:] if text[10:11] == " " else text
    except ValueError:
        pass
    try:
        date = parse_date(text)
    except DateParseError as exc:
        raise ValueError(str(exc)) from None
    if date.precision != Precision.DAY or date.approximate:
        raise ValueError(f"“{text}” is not one day; the published date must be a day, "
                         "e.g. 1 July 2025 or 2025-07-01.")
    return date.earliest.isoformat()


# The order of trust, most trusted first. "manifest" and "command line" are
# dates the analyst gave for the import; "analyst" one typed in Article Details.
# An "Updated ..." line is last: a story is updated after it is published.
TRUST = ("analyst", "manifest", "command line", "page", "pdf", "published line", "timestamp",
         "dateline", "file name", "address", "updated line")
_LABELS = {
    "analyst": "typed in Article Details", "command line": "given on the command line",
    "manifest": "from the manifest", "page": "from the page's metadata",
    "pdf": "from the PDF's metadata", "published line": "from the line",
    "timestamp": "from the timestamp", "dateline": "from the dateline",
    "updated line": "from the “updated” line (no publication date was given)",
    "file name": "from the file name", "address": "from the address",
}


@dataclass(frozen=True)
class Evidence:
    """One published date found for an article: ISO value, its source, the words."""

    value: str
    source: str
    evidence: str = ""

    @property
    def day(self) -> str:
        return self.value[:10]

    def describe(self) -> str:
        """"2025-07-01 from the dateline '1 липня 2025, 09:49'"-style words for the analyst."""
        label = _LABELS.get(self.source, f"from {self.source}")
        quoted = f" “{self.evidence}”" if self.evidence and self.source != "analyst" else ""
        return f"{label}{quoted}"


@dataclass(frozen=True)
class Settled:
    """The date to store, where it came from and the evidence that disagrees."""

    published: str = ""
    source: str = ""
    evidence: str = ""
    conflicts: tuple[Evidence, ...] = ()

    @property
    def conflicts_json(self) -> str:
        return dump_conflicts(self.conflicts)


def settle(candidates: list[Evidence]) -> Settled:
    """The most trusted candidate, with every candidate of another day as a conflict."""
    ranked = sorted((c for c in candidates if c.value),
                    key=lambda c: TRUST.index(c.source) if c.source in TRUST else len(TRUST))
    if not ranked:
        return Settled()
    chosen = ranked[0]
    conflicts: list[Evidence] = []
    for other in ranked[1:]:
        if other.source == "updated line" and other.day >= chosen.day:
            continue  # updated after it was published: no disagreement
        if other.day != chosen.day and all(c.day != other.day for c in conflicts):
            conflicts.append(other)
    return Settled(chosen.value, chosen.source, chosen.evidence, tuple(conflicts))


def dump_conflicts(conflicts) -> str:
    return json.dumps([asdict(c) for c in conflicts], ensure_ascii=False) if conflicts else ""


def load_conflicts(stored: str) -> list[Evidence]:
    """The conflicts column back as Evidence; anything unreadable is no conflict."""
    try:
        items = json.loads(stored) if stored else []
    except ValueError:
        return []
    if not isinstance(items, list):
        return []
    return [Evidence(str(i.get("value", "")), str(i.get("source", "")),
                     str(i.get("evidence", ""))) for i in items
            if isinstance(i, dict) and i.get("value")]


def conflict_note(article) -> str:
    """One sentence on evidence that disagrees with an article's date, or "".

    ``article`` is anything with ``published``, ``published_source``,
    ``published_evidence`` and ``published_conflicts`` (a record or a draft).
    """
    others = load_conflicts(article.published_conflicts)
    if not article.published or not others:
        return ""
    used = Evidence(article.published, article.published_source, article.published_evidence)
    also = "; ".join(f"{o.day} {o.describe()}" for o in others)
    return f"The published date {used.day} is {used.describe()}, but the article also gives {also}."
