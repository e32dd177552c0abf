"""The search normaliser and the browser's search index.

The same normalisation runs twice: here at build time, to store one normalised text per
resource in ``assets/search-index.json``, and in ``assets/site.js`` (``normalise``) on what the
person types. Matching is plain substring search on the results, so both sides must agree
exactly; ``tests/browser`` runs the JavaScript version on the cases of ``tests/test_site_search.py``.

Steps (in this order, in both languages):

1. Unicode NFKC (full-width letters and digits become ASCII, half-width kana become full-width);
2. lower case;
3. katakana → hiragana (ァ..ヶ minus 0x60; ー is kept);
4. 子供 / 子ども → こども (so 子ども食堂 = こども食堂 = 子供食堂 = コドモ食堂);
5. spaces, ・ and the brackets 「」『』() are removed.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import Any

_KATAKANA_START, _KATAKANA_END, _KANA_SHIFT = 0x30A1, 0x30F6, 0x60
_KATAKANA_TO_HIRAGANA = {
    code: code - _KANA_SHIFT for code in range(_KATAKANA_START, _KATAKANA_END + 1)
}
_FOLDS = (("子供", "こども"), ("子ども", "こども"))
_DROP_RE = re.compile(r"[\s・「」『』()]+")
FIELD_SEPARATOR = "\n"  # never in a normalised query, so no match spans two fields


def normalise(text: str) -> str:
    """The search key of ``text``: ``"フリー スクール"`` → ``"ふりーすくーる"``."""
    text = unicodedata.normalize("NFKC", text).lower()
    text = text.translate(_KATAKANA_TO_HIRAGANA)
    for variant, folded in _FOLDS:
        text = text.replace(variant, folded)
    return _DROP_RE.sub("", text)


def query_terms(query: str) -> list[str]:
    """A query split on spaces, each part normalised; every term must match."""
    terms = (normalise(part) for part in unicodedata.normalize("NFKC", query).split())
    return [term for term in terms if term]


def matches(haystack: str, query: str) -> bool:
    """True when every term of ``query`` is a substring of the normalised ``haystack``."""
    return all(term in haystack for term in query_terms(query))


def search_text(values: Iterable[str | None]) -> str:
    """The normalised, de-duplicated text stored for one resource."""
    keys = (normalise(value) for value in values if value)
    return FIELD_SEPARATOR.join(dict.fromkeys(key for key in keys if key))


def search_index(entries: Iterable[tuple[str, Iterable[str | None]]]) -> dict[str, Any]:
    """The JSON written to ``assets/search-index.json``: ``{"v": 1, "items": {id: text}}``."""
    return {"v": 1, "items": {rid: search_text(values) for rid, values in entries}}
