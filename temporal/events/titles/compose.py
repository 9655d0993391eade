"""`make_title`: the title put together from its parts, with the fallbacks between them.

The parts (subject, predicate, noun titles, pronouns, dates, which-one) each read
one thing of the sentence; this module decides which part speaks for a
trigger: a verb's subject or a noun's modifiers, then its predicate; a pronoun
replaced by whom it stands for; a bare noun filled from its relative clause, its
clause or a fuller mention of its kind; the ends cleaned last.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from ..lexicon import ARTICLES, IRREGULAR_PAST, PREPOSITIONS
from ..sentences import Sentence, split
from ..triggers import Trigger
from .calendar_words import dated_words
from .cleanup import drop_opening, without_repeats
from .nouns import clause_title, modifiers, relative_after
from .place_triggers import clause_words, named_trigger
from .predicate import object_relative, predicate_words
from .pronouns import main_subject, reporter_of, thing_before
from .subject import shared_subject, subject_at, trigger_subject
from .which_one import which_one
from .word_classes import MAX_WORDS, POSS, PRONOUNS, finite, may_modify

_PARTICIPLE_AUX = {"having", "being"}
_POSSESSIVE = {"his", "her", "their", "its"}
_NEGATIONS = {"no", "none", "nobody", "nothing", "neither"}
_OBJECT_PRONOUN = re.compile(r" (?:him|her)\b")
_LOOSE_ENDS = PREPOSITIONS | ARTICLES | {"and", "or", "but", "to"}
_CYRILLIC = re.compile("[а-яёіїєґ]")
_CYRILLIC_VERB = re.compile("[а-яёіїєґ]{3,}(?:ся|сь|ть|ють|ять|ут|ют|ят)$")


def make_title(text: str, sentence: Sentence, trigger: Trigger, skip: set[int],
               others: list[Trigger] = (), antecedent: Callable[[], str] | str = "") -> str:
    """At most ten words of the sentence, in its order: subject, trigger, object.

    A bare noun ("that strike") borrows the modifiers and phrase of a fuller
    mention of its kind in the same sentence ("drone attack on the Kupol
    factory"), with its own word as the head. ``antecedent``: the person the
    article last named, or what finds it (asked only when a pronoun needs it).
    """
    skip = skip | dated_words(sentence)
    if named_trigger(text, sentence, trigger):
        return clause_words(sentence, trigger, skip)  # "وزارة الصحة في غزة …": not "Gaza"
    title = _title(sentence, trigger, skip)
    first = title.split(" ", 1)
    if not trigger.noun and first[0].casefold() in PRONOUNS and len(first) > 1:
        # "He was extradited to Idaho": the person the article last named; "boarded the
        # aircraft after it landed": the thing the main clause acted on
        person = (reporter_of(sentence, trigger, skip) or _asked(antecedent)) if first[
            0].casefold() in ("he", "she") else (
            thing_before(sentence, trigger) or main_subject(sentence, trigger, skip)
            or reporter_of(sentence, trigger, skip)
            or (_previous_subject(text, sentence) if sentence.words[0].lower == "it"
                and first[0].casefold() == "it" else ""))
        title = _within_budget(person, first[1]) if person else first[1]
    if _OBJECT_PRONOUN.search(title) and _asked(antecedent) not in title:
        title = _object_named(title, _asked(antecedent))
    if not trigger.noun and first[0].casefold() in _PARTICIPLE_AUX:
        # "…, having last talked in 2022": the participle's subject is its main clause's
        main = [o for o in others if not o.noun and o.first < trigger.first]
        subject = trigger_subject(sentence, main[-1], skip) if main else []
        rest = title.split(" ", 1)[1] if " " in title else title
        title = " ".join(filter(None, [sentence.phrase(subject), rest]))
    if trigger.noun and len(title.split()) < 3:
        title = relative_after(sentence, trigger, skip, title) or title
    if trigger.noun and len(title.split()) < 3:
        title = clause_title(sentence, trigger, skip) or title
    owner = sentence.words[trigger.first - 1].lower if trigger.first else ""
    people = [a for a in (sentence.names[0] if sentence.names else []) if " " not in a
              or a.split()[-1][:1].isupper()]
    if trigger.noun and len(title.split()) < 2 and owner in _POSSESSIVE and not people:
        people = [_asked(antecedent)] if _asked(antecedent) else []  # "since his arrest"
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
        title = which_one(text, sentence, trigger, title)
    title = drop_opening(without_repeats(title))
    return title[:1].upper() + title[1:]


def _asked(antecedent: Callable[[], str] | str) -> str:
    return antecedent() if callable(antecedent) else antecedent


def _object_named(title: str, person: str) -> str:
    """"Police took him into custody": the person the article last named, as the
    object too ("her" only where it is an object: at the end or before a preposition,
    not "her home")."""
    words = title.split(" ")
    for n, word in enumerate(words[1:], 1):
        after = words[n + 1].casefold() if n + 1 < len(words) else ""
        if word == "him" or word == "her" and (not after or after in PREPOSITIONS):
            words[n] = person
            break
    return " ".join(words)


def _indices(sentence: Sentence, trigger: Trigger, skip: set[int]) -> list[int]:
    if trigger.noun and not _verbal(sentence, trigger):
        before = modifiers(sentence, trigger, skip)
    else:
        before = _participle_subject(sentence, trigger, skip) or trigger_subject(
            sentence, trigger, skip) or shared_subject(sentence, trigger.first, skip)
    after = predicate_words(sentence, trigger, skip, MAX_WORDS - len(before))
    indices = sorted(set(before) | set(after))
    words = sentence.words
    glued = sum(words[k].lower in POSS for k in indices)  # "country's" is one word
    indices = indices[:MAX_WORDS + glued]
    first = indices[0] if indices else 0
    if (first and _CYRILLIC.match(words[first].lower) and words[first - 1].lower in PREPOSITIONS
            and first - 1 not in skip and len(indices) < MAX_WORDS
            and sentence.clause_of[first - 1] == sentence.clause_of[first]):
        indices.insert(0, first - 1)  # "У Харкові пролунали вибухи": a place keeps its preposition
    while len(indices) > 1 and sentence.words[indices[0]].lower in ("’s", "'s", "and", "or"):
        indices.pop(0)
    return indices


def _within_budget(subject: str, rest: str) -> str:
    """A pronoun's replacement and the rest of the title in at most ten words: the
    subject's head words first ("security agency"), then the rest cut after a word
    that may end a title."""
    words = rest.split(" ")
    head = subject.split(" ")
    while len(head) > 2 and len(head) + len(words) > MAX_WORDS:
        head.pop(0)
    words = words[:MAX_WORDS - len(head)]
    while len(words) > 1 and words[-1].casefold() in _LOOSE_ENDS:
        words.pop()
    return " ".join([*head, *words])


def _previous_subject(text: str, sentence: Sentence) -> str:
    """"The hearing followed a tense week. It opened on Monday": "it" opening a
    sentence is the thing the sentence before was about, its subject when that opens
    it and is a noun (not a name, not another pronoun) in the same paragraph."""
    start = max(text.rfind("\n", 0, sentence.start), sentence.start - 400, 0)
    before = split(text[start:sentence.start])
    if not before:
        return ""
    last = before[-1]
    verb = next((v for v in range(len(last.words)) if finite(last, v)
                 or last.words[v].lower in ("is", "was", "were", "are")), None)
    subject = subject_at(last, verb, set()) if verb else []
    if not subject or subject[0] > 1 or any(
            last.words[j].lower in PRONOUNS or last.words[j].lower in _NEGATIONS
            or last.words[j].text[:1].isupper() and j for j in subject):
        return ""  # the subject must open its sentence: not a relative clause's, not "No one"
    return last.phrase(subject)


def _participle_subject(sentence: Sentence, trigger: Trigger, skip: set[int]) -> list[int]:
    """"…, when a helicopter went down in fog near Kozani, killing five people": a
    participle set off by a comma says what the clause's subject did, not the name
    before it."""
    words, k = sentence.words, trigger.first
    if not (k and words[k].lower.endswith("ing") and "," in sentence.text_between[k - 1]):
        return []
    verbs = [v for v in range(k - 1) if finite(sentence, v)
             and sentence.clause_of[v] == sentence.clause_of[k - 1]]
    subject = subject_at(sentence, verbs[-1], skip) if verbs else []
    return [] if any(words[j].lower in PRONOUNS for j in subject) else subject


def _verbal(sentence: Sentence, trigger: Trigger) -> bool:
    """A guessed trigger read as a noun that is a past verb after its subject ("Two
    children have since died"): its title is the verb's."""
    w = sentence.words[trigger.first]
    if _CYRILLIC_VERB.search(w.lower) and not may_modify(sentence.words[trigger.first - 1].lower
                                                         if trigger.first else ""):
        return True  # "Занятия возобновятся": a verb, whatever the lexicon took it for
    return (trigger.family == "guess" and w.text[:1].islower()
            and (w.lower in IRREGULAR_PAST or w.lower.endswith("ed"))
            and not (trigger.first and sentence.words[trigger.first - 1].lower in ARTICLES))


def _title(sentence: Sentence, trigger: Trigger, skip: set[int]) -> str:
    indices = _indices(sentence, trigger, skip)
    title = sentence.phrase(indices)
    if not trigger.noun and indices and indices[-1] == trigger.last:
        thing = object_relative(sentence, trigger, indices, skip)
        if thing:
            title = f"{title} {thing}"  # "…, which the union rejected": the offer
    return title
