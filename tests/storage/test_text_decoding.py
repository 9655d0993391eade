"""decode_text: every encoding analysts actually send us, and every refusal."""

import codecs
import random
import unicodedata

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from storage.intake.article_draft import ArticleReadError
from storage.intake.text_decoding import MAX_ARTICLE_BYTES, decode_text

RUSSIAN = (
    "Вчера вечером над городом прошла сильная гроза.\n"
    "Жители сообщили о поваленных деревьях и затопленных подвалах.\n"
    "Спасатели работали до самого утра, сообщает местная администрация.\n"
)
UKRAINIAN = (
    "Учора ввечері в місті пройшла сильна злива.\n"
    "Мешканці повідомили про підтоплення кількох вулиць і дворів.\n"
    "Рятувальники працювали всю ніч, їхня робота тривала до ранку.\n"
)
FRENCH = (
    "Le maire a annoncé mercredi que la fête du village aura lieu en août.\n"
    "Les élèves du lycée ont préparé un spectacle très réussi, dit-il.\n"
)
GERMAN = (
    "Die Bürger äußerten große Sorge über die neue Straßenbahnlinie.\n"
    "Der Bürgermeister versprach schnelle Lösungen für alle Übergänge.\n"
)
ENGLISH_CP1252 = (
    "The council met on Tuesday – “a long session” – and approved the budget.\n"
    "The new bridge will cost €5 million… or so they said.\n"
)
MIXED = "Київ 🇺🇦, Москва, القاهرة, family 👩\u200d👩\u200d👧, astral 𝒳 😀.\n"


def test_plain_utf8_and_ascii():
    assert decode_text(b"Hello, world.\n", "a.txt") == "Hello, world.\n"
    assert decode_text(MIXED.encode("utf-8"), "a.txt") == MIXED


@pytest.mark.parametrize(
    "text, encoding",
    [
        (RUSSIAN, "cp1251"),
        (UKRAINIAN, "cp1251"),
        (RUSSIAN, "koi8-r"),
        (UKRAINIAN, "koi8-u"),
        (FRENCH, "latin-1"),
        (FRENCH, "cp1252"),
        (GERMAN, "latin-1"),
        (ENGLISH_CP1252, "cp1252"),
        ("Café au lait, naïve façade.\n", "latin-1"),  # short: detectors tie here
    ],
)
def test_legacy_encodings_are_detected(text, encoding):
    assert decode_text(text.encode(encoding), "old.txt") == text


@pytest.mark.parametrize("codec", ["utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_byte_order_marks_are_honoured(codec):
    data = MIXED.encode(codec)
    if codec in ("utf-16-le", "utf-16-be"):  # these codecs write no BOM themselves
        bom = codecs.BOM_UTF16_LE if codec.endswith("le") else codecs.BOM_UTF16_BE
        data = bom + data
    assert decode_text(data, "bom.txt") == MIXED


def test_invalid_text_after_bom_is_refused():
    with pytest.raises(ArticleReadError, match=r"^odd\.txt .*UTF-16"):
        decode_text(codecs.BOM_UTF16_LE + b"A\x00\x00\xdc", "odd.txt")


def test_declared_encoding_wins_only_when_bytes_agree():
    data = RUSSIAN.encode("cp1251")
    assert decode_text(data, "p.html", declared_encoding="windows-1251") == RUSSIAN
    # A wrong "utf-8" declaration does not break legacy text: detection takes over.
    assert decode_text(data, "p.html", declared_encoding="utf-8") == RUSSIAN
    assert decode_text(data, "p.html", declared_encoding="no-such-charset") == RUSSIAN
    # "iso-8859-1" means windows-1252, as in browsers.
    assert decode_text("“quoted”".encode("cp1252"), "p.html", "iso-8859-1") == "“quoted”"


def test_line_ends_and_nfc():
    data = "Cafe\u0301 one\r\ntwo\rthree\n".encode("utf-8")
    assert decode_text(data, "a.txt") == "Caf\u00e9 one\ntwo\nthree\n"


def test_stray_control_characters_are_dropped():
    # DOS end-of-file and ESC go; Word's vertical-tab line break becomes "\n".
    assert decode_text(b"End \x1bof file\x1a\nnext\x0bline\tTab\x0c", "dos.txt") == (
        "End of file\nnext\nline\tTab\x0c")


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n", codecs.BOM_UTF8,
                                  codecs.BOM_UTF16_LE + " \n".encode("utf-16-le")])
def test_empty_is_refused(data):
    with pytest.raises(ArticleReadError) as err:
        decode_text(data, "empty.txt")
    assert str(err.value) == "empty.txt is empty."


@pytest.mark.parametrize(
    "data, what",
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG image"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG image"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF document"),
        (b"PK\x03\x04\x14\x00\x06\x00", "ZIP archive"),
        (b"\x1f\x8b\x08\x00\x00\x00", "GZIP archive"),
        (b"SQLite format 3\x00\x10\x00", "SQLite database"),
    ],
)
def test_known_binary_formats_are_named(data, what):
    with pytest.raises(ArticleReadError) as err:
        decode_text(data, "photo.png")
    assert str(err.value).startswith("photo.png is not a text file (it looks like")
    assert what in str(err.value)


def test_nul_bytes_mean_binary():
    with pytest.raises(ArticleReadError) as err:
        decode_text(b"Looks like text\x00\x00\x01 but is not", "data.bin")
    assert str(err.value) == "data.bin is not a text file (it contains binary data)."


def test_many_control_characters_mean_binary():
    data = bytes(range(1, 32)) * 20 + b"some text"
    with pytest.raises(ArticleReadError, match="binary data"):
        decode_text(data, "data.bin")


def test_junk_that_is_no_encoding_is_refused():
    rnd = random.Random(7)
    junk = bytes(rnd.randrange(0x80, 0x100) for _ in range(600))
    with pytest.raises(ArticleReadError) as err:
        decode_text(junk, "junk.txt")
    message = str(err.value)
    assert message.startswith("junk.txt ") and "\n" not in message


def test_limit_constant():
    assert MAX_ARTICLE_BYTES == 20 * 1024 * 1024


def test_error_is_a_value_error():
    assert issubclass(ArticleReadError, ValueError)


# Any text a user could write (no surrogates, no stray control characters).
_TEXT = st.text(st.characters(blacklist_categories=("Cs",),
                              blacklist_characters="".join(map(chr, range(0, 9))) + "\x0b"
                              + "".join(map(chr, range(0x0E, 0x20))) + "\x7f"))


@settings(max_examples=150, deadline=None)
@given(_TEXT)
def test_any_utf8_text_round_trips(text):
    assume(text.strip())
    expected = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    assert decode_text(text.encode("utf-8"), "any.txt") == expected
    assert decode_text(codecs.BOM_UTF16_LE + text.encode("utf-16-le"), "any.txt") == expected


def test_utf8_damaged_in_one_place_stays_utf8_but_latin1_is_still_detected():
    damaged = "Київ, café, naïve — 1 липня.\n".encode() * 20 + b"\xff end\n"
    text = decode_text(damaged, "damaged.txt")
    assert text.startswith("Київ, café, naïve") and "\ufffd end" in text
    latin = "Le café est fermé depuis janvier, a déclaré la mairie.\n".encode("latin-1") * 5
    assert decode_text(latin, "latin.txt").startswith("Le café est fermé")
