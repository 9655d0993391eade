"""Lanes: horizontal groups of the chart, chosen by the analyst.

An event goes to exactly one lane (its first tag of the chosen kind, its
first source article...), so every event is drawn once and selecting it
highlights one item; events without such a tag share a last "No …" lane
rather than disappearing from the chart.
"""

from __future__ import annotations

from dataclasses import dataclass

from storage.records import TimelineRow
from storage.tags import parse_tags

NONE, ACTOR, PLACE, TOPIC, ARTICLE = "none", "actor", "place", "topic", "article"
TAG_PREFIX = "tag:"
KIND_TITLES = {ACTOR: "actor", PLACE: "place", TOPIC: "topic"}
PALETTE = ("#4e79a7", "#59a14f", "#e15759", "#76b7b2", "#b07aa1", "#9c755f",
           "#d37295", "#8cd17d", "#86bcb6", "#a0cbe8", "#79706e", "#f1ce63")
OTHERS = None  # the key of the "no such tag / no source" lane


def choices(tags) -> list[tuple[str, str]]:
    """(mode, text) for the lane chooser; ``tags``: the project's Tag records."""
    items = [(NONE, "No lanes"), (ACTOR, "Lanes by actor"), (PLACE, "Lanes by place"),
             (TOPIC, "Lanes by topic"), (ARTICLE, "Lanes by source article")]
    items += [(TAG_PREFIX + str(tag), f"Tag: {tag}") for tag in tags]
    return items


def lane_key(row: TimelineRow, mode: str, first_article: int | None = None):
    """The lane ``row`` belongs to under ``mode``, or OTHERS."""
    if mode == NONE:
        return ""
    if mode == ARTICLE:
        return first_article
    tags = parse_tags(row.tags)
    if mode.startswith(TAG_PREFIX):
        wanted = mode[len(TAG_PREFIX):]
        return wanted if any(str(tag) == wanted for tag in tags) else OTHERS
    for tag in tags:
        if tag.kind == mode:
            return tag.name
    return OTHERS


@dataclass(frozen=True)
class Lane:
    key: object
    title: str
    colour: str


def order_lanes(keys, mode: str, article_titles: dict[int, tuple[str, str]] | None = None
                ) -> list[Lane]:
    """Lanes in reading order, "No …" last; ``article_titles``: id -> (published, title)."""
    if mode == NONE:
        return [Lane("", "", PALETTE[0])]
    present = [key for key in keys if key is not OTHERS]
    if mode == ARTICLE:
        titles = article_titles or {}
        present.sort(key=lambda k: (titles.get(k, ("", ""))[0] or "9999",
                                    titles.get(k, ("", str(k)))[1].casefold()))
        named = [(key, _article_title(titles.get(key))) for key in present]
        others = "No source article"
    elif mode.startswith(TAG_PREFIX):
        named = [(key, key) for key in present]
        others = "Other events"
    else:
        present.sort(key=lambda k: str(k).casefold())
        named = [(key, key) for key in present]
        others = f"No {KIND_TITLES.get(mode, 'tag')}"
    lanes = [Lane(key, title, PALETTE[i % len(PALETTE)]) for i, (key, title) in enumerate(named)]
    if OTHERS in keys:
        lanes.append(Lane(OTHERS, others, "#8a94a6"))
    return lanes


def _article_title(entry: tuple[str, str] | None) -> str:
    if entry is None:
        return "Article"
    published, title = entry
    title = title or "Untitled article"
    return f"{title} ({published[:10]})" if published else title
