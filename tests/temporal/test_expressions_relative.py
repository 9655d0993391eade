"""Anchoring: weekdays, months, deictic units, story-relative expressions."""
import datetime as dt

import pytest

from temporal.expressions import find_expressions

REF = dt.date(2025, 7, 1)  # a Tuesday


def values(text, ref=REF):
    return [(e.text, e.value) for e in find_expressions(text, ref)]


def test_bare_weekday_is_latest_on_or_before_reference():
    assert values("The mayor spoke on Monday about the repairs.") == [("Monday", "2025-06-30")]
    assert values("Officials said on Tuesday that the plant was hit.") == \
        [("Tuesday", "2025-07-01")]
    assert values("Officials said on Wednesday that roads reopened.") == \
        [("Wednesday", "2025-06-25")]


def test_weekday_in_a_clause_that_looks_ahead():
    assert values("The council will vote on Thursday on the budget.") == \
        [("Thursday", "2025-07-03")]
    assert values("The report is due Friday, aides said.")[0] == ("Friday", "2025-07-04")


@pytest.mark.parametrize("phrase,value", [
    ("last Friday", "2025-06-27"), ("next Monday", "2025-07-07"), ("early Saturday", "2025-06-28"),
])
def test_weekday_modifiers(phrase, value):
    assert values(f"Crews arrived {phrase} at the site.")[0] == (phrase, value)


def test_bare_month_is_latest_not_after_reference_month():
    assert values("Strikes have continued since November.") == [("November", "2024-11")]
    assert values("Exports fell in March, the ministry said.") == [("March", "2025-03")]


def test_month_in_december_seen_from_january():
    e = find_expressions("Output slumped in December, traders said.", dt.date(2025, 1, 2))[0]
    assert (e.value, e.earliest) == ("2024-12", dt.date(2024, 12, 1))


def test_next_month_across_year_end():
    e = find_expressions("Talks resume next month.", dt.date(2025, 12, 30))[0]
    assert (e.text, e.value, e.earliest, e.latest) == \
        ("next month", "2026-01", dt.date(2026, 1, 1), dt.date(2026, 1, 31))


def test_weeks_and_weekends():
    found = find_expressions("Last week the depot burned; at the weekend drones returned.", REF)
    assert [(e.text, e.value) for e in found] == \
        [("Last week", "2025-W26"), ("the weekend", "2025-W26-WE")]
    assert (found[1].earliest, found[1].latest) == (dt.date(2025, 6, 28), dt.date(2025, 6, 29))
    assert found[1].precision == "weekend"


def test_weekend_when_published_on_a_sunday_is_that_weekend():
    e = find_expressions("Fans gathered at the weekend.", dt.date(2025, 6, 29))[0]
    assert e.value == "2025-W26-WE"


@pytest.mark.parametrize("phrase,value,mod", [
    ("yesterday", "2025-06-30", None), ("today", "2025-07-01", None),
    ("tomorrow", "2025-07-02", None),
    ("this month", "2025-07", None), ("next year", "2026", None), ("last year", "2024", None),
    ("earlier this month", "2025-07", "START"), ("later this year", "2025", "END"),
    ("the end of the year", "2025", "END"), ("early July", "2025-07", "START"),
    ("mid-November", "2024-11", "MID"), ("this summer", "2025-SU", None),
])
def test_deictic_units(phrase, value, mod):
    e = find_expressions(f"The board met {phrase} to discuss it.", REF)[0]
    assert (e.text, e.value, e.mod) == (phrase, value, mod)


def test_parts_of_day():
    found = find_expressions("Sirens sounded this morning and again tonight.", REF)
    assert [(e.text, e.type, e.value) for e in found] == [
        ("this morning", "TIME", "2025-07-01TMO"), ("tonight", "TIME", "2025-07-01TNI")]
    e = find_expressions("Shelling continued overnight.", dt.date(2025, 6, 29))[0]
    assert e.value == "2025-06-28TNI"


@pytest.mark.parametrize("phrase,value", [
    ("three days ago", "2025-06-28"), ("twenty four hours ago", "PT24H"),
    ("two years ago", "2023"), ("a couple of years ago", "2023"), ("six months ago", "2025-01"),
    ("several weeks ago", "PAST_REF"),
])
def test_ago(phrase, value):
    assert values(f"It started {phrase} in the east.")[0] == (phrase, value)


def test_story_clock_next_day():
    found = find_expressions("The fire began on 12 March 2024. The next day crews left.", REF)
    assert [(e.text, e.value) for e in found] == \
        [("12 March 2024", "2024-03-12"), ("The next day", "2024-03-13")]


def test_later_that_month_uses_last_date():
    found = find_expressions("In May 2023 the plan leaked; later that month it was shelved.", REF)
    assert (found[-1].text, found[-1].value, found[-1].mod) == \
        ("later that month", "2023-05", "END")


def test_no_reference_keeps_x_values():
    text = "Since November he has met them every Tuesday and again on Friday."
    found = find_expressions(text, None)
    by_text = {e.text: e for e in found}
    assert by_text["November"].value == "XXXX-11" and by_text["November"].earliest is None
    assert by_text["Friday"].value == "XXXX-WXX-5"
    assert by_text["every Tuesday"].type == "SET"


def test_preview_possessive_looks_ahead():
    found = find_expressions("Ahead of Thursday's vote, lawmakers met.", dt.date(2025, 6, 30))
    assert [(e.text, e.value) for e in found] == [("Thursday", "2025-07-03")]


def test_trailing_reporting_verb_does_not_make_a_future_past():
    text = "The delegation will leave on Thursday, the minister said."
    found = find_expressions(text, dt.date(2025, 6, 30))
    assert found[0].value == "2025-07-03"


def test_year_less_date_takes_the_storys_recent_year():
    text = "The flood came in 2021. Engineers said the levee broke before 6 a.m. on Oct. 9."
    found = find_expressions(text, dt.date(2025, 7, 2))
    assert found[-1].text == "Oct. 9" and found[-1].value == "2021-10-09"
    assert found[-2].value == "2021-10-09T06:00"


def test_weekday_with_part_of_day_keeps_its_part_of_day():
    # TIMEX3 and TimeBank (the development set): "Saturday night" is TIME …TNI
    found = find_expressions("Rescuers reached the village on Friday night.", dt.date(2025, 7, 1))
    assert [(e.text, e.type, e.value) for e in found] == \
        [("Friday night", "TIME", "2025-06-27TNI")]
    found = find_expressions("Ferries will resume Thursday morning.", dt.date(2025, 7, 1))
    assert [(e.type, e.value) for e in found] == [("TIME", "2025-07-03TMO")]


def test_plural_weekday_nights_stay_a_set():
    e = find_expressions("The market opens on Tuesday nights.", dt.date(2025, 7, 1))[0]
    assert (e.type, e.value) == ("SET", "XXXX-WXX-2TNI")


def test_irregular_past_verb_keeps_a_month_in_the_past():
    e = find_expressions("In January, the ministry brought in new rules.", dt.date(2025, 10, 20))[0]
    assert e.value == "2025-01"


def test_month_without_tense_cue_is_the_nearest_one():
    text = "Payments resume in January under the new scheme."
    e = find_expressions(text, dt.date(2025, 10, 20))[0]
    assert e.value == "2026-01"


def test_passive_after_will_be_is_not_a_past_cue():
    text = "She will be appointed to lead the mission in December."
    e = find_expressions(text, dt.date(2025, 3, 4))[0]
    assert e.value == "2025-12"


def test_present_passive_schedules_the_future():
    text = "Lawyers hope to win when the appeal is heard in May."
    e = find_expressions(text, dt.date(2025, 3, 29))[0]
    assert e.value == "2025-05"


def test_had_been_due_is_past():
    e = find_expressions("The permit had been due to lapse on Friday.", dt.date(2025, 7, 1))[0]
    assert e.value == "2025-06-27"


def test_would_points_forward():
    e = find_expressions("The envoy would be flying to Cairo on Thursday.", dt.date(2025, 7, 1))[0]
    assert e.value == "2025-07-03"


def test_weekday_evening_keeps_its_part_of_day():
    e = find_expressions("The deadline expired on Friday evening.", dt.date(2025, 7, 1))[0]
    assert (e.type, e.value) == ("TIME", "2025-06-27TEV")


def test_a_year_ago_in_an_earnings_story_is_the_same_quarter_last_year():
    text = ("Acme posted third-quarter profit of $5 million, helped by a one-time gain on the "
            "sale of a warehouse in Ohio, lower interest costs and a weaker dollar that lifted "
            "export revenue from its European distributors. Analysts had forecast a smaller "
            "gain. The stock rose 3%. Sales climbed 8% from a year ago.")
    found = find_expressions(text, dt.date(2025, 10, 28))
    assert (found[0].value == "2025-Q3" and found[-1].text == "a year ago"
            and found[-1].value == "2024-Q3")


def test_capitalised_ed_word_is_not_a_past_tense_cue():
    text = "Officials said the envoy would be travelling to the United States Thursday."
    assert find_expressions(text, dt.date(2025, 7, 1))[0].value == "2025-07-03"


def test_adjectival_participle_is_not_a_past_tense_cue():
    # "undecided" and "the revised" describe a noun; "would be handed" sets the tense
    text = "The grant would be handed out on some undecided day in January."
    assert find_expressions(text, dt.date(2025, 10, 20))[0].value == "2026-01"
    text = "The board will vote on the revised plan on Thursday."
    assert find_expressions(text, REF)[0].value == "2025-07-03"


def test_possessive_weekday_after_before_takes_the_clause_tense():
    # "by Friday" is a deadline; "before Friday's purchases" names a past event here
    assert values("Its share before Friday's purchases was 7%.") == [("Friday", "2025-06-27")]
    assert values("Ministers must agree by Friday.") == [("Friday", "2025-07-04")]


def test_quarter_named_by_its_closing_date():
    text = "Orders climbed in the quarter ended Sept. 30, reaching $5 million."
    found = find_expressions(text, dt.date(2025, 11, 3))
    assert (found[0].text, found[0].value) == ("the quarter", "2025-Q3")


def test_that_quarter_is_the_quarter_last_named():
    text = ("In the second quarter of 2024, the firm lost $3 million, or 40 cents a share, with "
            "sales of $175 million. Figures for that quarter included a charge on Oct. 31.")
    found = {e.text: e.value for e in find_expressions(text, dt.date(2025, 11, 3))}
    assert found["that quarter"] == "2024-Q2"


def test_a_relative_clause_after_the_date_has_its_own_tense():
    """The verb before the date dates it; "that will …" speaks of later."""
    ref = dt.date(2025, 7, 2)  # a Wednesday
    assert values("The governor signed a decree on Sunday that will close the port.", ref) == [
        ("Sunday", "2025-06-29")]
    assert values("The governor will sign the decree on Sunday, which falls after the vote.",
                  ref) == [("Sunday", "2025-07-06")]


def test_a_day_set_for_something_lies_ahead():
    ref = dt.date(2025, 7, 1)  # a Tuesday
    assert values("The dockers called a strike for Thursday.", ref) == [("Thursday", "2025-07-03")]
    assert values("The hearing was scheduled for Monday.", ref) == [("Monday", "2025-07-07")]


def test_a_day_after_a_happening_is_not_the_day_after_publication():
    """With no day named yet, "a day after lawmakers voted" counts from an unknown day;
    once the story has a day, its clock counts from it."""
    ref = dt.date(2025, 7, 1)
    found = find_expressions("Crowds gathered a day after lawmakers voted.", ref)
    assert [(e.text, e.earliest) for e in found] == [("a day after", None)]
    assert values("The vote was on Monday. The day after the vote, crowds gathered.", ref) == [
        ("Monday", "2025-06-30"), ("The day after", "2025-07-01")]


def test_a_day_after_a_happening_in_a_dated_sentence_counts_from_that_happening():
    """"On Wednesday, a day after the attack": not Thursday, the attack's day is unknown
    to the expression (the events layer counts back from Wednesday)."""
    found = find_expressions("Crews cleared the road on Wednesday, a day after the storm.",
                             dt.date(2025, 7, 2))
    assert [(e.text, e.earliest) for e in found][1] == ("a day after", None)
