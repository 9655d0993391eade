"""What a saved page says about itself: title, outlet, URL, author, date.

Publishers write this for search engines and social networks (Open Graph,
JSON-LD, Dublin Core, ``<time>``), in several places that may disagree or be
missing, so it is gathered here in order of trust, apart from the choice of
the story's text in ``storage.html_article``.  JSON-LD is often malformed or
wrapped in old CMS comments: nothing here may raise on bad JSON, and the walk
through it is bounded whatever it holds.
"""

from __future__ import annotations

import html as html_lib
import json
import re

from storage.article_draft import collapse_spaces
from storage.html_tree import Document, Element, render_text

_LD_WRAPPER = re.compile(r"^(<!--|<!\[CDATA\[)|(-->|\]\]>)$")  # old CMS habits
_ARTICLE_TYPES = frozenset(
    "NewsArticle Article ReportageNews AnalysisNewsArticle OpinionNewsArticle "
    "BackgroundNewsArticle ReviewNewsArticle BlogPosting LiveBlogPosting Report".split())
_DATE_META = ("date", "pubdate", "publishdate", "dc.date", "dc.date.issued",
              "parsely-pub-date", "sailthru.date")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?"
                       r"(?:Z|[+-]\d{2}:?\d{2})?)?$")


def page_metadata(document: Document, root: Element) -> dict[str, str]:
    metas: dict[str, list[str]] = {}
    for meta in document.all("meta"):
        content = collapse_spaces(meta.attrs.get("content", ""))
        for attr in ("property", "name", "itemprop"):
            key = meta.attrs.get(attr, "").strip().lower()
            if key and content:
                metas.setdefault(key, []).append(content)
    first = {key: values[0] for key, values in metas.items()}
    ld = _json_ld_article(document)
    canonical = next((link.attrs.get("href", "") for link in document.all("link")
                      if "canonical" in link.attrs.get("rel", "").lower().split()), "")
    title_el = next(iter(document.all("title")), None)
    h1s = document.all("h1")
    h1 = next((h for h in h1s if h.within(root)), None) or next(iter(h1s), None)
    authors = [a for key in ("author", "article:author")
               for a in metas.get(key, []) if not _is_url(a)]
    return {
        "title": _first(first.get("og:title"), ld.get("headline"),
                        title_el and collapse_spaces(title_el.raw_text()),
                        h1 and collapse_spaces(render_text(h1))),
        "outlet": _first(first.get("og:site_name"), ld.get("outlet")),
        "url": _first(*(u for u in (first.get("og:url"), canonical, ld.get("url"))
                        if _is_url(u))),
        "author": ", ".join(dict.fromkeys(authors)) or ld.get("author", ""),
        "published": _first(*(_iso(d) for d in _date_candidates(document, root, first, ld))),
    }


def _date_candidates(document, root, first, ld):
    """Publication dates in order of trust; generated lazily."""
    yield first.get("article:published_time")
    yield ld.get("published")
    for key in _DATE_META:
        yield first.get(key)
    for el in document.all("[itemprop]"):
        if el.attrs["itemprop"].strip().lower() == "datepublished":
            yield el.attrs.get("content") or el.attrs.get("datetime")
    times = [t for t in document.all("time") if t.attrs.get("datetime")]
    times.sort(key=lambda t: not ("pubdate" in t.attrs or t.within(root) or t.inside("article")))
    for time in times:
        yield time.attrs["datetime"]


def _first(*values) -> str:
    return next((v.strip() for v in values if isinstance(v, str) and v.strip()), "")


def _is_url(value) -> bool:
    return isinstance(value, str) and value.strip().lower().startswith(("http://", "https://"))


def _iso(value) -> str:
    """An ISO 8601 date or date-time as found (a space separator becomes "T"), else ""."""
    value = (value or "").strip()
    if not _ISO_DATE.match(value):
        return ""
    return value[:10] + "T" + value[11:] if len(value) > 10 and value[10] == " " else value


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
