"""Write the binary and Excel fixtures of tests/data (the text fixtures are written by hand).

Run once from the repository root after changing it, and commit what it writes:

    .venv/bin/python tests/data/make_fixtures.py
"""

from __future__ import annotations

import io
import re
import zipfile
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook

HERE = Path(__file__).resolve().parent
HEADER_LINE = "ID,名称,種別,カテゴリ,運営状況,所在地の公開,市町村コード,情報源,掲載状態"
ROW_LINE = "t-1,テスト相談室,教育相談,相談する,運営中,公開,112186,テスト,掲載"  # the valid base row
HEADER, ROW = HEADER_LINE.split(","), ROW_LINE.split(",")


def csv_line(cells: list[str]) -> str:
    return ",".join(cells) + "\n"


def write(name: str, data: bytes) -> None:
    (HERE / name).write_bytes(data)


def encodings() -> None:
    """The same valid table as utf8.csv, in the encodings Excel writes."""
    text = (HERE / "utf8.csv").read_text(encoding="utf-8")
    write("utf8-bom.csv", b"\xef\xbb\xbf" + text.encode("utf-8"))
    write("cp932.csv", text.encode("cp932"))
    write("utf16.csv", text.encode("utf-16"))  # with its BOM, as Excel's "Unicode text"


def bad_encodings() -> None:
    """A UTF-8 file with one Latin-1 line (line 3 of 4)."""
    head = csv_line(HEADER) + csv_line(ROW)
    latin = "t-2,Café Lumière,教育相談,相談する,運営中,公開,112186,テスト,掲載\n"
    bad = latin.split(",", 2)
    line3 = (bad[0] + "," + bad[1] + ",").encode("latin-1") + bad[2].encode("utf-8")
    tail = csv_line(["t-3", *ROW[1:]])
    write("bad-encoding.csv", head.encode("utf-8") + line3 + tail.encode("utf-8"))
    # The Latin-1 byte on line 2 is followed by a letter that CP932 accepts as the second byte
    # of a kanji, so CP932 reads on until line 3.
    ascii_header = "id,name,service_type,categories,status,location_visibility,municipality,"
    line1 = ascii_header + "source,publish_status\n"
    line2 = b"t-1,Caf\xe9lo,education_consultation,consult,active,public,112186,x,published\n"
    write(
        "bad-encoding-trail.csv",
        line1.encode() + line2 + csv_line(["t-2", *ROW[1:]]).encode("utf-8"),
    )


def binaries() -> None:
    # NUL bytes and control codes that decode as UTF-8: clearly not text.
    write("not-a-table.csv", b"\x00\x01\x02\x03SQLite format 3\x00\x10\x00\x01\x01" + bytes(64))
    # The first bytes of a PNG image renamed to .csv.
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06"
    write("binary-png.csv", png + b"\x00\x00\x00\x1f\xf3\xffa\x00\x00\x00\x01sRGB\x00\xae\xce")
    ole2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)
    write("legacy.xls", ole2)
    write("xls-as-csv.csv", ole2)  # an old .xls renamed to .csv
    write(
        "sheet.ods",
        zipped(
            {
                "mimetype": "application/vnd.oasis.opendocument.spreadsheet",
                "content.xml": "<office:document-content/>",
            }
        ),
    )
    write("notes.numbers", zipped({"Index/Document.iwa": "", "Metadata/Properties.plist": ""}))
    write("broken.xlsx", zipped({"hello.txt": "not a workbook"}))
    write("text-as.xlsx", csv_line(HEADER).encode() + csv_line(ROW).encode())


def zipped(members: dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        for name, text in members.items():
            zf.writestr(zipfile.ZipInfo(name, (2026, 2, 10, 9, 0, 0)), text)
    return buffer.getvalue()


def workbooks() -> None:
    """Excel files: a title row above the header, a bad date, data on a second sheet."""
    book = Workbook()
    ws = book.active
    ws.title = "支援先"
    ws.append(["深谷市 支援先一覧（2026年2月）"])
    ws.append([*HEADER, "最終確認日"])
    ws.append([*ROW[:6], 112186, *ROW[7:], datetime(2026, 2, 10)])  # a number and a real date
    ws.append(["t-2", "テスト教室", "学習塾", "学ぶ", *ROW[4:], datetime(2026, 2, 10)])
    save(book, "title-row.xlsx")

    book = Workbook()
    ws = book.active
    ws.append([*HEADER, "最終確認日"])
    ws.append([*ROW, datetime(2026, 2, 10)])
    ws.append(["t-2", *ROW[1:], "2026/02/30"])
    save(book, "bad-date.xlsx")

    book = Workbook()
    notes = book.active
    notes.title = "説明"
    notes.append(["この表の使い方"])
    notes.append(["「一覧」のシートに1行に1件ずつ入力してください。"])
    data = book.create_sheet("一覧")
    data.append(HEADER)
    data.append(ROW)
    save(book, "second-sheet.xlsx")


def save(book: Workbook, name: str) -> None:
    """Save with fixed timestamps so that regenerating gives the same bytes."""
    fixed = datetime(2026, 2, 10, 9, 0, 0)
    book.properties.created = fixed
    book.properties.modified = fixed
    buffer = io.BytesIO()
    book.save(buffer)
    with zipfile.ZipFile(buffer) as src:
        members = {info.filename: src.read(info) for info in src.infolist()}
    # openpyxl stamps the time of saving into docProps/core.xml: put the fixed one back.
    members["docProps/core.xml"] = re.sub(
        rb"(<dcterms:modified[^>]*>)[^<]*",
        rb"\g<1>2026-02-10T09:00:00Z",
        members["docProps/core.xml"],
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for member, data in members.items():
            zf.writestr(
                zipfile.ZipInfo(member, fixed.timetuple()[:6]),
                data,
                compress_type=zipfile.ZIP_DEFLATED,
            )
    write(name, out.getvalue())


def main() -> None:
    encodings()
    bad_encodings()
    binaries()
    workbooks()


if __name__ == "__main__":
    main()
