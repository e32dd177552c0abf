"""``README.md`` in ``data/``: what each file is, for the people who use the data."""

from __future__ import annotations

from pathlib import Path

from ..model import Directory
from . import meta
from .files import Context, Written, write_text
from .summary import REASONS

PATH = "README.md"


def write_readme(
    directory: Directory, data_dir: Path, ctx: Context, written: list[Written]
) -> Written:
    """Write the README describing the ``written`` files."""
    lic = meta.license_of(directory)
    lines = [
        f"# {meta.title(directory)}",
        "",
        meta.description(directory),
        "",
        f"- 発行 / Publisher: {directory.publisher.get('name', '')}",
        f"- ライセンス / Licence: [{lic.title}]({lic.url})",
        f"- 版 / Version: {ctx.version}（{ctx.today.isoformat()} 作成 / built）",
        "",
        "## ファイル / Files",
        "",
        "| ファイル / file | 内容 / content | 件数 / entries |",
        "|---|---|---|",
    ]
    lines += [_row(w) for w in written if w.listed or w.path.startswith("catalog")]
    lines += ["", *_NOTES]
    write_text(data_dir / PATH, "\n".join(lines) + "\n")
    return Written(PATH, "データの説明", "About the data", "text/markdown")


def _row(w: Written) -> str:
    count = "" if w.count is None else str(w.count)
    gone = [f"{REASONS.get(r, (r, r))[0]} {n}" for r, n in w.left_out if n]
    if gone:
        count += f"（除外：{'、'.join(gone)}）"
    return f"| `{w.path}` | {w.title_ja} / {w.title_en} | {count} |"


_NOTES = [
    "## 読み方 / Notes",
    "",
    "- `resources.csv` の列名はフィールド名、分類の値はコードです。ラベルは `taxonomies/` の表に"
    "あります。複数の値は `;` で区切っています。"
    " / Headers are field names and values are codes; labels are in `taxonomies/`; lists are"
    " separated by `;`.",
    "- 所在地を公開しない支援先（地域のみ公開・非公開・取扱注意）の住所・郵便番号・緯度経度は、"
    "どのファイルにも含みません。 / Addresses, postal codes and coordinates of resources whose"
    " location is not public are in no file.",
    "- `resources.geojson` で `geo_precision` が `municipality` の点は、支援先の場所ではなく"
    "市町村役場の地点です（出典：localgovjp、CC0）。 / Points with `geo_precision`"
    " `municipality` are the municipal office, not the resource.",
    "- `hsds/` は Open Referral HSDS 3.1 の静的フィードです（`index.json` が `/`、"
    "`services.json` が `/services`、`services/{id}.json` が `/services/{id}`）。id は"
    "ビルドのたびに変わりません。 / `hsds/` is a static Open Referral HSDS 3.1 feed whose"
    " UUIDs never change between builds.",
    "- `site.url` が設定されていないときは、URL はサイトの最上位（ページ）または `data/`"
    "（ファイル）からの相対パスです。 / Without `site.url`, URLs are relative to the site root"
    " (pages) or to `data/` (files).",
]
