"""What the templates show about a resource: card lines, filter tokens, field rows.

Values come from the model; labels from the schema (field titles) and its taxonomies (code
labels). Links from data pass through :mod:`opensupport.site.links` and nowhere else.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any, NamedTuple

from ..model import Directory, Resource
from ..schedule import describe_rule, is_evening, is_weekend
from .links import mailto_href, tel_href, web_href

RECOMMENDED = "recommended"
STALE_AFTER = timedelta(days=365)  # §5 freshness: older than 12 months warns
STALE_MONTHS = 12

# The resource page's sections, in order; every public field but ``name`` is in one.
GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "contact",
        (
            "phone",
            "phone_note",
            "email",
            "form_url",
            "line_url",
            "url",
            "languages",
            "easy_japanese_ok",
        ),
    ),
    (
        "about",
        (
            "name_kana",
            "name_en",
            "alternate_names",
            "organization_name",
            "organization_type",
            "corporate_number",
            "service_type",
            "categories",
            "summary",
            "summary_easy",
            "description",
            "tags",
            "needs",
        ),
    ),
    (
        "who",
        ("residency_requirement", "audience", "grades", "age_min", "age_max", "eligibility_note"),
    ),
    ("start", ("access_route", "first_step", "reservation", "contact_methods", "trial_visit")),
    (
        "time",
        ("fee_type", "fee_detail", "schedule", "schedule_note", "status", "alert", "alert_until"),
    ),
    (
        "place",
        (
            "location_visibility",
            "municipality",
            "postal_code",
            "address",
            "building",
            "latitude",
            "longitude",
            "geo_precision",
            "service_area",
            "access",
            "parking",
            "accessibility",
        ),
    ),
    ("school", ("attendance_credit", "attendance_note")),
    (
        "source",
        (
            "id",
            "source",
            "last_verified",
            "verified_by_role",
            "verification_method",
            "listing_consent_date",
            "publish_status",
            "sensitive",
            "print_include",
        ),
    ),
)

# Grade bands for the filter: (code, school grades, ages).
GRADE_BANDS: tuple[tuple[str, tuple[str, ...], tuple[int, int]], ...] = (
    ("preschool", ("preschool",), (0, 5)),
    ("elementary", ("e1", "e2", "e3", "e4", "e5", "e6"), (6, 11)),
    ("junior", ("j1", "j2", "j3"), (12, 14)),
    ("high", ("high_school_age",), (15, 17)),
    ("adult", ("adult",), (18, 200)),
)

# Filter controls: (URL parameter, token prefix, taxonomy or special, strings key).
FILTERS: tuple[tuple[str, str, str, str], ...] = (
    ("category", "c", "categories", "filter_category"),
    ("audience", "a", "audiences", "filter_audience"),
    ("grade", "g", ":grades", "filter_grade"),
    ("municipality", "m", ":municipalities", "filter_municipality"),
    ("fee", "f", "fee_types", "filter_fee"),
    ("contact", "k", "contact_methods", "filter_contact"),
    ("credit", "x", "attendance_credits", "filter_credit"),
    ("reservation", "r", "reservations", "filter_reservation"),
)
CONTACT_FIELDS = ("phone", "email", "form_url", "line_url", "url")
_EMPTY = (None, "", ())  # a field without a value (compared with ``in``: identity, then ==)


class Item(NamedTuple):
    """One shown value, a link when ``href`` is set. (Named tuples rather than frozen
    dataclasses: a build makes hundreds of thousands, and they are quicker to create.)"""

    text: str
    href: str | None = None


class Row(NamedTuple):
    """One field on the resource page: its Japanese title and its values; when there are none,
    ``empty`` says so (確認中, or 未確認 for the verification date)."""

    name: str
    label: str
    items: tuple[Item, ...]
    empty: str = ""


def municipality_name(directory: Directory, code: str) -> str:
    """``深谷市``; ``伊勢崎市（群馬県）`` when outside the area's prefecture; the code if unknown."""
    place = directory.municipality(code)
    if place is None:
        return code
    if directory.prefecture and place.prefecture != directory.prefecture:
        return f"{place.name}（{place.prefecture}）"
    return place.name


def labels(directory: Directory, taxonomy: str, codes: tuple[str, ...] | str) -> list[str]:
    values = (codes,) if isinstance(codes, str) else codes
    return [directory.label(taxonomy, code) for code in values if code]


def format_date(value: date, t: dict[str, Any]) -> str:
    """A date in the catalog's words: ``2026年2月10日``."""
    return str(t["date"]).format(year=value.year, month=value.month, day=value.day)


def who_for(directory: Directory, res: Resource, t: dict[str, Any]) -> str:
    """Audience, grade bands and ages in one line (empty when none is known)."""
    parts = labels(directory, "audiences", res.audience)
    names = dict(t["grade_bands"])
    parts += [names[band] for band, grades, _ in GRADE_BANDS if set(grades) & set(res.grades)]
    if res.age_min is not None and res.age_max is not None:
        parts.append(t["ages"].format(min=res.age_min, max=res.age_max))
    elif res.age_min is not None:
        parts.append(t["age_from"].format(min=res.age_min))
    elif res.age_max is not None:
        parts.append(t["age_to"].format(max=res.age_max))
    return "・".join(parts)


def grade_bands(res: Resource) -> list[str]:
    """The filter's grade bands a resource serves, from its grades and its age range."""
    found = []
    has_ages = res.age_min is not None or res.age_max is not None
    low = res.age_min if res.age_min is not None else 0
    high = res.age_max if res.age_max is not None else 200
    for band, grades, (first, last) in GRADE_BANDS:
        by_age = has_ages and low <= last and high >= first
        if set(grades) & set(res.grades) or by_age:
            found.append(band)
    return found


def audiences(res: Resource) -> list[str]:
    """Audience codes for the filter; a resource in category ``family`` is for guardians."""
    codes = list(res.audience)
    if "family" in res.categories and "guardian" not in codes:
        codes.append("guardian")
    return codes


def tokens(res: Resource) -> list[str]:
    """The filter tokens of a resource (``c:learn``, ``m:112186``, ``o:weekend`` …)."""
    values = {
        "c": res.categories,
        "a": audiences(res),
        "g": grade_bands(res),
        "m": (res.municipality,),
        "f": (res.fee_type,),
        "k": res.contact_methods,
        "x": (res.attendance_credit,),
        "r": (res.reservation,),
        "o": open_times(res),
    }
    return [f"{prefix}:{v}" for prefix, codes in values.items() for v in codes if v]


def open_times(res: Resource) -> list[str]:
    rules = res.rules
    found = ["weekend"] if any(is_weekend(r) for r in rules) else []
    return found + (["evening"] if any(is_evening(r) for r in rules) else [])


def card(directory: Directory, res: Resource, t: dict[str, Any]) -> dict[str, Any]:
    """What a list card shows (``None`` = 確認中)."""
    first = labels(directory, "access_routes", res.access_route)
    return {
        "id": res.id,
        "name": res.name,
        "kana": res.name_kana,
        "summary": res.summary or None,
        "municipality": municipality_name(directory, res.municipality),
        "who": who_for(directory, res, t) or None,
        "residency": (
            labels(directory, "residency_requirements", res.residency_requirement) or [None]
        )[0],
        "fee": (labels(directory, "fee_types", res.fee_type) or [None])[0],
        "start": first[0] if first else None,
        "status": None if res.status in ("", "active") else directory.label("statuses", res.status),
        "tokens": " ".join(tokens(res)),
    }


def is_stale(res: Resource, today: date) -> bool:
    return res.last_verified is not None and today - res.last_verified > STALE_AFTER


def rows(
    directory: Directory, res: Resource, t: dict[str, Any]
) -> Iterator[tuple[str, str, list[Row]]]:
    """The resource page's sections: (key, title, rows), empty optional fields left out; the
    contact section is always there (it then points to the publisher)."""
    for key, names in GROUPS:
        shown = []
        for name in names:
            fld = directory.schema.field(name)
            blank = getattr(res, name) in _EMPTY  # most are: skip field_items()
            items = () if blank else tuple(field_items(directory, res, name, t))
            if items or fld.level == RECOMMENDED:
                empty = t["unverified"] if name == "last_verified" else t["unknown"]
                shown.append(Row(name, fld.title, items, empty))
        if shown or key == "contact":
            yield key, t["groups"][key], shown


def field_items(directory: Directory, res: Resource, name: str, t: dict[str, Any]) -> list[Item]:
    """One field's values as display items (links only for the allowed schemes)."""
    value = getattr(res, name)
    fld = directory.schema.field(name)
    if value in _EMPTY:
        return []
    if name == "schedule":
        words = [describe_rule(rule) for rule in value.rules]
        return [Item(w) for w in words] + [Item(f) for f in value.failed]
    if name in ("municipality", "service_area"):
        codes = (value,) if isinstance(value, str) else value
        return [Item(f"{municipality_name(directory, c)}（{c}）") for c in codes]
    if fld.taxonomy:
        return [Item(text) for text in labels(directory, fld.taxonomy, value)]
    return [_item(name, v, t) for v in (value if isinstance(value, tuple) else (value,))]


def _item(name: str, value: Any, t: dict[str, Any]) -> Item:
    if isinstance(value, bool):
        return Item(t["yes"] if value else t["no"])
    if isinstance(value, date):
        return Item(format_date(value, t))
    text = str(value)
    if name in ("url", "form_url", "line_url"):
        return Item(text, web_href(text))
    if name == "email":
        return Item(text, mailto_href(text))
    if name == "phone":
        return Item(text, tel_href(text))
    return Item(text)


def schedule_lines(res: Resource) -> list[str]:
    """Opening times in words, then any part that did not parse (as written)."""
    if res.schedule is None:
        return []
    return [describe_rule(rule) for rule in res.schedule.rules] + list(res.schedule.failed)
