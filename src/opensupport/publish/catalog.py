"""Catalog records for open-data portals: DCAT-AP (``catalog.jsonld``, ``catalog.ttl``) for
harvesters, and ``ckan-package.json``, a ready ``package_create`` payload for a municipal CKAN.

The catalog has one dataset with one distribution per published file (the per-service HSDS
files and per-resource calendars are reached through ``hsds/services.json`` and
``calendar/all.ics``). Every node has an IRI (no blank nodes, so output is byte-stable) and an
ASCII ``dct:identifier``; keywords are Japanese (``@ja``); spatial coverage is the area's
municipalities; the licence carries its title; the publisher is a ``foaf:Agent``.

IRIs and URLs are built on config ``site.url`` (``{site.url}/data/…``). Without it they are
relative references, resolved against the ``data/`` folder that holds these files (RDF parsers
resolve them against the file's location; CKAN stores them as given — set ``site.url`` before
submitting the CKAN payload, and add the portal's ``owner_org``).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from rdflib import RDF, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF, SKOS

from ..model import Directory
from . import meta
from .files import Context, Written, write_json, write_text

LANG_JA = URIRef("http://publications.europa.eu/resource/authority/language/JPN")
IANA = "https://www.iana.org/assignments/media-types/"
LOCN = Namespace("http://www.w3.org/ns/locn#")
FILES = (
    Written(
        "catalog.jsonld",
        "カタログ（DCAT-AP、JSON-LD）",
        "Catalog (DCAT-AP, JSON-LD)",
        "application/ld+json",
        listed=False,
    ),
    Written(
        "catalog.ttl",
        "カタログ（DCAT-AP、Turtle）",
        "Catalog (DCAT-AP, Turtle)",
        "text/turtle",
        listed=False,
    ),
    Written(
        "ckan-package.json",
        "CKAN 登録用データ",
        "CKAN package_create payload",
        "application/json",
        listed=False,
    ),
)


def write_catalog(
    directory: Directory, data_dir: Path, ctx: Context, written: list[Written]
) -> list[Written]:
    """Write the DCAT and CKAN records describing the files already ``written``."""
    listed = [w for w in written if w.listed]
    graph = dcat_graph(directory, ctx, listed)
    write_text(data_dir / "catalog.ttl", graph.serialize(format="turtle"))
    write_json(data_dir / "catalog.jsonld", _stable_jsonld(graph))
    write_json(data_dir / "ckan-package.json", ckan_package(directory, ctx, listed))
    return list(FILES)


def dcat_graph(directory: Directory, ctx: Context, files: list[Written]) -> Graph:
    """The catalog, its dataset and the distributions, as an RDF graph."""
    g = Graph()
    for prefix, ns in (
        ("dcat", DCAT),
        ("dct", DCTERMS),
        ("foaf", FOAF),
        ("skos", SKOS),
        ("locn", LOCN),
    ):
        g.bind(prefix, ns)
    ident = meta.identifier(directory)
    catalog, dataset = _iri(ctx, "catalog"), _iri(ctx, "dataset")
    publisher, lic = _publisher(g, directory, ctx), _license(g, directory)
    issued = Literal(ctx.today.isoformat(), datatype=XSD.date)
    g.add((catalog, RDF.type, DCAT.Catalog))
    _describe(g, catalog, directory, f"{ident}-catalog", issued, publisher, lic)
    g.add((catalog, DCAT.dataset, dataset))
    if directory.site_url:
        g.add((catalog, FOAF.homepage, URIRef(directory.site_url + "/")))
    g.add((dataset, RDF.type, DCAT.Dataset))
    _describe(g, dataset, directory, ident, issued, publisher, lic)
    for word in meta.keywords(directory):
        g.add((dataset, DCAT.keyword, Literal(word, lang="ja")))
    for place in directory.used_municipalities():
        g.add((dataset, DCTERMS.spatial, _location(g, ctx, place)))
    for written in files:
        g.add((dataset, DCAT.distribution, _distribution(g, ctx, written, ident, lic)))
    return g


def _describe(
    g: Graph,
    node: URIRef,
    directory: Directory,
    ident: str,
    issued: Literal,
    publisher: URIRef,
    lic: URIRef,
) -> None:
    g.add((node, DCTERMS.title, Literal(meta.title(directory), lang="ja")))
    g.add((node, DCTERMS.title, Literal(meta.title(directory, "en"), lang="en")))
    g.add((node, DCTERMS.description, Literal(meta.description(directory), lang="ja")))
    g.add((node, DCTERMS.description, Literal(meta.description(directory, "en"), lang="en")))
    g.add((node, DCTERMS.identifier, Literal(ident)))
    g.add((node, DCTERMS.issued, issued))
    g.add((node, DCTERMS.modified, issued))
    g.add((node, DCTERMS.publisher, publisher))
    g.add((node, DCTERMS.license, lic))
    g.add((node, DCTERMS.language, LANG_JA))


def _publisher(g: Graph, directory: Directory, ctx: Context) -> URIRef:
    node = _iri(ctx, "publisher")
    g.add((node, RDF.type, FOAF.Agent))
    g.add((node, FOAF.name, Literal(directory.publisher.get("name", ""), lang="ja")))
    if directory.publisher.get("url"):
        g.add((node, FOAF.homepage, URIRef(directory.publisher["url"])))
    return node


def _license(g: Graph, directory: Directory) -> URIRef:
    lic = meta.license_of(directory)
    node = URIRef(lic.url)
    g.add((node, RDF.type, DCTERMS.LicenseDocument))
    g.add((node, DCTERMS.title, Literal(lic.title)))
    g.add((node, DCTERMS.identifier, Literal(lic.code)))
    return node


def _location(g: Graph, ctx: Context, place: Any) -> URIRef:
    node = _iri(ctx, f"municipality-{place.code}")
    g.add((node, RDF.type, DCTERMS.Location))
    g.add((node, SKOS.prefLabel, Literal(f"{place.prefecture}{place.name}", lang="ja")))
    g.add((node, LOCN.geographicName, Literal(place.name, lang="ja")))
    g.add((node, DCTERMS.identifier, Literal(place.code)))
    return node


def _distribution(g: Graph, ctx: Context, written: Written, ident: str, lic: URIRef) -> URIRef:
    node = _iri(ctx, f"distribution/{written.path}")
    url = URIRef(ctx.data_url(written.path))
    g.add((node, RDF.type, DCAT.Distribution))
    g.add((node, DCTERMS.title, Literal(f"{written.title_ja}（{written.path}）", lang="ja")))
    g.add((node, DCTERMS.title, Literal(f"{written.title_en} ({written.path})", lang="en")))
    g.add((node, DCTERMS.identifier, Literal(f"{ident}/{written.path}")))
    g.add((node, DCAT.accessURL, url))
    g.add((node, DCAT.downloadURL, url))
    g.add((node, DCAT.mediaType, URIRef(IANA + written.media_type)))
    g.add((node, DCTERMS.license, lic))
    return node


def _iri(ctx: Context, local: str) -> URIRef:
    """``{site.url}/data/catalog#{local}``, or the relative ``catalog#{local}``."""
    return URIRef(f"{ctx.data_url('catalog')}#{local}")


def _stable_jsonld(graph: Graph) -> Any:
    """JSON-LD with the nodes and values in a fixed order (byte-stable across runs)."""
    data = json.loads(graph.serialize(format="json-ld", auto_compact=True))
    return _sorted(data)


def _sorted(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _sorted(value[k]) for k in sorted(value)}
    if isinstance(value, list):
        items = [_sorted(v) for v in value]
        return sorted(items, key=lambda v: json.dumps(v, ensure_ascii=False, sort_keys=True))
    return value


# --- CKAN -----------------------------------------------------------------------------------


def ckan_package(directory: Directory, ctx: Context, files: list[Written]) -> dict[str, Any]:
    """A ``package_create`` payload (CKAN API action) for the dataset and its files."""
    lic = meta.license_of(directory)
    publisher = directory.publisher
    package: dict[str, Any] = {
        "name": meta.identifier(directory),
        "title": meta.title(directory),
        "notes": meta.description(directory),
        "license_id": lic.ckan_id,
        "version": ctx.version,
        "author": publisher.get("name", ""),
        "maintainer": publisher.get("name", ""),
        "tags": [{"name": tag} for tag in ckan_tags(meta.keywords(directory))],
        "extras": [
            {
                "key": "spatial_text",
                "value": "、".join(
                    f"{m.name}（{m.code}）" for m in directory.used_municipalities()
                ),
            }
        ],
        "resources": [_ckan_resource(ctx, w) for w in files],
    }
    if publisher.get("email"):
        package["maintainer_email"] = publisher["email"]
    if directory.site_url:
        package["url"] = directory.site_url + "/"
    return package


def ckan_tags(words: list[str]) -> list[str]:
    """Keywords as CKAN accepts tags: word characters, spaces, ``-``, ``_`` and ``.`` only."""
    tags = (" ".join(re.sub(r"[^\w\-. ]", " ", w).split()) for w in words)
    return list(dict.fromkeys(t for t in tags if len(t) >= 2))


def _ckan_resource(ctx: Context, written: Written) -> dict[str, str]:
    fmt = written.path.rsplit(".", 1)[-1].upper()
    return {
        "name": f"{written.title_ja}（{written.path}）",
        "url": ctx.data_url(written.path),
        "format": {"JSON": "JSON", "GEOJSON": "GeoJSON", "ICS": "iCalendar"}.get(fmt, fmt),
        "mimetype": written.media_type,
        "description": written.title_en,
    }
