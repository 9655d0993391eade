"""Titles in the analysts' style: who did what (where), from the sentence's words.

Why not the clause: a clause carries its date, its reporting frame and its
asides ("Elsewhere on Friday, Chancellor Weber and her Danish counterpart..."),
which the analyst deletes every time. The title keeps the
subject's names, the trigger and what follows it up to the clause's end,
without articles, dates or asides, at most ten words, cut before a phrase
that would not fit whole.

Whose subject is read as grammar, since the words before a verb are often
another clause's: the subject after a subordinating conjunction, the noun a
relative clause belongs to, the subject before an aside, the first verb's for
a coordinated one, never across another verb (`_subject_at` and its helpers).
What was done keeps its particle, a ruling's content, a relative clause's
object, a quoted name (`_predicate`). No date of any expression stays
(`_calendar`), and no title opens with a conjunction (`_opening`).
"""
from __future__ import annotations

import functools
import re

from temporal import gazetteer

from .foreign_lexicon import ADJECTIVE
from .foreign_lexicon import lookup as foreign_lookup
from .lexicon import (
    ARTICLES,
    AUXILIARIES,
    CLAUSE_WORDS,
    FUNCTION,
    IRREGULAR_PAST,
    PREPOSITIONS,
    REPORTING_FORMS,
    TRIGGERS,
)
from .sentences import Sentence
from .triggers import Trigger

MAX_WORDS = 10
MAX_SUBJECT = 4
_PRONOUNS = {"he", "she", "they", "it", "we", "i"}
_PARTICIPLE_AUX = {"having", "being"}
_LEADS_TO_DATE = {"beginning", "starting", "ending", "until", "till", "by", "through"}
_POSSESSIVE = {"his", "her", "their", "its"}
_SKIP_BEFORE_VERB = AUXILIARIES | {"later", "also", "again", "reportedly", "allegedly",
                                   "already", "then", "swiftly", "successfully", "briefly",
                                   "just", "not", "now", "still", "finally", "earlier", "has",
                                   "had", "have", "got", "posthumously"}
_HEDGES = {"more", "than", "about", "some", "around", "nearly", "almost"}
_POSS = {"’s", "'s"}
_CYRILLIC = re.compile("[а-яёіїєґ]")
_MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
           "jul", "aug", "sep", "sept", "oct", "nov", "dec",
           "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
           "сентября", "октября", "ноября", "декабря", "січня", "лютого", "березня",
           "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня",
           "листопада", "грудня"}
_DAY_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
              "yesterday", "today", "tonight", "overnight", "weekend",
              "понедельник", "вторник", "среду", "четверг", "пятницу", "субботу",
              "воскресенье", "понеділок", "вівторок", "середу", "четвер", "п'ятницю",
              "суботу", "неділю", "вчера", "сегодня", "вчора", "сьогодні"}
_DATE_LEADS = {"last", "next", "this", "early", "late", "mid", "on", "в", "во", "у"}
_YEAR_WORDS = {"года", "году", "року", "г"}
_DAY_PARTS = {"morning", "afternoon", "evening", "night"}
_UNITS = {"day", "days", "hours", "hour", "weeks", "week", "months", "month", "years", "year",
          "minutes"}
_INTERVAL_LEADS = {"a", "an", "several", "few", "two", "three", "four", "five"}
_INTERVAL_ENDS = {"later", "earlier", "ago", "after", "before"}
_FOREIGN_CLAUSE = {"а", "но", "але", "или", "або", "что", "що", "чтобы", "щоб", "который",
                   "которая", "которые", "який", "яка", "які", "где", "де"}
_ARABIC_LOCATIVE = {"في", "إلى"}
_TIME_ADVERBS = {"shortly", "immediately", "soon", "just", "only", "late", "early", "right"}
_MODALS = {"could", "would", "can", "will", "may", "might", "must", "should", "to"}
_LOOSE = {"beneath", "below", "above", "within", "beyond", "along", "around", "throughout",
          "amid", "toward", "towards", "onto", "upon", "some"}
_DISTANCES = {"kilometers", "kilometres", "miles", "km", "metres", "meters"}
# Verbs whose "that" clause is what happened: a ruling, a finding, a decision.
_CONTENT_VERBS = {"ruled", "found", "decided", "concluded", "agreed", "declared", "voted"}
_QUOTE_OPEN = re.compile("[\"«„“]")
_QUOTE_CLOSE = re.compile("[\"»“”]")
_CYRILLIC_VERB = re.compile("[а-яёіїєґ]{3,}(?:ся|сь|ть|ють|ять|ут|ют|ят)$")
_ADVERBS = {"first", "last", "also", "later", "then", "once", "again", "never", "only"}
# Unions built once, not per word.
_TRAILING = FUNCTION | PREPOSITIONS | _LOOSE  # no title ends in one of these
_DETERMINERS = ARTICLES | _HEDGES | {"all", "both", "each"}
_CALENDAR_WORDS = _MONTHS | {m + "." for m in _MONTHS} | _DAY_WORDS | _UNITS
_EMPHATIC = {"сам", "сама", "само", "сами", "самі", "саме"}
_PARTICLES = {"in", "out", "down", "off", "up", "away", "back", "over", "through"}
_RELATIVE = {"who", "which", "that"}
# Conjunctions that open a subordinate clause: the subject comes after them
# ("more are missing after flooding ravaged the Hill Country": flooding).
_SUBORDINATORS = {"after", "before", "since", "until", "as", "because", "while", "when"}
# A conjunction has no place at a title's start, in any language.
_CONJUNCTIONS = {"and", "or", "but", "so", "then", "а", "и", "і", "й", "но", "или", "что",
                 "що", "та", "але", "або", "чтобы", "щоб", "ж", "же"}
_OPENERS = _CONJUNCTIONS | PREPOSITIONS
_NO_OPENING = _CONJUNCTIONS | _EMPHATIC
# Nouns an appositive name follows: "his French counterpart, Emmanuel Macron, held".
_ROLES = {"counterpart", "president", "minister", "leader", "spokesman", "spokeswoman",
          "chief", "head", "director", "governor", "mayor", "envoy", "ambassador", "judge",
          "commander", "chancellor", "secretary", "premier", "founder", "owner", "coach"}
_DROP = ARTICLES | {"’s", "'s"} | _HEDGES


def _hedge(words, k: int) -> bool:
    """An article, or a hedge before a number ("about 40", "more than 300"); "about"
    before a topic ("spoke about grain shipments") stays."""
    w = words[k].lower
    if w not in _HEDGES:
        return w in _DROP
    following = words[k + 1].lower if k + 1 < len(words) else ""
    return following[:1].isdigit() or following in _HEDGES or following in _NUMBER_WORDS


_NUMBER_WORDS = {"a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                 "ten", "a dozen", "dozens", "hundreds", "thousands", "half"}
_STOP_AFTER = CLAUSE_WORDS - {"after", "before", "since", "as"} | {"saying", "adding"}
_TITLE_WORDS = {"president", "prime", "minister", "governor", "judge", "counterpart",
                "lieutenant", "colonel", "leader", "senior", "envoy", "his", "her", "their",
                "french", "russian", "ukrainian", "american", "us"}
_HONORIFICS = _TITLE_WORDS | _ROLES | {"mr", "mrs", "ms", "dr", "crown", "prince", "king",
                                      "queen", "sen", "gen", "the"}


def sentence_gap(sentence: Sentence, i: int) -> str:
    """The characters between word i and the next (a comma ends a phrase)."""
    words = sentence.words
    if i + 1 >= len(words):
        return ""
    return sentence.text_between[i]


def _subject(sentence: Sentence, trigger: Trigger, skip: set[int]) -> list[int]:
    return _subject_at(sentence, trigger.first, skip)


def _subject_at(sentence: Sentence, verb: int, skip: set[int]) -> list[int]:
    """The subject of the verb at ``verb``: the words before it in its clause, back
    to a clause word, a preposition or a comma that ends a phrase."""
    words, clause = sentence.words, sentence.clause_of[verb]
    i = verb - 1
    while i >= 0 and sentence.clause_of[i] == clause and "," not in sentence.text_between[i] and (
            words[i].lower in _SKIP_BEFORE_VERB or i in skip
            or (words[i].lower == "since" and i and words[i - 1].lower in AUXILIARIES)
            or (words[i].lower in PREPOSITIONS and i + 1 in skip and i + 1 < verb
                and not any("," in sentence.text_between[j] for j in range(i, verb)))):
        i -= 1  # "have since died": an adverb; "the depot on Wednesday killed": its date
    if i > 0 and any("," in sentence.text_between[j] for j in range(i, verb)):
        opening = _before_aside(sentence, i, clause)
        if opening:
            return opening  # "The steel bridge, built in the 1960s, had been closed"
    picked: list[int] = []
    while i >= 0 and sentence.clause_of[i] == clause and i not in skip:
        w = words[i].lower
        if (picked and "," in sentence_gap(sentence, i) and len(picked) > 1
                and w not in _ROLES):  # "his French counterpart, Emmanuel Macron, held"
            break
        form = REPORTING_FORMS.get(w, ("", "base"))[1]
        said = form != "base" and words[i].text[:1].islower() and not (
            i and (words[i - 1].lower in ARTICLES or words[i - 1].lower in _NUMBER_WORDS)
            or form == "s" and not picked)
        # ("the two states became", "six East African states opened": a noun, not "says")
        if w in CLAUSE_WORDS or said or (w in PREPOSITIONS and w != "of") or w in _FOREIGN_CLAUSE:
            break
        picked.append(i)
        i -= 1
    picked.reverse()
    stop = words[i].lower if i >= 0 else ""
    if stop == "at" and picked and words[picked[0]].lower in ("least", "most"):
        picked.pop(0)  # "At least 43 people have died"
    adverbs = all(words[k].lower in _ADVERBS for k in picked)  # "Ilves, who first won"
    if stop in _RELATIVE and i > 0 and (adverbs or any(_finite(sentence, k) for k in picked)):
        # "the president, who visited", "a ceasefire that took effect": the noun before;
        # "The ceasefire that the two sides signed in March collapsed": the ceasefire
        return _antecedent_phrase(sentence, i, skip) + (picked if adverbs else [])
    aside = picked and "," in sentence.text_between[picked[-1]]  # "before the vote, released"
    if (picked and stop in PREPOSITIONS and stop.isascii()
            and (stop not in _SUBORDINATORS or aside)):
        head = _head_before(sentence, i, clause)
        if head:
            names = []  # the name that ends the phrase ("the province of Rivas")
            for k in reversed(picked):
                if not words[k].text[:1].isupper():
                    break
                names.insert(0, k)
            opens = head[0] == 0 or sentence.clause_of[head[0] - 1] != clause or words[
                head[0] - 1].lower in _SUBORDINATORS  # "after funding from a Chinese bank"
            whole = [k for k in [*head, i, *picked] if words[k].lower not in _DROP]
            if (names or opens) and len(whole) <= MAX_SUBJECT + 1:
                return whole  # "Flights to the island of Sura were cancelled"
            return head  # "a transmission line near the city of Ostra overheated"
    if picked and i >= 0 and words[i].lower in PREPOSITIONS and not words[i].lower.isascii():
        # "После атаки аэропорт Ижевска приостановил": without commas, the subject
        # starts after the happening the preposition governs
        governed = [n for n, k in enumerate(picked) if words[k].lower in TRIGGERS
                    or foreign_lookup(words[k].lower)]
        if governed:
            picked = picked[governed[0] + 1:]
        elif i and (words[i - 1].lower in TRIGGERS or foreign_lookup(words[i - 1].lower)):
            j = i - 1  # "Попередня атака на місто сталася": the attack on the city
            while j and _may_modify(words[j - 1].lower) and ADJECTIVE.search(words[j - 1].lower):
                j -= 1
            picked = list(range(j, i + 1)) + picked
    verbs = [n for n, k in enumerate(picked) if _finite(sentence, k)
             and words[k].lower not in AUXILIARIES and (
                 all(words[j].lower in _PRONOUNS for j in picked[:n])  # "it shot down 21"
                 or any(words[j].lower in ("and", "but") for j in picked[n + 1:]))]
    if verbs:  # "X prioritized the weapon and Russia pounded", "shot down 21 drones launched":
        # the walk crossed another verb: the subject is after it, and after its "and"
        joins = [n for n in range(verbs[-1] + 1, len(picked))
                 if words[picked[n]].lower in ("and", "but")]
        picked = picked[(joins[0] if joins else verbs[-1]) + 1:]
        while picked and words[picked[0]].lower in ("and", "but", "or", *_PARTICLES):
            picked.pop(0)
    picked = [k for k in picked if words[k].lower not in _DROP or words[k].lower in _POSS
              and words[k - 1].lower not in _PRONOUNS]  # "she's": she is, no possessive
    while picked and words[picked[0]].lower in _POSS:
        picked.pop(0)
    if any(words[k].text[:1].isupper() for k in picked):
        picked = [k for k in picked if not words[k].lower.isdigit()]  # "Kohberger, 30,"
    size = sum(words[k].lower not in _POSS for k in picked)
    if size >= 2 and "of" not in (words[k].lower for k in picked):
        # ("The electoral commission of Belmora declared": the commission)
        named = _named(sentence, picked)
        if named and (named[-1] == picked[-1] or size > MAX_SUBJECT):
            return named
    of = [n for n, k in enumerate(picked) if words[k].lower == "of"]
    if (of and size > MAX_SUBJECT and stop not in ("which", "who")
            and "and" not in (words[k].lower for k in picked[of[0]:])):
        # "Leaders of six East African states": the phrase whole when it is short, else
        # its head ("the head of the regional maintenance unit": head)
        return picked if size <= MAX_SUBJECT + 2 else picked[:of[0]]
    if size > MAX_SUBJECT:
        names = [k for k in picked if (words[k].text[:1].isupper() and k
                                       or words[k].lower in ("and", *_POSS))
                 and words[k].lower not in _TITLE_WORDS]
        while names and words[names[0]].lower in ("and", *_POSS):
            names.pop(0)
        while names and words[names[-1]].lower == "and":
            names.pop()
        picked = names[-MAX_SUBJECT:] if names else picked[-MAX_SUBJECT:]
    while picked and (words[picked[0]].lower in _CONJUNCTIONS or words[picked[0]].lower in _POSS):
        picked.pop(0)
    return picked


def _in_phrase(sentence: Sentence, k: int, started: bool) -> bool:
    """Whether word k can belong to the noun phrase before a relative pronoun: not a
    function word, a past verb ("She ordered checks"), a gerund after a preposition
    ("of ignoring inflation") nor across a comma."""
    words = sentence.words
    w = words[k].lower
    before = words[k - 1].lower if k else ""
    if w in FUNCTION or w in PREPOSITIONS or (started and "," in sentence.text_between[k]):
        return False
    if w.endswith("ing") and (before in FUNCTION or before in PREPOSITIONS):
        return False
    verb = w in IRREGULAR_PAST or w.endswith("ed") and words[k].text[:1].islower()
    return not (verb and before not in ARTICLES)


def _before_aside(sentence: Sentence, last: int, clause: int) -> list[int]:
    """The subject before an aside that ends at a comma right before the verb: the
    clause's words up to its first comma, when they are a short noun phrase ("The
    package, the 14th since …, was approved"); a name set off after it is the person
    ("The outgoing prime minister, Viktor Hale, whose …, conceded" -> "Hale")."""
    words = sentence.words
    start = last
    while start > 0 and (sentence.clause_of[start - 1] == sentence.clause_of[start]
                         or words[start].lower in ("who", "whose", "which")
                         or words[start - 1].lower in ("and", "but")):
        start -= 1  # back over a relative clause inside the aside, and its verbs
    end = start
    while end < last and "," not in sentence.text_between[end]:
        end += 1
    phrase = list(range(start, end + 1))
    if end >= last or len(phrase) > 5 or any(
            words[k].lower in PREPOSITIONS or words[k].lower in CLAUSE_WORDS
            or words[k].lower in AUXILIARIES or words[k].lower in IRREGULAR_PAST
            or words[k].lower.endswith("ed") and words[k].text[:1].islower()
            or words[k].lower in FUNCTION and words[k].lower not in ARTICLES | {"and"}
            or len(phrase) == 1 and words[k].lower.endswith("ly")  # "Additionally, …"
            or not words[k].lower.isascii() for k in phrase):
        return []
    name = end + 1
    while name <= last and words[name].text[:1].isupper() and "," not in sentence.text_between[
            name]:
        name += 1
    if name > end + 1 and name <= last and words[name].text[:1].isupper():
        return [name]  # "…, Viktor Hale, …": by surname
    bare_name = all(words[k].text[:1].isupper() and words[k].lower not in _HONORIFICS
                    for k in phrase)  # "Ogden Projects, whose …": a firm, named whole
    named = _named(sentence, phrase) if len(phrase) > 1 and not bare_name else []
    if named:
        return named  # "Prime Minister Jonas Berg, who …, conceded": Berg
    return [k for k in phrase if words[k].lower not in _DROP and not words[k].lower.isdigit()
            or words[k].text[:1].isupper() and k > start]


def _antecedent_phrase(sentence: Sentence, relative: int, skip: set[int]) -> list[int]:
    """The noun phrase a relative clause belongs to: "The festival, which ended" ->
    "festival"; "checks of all 34 bridges of the same design, which began" ->
    "checks" (the head of an "of" chain); "an attack on a station on Monday that
    left" -> "attack" (the happening a place phrase belongs to); "Viktor Hale, who" ->
    "Hale"."""
    words = sentence.words
    k = relative - 1
    while k >= 0 and (k in skip or words[k].lower in PREPOSITIONS and k + 1 in skip):
        k -= 1  # "a station on Monday that": the date is no noun
    restrictive = "," not in sentence.text_between[relative - 1]  # "a ceasefire that took"
    phrase: list[int] = []
    for _ in range(3):  # at most two "of" links back
        phrase = []
        while k >= 0 and len(phrase) < 5 and _in_phrase(sentence, k, bool(phrase)):
            if words[k].lower in _POSS:  # "the country's second-largest shipping firm"
                k -= 1
                while k >= 0 and words[k].lower not in FUNCTION:
                    k -= 1
                continue
            phrase.append(k)
            k -= 1
        phrase.reverse()
        while k >= 0 and (words[k].lower in _DETERMINERS
                          or words[k].lower.isdigit()):
            k -= 1
        upper = phrase and words[phrase[0]].text[:1].isupper()
        if k >= 1 and words[k].lower == "of" and not upper and not restrictive:
            k -= 1
            continue
        if phrase and k >= 0 and words[k].lower == "to":
            phrase = phrase[1:]  # "to resume construction of the dam, which": construction
        if k >= 1 and words[k].lower == "on" and not upper:
            j = k - 1
            while j >= 0 and words[j].lower in ARTICLES:
                j -= 1
            if j >= 0 and words[j].lower in TRIGGERS and words[j].text[:1].islower():
                return [j]  # "an attack on a water pumping station … that left"
        break
    phrase = [j for j in phrase if not words[j].lower.isdigit() and words[j].lower not in _POSS]
    if any(words[j].text[:1].isupper() and j for j in phrase):
        return phrase[-1:]  # a person by surname
    return phrase[-MAX_SUBJECT:]


def _head_before(sentence: Sentence, prep: int, clause: int) -> list[int]:
    """The noun phrase a phrase after a subject belongs to: "a trawler carrying up to
    750 people" -> "trawler", "a transmission line near the city of Ostra" ->
    "transmission line". Only when a determiner opens it a few words back and the
    words up to the phrase are plain lower-case words (a participle ends the noun)."""
    words = sentence.words
    k = prep - 1
    while k >= 0 and prep - k <= 5 and sentence.clause_of[k] == clause and (
            words[k].lower not in ARTICLES and words[k].lower not in _SUBORDINATORS):
        if "," in sentence_gap(sentence, k):
            return []
        k -= 1
    opens = k < 0 or sentence.clause_of[k] != clause  # "Flights to the island …": no article
    opens = opens or words[k].lower in _SUBORDINATORS  # "after funding from a bank fell"
    if not opens and words[k].lower not in ARTICLES:
        return []
    head = []
    for j in range(k + 1, prep):
        w = words[j]
        if (w.lower.endswith("ing") and head) or w.lower in FUNCTION:
            break  # "a trawler carrying up to 750 people"; not "after funding from a bank"
        if not ((w.text[:1].islower() or opens and j == k + 1 and j == 0) and w.lower.isalpha()):
            return []
        head.append(j)
    if opens and (len(head) != prep - k - 1 or any(_finite(sentence, j) for j in head)):
        return []  # "but stalled after funding from …": no noun opens the clause
    return head if 0 < len(head) <= 3 else []


def _named(sentence: Sentence, picked: list[int]) -> list[int]:
    """The people in a long subject ("Chancellor Weber and her Danish counterpart
    Lars Holm" -> "Weber and Lars Holm"), from the sentence's names."""
    words = sentence.words
    actors = sentence.names[0] if sentence.names else []
    found: list[list[int]] = []
    for actor in actors:
        parts = actor.split()
        for k in picked:
            span = list(range(k, k + len(parts)))
            if span[-1] in picked and [words[j].text for j in span] == parts:
                found.append(span)
    found.sort()
    if not found:
        return []
    last = found[-1]
    before = [f for f in found if f[-1] < last[0]]
    if before and "and" in (words[j].lower for j in range(before[-1][-1] + 1, last[0])):
        and_at = next(j for j in range(before[-1][-1] + 1, last[0]) if words[j].lower == "and")
        if not (_person([words[j].text for j in before[-1]])
                and _person([words[j].text for j in last])):
            return [*before[-1], and_at, *last]  # "United States and European Union"
        return [before[-1][-1], and_at, last[-1]]  # surnames, as analysts write them
    if not _person([words[j].text for j in last]):
        return last  # "Засідання Радбезу ООН": a body, named whole
    return [last[-1]]


def _person(parts: list[str]) -> bool:
    """A person's name: two or three words written like names ("Emmanuel Macron"), no
    acronym among them, not a place ("United States")."""
    return 1 <= len(parts) <= 3 and all(p[:1].isupper() and not p.isupper() or len(p) == 1
                                        for p in parts) and not _place(" ".join(parts))


@functools.lru_cache(maxsize=1024)
def _place(name: str) -> bool:
    return bool(gazetteer.find_places(name))


def _may_modify(word: str) -> bool:
    """Whether a word before a noun can be its modifier: in English any content
    word ("drone strike"); in Russian and Ukrainian an adjective, by its ending
    ("в результате атаки" is a phrase, "украинская атака" an attack). Arabic
    puts the verb and its subject before the noun ("أجرى الرئيس ... اتصالا"):
    those words say who, so they stay."""
    if word.isascii() or "\u0600" <= word[:1] <= "\u06ff":
        return True
    return bool(ADJECTIVE.search(word))


def _modifiers(sentence: Sentence, trigger: Trigger, skip: set[int]) -> list[int]:
    """The adjectives and nouns before a noun trigger, back to its determiner."""
    words, clause = sentence.words, sentence.clause_of[trigger.first]
    picked: list[int] = []
    i = trigger.first - 1
    if (i >= 1 and words[i].lower in _POSS and i not in skip and i - 1 not in skip
            and sentence.clause_of[i - 1] == clause and words[i - 1].lower not in _PRONOUNS
            and words[i - 1].lower.isalpha()):
        # "Vladimir Putin’s conversation with Emmanuel Macron", "the company's acquisition":
        # the possessor says who
        owner = [i - 1]
        while (owner[0] > 0 and len(owner) < 3 and words[owner[0]].text[:1].isupper()
               and words[owner[0] - 1].text[:1].isupper() and owner[0] - 1 not in skip
               and sentence.clause_of[owner[0] - 1] == clause):
            owner.insert(0, owner[0] - 1)
        return [*owner, i]
    while (i >= 0 and sentence.clause_of[i] == clause and i not in skip and len(picked) < 3
           and words[i].lower not in FUNCTION and words[i].lower not in PREPOSITIONS
           and _may_modify(words[i].lower)):
        picked.append(i)
        i -= 1
    return picked[::-1]


def _predicate(sentence: Sentence, trigger: Trigger, skip: set[int], budget: int) -> list[int]:
    words, clause = sentence.words, sentence.clause_of[trigger.first]
    between = sentence.text_between
    picked = [k for k in range(trigger.first, trigger.last + 1) if words[k].lower not in _DROP]
    last_phrase = len(picked)  # the title may be cut back to here
    k = trigger.last + 1
    date_phrase = False  # after "an overnight": the date modifies a noun of its own
    while k < len(words) and sentence.clause_of[k] == clause or _quoted(sentence, k, skip):
        if sentence.clause_of[k] != clause:  # 'the "Vega" plant', 'завод "Купол"': a name
            n = _quoted(sentence, k, skip)
            if len(picked) + n > budget:
                break
            picked.extend(range(k, k + n))
            k += n
            if k < len(words) and not _QUOTE_CLOSE.search(sentence.text_between[k - 1][:1]):
                break
            if k < len(words) and sentence.text_between[k - 1].strip(" \"»“”"):
                break  # the quote closed a clause: 'завод "Купол": росіяни …'
            clause = sentence.clause_of[k] if k < len(words) else clause
            continue
        w = words[k].lower
        if "," in between[k - 1] and (len(picked) > 1 or trigger.noun
                                                     or k - 1 in skip or w in _CONJUNCTIONS):
            break  # "talked in 2022, the Kremlin said": the phrase ends with its date;
            # "провел совещание, а завтра он посетит": another clause
        reports = w in REPORTING_FORMS and REPORTING_FORMS[w][1] != "base" and not (
            # a noun ("a brief statement"); "a nationwide warning strike", "a warning"
            w.endswith("ing") and (k + 1 < len(words) and words[k + 1].lower in TRIGGERS
                                   or words[k - 1].lower in ARTICLES)) and (
            words[k - 1].lower not in _MODALS)  # "neither side could claim"
        bare = len(picked) == trigger.last - trigger.first + 1
        if w == "that" and not trigger.noun and bare and words[trigger.first].lower in (
                _CONTENT_VERBS):
            k += 1  # "ruled that the case could be heard": what it ruled
            continue
        if reports:
            opened = [n for n, j in enumerate(picked) if j > trigger.last
                      and words[j].lower in _SUBORDINATORS]
            if opened and opened[-1] > 0:  # "recounted ballots after local officials
                picked = picked[:opened[-1]]  # reported …": not the officials
            break
        if w in _STOP_AFTER or (trigger.noun and w in AUXILIARIES):
            break
        if w in ("after", "before") and k - 1 in skip and words[k - 1].lower in _UNITS and (
                words[k - 2].lower in _INTERVAL_LEADS or words[k - 1].lower == "hours"):
            break  # "a day after drones attacked": another happening's clause
        if k in skip:
            while len(picked) > 1 and (words[picked[-1]].lower in PREPOSITIONS
                                       or words[picked[-1]].lower in _LEADS_TO_DATE) and not (
                    not trigger.noun and picked[-1] == trigger.last + 1
                    and words[picked[-1]].lower in _PARTICLES and any(
                        words[j].lower in PREPOSITIONS for j in range(picked[-1] + 1, k + 1))):
                # "fell through in 2019": the date brings its own preposition
                picked.pop()
            date_phrase = date_phrase or (k - 1 not in skip and words[k - 1].lower in ARTICLES)
            k += 1
            continue
        if not trigger.noun and len(picked) == trigger.last - trigger.first + 1 and _finite(
                sentence, k) and _finite(sentence, trigger.last) and w not in AUXILIARIES:
            break  # "the ceasefire that the sides signed in March collapsed": the main verb
        if date_phrase:
            break  # the noun a date modifies ("an overnight airstrike") and what follows it
            # belong to that noun, another happening's phrase, not to this title
        if w in PREPOSITIONS or w == "and":
            last_phrase = len(picked)
        if not _hedge(words, k):
            squeezed = _squeeze(sentence, picked) if trigger.noun and len(picked) >= budget else []
            if squeezed:
                picked = squeezed  # "Explosion at plant in port of Dalmen killed nine workers"
                last_phrase = len(picked)
            if len(picked) >= budget:
                whole = last_phrase > trigger.last - trigger.first + 1  # a phrase ends there
                picked = picked[:last_phrase] if whole else picked[:budget]
                break
            picked.append(k)
        k += 1
        if (k < len(words) and sentence.clause_of[k] != clause and not trigger.noun
                and words[k - 1].lower == "and" and k - 2 == trigger.last + 1
                and words[k - 2].lower in _PARTICLES and len(picked) < budget - 2):
            clause = sentence.clause_of[k]  # "broke in and stabbed them": the verb says little
            last_phrase = len(picked)  # alone, and its partner shares its subject
    while len(picked) > 1 and (
            (words[picked[-1]].lower in _TRAILING
             and not (not trigger.noun and picked[-1] == trigger.last + 1
                      and words[picked[-1]].lower in _PARTICLES))  # "broke in", "broke down"
            or (words[picked[-1]].lower in _TIME_ADVERBS
                and picked[-1] > trigger.last + 1)  # "… at headquarters shortly"
            or (words[picked[-1]].lower in _DISTANCES and len(picked) > 3
                and words[picked[-2]].lower[:1].isdigit())):  # "plant 1,300 kilometers (…) from"
        picked.pop()
        if words[picked[-1]].lower[:1].isdigit() and words[picked[-1] + 1].lower in _DISTANCES:
            picked.pop()
    return picked


def _quoted(sentence: Sentence, k: int, skip: set[int]) -> int:
    """How many words of a quoted name start at word k (at most three, capitalised,
    closed by a quote): 'struck the "Vega" plant'; 0 when none does."""
    words = sentence.words
    if k <= 0 or k >= len(words) or k in skip or not words[k].text[:1].isupper() or not (
            _QUOTE_OPEN.search(sentence.text_between[k - 1])):
        return 0
    for n in range(1, 4):
        end = k + n - 1
        if end >= len(words):
            return 0
        after = sentence.text_between[end] if end + 1 < len(words) else sentence.text[
            words[end].end:sentence.end]
        if _QUOTE_CLOSE.match(after):
            return n
        if after != " ":
            return 0
    return 0


def _object_relative(sentence: Sentence, trigger: Trigger, indices: list[int],
                     skip: set[int]) -> str:
    """The object of a verb in a relative clause that has its own subject: "raised its
    offer to 6 percent, which the union rejected" -> "offer"."""
    words = sentence.words
    r = indices[0] - 1
    while r > 0 and words[r].lower in ARTICLES and words[r].lower != "that":
        r -= 1
    if r < 1 or indices[0] >= trigger.first or words[r].lower not in ("which", "that"):
        return ""
    if words[r].lower == "which" and "," not in sentence.text_between[r - 1]:
        return ""
    k = r - 1
    while k > 0 and (words[k].lower in ("percent", "to", "by") or words[k].lower[:1].isdigit()):
        k -= 1  # "its offer to 6 percent, which": the offer
    phrase = _antecedent_phrase(sentence, k + 1, skip)
    if not phrase or len(indices) + len(phrase) > MAX_WORDS:
        return ""
    return " ".join(words[j].text for j in phrase)


def _squeeze(sentence: Sentence, picked: list[int]) -> list[int]:
    """A noun's title that reached the verb of which the noun is the subject keeps its
    first place phrase and drops the rest, so that what the happening did fits:
    "Explosion at fertiliser plant [in river port of Dalmen] killed nine workers"."""
    words = sentence.words
    verb = next((n for n, k in enumerate(picked) if n and words[k].text[:1].islower() and (
        words[k].lower in IRREGULAR_PAST or words[k].lower.endswith("ed"))
        and words[k - 1].lower not in ARTICLES), None)
    if verb is None or verb + 1 < len(picked):
        return []
    preps = [n for n in range(1, verb) if words[picked[n]].lower in PREPOSITIONS]
    if len(preps) < 2:
        return []
    return picked[:preps[1]] + picked[verb:]


def make_title(text: str, sentence: Sentence, trigger: Trigger, skip: set[int],
               others: list[Trigger] = (), antecedent: str = "") -> str:
    """At most ten words of the sentence, in its order: subject, trigger, object.

    A bare noun ("that strike") borrows the modifiers and phrase of a fuller
    mention of its kind in the same sentence ("drone attack on the Kupol
    factory"), with its own word as the head.
    """
    skip = skip | _calendar(sentence)
    if _named_trigger(text, sentence, trigger):
        return _clause_words(sentence, trigger, skip)  # "وزارة الصحة في غزة …": not "Gaza"
    title = _title(sentence, trigger, skip)
    first = title.split(" ", 1)
    if not trigger.noun and first[0].casefold() in _PRONOUNS and len(first) > 1:
        # "He was extradited to Idaho": the person the article last named; "boarded the
        # aircraft after it landed": the thing the main clause acted on
        person = antecedent if first[0].casefold() in ("he", "she") else (
            _thing(sentence, trigger) or _main_subject(sentence, trigger, skip)
            or _reporter(sentence, trigger, skip))
        title = f"{person} {first[1]}" if person else first[1]
    if not trigger.noun and first[0].casefold() in _PARTICIPLE_AUX:
        # "…, having last talked in 2022": the participle's subject is its main clause's
        main = [o for o in others if not o.noun and o.first < trigger.first]
        subject = _subject(sentence, main[-1], skip) if main else []
        rest = title.split(" ", 1)[1] if " " in title else title
        title = " ".join([*(sentence.words[k].text for k in subject), rest])
    if trigger.noun and len(title.split()) < 3:
        title = _relative_after(sentence, trigger, skip, title) or title
    if trigger.noun and len(title.split()) < 3:
        title = _clause_title(sentence, trigger, skip) or title
    owner = sentence.words[trigger.first - 1].lower if trigger.first else ""
    people = [a for a in (sentence.names[0] if sentence.names else []) if " " not in a
              or a.split()[-1][:1].isupper()]
    if antecedent and not people:
        people = [antecedent]  # "since his arrest": the person the article last named
    if trigger.noun and len(title.split()) < 2 and owner in _POSSESSIVE and people:
        title = f"{people[0].split()[-1]} {title}"  # "At his arraignment, Kohberger …"
    if trigger.noun and len(title.split()) < 3:
        for other in others:
            if other.noun and other.first != trigger.first and other.family == trigger.family:
                fuller = _indices(sentence, other, skip)
                lead = sentence.words[fuller[0]]
                if fuller[0] < other.first and lead.text[:1].islower() and (
                        lead.lower in IRREGULAR_PAST or lead.lower.endswith("ed")):
                    continue  # "walked free": a verb's phrase, not a fuller mention's noun
                words = [sentence.words[k].text if k != other.first else
                         sentence.words[trigger.first].text for k in fuller]
                if len(words) > len(title.split()):
                    title = " ".join(words)
                    break
    title = title or " ".join(sentence.words[k].text
                              for k in range(trigger.first, trigger.last + 1))
    if not trigger.noun:
        title = _which_one(text, sentence, trigger, title)
    title = _opening(_once(title))
    return title[:1].upper() + title[1:]


def _named_trigger(text: str, sentence: Sentence, trigger: Trigger) -> bool:
    """Whether a guessed trigger is a place's name: Arabic writes no capitals, so the
    guess for a dated clause may fall on "غزة" or "الرياض"; the title then tells its
    clause instead."""
    word = sentence.words[trigger.first]
    if trigger.family != "guess" or word.lower.isascii():
        return False
    before = sentence.words[trigger.first - 1].lower if trigger.first else ""
    if before in _ARABIC_LOCATIVE and not word.lower.startswith("ال"):
        return True  # "في غزة": after "in", a word without the article names a place
    locative = "في " if "\u0600" <= word.lower[:1] <= "\u06ff" else "в "
    return bool(gazetteer.find_places(locative + word.text))  # a place where one is named


def _clause_words(sentence: Sentence, trigger: Trigger, skip: set[int]) -> str:
    """The words of the trigger's clause without its dates, at most ten."""
    words, clause = sentence.words, sentence.clause_of[trigger.first]
    keep = [k for k in range(len(words)) if sentence.clause_of[k] == clause and k not in skip]
    while len(keep) > 1 and words[keep[0]].lower in _OPENERS:
        keep.pop(0)
    while len(keep) > 1 and words[keep[-1]].lower in PREPOSITIONS:
        keep.pop()
    title = " ".join(words[k].text for k in keep[:MAX_WORDS])
    return title[:1].upper() + title[1:]


def _calendar(sentence: Sentence) -> set[int]:
    """The words of every date in the sentence, not only the event's own: "Drones
    attacked the plant on Tuesday" told in a sentence dated by another expression
    keeps no "on Tuesday" in its title. Weekdays, months with their numbers,
    "yesterday", "overnight", "last week", "a day after", "hours later"."""
    cached = sentence.__dict__.get("_title_dates")
    if cached is not None:  # one sentence, several events: read once
        return cached
    words = sentence.words
    found: set[int] = set()
    for k, w in enumerate(words):
        if w.lower not in _CALENDAR_WORDS:  # one look-up for the many words that are none
            continue
        lower = w.lower.rstrip(".")
        month = lower in _MONTHS and (w.text[:1].isupper() or not lower.isascii()) and (
            lower != "may" or k and w.text[:1] == "M")
        if lower in _DAY_WORDS or month:
            found.add(k)
            j = k - 1
            while j >= 0 and (words[j].lower in _DATE_LEADS or words[j].lower.isdigit()):
                found.add(j)  # "last Tuesday", "13 November"
                j -= 1
            j = k + 1
            while j < len(words) and (words[j].lower.isdigit() or words[j].lower in _YEAR_WORDS
                                      or words[j].lower in _DAY_PARTS):
                found.add(j)  # "November 13, 2024", "Tuesday morning", "1957 року"
                j += 1
        elif lower in _UNITS and k and words[k - 1].lower in ("last", "next", "this"):
            found.update((k - 1, k))  # "last year"
        elif lower in _UNITS and k + 1 < len(words) and words[k + 1].lower in _INTERVAL_ENDS and (
                lower == "hours" or k and (words[k - 1].lower in _INTERVAL_LEADS
                                           or words[k - 1].lower.isdigit())):
            found.update((k - 1, k) if lower != "hours" else (k,))  # "a day after", "hours"
            if words[k + 1].lower not in ("after", "before"):
                found.add(k + 1)  # "two weeks ago", "hours later"
    sentence.__dict__["_title_dates"] = found
    return found


_EARLIER = 3000  # characters before the sentence read for an earlier mention: a few paragraphs


@functools.lru_cache(maxsize=256)
def _mention(head: str) -> re.Pattern:
    """"the stadium in the city of Kasama": a head noun and the place named after it."""
    return re.compile(rf"\b{re.escape(head)}\s+(over|in|at|near|on)\s+(?:the\s+)?"
                      rf"(?:(?:city|town|village|port|island)\s+of\s+)?([A-Z][\w-]+)",
                      re.IGNORECASE)


def _which_one(text: str, sentence: Sentence, trigger: Trigger, title: str) -> str:
    """A bare passive about a common noun ("The stadium, built in 1968, …": "Stadium
    built") says which one by the place an earlier mention gave it: "the stadium in
    the city of Kasama" -> "Stadium in Kasama built". English only, as "he" -> the
    surname is: the Russian, Ukrainian and Arabic proposals keep to their sentence's
    own words (the Suggestions tab's contract for them). Only the text before the
    sentence is read."""
    parts = title.split()
    word = sentence.words[trigger.last]
    participle = (word.lower in IRREGULAR_PAST or word.lower.endswith("ed")) and (
        trigger.first == trigger.last and word.lower.isascii())
    if not participle or not 2 <= len(parts) <= 4 or parts[-1] != word.text or not all(
            p[:1].islower() or p[:1].isdigit() or n == 0 for n, p in enumerate(parts[:-1])):
        return title
    head = parts[-2].casefold()
    window = max(0, sentence.start - _EARLIER)
    if head not in text[window:sentence.start].casefold():
        return title
    mentions = list(_mention(head).finditer(text, window, sentence.start))
    if not mentions or not mentions[-1].group(2)[:1].isupper():
        return title
    found = mentions[-1]  # the latest mention before the sentence
    named = [*parts[:-1], found.group(1).casefold(), found.group(2), parts[-1]]
    return " ".join(named) if len(named) <= MAX_WORDS else title


def _relative_after(sentence: Sentence, trigger: Trigger, skip: set[int], title: str) -> str:
    """What a bare noun did, told in the relative clause after it: "a smaller eruption
    on Thursday, which covered nearby villages in dust" -> "Smaller eruption covered
    nearby villages in dust"; "the January offensive, in which government troops
    pushed rebels out of two towns" -> that clause."""
    words = sentence.words
    k = trigger.last + 1
    while k < len(words) and k in skip:
        k += 1
    if k + 1 >= len(words) or "," not in sentence.text_between[k - 1]:
        return ""
    if words[k].lower == "which" and _finite(sentence, k + 1):
        verb = Trigger(k + 1, k + 1, words[k + 1].start, words[k + 1].end, "guess", "past",
                       False, False)
        rest = _predicate(sentence, verb, skip, MAX_WORDS - len(title.split()))
        return " ".join([title, *(words[j].text for j in rest)])
    if words[k].lower in PREPOSITIONS and words[k + 1].lower == "which":
        start = k + 2
        clause = sentence.clause_of[start] if start < len(words) else -1
        verbs = [v for v in range(start + 1, len(words)) if sentence.clause_of[v] == clause
                 and _finite(sentence, v)]
        if not verbs or verbs[0] - start > MAX_SUBJECT + 1:
            return ""
        verb = Trigger(verbs[0], verbs[0], words[verbs[0]].start, words[verbs[0]].end, "guess",
                       "past", False, False)
        subject = [j for j in range(start, verbs[0]) if words[j].lower not in _DROP]
        rest = _predicate(sentence, verb, skip, MAX_WORDS - len(subject))
        return " ".join(words[j].text for j in [*subject, *rest])
    return ""


def _opening(title: str) -> str:
    """No title opens with a conjunction ("А строительство началось", "Что работы
    продлятся") or an emphatic determiner ("Сам завод засновано": the plant)."""
    words = title.split(" ")
    while len(words) > 1 and words[0].casefold() in _NO_OPENING:
        words.pop(0)
    return " ".join(words)


def _main_subject(sentence: Sentence, trigger: Trigger, skip: set[int]) -> str:
    """What "it" after a subordinating conjunction stands for when no noun precedes
    it: the main clause's subject ("The storm weakened as it moved inland")."""
    words = sentence.words
    k = trigger.first - 2
    while k > 0 and words[k].lower in _SKIP_BEFORE_VERB:
        k -= 1
    if k < 1 or words[k].lower not in _SUBORDINATORS:
        return ""
    for v in range(0, k):
        w = words[v]
        if v not in skip and w.text[:1].islower() and w.lower not in REPORTING_FORMS and (
                w.lower in AUXILIARIES or w.lower in IRREGULAR_PAST
                or len(w.lower) > 4 and w.lower.endswith("ed")):
            subject = _subject_at(sentence, v, skip)
            if subject and words[subject[0]].lower not in _PRONOUNS:
                return " ".join(words[j].text for j in subject).replace(" ’s", "’s").replace(
                    " 's", "'s")
            return ""
    return ""


def _reporter(sentence: Sentence, trigger: Trigger, skip: set[int]) -> str:
    """"Police said they had arrested 14 people": "they" in what a reporter said is the
    reporter."""
    words = sentence.words
    k = trigger.first - 1
    while k > 0 and (words[k].lower in _SKIP_BEFORE_VERB or k in skip):
        k -= 1
    if k < 2 or words[k].lower != "they":
        return ""
    said = k - 1 if words[k - 1].lower != "that" else k - 2
    if said < 1 or REPORTING_FORMS.get(words[said].lower, ("", "base"))[1] == "base":
        return ""
    subject = _subject_at(sentence, said, skip)
    if not subject or words[subject[0]].lower in _PRONOUNS:
        return ""
    return " ".join(words[j].text for j in subject)


def _thing(sentence: Sentence, trigger: Trigger) -> str:
    """What "it" or "they" after a subordinating conjunction stands for: the noun
    right before the conjunction ("boarded the aircraft after it landed")."""
    words = sentence.words
    k = trigger.first - 2
    while k > 0 and words[k].lower in _SKIP_BEFORE_VERB:
        k -= 1
    if k < 1 or words[k].lower not in _SUBORDINATORS:
        return ""
    noun = words[k - 1]
    if k < 2 or words[k - 2].lower not in ARTICLES or noun.lower in FUNCTION:
        return ""  # "has governed alone since it won": no noun before the conjunction
    return noun.text


def _once(title: str) -> str:
    """"served in three governments and and oversaw": a word left twice in a row where
    the date between them was taken out is written once."""
    kept: list[str] = []
    for word in title.split():
        if not kept or word.casefold() != kept[-1].casefold():
            kept.append(word)
    return " ".join(kept)


def _aside_number(sentence: Sentence, k: int) -> bool:
    """A number set off by commas after a name: an age ("Kohler, 41, was…")."""
    return (sentence.words[k].lower.isdigit() and 0 < k < len(sentence.words) - 1
            and "," in sentence.text_between[k - 1] and "," in sentence.text_between[k])


def _clause_title(sentence: Sentence, trigger: Trigger, skip: set[int]) -> str:
    """A bare noun's clause after its reporting frame: "Upjohn will take charge"."""
    words, clause = sentence.words, sentence.clause_of[trigger.first]
    start = trigger.first
    while start > 0 and sentence.clause_of[start - 1] == clause:
        said = REPORTING_FORMS.get(words[start - 1].lower, ("", "base"))[1] != "base"
        if said or words[start - 1].lower in CLAUSE_WORDS:
            break
        start -= 1
    keep = [k for k in range(start, trigger.last + 1)
            if k not in skip and words[k].lower not in _DROP and not _aside_number(sentence, k)]
    while keep and keep[0] != trigger.first and words[keep[0]].lower in FUNCTION:
        keep.pop(0)
    keep = keep[-MAX_WORDS:]
    if len(keep) < 3:
        return ""
    return " ".join(words[k].text for k in keep).replace(" ’s", "’s").replace(" 's", "'s")


def _indices(sentence: Sentence, trigger: Trigger, skip: set[int]) -> list[int]:
    if trigger.noun and not _verbal(sentence, trigger):
        before = _modifiers(sentence, trigger, skip)
    else:
        before = _subject(sentence, trigger, skip) or _shared_subject(sentence, trigger.first,
                                                                      skip)
    after = _predicate(sentence, trigger, skip, MAX_WORDS - len(before))
    indices = sorted(set(before) | set(after))[:MAX_WORDS]
    words = sentence.words
    first = indices[0] if indices else 0
    if (first and _CYRILLIC.match(words[first].lower) and words[first - 1].lower in PREPOSITIONS
            and first - 1 not in skip and len(indices) < MAX_WORDS
            and sentence.clause_of[first - 1] == sentence.clause_of[first]):
        indices.insert(0, first - 1)  # "У Харкові пролунали вибухи": a place keeps its preposition
    while len(indices) > 1 and sentence.words[indices[0]].lower in ("’s", "'s", "and", "or"):
        indices.pop(0)
    return indices


def _finite(sentence: Sentence, k: int) -> bool:
    """A past verb, not an adjective after a determiner ("the disputed border")."""
    w = sentence.words[k]
    return w.text[:1].islower() and (w.lower in IRREGULAR_PAST or len(w.lower) > 4
                                     and w.lower.endswith("ed") and w.lower != "hundred") and not (
        k and sentence.words[k - 1].lower in ARTICLES)


def _verbal(sentence: Sentence, trigger: Trigger) -> bool:
    """A guessed trigger read as a noun that is a past verb after its subject ("Two
    children have since died"): its title is the verb's."""
    w = sentence.words[trigger.first]
    if _CYRILLIC_VERB.search(w.lower) and not _may_modify(sentence.words[trigger.first - 1].lower
                                                          if trigger.first else ""):
        return True  # "Занятия возобновятся": a verb, whatever the lexicon took it for
    return (trigger.family == "guess" and w.text[:1].islower()
            and (w.lower in IRREGULAR_PAST or w.lower.endswith("ed"))
            and not (trigger.first and sentence.words[trigger.first - 1].lower in ARTICLES))


def _shared_subject(sentence: Sentence, verb: int, skip: set[int], depth: int = 0) -> list[int]:
    """The subject a coordinated verb shares with the first verb of its sentence:
    "Hungarian police boarded the aircraft … and arrested him" -> "Hungarian police";
    "Garnier was suspended after the crash and charged" -> "Garnier"."""
    words = sentence.words
    i = verb - 1
    while i >= 0 and (words[i].lower in _SKIP_BEFORE_VERB or i in skip):
        i -= 1
    if i <= 0 or words[i].lower not in ("and", "but", "or") or depth > 1:
        return []
    clause = sentence.clause_of[i]
    start = i
    while start > 0 and sentence.clause_of[start - 1] == clause:
        start -= 1
    if start == i:  # 'promised to "smash the gangs" and last month set up': quotes split
        start = 0   # the clause; the sentence's first verb is the one shared
    for v in range(start, i):
        w = words[v]
        if v not in skip and w.text[:1].islower() and w.lower not in REPORTING_FORMS and (
                w.lower in AUXILIARIES or w.lower in IRREGULAR_PAST
                or len(w.lower) > 4 and w.lower.endswith("ed")):
            return _subject_at(sentence, v, skip) or _shared_subject(sentence, v, skip, depth + 1)
    return []


def _title(sentence: Sentence, trigger: Trigger, skip: set[int]) -> str:
    indices = _indices(sentence, trigger, skip)
    title = " ".join(sentence.words[k].text for k in indices)
    if not trigger.noun and indices and indices[-1] == trigger.last:
        thing = _object_relative(sentence, trigger, indices, skip)
        if thing:
            title = f"{title} {thing}"  # "…, which the union rejected": the offer
    return title.replace(" ’s", "’s").replace(" 's", "'s")
