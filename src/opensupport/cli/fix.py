"""``opensupport fix``."""

from __future__ import annotations

from pathlib import Path

import click

from ..fix import FixResult, fix
from .main import EXIT_INVALID, EXIT_OK, cli, debug_option, guarded, lang_option

_WORDS = {
    "ja": {
        "wrote": "書き出しました：{out}（元のファイル {src} は変えていません）",
        "inplace": "上書きしました：{out}（バックアップ：{backup}）",
        "none": "直すところはありませんでした。",
        "changes": "直したところ（{n}件）：",
        "row": "{row}行目",
        "encoding": "文字コード：{enc} → UTF-8（BOM付き）",
        "left": "直せなかったところ（{n}件）。手で直してください：",
        "ok": "エラーはありません。",
    },
    "en": {
        "wrote": "Wrote {out} (the source {src} is unchanged)",
        "inplace": "Overwrote {out} (backup: {backup})",
        "none": "Nothing needed fixing.",
        "changes": "Changes ({n}):",
        "row": "row {row}",
        "encoding": "Encoding: {enc} → UTF-8 with BOM",
        "left": "Could not fix ({n}); please fix by hand:",
        "ok": "No errors remain.",
    },
}


@cli.command("fix")
@click.argument("target", default=".", type=click.Path(path_type=Path))
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    help="出力先（省略時は resources.fixed.csv など）/ output file",
)
@click.option(
    "--in-place", is_flag=True, help="元のファイルを上書き（先にバックアップ）/ overwrite"
)
@click.option("--sheet", help="Excelのシート名 / Excel sheet name")
@lang_option
@debug_option
@guarded
def fix_command(
    target: Path, output: Path | None, in_place: bool, sheet: str | None, lang: str, debug: bool
) -> int:
    """表の書き方をそろえた写しを作り、直したところを1件ずつ表示する。

    Write a normalised copy and list each change; cells it cannot fix are listed.
    """
    result = fix(target, output, in_place=in_place, sheet=sheet, lang=lang)
    click.echo(render_fix(result, lang))
    return EXIT_OK if result.clean else EXIT_INVALID


def render_fix(result: FixResult, lang: str) -> str:
    w = _WORDS[lang]
    head = (
        w["inplace"].format(out=result.output, backup=result.backup)
        if result.backup
        else w["wrote"].format(out=result.output, src=result.source)
    )
    lines = [head]
    if result.encoding_changed:
        lines.append(w["encoding"].format(enc=result.encoding_changed.upper()))
    if result.changes:
        lines.append(w["changes"].format(n=len(result.changes)))
        for c in result.changes:
            where = w["row"].format(row=c.row)
            lines.append(f"  {where}「{c.column}」: {c.before!r} → {c.after!r}")
    else:
        lines.append(w["none"])
    if result.remaining:
        lines.append(w["left"].format(n=len(result.remaining)))
        for issue in result.remaining:
            lines.append(
                f"  {w['row'].format(row=issue.row)}「{issue.column}」: "
                f"{issue.message(lang)} → {issue.fix(lang)}"
            )
    else:
        lines.append(w["ok"])
    return "\n".join(lines)
