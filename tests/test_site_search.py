"""The search normaliser (issue #5): compounds, kana and width variants find each other.

The same cases run against the JavaScript normaliser in tests/browser/test_search.py.
"""

from __future__ import annotations

import pytest

from opensupport.site.search import matches, normalise, query_terms, search_index, search_text

# (text as stored, query as typed): the query must find the text.
FINDS = [
    ("子ども食堂テスト", "子ども食堂"),
    ("子ども食堂テスト", "こども食堂"),
    ("子ども食堂テスト", "子供食堂"),
    ("子供食堂テスト", "子ども食堂"),
    ("こども食堂テスト", "コドモ食堂"),
    ("熊谷市教育支援センター「さくら教室」", "教育支援センター"),
    ("フリースクールテスト", "ふりーすくーる"),
    ("フリースクールテスト", "ﾌﾘｰｽｸｰﾙ"),
    ("フリースクールテスト", "フリー スクール"),
    ("親の会テスト", "親の会"),
    ("おやのかいてすと", "おやのかい"),
    ("おやのかいてすと", "オヤノカイ"),
    ("View キャリア！熊谷校", "view"),
    ("View キャリア！熊谷校", "ＶＩＥＷ"),
    ("ＮＰＯ法人若者支援ひろば三愛", "npo法人"),
    ("ラフ・メイカー", "ラフメイカー"),
    ("深谷市立教育研究所", "深谷 教育"),
    ("相談支援センター１２３", "123"),
]

MISSES = [
    ("子ども食堂テスト", "フリースクール"),
    ("親の会テスト", "おやのかい"),  # the kanji alone has no reading: name_kana gives it
    ("深谷市立教育研究所", "深谷 熊谷"),
]

NORMALISED = [
    ("フリースクール", "ふりーすくーる"),
    ("ﾌﾘｰｽｸｰﾙ", "ふりーすくーる"),
    ("子供食堂", "こども食堂"),
    ("子ども食堂", "こども食堂"),
    ("ＡＢＣ　１２３", "abc123"),
    ("ラフ・メイカー", "らふめいかー"),
    ("「さくら教室」", "さくら教室"),
    ("ヴァ", "ゔぁ"),
    ("", ""),
]


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
