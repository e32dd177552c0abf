"""The template (#6): `opensupport new` renders a ready repository that validates and builds;
examples/fukaya is the template rendered with Fukaya's answers plus Fukaya's data."""

from __future__ import annotations

import contextlib
import fnmatch
import shlex
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from opensupport import OpenSupportError, read, validate
from opensupport.cli import cli
from opensupport.cli import new as _new  # noqa: F401  (registers `new` until main.py imports it)
from opensupport.config import read_config
from opensupport.new import load_answers, new_area, romanise
from opensupport.schema import load_schema

with contextlib.suppress(ImportError):  # `opensupport build`, when there: the result must build
    from opensupport.cli import build as _build  # noqa: F401

ROOT = Path(__file__).resolve().parents[1]
FUKAYA = ROOT / "examples" / "fukaya"
FUKAYA_ANSWERS = ROOT / "tests" / "data" / "template" / "fukaya-answers.yml"
HONJO = {
    "municipalities": "11211 １１２１８６",  # 5 digits: the check digit is added
    "area_name": "本庄市とその周辺",
    "prefecture": "埼玉",
    "publisher": "本庄市こども若者支援ネットワーク",
    "contact": "map@example.jp",
    "site_url": "https://example.github.io/honjo/",
}
WORKFLOWS = ("validate.yml", "pages.yml", "recheck.yml")


def _render(tmp_path: Path, **answers: str) -> Path:
    return new_area(HONJO | answers, tmp_path)


def _ignored(relative: Path, patterns: list[str]) -> bool:
    """Whether the area's own .gitignore ignores this path (e.g. _site/ after `make demo`)."""
    parts = relative.parts
    return any(fnmatch.fnmatch(part, pattern.rstrip("/")) for pattern in patterns for part in parts)


def _files(root: Path) -> dict[str, bytes]:
    ignore = root / ".gitignore"
    patterns = [
        line.strip()
        for line in (ignore.read_text(encoding="utf-8").splitlines() if ignore.is_file() else [])
        if line.strip() and not line.startswith("#")
    ]
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file()
        and p.relative_to(root).parts[0] not in ("data", "pages")
        and not _ignored(p.relative_to(root), patterns)
    }


@pytest.mark.parametrize("data_format", ["xlsx", "csv"])
def test_rendered_repository_validates_builds_and_has_its_data(tmp_path, monkeypatch, data_format):
    root = _render(tmp_path, data_format=data_format)
    assert root == tmp_path / "honjo"
    report = validate(root)
    assert report.passes(), [i.code for i in report.issues]
    assert [i.code for i in report.issues] == ["no-rows"]
    data = root / "data" / f"resources.{data_format}"
    table = read(data)
    assert table.headers == [f.title for f in load_schema().fields if not f.internal]
    assert table.rows == []
    if data_format == "csv":
        assert data.read_bytes().startswith(b"\xef\xbb\xbf")
    monkeypatch.chdir(root)  # the commands the workflows run, inside the result
    result = CliRunner().invoke(cli, ["validate", ".", "--format", "github"])
    assert result.exit_code == 0, result.output
    if "build" in cli.commands:
        result = CliRunner().invoke(cli, ["build", ".", "-o", str(tmp_path / "_site")])
        assert result.exit_code == 0, result.output
        assert (tmp_path / "_site" / "data" / "datapackage.json").is_file()


def test_rendered_config_is_valid_and_complete(tmp_path):
    root = _render(tmp_path)
    config, issues = read_config(root / "opensupport.yml", "opensupport.yml")
    assert issues == []
    assert config["area"] == {
        "name": "本庄市とその周辺",
        "name_en": "Honjo and neighbouring towns",
        "slug": "honjo",
        "prefecture": "埼玉県",
        "municipalities": ["112119", "112186"],
    }
    assert config["publisher"] == {
        "name": "本庄市こども若者支援ネットワーク",
        "email": "map@example.jp",
    }
    assert config["feedback"] == {"email": "map@example.jp"}
    assert config["site"] == {"url": "https://example.github.io/honjo/", "languages": ["ja"]}
    assert config["data"] == "data/resources.xlsx" and config["license"] == "CC-BY-4.0"
    from opensupport import __version__

    assert f"opensupport=={__version__}\n" in (root / "requirements.txt").read_text("utf-8")
    assert "_site/" in (root / ".gitignore").read_text("utf-8").splitlines()


def test_answers_that_need_quoting_stay_intact(tmp_path):
    root = _render(tmp_path, publisher='NPO "ひだまり": 本庄 #1', contact="https://x.example/f?a=1")
    config, issues = read_config(root / "opensupport.yml", "opensupport.yml")
    assert issues == []
    assert config["publisher"] == {
        "name": 'NPO "ひだまり": 本庄 #1',
        "form_url": "https://x.example/f?a=1",
    }
    assert (
        "[お問い合わせフォーム](https://x.example/f?a=1)" in (root / "pages/policy.md").read_text()
    )


def test_pages_say_what_the_policy_needs(tmp_path):
    root = _render(tmp_path)
    assert sorted(p.name for p in (root / "pages").iterdir()) == [
        "about.md",
        "flow.md",
        "policy.md",
    ]
    assert (root / "pages/about.md").read_text().startswith("# このマップについて\n")
    assert (root / "pages/flow.md").read_text().startswith("# 相談の流れ\n")
    policy = (root / "pages/policy.md").read_text()
    assert policy.startswith("# 掲載の方針\n")
    for words in ("掲載は推薦ではありません", "同意", "訂正", "map@example.jp"):
        assert words in policy


def _runs(workflow: dict) -> list[str]:
    return [
        step["run"]
        for job in workflow["jobs"].values()
        for step in job.get("steps", [])
        if "run" in step
    ]


def test_workflows_parse_and_call_real_commands(tmp_path):
    root = _render(tmp_path)
    flows = {n: yaml.safe_load((root / ".github/workflows" / n).read_text()) for n in WORKFLOWS}
    on = {n: f[True] for n, f in flows.items()}  # YAML 1.1 reads the key `on` as True
    assert {"push", "pull_request"} <= set(on["validate.yml"])
    assert on["pages.yml"]["push"]["branches"] == ["main"]
    assert on["recheck.yml"]["schedule"][0]["cron"] == "0 0 1 * *"
    uses = {
        s.get("uses", "").split("@")[0]
        for f in flows.values()
        for j in f["jobs"].values()
        for s in j["steps"]
    }
    assert {"actions/upload-pages-artifact", "actions/deploy-pages"} <= uses
    commands = [
        shlex.split(line)
        for f in flows.values()
        for run in _runs(f)
        for line in run.splitlines()
        if line.strip().startswith("opensupport ")
    ]
    called = {args[1] for args in commands}
    assert called == {"validate", "build", "report"}
    assert "gh issue create" in "".join(_runs(flows["recheck.yml"]))
    for args in commands:
        if args[1] not in cli.commands:
            pytest.skip(f"`opensupport {args[1]}` is not registered yet")
        command = cli.commands[args[1]]
        command.make_context(args[1], args[2:])  # raises on an unknown option or argument
    assert ["opensupport", "validate", ".", "--format", "github"] in commands


def test_wrong_code_is_refused_in_japanese(tmp_path):
    answers = tmp_path / "answers.yml"
    answers.write_text("municipalities: 112118 112186\npublisher: テストの会\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["new", str(tmp_path), "--no-input", "--config", str(answers)])
    assert result.exit_code == 2
    assert result.output == (
        "opensupport: 市町村コード「112118」は最後の桁（検査数字）が合いません。"
        "「112119」（埼玉県本庄市）ではありませんか。\n"
    )
    assert "Traceback" not in result.output and list(tmp_path.iterdir()) == [answers]


@pytest.mark.parametrize(
    ("codes", "words"),
    [("999997", "見つかりません"), ("12ab", "6桁"), ("", "1つ以上")],
)
def test_other_wrong_codes_are_refused(tmp_path, codes, words):
    answers = tmp_path / "answers.yml"
    answers.write_text(f"municipalities: '{codes}'\npublisher: テストの会\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["new", str(tmp_path), "--no-input", "--config", str(answers)])
    assert result.exit_code == 2 and words in result.output and "Traceback" not in result.output


def test_five_digit_code_is_completed(tmp_path):
    answers = tmp_path / "answers.yml"
    answers.write_text("municipalities: '11211'\npublisher: テストの会\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["new", str(tmp_path), "--no-input", "--config", str(answers)])
    assert result.exit_code == 0, result.output
    assert "市町村コード：112119（埼玉県本庄市）\n" in result.output
    assert "次の3つを進めてください：\n1. " in result.output and "\n3. " in result.output
    config = yaml.safe_load((tmp_path / "honjo" / "opensupport.yml").read_text())
    assert config["area"]["municipalities"] == ["112119"]
    assert config["area"]["name"] == "本庄市" and config["area"]["prefecture"] == "埼玉県"


def test_interactive_questions_re_ask_a_wrong_answer(tmp_path):
    typed = "112118\n11211 112186\n\n\nテストの会\nfoo\n\n\ncsv\n\n"
    result = CliRunner().invoke(cli, ["new", str(tmp_path)], input=typed)
    assert result.exit_code == 0, result.output
    assert "Error: 市町村コード「112118」は最後の桁（検査数字）が合いません。" in result.output
    assert "Error: 連絡先「foo」はメールアドレスか" in result.output
    assert (tmp_path / "honjo" / "data" / "resources.csv").is_file()


def test_no_input_needs_answers_and_an_existing_folder_is_kept(tmp_path):
    result = CliRunner().invoke(cli, ["new", str(tmp_path), "--no-input"])
    assert result.exit_code == 2 and "--config" in result.output
    (tmp_path / "honjo").mkdir()
    with pytest.raises(OpenSupportError, match="already exists"):
        _render(tmp_path)


def test_unknown_answer_in_file_is_refused(tmp_path):
    answers = tmp_path / "answers.yml"
    answers.write_text("municipalities: '112119'\npublisher: x\nemail: a@b.jp\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["new", str(tmp_path), "--no-input", "--config", str(answers)])
    assert result.exit_code == 2 and "知らない項目があります：email" in result.output


@pytest.mark.parametrize(
    ("kana", "name", "romaji"),
    [
        ("ふかやし", "深谷市", "fukaya"),
        ("ほんじょうし", "本庄市", "honjo"),
        ("さっぽろし", "札幌市", "sapporo"),
        ("おおさかし", "大阪市", "osaka"),
        ("きょうとし", "京都市", "kyoto"),
        ("よなぐにちょう", "与那国町", "yonaguni"),
        ("ちよだく", "千代田区", "chiyoda"),
        ("イセサキシ", "伊勢崎市", "isesaki"),
        ("ふかや市", "深谷市", ""),
    ],
)
def test_romanise(kana, name, romaji):
    assert romanise(kana, name) == romaji


def test_fukaya_example_is_the_rendered_template(tmp_path, update_golden):
    root = new_area(load_answers(FUKAYA_ANSWERS), tmp_path)
    rendered = _files(root)
    if update_golden:
        for relative, content in rendered.items():
            (FUKAYA / relative).parent.mkdir(parents=True, exist_ok=True)
            (FUKAYA / relative).write_bytes(content)
    assert _files(FUKAYA) == rendered
    assert {p.name for p in (root / "pages").iterdir()} <= {
        p.name for p in (FUKAYA / "pages").iterdir()
    }
    assert (root / "data" / "resources.csv").is_file()


def test_fukaya_config_keeps_the_keys_other_code_reads():
    config = yaml.safe_load((FUKAYA / "opensupport.yml").read_text(encoding="utf-8"))
    assert config["area"] == {
        "name": "深谷市とその周辺",
        "name_en": "Fukaya and neighbouring towns",
        "slug": "fukaya",
        "prefecture": "埼玉県",
        "municipalities": ["112186", "112020", "112119", "114081", "112178", "102041"],
    }
    assert config["publisher"] == {"name": "深谷市市民活動団体ラフ・メイカー"}
    assert config["license"] == "CC-BY-4.0" and config["data"] == "data/resources.csv"
    assert set(config["map"]) == {"tiles", "attribution", "attribution_url"}
    assert config["site"] == {"languages": ["ja"]}
    assert "feedback" not in config  # unknown: never invented


def test_fukaya_example_validates():
    assert validate(FUKAYA).passes()
