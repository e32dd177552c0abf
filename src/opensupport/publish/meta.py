"""Metadata shared by the package descriptors (Data Package, DCAT, CKAN): titles, licences,
keywords and ASCII identifiers, all derived from the area config."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Directory


@dataclass(frozen=True)
class License:
    code: str  # SPDX id, as in opensupport.yml
    url: str
    title: str
    ckan_id: str  # id in CKAN's default licence list


LICENSES = {
    lic.code: lic
    for lic in (
        License(
            "CC-BY-4.0",
            "https://creativecommons.org/licenses/by/4.0/",
            "Creative Commons Attribution 4.0 International (CC BY 4.0)",
            "cc-by",
        ),
        License(
            "CC0-1.0",
            "https://creativecommons.org/publicdomain/zero/1.0/",
            "CC0 1.0 Universal (Public Domain Dedication)",
            "cc-zero",
        ),
        License(
            "CC-BY-SA-4.0",
            "https://creativecommons.org/licenses/by-sa/4.0/",
            "Creative Commons Attribution-ShareAlike 4.0 International (CC BY-SA 4.0)",
            "cc-by-sa",
        ),
        License(
            "ODbL-1.0",
            "https://opendatacommons.org/licenses/odbl/1-0/",
            "Open Data Commons Open Database License 1.0 (ODbL)",
            "odc-odbl",
        ),
        License(
            "PDL-1.0",
            "https://www.digital.go.jp/resources/open_data/public_data_license_v1.0",
            "公共データ利用規約（第1.0版）(PDL 1.0)",
            "other-at",
        ),
    )
}
KEYWORDS_JA = ("不登校", "ひきこもり", "子ども・若者支援", "居場所", "相談窓口", "地域資源マップ")
KEYWORDS_EN = ("school non-attendance", "youth support", "social services", "directory")
MUNICIPALITIES_SOURCE = {
    "title": "全国の地方公共団体一覧 localgovjp（code4fukui、J-LIS・国土地理院のデータ、CC0）",
    "path": "https://github.com/code4fukui/localgovjp",
}


def license_of(directory: Directory) -> License:
    return LICENSES.get(directory.license, LICENSES["CC-BY-4.0"])


def identifier(directory: Directory) -> str:
    """The dataset's ASCII identifier, e.g. ``fukaya-support-directory``."""
    return f"{directory.slug or 'area'}-support-directory"


def title(directory: Directory, lang: str = "ja") -> str:
    if lang == "ja":
        return f"{directory.name} 子ども・若者と家族の支援先一覧"
    name = directory.name_en or directory.slug
    return f"{name}: support for children, young people and families"


def description(directory: Directory, lang: str = "ja") -> str:
    publisher = directory.publisher.get("name", "")
    if lang == "ja":
        return (
            f"{directory.name}で、学校に行きにくいこどもや若者とその家族が相談・利用できる"
            f"支援先の一覧です。発行：{publisher}。opensupport で作成しました。"
            "所在地を公開しない支援先の住所・郵便番号・座標は含みません。"
        )
    return (
        f"Where children who find it hard to go to school, young people and their families "
        f"can get help in {directory.name_en or directory.name}. Published by {publisher} "
        "with opensupport. Addresses, postal codes and coordinates of resources whose "
        "location is not public are not included."
    )


def keywords(directory: Directory) -> list[str]:
    """Japanese keywords: the topic, then the municipalities covered."""
    names = [m.name for m in directory.used_municipalities()]
    return list(dict.fromkeys([*KEYWORDS_JA, *names]))


def sources(directory: Directory) -> list[dict[str, str]]:
    """Where the data comes from: each distinct ``source`` cell, then the municipalities list."""
    seen = dict.fromkeys(r.source for r in directory.resources if r.source)
    return [{"title": s} for s in seen] + [dict(MUNICIPALITIES_SOURCE)]
