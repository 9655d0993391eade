"""An article's time expressions, proposed events and language, kept while their
inputs stay the same.

Finding the expressions and events of an article takes milliseconds to
seconds; what they depend on is the text and the published date (the
reference of relative dates), nothing else.  So the result is kept by
(article id, content hash, published) and the finders run again only when
the change record names the article in ``article_content`` (``forget``):
accepting or dismissing a suggestion, or retitling the article, reuses it.
The expressions are found once and handed to the event finder.
"""

from __future__ import annotations

from collections import OrderedDict

KEPT_ARTICLES = 8  # the articles an analyst goes back and forth between


class ExpressionCache:
    def __init__(self):
        self._kept: OrderedDict[int, tuple[tuple, list, list]] = OrderedDict()
        self._readings: dict[int, tuple[str, object]] = {}

    def get(self, article) -> tuple[list, list]:
        """(expressions, proposed events) of ``article`` (a storage.records.Article)."""
        key = (article.content_hash, article.published)
        kept = self._kept.get(article.id)
        if kept is not None and kept[0] == key:
            self._kept.move_to_end(article.id)
            return kept[1], kept[2]
        # Imported here: the finders' rules compile on first use, after the window shows.
        from temporal.event_proposals import propose_events
        from temporal.expressions import find_expressions

        expressions = find_expressions(article.text, article.published_date)
        proposals = propose_events(article.text, article.published_date, expressions)
        self._kept[article.id] = (key, expressions, proposals)
        while len(self._kept) > KEPT_ARTICLES:
            self._kept.popitem(last=False)
        return expressions, proposals

    def language(self, article):
        """The language the article is read in (`detection.Reading`), by its text."""
        kept = self._readings.get(article.id)
        if kept is not None and kept[0] == article.content_hash:
            return kept[1]
        from temporal.expressions.languages.detection import read_language

        reading = read_language(article.text)
        self._readings[article.id] = (article.content_hash, reading)
        return reading

    def forget(self, article_ids) -> None:
        for article_id in article_ids:
            self._kept.pop(article_id, None)
            self._readings.pop(article_id, None)
