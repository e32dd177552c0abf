"""Build ``src/opensupport/data/municipalities.csv`` from the localgovjp list.

Source: ``localgovjp.csv`` compiled by code4fukui (https://github.com/code4fukui/localgovjp)
from J-LIS and GSI data, released under CC0. Columns read: pref, city, citykana, lat, lng, lgcode.

Usage::

    python tools/build_municipalities.py [SOURCE_CSV] [OUTPUT_CSV]

Defaults: ``/work/shared/reference/japan/localgovjp.csv`` and
``src/opensupport/data/municipalities.csv`` relative to the repository root.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = Path("/work/shared/reference/japan/localgovjp.csv")
DEFAULT_OUTPUT = ROOT / "src" / "opensupport" / "data" / "municipalities.csv"
FIELDS = ["code", "prefecture", "name", "kana", "latitude", "longitude"]


def _squash(text: str) -> str:
    """Remove the spaces the source puts between a city and its ward."""
    return "".join(text.split())


def read_source(path: Path) -> list[dict[str, str]]:
    """Read localgovjp.csv (UTF-8 with BOM) into rows of our output columns."""
    with path.open(encoding="utf-8-sig", newline="") as fh:
        rows = []
        for rec in csv.DictReader(fh):
            code = rec["lgcode"].strip()
            if len(code) != 6 or not code.isascii() or not code.isdigit():
                raise ValueError(f"unexpected lgcode {code!r} in {path}")
            rows.append(
                {
                    "code": code,
                    "prefecture": rec["pref"].strip(),
                    "name": _squash(rec["city"]),
                    "kana": _squash(rec["citykana"]),
                    "latitude": rec["lat"].strip(),
                    "longitude": rec["lng"].strip(),
                }
            )
    codes = [r["code"] for r in rows]
    if len(set(codes)) != len(codes):
        raise ValueError(f"duplicate lgcode in {path}")
    return sorted(rows, key=lambda r: r["code"])


def write_output(rows: list[dict[str, str]], path: Path) -> None:
    """Write rows as UTF-8 CSV (no BOM, LF line endings)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=FIELDS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    args = sys.argv[1:] if argv is None else argv
    source = Path(args[0]) if args else DEFAULT_SOURCE
    output = Path(args[1]) if len(args) > 1 else DEFAULT_OUTPUT
    rows = read_source(source)
    write_output(rows, output)
    print(f"wrote {len(rows)} municipalities to {output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
