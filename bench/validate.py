"""How much slower is validating a directory than just reading it as CSV?

Writes a CSV of valid rows with realistic Japanese text into a temporary folder, then times
(a) decoding it and iterating it with the csv module and (b) opensupport.validate() on it.

    .venv/bin/python bench/validate.py [--rows 100000]
"""

from __future__ import annotations

import argparse
import csv
import io
import random
import tempfile
import time
from pathlib import Path

import opensupport

HEADER_LINE = (
    "ID,名称,よみがな,運営,種別,カテゴリ,ひとこと紹介,支援内容,対象者,利用できる人（住所・在籍）,"
    "利用の始め方,相談・利用の方法,費用,開所日時,運営状況,所在地の公開,市町村コード,郵便番号,所在地,"
    "電話番号,情報源,最終確認日,掲載状態"
)
HEADER = HEADER_LINE.split(",")
PLACES = [
    ("深谷市", "112186", "366-8501", "深谷市仲町11-1"),
    ("熊谷市", "112020", "360-8601", "熊谷市宮町2-47-1"),
    ("本庄市", "112119", "367-8501", "本庄市本庄3-5-3"),
    ("寄居町", "114081", "369-1292", "寄居町大字寄居1180-1"),
]
KINDS = [  # service type, categories, reading
    ("教育支援センター", "学ぶ;居場所・ほっとできる場所", "きょういくしえんせんたー"),
    ("フリースクール", "学ぶ;居場所・ほっとできる場所", "ふりーすくーる"),
    ("教育相談", "相談する", "きょういくそうだん"),
    ("親の会・家族会", "家族・保護者", "おやのかい"),
    ("こども食堂", "居場所・ほっとできる場所", "こどもしょくどう"),
    ("ひきこもり相談", "相談する;家からつながる", "ひきこもりそうだん"),
]
TEXTS = [
    "学校に行きづらいこどもと保護者の相談を受け付けています。",
    "来所のほか、電話やオンラインでも相談できます。",
    "見学は随時できます。まずはお電話ください。",
    "同じ悩みをもつ保護者どうしで話せる場です。",
    "勉強やものづくり、料理などを一緒にしています。",
    "専門の相談員が、秘密を守ってお話をうかがいます。",
]
WHO = ["本人（こども・若者）;保護者", "条件なし", "予約して利用", "来所;電話", "無料"]
SCHEDULES = ["月-金 9:00-17:00", "火・木 18:00-20:00", "毎月第3日曜 13:00-16:00", "土 10:00-12:00"]


def make_rows(count: int, seed: int = 1) -> list[list[str]]:
    rng = random.Random(seed)
    rows = []
    for n in range(count):
        city, code, postal, address = rng.choice(PLACES)
        kind, categories, kana = rng.choice(KINDS)
        names = [f"r-{n:06d}", f"{city}{kind}{n}", f"{kana}{n}", f"{city}教育委員会"]
        texts = [rng.choice(TEXTS), "".join(rng.sample(TEXTS, 4))]
        place = ["運営中", "公開", code, postal, address, "048-571-1211"]
        source = ["市の広報紙（2026年2月号）", f"2026-01-{n % 28 + 1:02d}", "掲載"]
        row = [*names, kind, categories, *texts, *WHO, rng.choice(SCHEDULES), *place, *source]
        rows.append(row)
    return rows


def write_csv(path: Path, rows: list[list[str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(HEADER)
        writer.writerows(rows)


def time_csv(path: Path) -> tuple[float, int]:
    start = time.perf_counter()
    text = path.read_bytes().decode("utf-8")
    count = sum(1 for _ in csv.reader(io.StringIO(text, newline=""))) - 1
    return time.perf_counter() - start, count


def time_validate(path: Path) -> tuple[float, opensupport.Report]:
    start = time.perf_counter()
    report = opensupport.validate(path)
    return time.perf_counter() - start, report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000, help="rows to generate (100000)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "resources.csv"
        write_csv(path, make_rows(args.rows))
        size = path.stat().st_size / 1024 / 1024
        csv_seconds, count = time_csv(path)
        validate_seconds, report = time_validate(path)
    print(f"file: {count} rows, {size:.1f} MB")
    print(f"csv module (decode + csv.reader): {csv_seconds:.2f} s")
    print(
        f"opensupport.validate(): {validate_seconds:.2f} s "
        f"({len(report.errors)} errors, {len(report.warnings)} warnings)"
    )
    print(f"ratio: {validate_seconds / csv_seconds:.0f}x")


if __name__ == "__main__":
    main()
