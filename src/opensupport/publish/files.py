"""What every publisher shares: the build context, the record of a written file, and writers
that always produce the same bytes for the same input (UTF-8, ``\\n`` line ends, stable order)."""

from __future__ import annotations

import csv
import hashlib
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from .jsontext import pretty_utf8

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
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as fh:
        fh.writelines(pretty_utf8(data))


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


def uuid5(namespace: bytes, name: str) -> str:
    """``str(uuid.uuid5(UUID(bytes=namespace), name))``, without the UUID objects (a feed makes
    many ids)."""
    digest = bytearray(hashlib.sha1(namespace + name.encode()).digest()[:16])
    digest[6] = (digest[6] & 0x0F) | 0x50  # version 5
    digest[8] = (digest[8] & 0x3F) | 0x80  # the RFC 4122 variant
    x = digest.hex()
    return f"{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:]}"


def clean(value: Any) -> Any:
    """Drop ``None``, empty strings and empty containers, recursively (no JSON nulls)."""
    if isinstance(value, dict):
        items = ((k, _clean_item(v)) for k, v in value.items())
        return {k: v for k, v in items if v not in _BLANK}
    if isinstance(value, list):
        return [v for v in map(_clean_item, value) if v not in _BLANK]
    return value


def _clean_item(value: Any) -> Any:
    return clean(value) if isinstance(value, dict | list) else value


_BLANK = (None, "", [], {})  # compared with ``in``: by identity, then by ==
