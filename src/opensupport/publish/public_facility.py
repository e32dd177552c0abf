"""自治体標準オープンデータセット「公共施設一覧」: the national format municipal portals ingest.

``{code}_public_facility.csv`` (code = the home municipality, the first of
``area.municipalities``) has the columns of the 公共施設一覧 definition in their order, with their
exact Japanese names (:data:`COLUMNS`); UTF-8 with a BOM and CRLF, as municipal portals publish
it; every text cell is quoted so that codes and phone numbers stay text (leading zeros
survive); coordinates are bare numbers. Our own fields (service type, categories, audience,
residency, fee type, …) go to ``{code}_public_facility_extra.csv``, keyed by ``ID``, with field
names as headers and codes as values. Resources whose location is not public are left out of
both files (the build summary counts them), and so are ended ones.

Where the column list comes from
--------------------------------
デジタル庁「自治体標準オープンデータセット（正式版）」, データ項目定義書 A, sheet 公共施設一覧
(the v2 line of the former 推奨データセット; https://www.digital.go.jp/resources/open_data/
municipal-standard-data-set-test), licensed PDL 1.0. What could be checked offline:

* the v1 columns (都道府県コード又は市区町村コード, NO, 都道府県名, 市区町村名, 名称, 名称_カナ,
  名称_通称, POIコード, 住所, 方書, 緯度, 経度, 電話番号, 内線番号, 法人番号, 団体名, 利用可能曜日,
  開始時間, 終了時間, 利用可能日時特記事項, 説明, バリアフリー情報, URL, 備考) — public converters
  of 公共施設一覧 files read exactly these 24;
* the v2 renaming shared by every facility list of the 正式版: 全国地方公共団体コード, ID,
  地方公共団体名, 名称_英字, and the address, height and contact blocks (所在地_全国地方公共団体コード,
  町字ID, 所在地_連結表記, 所在地_都道府県, 所在地_市区町村, 所在地_町字, 所在地_番地以下,
  建物名等(方書), 緯度, 経度, 高度の種別, 高度の値, 電話番号, 内線番号, 連絡先メールアドレス,
  連絡先FormURL, 連絡先備考（その他、SNSなど）, 郵便番号, 法人番号, 団体名), as in the 2026
  定義書 A sheet 公衆トイレ一覧 and in published v2 AED and 避難場所 files.

The list below is v1's content in v2's naming and block order, plus 名称_通称_英字, 画像 and
画像_ライセンス. Check it against the 定義書 when it changes: this tuple is the one place to edit.
Columns we have no data for stay empty (POIコード, 町字ID, 所在地_町字, 所在地_番地以下 and the
height are never guessed); 所在地_連結表記 is composed only from an address that was given.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..model import Directory, Resource
from ..schedule import opening_span, weekday_labels_ja
from .files import LOCATION_NOT_PUBLIC, NOT_ACTIVE, Context, Counter, Written, write_csv

COLUMNS = (
    "全国地方公共団体コード", "ID", "地方公共団体名", "名称", "名称_カナ", "名称_英字", "名称_通称",
    "名称_通称_英字", "POIコード", "所在地_全国地方公共団体コード", "町字ID", "所在地_連結表記",
    "所在地_都道府県", "所在地_市区町村", "所在地_町字", "所在地_番地以下", "建物名等(方書)",
    "緯度", "経度", "高度の種別", "高度の値", "電話番号", "内線番号", "連絡先メールアドレス",
    "連絡先FormURL", "連絡先備考（その他、SNSなど）", "郵便番号", "法人番号", "団体名",
    "利用可能曜日", "開始時間", "終了時間", "利用可能日時特記事項", "説明", "バリアフリー情報",
    "URL", "画像", "画像_ライセンス", "備考",
)  # fmt: skip
EXTRA_FIELDS = (
    "service_type",
    "categories",
    "audience",
    "grades",
    "age_min",
    "age_max",
    "residency_requirement",
    "needs",
    "access_route",
    "reservation",
    "contact_methods",
    "trial_visit",
    "fee_type",
    "fee_detail",
    "attendance_credit",
    "status",
    "last_verified",
    "geo_precision",
)
ENDED = "ended"


def write_public_facility(directory: Directory, data_dir: Path, ctx: Context) -> list[Written]:
    """Write the 公共施設一覧 CSV and its extra-fields companion."""
    code = directory.home_code
    kept: list[Resource] = []
    left_out = Counter()
    for res in directory.resources:
        if not res.location_public:
            left_out.add(LOCATION_NOT_PUBLIC)
        elif res.status == ENDED:
            left_out.add(NOT_ACTIVE)
        else:
            kept.append(res)
    main, extra = f"{code}_public_facility.csv", f"{code}_public_facility_extra.csv"
    write_csv(
        data_dir / main, COLUMNS, (row(directory, r) for r in kept), bom=True, quote_text=True
    )
    write_csv(
        data_dir / extra,
        ("ID", *EXTRA_FIELDS),
        ([r.id, *(r.text(f) for f in EXTRA_FIELDS)] for r in kept),
        bom=True,
        quote_text=True,
    )
    return [
        Written(
            main,
            "公共施設一覧（自治体標準オープンデータセット）",
            "Public facilities (Japanese municipal standard dataset)",
            "text/csv",
            count=len(kept),
            left_out=left_out.items(),
        ),
        Written(
            extra,
            "公共施設一覧の追加項目",
            "Public facilities: extra fields",
            "text/csv",
            count=len(kept),
        ),
    ]


def row(directory: Directory, res: Resource) -> list[Any]:
    """One 公共施設一覧 row, in :data:`COLUMNS` order."""
    values = _values(directory, res)
    return [values.get(column, "") for column in COLUMNS]


def _values(directory: Directory, res: Resource) -> dict[str, Any]:
    home = directory.municipality(directory.home_code)
    place = directory.municipality(res.municipality)
    opens, closes = opening_span(res.rules)
    own = res.latitude is not None and res.geo_precision != "municipality"
    return {
        "全国地方公共団体コード": directory.home_code,
        "ID": res.id,
        "地方公共団体名": f"{home.prefecture}{home.name}" if home else "",
        "名称": res.name,
        "名称_カナ": katakana(res.name_kana),
        "名称_英字": res.name_en,
        "名称_通称": "、".join(res.alternate_names),
        "所在地_全国地方公共団体コード": res.municipality,
        "所在地_連結表記": full_address(
            res, place.prefecture if place else "", place.name if place else ""
        ),
        "所在地_都道府県": place.prefecture if place else "",
        "所在地_市区町村": place.name if place else "",
        "建物名等(方書)": res.building,
        "緯度": res.latitude if own else "",
        "経度": res.longitude if own else "",
        "電話番号": res.phone,
        "連絡先メールアドレス": res.email,
        "連絡先FormURL": res.form_url,
        "連絡先備考（その他、SNSなど）": "　".join(_contact_notes(res)),
        "郵便番号": res.postal_code,
        "法人番号": res.corporate_number,
        "団体名": res.organization_name,
        "利用可能曜日": weekday_labels_ja(res.rules),
        "開始時間": opens or "",
        "終了時間": closes or "",
        "利用可能日時特記事項": "　".join(_schedule_notes(res)),
        "説明": res.description or res.summary,
        "バリアフリー情報": "、".join(
            directory.label("accessibility", c) for c in res.accessibility
        ),
        "URL": res.url,
    }


def full_address(res: Resource, prefecture: str, city: str) -> str:
    """所在地_連結表記: the address from the prefecture on, then the building; empty without an
    address (a municipality alone is not an address)."""
    if not res.address:
        return ""
    text = res.address
    if not text.startswith(prefecture):
        text = (prefecture if text.startswith(city) else prefecture + city) + text
    return f"{text}　{res.building}" if res.building else text


def _contact_notes(res: Resource) -> list[str]:
    notes = [res.phone_note] if res.phone_note else []
    return notes + ([f"LINE：{res.line_url}"] if res.line_url else [])


def _schedule_notes(res: Resource) -> list[str]:
    """The schedule as written when the weekday/time columns cannot say it all."""
    notes = []
    rules = res.rules
    simple = len(rules) <= 1 and all(r.freq == "WEEKLY" for r in rules)
    if res.schedule and (not simple or res.schedule.failed):
        notes.append(res.schedule.text)
    return notes + ([res.schedule_note] if res.schedule_note else [])


def katakana(text: str) -> str:
    """Hiragana to full-width katakana (名称_カナ is 全角カナ)."""
    return "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in text)
