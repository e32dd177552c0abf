"""Helpers for the browser tests: a page that records what it requests and what goes wrong.

Tile requests are answered locally with a blank PNG; any other request off 127.0.0.1 is aborted
and recorded.
"""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass, field
from functools import partial
from typing import Any
from urllib.parse import urlsplit

try:  # the browser fixture skips (or fails in CI) when playwright is missing
    from playwright.sync_api import expect
except ImportError:  # pragma: no cover
    expect = None  # type: ignore[assignment]

TILE_HOSTS = {"cyberjapandata.gsi.go.jp", "tiles.example.test"}


def _blank_png(size: int = 256) -> bytes:
    """A light grey square PNG (a stand-in map tile)."""
    row = b"\x00" + b"\xee\xee\xee" * size
    raw = zlib.compress(row * size)

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", raw) + chunk(b"IEND", b"")


TILE = _blank_png()


@dataclass
class Recorder:
    """What a page did: every request, the off-site ones, console errors and dialogs."""

    requests: list[str] = field(default_factory=list)
    foreign: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)


def _route(recorder: Recorder, route: Any) -> None:
    url = route.request.url
    host = urlsplit(url).hostname or ""
    if host == "127.0.0.1":
        route.continue_()
    elif host in TILE_HOSTS:
        route.fulfill(status=200, content_type="image/png", body=TILE)
    else:
        recorder.foreign.append(url)
        route.abort()


def open_context(browser: Any, recorder: Recorder, **options: Any) -> Any:
    context = browser.new_context(locale="ja-JP", **options)
    context.set_default_timeout(5000)
    context.route("**/*", partial(_route, recorder))
    return context


def watch(page: Any, recorder: Recorder) -> Any:
    page.on("request", lambda request: recorder.requests.append(request.url))
    page.on("console", lambda m: recorder.errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda error: recorder.errors.append(str(error)))

    def dialog(d: Any) -> None:
        recorder.dialogs.append(d.message)
        d.dismiss()

    page.on("dialog", dialog)
    return page
