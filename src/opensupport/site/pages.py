"""Free pages: ``AREA/pages/*.md`` rendered with markdown-it-py, raw HTML disabled.

Raw HTML in the Markdown is shown as text (``html: False``); link targets other than http,
https, mailto, tel and relative paths are dropped by markdown-it's link validation plus ours.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from markdown_it import MarkdownIt

_SLUG_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]*$")
_ALLOWED_LINK_RE = re.compile(r"^(https?:|mailto:|tel:|#|/|\.|[A-Za-z0-9_-]+(/|\.|$))", re.I)


@dataclass(frozen=True)
class Page:
    slug: str  # URL part: pages/{slug}/
    title: str
    html: str  # rendered body, safe to insert


def _markdown() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    default_validate = md.validateLink
    md.validateLink = lambda url: (
        default_validate(url)
        and bool(  # type: ignore[method-assign]
            _ALLOWED_LINK_RE.match(url.strip())
        )
    )
    return md


def read_pages(pages_dir: Path | None) -> list[Page]:
    """Every ``*.md`` with an ASCII file name, sorted by file name (``01-about.md`` first)."""
    if pages_dir is None or not pages_dir.is_dir():
        return []
    md = _markdown()
    found = []
    for path in sorted(pages_dir.glob("*.md")):
        slug = path.stem
        if not _SLUG_RE.match(slug):
            continue
        text = path.read_text(encoding="utf-8-sig")
        found.append(Page(slug, _title(text, slug), md.render(text)))
    return found


def _title(text: str, fallback: str) -> str:
    for line in text.splitlines():
        if line.startswith("# "):
            return line[2:].strip()
    return fallback
