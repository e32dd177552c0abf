"""The area folder: ``opensupport.yml``, ``data/resources.(xlsx|csv)``, ``pages/``."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .config import CONFIG_NAME, read_config
from .errors import OpenSupportError
from .report import Issue

DATA_CANDIDATES = ("data/resources.xlsx", "data/resources.csv")


@dataclass
class Area:
    root: Path
    config: dict[str, Any] = field(default_factory=dict)
    data_path: Path | None = None
    issues: list[Issue] = field(default_factory=list)

    def display(self, path: Path) -> str:
        """A path as the user will recognise it: relative to where they ran the command."""
        return display_path(path)

    @property
    def pages_dir(self) -> Path:
        return self.root / "pages"


def display_path(path: Path) -> str:
    try:
        relative = os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return str(path)
    return str(path) if relative.startswith("..") else relative


def load_area(root: str | Path) -> Area:
    """Read an area folder's config and find its data file (problems become Issues)."""
    root = Path(root)
    if not root.is_dir():
        raise OpenSupportError("フォルダがありません。", "No such folder.", file=str(root))
    area = Area(root=root)
    config_path = root / CONFIG_NAME
    if not config_path.is_file():
        area.issues.append(Issue("config-missing", display_path(config_path)))
    else:
        area.config, issues = read_config(config_path, display_path(config_path))
        area.issues.extend(issues)
    area.data_path = _find_data(area)
    return area


def _find_data(area: Area) -> Path | None:
    configured = area.config.get("data")
    if isinstance(configured, str):
        path = area.root / configured
        if path.is_file():
            return path
        area.issues.append(
            Issue(
                "data-missing",
                display_path(area.root / CONFIG_NAME),
                value=configured,
                column="data",
            )
        )
        return None
    for candidate in DATA_CANDIDATES:
        if (area.root / candidate).is_file():
            return area.root / candidate
    area.issues.append(Issue("data-missing", display_path(area.root), value=DATA_CANDIDATES[0]))
    return None
