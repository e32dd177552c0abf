"""Reading a CSW's file: decode, find the header, map columns to fields, normalise cells.

``read()`` returns a Table whose rows keep both the cell as written and its canonical text, with
row numbers as the user sees them. Problems with the file itself are Issues on the Table; only a
missing file raises.
"""

from __future__ import annotations

import csv
import difflib
import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path

from .errors import OpenSupportError
from .normalise import normalise_cell, strip
from .report import Issue
from .schema import INTERNAL, RECOMMENDED, REQUIRED, Schema, load_schema

CSV_SUFFIXES = {".csv"}
XLSX_SUFFIXES = {".xlsx", ".xlsm"}
_SAVE_AS = {
    ".xls": ("古い形式のExcelファイル（.xls）です。", "This is an old-format Excel file (.xls)."),
    ".ods": ("LibreOffice / OpenOfficeの表（.ods）です。", "This is a LibreOffice sheet (.ods)."),
    ".numbers": ("Apple Numbersのファイルです。", "This is an Apple Numbers file."),
    ".tsv": ("タブ区切りのファイルです。", "This is a tab-separated file."),
}
_HEADER_SEARCH_ROWS = 10
_MAX_CELL = 10 * 1024 * 1024  # a long description is fine; the csv module's 128 KiB is not


@dataclass
class Row:
    """One entry: ``row`` as the spreadsheet shows it, ``line`` in the text file."""

    row: int
    line: int
    raw: dict[str, str]
    values: dict[str, str]

    def get(self, name: str) -> str:
        return self.values.get(name, "")


@dataclass
class Table:
    file: str
    columns: dict[str, str] = field(default_factory=dict)  # field → header as written
    positions: dict[str, int] = field(default_factory=dict)  # field → 1-based column
    rows: list[Row] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)
    encoding: str | None = None
    header_row: int = 1
    headers: list[str] = field(default_factory=list)  # every header cell as written

    def column(self, name: str) -> str:
        """The header the user wrote for a field (its Japanese title when absent)."""
        return self.columns.get(name) or load_schema().field(name).title


@dataclass
class _Raw:
    """Cells before mapping: (row, line, cells) triples, or the issue that stopped reading."""

    rows: list[tuple[int, int, list[str]]] = field(default_factory=list)
    encoding: str | None = None
    problem: Issue | None = None
    sheets: list[str] = field(default_factory=list)


def read(path: str | Path, *, sheet: str | None = None, display: str | None = None) -> Table:
    """Read a CSV or Excel file of resources into a Table (bad data becomes Issues)."""
    path = Path(path)
    name = display or str(path)
    if not path.exists():
        raise OpenSupportError(
            "ファイルまたはフォルダがありません。", "No such file or folder.", file=name
        )
    raw = _load(path, name, sheet)
    table = Table(file=name, encoding=raw.encoding)
    if raw.problem:
        table.issues.append(raw.problem)
        return table
    _build(table, raw.rows, load_schema(), raw.sheets)
    return table


def load_cells(path: Path, sheet: str | None = None) -> list[tuple[int, int, list[str]]]:
    """Every row of the file as (row, line, cells), blank rows included; [] when unreadable.

    For writers that must reproduce the whole file (``fix``); validation uses ``read()``."""
    raw = _load(path, str(path), sheet)
    return [] if raw.problem else raw.rows


def _load(path: Path, name: str, sheet: str | None) -> _Raw:
    suffix = path.suffix.lower()
    if path.is_dir() or suffix in _SAVE_AS:
        return _wrong_type(name, suffix or path.name)
    data = path.read_bytes()
    if not data.strip():
        return _Raw(problem=Issue("empty-file", name))
    if data[:4] == b"PK\x03\x04":
        return _load_zip(path, name, sheet)
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        return _wrong_type(name, ".xls")
    if suffix in CSV_SUFFIXES:
        return _load_csv(data, name)
    if suffix in XLSX_SUFFIXES:
        return _not_table(name, "Excelファイルとして開けません。", "It cannot be opened as Excel.")
    return _wrong_type(name, suffix or path.name)


def _wrong_type(name: str, suffix: str) -> _Raw:
    ja, en = _SAVE_AS.get(suffix, ("", ""))
    issue = Issue(
        "wrong-file-type",
        name,
        value=suffix,
        params={"detail": ja} | ({"detail_en": en} if en else {}),
    )
    return _Raw(problem=issue)


def _not_table(name: str, ja: str, en: str) -> _Raw:
    return _Raw(problem=Issue("not-a-table", name, params={"detail": ja, "detail_en": en}))


# --- CSV -------------------------------------------------------------------------------------


def decode(data: bytes) -> tuple[str | None, str | None, int | None]:
    """Decode the whole file as UTF-8 (with or without BOM) or CP932.

    Returns (text, encoding, bad_line); ``text`` is None when no encoding reads every byte.
    ``bad_line`` then names the first unreadable line under the likelier encoding: the one
    under which fewer lines fail (a CP932 file has many lines that are not UTF-8, and the
    other way round), so one stray byte is found where it is.
    """
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return None, "utf-16", None
    candidates = ["utf-8-sig"] if data[:3] == b"\xef\xbb\xbf" else ["utf-8", "cp932"]
    for encoding in candidates:
        try:
            return data.decode(encoding), encoding, None
        except UnicodeDecodeError:
            continue
    failing = {enc: _failing_lines(data, enc) for enc in candidates}
    best = min(candidates, key=lambda enc: (len(failing[enc]), failing[enc][:1]))
    return None, None, failing[best][0] if failing[best] else 1


def _failing_lines(data: bytes, encoding: str) -> list[int]:
    lines = []
    for number, line in enumerate(data.split(b"\n"), start=1):
        try:
            line.decode(encoding)
        except UnicodeDecodeError:
            lines.append(number)
    return lines


_BINARY = ("文字でないデータ（バイナリ）が含まれています。", "It contains binary data.")
_UTF16 = (
    "UTF-16のテキスト（Excelの「Unicode テキスト」）です。",
    "It is UTF-16 text (Excel's 'Unicode Text').",
)
_BAD_LINE = ("{line}行目に読めない文字があります。", "Line {line} has bytes that cannot be read.")


def _load_csv(data: bytes, name: str) -> _Raw:
    if b"\x00" in data and data[:2] not in (b"\xff\xfe", b"\xfe\xff"):
        return _not_table(name, *_BINARY)
    text, encoding, bad_line = decode(data)
    if text is None:
        ja, en = (m.format(line=bad_line) for m in (_UTF16 if encoding == "utf-16" else _BAD_LINE))
        issue = Issue(
            "encoding-unknown",
            name,
            line=bad_line,
            params={"detail": ja, "detail_en": en},
        )
        return _Raw(problem=issue)
    try:
        rows = list(_csv_rows(text))
    except csv.Error as err:
        return _not_table(name, f"CSVとして読めません（{err}）。", f"Not valid CSV ({err}).")
    return _Raw(rows=rows, encoding=encoding)


def _csv_rows(text: str) -> Iterator[tuple[int, int, list[str]]]:
    csv.field_size_limit(_MAX_CELL)
    reader = csv.reader(io.StringIO(text, newline=""))
    start = 1
    for number, cells in enumerate(reader, start=1):
        yield number, start, cells
        start = reader.line_num + 1


# --- Excel -----------------------------------------------------------------------------------


def _load_zip(path: Path, name: str, sheet: str | None) -> _Raw:
    try:
        with zipfile.ZipFile(path) as zf:
            members = set(zf.namelist())
    except zipfile.BadZipFile:
        return _not_table(name, "壊れたZIP/Excelファイルです。", "It is a broken zip/Excel file.")
    if "xl/workbook.xml" in members:
        return _load_xlsx(path, name, sheet)
    if "content.xml" in members:
        return _wrong_type(name, ".ods")
    return _not_table(name, "Excelファイルではありません。", "It is not an Excel file.")


def _load_xlsx(path: Path, name: str, sheet: str | None) -> _Raw:
    import openpyxl  # imported here: CSV users never pay for it

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as err:  # openpyxl raises many kinds on a damaged file
        return _not_table(
            name,
            f"Excelファイルとして開けません（{err}）。",
            f"It cannot be opened as Excel ({err}).",
        )
    names = list(book.sheetnames)
    try:
        if sheet is not None and sheet not in names:
            params = {"sheets": "、".join(names), "sheets_en": ", ".join(names)}
            return _Raw(problem=Issue("sheet-not-found", name, value=sheet, params=params))
        ws = book[sheet] if sheet else book.worksheets[0]
        ws.reset_dimensions()
        rows = [
            (n, n, [_excel_text(v) for v in values])
            for n, values in enumerate(ws.iter_rows(min_row=1, values_only=True), start=1)
        ]
    finally:
        book.close()
    return _Raw(rows=rows, encoding="xlsx", sheets=names)


def _excel_text(value: object) -> str:
    """What the person sees in the cell, as text."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time(0) else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.strftime("%H:%M")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


# --- header and rows -------------------------------------------------------------------------


def _build(
    table: Table, rows: list[tuple[int, int, list[str]]], schema: Schema, sheets: list[str]
) -> None:
    rows = [r for r in rows if any(strip(c) for c in r[2])]
    if not rows:
        table.issues.append(Issue("empty-file", table.file))
        return
    header_at = _find_header(rows, schema)
    if header_at is None:
        first = rows[0]
        table.issues.append(
            Issue(
                "no-known-columns",
                table.file,
                row=first[0],
                line=first[1],
                params=_header_hint(first[2], sheets),
            )
        )
        return
    number, line, headers = rows[header_at]
    table.header_row = number
    table.headers = [strip(h) for h in headers]
    mapping = _map_headers(table, schema, line)
    _check_columns(table, schema, line)
    body = rows[header_at + 1 :]
    if not body:
        table.issues.append(Issue("no-rows", table.file, row=number, line=line))
    for number, line, cells in body:
        table.rows.append(_make_row(table, schema, mapping, number, line, cells))


def _header_hint(cells: list[str], sheets: list[str]) -> dict[str, str]:
    """Why no header was found, when we can tell: another separator, or another sheet."""
    text = ",".join(cells)
    for sep, ja, en in ((";", "セミコロン（;）", "semicolons"), ("\t", "タブ", "tabs")):
        if len(cells) == 1 and sep in text:
            return {
                "detail": f"区切りが{ja}のようです。コンマ区切りで保存してください。",
                "detail_en": f"The columns seem separated by {en}; save with commas.",
            }
    if len(sheets) > 1:
        return {
            "detail": f"データが別のシートにあるなら --sheet で指定してください（シート：{'、'.join(sheets)}）。",
            "detail_en": "If the data is on another sheet, name it with --sheet ("
            + ", ".join(f"'{name}'" for name in sheets)
            + ").",
        }
    return {}


def _find_header(rows: list[tuple[int, int, list[str]]], schema: Schema) -> int | None:
    """The first row (of the first few) naming at least two known fields: a title row above
    the header, as CSWs often add, is skipped."""
    for index, (_, _, cells) in enumerate(rows[:_HEADER_SEARCH_ROWS]):
        known = sum(1 for c in cells if schema.field_for_header(strip(c)))
        if known >= 2:
            return index
    return None


def _map_headers(table: Table, schema: Schema, line: int) -> dict[int, str]:
    mapping: dict[int, str] = {}
    for index, header in enumerate(table.headers):
        if not header or header.startswith("_"):
            continue
        fld = schema.field_for_header(header)
        where = {"row": table.header_row, "line": line, "col": index + 1, "column": header}
        if fld is None:
            table.issues.append(
                Issue("unknown-column", table.file, **where, params=_suggest(header, schema))
            )
        elif fld.name in table.columns:
            table.issues.append(
                Issue(
                    "duplicate-column",
                    table.file,
                    field=fld.name,
                    **where,
                    params={"other": table.columns[fld.name]},
                )
            )
        else:
            mapping[index] = fld.name
            table.columns[fld.name] = header
            table.positions[fld.name] = index + 1
    return mapping


def _suggest(header: str, schema: Schema) -> dict[str, str]:
    titles = [f.title for f in schema.fields if f.level != INTERNAL]
    close = difflib.get_close_matches(header, titles, n=1, cutoff=0.5)
    if not close:
        return {}
    title_en = schema.field_for_header(close[0]).title_en
    return {
        "suggestion": f"「{close[0]}」のことですか？",
        "suggestion_en": f"Did you mean '{close[0]}' ({title_en})?",
    }


def _check_columns(table: Table, schema: Schema, line: int) -> None:
    for fld in schema.fields:
        if fld.name in table.columns:
            continue
        if fld.level == REQUIRED:
            code = "missing-column"
        elif fld.level == RECOMMENDED:
            code = "missing-recommended-column"
        else:
            continue
        table.issues.append(
            Issue(
                code, table.file, row=table.header_row, line=line, column=fld.title, field=fld.name
            )
        )


def _make_row(
    table: Table, schema: Schema, mapping: dict[int, str], number: int, line: int, cells: list[str]
) -> Row:
    raw: dict[str, str] = {}
    values: dict[str, str] = {}
    for index, cell in enumerate(cells):
        name = mapping.get(index)
        if name is None:
            _check_stray(table, index, number, line, cell)
            continue
        raw[name] = cell
        values[name] = normalise_cell(cell, schema, schema.field(name))
    return Row(number, line, raw, values)


def _check_stray(table: Table, index: int, number: int, line: int, cell: str) -> None:
    """A value in a column without a header would be lost silently: say so."""
    if index < len(table.headers) and table.headers[index]:
        return
    if strip(cell):
        table.issues.append(
            Issue(
                "extra-cell",
                table.file,
                row=number,
                line=line,
                column=str(index + 1),
                col=index + 1,
                value=strip(cell),
            )
        )
