"""``opensupport serve`` (issue #5): builds, serves on 127.0.0.1, rebuilds on change."""

from __future__ import annotations

import os
import shutil
import threading
import time
import urllib.request
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from opensupport.cli import serve as _serve_command  # noqa: F401  (registers the command)
from opensupport.cli.main import cli
from opensupport.serve import serve, snapshot, start_server

AREA = Path(__file__).resolve().parent / "data" / "site" / "area"


def fetch(url: str) -> str:
    with urllib.request.urlopen(url, timeout=5) as response:
        return response.read().decode("utf-8")


def wait_for(condition: Any, seconds: float = 20.0) -> None:
    end = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < end, "timed out"
        time.sleep(0.05)


def test_serve_builds_serves_and_rebuilds(tmp_path: Path) -> None:
    area = tmp_path / "area"
    shutil.copytree(AREA, area)
    servers: list[Any] = []
    builds: list[Any] = []
    stop = threading.Event()
    thread = threading.Thread(
        target=serve,
        args=(area,),
        kwargs={
            "port": 0,
            "interval": 0.05,
            "on_start": servers.append,
            "on_build": builds.append,
            "stop": stop,
        },
    )
    thread.start()
    try:
        wait_for(lambda: servers)
        url = servers[0].url
        assert url.startswith("http://127.0.0.1:")
        assert "子ども食堂テスト" in fetch(url + "list/")
        data = area / "data" / "resources.csv"
        data.write_text(
            data.read_text("utf-8").replace("子ども食堂テスト", "こども食堂かわった"),
            encoding="utf-8",
        )
        os.utime(data, ns=(time.time_ns() + 10**9,) * 2)
        wait_for(lambda: len(builds) == 2)
        assert builds[1].ok
        assert "こども食堂かわった" in fetch(url + "list/")
        page = area / "pages" / "new.md"
        page.write_text("# あたらしいページ\n", encoding="utf-8")
        wait_for(lambda: len(builds) == 3)
        assert "あたらしいページ" in fetch(url + "pages/new/")
    finally:
        stop.set()
        thread.join(10)
    assert not thread.is_alive()


def test_errors_keep_the_previous_site(tmp_path: Path) -> None:
    area = tmp_path / "area"
    shutil.copytree(AREA, area)
    builds: list[Any] = []
    stop = threading.Event()
    servers: list[Any] = []
    thread = threading.Thread(
        target=serve,
        args=(area,),
        kwargs={
            "port": 0,
            "interval": 0.05,
            "on_start": servers.append,
            "on_build": builds.append,
            "stop": stop,
        },
    )
    thread.start()
    try:
        wait_for(lambda: servers)
        data = area / "data" / "resources.csv"
        data.write_text(
            data.read_text("utf-8").replace(",published\n", ",wrong\n", 1), encoding="utf-8"
        )
        wait_for(lambda: len(builds) == 2)
        assert not builds[1].ok
        assert "子ども食堂テスト" in fetch(servers[0].url + "list/")
    finally:
        stop.set()
        thread.join(10)


def test_snapshot_sees_added_and_removed_files(tmp_path: Path) -> None:
    area = tmp_path / "area"
    shutil.copytree(AREA, area)
    before = snapshot(area)
    (area / "pages" / "extra.md").write_text("# x\n", encoding="utf-8")
    assert snapshot(area) != before
    (area / "pages" / "extra.md").unlink()
    assert snapshot(area) == before


def test_start_server_binds_localhost(tmp_path: Path) -> None:
    (tmp_path / "index.html").write_text("ok", encoding="utf-8")
    server = start_server(tmp_path, 0)
    try:
        assert server.url.startswith("http://127.0.0.1:")
        assert fetch(server.url) == "ok"
    finally:
        server.stop()


def test_cli_help() -> None:
    result = CliRunner().invoke(cli, ["serve", "--help"])
    assert result.exit_code == 0
    assert "127.0.0.1" in result.output and "--port" in result.output
