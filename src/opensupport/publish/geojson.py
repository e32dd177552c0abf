"""The map layer: ``resources.geojson`` (RFC 7946, coordinates as ``[longitude, latitude]``).

Every active published resource that may be placed on a map is one Point feature: at its own
coordinates when its location is public, otherwise at its municipality's office point with
``geo_precision: "municipality"`` (public resources without coordinates and ``area_only`` ones,
which reveals nothing beyond the municipality). Hidden and sensitive locations are not in the
file at all. Properties are the few a map needs, plus the URL of the resource's page.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..model import Directory, Resource
from .files import NO_POINT, NOT_ACTIVE, Context, Counter, Written, write_json

PATH = "resources.geojson"
ACTIVE = "active"


def write_geojson(directory: Directory, data_dir: Path, ctx: Context) -> list[Written]:
    """Write ``resources.geojson``; count who is left out and why."""
    features: list[dict[str, Any]] = []
    left_out = Counter()
    for res in directory.resources:
        if res.status and res.status != ACTIVE:
            left_out.add(NOT_ACTIVE)
        elif res.point is None:
            left_out.add(NO_POINT)
        else:
            features.append(feature(res, ctx))
    write_json(data_dir / PATH, {"type": "FeatureCollection", "features": features})
    return [
        Written(
            PATH,
            "地図のデータ（GeoJSON）",
            "Map layer (GeoJSON)",
            "application/geo+json",
            count=len(features),
            left_out=left_out.items(),
        )
    ]


def feature(res: Resource, ctx: Context) -> dict[str, Any]:
    """One Point feature; ``res.point`` is (latitude, longitude), GeoJSON wants the reverse."""
    assert res.point is not None
    latitude, longitude = res.point
    return {
        "type": "Feature",
        "id": res.id,
        "geometry": {"type": "Point", "coordinates": [longitude, latitude]},
        "properties": {
            "id": res.id,
            "name": res.name,
            "name_kana": res.name_kana,
            "service_type": res.service_type,
            "categories": list(res.categories),
            "municipality": res.municipality,
            "geo_precision": res.point_precision,
            "url": ctx.page_url(res.id),
        },
    }
