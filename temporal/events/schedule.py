"""Scheduled happenings: "The court will hold its first hearing on Nov. 23".

Why: a chronology keeps what is set for a named day — a hearing, a court
appearance, a budget presented to parliament, a search resuming at first light —
as well as what happened; the analyst's gold counts them ("Seven detainees to
appear before a judge"). The rest of the lexicon's grammar reads "will" as a
hypothetical and a future date as a timetable (`dated_clauses.timetable`), so a
schedule is read here, on its own terms: "will" (or "is due to", "is set to",
"is scheduled to", "are to") and a verb, then a date after publication in the same
clause: a day, a week or a month ("will meet next week", "will gather in Brussels in
June": our gold counts most of these as set dates, round 6). The verb need not be in
the lexicon: after "will" a word is a verb by grammar, and "will be" before a
happening's participle is its passive ("will be sentenced on July 20"). What is only
a state or a wish ("will remain", "will not attend", "will try to"), a forecast ("is
expected to reopen"), a condition ("if the judges uphold it, she will serve until …",
"will reopen on Tuesday if the wind drops"), a bound ("before Christmas", "by Sunday",
"from July") or a date further off than a month ("next year", "in the spring") is no
schedule; "will say on Monday whether …" is a report to come. "Is expected to" and
an engagement of the lexicon (a visit, a meeting, a journey) is a schedule when the
date is a day ("is expected to visit the port on Thursday", counted by three of our
gold sets); a decision expected, or any expectation over a week, is a forecast. "Is due
to begin in February" dates the noun before it (the trial); "are to begin handing in
weapons" is the handing in.
"""
from __future__ import annotations

import re

from .lexicon import AUXILIARIES, FUNCTION, LIGHT_FORMS, PREPOSITIONS, REPORTING_FORMS, TRIGGERS
from .sentences import Sentence
from .triggers import MAX_TRIGGER, Trigger

_WILL = {"will"}
_DUE = {"due", "set", "scheduled"}  # "is due to", "is set to" ("expected to": below)
_BE = {"is", "are", "was", "were"}
# An engagement someone is expected at on a day (visit, meet, speak, travel) is in a
# diary; a decision ("is expected to sign the decree", "to rule") or a service's change
# ("is expected to reopen") is a forecast of its outcome.
_ENGAGEMENTS = {"meeting", "movement"}
# Verbs after "will" that name no happening: states, aspect, attempts, wishes.
_NOT_HAPPENINGS = {"be", "have", "remain", "stay", "continue", "keep", "need", "try", "seek",
                   "want", "hope", "consider", "depend", "take", "make", "get", "go", "come",
                   "become", "seem", "cost", "last", "face", "run", "also", "likely",
                   "probably", "still", "then", "now", "soon", "again", "only", "not",
                   "never", "no", "allow", "help", "mean", "give"}
_CONDITIONS = {"if", "unless", "whether", "should", "once", "until"}
# after the date, "whether" opens what is to be decided ("will decide next Wednesday
# whether to charge him"), not a condition on the date
_COMPLEMENTS = {"whether"}
_ADVERB_SLOT = {"also", "then", "now", "again", "first"}
# a deadline or a bound; "from July" starts a state ("pensions will rise by 8 percent from July")
_BOUNDS = {"before", "by", "until", "till", "after", "within", "from"}
# "is due to begin" says when the noun before it starts (the trial is the happening);
# "are to begin handing in weapons" passes to the happening it begins
_ASPECT = {"begin", "start"}
MAX_GAP = 12  # words between the verb and its date: further, the date is another verb's


_MAY_SCHEDULE = re.compile(
    r"\b(?:will|due|set|scheduled|(?:is|are|was|were) (?:expected )?to)\b", re.IGNORECASE)


def may_schedule(sentence: Sentence) -> bool:
    """Whether a sentence holds a schedule word ("will", "due", … or "is/are to"): the
    sentences without one, most of them, are not read further (one search of its text,
    not a look at each word)."""
    return _MAY_SCHEDULE.search(sentence.text, sentence.start, sentence.end) is not None


def _verb_after(words, i: int) -> int | None:
    """The index of the verb a schedule word at ``i`` governs, or None."""
    k = i + 1
    while k < len(words) and (words[k].lower in _ADVERB_SLOT or (
            words[k].lower.endswith("ly") and len(words[k].lower) > 4)):  # "officially"
        k += 1
    if k >= len(words):
        return None
    w = words[k].lower
    if w == "be" and k + 1 < len(words) and TRIGGERS.get(words[k + 1].lower, ("", ""))[1] == (
            "past"):
        return k + 1  # "will be sentenced on July 20": the passive's happening
    if w == "be" and k + 1 < len(words) and LIGHT_FORMS.get(words[k + 1].lower, ("", ""))[
            1] == "past":
        return k + 1  # "a memorial service will be held on Friday": its subject, below
    if w in _ASPECT:
        following = words[k + 1].lower if k + 1 < len(words) else ""
        return k + 1 if following.endswith("ing") and following.isalpha() else None
    if (not w.isalpha() or not w.isascii() or w in _NOT_HAPPENINGS or w in AUXILIARIES
            or w in FUNCTION or w in REPORTING_FORMS or words[k].text[:1].isupper()):
        return None
    return k


def _schedule_word(words, i: int) -> int | None:
    """"will" at ``i``, or "is due to"/"are set to" starting at ``i``: the verb it
    governs."""
    w = words[i].lower
    if w in _WILL:
        return _verb_after(words, i)
    if (w in _BE and i + 2 < len(words) and words[i + 1].lower in _DUE
            and words[i + 2].lower == "to"):
        return _verb_after(words, i + 2)
    if (w in _BE and i + 2 < len(words) and words[i + 1].lower == "expected"
            and words[i + 2].lower == "to"):
        k = _verb_after(words, i + 2)
        hit = TRIGGERS.get(words[k].lower, ("", "")) if k == i + 3 else ("", "")
        return k if hit[1] == "base" and hit[0] in _ENGAGEMENTS else None
    if w in _BE and i + 1 < len(words) and words[i + 1].lower == "to" and i > 0:
        return _verb_after(words, i + 1)  # "Rebel units are to begin handing in weapons"
    return None


def forecast(sentence: Sentence, trigger: Trigger) -> bool:
    """Whether ``trigger`` follows "is expected to": a forecast sets a named day ("is
    expected to visit the port on Thursday", an engagement), not a week or a month
    ("is expected to rule on it next week": a guess at a horizon)."""
    words = sentence.words
    return trigger.first >= 2 and words[trigger.first - 1].lower == "to" and (
        words[trigger.first - 2].lower == "expected")


def scheduled_trigger(sentence: Sentence, span: list[int]) -> Trigger | None:
    """The happening a future date of one day (its words ``span``) sets, when its
    clause schedules one ("will appear before a judge on Saturday"); None otherwise.
    A light verb takes the lexicon noun right after it ("will hold its first
    hearing": the hearing)."""
    words, clause_of = sentence.words, sentence.clause_of
    own = clause_of[span[0]]
    if (any(w.lower in _CONDITIONS for w in words[:span[0]])
            or any(words[m].lower in _CONDITIONS - _COMPLEMENTS
                   for m in range(span[-1] + 1, len(words)) if clause_of[m] == own)
            or (span[0] and words[span[0] - 1].lower in _BOUNDS)):
        return None
    found = None
    for i in range(max(0, span[0] - MAX_GAP - 3), span[0]):
        if clause_of[i] != own:
            continue
        k = _schedule_word(words, i)
        if k is not None and k < span[0]:
            found, at = k, i
    if found is None:
        return _set_for(sentence, span)
    k = found
    if words[k - 1].lower == "be" and words[k].lower in LIGHT_FORMS:
        return _held_subject(sentence, at)
    if words[k].lower in LIGHT_FORMS:
        for m in range(k + 1, min(k + 8, span[0])):
            hit = TRIGGERS.get(words[m].lower)
            if (hit and hit[1] in ("base", "s", "ing") and clause_of[m] == own
                    and words[m - 1].lower not in _BE  # "talks", "a meeting", not "is hit"
                    and words[m].end - words[k].start <= MAX_TRIGGER):
                # the trigger runs from the verb to its noun, and the title keeps the verb
                return Trigger(k, m, words[k].start, words[m].end, hit[0], "base", False,
                               False)
    gathering = _at_gathering(sentence, k, span[0])
    if gathering is not None:
        return gathering
    hit = TRIGGERS.get(words[k].lower)
    family = hit[0] if hit else "guess"
    return Trigger(k, k, words[k].start, words[k].end, family, "base", False, False)


_DETERMINERS = {"a", "an", "the", "its", "their", "his", "her", "our"}


def _at_gathering(sentence: Sentence, k: int, date_at: int) -> Trigger | None:
    """"The council will review the plan at a meeting next Thursday", "will sign the
    accord at a ceremony in Geneva": what is set is the gathering the act is done at;
    the trigger runs from the verb to its noun (at most one word between the article
    and the noun: "at a news conference"), and the title keeps the verb."""
    words, own = sentence.words, sentence.clause_of[k]
    for m in range(k + 3, min(k + 10, date_at)):
        hit = TRIGGERS.get(words[m].lower)
        if not hit or hit[0] != "meeting" or hit[1] not in ("base", "s", "ing"):
            continue
        det = m - 1 if words[m - 1].lower in _DETERMINERS else m - 2
        if (det > k + 1 and words[det].lower in _DETERMINERS and words[det - 1].lower == "at"
                and sentence.clause_of[m] == own
                and words[m].end - words[k].start <= MAX_TRIGGER):
            return Trigger(k, m, words[k].start, words[m].end, "meeting", "base", False, False)
    return None


_SUBJECT_REACH = 4  # words back from "will" to the subject's head noun
# "is scheduled for Friday", "are set for next week", "was slated for 6 p.m. Tuesday":
# a participle of setting a time, then "for" (or the date straight after it)
_SET_FOR = {"scheduled", "set", "slated", "planned"}
_SUBJECT_OPENERS = {"that", "and", "but", "while", "as", "when"}
_PRONOUNS = {"it", "they", "this", "that", "these", "those", "he", "she", "which", "what",
             "who"}


def _set_for(sentence: Sentence, span: list[int]) -> Trigger | None:
    """"A news briefing on the flooding is set for 5 p.m. Wednesday", "Talks between
    the two sides are set for Monday": what is set for a time is a happening, and it is
    the subject's head, the noun before the subject's first preposition (the briefing,
    not the flooding), whether or not the lexicon knows it (a briefing, a news conference,
    a flight). A pronoun subject is left to the sentence before it."""
    words, clause_of = sentence.words, sentence.clause_of
    d = span[0]
    at = d - 1 if d >= 1 and words[d - 1].lower == "for" else d
    if at < 2 or words[at - 1].lower not in _SET_FOR or words[at - 2].lower not in (
            _BE | {"been"}):
        return None
    be = at - 2
    if words[be].lower == "been":
        be -= 1  # "has been scheduled for"; "had been scheduled for next March": a plan
        if be < 1 or words[be].lower == "had":  # the story has overtaken (a settlement)
            return None
    start = be
    while (start > 0 and clause_of[start - 1] == clause_of[be]
           and words[start - 1].lower not in _SUBJECT_OPENERS
           and words[start - 1].lower not in REPORTING_FORMS):
        start -= 1
    if start == be:
        return None
    head = next((m - 1 for m in range(start + 1, be) if words[m].lower in PREPOSITIONS),
                be - 1)
    if head > start and words[head].lower == "of" or head < start:
        return None
    after_of = head + 2 if head + 2 < be and words[head + 1].lower == "of" else None
    if after_of is not None and TRIGGERS.get(words[after_of].lower, ("", ""))[1] in (
            "base", "s"):
        head = after_of  # "the next round of talks": the talks
    w = words[head]
    if (not w.lower.isalpha() or w.lower in FUNCTION or w.lower in _PRONOUNS
            or (head > start and w.text[:1].isupper())):
        return None
    first = head - 1 if head > start and f"{words[head - 1].lower} {w.lower}" in (
        TRIGGERS) else head  # "a memorial service"
    hit = TRIGGERS.get(w.lower) or TRIGGERS.get(f"{words[first].lower} {w.lower}")
    return Trigger(first, head, words[first].start, w.end, hit[0] if hit else "guess",
                   "base", True, False)


def _held_subject(sentence: Sentence, at: int) -> Trigger | None:
    """"A memorial service will be held on Friday", "The vote is to be held in June": the
    passive of a light verb sets its subject, the happening's noun before the schedule
    word at ``at`` (its last word, the head); a subject outside the lexicon sets nothing."""
    words, clause_of = sentence.words, sentence.clause_of
    for m in range(at - 1, max(-1, at - 1 - _SUBJECT_REACH), -1):
        if clause_of[m] != clause_of[at]:
            return None
        hit = TRIGGERS.get(words[m].lower)
        last = m + 1 if m + 1 < at and f"{words[m].lower} {words[m + 1].lower}" in (
            TRIGGERS) else m  # "memorial service"
        if hit and hit[1] in ("base", "s"):
            return Trigger(m, last, words[m].start, words[last].end, hit[0], "base", True,
                           False)
        if words[m].lower in FUNCTION and words[m].lower not in ("a", "an", "the"):
            return None
    return None
