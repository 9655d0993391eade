"""An article's expressions are found once per (text, published date)."""

from __future__ import annotations

import temporal.expressions
from gui.suggestions.expression_cache import ExpressionCache
from storage.records import Article


def article(published: str, article_id: int = 1) -> Article:
    return Article(article_id, "u", "T", "", "", "", published,
                   "They met on Tuesday and again in March.", "hash", "", "")


def test_found_once_until_the_published_date_changes_or_it_is_forgotten(monkeypatch):
    runs = []
    original = temporal.expressions.find_expressions
    monkeypatch.setattr(temporal.expressions, "find_expressions",
                        lambda *args: runs.append(args) or original(*args))
    cache = ExpressionCache()
    expressions, proposals = cache.get(article("2025-07-01"))
    assert [e.text for e in expressions][:1] == ["Tuesday"] and proposals
    assert cache.get(article("2025-07-01")) == (expressions, proposals)
    assert len(runs) == 1
    cache.get(article("2025-07-08"))  # a new reference date: found again
    assert len(runs) == 2
    cache.forget([1])
    cache.get(article("2025-07-08"))
    assert len(runs) == 3
