"""Static files: our CSS and scripts, and Leaflet from the installed ``django-js-lib-leaflet``.

Leaflet is taken from the registry package at build time (never copied into this
repository): ``leaflet.js``, ``leaflet.css``, its marker images and its BSD licence go to
``assets/leaflet/``.
"""

from __future__ import annotations

import importlib.util
import shutil
from importlib import resources
from importlib.metadata import PackageNotFoundError, distribution
from pathlib import Path

from ..errors import OpenSupportError

OWN_ASSETS = ("site.css", "site.js", "map.js")
LEAFLET_PACKAGE = "js_lib_leaflet"
LEAFLET_FILES = ("leaflet.js", "leaflet.css")


def copy_assets(assets_dir: Path) -> list[Path]:
    """Copy our assets and Leaflet into ``assets_dir``; return the files written."""
    assets_dir.mkdir(parents=True, exist_ok=True)
    source = resources.files("opensupport.site").joinpath("assets")
    written = []
    for name in OWN_ASSETS:
        target = assets_dir / name
        target.write_bytes(source.joinpath(name).read_bytes())
        written.append(target)
    return written + copy_leaflet(assets_dir / "leaflet")


def leaflet_dir() -> Path:
    """Where the installed package keeps Leaflet's files."""
    spec = importlib.util.find_spec(LEAFLET_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise OpenSupportError(
            "地図のための Leaflet が見つかりません（pip install django-js-lib-leaflet）。",
            "Leaflet is missing: pip install django-js-lib-leaflet.",
        )
    return Path(next(iter(spec.submodule_search_locations))) / "static" / LEAFLET_PACKAGE


def copy_leaflet(target: Path) -> list[Path]:
    source = leaflet_dir()
    (target / "images").mkdir(parents=True, exist_ok=True)
    written = []
    for name in LEAFLET_FILES:
        written.append(Path(shutil.copyfile(source / name, target / name)))
    for image in sorted((source / "images").glob("*.png")):
        written.append(Path(shutil.copyfile(image, target / "images" / image.name)))
    licence = _licence_text()
    if licence:
        (target / "LICENSE.txt").write_text(licence, encoding="utf-8")
        written.append(target / "LICENSE.txt")
    return written


def _licence_text() -> str:
    try:
        dist = distribution("django-js-lib-leaflet")
    except PackageNotFoundError:
        return ""
    for name in ("LICENSE", "licenses/LICENSE", "LICENSE.txt"):
        text = dist.read_text(name)
        if text:
            return text
    return ""
