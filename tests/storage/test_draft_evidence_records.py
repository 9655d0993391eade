"""An imported draft is stored with the evidence of its published date, and the
write returns its change record like every other storage write."""

from __future__ import annotations

from storage.changes import Changes
from storage.intake.article_draft import ArticleDraft
from storage.intake.published_evidence import Evidence, dump_conflicts, load_conflicts

CONFLICTS = dump_conflicts([Evidence("2025-07-03", "file name", "ferry-2025-07-03.txt")])


def dated_draft(text: str) -> ArticleDraft:
    return ArticleDraft(text=text, title="Ferry", published="2025-07-01T09:49",
                        published_source="timestamp", published_evidence="1 July 2025, 09:49",
                        published_conflicts=CONFLICTS)


def test_add_draft_keeps_the_evidence_and_names_the_new_article(project):
    article_id = project.articles.add_draft(dated_draft("The ferry returns on Tuesday."))
    assert article_id.changes == Changes.of(articles_added=[article_id],
                                            article_content=[article_id])
    article = project.articles.get(article_id)
    assert (article.published, article.published_source, article.published_evidence) == (
        "2025-07-01T09:49", "timestamp", "1 July 2025, 09:49")
    assert [c.value for c in load_conflicts(article.published_conflicts)] == ["2025-07-03"]


def test_add_drafts_is_one_record_and_keeps_each_drafts_evidence(project):
    written = project.articles.add_drafts([dated_draft("First crossing at dawn."),
                                           ArticleDraft(text="Harbour wall repaired.")])
    assert written.changes == Changes.of(articles_added=written.ids,
                                         article_content=written.ids)
    first, second = (project.articles.get(i) for i in written.ids)
    assert first.published_source == "timestamp" and first.published_conflicts == CONFLICTS
    assert (second.published, second.published_source) == ("", "")


def test_evidence_without_a_date_is_not_kept(project):
    article_id = project.articles.add("Undated notes.", published_source="file name",
                                      published_evidence="notes.txt")
    article = project.articles.get(article_id)
    assert (article.published_source, article.published_evidence) == ("", "")
