"""Tests for the opening-times grammar (opensupport.schedule)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from opensupport.schedule import (
    DAY_CODES,
    Rule,
    describe_rule,
    describe_schedule,
    format_rule,
    format_schedule,
    is_evening,
    is_weekend,
    opening_span,
    parse_schedule,
    rrule_text,
    to_hsds,
    to_opening_hours,
    to_rrule,
    weekday_labels_ja,
)

HOLIDAY_JA = "毎週 土曜・日曜・祝日 10:00〜15:00"
HOLIDAY_EN = "Sat, Sun, public holidays 10:00–15:00"
WEEKDAYS = ("MO", "TU", "WE", "TH", "FR")
MON_FRI_9_17 = Rule("WEEKLY", WEEKDAYS, opens="09:00", closes="17:00")
THIRD_SUNDAY = Rule("MONTHLY", ("SU",), (3,), "13:00", "16:00")
SECOND_FOURTH_SAT = Rule("MONTHLY", ("SA",), (2, 4))
SAT_SUN_HOL = Rule("WEEKLY", ("SA", "SU"), opens="10:00", closes="15:00", holidays=True)


def rules(text: str) -> tuple[Rule, ...]:
    return parse_schedule(text).rules


# --- examples from the grammar ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("月-金 9:00-17:00", MON_FRI_9_17),
        ("火・木 18:00-20:00", Rule("WEEKLY", ("TU", "TH"), opens="18:00", closes="20:00")),
        ("毎月第3日曜 13:00-16:00", THIRD_SUNDAY),
        ("第3日曜 13:00-16:00", THIRD_SUNDAY),
        ("土 ９時〜１７時", Rule("WEEKLY", ("SA",), opens="09:00", closes="17:00")),
        ("最終金曜", Rule("MONTHLY", ("FR",), (-1,))),
        ("毎月最終金曜", Rule("MONTHLY", ("FR",), (-1,))),
        ("第2・4土曜 10:00-12:00", Rule("MONTHLY", ("SA",), (2, 4), "10:00", "12:00")),
        ("第2・第4土曜 10:00-12:00", Rule("MONTHLY", ("SA",), (2, 4), "10:00", "12:00")),
        ("第2・最終土曜", Rule("MONTHLY", ("SA",), (2, -1))),
        ("第1〜3土曜", Rule("MONTHLY", ("SA",), (1, 2, 3))),
        ("毎月第3日曜", Rule("MONTHLY", ("SU",), (3,))),
        ("平日 9:00-17:00", MON_FRI_9_17),
        ("月曜日〜金曜日 9時30分〜17時", Rule("WEEKLY", WEEKDAYS, opens="09:30", closes="17:00")),
        ("月曜〜金曜 9時半〜17時まで", Rule("WEEKLY", WEEKDAYS, opens="09:30", closes="17:00")),
        ("月〜金 午後1時〜5時", Rule("WEEKLY", WEEKDAYS, opens="13:00", closes="17:00")),
        ("月-金 9〜17時", MON_FRI_9_17),
        ("毎日 10:00-16:00", Rule("WEEKLY", DAY_CODES, opens="10:00", closes="16:00")),
        ("土日祝 10:00-15:00", SAT_SUN_HOL),
        ("土・日・祝日 10:00-15:00", SAT_SUN_HOL),
        ("月,水/金 10:00-12:00", Rule("WEEKLY", ("MO", "WE", "FR"), opens="10:00", closes="12:00")),
        ("火、木", Rule("WEEKLY", ("TU", "TH"))),
        ("毎週水曜 10:00-12:00", Rule("WEEKLY", ("WE",), opens="10:00", closes="12:00")),
        ("金〜月 10:00-12:00", Rule("WEEKLY", ("FR", "SA", "SU", "MO"), (), "10:00", "12:00")),
        ("月 0:00-24:00", Rule("WEEKLY", ("MO",), opens="00:00", closes="24:00")),
    ],
)
def test_parses_example(text: str, expected: Rule) -> None:
    assert rules(text) == (expected,)


def test_several_rules_on_one_line() -> None:
    assert rules("土 10:00-12:00; 日 13:00-15:00") == (
        Rule("WEEKLY", ("SA",), opens="10:00", closes="12:00"),
        Rule("WEEKLY", ("SU",), opens="13:00", closes="15:00"),
    )


@pytest.mark.parametrize("separator", ["\n", "\r\n", "；", " ;\n "])
def test_rule_separators(separator: str) -> None:
    assert rules(f"月-金 9:00-17:00{separator}毎月第3日曜 13:00-16:00") == (
        MON_FRI_9_17,
        THIRD_SUNDAY,
    )


def test_two_time_ranges_give_two_rules() -> None:
    assert rules("月 9:00-12:00, 13:00-17:00") == (
        Rule("WEEKLY", ("MO",), opens="09:00", closes="12:00"),
        Rule("WEEKLY", ("MO",), opens="13:00", closes="17:00"),
    )


@pytest.mark.parametrize("dash", ["-", "‐", "−", "–", "—", "〜", "～", "~", "ー", "－", "から"])
def test_every_dash_variant(dash: str) -> None:
    assert rules(f"月{dash}金 9:00{dash}17:00") == (MON_FRI_9_17,)


def test_full_width_digits_and_stray_spaces() -> None:
    assert rules("　月 ー 金　 ９ ： ００ 〜 １７：００ ") == (MON_FRI_9_17,)


# --- failures -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "月-金 9:00-",
        "月-金 9:00〜",
        "第6日曜",
        "第0日曜",
        "第3〜1土曜",
        "25:00",
        "月 25:00-26:00",
        "月 9:60-10:00",
        "月 24:00-24:30",
        "月 17:00-9:00",
        "月 10:00-10:00",
        "応相談",
        "9:00-17:00",
        "月-金 9-17",
        "毎月3日",
        "第3日",
        "月-月",
        "第3日曜・祝",
        "月-金 9:00-17:00（祝日除く）",
        "土 10:00-12:00、日 13:00-15:00",
    ],
)
def test_fragment_fails(text: str) -> None:
    parsed = parse_schedule(text)
    assert parsed.rules == ()
    assert parsed.failed == (text.strip(),)


def test_failure_is_kept_as_written() -> None:
    assert parse_schedule("月-金 ９:００-").failed == ("月-金 ９:００-",)


def test_partial_failure_keeps_good_rules() -> None:
    parsed = parse_schedule("月-金 9:00-17:00; 応相談\n毎月第3日曜 13:00-16:00")
    assert parsed.rules == (MON_FRI_9_17, THIRD_SUNDAY)
    assert parsed.failed == ("応相談",)
    assert not parsed.ok


@pytest.mark.parametrize("value", [None, "", "  ", ";\n;", 12, 3.5])
def test_never_raises(value: object) -> None:
    parsed = parse_schedule(value)
    assert parsed.rules == ()


def test_empty_cell_is_ok() -> None:
    assert parse_schedule("").ok


def test_text_is_original() -> None:
    assert parse_schedule("月-金　９時〜１７時").text == "月-金　９時〜１７時"


@pytest.mark.parametrize(
    "kwargs",
    [
        {"freq": "DAILY", "days": ("MO",)},
        {"freq": "WEEKLY", "days": ()},
        {"freq": "WEEKLY", "days": ("XX",)},
        {"freq": "WEEKLY", "days": ("MO",), "ordinals": (1,)},
        {"freq": "MONTHLY", "days": ("MO",)},
        {"freq": "MONTHLY", "days": ("MO",), "ordinals": (6,)},
        {"freq": "WEEKLY", "days": ("MO",), "opens": "09:00"},
        {"freq": "WEEKLY", "days": ("MO",), "opens": "9:00", "closes": "10:00"},
        {"freq": "WEEKLY", "days": ("MO",), "opens": "10:00", "closes": "09:00"},
    ],
)
def test_invalid_rule_raises(kwargs: dict) -> None:
    with pytest.raises(ValueError):
        Rule(**kwargs)


def test_rule_is_canonical() -> None:
    assert Rule("MONTHLY", ("SU", "SA"), (-1, 2)) == Rule("MONTHLY", ("SA", "SU"), (2, -1))


# --- round trip (property based) ----------------------------------------------------------------

day_sets = st.sets(st.sampled_from(DAY_CODES), min_size=1).map(tuple)
ordinal_sets = st.sets(st.sampled_from((1, 2, 3, 4, 5, -1)), min_size=1).map(tuple)


@st.composite
def time_ranges(draw: st.DrawFn) -> tuple[str | None, str | None]:
    if draw(st.booleans()):
        return None, None
    opens = draw(st.integers(0, 24 * 12 - 1)) * 5
    closes = draw(st.integers(opens // 5 + 1, 24 * 12)) * 5
    return f"{opens // 60:02d}:{opens % 60:02d}", f"{closes // 60:02d}:{closes % 60:02d}"


@st.composite
def valid_rules(draw: st.DrawFn) -> Rule:
    opens, closes = draw(time_ranges())
    if draw(st.booleans()):
        return Rule("WEEKLY", draw(day_sets), (), opens, closes, draw(st.booleans()))
    return Rule("MONTHLY", draw(day_sets), draw(ordinal_sets), opens, closes)


@given(valid_rules())
def test_format_rule_round_trips(rule: Rule) -> None:
    assert parse_schedule(format_rule(rule)).rules == (rule,)


@given(st.lists(valid_rules(), min_size=1, max_size=5))
def test_format_schedule_round_trips(rule_list: list[Rule]) -> None:
    assert parse_schedule(format_schedule(rule_list)).rules == tuple(rule_list)


@given(st.text(max_size=40))
def test_any_text_never_raises(text: str) -> None:
    parsed = parse_schedule(text)
    assert len(parsed.failed) <= len(text)


# --- canonical text -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("rule", "text"),
    [
        (MON_FRI_9_17, "月-金 9:00-17:00"),
        (THIRD_SUNDAY, "毎月第3日曜 13:00-16:00"),
        (Rule("MONTHLY", ("FR",), (-1,)), "毎月最終金曜"),
        (Rule("MONTHLY", ("SA",), (2, 4)), "毎月第2・4土曜"),
        (SAT_SUN_HOL, "土・日・祝 10:00-15:00"),
        (Rule("WEEKLY", DAY_CODES), "毎日"),
    ],
)
def test_format_rule(rule: Rule, text: str) -> None:
    assert format_rule(rule) == text


def test_format_schedule() -> None:
    text = format_schedule([MON_FRI_9_17, THIRD_SUNDAY])
    assert text == "月-金 9:00-17:00; 毎月第3日曜 13:00-16:00"


# --- outputs ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("rule", "ja", "en"),
    [
        (MON_FRI_9_17, "毎週 月曜〜金曜 9:00〜17:00", "Mon–Fri 9:00–17:00"),
        (THIRD_SUNDAY, "毎月 第3日曜 13:00〜16:00", "3rd Sunday of the month 13:00–16:00"),
        (SECOND_FOURTH_SAT, "毎月 第2・第4土曜", "2nd and 4th Saturday of the month"),
        (Rule("MONTHLY", ("FR",), (-1,)), "毎月 最終金曜", "Last Friday of the month"),
        (SAT_SUN_HOL, HOLIDAY_JA, HOLIDAY_EN),
        (Rule("WEEKLY", ("TU", "TH")), "毎週 火曜・木曜", "Tue, Thu"),
    ],
)
def test_describe_rule(rule: Rule, ja: str, en: str) -> None:
    assert (describe_rule(rule), describe_rule(rule, "en")) == (ja, en)


def test_describe_rule_unknown_lang() -> None:
    with pytest.raises(ValueError):
        describe_rule(MON_FRI_9_17, "fr")


def test_describe_schedule() -> None:
    assert describe_schedule([MON_FRI_9_17, THIRD_SUNDAY], "en") == (
        "Mon–Fri 9:00–17:00; 3rd Sunday of the month 13:00–16:00"
    )


def test_to_rrule_weekly() -> None:
    assert to_rrule(Rule("WEEKLY", ("MO", "TU"))) == {"FREQ": "WEEKLY", "BYDAY": ["MO", "TU"]}


def test_to_rrule_monthly() -> None:
    assert to_rrule(THIRD_SUNDAY) == {"FREQ": "MONTHLY", "BYDAY": ["3SU"]}


def test_to_rrule_several_ordinals_and_last() -> None:
    rule = Rule("MONTHLY", ("SA",), (2, 4, -1))
    assert to_rrule(rule)["BYDAY"] == ["2SA", "4SA", "-1SA"]


def test_rrule_text() -> None:
    assert rrule_text(THIRD_SUNDAY) == "FREQ=MONTHLY;BYDAY=3SU"


def test_to_hsds_weekly() -> None:
    assert to_hsds(MON_FRI_9_17, "月-金 9:00-17:00") == {
        "freq": "WEEKLY",
        "wkst": "MO",
        "byday": "MO,TU,WE,TH,FR",
        "timezone": 9,
        "opens_at": "09:00:00+09:00",
        "closes_at": "17:00:00+09:00",
        "description": "月-金 9:00-17:00",
    }


def test_to_hsds_monthly_without_times_has_no_none() -> None:
    schedule = to_hsds(Rule("MONTHLY", ("SU",), (3,)), "毎月第3日曜")
    assert schedule["byday"] == "3SU"
    assert "opens_at" not in schedule
    assert None not in schedule.values()


def test_to_hsds_holidays_note() -> None:
    assert "祝日" in to_hsds(SAT_SUN_HOL, "土日祝")["notes"]


def test_to_opening_hours() -> None:
    specs = to_opening_hours(Rule("WEEKLY", ("MO", "TU"), opens="09:00", closes="17:00"))
    assert specs == [
        {
            "@type": "OpeningHoursSpecification",
            "dayOfWeek": f"https://schema.org/{day}",
            "opens": "09:00",
            "closes": "17:00",
        }
        for day in ("Monday", "Tuesday")
    ]


def test_to_opening_hours_public_holidays() -> None:
    days = [spec["dayOfWeek"] for spec in to_opening_hours(SAT_SUN_HOL)]
    assert days[-1] == "https://schema.org/PublicHolidays"


@pytest.mark.parametrize("rule", [THIRD_SUNDAY, Rule("WEEKLY", ("MO",))])
def test_to_opening_hours_empty(rule: Rule) -> None:
    assert to_opening_hours(rule) == []


def test_weekday_labels_ja() -> None:
    parsed = rules("月-水 9:00-12:00; 水・金 13:00-15:00; 毎月第3日曜; 第2・4土曜")
    assert weekday_labels_ja(parsed) == "月,火,水,金,第3日曜,第2・4土曜"


def test_weekday_labels_ja_holidays() -> None:
    assert weekday_labels_ja([SAT_SUN_HOL]) == "土,日,祝"


def test_opening_span() -> None:
    parsed = rules("月-金 9:00-17:00; 土 10:00-19:30; 毎月第3日曜")
    assert opening_span(parsed) == ("09:00", "19:30")


def test_opening_span_untimed() -> None:
    assert opening_span([Rule("WEEKLY", ("MO",))]) == (None, None)


@pytest.mark.parametrize(
    ("text", "evening"),
    [("火・木 18:00-20:00", True), ("月 17:00-18:00", True), ("月 16:00-17:30", True),
     ("月-金 9:00-17:00", False), ("月", False)],
)  # fmt: skip
def test_is_evening(text: str, evening: bool) -> None:
    assert is_evening(rules(text)[0]) is evening


@pytest.mark.parametrize(
    ("rule", "weekend"), [(MON_FRI_9_17, False), (THIRD_SUNDAY, True), (SAT_SUN_HOL, True)]
)
def test_is_weekend(rule: Rule, weekend: bool) -> None:
    assert is_weekend(rule) is weekend
