"""iCalendar: recurring events that calendar apps read back, in Asia/Tokyo."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from icalendar import Calendar


def events(path: Path) -> dict[str, object]:
    cal = Calendar.from_ical(path.read_bytes())
    return {str(e["uid"]): e for e in cal.walk("VEVENT")}


@pytest.fixture(scope="module")
def data(built) -> Path:
    return built("edge") / "data" / "calendar"


def test_one_file_per_scheduled_resource(data: Path) -> None:
    assert sorted(p.name for p in data.glob("*.ics")) == [
        "all.ics",
        "edge-allday.ics",
        "edge-monthly.ics",
        "edge-night.ics",
        "edge-weekly.ics",
    ]
    assert len(events(data / "all.ics")) == 5


def test_weekly_event_in_tokyo_time(data: Path) -> None:
    event = events(data / "edge-weekly.ics")["test-edge-edge-weekly-0@opensupport"]
    start = event["dtstart"].dt
    assert isinstance(start, datetime) and str(start.tzinfo) == "Asia/Tokyo"
    assert (start.date(), start.hour, event["dtend"].dt.hour) == (date(2026, 2, 10), 9, 17)
    assert event["rrule"]["FREQ"] == ["WEEKLY"]
    assert event["rrule"]["BYDAY"] == ["MO", "TU", "WE", "TH", "FR"]
    assert event["dtstamp"].dt == datetime.fromisoformat("2026-02-10T00:00:00+00:00")
    assert str(event["location"]) == "深谷市テスト町1-2-3 テスト会館2階"
    assert b"BEGIN:VTIMEZONE" in (data / "edge-weekly.ics").read_bytes()


def test_monthly_ordinal_starts_on_the_next_occurrence(data: Path) -> None:
    event = events(data / "edge-monthly.ics")["test-edge-edge-monthly-0@opensupport"]
    assert event["dtstart"].dt.date() == date(2026, 2, 15)  # the 3rd Sunday of Feb 2026
    assert event["rrule"]["BYDAY"] == ["3SU"]
    assert str(event["location"]) == "埼玉県深谷市"  # area only: the municipality, no address
    assert "会場は参加申込のときにお知らせします。" in str(event["description"])


def test_rule_without_time_is_an_all_day_event(data: Path) -> None:
    event = events(data / "edge-allday.ics")["test-edge-edge-allday-0@opensupport"]
    assert event["dtstart"].dt == date(2026, 2, 27)  # the last Friday of Feb 2026
    assert event["dtend"].dt == date(2026, 2, 28)
    assert event["rrule"]["BYDAY"] == ["-1FR"]


def test_several_rules_give_several_events(data: Path) -> None:
    found = events(data / "edge-night.ics")
    assert sorted(found) == [
        "test-edge-edge-night-0@opensupport",
        "test-edge-edge-night-1@opensupport",
    ]
    assert found["test-edge-edge-night-1@opensupport"]["dtstart"].dt.date() == date(2026, 2, 14)


def test_hidden_location_has_no_location(built) -> None:
    data = built("private") / "data" / "calendar"
    event = events(data / "priv-areaonly.ics")["test-private-priv-areaonly-0@opensupport"]
    assert str(event["location"]) == "埼玉県深谷市"
