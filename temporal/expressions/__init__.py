"""Find and normalise time expressions in English news (TimeML TIMEX3 style).

Split by role: ``model`` (the result type), ``lexicon``/``numbers`` (words),
``granules`` (calendar spans), ``anchoring`` (reference date, story clock and
tense), ``rules_*`` (one module per family of expressions), ``composite``
(expressions built on a found date: "the week of", "the morning of", a clock
time's day, ranges) and ``finder`` (the entry point).  Standard library and
python-dateutil only, so it can be tested and benchmarked without the GUI.
"""
from .finder import find_expressions
from .model import TimeExpression

__all__ = ["TimeExpression", "find_expressions"]
