"""The registry of issue codes: every problem a user can cause has exactly one entry here.

Each entry has a kebab-case code, a severity (``error`` blocks publishing, ``warning`` does not),
and a title, message and fix in Japanese and English. Messages are ``str.format`` templates over
the issue's parameters (``value``, ``column`` and code-specific ones). The guide's error reference
is generated from this table.
"""

from __future__ import annotations

from dataclasses import dataclass

ERROR = "error"
WARNING = "warning"


@dataclass(frozen=True)
class Code:
    code: str
    severity: str
    title_ja: str
    title_en: str
    message_ja: str
    message_en: str
    fix_ja: str
    fix_en: str

    def title(self, lang: str) -> str:
        return self.title_ja if lang == "ja" else self.title_en

    def render(self, lang: str, params: dict[str, object]) -> tuple[str, str]:
        """The message and the fix in ``lang``, filled with ``params``."""
        message = self.message_ja if lang == "ja" else self.message_en
        fix = self.fix_ja if lang == "ja" else self.fix_en
        if lang != "ja":  # English variants of parameters, e.g. detail_en for detail
            params = params | {k[:-3]: v for k, v in params.items() if k.endswith("_en")}
        safe = _Defaults(params)
        return message.format_map(safe).strip(), fix.format_map(safe).strip()


class _Defaults(dict):
    def __missing__(self, key: str) -> str:
        return ""


def make_code(
    code: str, severity: str, title: tuple[str, str], message: tuple[str, str], fix: tuple[str, str]
) -> Code:
    """A registry entry from (ja, en) pairs."""
    return Code(code, severity, title[0], title[1], message[0], message[1], fix[0], fix[1])


_c = make_code

_ALL = [
    # --- the file itself -------------------------------------------------------------------
    _c(
        "encoding-unknown",
        ERROR,
        ("文字コードが読めない", "Unknown text encoding"),
        (
            "ファイルがUTF-8でもShift_JIS（CP932）でも読めません。{detail}",
            "The file is neither UTF-8 nor Shift_JIS (CP932). {detail}",
        ),
        (
            "Excelで開き「名前を付けて保存」→「CSV UTF-8（コンマ区切り）」で保存し直してください。",
            "Open it in Excel and save it again as 'CSV UTF-8 (Comma delimited)'.",
        ),
    ),
    _c(
        "wrong-file-type",
        ERROR,
        ("読めない種類のファイル", "Unsupported file type"),
        (
            "「{value}」のファイルは読めません。{detail}",
            "Files of type '{value}' cannot be read. {detail}",
        ),
        (
            "Excelで開き「Excelブック（.xlsx）」か「CSV UTF-8（コンマ区切り）（.csv）」で保存し直してください。",
            "Save it as an Excel workbook (.xlsx) or as 'CSV UTF-8 (Comma delimited)' (.csv).",
        ),
    ),
    _c(
        "not-a-table",
        ERROR,
        ("表として読めない", "Not a table"),
        (
            "このファイルは表（CSVまたはExcel）として読めません。{detail}",
            "This file cannot be read as a table (CSV or Excel). {detail}",
        ),
        (
            "中身が一覧表になっているか確かめ、.xlsx か CSV UTF-8 で保存してください。",
            "Check that it holds the directory table and save it as .xlsx or CSV UTF-8.",
        ),
    ),
    _c(
        "empty-file",
        ERROR,
        ("空のファイル", "Empty file"),
        ("ファイルが空です。", "The file is empty."),
        (
            "1行目に見出し、2行目から1行に1件ずつ入力してください。",
            "Put the column names in row 1 and one entry per row from row 2.",
        ),
    ),
    _c(
        "sheet-not-found",
        ERROR,
        ("シートが見つからない", "Sheet not found"),
        (
            "「{value}」という名前のシートがありません（あるシート：{sheets}）。",
            "There is no sheet named '{value}' (sheets: {sheets}).",
        ),
        ("シート名を確かめて指定し直してください。", "Check the sheet name and try again."),
    ),
    _c(
        "no-known-columns",
        ERROR,
        ("見出しがない", "No column names"),
        (
            "1行目に知っている見出し（「ID」「名称」など）が一つもありません。{detail}",
            "Row 1 contains none of the expected column names (such as 'ID', 'name'). {detail}",
        ),
        (
            "1行目を見出しの行にしてください。見本の表（opensupport sheet）から始めると確実です。",
            "Make row 1 the header row; starting from the sample sheet (opensupport sheet) helps.",
        ),
    ),
    _c(
        "no-rows",
        WARNING,
        ("データがない", "No entries"),
        ("見出しの行だけで、データの行がありません。", "There is a header row but no entries."),
        ("2行目から1行に1件ずつ入力してください。", "Add one entry per row from row 2."),
    ),
    # --- columns ---------------------------------------------------------------------------
    _c(
        "missing-column",
        ERROR,
        ("必須の列がない", "Required column missing"),
        ("必須の列「{column}」がありません。", "The required column '{column}' is missing."),
        ("見出しの行に「{column}」の列を追加してください。", "Add a column named '{column}'."),
    ),
    _c(
        "missing-recommended-column",
        WARNING,
        ("推奨の列がない", "Recommended column missing"),
        (
            "推奨の列「{column}」がありません。サイトでは「確認中」と表示されます。",
            "The recommended column '{column}' is missing; the site will show 'to be confirmed'.",
        ),
        (
            "わかる範囲で「{column}」の列を追加してください。",
            "Add a column '{column}' when you can.",
        ),
    ),
    _c(
        "unknown-column",
        WARNING,
        ("知らない列", "Unknown column"),
        (
            "列「{column}」は使われず、公開もされません。{suggestion}",
            "Column '{column}' is not used and not published. {suggestion}",
        ),
        (
            "見出しの書き間違いなら直してください。関係者用のメモなら見出しを「_」で始めると、この警告は出ません。",
            "Fix the name if it is a typo. For an internal note, start the name with '_' to silence this.",
        ),
    ),
    _c(
        "duplicate-column",
        ERROR,
        ("同じ列が二つある", "Duplicate column"),
        (
            "列「{column}」は「{other}」と同じ項目です。",
            "Column '{column}' is the same field as '{other}'.",
        ),
        ("どちらか一方の列を消してください。", "Delete one of the two columns."),
    ),
    _c(
        "extra-cell",
        WARNING,
        ("見出しのない列に値がある", "Value outside the table"),
        (
            "見出しのない列（{column}列目）に「{value}」が入っています。この値は使われません。",
            "Column {column} has no header but holds '{value}'; it is ignored.",
        ),
        ("見出しをつけるか、値を消してください。", "Give the column a name or delete the value."),
    ),
    # --- cells -----------------------------------------------------------------------------
    _c(
        "required-missing",
        ERROR,
        ("必須の項目が空", "Required value missing"),
        ("「{column}」は必須ですが空です。", "'{column}' is required but empty."),
        ("{hint}", "{hint}"),
    ),
    _c(
        "recommended-missing",
        WARNING,
        ("推奨の項目が空", "Recommended value missing"),
        (
            "「{column}」が空です。サイトでは「確認中」と表示されます。",
            "'{column}' is empty; the site will show 'to be confirmed'.",
        ),
        ("わかったら入力してください。{hint}", "Fill it in when known. {hint}"),
    ),
    _c(
        "unverified",
        WARNING,
        ("未確認", "Unverified"),
        (
            "最終確認日が空なので「未確認」として公開されます。",
            "'Last verified' is empty, so the entry is published as unverified.",
        ),
        (
            "提供者に内容を確認したら、その日付を「{column}」に入れてください（例 2026-02-10）。",
            "After confirming with the provider, enter the date in '{column}' (e.g. 2026-02-10).",
        ),
    ),
    _c(
        "unknown-code",
        ERROR,
        ("選べない値", "Not one of the choices"),
        (
            "「{value}」は「{column}」の選択肢にありません。",
            "'{value}' is not a choice for '{column}'.",
        ),
        ("次のどれかにしてください：{choices}", "Use one of: {choices}"),
    ),
    _c(
        "unsafe-id",
        ERROR,
        ("使えないID", "Unsafe ID"),
        (
            "ID「{value}」には使えない文字があります。IDはURLになるので、半角英数字・ハイフン・アンダースコアだけにします。",
            "ID '{value}' contains characters that cannot be used; IDs become URLs, so use only "
            "ASCII letters, digits, '-' and '_'.",
        ),
        (
            "例：fukaya-ikiiki-school のように書き直してください。",
            "Rewrite it like fukaya-ikiiki-school.",
        ),
    ),
    _c(
        "id-too-long",
        ERROR,
        ("長すぎるID", "ID too long"),
        (
            "ID「{value}」は{length}文字あります。IDはURLやQRコードになるので{limit}文字までです。",
            "ID '{value}' has {length} characters; IDs become URLs and QR codes, so at most {limit}.",
        ),
        ("短いIDにしてください（例 fukaya-ikiiki）。", "Use a shorter ID (e.g. fukaya-ikiiki)."),
    ),
    _c(
        "duplicate-id",
        ERROR,
        ("IDの重複", "Duplicate ID"),
        (
            "ID「{value}」は{other_row}行目と同じです。",
            "ID '{value}' is the same as in row {other_row}.",
        ),
        (
            "どちらかのIDを別のものにしてください。一度公開したIDは変えないでください。",
            "Give one of them another ID; do not change an ID that is already published.",
        ),
    ),
    _c(
        "bad-date",
        ERROR,
        ("日付として読めない", "Not a date"),
        ("「{value}」は日付として読めません。", "'{value}' is not a date."),
        ("2026-02-10 や 2026/2/10 のように書いてください。", "Write it like 2026-02-10."),
    ),
    _c(
        "bad-integer",
        ERROR,
        ("整数として読めない", "Not a whole number"),
        ("「{value}」は整数として読めません。", "'{value}' is not a whole number."),
        ("数字だけで書いてください（例 15）。", "Write digits only (e.g. 15)."),
    ),
    _c(
        "bad-number",
        ERROR,
        ("数値として読めない", "Not a number"),
        ("「{value}」は数値として読めません。", "'{value}' is not a number."),
        ("10進数で書いてください（例 36.1975）。", "Write a decimal number (e.g. 36.1975)."),
    ),
    _c(
        "bad-boolean",
        ERROR,
        ("はい／いいえで読めない", "Not yes or no"),
        ("「{value}」は「はい」か「いいえ」として読めません。", "'{value}' is not yes or no."),
        ("「はい」か「いいえ」と書いてください。", "Write はい (yes) or いいえ (no)."),
    ),
    _c(
        "out-of-range",
        ERROR,
        ("範囲外の値", "Out of range"),
        (
            "「{value}」は「{column}」の範囲（{range}）の外です。",
            "'{value}' is outside the range of '{column}' ({range}).",
        ),
        ("値を確かめてください。", "Check the value."),
    ),
    _c(
        "too-long",
        WARNING,
        ("長すぎる", "Too long"),
        (
            "「{column}」が{length}字あります（{limit}字まで）。一覧では途中で切れます。",
            "'{column}' has {length} characters (limit {limit}); cards will cut it.",
        ),
        ("{limit}字以内に短くしてください。", "Shorten it to {limit} characters."),
    ),
    _c(
        "bad-pattern",
        ERROR,
        ("書き方がちがう", "Wrong format"),
        (
            "「{value}」は「{column}」の書き方に合いません。",
            "'{value}' does not match the format of '{column}'.",
        ),
        ("例：{example}", "Example: {example}"),
    ),
    # --- the area configuration ------------------------------------------------------------
    _c(
        "config-missing",
        ERROR,
        ("設定ファイルがない", "Config file missing"),
        ("フォルダに opensupport.yml がありません。", "The folder has no opensupport.yml."),
        (
            "opensupport new で作ったフォルダを指定するか、opensupport.yml を作ってください。",
            "Point to a folder made with 'opensupport new', or create opensupport.yml.",
        ),
    ),
    _c(
        "config-syntax",
        ERROR,
        ("設定ファイルの書き方の誤り", "Config syntax error"),
        (
            "opensupport.yml の{line}行目付近が YAML として読めません：{detail}",
            "opensupport.yml cannot be read as YAML near line {line}: {detail}",
        ),
        (
            "字下げ（スペース）や「:」のあとの空白を確かめてください。",
            "Check the indentation and the space after each ':'.",
        ),
    ),
    _c(
        "config-invalid",
        ERROR,
        ("設定の値の誤り", "Invalid config value"),
        ("「{column}」：{detail}", "'{column}': {detail}"),
        ("{hint}", "{hint}"),
    ),
    _c(
        "data-missing",
        ERROR,
        ("データファイルがない", "Data file missing"),
        ("データファイル「{value}」がありません。", "The data file '{value}' does not exist."),
        (
            "data/resources.xlsx か data/resources.csv を置くか、opensupport.yml の data を直してください。",
            "Add data/resources.xlsx or data/resources.csv, or fix 'data' in opensupport.yml.",
        ),
    ),
]


def _registry() -> dict[str, Code]:
    from .codes_domain import DOMAIN_CODES

    table: dict[str, Code] = {}
    for code in [*_ALL, *DOMAIN_CODES]:
        if code.code in table:
            raise ValueError(f"duplicate issue code {code.code}")
        table[code.code] = code
    return table


REGISTRY: dict[str, Code] = _registry()


def get(code: str) -> Code:
    return REGISTRY[code]
