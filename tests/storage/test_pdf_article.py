"""PDF reports: the text layer, the info title and creation date, and every refusal."""

import pytest

from storage.intake.article_draft import ArticleReadError
from storage.intake.article_files import read_article_file
from storage.intake.pdf_article import pdf_date, pdf_to_draft
from tests.helpers.pdf_files import make_pdf

PAGES = [["Port strike enters its ninth month", "",
          "Dock workers walked out on 3 March and have not returned."],
         ["The union meets the operator again next week."]]


def test_text_layer_title_author_and_creation_date(tmp_path):
    path = tmp_path / "harbour-report.pdf"
    path.write_bytes(make_pdf(PAGES, Title="Harbour strike: ninth month", Author="Harbour Desk",
                              CreationDate="D:20250701094900+03'00'"))
    draft = read_article_file(path)
    assert draft.text.startswith("Port strike enters its ninth month\n")
    assert "\n\nThe union meets" in draft.text  # a page is a paragraph
    assert (draft.title, draft.author) == ("Harbour strike: ninth month", "Harbour Desk")
    assert draft.published == "2025-07-01T09:49:00+03:00"
    assert (draft.published_source, draft.published_evidence) == (
        "pdf", "D:20250701094900+03'00'")


def test_placeholder_title_gives_way_to_the_headline_and_name_date_is_a_conflict(tmp_path):
    path = tmp_path / "strike-2025-07-04.pdf"
    path.write_bytes(make_pdf(PAGES, Title="Microsoft Word - strike3.docx",
                              CreationDate="D:20250701"))
    draft = read_article_file(path)
    assert draft.title == "Port strike enters its ninth month"
    assert draft.published == "2025-07-01" and draft.published_source == "pdf"
    assert '"2025-07-04"' in draft.published_conflicts


def test_a_pdf_without_metadata_is_dated_by_its_name(tmp_path):
    path = tmp_path / "strike-20250704.pdf"
    path.write_bytes(make_pdf(PAGES))
    draft = read_article_file(path)
    assert (draft.published, draft.published_source) == ("2025-07-04", "file name")


@pytest.mark.parametrize("data, message", [
    (b"%PDF-1.7\n" + bytes(range(256)), "it looks like a PDF document, but a damaged one"),
    (make_pdf([[]]), "has no text layer"),
])
def test_unreadable_pdfs_are_refused_with_a_message(data, message):
    with pytest.raises(ArticleReadError, match=message):
        pdf_to_draft(data, "report.pdf")


@pytest.mark.parametrize("raw, iso", [
    ("D:20250701094900+03'00'", "2025-07-01T09:49:00+03:00"), ("D:20250701", "2025-07-01"),
    ("D:20250701120000Z", "2025-07-01T12:00:00Z"), ("D:2025", ""), ("D:20251301", ""),
    ("", ""), (None, ""),
])
def test_pdf_dates(raw, iso):
    assert pdf_date(raw) == iso


def test_a_password_protected_pdf_is_refused_and_an_empty_password_opened():
    import io

    from pypdf import PdfReader, PdfWriter

    def encrypted(password):
        writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf(PAGES))))
        writer.encrypt(user_password=password, owner_password="owner", algorithm="RC4-128")
        out = io.BytesIO()
        writer.write(out)
        return out.getvalue()

    with pytest.raises(ArticleReadError, match="is a password-protected PDF"):
        pdf_to_draft(encrypted("secret"), "locked.pdf")
    assert pdf_to_draft(encrypted(""), "open.pdf").text.startswith("Port strike")
