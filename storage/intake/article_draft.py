"""The article as imported, before it becomes part of a project.

Every importer (text file, Markdown, HTML page, pasted text) ends in an
``ArticleDraft`` so the GUI and the project store deal with one shape only and
never with file formats. The draft's ``text`` is what the analyst reads and
annotates, so all importers pass it through ``tidy_text``: offsets of time
expressions found later are only stable if the text has one canonical form.

Qt-free and stdlib-only, so it can be tested without a display.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from storage.intake.headlines import headline


@dataclass
class ArticleDraft:
    """An imported article: readable text plus whatever metadata was found.

    ``text`` is NFC, uses "\\n" line ends, separates paragraphs by one blank
    line and has no trailing spaces. Metadata fields are "" when unknown;
    ``published`` is ISO 8601 as the source gave it (date, or date-time with
    zone), never reformatted, so no precision is invented or lost.
    ``published_source`` names where that date came from (see
    ``storage.intake.published_evidence.TRUST``), ``published_evidence`` the words
    that gave it, ``published_conflicts`` (JSON) the other days found.
    """

    text: str
    title: str = ""
    outlet: str = ""
    url: str = ""
    author: str = ""
    published: str = ""
    source_path: str = ""
    published_source: str = ""
    published_evidence: str = ""
    published_conflicts: str = ""
    # How the file's bytes became text (storage.intake.text_decoding): the codec used,
    # and, when that was a judgement (detected, no byte-order mark, broken
    # UTF-8), a sentence for the analyst; read_article_file(encoding=...) redoes it.
    encoding: str = ""
    encoding_note: str = ""


class ArticleReadError(ValueError):
    """An article could not be imported.

    ``str()`` is a one-line message meant for the analyst (it names the file
    and says what is wrong), so the GUI can show it as is.
    """


_TRAILING_SPACE = re.compile(r"[^\S\n]+$", re.MULTILINE)
_BLANK_RUNS = re.compile(r"\n{3,}")


def tidy_text(text: str) -> str:
    """Bring any imported text to the canonical form documented on ArticleDraft.

    Line ends become "\\n", form feeds (page breaks in old text files) become
    paragraph breaks, trailing whitespace goes, runs of blank lines shrink to
    one and leading/trailing blank lines are dropped. Leading indentation is
    kept: in plain text and <pre> it can carry meaning.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n\n")
    text = unicodedata.normalize("NFC", text)
    text = _TRAILING_SPACE.sub("", text)
    text = _BLANK_RUNS.sub("\n\n", text)
    return text.strip("\n")


def collapse_spaces(value: str) -> str:
    """One line with single spaces: for metadata taken from markup or text."""
    return " ".join(unicodedata.normalize("NFC", value).split())


def title_from_lines(text: str) -> str:
    """The headline of plain text (``storage.intake.headlines``): never a byline,
    timestamp, promo or section heading; "" for a one-line text."""
    return headline(text)
