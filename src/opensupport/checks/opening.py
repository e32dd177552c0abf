"""Opening times: every part of the cell must follow the grammar (else a warning)."""

from __future__ import annotations

from collections.abc import Iterator

from ..read import Row
from ..report import Issue
from ..schedule import parse_schedule
from .context import Context


def check_schedule(ctx: Context, row: Row) -> Iterator[Issue]:
    text = row.get("schedule")
    if not text:
        return
    for fragment in parse_schedule(text).failed:
        yield ctx.issue("schedule-unparsed", row, "schedule", fragment=fragment)
