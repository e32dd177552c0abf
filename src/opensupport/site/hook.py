"""How the website joins ``opensupport build``: a writer for ``build.SITE_WRITERS``.

``site_writer(directory, out_dir, area)`` writes the site into OUT with the area's config
(map tiles, feedback, emergency contacts) and its ``pages/``. The hook passes the Area as the
third argument; when it passes anything else (the build time), the site is written with the
default config. ``build_with_site()`` runs a build with the writer bound to the area, whatever
the hook currently holds.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from ..area import Area, load_area
from ..model import Directory
from .generate import write_site


def site_writer(directory: Directory, out_dir: Path, area: Any = None) -> None:
    """The ``SITE_WRITERS`` entry: write the website next to ``data/``."""
    if isinstance(area, Area):
        write_site(directory, out_dir, config=area.config, pages_dir=area.pages_dir)
    else:
        write_site(directory, out_dir)


@contextmanager
def site_bound_to(area: Area) -> Iterator[None]:
    """While inside, ``build()`` writes the site with this area's config (and only once)."""
    from ..build import SITE_WRITERS

    saved = list(SITE_WRITERS)

    def bound(directory: Directory, out_dir: Path, *_: Any) -> None:
        site_writer(directory, out_dir, area)

    SITE_WRITERS[:] = [bound]
    try:
        yield
    finally:
        SITE_WRITERS[:] = saved


def build_with_site(area_path: str | Path, out: str | Path | None = None, **options: Any) -> Any:
    """``build()`` with the website, for ``serve`` and the tests; returns the BuildResult."""
    from ..build import build

    with site_bound_to(load_area(area_path)):
        return build(area_path, out, **options)
