"""`opensupport report`: the CSW's work list (#3)."""

from datetime import date
from pathlib import Path

from click.testing import CliRunner

from opensupport import worklist
from opensupport.cli import cli

HEADER = "ID,名称,種別,カテゴリ,運営状況,所在地の公開,市町村コード,情報源,掲載状態,ひとこと紹介,最終確認日\n"
ROWS = [
    "fresh,確認済み,教育相談,相談する,運営中,公開,112186,テスト,掲載,紹介文,2026-06-01\n",
    "stale,一年前,教育相談,相談する,運営中,公開,112186,テスト,掲載,紹介文,2025-10-01\n",
    "old,二年前,教育相談,相談する,運営中,公開,112186,テスト,掲載,,2024-12-01\n",
    "never,未確認,教育相談,相談する,運営中,公開,112186,テスト,掲載,紹介文,\n",
]
TODAY = date(2026, 12, 3)


def _file(tmp_path: Path) -> Path:
    path = tmp_path / "resources.csv"
    path.write_text(HEADER + "".join(ROWS), encoding="utf-8")
    return path


def test_states_and_due_dates(tmp_path):
    entries = {e.id: e for e in worklist(_file(tmp_path), today=TODAY).entries}
    assert (entries["fresh"].state, entries["fresh"].due) == ("current", date(2027, 6, 1))
    assert (entries["stale"].state, entries["stale"].due) == ("stale", date(2026, 10, 1))
    assert entries["old"].state == "excluded_from_print"
    assert (entries["never"].state, entries["never"].due) == ("unverified", None)


def test_due_first(tmp_path):
    ids = [e.id for e in worklist(_file(tmp_path), today=TODAY).entries]
    assert ids == ["never", "old", "stale", "fresh"]


def test_missing_recommended_fields(tmp_path):
    entries = {e.id: e for e in worklist(_file(tmp_path), today=TODAY).entries}
    assert "summary" in entries["old"].missing and "summary" not in entries["fresh"].missing


def test_csv_export_opens_in_excel(tmp_path):
    data = worklist(_file(tmp_path), today=TODAY).to_csv()
    assert data.startswith("\ufeff行,ID,名称,状態".encode())
    assert "never,未確認,未確認,,今すぐ" in data.decode("utf-8-sig")


def test_cli_report_writes_csv(tmp_path):
    out = tmp_path / "due.csv"
    result = CliRunner().invoke(cli, ["report", str(_file(tmp_path)), "--csv", str(out)])
    assert result.exit_code == 0 and out.is_file()
    assert result.output.startswith("作業リスト：4件（確認済み 1件、未確認 1件、要再確認 2件）")
