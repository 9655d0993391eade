"""A web page as a small tree, and the readable text of any part of it.

The draft's text form (paragraphs, line breaks, list items, table rows,
``<pre>`` kept) is made here: from the simple HTML trafilatura returns for a
page's story, and from a whole page when it is all story (a pasted fragment,
a short note; ``storage.intake.html_article``).  The same tree serves the page's
JSON-LD to ``storage.intake.html_metadata``.  We parse with the stdlib
``html.parser``, which never fetches anything nor runs scripts, so an
imported page cannot phone home or execute code.
Pages are often broken: nothing here may raise on bad markup, and every walk
is iterative so absurd nesting cannot exhaust the recursion limit.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from storage.intake.article_draft import tidy_text

# Subtrees that are never story text (head: its title is metadata, not text).
DROP = frozenset(
    "head script style noscript template iframe object embed svg math canvas form "
    "button select textarea nav aside footer dialog audio video map".split())
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
# Blocks start a new paragraph; these start at least a new line.
_PARAGRAPH = frozenset(
    "p div h1 h2 h3 h4 h5 h6 blockquote section article main figure figcaption pre "
    "ul ol dl table header address details summary hr".split())
_LINE = frozenset("br li tr dt dd caption".split())
_CELL = frozenset(("td", "th"))
_HTML_SPACE = re.compile(r"[ \t\n\r\f]+")  # not \s: NBSP and thin spaces are content


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


def dropped(element: Element) -> bool:
    if element.tag in DROP or "hidden" in element.attrs:
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
        elif not dropped(node):
            brk = 2 if node.tag in _PARAGRAPH else 1 if node.tag in _LINE else 0
            if node.tag in _CELL and parts and not pending and parts[-1][-1:] not in " \n":
                parts.append(" ")  # cells of a row: words, not one glued word
            pending = max(pending, brk)
            stack.append((brk, pre))
            inner = pre or node.tag == "pre"
            stack.extend((c, inner) for c in reversed(node.children))
    return tidy_text("".join(parts))
