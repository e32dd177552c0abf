"""A progress bar for large files, on stderr only when it is a terminal."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

STAGES = ("read", "structure", "rules")
_LABELS = {"read": "読み込み", "structure": "構造の確認", "rules": "ルールの確認"}


@contextmanager
def progress_for(target: Path, enabled: bool) -> Iterator[Callable[[str], None] | None]:
    if not enabled:
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

    columns = (TextColumn("{task.description}"), BarColumn(), TimeElapsedColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task(str(target), total=len(STAGES))

        def step(stage: str) -> None:
            bar.update(
                task,
                completed=STAGES.index(stage),
                description=f"{target}: {_LABELS.get(stage, stage)}",
            )

        yield step
