"""opensupport: publish local directories of support for children who cannot go to school.

The library is the product; the command line is a thin layer over these functions.
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("opensupport")
except PackageNotFoundError:  # running from a source tree without installing
    __version__ = "0.0.0"

from .area import Area, load_area
from .build import BuildResult, build
from .errors import OpenSupportError
from .fix import FixResult, fix
from .model import Directory, Resource, build_model
from .new import new_area
from .read import Table, read
from .report import Issue, Report
from .schema import Schema, load_schema
from .sheet import make_sheet
from .validate import validate
from .worklist import WorkList, worklist

__all__ = [
    "Area",
    "BuildResult",
    "Directory",
    "FixResult",
    "Issue",
    "OpenSupportError",
    "Report",
    "Resource",
    "Schema",
    "Table",
    "WorkList",
    "__version__",
    "build",
    "build_model",
    "fix",
    "load_area",
    "load_schema",
    "make_sheet",
    "new_area",
    "read",
    "validate",
    "worklist",
]
