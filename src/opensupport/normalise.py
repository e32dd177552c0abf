"""How a cell as typed becomes canonical text: widths, hyphens, labels, dates, booleans.

Each function takes the stripped text of one cell and returns the canonical text, or the text
unchanged when it cannot be read (validation then names it). Nothing here raises on bad data.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from . import japan
from .schema import Field, Schema

# Characters people (and IMEs) type for a hyphen between digits.
HYPHENS = "‐‑‒–—―−ーｰ－﹣⁃"
_HYPHEN_TABLE = str.maketrans({c: "-" for c in HYPHENS})
# Characters that separate list items in one cell.
_LIST_SPLIT = re.compile(r"[;；、]")
_SPACES = re.compile(r"[ \t\u3000\u00a0]+")

_TRUE = {"true", "yes", "y", "1", "はい", "○", "〇", "◯", "有", "あり", "可"}
_FALSE = {"false", "no", "n", "0", "いいえ", "×", "✕", "無", "なし", "不可"}
_ERAS = {"令和": 2018, "r": 2018, "平成": 1988, "h": 1988}
_DATE_PATTERNS = (
    re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$"),
    re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日?$"),
)
_ERA_DATE = re.compile(r"^(令和|平成|r|h)(\d{1,2}|元)[年.](\d{1,2})[月.](\d{1,2})日?$")


_BLANKS = " \t\u3000\u00a0"


def strip(text: str) -> str:
    """Trim stray spaces (including full-width and non-breaking) and unify line breaks."""
    if "\n" not in text and "\r" not in text:  # one line, as most cells are
        return text.strip(_BLANKS)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(line.strip(_BLANKS) for line in text.split("\n")).strip("\n")


def nfkc(text: str) -> str:
    """Half-width digits and letters, one kind of hyphen, single spaces."""
    text = unicodedata.normalize("NFKC", text).translate(_HYPHEN_TABLE)
    return _SPACES.sub(" ", text).strip()


def split_list(text: str) -> list[str]:
    return [item for item in (strip(p) for p in _LIST_SPLIT.split(text)) if item]


def normalise_code(text: str, schema: Schema, fld: Field) -> str:
    """A code, Japanese label or English label becomes the code; unknown text is kept."""
    taxonomy = schema.taxonomy_for(fld)
    if taxonomy is None:
        return nfkc(text)
    return taxonomy.code_for(text) or nfkc(text)


def normalise_date(text: str) -> str:
    """2026/2/10, 2026年2月10日, 令和8年2月10日 → 2026-02-10; other text is kept."""
    value = nfkc(text).lower().replace(" ", "")
    for pattern in _DATE_PATTERNS:
        if m := pattern.match(value):
            return _iso(int(m[1]), int(m[2]), int(m[3])) or value
    if m := _ERA_DATE.match(value):
        year = 1 if m[2] == "元" else int(m[2])
        return _iso(_ERAS[m[1]] + year, int(m[3]), int(m[4])) or value
    return value


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def normalise_boolean(text: str) -> str:
    value = nfkc(text).lower()
    if value in _TRUE:
        return "true"
    if value in _FALSE:
        return "false"
    return value


def normalise_number(text: str, integer: bool) -> str:
    value = nfkc(text).replace(",", "").replace(" ", "")
    if integer:
        value = value.removesuffix("歳").removesuffix("才")
        if re.fullmatch(r"-?\d+\.0+", value):
            value = value.split(".")[0]
    return value


def normalise_cell(text: str, schema: Schema, fld: Field) -> str:
    """The canonical text of one cell of ``fld``."""
    text = strip(text)
    if not text:
        return ""
    if fld.is_list:
        items = split_list(text)
        if fld.taxonomy:
            items = [normalise_code(i, schema, fld) for i in items]
        elif fld.name == "service_area":
            items = [normalise_municipality(nfkc(i)) for i in items]
        elif fld.name == "languages":
            items = [nfkc(i).lower() for i in items]
        return ";".join(items)
    if fld.taxonomy:
        return normalise_code(text, schema, fld)
    return _SCALAR.get(fld.type, _text)(text, fld)


def _text(text: str, fld: Field) -> str:
    special = _SPECIAL.get(fld.name)
    if special:
        return special(nfkc(text))
    if fld.name in _ASCII_FIELDS:
        return nfkc(text)
    return text


def normalise_municipality(value: str) -> str:
    """A 5-digit code gets its check digit; a code whose leading zero Excel dropped gets it
    back. Anything else is kept for validation to name."""
    result = japan.check_lgcode(value.replace("-", "").replace(" ", ""))
    if result.status in ("ok", "completed", "lost-leading-zero") and result.code:
        return result.code
    return value


def normalise_postal(value: str) -> str:
    return japan.normalise_postal_code(value) or value


def normalise_phone(value: str) -> str:
    """The national format (048-571-1211), with an extension as ' 内線123'."""
    result = japan.check_phone(value)
    if result.national is None:
        return value
    return result.national + (f" 内線{result.extension}" if result.extension else "")


_SPECIAL = {
    "corporate_number": lambda v: v.replace("-", "").replace(" ", ""),
    "email": lambda v: v.removeprefix("mailto:").strip(),
    "municipality": normalise_municipality,
    "postal_code": normalise_postal,
    "phone": normalise_phone,
}


_ASCII_FIELDS = {
    "id",
    "municipality",
    "postal_code",
    "corporate_number",
    "phone",
    "email",
    "form_url",
    "line_url",
    "url",
}

_SCALAR = {
    "date": lambda t, f: normalise_date(t),
    "boolean": lambda t, f: normalise_boolean(t),
    "integer": lambda t, f: normalise_number(t, integer=True),
    "number": lambda t, f: normalise_number(t, integer=False),
}
