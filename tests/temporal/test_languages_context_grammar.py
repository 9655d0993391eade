"""Russian and Ukrainian dates read from their context: a limit ("до 1 октября") lies
ahead, "того же года" is the year last named, a weekday a date "fell on" lies in the
year its clause names, "в ночь на субботу" / "уночі проти суботи" is one night, and a
plural "ближайшие месяцы" is no single month.  The sentences are made up."""
from __future__ import annotations

import datetime as dt

import pytest

from temporal.expressions import find_expressions

FRIDAY = dt.date(2025, 5, 9)


def _found(text: str, language: str, reference: dt.date = FRIDAY) -> list[tuple[str, str, str]]:
    return [(e.text, e.type, e.value)
            for e in find_expressions(text, reference, language=language)]


@pytest.mark.parametrize("language, text, expected", [
    # a limit without a past verb lies ahead, even months away
    ("ru", "Отчёт комиссия представит до 1 октября.", [("1 октября", "DATE", "2025-10-01")]),
    ("uk", "Уряд подасть проєкт до 15 вересня.", [("15 вересня", "DATE", "2025-09-15")]),
    ("ru", "Заявки принимаются не позднее 20 августа.", [("20 августа", "DATE", "2025-08-20")]),
    # ... and behind when the clause speaks in the past
    ("ru", "Работы продолжались до 1 октября.", [("1 октября", "DATE", "2024-10-01")]),
    ("uk", "Рух перекрили до 15 вересня.", [("15 вересня", "DATE", "2024-09-15")]),
    # past forms of stems ending in a consonant are past cues too
    ("ru", "Число жалоб к утру среды выросло вдвое.", [("утру среды", "TIME",
                                                      "2025-05-07TMO")]),
])
def test_a_limit_lies_ahead_unless_the_clause_is_past(language, text, expected):
    assert _found(text, language) == expected


@pytest.mark.parametrize("language, text, expected", [
    ("ru", "Завод открыли в 1967 году, а 3 ноября того же года он дал первую сталь.",
     [("1967 году", "DATE", "1967"), ("3 ноября того же года", "DATE", "1967-11-03")]),
    ("ru", "Суд начался в марте 2019 года, а приговор вынесли в том же году.",
     [("марте 2019 года", "DATE", "2019-03"), ("том же году", "DATE", "2019")]),
    ("uk", "Міст збудували у 1957 році, а в липні того ж року відкрили рух.",
     [("1957 році", "DATE", "1957"), ("липні того ж року", "DATE", "1957-07")]),
    ("uk", "Угоду підписали 2 лютого 2016 року, а скасували того самого місяця.",
     [("2 лютого 2016 року", "DATE", "2016-02-02"), ("того самого місяця", "DATE", "2016-02")]),
])
def test_the_same_year_is_the_one_last_named(language, text, expected):
    assert _found(text, language) == expected


@pytest.mark.parametrize("language, text, expected", [
    # 9 May 2024 was a Thursday: "last year the day fell on Thursday" is that day
    ("uk", "Минулого року свято припало на четвер.",
     [("Минулого року", "DATE", "2024"), ("четвер", "DATE", "2024-05-09")]),
    ("ru", "В 2023 году праздник выпал на вторник.",
     [("2023 году", "DATE", "2023"), ("вторник", "DATE", "2023-05-09")]),
    # without a year in the clause a weekday keeps its usual reading
    ("uk", "Свято припало на четвер.", [("четвер", "DATE", "2025-05-08")]),
    ("uk", "Минулого року ціни зросли. Свято припало на четвер.",
     [("Минулого року", "DATE", "2024"), ("четвер", "DATE", "2025-05-08")]),
])
def test_a_weekday_a_date_fell_on_lies_in_the_year_of_its_clause(language, text, expected):
    assert _found(text, language) == expected


@pytest.mark.parametrize("language, text, expected", [
    ("uk", "Уночі проти неділі дрони атакували місто.",
     [("Уночі проти неділі", "TIME", "2025-05-03TNI")]),
    ("uk", "Вночі на 2 травня пролунали вибухи.", [("Вночі на 2 травня", "TIME",
                                                    "2025-05-01TNI")]),
    ("ru", "Ночью на воскресенье дроны атаковали город.",
     [("Ночью на воскресенье", "TIME", "2025-05-03TNI")]),
    ("ru", "В ночь на субботу дроны атаковали город.",
     [("ночь на субботу", "TIME", "2025-05-02TNI")]),
    # the adverb alone is still the night just past
    ("uk", "Уночі дрони атакували місто.", [("Уночі", "TIME", "2025-05-08TNI")]),
])
def test_a_night_into_a_day_is_one_expression(language, text, expected):
    assert _found(text, language) == expected


@pytest.mark.parametrize("language, text, expected", [
    ("ru", "В ближайшие месяцы цены вырастут.", [("ближайшие месяцы", "DATE", "FUTURE_REF")]),
    ("ru", "В прошлые годы урожай был ниже.", [("прошлые годы", "DATE", "PAST_REF")]),
    ("uk", "Найближчими тижнями ціни зростуть.", [("Найближчими тижнями", "DATE",
                                                   "FUTURE_REF")]),
    ("uk", "У найближчі дні похолодає.", [("найближчі дні", "DATE", "FUTURE_REF")]),
    # a weekend stays a weekend, a singular unit a unit
    ("uk", "На минулих вихідних було тихо.", [("минулих вихідних", "DATE", "2025-W18-WE")]),
    ("ru", "В следующем месяце цены вырастут.", [("следующем месяце", "DATE", "2025-06")]),
])
def test_plural_units_after_next_or_last_are_no_single_unit(language, text, expected):
    assert _found(text, language) == expected


@pytest.mark.parametrize("text, reference, value", [
    ("Вибухи пролунали 29 лютого.", dt.date(2025, 7, 1), "2024-02-29"),
    ("Взрывы прогремели 29 февраля.", dt.date(2025, 7, 1), "2024-02-29"),
    ("Выборы пройдут 29 февраля.", dt.date(2025, 7, 1), "2028-02-29"),
    ("وقعت الانفجارات في 29 فبراير.", dt.date(2025, 7, 1), "2024-02-29"),
    ("The attack on Feb. 29 killed two.", dt.date(2025, 7, 1), "2024-02-29"),
    ("Elections will be held on February 29.", dt.date(2025, 7, 1), "2028-02-29"),
    ("In 2020, the attack on Feb. 29 killed two.", dt.date(2025, 7, 1), "2020-02-29"),
])
def test_the_leap_day_without_a_year_is_the_nearest_one_the_tense_allows(text, reference,
                                                                          value):
    assert value in [e.value for e in find_expressions(text, reference)]


def test_two_days_in_a_row_joined_by_and_are_one_two_day_span():
    reference = dt.date(2025, 7, 1)
    [both] = find_expressions("Talks were held on 4 and 5 July in Geneva.", reference)
    assert (both.text, both.earliest, both.latest) == (
        "4 and 5 July", dt.date(2025, 7, 4), dt.date(2025, 7, 5))
    [both] = find_expressions("Events set for July 4 and 5 were cancelled.", reference)
    assert both.text == "July 4 and 5" and both.latest == dt.date(2025, 7, 5)
    # two days apart are two days, not the week between; "5 people" is a count
    assert [e.text for e in find_expressions("Visits on July 4 and 9.", reference)][0] == "July 4"
    assert [e.text for e in find_expressions("On July 4 and 5 people died.", reference)] == [
        "July 4"]
