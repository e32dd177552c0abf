"""Near-duplicate names in the same municipality (same ids are caught by the structure layer)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from ..report import Issue
from .context import Context

_VARIANTS = (("子ども", "こども"), ("子供", "こども"), ("コドモ", "こども"))
_NOISE = re.compile(r"[\s・･\-‐ー－「」『』（）()【】〔〕\[\].,、。]")


def name_key(name: str) -> str:
    """Width, kana, spaces, punctuation and 子ども/こども/子供 folded away."""
    text = unicodedata.normalize("NFKC", name)
    text = "".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ヶ" else c for c in text)
    for variant, canonical in _VARIANTS:
        text = text.replace(variant, canonical)
    return _NOISE.sub("", text).casefold()


def check_near_duplicates(ctx: Context) -> Iterator[Issue]:
    seen: dict[tuple[str, str], object] = {}
    for row in ctx.table.rows:
        if not row.get("name"):
            continue
        key = (row.get("municipality"), name_key(row.get("name")))
        first = seen.setdefault(key, row)
        if first is not row:
            yield ctx.issue(
                "near-duplicate", row, "name", other=first.get("name"), other_row=first.row
            )
