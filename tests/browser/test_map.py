"""The map (issue #5): Leaflet from the registry package, grouped markers, municipality-level
positions drawn differently and explained, popups linking to resource pages, keyboard use."""

from __future__ import annotations

import re
from typing import Any


def test_fukaya_map_markers_and_notice(page: Any, base_url: str) -> None:
    page.goto(f"{base_url}/fukaya/map/")
    markers = page.locator(".leaflet-marker-icon.os-marker")
    markers.first.wait_for()
    # 67 resources, no coordinates of their own: one marker per municipality office
    assert markers.count() == 6
    assert page.locator(".leaflet-marker-icon.os-marker-municipality").count() == 6
    notice = page.locator("#os-map-notice").inner_text()
    assert "市町村の役所の位置" in notice and "実際の場所ではありません" in notice
    assert "市町村役所の位置" in page.locator(".legend").inner_text()
    assert page.locator(".leaflet-tile").count() > 0
    assert "地理院タイル" in page.locator(".leaflet-control-attribution").inner_text()


def test_popup_lists_resources_and_links(page: Any, base_url: str) -> None:
    page.goto(f"{base_url}/fukaya/map/")
    marker = page.get_by_role("button", name=re.compile(r"^寄居町（10件）"))
    marker.click()
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for()
    assert popup.locator("li").count() == 10
    assert "実際の場所ではありません" in popup.inner_text()
    popup.get_by_role("link", name="かわせみ教室").click()
    page.wait_for_url(re.compile(r"/r/yorii-kawasemi-kyoshitsu/$"))


def test_map_by_keyboard(page: Any, base_url: str) -> None:
    page.goto(f"{base_url}/fukaya/map/")
    marker = page.locator(".leaflet-marker-icon.os-marker").first
    marker.wait_for()
    marker.focus()
    page.keyboard.press("Enter")
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for()
    focused = page.evaluate("document.activeElement.closest('.leaflet-popup-content') !== null")
    assert focused, "Enter on a marker moves the focus into its popup"
    page.keyboard.press("Escape")
    popup.wait_for(state="detached")
    assert page.evaluate("document.activeElement.classList.contains('os-marker')")


def test_exact_and_grouped_points(page: Any, base_url: str) -> None:
    page.goto(f"{base_url}/area/map/")
    page.locator(".leaflet-marker-icon.os-marker").first.wait_for()
    exact = page.locator(".leaflet-marker-icon.os-marker-exact")
    municipal = page.locator(".leaflet-marker-icon.os-marker-municipality")
    # 子ども食堂 and 教育支援センター share one point; the others sit at their offices
    assert exact.count() == 1
    assert exact.first.locator(".os-count").get_attribute("data-count") == "2"
    assert municipal.count() == 2
    assert "点線の丸" in page.locator("#os-map-notice").inner_text()
    exact.first.click()
    links = page.locator(".leaflet-popup-content a")
    assert sorted(links.all_inner_texts()) == ["子ども食堂テスト", "教育支援センターテスト"]


def test_places_list_without_map(page: Any, base_url: str) -> None:
    page.goto(f"{base_url}/fukaya/map/")
    places = page.locator("section.places")
    assert places.locator("li a").count() == 67
