"""What every publisher shares: the build context, the record of a written file, and writers
that always produce the same bytes for the same input (UTF-8, ``\\n`` line ends, stable order)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

# Why a resource was left out of one output (summary words: see summary.py).
LOCATION_NOT_PUBLIC = "location-not-public"
NO_POINT = "no-point"
NOT_ACTIVE = "not-active"
NO_SCHEDULE = "no-schedule"


@dataclass(frozen=True)
class Context:
    """When the build happened and where the site will live.

    ``build_time`` is UTC (``SOURCE_DATE_EPOCH`` when set); ``today`` is the build date in Japan.
    ``base_url`` is config ``site.url`` without the trailing slash, or ``""``: then links are
    relative (to the site root for pages, to ``data/`` for files).
    """

    build_time: datetime
    today: date
    base_url: str = ""

    def page_url(self, resource_id: str) -> str:
        """The URL of a resource's page on the site."""
        path = f"r/{resource_id}/"
        return f"{self.base_url}/{path}" if self.base_url else path

    def data_url(self, path: str) -> str:
        """The URL of a file in ``data/``."""
        return f"{self.base_url}/data/{path}" if self.base_url else path

    @property
    def version(self) -> str:
        """The package version: the build date as CalVer (``2026.2.10``)."""
        return f"{self.today.year}.{self.today.month}.{self.today.day}"


@dataclass(frozen=True)
class Written:
    """One file written under ``data/``: what it is, and which resources it holds."""

    path: str  # relative to data/, with "/"
    title_ja: str
    title_en: str
    media_type: str
    count: int | None = None  # resources it holds (None: not a per-resource file)
    left_out: tuple[tuple[str, int], ...] = ()  # (reason, how many)
    listed: bool = True  # a distribution of its own in the catalogs


@dataclass
class Counter:
    """Counts the resources left out of one output, by reason."""

    reasons: dict[str, int] = field(default_factory=dict)

    def add(self, reason: str) -> None:
        self.reasons[reason] = self.reasons.get(reason, 0) + 1

    def items(self) -> tuple[tuple[str, int], ...]:
        return tuple(self.reasons.items())


def write_text(path: Path, text: str, *, bom: bool = False) -> None:
    """Write UTF-8 text (with a BOM for Excel when asked), creating folders."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(("\ufeff" if bom else "").encode() + text.encode("utf-8"))


def write_json(path: Path, data: Any) -> None:
    """Pretty, stable JSON: keys in the order built, non-ASCII kept, newline at the end."""
    write_text(path, json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def write_csv(
    path: Path,
    header: Sequence[str],
    rows: Iterable[Sequence[Any]],
    *,
    bom: bool = False,
    quote_text: bool = False,
) -> None:
    """Write a CSV. ``quote_text`` quotes every text cell (numbers stay bare), so that codes and
    phone numbers are read as text; lines end with CRLF as RFC 4180 and Excel expect."""
    buffer = io.StringIO()
    quoting = csv.QUOTE_NONNUMERIC if quote_text else csv.QUOTE_MINIMAL
    writer = csv.writer(buffer, quoting=quoting, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    write_text(path, buffer.getvalue(), bom=bom)


def clean(value: Any) -> Any:
    """Drop ``None``, empty strings and empty containers, recursively (no JSON nulls)."""
    if isinstance(value, dict):
        items = ((k, clean(v)) for k, v in value.items())
        return {k: v for k, v in items if not _blank(v)}
    if isinstance(value, list):
        return [v for v in (clean(v) for v in value) if not _blank(v)]
    return value


def _blank(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == {}
