"""``opensupport sheet``: the Excel input workbook, pre-filled with the area's entries."""

from __future__ import annotations

from pathlib import Path

import click

from ..errors import OpenSupportError
from ..sheet import make_sheet
from .main import EXIT_OK, cli, debug_option, guarded, lang_option


@cli.command("sheet")
@click.argument("area", default=".", type=click.Path(path_type=Path))
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    default=Path("入力用.xlsx"),
    show_default=True,
    help="書き出すExcelファイル / the workbook to write",
)
@click.option("--force", is_flag=True, help="あるファイルを上書きする / overwrite")
@lang_option
@debug_option
@guarded
def sheet_command(area: Path, output: Path, force: bool, lang: str, debug: bool) -> int:
    """入力用のExcelファイルを作る：見出し、選択肢の一覧（▼）、各列の説明、いまのデータ。

    Write an Excel input workbook for an area folder or a data file: headers, dropdowns,
    input messages, and the current entries as written.
    """
    if output.exists() and not force:
        raise OpenSupportError(
            f"「{output}」はもうあります。上書きするときは --force を付けてください。",
            f"'{output}' exists; add --force to overwrite it.",
        )
    path = make_sheet(area, output)
    click.echo(
        f"入力用のExcelファイルを書き出しました：{path}"
        if lang == "ja"
        else f"Wrote the input workbook: {path}"
    )
    return EXIT_OK
