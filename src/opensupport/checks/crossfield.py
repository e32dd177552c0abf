"""Rules across fields of one row: fee, sensitivity, 出席扱い, ages, freshness, contact."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from ..read import Row
from ..report import Issue
from .context import Context

PUBLIC_BODIES = {"municipality", "board_of_education", "prefecture", "national"}
STALE_MONTHS, PRINT_MONTHS = 12, 18
_PLACE_FIELDS = ("address", "postal_code", "latitude", "longitude", "building")
_CONTACT_FIELDS = ("phone", "email", "form_url", "line_url", "url")
# Ages (inclusive) covered by each grade code.
GRADE_AGES = {"preschool": (3, 6), "high_school_age": (15, 18), "adult": (18, 120)}
GRADE_AGES |= {f"e{n}": (5 + n, 6 + n) for n in range(1, 7)}
GRADE_AGES |= {f"j{n}": (11 + n, 12 + n) for n in range(1, 4)}
_URL = re.compile(r"^https?://[^\s/$.?#][^\s]*$", re.IGNORECASE)
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_LINE = re.compile(r"^https://(line\.me|lin\.ee|page\.line\.me)/\S+$", re.IGNORECASE)


def check_fee(ctx: Context, row: Row) -> Iterator[Issue]:
    fee = row.get("fee_type")
    if fee in ("paid", "partly_paid") and not row.get("fee_detail"):
        fees = ctx.schema.taxonomies["fee_types"]
        yield ctx.issue(
            "fee-detail-missing",
            row,
            "fee_detail",
            value="",
            fee=fees.label(fee),
            fee_en=fees.label(fee, "en"),
        )


def check_sensitive(ctx: Context, row: Row) -> Iterator[Issue]:
    if row.get("sensitive") != "true":
        return
    if row.get("location_visibility") == "public":
        yield ctx.issue("sensitive-location-public", row, "location_visibility")
    for name in _PLACE_FIELDS:
        if row.get(name):
            yield ctx.issue("sensitive-has-location", row, name)


def check_attendance_credit(ctx: Context, row: Row) -> Iterator[Issue]:
    org = row.get("organization_type")
    if row.get("attendance_credit") == "public_policy" and org not in PUBLIC_BODIES:
        orgs = ctx.schema.taxonomies["organization_types"]
        yield ctx.issue(
            "attendance-credit-private",
            row,
            "attendance_credit",
            org=orgs.label(org) if org else "未記入",
            org_en=orgs.label(org, "en") if org else "not given",
            possible=ctx.schema.taxonomies["attendance_credits"].label("possible"),
        )


def _int(text: str) -> int | None:
    return int(text) if re.fullmatch(r"-?\d+", text or "") else None


def check_ages(ctx: Context, row: Row) -> Iterator[Issue]:
    low, high = _int(row.get("age_min")), _int(row.get("age_max"))
    if low is not None and high is not None and low > high:
        yield ctx.issue("age-range-reversed", row, "age_min", min=low, max=high)
        return
    grades = [g for g in row.get("grades").split(";") if g in GRADE_AGES]
    if grades and (low is not None or high is not None):
        g_low = min(GRADE_AGES[g][0] for g in grades)
        g_high = max(GRADE_AGES[g][1] for g in grades)
        a_low, a_high = low if low is not None else 0, high if high is not None else 120
        if a_high < g_low or a_low > g_high:
            yield ctx.issue(
                "grades-ages-mismatch",
                row,
                "grades",
                grades=row.get("grades"),
                min=a_low,
                max=a_high,
            )


def parse_date(text: str) -> date | None:
    """An ISO date (as normalised by the reader), or None."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def months_between(earlier: date, later: date) -> int:
    months = (later.year - earlier.year) * 12 + later.month - earlier.month
    return months - (1 if later.day < earlier.day else 0)


def check_dates(ctx: Context, row: Row) -> Iterator[Issue]:
    until = parse_date(row.get("alert_until"))
    if until and until < ctx.today and row.get("alert"):
        yield ctx.issue("alert-expired", row, "alert_until")
    verified = parse_date(row.get("last_verified"))
    if verified is None:
        return
    if verified > ctx.today:
        yield ctx.issue("verified-in-future", row, "last_verified")
        return
    months = months_between(verified, ctx.today)
    if months >= PRINT_MONTHS:
        yield ctx.issue("excluded-from-print", row, "last_verified", months=months)
    elif months >= STALE_MONTHS:
        yield ctx.issue("verification-stale", row, "last_verified", months=months)


def check_contact(ctx: Context, row: Row) -> Iterator[Issue]:
    if not any(row.get(name) for name in _CONTACT_FIELDS):
        yield ctx.issue("no-contact", row, "phone", value="")
    for name, pattern, code in (
        ("url", _URL, "bad-url"),
        ("form_url", _URL, "bad-url"),
        ("email", _EMAIL, "bad-email"),
        ("line_url", _LINE, "bad-line-url"),
    ):
        if row.get(name) and not pattern.match(row.get(name)):
            yield ctx.issue(code, row, name)


def check_formula(ctx: Context, row: Row) -> Iterator[Issue]:
    """A text that Excel would run as a formula when someone opens the published CSV."""
    for name, raw in row.raw.items():
        fld = ctx.schema.field(name)
        if fld.type not in ("string", "list") or fld.taxonomy or name == "phone":
            continue
        text = raw.strip()
        items = [text] if fld.type == "string" else [i.strip() for i in re.split(r"[;；、]", text)]
        for item in items:
            if item[:1] in ("=", "+", "-", "@"):
                yield ctx.issue("formula-like", row, name, value=item, first=item[0])
