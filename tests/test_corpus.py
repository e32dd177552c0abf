"""One-defect fixtures in tests/data: each file gives exactly the errors it was written for.

Errors are asserted exactly as (row, column, code); warnings by inclusion, because absent
recommended columns and the domain rules add warnings of their own. Regenerate the binary and
Excel fixtures with `python tests/data/make_fixtures.py`.
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
from pathlib import Path
from typing import NamedTuple

import pytest

import opensupport
from opensupport import read, validate

DATA = Path(__file__).resolve().parent / "data"
Where = tuple[int | None, str | None, str]


class Case(NamedTuple):
    fixture: str
    errors: set[Where]
    warnings: frozenset[Where] = frozenset()
    sheet: str | None = None


ROOT_MISSING_PUBLISHER = (2, "publisher", "config-invalid")  # missing: at its parent, line 2
BAD_SLUG = (4, "area.slug", "config-invalid")
TYPO_KEY = (6, "publsher", "config-invalid")  # on the line of the typo

CASES = [
    # --- the file itself
    Case("empty.csv", {(None, None, "empty-file")}),
    Case("only-commas.csv", {(None, None, "empty-file")}),
    Case("header-only.csv", set(), {(1, None, "no-rows")}),
    Case("no-known-columns.csv", {(1, None, "no-known-columns")}),
    Case("not-a-table.csv", {(None, None, "not-a-table")}),
    Case("binary-png.csv", {(None, None, "not-a-table")}),
    Case("legacy.xls", {(None, None, "wrong-file-type")}),
    Case("xls-as-csv.csv", {(None, None, "wrong-file-type")}),
    Case("sheet.ods", {(None, None, "wrong-file-type")}),
    Case("notes.numbers", {(None, None, "wrong-file-type")}),
    Case("broken.xlsx", {(None, None, "not-a-table")}),
    Case("text-as.xlsx", {(None, None, "not-a-table")}),
    Case("utf16.csv", {(None, None, "encoding-unknown")}),
    Case("bad-encoding.csv", {(None, None, "encoding-unknown")}),
    Case("bad-encoding-trail.csv", {(None, None, "encoding-unknown")}),
    # --- valid files written in the ways people write them
    Case("utf8.csv", set()),
    Case("utf8-bom.csv", set()),
    Case("cp932.csv", set()),
    Case("japanese-headers.csv", set()),
    Case("field-name-headers.csv", set()),
    Case("english-headers.csv", set()),
    Case("label-values.csv", set()),
    Case("fullwidth.csv", set()),
    Case("era-date.csv", set()),
    Case("whitespace.csv", set()),
    Case("second-sheet.xlsx", set(), sheet="一覧"),
    # --- columns
    Case("missing-column.csv", {(1, "種別", "missing-column")}),
    Case("duplicate-column.csv", {(1, "name", "duplicate-column")}),
    Case("unknown-column.csv", set(), {(1, "備考欄", "unknown-column")}),
    Case("extra-cell.csv", set(), {(2, "10", "extra-cell")}),
    # --- cells
    Case("duplicate-id.csv", {(3, "ID", "duplicate-id")}),
    Case("unsafe-id.csv", {(2, "ID", "unsafe-id"), (3, "ID", "unsafe-id"), (4, "ID", "unsafe-id")}),
    Case("missing-required.csv", {(2, "名称", "required-missing")}),
    Case("bad-enum.csv", {(2, "種別", "unknown-code")}),
    Case("bad-enum-list.csv", {(2, "カテゴリ", "unknown-code")}),
    Case("bad-date.csv", {(2, "最終確認日", "bad-date")}),
    Case("bad-integer.csv", {(2, "対象年齢（下限）", "bad-integer")}),
    Case("bad-number.csv", {(2, "緯度", "bad-number")}),
    Case("bad-boolean.csv", {(2, "やさしい日本語で対応", "bad-boolean")}),
    Case("out-of-range.csv", {(2, "対象年齢（上限）", "out-of-range")}),
    Case("too-long-summary.csv", set(), {(2, "ひとこと紹介", "too-long")}),
    # --- rows numbered as the user sees them
    Case("title-row.csv", {(4, "種別", "unknown-code")}),
    Case("multiline-cell.csv", {(4, "種別", "unknown-code")}),
    Case("title-row.xlsx", {(4, "種別", "unknown-code")}),
    Case("bad-date.xlsx", {(3, "最終確認日", "bad-date")}),
    Case("second-sheet.xlsx", {(1, None, "no-known-columns")}),  # the first sheet is notes
    Case("second-sheet.xlsx", {(None, None, "sheet-not-found")}, sheet="一欄"),
    # --- area folders
    Case("areas/no-config", {(None, None, "config-missing")}),
    Case("areas/no-data", {(None, None, "data-missing")}),
    Case("areas/yaml-syntax", {(3, None, "config-syntax")}),
    Case("areas/bad-config", {ROOT_MISSING_PUBLISHER, BAD_SLUG, TYPO_KEY}),
    Case("areas/null-area", {(1, "area", "config-invalid")}),
    Case("areas/map-list", {(7, "map", "config-invalid")}),
]

# Fixtures that show a bug in src/ (listed in the report of the test task). The marks are
# strict, so fixing the bug turns them into failures and the mark goes with the bug.
BUGS: dict = {}  # every bug these tests found is fixed
# Fixtures on which validate() raises instead of reporting: every test of them fails.
CRASHES: dict = {}


def case_id(case: Case) -> str:
    return case.fixture + (f"@{case.sheet}" if case.sheet else "")


def cases(test: str) -> list:
    """The cases as parameters, those that show a known bug marked as strict xfail."""
    params = []
    for case in CASES:
        reason = BUGS.get((test, case_id(case))) or CRASHES.get(case_id(case))
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        params.append(pytest.param(case, id=case_id(case), marks=marks))
    return params


def where(issues) -> set[Where]:
    return {(i.row, i.column, i.code) for i in issues}


def report_for(case: Case) -> opensupport.Report:
    return _validated(case.fixture, case.sheet)


@functools.cache
def _validated(fixture: str, sheet: str | None) -> opensupport.Report:
    """Each fixture validated once, in Japanese."""
    return validate(DATA / fixture, sheet=sheet)


@pytest.mark.parametrize("case", cases("errors"))
def test_fixture_gives_exactly_its_errors(case):
    report = report_for(case)
    assert where(report.errors) == case.errors
    assert case.warnings <= where(report.warnings)


_JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uff01-\uff5e]")
_QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"")


@pytest.mark.parametrize("case", cases("messages"))
def test_every_message_and_fix_is_written_in_both_languages(case):
    for issue in report_for(case).issues:
        ja = (issue.message("ja"), issue.fix("ja"))
        en = (issue.message("en"), issue.fix("en"))
        assert all(text.strip() for text in ja + en), issue
        assert ja[0] != en[0] and ja[1] != en[1], issue
        assert not any("Traceback" in t or "None" in t for t in ja + en), issue
        # English messages quote Japanese values and headers; nothing else is Japanese. (Fixes
        # may name Japanese input, e.g. "Write はい (yes) or いいえ (no)"; sheet names are data.)
        if issue.code != "sheet-not-found":
            assert not _JAPANESE.search(_QUOTED.sub("", en[0])), (issue.code, en[0])
        assert json.loads(json.dumps(issue.to_dict("en"))) == issue.to_dict("en")


def digest(target: Path) -> dict[str, str]:
    files = sorted(p for p in [target, *target.rglob("*")] if p.is_file())
    return {str(p): hashlib.sha256(p.read_bytes()).hexdigest() for p in files}


@pytest.mark.parametrize("case", cases("source"))
def test_validate_leaves_the_source_untouched(case):
    before = digest(DATA / case.fixture)
    validate(DATA / case.fixture, sheet=case.sheet, lang="en")
    assert digest(DATA / case.fixture) == before


# --- what the rows and cells read as ------------------------------------------------------


def values(name: str, **options) -> list[dict[str, str]]:
    return [row.values for row in read(DATA / name, **options).rows]


def test_encodings_read_the_same_values():
    assert values("utf8.csv") == values("utf8-bom.csv") == values("cp932.csv")
    assert values("utf8.csv")[1]["name"] == "ほっとスペース・えがお"
    encodings = [read(DATA / n).encoding for n in ("utf8.csv", "utf8-bom.csv", "cp932.csv")]
    assert encodings == ["utf-8", "utf-8-sig", "cp932"]


def test_bad_encoding_names_the_line():
    (issue,) = validate(DATA / "bad-encoding.csv").errors
    assert issue.line == 3 and "3行目" in issue.message("ja") and "Line 3" in issue.message("en")


def test_bad_encoding_names_the_line_of_the_latin1_byte():
    (issue,) = validate(DATA / "bad-encoding-trail.csv").errors
    assert issue.line == 2


def test_fullwidth_digits_and_dates_are_normalised():
    (row,) = values("fullwidth.csv")
    assert (row["id"], row["municipality"], row["last_verified"]) == ("t-1", "112186", "2026-02-10")
    assert (row["age_min"], row["latitude"], row["longitude"]) == ("15", "36.1975", "139.2814")


def test_era_dates_become_iso():
    (row,) = values("era-date.csv")
    assert (row["last_verified"], row["listing_consent_date"]) == ("2026-02-10", "2025-04-01")


def test_labels_and_list_separators_become_codes():
    (row,) = values("label-values.csv")
    assert row["service_type"] == "free_school" and row["categories"] == "learn;place;consult"
    assert (row["status"], row["location_visibility"]) == ("temporarily_closed", "area_only")
    assert (row["publish_status"], row["audience"]) == ("draft", "child_self;guardian")
    assert (row["fee_type"], row["easy_japanese_ok"]) == ("free", "true")


def test_field_names_and_english_titles_are_headers_too():
    assert values("field-name-headers.csv")[0]["categories"] == "consult;learn"
    assert values("english-headers.csv")[0]["service_type"] == "education_consultation"


def test_spaces_are_trimmed():
    (row,) = values("whitespace.csv")
    assert (row["id"], row["name"], row["municipality"]) == ("t-1", "テスト相談室", "112186")


def test_excel_rows_are_numbered_as_excel_shows_them():
    table = read(DATA / "title-row.xlsx")
    assert table.header_row == 2 and [r.row for r in table.rows] == [3, 4]
    assert table.rows[0].values["municipality"] == "112186"  # a number cell
    assert table.rows[0].values["last_verified"] == "2026-02-10"  # a date cell


def test_a_multiline_cell_keeps_row_and_line_apart():
    (issue,) = validate(DATA / "multiline-cell.csv").errors
    assert (issue.row, issue.line, issue.col) == (4, 6, 3)


def test_duplicate_id_names_the_first_row():
    (issue,) = validate(DATA / "duplicate-id.csv").errors
    assert "2行目" in issue.message("ja") and "row 2" in issue.message("en")


def test_bad_list_item_is_the_value():
    (issue,) = validate(DATA / "bad-enum-list.csv").errors
    assert issue.value == "遊ぶ" and "相談する" in issue.fix("ja")


def test_columns_starting_with_underscore_are_silent():
    report = validate(DATA / "unknown-column.csv")
    assert [i.column for i in report.issues if i.code == "unknown-column"] == ["備考欄"]


def test_sheet_not_found_lists_the_sheets():
    (issue,) = validate(DATA / "second-sheet.xlsx", sheet="一欄").errors
    assert "（あるシート：説明、一覧）" in issue.message("ja")


def test_sheet_not_found_lists_the_sheets_in_english():
    (issue,) = validate(DATA / "second-sheet.xlsx", sheet="一欄").errors
    assert "(sheets: 説明, 一覧)" in issue.message("en")


def test_bad_config_points_at_the_yaml_lines():
    report = validate(DATA / "areas/bad-config")
    assert {ROOT_MISSING_PUBLISHER, BAD_SLUG} <= where(report.errors)
    assert all(i.line == i.row for i in report.errors if i.code == "config-invalid")


def test_a_broken_config_still_validates_the_data():
    assert validate(DATA / "areas/yaml-syntax").rows == 2


def test_an_id_longer_than_64_is_an_error():
    assert (2, "ID") in {(i.row, i.column) for i in validate(DATA / "too-long-id.csv").errors}


# --- size --------------------------------------------------------------------------------

HEADER = (
    "ID,名称,種別,カテゴリ,運営状況,所在地の公開,市町村コード,情報源,掲載状態,支援内容,最終確認日\n"
)
DESCRIPTION = (
    "学校に行きづらいこどもと保護者の相談を、専門の相談員が受け付けています。"
    "来所のほか電話でも相談できます。"
) * 20


def test_a_20_megabyte_file_gives_its_one_error_on_the_right_row(tmp_path):
    rows = [
        f"t-{n},相談室{n:05d},教育相談,相談する;学ぶ,運営中,公開,112186,テスト,掲載,"
        f"{DESCRIPTION},2026-01-{n % 28 + 1:02d}\n"
        for n in range(10_000)
    ]
    rows[-1] = rows[-1].replace(",2026-01-", ",2026-13-")
    path = tmp_path / "large.csv"
    path.write_text(HEADER + "".join(rows), encoding="utf-8")
    assert path.stat().st_size >= 20 * 1024 * 1024
    report = validate(path)
    assert report.rows == 10_000
    assert where(report.errors) == {(10_001, "最終確認日", "bad-date")}
