"""The ``opensupport`` group, shared options and error handling."""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Any

import click

from .. import __version__
from ..errors import OpenSupportError

EXIT_OK, EXIT_INVALID, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3

lang_option = click.option(
    "--lang",
    type=click.Choice(["ja", "en"]),
    default="ja",
    show_default=True,
    help="メッセージの言語 / message language",
)
debug_option = click.option(
    "--debug", is_flag=True, help="内部エラーの詳細を表示 / show tracebacks"
)


area_argument = click.argument("area", default=".", type=click.Path(path_type=Path))
out_option = click.option(
    "-o",
    "--out",
    type=click.Path(path_type=Path),
    help="出力先のフォルダ（省略時は AREA/_site）/ output folder (default AREA/_site)",
)


def guarded(func: Callable[..., int]) -> Callable[..., None]:
    """Turn OpenSupportError into one clean line (exit 2) and anything unexpected into exit 3
    (a traceback only with --debug)."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> None:
        lang = kwargs.get("lang", "ja")
        try:
            code = func(*args, **kwargs)
        except (click.exceptions.Abort, click.exceptions.ClickException, click.exceptions.Exit):
            raise  # click prints these itself (usage errors exit 2, an abort 1)
        except OpenSupportError as err:
            click.echo(f"opensupport: {err.message(lang)}", err=True)
            sys.exit(EXIT_USAGE)
        except Exception as err:
            if kwargs.get("debug"):
                traceback.print_exc()
            else:
                hint = "（--debug で詳細を表示）" if lang == "ja" else " (--debug for details)"
                click.echo(f"opensupport: 内部エラー / internal error: {err!r}{hint}", err=True)
            sys.exit(EXIT_INTERNAL)
        sys.exit(code)

    return wrapper


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="opensupport")
def cli() -> None:
    """opensupport — 不登校・子ども若者支援の地域資源マップをつくり、確かめ、公開する。

    Validate and publish local directories of support for children who cannot go to school.
    """


from . import build as _build  # noqa: E402,F401
from . import fix as _fix  # noqa: E402,F401
from . import new as _new  # noqa: E402,F401
from . import serve as _serve  # noqa: E402,F401
from . import sheet as _sheet  # noqa: E402,F401
from . import validate as _validate  # noqa: E402,F401  (registers the command)
from . import worklist as _worklist  # noqa: E402,F401
