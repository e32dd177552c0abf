"""The rule layer: checks that run after the structure is known to be sound.

Each check is a function ``(ctx, row) -> Iterator[Issue]`` (per row) or ``(ctx) -> Iterator[Issue]``
(across rows). Checks never raise on bad data; they yield Issues.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..report import Issue
from .context import Context
from .registry import ROW_CHECKS, TABLE_CHECKS

__all__ = ["Context", "run_checks"]


def run_checks(ctx: Context) -> Iterator[Issue]:
    for row in ctx.table.rows:
        for check in ROW_CHECKS:
            yield from check(ctx, row)
    for table_check in TABLE_CHECKS:
        yield from table_check(ctx)
