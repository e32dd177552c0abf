"""The website generator (issue #5), without a browser: pages, fields, labels, links, safety,
free pages, Leaflet from the registry package, and the strings catalog."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from opensupport.area import load_area
from opensupport.build import build
from opensupport.model import build_model
from opensupport.schema import load_schema
from opensupport.site import write_site
from opensupport.site.links import mailto_href, safe_href, tel_href, web_href
from opensupport.site.strings import JA, JS_KEYS
from opensupport.site.views import GROUPS
from opensupport.validate import validate_table

ROOT = Path(__file__).resolve().parents[1]
AREA = ROOT / "tests" / "data" / "site" / "area"
TEMPLATES = ROOT / "src" / "opensupport" / "site" / "templates"
TODAY = date(2026, 2, 10)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("site") / "out"
    result = build(AREA, out, today=TODAY)
    assert result.ok
    return out


def html(site: Path, path: str) -> str:
    return (site / path).read_text(encoding="utf-8")


def test_pages_are_written(site: Path) -> None:
    for path in (
        "index.html",
        "list/index.html",
        "map/index.html",
        "pages/about/index.html",
        "assets/site.css",
        "assets/site.js",
        "assets/map.js",
        "assets/search-index.json",
        "data/datapackage.json",
    ):
        assert (site / path).is_file(), path
    ids = {p.parent.name for p in (site / "r").glob("*/index.html")}
    assert ids == {"kodomo-shokudo", "free-school", "oya-no-kai", "kyoiku-shien", "xss-test"}


def test_every_public_field_has_a_place_on_the_resource_page() -> None:
    public = {f.name for f in load_schema().fields if not f.internal}
    placed = [name for _, names in GROUPS for name in names]
    assert len(placed) == len(set(placed))
    assert set(placed) | {"name"} == public


def test_resource_page_labels_and_values(site: Path) -> None:
    page = html(site, "r/free-school/index.html")
    assert "利用できる人（住所・在籍）" in page and "条件なし" in page
    assert page.index("条件なし") < page.index("連絡先")  # residency near the top
    assert "毎週 月曜〜金曜 10:00〜15:00" in page
    assert "熊谷市（112020）" in page
    assert '<a href="tel:0480000002">0480-00-0002</a>' in page
    assert "2023年1月10日" in page and "12か月以上確認されていません" in page
    assert 'href="https://forms.example.org/feedback"' in page


def test_unverified_and_fresh(site: Path) -> None:
    unverified = html(site, "r/oya-no-kai/index.html")
    assert "未確認" in unverified and "まだ運営者に確認できていません" in unverified
    fresh = html(site, "r/kodomo-shokudo/index.html")
    assert "2025年6月1日" in fresh and "確認されていません" not in fresh


def test_ics_link_only_with_a_calendar_file(site: Path) -> None:
    for rid in ("kodomo-shokudo", "free-school", "oya-no-kai", "kyoiku-shien", "xss-test"):
        linked = f"data/calendar/{rid}.ics" in html(site, f"r/{rid}/index.html")
        assert linked == (site / "data" / "calendar" / f"{rid}.ics").is_file(), rid
    assert "data/calendar/oya-no-kai.ics" in html(site, "r/oya-no-kai/index.html")


def test_area_only_location_is_not_shown(site: Path) -> None:
    page = html(site, "r/oya-no-kai/index.html")
    assert "市町村役所の位置に表示しています" in page
    assert "仲町" not in page


def test_jsonld_parses_and_is_escaped(site: Path) -> None:
    page = html(site, "r/xss-test/index.html")
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)
    assert block and "<" not in block.group(1)
    data = json.loads(block.group(1))
    assert data["@type"] == "Service"
    assert data["name"] == "<script>alert(1)</script>"
    fresh = json.loads(
        re.search(r'ld\+json">(.*?)</script>', html(site, "r/kyoiku-shien/index.html"), re.S).group(
            1
        )
    )
    assert fresh["dateModified"] == "2026-01-15"
    assert fresh["hoursAvailable"][0]["opens"] == "18:00"


def test_values_from_data_are_escaped(site: Path) -> None:
    for path in ("index.html", "list/index.html", "map/index.html", "r/xss-test/index.html"):
        page = html(site, path)
        assert "<script>alert" not in page, path
        assert "<img src=x" not in page and "<svg onload" not in page, path
        assert "</script><script>" not in page, path
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html(site, "r/xss-test/index.html")


def test_javascript_urls_never_become_links(tmp_path: Path) -> None:
    _, table = validate_table(AREA, today=TODAY)
    area = load_area(AREA)
    directory = build_model(table, area.config, load_schema(), today=TODAY)
    evil = tuple(
        replace(
            r,
            url="javascript:alert(1)",
            form_url=" JavaScript:alert(1)",
            line_url="data:text/html,x",
            phone="javascript:1",
            email="a@b.c?x=<",
        )
        for r in directory.resources
    )
    write_site(replace(directory, resources=evil), tmp_path, config=area.config)
    for page in tmp_path.rglob("*.html"):
        hrefs = re.findall(r'href="([^"]*)"', page.read_text(encoding="utf-8"))
        assert not [h for h in hrefs if re.match(r"\s*(javascript|data|vbscript):", h, re.I)]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("https://example.org/a?b=c", "https://example.org/a?b=c"),
        ("http://example.org", "http://example.org"),
        ("javascript:alert(1)", None),
        ("JAVASCRIPT:alert(1)", None),
        (" javascript:alert(1)", None),
        ("java\nscript:alert(1)", None),
        ("data:text/html,x", None),
        ("//example.org", None),
        ("https://", None),
        ('https://example.org/"onmouseover=x', None),
        ("tel:048-000-0000", "tel:0480000000"),
        ("mailto:a@example.org", "mailto:a@example.org"),
        ("mailto:javascript:alert(1)", None),
        ("", None),
    ],
)
def test_safe_href(value: str, expected: str | None) -> None:
    assert safe_href(value) == expected


def test_link_kinds() -> None:
    assert web_href("ftp://example.org") is None
    assert tel_href("０４８（０００）０００１") == "tel:0480000001"
    assert tel_href("毎日") is None
    assert mailto_href("a@example.org", "訂正：名前") == (
        "mailto:a@example.org?subject=%E8%A8%82%E6%AD%A3%EF%BC%9A%E5%90%8D%E5%89%8D"
    )


def test_free_page_escapes_raw_html_and_bad_links(site: Path) -> None:
    page = html(site, "pages/about/index.html")
    assert "<title>このマップについて｜テスト市とその周辺</title>" in page
    assert "<strong>太字</strong>" in page and 'href="https://example.org/"' in page
    assert "&lt;script&gt;alert(&quot;page&quot;)&lt;/script&gt;" in page
    assert 'href="javascript' not in page  # the link is left as text


def test_top_page(site: Path) -> None:
    page = html(site, "index.html")
    assert '<html lang="ja">' in page
    for text in (
        "相談したい",
        "居場所がほしい",
        "学びたい",
        "働きたい・将来",
        "こころとからだ",
        "保護者の方へ",
        "支援者の方へ",
    ):
        assert text in page
    assert 'href="./list/?category=place"' in page and 'href="./list/?audience=guardian"' in page
    assert 'href="./data/datapackage.json"' in page and 'href="./data/resources.csv"' in page
    assert "テスト緊急ダイヤル" in page and 'href="tel:0120000000"' in page
    assert "テスト発行団体" in page


def test_emergency_band_on_every_page(site: Path) -> None:
    for page in site.rglob("*.html"):
        if "data" not in page.relative_to(site).parts:
            assert "いますぐ助けがほしいとき" in page.read_text(encoding="utf-8"), page


def test_list_page_has_every_card_without_javascript(site: Path) -> None:
    page = html(site, "list/index.html")
    assert page.count('<li class="card"') == 5
    assert (
        '<form id="os-filters" class="filters" action="./" method="get" role="search" hidden>'
        in page
    )
    assert "<ruby>子ども食堂テスト<rp>（</rp><rt>こどもしょくどうてすと</rt>" in page
    assert (
        'data-f="c:place a:child_self a:guardian g:elementary g:junior g:high m:112186 f:free'
        in page
    )


def test_csp_and_no_third_party_assets(site: Path) -> None:
    for page in site.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        if "data" in page.relative_to(site).parts:
            continue
        assert "default-src &#39;self&#39;" in text and "https://tiles.example.test" in text
        for src in re.findall(r'(?:src|href)="([^"]+\.(?:js|css))"', text):
            assert not src.startswith(("http:", "https:", "//")), (page, src)
        assert re.search(r"<script>|<style|style=", text) is None, page


def test_search_index(site: Path) -> None:
    index = json.loads(html(site, "assets/search-index.json"))
    assert index["v"] == 1
    assert "おやのかいてすと" in index["items"]["oya-no-kai"]
    assert "こども食堂てすと" in index["items"]["kodomo-shokudo"]
    assert "てすと学園" in index["items"]["free-school"]


def test_leaflet_comes_from_the_installed_package(site: Path) -> None:
    leaflet = site / "assets" / "leaflet"
    assert "Leaflet 1.9.4" in (leaflet / "leaflet.js").read_text(encoding="utf-8")[:300]
    assert (leaflet / "leaflet.css").is_file() and (
        leaflet / "images" / "marker-icon.png"
    ).is_file()
    assert "BSD" in (leaflet / "LICENSE.txt").read_text(encoding="utf-8")
    assert not list((ROOT / "src").rglob("leaflet*.js"))


def test_map_data(site: Path) -> None:
    page = html(site, "map/index.html")
    data = json.loads(re.search(r'id="os-map-data">(.*?)</script>', page, re.S).group(1))
    assert data["tiles"] == "https://tiles.example.test/{z}/{x}/{y}.png"
    precisions = sorted((g["precision"], len(g["items"])) for g in data["groups"])
    assert precisions == [("exact", 2), ("municipality", 1), ("municipality", 2)]
    assert all(i["href"].startswith("../r/") for g in data["groups"] for i in g["items"])


def test_every_string_the_templates_use_is_in_the_catalog() -> None:
    used = set()
    for template in TEMPLATES.glob("*.html"):
        used |= set(re.findall(r"\bt\.(\w+)", template.read_text(encoding="utf-8")))
    assert used - set(JA) == set()
    assert set(JS_KEYS) <= set(JA)
