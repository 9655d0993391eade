"""A PDF report to an ArticleDraft: its text layer, title and creation date.

Analysts receive reports and statements as PDF.  pypdf (pure Python, well
kept) reads the text layer; a scanned PDF without one has no text and is
refused with a message, as an empty file is.  pypdf never runs the
document's JavaScript nor fetches anything.  Its info dictionary gives a
title (unless it is a word processor's placeholder such as "Microsoft Word -
draft3.docx") and a creation date, kept as the page's own metadata would be:
it is evidence of the published date, ranked after a web page's metadata.
"""

from __future__ import annotations

import io
import logging
import re

from pypdf import PdfReader
from pypdf.errors import PdfReadError, PyPdfError

from storage.intake.article_draft import ArticleDraft, ArticleReadError, collapse_spaces, tidy_text
from storage.intake.headlines import headline

# A title that only names the file it was made from, or nothing.
_PLACEHOLDER_TITLE = re.compile(
    r"^(?:microsoft\s+\w+\s+-\s+.*|untitled.*|.*\.(?:docx?|odt|rtf|txt|indd|pages)|"
    r"document\d*|presentation\d*)$", re.IGNORECASE)
_PDF_DATE = re.compile(r"^D?:?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?"
                       r"(?:(Z)|([+-])(\d{2})'?(\d{2})?'?)?")


def pdf_date(value) -> str:
    """A PDF date string ("D:20250701094900+03'00'") as ISO 8601, or ""."""
    match = _PDF_DATE.match(str(value or "").strip())
    if not match or not match.group(2) or not match.group(3):
        return ""
    year, month, day, hour, minute, second, utc, sign, zh, zm = match.groups()
    if not (1 <= int(month) <= 12 and 1 <= int(day) <= 31):
        return ""
    value = f"{year}-{month}-{day}"
    if hour and minute:
        value += f"T{hour}:{minute}" + (f":{second}" if second else "")
        if utc:
            value += "Z"
        elif sign and zh:
            value += f"{sign}{zh}:{zm or '00'}"
    return value


def pdf_to_draft(data: bytes, name: str) -> ArticleDraft:
    """The PDF's text (pages as paragraphs) and its title and date; ArticleReadError if none."""
    logging.getLogger("pypdf").setLevel(logging.ERROR)  # broken xref warnings are noise here
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                opened = reader.decrypt("")  # many PDFs are encrypted with an empty password
            except PyPdfError:
                opened = False
            if not opened:
                raise ArticleReadError(f"{name} is a password-protected PDF; "
                                       "save an unprotected copy and import that.")
        pages = [page.extract_text() or "" for page in reader.pages]
        info = reader.metadata or {}
        title = collapse_spaces(str(info.get("/Title") or ""))
        author = collapse_spaces(str(info.get("/Author") or ""))
        created = pdf_date(info.get("/CreationDate"))
    except ArticleReadError:
        raise
    except (PdfReadError, PyPdfError, ValueError, TypeError, KeyError, AttributeError, IndexError,
            RecursionError, OSError, AssertionError, ZeroDivisionError) as exc:
        raise ArticleReadError(f"{name} cannot be read: it looks like a PDF document, but "
                               f"a damaged one ({exc.__class__.__name__}).") from None
    text = tidy_text("\n\n".join(p.strip("\n") for p in pages if p.strip()))
    if not text:
        raise ArticleReadError(f"{name} has no text layer (a scanned PDF?); "
                               "nothing could be read from it.")
    if not title or _PLACEHOLDER_TITLE.match(title):
        title = headline(text)
    return ArticleDraft(text=text, title=title, author=author, published=created,
                        published_source="pdf" if created else "",
                        published_evidence=str(info.get("/CreationDate") or "") if created
                        else "")
