"""The command line: a thin layer. Each command parses options, calls one library function,
renders the result and returns an exit code (0 done/valid, 1 invalid data, 2 usage, 3 internal)."""

from __future__ import annotations

import sys

from .main import cli


def main() -> None:
    sys.exit(cli.main(prog_name="opensupport", standalone_mode=True))


__all__ = ["cli", "main"]
