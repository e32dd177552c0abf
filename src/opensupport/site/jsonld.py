"""schema.org JSON-LD for a resource page.

The template writes it with Jinja's ``tojson`` filter, which escapes ``<``, ``>``, ``&`` and
``'`` as ``\\u003c`` …, so no value can close the ``<script type="application/ld+json">``.
"""

from __future__ import annotations

from typing import Any

from ..model import Directory, Resource
from ..schedule import to_opening_hours
from .links import web_href
from .views import municipality_name


def resource_jsonld(directory: Directory, res: Resource, page_url: str) -> dict[str, Any]:
    """A schema.org ``Service`` with its provider, area, contact and opening hours."""
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "Service",
        "name": res.name,
        "serviceType": directory.label("service_types", res.service_type),
        "areaServed": {
            "@type": "AdministrativeArea",
            "name": municipality_name(directory, res.municipality),
        },
    }
    optional = {
        "@id": page_url or None,
        "url": web_href(res.url),
        "alternateName": list(res.alternate_names) or None,
        "description": res.summary or res.description or None,
        "provider": _provider(res),
        "availableChannel": _channel(res),
        "hoursAvailable": [h for rule in res.rules for h in to_opening_hours(rule)] or None,
        "isAccessibleForFree": {"free": True, "paid": False}.get(res.fee_type),
        "audience": _audience(directory, res),
        "keywords": ",".join(res.tags) or None,
        "dateModified": res.last_verified.isoformat() if res.last_verified else None,
    }
    data.update({key: value for key, value in optional.items() if value is not None})
    return data


def _provider(res: Resource) -> dict[str, Any] | None:
    if not res.organization_name:
        return None
    provider: dict[str, Any] = {"@type": "Organization", "name": res.organization_name}
    if res.corporate_number:
        provider["identifier"] = res.corporate_number
    return provider


def _channel(res: Resource) -> dict[str, Any] | None:
    channel: dict[str, Any] = {}
    if res.phone:
        channel["servicePhone"] = {"@type": "ContactPoint", "telephone": res.phone}
    if web_href(res.url):
        channel["serviceUrl"] = res.url
    if res.location_public and res.address:
        channel["serviceLocation"] = _place(res)
    return {"@type": "ServiceChannel", **channel} if channel else None


def _place(res: Resource) -> dict[str, Any]:
    place: dict[str, Any] = {
        "@type": "Place",
        "address": {
            "@type": "PostalAddress",
            "addressCountry": "JP",
            "streetAddress": " ".join(p for p in (res.address, res.building) if p),
        },
    }
    if res.postal_code:
        place["address"]["postalCode"] = res.postal_code
    if res.latitude is not None and res.longitude is not None:
        place["geo"] = {
            "@type": "GeoCoordinates",
            "latitude": res.latitude,
            "longitude": res.longitude,
        }
    return place


def _audience(directory: Directory, res: Resource) -> dict[str, Any] | None:
    names = [directory.label("audiences", code) for code in res.audience]
    if not names:
        return None
    return {"@type": "Audience", "audienceType": "・".join(names)}
