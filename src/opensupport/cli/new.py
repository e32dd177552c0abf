"""``opensupport new``: a ready repository for a new area, from a few questions."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from ..errors import OpenSupportError
from ..new import check_answer, check_codes, load_answers, new_area, next_steps, questions, suggest
from .main import EXIT_OK, cli, debug_option, guarded


@cli.command("new")
@click.argument("directory", default=".", type=click.Path(file_okay=False, path_type=Path))
@click.option(
    "--config",
    "config_file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="回答を書いたYAMLファイル / a YAML file with the answers",
)
@click.option("--no-input", is_flag=True, help="質問しない（--config が必要）/ ask nothing")
@debug_option
@guarded
def new_command(directory: Path, config_file: Path | None, no_input: bool, debug: bool) -> int:
    """新しい地域のリポジトリを DIRECTORY の中に作る（いくつかの質問に答えます）。

    Create a repository for a new area inside DIRECTORY (default: the current folder).
    Answers file keys: municipalities, area_name, prefecture, publisher, contact, site_url,
    data_format, license (and optionally slug, name_en).
    """
    if no_input and config_file is None:
        raise OpenSupportError(
            "--no-input のときは --config で回答ファイルを指定してください。",
            "--no-input needs --config with the answers file.",
        )
    answers: dict[str, Any] = load_answers(config_file) if config_file else {}
    if not no_input:
        _ask(answers)
    root = new_area(answers, directory)
    towns = "、".join(
        f"{t.code}（{t.prefecture}{t.name}）" for t in check_codes(answers["municipalities"])
    )
    click.echo(f"作成しました：{root}\n市町村コード：{towns}\n\n次の3つを進めてください：")
    for number, step in enumerate(next_steps(root), start=1):
        click.echo(f"{number}. {step}")
    return EXIT_OK


def _ask(answers: dict[str, Any]) -> None:
    """Ask, in Japanese, every question the answers file left open; re-ask a wrong answer."""
    for question in questions():
        if question.name in answers:
            continue

        def proc(value: str, name: str = question.name) -> str:
            try:
                return check_answer(name, value, answers)
            except OpenSupportError as err:
                raise click.BadParameter(err.message("ja")) from err

        choices = f"（{' / '.join(question.choices)}）" if question.choices else ""
        answers[question.name] = click.prompt(
            question.prompt + choices,
            default=suggest(question.name, answers),
            show_default=bool(suggest(question.name, answers)),
            value_proc=proc,
            show_choices=False,
        )
