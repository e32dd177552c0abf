"""`opensupport fix`: a normalised copy, each change listed, the source never touched (#3)."""

import hashlib
import shutil
from pathlib import Path

import openpyxl
from click.testing import CliRunner

from opensupport import fix, validate
from opensupport.cli import cli

ROOT = Path(__file__).resolve().parents[1]
HEADER = "ID,名称,種別,カテゴリ,運営状況,所在地の公開,市町村コード,情報源,掲載状態,電話番号,郵便番号,最終確認日\n"
MESSY = "t-1 , テスト相談室,教育相談,相談する,運営中,公開,１１２１８,テスト,掲載,０４８－５７１－１２１１,３６６０８０１,2025/4/1\n"
BROKEN = "t-2,テスト2,教育相談,相談する,運営中,公開,99999,テスト,掲載,,,\n"


def _write(tmp_path: Path, *rows: str) -> Path:
    path = tmp_path / "resources.csv"
    path.write_text(HEADER + "".join(rows), encoding="cp932")
    return path


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_fix_lists_each_change(tmp_path):
    result = fix(_write(tmp_path, MESSY))
    found = {(c.row, c.column, c.after) for c in result.changes}
    assert found == {
        (2, "ID", "t-1"),
        (2, "名称", "テスト相談室"),
        (2, "市町村コード", "112186"),
        (2, "電話番号", "048-571-1211"),
        (2, "郵便番号", "366-0801"),
        (2, "最終確認日", "2025-04-01"),
    }
    assert result.encoding_changed == "cp932"


def test_fix_never_touches_the_source(tmp_path):
    source = _write(tmp_path, MESSY)
    before = _sha(source)
    result = fix(source)
    assert _sha(source) == before
    assert (tmp_path / "resources.fixed.csv").is_file() and result.output.endswith("fixed.csv")


def test_fixed_copy_validates_clean_and_reads_as_utf8_bom(tmp_path):
    fix(_write(tmp_path, MESSY))
    fixed = tmp_path / "resources.fixed.csv"
    assert fixed.read_bytes().startswith(b"\xef\xbb\xbf")
    assert validate(fixed).valid


def test_fix_twice_equals_fix_once(tmp_path):
    fix(_write(tmp_path, MESSY))
    once = tmp_path / "resources.fixed.csv"
    second = fix(once, tmp_path / "twice.csv")
    assert second.changes == []
    assert (tmp_path / "twice.csv").read_bytes() == once.read_bytes()


def test_what_cannot_be_fixed_is_listed_not_guessed(tmp_path):
    result = fix(_write(tmp_path, MESSY, BROKEN))
    assert [(i.row, i.column, i.code) for i in result.remaining] == [
        (3, "市町村コード", "municipality-code-unknown")
    ]
    assert not any(c.row == 3 and c.column == "市町村コード" for c in result.changes)


def test_in_place_writes_a_backup_first(tmp_path):
    source = _write(tmp_path, MESSY)
    original = source.read_bytes()
    result = fix(source, in_place=True)
    backup = tmp_path / Path(result.backup).name
    assert backup.read_bytes() == original
    assert "112186" in source.read_text(encoding="utf-8-sig")


def test_fix_on_fukaya_changes_nothing(tmp_path):
    area = shutil.copytree(ROOT / "examples/fukaya", tmp_path / "fukaya")
    assert fix(area, tmp_path / "out.csv").changes == []


def test_fix_xlsx_keeps_excel_and_writes_text_codes(tmp_path):
    book = openpyxl.Workbook()
    ws = book.active
    ws.append(HEADER.strip().split(","))
    ws.append(["t-1", "テスト", "教育相談", "相談する", "運営中", "公開", 11218, "テスト", "掲載"])
    source = tmp_path / "resources.xlsx"
    book.save(source)
    result = fix(source)
    assert [(c.row, c.column, c.after) for c in result.changes] == [(2, "市町村コード", "112186")]
    fixed = openpyxl.load_workbook(tmp_path / "resources.fixed.xlsx").active
    assert fixed.cell(row=2, column=7).value == "112186"


def test_cli_fix_prints_changes_row_by_row(tmp_path):
    source = _write(tmp_path, MESSY)
    result = CliRunner().invoke(cli, ["fix", str(source)])
    assert result.exit_code == 0
    assert "2行目「市町村コード」: '１１２１８' → '112186'" in result.output


def test_cli_fix_exit_1_when_errors_remain(tmp_path):
    result = CliRunner().invoke(cli, ["fix", str(_write(tmp_path, BROKEN))])
    assert result.exit_code == 1 and "直せなかったところ（1件）" in result.output
