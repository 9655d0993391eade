"""Who did it: the subject of a verb trigger, read as grammar.

The words before a verb are often another clause's, so the subject is found by
the sentence's structure: after a subordinating conjunction, the noun a relative
clause belongs to, the noun before an aside, the first verb's for a coordinated
verb (`shared_subject`), never across another verb (`subject_at`). Long subjects
shrink to their names or to the head of an "of" phrase, as analysts write them.
"""
from __future__ import annotations

from ..foreign_lexicon import ADJECTIVE
from ..foreign_lexicon import lookup as foreign_lookup
from ..lexicon import (
    ARTICLES,
    AUXILIARIES,
    CLAUSE_WORDS,
    FUNCTION,
    IRREGULAR_PAST,
    PREPOSITIONS,
    REPORTING_FORMS,
    TRIGGERS,
)
from ..sentences import Sentence
from ..triggers import Trigger
from .antecedents import antecedent_phrase
from .people import named_in
from .word_classes import (
    CONJUNCTIONS,
    DROP,
    MAX_SUBJECT,
    NUMBER_WORDS,
    PARTICLES,
    POSS,
    PRONOUNS,
    SKIP_BEFORE_VERB,
    SUBORDINATORS,
    finite,
    may_modify,
)

_FOREIGN_CLAUSE = {"а", "но", "але", "или", "або", "что", "що", "чтобы", "щоб", "который",
                   "которая", "которые", "який", "яка", "які", "где", "де"}
_ADVERBS = {"first", "last", "also", "later", "then", "once", "again", "never", "only"}
_RELATIVE = {"who", "which", "that"}
_QUANTIFIERS = NUMBER_WORDS | ARTICLES | {"several", "many", "others", "dozens", "hundreds",
                                         "scores", "some", "at"}
# Frames of a coming happening whose subject is the infinitive's ("is due to debate").
_FRAMES = {"due", "set", "expected", "scheduled", "slated", "poised", "going", "about",
           "likely", "planning", "preparing", "ready"}
# Nouns an appositive name follows: "his Latvian counterpart, Anna Berzina, held".
_ROLES = {"counterpart", "president", "minister", "leader", "spokesman", "spokeswoman",
          "chief", "head", "director", "governor", "mayor", "envoy", "ambassador", "judge",
          "commander", "chancellor", "secretary", "premier", "founder", "owner", "coach"}
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


def _main_after_who(sentence: Sentence, stop: int, clause: int) -> int | None:
    """"A fan who was struck by a van during the clashes died": the index of "who" when
    a relative clause with a verb of its own runs, comma-free, to the phrase before
    the verb's subject (at ``stop``): the verb is the main clause's, its subject the noun
    before "who"."""
    words = sentence.words
    for r in range(stop - 1, 0, -1):
        if sentence.clause_of[r] != clause or "," in sentence.text_between[r]:
            return None
        if words[r].lower == "who":
            return r if any(finite(sentence, k) for k in range(r + 1, stop)) else None
    return None


def trigger_subject(sentence: Sentence, trigger: Trigger, skip: set[int]) -> list[int]:
    """The subject of a verb trigger: `subject_at` its first word."""
    return subject_at(sentence, trigger.first, skip)


def subject_at(sentence: Sentence, verb: int, skip: set[int]) -> list[int]:
    """The subject of the verb at ``verb``: the words before it in its clause, back
    to a clause word, a preposition or a comma that ends a phrase."""
    words, clause = sentence.words, sentence.clause_of[verb]
    i = verb - 1
    while i >= 0 and sentence.clause_of[i] == clause and "," not in sentence.text_between[i] and (
            words[i].lower in SKIP_BEFORE_VERB or i in skip
            or (words[i].lower == "since" and i and words[i - 1].lower in AUXILIARIES)
            or (words[i].lower in PREPOSITIONS and i + 1 in skip and i + 1 < verb
                and not any("," in sentence.text_between[j] for j in range(i, verb)))):
        i -= 1  # "have since died": an adverb; "the depot on Wednesday killed": its date
    if i >= 1 and words[i].lower == "to" and words[i - 1].lower in _FRAMES:
        i -= 2  # "Parliament is due to debate": the frame's subject is the verb's
        while i >= 0 and words[i].lower in SKIP_BEFORE_VERB:
            i -= 1
    if i > 0 and any("," in sentence.text_between[j] for j in range(i, verb)):
        opening = _before_aside(sentence, i, clause)
        if opening:
            return opening  # "The steel bridge, built in the 1960s, had been closed"
    picked: list[int] = []
    while i >= 0 and sentence.clause_of[i] == clause and i not in skip:
        w = words[i].lower
        if (picked and "," in sentence_gap(sentence, i) and len(picked) > 1
                and w not in _ROLES):  # "his Latvian counterpart, Anna Berzina, held"
            break
        form = REPORTING_FORMS.get(w, ("", "base"))[1]
        said = form != "base" and words[i].text[:1].islower() and not (
            i and (words[i - 1].lower in ARTICLES or words[i - 1].lower in NUMBER_WORDS)
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
    main = _main_after_who(sentence, i, clause) if stop in PREPOSITIONS and (
        finite(sentence, verb) or words[verb].lower.endswith("ed")) else None  # ("died")
    if main is not None:
        # "A fan who was struck by a van during the clashes died": the fan, not the van
        return antecedent_phrase(sentence, main, skip)
    adverbs = all(words[k].lower in _ADVERBS for k in picked)  # "Ilves, who first won"
    if stop in _RELATIVE and i > 0 and (adverbs or any(finite(sentence, k) for k in picked)):
        # "the president, who visited", "a ceasefire that took effect": the noun before;
        # "The ceasefire that the two sides signed in March collapsed": the ceasefire
        return antecedent_phrase(sentence, i, skip) + (picked if adverbs else [])
    aside = picked and "," in sentence.text_between[picked[-1]]  # "before the vote, released"
    if (picked and stop in PREPOSITIONS and stop.isascii()
            and (stop not in SUBORDINATORS or aside)):
        ands = [n for n, k in enumerate(picked) if words[k].lower == "and"]
        if ands and ands[-1] + 1 < len(picked) and stop not in ("between", "among", "with") and (
                words[picked[ands[-1] - 1]].text[:1].islower() or not ands[-1]) and (
                words[picked[ands[-1] + 1]].lower in _QUANTIFIERS
                or words[picked[ands[-1] + 1]].lower[:1].isdigit()):
            # "capsized near the same spot and 22 people died", "killed in the blast and
            # three others were injured": a clause of its own after "and"
            return [k for k in picked[ands[-1] + 1:] if words[k].lower not in DROP]
        reduced = [] if ands else _before_participle(sentence, i, clause)
        if reduced:
            return reduced  # "Two journalists held for a year in Zarvania were freed"
        head = _head_before(sentence, i, clause, skip)
        if head:
            names = []  # the name that ends the phrase ("the province of Rivas")
            for k in reversed(picked):
                if not words[k].text[:1].isupper():
                    break
                names.insert(0, k)
            opens = head[0] == 0 or sentence.clause_of[head[0] - 1] != clause or words[
                head[0] - 1].lower in SUBORDINATORS  # "after funding from a Chinese bank"
            whole = [k for k in range(head[0], picked[-1] + 1)
                     if words[k].lower not in DROP and k not in skip]
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
            while j and may_modify(words[j - 1].lower) and ADJECTIVE.search(words[j - 1].lower):
                j -= 1
            picked = list(range(j, i + 1)) + picked
    verbs = [n for n, k in enumerate(picked) if finite(sentence, k)
             and words[k].lower not in AUXILIARIES and (
                 all(words[j].lower in PRONOUNS for j in picked[:n])  # "it shot down 21"
                 or any(words[j].lower in ("and", "but") for j in picked[n + 1:]))]
    if verbs:  # "X prioritized the weapon and Russia pounded", "shot down 21 drones launched":
        # the walk crossed another verb: the subject is after it, and after its "and"
        joins = [n for n in range(verbs[-1] + 1, len(picked))
                 if words[picked[n]].lower in ("and", "but")]
        picked = picked[(joins[0] if joins else verbs[-1]) + 1:]
        while picked and words[picked[0]].lower in ("and", "but", "or", *PARTICLES):
            picked.pop(0)
    picked = [k for k in picked if words[k].lower not in DROP or words[k].lower in POSS
              and words[k - 1].lower not in PRONOUNS]  # "she's": she is, no possessive
    while picked and words[picked[0]].lower in POSS:
        picked.pop(0)
    if any(words[k].text[:1].isupper() for k in picked):
        picked = [k for k in picked if not words[k].lower.isdigit()]  # "Kohberger, 30,"
    size = sum(words[k].lower not in POSS for k in picked)
    if size >= 2 and "of" not in (words[k].lower for k in picked):
        # ("The electoral commission of Belmora declared": the commission)
        named = named_in(sentence, picked)
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
                                       or words[k].lower in ("and", *POSS))
                 and words[k].lower not in _TITLE_WORDS]
        while names and words[names[0]].lower in ("and", *POSS):
            names.pop(0)
        while names and words[names[-1]].lower == "and":
            names.pop()
        picked = names[-MAX_SUBJECT:] if names else picked[-MAX_SUBJECT:]
    while picked and (words[picked[0]].lower in CONJUNCTIONS or words[picked[0]].lower in POSS):
        picked.pop(0)
    return picked


def _before_participle(sentence: Sentence, prep: int, clause: int) -> list[int]:
    """The noun phrase that opens the clause when a past participle and its phrase follow
    it before the preposition at ``prep``: "Two Western journalists held for more than a
    year in Zarvania were freed" -> "Two Western journalists" (a relative clause without
    "who were"); empty when the clause opens otherwise."""
    words = sentence.words
    start = prep
    while start > 0 and sentence.clause_of[start - 1] == clause and "," not in (
            sentence.text_between[start - 1]):
        start -= 1
    k = start
    while k < prep and (words[k].lower in ARTICLES or words[k].lower in NUMBER_WORDS
                        or words[k].lower.isdigit()):
        k += 1
    noun = k
    while k < prep and k - noun < 3 and words[k].lower.isalpha() and not finite(sentence, k) \
            and words[k].lower not in FUNCTION and words[k].lower not in AUXILIARIES:
        k += 1
    if k == noun or k >= prep or not finite(sentence, k) or words[k + 1].lower not in (
            PREPOSITIONS) or any(words[j].lower in SUBORDINATORS for j in range(k + 1, prep)):
        return []  # "The plan stalled after funding from a bank fell through": a clause
    return [j for j in range(start, k) if words[j].lower not in DROP]


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
    named = named_in(sentence, phrase) if len(phrase) > 1 and not bare_name else []
    if named:
        return named  # "Prime Minister Jonas Berg, who …, conceded": Berg
    return [k for k in phrase if words[k].lower not in DROP and not words[k].lower.isdigit()
            or words[k].text[:1].isupper() and k > start]


def _head_before(sentence: Sentence, prep: int, clause: int, skip: set[int],
                 depth: int = 0) -> list[int]:
    """The noun phrase a phrase after a subject belongs to: "a trawler carrying up to
    750 people" -> "trawler", "a transmission line near the city of Ostra" ->
    "transmission line". Only when a determiner opens it a few words back, or the
    clause or a comma does, and the words up to the phrase are plain lower-case words
    (a participle ends the noun). A noun inside a phrase of its own belongs to the
    noun before that phrase: "workers at the plant in Ostra" -> "workers", "teachers
    at state schools in the region" -> "teachers"."""
    words = sentence.words
    if "," in sentence_gap(sentence, prep - 1):
        return []  # "the talks, in Geneva": an aside, no phrase of the subject
    inner = _phrase_start(sentence, prep, clause, skip, True)
    if inner is not None and depth < 2 and words[inner].lower != "of":
        outer = _head_before(sentence, inner, clause, skip, depth + 1)
        if outer:
            return outer
    k = _phrase_start(sentence, prep, clause, skip, False)
    comma = k >= 0 and k < prep - 1 and ("," in sentence_gap(sentence, k) or k in skip)
    opens = k < 0 or comma or sentence.clause_of[k] != clause  # "Flights to the island …"
    opens = opens or words[k].lower in SUBORDINATORS  # "after funding from a bank fell"
    if not opens and words[k].lower not in ARTICLES:
        return []
    head: list[int] = []
    participle = False  # the noun ended at a participle, a relative clause cut short
    for j in range(k + 1, prep):
        w = words[j]
        participle = bool(head) and (w.lower.endswith("ing") or finite(sentence, j) and "by" in (
            words[j + 1].lower, words[min(j + 2, prep)].lower))
        if participle or w.lower in FUNCTION:
            break  # "a trawler carrying up to 750 people", "a landslide set off by rain";
            # not "after funding from a bank"
        if not ((w.text[:1].islower() or opens) and w.lower.isalpha()) or (
                head and finite(sentence, j)) or w.lower in AUXILIARIES:
            return []  # "a dinghy capsized near the spot and …": a clause, no noun phrase
        head.append(j)
    if opens and not participle and (len(head) != prep - k - 1
                                     or any(finite(sentence, j) for j in head)):
        return []  # "but stalled after funding from …": no noun opens the clause
    return head if 0 < len(head) <= 3 else []


def _phrase_start(sentence: Sentence, prep: int, clause: int, skip: set[int],
                  inner: bool) -> int | None:
    """Where the noun phrase before the preposition at ``prep`` opens: at its article
    or subordinator a few words back, after a comma or a date, or at the clause's start.
    ``inner``: the preposition of a phrase the noun itself is in ("at the plant in",
    "at state schools in"), or None when there is none."""
    words = sentence.words
    k = prep - 1
    while k >= 0 and prep - k <= 5 and sentence.clause_of[k] == clause and (
            words[k].lower not in ARTICLES and words[k].lower not in SUBORDINATORS):
        if k < prep - 1 and ("," in sentence_gap(sentence, k) or k in skip):
            return None if inner else k  # "Last week, nurses in Bavaria": opens after it
        if inner and k < prep - 1 and words[k].lower in PREPOSITIONS and words[
                k].lower.isascii():
            return k
        k -= 1
    if not inner:
        return k
    if k >= 1 and words[k].lower in ARTICLES and words[k - 1].lower in PREPOSITIONS and (
            sentence.clause_of[k - 1] == clause and words[k - 1].lower.isascii()
            and words[k - 1].lower not in SUBORDINATORS
            and "," not in sentence_gap(sentence, k - 1)):
        return k - 1  # "workers at the plant in …"
    return None


def shared_subject(sentence: Sentence, verb: int, skip: set[int], depth: int = 0) -> list[int]:
    """The subject a coordinated verb shares with the first verb of its sentence:
    "Hungarian police boarded the aircraft … and arrested him" -> "Hungarian police";
    "Garnier was suspended after the crash and charged" -> "Garnier"."""
    words = sentence.words
    i = verb - 1
    while i >= 0 and (words[i].lower in SKIP_BEFORE_VERB or i in skip):
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
                w.lower in AUXILIARIES or finite(sentence, v)):  # not "a televised address"
            return subject_at(sentence, v, skip) or shared_subject(sentence, v, skip, depth + 1)
    return []
