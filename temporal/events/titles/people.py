"""The people and bodies named in a long subject, by the sentence's names.

Analysts write people by surname ("Weber and Holm") and bodies whole ("United
States and European Union"), so telling a person's name from a place's (by the
gazetteer) decides how a name is shortened.
"""
from __future__ import annotations

import functools

from temporal import gazetteer

from ..sentences import Sentence

# The nouns a body's name ends with ("International Monetary Fund", "European
# Union", "Supreme Court"): a name so made is an institution, named whole, never a
# person to be shortened to a surname.
_BODY_HEADS = {"agency", "alliance", "army", "assembly", "association", "authority", "bank",
               "board", "bureau", "cabinet", "command", "commission", "committee", "company",
               "congress", "corporation", "council", "court", "cross", "crescent", "department",
               "directorate", "federation", "force", "forces", "front", "fund", "group",
               "guard", "institute", "league", "ministry", "movement", "navy", "network",
               "nations", "office", "organisation", "organization", "parliament", "party",
               "police", "programme", "program", "senate", "service", "tribunal", "union",
               "university", "lines", "airlines", "airways", "holdings", "motors",
               "industries", "systems", "partners", "shipping", "energy", "media", "news",
               "times", "post", "press", "trust", "foundation"}


def named_in(sentence: Sentence, picked: list[int]) -> list[int]:
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
        if not (is_person([words[j].text for j in before[-1]])
                and is_person([words[j].text for j in last])):
            return [*before[-1], and_at, *last]  # "United States and European Union"
        return [before[-1][-1], and_at, last[-1]]  # surnames, as analysts write them
    if not is_person([words[j].text for j in last]):
        return last  # "Засідання Радбезу ООН": a body, named whole
    return [last[-1]]


def is_person(parts: list[str]) -> bool:
    """A person's name: two or three words written like names ("Emmanuel Macron"), no
    acronym among them, not a place ("United States") nor a body ("European Union")."""
    return 1 <= len(parts) <= 3 and all(p[:1].isupper() and not p.isupper() or len(p) == 1
                                        for p in parts) and not _place(" ".join(parts)) and (
        parts[-1].lower() not in _BODY_HEADS)


@functools.lru_cache(maxsize=1024)
def _place(name: str) -> bool:
    return bool(gazetteer.find_places(name))
