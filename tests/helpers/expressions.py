"""What every list of time expressions must satisfy, whatever text it was found in.

The English and the other languages' property tests feed the engine random
text and check the same invariants; one copy keeps a new invariant from
reaching one engine's tests and not the other's.
"""

from __future__ import annotations


def check_well_formed(text: str, found) -> None:
    """Each expression lies in ``text``, quotes it exactly, starts after the one before
    ends, and, when it is dated, does not end before it begins."""
    prev_end = 0
    for e in found:
        assert 0 <= e.start < e.end <= len(text)
        assert text[e.start:e.end] == e.text
        assert e.start >= prev_end
        prev_end = e.end
        if e.earliest is not None:
            assert e.latest is not None and e.earliest <= e.latest
