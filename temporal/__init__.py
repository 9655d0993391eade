"""Dates as analysts write them, and time expressions in news text.

No Qt, no SQL (python-dateutil; py3langid and hijridate for Russian, Ukrainian
and Arabic), so the date logic can be tested, benchmarked and evaluated on its own.
"""

from temporal.dates import DateParseError, EventDate, Precision, parse_date


def __getattr__(name: str):
    """The expression finder loads on first use: compiling its rules takes a
    fifth of a second that the application's start should not pay."""
    if name in ("TimeExpression", "find_expressions"):
        from temporal import expressions

        return getattr(expressions, name)
    if name in ("Event", "find_events"):  # events load the expression finder too
        from temporal import events

        return getattr(events, name)
    raise AttributeError(f"module 'temporal' has no attribute {name!r}")


__all__ = ["DateParseError", "EventDate", "Precision", "parse_date", "TimeExpression",
           "find_expressions", "Event", "find_events"]
