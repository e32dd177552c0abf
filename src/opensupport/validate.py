"""``validate()``: read → normalise → structure → rules, into one Report."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from .area import display_path, load_area
from .checks import Context, run_checks
from .read import Table, read
from .report import Report
from .schema import load_schema
from .structure import check_structure

Progress = Callable[[str], None]


def validate(
    target: str | Path,
    *,
    lang: str = "ja",
    sheet: str | None = None,
    today: date | None = None,
    progress: Progress | None = None,
) -> Report:
    """Validate an area folder (config + data) or a single CSV/Excel file.

    Never raises on bad data: every problem is an Issue in the returned Report. Raises
    OpenSupportError only when the target does not exist.
    """
    report, _ = validate_table(target, lang=lang, sheet=sheet, today=today, progress=progress)
    return report


def validate_table(
    target: str | Path,
    *,
    lang: str = "ja",
    sheet: str | None = None,
    today: date | None = None,
    progress: Progress | None = None,
) -> tuple[Report, Table | None]:
    """Like validate(), also returning the Table that was read (for fix, report and build)."""
    step = progress or (lambda stage: None)
    target = Path(target)
    report = Report(lang=lang)
    config: dict = {}
    data_path: Path | None = target
    if target.is_dir():
        area = load_area(target)
        report.extend(area.issues)
        config, data_path = area.config, area.data_path
        sheet = sheet or config.get("sheet")
    if data_path is None:
        return report, None
    step("read")
    table = read(data_path, sheet=sheet, display=display_path(data_path))
    report.files.append(table.file)
    report.extend(table.issues)
    report.rows = len(table.rows)
    schema = load_schema()
    step("structure")
    report.extend(check_structure(table, schema))
    step("rules")
    ctx = Context(table=table, schema=schema, today=today or date.today(), config=config)
    report.extend(run_checks(ctx))
    report.unverified = [
        r.get("id") or f"#{r.row}" for r in table.rows if not r.get("last_verified")
    ]
    return report, table
