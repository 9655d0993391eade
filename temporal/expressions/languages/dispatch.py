"""``find_expressions``: each paragraph read by the grammar of its language.

English (and every language without a grammar of its own, as before) goes to
the English engine in ``finder``; Russian, Ukrainian and Arabic paragraphs to
their grammars here.  A text with no Cyrillic or Arabic letter goes straight
to the English engine, so English articles pay nothing for the others.
"""
from __future__ import annotations

import dataclasses
import datetime as dt

from ..finder import find_expressions as find_english
from ..model import TimeExpression
from . import COVERED, grammar_for
from .detection import has_foreign_script, paragraphs


def find_expressions(text: str, reference: dt.date | None,
                     language: str | None = None) -> list[TimeExpression]:
    """Every time expression in ``text``, ordered by start, never overlapping.

    ``language`` (ISO 639-1, "ru", "uk", "ar", "en"...) skips detection for
    callers who know it; None detects it per paragraph.
    """
    if not text:
        return []
    if isinstance(reference, dt.datetime):
        reference = reference.date()
    if language is not None:
        code = language.lower().split("-")[0]
        if code in COVERED:
            return grammar_for(code).find(text, reference)
        return find_english(text, reference)
    if not has_foreign_script(text):
        return find_english(text, reference)
    found: list[TimeExpression] = []
    for start, end, code in paragraphs(text):
        part = text[start:end]
        if code in COVERED:
            found.extend(grammar_for(code).find(part, reference, offset=start))
        elif start == 0 and end == len(text):
            found.extend(find_english(text, reference))
        else:
            found.extend(dataclasses.replace(e, start=e.start + start, end=e.end + start)
                         for e in find_english(part, reference))
    return found
