"""The time stamps written into the project (``imported_at``, ``created_at``…).

Its own module because every repository stamps rows and ``storage.project``
builds the repositories: with the clock in ``project`` they imported each
other (inside functions, to dodge the cycle).
"""

from __future__ import annotations

import datetime as dt


def now_iso() -> str:
    """Now, in UTC, to the second, as ISO 8601 (what every stamp column holds)."""
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
