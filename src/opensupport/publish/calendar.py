"""Regular meetings and opening times as iCalendar (RFC 5545), for calendar apps.

``calendar/{id}.ics`` for each active resource with a parsed schedule, one recurring event per
rule, and ``calendar/all.ics`` with every event. Times are in ``Asia/Tokyo`` (with its
VTIMEZONE); a rule without a time (``毎月第3日曜``) is an all-day recurring event. RRULE comes
from :func:`opensupport.schedule.to_rrule`; DTSTART is the first occurrence on or after the
build date; UIDs derive from the resource id so that calendar apps update events in place;
DTSTAMP is the build time. Locations say no more than the data may: the address for public
locations, the municipality for the others, nothing for hidden or sensitive ones.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from functools import cache
from itertools import islice
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from dateutil.rrule import rrulestr
from icalendar import Calendar, Event, Timezone

from ..model import AREA_ONLY, PUBLIC, Directory, Resource
from ..schedule import describe_rule, rrule_text, to_rrule
from . import meta
from .files import NO_SCHEDULE, NOT_ACTIVE, Context, Counter, Written, write_text

TZID = "Asia/Tokyo"
TZ = ZoneInfo(TZID)
ACTIVE = "active"


def write_calendar(directory: Directory, data_dir: Path, ctx: Context) -> list[Written]:
    """Write one ``.ics`` per scheduled resource and ``all.ics``."""
    left_out = Counter()
    per_resource: list[tuple[Resource, list[Event]]] = []
    for res in directory.resources:
        if res.status and res.status != ACTIVE:
            left_out.add(NOT_ACTIVE)
        elif not res.rules:
            left_out.add(NO_SCHEDULE)
        else:
            per_resource.append((res, events(directory, res, ctx)))
    written = []
    for res, evs in per_resource:
        path = f"calendar/{res.id}.ics"
        write_text(data_dir / path, _calendar(directory, res.name, evs))
        written.append(
            Written(
                path,
                "カレンダー（支援先ごと）",
                "Calendar (one resource)",
                "text/calendar",
                listed=False,
            )
        )
    all_events = [e for _, evs in per_resource for e in evs]
    write_text(
        data_dir / "calendar/all.ics", _calendar(directory, meta.title(directory), all_events)
    )
    written.insert(
        0,
        Written(
            "calendar/all.ics",
            "カレンダー（すべての定期の開所日）",
            "Calendar (all regular openings)",
            "text/calendar",
            count=len(per_resource),
            left_out=left_out.items(),
        ),
    )
    return written


def events(directory: Directory, res: Resource, ctx: Context) -> list[Event]:
    """One recurring VEVENT per rule of the resource's schedule."""
    return [_event(directory, res, n, rule, ctx) for n, rule in enumerate(res.rules)]


def _event(directory: Directory, res: Resource, n: int, rule: Any, ctx: Context) -> Event:
    event = Event()
    event.add("uid", f"{directory.slug}-{res.id}-{n}@opensupport")
    event.add("dtstamp", ctx.build_time)
    event.add("summary", res.name)
    first = first_occurrence(rule, ctx.today)
    if rule.opens is not None:
        event.add("dtstart", _at(first, rule.opens))
        event.add("dtend", _at(first, rule.closes))
    else:
        event.add("dtstart", first)
        event.add("dtend", first + timedelta(days=1))
    event.add("rrule", {**to_rrule(rule), "WKST": "MO"})
    event.add("description", _description(res, rule, ctx))
    location = _location(directory, res)
    if location:
        event.add("location", location)
    if ctx.base_url:
        event.add("url", ctx.page_url(res.id))
    return event


def first_occurrence(rule: Any, today: date) -> date:
    """The first day on or after ``today`` that the rule falls on."""
    start = datetime.combine(today, time())
    first = next(islice(rrulestr(rrule_text(rule), dtstart=start), 1), start)
    return first.date()


def _at(day: date, hhmm: str) -> datetime:
    hours, minutes = (int(p) for p in hhmm.split(":"))
    return datetime.combine(day, time(), tzinfo=TZ) + timedelta(hours=hours, minutes=minutes)


def _description(res: Resource, rule: Any, ctx: Context) -> str:
    lines = [describe_rule(rule, "ja")]
    if rule.holidays:
        lines.append("祝日も開いています。")
    if res.schedule_note:
        lines.append(res.schedule_note)
    lines.append(f"詳しくは：{ctx.page_url(res.id)}")
    return "\n".join(lines)


def _location(directory: Directory, res: Resource) -> str:
    if res.sensitive or res.location_visibility not in (PUBLIC, AREA_ONLY):
        return ""
    place = directory.municipality(res.municipality)
    city = f"{place.prefecture}{place.name}" if place else ""
    if res.location_public and res.address:
        return " ".join(p for p in (res.address, res.building) if p)
    return city


def _calendar(directory: Directory, name: str, evs: list[Event]) -> str:
    cal = Calendar()
    cal.add("prodid", f"-//opensupport//{directory.slug}//JA")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", name)
    cal.add("x-wr-timezone", TZID)
    for event in evs:
        cal.add_component(event)
    for tzid in sorted(cal.get_missing_tzids()):
        cal.add_component(_timezone(tzid))
    return cal.to_ical().decode("utf-8")


@cache
def _timezone(tzid: str) -> Timezone:
    """The VTIMEZONE for ``tzid``: computing it takes ~40 ms, so once per process, not per file."""
    return Timezone.from_tzid(tzid)
