"""Datelines, timestamps and dated names: what counts as the publication date, and what not."""

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from temporal.datelines import (
    date_in_name,
    find_datelines,
    is_timestamp_line,
    published_from_text,
    wire_agency,
)


@pytest.mark.parametrize("line, value, kind", [
    ("1 липня 2025, 09:49", "2025-07-01T09:49", "timestamp"),
    ("الثلاثاء ١ يوليو ٢٠٢٥", "2025-07-01", "timestamp"),            # Arabic-Indic digits
    ("نشر في ٣٠ يونيو ٢٠٢٥", "2025-06-30", "published"),
    ("Posted on June 30, 2025", "2025-06-30", "published"),
    ("Опубликовано: 01.07.2025 09:49", "2025-07-01T09:49", "published"),
    ("Опубліковано 2 липня 2025 о 10:15", "2025-07-02T10:15", "published"),
    ("Updated July 1, 2025 at 3:04 p.m. EDT", "2025-07-01T15:04", "updated"),
    ("Обновлено 1 июля 2025 г., 12:30", "2025-07-01T12:30", "updated"),
    ("Tue 1 Jul 2025 09.49 BST", "2025-07-01T09:49", "timestamp"),
    ("2025-07-01T09:49:00+03:00", "2025-07-01T09:49:00+03:00", "timestamp"),
    ("1 July 2025 09:49 UTC+3", "2025-07-01T09:49+03:00", "timestamp"),
    ("تموز ٤، ٢٠٢٥", "2025-07-04", "timestamp"),                     # Levantine month, comma
    ("LONDON, July 1, 2025 (AP) — The talks resumed in the capital this morning after",
     "2025-07-01", "dateline"),
])
def test_recognised_forms(line, value, kind):
    found = find_datelines(line)
    assert [(d.value, d.kind) for d in found] == [(value, kind)]
    assert found[0].evidence and found[0].evidence in line


def test_dateline_without_year_names_its_agency_but_dates_nothing():
    text = "KYIV, July 1 (Reuters) — Ukraine said its drones hit a plant.\nMore text."
    (found,) = find_datelines(text)
    assert (found.value, found.kind, found.agency) == ("", "dateline", "Reuters")
    assert published_from_text(text) is None
    assert wire_agency(text) == "Reuters"
    assert wire_agency("(MENAFN) Ukraine reported on Sunday that...") == "MENAFN"
    assert wire_agency("Putin (Russia) said nothing new.") == ""


def test_dates_inside_sentences_or_far_down_are_not_publication_dates():
    assert published_from_text(
        "The strike on 1 July 2025 killed three people, officials said on Tuesday.\nMore.") is None
    late = "\n".join(f"Line {i} of the story." for i in range(10)) + "\n1 July 2025"
    assert published_from_text(late) is None
    assert find_datelines("32 July 2025") == [] and find_datelines("31.02.2025") == []


def test_published_is_preferred_over_updated_and_over_a_bare_stamp():
    text = "Updated: 2 July 2025 12:00 | Published: 1 July 2025\nHeadline here\nBody."
    assert published_from_text(text).value == "2025-07-01"
    assert published_from_text("Updated 3 July 2025\nBody text.").kind == "updated"


def test_timestamp_lines_are_told_from_headlines():
    assert is_timestamp_line("1 липня 2025, 09:49")
    assert not is_timestamp_line("Putin calls Macron on 1 July 2025 after three years of silence")


@pytest.mark.parametrize("name, day", [
    ("izhevsk-kupol-2025-07-01.txt", "2025-07-01"), ("report_20250701.pdf", "2025-07-01"),
    ("https://ruposters.ru/news/01-07-2025/glava", "2025-07-01"),
    ("https://www.pravda.com.ua/eng/news/2025/07/2/7519818/", "2025-07-02"),
    ("https://www.kut.org/2025-07-05/live-updates", "2025-07-05"),
    ("story-2025-13-01.txt", None), ("a-2025-07-01-b-2025-07-02.txt", None),
    ("id-120250701999.txt", None), ("notes.txt", None),
])
def test_dates_in_names(name, day):
    found = date_in_name(name)
    assert (found[0] if found else None) == day


@pytest.mark.parametrize("line, value, kind", [
    ("09:49, 1 липня 2025", "2025-07-01T09:49", "timestamp"),           # time first
    ("Published 2:04 PM EDT, July 1, 2025", "2025-07-01T14:04", "published"),
    ("Updated 10:15 AM GMT+3, July 1, 2025", "2025-07-01T10:15", "updated"),
    ("2025/07/01", "2025-07-01", "timestamp"),
    ("2025.07.01 10:00", "2025-07-01T10:00", "timestamp"),
    ("الأربعاء 2 يوليو 2025 - 10:30 م", "2025-07-02T22:30", "timestamp"),  # م: after noon
    ("01.07.2025, 09:49 | Политика", "2025-07-01T09:49", "timestamp"),
    ("Вівторок, 1 липня 2025, 09:49", "2025-07-01T09:49", "timestamp"),
    ("Дата: 01.07.2025", "2025-07-01", "published"),
    ("Оприлюднено 1 липня 2025 о 09:49", "2025-07-01T09:49", "published"),
    ("التاريخ: ١ يوليو ٢٠٢٥", "2025-07-01", "published"),
])
def test_more_forms_sites_print(line, value, kind):
    assert [(d.value, d.kind) for d in find_datelines(line)] == [(value, kind)]


_PIECES = st.lists(st.one_of(
    st.text(max_size=12),
    st.sampled_from(["1", "12", "2025", "١", "٢٠٢٥", " ", "\n", ",", ":", "09:49", "July",
                     "липня", "июля", "يوليو", "Posted on", "Updated", "Опубликовано", "(Reuters)",
                     "KYIV, ", " — ", "-", "/", ".", "PM", "ص", "GMT+3", "T"])), max_size=30)


@settings(max_examples=200, deadline=None)
@given(_PIECES)
def test_any_text_gives_real_dates_or_none(pieces):
    text = "".join(pieces)
    for found in find_datelines(text):
        if found.value:
            assert dt.date.fromisoformat(found.value[:10])
            assert found.evidence
    named = date_in_name(text)
    assert named is None or dt.date.fromisoformat(named[0])
    assert isinstance(wire_agency(text), str) and isinstance(is_timestamp_line(text), bool)
