"""html_to_draft: readable story text, metadata from each source, hostile pages."""

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storage.intake.article_draft import tidy_text
from storage.intake.html_article import html_to_draft

BODY = (
    "<p>The regional council voted on Monday to reopen the old river ferry, "
    "closed since the spring floods damaged its landing stage.</p>"
    "<p>Repairs are expected to take three weeks, officials said.</p>"
)


def page(head="", body=BODY):
    return f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>"


def test_paragraphs_inline_whitespace_and_entities():
    draft = html_to_draft(page(body=(
        "<h1>Ferry  to\n reopen</h1>"
        "<div>First   <b>bold</b>\n<i>words</i> &amp; more&nbsp;here.</div>"
        "<p>Line one<br>line two<br/><br>new paragraph</p>"
        "<ul><li>alpha</li><li>beta</li></ul><blockquote>Quoted &laquo;text&raquo;</blockquote>"
        "<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>"
        "<pre>  keep\n    indentation</pre>")))
    assert draft.text == (
        "Ferry to reopen\n\nFirst bold words & more\u00a0here.\n\n"
        "Line one\nline two\n\nnew paragraph\n\nalpha\nbeta\n\nQuoted «text»\n\n"
        "a b\nc\n\n  keep\n    indentation")
    assert "\r" not in draft.text
    assert not any(line != line.rstrip() for line in draft.text.split("\n"))


def test_nothing_active_leaves_a_trace():
    hostile = page(
        head="<style>p { color: red }</style><script src='http://tracker.example/t.js'></script>",
        body=(
            "<p onclick=\"steal()\">Safe words.<img src=\"http://tracker.example/pixel.gif\" "
            "onerror=\"alert('x')\" alt=\"pixel alt\"></p>"
            "<script>document.write('injected script text')</script>"
            "<iframe src='http://ads.example/'>iframe fallback</iframe>"
            "<noscript>enable javascript</noscript><object data='x.swf'>plugin</object>"
            "<svg><text>svg text</text></svg><form><button>Subscribe</button></form>"
            "<template><p>template text</p></template><canvas>canvas text</canvas>"
            "<p style=\"background:url(http://tracker.example/bg.png)\">More words.</p>"))
    draft = html_to_draft(hostile)
    assert draft.text == "Safe words.\n\nMore words."


def test_page_furniture_is_dropped():
    draft = html_to_draft(page(body=(
        "<header><a href='/'>Home</a> <a>World</a></header><nav>Menu items</nav>"
        "<div>" + BODY + "</div><aside>Read also: other story</aside>"
        "<footer>Copyright notice</footer><div hidden>hidden text</div>"
        "<span aria-hidden='true'>icon</span>")))
    assert draft.text.startswith("The regional council")
    assert draft.text.endswith("officials said.")


def test_article_is_preferred_and_keeps_its_own_header():
    draft = html_to_draft(page(body=(
        "<div>Cookie banner text that is long enough to matter " * 3 + "</div>"
        "<article><header><h1>Ferry to reopen</h1></header>" + BODY + "</article>"
        "<div>Trending now: many unrelated headlines</div>")))
    assert draft.text.startswith("Ferry to reopen\n\nThe regional council")
    assert "Cookie" not in draft.text and "Trending" not in draft.text


def test_small_teaser_articles_do_not_replace_the_story():
    teasers = "".join(f"<article><a>Other story {i}</a></article>" for i in range(3))
    draft = html_to_draft(page(body=f"<div>{BODY}</div><section>{teasers}</section>"))
    assert "The regional council" in draft.text


def test_main_is_used_without_article():
    draft = html_to_draft(page(body=f"<div>Site banner</div><main>{BODY}</main>"))
    assert draft.text.startswith("The regional council")


def test_unicode_survives():
    words = "Київ, Москва, «القاهرة» 👩\u200d👩\u200d👧 🇺🇦 𝒳 e\u0301"
    draft = html_to_draft(page(body=f"<p>{words}</p>"))
    assert draft.text == words.replace("e\u0301", "\u00e9")


# ---- metadata, each source alone -----------------------------------------

def test_open_graph_metadata():
    draft = html_to_draft(page(head=(
        '<meta property="og:title" content="Ferry &amp; river">'
        '<meta property="og:site_name" content="The River Gazette">'
        '<meta property="og:url" content="https://gazette.example/ferry">'
        '<meta property="article:published_time" content="2025-07-01T09:49:00+03:00">'
        '<meta property="article:author" content="https://social.example/someone">'
        '<meta property="article:author" content="Olena Petrenko">')))
    assert (draft.title, draft.outlet, draft.url) == (
        "Ferry & river", "The River Gazette", "https://gazette.example/ferry")
    assert draft.published == "2025-07-01T09:49:00+03:00"
    assert draft.author == "Olena Petrenko"  # a profile URL is not a name


def test_title_tag_then_first_h1():
    assert html_to_draft(page(head="<title> Ferry\n to reopen </title>")).title == "Ferry to reopen"
    assert html_to_draft(page(body="<h1>The <em>ferry</em></h1>" + BODY)).title == "The ferry"


def test_canonical_link_and_meta_author():
    draft = html_to_draft(page(head=(
        '<link rel="canonical" href="https://gazette.example/c">'
        '<meta name="author" content="Ivan Franko">')))
    assert draft.url == "https://gazette.example/c" and draft.author == "Ivan Franko"


def ld(obj):
    return f'<script type="application/ld+json">{json.dumps(obj, ensure_ascii=False)}</script>'


def test_json_ld_graph_with_references():
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebPage", "@id": "https://gazette.example/p"},
        {"@type": ["NewsArticle"], "headline": "Пором відкриють", "datePublished": "2025-07-02",
         "author": [{"@type": "Person", "name": "Олена"}, "Taras", {"@id": "#p3"}],
         "publisher": {"@id": "#org"}, "url": "https://gazette.example/p"},
        {"@id": "#org", "@type": "NewsMediaOrganization", "name": "Газета"},
        {"@id": "#p3", "@type": "Person", "name": "Mykola"}]}
    draft = html_to_draft(page(head=ld(graph)))
    assert (draft.title, draft.published, draft.outlet, draft.url) == (
        "Пором відкриють", "2025-07-02", "Газета", "https://gazette.example/p")
    assert draft.author == "Олена, Taras, Mykola"


@pytest.mark.parametrize("kind", ["Article", "ReportageNews"])
def test_json_ld_list_and_plain_author(kind):
    items = [{"@type": "BreadcrumbList"},
             {"@type": kind, "datePublished": "2025-07-01T06:49:00Z",
              "author": {"name": "A. Writer"},
              "publisher": {"@type": "Organization", "name": "Wire"}}]
    draft = html_to_draft(page(head=ld(items)))
    assert (draft.published, draft.author, draft.outlet) == (
        "2025-07-01T06:49:00Z", "A. Writer", "Wire")


@pytest.mark.parametrize("broken", [
    '{"@type": "NewsArticle", "headline": "x",',            # truncated
    "{'@type': 'NewsArticle'}",                              # not JSON
    '[' * 5000 + ']' * 5000,                                 # absurd nesting
    '{"@type": 5, "author": {"name": ["x", {"a": 1}]}, "@graph": "nope"}',
    '"just a string"', '', 'null',
])
def test_malformed_json_ld_never_raises(broken):
    head = (f'<script type="application/ld+json">{broken}</script>'
            '<meta name="date" content="2025-06-30">')
    draft = html_to_draft(page(head=head))
    assert draft.published == "2025-06-30" and draft.text.startswith("The regional")


def test_json_ld_in_comment_wrapper_and_with_entities():
    head = ('<script type="application/ld+json"><!--\n{"@type": "NewsArticle", '
            '"headline": "Salt &amp; pepper"};\n--></script>')
    assert html_to_draft(page(head=head)).title == "Salt & pepper"


@pytest.mark.parametrize("name", ["date", "pubdate", "publishdate", "dc.date", "DC.date.issued",
                                  "parsely-pub-date", "sailthru.date"])
def test_date_meta_names(name):
    draft = html_to_draft(page(head=f'<meta name="{name}" content="2025-07-01 09:49:00">'))
    assert draft.published == "2025-07-01T09:49:00"


def test_itemprop_date_published():
    assert html_to_draft(page(head='<meta itemprop="datePublished" content="2025-07-03">')
                         ).published == "2025-07-03"
    body = '<span itemprop="datePublished" content="2025-07-04T10:00:00+02:00">4 July</span>' + BODY
    assert html_to_draft(page(body=body)).published == "2025-07-04T10:00:00+02:00"


def test_time_element_of_the_story_with_its_time():
    body = (f'<article><time datetime="2025-07-05T08:00">5 July</time>{BODY}</article>'
            '<footer><time datetime="2025-07-06">updated</time></footer>')
    assert html_to_draft(page(body=body)).published == "2025-07-05T08:00"
    timed = page(body='<time datetime="2025-07-06">x</time>' + BODY)
    assert html_to_draft(timed).published == "2025-07-06"


def test_page_dates_are_read_by_htmldate_with_their_time_kept():
    head = ('<meta name="pubdate" content="2025-06-29">' + ld({"@type": "NewsArticle",
                                                             "datePublished": "2025-06-28"}))
    assert html_to_draft(page(head=head)).published in ("2025-06-28", "2025-06-29")
    stamp = '<meta property="article:published_time" content="2025-06-27T10:00:00+02:00">'
    draft = html_to_draft(page(head=stamp))
    assert draft.published == "2025-06-27T10:00:00+02:00"
    assert (draft.published_source, draft.published_evidence) == ("page", draft.published)
    # A date written out in a meta tag is read too.
    assert html_to_draft(page(head='<meta name="date" content="July 1, 2025">')
                         ).published == "2025-07-01"


def test_no_date_is_guessed_from_the_page_text():
    body = "<p>On 3 March 2019 the ferry first sailed; it was repaired in 2021.</p>" + BODY
    assert html_to_draft(page(body=body)).published == ""


def test_no_metadata_gives_empty_fields():
    draft = html_to_draft("<p>Just a fragment.</p>")
    assert draft.text == "Just a fragment."
    assert (draft.title, draft.outlet, draft.url, draft.author, draft.published) == ("",) * 5


@pytest.mark.parametrize("markup", [
    "", "<", "<<<>>>", "</p></div></body>", "<p>unclosed <b>bold <i>both",
    "<div>" * 30000 + "deep" + "</div>" * 10, "<![if !IE]><p>x</p><![endif]>",
    "<a href='</p>'>x", "&#xD800;&#0;&#x110000;&bogus;", "<!-- never closed",
    "<svg/><div/><p>after self-closing</p>", "<scr<script>ipt>x</script>",
])
def test_malformed_html_never_raises(markup):
    draft = html_to_draft(markup)
    assert isinstance(draft.text, str)
    assert "\ud800" not in draft.text


_MARKUP = st.lists(st.one_of(
    st.text(max_size=20),
    st.sampled_from(["<p>", "</p>", "<div>", "</div>", "<br>", "<script>", "</script>", "<pre>",
                     "</pre>", "<article>", "</article>", "<td>", "<li>", "&amp;", "&#", "<!--",
                     "-->", "<", ">", '<meta property="og:title" content="', '"',
                     '<script type="application/ld+json">{"@type":"NewsArticle",',
                     '<time datetime="2025-07-01">', "<main>", "<header>"])), max_size=40)


@settings(max_examples=150, deadline=None)
@given(_MARKUP)
def test_arbitrary_markup_gives_tidy_text(pieces):
    draft = html_to_draft("".join(pieces))
    assert draft.text == tidy_text(draft.text)
    assert "\r" not in draft.text and "\n\n\n" not in draft.text
    fields = ("title", "outlet", "url", "author", "published")
    assert all(isinstance(getattr(draft, name), str) for name in fields)


def test_reading_a_page_opens_no_connection(monkeypatch):
    """htmldate downloads a string that looks like an address: the page goes in parsed."""
    import socket
    import urllib.request

    def refuse(*args, **kwargs):
        raise AssertionError("a page being read tried to reach the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(urllib.request, "urlopen", refuse)
    for markup in ("https://tracker.example/page", "http://a.example/b.html",
                   page(head='<meta property="og:url" content="https://gazette.example/2025/07/01/x">'
                             '<!DOCTYPE html SYSTEM "http://dtd.example/x.dtd">'
                             '<link rel="stylesheet" href="http://css.example/s.css">',
                        body='<img src="http://img.example/p.png">' + BODY)):
        draft = html_to_draft(markup)
        assert isinstance(draft.text, str)


def test_div_soup_furniture_and_cross_links_are_left_out():
    story = "".join(f"<p>Paragraph {i}: the council met again on the ferry; residents of the "
                    f"villages downstream asked for a date, and officials promised one soon.</p>"
                    for i in range(6))
    story = story.replace("<p>Paragraph 3", '<p><a href="/x">Read more: Bridge plans '
                          'approved</a></p><p>Paragraph 3')
    body = ('<div class="cookie-banner">We use cookies to improve your experience on our '
            'site. Accept all cookies?</div><div class="menu"><a>Home</a> <a>World</a> '
            '<a>Sport</a></div><div class="content"><div class="story-body">' + story +
            '</div><div class="related"><a>Other story about the harbour</a></div></div>'
            '<div class="site-footer">© 2025 The River Gazette. All rights reserved.</div>')
    text = html_to_draft(page(body=body)).text
    assert text.startswith("Paragraph 0:") and text.count("Paragraph ") == 6
    for furniture in ("cookies", "Read more", "Other story", "All rights", "Sport"):
        assert furniture not in text
