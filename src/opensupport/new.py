"""``new_area()``: a ready repository for a new area, rendered from the cookiecutter template.

The answers are checked first (codes completed and looked up, e-mail and URLs checked), the
derived values computed (slug, English name, the towns' names), then ``template/`` is rendered with
cookiecutter and the data file written from the schema. Bad answers raise OpenSupportError
with a Japanese message; nothing is written then.
"""

from __future__ import annotations

import csv
import io
import json
import re
import tempfile
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from . import __version__
from .errors import OpenSupportError
from .fileio import write_atomic
from .japan import Municipality, check_lgcode, municipality
from .schema import load_schema, package_dir

QUESTIONS = (
    "municipalities",
    "area_name",
    "prefecture",
    "publisher",
    "contact",
    "site_url",
    "data_format",
    "license",
)
OVERRIDES = ("slug", "name_en")  # derived, but an answers file may set them
FORMATS = ("xlsx", "csv")
_SLUG = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_URL = re.compile(r"^https?://\S+$")
_SEPARATORS = re.compile(r"[\s,、，;；]+")
_JINJA = ("{{", "}}", "{%", "%}", "{#", "#}")


def template_dir() -> Path:
    """Where ``template/`` is: inside the wheel, or at the root of a source checkout."""
    return package_dir("template", "cookiecutter.json")


@dataclass(frozen=True)
class Question:
    name: str
    prompt: str
    default: str
    choices: tuple[str, ...] = ()


def questions() -> list[Question]:
    """The template's questions in order, with their Japanese prompts (``__prompts__``)."""
    spec = json.loads((template_dir() / "cookiecutter.json").read_text(encoding="utf-8"))
    prompts = spec.get("__prompts__", {})
    result = []
    for name in QUESTIONS:
        value, prompt = spec[name], prompts.get(name, name)
        if isinstance(prompt, dict):
            prompt = prompt.get("__prompt__", name)
        if isinstance(value, list):
            result.append(Question(name, prompt, value[0], tuple(value)))
        else:
            result.append(Question(name, prompt, value))
    return result


def load_answers(path: str | Path) -> dict[str, Any]:
    """An answers file (YAML). Every scalar is read as text, so 011002 keeps its zero."""
    path = Path(path)
    try:
        data = yaml.load(path.read_text(encoding="utf-8-sig"), Loader=yaml.BaseLoader)
    except (OSError, yaml.YAMLError) as err:
        raise OpenSupportError(
            f"回答ファイルを読めません（{err}）。",
            f"Cannot read the answers file ({err}).",
            file=str(path),
        ) from err
    if not isinstance(data, dict):
        raise OpenSupportError(
            "回答ファイルは「項目: 値」の形で書いてください。",
            "The answers file must be a mapping of answers.",
            file=str(path),
        )
    unknown = sorted(set(data) - set(QUESTIONS) - set(OVERRIDES))
    if unknown:
        raise OpenSupportError(
            f"回答ファイルに知らない項目があります：{'、'.join(unknown)}"
            f"（使える項目：{'、'.join(QUESTIONS + OVERRIDES)}）",
            f"Unknown answers: {', '.join(unknown)}.",
            file=str(path),
        )
    return data


# --- checking answers ------------------------------------------------------------------------


def check_codes(value: str | list[str]) -> list[Municipality]:
    """The municipalities for the codes typed (5 digits get their check digit); raises
    OpenSupportError with a Japanese message for a code that is wrong or unknown."""
    items = value if isinstance(value, list) else _SEPARATORS.split(_text(value))
    codes = [unicodedata.normalize("NFKC", str(i)).strip() for i in items]
    codes = [c for c in codes if c]
    if not codes:
        raise OpenSupportError(
            "市町村コードを1つ以上書いてください（例：本庄市は 112119）。",
            "Give at least one local-government code.",
        )
    result: list[Municipality] = []
    for code in codes:
        found = _municipality_for(code)
        if found.code not in [m.code for m in result]:
            result.append(found)
    return result


def _municipality_for(code: str) -> Municipality:
    checked = check_lgcode(code)
    found = municipality(checked.code) if checked.code else None
    if checked.status in ("ok", "completed", "lost-leading-zero") and found:
        return found
    if checked.status == "bad-check-digit":
        hint = ""
        if checked.code and (guess := municipality(checked.code)):
            hint = f"「{checked.code}」（{guess.prefecture}{guess.name}）ではありませんか。"
        raise OpenSupportError(
            f"市町村コード「{code}」は最後の桁（検査数字）が合いません。{hint}",
            f"Local-government code '{code}' has a wrong check digit.",
        )
    if checked.status == "unknown":
        raise OpenSupportError(
            f"市町村コード「{code}」の市町村は見つかりません。"
            "全国地方公共団体コード（6桁）を確かめてください。",
            f"No municipality has the code '{code}'.",
        )
    raise OpenSupportError(
        f"市町村コード「{code}」は6桁（または検査数字を除いた5桁）の数字で書いてください。"
        "例：本庄市は 112119。",
        f"'{code}' is not a local-government code (6 digits, or 5 without the check digit).",
    )


REQUIRED_ANSWERS = ("municipalities", "publisher")


def check_answer(name: str, value: Any, answers: Mapping[str, Any] | None = None) -> str:
    """One answer checked and normalised (``answers``: those given so far, for the prefecture).
    Raises OpenSupportError with a Japanese message when it is wrong."""
    text = "" if value is None else str(value).strip()
    if any(mark in text for mark in _JINJA) or "\n" in text:
        raise OpenSupportError(
            f"「{text}」には使えない文字（改行や " + "「{{」「{%」など）が含まれています。",
            f"'{text}' contains a line break or template marks such as '{{{{'.",
        )
    if name in ("contact", "site_url", "data_format", "license", "slug"):
        text = _text(text)
    if name == "municipalities":
        return " ".join(t.code for t in check_codes(value))
    if name == "prefecture":
        return _prefecture(text, check_codes((answers or {}).get("municipalities", ""))[0])
    if name == "publisher" and not text:
        raise OpenSupportError(
            "発行者（団体名）を書いてください。", "Give the publisher (organisation name)."
        )
    if name == "contact":
        return _contact(text)
    if name == "site_url":
        return _url(text, "サイトのURL")
    if name in ("data_format", "license"):
        choices = FORMATS if name == "data_format" else _licenses()
        return _choice(text, choices, "データの形式" if name == "data_format" else "ライセンス")
    if name == "slug" and text:
        return _slug(text)
    return text


def suggest(name: str, answers: Mapping[str, Any]) -> str | None:
    """The default offered when asking ``name`` (None: the answer is required)."""
    if name in REQUIRED_ANSWERS:
        return None
    if name in ("area_name", "prefecture"):
        try:
            towns = check_codes(answers.get("municipalities", ""))
        except OpenSupportError:
            return ""
        if name == "prefecture":
            return towns[0].prefecture
        return towns[0].name + ("とその周辺" if len(towns) > 1 else "")
    if name in ("data_format", "license"):
        return (FORMATS if name == "data_format" else _licenses())[0]
    return ""


def check_answers(answers: Mapping[str, Any]) -> dict[str, Any]:
    """The template context: answers checked and normalised, derived values added.

    Raises OpenSupportError (Japanese message) on the first wrong answer."""
    checked = {name: check_answer(name, answers.get(name), answers) for name in QUESTIONS}
    towns = check_codes(checked["municipalities"])
    home, several = towns[0], len(towns) > 1
    checked["area_name"] = checked["area_name"] or suggest("area_name", checked) or ""
    romaji = romanise(home.kana or "", home.name)
    name_en = romaji.capitalize() + (" and neighbouring towns" if several else "")
    return checked | {
        "__slug": check_answer("slug", answers.get("slug")) or _slug(romaji or f"area-{home.code}"),
        "__name_en": check_answer("name_en", answers.get("name_en")) or (name_en if romaji else ""),
        "__towns": "、".join(t.name for t in towns),
        "__opensupport_version": __version__,
    }


def _text(value: Any) -> str:
    return "" if value is None else unicodedata.normalize("NFKC", str(value)).strip()


def _prefecture(text: str, home: Municipality) -> str:
    if not text or home.prefecture in (text, *(text + end for end in "都道府県")):
        return home.prefecture
    raise OpenSupportError(
        f"都道府県「{text}」と、最初の市町村コード（{home.code} {home.name}）の"
        f"都道府県「{home.prefecture}」が合いません。",
        f"Prefecture '{text}' does not match {home.code} ({home.prefecture}).",
    )


def _contact(text: str) -> str:
    if not text or _EMAIL.match(text) or _URL.match(text):
        return text
    raise OpenSupportError(
        f"連絡先「{text}」はメールアドレスか、http(s):// で始まるフォームのURLで書いてください。",
        f"Contact '{text}' must be an e-mail address or an http(s) URL.",
    )


def _url(text: str, what: str) -> str:
    if not text or _URL.match(text):
        return text
    raise OpenSupportError(
        f"{what}「{text}」は http:// か https:// で始めてください。",
        f"'{text}' must start with http:// or https://.",
    )


def _choice(value: Any, choices: tuple[str, ...], what: str) -> str:
    text = _text(value) or choices[0]
    for choice in choices:
        if choice.casefold() == text.casefold():
            return choice
    raise OpenSupportError(
        f"{what}「{text}」は次のどれかにしてください：{'、'.join(choices)}",
        f"'{text}' must be one of: {', '.join(choices)}.",
    )


def _licenses() -> tuple[str, ...]:
    return tuple(load_schema().config["properties"]["license"]["enum"])


def _slug(text: str) -> str:
    if _SLUG.match(text):
        return text
    raise OpenSupportError(
        f"短い名前（slug）「{text}」は半角英小文字・数字・ハイフンで書いてください（例 honjo）。",
        f"Slug '{text}' must be lower-case ASCII letters, digits and hyphens.",
    )


# --- romanisation (for the slug and the English name) ----------------------------------------

_KANA = (
    "あa いi うu えe おo かka きki くku けke こko さsa しshi すsu せse そso たta ちchi つtsu"
    " てte とto なna にni ぬnu ねne のno はha ひhi ふfu へhe ほho まma みmi むmu めme もmo"
    " やya ゆyu よyo らra りri るru れre ろro わwa ゐi ゑe をo んn がga ぎgi ぐgu げge ごgo"
    " ざza じji ずzu ぜze ぞzo だda ぢji づzu でde どdo ばba びbi ぶbu べbe ぼbo ぱpa ぴpi"
    " ぷpu ぺpe ぽpo ぁa ぃi ぅu ぇe ぉo ゔvu"
)
_ROMAJI = {pair[0]: pair[1:] for pair in _KANA.split()}
_SMALL_Y = {"ゃ": "a", "ゅ": "u", "ょ": "o"}
_SUFFIXES = {"市": ("し",), "町": ("まち", "ちょう"), "村": ("むら", "そん"), "区": ("く",)}


def romanise(kana: str, name: str = "") -> str:
    """Hepburn without macrons, as on road signs (ほんじょうし, 本庄市 → honjo); the 市/町/村/区
    ending is dropped. '' when the reading is not all kana."""
    text = "".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ヶ" else c for c in kana)
    for ending in _SUFFIXES.get(name[-1:], ()):
        if text.endswith(ending) and len(text) > len(ending):
            text = text[: -len(ending)]
            break
    out: list[str] = []
    double = False
    for i, ch in enumerate(text):
        if ch in _SMALL_Y:
            continue
        if ch == "っ":
            double = True
            continue
        if ch not in _ROMAJI:
            if ch == "ー":
                continue
            return ""
        syllable = _ROMAJI[ch]
        following = text[i + 1 : i + 2]
        if following in _SMALL_Y and syllable.endswith("i") and len(syllable) > 1:
            stem = syllable[:-1]
            syllable = stem + ("" if stem in ("sh", "ch", "j") else "y") + _SMALL_Y[following]
        if double:
            syllable = ("t" if syllable.startswith("ch") else syllable[0]) + syllable
            double = False
        out.append(syllable)
    word = "".join(out)
    for long, short in (("ou", "o"), ("oo", "o"), ("uu", "u")):
        word = word.replace(long, short)
    return word


# --- rendering -------------------------------------------------------------------------------


def new_area(answers: Mapping[str, Any], out_dir: str | Path = ".") -> Path:
    """Render the template for ``answers`` into ``out_dir/<slug>`` and write the data file.

    Returns the new repository's folder. Raises OpenSupportError when an answer is wrong or the
    folder already exists (nothing is written then)."""
    from cookiecutter.main import cookiecutter

    context = check_answers(answers)
    out_dir = Path(out_dir)
    target = out_dir / context["__slug"]
    if target.exists():
        raise OpenSupportError(
            f"フォルダ「{target}」はもうあります。別の場所を指定するか、消してから実行してください。",
            f"Folder '{target}' already exists.",
        )
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        config = Path(scratch) / "config.yml"
        config.write_text(
            yaml.safe_dump({"cookiecutters_dir": scratch, "replay_dir": scratch}),
            encoding="utf-8",
        )
        project = cookiecutter(
            str(template_dir()),
            no_input=True,
            extra_context=context,
            output_dir=str(out_dir),
            config_file=str(config),
            accept_hooks=False,
        )
    root = Path(project)
    write_data_file(root, context["data_format"])
    return root


def write_data_file(root: Path, data_format: str) -> Path:
    """The empty data file: an input workbook, or a CSV (UTF-8 with BOM) of the headers."""
    if data_format == "xlsx":
        from .sheet import make_sheet

        return make_sheet(None, root / "data" / "resources.xlsx")
    path = root / "data" / "resources.csv"
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerow(
        [f.title for f in load_schema().fields if not f.internal]
    )
    write_atomic(path, buffer.getvalue().encode("utf-8-sig"))
    return path


def next_steps(root: Path) -> list[str]:
    """The three things to do after ``opensupport new`` (Japanese)."""
    return [
        f"GitHub で新しいリポジトリを作り、フォルダ「{root}」の中身をアップロードします"
        "（隠しフォルダ .github も含めます。git なら git init → git add . → git commit → git push）。",
        "リポジトリの Settings → Pages で、Source を「GitHub Actions」にします。"
        "これで main ブランチが更新されるたびにマップが公開されます。",
        "data/ の表に支援先を書き込み、アップロードします。"
        "Actions タブの「データの確認」が、直すべきセルを教えてくれます（詳しくは README.md）。",
    ]
