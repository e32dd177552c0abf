"""The in-memory directory: built once from the validated rows, consumed by every publisher.

``build_model()`` turns the normalised text of a validated Table into typed, frozen values. It is
the one place where cells become ints, floats, dates, booleans, tuples and parsed schedules, and
the one place where privacy is applied:

* only entries whose ``publish_status`` is ``published`` become Resources (the others are listed
  in ``Directory.excluded`` by reason);
* internal fields (schema level ``internal``) and ``_`` columns are never copied: Resource has no
  attribute for them;
* when the location is not public (``location_visibility`` other than ``public``, or
  ``sensitive``), the address, postal code, building, coordinates, access and parking are
  emptied here, so that no publisher can leak them.

Publishers and the website read the model only; they never re-read or re-parse rows.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, fields, replace
from datetime import date
from typing import Any

from .japan import Municipality, municipality
from .read import Row, Table
from .schedule import ParsedSchedule, parse_schedule
from .schema import Field, Schema

PUBLISHED = "published"
PUBLIC = "public"
AREA_ONLY = "area_only"
# Emptied in the model when the location is not public.
PRIVATE_PLACE_FIELDS = (
    "postal_code",
    "address",
    "building",
    "latitude",
    "longitude",
    "access",
    "parking",
    "geo_precision",
)
_DERIVED = ("schedule", "location_public", "point", "point_precision")


@dataclass(frozen=True)
class Resource:
    """One published support resource: every public field, typed, plus derived values.

    ``schedule`` is the parsed opening-times cell (its ``text`` is the cell as written), ``None``
    when the cell is empty. ``point`` is ``(latitude, longitude)`` where a map may place the
    resource: its own coordinates (public locations only) or its municipality's office
    (``point_precision == "municipality"``); ``None`` for hidden or sensitive locations.
    """

    id: str
    name: str
    name_kana: str = ""
    name_en: str = ""
    alternate_names: tuple[str, ...] = ()
    organization_name: str = ""
    organization_type: str = ""
    corporate_number: str = ""
    service_type: str = ""
    categories: tuple[str, ...] = ()
    summary: str = ""
    summary_easy: str = ""
    description: str = ""
    tags: tuple[str, ...] = ()
    audience: tuple[str, ...] = ()
    grades: tuple[str, ...] = ()
    age_min: int | None = None
    age_max: int | None = None
    residency_requirement: str = ""
    eligibility_note: str = ""
    needs: tuple[str, ...] = ()
    access_route: str = ""
    first_step: str = ""
    reservation: str = ""
    contact_methods: tuple[str, ...] = ()
    trial_visit: str = ""
    fee_type: str = ""
    fee_detail: str = ""
    schedule: ParsedSchedule | None = None
    schedule_note: str = ""
    status: str = ""
    alert: str = ""
    alert_until: date | None = None
    location_visibility: str = ""
    municipality: str = ""
    postal_code: str = ""
    address: str = ""
    building: str = ""
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: str = ""
    service_area: tuple[str, ...] = ()
    access: str = ""
    parking: str = ""
    accessibility: tuple[str, ...] = ()
    phone: str = ""
    phone_note: str = ""
    email: str = ""
    form_url: str = ""
    line_url: str = ""
    url: str = ""
    languages: tuple[str, ...] = ()
    easy_japanese_ok: bool | None = None
    attendance_credit: str = ""
    attendance_note: str = ""
    source: str = ""
    last_verified: date | None = None
    verified_by_role: str = ""
    verification_method: str = ""
    listing_consent_date: date | None = None
    publish_status: str = ""
    sensitive: bool = False
    print_include: bool | None = None
    location_public: bool = False
    point: tuple[float, float] | None = None
    point_precision: str = ""

    @property
    def rules(self) -> tuple[Any, ...]:
        """The parsed opening-time rules (empty without a schedule)."""
        return self.schedule.rules if self.schedule else ()

    def text(self, name: str) -> str:
        """A public field as canonical text, the way ``resources.csv`` writes it."""
        return as_text(getattr(self, name))


# The Resource attributes a row's cells become (the others are derived).
_FROM_ROW = frozenset(f.name for f in fields(Resource)) - set(_DERIVED)


@dataclass(frozen=True)
class Organization:
    """Resources grouped by ``organization_name`` + ``corporate_number``; a resource without an
    organization name is its own organization, named after the resource."""

    key: str  # stable local id
    name: str
    corporate_number: str
    organization_type: str
    resource_ids: tuple[str, ...]


@dataclass(frozen=True)
class Directory:
    """What an area publishes: its config bits and its published resources."""

    name: str
    name_en: str
    slug: str
    prefecture: str
    publisher: dict[str, str]
    license: str
    municipalities: tuple[str, ...]  # the area's codes, home first
    site_url: str
    resources: tuple[Resource, ...]
    excluded: dict[str, tuple[str, ...]]
    today: date
    schema: Schema = field(repr=False, compare=False)

    @property
    def home_code(self) -> str:
        return self.municipalities[0] if self.municipalities else ""

    def municipality(self, code: str) -> Municipality | None:
        """The municipalities table entry for a 6-digit code."""
        return municipality(code) if code else None

    def used_municipalities(self) -> list[Municipality]:
        """The area's municipalities and every one a resource is in, by code."""
        codes = set(self.municipalities) | {r.municipality for r in self.resources}
        found = (self.municipality(c) for c in sorted(codes))
        return [m for m in found if m is not None]

    def organizations(self) -> list[Organization]:
        """Organizations in the order their first resource appears."""
        groups: dict[tuple[str, str], list[Resource]] = {}
        for res in self.resources:
            key = (
                (res.organization_name, res.corporate_number)
                if res.organization_name
                else ("", res.id)
            )
            groups.setdefault(key, []).append(res)
        return [_organization(key, members) for key, members in groups.items()]

    def label(self, taxonomy: str, code: str, lang: str = "ja") -> str:
        """The label of a code in a taxonomy (the code itself when unknown)."""
        tax = self.schema.taxonomies.get(taxonomy)
        return tax.label(code, lang) if tax else code


def _organization(key: tuple[str, str], members: list[Resource]) -> Organization:
    first = members[0]
    ids = tuple(r.id for r in members)
    if not key[0]:
        return Organization(
            f"resource:{first.id}", first.name, first.corporate_number, first.organization_type, ids
        )
    types = [r.organization_type for r in members if r.organization_type]
    return Organization(
        f"organization:{key[0]}|{key[1]}", key[0], key[1], types[0] if types else "", ids
    )


# --- building -------------------------------------------------------------------------------


def build_model(table: Table, config: dict[str, Any], schema: Schema, *, today: date) -> Directory:
    """The Directory for a validated table (no errors) and its area config."""
    public = [f for f in schema.fields if not f.internal]
    resources: list[Resource] = []
    excluded: dict[str, list[str]] = {}
    for row in table.rows:
        status = row.get("publish_status")
        if status != PUBLISHED:
            excluded.setdefault(status or "unknown", []).append(row.get("id") or f"#{row.row}")
            continue
        resources.append(make_resource(row, public))
    area = config.get("area") or {}
    return Directory(
        name=str(area.get("name", "")),
        name_en=str(area.get("name_en", "")),
        slug=str(area.get("slug", "")),
        prefecture=str(area.get("prefecture", "")),
        publisher={k: str(v) for k, v in (config.get("publisher") or {}).items()},
        license=str(config.get("license") or "CC-BY-4.0"),
        municipalities=tuple(str(c) for c in area.get("municipalities") or ()),
        site_url=str((config.get("site") or {}).get("url", "")).rstrip("/"),
        resources=tuple(resources),
        excluded={k: tuple(v) for k, v in sorted(excluded.items())},
        today=today,
        schema=schema,
    )


def make_resource(row: Row, public: Iterable[Field]) -> Resource:
    """One Resource from a validated row: typed values, then privacy, then the map point."""
    values = {f.name: convert(f, row.get(f.name)) for f in public if f.name in _FROM_ROW}
    values["schedule"] = parse_schedule(row.get("schedule")) if row.get("schedule") else None
    values["sensitive"] = bool(values.get("sensitive"))
    resource = Resource(**values)
    return _with_place(resource)


def _with_place(res: Resource) -> Resource:
    visible = res.location_visibility == PUBLIC and not res.sensitive
    private = {} if visible else {name: _empty(name) for name in PRIVATE_PLACE_FIELDS}
    point, precision = _point(res, visible)
    return replace(res, **private, location_public=visible, point=point, point_precision=precision)


def _point(res: Resource, visible: bool) -> tuple[tuple[float, float] | None, str]:
    """Where a map may place the resource. Without ``visible`` it reads no private field, so
    it may be given the resource before they are emptied."""
    if visible and res.latitude is not None and res.longitude is not None:
        return (res.latitude, res.longitude), res.geo_precision or "exact"
    if res.sensitive or res.location_visibility not in (PUBLIC, AREA_ONLY):
        return None, ""
    place = municipality(res.municipality) if res.municipality else None
    if place is None or place.latitude is None or place.longitude is None:
        return None, ""
    return (place.latitude, place.longitude), "municipality"


def _empty(name: str) -> Any:
    return None if name in ("latitude", "longitude") else ""


# --- cell text → typed value ------------------------------------------------------------------


def convert(fld: Field, text: str) -> Any:
    """A cell's canonical text as the field's Python type (``None``/empty when blank)."""
    if fld.is_list:
        return tuple(item for item in text.split(";") if item) if text else ()
    if not text:
        return None if fld.type in ("integer", "number", "date", "boolean") else ""
    converter = _CONVERTERS.get(fld.type)
    try:
        return converter(text) if converter else text
    except ValueError:  # validation reported it; a value that cannot be typed is left out
        return None


_CONVERTERS = {
    "integer": int,
    "number": float,
    "date": date.fromisoformat,
    "boolean": lambda t: {"true": True, "false": False}[t] if t in ("true", "false") else None,
}


def as_text(value: Any) -> str:
    """A typed value back to the canonical cell text (lists joined with ``;``)."""
    if value is None:
        return ""
    if isinstance(value, ParsedSchedule):
        return value.text
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, tuple):
        return ";".join(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        return repr(value)
    return str(value)
