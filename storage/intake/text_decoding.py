"""Bytes of an article file to Unicode text, or a clear refusal.

Analysts import whatever they saved: UTF-8 from a browser, cp1251 or KOI8-R
from an old Russian or Ukrainian site, cp1252 from Word's "plain text", UTF-16
from Notepad. Guessing wrong silently produces mojibake that the date engine
then "annotates", so this module either decodes with good reason or refuses
with a message naming the file. It also refuses binaries (images, PDFs, Word
documents) early, because decoding them "successfully" as cp1252 is always
possible and always useless.

Whenever the encoding was a judgement rather than a certainty (a legacy
code page found by detection, UTF-8 with broken bytes, UTF-16 without a
byte-order mark) the result says so: ``decode`` returns a ``DecodedText``
whose ``note`` names the encoding chosen, so the import can show it and the
analyst can choose another (``decode(..., encoding="cp1251")``), instead of
mojibake being stored without a word.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

from charset_normalizer import from_bytes

from storage.intake.article_draft import ArticleReadError

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

# How encodings are named to the analyst (the ones detection may choose, and
# the ones offered for choosing another).
ENCODING_NAMES = {
    "utf-8": "UTF-8", "utf-16-le": "UTF-16 (little-endian)",
    "utf-16-be": "UTF-16 (big-endian)", "utf-32-le": "UTF-32", "utf-32-be": "UTF-32",
    "cp1252": "Western European (Windows-1252)", "cp1251": "Cyrillic (Windows-1251)",
    "koi8-r": "Russian (KOI8-R)", "koi8-u": "Ukrainian (KOI8-U)",
    "cp1250": "Central European (Windows-1250)", "iso8859-15": "Western European (ISO 8859-15)",
    "latin-1": "Western European (ISO 8859-1)", "iso8859-2": "Central European (ISO 8859-2)",
    "iso8859-5": "Cyrillic (ISO 8859-5)", "cp1256": "Arabic (Windows-1256)",
    "iso8859-6": "Arabic (ISO 8859-6)", "cp1253": "Greek (Windows-1253)",
    "iso8859-7": "Greek (ISO 8859-7)", "cp1254": "Turkish (Windows-1254)",
    "iso8859-9": "Turkish (ISO 8859-9)", "cp1255": "Hebrew (Windows-1255)",
    "iso8859-8": "Hebrew (ISO 8859-8)", "cp1257": "Baltic (Windows-1257)",
    "iso8859-13": "Baltic (ISO 8859-13)", "cp1258": "Vietnamese (Windows-1258)",
    "gb18030": "Chinese (GB18030)", "big5": "Chinese (Big5)", "shift_jis": "Japanese (Shift JIS)",
    "euc_jp": "Japanese (EUC-JP)", "euc_kr": "Korean (EUC-KR)",
}


def encoding_name(encoding: str) -> str:
    """"Cyrillic (Windows-1251)" for "cp1251"; the codec's own name if unknown."""
    try:
        codec = codecs.lookup(encoding).name
    except LookupError:
        return encoding
    return ENCODING_NAMES.get(codec, codec)


@dataclass(frozen=True)
class DecodedText:
    """Decoded text and how its encoding was decided.

    ``how``: "bom", "declared" (the page's charset), "utf-8", "chosen" (by the
    analyst) are certain; "utf-8-damaged", "detected" and "utf-16-no-bom" are
    judgements, and ``note`` then says in words what was chosen.
    """

    text: str
    encoding: str
    how: str
    note: str = ""

    @property
    def guessed(self) -> bool:
        return self.how in ("utf-8-damaged", "detected", "utf-16-no-bom")


def decode_text(data: bytes, name: str, declared_encoding: str | None = None) -> str:
    """The text of ``decode``; raise ArticleReadError naming ``name``."""
    return decode(data, name, declared_encoding).text


def decode(data: bytes, name: str, declared_encoding: str | None = None, *,
           encoding: str | None = None) -> DecodedText:
    """Decode an article file's bytes; raise ArticleReadError naming ``name``.

    Order of evidence: byte-order mark, then ``declared_encoding`` (an HTML
    ``<meta charset>``; used only if the bytes decode strictly with it), then
    strict UTF-8 (which practically never accepts legacy text by accident),
    then charset-normalizer restricted to realistic encodings. ``encoding``,
    the analyst's choice, overrides all of them. The result has "\\n" line
    ends, is NFC, and has stray control characters removed.
    """
    if not data.strip():
        raise ArticleReadError(f"{name} is empty.")
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise ArticleReadError(f"{name} is not a text file (it looks like {what}).")
    if encoding:
        result = _decode_chosen(data, name, encoding)
    else:
        result = _decode_bom(data, name)
    if result is None:
        sample = data[:_SAMPLE]
        controls = len(sample) - len(sample.translate(None, _STRAY_BYTES))
        if b"\x00" in sample or _too_many(controls, len(sample)):
            result = _utf16_without_bom(data, name)
            if result is None:
                raise ArticleReadError(f"{name} is not a text file (it contains binary data).")
    if result is None:
        result = _decode_declared(data, declared_encoding)
    if result is None:
        try:
            result = DecodedText(data.decode("utf-8"), "utf-8", "utf-8")
        except UnicodeDecodeError:
            result = _mostly_utf8(data, name) or _detect(data, name)
    text = result.text
    if _too_many(len(_STRAY_CONTROLS.findall(text[:_SAMPLE])), len(text[:_SAMPLE])):
        raise ArticleReadError(f"{name} is not a text file (it contains binary data).")
    text = _STRAY_CONTROLS.sub("", text).replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\x0b", "\n")
    text = unicodedata.normalize("NFC", text)
    if not text.strip():
        raise ArticleReadError(f"{name} is empty.")
    return DecodedText(text, result.encoding, result.how, result.note)


def _decode_chosen(data: bytes, name: str, encoding: str) -> DecodedText:
    """The analyst's choice: strictly, or a refusal saying the bytes disagree."""
    try:
        codec = codecs.lookup(encoding).name
    except LookupError:
        raise ArticleReadError(f"“{encoding}” is not a character encoding this "
                               "application knows.") from None
    for bom, _codec, _label in _BOMS:
        if codec.startswith(("utf-16", "utf-32", "utf-8")) and data.startswith(bom):
            data = data[len(bom):]
            break
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        raise ArticleReadError(f"{name} is not valid {encoding_name(codec)} text (byte "
                               f"{exc.start} does not belong to it).") from None
    return DecodedText(text, codec, "chosen")


def _utf16_without_bom(data: bytes, name: str) -> DecodedText | None:
    """UTF-16 without a byte-order mark (Notepad's "Unicode" in some versions,
    exports of Windows tools), which looks like binary: NUL bytes or C0 bytes in
    every other position.

    Accepted only if one byte order decodes strictly into text: letters,
    digits, punctuation, spaces and line ends (at least one in a hundred of the
    last three), no unassigned or private-use code points.  Of the two orders,
    the one whose characters come from fewer 256-character blocks wins: real
    text keeps to one or two scripts, the wrong order scatters ASCII across
    the CJK blocks.
    """
    if len(data) < 4 or len(data) % 2:
        return None
    body = data
    candidates = []
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            text = body[:_SAMPLE].decode(codec)
        except UnicodeDecodeError:
            continue
        if _looks_like_text(text):
            blocks = Counter(ord(ch) >> 8 for ch in text)
            candidates.append((len(blocks), codec))
    if not candidates:
        return None
    _blocks, codec = min(candidates)
    try:
        text = body.decode(codec)
    except UnicodeDecodeError:
        return None
    label = "little" if codec.endswith("le") else "big"
    return DecodedText(text, codec, "utf-16-no-bom",
                       f"{name} has no byte-order mark; it was read as UTF-16 ({label}-endian).")


def _looks_like_text(text: str) -> bool:
    if not text.strip():
        return False
    bad = separators = 0
    for ch in text:
        category = unicodedata.category(ch)
        if category in ("Cn", "Co", "Cs") or (category == "Cc" and ch not in "\t\n\r\f\x0b"):
            bad += 1
        elif category[0] in "PZ" or ch in "\n\t":
            separators += 1
    return bad <= len(text) // 200 and separators * 100 >= len(text)


def _mostly_utf8(data: bytes, name: str = "") -> DecodedText | None:
    """UTF-8 damaged in a few places (a truncated copy, a stray byte) stays
    UTF-8, with U+FFFD where bytes were broken: re-reading all of it as a
    legacy encoding would garble every accented letter instead.

    Legacy text (cp1251, Latin-1) almost never contains valid multi-byte UTF-8
    sequences (nearly every accented or Cyrillic letter in it is a broken
    one), so it must have many of those and few broken ones: at least eight
    and twenty times as many, or, in a short text, three times as many.
    Without that rule a short UTF-8 text with one bad byte was read as
    cp1250 mojibake.
    """
    text = data.decode("utf-8", errors="replace")
    broken = text.count("\ufffd") - data.decode("utf-8", errors="ignore").count("\ufffd")
    valid_multibyte = sum(1 for ch in text if "\x7f" < ch != "\ufffd")
    if (valid_multibyte >= 8 and broken * 20 <= valid_multibyte) or (
            valid_multibyte >= 3 and broken * 3 <= valid_multibyte):
        places = "one place" if broken == 1 else f"{broken} places"
        return DecodedText(text, "utf-8", "utf-8-damaged",
                           f"{name} is UTF-8 with invalid bytes in {places}; they are shown "
                           "as � (U+FFFD).")
    return None


def _too_many(controls: int, length: int) -> bool:
    return controls > _CONTROL_ALLOWANCE + _MAX_CONTROL_RATIO * length


def _decode_bom(data: bytes, name: str) -> DecodedText | None:
    """Text of a file with a byte-order mark, None without one.

    A BOM is deliberate, so bytes that contradict it are refused rather than
    re-guessed.
    """
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            try:
                return DecodedText(data[len(bom):].decode(codec), codec, "bom")
            except UnicodeDecodeError:
                raise ArticleReadError(
                    f"{name} starts with a {label} byte-order mark but is not valid {label} text."
                ) from None
    return None


def _decode_declared(data: bytes, declared: str | None) -> DecodedText | None:
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
        return DecodedText(data.decode(codec), codec, "declared")
    except (UnicodeDecodeError, LookupError):
        return None


def _detect(data: bytes, name: str) -> DecodedText:
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

    best = min(matches, key=rank)
    codec = codecs.lookup(best.encoding).name
    return DecodedText(str(best), codec, "detected",
                       f"{name} is not UTF-8; it was read as {encoding_name(codec)}.")
