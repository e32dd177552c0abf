"""Write the generated reference pages of the guide (run by `make docs`)."""

from pathlib import Path

from opensupport.reference import PAGES

ROOT = Path(__file__).resolve().parents[1]

for relative, render in PAGES.items():
    path = ROOT / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render(), encoding="utf-8")
    print(f"wrote {relative}")
