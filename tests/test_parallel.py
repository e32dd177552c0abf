"""A build shared by two processes writes the same bytes as one (opensupport.publish.parallel)."""

from __future__ import annotations

import os
from pathlib import Path
from unittest import mock

import pytest

from opensupport.build import build
from opensupport.publish import parallel
from opensupport.publish.parallel import in_two, map_in_two

ROOT = Path(__file__).resolve().parents[1]
EPOCH = "1770681600"  # SOURCE_DATE_EPOCH of test builds, as in tests/conftest.py


@pytest.fixture
def always_share(monkeypatch: pytest.MonkeyPatch) -> None:
    """Share the work however few the items (when this system can fork at all)."""
    monkeypatch.setattr(parallel, "MIN_ITEMS", 1)


def files(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_shared_build_writes_the_same_bytes(built, always_share, tmp_path: Path) -> None:
    with mock.patch.dict(os.environ, {"SOURCE_DATE_EPOCH": EPOCH}):
        result = build(ROOT / "examples" / "fukaya", tmp_path / "site")
    assert result.ok
    assert files(tmp_path / "site") == files(built("fukaya"))


def test_results_keep_their_order(always_share) -> None:
    assert map_in_two(lambda n: n * n, list(range(7))) == [n * n for n in range(7)]
    assert map_in_two(lambda n: n, []) == []


def _fails_on_five(n: int) -> int:
    if n == 5:
        raise ValueError("five")
    return n


@pytest.mark.parametrize("items", [[5, 0], [0, 5]])  # this process, then the forked one
def test_an_error_in_either_process_is_raised(always_share, items: list[int]) -> None:
    with pytest.raises(ValueError, match="five"):
        map_in_two(_fails_on_five, items)


def test_work_shared_again_in_the_child_is_done_there(always_share) -> None:
    here, there = in_two(
        lambda: map_in_two(lambda n: n + 1, [1, 2, 3]),
        lambda: (os.getpid(), map_in_two(lambda n: os.getpid(), [1, 2, 3])),
        worth_it=True,
    )
    child, pids = there
    assert here == [2, 3, 4]
    assert pids == [child] * 3  # the child did all three itself: it never forks again
