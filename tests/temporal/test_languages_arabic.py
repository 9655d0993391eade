"""Arabic dates: both month series, weekdays with يوم/الماضي, ليلة, منذ, Indic digits, Hijri."""
from __future__ import annotations

import datetime as dt

import pytest

from temporal.expressions import find_expressions

TUESDAY = dt.date(2025, 7, 1)


def _found(text: str) -> list[tuple[str, str, str]]:
    return [(e.text, e.type, e.value) for e in find_expressions(text, TUESDAY, language="ar")]


@pytest.mark.parametrize("text, expected", [
    ("وقع الهجوم في يوليو.", [("يوليو", "DATE", "2025-07")]),
    ("وقع الهجوم في تموز.", [("تموز", "DATE", "2025-07")]),
    ("في 15 تموز/يوليو 2024", [("15 تموز/يوليو 2024", "DATE", "2024-07-15")]),
    ("أغلق المصنع منذ ديسمبر 2022.", [("ديسمبر 2022", "DATE", "2022-12")]),
    ("ستعقد المفاوضات يوم الاثنين.", [("يوم الاثنين", "DATE", "2025-07-07")]),
    ("وصل يوم الاثنين.", [("يوم الاثنين", "DATE", "2025-06-30")]),
    ("التقى الوزير نظيره الثلاثاء الماضي.", [("الثلاثاء الماضي", "DATE", "2025-06-24")]),
    ("أجرى بوتين اليوم الثلاثاء اتصالا.", [("اليوم الثلاثاء", "DATE", "2025-07-01")]),
    ("دوت انفجارات صباح أمس.", [("صباح أمس", "TIME", "2025-06-30TMO")]),
    ("قصف الطيران المدينة فجر اليوم.", [("فجر اليوم", "TIME", "2025-07-01TMO")]),
    ("شنت المسيرات هجوما ليلة الاثنين.", [("ليلة الاثنين", "TIME", "2025-06-29TNI")]),
    ("تجري المناورات بين 1 و3 يوليو.", [("بين 1 و3 يوليو", "DATE", "2025-07-01/2025-07-03")]),
    ("ارتفعت الأسعار العام الماضي.", [("العام الماضي", "DATE", "2024")]),
    ("وقع الهجوم منذ ثلاثة أيام.", [("منذ ثلاثة أيام", "DATE", "2025-06-28")]),
    ("الثلاثاء ١ يوليو ٢٠٢٥", [("الثلاثاء ١ يوليو ٢٠٢٥", "DATE", "2025-07-01")]),
    ("١/٧/٢٠٢٥ الساعة ٠٨:٥٠", [("١/٧/٢٠٢٥ الساعة ٠٨:٥٠", "TIME", "2025-07-01T08:50")]),
    ("بعد انقطاع دام نحو عامين", [("نحو عامين", "DURATION", "P2Y")]),
    ("سيصل غدًا", [("غدًا", "DATE", "2025-07-02")]),
    ("في 5 محرم 1447 هـ", [("5 محرم 1447 ه", "DATE", "2025-06-30")]),
    ("الساعة العاشرة صباحا بتوقيت موسكو", [("الساعة العاشرة صباحا بتوقيت موسكو", "TIME",
                                         "2025-07-01T10:00+03:00")]),
    ("خلال الأيام الثلاثة الماضية", [("الأيام الثلاثة الماضية", "DURATION", "P3D")]),
    ("يأتي ذلك بعد 50 عاماً من الحرب", [("50 عاماً", "DURATION", "P50Y")]),
    ("الموافق العاشر من ذي الحجة 1445 هـ", [("العاشر من ذي الحجة 1445 ه", "DATE",
                                            "2024-06-16")]),
    ("في الحادي والعشرين من يونيو", [("الحادي والعشرين من يونيو", "DATE", "2025-06-21")]),
])
def test_arabic_expressions(text, expected):
    assert _found(text) == expected


def test_a_hijri_month_is_an_approximate_span():
    (e,) = find_expressions("خلال شهر رمضان", TUESDAY, language="ar")
    assert (e.value, e.mod) == ("2025-03-01/2025-03-29", "APPROX")
    assert (e.earliest, e.latest) == (dt.date(2025, 3, 1), dt.date(2025, 3, 29))


def test_words_that_only_look_like_months_are_left_alone():
    assert _found("اجتمع مع أب الضحية") == []
    assert _found("مارس الضغط على الحكومة") == []
    assert _found("في مارس الماضي") == [("مارس الماضي", "DATE", "2025-03")]


def test_a_clitic_stays_outside_the_expression():
    text = "وقعت الهجمات في 28 و29 يونيو وبالأمس"
    found = find_expressions(text, TUESDAY, language="ar")
    assert [(e.text, e.value) for e in found] == [("28 و29 يونيو", "2025-06-28/2025-06-29"),
                                                  ("الأمس", "2025-06-30")]
    assert all(text[e.start:e.end] == e.text for e in found)
