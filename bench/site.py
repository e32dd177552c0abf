"""How fast is the website build, and filtering and search in the browser?

For each size (default 100, 1,000 and 10,000 generated resources), in one run:
(a) ``opensupport.build()`` of an area with that many resources (validation, every open-data
    format and the website), and the website generator alone;
(b) ``mkdocs build`` with mkdocs-material of a project with the same number of pages (one per
    resource, the same text, kept out of the nav);
and prints the times and the ratio (b)/(a). Target: ≥ 5×.

Then, on the 10,000-resource site in headless Chromium (Debian's /usr/bin/chromium), the time
from a change of the search box or a filter to the next painted frame. Target: ≤ 50 ms.

    .venv/bin/python bench/site.py [--sizes 100,1000,10000] [--no-browser]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import date
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from validate import HEADER, make_rows, write_csv

import opensupport
from opensupport.area import load_area
from opensupport.model import build_model
from opensupport.schema import load_schema
from opensupport.site import write_site
from opensupport.validate import validate_table

ROOT = Path(__file__).resolve().parents[1]
CONFIG = ROOT / "examples" / "fukaya" / "opensupport.yml"
MKDOCS = Path(sys.executable).with_name("mkdocs")
CHROMIUM = "/usr/bin/chromium"


def make_area(folder: Path, count: int) -> Path:
    (folder / "data").mkdir(parents=True)
    shutil.copy(CONFIG, folder / "opensupport.yml")
    write_csv(folder / "data" / "resources.csv", make_rows(count))
    return folder


def make_mkdocs(folder: Path, count: int) -> Path:
    """The same resources as Markdown pages for mkdocs-material, outside the nav."""
    docs = folder / "docs" / "r"
    docs.mkdir(parents=True)
    (folder / "docs" / "index.md").write_text("# 支援先\n", encoding="utf-8")
    for row in make_rows(count):
        fields = dict(zip(HEADER, row, strict=True))
        lines = [
            f"# {fields['名称']}",
            "",
            fields["ひとこと紹介"],
            "",
            "| 項目 | 内容 |",
            "|---|---|",
        ]
        lines += [f"| {k} | {v} |" for k, v in fields.items()]
        (docs / f"{fields['ID']}.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "mkdocs.yml").write_text(
        "site_name: bench\ntheme:\n  name: material\n  language: ja\n"
        "nav:\n  - index.md\nnot_in_nav: |\n  /r/*.md\n",
        encoding="utf-8",
    )
    return folder


def timed(func) -> float:
    start = time.perf_counter()
    func()
    return time.perf_counter() - start


def bench_build(tmp: Path, count: int, mkdocs_too: bool = True) -> dict[str, float]:
    area = make_area(tmp / f"area-{count}", count)
    out = tmp / f"site-{count}"
    result: list = []
    ours = timed(lambda: result.append(opensupport.build(area, out)))
    if not result[0].ok:
        raise SystemExit(f"the generated area does not validate: {result[0].report.errors[:3]}")
    _, table = validate_table(area)
    directory = build_model(table, load_area(area).config, load_schema(), today=date.today())
    site_only = timed(lambda: write_site(directory, tmp / f"site-only-{count}"))
    if not mkdocs_too:
        return {"ours": ours, "site_only": site_only, "mkdocs": float("nan"), "out": out}
    project = make_mkdocs(tmp / f"mkdocs-{count}", count)
    command = [str(MKDOCS), "build", "-q", "-f", str(project / "mkdocs.yml")]
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    mkdocs = timed(lambda: subprocess.run(command, check=True, cwd=project, env=env))
    return {"ours": ours, "site_only": site_only, "mkdocs": mkdocs, "out": out}


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


def serve(folder: Path) -> tuple[ThreadingHTTPServer, str]:
    handler = partial(_Quiet, directory=str(folder))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


_MEASURE = """async ([selector, value, event]) => {
  const el = document.querySelector(selector);
  const frame = () => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
  const start = performance.now();
  el.value = value;
  el.dispatchEvent(new Event(event, {bubbles: true}));
  await frame();
  return [performance.now() - start, document.getElementById('os-count').textContent];
}"""


def bench_browser(site: Path) -> None:
    from playwright.sync_api import sync_playwright

    server, base = serve(site)
    args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=args)
            page = browser.new_page(viewport={"width": 375, "height": 667})
            page.goto(base + "list/", wait_until="load")
            search = "input[type=search]"
            page.evaluate(_MEASURE, [search, "相談", "input"])  # loads the search index
            page.wait_for_function("document.getElementById('os-count').textContent.includes('中')")
            for query in ("教育支援センター", "こども食堂", "おやのかい", "ふりーすくーる"):
                report(page, f"search {query}", [search, query, "input"])
            page.evaluate(_MEASURE, [search, "", "input"])
            select = page.eval_on_selector("select[data-prefix]", "s => s.options[1].value")
            report(page, "filter (first select)", ["select[data-prefix]", select, "change"])
            browser.close()
    finally:
        server.shutdown()


def report(page, label: str, args: list[str]) -> None:
    times = []
    for _ in range(5):
        page.evaluate(_MEASURE, [args[0], "", args[2]])
        elapsed, shown = page.evaluate(_MEASURE, args)
        times.append(elapsed)
    print(f"  {label}: median {statistics.median(times):.1f} ms ({shown})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,1000,10000", help="resource counts")
    parser.add_argument("--no-browser", action="store_true", help="skip the Chromium timing")
    parser.add_argument("--no-mkdocs", action="store_true", help="skip the mkdocs baseline")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    with tempfile.TemporaryDirectory() as tmp:
        last = None
        for count in sizes:
            r = bench_build(Path(tmp), count, mkdocs_too=not args.no_mkdocs)
            print(
                f"{count:>6} resources: opensupport build {r['ours']:.2f} s "
                f"(website alone {r['site_only']:.2f} s), mkdocs-material {r['mkdocs']:.2f} s, "
                f"ratio {r['mkdocs'] / r['ours']:.1f}x (website alone "
                f"{r['mkdocs'] / r['site_only']:.1f}x)"
            )
            last = r["out"]
        if not args.no_browser and last is not None and Path(CHROMIUM).exists():
            print(f"browser, {sizes[-1]} resources (to the next painted frame):")
            bench_browser(last)


if __name__ == "__main__":
    main()
