"""The command line's import and export: no Qt, usable from scripts and cron."""

from __future__ import annotations

import sys
from pathlib import Path

from storage.article_files import ArticleReadError, read_article_file
from storage.errors import DuplicateArticleError, StorageError
from storage.exchange.acled import export_acled
from storage.exchange.project_json import export_json
from storage.exchange.timeline_csv import export_timeline_csv
from storage.exchange.timelinejs import export_timelinejs
from storage.project import Project
from temporal.dates import DateParseError, Precision, parse_date


def _day(text: str) -> str:
    date = parse_date(text)
    if date.precision != Precision.DAY or date.approximate:
        raise DateParseError(f"“{text}” is not a single day.")
    return date.earliest.isoformat()


def _open(project_path: str, *, read_only: bool = False) -> Project | None:
    """The project, or None after saying on stderr why it cannot be opened."""
    try:
        return Project(project_path, read_only=read_only)
    except StorageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return None


def run_import(project_path: str, files: list[str], published: str | None) -> int:
    try:
        published_iso = _day(published) if published else None
    except DateParseError as exc:
        print(f"error: --published: {exc}", file=sys.stderr)
        return 2
    project = _open(project_path)
    if project is None:
        return 2
    failures = 0
    try:
        for name in files:
            try:
                draft = read_article_file(name)
                article_id = project.articles.add(
                    draft.text, title=draft.title, outlet=draft.outlet, url=draft.url,
                    author=draft.author, published=published_iso or draft.published,
                    source_path=str(Path(name).resolve()))
            except DuplicateArticleError as exc:
                print(f"{name}: skipped: {exc}", file=sys.stderr)
                continue
            except (ArticleReadError, StorageError) as exc:
                print(f"{name}: error: {exc}", file=sys.stderr)
                failures += 1
                continue
            shown = published_iso or draft.published or "no published date"
            print(f"imported {name} as article {article_id} ({shown})")
    finally:
        project.close()
    return 1 if failures else 0


def run_export(project_path: str, csv_path: str | None = None, *, excel: bool = False,
               timelinejs: str | None = None, acled: str | None = None,
               json_path: str | None = None, group_kind: str | None = None) -> int:
    """Write each requested export; what an export had to leave out goes to stderr."""
    if not any((csv_path, timelinejs, acled, json_path)):
        print("error: nothing to export: give --csv, --timelinejs, --acled or --json.",
              file=sys.stderr)
        return 2
    if not Path(project_path).exists():
        print(f"error: {project_path} does not exist.", file=sys.stderr)
        return 2
    # Read-only: an export works while the project is open in the window.
    project = _open(project_path, read_only=True)
    if project is None:
        return 2
    jobs = [(csv_path, "timeline CSV", lambda p: export_timeline_csv(project, p, excel=excel)),
            (timelinejs, "TimelineJS sheet",
             lambda p: export_timelinejs(project, p, group_kind=group_kind, excel=excel)),
            (acled, "ACLED-style CSV", lambda p: export_acled(project, p, excel=excel)),
            (json_path, "project JSON", lambda p: export_json(project, p))]
    status = 0
    try:
        for path, label, export in jobs:
            if not path:
                continue
            try:
                result = export(path)
            except OSError as exc:
                print(f"error: cannot write {path}: {exc.strerror}", file=sys.stderr)
                status = 2
                continue
            if isinstance(result, int):
                print(f"exported {result} events to {path}")
            elif isinstance(result, dict):
                counts = ", ".join(f"{n} {kind}" for kind, n in result.items())
                print(f"exported {counts} to {path}")
            else:
                print(f"exported {result.count} events to {path} ({label})")
                for warning in result.warnings:
                    print(f"warning: {path}: not exported: {warning}", file=sys.stderr)
    finally:
        project.close()
    return status
