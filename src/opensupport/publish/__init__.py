"""Publishing: every open-data format written from the model, one module per format.

``publish_data()`` writes ``data/`` of a build: the Data Package, GeoJSON, the HSDS feed,
自治体標準 公共施設一覧, iCalendar, the DCAT and CKAN records and a README, and returns a
Summary of what it wrote and left out. Publishers read only the model (``opensupport.model``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

from ..model import Directory
from . import parallel
from .calendar import write_calendar
from .catalog import write_catalog
from .datapackage import write_datapackage
from .files import Context, Written
from .geojson import write_geojson
from .hsds import write_hsds
from .public_facility import write_public_facility
from .readme import write_readme
from .summary import Summary

__all__ = ["Context", "Summary", "Written", "context_for", "publish_data"]

JST = timezone(timedelta(hours=9))
Writer = Callable[[Directory, Path, Context], list[Written]]
WRITERS: list[Writer] = [
    write_datapackage,
    write_geojson,
    write_hsds,
    write_public_facility,
    write_calendar,
]


def context_for(directory: Directory, build_time: datetime) -> Context:
    """The publishing context: the build time (UTC), its date in Japan, the site URL."""
    utc = build_time.astimezone(UTC)
    return Context(build_time=utc, today=utc.astimezone(JST).date(), base_url=directory.site_url)


def publish_data(directory: Directory, data_dir: Path, build_time: datetime) -> Summary:
    """Write every data format into ``data_dir`` and summarise what was written."""
    ctx = context_for(directory, build_time)
    written = _write_formats(directory, data_dir, ctx)
    written += write_catalog(directory, data_dir, ctx, written)
    written.append(write_readme(directory, data_dir, ctx, written))
    return Summary(
        resources=len(directory.resources), excluded=dict(directory.excluded), written=written
    )


def _write_formats(directory: Directory, data_dir: Path, ctx: Context) -> list[Written]:
    """Every writer's files, listed in ``WRITERS`` order. The HSDS feed, about half of the work,
    is written by a second process beside the others when the build can share its work (see
    :mod:`.parallel`); each format writes its own files, so the bytes are the same."""
    apart = [w for w in WRITERS if w is write_hsds]
    rest = [w for w in WRITERS if w is not write_hsds]

    def run(writers: list[Writer]) -> list[list[Written]]:
        return [writer(directory, data_dir, ctx) for writer in writers]

    worth_it = len(directory.resources) >= parallel.MIN_ITEMS
    mine, theirs = parallel.in_two(lambda: run(rest), lambda: run(apart), worth_it=worth_it)
    done = dict(zip(rest + apart, mine + theirs, strict=True))
    return [item for writer in WRITERS for item in done[writer]]
