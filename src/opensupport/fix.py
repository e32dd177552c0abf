"""``fix()``: write a normalised copy of a CSW's sheet and say what changed, cell by cell.

What it changes: stray spaces, full-width digits and letters in codes, numbers, dates, phone
numbers and URLs; hyphen variants; phone numbers into national format; 5-digit municipality codes
completed with their check digit (and a leading zero Excel dropped put back); postal codes as
NNN-NNNN; dates as YYYY-MM-DD; CSV saved as UTF-8 with BOM. Labels stay labels: a CSW reads them.
What it cannot fix is listed, never guessed. The source is never overwritten unless
``in_place``, and then only after a timestamped backup.
"""

from __future__ import annotations

import csv
import io
import shutil
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from .area import display_path, load_area
from .errors import OpenSupportError
from .fileio import write_atomic
from .normalise import strip
from .read import Table, load_cells
from .report import Issue
from .validate import validate, validate_table

# Fields whose canonical text replaces what was typed.
_CANONICAL = {
    "id",
    "municipality",
    "service_area",
    "postal_code",
    "phone",
    "corporate_number",
    "email",
    "url",
    "form_url",
    "line_url",
    "age_min",
    "age_max",
    "latitude",
    "longitude",
    "alert_until",
    "last_verified",
    "listing_consent_date",
    "languages",
}


@dataclass(frozen=True)
class Change:
    row: int
    column: str
    before: str
    after: str


@dataclass
class FixResult:
    source: str
    output: str
    changes: list[Change] = field(default_factory=list)
    remaining: list[Issue] = field(default_factory=list)
    backup: str | None = None
    encoding_changed: str | None = None

    @property
    def clean(self) -> bool:
        return not self.remaining


def fix(
    target: str | Path,
    out: str | Path | None = None,
    *,
    in_place: bool = False,
    sheet: str | None = None,
    lang: str = "ja",
) -> FixResult:
    """Normalise ``target`` (an area folder or a CSV/xlsx file) into ``out``."""
    source = _data_file(Path(target))
    _, table = validate_table(source, sheet=sheet, lang=lang)
    if table is None or not table.rows:
        raise OpenSupportError(
            "直す行がありません（表として読めないか、データの行がありません）。"
            "opensupport validate の結果を確かめてください。",
            "There are no rows to fix (the file is not a readable table, or it has no entries); "
            "see what opensupport validate reports.",
            file=display_path(source),
        )
    output = _output_path(source, out, in_place)
    changes = list(_changes(table))
    result = FixResult(display_path(source), display_path(output), changes)
    if in_place:
        result.backup = display_path(_backup(source))
    if source.suffix.lower() == ".csv":
        if table.encoding not in ("utf-8-sig",):
            result.encoding_changed = table.encoding
        write_atomic(output, _csv_bytes(source, sheet, changes, table))
    else:
        _write_xlsx(source, output, sheet, changes, table)
    result.remaining = validate(output, sheet=sheet, lang=lang).errors
    return result


def _data_file(target: Path) -> Path:
    if not target.is_dir():
        if not target.exists():
            raise OpenSupportError(f"「{target}」がありません。", f"'{target}' does not exist.")
        return target
    area = load_area(target)
    if area.data_path is None:
        raise OpenSupportError(
            "データファイルが見つかりません。", "No data file found.", file=str(target)
        )
    return area.data_path


def _output_path(source: Path, out: str | Path | None, in_place: bool) -> Path:
    if in_place:
        return source
    output = Path(out) if out else source.with_name(f"{source.stem}.fixed{source.suffix}")
    if output.resolve() == source.resolve():
        raise OpenSupportError(
            "出力先が元のファイルと同じです。上書きするには --in-place を使います。",
            "The output is the source file; use --in-place to overwrite it.",
        )
    return output


def _backup(source: Path) -> Path:
    stamp = datetime.now().strftime("%Y%m%dT%H%M%S")
    backup = source.with_name(f"{source.name}.{stamp}.bak")
    shutil.copy2(source, backup)
    return backup


def _changes(table: Table) -> list[Change]:
    changes = []
    for row in table.rows:
        for name, raw in row.raw.items():
            after = row.values[name] if name in _CANONICAL else strip(raw)
            if after != raw:
                changes.append(Change(row.row, table.column(name), raw, after))
    return changes


def _positions(table: Table) -> dict[str, int]:
    return {table.column(name): index for name, index in table.positions.items()}


def _csv_bytes(source: Path, sheet: str | None, changes: list[Change], table: Table) -> bytes:
    grid = {number: cells for number, _, cells in load_cells(source, sheet)}
    positions = _positions(table)
    for change in changes:
        cells = grid[change.row]
        cells[positions[change.column] - 1] = change.after
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    for number in sorted(grid):
        writer.writerow(grid[number])
    return buffer.getvalue().encode("utf-8-sig")


def _write_xlsx(
    source: Path, output: Path, sheet: str | None, changes: list[Change], table: Table
) -> None:
    import openpyxl

    book = openpyxl.load_workbook(source)
    ws = book[sheet] if sheet else book.worksheets[0]
    positions = _positions(table)
    for change in changes:
        ws.cell(row=change.row, column=positions[change.column]).value = change.after
    buffer = io.BytesIO()
    book.save(buffer)
    write_atomic(output, buffer.getvalue())
