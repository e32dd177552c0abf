"""Safety (issue #5): values from the data never run as script, links from the data are only
http/https/tel/mailto, the CSP holds, and no request leaves 127.0.0.1 except map tiles."""

from __future__ import annotations

from typing import Any

from browsing import expect

from opensupport.site.links import safe_href

PAGES = ["", "list/", "map/", "r/xss-test/", "pages/about/"]


def test_hostile_values_execute_nothing(page: Any, base_url: str, recorder: Any) -> None:
    for path in PAGES:
        page.goto(f"{base_url}/hostile/{path}")
        page.wait_for_load_state("networkidle")
        scripts = page.evaluate("[...document.scripts].map(s => s.type || 'classic')")
        assert all(
            kind in ("classic", "application/json", "application/ld+json") for kind in scripts
        ), path
        srcs = page.evaluate("[...document.scripts].filter(s => !s.type).map(s => s.src)")
        assert all(src.startswith(base_url) for src in srcs), path
        hrefs = page.evaluate("[...document.querySelectorAll('[href]')].map(a => a.href)")
        bad = [h for h in hrefs if h and not safe_href(h) and not h.startswith(base_url)]
        assert bad == [], path
        assert page.locator("img[src=x], iframe, svg[onload]").count() == 0, path
    page.goto(f"{base_url}/hostile/list/")
    page.locator("#q").fill("script")
    expect(page.locator("#os-count")).to_contain_text("5件中 1件")
    assert recorder.dialogs == []


def test_hostile_name_shown_as_text(page: Any, base_url: str) -> None:
    page.goto(f"{base_url}/hostile/r/xss-test/")
    assert page.locator("h1").inner_text() == "<script>alert(1)</script>"
    assert page.get_by_text("javascript:alert('href')").count() >= 1  # shown as text
    assert page.locator("a[href^=javascript], a[href^=data]").count() == 0
    page.goto(f"{base_url}/hostile/pages/about/")
    body = page.locator("article").inner_text()
    assert '<script>alert("page")</script>' in body
    assert page.locator("article a[href^=javascript]").count() == 0


def test_csp_meta_is_strict(page: Any, base_url: str) -> None:
    page.goto(f"{base_url}/area/map/")
    csp = page.locator("meta[http-equiv=Content-Security-Policy]").get_attribute("content")
    assert "default-src 'self'" in csp and "script-src 'self'" in csp
    assert "style-src 'self'" in csp and "unsafe-inline" not in csp
    assert "img-src 'self' https://tiles.example.test" in csp


def test_only_tiles_leave_the_site(page: Any, base_url: str, recorder: Any) -> None:
    for path in ("fukaya/", "fukaya/list/", "fukaya/map/", "fukaya/r/fukaya-rafu-meika/"):
        page.goto(f"{base_url}/{path}")
        page.wait_for_load_state("networkidle")
    origins = {r.split("/")[2] for r in recorder.requests}
    assert origins <= {base_url.split("/")[2], "cyberjapandata.gsi.go.jp"}
    assert any("cyberjapandata.gsi.go.jp" in r for r in recorder.requests)
