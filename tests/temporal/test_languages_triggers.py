"""The first-word lists the grammar scan looks words up in."""
from __future__ import annotations

import re

from temporal.expressions.languages import grammar_for, russian
from temporal.expressions.languages.triggers import DIGIT, first_words


def test_words_of_a_closed_class_are_listed_in_every_form():
    words = first_words(russian.MONTHS.pattern)
    assert {"июля", "июле", "июлем", "май", "мая", "авг."} <= words
    assert all(re.fullmatch(russian.MONTHS.pattern, w, re.I) for w in words)


def test_only_the_first_word_of_a_phrase_is_listed():
    assert first_words("(?:через|в течение)") == {"через", "в"}
    assert first_words(r"(?:с|со|от)\s") == {"с", "со", "от"}
    assert first_words(r"\d") == {DIGIT}


def test_what_cannot_be_listed_says_so():
    assert first_words("(?:a)?") is None          # may match nothing
    assert first_words(r"[а-я]{3,}x") is None     # unbounded


def test_every_fragment_of_the_grammars_is_listed():
    for code in ("ru", "uk", "ar"):
        assert grammar_for(code)._searched == []
