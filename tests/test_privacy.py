"""Privacy: internal fields, ``_`` columns, drafts, hidden entries, and the address, postal code
and coordinates of locations that are not public appear in no output file."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from opensupport.model import make_resource
from opensupport.read import Row, read
from opensupport.schema import load_schema

ROOT = Path(__file__).resolve().parents[1]
BUILD_AREAS = ROOT / "tests" / "data" / "build"

# Each seeded in tests/data/build/private/data/resources.csv where it must not be published.
MARKERS = [
    "MARKER-INTERNAL-1",
    "MARKER-INTERNAL-2",
    "MARKER-INTERNAL-3",
    "MARKER-INTERNAL-4",
    "MARKER-INTERNAL-PERSON",
    "MARKER-UNDERSCORE-1",
    "MARKER-UNDERSCORE-2",
    "MARKER-ADDR-AREAONLY",
    "MARKER-BLDG-AREAONLY",
    "MARKER-ACCESS-AREAONLY",
    "MARKER-PARKING-AREAONLY",
    "MARKER-ADDR-HIDDEN",
    "MARKER-BLDG-HIDDEN",
    "MARKER-ACCESS-HIDDEN",
    "MARKER-PARKING-HIDDEN",
    "MARKER-DRAFT",
    "MARKER-ADDR-DRAFT",
    "MARKER-HIDDEN-ENTRY",
    "MARKER-ADDR-UNLISTED",
    "35.123457",
    "139.287654",
    "36.154321",
    "139.254321",  # coordinates not public
    "366-0825",
    "366-0041",  # postal codes not public
    "priv-draft",
    "priv-unlisted",  # ids of entries that are not published
]
OTHER_FORMS = ["3660825", "3660041"]  # the same postal codes written without the hyphen
ENCODINGS = ("utf-8", "utf-16-le", "utf-16-be", "cp932")


def readable(path: Path) -> bytes:
    """The file's bytes, with iCalendar line folding undone (a marker may be folded)."""
    data = path.read_bytes()
    return data.replace(b"\r\n ", b"").replace(b"\r\n\t", b"")


@pytest.fixture(scope="module")
def files(built) -> dict[str, bytes]:
    out = built("private")
    found = {p.relative_to(out).as_posix(): readable(p) for p in out.rglob("*") if p.is_file()}
    assert len(found) > 30
    return found


def test_the_fixture_carries_every_marker() -> None:
    text = (BUILD_AREAS / "private" / "data" / "resources.csv").read_text(encoding="utf-8")
    for marker in MARKERS:
        assert marker in text, marker


@pytest.mark.parametrize("marker", MARKERS + OTHER_FORMS)
def test_marker_is_in_no_output_file(files: dict[str, bytes], marker: str) -> None:
    for encoding in ENCODINGS:
        needle = marker.encode(encoding)
        leaks = [name for name, data in files.items() if needle in data]
        assert not leaks, f"{marker} ({encoding}) in {leaks}"


def test_public_location_is_published(files: dict[str, bytes]) -> None:
    """The control: the public resource's address and point do appear."""
    everything = b"".join(files.values())
    assert "深谷市公開町1-1".encode() in everything
    assert b"36.197" in everything


def test_reader_drops_underscore_columns() -> None:
    table = read(BUILD_AREAS / "private" / "data" / "resources.csv")
    assert all(not name.startswith("_") for name in table.columns)
    assert all(
        "MARKER-UNDERSCORE" not in value for row in table.rows for value in [*row.values.values()]
    )


def _resource(**values: str):
    schema = load_schema()
    public = [f for f in schema.fields if not f.internal]
    base = {
        "id": "x",
        "name": "x",
        "municipality": "112186",
        "publish_status": "published",
        "status": "active",
        "internal_note": "secret",
    }
    return make_resource(Row(2, 2, {}, base | values), public)


@pytest.mark.parametrize(
    "visibility, sensitive",
    [("area_only", ""), ("hidden", ""), ("area_only", "true"), ("public", "true")],
)
def test_model_empties_places_that_are_not_public(visibility: str, sensitive: str) -> None:
    res = _resource(
        location_visibility=visibility,
        sensitive=sensitive,
        address="a",
        postal_code="366-0801",
        building="b",
        latitude="36.1",
        longitude="139.2",
        access="c",
        parking="d",
    )
    assert (res.address, res.postal_code, res.building, res.access, res.parking) == ("",) * 5
    assert res.latitude is None and res.longitude is None and not res.location_public


def test_model_points_area_only_at_the_municipality_and_hides_the_rest() -> None:
    assert _resource(location_visibility="area_only").point == (36.1975, 139.2813889)
    assert _resource(location_visibility="area_only").point_precision == "municipality"
    assert _resource(location_visibility="hidden").point is None
    assert _resource(location_visibility="area_only", sensitive="true").point is None


def test_resource_has_no_internal_attribute() -> None:
    res = _resource(location_visibility="public")
    internal = [f.name for f in load_schema().fields if f.internal]
    assert internal and not any(hasattr(res, name) for name in internal)
    assert "secret" not in re.sub(r"\s", "", repr(res))
