"""The Frictionless Data Package (v2): the canonical open data of an area.

``datapackage.json`` describes ``resources.csv`` (public fields only, field names as headers,
codes as values), one label table per taxonomy (code, ja, en, description) under
``taxonomies/``, and ``municipalities.csv`` (the municipalities used, with their office points).
Single-code fields are foreign keys to the taxonomy tables and ``municipality`` to
``municipalities``, so ``frictionless validate data/datapackage.json`` checks the whole package.
Table Schema keys are camelCase as the standard says; conversion happens here only.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..model import Directory
from . import meta
from .files import Context, Written, write_csv, write_json

DESCRIPTOR = "datapackage.json"
PROFILE = "https://datapackage.org/profiles/2.0/datapackage.json"
# Constraints the validator only warns about: published data may break them, so they are not
# promised in the published schema.
_WARNING_CONSTRAINTS = ("maxLength",)
_MUNICIPALITY_FIELDS = [
    {
        "name": "code",
        "title": "全国地方公共団体コード",
        "type": "string",
        "constraints": {"required": True, "unique": True, "pattern": "^[0-9]{6}$"},
    },
    {"name": "prefecture", "title": "都道府県", "type": "string"},
    {"name": "name", "title": "市区町村名", "type": "string"},
    {"name": "kana", "title": "よみがな", "type": "string"},
    {"name": "latitude", "title": "役所の緯度", "type": "number"},
    {"name": "longitude", "title": "役所の経度", "type": "number"},
]
_TAXONOMY_FIELDS = [
    {
        "name": "code",
        "title": "コード",
        "type": "string",
        "constraints": {"required": True, "unique": True},
    },
    {"name": "ja", "title": "日本語", "type": "string"},
    {"name": "en", "title": "English", "type": "string"},
    {"name": "description", "title": "説明", "type": "string"},
]


def write_datapackage(directory: Directory, data_dir: Path, ctx: Context) -> list[Written]:
    """Write the tables and ``datapackage.json``; return what was written."""
    written = [_write_resources(directory, data_dir)]
    written += [_write_taxonomy(directory, name, data_dir) for name in taxonomy_names(directory)]
    written.append(_write_municipalities(directory, data_dir))
    write_json(data_dir / DESCRIPTOR, descriptor(directory, ctx))
    written.insert(
        0,
        Written(
            DESCRIPTOR,
            "データパッケージの説明（Frictionless Data Package v2）",
            "Data Package descriptor (Frictionless v2)",
            "application/json",
        ),
    )
    return written


def public_fields(directory: Directory) -> list[str]:
    return [f.name for f in directory.schema.fields if not f.internal]


def taxonomy_names(directory: Directory) -> list[str]:
    """The taxonomies that public fields use, in schema order."""
    names = [f.taxonomy for f in directory.schema.fields if f.taxonomy and not f.internal]
    return list(dict.fromkeys(n for n in names if n))


def _write_resources(directory: Directory, data_dir: Path) -> Written:
    names = public_fields(directory)
    rows = ([res.text(n) for n in names] for res in directory.resources)
    write_csv(data_dir / "resources.csv", names, rows)
    return Written(
        "resources.csv",
        "支援先の一覧",
        "Support resources",
        "text/csv",
        count=len(directory.resources),
    )


def _write_taxonomy(directory: Directory, name: str, data_dir: Path) -> Written:
    terms = directory.schema.taxonomies[name].terms
    path = f"taxonomies/{name}.csv"
    write_csv(
        data_dir / path,
        ["code", "ja", "en", "description"],
        ([t.code, t.ja, t.en, t.description] for t in terms),
    )
    return Written(path, "分類表", "Taxonomy", "text/csv")


def _write_municipalities(directory: Directory, data_dir: Path) -> Written:
    rows = [
        [m.code, m.prefecture, m.name, m.kana or "", _number(m.latitude), _number(m.longitude)]
        for m in directory.used_municipalities()
    ]
    write_csv(data_dir / "municipalities.csv", [f["name"] for f in _MUNICIPALITY_FIELDS], rows)
    return Written(
        "municipalities.csv",
        "市町村（役所の地点つき）",
        "Municipalities (with office points)",
        "text/csv",
    )


def _number(value: float | None) -> str:
    return "" if value is None else repr(value)


# --- the descriptor ---------------------------------------------------------------------------


def descriptor(directory: Directory, ctx: Context) -> dict[str, Any]:
    """The ``datapackage.json`` content."""
    lic = meta.license_of(directory)
    publisher = directory.publisher
    contributor = {"title": publisher.get("name", ""), "roles": ["publisher"]}
    if publisher.get("url"):
        contributor["path"] = publisher["url"]
    if publisher.get("email"):
        contributor["email"] = publisher["email"]
    package: dict[str, Any] = {
        "$schema": PROFILE,
        "name": meta.identifier(directory),
        "title": meta.title(directory),
        "description": meta.description(directory),
        "version": ctx.version,
        "created": ctx.build_time.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "keywords": meta.keywords(directory),
        "licenses": [{"name": lic.code, "path": lic.url, "title": lic.title}],
        "sources": meta.sources(directory),
        "contributors": [contributor],
    }
    if directory.site_url:
        package["homepage"] = directory.site_url + "/"
    package["resources"] = [_resources_resource(directory)]
    package["resources"] += [_taxonomy_resource(directory, n) for n in taxonomy_names(directory)]
    package["resources"].append(
        _table(
            "municipalities",
            "municipalities.csv",
            "市町村（役所の地点つき）",
            _MUNICIPALITY_FIELDS,
            ["code"],
        )
    )
    return package


def _resources_resource(directory: Directory) -> dict[str, Any]:
    schema = directory.schema.table_schema(public=True)
    for fld in schema["fields"]:
        constraints = {
            k: v for k, v in fld.get("constraints", {}).items() if k not in _WARNING_CONSTRAINTS
        }
        fld.pop("constraints", None)
        if constraints:
            fld["constraints"] = constraints
    schema["foreignKeys"] = _foreign_keys(directory)
    resource = _table("resources", "resources.csv", meta.title(directory), [], ["id"])
    resource["schema"] = schema
    return resource


def _foreign_keys(directory: Directory) -> list[dict[str, Any]]:
    keys = [
        {"fields": [f.name], "reference": {"resource": f.taxonomy, "fields": ["code"]}}
        for f in directory.schema.fields
        if f.taxonomy and not f.is_list and not f.internal
    ]
    keys.append(
        {
            "fields": ["municipality"],
            "reference": {"resource": "municipalities", "fields": ["code"]},
        }
    )
    return keys


def _taxonomy_resource(directory: Directory, name: str) -> dict[str, Any]:
    used_by = [f.title for f in directory.schema.fields if f.taxonomy == name]
    title = f"分類表：{'・'.join(used_by)}"
    return _table(name, f"taxonomies/{name}.csv", title, _TAXONOMY_FIELDS, ["code"])


def _table(
    name: str, path: str, title: str, fields: list[dict[str, Any]], key: list[str]
) -> dict[str, Any]:
    return {
        "name": name,
        "type": "table",
        "path": path,
        "title": title,
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "schema": {"fields": [dict(f) for f in fields], "primaryKey": key, "missingValues": [""]},
    }
