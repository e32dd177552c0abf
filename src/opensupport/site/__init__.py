"""The website: a small Jinja2 generator over the model (see ``generate.py``)."""

from __future__ import annotations

from .generate import write_site
from .hook import site_writer
from .search import normalise

__all__ = ["normalise", "site_writer", "write_site"]
