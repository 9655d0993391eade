"""Python counts code points, Qt counts UTF-16 units: convert at the boundary.

Only characters outside the Basic Multilingual Plane (most emoji, some CJK)
take two UTF-16 units, so the map stores just their positions and plain text
costs nothing.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right


class OffsetMap:
    def __init__(self, text: str):
        # Code-point indices of astral characters, and their UTF-16 positions.
        self._astral = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF] if not (
            text.isascii()) else []
        self._astral_utf16 = [i + n for n, i in enumerate(self._astral)]
        self.length = len(text)

    def to_qt(self, index: int) -> int:
        """UTF-16 position of code-point ``index``."""
        return index + bisect_left(self._astral, index)

    def to_python(self, position: int) -> int:
        """Code-point index at UTF-16 ``position`` (a position inside a surrogate
        pair counts as the character's start)."""
        before = bisect_left(self._astral_utf16, position)
        index = position - before
        if before and self._astral_utf16[before - 1] + 1 == position:
            index = self._astral[before - 1]
        return index

    def span_to_qt(self, start: int, end: int) -> tuple[int, int]:
        return self.to_qt(start), self.to_qt(end)

    def span_to_python(self, start: int, end: int) -> tuple[int, int]:
        """A selection in Qt units as code points, widened to whole characters."""
        first = self.to_python(start)
        last = self.to_python(end)
        before = bisect_right(self._astral_utf16, end - 1)
        if before and self._astral_utf16[before - 1] + 1 == end:
            last = self._astral[before - 1] + 1
        return first, max(first, last)
