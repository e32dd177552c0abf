"""自治体標準オープンデータセット 公共施設一覧: exact columns, BOM, quoted text, public only."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from opensupport.publish.public_facility import COLUMNS, EXTRA_FIELDS


def read(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"), newline="")))


@pytest.fixture(scope="module")
def data(built) -> Path:
    return built("edge") / "data"


def test_columns_in_order_with_bom_and_crlf(data: Path) -> None:
    raw = (data / "112186_public_facility.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    header = raw[3:].split(b"\r\n", 1)[0].decode()
    assert next(csv.reader([header])) == list(COLUMNS)
    assert len(COLUMNS) == len(set(COLUMNS)) == 39
    assert COLUMNS[:6] == (
        "全国地方公共団体コード",
        "ID",
        "地方公共団体名",
        "名称",
        "名称_カナ",
        "名称_英字",
    )


def test_codes_and_phones_are_quoted_text(data: Path) -> None:
    text = (data / "112186_public_facility.csv").read_bytes().decode("utf-8-sig")
    line = next(line for line in text.split("\r\n") if '"edge-weekly"' in line)
    assert line.startswith('"112186","edge-weekly","埼玉県深谷市",')
    assert '"048-555-0101"' in line and '"366-0801"' in line
    assert ",36.198,139.282," in line  # numbers stay numbers


def test_only_public_active_locations(data: Path) -> None:
    ids = [r["ID"] for r in read(data / "112186_public_facility.csv")]
    assert ids == ["edge-weekly", "edge-night", "edge-munipoint", "edge-noorg", "edge-allday"]


def test_values(data: Path) -> None:
    rows = {r["ID"]: r for r in read(data / "112186_public_facility.csv")}
    weekly = rows["edge-weekly"]
    assert weekly["名称_カナ"] == "テストキョウシツ"
    assert weekly["所在地_連結表記"] == "埼玉県深谷市テスト町1-2-3　テスト会館2階"
    assert (weekly["利用可能曜日"], weekly["開始時間"], weekly["終了時間"]) == (
        "月,火,水,木,金",
        "09:00",
        "17:00",
    )
    assert weekly["バリアフリー情報"] == "車いす対応、静かな部屋"
    assert weekly["団体名"] == "テスト市教育委員会"
    night = rows["edge-night"]
    assert night["所在地_連結表記"] == "埼玉県深谷市テスト町4-5"
    assert night["利用可能日時特記事項"] == "火・木 18:00-20:00; 土 10:00-12:00"
    assert rows["edge-allday"]["利用可能曜日"] == "最終金曜"
    munipoint = rows["edge-munipoint"]
    assert (munipoint["所在地_市区町村"], munipoint["緯度"]) == ("熊谷市", "")
    assert rows["edge-noorg"]["所在地_連結表記"] == ""  # no address: nothing composed


def test_extra_fields_keyed_by_id(data: Path) -> None:
    rows = read(data / "112186_public_facility_extra.csv")
    assert list(rows[0]) == ["ID", *EXTRA_FIELDS]
    weekly = rows[0]
    assert (weekly["ID"], weekly["service_type"], weekly["categories"]) == (
        "edge-weekly",
        "education_support_center",
        "learn;place",
    )
    assert [r["ID"] for r in rows] == [r["ID"] for r in read(data / "112186_public_facility.csv")]
