"""What a build wrote and what it left out, in words for the person who ran it (ja / en)."""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import groupby
from pathlib import PurePosixPath

from .files import LOCATION_NOT_PUBLIC, NO_POINT, NO_SCHEDULE, NOT_ACTIVE, Written

REASONS = {
    LOCATION_NOT_PUBLIC: ("所在地が非公開", "location not public"),
    NO_POINT: ("地図に載せない場所", "not placed on a map"),
    NOT_ACTIVE: ("休止中・終了", "temporarily closed or ended"),
    NO_SCHEDULE: ("定期の開所日時なし", "no regular opening times"),
    "draft": ("下書き", "draft"),
    "hidden": ("非掲載", "hidden"),
}
_WORDS = {
    "ja": {
        "published": "公開した支援先：{n}件",
        "not_published": "（{parts}は公開していません）",
        "files": "書き出したファイル（{folder}）：",
        "count": "{n}件",
        "files_n": "{n}ファイル",
        "left_out": "（{parts}は除外）",
        "part": "{reason}の{n}件",
        "sep": "、",
    },
    "en": {
        "published": "Published resources: {n}",
        "not_published": " (not published: {parts})",
        "files": "Files written ({folder}):",
        "count": "{n}",
        "files_n": "{n} files",
        "left_out": " (left out: {parts})",
        "part": "{n} {reason}",
        "sep": ", ",
    },
}
_GROUP_FROM = 4  # this many files of one kind in one folder are shown as one line


@dataclass
class Summary:
    """The files written under ``data/`` and the resources each holds or left out."""

    resources: int
    excluded: dict[str, tuple[str, ...]] = field(default_factory=dict)
    written: list[Written] = field(default_factory=list)

    def lines(self, lang: str = "ja", folder: str = "data") -> list[str]:
        """The summary as lines of text."""
        w = _WORDS[lang]
        head = w["published"].format(n=self.resources)
        parts = [(reason, len(ids)) for reason, ids in self.excluded.items() if ids]
        if parts:
            head += w["not_published"].format(parts=_parts(parts, lang))
        out = [head, w["files"].format(folder=folder)]
        for written in _groups(self.written):
            out.append(_line(written, lang))
        return out

    def text(self, lang: str = "ja", folder: str = "data") -> str:
        return "\n".join(self.lines(lang, folder))


def _groups(written: list[Written]) -> list[tuple[str, Written, int]]:
    """(shown path, file, how many files) with many files of a kind folded into one glob."""
    key = lambda w: (str(PurePosixPath(w.path).parent), w.title_ja)  # noqa: E731
    shown: list[tuple[str, Written, int]] = []
    for (parent, _), group in groupby(written, key=key):
        items = list(group)
        if len(items) >= _GROUP_FROM:
            suffix = PurePosixPath(items[0].path).suffix
            shown.append((f"{parent}/*{suffix}", items[0], len(items)))
        else:
            shown += [(w.path, w, 1) for w in items]
    return shown


def _line(item: tuple[str, Written, int], lang: str) -> str:
    path, written, files = item
    w = _WORDS[lang]
    title = written.title_ja if lang == "ja" else written.title_en
    text = f"  {path}  {title}"
    if files > 1:
        text += f" ({w['files_n'].format(n=files)})"
    elif written.count is not None:
        text += (": " if lang == "en" else "：") + w["count"].format(n=written.count)
        if any(n for _, n in written.left_out):
            text += w["left_out"].format(parts=_parts(written.left_out, lang))
    return text


def _parts(parts: tuple[tuple[str, int], ...] | list[tuple[str, int]], lang: str) -> str:
    w = _WORDS[lang]
    index = 0 if lang == "ja" else 1
    words = [w["part"].format(reason=REASONS.get(r, (r, r))[index], n=n) for r, n in parts if n]
    return w["sep"].join(words)
