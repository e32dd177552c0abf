"""``opensupport build``: validate first, write atomically, the same bytes for the same input."""

from __future__ import annotations

import importlib
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

import opensupport.cli.build  # noqa: F401  (registers the command)
from opensupport.build import SITE_WRITERS, build
from opensupport.cli import cli
from opensupport.errors import OpenSupportError

build_module = importlib.import_module("opensupport.build")  # the module, not the function

ROOT = Path(__file__).resolve().parents[1]
BUILD_AREAS = ROOT / "tests" / "data" / "build"
EPOCH = "1770681600"  # 2026-02-10T00:00:00Z, as the built fixture uses


@pytest.fixture
def area(tmp_path: Path) -> Path:
    """A copy of the edge-case area, so that builds into AREA/_site stay out of the repo."""
    copy = tmp_path / "area"
    shutil.copytree(BUILD_AREAS / "edge", copy)
    return copy


@pytest.fixture(autouse=True)
def _epoch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)


def tree(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_default_out_is_area_site(area: Path) -> None:
    result = build(area)
    assert result.ok and result.out == area / "_site"
    assert (area / "_site" / "data" / "datapackage.json").is_file()


def test_fukaya_builds(built) -> None:
    data = built("fukaya") / "data"
    assert (data / "112186_public_facility.csv").is_file()
    assert len(list((data / "hsds" / "services").glob("*.json"))) == 67


def test_errors_stop_the_build_and_write_nothing(tmp_path: Path) -> None:
    out = tmp_path / "site"
    result = build(BUILD_AREAS / "invalid", out)
    assert not result.ok and result.summary is None
    assert {i.code for i in result.report.errors} >= {"required-missing"}
    assert not out.exists()
    assert list(tmp_path.iterdir()) == []


def test_bad_data_leaves_previous_build_intact(area: Path, tmp_path: Path) -> None:
    out = tmp_path / "site"
    assert build(area, out).ok
    before = tree(out)
    shutil.copy(BUILD_AREAS / "invalid" / "data" / "resources.csv", area / "data")
    assert not build(area, out).ok
    assert tree(out) == before


def test_exception_leaves_previous_build_and_no_temp_folder(
    area: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "site"
    assert build(area, out).ok
    before = tree(out)

    def broken(directory, data_dir, build_time):
        (data_dir / "half-written.csv").parent.mkdir(parents=True)
        (data_dir / "half-written.csv").write_text("x")
        raise RuntimeError("injected")

    monkeypatch.setattr(build_module, "publish_data", broken)
    with pytest.raises(RuntimeError, match="injected"):
        build(area, out)
    assert tree(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["area", "site"]


def test_rebuild_replaces_out_and_removes_the_old_one(area: Path, tmp_path: Path) -> None:
    out = tmp_path / "site"
    assert build(area, out).ok
    (out / "stale.txt").write_text("from an old build")
    assert build(area, out).ok
    assert not (out / "stale.txt").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["area", "site"]


def test_refuses_to_replace_a_folder_that_is_not_a_build(area: Path, tmp_path: Path) -> None:
    out = tmp_path / "precious"
    out.mkdir()
    (out / "notes.txt").write_text("keep me")
    with pytest.raises(OpenSupportError):
        build(area, out)
    with pytest.raises(OpenSupportError):
        build(area, area)
    assert (out / "notes.txt").read_text() == "keep me"


def test_same_input_same_bytes(area: Path, tmp_path: Path) -> None:
    assert build(area, tmp_path / "one").ok
    assert build(area, tmp_path / "two").ok
    assert tree(tmp_path / "one") == tree(tmp_path / "two")


def test_source_date_epoch_sets_every_date(area: Path, tmp_path: Path) -> None:
    out = tmp_path / "site"
    build(area, out)
    package = json.loads((out / "data" / "datapackage.json").read_text(encoding="utf-8"))
    assert package["created"] == "2026-02-10T00:00:00Z"
    assert package["version"] == "2026.2.10"
    assert "DTSTAMP:20260210T000000Z" in (out / "data" / "calendar" / "all.ics").read_text()


def test_site_writers_hook_writes_into_out(
    area: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def site(directory, out_dir: Path, area) -> None:
        (out_dir / "index.html").write_text(f"<title>{directory.name}</title>")

    monkeypatch.setattr(build_module, "SITE_WRITERS", [*SITE_WRITERS, site])
    out = tmp_path / "site"
    assert build(area, out).ok
    assert (out / "index.html").read_text() == "<title>テスト地域</title>"


# --- the command ------------------------------------------------------------------------------


def test_cli_prints_the_summary_in_japanese(area: Path, tmp_path: Path) -> None:
    out = tmp_path / "site"
    result = CliRunner().invoke(cli, ["build", str(area), "-o", str(out)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "公開した支援先：8件（下書きの1件は公開していません）"
    assert lines[1] == f"書き出したファイル（{out / 'data'}）："
    assert (
        "  112186_public_facility.csv  公共施設一覧（自治体標準オープンデータセット）：5件"
        "（所在地が非公開の2件、休止中・終了の1件は除外）"
    ) in lines
    assert (
        "  resources.geojson  地図のデータ（GeoJSON）：6件（地図に載せない場所の1件、"
        "休止中・終了の1件は除外）" in lines
    )


def test_cli_prints_the_summary_in_english(area: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(
        cli, ["build", str(area), "-o", str(tmp_path / "s"), "--lang", "en"]
    )
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0] == "Published resources: 8 (not published: 1 draft)"
    assert (
        "  calendar/all.ics  Calendar (all regular openings): 4 (left out: 3 no regular "
        "opening times, 1 temporarily closed or ended)"
    ) in result.output.splitlines()


def test_cli_invalid_data_prints_the_report_and_exits_1(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        cli, ["build", str(BUILD_AREAS / "invalid"), "-o", str(tmp_path / "site")]
    )
    assert result.exit_code == 1
    assert "エラーがあるため公開できません" in result.output
    assert not (tmp_path / "site").exists()


def test_cli_missing_area_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["build", str(tmp_path / "nowhere")])
    assert result.exit_code == 2


def test_cli_fukaya_example(tmp_path: Path) -> None:
    area = tmp_path / "fukaya"
    shutil.copytree(ROOT / "examples" / "fukaya", area)
    result = CliRunner().invoke(cli, ["build", str(area)])
    assert result.exit_code == 0, result.output
    assert "公開した支援先：67件" in result.output
    assert (
        "公共施設一覧（自治体標準オープンデータセット）：47件（所在地が非公開の20件は除外）"
        in result.output
    )
