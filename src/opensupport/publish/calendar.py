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

from dataclasses import dataclass
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
    scheduled: list[Resource] = []
    for res in directory.resources:
        if res.status and res.status != ACTIVE:
            left_out.add(NOT_ACTIVE)
        elif not res.rules:
            left_out.add(NO_SCHEDULE)
        else:
            scheduled.append(res)
    per_resource = [_write_resource(directory, res, data_dir, ctx) for res in scheduled]
    all_events = [e for evs in per_resource for e in evs]
    write_text(
        data_dir / "calendar/all.ics", _calendar(directory, meta.title(directory), all_events)
    )
    all_ics = Written(
        "calendar/all.ics",
        "カレンダー（すべての定期の開所日）",
        "Calendar (all regular openings)",
        "text/calendar",
        count=len(scheduled),
        left_out=left_out.items(),
    )
    return [all_ics] + [
        Written(
            f"calendar/{res.id}.ics",
            "カレンダー（支援先ごと）",
            "Calendar (one resource)",
            "text/calendar",
            listed=False,
        )
        for res in scheduled
    ]


def _write_resource(
    directory: Directory, res: Resource, data_dir: Path, ctx: Context
) -> list[_Text]:
    """Write ``calendar/{id}.ics``; return its events, for ``all.ics``."""
    evs = [_text(e) for e in events(directory, res, ctx)]
    write_text(data_dir / f"calendar/{res.id}.ics", _calendar(directory, res.name, evs))
    return evs


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


@dataclass(frozen=True)
class _Text:
    """An event as iCalendar text, and the time zones it uses."""

    ical: str
    tzids: frozenset[str]


def _text(event: Event) -> _Text:
    """Each event is serialised once, for its resource's file and for ``all.ics``."""
    tzids = {getattr(v, "params", {}).get("TZID") for _, v in event.property_items(sorted=False)}
    return _Text(event.to_ical().decode("utf-8"), frozenset(tzids - {None}))


def _calendar(directory: Directory, name: str, evs: list[_Text]) -> str:
    """What ``Calendar.to_ical()`` writes with these events and the time zones they use
    added: the calendar's own lines, the events, the VTIMEZONEs, then ``END:VCALENDAR``."""
    cal = Calendar()
    cal.add("prodid", f"-//opensupport//{directory.slug}//JA")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", name)
    cal.add("x-wr-timezone", TZID)
    head = cal.to_ical().decode("utf-8").removesuffix(_END)
    tzids = sorted(set().union(*(e.tzids for e in evs)))
    return "".join([head, *(e.ical for e in evs), *map(_timezone, tzids), _END])


_END = "END:VCALENDAR\r\n"


@cache
def _timezone(tzid: str) -> str:
    """The VTIMEZONE for ``tzid``: computing it takes ~40 ms, so once per process, not per file."""
    return Timezone.from_tzid(tzid).to_ical().decode("utf-8")
