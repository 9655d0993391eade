"""The command line's export: no Qt, usable from scripts and cron.

The article commands (import, articles, article) are in ``storage.article_commands``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from storage.errors import StorageError
from storage.exchange.acled import export_acled
from storage.exchange.project_json import export_json
from storage.exchange.timeline_csv import export_timeline_csv
from storage.exchange.timelinejs import export_timelinejs
from storage.project import Project
from storage.safety import backups


def open_project(project_path: str, *, read_only: bool = False) -> Project | None:
    """The project, or None after saying on stderr why it cannot be opened.

    A missing file becomes a new project only if nothing shows that a project
    was there before (backups, a damaged copy kept aside): a project that has
    gone missing is an error, never silently replaced by an empty one.  What
    the open had to warn about (a backup that could not be made) goes to
    stderr as a warning.
    """
    try:
        create = not backups.traces(project_path)
        project = Project(project_path, read_only=read_only, create=create)
    except StorageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return None
    except OSError as exc:
        print(f"error: {project_path} could not be opened: {exc.strerror or exc}.",
              file=sys.stderr)
        return None
    for warning in project.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    return project


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
    project = open_project(project_path, read_only=True)
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
