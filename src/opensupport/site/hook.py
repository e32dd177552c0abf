"""How the website joins ``opensupport build``: the writer in ``build.SITE_WRITERS``.

``site_writer(directory, out_dir, area)`` writes the site into OUT with the area's config
(map tiles, feedback, emergency contacts) and its ``pages/``.
"""

from __future__ import annotations

from pathlib import Path

from ..area import Area
from ..model import Directory
from .generate import write_site


def site_writer(directory: Directory, out_dir: Path, area: Area) -> None:
    """The ``SITE_WRITERS`` entry: write the website next to ``data/``."""
    write_site(directory, out_dir, config=area.config, pages_dir=area.pages_dir)
