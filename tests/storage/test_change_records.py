"""Every storage write returns the record of what it changed (storage.changes)."""

from __future__ import annotations

from storage.changes import Changes, combine, import_record
from storage.records import Tag
from temporal.dates import parse_date

TEXT = "Officials said on Tuesday that the bridge would reopen in March."


def test_adding_names_the_new_rows(project):
    article_id = project.articles.add(TEXT, published="2025-07-01")
    assert article_id.changes == Changes.of(articles_added=[article_id],
                                            article_content=[article_id])
    event_id = project.events.add("Bridge reopens", parse_date("Mar 2025"),
                                  tags=(Tag("Kyiv", "place"),), passage=(article_id, 34, 62))
    assert event_id.changes == Changes.of(events_added=[event_id],
                                          passages=[(article_id, event_id)], tags=True)
    assert [p.quote for p in project.annotations.for_event(event_id)] == [TEXT[34:62]]
    again = project.events.add("Second", tags=(Tag("Kyiv", "place"),))
    assert again.changes.tags is False  # the tag existed: the vocabulary did not change


def test_a_new_published_date_is_a_change_of_content_a_title_is_not(project):
    article_id = project.articles.add(TEXT, published="2025-07-01")
    retitled = project.articles.update(article_id, title="Bridge")
    assert retitled.before == {"title": ""}
    assert retitled.changes == Changes.of(articles_updated=[article_id])
    redated = project.articles.update(article_id, published="2025-07-08")
    assert redated.changes.article_content == {article_id}
    same = project.articles.update(article_id, published="2025-07-08")
    assert same.changes.article_content == frozenset()


def test_passages_and_dismissals_name_their_article(project):
    article_id = project.articles.add(TEXT)
    event_id = project.events.add("Bridge")
    passage_id = project.annotations.add(article_id, event_id, 0, 9)
    assert passage_id.changes == Changes.of(passages=[(article_id, event_id)])
    assert project.annotations.delete(passage_id).changes == passage_id.changes
    assert project.dismissals.add(article_id, 17, 24, "Tuesday") == Changes.of(
        suggestions=[article_id])
    assert project.dismissals.remove(article_id, 17, 24) == Changes.of(suggestions=[article_id])


def test_records_combine_into_one():
    first = Changes.of(events_added=[1], passages=[(5, 1)])
    second = Changes.of(events_updated=[2], tags=True)
    assert first | second == combine([first, second]) == Changes.of(
        events_added=[1], events_updated=[2], passages=[(5, 1)], tags=True)
    assert (first | second).events == {1, 2} and (first | second).articles == {5}
    assert not Changes() and combine([]) == Changes()


def test_an_import_record_names_what_it_added_or_took_out():
    ids = {"articles": [3], "events": [7, 8], "annotations": [1], "tags": []}
    added = import_record(ids, {(3, 7)})
    assert added == Changes.of(articles_added=[3], article_content=[3], events_added=[7, 8],
                               passages=[(3, 7)])
    removed = import_record(ids, {(3, 7)}, removed=True)
    assert removed.articles_removed == {3} and removed.events_removed == {7, 8}


def test_many_drafts_are_one_write_and_one_record(project):
    from storage.intake.article_draft import ArticleDraft

    drafts = [ArticleDraft(text=f"Article {n} text.", title=f"A{n}") for n in range(3)]
    written = project.articles.add_drafts(drafts)
    assert len(written.ids) == 3 and project.articles.count() == 3
    assert written.changes.articles_added == set(written.ids)


