"""Recommended fields that are empty, and list cells with unknown codes."""

from __future__ import annotations

from collections.abc import Iterator

from ..read import Row
from ..report import Issue
from ..schema import RECOMMENDED, Field
from ..structure import choices_params
from .context import Context


def check_recommended(ctx: Context, row: Row) -> Iterator[Issue]:
    """An empty recommended cell is published as 確認中; say so, once per cell."""
    for fld in ctx.once("recommended", lambda: _recommended(ctx)):
        if row.get(fld.name):
            continue
        if fld.name == "last_verified":
            yield ctx.issue("unverified", row, fld.name)
        else:
            yield ctx.issue(
                "recommended-missing",
                row,
                fld.name,
                hint=fld.description,
                hint_en=fld.description_en,
            )


def _recommended(ctx: Context) -> list[Field]:
    """The recommended fields with a column in the table."""
    return [f for f in ctx.schema.fields if f.level == RECOMMENDED and f.name in ctx.table.columns]


def check_list_codes(ctx: Context, row: Row) -> Iterator[Issue]:
    """Every item of a list cell with a taxonomy must be one of its codes."""
    for fld, known in ctx.once("list-codes", lambda: _list_codes(ctx)):
        if not row.get(fld.name):
            continue
        for item in row.get(fld.name).split(";"):
            if item not in known:
                yield ctx.issue(
                    "unknown-code", row, fld.name, value=item, **choices_params(ctx.schema, fld)
                )


def _list_codes(ctx: Context) -> list[tuple[Field, set[str]]]:
    """The list fields with a taxonomy, and its codes."""
    found = []
    for fld in ctx.schema.fields:
        taxonomy = ctx.schema.taxonomy_for(fld)
        if fld.is_list and taxonomy is not None:
            found.append((fld, set(taxonomy.codes)))
    return found
