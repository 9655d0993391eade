"""A saved web page to an ArticleDraft: the story's text and its metadata.

Analysts save pages from the browser, so a file holds the story amid menus,
share buttons, cookie banners and scripts. We parse with the stdlib
``html.parser`` into a small tree, pick the part that is the story (a
substantial ``<article>``, else ``<main>``, else ``<body>``) and render it as
paragraphs. ``html.parser`` never fetches anything nor runs scripts, so an
imported page cannot phone home or execute code.

Metadata comes from what publishers write for search engines and social
networks (Open Graph, JSON-LD, Dublin Core, ``<time>``). Pages are often
broken: nothing here may raise on bad markup or bad JSON, and everything is
iterative so absurd nesting cannot exhaust the recursion limit.
"""

from __future__ import annotations

import html as html_lib
import json
import re
from html.parser import HTMLParser

from storage.article_draft import ArticleDraft, collapse_spaces, tidy_text

# Subtrees that are never story text (head: its title is metadata, not text).
_DROP = frozenset(
    "head script style noscript template iframe object embed svg math canvas form "
    "button select textarea nav aside footer dialog audio video map".split())
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
# Blocks start a new paragraph; these start at least a new line.
_PARAGRAPH = frozenset(
    "p div h1 h2 h3 h4 h5 h6 blockquote section article main figure figcaption pre "
    "ul ol dl table header address details summary hr".split())
_LINE = frozenset("br li tr dt dd caption".split())
_CELL = frozenset(("td", "th"))
_LD_WRAPPER = re.compile(r"^(<!--|<!\[CDATA\[)|(-->|\]\]>)$")  # old CMS habits
_HTML_SPACE = re.compile(r"[ \t\n\r\f]+")  # not \s: NBSP and thin spaces are content
# Several small <article>s are teasers for other stories, not the story.
_MIN_ARTICLE_CHARS, _MIN_ARTICLE_SHARE = 150, 0.25
_ARTICLE_TYPES = frozenset(
    "NewsArticle Article ReportageNews AnalysisNewsArticle OpinionNewsArticle "
    "BackgroundNewsArticle ReviewNewsArticle BlogPosting LiveBlogPosting Report".split())
_DATE_META = ("date", "pubdate", "publishdate", "dc.date", "dc.date.issued",
              "parsely-pub-date", "sailthru.date")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?"
                       r"(?:Z|[+-]\d{2}:?\d{2})?)?$")


class Element:
    """A node of the parsed page: just enough to choose and render the story."""

    __slots__ = ("tag", "attrs", "children", "parent")

    def __init__(self, tag: str, attrs: dict[str, str], parent: Element | None):
        self.tag, self.attrs, self.children, self.parent = tag, attrs, [], parent

    def iter(self, tag: str | None = None):
        """Descendant elements (self included) in document order."""
        stack = [self]
        while stack:
            node = stack.pop()
            if tag is None or node.tag == tag:
                yield node
            stack.extend(c for c in reversed(node.children) if isinstance(c, Element))

    def raw_text(self) -> str:
        """All text of the subtree, unrendered: script bodies, titles."""
        return "".join(c for e in self.iter() for c in e.children if isinstance(c, str))

    def inside(self, *tags: str) -> bool:
        node = self.parent
        while node is not None and node.tag not in tags:
            node = node.parent
        return node is not None

    def within(self, ancestor: Element) -> bool:
        node = self
        while node is not None and node is not ancestor:
            node = node.parent
        return node is not None


class Document(Element):
    """The root; lists every element by tag (and "[itemprop]") so lookups skip the walk."""

    __slots__ = ("index",)

    def __init__(self):
        super().__init__("#document", {}, None)
        self.index: dict[str, list[Element]] = {}

    def all(self, tag: str) -> list[Element]:
        return self.index.get(tag, [])


class _TreeBuilder(HTMLParser):
    """Lenient tree building: stray end tags are ignored, unclosed ones closed."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = self.current = Document()

    def handle_starttag(self, tag, attrs):
        element = Element(tag, {k.lower(): v or "" for k, v in attrs}, self.current)
        self.current.children.append(element)
        self.root.index.setdefault(tag, []).append(element)
        if "itemprop" in element.attrs:
            self.root.index.setdefault("[itemprop]", []).append(element)
        if tag not in _VOID:
            self.current = element

    def handle_startendtag(self, tag, attrs):  # <svg/>, <div/>: an empty element
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.current = self.current.parent

    def handle_endtag(self, tag):
        node = self.current
        while node is not None and node.tag != tag:
            node = node.parent
        if node is not None and node.parent is not None:
            self.current = node.parent

    def handle_data(self, data):
        self.current.children.append(data)


def parse_html(html: str) -> Document:
    """The page as a tree; whatever was parsed before a parser error is kept."""
    builder = _TreeBuilder()
    try:
        builder.feed(html)
        builder.close()
    except Exception:  # older html.parser versions raised on odd markup
        pass
    return builder.root


def _dropped(element: Element) -> bool:
    if element.tag in _DROP or "hidden" in element.attrs:
        return True
    if element.attrs.get("aria-hidden", "").strip().lower() == "true":
        return True
    # The site's banner header goes; an article's own header holds its headline.
    return element.tag == "header" and not element.inside("article")


def render_text(root: Element) -> str:
    """Readable text of a subtree: paragraphs for blocks, collapsed inline spaces."""
    parts: list[str] = []
    pending = 0  # newlines owed before the next text: 1 = line, 2 = paragraph
    stack: list = [(c, root.tag == "pre") for c in reversed(root.children)]
    while stack:
        node, pre = stack.pop()
        if isinstance(node, int):  # end of a block element
            pending = max(pending, node)
        elif isinstance(node, str):
            text = node if pre else _HTML_SPACE.sub(" ", node)
            if not pre and (pending or not parts or parts[-1].endswith((" ", "\n"))):
                text = text.lstrip(" ")
            if text:
                if pending and parts:
                    parts.append("\n" * pending)
                parts.append(text)
                pending = 0
        elif node.tag == "br":
            pending = pending + 1 if parts and pending < 2 else pending
        elif not _dropped(node):
            brk = 2 if node.tag in _PARAGRAPH else 1 if node.tag in _LINE else 0
            if node.tag in _CELL and parts and not pending and parts[-1][-1:] not in " \n":
                parts.append(" ")  # cells of a row: words, not one glued word
            pending = max(pending, brk)
            stack.append((brk, pre))
            inner = pre or node.tag == "pre"
            stack.extend((c, inner) for c in reversed(node.children))
    return tidy_text("".join(parts))


def story_root(document: Document) -> tuple[Element, str]:
    """The story's element and its text: a substantial <article>, else <main>, else <body>."""
    container = next(iter(document.all("body")), document)
    text = None
    for main in document.all("main"):
        if not _dropped(main) and not main.inside(*_DROP):
            text = render_text(main) or None
            container = main if text else container
            break
    best, best_text = None, ""
    for article in document.all("article"):
        if not _dropped(article) and not article.inside("article", *_DROP):
            article_text = render_text(article)
            if len(article_text) > len(best_text):
                best, best_text = article, article_text
    if text is None:
        text = render_text(container)
    needed = max(_MIN_ARTICLE_CHARS, _MIN_ARTICLE_SHARE * len(text))
    if best is not None and len(best_text) >= needed:
        return best, best_text
    return container, text


def html_to_draft(html: str) -> ArticleDraft:
    """Text and metadata of an HTML page; never raises on malformed input."""
    document = parse_html(html)
    root, text = story_root(document)
    return ArticleDraft(text=text, **_metadata(document, root))


# ---- metadata -------------------------------------------------------------

def _metadata(document: Document, root: Element) -> dict[str, str]:
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
