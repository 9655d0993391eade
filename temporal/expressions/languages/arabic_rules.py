"""Arabic date grammar.

Arabic puts the adjective after its noun ("العام الماضي", last year; "الثلاثاء
الماضي", last Tuesday), the part of day before the day as a construct ("صباح
اليوم", this morning; "ليلة الاثنين", the night into Monday, since the
Arabic day begins at sunset), "منذ"/"قبل" before a duration for "ago", and
writes and/in/to as one-letter clitics glued to the next word ("و3 يوليو",
"بالأمس"): a word may start after one such letter, which stays outside the
expression.  Hijri dates are converted with ``hijri``.
"""
from __future__ import annotations

import datetime as dt
import re

from .. import granules as G
from ..granules import Granule
from . import arabic as AR
from . import hijri
from .anchor import Anchor
from .grammar import Found, Rule, range_of, with_starts
from .lexicon import named
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
from .values import HM, NB, NE, clock_value, duration_value, hour_of_part, prev_word

FUTURE_CUE, PAST_CUE = AR.FUTURE_CUE, AR.PAST_CUE
CLITICS = "[وف][بلك]|[وفبلك]"  # and/so + in/for/like, glued to the next word
# A word starts, maybe after one or two clitics ("و", "ب", "وب": "وبالأمس").
AB = r"(?:(?<!\w)|(?<=(?<!\w)[وفبلك])|(?<=(?<!\w)[وف][بلك]))"
AE = r"[\u064B-\u0652]*(?![\w\u064B-\u0652])"  # a word ends, maybe with case vowels
_PREPS = frozenset("في منذ حتي قبل بعد خلال مع عام العام سنة السنة الي من بين".split())
_MONTH_PREPS = frozenset("في منذ حتي خلال".split())  # "مع أب" is "with a father"
_YEAR_WORD = r"(?:عام|العام|سنة|السنة)"
_DECADES = {"العشرين": 2, "الثلاثين": 3, "الاربعين": 4, "الخمسين": 5, "الستين": 6,
            "السبعين": 7, "الثمانين": 8, "التسعين": 9}
_CENTURIES = {"العشرين": 20, "الحادي والعشرين": 21, "التاسع عشر": 19, "الثامن عشر": 18}


def _month(name: str) -> str:
    """A month, maybe with its name in the other series: "يوليو/تموز", "يوليو (تموز)"."""
    p = AR.MONTHS.pattern
    return rf"{AB}(?P<{name}>{p})(?:\s*/\s*{p}|\s*\(\s*{p}\s*\))?{AE}"


class ArabicRules:
    """The rules handed to ``Grammar`` for Arabic."""

    def __init__(self):
        day, day2 = rf"{NB}(?P<d>[0-3]?\d){NE}", rf"(?P<d2>[0-3]?\d){NE}"
        year = rf"(?P<y>(?:1[6-9]|20)\d\d){NE}(?:\s*م{AE})?"
        m, m2 = _month("m"), _month("m2")
        wd = rf"{AB}{named('wd', AR.WEEKDAYS)}{AE}"
        rel = named("rel", AR.RELATIVES)
        edge = rf"{AB}{named('edge', AR.EDGES)}"
        part = rf"{AB}{named('part', AR.PARTS)}"
        dword = rf"{AB}{named('w', AR.DAY_WORDS)}{AE}"
        num = rf"(?P<n>{AR.NUMBERS.pattern}|\d+)"
        ap = named("ap", AR.APPROX)
        units = rf"{AB}(?P<u>{AR.UNITS.pattern}){AE}"
        zone = rf"(?:\s+{named('z', AR.ZONES)}{AE})?"
        cpart = rf"(?:\s+(?P<cp>{AR.CLOCK_PARTS.pattern}){AE})?"
        of_year = rf"(?:\s+(?:{_YEAR_WORD}\s+)?{year})?"
        to = r"(?:\s*-\s*|\s+(?:الي|حتي)\s+)"
        self.rules = [
            Rule("dateline", rf"(?:{wd}\s*،?\s*)?{day}\s+(?:من\s+)?{m}\s+{year}\s*،?\s*"
                             rf"(?:الساعة\s+)?{HM}{NE}{cpart}{zone}", self._dateline),
            Rule("numeric_timestamp",
                 rf"{NB}(?:(?P<d>\d{{1,2}})[./](?P<mo>\d{{1,2}})[./](?P<y>\d{{4}})|"
                 rf"(?P<iy>\d{{4}})[-/](?P<imo>\d{{1,2}})[-/](?P<id>\d{{1,2}}))"
                 rf"(?:\s*،?\s*|T)(?:الساعة\s+)?{HM}{NE}{cpart}{zone}", self._numeric),
            Rule("numeric_date",
                 rf"{NB}(?:(?P<d>\d{{1,2}})([./])(?P<mo>\d{{1,2}})\2(?P<y>\d{{4}})|"
                 rf"(?P<iy>\d{{4}})([-/])(?P<imo>\d{{1,2}})\5(?P<id>\d{{1,2}})){NE}",
                 self._numeric),
            Rule("clock", rf"(?:{AB}الساعة\s+)?{NB}{HM}{NE}{cpart}{zone}", self._clock),
            Rule("clock_hour", rf"{AB}الساعة\s+(?P<h>[01]?\d|2[0-3]){NE}{cpart}{zone}",
                 self._clock),
            Rule("word_hour", rf"{AB}الساعة\s+(?P<hw>{AR.HOURS.pattern})(?:\s+و(?P<half>النصف|"
                              rf"الربع))?{cpart}{zone}", self._word_hour),
            Rule("weekend", rf"{AB}(?:عطلة\s+)?نهاية\s+الاسبوع{AE}", weekend),
            Rule("past_units", rf"{AB}(?P<u>{AR.PLURAL_UNITS.pattern})\s+ال\s*(?P<n>"
                               rf"{AR.NUMBERS.pattern}|\d+)\s+(?:الماضية|الاخيرة|المقبلة|القادمة)"
                               rf"{AE}", self._past_units),
            Rule("day_month", rf"(?:(?:{AB}يوم\s+)?{wd}\s*،?\s*)?(?:{AB}يوم\s+)?{day}\s+"
                              rf"(?:من\s+)?{m}{of_year}", self._day_month),
            Rule("ordinal_day", rf"{AB}(?P<first>{AR.ORDINAL_DAYS.pattern})\s+من\s+(?:شهر\s+)?"
                                rf"{m}{of_year}", self._day_month),
            Rule("ordinal_hijri", rf"{AB}(?P<first>{AR.ORDINAL_DAYS.pattern})\s+من\s+(?:شهر\s+)?"
                                  rf"{AB}(?P<hm>{AR.HIJRI_MONTHS.pattern}){AE}(?:\s+(?:{_YEAR_WORD}"
                                  rf"\s+)?(?P<hy>1[3-5]\d\d))?(?:\s*ه{AE})?", self._hijri_date),
            Rule("midnight", rf"{AB}(?P<mid>منتصف الليل|منتصف ليل){AE}", self._midnight),
            Rule("day_list", rf"(?:{AB}(?P<between>بين)\s+)?{NB}(?P<days>\d{{1,2}}"
                             rf"(?:\s*[،,و]\s*\d{{1,2}}|\s+و\s*\d{{1,2}})+){NE}\s+"
                             rf"(?:من\s+)?{m}{of_year}", self._day_list),
            Rule("day_range", rf"(?:{AB}من\s+)?{day}{to}{day2}\s+(?:من\s+)?{m}{of_year}",
                 self._day_range),
            Rule("day_month_range", rf"(?:{AB}من\s+)?{day}\s+{m}{to}{day2}\s+{m2}{of_year}",
                 self._day_month_range),
            Rule("month_range", rf"{AB}(?:من|بين)\s+(?:شهر\s+)?{m}(?:\s+(?P<y1>(?:19|20)\d\d))?"
                                rf"(?:{to}|\s+و\s*)(?:شهر\s+)?{m2}{of_year}", self._month_range),
            Rule("year_range", rf"(?:{AB}(?:من|بين)\s+)?(?:(?:عامي|العامين|سنتي|عام|العام|سنة)"
                               rf"\s+)?{NB}(?P<y1>(?:1[6-9]|20)\d\d){NE}(?:{to}|\s+و\s*)"
                               rf"(?:{_YEAR_WORD}\s+)?(?P<y2>(?:1[6-9]|20)\d\d){NE}",
                 year_range),
            Rule("month_year", rf"(?:{edge}\s+)?(?:{AB}شهر\s+)?{m}\s+(?:{_YEAR_WORD}\s+)?{year}",
                 self._month_year),
            Rule("month", rf"(?:{edge}\s+)?(?:{AB}(?P<sh>شهر)\s+)?{m}(?:\s+{rel}{AE})?",
                 self._month),
            Rule("year", rf"(?:{edge}\s+)?(?:{AB}(?P<yw>{_YEAR_WORD})\s+)?{NB}{year}",
                 self._year),
            Rule("hijri_date", rf"{day}\s+(?:من\s+)?{AB}(?P<hm>{AR.HIJRI_MONTHS.pattern}){AE}"
                               rf"(?:\s+(?:{_YEAR_WORD}\s+)?(?P<hy>1[3-5]\d\d))?"
                               rf"(?:\s*ه{AE})?", self._hijri_date),
            Rule("hijri_month", rf"(?:{AB}(?P<sh>شهر)\s+)?{AB}(?P<hm>{AR.HIJRI_MONTHS.pattern})"
                                rf"{AE}(?:\s+(?:{_YEAR_WORD}\s+)?(?P<hy>1[3-5]\d\d))?"
                                rf"(?:\s*ه{AE})?", self._hijri_month),
            Rule("hijri_year", rf"(?:{AB}{_YEAR_WORD}\s+)?{NB}(?P<hy>1[3-5]\d\d)\s*ه{AE}",
                 self._hijri_year),
            Rule("weekday", rf"(?:(?:{AB}(?P<pre>يوم|اليوم|امس|غدا){AE})\s+)?{wd}"
                            rf"(?:\s+{rel}{AE})?", self._weekday),
            Rule("part_weekday", rf"{part}\s+(?:{AB}يوم\s+)?{wd}(?:\s+{rel}{AE})?"
                                 rf"(?:\s*(?:-|/|الي|علي)?\s*{AB}(?P<wd2>"
                                 rf"{AR.WEEKDAYS.pattern}){AE})?", self._part_weekday),
            Rule("day_word", rf"(?:{AB}يوم\s+)?{dword}", self._day_word),
            Rule("part_day_word", rf"{part}\s+(?:{AB}يوم\s+)?{dword}", self._part_day_word),
            Rule("tonight", rf"{AB}(?:(?P<this>هذا|هذه)\s+)?(?P<t>الليلة|الصباح|المساء)"
                            rf"(?:\s+(?P<past>الماضية|الماضي|البارحة))?{AE}", self._tonight),
            Rule("relative_unit", rf"(?:{edge}\s+)?{AB}(?P<u>{AR.REL_UNITS.pattern})\s+{rel}{AE}",
                 self._relative_unit),
            Rule("this_unit", rf"(?:{edge}\s+)?{AB}(?:هذا|هذه)\s+(?P<u>{AR.REL_UNITS.pattern})"
                              rf"{AE}", self._relative_unit),
            Rule("season", rf"(?:{edge}\s+)?{AB}(?:(?P<this>هذا|هذه)\s+)?(?P<s>"
                           rf"{AR.SEASONS.pattern})(?:\s+{rel})?(?:\s+{year})?{AE}",
                 self._season),
            Rule("season_year", rf"{AB}(?P<s>ربيع|صيف|خريف|شتاء)\s+(?:{_YEAR_WORD}\s+)?{year}",
                 self._season),
            Rule("ago", rf"{AB}(?P<pre>منذ|قبل)\s+(?:{ap}\s+)?(?:{num}\s+)?{units}(?!\s*\d)",
                 self._ago),
            Rule("later", rf"{AB}بعد\s+(?:{num}\s+)?{units}(?!\s*\d|\s+من{AE})", self._later),
            Rule("set", rf"{AB}(?:(?P<every>كل)\s+(?P<u>يوم|اسبوع|شهر|عام|سنة)|(?P<adv>يوميا|"
                        rf"اسبوعيا|شهريا|سنويا)){AE}", self._set),
            Rule("duration", rf"(?:{AB}{ap}\s+)?(?:{AB}{num}\s+)?{units}(?!\s*\d)",
                 self._duration),
            Rule("decade", rf"{AB}(?:ال)?(?P<dec>عشرين|ثلاثين|اربعين|خمسين|ستين|سبعين|ثمانين|"
                           rf"تسعين)يات(?:\s+القرن\s+(?P<crel>الماضي|العشرين|الحالي))?{AE}",
                 self._decade),
            Rule("century", rf"{AB}القرن\s+(?P<c>الحادي والعشرين|العشرين|التاسع عشر|"
                            rf"الثامن عشر|الماضي|الحالي){AE}", self._century),
            Rule("story", rf"{AB}(?P<sd>اليوم التالي|اليوم السابق|اليوم نفسه|اليوم ذاته|"
                          rf"نفس اليوم|اليوم الذي سبقه){AE}", self._story),
            Rule("present", rf"{AB}(?P<present>{AR.PRESENT}){AE}", self._ref),
            Rule("past_ref", rf"{AB}(?P<past_ref>{AR.PAST_REF}){AE}", self._ref),
            Rule("future_ref", rf"{AB}(?P<future_ref>{AR.FUTURE_REF}){AE}", self._ref),
        ]
        self.rules = with_starts(self.rules, self._starts())

    @staticmethod
    def _starts() -> dict[str, tuple[str, ...]]:
        """The first words each rule's matches can begin with (see ``Grammar``)."""
        d, wd, mon = r"\d", AR.WEEKDAYS.pattern, AR.MONTHS.pattern
        edge, year_word, this = AR.EDGES.pattern, _YEAR_WORD, "هذا|هذه"
        return {
            "word_hour": ("الساعة",), "weekend": ("عطلة|نهاية",),
            "past_units": (AR.PLURAL_UNITS.pattern,), "dateline": (wd, d),
            "numeric_timestamp": (d,), "numeric_date": (d,),
            "clock": ("الساعة", d), "clock_hour": ("الساعة",), "day_month": ("يوم", wd, d),
            "ordinal_day": (AR.ORDINAL_DAYS.pattern,), "ordinal_hijri": (AR.ORDINAL_DAYS.pattern,),
            "midnight": ("منتصف",), "day_list": ("بين", d), "day_range": ("من", d),
            "day_month_range": ("من", d), "month_range": ("من|بين",),
            "year_range": ("من|بين|عامي|العامين|سنتي", year_word, d),
            "month_year": (edge, "شهر", mon), "month": (edge, "شهر", mon),
            "year": (edge, year_word, d), "hijri_date": (d,),
            "hijri_month": ("شهر", AR.HIJRI_MONTHS.pattern), "hijri_year": (year_word, d),
            "weekday": ("يوم|اليوم|امس|غدا", wd), "part_weekday": (AR.PARTS.pattern,),
            "day_word": ("يوم", AR.DAY_WORDS.pattern), "part_day_word": (AR.PARTS.pattern,),
            "tonight": (this, "الليلة|الصباح|المساء"),
            "relative_unit": (edge, AR.REL_UNITS.pattern),
            "this_unit": (edge, this), "season": (edge, this, AR.SEASONS.pattern),
            "season_year": ("ربيع|صيف|خريف|شتاء",), "ago": ("منذ|قبل",), "later": ("بعد",),
            "set": ("كل|يوميا|اسبوعيا|شهريا|سنويا",),
            "duration": (AR.APPROX.pattern, AR.NUMBERS.pattern, d, AR.UNITS.pattern),
            "decade": ("(?:ال)?(?:عشرين|ثلاثين|اربعين|خمسين|ستين|سبعين|ثمانين|تسعين)",),
            "century": ("القرن",), "story": ("اليوم|نفس",), "present": (AR.PRESENT,),
            "past_ref": (AR.PAST_REF,), "future_ref": (AR.FUTURE_REF,),
        }

    # -- helpers -----------------------------------------------------------
    @staticmethod
    def _zone(m) -> str:
        return AR.ZONES.value(m["z"]) if m.re.groupindex.get("z") and m["z"] else ""

    @staticmethod
    def _edge(m) -> str | None:
        if not m.re.groupindex.get("edge") or not m["edge"]:
            return None
        e = AR.EDGES.value(m["edge"])
        return e if e in ("START", "MID", "END") else None

    @staticmethod
    def _mod(m) -> str | None:
        """The TIMEX3 mod of an "about" / "more than" before a duration."""
        return AR.APPROX.value(m["ap"]) if m["ap"] else None

    @staticmethod
    def _rel(m) -> int | None:
        return AR.RELATIVES.value(m["rel"]) if m["rel"] else None

    def _day_of(self, m, a: Anchor, dg="d", mg="m") -> Granule | None:
        d = AR.ORDINAL_DAYS.value(m["first"]) if m.re.groupindex.get("first") and m["first"] \
            else int(m[dg])
        mon = AR.MONTHS.value(m[mg])
        if m["y"]:
            return G.day(dt.date(int(m["y"]), mon, d))
        return a.month_day(mon, d, m.start(), m.end())

    @staticmethod
    def _hour(m) -> int:
        h = int(m["h"])
        return hour_of_part(h, AR.CLOCK_PARTS.value(m["cp"])) if m["cp"] else h

    # -- resolvers ---------------------------------------------------------
    def _dateline(self, m, a):
        return clock_value(self._day_of(m, a), self._hour(m), int(m["mi"]), self._zone(m))

    def _numeric(self, m, a):
        day = numeric_day(m)
        if "h" in m.re.groupindex:
            return clock_value(day, self._hour(m), int(m["mi"]), self._zone(m))
        return Found("DATE", day)

    def _clock(self, m, a):
        minute = int(m["mi"]) if m.re.groupindex.get("mi") and m["mi"] else 0
        return clock_value(a.day(0), self._hour(m), minute, self._zone(m))

    def _word_hour(self, m, a):
        hour = AR.HOURS.value(m["hw"])
        if m["cp"]:
            hour = hour_of_part(hour, AR.CLOCK_PARTS.value(m["cp"]))
        minute = {"النصف": 30, "الربع": 15}.get(m["half"] or "", 0)
        return clock_value(a.day(0), hour, minute, self._zone(m))

    @staticmethod
    def _midnight(m, a):
        return clock_value(a.story_day(0), 24, 0)

    def _past_units(self, m, a):
        n = int(m["n"]) if m["n"].isdigit() else AR.NUMBERS.value(m["n"])
        if not n:
            return None
        value = duration_value(n, AR.PLURAL_UNITS.value(m["u"]))
        return Found("DURATION", Granule(value, None, None, None))

    def _day_month(self, m, a):
        return Found("DATE", self._day_of(m, a))

    def _day_list(self, m, a):
        # "بين 1 و5 يوليو": between two days is the range from one to the other
        return day_list(m, a, AR.MONTHS.value(m["m"]), pair_is_range=bool(m["between"]))

    def _day_range(self, m, a):
        last = self._day_of(m, a, "d2")
        if last.earliest is None:
            return None
        first = G.day(dt.date(last.earliest.year, last.earliest.month, int(m["d"])))
        return Found("DATE", range_of(first, last))

    def _day_month_range(self, m, a):
        last = self._day_of(m, a, "d2", "m2")
        return day_month_range(AR.MONTHS.value(m["m"]), int(m["d"]), last)

    def _month_range(self, m, a):
        return month_range(m, a, AR.MONTHS)

    def _month_year(self, m, a):
        return Found("DATE", G.month(int(m["y"]), AR.MONTHS.value(m["m"])), self._edge(m))

    def _month(self, m, a):
        word = fold(m["m"]).strip()
        if word in AR.AMBIGUOUS_MONTHS and not (m["sh"] or m["edge"] or m["rel"]
                                                 or prev_word(a.text, m.start()) in _MONTH_PREPS):
            return None
        mon = AR.MONTHS.value(word)
        r, ref = self._rel(m), a.reference
        if r in (-1, 1) and ref is not None:  # "يوليو الماضي": the July before this one
            if r == -1:
                y = ref.year - (0 if mon < ref.month else 1)
            else:
                y = ref.year + (0 if mon > ref.month else 1)
            return Found("DATE", G.month(y, mon), self._edge(m))
        return Found("DATE", a.month(mon, m.start(), m.end()), self._edge(m))

    def _year(self, m, a):
        if not (m["yw"] or m["edge"] or prev_word(a.text, m.start()) in _PREPS
                or re.match(r"\s*م", a.text[m.start("y") + 4:m.end()])):
            return None
        return with_edge(G.year(int(m["y"])), AR.EDGES.value(m["edge"]) if m["edge"] else None)

    def _hijri_year_of(self, m, a: Anchor, month: int) -> int | None:
        """The Hijri year written (group ``hy``), else the one of ``month`` nearest the story."""
        if m["hy"]:
            return int(m["hy"])
        if a.reference is None:
            return None
        y = hijri.year_of(a.reference)
        first, last, _ = hijri.month_span(y, month)
        if a.tense(m.start(), m.end()) == "f":
            return y if last >= a.reference else y + 1
        return y if first <= a.reference else y - 1

    def _hijri_date(self, m, a):
        month = AR.HIJRI_MONTHS.value(m["hm"])
        y = self._hijri_year_of(m, a, month)
        if y is None:
            return None
        d = AR.ORDINAL_DAYS.value(m["first"]) if m.re.groupindex.get("first") else int(m["d"])
        day, exact = hijri.to_gregorian(y, month, d)
        return Found("DATE", G.day(day), None if exact and m["hy"] else "APPROX")

    _BARE_HIJRI = frozenset({"رمضان", "شوال", "ذو الحجة", "ذي الحجة", "ذو القعدة", "ذي القعدة"})

    def _hijri_month(self, m, a):
        month = AR.HIJRI_MONTHS.value(m["hm"])
        if not (m["sh"] or m["hy"] or fold(m["hm"]) in self._BARE_HIJRI):
            return None
        y = self._hijri_year_of(m, a, month)
        if y is None:
            return None
        first, last, _ = hijri.month_span(y, month)
        # the month begins with the sighted moon, a day either way of the table
        return Found("DATE", range_of(G.day(first), G.day(last)), "APPROX")

    def _hijri_year(self, m, a):
        y = int(m["hy"])
        first, _, _ = hijri.month_span(y, 1)
        _, last, _ = hijri.month_span(y, 12)
        return Found("DATE", range_of(G.day(first), G.day(last)), "APPROX")

    def _weekday(self, m, a):
        wd = AR.WEEKDAYS.value(m["wd"])
        pre = fold(m["pre"]) if m["pre"] else ""
        if pre in ("اليوم", "امس", "غدا"):
            return Found("DATE", a.day(AR.DAY_WORDS.value(pre)))
        r = self._rel(m)
        if r is not None and r not in (-1, 0, 1):
            return None
        return Found("DATE", a.weekday(wd, m.start(), m.end(), r))

    def _part_weekday(self, m, a):
        p = fold(m["part"])
        code = AR.PARTS.value(p)
        first = a.weekday(AR.WEEKDAYS.value(m["wd"]), m.start(), m.end(), self._rel(m))
        if first.earliest is None:
            return Found("TIME", G.part_of_day(first, code))
        if p == "ليلة" and not m["wd2"]:
            # "ليلة الاثنين": the night that leads into Monday
            first = G.day(first.earliest - dt.timedelta(days=1))
        return Found("TIME", G.part_of_day(first, code))

    def _day_word(self, m, a):
        return Found("DATE", a.day(AR.DAY_WORDS.value(m["w"])))

    def _part_day_word(self, m, a):
        p = fold(m["part"])
        offset = AR.DAY_WORDS.value(m["w"])
        if p == "ليلة" and offset == -1:
            return Found("TIME", G.part_of_day(a.day(-1), "NI"))
        return Found("TIME", G.part_of_day(a.day(offset), AR.PARTS.value(p)))

    def _tonight(self, m, a):
        t = m["t"]
        code = {"الليلة": "NI", "الصباح": "MO", "المساء": "EV"}[t]
        if t != "الليلة" and not m["this"]:
            return None  # "الصباح" alone is "the morning" of any day
        offset = -1 if m["past"] else 0
        return Found("TIME", G.part_of_day(a.day(offset), code))

    def _relative_unit(self, m, a):
        letter = AR.REL_UNITS.value(m["u"])
        r = self._rel(m) if m.re.groupindex.get("rel") else 0
        edge = AR.EDGES.value(m["edge"]) if m["edge"] else None
        if edge == "END" and letter == "W" and fold(m["edge"]) == "نهاية":
            edge, letter = None, "WE"  # "نهاية الاسبوع الماضي": last weekend
        return with_edge(a.unit(letter, r), edge, halves=letter == "Y")

    def _season(self, m, a):
        word = fold(m["s"])
        code = AR.SEASONS.value(word if word.startswith("ال") else "ال" + word)
        if m["y"]:
            return Found("DATE", G.season(int(m["y"]), code))
        if m.re.groupindex.get("rel") and m["rel"] and a.reference is not None:
            r = AR.RELATIVES.value(m["rel"])
            this = a.season(code, m.start(), m.end())
            ref = a.reference
            year = this.earliest.year
            if r == -1 and this.latest >= ref:
                year -= 1
            elif r == 1 and this.earliest <= ref:
                year += 1
            return Found("DATE", G.season(year, code), self._edge(m))
        return Found("DATE", a.season(code, m.start(), m.end()), self._edge(m))

    @staticmethod
    def _amount(m) -> float:
        unit = fold(m["u"])
        if unit in AR.DUALS:
            return 2
        n = m["n"]
        if not n:
            return 1 if AR.UNITS.value(unit) and unit in ("يوم", "اسبوع", "شهر", "عام", "سنة",
                                                          "ساعة", "دقيقة", "عقد", "قرن") else 0
        return float(n) if n[0].isdigit() else AR.NUMBERS.value(n)

    def _ago(self, m, a):
        n = self._amount(m)
        letter = AR.UNITS.value(m["u"])
        if n == 0:
            return Found("DATE", Granule("PAST_REF", None, None, None))
        if letter in ("H", "MIN"):
            return Found("DATE", a.day(0))
        return Found("DATE", a.ago(letter, n), self._mod(m))

    def _later(self, m, a):
        n = self._amount(m)
        letter = AR.UNITS.value(m["u"])
        if n == 0 or letter in ("H", "MIN"):
            return None
        return Found("DATE", a.ago(letter, -n))

    def _duration(self, m, a):
        unit = fold(m["u"])
        if not (m["n"] or unit in AR.DUALS):
            return None
        n = self._amount(m)
        if n >= 1000:
            return None
        value = duration_value(n, AR.UNITS.value(unit))
        return Found("DURATION", Granule(value, None, None, None), self._mod(m))

    def _decade(self, m, a):
        tens = _DECADES["ال" + m["dec"]]
        century = 20 if m["crel"] in ("الحالي",) else 19
        if not m["crel"] and a.reference is not None and 2000 + tens * 10 <= a.reference.year:
            century = 19  # without a century the decade is the last one of that name
        return Found("DATE", G.decade(century * 100 + tens * 10))

    def _century(self, m, a):
        word = fold(m["c"])
        if word in ("الماضي", "الحالي"):
            if a.reference is None:
                return None
            c = a.reference.year // 100 + (1 if word == "الحالي" else 0)
        else:
            c = _CENTURIES[word]
        return Found("DATE", G.century(c - 1))

    def _story(self, m, a):
        sd = fold(m["sd"])
        offset = 1 if "التالي" in sd else -1 if ("السابق" in sd or "سبق" in sd) else 0
        return Found("DATE", a.story_day(offset))

    @staticmethod
    def _set(m, a):
        word = fold(m["u"] or m["adv"]).replace("\u064b", "")
        letter = AR.UNITS.value(word.removesuffix("يا") if m["adv"] else word)
        return Found("SET", Granule(duration_value(1, letter), None, None, None))

    def _ref(self, m, a):
        for key, value in (("present", "PRESENT_REF"), ("past_ref", "PAST_REF"),
                           ("future_ref", "FUTURE_REF")):
            if m.re.groupindex.get(key) and m[key]:
                return Found("DATE", Granule(value, None, None, None))
        return None
