"""The command line's import and export: no Qt, usable from scripts and cron."""

from __future__ import annotations

import sys
from pathlib import Path

from storage.article_files import ArticleReadError, read_article_file
from storage.csv_export import export_timeline_csv
from storage.errors import DuplicateArticleError, StorageError
from storage.project import Project
from temporal.dates import DateParseError, Precision, parse_date


def _day(text: str) -> str:
    date = parse_date(text)
    if date.precision != Precision.DAY or date.approximate:
        raise DateParseError(f"“{text}” is not a single day.")
    return date.earliest.isoformat()


def run_import(project_path: str, files: list[str], published: str | None) -> int:
    try:
        published_iso = _day(published) if published else None
    except DateParseError as exc:
        print(f"error: --published: {exc}", file=sys.stderr)
        return 2
    try:
        project = Project(project_path)
    except StorageError as exc:
        print(f"error: {exc}", file=sys.stderr)
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


def run_export(project_path: str, csv_path: str, *, excel: bool = False) -> int:
    if not Path(project_path).exists():
        print(f"error: {project_path} does not exist.", file=sys.stderr)
        return 2
    try:
        project = Project(project_path)
    except StorageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    try:
        count = export_timeline_csv(project, csv_path, excel=excel)
    except OSError as exc:
        print(f"error: cannot write {csv_path}: {exc.strerror}", file=sys.stderr)
        return 2
    finally:
        project.close()
    print(f"exported {count} events to {csv_path}")
    return 0
