"""Golden files: examples/fukaya's data/ as built with SOURCE_DATE_EPOCH fixed.

``pytest tests/test_golden.py --update-golden`` (``make golden``) rewrites tests/golden/fukaya/
after an intended change; review the diff before committing it.
"""

from __future__ import annotations

import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = ROOT / "tests" / "golden" / "fukaya"


def files(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_fukaya_data_matches_golden_files(built, update_golden: bool) -> None:
    data = built("fukaya") / "data"
    if update_golden:
        shutil.rmtree(GOLDEN, ignore_errors=True)
        shutil.copytree(data, GOLDEN)
    expected, actual = files(GOLDEN), files(data)
    assert sorted(actual) == sorted(expected), "files added or removed: run make golden"
    changed = [name for name in expected if expected[name] != actual[name]]
    assert changed == [], f"changed: {changed[:10]} (run make golden after an intended change)"
