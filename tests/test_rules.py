"""Every rule of the rule layer, both ways, on one-defect fixtures (issue #3).

Each fixture in ``tests/data/rules/`` is a header and the few rows a rule needs. A ``-bad`` fixture
must produce its issue at (code, row as the user sees it, column as they wrote it); a ``-good``
fixture must not produce the rule's codes. ``today`` is fixed so freshness rules never rot.
"""

from __future__ import annotations

import string
from datetime import date
from functools import cache
from pathlib import Path

import pytest

import opensupport
from opensupport.codes import ERROR, REGISTRY, WARNING, Code
from opensupport.report import LANGS, Issue, Report

HERE = Path(__file__).parent
RULES = HERE / "data" / "rules"
EXAMPLE = HERE.parent / "examples" / "fukaya"
TODAY = date(2026, 12, 3)


@cache
def report(fixture: str) -> Report:
    return opensupport.validate(RULES / fixture, today=TODAY)


def found(fixture: str) -> set[tuple[str, int | None, str | None]]:
    """The (code, row, column) of every issue of a fixture."""
    return {(i.code, i.row, i.column) for i in report(fixture).issues}


def codes(fixture: str) -> set[str]:
    return {i.code for i in report(fixture).issues}


def issue(fixture: str, code: str, row: int) -> Issue:
    return next(i for i in report(fixture).issues if (i.code, i.row) == (code, row))


def values(fixture: str, row: int) -> dict[str, str]:
    """The normalised cells of one row, as read (before any check)."""
    return next(r.values for r in opensupport.read(RULES / fixture).rows if r.row == row)


def _xfail(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=reason)


# --------------------------------------------------------------------------- bad fixtures

LG = "市町村コード"
AREA = "対応地域"
BAD = [
    # 地方公共団体コード
    ("lgcode-five-digit-bad.csv", "municipality-code-completed", 2, LG),
    ("lgcode-lost-zero-bad.csv", "municipality-code-lost-zero", 2, LG),  # 11002 → 011002
    ("lgcode-lost-zero-bad.csv", "municipality-code-lost-zero", 3, LG),  # 1100 → 011002
    ("lgcode-check-digit-bad.csv", "municipality-code-check-digit", 2, LG),
    ("lgcode-unknown-bad.csv", "municipality-code-unknown", 2, LG),
    ("lgcode-malformed-bad.csv", "municipality-code-malformed", 2, LG),  # 深谷市
    ("lgcode-malformed-bad.csv", "municipality-code-malformed", 3, LG),  # 7 digits
    ("service-area-bad.csv", "municipality-code-completed", 2, AREA),
    ("service-area-bad.csv", "municipality-code-check-digit", 2, AREA),
    ("service-area-bad.csv", "municipality-code-malformed", 2, AREA),
    ("service-area-bad.csv", "municipality-code-unknown", 2, AREA),
    ("area-outside", "municipality-outside-area", 3, LG),  # 131016 千代田区
    ("area-outside", "municipality-outside-area", 4, LG),  # 11101, completed, still outside
    ("area-outside", "municipality-code-completed", 4, LG),
    ("area-outside", "municipality-code-completed", 5, LG),  # 11202 → 112020, in the area
    # 郵便番号
    ("postal-malformed-bad.csv", "postal-code-malformed", 2, "郵便番号"),
    ("postal-unknown-bad.csv", "postal-code-unknown", 2, "郵便番号"),
    ("postal-elsewhere-bad.csv", "postal-code-elsewhere", 2, "郵便番号"),
    # 電話番号
    ("phone-invalid-bad.csv", "phone-invalid", 2, "電話番号"),
    ("phone-invalid-bad.csv", "phone-invalid", 3, "電話番号"),
    ("phone-mobile-no-consent-bad.csv", "phone-mobile-no-consent", 2, "電話番号"),  # 090
    ("phone-mobile-no-consent-bad.csv", "phone-mobile-no-consent", 3, "電話番号"),  # 080
    ("phone-mobile-no-consent-bad.csv", "phone-mobile-no-consent", 4, "電話番号"),  # ０７０
    # 法人番号
    ("corporate-number-bad.csv", "corporate-number-invalid", 2, "法人番号"),  # check digit
    ("corporate-number-bad.csv", "corporate-number-invalid", 3, "法人番号"),  # 12 digits
    # 位置
    ("coordinates-outside-japan-bad.csv", "coordinates-outside-japan", 2, "緯度"),
    ("coordinates-swapped-bad.csv", "coordinates-swapped", 2, "緯度"),
    ("coordinates-far-bad.csv", "coordinates-far", 2, "緯度"),
    ("coordinates-incomplete-bad.csv", "coordinates-incomplete", 2, "経度"),
    ("coordinates-incomplete-bad.csv", "coordinates-incomplete", 3, "緯度"),
    ("geo-precision-bad.csv", "geo-precision-inconsistent", 2, "位置の精度"),  # no point
    ("geo-precision-bad.csv", "geo-precision-inconsistent", 3, "位置の精度"),  # not at office
    # 開所日時
    ("schedule-unparsed-bad.csv", "schedule-unparsed", 2, "開所日時"),
    # 項目どうしの関係
    ("fee-detail-missing-bad.csv", "fee-detail-missing", 2, "料金の詳細"),  # 有料
    ("fee-detail-missing-bad.csv", "fee-detail-missing", 3, "料金の詳細"),  # 一部有料
    ("sensitive-location-public-bad.csv", "sensitive-location-public", 2, "所在地の公開"),
    ("sensitive-has-location-bad.csv", "sensitive-has-location", 2, "所在地"),
    ("sensitive-has-location-bad.csv", "sensitive-has-location", 2, "郵便番号"),
    ("sensitive-has-location-bad.csv", "sensitive-has-location", 2, "緯度"),
    ("sensitive-has-location-bad.csv", "sensitive-has-location", 2, "経度"),
    ("attendance-credit-private-bad.csv", "attendance-credit-private", 2, "出席扱い"),  # NPO
    ("attendance-credit-private-bad.csv", "attendance-credit-private", 3, "出席扱い"),  # blank
    ("age-range-reversed-bad.csv", "age-range-reversed", 2, "対象年齢（下限）"),
    ("grades-ages-mismatch-bad.csv", "grades-ages-mismatch", 2, "対象学年"),
    ("alert-expired-bad.csv", "alert-expired", 2, "お知らせの期限"),
    ("verified-in-future-bad.csv", "verified-in-future", 2, "最終確認日"),
    ("verification-stale-bad.csv", "verification-stale", 2, "最終確認日"),  # 12 months
    ("verification-stale-bad.csv", "verification-stale", 3, "最終確認日"),  # 17 months
    ("excluded-from-print-bad.csv", "excluded-from-print", 2, "最終確認日"),  # 19 months
    ("no-contact-bad.csv", "no-contact", 2, "電話番号"),
    ("bad-url-bad.csv", "bad-url", 2, "ホームページ"),
    ("bad-url-bad.csv", "bad-url", 2, "問い合わせフォーム"),
    ("bad-email-bad.csv", "bad-email", 2, "メール"),
    ("bad-email-bad.csv", "bad-email", 3, "メール"),
    ("bad-line-url-bad.csv", "bad-line-url", 2, "LINE"),  # not LINE
    ("bad-line-url-bad.csv", "bad-line-url", 3, "LINE"),  # http
    ("formula-like-bad.csv", "formula-like", 2, "ひとこと紹介"),  # =
    ("formula-like-bad.csv", "formula-like", 3, "ひとこと紹介"),  # +
    ("formula-like-bad.csv", "formula-like", 4, "ひとこと紹介"),  # -
    ("formula-like-bad.csv", "formula-like", 5, "ひとこと紹介"),  # @
    ("formula-like-list-bad.csv", "formula-like", 2, "別名・旧称"),
    ("formula-like-list-bad.csv", "formula-like", 2, "キーワード"),
    # 重複
    ("duplicate-id-bad.csv", "duplicate-id", 3, "ID"),
    ("duplicate-id-bad.csv", "duplicate-id", 4, "ID"),  # ｔ－１ is t-1
    ("near-duplicate-bad.csv", "near-duplicate", 3, "名称"),  # 子ども / こども, spaces
    ("near-duplicate-bad.csv", "near-duplicate", 4, "名称"),  # 子供, katakana, 11218
    ("near-duplicate-bad.csv", "near-duplicate", 6, "名称"),  # half/full width, case
    ("near-duplicate-bad.csv", "municipality-code-completed", 4, LG),
]
BAD_BUGS: dict = {}  # every rule bug found while writing these tests is fixed
# Issues a fixture may carry besides its defect: the minimal rows leave recommended columns and
# contact channels out on purpose.
NOISE = {"missing-recommended-column", "recommended-missing", "unverified", "no-contact"}
ALSO: dict = {}


def _case_id(case: tuple[str, str, int, str]) -> str:
    fixture, code, row, column = case
    return f"{fixture.removesuffix('.csv')}:{code}@{row}:{column}"


def _params(cases: list, bugs: dict) -> list:
    return [
        pytest.param(*case, id=_case_id(case), marks=[_xfail(bugs[case])] if case in bugs else [])
        for case in cases
    ]


@pytest.mark.parametrize(("fixture", "code", "row", "column"), _params(BAD, BAD_BUGS))
def test_bad_fixture_has_issue(fixture: str, code: str, row: int, column: str) -> None:
    assert (code, row, column) in found(fixture)


BAD_FIXTURES = sorted({case[0] for case in BAD})


@pytest.mark.parametrize("fixture", BAD_FIXTURES)
def test_bad_fixture_has_one_defect(fixture: str) -> None:
    expected = {case[1] for case in BAD if case[0] == fixture} | ALSO.get(fixture, set())
    assert codes(fixture) - expected - NOISE == set()


# --------------------------------------------------------------------------- good fixtures

LGCODES = (
    "municipality-code-completed",
    "municipality-code-lost-zero",
    "municipality-code-check-digit",
    "municipality-code-unknown",
    "municipality-code-malformed",
    "municipality-outside-area",
)
POSTAL = ("postal-code-malformed", "postal-code-unknown", "postal-code-elsewhere")
PHONE = ("phone-invalid", "phone-mobile-no-consent", "formula-like")
COORDS = (
    "coordinates-incomplete",
    "coordinates-outside-japan",
    "coordinates-swapped",
    "coordinates-far",
    "geo-precision-inconsistent",
)
FRESHNESS = ("verified-in-future", "verification-stale", "excluded-from-print")
CONTACT = ("no-contact", "bad-url", "bad-email", "bad-line-url", "formula-like")
GOOD = [
    ("lgcode-good.csv", LGCODES),  # 112186, １１２１８６, 112020
    ("service-area-good.csv", LGCODES),
    ("area-outside/data/resources.csv", ("municipality-outside-area",)),  # a file has no area
    ("postal-good.csv", POSTAL),  # 366-0801, 3660801, ３６６－０８０１, 〒366-0801
    ("postal-ward-good.csv", POSTAL),  # a designated city and a postal code of its ward
    ("phone-good.csv", PHONE),  # 0120, 0800, 内線, full width, (), +81
    ("phone-mobile-consent-good.csv", PHONE),
    ("corporate-number-good.csv", ("corporate-number-invalid",)),  # 7000012050002
    ("corporate-number-hyphen-good.csv", ("corporate-number-invalid",)),
    ("coordinates-good.csv", COORDS),
    ("geo-precision-good.csv", COORDS),
    ("schedule-good.csv", ("schedule-unparsed",)),
    ("fee-detail-good.csv", ("fee-detail-missing",)),
    ("sensitive-good.csv", ("sensitive-location-public", "sensitive-has-location")),
    ("attendance-credit-good.csv", ("attendance-credit-private",)),
    ("ages-good.csv", ("age-range-reversed", "grades-ages-mismatch")),
    ("alert-good.csv", ("alert-expired",)),
    ("verification-good.csv", FRESHNESS),  # today, and 11 months 29 days ago
    ("contact-good.csv", CONTACT),  # one channel per row: phone, e-mail, form, LINE ×2, url
    ("formula-like-good.csv", ("formula-like",)),
    ("near-duplicate-good.csv", ("near-duplicate", "duplicate-id")),
]
GOOD_BUGS: dict = {}  # every rule bug found while writing these tests is fixed


@pytest.mark.parametrize(
    ("fixture", "absent"),
    [
        pytest.param(f, c, id=f, marks=[_xfail(GOOD_BUGS[f])] if f in GOOD_BUGS else [])
        for f, c in GOOD
    ],
)
def test_good_fixture_has_no_issue(fixture: str, absent: tuple[str, ...]) -> None:
    assert codes(fixture) & set(absent) == set()


@pytest.mark.parametrize("fixture", [f for f, _ in GOOD])
def test_good_fixture_has_no_error(fixture: str) -> None:
    assert [(i.code, i.row, i.column) for i in report(fixture).errors] == []


def test_area_rule_needs_an_area() -> None:
    assert codes("area-outside") >= {"municipality-outside-area"}
    assert "municipality-outside-area" not in codes("area-outside/data/resources.csv")


def test_mailto_email_is_named_or_repaired() -> None:
    fixture = "bad-email-mailto-bad.csv"
    assert ("bad-email", 2, "メール") in found(fixture) or values(fixture, 2)["email"] == (
        "info@example.jp"
    )


# --------------------------------------------------------------------------- repairs

NORMALISED = [
    ("lgcode-five-digit-bad.csv", 2, "municipality", "112186"),  # 11218
    ("lgcode-lost-zero-bad.csv", 2, "municipality", "011002"),  # 11002
    ("lgcode-lost-zero-bad.csv", 3, "municipality", "011002"),  # 1100
    ("lgcode-good.csv", 3, "municipality", "112186"),  # １１２１８６
    ("service-area-bad.csv", 2, "service_area", "112186;112020;112187;abc;119997"),
    ("postal-good.csv", 2, "postal_code", "366-0801"),
    ("postal-good.csv", 3, "postal_code", "366-0801"),  # 3660801
    ("postal-good.csv", 4, "postal_code", "366-0801"),  # ３６６－０８０１
    ("postal-good.csv", 5, "postal_code", "366-0801"),  # 〒366-0801
    ("phone-good.csv", 2, "phone", "048-571-1211"),
    ("phone-good.csv", 3, "phone", "048-571-1211 内線123"),  # full width with 内線
    ("phone-good.csv", 4, "phone", "0120-123-456"),
    ("phone-good.csv", 5, "phone", "0800-123-4567"),
    ("phone-good.csv", 6, "phone", "048-571-1211"),  # 048(571)1211
    ("phone-good.csv", 7, "phone", "048-571-1211 内線123"),  # （内線123）
    ("phone-good.csv", 8, "phone", "048-571-1211"),  # +81 48-571-1211
    ("phone-mobile-no-consent-bad.csv", 4, "phone", "070-1234-5678"),  # ０７０－…
    ("phone-mobile-consent-good.csv", 3, "listing_consent_date", "2026-04-01"),  # 2026/4/1
    ("corporate-number-good.csv", 3, "corporate_number", "7000012050002"),  # full width
    ("corporate-number-hyphen-good.csv", 2, "corporate_number", "7000012050002"),
]
NORMALISED_BUGS: dict = {}  # every rule bug found while writing these tests is fixed


@pytest.mark.parametrize(
    ("fixture", "row", "name", "expected"),
    [
        pytest.param(
            *case,
            id=f"{case[0].removesuffix('.csv')}@{case[1]}:{case[2]}",
            marks=[_xfail(NORMALISED_BUGS[case])] if case in NORMALISED_BUGS else [],
        )
        for case in NORMALISED
    ],
)
def test_repaired_value(fixture: str, row: int, name: str, expected: str) -> None:
    assert values(fixture, row)[name] == expected


# --------------------------------------------------------------------------- messages

NAMED = [
    ("lgcode-five-digit-bad.csv", "municipality-code-completed", 2, ("「11218」", "「112186」")),
    ("lgcode-lost-zero-bad.csv", "municipality-code-lost-zero", 2, ("「011002」", "札幌市")),
    ("lgcode-check-digit-bad.csv", "municipality-code-check-digit", 2, ("「112186」", "深谷市")),
    ("area-outside", "municipality-outside-area", 3, ("「131016」", "千代田区")),
    ("postal-elsewhere-bad.csv", "postal-code-elsewhere", 2, ("360-0001", "熊谷市", "深谷市")),
    ("phone-mobile-no-consent-bad.csv", "phone-mobile-no-consent", 2, ("「掲載同意日」",)),
    ("coordinates-swapped-bad.csv", "coordinates-swapped", 2, ("緯度に36.1975", "経度に139.2813")),
    ("coordinates-far-bad.csv", "coordinates-far", 2, ("深谷市", "68km")),
    ("geo-precision-bad.csv", "geo-precision-inconsistent", 3, ("「市町村の代表地点」",)),
    ("schedule-unparsed-bad.csv", "schedule-unparsed", 2, ("「気が向いたら」",)),
    ("fee-detail-missing-bad.csv", "fee-detail-missing", 3, ("「一部有料」",)),
    ("sensitive-has-location-bad.csv", "sensitive-has-location", 2, ("「所在地」",)),
    ("attendance-credit-private-bad.csv", "attendance-credit-private", 2, ("NPO法人",)),
    ("verification-stale-bad.csv", "verification-stale", 3, ("「2025-06-04」", "17か月")),
    ("excluded-from-print-bad.csv", "excluded-from-print", 2, ("19か月", "冊子")),
    ("formula-like-bad.csv", "formula-like", 5, ("「@こども」", "「@」")),
    ("duplicate-id-bad.csv", "duplicate-id", 3, ("「t-1」", "2行目")),
    (
        "near-duplicate-bad.csv",
        "near-duplicate",
        3,
        ("「こどもの居場所えがお」", "2行目", "えがお」"),
    ),
    ("near-duplicate-bad.csv", "near-duplicate", 6, ("5行目", "「ﾌﾘｰｽﾍﾟｰｽ　Ｅｇａｏ」")),
]
NAMED_BUGS: dict = {}  # every rule bug found while writing these tests is fixed


@pytest.mark.parametrize(
    ("fixture", "code", "row", "words"),
    [
        pytest.param(
            *case,
            id=f"{case[1]}@{case[2]}",
            marks=[_xfail(NAMED_BUGS[case[1:3]])] if case[1:3] in NAMED_BUGS else [],
        )
        for case in NAMED
    ],
)
def test_message_names_the_values(fixture: str, code: str, row: int, words: tuple) -> None:
    found_issue = issue(fixture, code, row)
    text = found_issue.message() + found_issue.fix()
    assert [w for w in words if w not in text] == [], text


EMPTY = ("{", "}", "「」", "''", "（）", "()")
ALL_FIXTURES = sorted({*BAD_FIXTURES, *(f for f, _ in GOOD), "bad-email-mailto-bad.csv"})


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("fixture", ALL_FIXTURES)
def test_fixture_messages_are_filled(fixture: str, lang: str) -> None:
    texts = [(i.code, i.message(lang), i.fix(lang)) for i in report(fixture).issues]
    assert [t for t in texts if not (t[1] and t[2]) or any(e in t[1] + t[2] for e in EMPTY)] == []


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("code", sorted(REGISTRY))
def test_registry_renders(code: str, lang: str) -> None:
    entry: Code = REGISTRY[code]
    templates = (
        (entry.message_ja, entry.fix_ja) if lang == "ja" else (entry.message_en, entry.fix_en)
    )
    names = _fields(templates[0]) | _fields(templates[1])
    every = _fields(entry.message_ja + entry.fix_ja + entry.message_en + entry.fix_en)
    message, fix = entry.render(lang, {name: f"<{name}>" for name in every})
    assert entry.severity in (ERROR, WARNING) and entry.title(lang).strip()
    assert message.strip() and fix.strip() and "{" not in message + fix
    assert [n for n in names if f"<{n.removesuffix('_en')}" not in message + fix] == []


# --------------------------------------------------------------------------- the example


def test_example_fukaya_has_no_errors() -> None:
    result = opensupport.validate(EXAMPLE, today=TODAY)
    assert [(i.file, i.code, i.row, i.column) for i in result.errors] == []
