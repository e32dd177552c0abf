"""Screenshots for people to look at (test-artifacts/, gitignored): each page type on a phone
(375×667) and on a desktop. The assertions catch a layout wider than the phone's screen."""

from __future__ import annotations

from typing import Any

import pytest

PAGES = {
    "top": "fukaya/",
    "list": "fukaya/list/?category=place",
    "map": "fukaya/map/",
    "resource": "fukaya/r/fukaya-rafu-meika/",
    "resource-full": "area/r/free-school/",
}


@pytest.mark.parametrize("name", PAGES)
def test_phone_screenshot(phone_page: Any, base_url: str, artifacts: Any, name: str) -> None:
    phone_page.goto(f"{base_url}/{PAGES[name]}")
    phone_page.wait_for_load_state("networkidle")
    width = phone_page.evaluate("document.documentElement.scrollWidth")
    assert width <= 375, f"{name} scrolls sideways on a phone ({width}px)"
    phone_page.screenshot(path=str(artifacts / f"phone-{name}.png"))
    phone_page.screenshot(path=str(artifacts / f"phone-{name}-full.png"), full_page=True)


@pytest.mark.parametrize("name", ["top", "list", "map", "resource-full"])
def test_desktop_screenshot(page: Any, base_url: str, artifacts: Any, name: str) -> None:
    page.goto(f"{base_url}/{PAGES[name]}")
    page.wait_for_load_state("networkidle")
    page.screenshot(path=str(artifacts / f"desktop-{name}.png"))
