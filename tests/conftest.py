"""Shared test options and fixtures."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from unittest import mock

import pytest

ROOT = Path(__file__).resolve().parents[1]
BUILD_AREAS = Path(__file__).parent / "data" / "build"
EPOCH = "1770681600"  # SOURCE_DATE_EPOCH of test builds: 2026-02-10T00:00:00Z


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="rewrite the golden files under tests/golden/ from the current output",
    )
    parser.addoption(
        "--update-screens",
        action="store_true",
        default=False,
        help="save the browser tests' screenshots of examples/fukaya into docs/assets/screens/",
    )


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    """True when pytest runs with --update-golden."""
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """Build an area once per session (``fukaya`` or a folder of tests/data/build/) with
    SOURCE_DATE_EPOCH fixed; returns the OUT folder."""
    from opensupport.build import build
    from opensupport.render import to_text

    outs: dict[str, Path] = {}

    def run(name: str) -> Path:
        if name not in outs:
            area = ROOT / "examples" / "fukaya" if name == "fukaya" else BUILD_AREAS / name
            out = tmp_path_factory.mktemp(f"build-{name}") / "site"
            with mock.patch.dict(os.environ, {"SOURCE_DATE_EPOCH": EPOCH}):
                result = build(area, out)
            assert result.ok, to_text(result.report)
            outs[name] = out
        return outs[name]

    return run
