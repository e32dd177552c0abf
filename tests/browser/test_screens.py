"""Screenshots for people to look at (test-artifacts/, gitignored): each page type on a phone
(375×667) and on a desktop. The assertions catch a layout wider than the phone's screen.

With ``--update-screens`` (``make screens``) the pictures of examples/fukaya that the guide shows
are also saved into docs/assets/screens/: the guide's screenshots come from these tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

GUIDE = Path(__file__).resolve().parents[2] / "docs" / "assets" / "screens"
IN_GUIDE = {"phone-top", "phone-list", "phone-map", "phone-resource", "desktop-list"}


def keep(request: pytest.FixtureRequest, page: Any, name: str) -> None:
    """Save the viewport into the guide when asked (only the fukaya pages the guide shows)."""
    if request.config.getoption("--update-screens") and name in IN_GUIDE:
        GUIDE.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(GUIDE / f"{name}.png"))


PAGES = {
    "top": "fukaya/",
    "list": "fukaya/list/?category=place",
    "map": "fukaya/map/",
    "resource": "fukaya/r/fukaya-rafu-meika/",
    "resource-full": "area/r/free-school/",
}


@pytest.mark.parametrize("name", PAGES)
def test_phone_screenshot(
    phone_page: Any, base_url: str, artifacts: Any, name: str, request: pytest.FixtureRequest
) -> None:
    phone_page.goto(f"{base_url}/{PAGES[name]}")
    phone_page.wait_for_load_state("networkidle")
    width = phone_page.evaluate("document.documentElement.scrollWidth")
    assert width <= 375, f"{name} scrolls sideways on a phone ({width}px)"
    phone_page.screenshot(path=str(artifacts / f"phone-{name}.png"))
    phone_page.screenshot(path=str(artifacts / f"phone-{name}-full.png"), full_page=True)
    keep(request, phone_page, f"phone-{name}")


@pytest.mark.parametrize("name", ["top", "list", "map", "resource-full"])
def test_desktop_screenshot(
    page: Any, base_url: str, artifacts: Any, name: str, request: pytest.FixtureRequest
) -> None:
    page.goto(f"{base_url}/{PAGES[name]}")
    page.wait_for_load_state("networkidle")
    page.screenshot(path=str(artifacts / f"desktop-{name}.png"))
    keep(request, page, f"desktop-{name}")
