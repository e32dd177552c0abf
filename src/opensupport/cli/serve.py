"""``opensupport serve``."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import click

from ..errors import OpenSupportError
from ..render import to_text
from ..serve import SiteServer, serve
from .main import EXIT_OK, area_argument, cli, debug_option, guarded, lang_option, out_option

_TEXT = {
    "ja": {
        "start": "{url} で見られます（Ctrl+C で終了）。データ・設定・ページを保存すると作り直します。",
        "built": "{time} サイトを作りました：{out}",
        "failed": "{time} エラーがあるため作り直せませんでした（前のサイトのままです）：",
    },
    "en": {
        "start": "Serving at {url} (Ctrl+C to stop). Saving data, config or pages rebuilds.",
        "built": "{time} built the site: {out}",
        "failed": "{time} not rebuilt: the data has errors (the previous site stays):",
    },
}


@cli.command("serve")
@area_argument
@out_option
@click.option("-p", "--port", type=int, default=8000, show_default=True, help="ポート / port")
@lang_option
@debug_option
@guarded
def serve_command(area: Path, out: Path | None, port: int, lang: str, debug: bool) -> int:
    """サイトを作って 127.0.0.1 で表示し、ファイルが変わるたびに作り直す。

    Build the site, serve it on 127.0.0.1 and rebuild when the area's files change.
    """
    text = _TEXT[lang]

    def started(server: SiteServer) -> None:
        click.echo(text["start"].format(url=server.url))

    def built(result: Any) -> None:
        time = datetime.now().strftime("%H:%M:%S")
        if isinstance(result, OpenSupportError):
            click.echo(f"{time} opensupport: {result.message(lang)}", err=True)
        elif result.ok:
            click.echo(text["built"].format(time=time, out=result.out))
        else:
            click.echo(text["failed"].format(time=time))
            click.echo(to_text(result.report))

    serve(area, out, port=port, lang=lang, on_start=started, on_build=built)
    return EXIT_OK
