"""Accessibility (issue #5): axe-core finds no violation on any page type.

axe-core comes from npm into the gitignored node_modules/ (``npm install --no-save
axe-core@4``, run by the Makefile). It is injected into a context that bypasses the CSP, since
the site's own CSP rightly refuses injected scripts.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from browsing import Recorder, open_context, watch
from conftest import DESKTOP, PHONE, ROOT, unavailable

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
PAGES = [
    "fukaya/",
    "fukaya/list/",
    "fukaya/list/?q=存在しない",
    "fukaya/map/",
    "fukaya/r/fukaya-rafu-meika/",
    "area/",
    "area/list/?fee=free",
    "area/map/",
    "area/r/free-school/",
    "area/r/kodomo-shokudo/",
    "area/pages/about/",
]


@pytest.fixture(scope="module")
def axe_source() -> str:
    if not AXE.is_file():
        unavailable(f"{AXE} is missing (npm install --no-save axe-core@4)")
    return AXE.read_text(encoding="utf-8")


@pytest.fixture(params=[DESKTOP, PHONE], ids=["desktop", "phone"])
def axe_page(browser: Any, request: Any) -> Iterator[Any]:
    recorder = Recorder()
    context = open_context(browser, recorder, viewport=request.param, bypass_csp=True)
    yield watch(context.new_page(), recorder)
    context.close()
    assert recorder.foreign == []


def violations(page: Any, source: str) -> list[dict[str, Any]]:
    page.add_script_tag(content=source)
    result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    return [
        {"id": v["id"], "help": v["help"], "nodes": [n["target"] for n in v["nodes"]][:5]}
        for v in result["violations"]
    ]


@pytest.mark.parametrize("path", PAGES)
def test_no_axe_violations(axe_page: Any, base_url: str, axe_source: str, path: str) -> None:
    axe_page.goto(f"{base_url}/{path}")
    axe_page.wait_for_load_state("networkidle")
    if "map/" in path:
        axe_page.locator(".leaflet-marker-icon").first.wait_for()
    found = violations(axe_page, axe_source)
    assert found == [], json.dumps(found, ensure_ascii=False, indent=1)


def test_no_axe_violations_with_open_popup(axe_page: Any, base_url: str, axe_source: str) -> None:
    axe_page.goto(f"{base_url}/area/map/")
    marker = axe_page.locator(".leaflet-marker-icon").first
    marker.focus()
    axe_page.keyboard.press("Enter")
    axe_page.locator(".leaflet-popup-content").wait_for()
    found = violations(axe_page, axe_source)
    assert found == [], json.dumps(found, ensure_ascii=False, indent=1)
