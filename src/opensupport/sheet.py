"""``make_sheet()``: an Excel input workbook generated from the schema.

Three sheets: 「支援先」 (row 1 = the exact column headers, then the area's entries as they were
written, so labels stay labels), 「説明」 (what each column means, which are required) and
「選択肢」 (the taxonomy labels the dropdowns offer). Reading the workbook back with
:func:`opensupport.read.read` gives the same values as reading the source.
"""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .area import load_area
from .errors import OpenSupportError
from .fileio import write_atomic
from .read import Table, load_cells, read
from .schema import OPTIONAL, RECOMMENDED, REQUIRED, Field, Schema, load_schema

if TYPE_CHECKING:
    from openpyxl import Workbook

DATA_SHEET, HELP_SHEET, CHOICES_SHEET = "支援先", "説明", "選択肢"
_LEVELS = {
    REQUIRED: "必須",
    RECOMMENDED: "推奨",
    OPTIONAL: "任意",
}
_FILLS = {REQUIRED: "F8CBAD", RECOMMENDED: "FFF2CC", OPTIONAL: "DDEBF7", None: "EDEDED"}
_BOOLEAN_CHOICES = ("はい", "いいえ")
_PROMPT_MAX, _TITLE_MAX = 255, 32  # Excel's limits for input messages
_FATAL = {"empty-file", "not-a-table", "wrong-file-type", "encoding-unknown", "no-known-columns"}


@dataclass(frozen=True)
class Column:
    """One column of the input sheet: a schema field, or a column the source had beyond it."""

    header: str
    field: Field | None = None
    source_index: int | None = None  # for columns outside the schema: position in the source


def make_sheet(area_or_file: str | Path | None, out: str | Path) -> Path:
    """Write an Excel input workbook for an area folder or a data file (None: an empty one).

    The area's entries are copied as written. Raises OpenSupportError when the source cannot
    be read as a table.
    """
    out = Path(out)
    table, cells = _source(area_or_file)
    if table is not None and out.exists() and out.resolve() == Path(table.file).resolve():
        raise OpenSupportError(
            f"書き出し先「{out}」が読み込んだ元の表と同じです。別の名前を指定してください。",
            f"The output '{out}' is the source table itself; choose another name.",
            file=str(out),
        )
    book = build_workbook(table, cells)
    buffer = io.BytesIO()
    book.save(buffer)
    write_atomic(out, buffer.getvalue())
    return out


def _source(
    area_or_file: str | Path | None,
) -> tuple[Table | None, dict[int, list[str]]]:
    if area_or_file is None:
        return None, {}
    path = Path(area_or_file)
    sheet = None
    if path.is_dir():
        area = load_area(path)
        if area.data_path is None:
            return None, {}
        path, sheet = area.data_path, area.config.get("sheet")
    table = read(path, sheet=sheet, display=str(path))
    fatal = [i for i in table.issues if i.code in _FATAL]
    if fatal:
        issue = fatal[0]
        raise OpenSupportError(
            f"「{path}」を表として読めません（{issue.code}）。"
            f"`opensupport validate {path}` で理由を確かめてください。",
            f"'{path}' cannot be read as a table ({issue.code}); run `opensupport validate`.",
            file=str(path),
        )
    cells = {number: row for number, _, row in load_cells(path, sheet)}
    return table, cells


def sheet_columns(table: Table | None, schema: Schema | None = None) -> list[Column]:
    """The public fields in schema order, then whatever else the source holds (internal fields,
    ``_`` columns, unknown headers) so nothing the CSW wrote is dropped."""
    schema = schema or load_schema()
    columns = [Column(f.title, f) for f in schema.fields if not f.internal]
    if table is None:
        return columns
    columns += [Column(f.title, f) for f in schema.fields if f.internal and f.name in table.columns]
    mapped = {position - 1 for position in table.positions.values()}
    columns += [
        Column(header, None, index)
        for index, header in enumerate(table.headers)
        if header and index not in mapped
    ]
    return columns


def build_workbook(table: Table | None, cells: dict[int, list[str]] | None = None) -> Workbook:
    """The openpyxl Workbook for ``table`` (None: header and input aids only)."""
    import openpyxl

    schema = load_schema()
    columns = sheet_columns(table, schema)
    book = openpyxl.Workbook()
    data = book.active
    data.title = DATA_SHEET
    choices = book.create_sheet(CHOICES_SHEET)
    ranges = _write_choices(choices, schema)
    _write_rows(data, columns, table, cells or {})
    _style_header(data, columns)
    _add_validations(data, columns, schema, ranges)
    help_sheet = book.create_sheet(HELP_SHEET, 1)
    _write_help(help_sheet, columns, schema)
    return book


# --- the data sheet --------------------------------------------------------------------------


def _write_rows(
    ws, columns: list[Column], table: Table | None, cells: dict[int, list[str]]
) -> None:
    for c, column in enumerate(columns, start=1):
        ws.cell(1, c, column.header)
    rows = table.rows if table else []
    for r, row in enumerate(rows, start=2):
        source = cells.get(row.row, [])
        for c, column in enumerate(columns, start=1):
            if column.field is not None:
                text = row.raw.get(column.field.name, "")
            else:
                index = column.source_index or 0
                text = source[index] if index < len(source) else ""
            _put(ws, r, c, text)
    widths = [_width(column, rows, cells) for column in columns]
    _finish(ws, widths, len(rows))


def _put(ws, row: int, col: int, text: str) -> None:
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    if not text:
        return
    cell = ws.cell(row, col, ILLEGAL_CHARACTERS_RE.sub("", text))
    cell.data_type = "s"  # as written: "=..." stays text, never a formula
    cell.number_format = "@"


def _width(column: Column, rows: list, cells: dict[int, list[str]]) -> float:
    texts = [column.header, _example(column.field) if column.field else ""]
    for row in rows[:300]:
        if column.field is not None:
            texts.append(row.raw.get(column.field.name, ""))
        elif column.source_index is not None:
            source = cells.get(row.row, [])
            texts.append(source[column.source_index] if column.source_index < len(source) else "")
    widest = max(display_width(t.split("\n")[0]) for t in texts)
    return float(min(max(widest + 2, 8), 40))


def display_width(text: str) -> int:
    """Columns a text takes in a spreadsheet: full-width characters count two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _finish(ws, widths: list[float], n_rows: int) -> None:
    from openpyxl.utils import get_column_letter

    for c, width in enumerate(widths, start=1):
        dimension = ws.column_dimensions[get_column_letter(c)]
        dimension.width = width
        dimension.number_format = "@"  # codes and phone numbers keep their leading zeros
    ws.freeze_panes = "C2"  # header, ID and 名称 stay in view
    last = get_column_letter(len(widths))
    ws.auto_filter.ref = f"A1:{last}{max(n_rows + 1, 2)}"
    ws.row_dimensions[1].height = 32


def _style_header(ws, columns: list[Column]) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill

    for c, column in enumerate(columns, start=1):
        level = column.field.level if column.field and not column.field.internal else None
        cell = ws.cell(1, c)
        cell.font = Font(bold=True, color="9C0006" if level == REQUIRED else None)
        cell.fill = PatternFill("solid", fgColor=_FILLS[level])
        cell.alignment = Alignment(vertical="center", wrap_text=True)


def _add_validations(ws, columns: list[Column], schema: Schema, ranges: dict[str, str]) -> None:
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    for c, column in enumerate(columns, start=1):
        fld = column.field
        if fld is None:
            continue
        formula = None
        if fld.taxonomy and not fld.is_list:
            formula = ranges[fld.taxonomy]
        elif fld.type == "boolean":
            formula = '"' + ",".join(_BOOLEAN_CHOICES) + '"'
        dv = DataValidation(
            type="list" if formula else None,
            formula1=formula,
            allow_blank=True,
            showInputMessage=True,
            showErrorMessage=bool(formula),
            errorStyle="warning",
            errorTitle="一覧にない値です",
            error=f"「{CHOICES_SHEET}」シートの選択肢から選んでください。",
            promptTitle=_clip(fld.title + ("（必須）" if fld.required else ""), _TITLE_MAX),
            prompt=_clip(_prompt(fld, schema), _PROMPT_MAX),
        )
        letter = get_column_letter(c)
        dv.add(f"{letter}2:{letter}1048576")
        ws.add_data_validation(dv)


def _prompt(fld: Field, schema: Schema) -> str:
    parts = [fld.description]
    taxonomy = schema.taxonomy_for(fld)
    if taxonomy and fld.is_list:
        labels = "、".join(t.ja for t in taxonomy.terms)
        parts.append(f"選択肢：{labels}（複数は「;」で区切ります）")
    elif taxonomy:
        parts.append("▼ から選びます。")
    example = _example(fld)
    if example:
        parts.append(f"例：{example}")
    return "\n".join(p for p in parts if p)


def _example(fld: Field | None) -> str:
    """The schema's example as a CSW would type it (labels, not codes)."""
    if fld is None or fld.example is None:
        return ""
    text = str(fld.example)
    if fld.type == "boolean":
        return _BOOLEAN_CHOICES[0] if text.lower() == "true" else _BOOLEAN_CHOICES[1]
    taxonomy = load_schema().taxonomy_for(fld)
    if taxonomy is None:
        return text
    return ";".join(taxonomy.label(code) for code in text.split(";"))


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


# --- the other sheets ------------------------------------------------------------------------


def _write_choices(ws, schema: Schema) -> dict[str, str]:
    """One block of rows per taxonomy; returns taxonomy → the range its dropdown refers to."""
    _table(ws, ["項目", "選択肢（入力する値）", "コード", "English", "説明"], [14, 28, 26, 28, 60])
    ranges: dict[str, str] = {}
    r = 2
    for name, titles in _taxonomy_users(schema.fields).items():
        terms = schema.taxonomies[name].terms
        for i, term in enumerate(terms):
            for c, value in enumerate([titles, term.ja, term.code, term.en, term.description], 1):
                ws.cell(r + i, c, value)
        ranges[name] = f"'{CHOICES_SHEET}'!$B${r}:$B${r + len(terms) - 1}"
        r += len(terms)
    return ranges


def _taxonomy_users(fields: Iterable[Field]) -> dict[str, str]:
    users: dict[str, list[str]] = {}
    for fld in fields:
        if fld.taxonomy:
            users.setdefault(fld.taxonomy, []).append(fld.title)
    return {name: "・".join(titles) for name, titles in users.items()}


def _write_help(ws, columns: list[Column], schema: Schema) -> None:
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

    heads = ["列", "見出し", "入力", "説明", "例", "選択肢"]
    _table(ws, heads, [6, 26, 12, 60, 30, 40])
    for r, column in enumerate(columns, start=2):
        fld = column.field
        level = _level(fld)
        choices = ""
        if fld and fld.taxonomy:
            choices = f"「{CHOICES_SHEET}」シート：" + "、".join(
                t.ja for t in schema.taxonomies[fld.taxonomy].terms
            )
        elif fld and fld.type == "boolean":
            choices = "・".join(_BOOLEAN_CHOICES)
        values = [
            get_column_letter(r - 1),
            column.header,
            level,
            fld.description if fld else "（この列はそのまま残されますが、使われません）",
            _example(fld),
            choices,
        ]
        for c, value in enumerate(values, start=1):
            ws.cell(r, c, value)
        if fld and fld.required:
            for c in range(1, len(heads) + 1):
                ws.cell(r, c).font = Font(bold=True)
                ws.cell(r, c).fill = PatternFill("solid", fgColor=_FILLS[REQUIRED])
    note = len(columns) + 3
    ws.cell(note, 1, "「（必須）」の列は必ず入力します。「推奨」の列は、わかったら入力します。")
    ws.cell(
        note + 1,
        1,
        "空欄の推奨項目は、サイトで「確認中」と表示されます。推測で書かないでください。",
    )


def _level(fld: Field | None) -> str:
    if fld is None:
        return "（対象外）"
    if fld.internal:
        return "内部（公開されません）"
    return f"（{_LEVELS[REQUIRED]}）" if fld.required else _LEVELS[fld.level]


def _table(ws, heads: list[str], widths: list[int]) -> None:
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    for c, (head, width) in enumerate(zip(heads, widths, strict=True), start=1):
        ws.cell(1, c, head).font = Font(bold=True)
        ws.column_dimensions[get_column_letter(c)].width = width
    ws.freeze_panes = "A2"
