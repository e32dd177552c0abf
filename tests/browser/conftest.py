"""Browser tests: Debian's Chromium driven by Playwright, on sites built once per session.

Three sites are built and served from one local http.server on 127.0.0.1:

* ``/fukaya/``  — examples/fukaya, as deployed;
* ``/area/``    — tests/data/site/area (the search fixtures, an emergency band, a free page);
* ``/hostile/`` — the fixture area with script-like values and ``javascript:`` URLs injected
  into the model (validation would refuse them, so they are put in after it).

Every page records its requests: tile requests are answered locally with a blank PNG, anything
else off 127.0.0.1 is aborted, and the test fails if it saw one, a console error (a CSP
violation is one) or a dialog. Without /usr/bin/chromium the tests skip — except in CI.
"""

from __future__ import annotations

import os
import shutil
import threading
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from browsing import Recorder, open_context, watch

from opensupport.area import load_area
from opensupport.build import build
from opensupport.model import build_model
from opensupport.schema import load_schema
from opensupport.site import write_site
from opensupport.validate import validate_table

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
FUKAYA = ROOT / "examples" / "fukaya"
AREA = ROOT / "tests" / "data" / "site" / "area"
ARTIFACTS = ROOT / "test-artifacts"
TODAY = date(2026, 2, 10)
PHONE = {"width": 375, "height": 667}
DESKTOP = {"width": 1280, "height": 900}


def unavailable(reason: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(f"browser tests cannot run in CI: {reason}")
    pytest.skip(reason)


def hostile_directory() -> tuple[Any, Any]:
    """The fixture area's model with script-like values and javascript: links injected."""
    report, table = validate_table(AREA, today=TODAY)
    assert report.valid and table is not None
    area = load_area(AREA)
    directory = build_model(table, area.config, load_schema(), today=TODAY)
    evil = "javascript:alert('href')"
    resources = tuple(
        replace(
            r,
            url=evil,
            form_url="javascript:alert(1)",
            line_url="data:text/html,x",
            email="x@example.org?subject=<script>",
            phone="javascript:alert(2)",
            alert='</script><img src=x onerror="alert(6)">',
            description="<iframe src=x>",
        )
        if r.id == "xss-test"
        else r
        for r in directory.resources
    )
    return replace(directory, resources=resources), area


@pytest.fixture(scope="session")
def sites(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The three sites, built once, under one folder."""
    root = tmp_path_factory.mktemp("sites")
    for name, area in (("fukaya", FUKAYA), ("area", AREA)):
        result = build(area, root / name, today=TODAY)
        assert result.ok, result.report
    shutil.copytree(root / "area", root / "hostile")
    directory, area = hostile_directory()
    write_site(directory, root / "hostile", config=area.config, pages_dir=area.pages_dir)
    many = many_area(tmp_path_factory.mktemp("many-area"), MANY)
    assert build(many, root / "many", today=TODAY).ok
    return root


MANY = 150  # more than the list shows at once with JavaScript (100)


def many_area(folder: Path, count: int) -> Path:
    """An area with ``count`` generated resources (every other one a 親の会)."""
    (folder / "data").mkdir()
    shutil.copy(FUKAYA / "opensupport.yml", folder / "opensupport.yml")
    lines = ["ID,名称,種別,カテゴリ,運営状況,所在地の公開,市町村コード,情報源,掲載状態"]
    for n in range(count):
        kind = "親の会・家族会,家族・保護者" if n % 2 else "教育相談,相談する"
        lines.append(f"many-{n:03d},テスト支援先{n:03d},{kind},運営中,公開,112186,テスト,掲載")
    (folder / "data" / "resources.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture(scope="session")
def base_url(sites: Path) -> Iterator[str]:
    handler = partial(_QuietHandler, directory=str(sites))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        unavailable(f"{CHROMIUM} is missing (apt-get install -y chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        unavailable("playwright is not installed (pip install -e '.[dev]')")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


def _assert_clean(recorder: Recorder) -> None:
    assert recorder.foreign == [], "requests to third parties"
    assert recorder.dialogs == [], "a dialog opened (script ran)"
    assert recorder.errors == [], "console errors (CSP violations count)"


@pytest.fixture
def page(browser: Any, recorder: Recorder) -> Iterator[Any]:
    """A desktop page; after the test: no third-party request, no console error, no dialog."""
    context = open_context(browser, recorder, viewport=DESKTOP)
    yield watch(context.new_page(), recorder)
    context.close()
    _assert_clean(recorder)


@pytest.fixture
def phone_page(browser: Any, recorder: Recorder) -> Iterator[Any]:
    context = open_context(
        browser, recorder, viewport=PHONE, device_scale_factor=2, is_mobile=True, has_touch=True
    )
    yield watch(context.new_page(), recorder)
    context.close()
    _assert_clean(recorder)


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
