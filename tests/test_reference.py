"""The guide's reference pages are generated from the registry and schema/, never hand-synced."""

from pathlib import Path

import pytest

from opensupport import codes
from opensupport.reference import PAGES

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("relative", sorted(PAGES))
def test_generated_page_is_current(relative):
    page = ROOT / relative
    assert page.read_text(encoding="utf-8") == PAGES[relative](), (
        f"{relative} is stale: run `make docs` (python tools/gen_reference.py)"
    )


def test_every_code_has_a_section():
    text = (ROOT / "docs/reference/errors.md").read_text(encoding="utf-8")
    assert all(f"## {code}\n" in text for code in codes.REGISTRY)


def test_codes_are_kebab_case():
    assert all(c.replace("-", "").isalpha() and c == c.lower() for c in codes.REGISTRY)
