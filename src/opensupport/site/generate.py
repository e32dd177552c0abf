"""The website generator: the model in, static HTML, CSS, JS and JSON out.

``write_site(directory, out_dir, config=...)`` writes, next to ``data/``::

    index.html            needs-based entry, search box, data links
    list/index.html       every published resource as a card; filters and search in site.js
    map/index.html        Leaflet map (map.js), with the same places as a list below it
    r/{id}/index.html     one page per resource (stable URL)
    pages/{slug}/         the area's free pages (pages/*.md)
    assets/               site.css, site.js, map.js, search-index.json, leaflet/

All links inside the site are relative, so the folder works at any URL prefix (GitHub Pages
project sites included). Every value from the data goes through Jinja2 autoescaping.
"""

from __future__ import annotations

import json
from collections import Counter
from functools import cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from ..model import Directory, Resource
from ..publish.meta import license_of
from ..publish.parallel import map_in_two
from .assets import copy_assets
from .jsonld import resource_jsonld
from .links import mailto_href, tel_href, web_href
from .mapdata import map_config, page_data, tile_origin
from .pages import Page, read_pages
from .search import search_index
from .strings import catalog, js_strings
from .views import (
    CONTACT_FIELDS,
    FILTERS,
    GRADE_BANDS,
    card,
    format_date,
    is_stale,
    labels,
    municipality_name,
    rows,
    schedule_lines,
)
from .views import STALE_MONTHS as _STALE_MONTHS

DATA_ENTRY_POINTS = ("hsds/index.json", "calendar/all.ics")


def write_site(
    directory: Directory,
    out_dir: str | Path,
    *,
    config: dict[str, Any] | None = None,
    pages_dir: str | Path | None = None,
    lang: str = "ja",
) -> list[Path]:
    """Write the website into ``out_dir`` (next to ``data/``); return the files written."""
    out = Path(out_dir)
    config = config or {}
    t = catalog(lang)
    pages = read_pages(Path(pages_dir) if pages_dir else None)
    env = _environment()
    site = _site(directory, config, pages, t, out)
    cards = [card(directory, res, t) for res in directory.resources]
    written = [
        _render(env, out, "index.html", site, needs=_needs(cards, t)),
        _render(env, out, "list/index.html", site, list=_list(directory, cards, t)),
        _render(env, out, "map/index.html", site, map=_map(directory, config, t, "../")),
    ]

    def resource_page(item: tuple[Resource, dict[str, Any]]) -> Path:
        res, res_card = item
        context = _resource(directory, res, res_card, site, t)
        return _render(env, out, f"r/{res.id}/index.html", site, res=context)

    written += map_in_two(resource_page, list(zip(directory.resources, cards, strict=True)))
    for page in pages:
        written.append(_render(env, out, f"pages/{page.slug}/index.html", site, page=page))
    written.append(_write_json(out / "assets" / "search-index.json", _index(directory)))
    written += copy_assets(out / "assets")
    return written


class _Environment(Environment):
    """Jinja2's environment, with ``dict.key`` looked up without the failed attribute lookup
    (and its exception) first: the same value, as templates read ``t.*`` thousands of times."""

    def getattr(self, obj: Any, attribute: str) -> Any:
        if type(obj) is dict and attribute in obj and not hasattr(dict, attribute):
            return obj[attribute]
        return super().getattr(obj, attribute)


@cache
def _environment() -> Environment:
    """One environment per process: templates are compiled once, never checked for changes."""
    env = _Environment(
        loader=PackageLoader("opensupport.site", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,
    )
    env.filters["jdate"] = format_date
    env.policies["json.dumps_kwargs"] = {"ensure_ascii": False, "sort_keys": True}
    return env


def _render(env: Environment, out: Path, path: str, site: dict[str, Any], **context: Any) -> Path:
    """Render the template for ``path`` (``list/index.html`` → ``list.html``) into ``out``."""
    section = path.split("/")[0] if "/" in path else "index"
    template = env.get_template(_TEMPLATES[section])
    root = "../" * path.count("/") or "./"
    target = out / path
    target.parent.mkdir(parents=True, exist_ok=True)
    html = template.render(site=site, t=site["t"], root=root, section=section, **context)
    target.write_text(html, encoding="utf-8")
    return target


_TEMPLATES = {
    "index": "index.html",
    "list": "list.html",
    "map": "map.html",
    "r": "resource.html",
    "pages": "page.html",
}


def _write_json(path: Path, data: Any) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    return path


def _site(
    directory: Directory, config: dict[str, Any], pages: list[Page], t: dict[str, Any], out: Path
) -> dict[str, Any]:
    """What every page shares: names, publisher, licence, emergency band, CSP, nav."""
    tiles = map_config(config)["tiles"]
    licence = license_of(directory)
    return {
        "t": t,
        "name": directory.name,
        "publisher": directory.publisher.get("name", ""),
        "publisher_href": _publisher_href(directory.publisher),
        "license": {"code": licence.code, "title": licence.title, "href": licence.url},
        "emergency": [_emergency(item) for item in config.get("emergency_contacts") or []],
        "csp": _csp(tile_origin(tiles)),
        "pages": pages,
        "count": len(directory.resources),
        "data_files": _data_files(out / "data", t),
        "calendars": _calendars(out / "data"),
        "js_strings": js_strings(t["lang"]),
        "feedback": config.get("feedback") or {},
    }


def _csp(tiles: str) -> str:
    images = " ".join(part for part in ("'self'", tiles) if part)
    return (
        "default-src 'self'; script-src 'self'; style-src 'self'; "
        f"img-src {images}; connect-src 'self'; font-src 'self'; object-src 'none'; "
        "base-uri 'none'; form-action 'self'"
    )


def _publisher_href(publisher: dict[str, str]) -> str | None:
    return (
        web_href(publisher.get("form_url"))
        or web_href(publisher.get("url"))
        or mailto_href(publisher.get("email"))
    )


def _emergency(item: dict[str, Any]) -> dict[str, Any]:
    phone = str(item.get("phone", ""))
    return {
        "name": str(item.get("name", "")),
        "phone": phone,
        "href": tel_href(phone),
        "note": str(item.get("note", "") or ""),
    }


def _data_files(data_dir: Path, t: dict[str, Any]) -> list[dict[str, str]]:
    """The files in ``data/`` worth a link (top level, plus the HSDS and calendar entry points),
    with their Japanese titles; datapackage.json first."""
    if not data_dir.is_dir():
        return [{"path": "datapackage.json", "title": t["data_package"]}]
    paths = [p.name for p in data_dir.iterdir() if p.is_file()]
    paths += [entry for entry in DATA_ENTRY_POINTS if (data_dir / entry).is_file()]
    titles = t["data_files"]
    found = []
    for path in sorted(paths, key=lambda p: (p != "datapackage.json", "/" in p, p)):
        key = next((k for k in titles if path == k or path.endswith(k)), None)
        found.append({"path": path, "title": titles[key] if key else path})
    return found


def _calendars(data_dir: Path) -> set[str] | None:
    """Ids with a ``data/calendar/{id}.ics`` (None when data/ was not written first)."""
    folder = data_dir / "calendar"
    return {p.stem for p in folder.glob("*.ics")} if data_dir.is_dir() else None


def _needs(cards: list[dict[str, Any]], t: dict[str, Any]) -> list[dict[str, Any]]:
    """The top page's entries with how many resources each finds."""
    counts = _token_counts(cards)
    entries = []
    for key, text, query in t["needs"]:
        param, value = query.split("=")
        prefix = next(p for name, p, _, _ in FILTERS if name == param)
        count = counts[f"{prefix}:{value}"]
        entries.append({"key": key, "text": text, "query": query if count else "", "count": count})
    return entries


def _token_counts(cards: list[dict[str, Any]]) -> Counter[str]:
    """How many resources have each filter token."""
    return Counter(token for c in cards for token in set(c["tokens"].split()))


def _list(directory: Directory, cards: list[dict[str, Any]], t: dict[str, Any]) -> dict[str, Any]:
    counts = _token_counts(cards)
    return {
        "cards": cards,
        "filters": _filters(directory, counts, t),
        "open": _open_options(counts, t),
    }


def _filters(directory: Directory, counts: Counter[str], t: dict[str, Any]) -> list[dict[str, Any]]:
    """Filter controls with the options some resource has, in taxonomy order, with counts."""
    found = []
    for param, prefix, source, key in FILTERS:
        options = []
        for code, text in _option_labels(directory, source, t):
            count = counts[f"{prefix}:{code}"]
            if count:
                options.append({"value": code, "text": text, "count": count})
        if options:
            found.append({"param": param, "prefix": prefix, "label": t[key], "options": options})
    return found


def _option_labels(directory: Directory, source: str, t: dict[str, Any]) -> list[tuple[str, str]]:
    if source == ":grades":
        names = dict(t["grade_bands"])
        return [(band, names[band]) for band, _, _ in GRADE_BANDS]
    if source == ":municipalities":
        codes = dict.fromkeys(
            list(directory.municipalities) + [r.municipality for r in directory.resources]
        )
        return [(code, municipality_name(directory, code)) for code in codes if code]
    return [(term.code, term.ja) for term in directory.schema.taxonomies[source].terms]


def _open_options(counts: Counter[str], t: dict[str, Any]) -> list[dict[str, Any]]:
    options = []
    for value in ("weekend", "evening"):
        count = counts[f"o:{value}"]
        if count:
            options.append({"value": value, "text": t[f"open_{value}"], "count": count})
    return options


def _map(
    directory: Directory, config: dict[str, Any], t: dict[str, Any], root: str
) -> dict[str, Any]:
    data = page_data(directory, config, root)
    data["attributionUrl"] = web_href(data["attributionUrl"]) or ""
    data["strings"] = {"municipality": t["legend_municipality"], "label": t["map_group"]}
    placed = data["groups"]
    municipal = sum(len(g["items"]) for g in placed if g["precision"] == "municipality")
    shown = sum(len(g["items"]) for g in placed)
    return {
        "data": data,
        "groups": placed,
        "municipal": municipal,
        "shown": shown,
        "hidden": len(directory.resources) - shown,
    }


def _resource(
    directory: Directory,
    res: Resource,
    res_card: dict[str, Any],
    site: dict[str, Any],
    t: dict[str, Any],
) -> dict[str, Any]:
    page_url = f"{directory.site_url}/r/{res.id}/" if directory.site_url else ""
    return {
        "r": res,
        "card": res_card,
        "sections": list(rows(directory, res, t)),
        "stale": is_stale(res, directory.today),
        "stale_months": _STALE_MONTHS,
        "alert": res.alert and (res.alert_until is None or res.alert_until >= directory.today),
        "has_contact": any(getattr(res, name) for name in CONTACT_FIELDS),
        "schedule": schedule_lines(res),
        "feedback": _feedback(site, res, t),
        "ics": res.id in site["calendars"] if site["calendars"] is not None else bool(res.rules),
        "jsonld": resource_jsonld(directory, res, page_url),
        "categories": labels(directory, "categories", res.categories),
        "service_type": directory.label("service_types", res.service_type),
    }


def _feedback(site: dict[str, Any], res: Resource, t: dict[str, Any]) -> str | None:
    """Where 情報がちがう goes: config feedback.url, feedback.email, else the publisher."""
    feedback = site["feedback"]
    subject = t["feedback_subject"].format(name=res.name, id=res.id)
    return (
        web_href(feedback.get("url"))
        or mailto_href(feedback.get("email"), subject)
        or site["publisher_href"]
    )


def _index(directory: Directory) -> dict[str, Any]:
    entries = []
    for res in directory.resources:
        values = [
            res.name,
            res.name_kana,
            *res.alternate_names,
            res.summary,
            *res.tags,
            res.organization_name,
            directory.label("service_types", res.service_type),
            *labels(directory, "categories", res.categories),
            *labels(directory, "needs", res.needs),
            municipality_name(directory, res.municipality),
        ]
        entries.append((res.id, values))
    return search_index(entries)
