"""Per-file metadata for a command-line import: a TSV or CSV manifest.

Analysts who collect articles for a project often keep a sheet beside them,
one row per file (``../shared/articles/INDEX.tsv`` is one): file name,
title, outlet, address, published date.  ``main.py import PROJECT --manifest
SHEET`` takes each file's metadata from its row.  Column names are matched
loosely (``source_url`` or ``url``, ``date`` or ``published``); a sheet whose
dates cannot be read is refused whole, with the line of each problem, before
anything is imported.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path, PurePath

from storage.intake.published_evidence import normalise_published

_ALIASES = {
    "filename": ("filename", "file", "file_name", "path", "name"),
    "title": ("title", "headline"),
    "outlet": ("outlet", "source", "publisher", "site_name"),
    "url": ("url", "source_url", "address", "link"),
    "published": ("published", "date", "published_date", "publication_date"),
    "author": ("author", "byline", "authors"),
}


class ManifestError(ValueError):
    """The manifest cannot be used; ``str()`` says why, with line numbers."""


@dataclass
class Manifest:
    """Rows by file name, the folder relative names start from, warnings to show."""

    folder: Path
    rows: dict[str, dict[str, str]] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    def row_for(self, source: str) -> dict[str, str]:
        """The metadata of a file or address named on the command line, or {}."""
        return self.rows.get(PurePath(source).name) or self.rows.get(source, {})

    def files(self) -> list[str]:
        """Every file the manifest lists, relative to its folder."""
        return [name if "://" in name else str(self.folder / name) for name in self.rows]


def read_manifest(path: str | Path) -> Manifest:
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ManifestError(f"{path.name} cannot be read: {exc.strerror or exc}.") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ManifestError(f"{path.name} is not UTF-8 text; save it as UTF-8.") from None
    delimiter = "\t" if path.suffix.lower() in (".tsv", ".tab") or "\t" in text[:2000] else None
    if delimiter is None:
        try:
            delimiter = csv.Sniffer().sniff(text[:4000], delimiters=",;\t").delimiter
        except csv.Error:
            delimiter = ","
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    header = {(name or "").strip().lower(): name for name in reader.fieldnames or []}
    columns = {key: next((header[a] for a in aliases if a in header), None)
               for key, aliases in _ALIASES.items()}
    if columns["filename"] is None:
        raise ManifestError(f"{path.name} has no file name column (one of: "
                            f"{', '.join(_ALIASES['filename'])}).")
    manifest = Manifest(path.resolve().parent)
    problems = []
    for line, record in enumerate(reader, 2):
        values = {key: (record.get(column) or "").strip() for key, column in columns.items()
                  if column}
        name = values.pop("filename")
        if not name:
            continue
        url = values.get("url", "")
        if url and not url.lower().startswith(("http://", "https://")):
            manifest.warnings.append(f"{path.name} line {line}: “{url}” is not a web "
                                     "address; the URL is left empty.")
            values["url"] = ""
        try:
            values["published"] = normalise_published(values.get("published", ""))
        except ValueError as exc:
            problems.append(f"{path.name} line {line}: {exc}")
        manifest.rows[name] = {k: v for k, v in values.items() if v}
    if problems:
        raise ManifestError("\n".join(problems))
    return manifest
