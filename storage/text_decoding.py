"""Bytes of an article file to Unicode text, or a clear refusal.

Analysts import whatever they saved: UTF-8 from a browser, cp1251 or KOI8-R
from an old Russian or Ukrainian site, cp1252 from Word's "plain text", UTF-16
from Notepad. Guessing wrong silently produces mojibake that the date engine
then "annotates", so this module either decodes with good reason or refuses
with a message naming the file. It also refuses binaries (images, PDFs, Word
documents) early, because decoding them "successfully" as cp1252 is always
possible and always useless.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from charset_normalizer import from_bytes

from storage.article_draft import ArticleReadError

# Checked by the file reader before reading the whole file: no news article is
# anywhere near this, and decoding plus detection of larger inputs would freeze
# the GUI for a file that is almost certainly not an article.
MAX_ARTICLE_BYTES = 20 * 1024 * 1024

# Signatures of formats people mistake for articles, with a name for the message.
_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive, such as a Word or OpenDocument file"),
    (b"PK\x05\x06", "a ZIP archive"),
    (b"\x1f\x8b", "a GZIP archive"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document"),
    (b"{\\rtf", "an RTF document; save it as plain text or HTML"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\x7fELF", "a program"),
)

# Longest first: the UTF-32 LE mark begins with the UTF-16 LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)

# Encodings news text realistically arrives in, best-first for ties. DOS and
# Mac code pages are left out on purpose: on short texts with a few curly
# quotes the detector otherwise "finds" cp775 or mac_roman as often as cp1252.
_LEGACY = (
    "cp1252", "cp1251", "koi8_r", "koi8_u", "cp1250", "iso8859_15", "latin_1",
    "iso8859_2", "iso8859_5", "cp1256", "iso8859_6", "cp1253", "iso8859_7",
    "cp1254", "iso8859_9", "cp1255", "iso8859_8", "cp1257", "iso8859_13",
    "cp1258", "gb18030", "big5", "shift_jis", "euc_jp", "euc_kr", "utf_16",
    "utf_32",
)

# C0 controls that never occur in text. Tab, LF, CR and form feed do, and so
# does vertical tab: Word's manual line break, which becomes "\n".
_STRAY_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_STRAY_BYTES = bytes(range(0x00, 0x09)) + bytes(range(0x0E, 0x20)) + b"\x7f"
# More than this share of stray control bytes means binary, not a stray \x1a.
_MAX_CONTROL_RATIO, _CONTROL_ALLOWANCE = 0.02, 4
_SAMPLE = 1 << 20


def decode_text(data: bytes, name: str, declared_encoding: str | None = None) -> str:
    """Decode an article file's bytes; raise ArticleReadError naming ``name``.

    Order of evidence: byte-order mark, then ``declared_encoding`` (an HTML
    ``<meta charset>``; used only if the bytes decode strictly with it), then
    strict UTF-8 (which practically never accepts legacy text by accident),
    then charset-normalizer restricted to realistic encodings. The result has
    "\\n" line ends, is NFC, and has stray control characters removed.
    """
    if not data.strip():
        raise ArticleReadError(f"{name} is empty.")
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise ArticleReadError(f"{name} is not a text file (it looks like {what}).")
    text = _decode_bom(data, name)
    if text is None:
        sample = data[:_SAMPLE]
        controls = len(sample) - len(sample.translate(None, _STRAY_BYTES))
        if b"\x00" in sample or _too_many(controls, len(sample)):
            raise ArticleReadError(f"{name} is not a text file (it contains binary data).")
        text = _decode_declared(data, declared_encoding)
    if text is None:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = _mostly_utf8(data)
            if text is None:
                text = _detect(data, name)
    if _too_many(len(_STRAY_CONTROLS.findall(text[:_SAMPLE])), len(text[:_SAMPLE])):
        raise ArticleReadError(f"{name} is not a text file (it contains binary data).")
    text = _STRAY_CONTROLS.sub("", text).replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\x0b", "\n")
    text = unicodedata.normalize("NFC", text)
    if not text.strip():
        raise ArticleReadError(f"{name} is empty.")
    return text


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 damaged in a few places (a truncated copy, a stray byte) stays
    UTF-8, with U+FFFD where bytes were broken: re-reading all of it as a
    legacy encoding would garble every accented letter instead.

    Legacy text (cp1251, Latin-1) almost never contains valid multi-byte UTF-8
    sequences, so it must have many of those and few broken ones.
    """
    text = data.decode("utf-8", errors="replace")
    broken = text.count("\ufffd") - data.decode("utf-8", errors="ignore").count("\ufffd")
    valid_multibyte = sum(1 for ch in text if "\x7f" < ch != "\ufffd")
    if valid_multibyte >= 8 and broken * 20 <= valid_multibyte:
        return text
    return None


def _too_many(controls: int, length: int) -> bool:
    return controls > _CONTROL_ALLOWANCE + _MAX_CONTROL_RATIO * length


def _decode_bom(data: bytes, name: str) -> str | None:
    """Text of a file with a byte-order mark, None without one.

    A BOM is deliberate, so bytes that contradict it are refused rather than
    re-guessed.
    """
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(codec)
            except UnicodeDecodeError:
                raise ArticleReadError(
                    f"{name} starts with a {label} byte-order mark but is not valid {label} text."
                ) from None
    return None


def _decode_declared(data: bytes, declared: str | None) -> str | None:
    """Decode with an encoding the document declares, if the bytes agree."""
    if not declared:
        return None
    try:
        codec = codecs.lookup(declared.strip()).name
    except LookupError:
        return None
    # As browsers do (WHATWG): "latin-1"/"ascii" labels mean windows-1252, and
    # a UTF-16 label inside ASCII-compatible markup can only be wrong.
    if codec in ("latin-1", "iso8859-1", "ascii"):
        codec = "cp1252"
    if codec.startswith(("utf-16", "utf-32")):
        codec = "utf-8"
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _detect(data: bytes, name: str) -> str:
    """Legacy (non-UTF-8) text via charset-normalizer, or a refusal.

    Candidates are ranked by the detector's mess ratio, then its language
    coherence, then our preference order: short texts often tie (cp1250 and
    cp1252 both accept "naïve"), and the commoner encoding is the better bet.
    """
    try:
        matches = list(from_bytes(data, cp_isolation=list(_LEGACY)))
    except Exception:  # the detector must never turn a bad file into a crash
        matches = []
    if not matches:
        raise ArticleReadError(
            f"{name} is not readable text (its character encoding could not be recognised)."
        )

    def rank(match):
        encoding = match.encoding.replace("-", "_")
        preference = _LEGACY.index(encoding) if encoding in _LEGACY else len(_LEGACY)
        return (round(match.chaos, 2), -round(match.coherence, 2), preference)

    return str(min(matches, key=rank))
