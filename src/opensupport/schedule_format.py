"""Opening-time rules written out: canonical grammar text, words for the website, iCalendar RRULE,
HSDS 3.1 ``schedule``, schema.org ``OpeningHoursSpecification`` and 自治体標準 利用可能曜日.

Functions take :class:`opensupport.schedule.Rule` objects (any object with the same attributes
works); import them from :mod:`opensupport.schedule`, which re-exports everything here.
Standard library only; at run time this module imports no other ``opensupport`` module.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from opensupport.schedule import Rule

DAY_CODES: tuple[str, ...] = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
DAY_JA: tuple[str, ...] = ("月", "火", "水", "木", "金", "土", "日")
DAY_EN: tuple[str, ...] = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
DAY_EN_LONG: tuple[str, ...] = (
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
)  # fmt: skip
SCHEMA_ORG = "https://schema.org/"
JST_OFFSET = "+09:00"
EVENING = "17:00"


def _day_index(code: str) -> int:
    return DAY_CODES.index(code)


def _has_times(rule: Rule) -> bool:
    return rule.opens is not None and rule.closes is not None


# --- canonical grammar text -------------------------------------------------------------------


def format_time(hhmm: str) -> str:
    """``"09:00"`` → ``"9:00"``: how times are written in the grammar and on the site."""
    hours, minutes = hhmm.split(":")
    return f"{int(hours)}:{minutes}"


def day_runs(days: Iterable[str]) -> list[tuple[int, int]]:
    """Consecutive runs of weekday indexes (Monday = 0) as ``(first, last)`` pairs."""
    runs: list[tuple[int, int]] = []
    for index in sorted(_day_index(d) for d in days):
        if runs and runs[-1][1] == index - 1:
            runs[-1] = (runs[-1][0], index)
        else:
            runs.append((index, index))
    return runs


def _days_text(days: Iterable[str], names: tuple[str, ...], dash: str) -> list[str]:
    """Runs of three or more days as ranges (``月-金``), shorter runs day by day."""
    parts: list[str] = []
    for first, last in day_runs(days):
        if last - first >= 2:
            parts.append(f"{names[first]}{dash}{names[last]}")
        else:
            parts += names[first : last + 1]
    return parts


def ordinals_ja(ordinals: Iterable[int]) -> str:
    """``(2, 4)`` → ``"第2・4"``, ``(-1,)`` → ``"最終"``, ``(2, -1)`` → ``"第2・最終"``."""
    ordinals = tuple(ordinals)
    numbers = [str(o) for o in ordinals if o > 0]
    parts = [f"第{'・'.join(numbers)}"] if numbers else []
    return "・".join(parts + (["最終"] if -1 in ordinals else []))


def _monthly_days_ja(rule: Rule) -> str:
    return "・".join(f"{DAY_JA[_day_index(d)]}曜" for d in rule.days)


def format_rule(rule: Rule) -> str:
    """Canonical grammar text: ``月-金 9:00-17:00``, ``毎月第3日曜 13:00-16:00``, ``毎月最終金曜``.

    :func:`opensupport.schedule.parse_schedule` reads it back to the same rule.
    """
    if rule.freq == "MONTHLY":
        text = f"毎月{ordinals_ja(rule.ordinals)}{_monthly_days_ja(rule)}"
    else:
        parts = ["毎日"] if len(rule.days) == 7 else _days_text(rule.days, DAY_JA, "-")
        text = "・".join(parts + (["祝"] if rule.holidays else []))
    if _has_times(rule):
        text += f" {format_time(str(rule.opens))}-{format_time(str(rule.closes))}"
    return text


def format_schedule(rules: Iterable[Rule]) -> str:
    """Rules in canonical grammar text, joined with ``"; "``."""
    return "; ".join(format_rule(rule) for rule in rules)


# --- words for the website ----------------------------------------------------------------------


def _ordinal_en(number: int) -> str:
    if number == -1:
        return "last"
    suffix = {1: "st", 2: "nd", 3: "rd"}.get(number, "th")
    return f"{number}{suffix}"


def _join_en(items: list[str]) -> str:
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}"


def _describe_ja(rule: Rule) -> str:
    if rule.freq == "MONTHLY":
        ordinals = "・".join("最終" if o == -1 else f"第{o}" for o in rule.ordinals)
        text = f"毎月 {ordinals}{_monthly_days_ja(rule)}"
    elif len(rule.days) == 7:
        text = "毎日" + ("（祝日も）" if rule.holidays else "")
    else:
        names = tuple(f"{d}曜" for d in DAY_JA)
        days = _days_text(rule.days, names, "〜") + (["祝日"] if rule.holidays else [])
        text = "毎週 " + "・".join(days)
    if _has_times(rule):
        text += f" {format_time(str(rule.opens))}〜{format_time(str(rule.closes))}"
    return text


def _describe_en(rule: Rule) -> str:
    if rule.freq == "MONTHLY":
        ordinals = _join_en([_ordinal_en(o) for o in rule.ordinals])
        days = _join_en([DAY_EN_LONG[_day_index(d)] for d in rule.days])
        text = f"{ordinals} {days} of the month"
        text = text[0].upper() + text[1:]
    else:
        days = ["Daily"] if len(rule.days) == 7 else _days_text(rule.days, DAY_EN, "–")
        text = ", ".join(days + (["public holidays"] if rule.holidays else []))
    if _has_times(rule):
        text += f" {format_time(str(rule.opens))}–{format_time(str(rule.closes))}"
    return text


def describe_rule(rule: Rule, lang: str = "ja") -> str:
    """Words for people: ``毎週 月曜〜金曜 9:00〜17:00`` / ``Mon–Fri 9:00–17:00``.

    Monthly: ``毎月 第3日曜 13:00〜16:00`` / ``3rd Sunday of the month 13:00–16:00``.
    ``lang`` is ``"ja"`` or ``"en"``; anything else raises :class:`ValueError`.
    """
    if lang == "ja":
        return _describe_ja(rule)
    if lang == "en":
        return _describe_en(rule)
    raise ValueError(f"lang must be 'ja' or 'en', got {lang!r}")


def describe_schedule(rules: Iterable[Rule], lang: str = "ja") -> str:
    """All rules described, joined with ``、`` (ja) or ``; `` (en)."""
    return ("、" if lang == "ja" else "; ").join(describe_rule(r, lang) for r in rules)


# --- machine formats ----------------------------------------------------------------------------


def _byday(rule: Rule) -> list[str]:
    if rule.freq == "MONTHLY":
        return [f"{o}{d}" for o in rule.ordinals for d in rule.days]
    return list(rule.days)


def to_rrule(rule: Rule) -> dict[str, Any]:
    """iCalendar RRULE parts: ``{"FREQ": "MONTHLY", "BYDAY": ["2SA", "4SA"]}``.

    Times are not part of an RRULE: they belong in the event's DTSTART/DTEND.
    """
    return {"FREQ": rule.freq, "BYDAY": _byday(rule)}


def rrule_text(rule: Rule) -> str:
    """The RRULE value as written in an ``.ics`` file: ``FREQ=MONTHLY;BYDAY=3SU``."""
    return f"FREQ={rule.freq};BYDAY={','.join(_byday(rule))}"


def to_hsds(rule: Rule, text: str) -> dict[str, Any]:
    """HSDS 3.1 ``schedule`` fields (without ids). No ``None`` values.

    ``text`` (usually the original cell) becomes ``description``; a rule that is also open on
    public holidays, which HSDS cannot express, says so in ``notes``.
    """
    schedule: dict[str, Any] = {
        "freq": rule.freq,
        "wkst": "MO",
        "byday": ",".join(_byday(rule)),
        "timezone": 9,
    }
    if _has_times(rule):
        schedule["opens_at"] = f"{rule.opens}:00{JST_OFFSET}"
        schedule["closes_at"] = f"{rule.closes}:00{JST_OFFSET}"
    if rule.holidays:
        schedule["notes"] = "祝日も開いています。"
    schedule["description"] = text
    return schedule


def to_opening_hours(rule: Rule) -> list[dict[str, str]]:
    """schema.org ``OpeningHoursSpecification`` items, one per day, for weekly rules with times.

    Holidays become ``https://schema.org/PublicHolidays``. Monthly or untimed rules give ``[]``.
    """
    if rule.freq != "WEEKLY" or not _has_times(rule):
        return []
    days = [DAY_EN_LONG[_day_index(d)] for d in rule.days]
    days += ["PublicHolidays"] if rule.holidays else []
    return [
        {
            "@type": "OpeningHoursSpecification",
            "dayOfWeek": f"{SCHEMA_ORG}{day}",
            "opens": str(rule.opens),
            "closes": str(rule.closes),
        }
        for day in days
    ]


def weekday_labels_ja(rules: Iterable[Rule]) -> str:
    """自治体標準 利用可能曜日: ``"月,火,水,木,金"``; ``祝`` when open on holidays; monthly rules as
    ``第3日曜`` / ``第2・4土曜`` / ``最終金曜``. Comma-separated, no duplicates."""
    rules = list(rules)
    weekly = {d for r in rules if r.freq == "WEEKLY" for d in r.days}
    labels = [DAY_JA[i] for i, code in enumerate(DAY_CODES) if code in weekly]
    labels += ["祝"] if any(r.holidays for r in rules) else []
    for rule in rules:
        if rule.freq == "MONTHLY":
            labels.append(f"{ordinals_ja(rule.ordinals)}{_monthly_days_ja(rule)}")
    return ",".join(dict.fromkeys(labels))


def opening_span(rules: Iterable[Rule]) -> tuple[str | None, str | None]:
    """Earliest opening and latest closing ("HH:MM") over the timed rules, for 開始時間/終了時間."""
    timed = [r for r in rules if _has_times(r)]
    if not timed:
        return None, None
    return min(str(r.opens) for r in timed), max(str(r.closes) for r in timed)


def is_evening(rule: Rule) -> bool:
    """Open in the evening: closes after 17:00 or opens at 17:00 or later."""
    if not _has_times(rule):
        return False
    return str(rule.closes) > EVENING or str(rule.opens) >= EVENING


def is_weekend(rule: Rule) -> bool:
    """Open on Saturday or Sunday (weekly or monthly)."""
    return "SA" in rule.days or "SU" in rule.days
