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

from storage.changes import Changes, Undoable
from storage.corroboration import RELIABILITY


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
    passage = project.annotations.get(annotation_id)
    with project.change() as db:
        db.execute("UPDATE annotations SET credibility = ? WHERE id = ?",
                   [value, annotation_id])
    return Undoable(passage.credibility,
                    Changes.of(passages=[(passage.article_id, passage.event_id)]))
