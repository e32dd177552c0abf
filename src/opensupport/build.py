"""``build()``: validate an area, build the model once, and write one deployable folder.

The folder (default ``AREA/_site``) holds ``data/`` (every open-data format, see
:mod:`opensupport.publish`) and the website beside it (:mod:`opensupport.site`). Output
goes to a temporary folder next to OUT and replaces OUT only when complete, so a failed build
leaves the previous one intact. ``SOURCE_DATE_EPOCH`` fixes every date and time written, so the
same input gives byte-identical output.
"""

from __future__ import annotations

import gc
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from .area import Area, load_area
from .errors import OpenSupportError
from .model import Directory, build_model
from .publish import JST, publish_data
from .publish.summary import Summary
from .report import Report
from .schema import load_schema
from .site import site_writer
from .validate import validate_table

DATA = "data"
DEFAULT_OUT = "_site"
MARKER = f"{DATA}/datapackage.json"  # what shows that a folder is an earlier build

# Writers called after data/ is written, each into OUT (not data/): (directory, out_dir, area).
SITE_WRITERS: list[Callable[[Directory, Path, Area], None]] = [site_writer]


@dataclass
class BuildResult:
    """The validation report, and when valid the summary of what was written to ``out``."""

    report: Report
    out: Path
    summary: Summary | None = None

    @property
    def ok(self) -> bool:
        return self.summary is not None


def build(
    area_path: str | Path,
    out: str | Path | None = None,
    *,
    lang: str = "ja",
    today: date | None = None,
) -> BuildResult:
    """Validate the area; when there are no errors, write OUT (default ``AREA/_site``).

    On errors nothing is written and the result holds the report. Raises OpenSupportError when
    the area folder does not exist or OUT is not a folder a build may replace. ``today`` is the
    date validation and alert expiry use (default: the build date in Japan); every date and time
    written comes from the build time (``SOURCE_DATE_EPOCH`` when set).
    """
    area_path = Path(area_path)
    if not area_path.is_dir():
        what = "フォルダではありません" if area_path.exists() else "ありません"
        raise OpenSupportError(
            f"エリアのフォルダ「{area_path}」が{what}。",
            f"Area folder '{area_path}' does not exist or is not a folder.",
            file=str(area_path),
        )
    out_dir = Path(out) if out is not None else area_path / DEFAULT_OUT
    build_time = build_time_now()
    today = today or context_for_date(build_time)
    with _frozen() as freeze:
        report, table = validate_table(area_path, lang=lang, today=today)
        if not report.valid or table is None:
            return BuildResult(report, out_dir)
        check_out(out_dir, area_path)
        area = load_area(area_path)
        directory = build_model(table, area.config, load_schema(), today=today)
        freeze()
        summary = _write(out_dir, lambda tmp: _publish(directory, area, tmp, build_time))
    return BuildResult(report, out_dir, summary)


@contextmanager
def _frozen() -> Iterator[Callable[[], None]]:
    """Keep the garbage collector from scanning, collection after collection, what a build
    keeps to its end (modules, the table, the model): ``gc.freeze()`` puts everything allocated
    so far out of its reach, here and again when called, until the build ends."""
    gc.freeze()
    try:
        yield gc.freeze
    finally:
        gc.unfreeze()


def build_time_now() -> datetime:
    """Now in UTC, or ``SOURCE_DATE_EPOCH`` when set (reproducible builds)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch:
        try:
            return datetime.fromtimestamp(int(epoch), tz=UTC)
        except ValueError as err:
            raise OpenSupportError(
                f"SOURCE_DATE_EPOCH「{epoch}」は整数の秒ではありません。",
                f"SOURCE_DATE_EPOCH '{epoch}' is not whole seconds.",
            ) from err
    return datetime.now(UTC).replace(microsecond=0)


def context_for_date(build_time: datetime) -> date:
    """The build date in Japan."""
    return build_time.astimezone(JST).date()


def check_out(out_dir: Path, area_path: Path) -> None:
    """Refuse an OUT that a build must not replace: the area itself, one of its parents, or a
    non-empty folder that is not an earlier build."""
    out_abs, area_abs = out_dir.resolve(), area_path.resolve()
    if out_abs == area_abs or out_abs in area_abs.parents:
        raise OpenSupportError(
            f"出力先「{out_dir}」はエリアのフォルダそのものか、その親です。",
            f"OUT '{out_dir}' is the area folder or one of its parents.",
        )
    if out_dir.exists() and not out_dir.is_dir():
        raise OpenSupportError(
            f"出力先「{out_dir}」はフォルダではありません。", f"OUT '{out_dir}' is not a folder."
        )
    if out_dir.is_dir() and any(out_dir.iterdir()) and not (out_dir / MARKER).is_file():
        raise OpenSupportError(
            f"出力先「{out_dir}」には以前のビルドでないファイルがあるので、置き換えません。",
            f"OUT '{out_dir}' holds files that are not an earlier build; not replacing it.",
        )


def _publish(directory: Directory, area: Area, tmp: Path, build_time: datetime) -> Summary:
    summary = publish_data(directory, tmp / DATA, build_time)
    for writer in SITE_WRITERS:  # the website, next to data/
        writer(directory, tmp, area)
    return summary


def _write(out_dir: Path, fill: Callable[[Path], Summary]) -> Summary:
    """Fill a temporary folder beside OUT, then swap it in; on failure remove it, keep OUT."""
    parent = out_dir.absolute().parent
    parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.new-", dir=parent))
    try:
        summary = fill(tmp)
        tmp.chmod(0o755)
        _swap(tmp, out_dir.absolute())
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return summary


def _swap(tmp: Path, out_dir: Path) -> None:
    """Rename the new folder to OUT; the old one is renamed aside first, then removed."""
    if not out_dir.exists():
        tmp.rename(out_dir)
        return
    old = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.old-", dir=out_dir.parent))
    old.rmdir()
    out_dir.rename(old)
    try:
        tmp.rename(out_dir)
    except BaseException:
        old.rename(out_dir)
        raise
    shutil.rmtree(old, ignore_errors=True)
