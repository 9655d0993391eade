"""Time expressions in Russian, Ukrainian and Arabic, with the English engine's values.

``grammar_for(code)`` gives the compiled grammar of a covered language;
``detection`` tells which language a text (or each paragraph) is in.
"""
from __future__ import annotations

from functools import cache

from .grammar import Grammar

COVERED = ("ru", "uk", "ar")


@cache
def grammar_for(code: str) -> Grammar:
    """The grammar of ``code`` (compiled on first use)."""
    if code in ("ru", "uk"):
        from . import russian, ukrainian
        from .slavic_rules import SlavicRules

        lex = russian.LEXICON if code == "ru" else ukrainian.LEXICON
        return Grammar(code, SlavicRules(lex).rules, lex.future_cue, lex.past_cue,
                       deadline_cue=lex.deadline_re)
    if code == "ar":
        from .arabic_rules import AB, CLITICS, FUTURE_CUE, PAST_CUE, ArabicRules

        return Grammar(code, ArabicRules().rules, FUTURE_CUE, PAST_CUE, AB, CLITICS)
    raise KeyError(code)
