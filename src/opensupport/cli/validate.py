"""``opensupport validate``."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ..render import to_github, to_json, to_text
from ..validate import validate
from .main import EXIT_INVALID, EXIT_OK, cli, debug_option, guarded, lang_option
from .progress import progress_for

_LARGE_FILE = 5 * 1024 * 1024


@cli.command("validate")
@click.argument("target", default=".", type=click.Path(path_type=Path))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json", "github"]),
    default="text",
    show_default=True,
    help="出力の形式 / output format",
)
@lang_option
@click.option("--strict", is_flag=True, help="警告も不合格にする / warnings fail too")
@click.option("--sheet", help="Excelのシート名（省略時は最初のシート）/ Excel sheet name")
@click.option("--all", "show_all", is_flag=True, help="すべての問題を表示 / list every issue")
@debug_option
@guarded
def validate_command(
    target: Path, fmt: str, lang: str, strict: bool, sheet: str | None, show_all: bool, debug: bool
) -> int:
    """エリアのフォルダか表のファイル（.xlsx / .csv）を確かめる。

    Check an area folder or a table file. Exit 0 valid, 1 invalid, 2 usage.
    """
    with progress_for(target, enabled=fmt == "text" and _is_large(target)) as progress:
        report = validate(target, lang=lang, sheet=sheet, progress=progress)
    render = {"json": to_json, "github": to_github}.get(fmt)
    text = render(report) if render else to_text(report, strict=strict, show_all=show_all)
    if text:
        click.echo(text)
    return EXIT_OK if report.passes(strict) else EXIT_INVALID


def _is_large(target: Path) -> bool:
    files = [target] if target.is_file() else list(target.glob("data/resources.*"))
    return sys.stderr.isatty() and any(f.stat().st_size > _LARGE_FILE for f in files)
