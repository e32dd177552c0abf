"""Structural validation through frictionless, with our Table Schema (never an inferred one).

Types, required cells, patterns, ranges, the unique ``id`` and the foreign keys from single-code
fields to the taxonomy tables are checked by frictionless; its errors are translated into our
Issues, located by the user's row and column.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from .read import Table
from .report import Issue
from .schema import Field, Schema

_TYPE_CODES = {
    "date": "bad-date",
    "integer": "bad-integer",
    "number": "bad-number",
    "boolean": "bad-boolean",
}
_PATTERN_CODES = {"id": "unsafe-id"}
# Fields whose format the rule layer checks with a more precise message.
_RULE_PATTERNS = {"municipality", "postal_code", "corporate_number"}
# Coordinates out of range are named by the rule layer (outside Japan, or swapped).
_RULE_RANGES = {"latitude", "longitude"}
_POSITION = re.compile(r"position (\d+)")


def check_structure(table: Table, schema: Schema) -> Iterator[Issue]:
    """Validate the table's rows with frictionless and yield our Issues."""
    if not table.rows:
        return
    from frictionless import Package, Resource
    from frictionless import Schema as FrictionlessSchema

    names = [f.name for f in schema.fields if f.name in table.columns]
    descriptor = _descriptor(schema, names)
    data = _Rows([names])
    data += [[row.values.get(n) or None for n in names] for row in table.rows]
    resource = Resource(
        name="resources", data=data, schema=FrictionlessSchema.from_descriptor(descriptor)
    )
    package = Package(resources=[resource, *_taxonomy_resources(schema, descriptor)])
    report = package.validate(limit_errors=10**9)
    for task in report.tasks:
        for error in task.errors:
            issue = _translate(error, table, schema)
            if issue is not None:
                yield issue


class _Rows(list[list[Any]]):
    """The cells for frictionless. It copies its descriptors, inline data included, several
    times while validating; nothing changes the rows, so a copy is the rows themselves."""

    def __deepcopy__(self, memo: dict[int, Any]) -> _Rows:
        return self


def _descriptor(schema: Schema, names: list[str]) -> dict[str, Any]:
    full = schema.table_schema()
    fields = [f for f in full["fields"] if f["name"] in names]
    foreign_keys = [
        {"fields": [f.name], "reference": {"resource": f.taxonomy, "fields": ["code"]}}
        for f in schema.fields
        if f.name in names and f.taxonomy and not f.is_list
    ]
    return {
        "fields": fields,
        "primaryKey": ["id"] if "id" in names else [],
        "foreignKeys": foreign_keys,
        "missingValues": [""],
    }


def _taxonomy_resources(schema: Schema, descriptor: dict[str, Any]) -> list[Any]:
    from frictionless import Resource

    wanted = {fk["reference"]["resource"] for fk in descriptor["foreignKeys"]}
    return [
        Resource(name=name, data=[["code"], *[[c] for c in schema.taxonomies[name].codes]])
        for name in sorted(wanted)
    ]


def _translate(error: Any, table: Table, schema: Schema) -> Issue | None:
    row_number = getattr(error, "row_number", None)
    if row_number is None or error.type in ("primary-key", "blank-row"):
        return None
    row = table.rows[row_number - 2]
    if error.type == "foreign-key":
        name = error.field_names[0]
        return _issue("unknown-code", table, row, schema.field(name), schema)
    fld = schema.field(error.field_name)
    if error.type == "type-error":
        return _issue(_TYPE_CODES.get(fld.type, "bad-pattern"), table, row, fld, schema)
    if error.type == "unique-error":
        other = _POSITION.search(error.note or "")
        other_row = table.rows[int(other[1]) - 2].row if other else "?"
        return _issue("duplicate-id", table, row, fld, schema, other_row=other_row)
    if error.type == "constraint-error":
        return _constraint(error.note or "", table, row, fld, schema)
    return None


def _constraint(note: str, table: Table, row: Any, fld: Field, schema: Schema) -> Issue | None:
    if '"required"' in note:
        return _issue(
            "required-missing",
            table,
            row,
            fld,
            schema,
            hint=fld.description,
            hint_en=fld.description_en,
        )
    if '"pattern"' in note:
        if fld.name in _RULE_PATTERNS:
            return None
        return _issue(
            _PATTERN_CODES.get(fld.name, "bad-pattern"),
            table,
            row,
            fld,
            schema,
            example=fld.example,
        )
    if '"maxLength"' in note:
        value = row.get(fld.name)
        limit = fld.constraints.get("maxLength")
        code = "id-too-long" if fld.name == "id" else "too-long"
        return _issue(code, table, row, fld, schema, length=len(value), limit=limit)
    if ('"minimum"' in note or '"maximum"' in note) and fld.name not in _RULE_RANGES:
        c = fld.constraints
        return _issue(
            "out-of-range",
            table,
            row,
            fld,
            schema,
            range=f"{c.get('minimum', '')}〜{c.get('maximum', '')}",
        )
    return None


def _issue(code: str, table: Table, row: Any, fld: Field, schema: Schema, **params: Any) -> Issue:
    if code == "unknown-code":
        params.update(choices_params(schema, fld))
    return Issue(
        code,
        table.file,
        row=row.row,
        line=row.line,
        column=table.column(fld.name),
        field=fld.name,
        value=row.raw.get(fld.name, "").strip(),
        col=table.positions.get(fld.name),
        params=params,
    )


def choices_params(schema: Schema, fld: Field) -> dict[str, str]:
    """The list of allowed values, for a message: labels in Japanese, codes in English."""
    taxonomy = schema.taxonomy_for(fld)
    if taxonomy is None:
        return {}
    return {
        "choices": "、".join(t.ja for t in taxonomy.terms),
        "choices_en": ", ".join(f"{t.code} ({t.en})" for t in taxonomy.terms),
    }
