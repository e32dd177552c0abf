"""``opensupport report``: the CSW's work list."""

from __future__ import annotations

from pathlib import Path

import click

from ..fileio import write_atomic
from ..schema import load_schema
from ..worklist import CURRENT, STATE_LABELS, WorkList, worklist
from .main import EXIT_OK, cli, debug_option, guarded, lang_option

_WORDS = {
    "ja": {
        "head": "作業リスト：{n}件（確認済み {ok}件、未確認 {unv}件、要再確認 {stale}件）",
        "due": "期限 {due}",
        "now": "期限 今すぐ",
        "missing": "空の推奨項目：{fields}",
        "wrote": "CSVを書き出しました：{path}",
    },
    "en": {
        "head": "Work list: {n} entries ({ok} verified, {unv} unverified, {stale} stale)",
        "due": "due {due}",
        "now": "due now",
        "missing": "missing: {fields}",
        "wrote": "Wrote CSV: {path}",
    },
}


@cli.command("report")
@click.argument("target", default=".", type=click.Path(path_type=Path))
@click.option(
    "--csv",
    "csv_path",
    type=click.Path(path_type=Path),
    help="作業リストをCSVにも書き出す / also write the list as CSV",
)
@lang_option
@debug_option
@guarded
def report_command(target: Path, csv_path: Path | None, lang: str, debug: bool) -> int:
    """確認と入力の作業リスト：未確認・要再確認の項目、空の推奨項目、次の確認期限。

    The work list: unverified and stale entries, missing recommended fields, due dates.
    """
    result = worklist(target)
    click.echo(render_worklist(result, lang))
    if csv_path:
        write_atomic(csv_path, result.to_csv(lang))
        click.echo(_WORDS[lang]["wrote"].format(path=csv_path))
    return EXIT_OK


def render_worklist(result: WorkList, lang: str) -> str:
    w, labels, schema = _WORDS[lang], STATE_LABELS[lang], load_schema()
    states = [e.state for e in result.entries]
    lines = [
        w["head"].format(
            n=len(states),
            ok=states.count(CURRENT),
            unv=states.count("unverified"),
            stale=len(states) - states.count(CURRENT) - states.count("unverified"),
        )
    ]
    for e in result.entries:
        due = w["due"].format(due=e.due.isoformat()) if e.due else w["now"]
        lines.append(f"- {e.row}: {e.id} {e.name} [{labels[e.state]}] {due}")
        if e.missing:
            sep = "、" if lang == "ja" else ", "
            fields = sep.join(schema.field(n).label(lang) for n in e.missing)
            lines.append(f"    {w['missing'].format(fields=fields)}")
    return "\n".join(lines)
