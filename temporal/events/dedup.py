"""One event per happening: later mentions of the same attack are not new events.

Two proposals are one happening when they are of the same kind (lexicon
family), their dates overlap, and they share a name (actor or place) or one
of them is a lead mention of the publication day's news. The first mention
stays: it is where the article reports the happening, and its sentence is the
passage the analyst links. When it names no one (a headline's "Refinery hit by
drones", told again as "a refinery in Samara was attacked by Ukrainian drones"),
it takes the names its later tellings give: who and where are what the analyst
tags and what the next outlet's report is matched by.
"""
from __future__ import annotations

from dataclasses import replace

from .model import Event
from .triggers import MAX_TRIGGER

_UNMERGED = {"report", "guess", ""}
_FAR = 20_000  # mentions further apart than this are compared only for harm (the lead)
# Deaths and injuries are what an attack or a disaster did, not another happening.
_KIND = {"death": "harm", "attack": "harm", "disaster": "harm"}


def kind(family: str) -> str:
    """What a happening is, for telling two mentions apart: a death or an injury is
    what an attack or a disaster did ("struck the station, killing two")."""
    return _KIND.get(family, family)


def _overlap(a: Event, b: Event) -> bool:
    return (a.earliest is not None and b.earliest is not None
            and a.earliest <= b.latest and b.earliest <= a.latest)


def _shares_name(a: Event, b: Event) -> bool:
    names_a = {n.casefold() for n in a.actors + a.places}
    return any(n.casefold() in names_a for n in b.actors + b.places)


def _elsewhere(a: Event, b: Event) -> bool:
    """"Shelling killed three in Kherson … drones hit Odesa": each names a place the
    other does not, so they are two happenings though both are Ukraine's."""
    places_a, places_b = set(a.places), set(b.places)
    return bool(places_a - places_b) and bool(places_b - places_a)


def same_happening(kept: Event, new: Event, lead: bool, definite: bool = False,
                   following: bool = False, kept_late: bool = False) -> bool:
    """``definite``: the new mention names its happening as one already told ("the
    quake hit at 11:40 p.m.", "welcomed the sentence"), so it is that one unless it
    places itself elsewhere ("the overnight strike in the city of Smila": the part
    of the night's attack that hit another city). ``following``: the new one was
    dated by the happening told before it as what came next ("She ordered checks"
    after "suspended the head of the unit on Tuesday"), so sharing that date does not
    make it the same. ``kept_late``: the kept one is an undated act told after the lead's
    paragraphs ("The government declared a state of emergency"), put on the publication
    day; it is no lead news that a later dated mention tells again."""
    if kept.start < new.end and new.start < kept.end:
        return True
    same_kind = kind(kept.family) == kind(new.family)
    if not same_kind or new.family in _UNMERGED or not _overlap(kept, new):
        return False
    if _own_casualties(kept, new):
        return False
    if kept.expression is not None and kept.expression == new.expression and not following:
        return True
    if _other_time(kept, new):
        return False
    if (not kept_late and _retold_news(kept, new)) or (definite and not _elsewhere(kept, new)):
        return True
    return (lead or _shares_name(kept, new)) and not _elsewhere(kept, new)


def _own_casualties(kept: Event, new: Event) -> bool:
    """"Drones struck the port overnight … A security guard was killed": deaths and
    injuries told in a sentence of their own are a happening of their own, dated like
    the attack; told in the attack's sentence ("struck the station, killing two") they
    are what it did."""
    return (new.family == "death" and kept.family != "death"
            and kept.sentence_start != new.sentence_start)


_PARTS = ("MO", "AF", "EV", "NI")


def _part_of_day(event: Event) -> str:
    value = event.expression.value if event.expression is not None else ""
    return value[-2:] if "T" in value and value[-2:] in _PARTS else ""


def _other_time(kept: Event, new: Event) -> bool:
    """"Approved the deal in a ballot that closed on Friday morning … signed the
    agreement in the afternoon": two parts of one day, two happenings."""
    a, b = _part_of_day(kept), _part_of_day(new)
    return bool(a and b and a != b)


def _retold_news(kept: Event, new: Event) -> bool:
    """"A drone struck the plant [lead, the day's news] … Officials reported the
    attack this morning": a later mention of the lead's kind dated to the
    publication day itself is the lead's happening told again, unless the two
    name different places (two strikes that day, in two cities)."""
    return (kept.expression is None and kept.earliest == kept.latest
            and new.earliest == new.latest == kept.earliest
            and not (kept.places and new.places and not set(kept.places) & set(new.places)))


def deduplicate(events: list[Event], lead_end: int,
                definite: frozenset[int] = frozenset(),
                following: frozenset[int] = frozenset(),
                late: frozenset[int] = frozenset(),
                own_clause: frozenset[int] = frozenset()) -> list[Event]:
    """Drop the later mentions; ``lead_end`` is where the article's lead stops;
    ``definite``: the starts of mentions made with a definite noun ("the quake");
    ``following``: the starts of happenings dated as the next step of the one before;
    ``late``: the starts of undated acts told after the lead, on the publication day;
    ``own_clause``: the starts of deaths told in a coordinated clause of their own ("…,
    and at least 17 people died"), a happening apart from the harm told before them."""
    kept: list[Event] = []
    # Only mentions of one kind can be one happening, beside those whose triggers
    # overlap (the events come in text order): each is compared with those alone.
    by_kind: dict[str, list[Event]] = {}
    lead = False  # whether a lead event dated by the publication day is kept
    retold: dict[int, list[Event]] = {}  # a kept mention's id: the mentions it stands for
    for event in events:
        if event.start in own_clause:
            kept.append(event)
            continue
        same = by_kind.get(kind(event.family), []) if event.family not in _UNMERGED else []
        near = []
        for k in reversed(kept):
            if k.start < event.start - MAX_TRIGGER:
                break
            near.append(k)
        told = next((k for k in (*near, *same)
                     if (k.end > event.start - _FAR or _KIND.get(k.family) == "harm")
                     and same_happening(k, event, lead and event.expression is None
                                        and event.start not in late,
                                        event.start in definite, event.start in following,
                                        k.start in late)), None)
        if told is None:
            kept.append(event)
            by_kind.setdefault(kind(event.family), []).append(event)
            lead = lead or (event.sentence_start < lead_end and event.expression is None)
        else:
            retold.setdefault(id(told), []).append(event)
    # (names joined only now: which mentions are one happening is decided by each
    # mention's own names, so a loose early merge does not spread to the next one)
    return [_with_names(k, retold[id(k)]) if id(k) in retold else k for k in kept]


def _with_names(event: Event, retold: list[Event]) -> Event:
    """``event`` with the names its later mentions give, when it names no one itself
    (a headline, "The blast also wounded four workers"). Only then: a mention with
    names of its own says who and where already, and the later ones, merged loosely
    across a long story, bring as many wrong names as right ones. All the tellings'
    names, not the first's: the town a later sentence places the injured in is what
    keeps this strike apart from another outlet's strike on another town that weekend."""
    if event.actors or event.places:
        return event
    actors: list[str] = []
    places: list[str] = []
    for other in retold:  # (a name is either, as the mention that named it first had it)
        actors += [a for a in other.actors if a not in actors and a not in places]
        places += [p for p in other.places if p not in places and p not in actors]
    return replace(event, actors=tuple(actors), places=tuple(places))
