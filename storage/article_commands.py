"""The command line's article commands: import, list, correct. No Qt.

    import PROJECT FILE|URL… [--manifest SHEET] [--published DATE] [--encoding CODEC]
           [--accept-suggestions]
    articles PROJECT
    article PROJECT ID [--published DATE] [--title T] [--outlet O] [--url U] [--author A]

Every line printed for an article says where its published date came from,
so a script's log shows what to check; evidence that disagrees is printed as
a warning.  Exit status: 0 when everything was done, 1 when some file was
not imported (unreadable, or already in the project), 2 when nothing could
be attempted (bad arguments, a manifest with errors, a project that cannot
be opened).
"""

from __future__ import annotations

import sys
from pathlib import Path

from storage.cli import open_project
from storage.errors import DuplicateArticleError, StorageError
from storage.event_matching import project_index, source_count
from storage.event_suggestions import accept_event_suggestions
from storage.intake.article_draft import ArticleDraft, ArticleReadError
from storage.intake.article_files import read_article_file
from storage.intake.article_metadata import give_published
from storage.intake.fetching import fetch_article
from storage.intake.manifest import Manifest, ManifestError, read_manifest
from storage.intake.published_evidence import Evidence, load_conflicts, normalise_published


def _error(message: str) -> None:
    print(f"error: {message}", file=sys.stderr)


def is_address(source: str) -> bool:
    return source.strip().lower().startswith(("http://", "https://"))


def _read(source: str, manifest: Manifest | None, published: str,
          encoding: str | None = None) -> ArticleDraft:
    """The draft of one file or address, with the metadata the analyst gave
    (``encoding`` is the analyst's choice for files, not for addresses)."""
    draft = (fetch_article(source) if is_address(source)
             else read_article_file(source, encoding=encoding))
    if not is_address(source):
        draft.source_path = str(Path(source).resolve())
    row = manifest.row_for(source) if manifest else {}
    for name in ("title", "outlet", "url", "author"):
        if row.get(name):
            setattr(draft, name, row[name])
    if row.get("published"):
        give_published(draft, row["published"], "manifest")
    elif published:
        give_published(draft, published, "command line")
    return draft


def date_note(published: str, source: str, evidence: str) -> str:
    """"2025-07-01, from the dateline “…”" or the hint to set a missing date."""
    if not published:
        return "no published date"
    return f"{published}, {Evidence(published, source, evidence).describe()}"


def run_import(project_path: str, sources: list[str], published: str | None = None,
               manifest_path: str | None = None, encoding: str | None = None, *,
               accept_suggestions: bool = False) -> int:
    try:
        given = normalise_published(published or "")
        manifest = read_manifest(manifest_path) if manifest_path else None
    except ValueError as exc:
        prefix = "" if isinstance(exc, ManifestError) else "--published: "
        _error(f"{prefix}{exc}")
        return 2
    for warning in manifest.warnings if manifest else ():
        print(f"warning: {warning}", file=sys.stderr)
    sources = list(sources) or (manifest.files() if manifest else [])
    if not sources:
        _error("nothing to import: name files or addresses, or a --manifest that lists them.")
        return 2
    project = open_project(project_path)
    if project is None:
        return 2
    missed = 0
    index = None  # the events to match suggestions against, built on first need
    try:
        for source in sources:
            try:
                draft = _read(source, manifest, given, encoding)
                article_id = project.articles.add_draft(draft)
            except DuplicateArticleError as exc:
                print(f"{source}: not imported: {exc} To correct its metadata: "
                      f"main.py article {project_path} {exc.existing_id} --published DATE "
                      "--outlet NAME --title TITLE", file=sys.stderr)
                missed += 1
                continue
            except (ArticleReadError, StorageError) as exc:
                print(f"{source}: error: {exc}", file=sys.stderr)
                missed += 1
                continue
            if draft.encoding_note:
                hint = "" if is_address(source) else " (--encoding chooses another)"
                print(f"{source}: note: {draft.encoding_note}{hint}", file=sys.stderr)
            note = date_note(draft.published, draft.published_source, draft.published_evidence)
            outlet = f" — {draft.outlet}" if draft.outlet else ""
            print(f"imported {source} as article {article_id}: “{draft.title}”{outlet} "
                  f"({note})")
            for other in load_conflicts(draft.published_conflicts):
                print(f"{source}: warning: {other.value} {other.describe()} disagrees; check "
                      f"it with: main.py article {project_path} {article_id} --published DATE",
                      file=sys.stderr)
            if not draft.published:
                print(f"{source}: warning: no published date found; relative dates cannot be "
                      f"resolved until it is set: main.py article {project_path} {article_id} "
                      "--published DATE", file=sys.stderr)
            elif accept_suggestions:
                try:
                    index = project_index(project) if index is None else index
                    _accept(project, article_id, index)
                except StorageError as exc:
                    print(f"{source}: error: suggestions not accepted: {exc}", file=sys.stderr)
                    missed += 1
    finally:
        project.close()
    return 1 if missed else 0


def _accept(project, article_id: int, index) -> None:
    """Accept the article's dated event suggestions, as Accept All does, and
    print what was made and which events gained this article as a source."""
    changes = accept_event_suggestions(project, article_id, index)
    for event_id in sorted(changes.events_added | changes.events_updated):
        event = project.events.get(event_id)
        shown = event.date.display if event.date else ""
        if event_id in changes.events_added:
            print(f"  event {event_id}: {shown} — {event.title}")
        else:
            print(f"  same as event {event_id}: {shown} — {event.title} "
                  f"({source_count(project, event_id)} sources)")
    print(f"  {len(changes.events_added)} events accepted, "
          f"{len(changes.events_updated)} linked to events already there")


def run_articles(project_path: str) -> int:
    """Every article with its metadata, one tab-separated line each."""
    if not Path(project_path).exists():
        _error(f"{project_path} does not exist.")
        return 2
    project = open_project(project_path, read_only=True)
    if project is None:
        return 2
    try:
        rows = project.query(
            "SELECT id, published, published_source, published_evidence, published_conflicts, "
            "outlet, title, url, author FROM articles ORDER BY id")
    finally:
        project.close()
    print("id\tpublished\tpublished_from\toutlet\ttitle\turl\tauthor")
    for (article_id, published, source, evidence, conflicts, outlet, title, url,
         author) in rows:
        origin = Evidence(published, source, evidence).describe() if published else ""
        if load_conflicts(conflicts):
            days = ", ".join(c.value for c in load_conflicts(conflicts))
            origin += f" (⚠ also found: {days})"
        cells = (str(article_id), published, origin, outlet, title, url, author)
        print("\t".join(" ".join(c.split()) for c in cells))
    return 0


def run_article(project_path: str, article_id: int, **given: str | None) -> int:
    """Correct one article's metadata in one transaction; prints what changed."""
    changes = {name: value.strip() for name, value in given.items() if value is not None}
    if not changes:
        _error("nothing to change: give --published, --title, --outlet, --url or --author.")
        return 2
    try:
        if "published" in changes:
            changes["published"] = normalise_published(changes["published"])
    except ValueError as exc:
        _error(f"--published: {exc}")
        return 2
    url = changes.get("url", "")
    if url and not is_address(url):
        _error(f"--url: “{url}” is not a web address (http:// or https://).")
        return 2
    if not Path(project_path).exists():
        _error(f"{project_path} does not exist.")
        return 2
    project = open_project(project_path)
    if project is None:
        return 2
    try:
        if "published" in changes:  # the analyst's word settles the evidence
            changes.update(published_source="command line" if changes["published"] else "",
                           published_evidence="", published_conflicts="")
        try:
            old = project.articles.update(article_id, **changes).before
        except KeyError:
            _error(f"there is no article {article_id} in {project_path} "
                   "(list them with: main.py articles PROJECT).")
            return 2
        except StorageError as exc:
            _error(str(exc))
            return 2
    finally:
        project.close()
    for name in ("title", "outlet", "url", "author", "published"):
        if name in changes and old[name] != changes[name]:
            print(f"article {article_id}: {name}: “{old[name]}” → “{changes[name]}”")
    return 0
