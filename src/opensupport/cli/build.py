"""``opensupport build``."""

from __future__ import annotations

from pathlib import Path

import click

from ..build import DATA, build
from ..render import to_text
from .main import (
    EXIT_INVALID,
    EXIT_OK,
    area_argument,
    cli,
    debug_option,
    guarded,
    lang_option,
    out_option,
)

_SITE = {
    "ja": "ウェブサイト：{out}/index.html（一覧、地図、支援先ごとのページ {n}件）",
    "en": "Website: {out}/index.html (list, map, a page for each of {n} resources)",
}
_WARNINGS = {
    "ja": "警告 {n}件（詳しくは opensupport validate で）",
    "en": "{n} warnings (see opensupport validate)",
}


@cli.command("build")
@area_argument
@out_option
@lang_option
@debug_option
@guarded
def build_command(area: Path, out: Path | None, lang: str, debug: bool) -> int:
    """エリアのデータを確かめ、公開用のフォルダ（data/ とサイト）を書き出す。

    Validate an area and write its deployable folder. Exit 0 done, 1 invalid data, 2 usage.
    """
    result = build(area, out, lang=lang)
    if result.summary is None:
        click.echo(to_text(result.report))
        return EXIT_INVALID
    click.echo(result.summary.text(lang, folder=str(result.out / DATA)))
    if (result.out / "index.html").is_file():
        click.echo(_SITE[lang].format(out=result.out, n=result.summary.resources))
    if result.report.warnings:
        click.echo(_WARNINGS[lang].format(n=len(result.report.warnings)))
    return EXIT_OK
