"""The schema in ``schema/``, loaded once: fields, taxonomies and the config JSON Schema.

Everything else derives from this: the frictionless Table Schema used to validate, the column
names a reader accepts, the Excel input sheet, the guide's field reference.
"""

from __future__ import annotations

import csv
import json
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from .errors import OpenSupportError

REQUIRED, RECOMMENDED, OPTIONAL, INTERNAL = "required", "recommended", "optional", "internal"

# Keys of a field descriptor that belong to the Table Schema standard; the rest are ours.
_STANDARD_KEYS = {
    "name",
    "title",
    "description",
    "type",
    "format",
    "constraints",
    "delimiter",
    "itemType",
    "example",
}


def package_dir(name: str, marker: str) -> Path:
    """Where a shipped folder (``schema``, ``template``) is: inside the wheel as ``_name``, or at
    the root of a source checkout. ``marker`` is a file that must be in it."""
    here = Path(__file__).resolve().parent
    for candidate in (here / f"_{name}", here.parents[1] / name):
        if (candidate / marker).is_file():
            return candidate
    raise OpenSupportError(
        f"{name}/ フォルダが見つかりません（インストールが壊れています）。",
        f"The {name}/ folder is missing (broken installation).",
    )


def schema_dir() -> Path:
    return package_dir("schema", "resources.schema.json")


def fold(text: str) -> str:
    """The key used to compare what a person typed with a name or label."""
    return unicodedata.normalize("NFKC", text).strip().casefold().replace(" ", "")


@dataclass(frozen=True)
class Term:
    code: str
    ja: str
    en: str
    description: str


@dataclass(frozen=True)
class Taxonomy:
    name: str
    terms: tuple[Term, ...]
    _lookup: dict[str, str] = field(default_factory=dict, compare=False, repr=False)
    _terms: dict[str, Term] = field(default_factory=dict, compare=False, repr=False)

    @property
    def codes(self) -> list[str]:
        return [t.code for t in self.terms]

    def code_for(self, value: str) -> str | None:
        """The code for a code, Japanese label or English label as typed; None if unknown."""
        return self._lookup.get(fold(value))

    def term(self, code: str) -> Term | None:
        return self._terms.get(code)

    def label(self, code: str, lang: str = "ja") -> str:
        term = self.term(code)
        if term is None:
            return code
        return term.ja if lang == "ja" else term.en


@dataclass(frozen=True)
class Field:
    name: str
    title: str
    title_en: str
    type: str
    level: str
    description: str
    description_en: str
    example: Any = None
    taxonomy: str | None = None
    constraints: dict[str, Any] = field(default_factory=dict)
    descriptor: dict[str, Any] = field(default_factory=dict, repr=False)

    @property
    def is_list(self) -> bool:
        return self.type == "list"

    @property
    def required(self) -> bool:
        return self.level == REQUIRED

    @property
    def internal(self) -> bool:
        return self.level == INTERNAL

    def label(self, lang: str = "ja") -> str:
        return self.title if lang == "ja" else self.title_en


@dataclass(frozen=True)
class Schema:
    fields: tuple[Field, ...]
    taxonomies: dict[str, Taxonomy]
    descriptor: dict[str, Any]
    config: dict[str, Any]
    _headers: dict[str, str] = field(default_factory=dict, compare=False, repr=False)
    _index: dict[str, Field] = field(default_factory=dict, compare=False, repr=False)

    def field(self, name: str) -> Field:
        return self._index[name]

    @property
    def names(self) -> list[str]:
        return [f.name for f in self.fields]

    def field_for_header(self, header: str) -> Field | None:
        """The field a column header means: its name, Japanese title or English title."""
        name = self._headers.get(fold(header))
        return self.field(name) if name else None

    def taxonomy_for(self, fld: Field) -> Taxonomy | None:
        return self.taxonomies.get(fld.taxonomy) if fld.taxonomy else None

    def table_schema(self, public: bool = False) -> dict[str, Any]:
        """A standard Table Schema descriptor (our extra keys removed; ``public`` drops internal
        fields)."""
        fields = [
            {k: v for k, v in f.descriptor.items() if k in _STANDARD_KEYS}
            for f in self.fields
            if not (public and f.internal)
        ]
        return {"fields": fields, "primaryKey": ["id"], "missingValues": [""]}


def _read_taxonomy(path: Path) -> Taxonomy:
    with path.open(encoding="utf-8", newline="") as fh:
        terms = tuple(
            Term(r["code"], r["ja"], r["en"], r.get("description") or "")
            for r in csv.DictReader(fh)
        )
    lookup: dict[str, str] = {}
    for term in terms:
        for key in (term.en, term.ja, term.code):
            lookup[fold(key)] = term.code
    return Taxonomy(path.stem, terms, lookup, {t.code: t for t in terms})


def _make_field(d: dict[str, Any]) -> Field:
    return Field(
        name=d["name"],
        title=d["title"],
        title_en=d["titleEn"],
        type=d["type"],
        level=d["level"],
        description=d.get("description", ""),
        description_en=d.get("descriptionEn", ""),
        example=d.get("example"),
        taxonomy=d.get("taxonomy"),
        constraints=dict(d.get("constraints", {})),
        descriptor=d,
    )


@cache
def load_schema() -> Schema:
    """Load and check ``schema/`` (once per process)."""
    root = schema_dir()
    descriptor = json.loads((root / "resources.schema.json").read_text(encoding="utf-8"))
    fields = tuple(_make_field(d) for d in descriptor["fields"])
    taxonomies = {p.stem: _read_taxonomy(p) for p in sorted((root / "taxonomies").glob("*.csv"))}
    for f in fields:
        if f.taxonomy and f.taxonomy not in taxonomies:
            raise OpenSupportError(
                f"分類表 {f.taxonomy}.csv がありません。", f"Taxonomy {f.taxonomy}.csv is missing."
            )
    headers: dict[str, str] = {}
    for f in fields:
        for key in (f.title_en, f.title, f.name):
            headers[fold(key)] = f.name
    config = json.loads((root / "config.schema.json").read_text(encoding="utf-8"))
    index = {f.name: f for f in fields}
    return Schema(fields, taxonomies, descriptor, config, headers, index)
