"""Exchange files on disk: written whole or not at all, read only when regular.

Writing: an export goes to a temporary file beside its destination, which
is renamed over the destination once complete, so a failed or killed export
never leaves half a file. The temporary is created exclusively and without
following links (``O_EXCL | O_NOFOLLOW``): a link planted in the folder
under the temporary's name cannot make the export overwrite the link's
target. Its name is unique per export (``OUT.csv.<random>.part``), and the
leftovers of killed exports to the same destination are removed by the
next one.

Reading: only a regular file is read. Opening is non-blocking and the file
is checked after opening (on the descriptor, so it cannot be swapped in
between): a FIFO would otherwise block the import for ever, and a device
(``/dev/zero``) would never end.
"""

from __future__ import annotations

import contextlib
import csv
import os
import re
import secrets
import stat
from collections.abc import Iterable, Iterator
from operator import itemgetter
from pathlib import Path
from typing import TextIO

from storage.exchange.cells import neutralise, suspect_first_characters
from storage.exchange.problems import ExchangeError

PART_SUFFIX = ".part"
MAX_INPUT_BYTES = 256 * 1024 * 1024
_CREATE = (os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
           | getattr(os, "O_BINARY", 0))
_READ = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)


def _leftover_pattern(path: Path) -> re.Pattern:
    return re.compile(re.escape(path.name) + r"(\.[0-9a-f]{16})?" + re.escape(PART_SUFFIX))


def remove_leftovers(path: str | Path) -> list[Path]:
    """Remove temporaries that killed exports to ``path`` left; returns them.

    Only names this module makes are touched (``OUT.csv.part`` of older
    versions too), and unlink never follows a link.
    """
    path = Path(path)
    pattern = _leftover_pattern(path)
    removed = []
    try:
        names = os.listdir(path.parent)
    except OSError:
        return removed
    for name in names:
        if pattern.fullmatch(name):
            with contextlib.suppress(FileNotFoundError):
                os.unlink(path.parent / name)
                removed.append(path.parent / name)
    return removed


@contextlib.contextmanager
def atomic_output(path: str | Path, *, encoding: str = "utf-8",
                  newline: str = "") -> Iterator[TextIO]:
    """A text handle whose content replaces ``path`` only when the block ends cleanly."""
    path = Path(path)
    remove_leftovers(path)
    temp = path.with_name(f"{path.name}.{secrets.token_hex(8)}{PART_SUFFIX}")
    descriptor = os.open(temp, _CREATE, 0o666)
    try:
        with open(descriptor, "w", encoding=encoding, newline=newline) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp)


def read_input(path: str | Path, error: type[ExchangeError] = ExchangeError,
               limit: int = MAX_INPUT_BYTES) -> bytes:
    """The bytes of a regular file, or ``error`` saying why it cannot be imported."""
    path = Path(path)
    name = path.name or str(path)
    try:
        descriptor = os.open(path, _READ)
    except OSError as exc:
        raise error(f"{name} cannot be read: {exc.strerror}.") from None
    info = os.fstat(descriptor)
    if not stat.S_ISREG(info.st_mode) or info.st_size > limit:
        os.close(descriptor)
        if stat.S_ISDIR(info.st_mode):
            raise error(f"{name} is a folder, not a file.")
        if not stat.S_ISREG(info.st_mode):
            raise error(f"{name} is not a regular file (a pipe, socket or device); "
                        "only files can be imported.")
        raise error(f"{name} is larger than {limit >> 20} MB.")
    with open(descriptor, "rb") as handle:
        try:
            data = handle.read(limit + 1)
        except OSError as exc:
            raise error(f"{name} cannot be read: {exc.strerror}.") from None
    if len(data) > limit:
        raise error(f"{name} is larger than {limit >> 20} MB.")
    return data


# -- CSV -------------------------------------------------------------------------------
_FIRST = itemgetter(slice(0, 1))  # a cell's first character ("" if empty), at C level
_FLUSH = 4096  # lines gathered before one write to the file


def cleaned_row(row: list[str]) -> list[str]:
    """A row as written: NULs dropped, then formulas neutralised."""
    if "\x00" in "".join(row):
        row = [cell.replace("\x00", "") for cell in row]
    suspect = suspect_first_characters()
    if suspect.isdisjoint(map(_FIRST, row)):
        return row
    return [neutralise(cell) if cell[:1] in suspect else cell for cell in row]


def _write_lines(rows: Iterable[list[str]], handle, writer) -> int:
    """Write rows as csv.writer (dialect "excel", CRLF) would; returns the count.

    The per-character work of csv.writer is the largest cost of exporting
    100,000 events (issue 6), and most rows need none of it: a row whose
    cells hold no comma, double quote, CR or LF is written exactly as its
    cells joined by commas. Such a row is found by checks over the joined
    line (all in C). A row whose only special characters are commas gets
    just those cells quoted; any other row goes through ``writer`` itself.
    Cleaning (NULs, formulas) happens first, as in cleaned_row, with the
    same C-level checks so that clean rows cost no Python per cell.
    """
    parts: list[str] = []
    add = parts.append
    suspect, first, count = suspect_first_characters(), _FIRST, 0
    sink = writer.writerow
    for row in rows:
        count += 1
        line = ",".join(row)
        if "\x00" in line or not suspect.isdisjoint(map(first, row)):
            row = cleaned_row(row)
            line = ",".join(row)
        if '"' in line or "\n" in line or "\r" in line or not line:  # csv quotes [""]
            if parts:
                handle.write("".join(parts))
                parts.clear()
            sink(row)
            continue
        if line.count(",") != len(row) - 1:  # commas inside cells: quote those cells
            line = ",".join(['"' + cell + '"' if "," in cell else cell for cell in row])
        add(line)
        add("\r\n")
        if len(parts) >= _FLUSH:
            handle.write("".join(parts))
            parts.clear()
    if parts:
        handle.write("".join(parts))
    return count


def write_csv(rows: Iterable[list[str]], header: Iterable[str], path: str | Path, *,
              excel: bool = False) -> int:
    """Write a CSV atomically (RFC 4180, UTF-8, BOM for Excel); returns the row count."""
    with atomic_output(path, encoding="utf-8-sig" if excel else "utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow(cleaned_row(list(header)))
        return _write_lines(rows, handle, writer)
