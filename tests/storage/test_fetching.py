"""Import from an address: one page fetched from a local server, every failure a message."""

import socket

import pytest

from main import run
from storage.intake import text_decoding
from storage.intake.article_draft import ArticleReadError
from storage.intake.fetching import fetch_article
from storage.project import Project
from tests.helpers.local_site import STORY, local_site
from tests.helpers.pdf_files import make_pdf


@pytest.fixture
def site():
    with local_site() as made:
        yield made


def test_a_page_in_a_legacy_encoding_with_nothing_else_fetched(site):
    address = site.add("/news/2025/07/01/ferry", STORY.encode("cp1251"),
                       "text/html; charset=windows-1251")
    draft = fetch_article(address)
    assert draft.title == "Пором знову курсує після ремонту"
    assert draft.outlet == "Річкова газета" and draft.url == address
    assert draft.published == "2025-07-01T09:49:00+03:00" and draft.published_source == "page"
    assert "поромної переправи" in draft.text and "Головна" not in draft.text
    assert "document.cookie" not in draft.text
    assert site.requests == ["/news/2025/07/01/ferry"]  # no style, script, image or redirect


def test_text_and_pdf_by_content_type_dated_by_the_address(site):
    text = site.add("/2025-06-30/notes", "Harbour notes\n\nThe ferry sailed again.",
                    "text/plain; charset=utf-8")
    draft = fetch_article(text)
    assert (draft.title, draft.published, draft.published_source) == (
        "Harbour notes", "2025-06-30", "address")
    report = site.add("/files/report", make_pdf([["Annual harbour report", "", "Traffic rose."]]),
                      "application/pdf")
    assert fetch_article(report).text.startswith("Annual harbour report")


def test_redirect_within_the_web_is_followed_and_the_address_typed_kept(site):
    target = site.add("/story", STORY.encode("cp1251"), "text/html; charset=windows-1251")
    moved = site.add("/old", b"", status=301, Location=target)
    assert fetch_article(moved).url == moved


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.mark.parametrize("setup, message", [
    (lambda s: s.url("/missing"), "the site answered 404 Not Found"),
    (lambda s: s.add("/pic", b"\x89PNG\r\n\x1a\n", "image/png"), "is image/png, not an article"),
    (lambda s: s.add("/away", b"", status=302, Location="file:///etc/passwd"),
     "redirects to file:///etc/passwd, which is not a web address"),
    (lambda s: f"http://127.0.0.1:{closed_port()}/x", "the site refused the connection"),
    (lambda s: "ftp://127.0.0.1/file.txt", "is not a web address"),
    (lambda s: "https://", "is not a web address"),
    (lambda s: s.add("/empty", b"", "text/html"), "is empty"),
])
def test_failures_are_one_clear_sentence(site, setup, message):
    with pytest.raises(ArticleReadError, match=message):
        fetch_article(setup(site))


def test_timeout_and_size_cap(site, monkeypatch):
    slow = site.add("/slow", "<p>late</p>", delay=2)
    with pytest.raises(ArticleReadError, match=r"did not answer within 0\.5 seconds"):
        fetch_article(slow, timeout=0.5)
    monkeypatch.setattr(text_decoding, "MAX_ARTICLE_BYTES", 1000)
    big = site.add("/big", "x" * 5000, "text/plain")
    with pytest.raises(ArticleReadError, match="articles over 0 MB are refused"):
        fetch_article(big)
    unsized = site.add("/unsized", "y" * 5000, "text/plain", **{"Content-Length": ""})
    with pytest.raises(ArticleReadError, match="over 0 MB"):
        fetch_article(unsized)


def test_command_line_import_of_an_address(site, tmp_path, capsys):
    address = site.add("/ferry", STORY.encode("cp1251"), "text/html; charset=windows-1251")
    project_path = tmp_path / "p.sqlite"
    assert run(["import", str(project_path), address, site.url("/missing")]) == 1
    out, err = capsys.readouterr()
    assert "imported " + address in out and "from the page's metadata" in out
    assert "/missing: error:" in err and "404" in err
    project = Project(project_path)
    try:
        (row,) = project.query("SELECT url, outlet, published, source_path FROM articles")
    finally:
        project.close()
    assert row == (address, "Річкова газета", "2025-07-01T09:49:00+03:00", "")


def test_a_compressed_page_is_read_and_a_compression_bomb_refused(site, monkeypatch):
    import gzip

    packed = gzip.compress(STORY.encode("cp1251"))
    address = site.add("/gz", packed, "text/html; charset=windows-1251",
                       **{"Content-Encoding": "gzip"})
    assert fetch_article(address).title == "Пором знову курсує після ремонту"
    monkeypatch.setattr(text_decoding, "MAX_ARTICLE_BYTES", 100_000)
    bomb = site.add("/bomb", gzip.compress(b"a" * 5_000_000), "text/plain",
                    **{"Content-Encoding": "gzip"})
    with pytest.raises(ArticleReadError, match="once uncompressed"):
        fetch_article(bomb)
