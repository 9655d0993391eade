"""The words a language's date grammar is built from, as closed classes.

A class is one regular expression matching every form of its words (every
grammatical case of a month name, say) and a table from stems to values, so
that "июля", "июле" and "июлем" all read as month 7 without a list of forms
to keep in step with the pattern.  The longest stem that begins a word wins
("двадцат" over "дв").
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .normalise import fold

_MARKS = re.compile("[\u064B-\u0652]")  # Arabic short vowels and tanween


@dataclass(frozen=True)
class Words:
    """One closed class: ``pattern`` finds its forms, ``stems`` give their values."""

    pattern: str
    stems: dict = field(default_factory=dict)
    _known: dict = field(default_factory=dict, compare=False, repr=False)

    def value(self, word: str):
        """The value of the longest stem ``word`` starts with (folded, lower case)."""
        if word in self._known:
            return self._known[word]
        key = _MARKS.sub("", fold(word).lower()).replace(" ", "")
        best = None
        for stem, val in self.stems.items():
            s = stem.replace(" ", "")
            if key.startswith(s) and (best is None or len(s) > len(best[0])):
                best = (s, val)
        if best is None:
            raise KeyError(word)
        self._known[word] = best[1]  # a closed class: the cache stays small
        return best[1]


def named(name: str, words: Words | str) -> str:
    """``words`` (a class or a bare pattern) as the group ``name``, for a resolver to read."""
    return rf"(?P<{name}>{words.pattern if isinstance(words, Words) else words})"


def forms(*alternatives: str) -> str:
    """A non-capturing alternation, longest first so no form hides a longer one."""
    return "(?:" + "|".join(sorted(set(alternatives), key=len, reverse=True)) + ")"


@dataclass(frozen=True)
class SlavicLexicon:
    """What the Russian and Ukrainian grammars need; the two share their syntax.

    Regex fields (``*_re``) are fragments without groups; ``Words`` fields read values.
    """

    code: str
    months: Words
    weekdays: Words
    numbers: Words            # cardinal number words, value int (0 = "a few")
    units: Words              # calendar units, value a TIMEX3 letter (D W M Y H MIN)
    day_words: Words          # yesterday/today/tomorrow..., value an offset in days
    parts_of_day: Words       # morning/afternoon/evening/night, value MO AF EV NI
    day_parts: Words          # the same as nouns before a weekday ("утру среды")
    seasons: Words            # value SP SU FA WI
    relatives: Words          # last/this/next, value -1, 0, 1
    edges: Words              # beginning/middle/end, value START MID END
    year_re: str              # "года", "году", "г." after a year
    years_re: str             # the plural after a range or a decade ("годах")
    century_re: str           # "века", "столітті"
    and_re: str               # list connector between days ("и")
    from_re: str              # the start of a range ("с", "от")
    to_re: str                # the end of a range ("по", "до")
    ago_re: str               # "назад" / "тому" after a duration
    approx: Words             # about/almost/more than, value a TIMEX3 mod
    night_re: str             # "ночь" / "ніч" after "в"/"у"
    night_into_re: str        # "на" / "проти": the night into a day
    weekend_re: str           # "выходные" in any case
    present_re: str           # now, currently: PRESENT_REF
    past_ref_re: str          # recently: PAST_REF
    future_ref_re: str        # soon, in the near future: FUTURE_REF
    eve_re: str               # the day before the story's date ("накануне")
    next_day_re: str          # the day after the story's date
    same_day_re: str          # that same day
    hours_re: str             # "часов", "годин" after a clock hour
    midnight_re: str          # midnight (T24:00 of the story's day)
    noon_re: str              # noon (T12:00)
    zones: Words              # time-zone words after a clock time, value a UTC offset
    sets: Words               # "every"/"daily": a TIMEX3 SET value, "" for "every" + unit
    future_cue: str           # verbs and adverbs that look ahead
    past_cue: str             # verbs and adverbs that look back
    deadline_re: str = ""     # "до", "к": a date it governs is a limit, ahead unless told
    same_re: str = ""         # "того же", "того ж": the unit after it is the story's last
    falls_on_re: str = ""     # "выпал на", "припав на": the weekday of a date in a year
