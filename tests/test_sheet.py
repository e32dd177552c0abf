"""`opensupport sheet` (#6): the Excel input workbook, generated from the schema and pre-filled
with the area's entries as written; CSV → xlsx → read back is lossless."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from opensupport import read, validate
from opensupport.cli import cli
from opensupport.cli import sheet as _sheet  # noqa: F401  (registers `sheet` until main.py does)
from opensupport.schema import load_schema
from opensupport.sheet import CHOICES_SHEET, DATA_SHEET, HELP_SHEET, make_sheet

ROOT = Path(__file__).resolve().parents[1]
FUKAYA = ROOT / "examples" / "fukaya"
HEADER = "ID,名称,種別,カテゴリ,運営状況,所在地の公開,市町村コード,情報源,掲載状態"


@pytest.fixture(scope="module")
def fukaya_sheet(tmp_path_factory) -> Path:
    return make_sheet(FUKAYA, tmp_path_factory.mktemp("sheet") / "fukaya.xlsx")


def _values(table) -> list[dict[str, str]]:
    names = load_schema().names
    return [{n: row.get(n) for n in names} for row in table.rows]


def test_fukaya_csv_to_xlsx_reads_back_the_same(fukaya_sheet):
    source = read(FUKAYA / "data" / "resources.csv")
    again = read(fukaya_sheet)
    assert again.issues == []
    assert len(again.rows) == len(source.rows) == 67
    assert _values(again) == _values(source)
    names = load_schema().names  # and every cell exactly as written
    assert [[r.raw.get(n, "") for n in names] for r in again.rows] == [
        [r.raw.get(n, "") for n in names] for r in source.rows
    ]


def test_fukaya_xlsx_gets_the_same_verdict_per_cell(fukaya_sheet):
    def found(target):
        return sorted((i.row, i.field, i.code) for i in validate(target).issues if i.row != 1)

    csv_issues = found(FUKAYA / "data" / "resources.csv")
    assert found(fukaya_sheet) == csv_issues


def test_labels_stay_labels_and_codes_stay_text(fukaya_sheet):
    ws = openpyxl.load_workbook(fukaya_sheet)[DATA_SHEET]
    headers = [c.value for c in ws[1]]
    row = {h: ws.cell(2, i).value for i, h in enumerate(headers, start=1)}
    assert row["種別"] == "教育支援センター"
    assert row["カテゴリ"] == "学ぶ;居場所・ほっとできる場所"
    assert row["市町村コード"] == "112186"  # text, not the number 112186


def test_header_is_exactly_the_public_field_titles(fukaya_sheet):
    book = openpyxl.load_workbook(fukaya_sheet)
    assert book.sheetnames == [DATA_SHEET, HELP_SHEET, CHOICES_SHEET]
    ws = book[DATA_SHEET]
    assert [c.value for c in ws[1]] == [f.title for f in load_schema().fields if not f.internal]
    assert ws.freeze_panes == "C2"


def _column_of(ws, title: str) -> str:
    return next(c.column_letter for c in ws[1] if c.value == title)


def _validation(ws, title: str):
    letter = _column_of(ws, title)
    return next(
        dv for dv in ws.data_validations.dataValidation if str(dv.sqref).startswith(f"{letter}2:")
    )


def test_every_single_code_column_has_a_dropdown_of_its_labels(fukaya_sheet):
    book = openpyxl.load_workbook(fukaya_sheet)
    ws, choices = book[DATA_SHEET], book[CHOICES_SHEET]
    schema = load_schema()
    coded = [f for f in schema.fields if f.taxonomy and not f.is_list and not f.internal]
    assert len(coded) >= 10
    for fld in coded:
        dv = _validation(ws, fld.title)
        assert dv.type == "list", fld.name
        sheet, cells = dv.formula1.split("!")
        assert sheet == f"'{CHOICES_SHEET}'"
        labels = [c.value for row in choices[cells.replace("$", "")] for c in row]
        assert labels == [t.ja for t in schema.taxonomy_for(fld).terms], fld.name
    assert _validation(ws, "やさしい日本語で対応").formula1 == '"はい,いいえ"'


def test_list_columns_list_their_choices_in_the_input_message(fukaya_sheet):
    ws = openpyxl.load_workbook(fukaya_sheet)[DATA_SHEET]
    dv = _validation(ws, "カテゴリ")
    assert dv.type is None and dv.showInputMessage
    assert "選択肢：相談する、居場所・ほっとできる場所、学ぶ" in dv.prompt
    assert "「;」で区切ります" in dv.prompt
    assert all(len(v.prompt or "") <= 255 for v in ws.data_validations.dataValidation)


def test_input_messages_give_the_description_and_an_example(fukaya_sheet):
    ws = openpyxl.load_workbook(fukaya_sheet)[DATA_SHEET]
    dv = _validation(ws, "種別")
    assert dv.promptTitle == "種別（必須）"
    assert dv.prompt == "支援の種類を一つ選びます。\n▼ から選びます。\n例：教育支援センター"


def test_required_columns_are_marked(fukaya_sheet):
    book = openpyxl.load_workbook(fukaya_sheet)
    ws, help_sheet = book[DATA_SHEET], book[HELP_SHEET]
    required = {f.title for f in load_schema().fields if f.required}
    for cell in ws[1]:
        assert cell.font.b
        assert (cell.fill.fgColor.rgb == "00F8CBAD") == (cell.value in required), cell.value
    marks = {row[1].value: row[2].value for row in help_sheet.iter_rows(min_row=2) if row[1].value}
    assert {title for title, mark in marks.items() if mark == "（必須）"} == required


def test_empty_sheet_has_the_header_and_no_rows(tmp_path):
    path = make_sheet(None, tmp_path / "empty.xlsx")
    table = read(path)
    assert [i.code for i in table.issues] == ["no-rows"]
    assert table.headers == [f.title for f in load_schema().fields if not f.internal]


def test_columns_beyond_the_schema_and_tricky_cells_survive(tmp_path):
    source = tmp_path / "resources.csv"
    rows = [
        HEADER + ",内部メモ,_memo,電話番号",
        "sapporo-1,=1+1 の会,教育支援センター,学ぶ,active,公開,011002,メモ,掲載,内部,自分用,011-211-2111",
    ]
    source.write_text("\n".join(rows) + "\n", encoding="utf-8-sig")
    path = make_sheet(source, tmp_path / "out.xlsx")
    before, after = read(source), read(path)
    assert _values(after) == _values(before)
    assert after.rows[0].get("name") == "=1+1 の会"
    assert after.rows[0].get("internal_note") == "内部"
    assert after.headers[-2:] == ["内部メモ", "_memo"]
    ws = openpyxl.load_workbook(path)[DATA_SHEET]
    assert ws.cell(2, len(after.headers)).value == "自分用"
    assert ws.cell(2, after.positions["municipality"]).value == "011002"


def test_cli_writes_the_sheet_and_keeps_an_existing_file(tmp_path):
    out = tmp_path / "input.xlsx"
    result = CliRunner().invoke(cli, ["sheet", str(FUKAYA), "-o", str(out)])
    assert result.exit_code == 0
    assert result.output == f"入力用のExcelファイルを書き出しました：{out}\n"
    again = CliRunner().invoke(cli, ["sheet", str(FUKAYA), "-o", str(out)])
    assert again.exit_code == 2
    assert again.output == (
        f"opensupport: 「{out}」はもうあります。上書きするときは --force を付けてください。\n"
    )
    forced = CliRunner().invoke(cli, ["sheet", str(FUKAYA), "-o", str(out), "--force"])
    assert forced.exit_code == 0


def test_cli_refuses_a_missing_source_and_overwriting_the_source(tmp_path):
    result = CliRunner().invoke(cli, ["sheet", str(tmp_path / "nope.csv"), "-o", "x.xlsx"])
    assert result.exit_code == 2 and "がありません" in result.output
    source = make_sheet(FUKAYA, tmp_path / "resources.xlsx")
    result = CliRunner().invoke(cli, ["sheet", str(source), "-o", str(source), "--force"])
    assert result.exit_code == 2 and "元の表と同じです" in result.output
