"""What an event's sources say together: how many outlets, whether they agree on
the date, how they are graded (issue 12).

Why outlets and not passages: five passages of one wire story are one source;
an analyst weighs an event told by BBC, AP and Ruposters differently from one
told three times by BBC. A source is an outlet (an article's, or a cited
source's from a CSV/ACLED/JSON import: "Star Tribune (Associated Press story)"
and "Star Tribune" are one), or the article itself when it names no outlet.

Each linked passage keeps the date its source gives (``annotations.source_date``);
an event whose sources give different dates says so as "30 Jun 2025 (Ruposters)
· 1 Jul 2025 (BBC News)", in the table and the panel.
"""

from __future__ import annotations

import string
from dataclasses import dataclass

from storage.records import Annotation, stored_date

# The outlet as compared: lower case, without a parenthesised credit.
_BASE = ("lower(trim(CASE WHEN instr({0}, ' (') > 0 THEN substr({0}, 1, instr({0}, ' (') - 1) "
         "ELSE {0} END))")
_KEYS = (
    f"SELECT n.event_id AS event_id, CASE WHEN a.outlet != '' THEN {_BASE.format('a.outlet')} "
    "ELSE '#' || a.id END AS outlet FROM annotations n JOIN articles a ON a.id = n.article_id "
    "{passages} UNION ALL "
    f"SELECT ev.id, CASE WHEN s.outlet != '' THEN {_BASE.format('s.outlet')} "
    "ELSE '@' || s.position END FROM event_sources s JOIN events ev ON ev.uuid = s.event_uuid "
    "{cited}")
# Columns of one event ``e`` in a larger statement: its distinct sources, the dates
# its sources give (JSON [date, outlet, article id], in published order) and the mark
# of a lost last source.
ONE_EVENT_SOURCES = (
    "(SELECT COUNT(DISTINCT outlet) FROM ("
    + _KEYS.format(passages="WHERE n.event_id = e.id", cited="WHERE ev.id = e.id") + ")), "
    "(SELECT json_group_array(json_array(source_date, outlet, id)) FROM (SELECT n.source_date, "
    "a.outlet, a.id FROM annotations n JOIN articles a ON a.id = n.article_id "
    "WHERE n.event_id = e.id AND n.source_date != '' ORDER BY a.published, a.id)), "
    "e.sources_lost")
RELIABILITY = ("A", "B", "C", "D", "E", "F")
RELIABILITY_NAMES = {"A": "completely reliable", "B": "usually reliable",
                     "C": "fairly reliable", "D": "not usually reliable", "E": "unreliable",
                     "F": "reliability cannot be judged"}
CREDIBILITY_NAMES = {1: "confirmed by other sources", 2: "probably true", 3: "possibly true",
                     4: "doubtful", 5: "improbable", 6: "truth cannot be judged"}


def _among(ids, column: str) -> tuple[str, list]:
    if ids is None:
        return "", []
    return (f"WHERE {column} IN (SELECT value FROM json_each(?))",
            ["[" + ",".join(map(str, ids)) + "]"])


def source_facts(db, ids=None) -> tuple[dict[int, int], dict[int, str], dict[int, str]]:
    """For these events (None: all), in one statement: distinct sources of each event
    that has any, the dates of those whose sources disagree ("30 Jun 2025 (Ruposters)
    · 1 Jul 2025 (BBC News)", earliest first) and those marked as having lost their
    last source (id -> when)."""
    passages, first = _among(ids, "n.event_id")
    cited, second = _among(ids, "ev.id")
    dated, third = _among(ids, "event_id")
    lost, fourth = _among(ids, "id")
    keys = _KEYS.format(passages=passages, cited=cited)
    sql = (
        f"SELECT 0, event_id, COUNT(DISTINCT outlet), '', 0, 0 FROM ({keys}) GROUP BY event_id "
        "UNION ALL SELECT 1, n.event_id, n.source_date, a.outlet, a.published, a.id "
        "FROM annotations n JOIN articles a ON a.id = n.article_id WHERE n.source_date != '' "
        f"AND n.event_id IN (SELECT event_id FROM annotations {dated} "
        f"{'AND' if dated else 'WHERE'} source_date != '' GROUP BY event_id "
        "HAVING COUNT(DISTINCT source_date) > 1) "
        f"UNION ALL SELECT 2, id, sources_lost, '', 0, 0 FROM events {lost} "
        f"{'AND' if lost else 'WHERE'} sources_lost != '' ORDER BY 1, 2, 5, 6")
    if ids is None:  # the whole project: counted here, cheaper than SQL's join and group
        sql = sql.replace(f"SELECT 0, event_id, COUNT(DISTINCT outlet), '', 0, 0 FROM ({keys}) "
                          "GROUP BY event_id UNION ALL ", "")
        first = second = []
    counts: dict[int, int] = {} if ids is not None else _all_counts(db)
    by_event: dict[int, list] = {}
    gone: dict[int, str] = {}
    for kind, event_id, value, outlet, _published, article_id in db.execute(
            sql, first + second + third + fourth):
        if kind == 0:
            counts[event_id] = value
        elif kind == 2:
            gone[event_id] = value
        else:
            by_event.setdefault(event_id, []).append((value, outlet, article_id))
    return counts, {e: disagreement(given) for e, given in by_event.items()}, gone


def _all_counts(db) -> dict[int, int]:
    """Distinct sources of every event, as ``_KEYS`` counts them, in Python: one pass
    over the passages and one over the articles (150,000 and 10,000 rows in a large
    project) instead of a join grouped in SQL (several times slower there)."""
    outlet_of = {article_id: (_base(outlet) if outlet else f"#{article_id}")
                 for article_id, outlet in db.execute("SELECT id, outlet FROM articles")}
    seen: dict[int, set] = {}
    for event_id, article_id in db.execute("SELECT event_id, article_id FROM annotations"):
        keys = seen.get(event_id)
        if keys is None:
            seen[event_id] = {outlet_of[article_id]}
        else:
            keys.add(outlet_of[article_id])
    for event_id, outlet, position in db.execute(
            "SELECT e.id, s.outlet, s.position FROM event_sources s JOIN events e "
            "ON e.uuid = s.event_uuid"):
        seen.setdefault(event_id, set()).add(_base(outlet) if outlet else f"@{position}")
    return {event_id: len(keys) for event_id, keys in seen.items()}


_ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)


def _base(outlet: str) -> str:
    """The outlet as ``_BASE`` compares it: no parenthesised credit, trimmed, A–Z in
    lower case (SQLite's lower() folds ASCII only; both must count alike)."""
    at = outlet.find(" (")
    return (outlet[:at] if at >= 0 else outlet).strip(" ").translate(_ASCII_LOWER)


def disagreement(given) -> str:
    """"30 Jun 2025 (Ruposters) · 1 Jul 2025 (BBC News)" from the (date, outlet,
    article id) each source gives, earliest first; "" when they agree."""
    dates: dict[str, list[str]] = {}
    for value, outlet, article_id in given:
        names = dates.setdefault(value, [])
        name = short_outlet(outlet) if outlet else f"article {article_id}"
        if name not in names:
            names.append(name)
    if len(dates) < 2:
        return ""
    return " · ".join(f"{shown_date(v)} ({', '.join(dates[v])})"
                      for v in sorted(dates, key=_sort_key))


def distinct_sources(lines) -> int:
    """Distinct sources among an event's source lines (as ``source_facts`` counts)."""
    return len({_base(line.outlet) if line.outlet
                else f"#{line.annotation_id or line.title}" for line in lines})


def short_outlet(outlet: str) -> str:
    """"Ruposters (ruposters.ru)" -> "Ruposters": the name a date list can hold."""
    return outlet.split(" (", 1)[0].strip() or outlet


def _sort_key(value: str):
    date = stored_date(value)
    return (0, date.sort_key()) if date is not None else (1, value)


def shown_date(value: str) -> str:
    date = stored_date(value)
    return date.display if date is not None else value


@dataclass(frozen=True)
class SourceLine:
    """One source of an event, as the event panel lists it."""

    annotation_id: int | None  # None for a cited source without an article
    outlet: str
    title: str  # the article's title, or the cited source's
    date: str  # the date the source gives ("" none of its own)
    reliability: str  # the outlet's grade, A–F, "" ungraded
    credibility: int | None  # the passage's grade, 1–6
    passage: Annotation | None = None  # the linked passage itself

    @property
    def grade(self) -> str:
        """"B2", "B", "2" or "" as analysts write Admiralty grades."""
        return f"{self.reliability}{self.credibility or ''}"


_PASSAGE = ("id", "uuid", "article_id", "event_id", "start", '"end"', "quote", "prefix",
            "suffix", "note", "created_at", "expression_start", "expression_end",
            "expression_value", "source_date", "credibility")


def event_sources(project, event_id: int) -> list[SourceLine]:
    """The sources of one event: its passages (by article, then position) and its
    cited sources (by position); one statement, the panel's only read of them."""
    cited = ["NULL"] * (len(_PASSAGE) - 2) + ["''", "s.credibility"]
    rows = project.db.execute(
        f"SELECT 0, {', '.join('n.' + c for c in _PASSAGE)}, a.title, a.outlet, "
        "g.reliability, a.id FROM annotations n JOIN articles a ON a.id = n.article_id "
        "LEFT JOIN outlet_grades g ON g.outlet = a.outlet WHERE n.event_id = ? "
        f"UNION ALL SELECT 1, {', '.join(cited)}, s.title, s.outlet, g.reliability, "
        "s.position FROM event_sources s JOIN events e ON e.uuid = s.event_uuid "
        "LEFT JOIN outlet_grades g ON g.outlet = s.outlet WHERE e.id = ? "
        "ORDER BY 1, 21, 6", [event_id, event_id]).fetchall()
    lines = []
    for row in rows:
        passage = Annotation(*row[1:17]) if row[0] == 0 else None
        title, outlet, grade = row[17:20]
        lines.append(SourceLine(row[1], outlet, title, row[15], grade or "", row[16],
                                passage))
    return lines


def grades_by_event(project) -> dict[int, list[str]]:
    """Every graded event's Admiralty grades, one per source ("B2", "", "C") in the
    exports' order of sources (cited_sources.sources_by_event); nothing to read when
    the project grades nothing (the usual large project)."""
    db = project.db
    if not db.execute("SELECT EXISTS (SELECT 1 FROM outlet_grades) OR EXISTS (SELECT 1 FROM "
                      "annotations WHERE credibility IS NOT NULL) OR EXISTS (SELECT 1 FROM "
                      "event_sources WHERE credibility IS NOT NULL)").fetchone()[0]:
        return {}
    grades: dict[int, list[str]] = {}
    for query in (
            "SELECT n.event_id, g.reliability, n.credibility FROM annotations n "
            "JOIN articles a ON a.id = n.article_id LEFT JOIN outlet_grades g "
            "ON g.outlet = a.outlet ORDER BY n.event_id, a.published, a.id, n.start, n.id",
            "SELECT e.id, g.reliability, s.credibility FROM event_sources s JOIN events e "
            "ON e.uuid = s.event_uuid LEFT JOIN outlet_grades g ON g.outlet = s.outlet "
            "ORDER BY e.id, s.position"):
        for event_id, grade, credibility in db.execute(query):
            grades.setdefault(event_id, []).append(f"{grade or ''}{credibility or ''}")
    return {event_id: items for event_id, items in grades.items() if any(items)}


def grade_cells_by_event(project) -> dict[int, str]:
    """The CSV's ``source_grades`` cell of every graded event ("B2 | | C")."""
    return {event_id: " | ".join(items)
            for event_id, items in grades_by_event(project).items()}
