"""Opening times: parse the cell grammar CSWs write, and write it back canonically.

A schedule cell holds one or more *rules*, separated by ``;``, ``；`` or a new line::

    月-金 9:00-17:00; 土 10:00-12:00
    火・木 18:00-20:00
    毎月第3日曜 13:00-16:00
    第2・4土曜 10:00-12:00
    最終金曜

A rule is a day expression and, optionally, one or more time ranges (``月 9:00-12:00,
13:00-17:00`` gives two rules). Parsing is strict: a fragment that is not entirely understood
is kept, as written, in :attr:`ParsedSchedule.failed`, and the good rules around it are kept.
The outputs (canonical text, HSDS, iCalendar, schema.org, 自治体標準, words for the website) live
in :mod:`opensupport.schedule_format` and are re-exported here.

Standard library only; the only ``opensupport`` module imported is its companion
:mod:`opensupport.schedule_format`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from opensupport.schedule_format import (
    DAY_CODES,
    DAY_JA,
    describe_rule,
    describe_schedule,
    format_rule,
    format_schedule,
    is_evening,
    is_weekend,
    opening_span,
    rrule_text,
    to_hsds,
    to_opening_hours,
    to_rrule,
    weekday_labels_ja,
)

__all__ = [
    "DAY_CODES",
    "ParsedSchedule",
    "Rule",
    "describe_rule",
    "describe_schedule",
    "format_rule",
    "format_schedule",
    "is_evening",
    "is_weekend",
    "opening_span",
    "parse_schedule",
    "rrule_text",
    "to_hsds",
    "to_opening_hours",
    "to_rrule",
    "weekday_labels_ja",
]

ORDINALS: tuple[int, ...] = (1, 2, 3, 4, 5, -1)
FREQS: tuple[str, ...] = ("WEEKLY", "MONTHLY")

_TIME_RE = re.compile(r"^(\d{2}):(\d{2})$")


def _minutes(hhmm: str) -> int:
    match = _TIME_RE.match(hhmm)
    if not match:
        raise ValueError(f"time must be 'HH:MM', got {hhmm!r}")
    hours, minutes = int(match[1]), int(match[2])
    if minutes > 59 or hours > 24 or (hours == 24 and minutes):
        raise ValueError(f"time out of range 00:00-24:00: {hhmm!r}")
    return hours * 60 + minutes


@dataclass(frozen=True)
class Rule:
    """One recurring opening: weekly on some days, or monthly on ordinal weekdays.

    ``days`` and ``ordinals`` are stored in canonical order (Monday first; ordinals 1..5, then
    -1 for "last"), so two rules meaning the same thing compare equal. Invalid values raise
    :class:`ValueError`; :func:`parse_schedule` never builds one.
    """

    freq: str  # "WEEKLY" or "MONTHLY"
    days: tuple[str, ...]  # "MO".."SU", week order
    ordinals: tuple[int, ...] = ()  # MONTHLY only: 1..5 or -1 (last)
    opens: str | None = None  # "HH:MM", 24h, zero-padded
    closes: str | None = None
    holidays: bool = False  # also open on public holidays (祝日)

    def __post_init__(self) -> None:
        if self.freq not in FREQS:
            raise ValueError(f"freq must be WEEKLY or MONTHLY, got {self.freq!r}")
        if not self.days or any(d not in DAY_CODES for d in self.days):
            raise ValueError(f"days must be a non-empty subset of {DAY_CODES}: {self.days!r}")
        object.__setattr__(self, "days", tuple(d for d in DAY_CODES if d in self.days))
        if any(o not in ORDINALS for o in self.ordinals):
            raise ValueError(f"ordinals must be 1..5 or -1: {self.ordinals!r}")
        if (self.freq == "MONTHLY") != bool(self.ordinals):
            raise ValueError("MONTHLY rules need ordinals; WEEKLY rules take none")
        object.__setattr__(self, "ordinals", tuple(o for o in ORDINALS if o in self.ordinals))
        if (self.opens is None) != (self.closes is None):
            raise ValueError("give both opens and closes, or neither")
        if self.opens is not None and _minutes(self.opens) >= _minutes(str(self.closes)):
            raise ValueError(f"closes ({self.closes}) must be after opens ({self.opens})")


@dataclass(frozen=True)
class ParsedSchedule:
    """What :func:`parse_schedule` understood (``rules``) and what it did not (``failed``)."""

    text: str  # the original cell text
    rules: tuple[Rule, ...]
    failed: tuple[str, ...]  # fragments, as written, that did not parse

    @property
    def ok(self) -> bool:
        """True when every non-empty fragment parsed."""
        return not self.failed


# --- normalisation and tokens -------------------------------------------------------------

_RULE_SEP_RE = re.compile(r"[;；\n\r\u2028\u2029]")
# After NFKC: hyphen, minus, dashes, wave dash / tilde, long vowel mark ー.
_DASH_RE = re.compile(
    r"[-\u2010\u2011\u2012\u2013\u2014\u2015\u2053\u2212\u223c\u301c\u30fc~]|から"
)
_SPACE_RE = re.compile(r"\s+")
_TOKEN_RE = re.compile(
    r"(?P<ws> )"
    r"|(?P<time>(?:午前|午後)?\d{1,2}(?::\d{2}|時(?:\d{1,2}分|半)?))"
    r"|(?P<num>\d{1,2})"
    r"|(?P<kw>毎週|毎月|毎日|平日|祝祭日|祝日|祭日|祝|最終|第)"
    r"|(?P<day>[月火水木金土日](?:曜日|曜)?)"
    r"|(?P<dash>-)"
    r"|(?P<sep>[・,、/])",
    re.ASCII,
)
_HOLIDAY_KW = frozenset({"祝祭日", "祝日", "祭日", "祝"})
_ALL_DAYS_KW = {"平日": DAY_CODES[:5], "毎日": DAY_CODES}

Token = tuple[str, str]


class _Unparsable(Exception):
    """Internal: the fragment does not follow the grammar."""


def _normalise(fragment: str) -> str:
    text = unicodedata.normalize("NFKC", fragment).strip()
    text = _DASH_RE.sub("-", text)
    text = re.sub(r"(?<=[0-9時分半])まで$", "", text)

    def space(match: re.Match[str]) -> str:
        before, after = text[match.start() - 1 : match.start()], text[match.end() : match.end() + 1]
        return " " if before.isdigit() and after.isdigit() else ""

    return _SPACE_RE.sub(space, text)


def _tokenize(text: str) -> list[Token]:
    tokens: list[Token] = []
    pos = 0
    while pos < len(text):
        match = _TOKEN_RE.match(text, pos)
        if not match:
            raise _Unparsable(text[pos:])
        kind = str(match.lastgroup)
        if kind != "ws":
            tokens.append((kind, match.group()))
        pos = match.end()
    return tokens


class _Cursor:
    """A read position over the tokens of one fragment."""

    def __init__(self, tokens: list[Token]) -> None:
        self.tokens = tokens
        self.pos = 0

    def peek(self, ahead: int = 0) -> Token:
        index = self.pos + ahead
        return self.tokens[index] if index < len(self.tokens) else ("end", "")

    def take(self) -> Token:
        token = self.peek()
        self.pos += 1
        return token

    def accept(self, kind: str, *values: str) -> bool:
        token = self.peek()
        if token[0] == kind and (not values or token[1] in values):
            self.pos += 1
            return True
        return False

    def expect(self, kind: str) -> str:
        token = self.take()
        if token[0] != kind:
            raise _Unparsable(token[1])
        return token[1]


# --- the grammar ------------------------------------------------------------------------------


def _is_dayish(token: Token) -> bool:
    kind, value = token
    return kind == "day" or (kind == "kw" and (value in _ALL_DAYS_KW or value in _HOLIDAY_KW))


def _day_range(first: str, last: str) -> list[str]:
    start, end = DAY_JA.index(first[0]), DAY_JA.index(last[0])
    if start == end:
        raise _Unparsable(f"{first}-{last}")
    span = (end - start) % 7
    return [DAY_CODES[(start + i) % 7] for i in range(span + 1)]


def _parse_days(cur: _Cursor) -> tuple[list[str], bool, list[str]]:
    """Day items, joined by separators or written together (土日祝). Returns days, holidays, raw."""
    days: list[str] = []
    raw: list[str] = []
    holidays = False
    while _is_dayish(cur.peek()):
        kind, value = cur.take()
        if kind == "day" and cur.peek()[0] == "dash" and cur.peek(1)[0] == "day":
            cur.take()
            last = cur.take()[1]
            days += _day_range(value, last)
            raw += [value, last]
        elif kind == "day":
            days.append(DAY_CODES[DAY_JA.index(value[0])])
            raw.append(value)
        elif value in _HOLIDAY_KW:
            holidays = True
        else:
            days += _ALL_DAYS_KW[value]
        if cur.peek()[0] == "sep" and _is_dayish(cur.peek(1)):
            cur.take()
    return days, holidays, raw


def _ordinal(value: str) -> int:
    number = int(value)
    if not 1 <= number <= 5:
        raise _Unparsable(value)
    return number


def _parse_ordinals(cur: _Cursor) -> list[int]:
    """``第3``, ``第2・4``, ``第2・第4``, ``第1〜3``, ``最終``, ``第2・最終``."""
    ordinals: list[int] = []
    first = True
    while True:
        if cur.accept("kw", "最終"):
            ordinals.append(-1)
        elif cur.accept("kw", "第") or (not first and cur.peek()[0] == "num"):
            start = _ordinal(cur.expect("num"))
            if cur.peek()[0] == "dash" and cur.peek(1)[0] == "num":
                cur.take()
                end = _ordinal(cur.take()[1])
                if end <= start:
                    raise _Unparsable(f"{start}-{end}")
                ordinals += range(start, end + 1)
            else:
                ordinals.append(start)
        else:
            raise _Unparsable(cur.peek()[1])
        first = False
        following = cur.peek(1)
        if cur.peek()[0] != "sep" or not (
            following[0] == "num" or following in (("kw", "第"), ("kw", "最終"))
        ):
            return ordinals
        cur.take()


def _time(value: str) -> int:
    """Minutes after midnight for ``9:30``, ``9時``, ``9時30分``, ``9時半``, ``午後1時``."""
    match = re.fullmatch(
        r"(午前|午後)?(\d{1,2})(?::(\d{2})|時(?:(\d{1,2})分|(半))?)?", value, re.ASCII
    )
    if not match:
        raise _Unparsable(value)
    meridiem, hour_text, colon_min, kanji_min, half = match.groups()
    hours = int(hour_text)
    minutes = int(colon_min or kanji_min or 0) + (30 if half else 0)
    if meridiem and hours > 12:
        raise _Unparsable(value)
    if meridiem == "午後" and hours < 12:
        hours += 12
    if minutes > 59 or hours > 24 or (hours == 24 and minutes):
        raise _Unparsable(value)
    return hours * 60 + minutes


def _hhmm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _parse_time_ranges(cur: _Cursor) -> list[tuple[str, str]]:
    """``9:00-17:00``, ``9時〜17時``, ``9〜17時``, ``午後1時〜5時``; several: ``,`` or space."""
    ranges: list[tuple[str, str]] = []
    while cur.peek()[0] != "end":
        kind, start = cur.take()
        if kind not in ("time", "num"):
            raise _Unparsable(start)
        cur.expect("dash")
        end = cur.expect("time")
        if kind == "num" and "時" not in end:
            raise _Unparsable(start)
        if start.startswith("午後") and not end.startswith(("午前", "午後")):
            end = "午後" + end  # 午後1時〜5時 means 13:00-17:00
        opens, closes = _time(start), _time(end)
        if closes <= opens:
            raise _Unparsable(f"{start}-{end}")
        ranges.append((_hhmm(opens), _hhmm(closes)))
        if cur.peek()[0] == "sep" and cur.peek(1)[0] in ("time", "num"):
            cur.take()
    return ranges


def _parse_fragment(fragment: str) -> list[Rule]:
    """Rules for one ``;``-separated fragment; raises :class:`_Unparsable`."""
    cur = _Cursor(_tokenize(_normalise(fragment)))
    ordinals: list[int] = []
    if cur.accept("kw", "毎月") or cur.peek() in (("kw", "第"), ("kw", "最終")):
        ordinals = _parse_ordinals(cur)
    else:
        cur.accept("kw", "毎週")
    days, holidays, raw = _parse_days(cur)
    if not days or (ordinals and (holidays or raw == ["日"])):
        # A monthly "第3日" could mean the 3rd of the month: require 日曜 there.
        raise _Unparsable(fragment)
    ranges = _parse_time_ranges(cur) or [(None, None)]
    freq = "MONTHLY" if ordinals else "WEEKLY"
    return [
        Rule(freq, tuple(days), tuple(ordinals), opens, closes, holidays)
        for opens, closes in ranges
    ]


def parse_schedule(text: object) -> ParsedSchedule:
    """Parse an opening-times cell. Never raises: what does not parse is listed in ``failed``.

    ``None`` and empty cells give no rules and no failures. Rules are kept in the order written.
    """
    original = "" if text is None else str(text)
    rules: list[Rule] = []
    failed: list[str] = []
    for fragment in _RULE_SEP_RE.split(original):
        if not fragment.strip():
            continue
        try:
            rules += _parse_fragment(fragment)
        except (_Unparsable, ValueError):
            failed.append(fragment.strip())
    return ParsedSchedule(text=original, rules=tuple(rules), failed=tuple(failed))
