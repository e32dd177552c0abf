"""The wheel works on its own: installed in a clean venv outside the repository, it validates a
copy of examples/fukaya (schema/ must travel inside the wheel)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run(*args, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess:
    done = subprocess.run(
        [str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=600
    )
    assert done.returncode == 0, f"{args}\n{done.stdout}\n{done.stderr}"
    return done


def test_wheel_installs_and_validates_outside_the_repo(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    run(
        sys.executable,
        "-m",
        "build",
        "--wheel",
        "--outdir",
        tmp_path / "dist",
        ROOT,
        cwd=tmp_path,
        env=env,
    )
    (wheel,) = (tmp_path / "dist").glob("opensupport-*.whl")

    venv = tmp_path / "venv"
    run(sys.executable, "-m", "venv", venv, cwd=tmp_path, env=env)
    python, script = venv / "bin" / "python", venv / "bin" / "opensupport"
    run(
        python,
        "-m",
        "pip",
        "install",
        "--quiet",
        "--disable-pip-version-check",
        wheel,
        cwd=tmp_path,
        env=env,
    )

    where = run(
        python, "-c", "import opensupport; print(opensupport.__file__)", cwd=tmp_path, env=env
    ).stdout.strip()
    assert Path(where).is_relative_to(tmp_path), where

    shutil.copytree(ROOT / "examples" / "fukaya", tmp_path / "fukaya")
    done = run(script, "validate", "fukaya", cwd=tmp_path, env=env)
    assert done.stdout.startswith("fukaya/data/resources.csv：67件を確認しました。")
