"""The Data Package: valid for frictionless, public fields only, codes with label tables."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from frictionless import Package

from opensupport.schema import load_schema


def rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.mark.parametrize("area", ["edge", "private", "fukaya"])
def test_frictionless_validates_the_package(built, area: str) -> None:
    report = Package(str(built(area) / "data" / "datapackage.json")).validate()
    assert report.valid, report.flatten(["resourceName", "rowNumber", "fieldName", "note"])


def test_resources_csv_has_public_fields_and_codes(built) -> None:
    data = built("edge") / "data"
    public = [f.name for f in load_schema().fields if not f.internal]
    with (data / "resources.csv").open(encoding="utf-8") as fh:
        assert next(csv.reader(fh)) == public
    table = {r["id"]: r for r in rows(data / "resources.csv")}
    assert list(table) == [
        "edge-weekly",
        "edge-night",
        "edge-monthly",
        "edge-hidden",
        "edge-munipoint",
        "edge-noorg",
        "edge-ended",
        "edge-allday",
    ]
    weekly = table["edge-weekly"]
    assert weekly["service_type"] == "education_support_center"
    assert weekly["categories"] == "learn;place"
    assert weekly["schedule"] == "月-金 9:00-17:00"
    assert weekly["latitude"] == "36.198"
    assert table["edge-monthly"]["address"] == "" and table["edge-monthly"]["postal_code"] == ""


def test_descriptor_metadata(built) -> None:
    package = json.loads((built("edge") / "data" / "datapackage.json").read_text("utf-8"))
    assert package["$schema"] == "https://datapackage.org/profiles/2.0/datapackage.json"
    assert package["name"] == "test-edge-support-directory"
    assert package["licenses"] == [
        {
            "name": "CC-BY-4.0",
            "path": "https://creativecommons.org/licenses/by/4.0/",
            "title": "Creative Commons Attribution 4.0 International (CC BY 4.0)",
        }
    ]
    assert package["contributors"] == [
        {"title": "テスト発行者", "roles": ["publisher"], "email": "info@example.jp"}
    ]
    assert package["sources"][0] == {"title": "テスト用データ（opensupport のテスト）"}
    assert (package["version"], package["created"]) == ("2026.2.10", "2026-02-10T00:00:00Z")
    assert package["homepage"] == "https://example.jp/map/"


def test_foreign_keys_to_taxonomies_and_municipalities(built) -> None:
    package = json.loads((built("edge") / "data" / "datapackage.json").read_text("utf-8"))
    resources = {r["name"]: r for r in package["resources"]}
    keys = {
        fk["fields"][0]: fk["reference"] for fk in resources["resources"]["schema"]["foreignKeys"]
    }
    assert keys["service_type"] == {"resource": "service_types", "fields": ["code"]}
    assert keys["municipality"] == {"resource": "municipalities", "fields": ["code"]}
    assert "categories" not in keys  # lists cannot be foreign keys
    assert resources["resources"]["schema"]["primaryKey"] == ["id"]
    assert resources["service_types"]["path"] == "taxonomies/service_types.csv"


def test_taxonomy_and_municipality_tables(built) -> None:
    data = built("edge") / "data"
    terms = rows(data / "taxonomies" / "categories.csv")
    assert terms[0] == {
        "code": "consult",
        "ja": "相談する",
        "en": "Talk to someone",
        "description": terms[0]["description"],
    }
    places = {r["code"]: r for r in rows(data / "municipalities.csv")}
    assert places["112186"] == {
        "code": "112186",
        "prefecture": "埼玉県",
        "name": "深谷市",
        "kana": "ふかやし",
        "latitude": "36.1975",
        "longitude": "139.2813889",
    }
    assert list(places) == ["112020", "112186"]


def test_readme_lists_the_files(built) -> None:
    readme = (built("edge") / "data" / "README.md").read_text(encoding="utf-8")
    assert readme.startswith("# テスト地域 子ども・若者と家族の支援先一覧\n")
    assert "| `resources.csv` | 支援先の一覧 / Support resources | 8 |" in readme
