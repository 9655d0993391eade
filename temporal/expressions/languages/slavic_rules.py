"""Russian and Ukrainian date grammar, built from a language's lexicon.

The two languages share the syntax of dates: the day before the month in the
genitive ("1 июля", "1 липня"), the year after it with an optional "года" /
"року", relative units as adjective and noun in any case ("на прошлой
неделе", "минулого тижня"), durations as a numeral and a unit, "назад" /
"тому" after a duration.  Prepositions (в, с, з, на) stay outside the
expression, as the gold annotations leave them out; a range keeps its "с ...
по" since that is what makes it a range.
"""
from __future__ import annotations

import datetime as dt
import re

from .. import granules as G
from ..granules import Granule
from .anchor import Anchor
from .grammar import Found, Piece, Rule, range_of, with_starts
from .lexicon import SlavicLexicon, named
from .normalise import fold
from .resolvers import (
    day_list,
    day_month_range,
    month_range,
    numeric_day,
    weekend,
    with_edge,
    year_range,
)
from .values import HM, NB, NE, B, E, clock_value, duration_value, hour_of_part, prev_word

_PREPS = frozenset("в во с со до к по от за у з із зі від після после около до к на "
                   "між между перед".split())
_ORDINAL = {"перв": 1, "перш": 1, "1": 1, "втор": 2, "друг": 2, "2": 2, "трет": 3, "3": 3,
            "четв": 4, "4": 4}
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
_REFS = {"present": "PRESENT_REF", "past": "PAST_REF", "future": "FUTURE_REF"}
# Where a Roman century begins: a numeral standing as a word ("XX век", "ХІХ-го"), not
# any word beginning с, і or х (a third of Ukrainian words)
_R = "[XVIХІС]"
_ROMAN_WORD = rf"{_R}(?:[\s-]|{_R}(?:[\s-]|{_R}))"
# Plural endings of the adjectives "next", "last", "this" (ru -ие/-ых, uk -і/-их; "эти")
_PLURAL = re.compile(r"(?:[иы]е|[иы]х|[иы]ми|[^ий]і|эти)$", re.IGNORECASE)


def _roman(s: str) -> int:
    s = s.upper().replace("Х", "X").replace("І", "I").replace("С", "C")
    total = 0
    for i, ch in enumerate(s):
        v = _ROMAN[ch]
        total += -v if i + 1 < len(s) and _ROMAN[s[i + 1]] > v else v
    return total


class SlavicRules:
    """The rules of one Slavic language; ``rules`` is handed to ``Grammar``."""

    def __init__(self, lex: SlavicLexicon):
        self.lex = L = lex
        self._falls_on_re = re.compile(rf"{B}(?:{L.falls_on_re})\s+$", re.IGNORECASE) \
            if L.falls_on_re else None
        day = r"(?P<d>[0-3]?\d)(?:-?го)?"
        day2 = r"(?P<d2>[0-3]?\d)(?:-?го)?"
        year = r"(?P<y>(?:1[6-9]|20)\d\d)(?:-?(?:го|м|й))?"
        year2 = r"(?P<y2>(?:1[6-9]|20)\d\d)(?:-?(?:го|м|й))?"
        yt = rf"(?:\s*{L.year_re})?"
        month, month2 = named("m", L.months), named("m2", L.months)
        pod = named("pod", L.parts_of_day)
        wd = named("wd", L.weekdays)
        rel = named("rel", L.relatives)
        edge = named("edge", L.edges)
        num = rf"(?P<n>{L.numbers.pattern}|\d+(?:[.,]5)?)"
        ap = named("ap", L.approx)
        frm, to = rf"{B}{L.from_re}\s+", rf"(?:\s*-\s*|\s+{L.to_re}\s+)"
        zone = rf"(?:\s*{named('z', L.zones)}{E})?"
        hm = HM
        at = r"(?:,?\s*(?:в|о|об)?\s*)"
        self.rules = [
            Rule("dateline", rf"{NB}{day}\s+{month}\s+{year}{yt}{at}{hm}{NE}{zone}",
                 self._dateline),
            Rule("numeric_timestamp",
                 rf"{NB}(?:(?P<d>\d{{1,2}})[./](?P<mo>\d{{1,2}})[./](?P<y>\d{{4}})|"
                 rf"(?P<iy>\d{{4}})-(?P<imo>\d\d)-(?P<id>\d\d))(?:\s*{L.year_re})?"
                 rf"(?:,?\s*|T){hm}{NE}{zone}", self._numeric),
            Rule("numeric_date",
                 rf"{NB}(?:(?P<d>\d{{1,2}})([./])(?P<mo>\d{{1,2}})\2(?P<y>\d{{4}})|"
                 rf"(?P<iy>\d{{4}})-(?P<imo>\d\d)-(?P<id>\d\d)){NE}(?:\s*{L.year_re}{E})?",
                 self._numeric),
            Rule("clock", rf"{NB}{hm}{NE}{zone}", self._clock),
            Rule("clock_hour", rf"{NB}(?P<h>[01]?\d|2[0-3])(?:\s+{L.hours_re})?\s+{pod}{E}",
                 self._clock_hour),
            Rule("day_month", rf"(?:{wd},?\s+)?{NB}{day}\s+{month}(?:\s+{year}{yt})?"
                              rf"(?:,?\s+{pod})?{E}", self._day_month),
            Rule("day_list", rf"{NB}(?P<days>\d{{1,2}}(?:\s*(?:,|{B}{L.and_re}{E})\s*\d{{1,2}})+)"
                             rf"\s+{month}(?:\s+{year}{yt})?{E}", self._day_list),
            Rule("day_range", rf"(?:{frm})?{NB}{day}{to}{day2}\s+{month}(?:\s+{year}{yt})?{E}",
                 self._day_range),
            Rule("day_month_range",
                 rf"(?:{frm})?{NB}{day}\s+{month}{to}{day2}\s+{month2}(?:\s+{year}{yt})?{E}",
                 self._day_month_range),
            Rule("month_range", rf"{frm}{month}(?:\s+(?P<y1>(?:19|20)\d\d))?{to}{month2}"
                                rf"(?:\s+{year}{yt})?{E}", self._month_range),
            Rule("year_range", rf"(?:{frm})?{NB}(?P<y1>(?:1[6-9]|20)\d\d){to}{year2}"
                               rf"(?:\s*(?:{L.years_re}|{L.year_re}))?{E}", year_range),
            Rule("month_year", rf"(?:{edge}\s+)?{B}{month}\s+{year}{yt}{E}", self._month_year),
            Rule("month", rf"(?:{edge}\s+)?{B}{month}{E}", self._month),
            Rule("year", rf"(?:{edge}\s+)?{NB}{year}(?:\s*(?P<yw>{L.year_re}))?{NE}",
                 self._year),
            Rule("decade", rf"{NB}(?P<dec>(?:1[6-9]|20)?\d0)-?(?:е|х|ые|ых|ті|тих)"
                           rf"(?:\s+{L.years_re})?{E}", self._decade),
            Rule("century", rf"{B}(?P<c>[XVIХІС]{{1,5}}|\d{{1,2}})(?:-?(?:го|м|й|му|ом|е))?"
                            rf"\s+{L.century_re}{E}", self._century),
            Rule("weekday", rf"(?:{rel}\s+)?{B}{wd}(?:\s+{pod})?{E}", self._weekday),
            Rule("day_word", rf"{B}(?:{named('w', L.day_words)}(?:,?\s+{pod})?|"
                             rf"(?P<pod0>{L.parts_of_day.pattern})\s+"
                             rf"(?P<w0>{L.day_words.pattern})){E}", self._day_word),
            Rule("part_of_day", rf"(?:{rel}\s+)?{B}{pod}{E}", self._part_of_day),
            Rule("weekday_list", rf"{B}(?P<wds>{L.weekdays.pattern}(?:\s*(?:,|{B}{L.and_re}{E})"
                                 rf"\s*(?:(?:в|во|у)\s+)?{L.weekdays.pattern})+){E}",
                 self._weekday_list),
            Rule("part_date", rf"{B}{pod}\s+{NB}{day}\s+{month}(?:\s+{year}{yt})?{E}",
                 self._day_month),
            Rule("midnight", rf"{B}(?:(?P<mid>{L.midnight_re})|(?P<noon>{L.noon_re})){E}",
                 self._midnight),
            Rule("part_weekday", rf"{B}(?P<dp>{L.day_parts.pattern})\s+{wd}{E}",
                 self._part_weekday),
            Rule("day_word_clock", rf"{B}{named('w', L.day_words)},?\s+(?:(?:в|о|об|около|близько|"
                                   rf"приблизно|примерно)\s+)?{NB}{hm}{NE}{zone}",
                 self._day_word_clock),
            Rule("day_word_date", rf"{B}{named('w', L.day_words)},\s+{NB}{day}\s+{month}"
                                  rf"(?:\s+{year}{yt})?{E}", self._day_month),
            Rule("month_of_year", rf"{B}{month}\s+{rel}\s+(?P<u>{L.units.pattern}){E}",
                 self._month_of_year),
            Rule("half_year", rf"(?:{ap}\s+)?{B}(?P<u>полгода|полугода|півроку){E}",
                 self._half_year),
            Rule("night", rf"{B}{L.night_re}\s+(?:{L.from_re}\s+(?:(?P<fd>\d{{1,2}})"
                          rf"(?:\s+(?P<fm>{L.months.pattern}))?|(?P<fwd>{L.weekdays.pattern}))"
                          rf"\s+)?{L.night_into_re}\s+(?:{day}\s+{month}(?:\s+{year}{yt})?|{wd}|"
                          rf"{named('w', L.day_words)}){E}", self._night),
            Rule("relative_unit", rf"(?:{edge}\s+)?{B}(?:{rel}\s+)?(?P<u>{L.units.pattern}|"
                                  rf"{L.weekend_re}){E}", self._relative_unit),
            Rule("weekend", rf"{B}(?P<we>{L.weekend_re}){E}", weekend),
            Rule("ago", rf"(?:{ap}\s+)?(?:{B}{num}\s+)?{B}(?P<u>{L.units.pattern})\s+"
                        rf"{L.ago_re}{E}", self._ago),
            Rule("later", rf"{B}(?P<how>через|спустя)\s+(?:{num}\s+)?(?P<u>{L.units.pattern}){E}",
                 self._later),
            Rule("duration", rf"(?:{ap}\s+)?{B}{num}\s+(?P<u>{L.units.pattern}){E}",
                 self._duration),
            Rule("during", rf"{B}(?:в течение|на протяжении|в продолжение|протягом|впродовж)"
                           rf"\s+(?:{ap}\s+)?(?P<u>{L.units.pattern}){E}", self._during),
            Rule("season", rf"(?:{edge}\s+)?(?:{rel}\s+)?{B}(?P<s>{L.seasons.pattern})"
                           rf"(?:\s+{year}{yt})?{E}", self._season),
            Rule("quarter", rf"{B}(?P<ord>перв\w*|втор\w*|трет\w*|четв\w*|перш\w*|друг\w*|"
                            rf"[1-4]-?(?:м|й|го|му))\s+(?P<q>квартал\w*|полугоди\w*|півріч\w*)"
                            rf"(?:\s+{year}{yt})?{E}", self._quarter),
            Rule("last_year", rf"{B}(?P<t>позаторік|торік){E}", self._last_year),
            Rule("present", rf"{B}(?P<present>{L.present_re}){E}", self._ref),
            Rule("past_ref", rf"{B}(?P<past>{L.past_ref_re}){E}", self._ref),
            Rule("future_ref", rf"{B}(?P<future>{L.future_ref_re}){E}", self._ref),
            Rule("eve", rf"{B}{L.eve_re}(?:\s+{pod})?{E}", self._eve),
            Rule("set", rf"{B}(?P<every>{L.sets.pattern})(?:\s+(?P<u>{L.units.pattern}))?{E}",
                 self._set),
            Rule("next_day", rf"{B}{L.next_day_re}{E}", lambda m, a: Found("DATE", a.story_day(1))),
            Rule("same_day", rf"{B}{L.same_day_re}{E}", lambda m, a: Found("DATE", a.story_day(0))),
            Rule("same_period", rf"(?:(?:{NB}{day}\s+)?{month}\s+)?{B}(?P<same>{L.same_re})\s+"
                                rf"(?P<u>{L.units.pattern}){E}", self._same_period),
        ]
        self.rules = with_starts(self.rules, self._starts())

    def _starts(self) -> dict[str, tuple[str, ...]]:
        """The first words each rule's matches can begin with (see ``Grammar``)."""
        L = self.lex
        d, frm = r"\d", rf"{L.from_re}\s"
        mon, wd, rel, edge = L.months.pattern, L.weekdays.pattern, L.relatives.pattern, \
            L.edges.pattern
        unit, num, ap, pod = L.units.pattern, L.numbers.pattern, L.approx.pattern, \
            L.parts_of_day.pattern
        return {
            "dateline": (d,), "numeric_timestamp": (d,), "numeric_date": (d,), "clock": (d,),
            "clock_hour": (d,), "day_list": (d,), "decade": (d,), "day_month": (d, wd),
            "day_range": (d, frm), "day_month_range": (d, frm), "year_range": (d, frm),
            "month_range": (frm,), "month_year": (edge, mon), "month": (edge, mon),
            "year": (edge, d), "century": (d, _ROMAN_WORD), "weekday": (rel, wd),
            "day_word": (L.day_words.pattern, pod), "part_of_day": (rel, pod),
            "part_weekday": (L.day_parts.pattern,), "weekday_list": (wd,), "part_date": (pod,),
            "midnight": (L.midnight_re, L.noon_re), "day_word_clock": (L.day_words.pattern,),
            "day_word_date": (L.day_words.pattern,), "month_of_year": (mon,),
            "half_year": (ap, "полгода|полугода|півроку"),
            "night": (L.night_re,), "relative_unit": (edge, rel, unit, L.weekend_re),
            "weekend": (L.weekend_re,), "ago": (ap, num, d, unit), "later": ("через|спустя",),
            "duration": (ap, num, d),
            "during": ("в течение|на протяжении|в продолжение|протягом|впродовж",),
            "season": (edge, rel, L.seasons.pattern),
            "quarter": ("перв|втор|трет|четв|перш|друг", d), "last_year": ("позаторік|торік",),
            "present": (L.present_re,), "past_ref": (L.past_ref_re,),
            "future_ref": (L.future_ref_re,), "eve": (L.eve_re,), "set": (L.sets.pattern,),
            "next_day": (L.next_day_re,), "same_day": (L.same_day_re,),
            "same_period": (d, mon, L.same_re),
        }

    # -- helpers -----------------------------------------------------------
    def _day_of(self, m: re.Match, a: Anchor, dg="d", mg="m", yg="y") -> Granule | None:
        d, mon = int(m.group(dg)), self.lex.months.value(m.group(mg))
        if m.group(yg):
            return G.day(dt.date(int(m.group(yg)), mon, d))
        return a.month_day(mon, d, m.start(), m.end())

    def _zone(self, m: re.Match) -> str:
        return self.lex.zones.value(m.group("z")) if m.group("z") else ""

    def _mod(self, m: re.Match, group: str = "ap") -> str | None:
        return self.lex.approx.value(m.group(group)) if m.group(group) else None

    def _edge(self, m: re.Match) -> str | None:
        e = self.lex.edges.value(m.group("edge")) if m.group("edge") else None
        return e if e in ("START", "MID", "END") else None

    def _at_part(self, g: Granule, pod: str | None) -> Found:
        """``g`` as a DATE, or as a TIME when a part of the day ("утром") comes with it."""
        if pod:
            return Found("TIME", G.part_of_day(g, self.lex.parts_of_day.value(pod)))
        return Found("DATE", g)

    def _amount(self, m: re.Match) -> float:
        n = m.group("n")
        if not n:
            return 1
        if n[0].isdigit():
            return float(n.replace(",", "."))
        return self.lex.numbers.value(n)

    # -- resolvers ---------------------------------------------------------
    def _dateline(self, m, a):
        return clock_value(self._day_of(m, a), int(m["h"]), int(m["mi"]), self._zone(m))

    def _numeric(self, m, a):
        day = numeric_day(m)
        if "h" in m.re.groupindex:
            return clock_value(day, int(m["h"]), int(m["mi"]), self._zone(m))
        return Found("DATE", day)

    def _clock(self, m, a):
        return clock_value(a.day(0), int(m["h"]), int(m["mi"]), self._zone(m))

    def _clock_hour(self, m, a):
        part = self.lex.parts_of_day.value(m["pod"])
        return clock_value(a.day(0), hour_of_part(int(m["h"]), part), 0)

    def _day_month(self, m, a):
        wd = m["wd"] if "wd" in m.re.groupindex else None
        if wd and fold(wd).lower().startswith("сред") and not wd[0].isupper():
            return None
        return self._at_part(self._day_of(m, a), m["pod"] if "pod" in m.re.groupindex else None)

    def _day_list(self, m, a):
        return day_list(m, a, self.lex.months.value(m["m"]))

    def _day_range(self, m, a):
        last = self._day_of(m, a, "d2")
        mon = self.lex.months.value(m["m"])
        if last.earliest is None:
            first = Granule(f"XXXX-{mon:02d}-{int(m['d']):02d}", "day", None, None)
        else:
            first = G.day(dt.date(last.earliest.year, mon, int(m["d"])))
        return Found("DATE", range_of(first, last))

    def _day_month_range(self, m, a):
        last = self._day_of(m, a, "d2", "m2")
        return day_month_range(self.lex.months.value(m["m"]), int(m["d"]), last)

    def _month_range(self, m, a):
        return month_range(m, a, self.lex.months)

    def _month_year(self, m, a):
        if m["m"].endswith("."):
            return None
        return Found("DATE", G.month(int(m["y"]), self.lex.months.value(m["m"])), self._edge(m))

    def _month(self, m, a):
        if m["m"].endswith("."):
            return None
        mon = self.lex.months.value(m["m"])
        return Found("DATE", a.month(mon, m.start(), m.end()), self._edge(m))

    def _year(self, m, a):
        y = int(m["y"])
        if not (m["yw"] or m["edge"] or prev_word(a.text, m.start()) in _PREPS):
            return None
        return with_edge(G.year(y), self.lex.edges.value(m["edge"]) if m["edge"] else None)

    def _decade(self, m, a):
        y = int(m["dec"])
        if y < 100:
            y += 1900
        return Found("DATE", G.decade(y))

    def _century(self, m, a):
        c = int(m["c"]) if m["c"].isdigit() else _roman(m["c"])
        if not 1 <= c <= 22:
            return None
        return Found("DATE", G.century(c - 1))

    def _weekday(self, m, a):
        if fold(m["wd"]).lower().startswith("сред") and not (
                m["rel"] or m["wd"][0].isupper() or fold(m["wd"]).lower() == "среду"):
            return None  # "среда" is also "environment"; the weekday is "в среду"
        wd = self.lex.weekdays.value(m["wd"])
        direction = None
        if not m["rel"] and self._falls_on(a.text, m.start()):
            g = a.weekday_in_year(wd, m.start())
            if g is not None:
                return self._at_part(g, m["pod"])
        if m["rel"]:
            direction = {-1: -1, 0: 0, 1: 1}.get(self.lex.relatives.value(m["rel"]))
            if direction is None:
                return None
        return self._at_part(a.weekday(wd, m.start(), m.end(), direction), m["pod"])

    def _falls_on(self, text: str, start: int) -> bool:
        """Whether a verb of falling ("выпал на", "припав на") governs the word at ``start``."""
        return self._falls_on_re is not None and \
            self._falls_on_re.search(text, max(0, start - 30), start) is not None

    def _same_period(self, m, a):
        """"того же года", "1 грудня того ж року": the unit of the last date the story named."""
        letter = self.lex.units.value(m["u"])
        last = a.last.earliest if a.last is not None else a.reference
        if last is None:
            return None
        if m["m"]:
            if letter != "Y":
                return None
            mon = self.lex.months.value(m["m"])
            if m["d"]:
                return Found("DATE", G.day(dt.date(last.year, mon, int(m["d"]))))
            return Found("DATE", G.month(last.year, mon))
        precision = {"Y": "year", "M": "month", "W": "week", "D": "day"}.get(letter)
        if precision is None:
            return None
        return Found("DATE", G.containing(precision, last))

    def _day_word(self, m, a):
        word, pod = (m["w"], m["pod"]) if m["w"] else (m["w0"], m["pod0"])
        offset = self.lex.day_words.value(word)
        if not pod:
            return Found("DATE", a.day(offset))
        part = self.lex.parts_of_day.value(pod)
        if part == "NI" and offset == 0 and a.tense(m.start(), m.end()) != "f":
            offset = -1  # "сегодня ночью" in a report: the night just past
        return Found("TIME", G.part_of_day(a.day(offset), part))

    _ADVERBIAL = re.compile(r"(?:утром|днем|вечером|ночью|вранці|уранці|зранку|вдень|удень|"
                            r"ввечері|увечері|звечора|вночі|уночі)$", re.I)

    def _part_of_day(self, m, a):
        part = self.lex.parts_of_day.value(m["pod"])
        if m["rel"]:
            r = self.lex.relatives.value(m["rel"])
            if r not in (-1, 0):
                return None
            offset = -1 if r == -1 or (part == "NI" and a.tense(m.start(), m.end()) != "f") else 0
        else:
            if not self._ADVERBIAL.match(fold(m["pod"])):
                return None
            offset = -1 if part == "NI" and a.tense(m.start(), m.end()) == "p" else 0
        return Found("TIME", G.part_of_day(a.day(offset), part))

    def _night(self, m, a):
        if m["fd"]:
            mon = self.lex.months.value(m["fm"] or m["m"]) if (m["fm"] or m["m"]) else None
            if mon is None:
                return None
            y = int(m["y"]) if m["y"] else None
            g = G.day(dt.date(y, mon, int(m["fd"]))) if y else \
                a.month_day(mon, int(m["fd"]), m.start(), m.end())
            return Found("TIME", G.part_of_day(g, "NI"))
        if m["fwd"]:
            g = a.weekday(self.lex.weekdays.value(m["fwd"]), m.start(), m.end())
            return Found("TIME", G.part_of_day(g, "NI"))
        if m["d"]:
            into = self._day_of(m, a)
        elif m["wd"]:
            into = a.weekday(self.lex.weekdays.value(m["wd"]), m.start(), m.end())
        else:
            into = a.day(self.lex.day_words.value(m["w"]))
        if into.earliest is None:
            return Found("TIME", G.part_of_day(G.unknown("day"), "NI"))
        return Found("TIME", G.part_of_day(G.day(into.earliest - dt.timedelta(days=1)), "NI"))

    def _weekday_list(self, m, a):
        base = m.start("wds")
        days = [(self.lex.weekdays.value(x.group()), x.start() + base, x.end() + base)
                for x in re.finditer(self.lex.weekdays.pattern, m["wds"], re.I)]
        if any(fold(m["wds"][s - base:e - base]).lower().startswith("сред") and
               fold(m["wds"][s - base:e - base]).lower() != "среду" for _, s, e in days):
            return None
        grans = [a.weekday(wd, m.start(), m.end()) for wd, _, _ in days]
        if all(g.earliest for g in grans) and all(
                (b.earliest - p.earliest).days == 1 for p, b in zip(grans, grans[1:])):
            return Found("DATE", range_of(grans[0], grans[-1]))
        return [Piece(s, e, Found("DATE", g)) for (_, s, e), g in zip(days, grans)]

    def _midnight(self, m, a):
        return clock_value(a.story_day(0), 24 if m["mid"] else 12, 0)

    def _part_weekday(self, m, a):
        part = self.lex.day_parts.value(m["dp"])
        g = a.weekday(self.lex.weekdays.value(m["wd"]), m.start(), m.end())
        return Found("TIME", G.part_of_day(g, part))

    def _day_word_clock(self, m, a):
        day = a.day(self.lex.day_words.value(m["w"]))
        return clock_value(day, int(m["h"]), int(m["mi"]), self._zone(m))

    def _month_of_year(self, m, a):
        if self.lex.units.value(m["u"]) != "Y" or a.reference is None or m["m"].endswith("."):
            return None
        year = a.reference.year + self.lex.relatives.value(m["rel"])
        return Found("DATE", G.month(year, self.lex.months.value(m["m"])))

    def _half_year(self, m, a):
        return Found("DURATION", Granule("P6M", None, None, None), self._mod(m))

    def _unit_letter(self, word: str) -> str:
        if re.fullmatch(self.lex.weekend_re, fold(word), re.I):
            return "WE"
        return self.lex.units.value(word)

    def _relative_unit(self, m, a):
        letter = self._unit_letter(m["u"])
        if not (m["rel"] or m["edge"]):
            return None
        r = self.lex.relatives.value(m["rel"]) if m["rel"] else 0  # "до конца месяца": this one
        if m["rel"] and letter != "WE" and _PLURAL.search(fold(m["rel"])):
            # "в ближайшие месяцы", "минулі роки": no one unit but the time before or after
            kind = "future" if r > 0 else "past" if r < 0 else "present"
            return Found("DATE", Granule(_REFS[kind], None, None, None))
        if letter in ("D", "H", "MIN"):
            return None
        edge = self.lex.edges.value(m["edge"]) if m["edge"] else None
        return with_edge(a.unit(letter, r), edge, halves=letter == "Y")

    def _ago(self, m, a):
        n = self._amount(m)
        letter = self.lex.units.value(m["u"])
        if n == 0:
            return Found("DATE", Granule("PAST_REF", None, None, None))
        if letter in ("H", "MIN"):
            return Found("DATE", a.day(0))
        if letter == "M" and fold(m["u"]).lower() in ("полгода", "півроку"):
            n, letter = 6, "M"
        if n != int(n):  # "полтора года назад": eighteen months back, to the month
            n, letter = {"Y": (n * 12, "M"), "M": (round(n * 30), "D"),
                         "W": (round(n * 7), "D")}.get(letter, (round(n), letter))
        return Found("DATE", a.ago(letter, n), self._mod(m))

    def _later(self, m, a):
        n = self._amount(m)
        letter = self.lex.units.value(m["u"])
        if n == 0 or letter in ("H", "MIN"):
            return None
        if m["how"].lower() == "спустя":  # "спустя два дня": two days after the story's date
            return Found("DATE", a.after_story(letter, n))
        return Found("DATE", a.ago(letter, -n))

    def _duration_value(self, n: float, letter: str, unit_word: str) -> str:
        if fold(unit_word).lower() in ("полгода", "півроку"):
            n, letter = 6 * n, "M"
        return duration_value(n, letter)

    def _duration(self, m, a):
        n = self._amount(m)
        if n >= 1000:
            return None
        letter = self.lex.units.value(m["u"])
        value = self._duration_value(n, letter, m["u"])
        return Found("DURATION", Granule(value, None, None, None), self._mod(m))

    def _during(self, m, a):
        letter = self.lex.units.value(m["u"])
        value = self._duration_value(1, letter, m["u"])
        start = m.start("ap") if m["ap"] else m.start("u")
        return [Piece(start, m.end(), Found("DURATION", Granule(value, None, None, None),
                                             self._mod(m)))]

    def _season(self, m, a):
        code = self.lex.seasons.value(m["s"])
        if m["y"]:
            return Found("DATE", G.season(int(m["y"]), code), self._edge(m))
        if m["rel"]:
            r = self.lex.relatives.value(m["rel"])
            ref = a.reference
            if ref is None:
                return Found("DATE", G.unknown("season"))
            this = a.season(code, m.start(), m.end())
            year = this.earliest.year
            if r == -1:
                year = year - 1 if this.earliest <= ref <= this.latest or this.earliest > ref \
                    else year
            elif r == 1:
                year = year + 1 if this.earliest <= ref else year
            return Found("DATE", G.season(year, code), self._edge(m))
        return Found("DATE", a.season(code, m.start(), m.end()), self._edge(m))

    def _quarter(self, m, a):
        k = fold(m["ord"]).lower()
        n = next(v for s, v in _ORDINAL.items() if k.startswith(s))
        half = not fold(m["q"]).lower().startswith("квартал")
        if half and n > 2:
            return None
        if m["y"]:
            y = int(m["y"])
        elif a.reference is not None:
            y = a.reference.year
        else:
            return Found("DATE", G.unknown("half" if half else "quarter"))
        return Found("DATE", G.half(y, n) if half else G.quarter(y, n))

    def _last_year(self, m, a):
        return Found("DATE", a.unit("Y", -2 if fold(m["t"]).lower().startswith("поза") else -1))

    def _eve(self, m, a):
        return self._at_part(a.story_day(-1), m["pod"])

    def _set(self, m, a):
        value = self.lex.sets.value(m["every"])
        if not value:
            if not m["u"]:
                return None
            letter = self.lex.units.value(m["u"])
            value = duration_value(1, letter)
        elif m["u"]:
            return None
        return Found("SET", Granule(value, None, None, None))

    def _ref(self, m, a):
        kind = next(k for k in _REFS if m.re.groupindex.get(k) and m.group(k))
        return Found("DATE", Granule(_REFS[kind], None, None, None))
