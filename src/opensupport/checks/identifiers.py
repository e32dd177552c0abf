"""Japanese identifiers: 地方公共団体コード, 郵便番号, 電話番号, 法人番号."""

from __future__ import annotations

from collections.abc import Iterator

from .. import japan
from ..normalise import nfkc
from ..read import Row
from ..report import Issue
from .context import Context

_LGCODE_CODES = {
    "completed": "municipality-code-completed",
    "lost-leading-zero": "municipality-code-lost-zero",
    "bad-check-digit": "municipality-code-check-digit",
    "unknown": "municipality-code-unknown",
    "malformed": "municipality-code-malformed",
}


def lgcode_issue_params(raw: str) -> tuple[str | None, dict[str, str]]:
    """The issue code (None when fine) and its parameters for a municipality code as typed."""
    result = japan.check_lgcode("".join(nfkc(raw).split()).replace("-", ""))
    code = _LGCODE_CODES.get(result.status)
    place = japan.municipality(result.code) if result.code else None
    params = {"code": result.code or "", "name": place.name if place else ""}
    if result.status == "bad-check-digit" and result.code:
        params["suggestion"] = f"「{result.code}」（{params['name']}）ではありませんか。"
        params["suggestion_en"] = f"Did you mean '{result.code}' ({params['name']})?"
    return code, params


def check_municipality(ctx: Context, row: Row) -> Iterator[Issue]:
    raw = row.raw.get("municipality", "").strip()
    if not raw:
        return
    code, params = lgcode_issue_params(raw)
    if code:
        yield ctx.issue(code, row, "municipality", **params)
    home = ctx.config.get("area", {}).get("municipalities") or []
    value = row.get("municipality")
    if code in (None, *_REPAIRED) and home and value not in home:
        place = japan.municipality(value)
        yield ctx.issue(
            "municipality-outside-area", row, "municipality", name=place.name if place else ""
        )


_REPAIRED = ("municipality-code-completed", "municipality-code-lost-zero")


def check_service_area(ctx: Context, row: Row) -> Iterator[Issue]:
    for item in row.raw.get("service_area", "").replace("；", ";").replace("、", ";").split(";"):
        if item.strip():
            code, params = lgcode_issue_params(item.strip())
            if code:
                yield ctx.issue(code, row, "service_area", value=item.strip(), **params)


def check_postal_code(ctx: Context, row: Row) -> Iterator[Issue]:
    value = row.get("postal_code")
    if not value:
        return
    if japan.normalise_postal_code(value) is None:
        yield ctx.issue("postal-code-malformed", row, "postal_code")
        return
    owners = japan.postal_municipalities(value)
    if not owners:
        yield ctx.issue("postal-code-unknown", row, "postal_code")
        return
    home = japan.municipality(row.get("municipality"))
    places = [p for p in map(japan.municipality, owners) if p]
    # A designated city's postal codes belong to its wards (札幌市 ⊃ 札幌市中央区).
    if home and not any(p.code == home.code or p.name.startswith(home.name) for p in places):
        names = "・".join(p.name for p in places)
        yield ctx.issue(
            "postal-code-elsewhere", row, "postal_code", postal_names=names, name=home.name
        )


def check_phone(ctx: Context, row: Row) -> Iterator[Issue]:
    value = row.get("phone")
    if not value:
        return
    result = japan.check_phone(value)
    if result.kind == "invalid":
        yield ctx.issue("phone-invalid", row, "phone")
    elif result.kind == "mobile" and not row.get("listing_consent_date"):
        yield ctx.issue(
            "phone-mobile-no-consent",
            row,
            "phone",
            consent_column=ctx.table.column("listing_consent_date"),
        )


def check_corporate_number(ctx: Context, row: Row) -> Iterator[Issue]:
    value = row.get("corporate_number")
    if value and not japan.corporate_number_ok(value.replace("-", "")):
        yield ctx.issue("corporate-number-invalid", row, "corporate_number")
