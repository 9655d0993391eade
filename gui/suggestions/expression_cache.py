"""An article's time expressions and proposals, kept while their inputs stay the same.

Finding the expressions of an article takes milliseconds to seconds; what it
depends on is the text and the published date (the reference of relative
dates), nothing else.  So the result is kept by (article id, content hash,
published) and the finder runs again only when the change record names the
article in ``article_content`` (``forget``): accepting or dismissing a
suggestion, or retitling the article, reuses it.
"""

from __future__ import annotations

from collections import OrderedDict

KEPT_ARTICLES = 8  # the articles an analyst goes back and forth between


class ExpressionCache:
    def __init__(self):
        self._kept: OrderedDict[int, tuple[tuple, list, list]] = OrderedDict()

    def get(self, article) -> tuple[list, list]:
        """(expressions, proposals) of ``article`` (a storage.records.Article)."""
        key = (article.content_hash, article.published)
        kept = self._kept.get(article.id)
        if kept is not None and kept[0] == key:
            self._kept.move_to_end(article.id)
            return kept[1], kept[2]
        # Imported here: the finder's rules compile on first use, after the window shows.
        from temporal.expressions import find_expressions
        from temporal.suggestions import propose

        expressions = find_expressions(article.text, article.published_date)
        proposals = propose(article.text, expressions)
        self._kept[article.id] = (key, expressions, proposals)
        while len(self._kept) > KEPT_ARTICLES:
            self._kept.popitem(last=False)
        return expressions, proposals

    def forget(self, article_ids) -> None:
        for article_id in article_ids:
            self._kept.pop(article_id, None)
