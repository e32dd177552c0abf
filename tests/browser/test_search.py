"""Search in the browser (issue #5): compounds and variants, on the fixture area, and the
JavaScript normaliser agreeing with the Python one on every case of test_site_search.py."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from browsing import expect
from conftest import ROOT

from opensupport.site.search import normalise, query_terms

CASES = json.loads((ROOT / "tests/data/site/search-cases.json").read_text("utf-8"))
QUERIES = [
    ("子ども食堂", ["子ども食堂テスト"]),
    ("こども食堂", ["子ども食堂テスト"]),
    ("子供食堂", ["子ども食堂テスト"]),
    ("コドモショクドウ", ["子ども食堂テスト"]),
    ("教育支援センター", ["教育支援センターテスト"]),
    ("ふりーすくーる", ["フリースクールテスト"]),
    ("ﾌﾘｰｽｸｰﾙ", ["フリースクールテスト"]),
    ("ＦＲＥＥ", []),
    ("親の会", ["親の会テスト"]),
    ("おやのかい", ["親の会テスト"]),
    ("オヤノカイ", ["親の会テスト"]),
    ("テスト学園", ["フリースクールテスト"]),
    ("ごはん", ["子ども食堂テスト"]),
    ("こども食堂 フリースクール", []),
]


def visible_names(page: Any) -> list[str]:
    titles = page.locator("#os-cards > li:visible h2 a")
    name = "a => (a.querySelector('ruby') || a).firstChild.textContent"
    return [title.evaluate(name) for title in titles.all()]


@pytest.fixture
def list_page(page: Any, base_url: str) -> Any:
    page.goto(f"{base_url}/area/list/")
    page.locator("#q").fill("テスト")  # loads the search index
    expect(page.locator("#os-count")).to_contain_text("5件中 4件")
    return page


def test_queries_find_variants(list_page: Any) -> None:
    box = list_page.locator("#q")
    for query, expected in QUERIES:
        box.fill(query)
        assert sorted(visible_names(list_page)) == sorted(expected), query
        assert list_page.locator("#os-empty").is_hidden() == bool(expected), query


def test_search_and_filter_combine(list_page: Any) -> None:
    assert len(visible_names(list_page)) == 4
    list_page.select_option("#f-fee", "free")
    free = ["教育支援センターテスト", "子ども食堂テスト", "親の会テスト"]
    assert sorted(visible_names(list_page)) == sorted(free)
    list_page.check("input[name=open][value=evening]")
    assert visible_names(list_page) == ["教育支援センターテスト"]
    assert re.search(r"q=.*fee=free.*open=evening", list_page.url)
    assert "5件中 1件" in list_page.locator("#os-count").inner_text()


def test_filters_for_weekend_grade_credit_and_reservation(list_page: Any) -> None:
    cases = [
        ("input[name=open][value=weekend]", None, ["子ども食堂テスト", "親の会テスト"]),
        (
            "#f-grade",
            "junior",
            ["子ども食堂テスト", "フリースクールテスト", "教育支援センターテスト"],
        ),
        ("#f-credit", "public_policy", ["教育支援センターテスト"]),
        ("#f-reservation", "needed", ["フリースクールテスト", "教育支援センターテスト"]),
        ("#f-contact", "phone", ["フリースクールテスト", "教育支援センターテスト"]),
    ]
    for selector, value, expected in cases:
        list_page.locator("#os-reset").click()
        if value is None:
            list_page.check(selector)
        else:
            list_page.select_option(selector, value)
        assert sorted(visible_names(list_page)) == sorted(expected), selector


def test_javascript_normaliser_matches_python(list_page: Any) -> None:
    texts = sorted({text for group in CASES.values() for pair in group for text in pair})
    js = list_page.evaluate("texts => texts.map(t => window.opensupport.normalise(t))", texts)
    assert js == [normalise(t) for t in texts]
    queries = ["深谷　親の会 ", "  ", "ﾌﾘｰ ｽｸｰﾙ"]
    js_terms = list_page.evaluate("qs => qs.map(q => window.opensupport.queryTerms(q))", queries)
    assert js_terms == [query_terms(q) for q in queries]
