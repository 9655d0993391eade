"""Which language a text is in, per paragraph, and what that changes for date finding."""
from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

from temporal.expressions import find_expressions
from temporal.expressions.finder import find_expressions as find_english
from temporal.expressions.languages.detection import paragraphs, read_language
from tests.conftest import ROOT

TUESDAY = dt.date(2025, 7, 1)
RU = ("Вчера вечером в Москве прошла встреча министров иностранных дел, на которой "
      "обсуждались вопросы безопасности и торговли.")
UK = ("Учора ввечері в Києві відбулася зустріч міністрів закордонних справ, на якій "
      "обговорювалися питання безпеки і торгівлі.")
AR = "أعلنت وزارة الخارجية اليوم الثلاثاء أن الوزير سيتوجه إلى عمان الأسبوع المقبل."
EN = "The ministers met in Brussels on Monday to discuss security and trade."


def test_each_paragraph_gets_its_own_language():
    text = "\n".join([RU, UK, EN, AR])
    assert [code for _, _, code in paragraphs(text)] == ["ru", "uk", "en", "ar"]


def test_a_mixed_article_is_read_paragraph_by_paragraph():
    text = "\n".join([RU, UK, EN, AR])
    found = {e.text: e.value for e in find_expressions(text, TUESDAY)}
    assert found["Вчера вечером"] == "2025-06-30TEV"
    assert found["Учора ввечері"] == "2025-06-30TEV"
    assert found["Monday"] == "2025-06-30"
    assert found["اليوم الثلاثاء"] == "2025-07-01"
    assert found["الأسبوع المقبل"] == "2025-W28"
    for e in find_expressions(text, TUESDAY):
        assert text[e.start:e.end] == e.text


def test_english_text_goes_to_the_english_engine_unchanged():
    text = f"{EN} Talks resume on 3 July 2025, officials said last week."
    assert find_expressions(text, TUESDAY) == find_english(text, TUESDAY)


def test_a_russian_name_quoted_in_english_keeps_the_paragraph_english():
    text = "The Kupol («Купол») plant was hit on Tuesday, officials said."
    assert [code for _, _, code in paragraphs(text)] == ["en"]
    assert [e.value for e in find_expressions(text, TUESDAY)] == ["2025-07-01"]


def test_an_explicit_language_skips_detection():
    short = "Сьогодні вранці"  # too short to tell Ukrainian from Russian by itself
    assert [(e.text, e.value) for e in find_expressions(short, TUESDAY, language="uk")] == \
        [("Сьогодні вранці", "2025-07-01TMO")]
    assert find_expressions("on Monday", TUESDAY, language="en")[0].value == "2025-06-30"


def test_reading_says_which_language_and_whether_it_is_covered():
    assert read_language(RU) == ("ru", "Russian", True)
    assert read_language(UK)[:2] == ("uk", "Ukrainian")
    assert read_language(AR)[:2] == ("ar", "Arabic")
    assert read_language(EN) == ("en", "English", True)
    french = "Les ministres se sont réunis lundi à Bruxelles pour parler de sécurité."
    assert read_language(french) == ("fr", "French", False)
    assert read_language("  12 345 ") == ("", "", False)


def test_the_detector_model_ships_in_the_wheel_and_nothing_is_fetched():
    import py3langid.langid as langid

    model = Path(langid.__file__).parent / langid.MODEL_FILE
    assert model.is_file()
    code = ("import socket\n"
            "def refuse(*a, **k):\n    raise OSError('no network')\n"
            "socket.socket.connect = refuse\n"
            "from temporal.expressions.languages.detection import read_language\n"
            "print(read_language('Сьогодні вранці у Києві пролунали вибухи.').code)")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                            text=True, check=True)
    assert result.stdout.strip() == "uk"


def test_unicode_odds_and_ends_do_not_break_the_grammars():
    text = "🚀 1 июля\u200b, 🇺🇦 1 липня ‏١ يوليو‏ İstanbul"
    for e in find_expressions(text, TUESDAY):
        assert text[e.start:e.end] == e.text
    for code in ("ru", "uk", "ar"):
        assert isinstance(find_expressions(text, None, language=code), list)
