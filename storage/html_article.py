"""A saved web page to an ArticleDraft: the story's text and its metadata.

Analysts save pages from the browser, so a file holds the story amid menus,
share buttons, cookie banners and scripts.  What is the story is decided here:
a substantial ``<article>``, else ``<main>``, else ``<body>``, rendered as
paragraphs.  The page's tree and its rendering are in ``storage.html_tree``,
its metadata in ``storage.html_metadata``; this module only puts them together.
"""

from __future__ import annotations

from storage.article_draft import ArticleDraft
from storage.html_metadata import page_metadata
from storage.html_tree import DROP, Document, Element, dropped, parse_html, render_text

# Several small <article>s are teasers for other stories, not the story.
_MIN_ARTICLE_CHARS, _MIN_ARTICLE_SHARE = 150, 0.25


def story_root(document: Document) -> tuple[Element, str]:
    """The story's element and its text: a substantial <article>, else <main>, else <body>."""
    container = next(iter(document.all("body")), document)
    text = None
    for main in document.all("main"):
        if not dropped(main) and not main.inside(*DROP):
            text = render_text(main) or None
            container = main if text else container
            break
    best, best_text = None, ""
    for article in document.all("article"):
        if not dropped(article) and not article.inside("article", *DROP):
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
    return ArticleDraft(text=text, **page_metadata(document, root))
