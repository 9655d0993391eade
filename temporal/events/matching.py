"""Whether a proposed event is a happening the project already holds (issue 12).

Why: analysts read many outlets reporting the same happenings. Without this,
every article's suggestions make new events ("Feb 2022" twice, one per
article). A suggestion is the same happening as a project event when

- their date spans overlap and neither is more than a month of days wider per
  day of the other (a day can be "that July", never "2025"), and neither is longer
  than a year (a decade is a period, not a happening); spans of very different
  length (a week or more per day of the other: "a record month of drones" against
  "the weekend's barrage") need a shared specific name besides, and their kind
  counts for nothing;
- their kinds of happening do not differ (an attack is never a phone call,
  even when both fell on 1 July 2025 and both name Russia), nor do their cities
  (a strike on Kharkiv and one on Odesa on one night are two); and
- enough of their content agrees: a shared specific name (person, city,
  organisation) weighs most, a shared kind and shared countries less, and the
  similarity of the titles (rapidfuzz's token-set ratio) adds the rest; a shared
  city counts only with the same kind (one city on one day sees the strike, the
  airport closed and the concerts called off); or, for a report naming no person,
  city or organisation at all, the project holds just one happening of its kind on
  its days (``_only_one``).

A kind comes from the words that report the happening, not from one a time
preposition governs: "after the attack, the airport closed" reports a closing.

Across languages names are compared by a consonant skeleton of their Latin
transliteration: "Putin", "Путин" and "بوتين" are all ``btn``, "Izhevsk" and
"Іжевська" both ``jfsk``. Countries come resolved to their English names by
the gazetteer already, so they compare as they are.

``EventIndex`` keeps the project's events by date span class and start day, so
one suggestion is compared only with the events whose spans can overlap it:
about a millisecond against 100,000 events (bench/bench_matching.py).
"""
from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
import unicodedata
from dataclasses import dataclass, field, replace

from rapidfuzz import fuzz, process

from temporal.gazetteer import find_places

from .lexicon import FUNCTION, TRIGGERS

# Families the finder could not name: they never keep two events apart.
_UNKNOWN = {"", "guess", "report", "clause"}  # "clause": a dated sentence (event_proposals)
# Deaths and injuries are what an attack or a disaster did, not another happening
# (as in dedup): one kind "harm".
_KIND = {"death": "harm", "attack": "harm", "disaster": "harm"}
_WIDEST = 31  # days of one span per day of the other that still overlap as one happening
# A span longer than a leap year is a period ("the 1990s", "2014–2022"), not a happening
# two sources can share: it is never matched.
LONGEST = 366
# The spans the index keeps apart, in days: a query looks back at most a class's width.
_SPAN_CLASSES = (1, 7, 31, 92, 366, 3660)
_NAME_WEIGHT = 4.0
_KIND_WEIGHT = 2.0
_COUNTRY_WEIGHT = 1.0
_TITLE_SCALE = 25.0  # a title ratio of 100 is worth four points
THRESHOLD = 4.0
_TITLE_ALONE = 85  # titles this alike match without another agreement
# Spans this many times longer than the other's (a month against a weekend, a week
# against a day) are most often two happenings: a month's tally and one night of it.
# Overlap and kind say little then; a shared specific name is required, and the
# kind's weight no longer counts towards the threshold.
_DISPARATE = 7
_MIN_SKELETON = 3

_CYRILLIC = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґ",
                     ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m",
                      "n", "o", "p", "r", "s", "t", "u", "f", "h", "ts", "ch", "sh", "sh", "",
                      "y", "", "e", "yu", "ya", "i", "i", "e", "g"]))
_ARABIC = dict(zip("اأإآبتثجحخدذرزسشصضطظعغفقكلمنهويىةءئؤ",
                   ["a", "a", "a", "a", "b", "t", "s", "j", "h", "h", "d", "z", "r", "z", "s",
                    "s", "s", "d", "t", "z", "", "g", "f", "k", "k", "l", "m", "n", "h", "w",
                    "y", "a", "", "", "", ""]))
_DIGRAPHS = (("zh", "j"), ("kh", "h"), ("sh", "s"), ("ch", "s"), ("ph", "f"), ("ck", "k"),
             ("ts", "s"), ("x", "ks"))
# Letters that sound alike in the scripts compared: one symbol each; vowels go.
_CONSONANT = str.maketrans({"p": "b", "c": "k", "q": "k", "g": "k", "d": "t", "v": "f",
                            "z": "s", "a": None, "e": None, "i": None, "o": None, "u": None,
                            "y": None, "w": None, "h": None, "'": None})
_WORD = re.compile(r"[^\W\d_]+")
# The kinds in Russian, Ukrainian and Arabic, as word beginnings (the English ones are
# the lexicon's): an attack reported by Dialog.UA must not match a call either.
_KIND_STEMS = {
    "harm": ("атак", "удар", "обстрел", "обстріл", "нападен", "напад", "взрыв", "вибух",
             "бомб", "ракетн", "погиб", "загин", "убит", "вбит", "ранен", "поранен",
             "هجوم", "هجم", "قصف", "غار", "انفجار", "مقتل", "قتل", "ضرب"),
    "meeting": ("разговор", "розмов", "переговор", "созвон", "телефон", "встреч", "зустр",
                "саммит", "саміт", "визит", "візит", "اتصال", "مكالم", "محادث", "لقاء",
                "اجتماع", "قمة", "زيارة", "مباحث"),
}
# Words after which a happening is named as a point in time, not reported: "after the
# attack, the airport closed", "после атаки аэропорт…", "بعد الهجوم": the attack is
# the clause's time, the closing its happening; so such a word gives no kind.
_TIME_PREPOSITIONS = frozenset(
    "after following since before amid during после до перед во время після "
    "під час بعد عقب قبل منذ إثر اثر خلال".split())
_ARTICLES = frozenset(("the", "a", "an"))
_ARABIC_PREFIXES = ("وال", "بال", "لل", "ال", "و", "ب")
_ARABIC_ARTICLE = "ال"


def latin(word: str) -> str:
    """A word's Latin letters: Cyrillic and Arabic transliterated, accents dropped."""
    low = word.casefold()
    if low.startswith(_ARABIC_ARTICLE) and len(low) > 4:
        low = low[2:]
    out = "".join(_CYRILLIC.get(ch, _ARABIC.get(ch, ch)) for ch in low)
    return "".join(ch for ch in unicodedata.normalize("NFKD", out) if ch.isascii())


@functools.lru_cache(maxsize=65536)
def skeleton(word: str) -> str:
    """The consonants of a word as any of our scripts would write them."""
    text = latin(word)
    for digraph, single in _DIGRAPHS:
        text = text.replace(digraph, single)
    text = text.translate(_CONSONANT)
    return "".join(ch for i, ch in enumerate(text) if i == 0 or ch != text[i - 1])


@functools.lru_cache(maxsize=65536)
def is_city(name: str) -> bool:
    """Whether a tag names a city: two happenings in different cities are two."""
    found = find_places(f"in {name}")
    return len(found) == 1 and found[0].place.kind == "city"


@functools.lru_cache(maxsize=65536)
def is_country(name: str) -> bool:
    """Whether a tag names a country (weaker evidence than a city or a person)."""
    found = find_places(name)
    return (len(found) == 1 and found[0].place.kind == "country"
            and found[0].end - found[0].start >= len(name.strip()) - 1)


def kind_of(title: str, family: str = "") -> str:
    """The kind of happening: the finder's family when it named one, else the first
    word or phrase of the title that the lexicon knows; "" when nothing says."""
    if family not in _UNKNOWN:
        return _KIND.get(family, family)
    words = [w.casefold() for w in _WORD.findall(title)]
    timed = _named_as_time(words)
    for i, word in enumerate(words):
        if i in timed:
            continue
        for phrase in (" ".join(words[i:i + 3]), " ".join(words[i:i + 2]), word):
            hit = TRIGGERS.get(phrase)
            if hit is not None:
                return _KIND.get(hit[0], hit[0])
    for i, word in enumerate(words):
        if word.isascii() or i in timed:
            continue
        bare = word
        for prefix in _ARABIC_PREFIXES:
            if word.startswith(prefix) and len(word) > len(prefix) + 2:
                bare = word[len(prefix):]
                break
        for kind, stems in _KIND_STEMS.items():
            if word.startswith(stems) or bare.startswith(stems):
                return kind
    return ""


def _named_as_time(words: list[str]) -> set[int]:
    """Positions of the words a time preposition governs ("after [the] attack")."""
    timed = set()
    for i, word in enumerate(words):
        if word in _TIME_PREPOSITIONS and i + 1 < len(words):
            timed.add(i + 2 if words[i + 1] in _ARTICLES and i + 2 < len(words) else i + 1)
    return timed


def _title_text(title: str) -> str:
    return " ".join(w for w in (x.casefold() for x in _WORD.findall(title))
                    if w not in FUNCTION)


@dataclass(frozen=True)
class Profile:
    """What matching compares of one event: its span, kind, names and title."""

    earliest: int  # proleptic ordinals, inclusive
    latest: int
    kind: str
    countries: frozenset[str]
    names: frozenset[str]  # skeletons of the specific names (not countries)
    words: frozenset[str]  # skeletons of the title's words
    title: str  # casefolded, function words out (for rapidfuzz)
    cities: frozenset[str] = frozenset()  # skeletons of the names that are cities

    @property
    def span(self) -> int:
        return self.latest - self.earliest + 1


def profile(title: str, earliest: dt.date, latest: dt.date, names=(),
            family: str = "", sentence: str = "") -> Profile:
    """The profile of an event from its title, span, actor and place names and,
    for a suggestion, the finder's family and the sentence that reports it (whose
    words then count as the title's)."""
    countries, specific, cities = set(), set(), set()
    for name in names:
        if not name.strip():
            continue
        if is_country(name):
            countries.add(name.casefold())
            continue
        parts = _WORD.findall(name)
        key = skeleton(parts[-1]) if parts else ""
        if len(key) >= 2 and is_city(name):  # short city names too ("Odesa": ts)
            cities.add(key)
            specific.add(key)
        elif len(key) >= _MIN_SKELETON:
            specific.add(key)  # a person by surname, an organisation
    words = {key for w in _WORD.findall(f"{title} {sentence}")
             if len(key := skeleton(w)) >= _MIN_SKELETON}
    kind = kind_of(title, family) or (kind_of(sentence) if sentence else "")
    return Profile(earliest.toordinal(), latest.toordinal(), kind,
                   frozenset(countries), frozenset(specific), frozenset(words),
                   _title_text(title), frozenset(cities))


@dataclass(frozen=True)
class Match:
    event_id: int
    score: float


def score(a: Profile, b: Profile, title_ratio: float | None = None) -> float:
    """How much two overlapping events agree (0 when their kinds differ); they
    are one happening at ``THRESHOLD`` and above."""
    if a.kind and b.kind and a.kind != b.kind:
        return 0.0
    if a.cities and b.cities and a.cities.isdisjoint(b.cities | b.words) and \
            b.cities.isdisjoint(a.words):
        return 0.0  # a strike on Kharkiv and one on Odesa are two, whatever else agrees
    shared = (a.names & b.names) | (a.names & b.words) | (a.words & b.names)
    same_kind = bool(a.kind) and a.kind == b.kind
    disparate = max(a.span, b.span) >= _DISPARATE * min(a.span, b.span)
    if disparate and not shared:
        return 0.0  # "a record month of drones" is not "the weekend's barrage"
    if title_ratio is None:
        title_ratio = fuzz.token_set_ratio(a.title, b.title)
    if not (shared - a.cities - b.cities) and not same_kind and title_ratio < _TITLE_ALONE:
        return 0.0  # one city, one day: the strike, the airport closed, a concert called off
    return (_NAME_WEIGHT * min(len(shared), 2) + _KIND_WEIGHT * same_kind * (not disparate)
            + _COUNTRY_WEIGHT * min(len(a.countries & b.countries), 2)
            + title_ratio / _TITLE_SCALE)


@dataclass
class _SpanClass:
    """Events whose spans are at most ``width`` days, sorted by first day (parallel
    lists, so a query compares ints without touching the profiles)."""

    width: int
    starts: list[int] = field(default_factory=list)
    ids: list[int] = field(default_factory=list)
    lates: list[int] = field(default_factory=list)
    spans: list[int] = field(default_factory=list)

    def insert(self, event_id: int, event: Profile) -> None:
        at = bisect.bisect_right(self.starts, event.earliest)
        self.starts.insert(at, event.earliest)
        self.ids.insert(at, event_id)
        self.lates.insert(at, event.latest)
        self.spans.insert(at, event.span)

    def delete(self, event_id: int, event: Profile) -> None:
        lo = bisect.bisect_left(self.starts, event.earliest)
        hi = bisect.bisect_right(self.starts, event.earliest)
        at = self.ids.index(event_id, lo, hi)
        del self.starts[at], self.ids[at], self.lates[at], self.spans[at]


class EventIndex:
    """The project's dated events by span class and first day, for matching."""

    def __init__(self):
        self._classes = [_SpanClass(width) for width in (*_SPAN_CLASSES, 1 << 30)]
        self.profiles: dict[int, Profile] = {}

    def __len__(self) -> int:
        return len(self.profiles)

    def _class(self, span: int) -> _SpanClass:
        for span_class in self._classes:
            if span <= span_class.width:
                return span_class
        raise ValueError(span)

    def add(self, event_id: int, event: Profile) -> None:
        if event_id in self.profiles:
            self.remove(event_id)
        self.profiles[event_id] = event
        self._class(event.span).insert(event_id, event)

    def extend(self, items) -> None:
        """Many (event id, profile) pairs at once: one sort per class."""
        for event_id, event in items:
            self.profiles[event_id] = event
        by_class: dict[int, list[tuple[int, int]]] = {}
        for event_id, event in self.profiles.items():
            by_class.setdefault(self._class(event.span).width, []).append(
                (event.earliest, event_id))
        for span_class in self._classes:
            pairs = sorted(by_class.get(span_class.width, ()))
            span_class.starts = [start for start, _ in pairs]
            span_class.ids = [event_id for _, event_id in pairs]
            span_class.lates = [self.profiles[i].latest for i in span_class.ids]
            span_class.spans = [self.profiles[i].span for i in span_class.ids]

    def absorb(self, event_id: int, source: Profile) -> None:
        """A further source of an event: its names and title words count for the
        event from now on (the event keeps its own span, title and kind)."""
        event = self.profiles.get(event_id)
        if event is None:
            return
        self.profiles[event_id] = replace(
            event, kind=event.kind or source.kind, countries=event.countries | source.countries,
            names=event.names | source.names, words=event.words | source.words,
            cities=event.cities | source.cities)

    def remove(self, event_id: int) -> None:
        event = self.profiles.pop(event_id, None)
        if event is not None:
            self._class(event.span).delete(event_id, event)

    def overlapping(self, event: Profile) -> list[int]:
        """The events whose spans agree with the given one's."""
        found: list[int] = []
        narrowest, widest = -(-event.span // _WIDEST), min(event.span * _WIDEST, LONGEST)
        if event.span > LONGEST:
            return found
        first, last = event.earliest, event.latest
        smallest = 1
        for span_class in self._classes:
            smallest, lowest = span_class.width + 1, smallest
            if lowest > widest or span_class.width < narrowest:
                continue  # no span of this class can agree with the event's
            lo = bisect.bisect_left(span_class.starts,
                                    first - min(span_class.width, widest) + 1)
            hi = bisect.bisect_right(span_class.starts, last)
            ids, lates, spans = span_class.ids, span_class.lates, span_class.spans
            found.extend(ids[k] for k in range(lo, hi)
                         if lates[k] >= first and narrowest <= spans[k] <= widest)
        return found

    def best(self, event: Profile, exclude=frozenset()) -> Match | None:
        """The project event this one is most likely the same happening as, if any."""
        profiles, kind = self.profiles, event.kind
        pairs = []
        for event_id in self.overlapping(event):
            other = profiles[event_id]
            if event_id not in exclude and not (kind and other.kind and other.kind != kind):
                pairs.append((event_id, other))
        if not pairs:
            return None
        ratios = process.cdist([event.title], [other.title for _, other in pairs],
                               scorer=fuzz.token_set_ratio, dtype="uint8")[0]
        best: Match | None = None
        names, words = event.names, event.words
        for (event_id, other), ratio in zip(pairs, ratios.tolist()):
            if (ratio < _TITLE_ALONE and not (kind and other.kind == kind)
                    and names.isdisjoint(other.names) and names.isdisjoint(other.words)
                    and words.isdisjoint(other.names)):
                continue  # nothing agrees: score() would say 0 (the common case)
            value = score(event, other, ratio)
            if value >= THRESHOLD and (best is None or value > best.score):
                best = Match(event_id, value)
        return best or _only_one(event, pairs)


def _only_one(event: Profile, pairs) -> Match | None:
    """A report that names nothing to compare (a sentence in another language than the
    project's events, telling of "the drone attack the governor reported this
    morning") is the happening of its kind on its very days when the project holds
    exactly one such: no other event of that kind overlaps it, none whose kind is
    unknown falls on those days, and their countries, if both name any, meet. With
    two candidates, or any person, city or organisation named in the report (which
    then has to agree as ``score`` weighs it), it stays a new event."""
    if event.names or not event.kind:
        return None
    same = [(event_id, other) for event_id, other in pairs if other.kind == event.kind]
    unknown = [other for _, other in pairs if not other.kind
               and (other.earliest, other.latest) == (event.earliest, event.latest)]
    if len(same) != 1 or unknown:
        return None
    event_id, other = same[0]
    if (other.earliest, other.latest) != (event.earliest, event.latest):
        return None
    if event.countries and other.countries and event.countries.isdisjoint(other.countries):
        return None  # "Israel struck…" is not the only strike the project holds on Ukraine
    return Match(event_id, THRESHOLD)
