"""``pretty_utf8()``: ``json.dumps(value, ensure_ascii=False, indent=2) + "\\n"`` as UTF-8, faster.

With ``indent`` set, the standard library encodes in pure Python with nested generators; the
HSDS feed writes one JSON file per service, so that was a large part of a build. This encoder
appends to one list instead and gives the same characters: strings through the standard
library's own escaping, numbers as ``json`` writes them. Anything else (keys that are not
strings, values of other types) is left to ``json.dumps`` itself.

A long text that many files repeat (an organization's description, in every one of its
services) is escaped and encoded once: the result is a list of byte strings to write in order.
"""

from __future__ import annotations

import json
from functools import lru_cache
from json.encoder import encode_basestring
from math import isfinite
from typing import Any

_LONG = 2000  # characters


class _Other(Exception):
    """A value this encoder leaves to ``json.dumps``."""


def pretty_utf8(value: Any) -> list[bytes]:
    """``(json.dumps(value, ensure_ascii=False, indent=2) + "\\n").encode()``, in pieces."""
    out: list[Any] = []  # str, and at the indexes in ``long``, bytes
    long: list[int] = []
    try:
        _encode(value, "\n", out, long)
    except _Other:
        return [(json.dumps(value, ensure_ascii=False, indent=2) + "\n").encode()]
    pieces, start = [], 0
    for index in long:
        pieces += ("".join(out[start:index]).encode(), out[index])
        start = index + 1
    pieces.append(("".join(out[start:]) + "\n").encode())
    return pieces


def _encode(value: Any, newline: str, out: list[Any], long: list[int]) -> None:
    if isinstance(value, str):
        if len(value) < _LONG:
            out.append(encode_basestring(value))
        else:
            long.append(len(out))
            out.append(_long_string(value))
    elif isinstance(value, dict):
        _object(value, newline, out, long)
    elif isinstance(value, list | tuple):
        _array(value, newline, out, long)
    else:
        out.append(_scalar(value))


@lru_cache(maxsize=64)
def _long_string(value: str) -> bytes:
    return encode_basestring(value).encode()


def _object(value: dict[Any, Any], newline: str, out: list[Any], long: list[int]) -> None:
    if not value:
        out.append("{}")
        return
    inner = newline + "  "
    separator = "{" + inner
    for key, item in value.items():
        if not isinstance(key, str):
            raise _Other
        out += (separator, encode_basestring(key), ": ")
        _encode(item, inner, out, long)
        separator = "," + inner
    out.append(newline + "}")


def _array(
    value: list[Any] | tuple[Any, ...], newline: str, out: list[Any], long: list[int]
) -> None:
    if not value:
        out.append("[]")
        return
    inner = newline + "  "
    separator = "[" + inner
    for item in value:
        out.append(separator)
        _encode(item, inner, out, long)
        separator = "," + inner
    out.append(newline + "]")


def _scalar(value: Any) -> str:
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return int.__repr__(value)
    if isinstance(value, float) and isfinite(value):
        return float.__repr__(value)
    raise _Other
