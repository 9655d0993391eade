"""Pieces the grammars of all three languages share: boundaries and clock values."""
from __future__ import annotations

import re

from .. import granules as G
from ..granules import Granule
from .grammar import Found

B = r"(?<![\w'])"                 # a word starts
E = r"(?![\w'])"                  # a word ends
NB = r"(?<![\w.,:/-])"            # a number starts (not "F-16", "3.5", "1/2")
NE = r"(?![\w]|[.,:/-]\d)"       # a number ends
HM = r"(?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)"


def prev_word(text: str, start: int) -> str:
    m = re.search(r"([\w']+)\W*$", text[max(0, start - 30):start])
    return m.group(1).lower() if m else ""


def clock_value(day: Granule, hour: int, minute: int, zone: str = "") -> Found:
    """A TIME on ``day`` ("2025-07-01T08:50+03:00" when the zone is written)."""
    if not (0 <= hour <= 24 and 0 <= minute < 60):
        raise ValueError("no such time")
    if hour == 24 and minute == 0:  # midnight closing the day, as TIMEX3 writes it
        return Found("TIME", Granule(f"{day.value}T24:00{zone}", "time", day.earliest,
                                     day.latest))
    if day.earliest is None:
        value = f"{day.value}T{hour % 24:02d}:{minute:02d}"
        return Found("TIME", Granule(value + zone, "time", None, None))
    g = G.clock(day.earliest, hour % 24, minute)
    return Found("TIME", Granule(g.value + zone, g.precision, g.earliest, g.latest))


def hour_of_part(hour: int, part: str) -> int:
    """'3 часа дня' is 15:00, '10 вечера' 22:00, '2 ночи' 02:00, '12 дня' noon."""
    if part in ("AF", "EV") and hour < 12:
        return hour + 12
    if part == "NI" and 6 <= hour < 12:
        return hour + 12
    return hour


def duration_value(n: float, letter: str) -> str:
    """TIMEX3 duration: P3D, PT2H, PT30M, PXY for "a few years", P18M for 1.5 years."""
    if n == 0:
        amount = "X"
    elif n != int(n):
        if letter == "Y":
            n, letter = n * 12, "M"
        elif letter == "D":
            n, letter = n * 24, "H"
        amount = f"{n:g}"
    else:
        amount = str(int(n))
    if letter in ("H", "MIN"):
        return f"PT{amount}{'M' if letter == 'MIN' else 'H'}"
    return f"P{amount}{letter}"
