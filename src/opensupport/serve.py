"""``serve()``: build an area, serve OUT on 127.0.0.1, rebuild when its files change.

The server is the standard library's ``http.server`` in a thread; changes are found by polling
the modification times of ``opensupport.yml``, ``data/`` and ``pages/`` (no extra dependency).
A build with errors keeps the previous site online and reports the errors; builds are atomic,
so a request never sees a half-written folder.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from .build import DEFAULT_OUT, build
from .config import CONFIG_NAME
from .errors import OpenSupportError

HOST = "127.0.0.1"
WATCHED = (CONFIG_NAME, "data", "pages")

BuildCallback = Callable[[Any], None]  # gets a BuildResult, or an OpenSupportError


class QuietHandler(SimpleHTTPRequestHandler):
    """Serves OUT without logging every request to the terminal."""

    def log_message(self, format: str, *args: Any) -> None:
        pass


def snapshot(area: Path) -> dict[str, float]:
    """Modification times of every watched file (a file added or removed changes it too)."""
    found: dict[str, float] = {}
    for name in WATCHED:
        path = area / name
        files = [path] if path.is_file() else sorted(p for p in path.rglob("*") if p.is_file())
        for file in files:
            try:
                found[str(file)] = file.stat().st_mtime_ns
            except FileNotFoundError:  # removed while we looked
                continue
    return found


@dataclass
class SiteServer:
    """A running server: its URL, and how to stop it."""

    url: str
    httpd: ThreadingHTTPServer
    thread: threading.Thread

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join()


def start_server(out: Path, port: int = 8000) -> SiteServer:
    """Serve ``out`` on 127.0.0.1:``port`` (0 picks a free port) in a background thread."""
    handler = partial(QuietHandler, directory=str(out))
    httpd = ThreadingHTTPServer((HOST, port), handler)
    thread = threading.Thread(target=httpd.serve_forever, name="opensupport-serve", daemon=True)
    thread.start()
    return SiteServer(f"http://{HOST}:{httpd.server_address[1]}/", httpd, thread)


def serve(
    area: str | Path,
    out: str | Path | None = None,
    *,
    port: int = 8000,
    interval: float = 1.0,
    lang: str = "ja",
    on_start: Callable[[SiteServer], None] | None = None,
    on_build: BuildCallback | None = None,
    stop: threading.Event | None = None,
) -> None:
    """Build, serve, and rebuild on change until ``stop`` is set (or Ctrl+C)."""
    area = Path(area)
    out_dir = Path(out) if out is not None else area / DEFAULT_OUT
    report = on_build or (lambda result: None)
    stop = stop or threading.Event()
    seen = snapshot(area)
    report(build(area, out_dir, lang=lang))  # a broken area raises here: nothing to serve
    server = start_server(out_dir, port)
    if on_start:
        on_start(server)
    try:
        while not stop.wait(interval):
            now = snapshot(area)
            if now != seen:
                seen = now
                report(_rebuild(area, out_dir, lang))
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()


def _rebuild(area: Path, out_dir: Path, lang: str) -> Any:
    """The BuildResult, or the OpenSupportError that stopped the build (the server goes on)."""
    try:
        return build(area, out_dir, lang=lang)
    except OpenSupportError as err:
        return err
