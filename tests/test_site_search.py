"""The search normaliser (issue #5): compounds, kana and width variants find each other.

The cases live in tests/data/site/search-cases.json; tests/browser/test_search.py runs them
against the JavaScript normaliser too.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from opensupport.site.search import matches, normalise, query_terms, search_index, search_text

# {"finds": [[text as stored, query as typed]…], "misses": […], "normalised": [[text, key]…]}
CASES = json.loads((Path(__file__).parent / "data/site/search-cases.json").read_text("utf-8"))
FINDS = [tuple(case) for case in CASES["finds"]]
MISSES = [tuple(case) for case in CASES["misses"]]
NORMALISED = [tuple(case) for case in CASES["normalised"]]


@pytest.mark.parametrize(("text", "query"), FINDS)
def test_query_finds_variant(text: str, query: str) -> None:
    assert matches(normalise(text), query)


@pytest.mark.parametrize(("text", "query"), MISSES)
def test_query_does_not_find_other(text: str, query: str) -> None:
    assert not matches(normalise(text), query)


@pytest.mark.parametrize(("text", "expected"), NORMALISED)
def test_normalise(text: str, expected: str) -> None:
    assert normalise(text) == expected


def test_normalise_is_idempotent() -> None:
    for text, _ in NORMALISED + FINDS:
        assert normalise(normalise(text)) == normalise(text)


def test_query_terms_split_on_any_space() -> None:
    assert query_terms("深谷　親の会 ") == ["深谷", "親の会"]
    assert query_terms("   ") == []


def test_search_text_keeps_fields_apart() -> None:
    text = search_text(["親の会", None, "", "おやのかい", "親の会"])
    assert text == "親の会\nおやのかい"
    assert not matches(text, "会お")


def test_search_index_shape() -> None:
    index = search_index([("a", ["子ども食堂"]), ("b", ["フリースクール", "居場所"])])
    assert index == {"v": 1, "items": {"a": "こども食堂", "b": "ふりーすくーる\n居場所"}}
