"""Event dates with a precision: the names the rest of the application imports.

The date code is layered by role, each module importing only the ones below it:
``date_units`` (precisions, calendar units, limits) <- ``date_values`` (the
EventDate value type and its canonical value strings) <- ``date_parsing``
(dates as analysts type them) <- this module, which gathers the public names so
callers need not know that layout.
"""
from __future__ import annotations

from .date_parsing import parse_typed
from .date_units import DateParseError, Precision, unit_span
from .date_values import EventDate

__all__ = ["Precision", "DateParseError", "EventDate", "parse_date", "unit_span"]


def parse_date(text: str) -> EventDate:
    """Read what an analyst typed into a date cell; raises DateParseError."""
    return parse_typed(text)
