"""Import entry points: a file on disk, or text pasted by the analyst.

Both end in an ArticleDraft or an ArticleReadError whose message names the
file and can be shown to the analyst unchanged. The format is chosen by file
suffix, because that is what the analyst chose when saving; an unknown suffix
is sniffed (HTML or text) rather than refused, since saved pages often come
with odd names ("article.php", "index").
"""

from __future__ import annotations

import codecs
import os
import re
import stat
from pathlib import Path

from storage.intake import text_decoding
from storage.intake.article_draft import (
    ArticleDraft,
    ArticleReadError,
    collapse_spaces,
    tidy_text,
    title_from_lines,
)
from storage.intake.article_metadata import complete
from storage.intake.html_article import html_to_draft
from storage.intake.pdf_article import pdf_to_draft
from storage.intake.text_decoding import DecodedText, decode

_TEXT_SUFFIXES = frozenset({".txt", ".text"})
_MARKDOWN_SUFFIXES = frozenset({".md", ".markdown"})
_HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
_PDF_SUFFIXES = frozenset({".pdf"})
# Where a page declares its encoding: <meta charset>, http-equiv, or <?xml encoding?>.
_DECLARED_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)"""
    rb"""|<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9._:-]+)""", re.IGNORECASE)
_LOOKS_HTML_START = re.compile(r"\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(!doctype\s+html|html)\b",
                               re.IGNORECASE | re.DOTALL)
# Pasted HTML (from a browser's clipboard) need not have <html>; a few common
# tags at the start are enough to tell it from plain text that mentions "<".
_LOOKS_HTML_PASTE = re.compile(
    r"\s*<(!doctype|html|head|body|meta|article|main|section|div|p|h[1-6]|span|a|ul|ol|"
    r"table|blockquote|b|i|strong|em|br|!--)[\s>/]", re.IGNORECASE)
_SURROGATE = re.compile("[\ud800-\udfff]")
_STRAY = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")  # as in text_decoding
_ATX_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$")


def _mb(size: int, exact: bool = True) -> str:
    """Megabytes for messages: "52.4" for a size, "20" for a round limit."""
    megabytes = f"{size / (1024 * 1024):.1f}"
    return megabytes if exact else megabytes.removesuffix(".0")


def read_article_file(path: str | Path, encoding: str | None = None) -> ArticleDraft:
    """Read a .txt/.md/.html/.pdf (or sniffed) article file into a draft.

    ``encoding`` is the analyst's choice when the detected one (named on the
    draft's ``encoding``/``encoding_note``) was wrong.

    The size is checked from the file's metadata before reading, so a huge
    file is refused without being loaded; only regular files are opened (a
    FIFO or device would block or never end).
    """
    path = Path(path)
    name = path.name or str(path)
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise ArticleReadError(f"{name} is a folder, not a file.")
        if not stat.S_ISREG(info.st_mode):
            raise ArticleReadError(f"{name} is not a regular file.")
        limit = text_decoding.MAX_ARTICLE_BYTES
        if info.st_size > limit:
            raise ArticleReadError(f"{name} is {_mb(info.st_size)} MB; "
                                   f"articles over {_mb(limit, False)} MB are refused.")
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except FileNotFoundError:
        raise ArticleReadError(f"{name} does not exist (was it moved or deleted?).") from None
    except IsADirectoryError:
        raise ArticleReadError(f"{name} is a folder, not a file.") from None
    except PermissionError:
        raise ArticleReadError(f"{name} cannot be read: permission denied.") from None
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise ArticleReadError(f"{name} cannot be read: {reason}.") from None
    if len(data) > limit:  # grew while we looked
        raise ArticleReadError(f"{name} is over {_mb(limit, False)} MB; such articles are refused.")

    draft = draft_from_bytes(data, name, path.suffix.lower(), encoding=encoding)
    draft.title = draft.title or collapse_spaces(path.stem)
    draft.source_path = os.fspath(path)
    return complete(draft, name)


# Offered by Article ▸ Re-read with Encoding…: the encodings news files arrive in.
REREAD_ENCODINGS = ("utf-8", "cp1251", "koi8-r", "koi8-u", "iso8859-5", "cp1252", "latin-1",
                    "cp1250", "cp1256", "iso8859-6", "utf-16-le", "utf-16-be")


def reread_article(article, encoding: str) -> tuple[str, str | None]:
    """The article's source file read again in ``encoding``: its text, and its
    title when the stored one came from the text (it is found there, so it was
    decoded the same wrong way); a title the analyst typed is kept (None)."""
    if not article.source_path:
        raise ArticleReadError("This article was not imported from a file (it was pasted or "
                               "fetched), so there is no file to read again.")
    draft = read_article_file(article.source_path, encoding=encoding)
    if not draft.text.strip():
        raise ArticleReadError(f"{Path(article.source_path).name} read as "
                               f"{text_decoding.encoding_name(encoding)} has no text.")
    taken_from_text = bool(article.title) and article.title in article.text
    return draft.text, draft.title if taken_from_text else None


def draft_from_bytes(data: bytes, name: str, suffix: str = "",
                     declared_encoding: str | None = None, *,
                     encoding: str | None = None) -> ArticleDraft:
    """The draft of a file's bytes, by suffix or sniffed (PDF, HTML or text).

    ``declared_encoding`` is what a web server said the text is in; the page's
    own declaration, then detection, come after it. ``encoding`` is the
    analyst's choice, which overrides them all. Raises ArticleReadError
    naming ``name`` when nothing readable is found.
    """
    if suffix in _PDF_SUFFIXES or data[:1024].lstrip().startswith(b"%PDF-"):
        draft = pdf_to_draft(data, name)
    elif suffix in _HTML_SUFFIXES or (suffix not in _TEXT_SUFFIXES | _MARKDOWN_SUFFIXES
                                      and _LOOKS_HTML_START.match(_peek(data))):
        draft = _html_draft(data, name, declared_encoding, encoding)
        draft.title = draft.title or title_from_lines(draft.text)
    else:
        decoded = decode(data, name, declared_encoding, encoding=encoding)
        text = tidy_text(decoded.text)
        if suffix in _MARKDOWN_SUFFIXES:
            draft = ArticleDraft(text=text, title=_markdown_title(text))
        else:
            draft = ArticleDraft(text=text, title=title_from_lines(text))
        _with_encoding(draft, decoded)
    if not draft.text:
        raise ArticleReadError(f"{name} contains no readable text.")
    return draft


def _peek(data: bytes) -> str:
    """The start of a file as text, good enough to recognise markup."""
    head = data[:2048]
    for bom, codec in ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
                       (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                       (codecs.BOM_UTF16_BE, "utf-16-be")):
        if head.startswith(bom):
            return head[len(bom):].decode(codec, errors="ignore")
    return head.decode("latin-1")


def _html_draft(data: bytes, name: str, served: str | None = None,
                encoding: str | None = None) -> ArticleDraft:
    """An HTML file: BOM, then the server's or the page's declared charset, then detection
    (or the analyst's ``encoding``)."""
    match = _DECLARED_CHARSET.search(data[:4096])
    declared = (match.group(1) or match.group(2)).decode("ascii") if match else None
    decoded = decode(data, name, declared_encoding=served or declared, encoding=encoding)
    return _with_encoding(html_to_draft(decoded.text), decoded)


def _with_encoding(draft: ArticleDraft, decoded: DecodedText) -> ArticleDraft:
    draft.encoding, draft.encoding_note = decoded.encoding, decoded.note
    return draft


def _markdown_title(text: str) -> str:
    """The first "# " heading; else the first heading of any level; else a short first line."""
    headings = [m for m in map(_ATX_HEADING.match, text.split("\n")) if m and m.group(2)]
    top = next((m for m in headings if len(m.group(1)) == 1), None) or next(iter(headings), None)
    if top is not None:
        return collapse_spaces(top.group(2))
    return title_from_lines(text)


def draft_from_paste(text: str) -> ArticleDraft:
    """A draft from clipboard text ("Paste as new article"): HTML or plain text.

    Lone surrogates (clipboard text is UTF-16 underneath) become U+FFFD so the
    text can always be stored as UTF-8; control characters that never belong
    in text (NUL, ESC, ...) are dropped and Word's vertical-tab line breaks
    become "\n", as in decoded files.
    """
    if not isinstance(text, str):
        raise ArticleReadError("The pasted content is not text.")
    size = len(text.encode("utf-8", errors="surrogatepass"))
    limit = text_decoding.MAX_ARTICLE_BYTES
    if size > limit:
        raise ArticleReadError(
            f"The pasted text is {_mb(size)} MB; articles over {_mb(limit, False)} MB are refused.")
    text = _STRAY.sub("", _SURROGATE.sub("\ufffd", text)).replace("\x0b", "\n")
    if not text.strip():
        raise ArticleReadError("The pasted text is empty.")
    if _LOOKS_HTML_PASTE.match(text):
        draft = html_to_draft(text)
        draft.title = draft.title or title_from_lines(draft.text)
    else:
        clean = tidy_text(text)
        draft = ArticleDraft(text=clean, title=title_from_lines(clean))
    if not draft.text:
        raise ArticleReadError("The pasted text contains no readable text.")
    return complete(draft)
