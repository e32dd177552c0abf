"""The families' path through the Fukaya site (issue #5): needs entry → list → filter →
resource page, the URL query, the back button, the keyboard, and reading without JavaScript."""

from __future__ import annotations

import re
from typing import Any

from browsing import Recorder, expect, open_context, watch


def cards(page: Any) -> Any:
    return page.locator("#os-cards > li:visible")


def test_needs_entry_to_list_to_filter_to_resource(page: Any, base_url: str) -> None:
    page.goto(f"{base_url}/fukaya/")
    assert page.locator("html").get_attribute("lang") == "ja"
    page.get_by_role("link", name=re.compile("学びたい")).click()
    page.wait_for_url(re.compile(r"/list/\?category=learn$"))
    expect_count = page.locator("#os-count")
    assert re.search(r"67件中 12件", expect_count.inner_text())
    assert cards(page).count() == 12
    page.select_option("#f-municipality", "112186")
    assert "municipality=112186" in page.url and "category=learn" in page.url
    assert cards(page).count() == 3
    assert "67件中 3件" in expect_count.inner_text()
    cards(page).get_by_role("link", name=re.compile("いきいきナイトスクール")).click()
    page.wait_for_url(re.compile(r"/r/fukaya-ikiiki-night/$"))
    assert page.locator("h1").inner_text().startswith("いきいきナイトスクール")
    key = page.locator("section.key").inner_text()
    assert "利用できる人" in key and "未確認" in key
    assert page.locator("p.notice").is_visible()


def test_back_button_restores_filters(page: Any, base_url: str) -> None:
    page.goto(f"{base_url}/fukaya/list/")
    assert cards(page).count() == 67
    page.select_option("#f-category", "health")
    page.select_option("#f-municipality", "112020")
    assert cards(page).count() == 5
    page.go_back()
    page.wait_for_url(re.compile(r"\?category=health$"))
    assert page.locator("#f-municipality").input_value() == ""
    assert cards(page).count() == 12
    page.go_back()
    assert cards(page).count() == 67
    page.go_forward()
    assert page.locator("#f-category").input_value() == "health"


def test_shared_url_applies_filters(page: Any, base_url: str) -> None:
    page.goto(f"{base_url}/fukaya/list/?audience=guardian&q=親の会")
    names = cards(page).locator("h2").all_inner_texts()
    # the two named 親の会, and さんかくの会 through its type label 親の会・家族会
    assert len(names) == 3
    assert sum("親の会" in name for name in names) == 2
    assert page.locator("#q").input_value() == "親の会"


def test_no_results_state(page: Any, base_url: str) -> None:
    page.goto(f"{base_url}/fukaya/list/?q=存在しない名前")
    empty = page.locator("#os-empty")
    empty.wait_for(state="visible")
    assert "見つかりませんでした" in empty.inner_text()
    assert cards(page).count() == 0
    page.locator("#os-reset-empty").click()
    assert cards(page).count() == 67
    assert empty.is_hidden()


def test_keyboard_only(page: Any, base_url: str) -> None:
    page.goto(f"{base_url}/fukaya/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "本文へ移動"
    page.keyboard.press("Enter")
    page.locator("#q").focus()
    page.keyboard.type("ひきこもり")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/list/\?q="))
    expect(page.locator("#os-count")).to_contain_text("67件中")
    assert cards(page).count() >= 1
    first = cards(page).first.get_by_role("link")
    first.focus()
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/r/[a-z0-9-]+/$"))


def test_furigana_on_request(page: Any, base_url: str) -> None:
    page.goto(f"{base_url}/fukaya/list/")
    rt = page.locator("rt").first
    assert not rt.is_visible()
    toggle = page.locator("#os-furigana")
    toggle.click()
    assert toggle.get_attribute("aria-pressed") == "true"
    assert rt.is_visible()
    page.reload()
    assert page.locator("rt").first.is_visible()


def test_readable_without_javascript(browser: Any, base_url: str) -> None:
    recorder = Recorder()
    context = open_context(browser, recorder, java_script_enabled=False)
    page = watch(context.new_page(), recorder)
    page.goto(f"{base_url}/fukaya/list/")
    assert page.locator("#os-cards > li").count() == 67
    assert page.locator("#os-cards > li:visible").count() == 67
    assert page.locator("#os-filters").is_hidden()
    page.goto(f"{base_url}/fukaya/r/fukaya-rafu-meika/")
    assert "毎月 第3日曜" in page.locator("section.key").inner_text()
    context.close()
    assert recorder.foreign == []


def test_filter_by_keyboard(page: Any, base_url: str) -> None:
    page.goto(f"{base_url}/fukaya/list/")
    page.locator("#q").focus()
    page.keyboard.press("Tab")  # さがす
    page.keyboard.press("Tab")  # the filter panel's summary
    page.keyboard.press("Tab")  # カテゴリ
    assert page.evaluate("document.activeElement.id") == "f-category"
    page.keyboard.press("ArrowDown")
    page.wait_for_url(re.compile(r"\?category=consult$"))
    assert cards(page).count() == 34
    assert "67件中 34件" in page.locator("#os-count").inner_text()
