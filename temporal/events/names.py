"""Who and where: the actors and places a sentence names.

Countries, cities and demonyms come from `temporal.gazetteer` (well-kept
data); a country is an actor when it acts ("Russia launched", "Ukrainian
drones", "an attack by Ukraine") and a place after a locative word ("in
Ukraine"). People and organisations are the other capitalised names, which
no list could hold: a run of capitalised words that is not the sentence's
first word alone, a month or a weekday.
"""
from __future__ import annotations

import re

from temporal import gazetteer

from .lexicon import FUNCTION, TRIGGERS
from .sentences import Sentence

_PLACE_WORDS = {"region", "oblast", "province", "district", "county", "state", "peninsula",
                "city", "village", "town", "area", "republic"}
# The last word of a name that makes it a place whatever precedes it: a feature of the
# land or water, or a district ("Guadalupe River", "Hill Country", "Tarn Valley",
# "Donetsk Region"). Not "State", "Republic" or "City": "Islamic State" acts.
_PLACE_HEADS = {"river", "lake", "sea", "ocean", "valley", "mountains", "hills", "country",
                "bay", "gulf", "strait", "straits", "island", "islands", "peninsula",
                "desert", "coast", "basin", "delta", "canyon", "creek", "falls", "plain",
                "plains", "forest", "region", "oblast", "province", "district", "county"}
_AGENT_BEFORE = {"by", "from"}
_LOCATIVE = {"in", "at", "near", "across", "into", "inside", "outside", "to", "on", "over",
             "toward", "towards", "around", "of"}
_TITLES = {"president", "prime", "minister", "governor", "judge", "general", "colonel",
           "lieutenant", "senator", "mayor", "king", "queen", "chancellor", "envoy",
           "secretary", "spokesman", "spokeswoman", "commander", "leader", "pope", "sheikh",
           "mr", "mrs", "ms", "dr", "sen", "gen", "lt", "col", "gov", "rep", "senior",
           "reporter", "reporters", "journalist", "journalists", "coach", "champion",
           "глава", "президент", "губернатор", "министр", "мэр", "голова", "міністр",
           "мер", "прем'єр-міністр"}
# Verbs of saying in writing or online, before the medium it was said on
_POSTED = {"wrote", "writes", "posted", "posts", "said", "says", "announced", "published",
           "shared", "tweeted", "reported", "stated", "commented", "appeared"}
# The last word of a body's name, after which a title word is part of the name
_INSTITUTIONS = {"staff", "assembly", "command", "council", "committee", "office", "court",
                 "headquarters", "directorate", "prosecutor's", "secretariat"}
_DIGIT = re.compile(r"\d")
_NUMBERS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}
_CYRILLIC = re.compile("[а-яёіїєґ]")
# Oblique-case endings of Russian and Ukrainian nouns and adjectives (genitive,
# dative, instrumental, prepositional); the nominative of a name ends otherwise.
# (Not -ам/-ом/-ем/-ий/-ей: men's names end so, "Рустам", "Артем", "Василий", "Андрей".)
_OBLIQUE = re.compile(r"(?:ии|ії|ої|ой|ою|ею|ого|его|ому|ему|ым|ыми|ими|ых|"
                      r"ами|ями|ах|ях|ів|ы|у|ю)$")
# Month and weekday names and their abbreviations, whole: "Monetary", "Marine" and
# "Sunni" only begin like them.
_CALENDAR = re.compile(r"^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
                       r"aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|"
                       r"mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs?|rsday)?|"
                       r"fri(?:day)?|sat(?:urday)?|sun(?:day)?)\.?$")


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and not word.isdigit()


def names_in(text: str, sentence: Sentence,
             dateline: tuple[int, int] | None = None) -> tuple[list[str], list[str]]:
    """(actors, places) of the sentence, each once, in text order.

    ``dateline``: the span of the wire dateline opening the story ("KYIV, Ukraine —"),
    whose city is where the story was filed, not where anything happened: no name in
    it counts.
    """
    actors: list[str] = []
    places: list[str] = []
    words = sentence.words
    covered: set[int] = set()
    if dateline is not None:
        covered = {i for i, w in enumerate(words) if dateline[0] <= w.start < dateline[1]}
    mentions = gazetteer.find_places(text, sentence.start, sentence.end)
    position = {w.start: i for i, w in enumerate(words)} if mentions else {}
    for mention in mentions:
        first = position.get(mention.start)
        if first is None or first in covered or _CALENDAR.match(words[first].lower):
            continue
        last = first
        while last + 1 < len(words) and words[last + 1].start < mention.end:
            last += 1
        covered.update(range(first, last + 1))
        before = words[first - 1].lower if first else ""
        region = last + 1 < len(words) and words[last + 1].lower in _PLACE_WORDS
        name = mention.place.name
        if region:
            covered.add(last + 1)
            name = text[words[first].start:words[last + 1].end]
            places.append(name)
        elif mention.demonym or (mention.place.kind == "country"
                                 and (before in _AGENT_BEFORE or before not in _LOCATIVE)):
            actors.append(name)
        else:
            places.append(name)
    i = 0
    while i < len(words):
        w = words[i]
        if not w.text[:1].isupper() or i in covered or _CALENDAR.match(w.lower):
            i += 1
            continue
        j = i
        while (j + 1 < len(words) and j + 1 not in covered and _capitalised(words[j + 1].text)
               and not _CALENDAR.match(words[j + 1].lower)
               and not text[words[j].end:words[j + 1].start].strip(" ")):
            j += 1
        while (j + 2 < len(words) and words[j + 1].lower in ("of", "de", "al")
               and j + 2 not in covered and _capitalised(words[j + 2].text)):
            j += 2  # "University of Idaho"
            while (j + 1 < len(words) and j + 1 not in covered
                   and _capitalised(words[j + 1].text)):
                j += 1
        if i > 1 and words[i - 1].lower in ("on", "via") and words[i - 2].lower in _POSTED:
            i = j + 1  # "wrote on Telegram", "said via X": where it was said, not who
            continue
        run = words[i:j + 1]
        body = run[-1].lower in _INSTITUTIONS  # "General Staff": a body, no titled person
        titled = [] if body else [n for n, x in enumerate(run) if x.lower in _TITLES]
        if titled and titled[-1] + 1 < len(run):
            run = run[titled[-1] + 1:]  # "Cherkasy Governor Ihor Taburets": the person
        run = run if body else [x for x in run if x.lower not in _TITLES]
        while run and (run[0].lower in FUNCTION or run[0].lower in _NUMBERS):
            run.pop(0)  # "The Kremlin", "But Sinn Fein", "Two Western journalists"
        if run and _CYRILLIC.match(run[0].lower):
            run = _nominative_run(run)
        if (j + 1 in covered and run and run[-1] is words[j]
                and not text[words[j].end:words[j + 1].start].strip(" ")):
            run = []  # "Lower Austria", "North Kivu": part of the place already tagged
        alone_first = i == 0 and j == 0
        is_word = len(run) == 1 and (run[0].lower in FUNCTION or run[0].lower in TRIGGERS
                                     or len(run[0].text) < 2)
        is_word = is_word or bool(run and _DIGIT.search(text, run[0].start, run[-1].end))
        if run and not alone_first and not is_word:
            name = text[run[0].start:run[-1].end]
            if j + 1 < len(words) and words[j + 1].lower in _PLACE_WORDS:
                places.append(text[run[0].start:words[j + 1].end])
            elif _locative(words, i) or (len(run) > 1 and run[-1].lower in _PLACE_HEADS):
                places.append(name)  # "near Sofiyevo", "the town of Belice"
            else:
                actors.append(name)
        i = j + 1
    return _unique(actors), _unique(places)


def _locative(words, i: int) -> bool:
    """A name after "in", "near" or "outside", or after "city of", "port of"…: a place
    the gazetteer does not hold (a village, a river port)."""
    before = words[i - 1].lower if i else ""
    if before in ("in", "near", "outside"):
        return True
    return before == "of" and i > 1 and words[i - 2].lower in _PLACE_WORDS | {
        "port", "capital", "island", "municipality"}


def _oblique(word: str) -> bool:
    """A Russian or Ukrainian word in an oblique case by its ending ("Удмуртии",
    "Мережу", "Одеської"): a name in it is governed by another word, not a tag."""
    return not word.isupper() and bool(_OBLIQUE.search(word.casefold()))


def _nominative_run(run: list) -> list:
    """The words of a Cyrillic name run from the first in the nominative: "Удмуртии
    Александр Бречалов" (the head of Udmurtia, Alexander Brechalov) -> "Александр
    Бречалов"; a run wholly inflected ("у Мережу") is no tag at all."""
    k = 0
    while k < len(run) and _oblique(run[k].text) and not (
            k + 1 < len(run) and run[k + 1].text.isupper()):  # "Каховської ГЕС"
        k += 1
    if (len(run) - k >= 3 and run[k].lower[-1:] in "ая" and run[k + 1].lower[-1:] not in "ая"
            and not _oblique(run[k + 1].text) and not run[k + 2].text.isupper()):
        k += 1  # "Татарстана Рустам Минниханов": a genitive before a man's name
    return run[k:]


def _unique(items: list[str]) -> list[str]:
    seen: dict[str, None] = {}
    for item in items:
        if item.casefold() not in {k.casefold() for k in seen}:
            seen[item] = None
    return list(seen)
