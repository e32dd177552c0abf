"""Links made from data: only http, https, tel and mailto ever become an ``href``.

Anything else (``javascript:``, ``data:``, relative paths, text with spaces or control
characters) gives ``None`` and the template shows the value as plain text.
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import quote, urlsplit

_WEB_SCHEMES = ("http", "https")
_UNSAFE_RE = re.compile(r"[\s\x00-\x1f\x7f<>\"'`\\]")
_PHONE_RE = re.compile(r"^\+?[0-9]{2,15}$")
_EMAIL_RE = re.compile(r"^[^@\s<>\"'`\\:/?#]+@[^@\s<>\"'`\\:/?#]+\.[^@\s<>\"'`\\:/?#]+$")


def web_href(value: str | None) -> str | None:
    """``value`` when it is a plain http(s) URL with a host; otherwise ``None``."""
    if not value or _UNSAFE_RE.search(value):
        return None
    try:
        parts = urlsplit(value)
    except ValueError:
        return None
    if parts.scheme.lower() not in _WEB_SCHEMES or not parts.hostname:
        return None
    return value


def tel_href(phone: str | None) -> str | None:
    """``tel:`` link for a phone number written with digits, hyphens, spaces or brackets."""
    if not phone:
        return None
    digits = re.sub(r"[\s\-()（）‐－ー]", "", unicodedata.normalize("NFKC", phone))
    return f"tel:{digits}" if _PHONE_RE.match(digits) else None


def mailto_href(email: str | None, subject: str | None = None) -> str | None:
    """``mailto:`` link (with an encoded subject) for a plain address; otherwise ``None``."""
    if not email or not _EMAIL_RE.match(email.strip()):
        return None
    href = f"mailto:{email.strip()}"
    return f"{href}?subject={quote(subject)}" if subject else href


def safe_href(value: str | None) -> str | None:
    """Any of the allowed link kinds, judged by the value's scheme."""
    if not value:
        return None
    scheme = value.split(":", 1)[0].lower() if ":" in value else ""
    if scheme == "tel":
        return tel_href(value[4:])
    if scheme == "mailto":
        return mailto_href(value[7:])
    return web_href(value)
