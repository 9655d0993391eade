"""Which one a bare passive is about, by the place an earlier mention gave it.

"The stadium, built in 1968, …" titled "Stadium built" says nothing; the
article's earlier "the stadium in the city of Kasama" does. English only: the
Russian, Ukrainian and Arabic proposals keep to their sentence's own words.
"""
from __future__ import annotations

import functools
import re

from ..lexicon import IRREGULAR_PAST
from ..sentences import Sentence
from ..triggers import Trigger
from .word_classes import MAX_WORDS

_EARLIER = 3000  # characters before the sentence read for an earlier mention: a few paragraphs


@functools.lru_cache(maxsize=256)
def _mention(head: str) -> re.Pattern:
    """"the stadium in the city of Kasama": a head noun and the place named after it."""
    return re.compile(rf"\b{re.escape(head)}\s+(over|in|at|near|on)\s+(?:the\s+)?"
                      rf"(?:(?:city|town|village|port|island)\s+of\s+)?([A-Z][\w-]+)",
                      re.IGNORECASE)


def which_one(text: str, sentence: Sentence, trigger: Trigger, title: str) -> str:
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
