"""The area config ``opensupport.yml``: read with line numbers, validated with JSON Schema."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml
from jsonschema import Draft202012Validator

from .report import Issue
from .schema import load_schema

CONFIG_NAME = "opensupport.yml"
DEFAULTS: dict[str, Any] = {
    "license": "CC-BY-4.0",
    "map": {
        "tiles": "https://cyberjapandata.gsi.go.jp/xyz/pale/{z}/{x}/{y}.png",
        "attribution": "地理院タイル（淡色地図）",
        "attribution_url": "https://maps.gsi.go.jp/development/ichiran.html",
    },
}

# Japanese for the JSON Schema keywords a CSW can trip over.
_JA = {
    "required": "必要な項目 {missing} がありません。",
    "type": "値の種類がちがいます（{expected} が必要です）。",
    "pattern": "書き方がちがいます。",
    "enum": "次のどれかにしてください：{choices}",
    "additionalProperties": "知らない項目 {extra} があります（書き間違いではありませんか）。",
    "minItems": "少なくとも{limit}個必要です。",
    "minLength": "空にはできません。",
    "uniqueItems": "同じ値が二度書かれています。",
}
_TYPES_JA = {
    "string": "文字列",
    "array": "リスト（- で始まる行）",
    "object": "項目のまとまり",
    "integer": "整数",
    "number": "数値",
}


def read_config(path: Path, display: str) -> tuple[dict[str, Any], list[Issue]]:
    """The config (defaults filled in) and the issues found in it."""
    text = path.read_text(encoding="utf-8-sig")
    try:
        node = yaml.compose(text)
        data = yaml.safe_load(text)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        line = mark.line + 1 if mark else None
        detail = str(getattr(err, "problem", "") or err)
        return {}, [Issue("config-syntax", display, row=line, line=line, params={"detail": detail})]
    if data is None:
        data = {}
    issues = list(_schema_issues(data, node, display))
    if not issues:
        issues += _municipality_issues(data, node, display)
    # An invalid config is never used half-way: the data is still checked, with no config.
    return ({} if issues else _with_defaults(data)), issues


def _schema_issues(data: Any, node: Any, display: str) -> Iterator[Issue]:
    validator = Draft202012Validator(load_schema().config)
    for error in sorted(validator.iter_errors(data), key=lambda e: list(map(str, e.path))):
        for path, value in _targets(error):
            line = _line_of(node, path)
            yield Issue(
                "config-invalid",
                display,
                row=line,
                line=line,
                column=".".join(str(p) for p in path) or "opensupport.yml",
                value=value,
                params={
                    "detail": _message(error, "ja"),
                    "detail_en": _message(error, "en"),
                    "hint": _hint(error),
                    "hint_en": _hint(error, "en"),
                },
            )


def _targets(error: Any) -> list[tuple[list[Any], str]]:
    """Where to point: an unknown key at its own line, a missing key under its parent."""
    path = list(error.path)
    instance = error.instance
    if error.validator == "additionalProperties" and isinstance(instance, dict):
        known = error.schema.get("properties", {})
        return [([*path, key], "") for key in instance if key not in known]
    if error.validator == "required" and isinstance(instance, dict):
        return [([*path, key], "") for key in error.validator_value if key not in instance]
    value = "" if instance is None or isinstance(instance, dict | list) else str(instance)
    return [(path, value)]


def _municipality_issues(data: dict[str, Any], node: Any, display: str) -> list[Issue]:
    """Every configured municipality code must exist (check digit included)."""
    from .checks.identifiers import lgcode_issue_params

    issues = []
    for index, code in enumerate(data["area"]["municipalities"]):
        issue_code, params = lgcode_issue_params(code)
        if issue_code:
            line = _line_of(node, ["area", "municipalities", index])
            issues.append(
                Issue(
                    issue_code,
                    display,
                    row=line,
                    line=line,
                    value=code,
                    column=f"area.municipalities[{index}]",
                    params=params,
                )
            )
    return issues


def _line_of(node: Any, path: list[Any]) -> int | None:
    """The YAML line of the key (or item) at ``path``, or of the nearest existing parent."""
    if node is None:
        return None
    line = node.start_mark.line + 1
    for key in path:
        if isinstance(node, yaml.MappingNode):
            pair = next(((k, v) for k, v in node.value if k.value == key), None)
            if pair is None:
                break
            line, node = pair[0].start_mark.line + 1, pair[1]
        elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
            node = node.value[key]
            line = node.start_mark.line + 1
        else:
            break
    return line


_EN = {
    "required": "{missing} is missing.",
    "type": "must be {expected}.",
    "pattern": "is not written in the expected format.",
    "enum": "must be one of: {choices}",
    "additionalProperties": "unknown key {extra} (a typo?).",
    "minItems": "needs at least {limit} item(s).",
    "minLength": "cannot be empty.",
    "uniqueItems": "has the same value twice.",
}
_TYPES_EN = {
    "string": "text",
    "array": "a list (lines starting with -)",
    "object": "a group of keys",
    "integer": "a whole number",
    "number": "a number",
}


def _message(error: Any, lang: str) -> str:
    """The JSON Schema error in words a CSW reads (Japanese, or plain English)."""
    template = (_JA if lang == "ja" else _EN).get(error.validator)
    if template is None:
        return error.message
    sep = "、" if lang == "ja" else ", "
    value = error.validator_value
    instance = error.instance if isinstance(error.instance, dict) else {}
    types = _TYPES_JA if lang == "ja" else _TYPES_EN
    params = {
        "missing": sep.join(p for p in value if p not in instance)
        if error.validator == "required"
        else "",
        "expected": types.get(str(value), str(value)),
        "choices": sep.join(map(str, value)) if error.validator == "enum" else "",
        "extra": sep.join(k for k in instance if k not in error.schema.get("properties", {})),
        "limit": value,
    }
    return template.format(**params)


def _hint(error: Any, lang: str = "ja") -> str:
    description = error.schema.get("description", "")
    if error.validator == "pattern":
        if lang == "ja":
            return f"{description}（形式：{error.validator_value}）".lstrip()
        return f"Expected format: {error.validator_value}"
    return (
        "schema/config.schema.json を参照してください。"
        if lang == "ja"
        else "See schema/config.schema.json."
    )


def _with_defaults(data: dict[str, Any]) -> dict[str, Any]:
    merged = {**DEFAULTS, **data}
    merged["map"] = {**DEFAULTS["map"], **(data.get("map") or {})}
    return merged
