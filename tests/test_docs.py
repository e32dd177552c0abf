"""The guide (issue #7): it builds with `mkdocs build --strict` (no broken link, anchor or image), and
the CSW page on filling the sheet explains every column of the schema at its real level."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from opensupport.schema import load_schema

ROOT = Path(__file__).resolve().parents[1]
MKDOCS = Path(sys.executable).with_name("mkdocs")
SHEET_PAGE = ROOT / "docs" / "csw" / "sheet.md"
LEVEL_WORDS = {"required": "必須", "recommended": "推奨", "optional": "任意", "internal": "内部"}


def test_mkdocs_build_strict_passes(tmp_path: Path) -> None:
    assert MKDOCS.is_file(), f"{MKDOCS} is missing: install the dev extra (make test does)"
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}  # Material's end-of-life banner, not a problem
    done = subprocess.run(
        [str(MKDOCS), "build", "--strict", "-d", str(tmp_path / "site")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert (tmp_path / "site" / "index.html").is_file()
    assert (tmp_path / "site" / "reference" / "cli" / "index.html").is_file()


def sheet_rows() -> dict[str, str]:
    """Column title → level word, from the tables of docs/csw/sheet.md (`| 名称 | 必須 | … |`)."""
    rows = re.findall(
        r"^\| ([^|]+?) \| (必須|推奨|任意|内部) \|", SHEET_PAGE.read_text("utf-8"), re.M
    )
    return dict(rows)


@pytest.mark.parametrize("field", load_schema().fields, ids=lambda f: f.name)
def test_sheet_page_explains_every_column(field) -> None:
    rows = sheet_rows()
    assert field.title in rows, (
        f"docs/csw/sheet.md has no row for 「{field.title}」 ({field.name}): add one to its group"
    )
    assert rows[field.title] == LEVEL_WORDS[field.level], (
        f"docs/csw/sheet.md says 「{field.title}」 is {rows[field.title]}, the schema says "
        f"{LEVEL_WORDS[field.level]}"
    )


def test_sheet_page_has_no_column_the_schema_lacks() -> None:
    titles = {f.title for f in load_schema().fields}
    assert sorted(set(sheet_rows()) - titles) == []
