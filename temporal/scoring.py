"""What the two scorers share: reading gold files and showing where they disagree.

``evaluate`` scores time expressions and ``event_evaluation`` events, but both
read the same TimeML and gold-JSON folders, take the same document date, and
print a miss with the same context; one copy keeps their offsets and their
output in step (an offset slip in one reader would make the two disagree on
the same file).
"""
from __future__ import annotations

import datetime as dt
import html
import re
from pathlib import Path
from typing import Protocol

_TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*?)(/?)>", re.S)
_ATTR = re.compile(r'(\w+)="([^"]*)"')


def attributes(tag_body: str) -> dict[str, str]:
    """The ``name="value"`` pairs written inside a tag."""
    return dict(_ATTR.findall(tag_body))


def parse_dct(value: str | None) -> dt.date | None:
    """A document date written "2013-03-22", "2013-03-22T10:00" or "20130322"."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        m = re.match(r"(\d{4})(\d{2})(\d{2})", value)
        return dt.date(*map(int, m.groups())) if m else None


def untag(body: str, names: tuple[str, ...]) -> tuple[str, list[tuple[str, int, int, dict]]]:
    """Drop every tag, unescape entities, and keep the offsets of the ``names`` elements.

    Offsets must be computed on the unescaped text because that is what the
    engine sees; doing it piecewise keeps them exact.  The elements come as
    (name, start, end, attributes) in the order they close.
    """
    out: list[str] = []
    pos = 0
    length = 0
    open_tags: list[tuple[str, int, dict]] = []
    elements: list[tuple[str, int, int, dict]] = []
    for m in _TAG.finditer(body):
        chunk = html.unescape(body[pos:m.start()])
        out.append(chunk)
        length += len(chunk)
        pos = m.end()
        closing, name, attrs, selfclosing = m.groups()
        if name not in names or selfclosing:
            continue
        if not closing:
            open_tags.append((name, length, attributes(attrs)))
        elif open_tags:
            tag, start, a = open_tags.pop()
            elements.append((tag, start, length, a))
    out.append(html.unescape(body[pos:]))
    return "".join(out), elements


def gold_files(path: Path) -> list[Path]:
    """The TimeML and JSON files below a folder, sorted; a file stands for itself."""
    if path.is_dir():
        return sorted(list(path.rglob("*.tml")) + list(path.rglob("*.json")))
    return [path]


def context(text: str, start: int, end: int, width: int = 40) -> str:
    """``text[start:end]`` in brackets with ``width`` characters either side, on one line."""
    left = text[max(0, start - width):start].replace("\n", " ")
    right = text[end:end + width].replace("\n", " ")
    return f"…{left}[{text[start:end]}]{right}…"


class _Adds(Protocol):
    def add(self, other) -> None: ...


def tally(groups: dict, key, counts: _Adds) -> None:
    """Add one document's ``counts`` to ``groups[key]``: (their sum, how many documents)."""
    total, n = groups.get(key, (type(counts)(), 0))
    total.add(counts)
    groups[key] = (total, n + 1)
