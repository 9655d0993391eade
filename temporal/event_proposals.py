"""The events an article's Suggestions list proposes: what `find_events` reports,
and a proposal for every other sentence that carries a date.

Why more than `find_events`: its triggers, titles and names come from an
English lexicon, so a Russian, Ukrainian or Arabic sentence gets a stray word
as its trigger and title ("Так", "منذ"), and an English sentence whose
happening is not in the lexicon ("talks have taken place since May") gets
nothing, although the date suggestions it replaces proposed every dated
sentence. So:

- English sentences keep `find_events`' happenings (one per happening, the
  lead's undated news dated by the publication day);
- a sentence in another script is proposed per date it carries, titled by the
  words of the clause around that date (the date's own words left out, at most
  ten words), with the places and peoples the gazetteer finds in it;
- an English sentence with a date and no happening is proposed the same way,
  once, by its first calendar date — unless a happening is proposed on that
  date already (a later mention `find_events` left out as the same happening),
  or the date's clause only reports ("officials said on Friday that…": the
  article's sources speaking is no event).

A sentence made only of its date (a dateline "1 липня 2025, 09:49") has no
words left for a title and proposes nothing. Qt-free and SQL-free: the
Suggestions tab and `storage.event_suggestions` both start from here.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

from temporal.dates import DateParseError, EventDate
from temporal.events import find_events
from temporal.events.dating import negation
from temporal.events.names import names_in
from temporal.events.sentences import Sentence, split
from temporal.events.triggers import find_triggers
from temporal.expressions import TimeExpression
from temporal.gazetteer import find_places
from temporal.suggestions import clause_bounds

PROPOSED_TYPES = ("DATE", "TIME")
CLAUSE = "clause"  # the family of a dated clause in which no happening was found
MAX_TITLE_WORDS = 10
_FOREIGN = re.compile(r"[\u0400-\u04FF\u0600-\u06FF\u0750-\u077F]")
_LETTER = re.compile(r"[^\W\d_]")
_TOKEN = re.compile(r"\S+")
# Closed-class words that cannot end a title ("… planned for", "… запланированные на"):
# prepositions and conjunctions of the four languages whose dates are found.
_DANGLING = frozenset(
    "a an the and or but of in on at to for from by with since until after before as that "
    "и а но или в во на с со к ко по о об от до из за под над при для про через после "
    "і й та але чи у з із зі до від під над при для про через після "
    "و في من إلى على عن مع منذ حتى بعد قبل أو ثم".split())
_CONJUNCTIONS = frozenset("and or but that и а но или і й та але чи و أو ثم".split())
_PREPOSITIONS = _DANGLING - _CONJUNCTIONS - {"a", "an", "the"}


@dataclass(frozen=True)
class EventProposal:
    """One proposed event: the fields of `temporal.events.Event` the analyst
    reviews, whichever way it was found.

    ``start``/``end`` are the trigger (for a clause proposal, its date's
    words), the span the Suggestions tab highlights and a dismissal
    remembers; ``sentence_start``/``sentence_end`` the passage accepting it
    links; ``expression`` the time expression that dates it, None when the
    publication day does (or nothing does).
    """

    start: int
    end: int
    trigger: str
    title: str
    date: EventDate | None
    expression: TimeExpression | None
    sentence_start: int
    sentence_end: int
    actors: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    family: str = ""

    @property
    def key(self) -> tuple[int, int]:
        return (self.start, self.end)

    @property
    def dated_by(self) -> str:
        """What dated it, as the analyst reads it: "Tuesday", "publication day"."""
        if self.expression is not None:
            return self.expression.text
        return "publication day" if self.date is not None else ""


def expression_date(expression: TimeExpression) -> EventDate | None:
    """The calendar span an expression reads, None for "now", "Tuesday" without
    a published date, durations."""
    if expression.earliest is None or expression.latest is None:
        return None
    try:
        return EventDate.from_span(expression.earliest, expression.latest, expression.precision)
    except DateParseError:
        return None


def _event_date(event) -> EventDate | None:
    if event.value is None:
        return None
    try:
        return EventDate.from_value(event.value)
    except (DateParseError, ValueError):
        return EventDate.from_span(event.earliest, event.latest)


def _foreign(text: str, start: int, end: int) -> bool:
    """Whether most letters of the span are Cyrillic or Arabic."""
    letters = len(_LETTER.findall(text, start, end))
    return letters > 0 and len(_FOREIGN.findall(text, start, end)) * 2 > letters


def _strip_punctuation(token: str) -> str:
    left, right = 0, len(token)
    while left < right and unicodedata.category(token[left])[0] in "PS":
        left += 1
    while right > left and unicodedata.category(token[right - 1])[0] in "PS":
        right -= 1
    return token[left:right]


def clause_title(text: str, start: int, end: int, dates: list[TimeExpression]) -> str:
    """At most ten words of text[start:end], in order, without the words of
    ``dates`` or a dangling preposition at the end; "" when nothing is left."""
    words: list[str] = []
    after_date = False
    for match in _TOKEN.finditer(text, start, end):
        if any(d.start < match.end() and match.start() < d.end for d in dates):
            if not after_date and words and words[-1].casefold() in _PREPOSITIONS:
                words.pop()  # "spoke on Tuesday" -> "spoke", not "spoke on"
            after_date = True
            continue
        after_date = False
        word = _strip_punctuation(match.group())
        if word and _LETTER.search(word):
            words.append(word)
    words = words[:MAX_TITLE_WORDS]
    while words and (words[-1].casefold() in _DANGLING or len(words[-1]) < 2):
        words.pop()
    while words and words[0].casefold() in _CONJUNCTIONS:
        words.pop(0)  # "а завтра …", "and …"; a preposition stays ("О нападении …")
    if not words:
        return ""
    return words[0][:1].upper() + words[0][1:] + "".join(" " + w for w in words[1:])


def _gazetteer_names(text: str, start: int, end: int) -> tuple[tuple, tuple]:
    """(actors, places) of a sentence in a script the capitalisation rules of
    `names_in` do not read: peoples are actors, countries and cities places."""
    actors, places = [], []
    for mention in find_places(text, start, end):
        names = actors if mention.demonym else places
        if mention.place.name not in names:
            names.append(mention.place.name)
    return tuple(actors), tuple(places)


def _clause_proposal(text: str, sentence: Sentence, expression: TimeExpression,
                     dates: list[TimeExpression], foreign: bool) -> EventProposal | None:
    left, right = clause_bounds(text, expression.start, expression.end)
    title = clause_title(text, left, right, dates)
    if not title:
        title = clause_title(text, sentence.start, sentence.end, dates)
    if not title:
        return None  # a dateline: only its date
    if foreign:
        if sentence.names is None:  # looked up once however many dates the sentence has
            sentence.names = _gazetteer_names(text, sentence.start, sentence.end)
        actors, places = sentence.names
    else:
        if sentence.names is None:
            sentence.names = names_in(text, sentence)
        actors, places = (tuple(names) for names in sentence.names)
    return EventProposal(expression.start, expression.end, expression.text, title,
                         expression_date(expression), expression, sentence.start,
                         sentence.end, actors, places, CLAUSE)


def _from_event(event) -> EventProposal:
    return EventProposal(event.start, event.end, event.trigger, event.title,
                         _event_date(event), event.expression, event.sentence_start,
                         event.sentence_end, tuple(event.actors), tuple(event.places),
                         event.family)


def _first_dated(expressions: list[TimeExpression]) -> TimeExpression:
    return next((e for e in expressions if expression_date(e) is not None), expressions[0])


def propose_events(text: str, reference: dt.date | None,
                   expressions: list[TimeExpression]) -> list[EventProposal]:
    """The proposals of ``text`` in text order; ``expressions`` are what
    `find_expressions(text, reference)` found (read once by the caller)."""
    sentences = split(text)
    foreign = [s for s in sentences if _foreign(text, s.start, s.end)]
    events = find_events(text, reference, expressions)
    # find_events keeps one event per happening: a later sentence that dates the
    # same thing ("a new monthly record last month") has no event of its own then,
    # and must not come back as a clause proposal on the same date.
    happened = {date.value for date in map(_event_date, events) if date is not None}
    dated = [e for e in expressions if e.type in PROPOSED_TYPES]
    proposals: list[EventProposal] = []
    e_index = d_index = 0
    foreign_starts = {s.start for s in foreign}
    for sentence in sentences:
        mine_events = []
        while e_index < len(events) and events[e_index].start < sentence.end:
            if events[e_index].start >= sentence.start:
                mine_events.append(events[e_index])
            e_index += 1
        mine_dates = []
        while d_index < len(dated) and dated[d_index].start < sentence.end:
            if dated[d_index].start >= sentence.start:
                mine_dates.append(dated[d_index])
            d_index += 1
        if mine_events:
            proposals.extend(_from_event(event) for event in mine_events)
        elif sentence.start in foreign_starts:
            fresh = [d for d in mine_dates if (date := expression_date(d)) is None
                     or date.value not in happened]  # a retold happening's date proposes nothing
            candidates = [_clause_proposal(text, sentence, d, mine_dates, True) for d in fresh]
            proposals.extend(_distinct([c for c in candidates if c is not None]))
        elif mine_dates and not _only_reporting(text, sentence, _first_dated(mine_dates)):
            proposal = _clause_proposal(text, sentence, _first_dated(mine_dates), mine_dates,
                                        False)
            if proposal is not None and (proposal.date is None
                                         or proposal.date.value not in happened):
                proposals.append(proposal)
    return proposals


def _only_reporting(text: str, sentence: Sentence, expression: TimeExpression) -> bool:
    """Whether the date's clause does nothing but report ("Officials said on Friday
    that…", "Steve told ABC News on Monday…") or deny ("did not provide … Saturday"):
    the article's sources speaking, or what did not happen, is no event (issue 11),
    so it is not proposed as one."""
    words = sentence.words
    at = next((i for i, w in enumerate(words) if w.end > expression.start), None)
    if at is None:
        return False
    clause = sentence.clause_of[at]
    if negation(sentence, clause, at) is not None:
        return True  # "the ministry did not release any figures Sunday": nothing happened
    verbs = [t for t in find_triggers(text, sentence)
             if not t.noun and not t.blocked and sentence.clause_of[t.first] == clause]
    return bool(verbs) and all(t.family == "report" for t in verbs)


def _inside(position: int, sentences: list[Sentence]) -> bool:
    """Whether ``position`` lies in one of ``sentences`` (in text order)."""
    low, high = 0, len(sentences)
    while low < high:
        middle = (low + high) // 2
        if sentences[middle].end <= position:
            low = middle + 1
        else:
            high = middle
    return low < len(sentences) and sentences[low].start <= position


def _distinct(proposals: list[EventProposal]) -> list[EventProposal]:
    """One proposal per clause and date: two dates of one clause ("сегодня, 1
    июля") name one happening."""
    kept: list[EventProposal] = []
    for proposal in proposals:
        if any(k.title == proposal.title for k in kept):
            continue
        kept.append(proposal)
    return kept
