"""The HSDS 3.1 feed: every object valid against the official schemas, stable UUIDv5 ids."""

from __future__ import annotations

import json
import os
import uuid
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from opensupport.publish.hsds import NAMESPACE

ROOT = Path(__file__).resolve().parents[1]

SCHEMAS = ROOT.parent / "shared" / "reference" / "hsds-3.1"
LISTS = {
    "services.json": "service.json",
    "organizations.json": "organization.json",
    "service_at_locations.json": "service_at_location.json",
    "taxonomies.json": "taxonomy.json",
    "taxonomy_terms.json": "taxonomy_term.json",
}


@pytest.fixture(scope="module")
def validator():
    """A validator factory over the official HSDS 3.1 schemas (skipped when they are absent,
    except on CI, where they must be there)."""
    if not (SCHEMAS / "service.json").is_file():
        if os.environ.get("CI") == "true":
            pytest.fail(f"the HSDS 3.1 schemas are required on CI: {SCHEMAS}")
        pytest.skip(f"HSDS 3.1 schemas not present at {SCHEMAS}")
    schemas = {p.name: json.loads(p.read_text("utf-8")) for p in SCHEMAS.glob("*.json")}
    registry = Registry().with_resources(
        (name, Resource.from_contents(s, default_specification=DRAFT202012))
        for name, s in schemas.items()
    )

    def make(name: str) -> Draft202012Validator:
        return Draft202012Validator(
            schemas[name], registry=registry, format_checker=FormatChecker()
        )

    return make


def load(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def sid(slug: str, rid: str, kind: str = "service") -> str:
    return str(uuid.uuid5(NAMESPACE, f"{slug}:{kind}:{rid}"))


def errors(check: Draft202012Validator, data: Any) -> list[str]:
    return [f"{list(e.path)}: {e.message}" for e in check.iter_errors(data)]


@pytest.mark.parametrize("area", ["edge", "private", "fukaya"])
def test_every_object_validates(built, validator, area: str) -> None:
    hsds = built(area) / "data" / "hsds"
    for path in sorted((hsds / "services").glob("*.json")):
        assert errors(validator("service.json"), load(path)) == [], path.name
    for name, schema in LISTS.items():
        page = load(hsds / name)
        for item in page["contents"]:
            assert errors(validator(schema), item) == [], name


def test_no_nulls_anywhere(built) -> None:
    for path in (built("edge") / "data" / "hsds").rglob("*.json"):
        assert "null" not in path.read_text(encoding="utf-8"), path


def test_ids_are_uuid5_of_local_ids(built) -> None:
    hsds = built("edge") / "data" / "hsds"
    service = load(hsds / "services" / f"{sid('test-edge', 'edge-weekly')}.json")
    assert service["id"] == sid("test-edge", "edge-weekly")
    assert service["name"] == "テスト教室"


def test_index_and_page_shape(built) -> None:
    hsds = built("edge") / "data" / "hsds"
    assert load(hsds / "index.json") == {
        "version": "3.1",
        "profile": "https://example.jp/map/data/README.md",
    }
    page = load(hsds / "services.json")
    assert {k: v for k, v in page.items() if k != "contents"} == {
        "total_items": 8,
        "total_pages": 1,
        "page_number": 1,
        "size": 8,
        "first_page": True,
        "last_page": True,
        "empty": False,
    }
    assert all("organization" not in s and "phones" not in s for s in page["contents"])


def test_monthly_ordinal_schedule(built) -> None:
    service = load(
        built("edge") / "data" / "hsds" / "services" / f"{sid('test-edge', 'edge-monthly')}.json"
    )
    (schedule,) = service["schedules"]
    assert schedule["freq"] == "MONTHLY" and schedule["byday"] == "3SU"
    assert (schedule["opens_at"], schedule["closes_at"]) == ("13:00:00+09:00", "16:00:00+09:00")
    assert schedule["timezone"] == 9 and schedule["description"] == "毎月第3日曜 13:00-16:00"


def test_several_rules_and_no_schedule(built) -> None:
    services = built("edge") / "data" / "hsds" / "services"
    night = load(services / f"{sid('test-edge', 'edge-night')}.json")
    assert [s["byday"] for s in night["schedules"]] == ["TU,TH", "SA"]
    assert "schedules" not in load(services / f"{sid('test-edge', 'edge-noorg')}.json")


def test_one_organization_for_several_services(built) -> None:
    services = built("edge") / "data" / "hsds" / "services"
    weekly = load(services / f"{sid('test-edge', 'edge-weekly')}.json")
    night = load(services / f"{sid('test-edge', 'edge-night')}.json")
    assert weekly["organization_id"] == night["organization_id"]
    assert weekly["organization"]["name"] == "テスト市教育委員会"
    orphan = load(services / f"{sid('test-edge', 'edge-noorg')}.json")
    assert orphan["organization"]["name"] == "テスト居場所"


def test_public_location_has_address_and_point(built) -> None:
    weekly = load(
        built("edge") / "data" / "hsds" / "services" / f"{sid('test-edge', 'edge-weekly')}.json"
    )
    location = weekly["service_at_locations"][0]["location"]
    assert (location["latitude"], location["longitude"]) == (36.198, 139.282)
    (address,) = location["addresses"]
    assert address | {"id": "", "location_id": ""} == {
        "id": "",
        "location_id": "",
        "address_1": "深谷市テスト町1-2-3",
        "address_2": "テスト会館2階",
        "city": "深谷市",
        "region": "埼玉県",
        "state_province": "埼玉県",
        "postal_code": "366-0801",
        "country": "JP",
        "address_type": "physical",
    }
    assert weekly["phones"][0]["number"] == "048-555-0101"
    assert weekly["metadata"][0]["last_action_date"] == "2026-01-15"
    assert weekly["assured_date"] == "2026-01-15"


def test_locations_only_for_public_places(built) -> None:
    services = built("edge") / "data" / "hsds" / "services"
    for rid in ("edge-monthly", "edge-hidden"):
        assert "service_at_locations" not in load(services / f"{sid('test-edge', rid)}.json")
    night = load(services / f"{sid('test-edge', 'edge-night')}.json")
    location = night["service_at_locations"][0]["location"]
    assert "latitude" not in location  # no coordinates of its own


def test_taxonomy_terms_and_attributes(built) -> None:
    hsds = built("edge") / "data" / "hsds"
    terms = {
        t["code"]: t
        for t in load(hsds / "taxonomy_terms.json")["contents"]
        if t["taxonomy"] == "opensupport:categories"
    }
    assert terms["learn"]["name"] == "学ぶ"
    weekly = load(hsds / "services" / f"{sid('test-edge', 'edge-weekly')}.json")
    linked = {(a["link_type"], a["value"]) for a in weekly["attributes"]}
    assert {("categories", "learn"), ("service_type", "education_support_center")} <= linked


def test_service_area_names_the_municipalities(built) -> None:
    hidden = load(
        built("edge") / "data" / "hsds" / "services" / f"{sid('test-edge', 'edge-hidden')}.json"
    )
    assert [a["name"] for a in hidden["service_areas"]] == ["埼玉県深谷市", "埼玉県熊谷市"]
