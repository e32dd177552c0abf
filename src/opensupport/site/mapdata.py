"""The map page's data: resources grouped by point, and the tile settings.

Written into the page as ``<script type="application/json" id="os-map-data">`` and read by
``assets/map.js``. A resource at its municipality's office (``point_precision ==
"municipality"``) is never merged with one that has its own coordinates.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from ..config import DEFAULTS
from ..model import Directory, Resource
from .views import municipality_name

MUNICIPALITY = "municipality"


def map_config(config: dict[str, Any]) -> dict[str, Any]:
    """Tiles, attribution, centre and zoom, with the defaults of ``opensupport.yml``."""
    return {**DEFAULTS["map"], **(config.get("map") or {})}


def tile_origin(tiles: str) -> str:
    """The origin to allow in the CSP ``img-src`` (``{s}`` subdomains become ``*``)."""
    parts = urlsplit(tiles.replace("{s}", "SUBDOMAIN"))
    host = (parts.hostname or "").replace("subdomain", "*")
    port = f":{parts.port}" if parts.port else ""
    return f"{parts.scheme}://{host}{port}" if host else ""


def groups(directory: Directory, root: str) -> list[dict[str, Any]]:
    """One entry per marker: its point, precision, a place label and the resources there."""
    found: dict[tuple[float, float, bool], list[Resource]] = {}
    for res in directory.resources:
        if res.point is None:
            continue
        lat, lon = res.point
        key = (round(lat, 6), round(lon, 6), res.point_precision == MUNICIPALITY)
        found.setdefault(key, []).append(res)
    return [_group(directory, key, members, root) for key, members in found.items()]


def _group(
    directory: Directory, key: tuple[float, float, bool], members: list[Resource], root: str
) -> dict[str, Any]:
    lat, lon, by_municipality = key
    first = members[0]
    place = municipality_name(directory, first.municipality)
    if not by_municipality and first.address:
        place = first.address
    return {
        "lat": lat,
        "lon": lon,
        "precision": MUNICIPALITY if by_municipality else "exact",
        "place": place,
        "items": [{"name": r.name, "href": f"{root}r/{r.id}/"} for r in members],
    }


def page_data(directory: Directory, config: dict[str, Any], root: str) -> dict[str, Any]:
    """Everything map.js needs."""
    settings = map_config(config)
    home = directory.municipality(directory.home_code)
    center = settings.get("center")
    if center is None and home is not None and home.latitude is not None:
        center = [home.latitude, home.longitude]
    return {
        "tiles": settings["tiles"],
        "attribution": settings.get("attribution", ""),
        "attributionUrl": settings.get("attribution_url", ""),
        "center": center,
        "zoom": settings.get("zoom"),
        "groups": groups(directory, root),
    }
