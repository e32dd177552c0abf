"""``worklist()``: the CSW's list of what to do — per entry, the recommended fields still
missing, whether it is unverified or stale, and when it is due for re-verification."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from .checks.crossfield import PRINT_MONTHS, STALE_MONTHS, months_between, parse_date
from .read import Row, Table
from .schema import RECOMMENDED, load_schema
from .validate import validate_table

UNVERIFIED, STALE, PRINT_DROPPED, CURRENT = "unverified", "stale", "excluded_from_print", "current"
STATE_LABELS = {
    "ja": {
        UNVERIFIED: "未確認",
        STALE: "要再確認（1年以上）",
        PRINT_DROPPED: "冊子から除外（18か月以上）",
        CURRENT: "確認済み",
    },
    "en": {
        UNVERIFIED: "unverified",
        STALE: "stale (over 12 months)",
        PRINT_DROPPED: "left out of print (over 18 months)",
        CURRENT: "verified",
    },
}


@dataclass(frozen=True)
class Entry:
    row: int
    id: str
    name: str
    state: str
    last_verified: date | None
    due: date | None  # None: due now (never verified)
    missing: tuple[str, ...]  # field names of empty recommended fields


@dataclass
class WorkList:
    entries: list[Entry] = field(default_factory=list)
    today: date = field(default_factory=date.today)

    def to_csv(self, lang: str = "ja") -> bytes:
        """The list as CSV (UTF-8 with BOM, so Excel opens it)."""
        schema = load_schema()
        labels = STATE_LABELS[lang]
        head = (
            ["行", "ID", "名称", "状態", "最終確認日", "次の確認期限", "空の推奨項目"]
            if lang == "ja"
            else ["row", "id", "name", "state", "last_verified", "due", "missing"]
        )
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow(head)
        for e in self.entries:
            missing = ";".join(schema.field(n).label(lang) for n in e.missing)
            writer.writerow(
                [
                    e.row,
                    e.id,
                    e.name,
                    labels[e.state],
                    _iso(e.last_verified),
                    _iso(e.due) or ("今すぐ" if lang == "ja" else "now"),
                    missing,
                ]
            )
        return buffer.getvalue().encode("utf-8-sig")


def _iso(day: date | None) -> str:
    return day.isoformat() if day else ""


def worklist(target: str | Path, *, today: date | None = None) -> WorkList:
    """The re-verification and completion work list of an area (or a file), due first."""
    today = today or date.today()
    _, table = validate_table(target, today=today)
    result = WorkList(today=today)
    if table is not None:
        result.entries = sorted(
            (_entry(row, table, today) for row in table.rows),
            key=lambda e: (e.due or date.min, e.row),
        )
    return result


def _entry(row: Row, table: Table, today: date) -> Entry:
    verified = parse_date(row.get("last_verified"))
    due = _add_months(verified, STALE_MONTHS) if verified else None
    if verified is None:
        state = UNVERIFIED
    else:
        months = months_between(verified, today)
        state = (
            PRINT_DROPPED
            if months >= PRINT_MONTHS
            else STALE
            if months >= STALE_MONTHS
            else CURRENT
        )
    missing = tuple(
        f.name
        for f in load_schema().fields
        if f.level == RECOMMENDED and f.name != "last_verified" and not row.get(f.name)
    )
    return Entry(row.row, row.get("id"), row.get("name"), state, verified, due, missing)


def _add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")
