"""Dates as analysts write them, and time expressions in news text.

Pure Python (python-dateutil only): no Qt, no SQL, so the date logic can be
tested, benchmarked and evaluated on its own.
"""

from temporal.dates import DateParseError, EventDate, Precision, parse_date
from temporal.expressions import TimeExpression, find_expressions

__all__ = ["DateParseError", "EventDate", "Precision", "parse_date", "TimeExpression",
           "find_expressions"]
