"""Page weight budgets for examples/fukaya (issue #5), map tiles excluded: the top and list
pages load at most 100 KB gzipped, a resource page at most 30 KB. Measured by gzipping every
file the page loads (its HTML, stylesheets, scripts, and the search index the list fetches)."""

from __future__ import annotations

import gzip
import re
from datetime import date
from pathlib import Path

import pytest

from opensupport.build import build

ROOT = Path(__file__).resolve().parents[1]
KB = 1024
BUDGETS = {"index.html": 100 * KB, "list/index.html": 100 * KB}
RESOURCE_BUDGET = 30 * KB
FETCHED = {"list/index.html": ["assets/search-index.json"]}  # loaded by site.js on search
_ASSET_RE = re.compile(r'<(?:link rel="stylesheet" href|script src)="([^"]+)"')


@pytest.fixture(scope="module")
def fukaya(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("weight") / "out"
    assert build(ROOT / "examples" / "fukaya", out, today=date(2026, 2, 10)).ok
    return out


def loaded(site: Path, page: str) -> list[Path]:
    """The page and every file it loads, as paths in the built site."""
    html = (site / page).read_text(encoding="utf-8")
    base = (site / page).parent
    files = [site / page] + [(base / ref).resolve() for ref in _ASSET_RE.findall(html)]
    return files + [site / extra for extra in FETCHED.get(page, [])]


def weight(files: list[Path]) -> int:
    return sum(len(gzip.compress(f.read_bytes(), compresslevel=6)) for f in files)


@pytest.mark.parametrize("page", sorted(BUDGETS))
def test_top_and_list_pages_within_budget(fukaya: Path, page: str) -> None:
    files = loaded(fukaya, page)
    assert all(f.is_file() for f in files)
    assert weight(files) <= BUDGETS[page], f"{page}: {weight(files)} bytes gzipped"


def test_every_resource_page_within_budget(fukaya: Path) -> None:
    pages = sorted(p.relative_to(fukaya).as_posix() for p in (fukaya / "r").glob("*/index.html"))
    assert len(pages) == 67
    heaviest = max(pages, key=lambda page: weight(loaded(fukaya, page)))
    assert weight(loaded(fukaya, heaviest)) <= RESOURCE_BUDGET, heaviest


def test_pages_load_no_leaflet_except_the_map(fukaya: Path) -> None:
    for page in ("index.html", "list/index.html", "r/fukaya-rafu-meika/index.html"):
        assert not [f for f in loaded(fukaya, page) if "leaflet" in f.name], page
    assert any("leaflet" in f.name for f in loaded(fukaya, "map/index.html"))
