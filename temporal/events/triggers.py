"""The words of a sentence that name happenings, and which of them really happened.

Why grammar around the lexicon: "attack" names a happening in "an attack by
Ukraine" but not in "ready to attack", "could attack" or "no attack"; and the
happening of "held talks" is the talks. So each lexicon hit is checked against
the few words before it (modals, negation, infinitive "to", habitual
"continues to") and a light verb is joined to the happening it governs.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from . import classifier, foreign_lexicon
from .lexicon import (
    ARTICLES,
    AUXILIARIES,
    CLAUSE_WORDS,
    FIRST_WORDS,
    FUNCTION,
    HYPOTHETICAL,
    IRREGULAR_PAST,
    LIGHT_FORMS,
    PREPOSITIONS,
    REPORTING_FORMS,
    SUBJECT_PRONOUNS,
    TRIGGERS,
    inflect,
)
from .sentences import Sentence

MAX_TRIGGER = 60
_GENERIC = {"continues", "continue", "continued", "usually", "often", "regularly",
            "routinely", "typically", "frequently", "whenever", "try", "trying", "tried",
            "increasingly", "repeatedly", "constantly", "gradually", "long", "daily",
            "nightly", "weekly"}
_NOUN_BLOCK = {"no", "not", "without", "any", "avoid", "prevent", "possible", "potential",
               "future", "threat", "risk", "fear", "fears"}
# Before a noun in its clause: the happening is wanted, planned or denied, not reported.
_NOUN_CONTEXT = {"would", "could", "might", "may", "will", "shall", "ready", "plans", "wants",
                 "threatened", "aimed", "refused", "failed", "never", "without", "avoid",
                 "prevent", "calls", "called", "urged", "demanded", "proposed", "expected",
                 "if", "unless", "whether", "hopes", "hoped", "asked", "sought",
                 "requested", "request", "requests", "demand", "demands"}
# After a noun: "a treaty could be ready", "the law would take effect": the noun is
# the subject of what may happen, not of what happened.
_MODAL_AFTER = {"could", "would", "might", "may", "should", "must", "can", "will", "shall"}
# "Direct flights are to resume": "be to" is a modal of plans.
_BE_TO = {("is", "to"), ("are", "to"), ("was", "to"), ("were", "to")}
# A clause opened by these is a condition: "unless the bill is withdrawn".
_CONDITION = {"if", "unless", "whether"}
# Verbs that report a happening as not done or only wanted: "refused to attend".
NOT_DONE = {"refused", "declined", "failed", "denied", "threatened", "promised", "vowed",
             "pledged", "hoped", "wanted", "planned", "sought", "tried", "expected",
             "scheduled", "set"}
# Of these, only "set to"/"set for" is a plan ("set a national record" happened), and only
# "failed to" a happening not done ("the attempt failed in 2019" happened).
_PLAN_ONLY_BEFORE = {"set": ("to", "for"), "scheduled": ("to", "for"), "failed": ("to",)}


def not_done(words, i: int) -> bool:
    """Whether the verb at ``i`` reports its happening as not done or only wanted."""
    w = words[i].lower
    if w in _PLAN_ONLY_BEFORE:
        return i + 1 < len(words) and words[i + 1].lower in _PLAN_ONLY_BEFORE[w]
    return w in NOT_DONE


_PROGRESSIVE = {"was", "were", "is", "are", "am", "been", "be"}
_STILL = {"still", "already", "also", "now"}  # between a progressive's auxiliary and verb
# Past tense by inflection where there is no lexicon: English -ed, Russian and
# Ukrainian -л/-ла/-ли/-в (with reflexive -ся/-сь).
_PAST = re.compile(r"^(?:[a-z]{3,}ed|[а-яёіїєґ]{2,}(?:[аяиеыуоі]л[аои]?|[аиеі]в)(?:ся|сь)?)$")


@dataclass(frozen=True)
class Trigger:
    first: int  # word indices in the sentence, inclusive
    last: int
    start: int
    end: int
    family: str  # lexicon family, "report", or "guess"
    tense: str  # "base", "s", "past", "ing"
    noun: bool
    blocked: bool  # hypothetical, negated, generic: reported as not having happened


def _lookup(words, i: int, table: dict) -> tuple[int, tuple[str, str]] | None:
    longest = FIRST_WORDS.get(words[i].lower)
    if longest is None:
        return None
    if longest == 1:
        hit = table.get(words[i].lower)
        return (1, hit) if hit else None
    for n in range(min(longest, len(words) - i), 0, -1):
        key = " ".join(w.lower for w in words[i:i + n])
        if key in table:
            return n, table[key]
    return None


# Objects no noun takes: after an -ing form they make it a verb.
_REFLEXIVE = {"itself", "himself", "herself", "themselves", "him", "them", "us", "me"}
_VERB_BEFORE = {"to", "will", "would", "could", "might", "may", "must", "shall", "should",
                "can", "did", "does", "do", "not", "never", "who"} | SUBJECT_PRONOUNS


def _is_noun(words, i: int, tense: str) -> bool:
    """Noun or verb, from the words before: a determiner or preposition (past any
    adjectives) makes a noun; a modal, "to" or a pronoun makes a verb."""
    before = [w.lower for w in words[max(0, i - 4):i]]
    if tense == "past":  # "the Kremlin said" is a verb; "the wounded" a noun; "a battle
        return bool(before) and before[-1] in _DETERMINERS  # that began": a verb
    if before and before[-1] in _VERB_BEFORE and _word(words, i - 1) != "(may)":
        return False  # "will attack"; but "the May raid": the month, mid-sentence
    if tense == "ing" and i + 1 < len(words) and words[i + 1].lower in _REFLEXIVE:
        return False  # "a group calling itself Black Current": a participle with its object
    if tense == "ing":
        if len(before) >= 2 and before[-2] in ARTICLES and before[-1].isalpha() and not (
                before[-1].endswith("s") or before[-1] in FUNCTION or before[-1] in AUXILIARIES):
            return True  # "a joint meeting", "the weekly briefing"; not "the girls attending"
        return bool(before) and (before[-1] in ARTICLES or before[-1] in PREPOSITIONS
                                 or before[-1] in ("’s", "'s"))
    return True  # a base or -s form after anything else: "the attack", "is second attack"


def _word(words, k: int) -> str:
    """A word in lower case, but "May" inside a sentence is the month, not the modal."""
    return "(may)" if k and words[k].text == "May" else words[k].lower


def _blocked(sentence: Sentence, i: int, noun: bool) -> bool:
    words, clause_of = sentence.words, sentence.clause_of
    own = clause_of[i]
    if words[i].lower in _WEATHER_WORDS and _weather(words, i):
        return True  # (read only for its words: most calls are not)
    window = [_word(words, k) for k in range(max(0, i - 3), i) if clause_of[k] == own] if (
        noun or words[i].lower.endswith("ing")) else []  # read only for these two
    if noun:
        context = [_word(words, k) for k in range(max(0, i - 8), i) if clause_of[k] == own]
        following = [words[k] for k in range(i + 1, min(len(words), i + 7))
                     if clause_of[k] == own]
        after = [w.text for w in following if w.start < words[min(i + 2, len(words) - 1)].end]
        # ("may", not "May 22")
        if _frequency(following):
            return True  # "such floods occur once a decade": a rate
        return any(w in _NOUN_BLOCK for w in window[-2:]) or any(
            w in _NOUN_CONTEXT for w in context) or any(w in _MODAL_AFTER for w in after) or (
            tuple(w.lower() for w in after) in _BE_TO) or any(
            pair in _REFUSALS for pair in zip(context, context[1:])) or (  # "ruled out tax
            "due" in context and _scheduled(context))  # cuts"; "is due to debate a bill"
    modal = [words[k].lower for k in range(max(0, i - 3), i)
             if clause_of[k] == own
             and not (k and words[k].text[:1].isupper())  # "in May police shot"
             and not (words[k].lower == "to" and _preposition_to(words, k))]
    if any(w in HYPOTHETICAL for w in modal) or _conditional(sentence, i):
        return True
    if i + 1 < len(words) and (words[i].lower, words[i + 1].lower) in _REFUSALS:
        return True  # "ruled out tax cuts": a refusal
    if _measure(sentence, i):
        return True
    if (i and words[i - 1].lower in ("has", "have")
            and any(w.lower == "since" for w in words[i + 1:])):
        return True  # "has rescued 2,500 people since January": a tally to now
    if words[i].lower.endswith("ing") and window and (window[-1] in _PROGRESSIVE or (
            window[-1] in _STILL and len(window) > 1 and window[-2] in _PROGRESSIVE)):
        return True  # "was hosting 750 campers", "were still searching": a background
    begin = max(0, i - 5)  # "shelled almost daily", but not past "since" in "daily
    for k in range(i - 1, begin - 1, -1):  # since the army recaptured it"
        if words[k].lower in CLAUSE_WORDS:
            begin = k + 1
            break
    # (after the verb, its own clause only: "was wounded while trying to shield the convoy")
    # (a capitalised word inside the sentence is a name: "(Capital Daily) - Agents
    # arrested", "the Weekly Courier reported" tell no habit)
    return any(words[k].lower in _GENERIC and not (k and words[k].text[:1].isupper())
               for k in range(begin, min(len(words), i + 3))
               if k <= i or clause_of[k] == own) or _frequency(words[begin:i + 6])


def _scheduled(context: list[str]) -> bool:
    """"Parliament is due to debate the bill in January": "due to" before a verb sets a
    timetable (before a noun it gives a cause: "cancelled due to the strike")."""
    return any(a == "due" and b == "to" and c not in ARTICLES and c not in FUNCTION
               and not c[:1].isdigit() for a, b, c in zip(context, context[1:], context[2:]))


_ONCE = {"once", "twice", "times"}
_RATE_FIRST = _ONCE | {"every", "each"}
_PER = {"a", "an", "per", "every", "each"}
_PERIODS = {"day", "night", "week", "month", "year", "decade", "summer", "winter", "spring",
            "autumn", "weekend", "morning", "evening"}


def _frequency(words) -> bool:
    """"Occurred roughly once a decade", "meet twice a year", "shelled every night": a
    rate says how often something happens, a habit, not one happening."""
    for k in range(len(words) - 1):  # (a loop: most words open no rate)
        a = words[k].lower
        if a in _RATE_FIRST and (words[k + 1].lower in _PER if a in _ONCE
                                 else words[k + 1].lower in _PERIODS):
            return True
    return False


_FRAMES = {"announced", "confirmed", "reported", "declared"}


def _frame(sentence: Sentence, i: int, last: int) -> bool:
    """"The government froze the assets, the finance ministry announced, in …": a
    verb of announcing with no object, closed by a comma or the sentence's end, is
    the reporting frame of the clause before it."""
    words = sentence.words
    return (words[i].lower in _FRAMES and i > 0 and "," in "".join(
        sentence.text_between[max(0, i - 4):i])
            and (last + 1 >= len(words) or "," in sentence.text_between[last]))


# Subjects that are evidence, not speakers: what they "confirmed" was found, not said.
_EVIDENCE = {"test", "tests", "analysis", "analyses", "results", "autopsy", "autopsies",
             "examination", "samples", "screening", "sequencing"}


def _finding(words, i: int) -> bool:
    """"A case of bird flu was confirmed on a farm", "laboratory tests confirmed the
    virus": in the passive, or after evidence as its subject, "confirmed" is no one's
    report of the news but what was found, the news itself; "officials confirmed" and
    "could not be confirmed" stay the article's sourcing."""
    if i + 3 < len(words) and words[i + 1].lower in ("in", "over", "within") and (
            words[i + 3].lower.rstrip("s") in ("day", "week", "month", "year")):
        return False  # "46 cases were confirmed in three weeks": a tally, not a happening
    return (words[i].lower == "confirmed" and i > 0
            and words[i - 1].lower in {"was", "were", "been"} | _EVIDENCE)


def _after_article(words, i: int) -> bool:
    """"a flooded cellar", "a three-year suspended sentence", "of collapsed homes"; not
    "a court ordered him" nor "the assembly tightened" (a word between that is not
    plainly an adjective is the subject)."""
    if i > 1 and words[i - 2].lower in ARTICLES:  # "a three-year suspended", "a 5% cut"
        between = words[i - 1].text
        return "-" in between or between[:1].isdigit()
    # "the rubble of collapsed homes", "two damaged tank cars": no finite verb follows a
    # preposition or a number
    return i > 0 and (words[i - 1].lower in ARTICLES or words[i - 1].lower in PREPOSITIONS
                      or words[i - 1].lower in _NUMBERS or words[i - 1].text[:1].isdigit())


_OBJECTS = {"him", "her", "them", "us", "me", "it", "you"}
# Determiners before a noun; "that" before a past form is a relative pronoun ("a battle
# that began in 2015").
_DETERMINERS = ARTICLES - {"that"}


def _lexical_past(w: str) -> bool:
    """A past form of a verb other than an auxiliary ("reported", "found")."""
    return (bool(_PAST.match(w)) or w in IRREGULAR_PAST) and w not in AUXILIARIES


_NUMBERS = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several",
            "many", "dozens", "hundreds", "thousands"}


def _modifies(word) -> bool:
    """Whether a participle before ``word`` modifies it as an adjective: ``word`` is
    a plain lower-case word that is neither a function word nor a happening."""
    w = word.lower
    return (word.text[:1].islower() and w.isalpha() and w not in FUNCTION
            and w not in _OBJECTS
            and w not in PREPOSITIONS and w not in AUXILIARIES
            and TRIGGERS.get(w, ("", "base"))[1] == "base")


QUANTITY = {f for base in ("rise/rose/risen", "fall/fell/fallen", "climb", "jump", "drop",
                            "soar", "plunge", "gain", "increase", "decrease")
             for f in inflect(base)}


_COUNTS = {"toll", "number", "count", "tally", "total"}
_PARTICLES = {"down"}
# Lexicon verbs whose noun names no happening: "its 2 percent target", "trapped in lifts",
# "encrypted phones", "a mountain pass", "a boarding pass".
_VERB_ONLY = {"target", "targets", "post", "posts", "file", "files", "found", "land", "lands",
              "lift", "lifts", "phones", "pass", "passes"}
# Nouns of people, bodies and gear: a happening's noun before one of them names its
# kind ("the fire service said", "assault rifles", "election officials", "rescue
# teams"), it reports no happening.
_HEADS = {f for base in (
    "service", "department", "brigade", "crew", "team", "worker", "official", "officer",
    "chief", "commander", "agency", "ministry", "commission", "committee", "council",
    "authority", "office", "unit", "force", "fighter", "leader", "organiser", "organizer",
    "rifle", "weapon", "helicopter", "jet", "plane", "ship", "vessel", "station", "truck",
    "engine", "monitor", "observer", "spokesman", "spokeswoman", "spokesperson", "court",
    "judge", "lawyer", "prosecutor", "victim", "survivor", "dog", "squad", "group", "party",
    "hotline", "centre", "center", "headquarters", "campaign", "season", "zone", "law",
    "toll", "log", "record", "document", "route", "ticket", "permit", "visa", "insurance",
    "industry", "sector", "company", "firm", "market", "agent", "operator", "site", "pad",
    "barrier")
    for f in (base, base + "s", base[:-1] + "ies" if base.endswith("y") else base)}


def _attributive(words, i: int, last: int, tense: str, noun: bool) -> bool:
    """A happening's word used as a modifier: a rising or falling quantity's
    participle before a plain noun ("against rising food prices"), or a noun
    before a noun of people, bodies or gear ("the fire service", "assault rifles").
    A capitalised head is a name and is read elsewhere."""
    after = words[last + 1] if last + 1 < len(words) else None
    if after is None or not after.text[:1].islower():
        return False
    if tense == "ing":  # "striking dock workers": workers on strike
        return (words[i].lower in QUANTITY or words[i].lower == "striking") and _modifies(
            after)
    return noun and tense in ("base", "s") and after.lower in _HEADS


def _measure(sentence: Sentence, i: int) -> bool:
    """"The death toll rose to 17", "the number of dead climbed to 40": a count
    changing is not a happening of its own; the happening is what it counts (the
    floods). A price or a profit that rose is news of its own ("shares fell 50 cents
    on Friday"), so only counts of something else are meant."""
    words = sentence.words
    if (words[i].lower in QUANTITY or words[i].lower in _REACH) and _record_figure(words, i):
        return True
    if words[i].lower not in QUANTITY or not any(
            w.lower in _COUNTS for w in words[max(0, i - 7):i]):
        return False
    after = [w.text for w in words[i + 1:i + 3]]
    return bool(after) and (after[0][:1].isdigit() or (
        after[0].lower() in ("to", "by") and len(after) > 1 and after[1][:1].isdigit()))


_REACH = {"reach", "reached", "reaches", "hit", "hits", "touched", "topped"}
_WEATHER = {"temperature", "temperatures", "mercury", "thermometer", "thermometers"}


_WEATHER_WORDS = QUANTITY | {"freezing"}


def _weather(words, i: int) -> bool:
    """"As temperatures dropped below freezing", "temperatures fell": the weather the
    news happened in, a background condition, not a happening of its own. A reading with
    its figure ("temperatures soared to 45C") is left to the heatwave's story, and so is
    "reached 44C" (not a verb of rising or falling)."""
    low = words[i].lower
    if low == "freezing":  # "below freezing": the point, not an asset freeze
        return i > 0 and words[i - 1].lower in ("below", "above")
    if low not in QUANTITY or not any(w.lower in _WEATHER for w in words[max(0, i - 3):i]):
        return False
    return not any(w.text[:1].isdigit() for w in words[i + 1:i + 4])


def _record_figure(words, i: int) -> bool:
    """"Exports rose to a record 4.1 million tonnes in May", "arrivals reached a record
    2 million": a figure that set a record is a statistic of its period, not a happening
    (a record without a figure, "shares hit a record low", stays news)."""
    after = [w.lower for w in words[i + 1:i + 5]]
    if "record" not in after:
        return False
    at = after.index("record")
    return at + 1 < len(after) and after[at + 1][:1].isdigit() and all(
        w in ("to", "a", "an", "new", "all-time") for w in after[:at])


def _preposition_to(words, k: int) -> bool:
    """"up to 750 people", "from Istanbul to London", "loyal to the government": "to"
    before a number, a name or a determiner, or after "up", is a preposition, not the
    infinitive of a plan."""
    after = words[k + 1].text if k + 1 < len(words) else ""
    return (words[k - 1].lower == "up" or after[:1].isdigit() or after[:1].isupper()
            or after.lower() in ARTICLES)  # "loyal to the government"


def _conditional(sentence: Sentence, i: int) -> bool:
    """"…, unless the bill is withdrawn": a verb in a clause opened by a condition."""
    words, clause = sentence.words, sentence.clause_of[i]
    return any(words[k].lower in _CONDITION for k in range(max(0, i - 6), i)
               if sentence.clause_of[k] == clause)


def _joined(sentence: Sentence, i: int, light) -> Trigger | None:
    """A light verb and the happening it governs: "held their first phone talks"."""
    words = sentence.words
    after = i + light[0]
    if after < len(words) and words[after].lower == "to":
        return None  # "plans to present a bill": an intention
    if words[i].lower in _PERFECT and after < len(words) and (
            _PAST.match(words[after].lower) or words[after].lower in IRREGULAR_PAST):
        return None  # "had opened an inquiry": a perfect, not "had talks"
    # a measure before the noun does not count towards the reach ("held more than
    # four hours of late-night talks": the talks are held, the hours only measure them)
    reach = 6 + sum(1 for w in words[i + light[0]:i + light[0] + 6]
                    if w.lower in _MEASURE or w.lower in _NUMBERS or w.text[:1].isdigit())
    for k in range(i + light[0], min(len(words), i + light[0] + reach)):
        if sentence.clause_of[k] != sentence.clause_of[i] or "," in sentence.text_between[k - 1]:
            return None  # "had 38 percent, down from 45": the object ended at the comma
        if words[k].lower in CLAUSE_WORDS or (
                words[k].lower in ("on", "in") and k + 1 < len(words)
                and not words[k + 1].text[:1].islower()):
            return None  # "began on November 3 after talks…": the object ended before
        if words[k].text[:1].isupper():
            continue  # "planned in March": a month or a name, not a march
        if words[k].lower in AUXILIARIES or words[k].lower in _MODAL_AFTER:
            return None  # "wages will rise": a noun and its verb, not "wage war"
        noun_hit = _lookup(words, k, TRIGGERS) or (
            (1, ("legal", "base")) if words[k].lower in ("case", "cases")
            and words[i].lower in _OPENING else None)  # "opened a criminal case"
        if noun_hit and noun_hit[1][1] in ("base", "s", "ing"):
            last = k + noun_hit[0] - 1
            while (last + 1 < len(words) and sentence.clause_of[last + 1] == sentence.clause_of[i]
                   and TRIGGERS.get(words[last + 1].lower, ("", ""))[1] in ("base", "s")):
                last += 1  # "phone talks", "drone strike"
            if words[last].end - words[i].start > MAX_TRIGGER:
                return None
            # "the agreement gives workers a raise": the present tells what it provides
            present = light[1][1] in ("s", "base") and not words[i].lower.endswith("ing")
            return Trigger(i, last, words[i].start, words[last].end, noun_hit[1][0],
                           light[1][1], False, present or _blocked(sentence, i, False))
    return None


_PERFECT = {"have", "has", "had", "having"}
# a case is a happening only as what is opened ("opened a criminal case"), not "in any case"
_OPENING = {"open", "opens", "opened", "opening"}
_MEASURE = {"more", "than", "less", "fewer", "nearly", "almost", "about", "some", "least"}
_ASPECT = {"began", "started", "resumed", "stopped", "continued"}
_REFUSALS = {(verb, particle) for verbs, particle in (
    (("rule", "rules", "ruled", "ruling"), "out"),
    (("turn", "turns", "turned", "turning"), "down"),
    (("fall", "falls", "fell", "fallen", "falling"), "short")) for verb in verbs}
_NAMING = {"call", "calls", "called", "calling", "term", "termed", "label", "labelled",
           "labeled", "dub", "dubbed"}
_QUOTES = "\"“”«»"


def _describes(sentence: Sentence, i: int) -> bool:
    """"The Kremlin called the conversation "substantial"": a verb of naming whose
    object is followed by a quoted or adjectival verdict reports an opinion, it
    is not a phone call. Read from the shape: object noun phrase, then a quote;
    or a free relative ("what officials called a provocation"), whose object is
    the name itself."""
    words = sentence.words
    if words[i].lower not in _NAMING:
        return False
    if "what" in [w.lower for w in words[max(0, i - 4):i]]:
        return True  # "in what officials called the largest evacuation": a name given
    if i + 1 < len(words) and words[i + 1].lower in ("itself", "themselves", "himself",
                                                     "herself"):
        return True  # "a group calling itself Black Current": the name it goes by
    if i + 1 < len(words) and (any(q in sentence.text_between[i] for q in _QUOTES)
                               or words[i + 1].lower == "out"):
        # "a manoeuvre the navy called "reckless"": the object went before; "she called
        # out" (shouted, or "called out the minister": blamed) is words, not a call
        return True
    if i + 3 < len(words) and words[i + 1].lower in _OBJECT_PRONOUNS and (
            words[i + 2].lower in ("a", "an") or words[i + 2].lower == "the" and (
                words[i + 3].lower in _RANKS or words[i + 3].lower.endswith("est"))):
        return True  # "called it the worst scandal", "called them a disgrace"
    if i + 1 >= len(words) or words[i + 1].lower not in ARTICLES | SUBJECT_PRONOUNS | {
            "him", "them", "her", "it", "us", "me"}:
        return False  # "called Macron", "called for talks": a call
    for k in range(i + 1, min(len(words) - 1, i + 6)):
        if any(q in sentence.text_between[k] for q in _QUOTES):
            return True
    # "called the results a warning", "called the expulsions baseless": a second noun
    # phrase or an adjective right after the object is the verdict given it
    for k in range(i + 3, min(len(words), i + 6)):
        if "," in sentence.text_between[k - 1] or words[k - 1].lower in PREPOSITIONS:
            return False
        if words[k].lower in ("a", "an") or _VERDICT.search(words[k].lower) and (
                k + 1 == len(words) or "," in sentence.text_between[k]
                or words[k + 1].lower == "and" or words[k + 1].lower in PREPOSITIONS):
            return True
    return False


_OBJECT_PRONOUNS = {"it", "them", "him", "her", "this", "that"}
_RANKS = {"worst", "best", "first", "most", "least", "biggest", "largest"}
# Adjectives of judgement by their endings: "baseless", "outrageous", "unacceptable"
_VERDICT = re.compile(r"(?:less|ous|ful|ible|able)$")


_WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}


def _appeal(words, i: int) -> bool:
    """"Called for calm", "called on supporters to gather": an appeal is what the
    speaker said, like "urged", not a phone call; "called on Tuesday" is a call."""
    if words[i].lower not in ("call", "calls", "called", "calling") or i + 2 >= len(words):
        return False
    after = words[i + 1].lower
    return after == "for" or (after == "on" and words[i + 2].lower not in _WEEKDAYS
                              and not words[i + 2].text[:1].isdigit()
                              and "to" in [w.lower for w in words[i + 3:i + 8]])


_COORDINATORS = {"and", "but", "or", "then", "nor"}
# Intransitive verbs have no passive, so no participle of theirs describes a noun ("a fan
# who was hit by a van died in hospital": "died" is the main clause's verb, not the van's).
_NO_PASSIVE = {"died", "arrived", "erupted", "collapsed", "resigned", "occurred", "happened",
               "departed", "drowned"}


def _reduced_relative(sentence: Sentence, i: int, last: int, found: list[Trigger]) -> bool:
    """"Shot down 21 of 27 drones launched from the south", "arrested a man wanted for
    fraud": a past participle right after the object of the clause's verb, before a
    preposition, describes that object; the clause's happening is its verb. A verb
    coordinated with "and" or after a comma is a happening of its own ("sunk, and its
    captain killed")."""
    words = sentence.words
    if not (0 < i and last + 1 < len(words) and words[last + 1].lower in PREPOSITIONS) or (
            words[i].lower in _NO_PASSIVE):
        return False
    before = words[i - 1]
    if (not before.text.isalpha() or not before.text.islower() or before.lower in FUNCTION
            or before.lower in AUXILIARIES or before.lower in PREPOSITIONS
            or before.lower.endswith("ly") or _PAST.match(before.lower)
            or "," in sentence.text_between[i - 1]):
        return False
    clause = sentence.clause_of[i]
    verb = next((t for t in reversed(found) if not t.noun and t.family != "report"
                 and t.tense == "past" and sentence.clause_of[t.first] == clause), None)
    if verb is None:
        return False
    between = range(verb.last + 1, i)
    return not any(words[k].lower in _COORDINATORS or words[k].lower in CLAUSE_WORDS
                   or "," in sentence.text_between[k] for k in between) and len(between) <= 8


def find_triggers(text: str, sentence: Sentence) -> list[Trigger]:
    """Lexicon triggers (happenings and reporting) of one sentence, in order."""
    words = sentence.words
    found: list[Trigger] = []
    i = 0
    while i < len(words):
        if words[i].lower not in FIRST_WORDS:  # most words open no entry of any table
            if not words[i].lower.isascii():
                foreign = _foreign(sentence, i)
                if foreign:
                    found.append(foreign)
            i += 1
            continue
        hit = _lookup(words, i, TRIGGERS)
        report = None if hit else _lookup(words, i, REPORTING_FORMS)
        light = _lookup(words, i, LIGHT_FORMS)
        joined = _joined(sentence, i, light) if light and (
            not hit or hit[1][1] == "past") else None
        if joined:
            found.append(joined)
            i = joined.last + 1
            continue
        chosen = hit or report
        if not chosen and not words[i].lower.isascii():
            foreign = _foreign(sentence, i)
            if foreign:
                found.append(foreign)
            i += 1
            continue
        if chosen:
            n, (family, tense) = chosen
            noun = _is_noun(words, i, tense)
            last = i + n - 1
            idiom = i > 0 and words[i - 1].lower == "in" and words[i].lower == "order"
            if idiom or (words[i].text[:1].isupper() and i > 0):
                i += n  # a name ("Strike Force", "United States") rather than a happening
                continue
            if (hit and tense == "past" and last + 1 < len(words) and _modifies(words[last + 1])
                    and _after_article(words, i)):
                i += n  # "a flooded cellar": a state of the cellar, not a happening
                continue
            if hit and tense == "past" and _reduced_relative(sentence, i, last, found):
                i += n  # "shot down 21 drones launched from the south": the drones'
                continue  # description, the happening is the verb before
            if hit and n == 1 and (words[i].lower in _PARTICLES or (
                    noun and words[i].lower in _VERB_ONLY)):
                i += 1  # "down 4 percent", "down from a forecast": an adverb ("downed" a jet)
                continue
            if hit and _attributive(words, i, last, tense, noun):
                i += n  # "rising food prices", "the fire service": it qualifies a noun
                continue
            if hit and ((not noun and _describes(sentence, i)) or _appeal(words, i)):
                # ("his call for more air defence": the appeal's noun, too)
                family, hit = "report", None  # "called the talks "useful"": a verdict
            if hit and not noun and _frame(sentence, i, last):
                family, hit = "report", None  # "…, the ministry announced, …": the source
            if report and _finding(words, i):
                family, hit = "finding", report  # "a case was confirmed": found, not said
            found.append(Trigger(i, last, words[i].start, words[last].end,
                                 family if hit else "report", tense, noun,
                                 _blocked(sentence, i, noun)))
            i += n
        else:
            i += 1
    return found


def _foreign(sentence: Sentence, i: int) -> Trigger | None:
    """A Russian, Ukrainian or Arabic word of the stem lexicon as a trigger; a
    capitalised one inside the sentence is a name ("Удар" as a newspaper's)."""
    w = sentence.words[i]
    found = foreign_lexicon.lookup(w.lower)
    if found is None or (i > 0 and w.text[:1].isupper() and found[0] != "report"):
        return None
    family, tense, noun = found
    return Trigger(i, i, w.start, w.end, family, tense, noun,
                   family != "report" and _blocked(sentence, i, noun))


def model_trigger(sentence: Sentence, near: int, skip: set[int]) -> Trigger | None:
    """The word of the dated clause the learned scorer takes for an event
    (nearest the date among those it scores positive), or None."""
    scorer = classifier.model()
    words = sentence.words
    if scorer is None or not words[near].lower.isascii():
        return None  # trained on English: its suffixes say nothing of other scripts
    clause = sentence.clause_of[near]
    best = None
    # nearest the date first (the earlier of two as near): the first word that passes is it
    for i in sorted(range(len(words)), key=lambda k: (abs(k - near), k)):
        w = words[i]
        if (sentence.clause_of[i] != clause or i in skip or w.text[:1].isupper()
                or not w.lower.isalpha() or w.lower in REPORTING_FORMS
                or _reports(w.lower) or _describes(sentence, i)):
            continue
        noun = _is_noun(words, i, "past" if _PAST.match(w.lower) or w.lower in IRREGULAR_PAST
                        else "ing" if w.lower.endswith("ing") else "base")
        if w.lower.endswith("ing") and not noun:
            continue  # a participle ("girls attending the camp") is a background
        if (_PAST.match(w.lower) and i and words[i - 1].lower in ARTICLES
                and i + 1 < len(words) and _modifies(words[i + 1])) or not_done(words, i):
            continue  # "a flooded cellar": an adjective; "threatened": not done
        if _stative(words, i):
            continue  # "accounted for half": a state
        if not (_PAST.match(w.lower) or w.lower in IRREGULAR_PAST or w.lower.endswith("s")) and any(
                words[k].lower == "to" and sentence.clause_of[k] == clause
                for k in range(max(0, i - 5), i)):
            continue  # "unable to make payments or withdraw cash": an infinitive
        if (scorer.score(words, i) > 0 and not _blocked(sentence, i, noun)
                and (i == 0 or words[i - 1].lower not in ("is", "are", "was", "were", "still"))):
            best = i
            break
    if best is None:
        return None
    noun = _is_noun(words, best, "past" if _PAST.match(words[best].lower)
                    or words[best].lower in IRREGULAR_PAST else "base")
    return Trigger(best, best, words[best].start, words[best].end, "guess", "past", noun,
                   False)


def _reports(word: str) -> bool:
    """A Russian, Ukrainian or Arabic reporting verb ("повідомив", "قال")."""
    found = None if word.isascii() else foreign_lexicon.lookup(word)
    return found is not None and found[0] == "report"


def past_verbs(sentence: Sentence, indices: list[int]) -> list[int]:
    """Which of the words at ``indices`` are past-tense verbs of a happening: by
    inflection or the irregular pasts; not auxiliaries, names, reporting verbs,
    nouns after a determiner, nor a verb put in doubt."""
    words = sentence.words
    return [i for i in indices if (_PAST.match(words[i].lower) or words[i].lower in IRREGULAR_PAST
                                   or words[i].lower[2:] in IRREGULAR_PAST
                                   and words[i].lower.startswith("re"))
            and words[i].lower not in AUXILIARIES and not not_done(words, i)
            and not words[i].text[:1].isupper()
            and words[i].lower not in REPORTING_FORMS and not _reports(words[i].lower)
            and not _describes(sentence, i)
            and "-" not in words[i].text and not (i and words[i - 1].lower in _DETERMINERS)
            and not (i and _lexical_past(words[i - 1].lower) and i + 1 < len(words)
                     and _modifies(words[i + 1]))  # "have reported isolated cases"
            and not (_after_article(words, i) and i + 1 < len(words)
                     and _modifies(words[i + 1]))  # "a three-year suspended sentence"
            and not _stative(words, i) and not _blocked(sentence, i, False)]


# Verbs of being, having and measuring: "gas still made up 15 percent of imports",
# "the deficit stood at 4 percent", "prices remained high" tell a state, not a happening.
_STATIVE = {"remained", "stayed", "seemed", "owned", "belonged", "contained",
            "totalled", "totaled", "numbered", "resembled", "lacked", "depended", "consisted",
            "equalled", "equaled", "exceeded", "outnumbered"}
_STATIVE_PHRASES = {("made", "up"), ("accounted", "for"), ("amounted", "to"), ("stood", "at"),
                    ("lay", "in"), ("ran", "at"), ("appeared", "to")}
# Verbs of perception: "what we saw last night", "anyone who saw a man on a bicycle" tell
# who witnessed something (TimeML's PERCEPTION class), never the happening itself, which
# has its own word ("the city saw heavy fighting": the fighting).
_PERCEPTION = {"saw", "heard", "noticed", "watched", "witnessed", "glimpsed", "spotted"}
_NO_HAPPENING = _STATIVE | _PERCEPTION


def _stative(words, i: int) -> bool:
    after = words[i + 1].lower if i + 1 < len(words) else ""
    return words[i].lower in _NO_HAPPENING or (words[i].lower, after) in _STATIVE_PHRASES


def guess_trigger(sentence: Sentence, near: int, skip: set[int],
                  verbs_only: bool = False) -> Trigger | None:
    """For a dated clause without a lexicon word: its past-tense verb (any
    language with a past-tense ending we know), else the content word nearest
    the date, so that every sentence with a date still proposes something."""
    words = sentence.words
    clause = sentence.clause_of[near]
    same = [i for i, w in enumerate(words) if sentence.clause_of[i] == clause and i not in skip]
    if not same:
        same = [i for i in range(len(words)) if i not in skip]
    past = past_verbs(sentence, same)
    if verbs_only:
        if not past:
            return None
        # the verb the date is not cut off from by a comma, then the nearest
        i = min(past, key=lambda k: (any("," in sentence.text_between[j] for j in range(
            min(k, near), max(k, near))), abs(k - near)))
        last = i + 1 if (words[i].lower in _ASPECT and i + 1 < len(words)
                         and words[i + 1].lower.endswith("ing")) else i
        # "began unloading": the happening is the unloading
        return Trigger(i, last, words[i].start, words[last].end, "guess", "past", False, False)
    content = [i for i in same if words[i].lower not in FUNCTION and not words[i].lower.isdigit()
               and len(words[i].lower) > 2 and not (i and words[i].text[:1].isupper())]
    if any(words[i].lower in HYPOTHETICAL for i in same):
        content = []  # "должен был пройти": what was to happen, not what happened
    latin = any("a" <= c.casefold() <= "z" for w in words for c in w.text[:1])
    # Any content word only where we have no lexicon (Cyrillic, Arabic...): in
    # English a dated clause without a happening or a verb proposes nothing.
    pool = past or ([] if latin else content)
    if not pool:
        return None
    i = min(pool, key=lambda k: abs(k - near))
    return Trigger(i, i, words[i].start, words[i].end, "guess", "past", False, False)
