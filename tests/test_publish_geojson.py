"""The map layer: RFC 7946 points, municipality points for unplaced and area-only resources,
nothing for hidden or sensitive ones."""

from __future__ import annotations

import json

import pytest


@pytest.fixture(scope="module")
def features(built) -> dict[str, dict]:
    data = json.loads((built("edge") / "data" / "resources.geojson").read_text("utf-8"))
    assert data["type"] == "FeatureCollection"
    return {f["id"]: f for f in data["features"]}


def test_own_coordinates_are_longitude_first(features: dict[str, dict]) -> None:
    weekly = features["edge-weekly"]
    assert weekly["geometry"] == {"type": "Point", "coordinates": [139.282, 36.198]}
    assert weekly["properties"] == {
        "id": "edge-weekly",
        "name": "テスト教室",
        "name_kana": "てすときょうしつ",
        "service_type": "education_support_center",
        "categories": ["learn", "place"],
        "municipality": "112186",
        "geo_precision": "exact",
        "url": "https://example.jp/map/r/edge-weekly/",
    }


def test_without_coordinates_at_the_municipality_office(features: dict[str, dict]) -> None:
    night = features["edge-night"]
    assert night["geometry"]["coordinates"] == [139.2813889, 36.1975]
    assert night["properties"]["geo_precision"] == "municipality"


def test_area_only_at_the_municipality_office(features: dict[str, dict]) -> None:
    monthly = features["edge-monthly"]
    assert monthly["geometry"]["coordinates"] == [139.2813889, 36.1975]
    assert monthly["properties"]["geo_precision"] == "municipality"


def test_municipality_level_coordinates_keep_their_precision(features) -> None:
    point = features["edge-munipoint"]
    assert point["geometry"]["coordinates"] == [139.3886111, 36.14722222]
    assert point["properties"]["geo_precision"] == "municipality"


def test_hidden_and_ended_are_not_on_the_map(features: dict[str, dict]) -> None:
    assert "edge-hidden" not in features and "edge-ended" not in features
    assert "edge-draft" not in features


def test_sensitive_is_not_on_the_map(built) -> None:
    data = json.loads((built("private") / "data" / "resources.geojson").read_text("utf-8"))
    assert [f["id"] for f in data["features"]] == ["priv-public", "priv-areaonly"]


def test_urls_are_relative_without_site_url(built) -> None:
    data = json.loads((built("private") / "data" / "resources.geojson").read_text("utf-8"))
    assert data["features"][0]["properties"]["url"] == "r/priv-public/"
