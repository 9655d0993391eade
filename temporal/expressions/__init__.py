"""Find and normalise time expressions in news (TimeML TIMEX3 style).

Split by role: ``model`` (the result type), ``lexicon``/``numbers`` (words),
``granules`` (calendar spans), ``anchoring`` (reference date, story clock and
tense), ``rules_*`` (one module per family of expressions), ``composite``
(expressions built on a found date: "the week of", "the morning of", a clock
time's day, ranges) and ``finder`` (the English engine); ``languages`` holds the
Russian, Ukrainian and Arabic grammars and the entry point that picks one per
paragraph.  No Qt and no SQL, so it can be tested and benchmarked without the GUI.
"""
from .languages.dispatch import find_expressions
from .model import TimeExpression

__all__ = ["TimeExpression", "find_expressions"]
