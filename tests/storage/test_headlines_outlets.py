"""Headlines of plain text and outlets from addresses, names and wire credits."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storage.intake.article_draft import ArticleDraft
from storage.intake.article_metadata import byline_author, complete
from storage.intake.headlines import headline, headline_from_lead
from storage.intake.outlets import agency_name, outlet_from_name, outlet_from_url

BODY = "\n\nThe council met on Monday. Repairs take three weeks.\n\nMore text follows."


@pytest.mark.parametrize("first_lines, title", [
    ("Ferry to resume next week", "Ferry to resume next week"),
    ("404\nFerry to resume next week", "Ferry to resume next week"),
    ("By Paul Liotta | pliotta@example.com\nFerry to resume next week",
     "Ferry to resume next week"),
    ("Sign up for River Today, our newsletter.\nFerry to resume next week",
     "Ferry to resume next week"),
    ("1 липня 2025, 09:49\nПором відновить роботу", "Пором відновить роботу"),
    ("Posted on June 30, 2025\nFerry to resume next week", "Ferry to resume next week"),
    ("What happened\nFerry to resume next week", "Ferry to resume next week"),
    ("Что известно\nПаром возобновит работу", "Паром возобновит работу"),
])
def test_lines_that_are_never_headlines_are_passed_over(first_lines, title):
    assert headline(first_lines + BODY) == title


@pytest.mark.parametrize("lead, title", [
    ("LONDON (AP) — A ferry capsized on the Thames on Monday, police said, after a storm "
     "that brought down trees across the south of England and closed two airports.",
     "A ferry capsized on the Thames on Monday"),
    ("The regional council voted on Monday to reopen the old river ferry (closed since 2019), "
     "marking the end of a six-year campaign by residents of the villages downstream.",
     "The regional council voted on Monday to reopen the old river ferry"),
    ("В результате наводнения в области погибли три человека и еще двенадцать пострадали, "
     "сообщил глава региона на брифинге в понедельник вечером в областном центре.",
     "В результате наводнения в области погибли три человека и еще двенадцать пострадали"),
])
def test_a_lead_becomes_a_headline_at_the_end_of_its_main_clause(lead, title):
    assert headline_from_lead(lead) == title
    assert headline(lead + BODY) == title


def test_a_long_clause_is_cut_at_a_word_not_inside_one():
    lead = ("Officials of the regional transport authority confirmed that the long awaited "
            "replacement of the suspension bridge over the river near the old mill in the "
            "northern district will not begin before the autumn of next year.")
    title = headline_from_lead(lead)
    assert title.endswith("…") and len(title) <= 111 and lead.startswith(title[:-1])
    assert not title[:-1].endswith((" the", " of", " in"))


def test_one_line_has_no_headline():
    assert headline("Only one line of content.") == ""


@pytest.mark.parametrize("url, outlet", [
    ("https://www.reuters.com/world/x", "Reuters"), ("https://news.sky.com/story/x", "Sky News"),
    ("https://www.pravda.com.ua/eng/news/2025/07/2/7519818/", "Ukrainska Pravda"),
    ("https://gazette.example.org/ferry", "gazette.example.org"), ("not an address", ""),
])
def test_outlet_from_the_address(url, outlet):
    assert outlet_from_url(url) == outlet


@pytest.mark.parametrize("name, outlet", [
    ("izhevsk-drone-ap-startribune-2025-07-01", "Star Tribune (Associated Press)"),
    ("dachne-denial-pravda-ua-2025-07-02", "Ukrainska Pravda"),
    ("bbc_ferry", "BBC News"), ("ferry-notes", ""), ("apple-harvest", ""),
])
def test_outlet_from_the_file_name(name, outlet):
    assert outlet_from_name(name) == outlet


def test_wire_credit_and_its_publisher_are_combined():
    draft = ArticleDraft(text="KYIV, July 1 (Reuters) — Ukraine said its drones hit a plant.\n"
                              "More text here.", url="https://www.startribune.com/x/1")
    complete(draft)
    assert draft.outlet == "Star Tribune (Reuters)"
    assert agency_name("AP") == "Associated Press" and agency_name("Ukrinform") == "Ukrinform"


def test_byline_gives_the_author():
    assert byline_author("By Paul Liotta | pliotta@example.com\nHeadline\nBody") == "Paul Liotta"
    assert byline_author("Headline\nBody text without a byline.") == ""


def test_page_outlet_is_kept_over_the_address():
    draft = ArticleDraft(text="x\ny", outlet="The River Gazette", url="https://www.bbc.com/x")
    assert complete(draft).outlet == "The River Gazette"


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(st.text(max_size=40), st.sampled_from(
    ["\n", "\n\n", ", ", " — ", "(", ")", ". ", "By ", "said", "1 July 2025", "Sign up"])),
    max_size=40))
def test_any_text_gives_a_headline_of_headline_length(pieces):
    text = "".join(pieces)
    title = headline(text)
    assert len(title) <= 151 and "\n" not in title
    assert isinstance(outlet_from_name(text), str) and isinstance(outlet_from_url(text), str)


def test_an_update_after_publication_is_no_conflict_but_one_before_is():
    updated = "Updated 3 July 2025 10:00\nFerry returns\nBody text of the story."
    draft = complete(ArticleDraft(text=updated), "ferry-2025-07-01.txt")
    assert (draft.published, draft.published_source, draft.published_conflicts) == (
        "2025-07-01", "file name", "")
    draft = complete(ArticleDraft(text=updated), "ferry-2025-07-05.txt")
    assert draft.published == "2025-07-05" and "updated line" in draft.published_conflicts
    assert complete(ArticleDraft(text=updated)).published == "2025-07-03T10:00"


@pytest.mark.parametrize("first_lines", [
    "Home > World > Europe\nMenu\nSearch", "Skip to main content\nShare\nTweet",
    "Новини / Світ / Європа\nListen to this article · 4 min", "Updated 3 hours ago\nReuters",
])
def test_page_furniture_copied_with_the_story_is_passed_over(first_lines):
    assert headline(first_lines + "\nDrones hit a plant in Izhevsk" + BODY) == \
        "Drones hit a plant in Izhevsk"


def test_a_headline_with_a_slash_is_no_breadcrumb():
    assert headline("Ukraine / Russia talks resume" + BODY) == "Ukraine / Russia talks resume"


def test_a_copied_page_title_loses_its_site_tail():
    assert headline("Drones hit a plant in Izhevsk | World news | The Guardian" + BODY) == \
        "Drones hit a plant in Izhevsk"


@pytest.mark.parametrize("byline, outlet", [
    ("By Jane Doe, Associated Press", "Associated Press"), ("Jane Doe | Reuters", "Reuters"),
    ("By Jane Doe for the BBC", ""), ("By Jane Doe for BBC", "BBC News"),
    ("By Jane Doe", ""),
])
def test_byline_credits_an_outlet(byline, outlet):
    draft = complete(ArticleDraft(text=f"Ferry returns to the river\n{byline}\nBody text here."))
    assert draft.outlet == outlet
