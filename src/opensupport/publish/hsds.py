"""Open Referral HSDS 3.1: the international exchange format for service directories.

A static feed that mirrors the HSDS API, so that HSDS consumers can harvest it from any web host:
``hsds/index.json`` (``/``), ``hsds/services.json`` (``/services``, one page with the one-to-one
fields), ``hsds/services/{id}.json`` (``/services/{id}``, the full service with its organization,
phones, schedules, locations, addresses and taxonomy attributes), and the lists
``organizations.json``, ``service_at_locations.json``, ``taxonomies.json`` and
``taxonomy_terms.json``. Keys are HSDS snake_case; empty values are left out (no JSON nulls).

Ids are UUIDv5 from the stable local ids (namespace :data:`NAMESPACE`, name
``"{slug}:{kind}:{local id}"``), so they never change between builds. Locations and addresses
exist only for resources whose location is public; an address needs a street address and a
postal code (both required by HSDS).
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from pathlib import Path
from typing import Any

from ..model import Directory, Organization, Resource
from ..schedule import to_hsds
from .files import LOCATION_NOT_PUBLIC, Context, Written, clean, uuid5, write_json

NAMESPACE = uuid.UUID("73641a6c-de60-578c-bac8-eef21511b9b1")  # never change: ids depend on it
_NAMESPACE_BYTES = NAMESPACE.bytes
VERSION = "3.1"
STATUS = {"active": "active", "temporarily_closed": "temporarily closed", "ended": "defunct"}
# Fields whose codes become service attributes linked to taxonomy terms.
ATTRIBUTE_FIELDS = (
    "service_type",
    "categories",
    "audience",
    "grades",
    "needs",
    "access_route",
    "reservation",
    "contact_methods",
    "trial_visit",
    "fee_type",
    "residency_requirement",
    "attendance_credit",
    "accessibility",
)


class Feed:
    """Builds the HSDS objects of one directory."""

    def __init__(self, directory: Directory, ctx: Context) -> None:
        self.d = directory
        self.ctx = ctx
        self.orgs = {rid: org for org in directory.organizations() for rid in org.resource_ids}
        self.by_id = {r.id: r for r in directory.resources}
        self._organizations: dict[str, dict[str, Any]] = {}
        self._terms: dict[tuple[str, str], dict[str, Any]] = {}

    def id(self, kind: str, local: str) -> str:
        return uuid5(_NAMESPACE_BYTES, f"{self.d.slug}:{kind}:{local}")

    # --- organizations ------------------------------------------------------------------------

    def organization(self, org: Organization) -> dict[str, Any]:
        """The organization (built once per organization: every one of its services holds it)."""
        if org.key not in self._organizations:
            self._organizations[org.key] = self._organization(org)
        return self._organizations[org.key]

    def _organization(self, org: Organization) -> dict[str, Any]:
        oid = self.id("organization", org.key)
        if org.key.startswith("resource:"):
            description = "運営している団体は確認中です。"
        else:
            names = "」「".join(self.by_id[r].name for r in org.resource_ids)
            description = f"「{names}」を運営しています。"
        identifiers = (
            [
                {
                    "id": self.id("organization_identifier", org.key),
                    "organization_id": oid,
                    "identifier_scheme": "JP-CN",
                    "identifier_type": "法人番号",
                    "identifier": org.corporate_number,
                }
            ]
            if org.corporate_number
            else []
        )
        return clean(
            {
                "id": oid,
                "name": org.name,
                "description": description,
                "legal_status": self.d.label("organization_types", org.organization_type)
                if org.organization_type
                else "",
                "organization_identifiers": identifiers,
            }
        )

    # --- services -----------------------------------------------------------------------------

    def service(self, res: Resource, *, full: bool) -> dict[str, Any]:
        """A service; ``full`` adds the nested objects of ``/services/{id}``."""
        sid = self.id("service", res.id)
        data: dict[str, Any] = {
            "id": sid,
            "organization_id": self.id("organization", self.orgs[res.id].key),
            "name": res.name,
            "alternate_name": "、".join(res.alternate_names) or res.name_en,
            "description": "\n\n".join(t for t in (res.summary, res.description) if t),
            "url": res.url if res.url.startswith(("http://", "https://")) else "",
            "email": res.email,
            "status": STATUS.get(res.status, "active"),
            "application_process": self._lines(
                ("access_routes", res.access_route),
                ("reservations", res.reservation),
                res.first_step,
            ),
            "fees_description": self._lines(("fee_types", res.fee_type), res.fee_detail),
            "eligibility_description": self._lines(
                ("residency_requirements", res.residency_requirement), res.eligibility_note
            ),
            "minimum_age": res.age_min,
            "maximum_age": res.age_max,
            "assured_date": res.last_verified.isoformat() if res.last_verified else "",
            "alert": self._alert(res),
        }
        if full:
            data |= self._nested(res, sid)
        data = clean(data)
        if full and res.last_verified:
            data["metadata"] = [self._metadata(res, sid)]
        return data

    def _nested(self, res: Resource, sid: str) -> dict[str, Any]:
        return {
            "phones": self.phones(res, sid),
            "schedules": self.schedules(res, sid),
            "service_areas": self._service_areas(res, sid),
            "service_at_locations": [s for s in [self.service_at_location(res)] if s],
            "languages": [
                {"id": self.id("language", f"{res.id}:{code}"), "service_id": sid, "code": code}
                for code in res.languages
            ],
            "organization": self.organization(self.orgs[res.id]),
            "attributes": self.attributes(res, sid),
        }

    def _lines(self, *parts: tuple[str, str] | str) -> str:
        texts = [
            self.d.label(*p) if isinstance(p, tuple) and p[1] else p
            for p in parts
            if (p[1] if isinstance(p, tuple) else p)
        ]
        return "\n".join(str(t) for t in texts)

    def _alert(self, res: Resource) -> str:
        current = res.alert_until is None or res.alert_until >= self.d.today
        return res.alert if res.alert and current else ""

    def _metadata(self, res: Resource, sid: str) -> dict[str, Any]:
        """HSDS requires every key here, ``previous_value`` too (unknown: empty)."""
        assert res.last_verified is not None
        return {
            "id": self.id("metadata", f"{res.id}:assured_date"),
            "resource_id": sid,
            "resource_type": "service",
            "last_action_date": res.last_verified.isoformat(),
            "last_action_type": "verify",
            "field_name": "assured_date",
            "previous_value": "",
            "replacement_value": res.last_verified.isoformat(),
            "updated_by": res.verified_by_role or self.d.publisher.get("name", ""),
        }

    def phones(self, res: Resource, sid: str) -> list[dict[str, Any]]:
        if not res.phone:
            return []
        return [
            {
                "id": self.id("phone", res.id),
                "service_id": sid,
                "number": res.phone,
                "type": "voice",
                "description": res.phone_note,
            }
        ]

    def schedules(self, res: Resource, sid: str) -> list[dict[str, Any]]:
        """One HSDS schedule per parsed rule (WEEKLY/MONTHLY, ``3SU``, times with +09:00)."""
        assert res.schedule is not None or not res.rules
        text = res.schedule.text if res.schedule else ""
        return [
            {"id": self.id("schedule", f"{res.id}:{n}"), "service_id": sid, **to_hsds(rule, text)}
            for n, rule in enumerate(res.rules)
        ]

    def _service_areas(self, res: Resource, sid: str) -> list[dict[str, Any]]:
        areas = []
        for code in res.service_area:
            place = self.d.municipality(code)
            areas.append(
                {
                    "id": self.id("service_area", f"{res.id}:{code}"),
                    "service_id": sid,
                    "name": f"{place.prefecture}{place.name}" if place else code,
                    "description": f"全国地方公共団体コード {code}",
                }
            )
        return areas

    # --- locations ------------------------------------------------------------------------------

    def service_at_location(self, res: Resource) -> dict[str, Any] | None:
        """The link to the resource's own location (public locations only)."""
        if not res.location_public:
            return None
        return {
            "id": self.id("service_at_location", res.id),
            "service_id": self.id("service", res.id),
            "location_id": self.id("location", res.id),
            "location": self.location(res),
        }

    def location(self, res: Resource) -> dict[str, Any]:
        lid = self.id("location", res.id)
        own = res.point_precision != "municipality" and res.point is not None
        return {
            "id": lid,
            "location_type": "physical",
            "name": res.name,
            "description": f"駐車場：{res.parking}" if res.parking else "",
            "transportation": res.access,
            "latitude": res.latitude if own else None,
            "longitude": res.longitude if own else None,
            "external_identifier": res.id,
            "external_identifier_type": "opensupport",
            "addresses": [a for a in [self.address(res, lid)] if a],
            "accessibility": [
                {
                    "id": self.id("accessibility", f"{res.id}:{code}"),
                    "location_id": lid,
                    "description": self.d.label("accessibility", code),
                }
                for code in res.accessibility
            ],
        }

    def address(self, res: Resource, lid: str) -> dict[str, Any] | None:
        place = self.d.municipality(res.municipality)
        if not (res.location_public and res.address and res.postal_code and place):
            return None
        return {
            "id": self.id("address", res.id),
            "location_id": lid,
            "address_1": res.address,
            "address_2": res.building,
            "city": place.name,
            "region": place.prefecture,
            "state_province": place.prefecture,
            "postal_code": res.postal_code,
            "country": "JP",
            "address_type": "physical",
        }

    # --- taxonomies -----------------------------------------------------------------------------

    def taxonomy_names(self) -> list[str]:
        names = (self.d.schema.field(f).taxonomy for f in ATTRIBUTE_FIELDS)
        return list(dict.fromkeys(n for n in names if n))

    def taxonomy(self, name: str) -> dict[str, Any]:
        used_by = [f.title for f in self.d.schema.fields if f.taxonomy == name]
        return {
            "id": self.id("taxonomy", name),
            "name": f"opensupport:{name}",
            "description": f"opensupport の分類表（{'・'.join(used_by)}）",
        }

    def term(self, name: str, code: str) -> dict[str, Any]:
        """A taxonomy term (built once per term: many services link to it)."""
        if (name, code) not in self._terms:
            self._terms[name, code] = self._term(name, code)
        return self._terms[name, code]

    def _term(self, name: str, code: str) -> dict[str, Any]:
        term = self.d.schema.taxonomies[name].term(code)
        return clean(
            {
                "id": self.id("taxonomy_term", f"{name}:{code}"),
                "code": code,
                "name": term.ja if term else code,
                "description": (term.description or term.en) if term else code,
                "taxonomy": f"opensupport:{name}",
                "taxonomy_id": self.id("taxonomy", name),
                "language": "ja",
            }
        )

    def attributes(self, res: Resource, sid: str) -> list[dict[str, Any]]:
        out = []
        for fname in ATTRIBUTE_FIELDS:
            tax = self.d.schema.field(fname).taxonomy
            value = getattr(res, fname)
            for code in value if isinstance(value, tuple) else (value,) if value else ():
                term = self.term(str(tax), code)
                out.append(
                    {
                        "id": self.id("attribute", f"{res.id}:{fname}:{code}"),
                        "link_id": sid,
                        "link_type": fname,
                        "link_entity": "service",
                        "taxonomy_term_id": term["id"],
                        "value": code,
                        "label": term["name"],
                        "taxonomy_term": term,
                    }
                )
        return out


def page(contents: list[dict[str, Any]]) -> dict[str, Any]:
    """A one-page list in the shape of the API's paged responses."""
    n = len(contents)
    return {
        "total_items": n,
        "total_pages": 1,
        "page_number": 1,
        "size": n,
        "first_page": True,
        "last_page": True,
        "empty": n == 0,
        "contents": contents,
    }


def write_hsds(directory: Directory, data_dir: Path, ctx: Context) -> list[Written]:
    """Write the static HSDS feed under ``hsds/``."""
    feed = Feed(directory, ctx)
    root = data_dir / "hsds"
    n = len(directory.resources)
    write_json(root / "index.json", {"version": VERSION, "profile": ctx.data_url("README.md")})
    written = [
        Written("hsds/index.json", "HSDS の入口（/）", "HSDS feed entry (/)", "application/json")
    ]
    services = [feed.service(r, full=False) for r in directory.resources]
    write_json(root / "services.json", page(services))
    written.append(
        Written(
            "hsds/services.json", "HSDS サービス一覧", "HSDS services", "application/json", count=n
        )
    )
    for res in directory.resources:
        path = f"hsds/services/{feed.id('service', res.id)}.json"
        write_json(data_dir / path, feed.service(res, full=True))
        written.append(
            Written(path, "HSDS サービスの詳細", "HSDS service", "application/json", listed=False)
        )
    return written + _write_lists(feed, directory, root)


def _write_lists(feed: Feed, directory: Directory, root: Path) -> list[Written]:
    orgs = [feed.organization(o) for o in directory.organizations()]
    sals = [s for s in (feed.service_at_location(r) for r in directory.resources) if s]
    names = feed.taxonomy_names()
    terms = [feed.term(n, t.code) for n in names for t in directory.schema.taxonomies[n].terms]
    lists = [
        ("organizations", orgs, "運営団体", "Organizations"),
        (
            "service_at_locations",
            [clean(s) for s in sals],
            "サービスと場所",
            "Service at locations",
        ),
        ("taxonomies", [feed.taxonomy(n) for n in names], "分類", "Taxonomies"),
        ("taxonomy_terms", terms, "分類の項目", "Taxonomy terms"),
    ]
    written = []
    for name, contents, ja, en in lists:
        write_json(root / f"{name}.json", page(contents))
        written.append(Written(f"hsds/{name}.json", f"HSDS {ja}", f"HSDS {en}", "application/json"))
    hidden = len(directory.resources) - len(sals)
    written[1] = replace(written[1], count=len(sals), left_out=((LOCATION_NOT_PUBLIC, hidden),))
    return written
