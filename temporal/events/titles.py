"""Titles in the analysts' style: who did what (where), from the sentence's words.

Why not the clause: a clause carries its date, its reporting frame and its
asides ("Elsewhere on Friday, Chancellor Weber and her Danish counterpart..."),
which the analyst deletes every time. The title keeps the
subject's names, the trigger and what follows it up to the clause's end,
without articles, dates or asides, at most ten words, cut before a phrase
that would not fit whole.
"""
from __future__ import annotations

from .foreign_lexicon import ADJECTIVE
from .foreign_lexicon import lookup as foreign_lookup
from .lexicon import (
    ARTICLES,
    AUXILIARIES,
    CLAUSE_WORDS,
    FUNCTION,
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


def sentence_gap(sentence: Sentence, i: int) -> str:
    """The characters between word i and the next (a comma ends a phrase)."""
    words = sentence.words
    if i + 1 >= len(words):
        return ""
    return sentence.text_between[i]


def _subject(sentence: Sentence, trigger: Trigger, skip: set[int]) -> list[int]:
    words, clause = sentence.words, sentence.clause_of[trigger.first]
    i = trigger.first - 1
    while i >= 0 and sentence.clause_of[i] == clause and (
            words[i].lower in _SKIP_BEFORE_VERB or i in skip):
        i -= 1
    picked: list[int] = []
    while i >= 0 and sentence.clause_of[i] == clause and i not in skip:
        w = words[i].lower
        if picked and "," in sentence_gap(sentence, i) and len(picked) > 1:
            break
        said = REPORTING_FORMS.get(w, ("", "base"))[1] != "base"
        if w in CLAUSE_WORDS or said or (w in PREPOSITIONS and w != "of"):
            break
        picked.append(i)
        i -= 1
    picked.reverse()
    if picked and i >= 0 and words[i].lower in PREPOSITIONS and words[i].lower.isascii():
        head = _head_before(sentence, i, clause)
        if head:
            return head  # "a transmission line near the city of Ostra overheated"
    if picked and i >= 0 and words[i].lower in PREPOSITIONS and not words[i].lower.isascii():
        # "После атаки аэропорт Ижевска приостановил": without commas, the subject
        # starts after the happening the preposition governs
        governed = [n for n, k in enumerate(picked) if words[k].lower in TRIGGERS
                    or foreign_lookup(words[k].lower)]
        if governed:
            picked = picked[governed[0] + 1:]
    picked = [k for k in picked if words[k].lower not in _DROP]
    if any(words[k].text[:1].isupper() for k in picked):
        picked = [k for k in picked if not words[k].lower.isdigit()]  # "Kohberger, 30,"
    if len(picked) >= 2:
        named = _named(sentence, picked)
        if named and (named[-1] == picked[-1] or len(picked) > MAX_SUBJECT):
            return named
    if len(picked) > MAX_SUBJECT:
        names = [k for k in picked if (words[k].text[:1].isupper() or words[k].lower == "and")
                 and words[k].lower not in _TITLE_WORDS]
        while names and words[names[0]].lower == "and":
            names.pop(0)
        picked = names[-MAX_SUBJECT:] if names else picked[-MAX_SUBJECT:]
    while picked and words[picked[0]].lower in ("and", "or", "but"):
        picked.pop(0)
    return picked


def _head_before(sentence: Sentence, prep: int, clause: int) -> list[int]:
    """The noun phrase a phrase after a subject belongs to: "a trawler carrying up to
    750 people" -> "trawler", "a transmission line near the city of Ostra" ->
    "transmission line". Only when a determiner opens it a few words back and the
    words up to the phrase are plain lower-case words (a participle ends the noun)."""
    words = sentence.words
    k = prep - 1
    while k >= 0 and prep - k <= 5 and sentence.clause_of[k] == clause and (
            words[k].lower not in ARTICLES):
        if "," in sentence_gap(sentence, k):
            return []
        k -= 1
    if k < 0 or words[k].lower not in ARTICLES or sentence.clause_of[k] != clause:
        return []
    head = []
    for j in range(k + 1, prep):
        w = words[j]
        if w.lower.endswith("ing") or w.lower in FUNCTION:
            break
        if not (w.text[:1].islower() and w.lower.isalpha()):
            return []
        head.append(j)
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
        return [before[-1][-1], and_at, last[-1]]  # surnames, as analysts write them
    return [last[-1]]


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
    while (i >= 0 and sentence.clause_of[i] == clause and i not in skip and len(picked) < 3
           and words[i].lower not in FUNCTION and words[i].lower not in PREPOSITIONS
           and _may_modify(words[i].lower)):
        picked.append(i)
        i -= 1
    return picked[::-1]


def _predicate(sentence: Sentence, trigger: Trigger, skip: set[int], budget: int) -> list[int]:
    words, clause = sentence.words, sentence.clause_of[trigger.first]
    picked = [k for k in range(trigger.first, trigger.last + 1) if words[k].lower not in _DROP]
    last_phrase = len(picked)  # the title may be cut back to here
    k = trigger.last + 1
    date_phrase = False  # after "an overnight": the date modifies a noun of its own
    while k < len(words) and sentence.clause_of[k] == clause:
        w = words[k].lower
        if "," in sentence_gap(sentence, k - 1) and (len(picked) > 1 or trigger.noun
                                                     or k - 1 in skip):
            break  # "talked in 2022, the Kremlin said": the phrase ends with its date
        if w in _STOP_AFTER or w in REPORTING_FORMS or (trigger.noun and w in AUXILIARIES):
            break
        if k in skip:
            while len(picked) > 1 and (words[picked[-1]].lower in PREPOSITIONS
                                       or words[picked[-1]].lower in _LEADS_TO_DATE):
                picked.pop()
            date_phrase = date_phrase or (k - 1 not in skip and words[k - 1].lower in ARTICLES)
            k += 1
            continue
        if date_phrase:
            break  # the noun a date modifies ("an overnight airstrike") and what follows it
            # belong to that noun, another happening's phrase, not to this title
        if w in PREPOSITIONS or w == "and":
            last_phrase = len(picked)
        if not _hedge(words, k):
            if len(picked) >= budget:
                picked = picked[:last_phrase] if last_phrase else picked[:budget]
                break
            picked.append(k)
        k += 1
    while picked and words[picked[-1]].lower in FUNCTION | PREPOSITIONS and len(picked) > 1:
        picked.pop()
    return picked


def make_title(text: str, sentence: Sentence, trigger: Trigger, skip: set[int],
               others: list[Trigger] = (), antecedent: str = "") -> str:
    """At most ten words of the sentence, in its order: subject, trigger, object.

    A bare noun ("that strike") borrows the modifiers and phrase of a fuller
    mention of its kind in the same sentence ("drone attack on the Kupol
    factory"), with its own word as the head.
    """
    title = _title(sentence, trigger, skip)
    first = title.split(" ", 1)
    if not trigger.noun and first[0].casefold() in _PRONOUNS and len(first) > 1:
        # "He was extradited to Idaho": the person the article last named
        person = antecedent if first[0].casefold() in ("he", "she") else ""
        title = f"{person} {first[1]}" if person else first[1]
    if not trigger.noun and first[0].casefold() in _PARTICIPLE_AUX:
        # "…, having last talked in 2022": the participle's subject is its main clause's
        main = [o for o in others if not o.noun and o.first < trigger.first]
        subject = _subject(sentence, main[-1], skip) if main else []
        rest = title.split(" ", 1)[1] if " " in title else title
        title = " ".join([*(sentence.words[k].text for k in subject), rest])
    if trigger.noun and len(title.split()) < 3:
        title = _clause_title(sentence, trigger, skip) or title
    owner = sentence.words[trigger.first - 1].lower if trigger.first else ""
    people = [a for a in (sentence.names[0] if sentence.names else []) if " " not in a
              or a.split()[-1][:1].isupper()]
    if trigger.noun and len(title.split()) < 2 and owner in _POSSESSIVE and people:
        title = f"{people[0].split()[-1]} {title}"  # "At his arraignment, Kohberger …"
    if trigger.noun and len(title.split()) < 3:
        for other in others:
            if other.noun and other.first != trigger.first and other.family == trigger.family:
                fuller = _indices(sentence, other, skip)
                words = [sentence.words[k].text if k != other.first else
                         sentence.words[trigger.first].text for k in fuller]
                if len(words) > len(title.split()):
                    title = " ".join(words)
                    break
    title = title or " ".join(sentence.words[k].text
                              for k in range(trigger.first, trigger.last + 1))
    title = _once(title)
    return title[:1].upper() + title[1:]


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
    if trigger.noun:
        before = _modifiers(sentence, trigger, skip)
    else:
        before = _subject(sentence, trigger, skip)
    after = _predicate(sentence, trigger, skip, MAX_WORDS - len(before))
    indices = sorted(set(before) | set(after))[:MAX_WORDS]
    while len(indices) > 1 and sentence.words[indices[0]].lower in ("’s", "'s", "and", "or"):
        indices.pop(0)
    return indices


def _title(sentence: Sentence, trigger: Trigger, skip: set[int]) -> str:
    title = " ".join(sentence.words[k].text for k in _indices(sentence, trigger, skip))
    return title.replace(" ’s", "’s").replace(" 's", "'s")
