"""Coordinates: inside Japan, not swapped, near the stated municipality, precision consistent."""

from __future__ import annotations

import math
from collections.abc import Iterator

from .. import japan
from ..read import Row
from ..report import Issue
from .context import Context

MAX_KM = 30.0
_AT_OFFICE_KM = 1.0


def _float(text: str) -> float | None:
    try:
        return float(text)
    except ValueError:
        return None


def check_coordinates(ctx: Context, row: Row) -> Iterator[Issue]:
    lat_text, lon_text = row.get("latitude"), row.get("longitude")
    if not lat_text and not lon_text:
        if row.get("geo_precision") in ("exact", "approximate"):
            yield _precision(
                ctx,
                row,
                "位置の精度があるのに緯度・経度が空です。",
                "Geo precision is set but there are no coordinates.",
            )
        return
    if not (lat_text and lon_text):
        yield ctx.issue("coordinates-incomplete", row, "longitude" if lat_text else "latitude")
        return
    lat, lon = _float(lat_text), _float(lon_text)
    if lat is None or lon is None:
        return  # the structure layer already named the cell that is not a number
    infinite = [n for n, v in (("latitude", lat), ("longitude", lon)) if not math.isfinite(v)]
    for name in infinite:  # frictionless reads NaN and inf as numbers; a map cannot
        yield ctx.issue("bad-number", row, name)
    if infinite:
        return
    result = japan.check_coordinates(lat, lon, row.get("municipality") or None, MAX_KM)
    yield from _coordinate_issues(ctx, row, result, lat, lon)


def _coordinate_issues(
    ctx: Context, row: Row, result: japan.CoordResult, lat: float, lon: float
) -> Iterator[Issue]:
    where = {"value": f"{lat}, {lon}", "lat": lat, "lon": lon}
    if result.status == "outside-japan":
        yield ctx.issue("coordinates-outside-japan", row, "latitude", **where)
    elif result.status == "swapped":
        yield ctx.issue("coordinates-swapped", row, "latitude", **where)
    elif result.status == "far":
        place = japan.municipality(row.get("municipality"))
        yield ctx.issue(
            "coordinates-far",
            row,
            "latitude",
            km=round(result.distance_km or 0),
            name=place.name if place else "",
            **where,
        )
    elif (
        row.get("geo_precision") == "municipality"
        and result.distance_km is not None
        and result.distance_km > _AT_OFFICE_KM
    ):
        label = ctx.schema.taxonomies["geo_precisions"].label("municipality")
        yield _precision(
            ctx,
            row,
            f"位置の精度が「{label}」なのに、位置が役所から離れています。",
            "Precision is 'municipality' but the point is not at the office.",
        )


def _precision(ctx: Context, row: Row, ja: str, en: str) -> Issue:
    return ctx.issue("geo-precision-inconsistent", row, "geo_precision", detail=ja, detail_en=en)
