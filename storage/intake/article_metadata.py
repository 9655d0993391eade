"""Metadata an article carries without saying so in markup: the last step of every import.

Whatever the format gave (a page's own metadata, a PDF's info), the text and
the names around it are read too: the published date from a dateline or
timestamp in the first lines, then from the file name or the address
(ranked in ``storage.intake.published_evidence``); the outlet from a wire credit, the
address or the file name (``storage.intake.outlets``); the author from a byline.
A draft's fields that are already filled are kept: the page or the analyst
said so.
"""

from __future__ import annotations

import re
from pathlib import PurePath

from storage.intake.article_draft import ArticleDraft
from storage.intake.outlets import (
    agency_name,
    combine,
    is_wire,
    known_outlet,
    outlet_from_name,
    outlet_from_url,
)
from storage.intake.published_evidence import Evidence, load_conflicts, settle
from temporal.datelines import date_in_name, first_lines, published_from_text, wire_agency

_KINDS = {"published": "published line", "timestamp": "timestamp", "dateline": "dateline",
          "updated": "updated line"}
_BYLINE = re.compile(r"^(?:by|від|автор:?|بقلم)\s+(?P<name>[^\W\d_][^|,@\d]{2,60}?)"
                     r"\s*(?:[|,]|$|\s(?:and|і|и|و)\s*$)", re.IGNORECASE)


def date_evidence(draft: ArticleDraft, name: str = "") -> list[Evidence]:
    """Every published date the draft, its text, its file name and its address give."""
    found: list[Evidence] = []
    if draft.published:
        found.append(Evidence(draft.published, draft.published_source or "page",
                              draft.published_evidence or draft.published))
    dateline = published_from_text(draft.text)
    if dateline is not None:
        found.append(Evidence(dateline.value, _KINDS[dateline.kind], dateline.evidence))
    for source, where in (("file name", PurePath(name).name if name else ""),
                          ("address", draft.url)):
        dated = date_in_name(where) if where else None
        if dated:  # the whole name is the evidence: the analyst recognises it
            found.append(Evidence(dated[0], source, where))
    return found


def outlet_for(draft: ArticleDraft, name: str = "") -> str:
    """The publisher (from the address, else the file name, else a byline), with the
    wire its dateline or byline credits."""
    if draft.outlet:
        return draft.outlet
    publishers: list[tuple[str, bool]] = []
    for outlet in (outlet_from_url(draft.url) if draft.url else "",
                   outlet_from_name(PurePath(name).stem) if name else ""):
        for part in re.findall(r"[^()]+", outlet):
            part = part.strip()
            if part and (part, is_wire(part)) not in publishers:
                publishers.append((part, is_wire(part)))
    credit = wire_agency(draft.text)
    if credit:
        publishers.insert(0, (agency_name(credit), True))
    bylined = byline_outlet(draft.text)  # the weakest: after the address and the name
    if bylined and all(bylined != name for name, _ in publishers):
        publishers.append((bylined, is_wire(bylined)))
    return combine(publishers)


def byline_outlet(text: str) -> str:
    """The outlet a byline credits: "By Jane Doe, Associated Press", "Jane Doe | Reuters"."""
    for line in first_lines(text, 6):
        if not _BYLINE.match(line) and " | " not in line:
            continue
        for part in re.split(r"\s*[,|/·]\s*|\s+(?:for|для|ل)\s+", line):
            found = known_outlet(re.sub(r"^(?:by|від|автор:?|بقلم)\s+", "", part, flags=re.I))
            if found:
                return found
    return ""


def byline_author(text: str) -> str:
    for line in first_lines(text, 6):
        match = _BYLINE.match(line)
        if match:
            return " ".join(match.group("name").split())
    return ""


def complete(draft: ArticleDraft, name: str = "") -> ArticleDraft:
    """Fill the draft's published date (with its evidence), outlet and author in place."""
    settled = settle(date_evidence(draft, name))
    draft.published = settled.published
    draft.published_source = settled.source
    draft.published_evidence = settled.evidence
    draft.published_conflicts = settled.conflicts_json
    draft.outlet = outlet_for(draft, name)
    draft.author = draft.author or byline_author(draft.text)
    return draft


def give_published(draft: ArticleDraft, value: str, source: str) -> ArticleDraft:
    """Set a date the analyst gave for the import (manifest, command line) in place.

    It outranks what the article says; what the article says for another day
    stays on record as a conflict.
    """
    found = [Evidence(value, source, value)]
    if draft.published:
        found.append(Evidence(draft.published, draft.published_source,
                              draft.published_evidence))
    found.extend(load_conflicts(draft.published_conflicts))
    settled = settle(found)
    draft.published, draft.published_source = settled.published, settled.source
    draft.published_evidence = settled.evidence
    draft.published_conflicts = settled.conflicts_json
    return draft
