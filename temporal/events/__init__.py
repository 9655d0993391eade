"""Events in news text: what happened, when, who and where (issue 11).

Split by role: ``lexicon`` (the words of happenings), ``sentences`` (words,
sentences, clauses), ``triggers`` (which words report a happening),
``dating`` (which date governs which happening), ``titles``, ``names``
(actors and places, through `temporal.gazetteer`), ``dedup`` (one event per
happening) and ``finder`` (the entry point). Qt-free and SQL-free; dates come
from the public API of the expression finder only.
"""
from .finder import find_events
from .model import Event

__all__ = ["Event", "find_events"]
