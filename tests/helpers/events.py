"""What `find_events` proposes, as the event tests compare it (never imported from a
test module)."""

from __future__ import annotations

import datetime as dt

from temporal import find_events

REF = dt.date(2025, 7, 1)  # a Tuesday


def trigger_dates(text: str, reference: dt.date = REF) -> list[tuple[str, str | None]]:
    """(trigger, date value) of each proposed event, in text order."""
    return [(e.trigger, e.value) for e in find_events(text, reference)]
