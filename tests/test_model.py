"""The model: typed values from validated rows, published entries only, organizations."""

from __future__ import annotations

from dataclasses import fields
from datetime import date
from pathlib import Path

from opensupport.area import load_area
from opensupport.model import Directory, Resource, build_model
from opensupport.schema import load_schema
from opensupport.validate import validate_table

ROOT = Path(__file__).resolve().parents[1]
BUILD_AREAS = ROOT / "tests" / "data" / "build"


def edge_directory() -> Directory:
    report, table = validate_table(BUILD_AREAS / "edge", today=date(2026, 2, 10))
    assert report.valid and table is not None
    config = load_area(BUILD_AREAS / "edge").config
    return build_model(table, config, load_schema(), today=date(2026, 2, 10))


def test_resource_has_every_public_field() -> None:
    public = {f.name for f in load_schema().fields if not f.internal}
    derived = {"location_public", "point", "point_precision"}
    assert {f.name for f in fields(Resource)} - derived == public


def test_only_published_entries_are_resources() -> None:
    directory = edge_directory()
    assert "edge-draft" not in {r.id for r in directory.resources}
    assert directory.excluded == {"draft": ("edge-draft",)}


def test_values_are_typed() -> None:
    res = {r.id: r for r in edge_directory().resources}
    weekly = res["edge-weekly"]
    assert weekly.categories == ("learn", "place")
    assert weekly.latitude == 36.198 and weekly.last_verified == date(2026, 1, 15)
    assert weekly.schedule is not None and weekly.schedule.text == "月-金 9:00-17:00"
    assert weekly.rules[0].days == ("MO", "TU", "WE", "TH", "FR")
    assert res["edge-noorg"].schedule is None and res["edge-noorg"].rules == ()
    assert weekly.text("categories") == "learn;place"


def test_points_and_precision() -> None:
    res = {r.id: r for r in edge_directory().resources}
    assert (res["edge-weekly"].point, res["edge-weekly"].point_precision) == (
        (36.198, 139.282),
        "exact",
    )
    assert res["edge-night"].point_precision == "municipality"  # public, no coordinates
    assert res["edge-monthly"].point == (36.1975, 139.2813889)  # area_only
    assert res["edge-hidden"].point is None


def test_organizations_group_services_and_name_the_orphans() -> None:
    orgs = {o.name: o for o in edge_directory().organizations()}
    assert orgs["テスト市教育委員会"].resource_ids == ("edge-weekly", "edge-night")
    assert orgs["テスト居場所"].key == "resource:edge-noorg"


def test_used_municipalities_include_area_and_resources() -> None:
    codes = [m.code for m in edge_directory().used_municipalities()]
    assert codes == ["112020", "112186"]
