"""The command line: exit codes, exact output, JSON equal to the library's report."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import opensupport
from opensupport.cli import cli

ROOT = Path(__file__).resolve().parents[1]
NO_HEADER = "tests/data/no-known-columns.csv"


@pytest.fixture(autouse=True)
def at_root(monkeypatch):
    """Paths in the output are relative to where the command runs: run it at the repo root."""
    monkeypatch.chdir(ROOT)


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


def test_validate_fukaya_passes_with_warnings():
    result = run("validate", "examples/fukaya")
    assert result.exit_code == 0, result.output
    summary = r"^examples/fukaya/data/resources\.csv：67件を確認しました。エラー 0件、警告 \d+件。$"
    assert re.match(summary, result.stdout.splitlines()[0])
    assert "[recommended-missing]" in result.stdout
    assert result.stdout.endswith("結果：公開できます（警告は、わかったときに直してください）。\n")


def test_text_output_in_japanese():
    result = run("validate", NO_HEADER)
    assert (result.exit_code, result.stderr) == (1, "")
    assert result.stdout == "\n".join(
        [
            "tests/data/no-known-columns.csv：0件を確認しました。エラー 1件、警告 0件。",
            "",
            "エラー（直さないと公開できません）",
            "■ 見出しがない [no-known-columns] 1件",
            "  tests/data/no-known-columns.csv 1行目 1行目に知っている見出し（「ID」「名称」など）が一つもありません。",
            "    → 1行目を見出しの行にしてください。見本の表（opensupport sheet）から始めると確実です。",
            "",
            "結果：エラーがあるため公開できません。上の「→」のとおり直してください。",
            "",
        ]
    )


def test_text_output_in_english():
    result = run("validate", NO_HEADER, "--lang", "en")
    assert (result.exit_code, result.stderr) == (1, "")
    assert result.stdout == "\n".join(
        [
            "tests/data/no-known-columns.csv: checked 0 entries. Errors: 1, warnings: 0.",
            "",
            "Errors (must be fixed before publishing)",
            "■ No column names [no-known-columns] 1",
            "  tests/data/no-known-columns.csv row 1: Row 1 contains none of the expected column names "
            "(such as 'ID', 'name').",
            "    → Make row 1 the header row; starting from the sample sheet (opensupport sheet) helps.",
            "",
            "Result: errors stop publishing. Fix them as the '→' lines say.",
            "",
        ]
    )


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("target", ["tests/data/duplicate-id.csv", "examples/fukaya"])
def test_json_is_the_library_report(target, lang):
    result = run("validate", target, "--format", "json", "--lang", lang)
    assert json.loads(result.stdout) == opensupport.validate(target, lang=lang).to_dict()


_ANNOTATION = re.compile(r"^::(error|warning) file=[^,:]+,line=\d+(,col=\d+)?,title=[a-z-]+::\S.*$")


def test_github_annotations():
    result = run("validate", "tests/data/duplicate-id.csv", "--format", "github")
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines and all(_ANNOTATION.match(line) for line in lines), result.stdout
    error = "::error file=tests/data/duplicate-id.csv,line=3,col=1,title=duplicate-id::"
    assert [line for line in lines if line.startswith("::error")] == [
        error + "tests/data/duplicate-id.csv 3行目 「ID」 ID「t-1」は2行目と同じです。"
        " → どちらかのIDを別のものにしてください。一度公開したIDは変えないでください。"
    ]


def test_strict_fails_on_warnings():
    assert run("validate", "tests/data/too-long-summary.csv").exit_code == 0
    result = run("validate", "tests/data/too-long-summary.csv", "--strict")
    assert result.exit_code == 1
    assert result.stdout.endswith("結果：--strict のため、警告があると合格になりません。\n")


def test_missing_path_is_a_usage_error():
    result = run("validate", "no/such/file.csv")
    assert (result.exit_code, result.stdout) == (2, "")
    assert "no/such/file.csv: ファイルまたはフォルダがありません。" in result.stderr
    assert "Traceback" not in result.stderr


def test_version():
    result = run("--version")
    assert (result.exit_code, result.stdout) == (
        0,
        f"opensupport, version {opensupport.__version__}\n",
    )


def test_lang_en_messages_are_english():
    result = run("validate", "tests/data/duplicate-id.csv", "--lang", "en")
    assert (
        "tests/data/duplicate-id.csv row 3 'ID': ID 't-1' is the same as in row 2." in result.stdout
    )
    assert "行目" not in result.stdout and "結果" not in result.stdout


def test_bad_usage_exits_2():
    assert run("validate", "tests/data/utf8.csv", "--format", "xml").exit_code == 2


# --- the installed console script --------------------------------------------------------

SCRIPT = Path(sys.executable).parent / "opensupport"


@pytest.mark.parametrize(
    ("target", "code"),
    [
        ("examples/fukaya", 0),
        ("tests/data/not-a-table.csv", 1),
        ("tests/data/bad-encoding.csv", 1),
        ("tests/data/legacy.xls", 1),
        ("no/such/file.csv", 2),
    ],
)
def test_console_script_exit_codes(target, code):
    done = subprocess.run(
        [SCRIPT, "validate", target], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert done.returncode == code, done.stderr
    assert "Traceback" not in done.stderr


def test_console_script_on_a_broken_config():
    done = subprocess.run(
        [SCRIPT, "validate", "tests/data/areas/null-area"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert (done.returncode, done.stderr) == (1, "")
