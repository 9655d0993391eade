"""The encoding of an imported file: said when it was a judgement, changeable, and
UTF-16 without a byte-order mark read rather than refused as binary."""

from __future__ import annotations

import subprocess
import sys

import pytest

from storage.intake.article_draft import ArticleReadError
from storage.intake.article_files import read_article_file
from storage.intake.text_decoding import decode, decode_text
from tests.conftest import ROOT

TEXTS = {
    "english": "The council met on Tuesday, 1 July 2025.\nIt approved the budget.\n",
    "ukrainian": "Учора ввечері в Києві пройшла сильна злива.\nРятувальники працювали всю ніч.\n",
    "arabic": "اجتمع المجلس يوم الثلاثاء في القاهرة.\nووافق على الميزانية.\n",
    "chinese": "北京时间七月一日，理事会召开会议。\n会议批准了预算。\n",
}


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("language", sorted(TEXTS))
def test_utf16_without_byte_order_mark_is_read(language, codec):
    decoded = decode(TEXTS[language].encode(codec), "notepad.txt")
    assert decoded.text == TEXTS[language]
    assert decoded.encoding == codec and decoded.guessed
    assert "no byte-order mark" in decoded.note and "notepad.txt" in decoded.note


@pytest.mark.parametrize("data", [b"text\x00with nul", b"ab\x00\x00\x01\x02" * 50,
                                  bytes(range(256)) * 4])
def test_binary_with_nul_bytes_is_still_refused(data):
    with pytest.raises(ArticleReadError, match="not a text file"):
        decode_text(data, "blob.bin")


def test_detected_legacy_encoding_is_named():
    text = "Учора ввечері в Києві пройшла сильна злива. Рятувальники працювали всю ніч.\n"
    decoded = decode(text.encode("cp1251"), "old.txt")
    assert decoded.text == text and decoded.encoding == "cp1251"
    assert decoded.note == "old.txt is not UTF-8; it was read as Cyrillic (Windows-1251)."


def test_short_utf8_with_one_broken_byte_stays_utf8_and_says_so():
    data = "Київ, café — 1 липня 2025.".encode() + b"\xff\n"
    decoded = decode(data, "cut.txt")
    assert decoded.text.startswith("Київ, café — 1 липня 2025.") and "\ufffd" in decoded.text
    assert decoded.encoding == "utf-8" and "invalid bytes in one place" in decoded.note


def test_certain_encodings_carry_no_note():
    assert decode("Київ 🇺🇦".encode(), "a.txt").note == ""
    assert decode(b"\xef\xbb\xbfplain", "b.txt").how == "bom"


def test_the_analyst_can_choose_another_encoding(tmp_path):
    text = "Вчера вечером над городом прошла гроза.\nЖители сообщили о деревьях.\n"
    path = tmp_path / "koi.txt"
    path.write_bytes(text.encode("koi8_r"))
    chosen = read_article_file(path, encoding="koi8_r")
    assert chosen.text == text.strip("\n") and chosen.encoding == "koi8-r"
    assert chosen.encoding_note == ""
    with pytest.raises(ArticleReadError, match="is not valid UTF-8"):
        read_article_file(path, encoding="utf-8")
    with pytest.raises(ArticleReadError, match="not a character encoding"):
        read_article_file(path, encoding="klingon")


def test_draft_and_command_line_say_which_encoding_was_chosen(tmp_path):
    text = "Вчера вечером над городом прошла сильная гроза.\nЖители сообщили о деревьях.\n"
    path = tmp_path / "old.txt"
    path.write_bytes(text.encode("cp1251"))
    draft = read_article_file(path)
    assert draft.encoding == "cp1251" and "Cyrillic (Windows-1251)" in draft.encoding_note
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "import",
                             str(tmp_path / "p.sqlite"), str(path)], capture_output=True,
                            text=True, cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "old.txt: note: old.txt is not UTF-8; it was read as Cyrillic" in result.stderr
