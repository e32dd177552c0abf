"""What every check sees: the table, the schema, today's date and the area config."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any, TypeVar

from ..read import Row, Table
from ..report import Issue
from ..schema import Schema

T = TypeVar("T")


@dataclass
class Context:
    table: Table
    schema: Schema
    today: date
    config: dict[str, Any] = field(default_factory=dict)
    _once: dict[str, Any] = field(default_factory=dict, init=False, repr=False, compare=False)

    def once(self, key: str, compute: Callable[[], T]) -> T:
        """What ``compute`` returns, worked out once per table rather than once per row."""
        if key not in self._once:
            self._once[key] = compute()
        return self._once[key]

    def issue(
        self, code: str, row: Row, name: str, /, *, value: str | None = None, **params: Any
    ) -> Issue:
        """An Issue about field ``name`` of ``row``, located as the user sees it."""
        if value is None:
            value = row.raw.get(name, "").strip()
        return Issue(
            code,
            self.table.file,
            row=row.row,
            line=row.line,
            column=self.table.column(name),
            field=name,
            value=value,
            col=self.table.positions.get(name),
            params=params,
        )
