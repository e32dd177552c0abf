"""DCAT-AP (JSON-LD and Turtle) and the CKAN package_create payload."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from rdflib import RDF, Graph, Literal, Namespace, URIRef
from rdflib.compare import isomorphic

# Open namespaces: pytest's collection probes module attributes, which closed ones warn about.
DCAT = Namespace("http://www.w3.org/ns/dcat#")
DCTERMS = Namespace("http://purl.org/dc/terms/")
FOAF = Namespace("http://xmlns.com/foaf/0.1/")

MEDIA = "https://www.iana.org/assignments/media-types/"


@pytest.fixture(scope="module")
def data(built) -> Path:
    return built("edge") / "data"


@pytest.fixture(scope="module")
def graph(data: Path) -> Graph:
    g = Graph()
    g.parse(data / "catalog.ttl", format="turtle")
    return g


def one(g: Graph, kind: URIRef) -> URIRef:
    (node,) = list(g.subjects(RDF.type, kind))
    return node


@pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")
def test_jsonld_and_turtle_say_the_same(data: Path, graph: Graph) -> None:
    other = Graph().parse(data / "catalog.jsonld", format="json-ld")
    assert len(graph) == len(other) > 100
    assert isomorphic(graph, other)


def test_catalog_and_dataset(graph: Graph) -> None:
    catalog, dataset = one(graph, DCAT.Catalog), one(graph, DCAT.Dataset)
    assert str(catalog) == "https://example.jp/map/data/catalog#catalog"
    assert (catalog, DCAT.dataset, dataset) in graph
    for node in (catalog, dataset):
        for prop in (
            DCTERMS.title,
            DCTERMS.description,
            DCTERMS.publisher,
            DCTERMS.license,
            DCTERMS.issued,
            DCTERMS.modified,
            DCTERMS.identifier,
        ):
            assert graph.value(node, prop) is not None, (node, prop)
    assert str(graph.value(dataset, DCTERMS.identifier)).isascii()
    assert Literal("不登校", lang="ja") in set(graph.objects(dataset, DCAT.keyword))
    assert str(graph.value(dataset, DCTERMS.issued)) == "2026-02-10"


def test_publisher_licence_and_spatial(graph: Graph) -> None:
    dataset = one(graph, DCAT.Dataset)
    publisher = graph.value(dataset, DCTERMS.publisher)
    assert (publisher, RDF.type, FOAF.Agent) in graph
    assert str(graph.value(publisher, FOAF.name)) == "テスト発行者"
    lic = graph.value(dataset, DCTERMS.license)
    assert str(lic) == "https://creativecommons.org/licenses/by/4.0/"
    assert "CC BY 4.0" in str(graph.value(lic, DCTERMS.title))
    places = {
        str(graph.value(p, DCTERMS.identifier)) for p in graph.objects(dataset, DCTERMS.spatial)
    }
    assert places == {"112186", "112020"}


def test_one_distribution_per_file(graph: Graph) -> None:
    dataset = one(graph, DCAT.Dataset)
    urls = {}
    for dist in graph.objects(dataset, DCAT.distribution):
        assert str(graph.value(dist, DCTERMS.identifier)).isascii()
        assert graph.value(dist, DCTERMS.license) is not None
        urls[str(graph.value(dist, DCAT.downloadURL))] = str(graph.value(dist, DCAT.mediaType))
    base = "https://example.jp/map/data/"
    assert urls[base + "resources.csv"] == MEDIA + "text/csv"
    assert urls[base + "resources.geojson"] == MEDIA + "application/geo+json"
    assert urls[base + "calendar/all.ics"] == MEDIA + "text/calendar"
    assert base + "hsds/services.json" in urls
    assert not any("/hsds/services/" in url for url in urls)


def test_relative_iris_without_site_url(built) -> None:
    path = built("private") / "data" / "catalog.ttl"
    g = Graph().parse(path, format="turtle")
    catalog = one(g, DCAT.Catalog)
    assert str(catalog) == (path.parent / "catalog").as_uri() + "#catalog"


def test_ckan_payload(data: Path) -> None:
    package = json.loads((data / "ckan-package.json").read_text(encoding="utf-8"))
    assert re.fullmatch(r"[a-z0-9_-]{2,100}", package["name"])
    assert package["title"] == "テスト地域 子ども・若者と家族の支援先一覧"
    assert package["license_id"] == "cc-by"
    assert package["url"] == "https://example.jp/map/"
    assert {"name": "不登校"} in package["tags"]
    assert all(re.fullmatch(r"[\w .-]+", t["name"]) for t in package["tags"])
    resources = {r["url"]: r for r in package["resources"]}
    csv_resource = resources["https://example.jp/map/data/resources.csv"]
    assert csv_resource["format"] == "CSV" and csv_resource["name"]
    assert resources["https://example.jp/map/data/resources.geojson"]["format"] == "GeoJSON"
