"""Which happening each date belongs to: dating follows the clause.

A date premodifying a noun dates that noun ("the November strike"); one
right after a noun's preposition dates the noun ("a phone call on Tuesday");
otherwise it dates the happening of its own clause, verbs before nouns
("On Tuesday, Putin and Macron held talks"). A reporting verb ("Putin said
last week") is never an event: the article's sources speaking is not news of
its own, so a date attached to one dates nothing unless it passes to the
undated happening the report is about. "Since November" opens a period: the happening in
its clause is later, so it dates only an earlier one the sentence points back
to ("that strike"). Bare weekdays and "overnight" are resolved by the
expression finder (tense, story clock); lead happenings with no date at all
are the news of the publication day.

The clause is read with the grammar news is written in: a date inside an
"after"/"before" clause dates that clause, and one before it does not reach it
("walked out on Tuesday after the cabinet approved"); a "when" clause after a date
tells what happened then; a date after a verb put in doubt ("would march on
Saturday") or in a future clause dates nothing; a ranking's period ("the deadliest
strike this year") is no date; an interval before "after" ("a day after lawmakers
approved") places the clause it opens that much earlier; a past clause's month or
weekday without its year is the last one (`past_year`).
"""
from __future__ import annotations

import bisect
import datetime as dt
import re

from temporal.dates import DateParseError, EventDate
from temporal.expressions import TimeExpression

from .dedup import kind
from .lexicon import (
    ANAPHORIC,
    ARTICLES,
    AUXILIARIES,
    CLAUSE_WORDS,
    FUNCTION,
    IRREGULAR_PAST,
    PREPOSITIONS,
    SUBJECT_PRONOUNS,
    TRIGGERS,
)
from .sentences import Sentence
from .triggers import (
    QUANTITY,
    Trigger,
    guess_trigger,
    model_trigger,
    not_done,
    past_verbs,
)

DATED_TYPES = ("DATE", "TIME")
# Before a date, these open a period rather than date a happening: "since 2023",
# Russian "с 2023 года", Ukrainian "з 2023 року", Arabic "منذ 2023" ("from … to …"
# ranges are one expression, their preposition inside it).
OPENS_PERIOD = {"since", "until", "till", "с", "со", "з", "зі", "із", "منذ"}
LEAD_SENTENCES = 3  # the lead: its happenings are the news of the day
_POSTMODIFIER = {"on", "in", "for", "at", "of", "from", "during", "set"}
# Words that cannot stand between a date and the noun it modifies: "said Tuesday
# they support the deal" starts a new clause at "they".
_NOT_MODIFIERS = SUBJECT_PRONOUNS | AUXILIARIES | {"and", "or", "but", "that", "which",
                                                  "who"}
# ("first" ranks: "their first direct talks in five months" is no earlier happening)
_ANAPHORA = {"that", "previous", "earlier", "last", "prior"}


def usable(expression: TimeExpression) -> bool:
    """A calendar date an event can carry (not "currently", not a duration)."""
    return (expression.type in DATED_TYPES and expression.earliest is not None
            and expression.latest is not None
            and not expression.value.endswith("_REF"))


def expression_words(sentence: Sentence, expression: TimeExpression) -> list[int]:
    """The indices of the words the expression overlaps (words are sorted and apart)."""
    words, starts = sentence.words, sentence.word_starts
    first = max(0, bisect.bisect_right(starts, expression.start) - 1)
    if first < len(words) and words[first].end <= expression.start:
        first += 1
    return list(range(first, bisect.bisect_left(starts, expression.end)))


def _premodified(sentence: Sentence, span: list[int], options: list[Trigger]):
    for t in options:
        gap = sentence.words[span[-1] + 1:t.first]
        if any("," in sentence.text_between[k] for k in range(span[-1], t.first)):
            continue
        if t.noun and 0 <= t.first - span[-1] - 1 <= 3 and all(
                w.lower not in PREPOSITIONS and w.lower not in _NOT_MODIFIERS
                and w.lower not in CLAUSE_WORDS  # "in June 2022 while covering protests"
                and w.lower not in ("a", "an", "the") for w in gap  # "Last month a flight"
        ) and not past_verbs(sentence, list(range(span[-1] + 1, t.first))):
            # "the November strike"; but "on Friday imposed sanctions" dates the verb
            return t
    return None


def _postmodified(sentence: Sentence, span: list[int], options: list[Trigger]):
    """"a phone call on Tuesday", "last talked in 2022", "pleaded guilty Wednesday"."""
    words = sentence.words
    for t in options:
        between = words[t.last + 1:span[0]]
        if len(between) > 2 or t.last >= span[0]:
            continue
        deictic = words[span[0]].lower in ("last", "this")  # "a ceasefire last autumn"
        if all(w.lower in _POSTMODIFIER | ANAPHORIC for w in between) and (
                between or not t.noun or deictic):
            governs = t.noun and (not between or between[-1].lower in ("in", "on"))
            return ((governs and _governing_verb(sentence, t, options))
                    or (deictic and t.noun and _clause_verb(sentence, t, options))
                    or (t.noun and _setting(sentence, t, options)) or t)
    return None


_NOMINAL = {"since", "after", "before", "during", "until", "following", "amid"}


def _setting(sentence: Sentence, noun: Trigger, options: list[Trigger]) -> Trigger | None:
    """"Signed the agreement … at a brief ceremony in the afternoon": a noun after "at"
    is where the clause's happening took place, not a happening of its own; the
    happening is the clause's verb, when no comma cuts the noun off from it."""
    words = sentence.words
    for k in range(noun.first - 1, max(-1, noun.first - 4), -1):
        if words[k].lower == "at":
            verb = _clause_verb(sentence, noun, options)
            return verb if verb is not None and not any(
                "," in sentence.text_between[j] for j in range(verb.last, noun.first)) else None
        if words[k].lower not in ARTICLES and not (words[k].text.isalpha()
                                                   and words[k].text.islower()):
            return None
    return None


def _clause_verb(sentence: Sentence, noun: Trigger, options: list[Trigger]):
    """"It rejected an offer of a pay rise last Thursday": "last Thursday" after an
    object dates the clause's past-tense verb, unless the noun stands in a phrase of
    time of its own ("the worst fighting since a ceasefire last autumn")."""
    words, clause = sentence.words, sentence.clause_of[noun.first]
    for verb in options:
        if (verb.first < noun.first and not verb.noun and verb.tense == "past"
                and verb.family != "report" and sentence.clause_of[verb.first] == clause
                and not any(w.lower in _NOMINAL for w in words[verb.last + 1:noun.first])):
            return verb
    return None


def _governing_verb(sentence: Sentence, noun: Trigger, options: list[Trigger]):
    """"was convicted of assault in 2019", "tightened gun laws in 2021": a date
    after the object of a past-tense verb dates the verb; the noun names what
    was done (the crime, the laws), not when. Not after "for" ("reported a deficit
    for the spring quarter": the deficit is the quarter's, the report today's)."""
    words = sentence.words
    for k in range(noun.first - 1, max(-1, noun.first - 6), -1):  # "accepted a 9 percent
        if (sentence.clause_of[k] != sentence.clause_of[noun.first]  # pay rise on Friday"
                or "," in sentence.text_between[k]):
            return None
        verb = next((t for t in options if t.first == k and not t.noun
                     and t.tense == "past" and t.family != "report"), None)
        if verb is None and past_verbs(sentence, [k]):
            w = words[k]
            verb = Trigger(k, k, w.start, w.end, "guess", "past", False, False)
        if verb is not None:
            return verb
        if words[k].lower in PREPOSITIONS - {"of", "by", "to"} or words[k].lower in AUXILIARIES:
            return None  # "convicted of assault", "spoke by phone", "downgraded to a storm"
    return None


def _open(options: list[Trigger], span: list[int]):
    return [t for t in options if not (span[0] <= t.first <= span[-1])]


def strong_trigger(sentence: Sentence, expression: TimeExpression, span: list[int],
                   triggers: list[Trigger], used: set[int], skip: set[int]) -> Trigger | None:
    """The happening the expression is attached to by its position alone."""
    earlier = subordinate_before(sentence, span, sentence.clause_of[span[0]])
    options = _open([t for t in triggers if t.first not in used and t.first not in skip
                     and not t.blocked and t.family != "report" and t.first >= earlier], span)
    if span[0] > 0 and sentence.words[span[0] - 1].lower in OPENS_PERIOD:
        return None
    return _premodified(sentence, span, options) or _postmodified(sentence, span, options)


_ADVERBS = {"again", "also", "later", "only", "then", "back"}


def hypothetical_date(sentence: Sentence, span: list[int], triggers: list[Trigger]) -> bool:
    """"They would march again on Saturday": the date is that of a verb reported as
    not (yet) happening, so it dates nothing else in the sentence."""
    words = sentence.words
    for t in triggers:
        between = words[t.last + 1:span[0]]
        if (not t.noun and t.last < span[0] and len(between) <= 3
                and sentence.clause_of[t.first] == sentence.clause_of[span[0]]
                and all(w.lower in _ADVERBS | _POSTMODIFIER for w in between)):
            return t.blocked
    return False


def _heading(sentence: Sentence, span: list[int], options: list[Trigger]) -> Trigger | None:
    """"Monday, July 31: The province declares a health emergency": a date that opens
    its sentence before a colon heads a chronology's entry; the entry's happening (its
    first verb, else its first noun) is that day's, in the historical present as often
    as in the past."""
    words = sentence.words
    if span[0] != 0 or span[-1] + 1 >= len(words) or ":" not in sentence.text_between[
            span[-1]]:
        return None
    entry = sentence.clause_of[span[-1] + 1]
    told = [t for t in options if sentence.clause_of[t.first] == entry and t.family != "report"]
    return min(told, key=lambda t: (t.noun, t.first), default=None)


def trigger_for(sentence: Sentence, expression: TimeExpression, span: list[int],
                triggers: list[Trigger], used: set[int], skip: set[int],
                dated_clauses: set[int], dated_words: frozenset[int] = frozenset()
                ) -> Trigger | None:
    """The happening of the expression's clause, or None when it dates none.

    ``dated_clauses`` are the clauses with a date of their own: a reporting
    clause's date ("…, an official said Tuesday") passes to a happening of
    the sentence only when that happening has no date of its own.
    """
    words = sentence.words
    options = [t for t in triggers if t.first not in used and t.first not in skip
               and not t.blocked]
    since = span[0] > 0 and words[span[0] - 1].lower in OPENS_PERIOD
    if since:
        for t in options:
            if t.noun and t.family != "report" and any(
                    w.lower in _ANAPHORA for w in words[max(0, t.first - 2):t.first]):
                return t
        return None
    clause = sentence.clause_of[span[0]]
    if _appealed(sentence, span, triggers):
        return None
    planned = planned_for(sentence, span, options)
    if planned is not False:
        return planned
    if designated(sentence, span):
        return None  # "declared Thursday a day of mourning": the day named, not the naming's
    if any(words[k].lower == "according" and words[k + 1].lower == "to"
           for k in range(max(0, span[0] - 10), span[0] - 1)):
        return None  # "according to results published on Monday": the source's date
    if (span[0] > 1 and words[span[0] - 1].lower == "from" and expression.type == "DATE"
            and _thing(words[span[0] - 2])):
        return None  # "stole four crowns from the 17th century": the crowns' age
    if span[0] > 1 and words[span[0] - 1].lower == "for" and expression.type == "DATE" and (
            _WEEKDAY.fullmatch(expression.text.lower()) or expression.text[:1].isupper()):
        # "called a strike for Thursday": the day it is set for, not the call's; the
        # strike called is the happening set for it
        return _called_for(sentence, span, [t for t in triggers if t.first not in used])
    aside = _aside(sentence, span, options)
    if aside is not None:
        return aside
    heading = _heading(sentence, span, options)
    if heading is not None:
        return heading
    # "walked out on Tuesday after the cabinet approved the tax": what the date's
    # "after"/"before" clause reports happened at another time
    later = _subordinate_after(sentence, span, clause)
    # "was given 72 hours to leave after parliament voted on Tuesday": the vote's date
    earlier = subordinate_before(sentence, span, clause)
    options = [t for t in options if earlier <= t.first < later]
    skip = skip | set(range(later, len(words))) | set(range(earlier))
    # finite verbs before participles ("struck …, killing two"), then the nearest
    # and, of those, the ones the date is not cut off from by a comma ("smashed a window
    # at about 4 a.m., disabled an alarm": the date is the smashing's)
    near = sorted(options, key=lambda t: (t.tense == "ing" and not t.noun,
                                          _comma_between(sentence, t, span),
                                          abs(t.first - span[0])))
    mine = [t for t in near if sentence.clause_of[t.first] == clause]
    # "A drone struck the plant, an official said Tuesday": the news before its report;
    # a clause with a happening of its own, even one that did not happen ("Baku
    # refused to attend a round in October"), keeps its date to itself.
    reported = [t for t in near if t.family != "report" and not t.blocked
                and sentence.clause_of[t.first] not in dated_clauses
                and (t.first < span[0] or sentence.index < LEAD_SENTENCES)]
    if reported and (
            any(not_done(words, i) for i in range(len(words))
                if sentence.clause_of[i] == clause)
            or not mine and (any(sentence.clause_of[t.first] == clause
                                 and t.family != "report" for t in triggers)
                             or guess_trigger(sentence, span[0], skip, verbs_only=True))):
        reported = []
    negated_at = negation(sentence, clause, span[0])
    if negated_at is not None:
        # "Officials did not provide information Saturday on the girls at the retreat":
        # what follows the negation did not happen; the date passes only to a happening
        # before it, or reported, undated, elsewhere in the sentence
        before = [t for t in mine if t.family != "report" and t.first < negated_at]
        return (before or reported or [None])[0]
    # a past-tense verb of the clause, else the word the learned scorer prefers
    verb = (guess_trigger(sentence, span[0], skip | used, verbs_only=True)
            or model_trigger(sentence, span[0], skip | used))
    if verb is not None:  # a word of the lexicon keeps its kind ("strike": an attack)
        verb = next((t for t in triggers if t.first == verb.first), verb)
    if verb is None and not any(not t.noun for t in mine) and any(
            t.blocked and not t.noun and t.first < span[0]
            and sentence.clause_of[t.first] == clause for t in triggers):
        # "Under the agreement, pensions will rise from July": the clause's verb is what
        # may happen, so its date dates no noun of the clause either
        return None
    # "said Tuesday they support the deal": the statement, not a noun it mentions
    # ("reported that days ago, troops entered": after "that" the date opens the report's
    # content, so it dates what was reported)
    attached = [t for t in mine if t.family == "report"
                and 0 <= span[0] - t.last - 1 <= 1 and words[t.last + 1].lower != "that"]
    # ("said at a news conference on Wednesday": the report's setting, the same date)
    if attached:
        # "reported on Friday", "said Tuesday they support the deal": the date is the
        # report's, and the article's own reporting is no event. It passes only to a
        # happening reported before it whose clause has no date of its own.
        before = [t for t in near if t.family != "report" and t.first < attached[0].first
                  and (sentence.clause_of[t.first] == clause
                       or sentence.clause_of[t.first] not in dated_clauses)
                  and not _elaborates(sentence, t, dated_words)]
        # the reported clause's verb before a noun of its phrases ("Power was restored
        # to homes that lost electricity in a blackout, the operator said on Thursday")
        # (an infinitive goes last: "a cyberattack has shut the clinics' systems,
        # forcing them to turn patients away, the agency said": the attack, not what
        # it forced)
        before.sort(key=lambda t: (_infinitive(sentence, t), t.noun))
        if any(i < attached[0].first for i in dated_words - set(span)):
            before = []  # "made landfall late on Tuesday …, officials said on Wednesday"
        return before[0] if before else _reported_content(
            sentence, span, options, dated_words - set(span))
    if verb is not None and verb.family == "guess":
        verb = (_occurred(sentence, verb, mine) or _related(sentence, verb, triggers)
                or verb)
        coordinated = _lexicon_before(sentence, verb, options)
        if coordinated is not None:
            return coordinated
    for pool in (
            [t for t in mine if t.family != "report" and not t.noun and t.tense != "ing"],
            [verb] if verb and sentence.clause_of[verb.first] == clause else [],
            [t for t in mine if t.family != "report" and not t.noun],
            [t for t in mine if t.family != "report"],
            reported):
        if pool:
            return pool[0]
    return guess_trigger(sentence, span[0], skip | used)


_CALLS = {"called", "call", "calls", "calling"}


def _called_for(sentence: Sentence, span: list[int], options: list[Trigger]) -> Trigger | None:
    """"The unions have called a general strike for Monday": in the present perfect the
    call is a standing state and the news is what it set, so the happening's noun it
    sets for the day (its object, right before "for") is what the day dates, though a
    call for a strike is no strike yet (the noun is blocked in the lexicon's reading).
    "The union called a strike for Thursday" tells the call, dated apart; anything else
    before "for" (a date a forecast or a plan is for) dates nothing."""
    words = sentence.words
    noun = next((t for t in options if t.noun and t.family != "report"
                 and t.last == span[0] - 2), None)
    if noun is None:
        return None
    k = noun.first - 1
    while k >= 0 and k > noun.first - 4 and words[k].lower not in _CALLS and (
            words[k].lower in ARTICLES or words[k].lower == "another"
            or words[k].text.islower() and words[k].lower not in FUNCTION):
        k -= 1  # "a nationwide warning strike", "another march"
    return noun if k > 0 and words[k].lower in _CALLS and words[k - 1].lower in (
        "have", "has") else None


def _appealed(sentence: Sentence, span: list[int], triggers: list[Trigger]) -> bool:
    """"Called on supporters to gather in the capital on Wednesday", "urged residents to
    leave by Friday": a date in the infinitive after words of appeal is the day of
    what was asked for, which has not happened; it dates nothing."""
    words, clause = sentence.words, sentence.clause_of[span[0]]
    for k in range(span[0] - 1, max(0, span[0] - 10), -1):
        if sentence.clause_of[k] != clause:
            return False
        if (words[k].lower == "to" and k + 1 < span[0] and words[k + 1].text.isalpha()
                and words[k + 1].text.islower() and words[k + 1].lower not in ARTICLES):
            return any(t.family == "report" and not t.noun and 0 < k - t.last <= 5
                       for t in triggers)
    return False


# "the vote scheduled for Tuesday", "концерты, намеченные на 4 июля": the participle
# puts the date on the planned thing; it is not the date of the clause's verb.
_PLANNED = re.compile(r"(?:scheduled|planned|slated|set|due|"
                      r"намечен|запланирован|назначен|запланован|призначен|намічен)\w*$")
# Verbs that undo a plan: what they undo did not happen on its date.
_UNDO = re.compile(r"(?:cancel|postpon|call(?:s|ed|ing)? off|scrap|delay|"
                   r"отмен|перенес|перенос|скасов|скасув|відклад|віднес|перенес)")


def planned_for(sentence: Sentence, span: list[int], triggers: list[Trigger]
                ) -> Trigger | None | bool:
    """The planned thing a date after a planning participle belongs to: the
    happening-noun just before the participle ("the hearing set for July 23"),
    or None when the clause's verb undoes the plan ("cancelled the concerts
    planned for 4 July": the concerts did not take place, and the cancelling
    is not on their date). The date is the participle's in any case: it dates
    no other word of the clause. False when it follows no such participle."""
    words = sentence.words
    k = span[0] - 1
    if k > 0 and words[k].lower in ("for", "on", "in", "at", "на", "у", "в", "to"):
        k -= 1
    if k < 1 or not _PLANNED.match(words[k].lower) or (
            words[k].lower in ("set", "due") and words[k + 1].lower not in ("for", "on")
    ) or "as" in (w.lower for w in words[max(0, k - 2):k]):
        return False  # "began as (previously) planned Saturday night": the beginning's date
    clause_start = next(i for i in range(len(words))
                        if sentence.clause_of[i] == sentence.clause_of[span[0]])
    head = " ".join(w.lower for w in words[max(0, clause_start - 12):k])
    if _UNDO.search(head):
        return None
    nouns = [t for t in triggers if t.noun and t.family != "report" and not t.blocked
             and 0 < k - t.last <= 2]
    return nouns[-1] if nouns else None


_NAMING = {"declared", "declares", "declare", "named", "proclaimed", "designated", "made"}
# Whether a sentence may hold such a day at all, before its words are read.
NAMING_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(_NAMING))})\s", re.IGNORECASE)


def designated(sentence: Sentence, span: list[int]) -> bool:
    """"The government declared Thursday a day of national mourning": a day that is
    the object of a naming verb, followed by what it is named, is the named day; it
    does not date the naming."""
    words = sentence.words
    k, after = span[0] - 1, span[-1] + 1
    return (k >= 0 and words[k].lower in _NAMING and after + 1 < len(words)
            and words[after].lower in ("a", "an", "as")
            and any(w.lower in ("day", "days", "holiday") for w in words[after:after + 5]))


_OCCUR = {"happened", "occurred", "came"}
_DISCOVERED = {"detected", "discovered", "spotted", "noticed"}


def _occurred(sentence: Sentence, verb: Trigger, mine: list[Trigger]) -> Trigger | None:
    """"The collapse happened early on Wednesday", "the talks took place in Geneva": a
    verb of occurring says when its subject happened; the happening is the subject."""
    words = sentence.words
    w = words[verb.first].lower
    discovered = w in _DISCOVERED and verb.first > 0 and words[verb.first - 1].lower in (
        "was", "were")  # "the attack was detected early on Tuesday": found as it happened
    if w not in _OCCUR and not discovered and not (w == "took" and verb.first + 1 < len(words)
                                and words[verb.first + 1].lower == "place") and not (
            # "More than 40 aftershocks followed, the strongest early on Tuesday": with no
            # object, "followed" says its subject happened next
            w == "followed" and (verb.first + 1 == len(words)
                                 or "," in sentence.text_between[verb.first])):
        return None
    subjects = [t for t in mine if t.noun and t.family != "report" and not t.blocked
                and t.last < verb.first and verb.first - t.last <= 4]
    if subjects and discovered:  # the trigger runs to the verb: "outbreak was detected"
        t = subjects[-1]
        return Trigger(t.first, verb.first, t.start, words[verb.first].end, t.family,
                       t.tense, t.noun, t.blocked)
    return subjects[-1] if subjects else None


# Verbs that relate one happening to another: "the decision followed the arrest of two
# citizens last month", "the raid came after a tip-off", "the killing prompted protests".
_RELATION = {"followed", "preceded", "prompted", "triggered", "sparked", "caused", "came",
             "led"}
_RELATION_LINKS = {"after", "before", "to", "the", "a", "an", "this", "that", "its", "his",
                   "her", "their"}


def _related(sentence: Sentence, verb: Trigger, triggers: list[Trigger]) -> Trigger | None:
    """The happening named as the object of a verb of relation: its own date dates it
    (the relation verb tells no happening)."""
    words = sentence.words
    if words[verb.first].lower not in _RELATION:
        return None
    k = verb.last + 1
    while k < len(words) and k <= verb.last + 3 and words[k].lower in _RELATION_LINKS:
        k += 1
    return next((t for t in triggers if t.first == k and t.noun and not t.blocked
                 and t.family != "report"), None)


def _lexicon_before(sentence: Sentence, verb: Trigger,
                    options: list[Trigger]) -> Trigger | None:
    """"The president condemned the strike and renewed his call … on Tuesday": two verbs
    of one subject share the date at the end; the one the lexicon knows for a
    happening is the news, the other (outside it) its detail."""
    words = sentence.words
    for t in options:
        if (t.noun or t.family == "report" or t.tense != "past" or t.first >= verb.first
                or verb.first - t.last > 12):
            continue
        between = [w.lower for w in words[t.last + 1:verb.first]]
        if (between.count("and") == 1 and not any(w in CLAUSE_WORDS for w in between)
                and not any("," in sentence.text_between[k] for k in range(t.last, verb.first))
                and not past_verbs(sentence, list(range(t.last + 1, verb.first)))):
            return t
    return None


def _thing(word) -> bool:
    """A plain lower-case noun-looking word that names no happening ("crowns")."""
    w = word.lower
    return (word.text[:1].islower() and w.isalpha() and w not in TRIGGERS
            and not w.endswith("ed") and w not in IRREGULAR_PAST and w not in AUXILIARIES
            and w not in PREPOSITIONS)


def _comma_between(sentence: Sentence, t: Trigger, span: list[int]) -> bool:
    a, b = (t.last, span[0]) if t.last < span[0] else (span[-1], t.first)
    return any("," in sentence.text_between[k] for k in range(a, b))


def aside_bounds(sentence: Sentence, span: list[int]) -> tuple[int, int] | None:
    """The first and last word of the short aside set off by commas that holds the
    date, or None: an aside is short and coordinates nothing."""
    words, between = sentence.words, sentence.text_between
    start = next((k + 1 for k in range(span[0] - 1, -1, -1) if "," in between[k]), None)
    end = next((k for k in range(span[-1], len(words) - 1) if "," in between[k]), None)
    if (start is None or end is None or start == 0 or end - start > 9
            or words[start].lower in ("and", "but", "or")):
        return None
    return start, end


def _aside(sentence: Sentence, span: list[int], options: list[Trigger]) -> Trigger | None:
    """"The bridge, built in 1974, had been closed since October", "The package, the
    14th since the invasion in February 2022, was approved": a date in an aside set
    off by commas on both sides dates the happening told inside the aside."""
    words = sentence.words
    bounds = aside_bounds(sentence, span)
    if bounds is None:
        return None
    start, end = bounds
    inside = [t for t in options if start <= t.first <= end and t.family != "report"
              and not (span[0] <= t.first <= span[-1])]
    if inside:
        return min(inside, key=lambda t: (t.noun, abs(t.first - span[0])))
    verbs = past_verbs(sentence, [k for k in range(start, end + 1) if k not in span])
    if verbs:
        w = words[verbs[0]]
        return Trigger(verbs[0], verbs[0], w.start, w.end, "guess", "past", False, False)
    return None


def _elaborates(sentence: Sentence, t: Trigger, dated_words: frozenset[int]) -> bool:
    """"Made landfall late on Tuesday, tearing roofs off and cutting power, officials
    said on Wednesday": participles after a dated verb tell what it did, then; the
    report's date is not theirs."""
    return (not t.noun and t.tense == "ing" and any(i < t.first for i in dated_words)
            and any("," in sentence.text_between[k] for k in range(min(dated_words), t.first)))


_SUBORDINATORS = {"after", "before", "until", "since"}


def subordinate_before(sentence: Sentence, span: list[int], clause: int) -> int:
    """Where the "after"/"before" clause that holds the date starts (0 when the date
    is in no such clause): what the clause's main verb reports, before that word,
    happened at another time."""
    words = sentence.words
    for i in range(span[0] - 1, 0, -1):
        if sentence.clause_of[i] != clause:
            break
        if words[i].lower in _SUBORDINATORS and _opens_clause(sentence, i, span[0]):
            return i + 1
    return 0


def when_clause(sentence: Sentence, span: list[int], triggers: list[Trigger],
                used: set[int], skip: set[int], spans: list[list[int]] = ()
                ) -> Trigger | None:
    """"Heaviest on Saturday night, when a bridge collapsed", "since 1997, when 100
    died": a "when" clause after a date says what happened at that time. Not when
    the clause has a date of its own ("began last year, when the ministers met in
    Vienna in October"): its happening is that date's, and the first date is the
    main clause's."""
    words = sentence.words
    k = span[-1] + 1
    if k + 1 >= len(words) or words[k].lower != "when" or "," not in sentence.text_between[
            span[-1]]:
        return None
    if any(other and other[0] > k and sentence.clause_of[other[0]] == sentence.clause_of[k]
           and not any("," in sentence.text_between[j] for j in range(k, other[0]))
           for other in spans):  # (before its comma: "…, protesters were calmer Friday")
        return None
    at = span[0] - 1 - (span[0] > 1 and words[span[0] - 1].lower in ("on", "at", "in"))
    if at >= 0 and words[at].lower not in _OCCUR:
        # "was detected in the early hours of Tuesday": the verb before the time's phrase
        at = next((j for j in range(span[0] - 1, max(-1, span[0] - 7), -1)
                   if words[j].lower in _DISCOVERED), at)
        if any("," in sentence.text_between[j] for j in range(at, span[0])):
            at = -1
    if at >= 0 and (words[at].lower in _OCCUR or words[at].lower in _DISCOVERED):
        # "The breakthrough came on Wednesday night, when the governor joined the talks":
        # the subject of the verb of occurring is what happened then; the "when" clause
        # tells how
        subject = _occurred(sentence, Trigger(at, at, 0, 0, "guess", "past", False, False),
                            [t for t in triggers if t.first not in used])
        if subject is not None:
            return subject
    clause = sentence.clause_of[k]
    inside = [t for t in triggers if sentence.clause_of[t.first] == clause and t.first > k
              and not t.blocked and t.family != "report" and t.first not in used]
    verbs = [t for t in inside if not t.noun]
    if verbs:
        first = min(verbs, key=lambda t: t.first)
        return (_harm_before_date(sentence, span, triggers, used) if first.family == "death"
                else None) or first
    # its subject ("when Wall Street's plunge helped…"), else its verb before a noun
    # of its phrases ("when a walkout ended with a raise")
    verb = guess_trigger(sentence, k + 1, skip | used, verbs_only=True)
    if verb is not None and sentence.clause_of[verb.first] == clause and not any(
            t.first < verb.first for t in inside):
        return verb
    return min(inside, key=lambda t: t.first) if inside else verb


_HARM_REACH = 4  # words from the harm to its date ("was last hit this hard in 2010")


def _harm_before_date(sentence: Sentence, span: list[int], triggers: list[Trigger],
                      used: set[int]) -> Trigger | None:
    """"The province had its last big outbreak in 2023, when 300 people died": deaths in
    the "when" clause are what the harm the date belongs to did; that harm (an attack or
    a disaster, its noun or its verb, a few words before the date) is the happening ("the
    floods are the worst since 1997, when 100 died": today's floods are another)."""
    own = sentence.clause_of[span[0]]
    harms = [t for t in triggers if span[0] - _HARM_REACH <= t.first < span[0]
             and sentence.clause_of[t.first] == own
             and t.family in ("attack", "disaster") and not t.blocked and t.first not in used
             and sentence.words[t.last + 1].lower not in _BEING]
    return harms[-1] if harms else None


# "The last crash was in 2009, when a bus …": a harm that is only the subject of being
# or occurring is told by the "when" clause
_BEING = {"was", "were", "is", "are", "came", "occurred", "happened"}


_PERIOD_WORDS = {"this"}  # "since" periods have their own rule (`trigger_for`)
_RANKS = {"first", "second", "third", "fourth", "fifth", "worst", "best", "most", "largest",
          "biggest", "deadliest", "bloodiest", "heaviest", "highest", "lowest", "longest",
          "strongest", "greatest", "costliest", "record"}


def comparison_period(sentence: Sentence, span: list[int]) -> bool:
    """"The deadliest strike this year", "the second attack this month": the
    expression is the period a ranking is made over, not the time of a happening."""
    words = sentence.words
    start = span[0]
    if words[start].lower not in _PERIOD_WORDS:
        return False
    clause = sentence.clause_of[span[0]]
    for k in range(start - 1, max(-1, start - 9), -1):
        reduced = k and words[k - 1].text[:1].islower() and words[k - 1].lower not in (
            AUXILIARIES | SUBJECT_PRONOUNS)  # "the third plot foiled … this year"
        if sentence.clause_of[k] != clause or (past_verbs(sentence, [k]) and not reduced):
            return False
        if words[k].lower in _RANKS:
            return True
    return False


def _subordinate_after(sentence: Sentence, span: list[int], clause: int) -> int:
    """Where an "after"/"before" clause starts past the date in its clause (the
    sentence's length when there is none): "walked out on Tuesday after the cabinet
    approved a tax rise" dates the walkout, not the approval."""
    words = sentence.words
    for i in range(span[-1] + 1, len(words) - 1):
        if sentence.clause_of[i] != clause:
            break
        if words[i].lower in _SUBORDINATORS and _opens_clause(sentence, i, len(words)):
            return i
    return len(words)


def _opens_clause(sentence: Sentence, i: int, end: int) -> bool:
    """Whether "after"/"before" at word ``i`` opens a clause (a subject and a verb
    before word ``end``: "after videos appeared", "after the cabinet approved")
    rather than a phrase ("after the meeting", "after Monday")."""
    words = sentence.words
    if i + 1 >= end or words[i + 1].lower in ("this", "that") or words[i + 1].text[:1].isdigit():
        return False
    if words[i + 1].lower in ARTICLES | SUBJECT_PRONOUNS:
        return True
    if (words[i + 1].lower.endswith("ing") and len(words[i + 1].lower) > 5
            and words[i + 1].lower.isalpha() and i + 2 < end
            and words[i + 2].lower in ARTICLES | PREPOSITIONS):
        return True  # "escaped early on Thursday after sawing through the bars": how
    return bool(past_verbs(sentence, list(range(i + 2, min(end, i + 6)))))


def _reported_content(sentence: Sentence, span: list[int], options: list[Trigger],
                      other_dates: set[int]) -> Trigger | None:
    """"The office said on Thursday that it had opened an inquiry": a source that
    announces on a day what it did itself ("that it", "that they") announces a
    decision of that day. What a source reports of others ("said on Monday that a
    convoy was lost") may be older, and a content with a date of its own ("said
    on Monday that 200 had left since October") keeps that date."""
    words = sentence.words
    if (span[-1] + 2 >= len(words) or words[span[-1] + 1].lower != "that"
            or words[span[-1] + 2].lower not in SUBJECT_PRONOUNS - {"i", "you"}
            or any(i > span[-1] for i in other_dates)):
        return None
    return next((t for t in options if t.first > span[-1] and t.family != "report"
                 and not t.noun and t.tense == "past"), None)


_NEGATION = {"not", "never", "n't"}
_NEGATED_AUX = AUXILIARIES | {"did", "does", "do", "could", "would", "will", "can"}


def negation(sentence: Sentence, clause: int, before: int) -> int | None:
    """Where the clause's verb before word ``before`` is negated, if it is: an
    auxiliary then "not"/"never" ("did not provide", "has never met")."""
    words = sentence.words
    return next((i for i in range(1, before) if sentence.clause_of[i] == clause
                 and words[i].lower in _NEGATION and words[i - 1].lower in _NEGATED_AUX), None)


def companions(sentence: Sentence, span: list[int], chosen: Trigger, triggers: list[Trigger],
               used: set[int], skip: set[int]) -> list[Trigger]:
    """The other happenings one date governs: "On Monday, the ministers met in Geneva,
    signing a ceasefire" reports a meeting and an agreement, both on Monday. They are
    the lexicon verbs of the date's clause, of another kind than the one chosen (the
    deaths an attack caused are that attack: `dedup.kind`), that really
    happened (not hypothetical, not a report). Verbs coordinated after it ("broke
    in and stabbed them") mostly tell one happening twice, so they are left out.
    A date that modifies a noun ("the November strike") dates that noun alone, and
    a "since" date opens a period and governs none."""
    words = sentence.words
    if span[0] > 0 and words[span[0] - 1].lower in OPENS_PERIOD:
        return []
    if chosen.noun:
        return []  # "the November strike", "a call on Tuesday": the date is the noun's
    clause = sentence.clause_of[span[0]]
    later = _subordinate_after(sentence, span, clause)
    earlier = subordinate_before(sentence, span, clause)
    bounds = aside_bounds(sentence, span)
    if bounds is not None:  # "The bridge, built in 1974, had been closed": the aside's own
        earlier, later = max(earlier, bounds[0]), min(later, bounds[1] + 1)
    found = []
    for t in triggers:
        if not earlier <= t.first < later or _set_off(words, t):
            continue
        if (t.first in used or t.first in skip or t.blocked or t.family == "report"
                or t.noun or t.first == chosen.first or kind(t.family) == kind(chosen.family)
                or (t.first and words[t.first - 1].lower in ("have", "has"))):
            continue  # "… and commissions have met six times since": a tally to now
        if t.tense == "ing" and not t.noun and t.first < chosen.first < span[0]:
            continue  # "pounded the villages overnight, killing four, … in breach of a
            # truce that both sides signed three weeks ago", "a ship leaving port collided
            # late on Tuesday": a participle before the verb a later date dates is not
            # what that verb did
        if t.tense == "ing" and not t.noun and (kind(chosen.family) == "harm" or (
                chosen.family == "guess" and any(
                    "," in sentence.text_between[k] for k in range(chosen.last, t.first)))):
            # (and the participles joined to it: "…, delaying 200 flights and leaving
            # thousands stranded")
            # "tightened gun laws in 2021, banning rifles": what the verb did; "made
            # landfall, tearing roofs off and cutting power": what a disaster did
            continue
        if sentence.clause_of[t.first] == clause:
            found.append(t)
    found += _coordinated(sentence, chosen, triggers, used, skip)
    main = sentence.clause_of[chosen.first] == 0  # what the sentence's main verb set off
    found += [t for t in triggers if t.noun and not t.blocked and t.first not in used
              and earlier <= t.first < later and t.first > chosen.first
              and (main or sentence.clause_of[t.first] == clause)
              and kind(t.family) != kind(chosen.family)
              and any(w.lower in _CAUSES for w in words[max(0, t.first - 2):t.first])]
    return sorted(found, key=lambda t: t.first)


def _coordinated(sentence: Sentence, chosen: Trigger, triggers: list[Trigger],
                 used: set[int], skip: set[int]) -> list[Trigger]:
    """"Visited the site on Tuesday evening and suspended the head of the unit": a
    past-tense verb of the lexicon that opens the next clause right after "and", with
    no subject and no date of its own, and its object after it, shares the date of the
    verb it is coordinated with. Another happening only: a verb of the same kind tells
    the first one again, as may a verb beside one outside the lexicon ("broke in and
    stabbed them"), and a report or a verb put in doubt is no happening."""
    words = sentence.words
    if (chosen.noun or chosen.tense != "past" or chosen.family == "guess"
            or words[chosen.first].lower in QUANTITY):
        # a verb outside the lexicon has no kind to tell the two apart, nor has a verb
        # of quantities outside its sense ("climbed the fence and stabbed a guard")
        return []
    clause = sentence.clause_of[chosen.first]
    k = next((i for i in range(chosen.last + 1, len(words))
              if sentence.clause_of[i] != clause), None)
    if k is None or words[k - 1].lower != "and" or k in used or k in skip:
        return []
    if any(i in skip for i in range(k, len(words))
           if sentence.clause_of[i] == sentence.clause_of[k]):
        return []  # "… and returned on Friday": a date of its own
    hit = next((t for t in triggers if t.first == k), None)
    if hit is not None:
        if (hit.noun or hit.blocked or hit.family == "report" or hit.tense != "past"
                or hit.last != k or kind(hit.family) == kind(chosen.family)):
            return []
        after = words[k + 1] if k + 1 < len(words) else None
        if (after is None or "," in sentence.text_between[k] or after.lower == "to"
                or past_verbs(sentence, [k + 1])):
            # "overheated and tripped,": one failure told twice; "agreed to pull back":
            # what was agreed is still to happen; "ordered held": the order is the court's
            return []
        return [hit]
    return []


# "acquitted the officer on Monday, prompting protests": what the happening set off
# happened with it
_CAUSES = {"prompting", "sparking", "triggering", "causing", "provoking"}


def _set_off(words, t: Trigger) -> bool:
    return t.noun and any(w.lower in _CAUSES for w in words[max(0, t.first - 2):t.first])


_UNITS = {"D": 1, "W": 7}
_MEASURED = {"by", "for"}  # "by 60 days", "for two weeks": a length, not an interval
_FUTURE = {"will", "would", "could", "might", "may", "next", "shall", "expected", "due",
           "plans", "scheduled", "to", "set", "postponed", "adjourned", "delayed", "moved"}


def interval_before(text: str, sentence: Sentence, expression: TimeExpression,
                    reference: dt.date | None) -> tuple[int, int] | None:
    """"Police fired tear gas, a day after lawmakers approved the bill": an interval
    and "after" before a clause place that clause's happening the interval *before*
    the sentence's own time ("before": after it, negative days). Returns (days,
    index of "after"/"before") or None. The
    expression finder reads "a day after" as a day after the story's last date (an
    unknown day when it has named none), and "two days" as a duration; either way
    the interval is what counts."""
    words = sentence.words
    span = expression_words(sentence, expression)
    if not span:
        return None
    days = None
    if expression.text.lower().endswith(" after"):
        after = span[-1]
        if (reference is not None and expression.earliest is not None
                and expression.earliest == expression.latest):
            days = (expression.earliest - reference).days
        elif expression.earliest is None and re.match(r"(?:a|the|one)\s+day\b",
                                                      expression.text, re.I):
            days = 1  # counted from the happening that follows, whose day is unknown
    else:
        after = span[-1] + 1
        m = re.fullmatch(r"P(\d+)([DW])", expression.value or "")
        if after < len(words) and "," in sentence.text_between[span[-1]] or (
                span[0] and words[span[0] - 1].lower in _MEASURED):
            m = None  # "extended the emergency by 60 days, after a week of protests": the
            # extension's length, and the comma closes its clause
        if m and after < len(words) and words[after].lower in ("after", "before"):
            days = int(m.group(1)) * _UNITS[m.group(2)]
    if (not days or days < 0 or after + 1 >= len(words)
            or words[after].lower not in ("after", "before")):
        return None
    if words[after + 1].text[:1].isdigit():
        return None  # "two days after 3 May" is a date, which the finder reads
    # "a week before the elections": what follows is that much later (a negative interval)
    return (days if words[after].lower == "after" else -days), after


_WEEKDAY = re.compile(r"(?:on )?(?:mon|tues|wednes|thurs|fri|satur|sun)day"
                      r"(?: (?:morning|afternoon|evening|night))?")


def past_year(date: EventDate, expression: TimeExpression, sentence: Sentence,
              span: list[int], triggers: list[Trigger], reference: dt.date | None
              ) -> EventDate:
    """"Who survived a confidence vote in June", "talks since a clash in November",
    written in November: a month or day without its year, in a clause that tells of
    the past, is the last one before the publication day, not the next; and a bare
    weekday so told is last week's."""
    if (reference is None or date.earliest is None or date.earliest <= reference
            or re.search(r"\d{4}", expression.text)
            or not re.fullmatch(r"\d{4}-\d{2}(-\d{2}(T(MO|AF|EV|NI))?)?",
                                expression.value or "")):
        return date  # (a part of a day too: "met … on Thursday evening and promised to …")
    words = sentence.words
    clause = sentence.clause_of[span[0]]
    start = next(i for i in range(len(words)) if sentence.clause_of[i] == clause)
    before = range(start, span[0])
    if any(words[i].lower in _FUTURE for i in before) or words[span[0] - 1].lower == "for":
        return date  # "will meet in June", "set the hearing for July 23"
    told = [t for t in triggers if t.first in before and t.tense == "past" and not t.noun
            and t.family != "report"]
    if not (told or past_verbs(sentence, list(before))
            or any(words[i].lower == "since" for i in before)):
        return date
    if expression.rule == "story_part_of_day":
        # "Police arrested two men later in the morning" after a quote's "by tomorrow":
        # a part of a day names no day of its own, and a past happening is no later than
        # the publication day; it is not a year back
        return EventDate.from_span(reference, reference, "day")
    try:
        if _WEEKDAY.fullmatch(expression.text.lower()):
            # "signed an agreement on Sunday that will make…": last Sunday, not next
            day = date.earliest - dt.timedelta(days=7)
            return EventDate.from_span(day, day, "day") if day <= reference else date
        return EventDate.from_value(f"{int(expression.value[:4]) - 1}{expression.value[4:]}")
    except (DateParseError, ValueError):
        return date


def when_year(date: EventDate, expression: TimeExpression, sentence: Sentence,
              span: list[int], mine: list[TimeExpression], spans: list[list[int]]
              ) -> EventDate:
    """"The talks began last year, when the ministers met in Vienna in October": a month
    or day without its year, in a "when" clause that tells what happened in a year just
    named, is in that year (October of last year, not the last October before the
    publication day)."""
    words = sentence.words
    if (re.search(r"\d{4}", expression.text)
            or not re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", expression.value or "")):
        return date
    for outer, other in zip(mine, spans):
        k = other[-1] + 1 if other else 0
        if (not other or k >= span[0] or words[k].lower != "when"
                or "," not in sentence.text_between[other[-1]]
                or any("," in sentence.text_between[j] for j in range(k, span[0]))
                or not re.fullmatch(r"\d{4}", outer.value or "")
                or outer.value == expression.value[:4]):
            continue
        try:
            return EventDate.from_value(outer.value + expression.value[4:])
        except (DateParseError, ValueError):
            return date
    return date


# "hours after", "minutes after", "shortly after", "moments after": an interval short of
# a day between two happenings, told without a time expression of its own
_SHORT_INTERVAL = {"hours", "minutes", "moments", "shortly", "soon", "hour", "minute"}


def short_interval(sentence: Sentence) -> int | None:
    """"The bank raised its rate on Wednesday, hours after the currency plunged": where
    "after" stands when an interval short of a day opens a clause with a verb of its
    own, else None. Not a count of a day or more ("48 hours after"), a length ("searched
    the area for hours after the blast"), a time of day ("shortly after 10 p.m.") or
    a happening only named ("hours after the collapse": one told before, or the time of
    the sentence's own)."""
    words = sentence.words
    for k in range(1, len(words) - 2):
        if words[k].lower != "after" or words[k - 1].lower not in _SHORT_INTERVAL:
            continue
        before = words[k - 2].lower if k > 1 else ""
        if before in ("for", "within") or (
                before.isdigit() and words[k - 1].lower.startswith("hour") and int(before) >= 12):
            continue
        if words[k + 1].text[:1].isdigit() or words[k + 1].lower in _CLOCK_WORDS:
            continue
        end = next((j for j in range(k + 1, len(words) - 1)
                    if "," in sentence.text_between[j]), len(words) - 1)
        if past_verbs(sentence, list(range(k + 2, end + 1))):
            return k
    return None


_CLOCK_WORDS = {"noon", "midnight", "dawn", "dusk", "sunrise", "sunset", "midday"}


def _infinitive(sentence: Sentence, t: Trigger) -> bool:
    """Whether a word in its base form is a verb under "to" (itself, or one of a
    coordination: "to divert ambulances, postpone operations and fall back"), not a
    noun ("an attack", "went to the talks")."""
    words = sentence.words
    if t.tense != "base" or (t.first and words[t.first - 1].lower in ARTICLES):
        return False
    clause = sentence.clause_of[t.first]
    for k in range(t.first - 1, max(-1, t.first - 12), -1):
        if sentence.clause_of[k] != clause or words[k].lower in AUXILIARIES:
            return False
        if words[k].lower == "to":
            return words[k + 1].lower not in ARTICLES
    return False

