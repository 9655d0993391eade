"""Admiralty grades of sources (issue 12): reliability A–F per outlet, credibility
1–6 per passage.

Why per outlet: analysts judge a source once ("usually reliable", B) and that
judgement holds for every article it publishes, so the grade is remembered by
outlet name (table ``outlet_grades``) and applies to the articles imported later
too. Credibility belongs to one piece of information, so it is a column of the
passage (``annotations.credibility``). Both are one transaction and return what
they replaced, for undo.
"""

from __future__ import annotations

import re

from storage.changes import Changes, Undoable
from storage.corroboration import RELIABILITY

# An Admiralty grade as analysts write it: "B2", "B", "2" or "".
GRADE = re.compile(r"^([A-F]?)([1-6]?)$")


def parse_grade(text: str) -> tuple[str, int | None]:
    """"b2" -> ("B", 2); ValueError with the reason for anything else."""
    found = GRADE.match(text.strip().upper())
    if found is None:
        raise ValueError(f"“{text}” is not an Admiralty grade (A–F for the source, 1–6 for "
                         "the information, as in “B2”)")
    return found.group(1), int(found.group(2)) if found.group(2) else None


# A source's name with its grade as formats without a grade column write it: "BBC (B2)".
# "()" marks an ungraded name that itself ends like a grade ("Radio (A)" -> "Radio (A) ()").
_GRADED_NAME = re.compile(r"^(.*\S)\s+\(([A-F]?[1-6]?)\)$", re.S)


def graded_name(name: str, grade: str) -> str:
    """"BBC" graded "B2" -> "BBC (B2)"; ungraded names are left as they are, unless
    split_graded would read a grade in them."""
    if grade:
        return f"{name} ({grade})"
    return f"{name} ()" if _GRADED_NAME.match(name) else name


def split_graded(text: str) -> tuple[str, str]:
    """"BBC (B2)" -> ("BBC", "B2"); the inverse of graded_name ("Radio" -> ("Radio", ""))."""
    found = _GRADED_NAME.match(text.strip())
    if found is None:
        return text.strip(), ""
    return found.group(1), found.group(2)


def grade_imported(project, sources, grades, cited_ids) -> list[int]:
    """Grades read with an import's cited sources: each source's credibility on its
    row, its outlet's reliability where the project has none yet (inside the caller's
    change()). Returns the outlet_grades rows added, for the import's undo."""
    added = []
    for source, grade, row_id in zip(sources, grades, cited_ids):
        reliability_grade, credibility = parse_grade(grade)
        if credibility is not None:
            project.db.execute("UPDATE event_sources SET credibility = ? WHERE id = ?",
                               [credibility, row_id])
        if reliability_grade and source.outlet.strip() and not reliability(project,
                                                                          source.outlet):
            added.append(project.db.execute(
                "INSERT INTO outlet_grades (outlet, reliability) VALUES (?, ?)",
                [source.outlet, reliability_grade]).lastrowid)
    return added


def _outlet_passages(db, outlet: str) -> Changes:
    rows = db.execute("SELECT n.article_id, n.event_id FROM annotations n JOIN articles a "
                      "ON a.id = n.article_id WHERE a.outlet = ?", [outlet]).fetchall()
    articles = [article_id for (article_id,) in db.execute(
        "SELECT id FROM articles WHERE outlet = ?", [outlet])]
    return Changes.of(passages=rows, articles_updated=articles,
                      events_updated={event_id for _, event_id in rows})


def reliability(project, outlet: str) -> str:
    """The outlet's grade, A–F, or "" when not graded."""
    row = project.db.execute("SELECT reliability FROM outlet_grades WHERE outlet = ?",
                             [outlet]).fetchone()
    return row[0] if row else ""


def all_reliability(project) -> dict[str, str]:
    return dict(project.db.execute("SELECT outlet, reliability FROM outlet_grades"))


def set_reliability(project, outlet: str, grade: str) -> Undoable:
    """Grade an outlet ("" removes the grade); ``before`` is the old grade."""
    grade = grade.strip().upper()
    if grade and grade not in RELIABILITY:
        raise ValueError(f"“{grade}” is not a source reliability: use A to F.")
    if not outlet.strip():
        raise ValueError("An article without an outlet cannot be graded: set its outlet "
                         "in Article Details first.")
    before = reliability(project, outlet)
    with project.change() as db:
        if grade:
            db.execute("INSERT INTO outlet_grades (outlet, reliability) VALUES (?, ?) "
                       "ON CONFLICT (outlet) DO UPDATE SET reliability = excluded.reliability",
                       [outlet, grade])
        else:
            db.execute("DELETE FROM outlet_grades WHERE outlet = ?", [outlet])
    return Undoable(before, _outlet_passages(project.db, outlet))


def set_credibility(project, annotation_id: int, value: int | None) -> Undoable:
    """Grade a passage's information, 1–6 (None removes it); ``before`` the old one."""
    if value is not None and not 1 <= int(value) <= 6:
        raise ValueError(f"“{value}” is not an information credibility: use 1 to 6.")
    return project.annotations.set_field(annotation_id, "credibility", value)
