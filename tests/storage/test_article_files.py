"""read_article_file and draft_from_paste: dispatch, titles, every error path."""

import codecs
import os
from pathlib import Path

import pytest

from storage.intake import text_decoding
from storage.intake.article_draft import ArticleDraft, ArticleReadError, tidy_text
from storage.intake.article_files import draft_from_paste, read_article_file

SHARED_ARTICLES = Path(__file__).resolve().parents[3] / "shared" / "articles"

STORY = (
    "Ferry service to resume next week\n"
    "\n"
    "The regional council voted on Monday to reopen the river ferry.   \r\n"
    "Repairs should take three weeks.\n\n\n\n"
    "Residents welcomed the news.\n"
)


def write(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


def test_txt_title_is_the_short_first_line_and_text_is_tidy(tmp_path):
    draft = read_article_file(write(tmp_path, "ferry.txt", STORY))
    assert draft.title == "Ferry service to resume next week"
    assert draft.text == (
        "Ferry service to resume next week\n\n"
        "The regional council voted on Monday to reopen the river ferry.\n"
        "Repairs should take three weeks.\n\nResidents welcomed the news.")
    assert draft.source_path == str(tmp_path / "ferry.txt")


def test_txt_title_falls_back_to_the_stem(tmp_path):
    # A first line too long for a headline is a lead: shortened at a word, not the stem.
    long_line = "word " * 60 + "\nsecond line\n"
    title = read_article_file(write(tmp_path, "long-first.txt", long_line)).title
    assert title.startswith("word word") and title.endswith("…") and len(title) <= 111
    assert read_article_file(write(tmp_path, "one line.text", "Only one line.")).title == "one line"
    # A letterless leftover such as a status code is skipped when looking for the title.
    assert read_article_file(write(tmp_path, "s.txt", "404\nReal headline\nBody.")).title == \
        "Real headline"


def test_markdown_title_from_first_level_one_heading(tmp_path):
    text = "Intro line before\n\n## Sub\n\n# Ferry *resumes* #\n\nBody with **bold**.\n"
    draft = read_article_file(write(tmp_path, "note.md", text))
    assert draft.title == "Ferry *resumes*"
    assert draft.text == tidy_text(text)  # markdown kept as plain text
    assert read_article_file(write(tmp_path, "n.markdown", "## Only sub\nbody")).title == "Only sub"


def test_legacy_encoded_text_file(tmp_path):
    text = "Новини дня\n\nУчора в Києві відкрили новий міст через Дніпро.\nРух буде вільним.\n"
    draft = read_article_file(write(tmp_path, "uk.txt", text.encode("cp1251")))
    assert draft.title == "Новини дня" and "відкрили новий міст" in draft.text


HTML_RU = (
    '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'
    "<title>Паром снова ходит</title></head><body><p>Вчера паром через реку снова начал "
    "работать после ремонта причала.</p></body></html>"
)


def test_html_file_uses_declared_charset(tmp_path):
    draft = read_article_file(write(tmp_path, "page.htm", HTML_RU.encode("cp1251")))
    assert draft.title == "Паром снова ходит"
    assert draft.text.startswith("Вчера паром")


def test_html_file_with_utf16_bom(tmp_path):
    data = codecs.BOM_UTF16_LE + "<!doctype html><p>Hello 🇺🇦</p>".encode("utf-16-le")
    draft = read_article_file(write(tmp_path, "page.html", data))
    assert draft.text == "Hello 🇺🇦" and draft.title == "page"


def test_unknown_suffix_is_sniffed(tmp_path):
    html = "\n<!DOCTYPE html><html><body><p>Sniffed page text.</p></body></html>"
    assert read_article_file(write(tmp_path, "article.php", html)).text == "Sniffed page text."
    plain = "Plain words <b> that mention a tag.\nSecond line."
    assert read_article_file(write(tmp_path, "notes", plain)).text == plain
    # .txt is never treated as HTML, whatever it contains.
    assert read_article_file(write(tmp_path, "x.txt", html)).text == html.strip()


def test_html_without_text_is_refused(tmp_path):
    with pytest.raises(ArticleReadError, match=r"^blank\.html contains no readable text\.$"):
        read_article_file(write(tmp_path, "blank.html", "<html><script>x()</script></html>"))


@pytest.mark.parametrize("name, data, message", [
    ("empty.txt", b"", "empty.txt is empty."),
    ("photo.png", b"\x89PNG\r\n\x1a\n\x00\x00",
     "photo.png is not a text file (it looks like a PNG image)."),
    ("nul.txt", b"text\x00with nul", "nul.txt is not a text file (it contains binary data)."),
])
def test_bad_contents_are_refused(tmp_path, name, data, message):
    with pytest.raises(ArticleReadError) as err:
        read_article_file(write(tmp_path, name, data))
    assert str(err.value) == message


def test_too_big_is_refused_before_reading(tmp_path, monkeypatch):
    monkeypatch.setattr(text_decoding, "MAX_ARTICLE_BYTES", 1024 * 1024)
    path = write(tmp_path, "big.txt", b"a" * int(1.5 * 1024 * 1024))
    monkeypatch.setattr(Path, "open", lambda *a, **k: pytest.fail("file was read"))
    with pytest.raises(ArticleReadError) as err:
        read_article_file(path)
    assert str(err.value) == "big.txt is 1.5 MB; articles over 1 MB are refused."


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(ArticleReadError, match=r"^gone\.txt does not exist"):
        read_article_file(tmp_path / "gone.txt")
    with pytest.raises(ArticleReadError, match=r"is a folder, not a file\.$"):
        read_article_file(tmp_path)


def test_permission_denied(tmp_path, monkeypatch):
    path = write(tmp_path, "secret.txt", "text")

    def deny(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "open", deny)
    with pytest.raises(ArticleReadError) as err:
        read_article_file(path)
    assert str(err.value) == "secret.txt cannot be read: permission denied."


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_special_files_are_not_opened(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(ArticleReadError, match="not a regular file"):
        read_article_file(fifo)


def test_unicode_survives_a_file_round_trip(tmp_path):
    text = "Заголовок\nКиїв і Москва; القاهرة 👩\u200d👩\u200d👧 🇺🇦 𝒳 — e\u0301"
    draft = read_article_file(write(tmp_path, "u.txt", text))
    assert draft.text == text.replace("e\u0301", "\u00e9")


# ---- paste ----------------------------------------------------------------

def test_paste_plain_text():
    draft = draft_from_paste("  Ferry news\r\n\r\nBody text.\x00  \n")
    assert draft == ArticleDraft(text="  Ferry news\n\nBody text.", title="Ferry news")


def test_paste_single_line_has_no_title():
    assert draft_from_paste("Just one sentence.").title == ""


def test_paste_html():
    draft = draft_from_paste('<meta property="og:site_name" content="Wire">'
                             "<p>Head line</p><p>Body <script>x()</script>text.</p>")
    assert (draft.text, draft.title, draft.outlet) == (
        "Head line\n\nBody text.", "Head line", "Wire")


def test_paste_text_that_mentions_a_tag_stays_text():
    assert draft_from_paste("Use a<b> tag\nsecond").text == "Use a<b> tag\nsecond"


def test_paste_lone_surrogate_is_replaced():
    assert draft_from_paste("Broken \ud83d pair").text == "Broken \ufffd pair"


@pytest.mark.parametrize("text", ["", "   \n\t ", "<p> </p><script>x</script>"])
def test_paste_empty_is_refused(text):
    with pytest.raises(ArticleReadError, match="^The pasted text"):
        draft_from_paste(text)


def test_paste_too_big(monkeypatch):
    monkeypatch.setattr(text_decoding, "MAX_ARTICLE_BYTES", 1000)
    with pytest.raises(ArticleReadError, match=r"^The pasted text is 0\.0 MB; .*over 0 MB"):
        draft_from_paste("ж" * 600)  # 1200 bytes in UTF-8
    assert draft_from_paste("ж" * 400).text == "ж" * 400


# ---- the real articles in shared/ (read at run time, never copied) ---------

@pytest.mark.skipif(not SHARED_ARTICLES.is_dir(), reason="shared/articles is absent")
def test_shared_articles_all_read():
    files = sorted(SHARED_ARTICLES.glob("*.txt"))
    assert files
    for path in files:
        draft = read_article_file(path)
        assert draft.title.strip() and draft.text.strip(), path.name
        assert draft.text == tidy_text(draft.text)
        raw = path.read_text(encoding="utf-8")
        assert "".join(draft.text.split()) == "".join(tidy_text(raw).split()), path.name
