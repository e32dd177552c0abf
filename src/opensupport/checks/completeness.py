"""Recommended fields that are empty, and list cells with unknown codes."""

from __future__ import annotations

from collections.abc import Iterator

from ..read import Row
from ..report import Issue
from ..schema import RECOMMENDED
from ..structure import choices_params
from .context import Context


def check_recommended(ctx: Context, row: Row) -> Iterator[Issue]:
    """An empty recommended cell is published as 確認中; say so, once per cell."""
    for fld in ctx.schema.fields:
        if fld.level != RECOMMENDED or fld.name not in ctx.table.columns or row.get(fld.name):
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


def check_list_codes(ctx: Context, row: Row) -> Iterator[Issue]:
    """Every item of a list cell with a taxonomy must be one of its codes."""
    for fld in ctx.schema.fields:
        taxonomy = ctx.schema.taxonomy_for(fld)
        if not fld.is_list or taxonomy is None or not row.get(fld.name):
            continue
        known = set(taxonomy.codes)
        for item in row.get(fld.name).split(";"):
            if item not in known:
                yield ctx.issue(
                    "unknown-code", row, fld.name, value=item, **choices_params(ctx.schema, fld)
                )
