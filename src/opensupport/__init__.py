"""opensupport: publish local directories of support for children who cannot go to school.

The library is the product; the command line is a thin layer over these functions.
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("opensupport")
except PackageNotFoundError:  # running from a source tree without installing
    __version__ = "0.0.0"

from .area import Area, load_area  # noqa: E402
from .errors import OpenSupportError  # noqa: E402
from .read import Table, read  # noqa: E402
from .report import Issue, Report  # noqa: E402
from .schema import Schema, load_schema  # noqa: E402
from .validate import validate  # noqa: E402

__all__ = [
    "Area",
    "Issue",
    "OpenSupportError",
    "Report",
    "Schema",
    "Table",
    "__version__",
    "load_area",
    "load_schema",
    "read",
    "validate",
]
