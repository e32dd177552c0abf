"""Long lists (#5): with JavaScript the list shows the first 100 matches and a button for more,
so filtering stays fast at 10,000 resources; without JavaScript every card is in the page."""

from __future__ import annotations

from typing import Any

from conftest import MANY
from playwright.sync_api import expect


def _cards(page: Any) -> int:
    return page.locator("#os-cards > li:visible").count()


def test_first_hundred_then_more_by_keyboard(page: Any, base_url: str) -> None:
    page.goto(f"{base_url}/many/list/")
    assert _cards(page) == 100
    assert "はじめの100件" in page.locator("#os-count").inner_text()
    more = page.locator("#os-more")
    assert more.is_visible() and f"残り{MANY - 100}件" in more.inner_text()
    more.focus()
    page.keyboard.press("Enter")
    assert _cards(page) == MANY
    assert not more.is_visible()
    focused = page.evaluate("document.activeElement.textContent")
    assert "テスト支援先100" in focused


def test_a_filter_starts_again_at_the_first_hundred_of_its_matches(
    page: Any, base_url: str
) -> None:
    page.goto(f"{base_url}/many/list/?q=親の会")
    expect(page.locator("#os-count")).to_contain_text("75")  # no page-side eval: CSP forbids it
    assert _cards(page) == 75
    assert not page.locator("#os-more").is_visible()


def test_without_javascript_every_card_is_there(browser: Any, base_url: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{base_url}/many/list/")
    assert page.locator("#os-cards > li").count() == MANY
    context.close()
