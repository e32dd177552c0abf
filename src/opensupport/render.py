"""Rendering a Report for people (text), for machines (JSON) and for GitHub (annotations)."""

from __future__ import annotations

import json
from itertools import groupby

from . import codes
from .report import Issue, Report

_SHOWN = {codes.ERROR: 20, codes.WARNING: 5}
_UNVERIFIED_SHOWN = 10

_WORDS = {
    "ja": {
        "checked": "{files}：{rows}件を確認しました。エラー {errors}件、警告 {warnings}件。",
        "row": "{row}行目",
        "errors": "エラー（直さないと公開できません）",
        "warnings": "警告（公開はできます）",
        "count": "{n}件",
        "more": "…ほか{n}件（--all ですべて表示）",
        "value": "値「{value}」",
        "unverified": "未確認の項目（{n}件）：{ids}",
        "etc": " ほか{n}件",
        "ok": "結果：公開できます。",
        "ok_warn": "結果：公開できます（警告は、わかったときに直してください）。",
        "ng": "結果：エラーがあるため公開できません。上の「→」のとおり直してください。",
        "strict": "結果：--strict のため、警告があると合格になりません。",
        "nothing": "（確認する行がありません）",
    },
    "en": {
        "checked": "{files}: checked {rows} entries. Errors: {errors}, warnings: {warnings}.",
        "row": "row {row}",
        "errors": "Errors (must be fixed before publishing)",
        "warnings": "Warnings (publishing still works)",
        "count": "{n}",
        "more": "… and {n} more (--all shows every one)",
        "value": "value '{value}'",
        "unverified": "Unverified entries ({n}): {ids}",
        "etc": " and {n} more",
        "ok": "Result: ready to publish.",
        "ok_warn": "Result: ready to publish (fix the warnings when you can).",
        "ng": "Result: errors stop publishing. Fix them as the '→' lines say.",
        "strict": "Result: with --strict, warnings fail too.",
        "nothing": "(no rows to check)",
    },
}


def to_json(report: Report) -> str:
    """The library's report, exactly."""
    return json.dumps(report.to_dict(), ensure_ascii=False, indent=2)


def to_github(report: Report) -> str:
    """GitHub Actions workflow commands: one annotation per issue."""
    lines = []
    for issue in report.sorted_issues():
        props = [f"file={_prop(issue.file)}"]
        if issue.line:
            props.append(f"line={issue.line}")
        if issue.col:
            props.append(f"col={issue.col}")
        props.append(f"title={_prop(issue.code)}")
        text = (
            f"{_where(issue, report.lang)}{issue.message(report.lang)} → {issue.fix(report.lang)}"
        )
        lines.append(f"::{issue.severity} {','.join(props)}::{_data(text)}")
    return "\n".join(lines)


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _prop(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def to_text(report: Report, strict: bool = False, show_all: bool = False) -> str:
    """A summary that fits a terminal: issues grouped by code, the unverified entries listed."""
    w = _WORDS[report.lang]
    files = "、".join(report.files) if report.lang == "ja" else ", ".join(report.files)
    out = [
        w["checked"].format(
            files=files or "-",
            rows=report.rows,
            errors=len(report.errors),
            warnings=len(report.warnings),
        )
    ]
    for severity, heading in ((codes.ERROR, w["errors"]), (codes.WARNING, w["warnings"])):
        issues = [i for i in report.issues if i.severity == severity]
        if issues:
            out += ["", heading]
            out += _groups(issues, report.lang, None if show_all else _SHOWN[severity])
    if report.unverified:
        out += ["", _unverified(report, show_all)]
    out += ["", _verdict(report, strict)]
    return "\n".join(out)


def _groups(issues: list[Issue], lang: str, limit: int | None) -> list[str]:
    """Errors one by one (they must each be fixed); warnings folded by column with row ranges."""
    w = _WORDS[lang]
    out: list[str] = []
    ordered = sorted(issues, key=lambda i: (i.code, i.file, i.row or 0, i.col or 0))
    counts = {code: len(list(group)) for code, group in groupby(ordered, key=lambda i: i.code)}
    for code in sorted(counts, key=lambda c: (-counts[c], c)):
        group = [i for i in ordered if i.code == code]
        out.append(f"■ {codes.get(code).title(lang)} [{code}] {w['count'].format(n=len(group))}")
        if group[0].severity == codes.ERROR or limit is None:
            out += _each(group, lang, limit)
        else:
            out += _folded(group, lang)
    return out


def _each(group: list[Issue], lang: str, limit: int | None) -> list[str]:
    shown = group if limit is None else group[:limit]
    out = []
    for issue in shown:
        out.append(f"  {_where(issue, lang)}{issue.message(lang)}")
        out.append(f"    → {issue.fix(lang)}")
    if len(group) > len(shown):
        out.append(f"  {_WORDS[lang]['more'].format(n=len(group) - len(shown))}")
    return out


def _folded(group: list[Issue], lang: str) -> list[str]:
    """One line per (file, column): how many rows, which rows, the message and the fix once."""
    out = []
    key = lambda i: (i.file, i.column or "")  # noqa: E731
    for (file, column), items in groupby(sorted(group, key=key), key=key):
        items = list(items)
        rows = _ranges([i.row or i.line or 0 for i in items], lang)
        label = f"「{column}」" if lang == "ja" else f"'{column}'"
        head = f"{file} {label}" if column else file
        out.append(
            f"  {head} {_WORDS[lang]['count'].format(n=len(items))} ({rows}): "
            f"{items[0].message(lang)}"
        )
        out.append(f"    → {items[0].fix(lang)}")
    return out


def _ranges(numbers: list[int], lang: str) -> str:
    """[2,3,4,7] → '2〜4、7行目' / 'rows 2–4, 7' (at most six ranges shown)."""
    spans: list[list[int]] = []
    for n in sorted(set(numbers)):
        if spans and n == spans[-1][1] + 1:
            spans[-1][1] = n
        else:
            spans.append([n, n])
    dash, sep = ("〜", "、") if lang == "ja" else ("–", ", ")
    parts = [f"{a}{dash}{b}" if a != b else f"{a}" for a, b in spans[:6]]
    text = sep.join(parts) + ("…" if len(spans) > 6 else "")
    return f"{text}行目" if lang == "ja" else f"rows {text}"


def _where(issue: Issue, lang: str) -> str:
    w = _WORDS[lang]
    parts = [issue.file]
    if issue.row:
        parts.append(w["row"].format(row=issue.row))
    if issue.column and issue.code not in ("unknown-column", "duplicate-column"):
        parts.append(f"「{issue.column}」" if lang == "ja" else f"'{issue.column}'")
    return " ".join(parts) + (" " if lang == "ja" else ": ")


def _unverified(report: Report, show_all: bool) -> str:
    w = _WORDS[report.lang]
    ids = report.unverified if show_all else report.unverified[:_UNVERIFIED_SHOWN]
    sep = "、" if report.lang == "ja" else ", "
    text = sep.join(ids)
    if len(report.unverified) > len(ids):
        text += w["etc"].format(n=len(report.unverified) - len(ids))
    return w["unverified"].format(n=len(report.unverified), ids=text)


def _verdict(report: Report, strict: bool) -> str:
    w = _WORDS[report.lang]
    if not report.valid:
        return w["ng"]
    if strict and report.warnings:
        return w["strict"]
    return w["ok_warn"] if report.warnings else w["ok"]
