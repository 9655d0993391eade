"""Cells of exchange files: how one value is written so that it reads back.

Every CSV this program writes, and every one it reads, goes through these
helpers, so each convention has one reading and one writing side kept
side by side:

- formula neutralisation (OWASP CSV injection guidance): a cell that a
  spreadsheet would run as a formula gets a leading apostrophe, removed
  again on import;
- multi-valued cells (``a | b``) and tag lists (``actor:Smith\\, John, drones``),
  each escaping its separator inside an item so that any text survives;
- web addresses: only http(s) addresses go where a browser would follow
  them (TimelineJS's Media and links);
- the small helpers foreign formats share (a title from a long text, a
  stable UUID for a row that has none).
"""

from __future__ import annotations

import unicodedata
import urllib.parse
import uuid as uuidlib
from collections.abc import Iterable
from functools import cache, lru_cache

from storage.records import Tag
from storage.tags import parse_tag

# -- formulas ----------------------------------------------------------------------
# OWASP CSV injection: a cell starting with one of these is run as a formula by
# spreadsheets. Spreadsheets also skip leading blanks and invisible characters
# before they look (" =1+1", "\n=1+1", "\u200b=1+1" all run), so those are
# looked past, as are apostrophes we or someone else added.
FORMULA_TRIGGERS = frozenset("=+-@\t\r")
_INVISIBLE_CATEGORIES = frozenset({"Cc", "Cf", "Zs", "Zl", "Zp"})
# Every Unicode character in those categories lies in these ranges (a test
# checks the whole code space), so listing them costs 12 ms once, not 100 ms.
_INVISIBLE_RANGES = (range(0x10000), range(0x10000, 0x20000), range(0xE0000, 0xE1000))


@cache
def invisible_characters() -> frozenset[str]:
    """Characters a spreadsheet may skip before a formula: blanks, controls, format marks."""
    return frozenset(char for block in _INVISIBLE_RANGES for char in map(chr, block)
                     if unicodedata.category(char) in _INVISIBLE_CATEGORIES)


@cache
def suspect_first_characters() -> frozenset[str]:
    """A cell starting with none of these needs no look at all (the export's fast path)."""
    return FORMULA_TRIGGERS | invisible_characters() | {"'"}


def _starts_formula(cell: str) -> bool:
    """Whether a spreadsheet could read the cell as a formula."""
    invisible = invisible_characters()
    for char in cell:
        if char in FORMULA_TRIGGERS:
            return True
        if char != "'" and char not in invisible:
            return False
    return False


def neutralise(cell: str) -> str:
    """Prefix an apostrophe if the cell (past apostrophes and invisibles) starts a
    formula; restore_neutralised removes exactly that apostrophe again."""
    return "'" + cell if _starts_formula(cell) else cell


def restore_neutralised(cell: str) -> str:
    """Undo neutralise() when reading a file back."""
    if cell.startswith("'") and _starts_formula(cell):
        return cell[1:]
    return cell


# -- multi-valued cells --------------------------------------------------------------
SEPARATOR = " | "


def escaped_item(item: str) -> str:
    """One item as join_items writes it (escaping never crosses items)."""
    if "|" in item or "\\" in item:
        return item.replace("\\", "\\\\").replace("|", "\\|")
    return item


def join_items(items: Iterable[str]) -> str:
    """Items → one cell; ``split_items(join_items(x)) == x`` always."""
    return SEPARATOR.join(map(escaped_item, items))


def split_items(cell: str) -> list[str]:
    """One cell → its items, undoing join_items.

    Splits on unescaped pipes and drops the one space either side that the
    separator added. A cell a person typed (``a|b`` without spaces) is
    read leniently: only spaces that are there are dropped.
    """
    items = _split_escaped(cell, "|")
    texts = []
    for position, text in enumerate(items):
        if position > 0 and text.startswith(" "):
            text = text[1:]
        if position < len(items) - 1 and text.endswith(" "):
            text = text[:-1]
        texts.append(text)
    return texts


def _split_escaped(cell: str, separators: str) -> list[str]:
    """Split on unescaped separators; a backslash escapes a separator or itself and is
    kept before anything else (so text typed with a lone backslash reads as typed)."""
    if "\\" not in cell:  # the usual case: nothing escaped, split in C
        if len(separators) == 1:
            return cell.split(separators)
        for separator in separators[1:]:
            cell = cell.replace(separator, separators[0])
        return cell.split(separators[0])
    items: list[str] = []
    current: list[str] = []
    chars = iter(cell)
    for char in chars:
        if char == "\\":
            escaped = next(chars, "")
            current.append(escaped if escaped == "\\" or escaped in separators
                           else "\\" + escaped)
        elif char in separators:
            items.append("".join(current))
            current = []
        else:
            current.append(char)
    items.append("".join(current))
    return items


# -- tags ----------------------------------------------------------------------------
_TAG_SEPARATORS = ",;"


def tag_text(tags: Iterable[Tag], separator: str = ", ") -> str:
    """A tags cell: ``actor:Russia, drones``, read back by read_tag_cell.

    An "other" tag named like ``actor:x`` is written ``other:actor:x`` so it
    does not come back as an actor; commas, semicolons and backslashes inside
    a name are escaped with a backslash, so ``actor:Smith\\, John`` is one tag.
    """
    return separator.join(map(tag_cell, tags))


@lru_cache(maxsize=4096)
def tag_cell(tag: Tag) -> str:
    """One tag as written; cached because a project has few tags and many links."""
    name = tag.name
    if any(char in name for char in "\\,;"):
        name = name.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")
    text = name if tag.kind == "other" else f"{tag.kind}:{name}"
    return text if read_tag_cell(text) == (tag,) else f"{tag.kind}:{name}"


def read_tag_cell(cell: str) -> tuple[Tag, ...]:
    """A tags cell → its tags, undoing tag_text (comma or semicolon between tags)."""
    tags: list[Tag] = []
    for piece in _split_escaped(cell, _TAG_SEPARATORS):
        tag = parse_tag(piece)
        if tag is not None and tag not in tags:
            tags.append(tag)
    return tuple(tags)


# -- addresses and foreign rows ------------------------------------------------------
WEB_SCHEMES = ("http", "https")


@cache
def _unsafe_in_address() -> frozenset[str]:
    """Characters no address we link may hold: blanks, controls, quotes, brackets."""
    return invisible_characters() | frozenset('"<>\\`')


@lru_cache(maxsize=65536)  # an export asks once per passage; articles repeat
def web_address(text: str) -> str:
    """``text`` if it is an http(s) address a browser may follow, else "".

    TimelineJS loads Media and our export writes links; a ``javascript:`` or
    ``data:`` address there would run in the reader's browser. Blanks,
    controls and quotes inside are refused too (browsers drop tabs and line
    breaks from addresses, which is how ``java\\tscript:`` gets through).
    """
    address = text.strip()
    if not address or not _unsafe_in_address().isdisjoint(address):
        return ""
    try:
        parts = urllib.parse.urlsplit(address)
    except ValueError:
        return ""
    return address if parts.scheme.lower() in WEB_SCHEMES and parts.netloc else ""


TITLE_LIMIT = 120


def short_title(text: str) -> str:
    """A title made from a long text (a description, ACLED notes): its first 120 characters."""
    line = " ".join(text.split())
    return line if len(line) <= TITLE_LIMIT else line[:TITLE_LIMIT - 1].rstrip() + "…"


def derived_uuid(*parts: str) -> str:
    """A stable UUID for a row of a file that has none, so that importing the
    same file twice finds its rows already in the project."""
    return str(uuidlib.uuid5(uuidlib.NAMESPACE_URL, "timeline-annotator:" + "\x1f".join(parts)))


def normalise_header(cell: str) -> str:
    """A header cell as layouts match it: no BOM, single spaces, case folded."""
    return " ".join(cell.replace("\ufeff", "").split()).casefold()
