"""What a page says about itself: title, outlet, address, author, published date.

Publishers write this for search engines and social networks (Open Graph,
JSON-LD, Dublin Core, ``<time>``), in places that disagree or are missing.
trafilatura's metadata reader weighs them (``og:title``, JSON-LD headline,
``<title>`` without its " | Site" tail, ``<h1>``; ``og:site_name``; the
canonical link or ``og:url``) and htmldate (F 0.95 on 1,000 pages) picks the
publication day, here without its free-text search: a date printed somewhere
in the page is for ``temporal.datelines`` to judge, not a guess of the page's
own.  htmldate gives a day; the time and zone the page wrote for that day
(``2025-07-01T09:49:00+03:00``) are kept, so no precision is lost.
"""

from __future__ import annotations

import html as html_lib
import json
import re

from trafilatura.metadata import extract_metadata

from storage.intake.article_draft import collapse_spaces
from storage.intake.html_tree import Document

_ISO = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?"
                  r"(?:Z|[+-]\d{2}:?\d{2})?)?$")
_LD_DATE = re.compile(r'"datePublished"\s*:\s*"([^"]{10,40})"')
_STAMPS = ("//meta[@property='article:published_time']/@content",
           "//script[@type='application/ld+json']/text()",
           "//meta/@content", "//*[@itemprop='datePublished']/@content",
           "//*[@itemprop='datePublished']/@datetime", "//time/@datetime")
_LD_WRAPPER = re.compile(r"^(<!--|<!\[CDATA\[)|(-->|\]\]>)$")  # old CMS habits
_ARTICLE_TYPES = frozenset(
    "NewsArticle Article ReportageNews AnalysisNewsArticle OpinionNewsArticle "
    "BackgroundNewsArticle ReviewNewsArticle BlogPosting LiveBlogPosting Report".split())
EMPTY = {"title": "", "outlet": "", "url": "", "author": "", "published": ""}


def _text(value) -> str:
    return collapse_spaces(value) if isinstance(value, str) else ""


def timestamp_for(tree, day: str) -> str:
    """The fullest ISO timestamp the page writes for ``day``, else ``day``."""
    for path in _STAMPS:
        try:
            values = tree.xpath(path)
        except Exception:  # noqa: BLE001 - odd trees must not stop an import
            continue
        for value in values:
            value = str(value)
            found = _LD_DATE.findall(value) if path.startswith("//script") else [value]
            for stamp in (s.strip() for s in found):
                if stamp.startswith(day) and _ISO.match(stamp):
                    return stamp[:10] + "T" + stamp[11:] if stamp[10:11] == " " else stamp
    return day


def page_metadata(tree, document=None, page: Document | None = None) -> dict[str, str]:
    """Title, outlet, URL, author, published (with its evidence) of a parsed page.

    ``document`` is trafilatura's result for the page when it found a story
    (its metadata is already read); otherwise the metadata is read here.
    What trafilatura leaves empty is taken from the page's JSON-LD article
    (``page``, the page as ``storage.intake.html_tree`` parsed it): trafilatura skips
    JSON-LD given as a list, publishers without a type and comment-wrapped
    scripts, all common in news CMSs.
    """
    found = dict(EMPTY)
    if tree is not None:
        try:
            found = _trafilatura_metadata(tree, document)
        except Exception:  # noqa: BLE001 - a third-party reader must not stop an import
            pass
    ld = _json_ld_article(page) if page is not None else {}
    for name, key in (("title", "headline"), ("outlet", "outlet"), ("url", "url"),
                      ("author", "author")):
        if not found[name] and ld.get(key):
            value = ld[key]
            found[name] = value if name != "url" or _is_url(value) else ""
    return found


def _is_url(value: str) -> bool:
    return value.lower().startswith(("http://", "https://"))


def _trafilatura_metadata(tree, document) -> dict[str, str]:
    if document is None:
        document = extract_metadata(tree, extensive=False)
    url = _text(document.url)
    found = {
        "title": _text(document.title),
        "outlet": _text(document.sitename),
        "url": url if _is_url(url) else "",
        "author": ", ".join(a.strip() for a in _text(document.author).split(";") if a.strip()),
        "published": "",
    }
    day = _text(document.date)[:10]
    if _ISO.match(day):
        found["published"] = timestamp_for(tree, day)
        found["published_source"] = "page"
        found["published_evidence"] = found["published"]
    return found


def _json_ld_article(document: Document) -> dict[str, str]:
    """headline, outlet, url, author, published of the page's JSON-LD article, if any."""
    nodes: list[dict] = []
    for script in document.all("script"):
        if script.attrs.get("type", "").split(";")[0].strip().lower() != "application/ld+json":
            continue
        raw = _LD_WRAPPER.sub("", script.raw_text().strip()).strip().rstrip(";")
        try:
            stack = [json.loads(raw, strict=False)]
        except (ValueError, RecursionError):
            continue  # malformed JSON-LD: use the other sources
        budget = 100_000  # bounded work whatever the JSON holds
        while stack and budget:
            item, budget = stack.pop(), budget - 1
            if isinstance(item, list):
                stack.extend(reversed(item))
            elif isinstance(item, dict):
                nodes.append(item)
                stack.extend((item.get("mainEntity"), item.get("@graph")))
    ids = {n["@id"]: n for n in nodes if isinstance(n.get("@id"), str)}
    article = next((n for n in nodes if _types(n) & _ARTICLE_TYPES), None)
    if article is None:
        return {}
    author = ", ".join(dict.fromkeys(_names(article.get("author"), ids)))
    outlet = _names(article.get("publisher"), ids)
    entity = article.get("mainEntityOfPage")
    url = article.get("url") or (entity if isinstance(entity, str) else
                                 isinstance(entity, dict) and entity.get("@id"))
    found = {"headline": article.get("headline") or article.get("name"), "url": url,
             "published": article.get("datePublished"), "author": author,
             "outlet": outlet[0] if outlet else ""}
    return {k: collapse_spaces(html_lib.unescape(v)) for k, v in found.items()
            if isinstance(v, str) and v.strip()}


def _types(node: dict) -> set[str]:
    kind = node.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {k.rsplit("/", 1)[-1] for k in kinds if isinstance(k, str)}


def _names(value, ids: dict, depth: int = 0) -> list[str]:
    """Names from a JSON-LD person/organisation value: str, dict, @id reference or list."""
    if depth > 4:
        return []
    if isinstance(value, str):
        return [collapse_spaces(value)] if value.strip() else []
    if isinstance(value, list):
        return [n for v in value for n in _names(v, ids, depth + 1)]
    if isinstance(value, dict):
        if "name" not in value and isinstance(value.get("@id"), str):
            value = ids.get(value["@id"], value)
        return _names(value.get("name"), ids, depth + 1) if "name" in value else []
    return []
