"""Issue codes of the Japanese domain rules (part of the one registry in ``codes.py``)."""

from __future__ import annotations

from .codes import ERROR, WARNING
from .codes import make_code as _c

DOMAIN_CODES = [
    # --- 地方公共団体コード -------------------------------------------------------------------
    _c(
        "municipality-code-completed",
        WARNING,
        ("5桁の市町村コード", "5-digit municipality code"),
        (
            "「{value}」は5桁です。検査数字を補って「{code}」（{name}）と読みました。",
            "'{value}' has 5 digits; read as '{code}' ({name}) with its check digit.",
        ),
        (
            "6桁の「{code}」と入力してください（opensupport fix で直せます）。",
            "Enter the 6-digit '{code}' (opensupport fix does it).",
        ),
    ),
    _c(
        "municipality-code-lost-zero",
        WARNING,
        ("先頭の0が消えた市町村コード", "Leading zero lost"),
        (
            "「{value}」は、Excelが先頭の0を消した「{code}」（{name}）と読みました。",
            "'{value}' looks like '{code}' ({name}) with its leading zero removed by Excel.",
        ),
        (
            "セルの書式を「文字列」にしてから「{code}」と入力してください。",
            "Format the cell as text, then enter '{code}'.",
        ),
    ),
    _c(
        "municipality-code-check-digit",
        ERROR,
        ("市町村コードの検査数字がちがう", "Wrong check digit"),
        (
            "市町村コード「{value}」の最後の数字（検査数字）が合いません。{suggestion}",
            "The last digit (check digit) of '{value}' is wrong. {suggestion_en}",
        ),
        ("総務省の全国地方公共団体コードで確かめてください。", "Check the official code list."),
    ),
    _c(
        "municipality-code-unknown",
        ERROR,
        ("存在しない市町村コード", "Unknown municipality code"),
        (
            "市町村コード「{value}」の市町村は見つかりません。",
            "No municipality has code '{value}'.",
        ),
        (
            "6桁の全国地方公共団体コードを確かめてください（例 深谷市 112186）。",
            "Check the 6-digit local government code (e.g. Fukaya 112186).",
        ),
    ),
    _c(
        "municipality-code-malformed",
        ERROR,
        ("市町村コードの形がちがう", "Malformed municipality code"),
        (
            "「{value}」は市町村コード（6桁の数字）ではありません。",
            "'{value}' is not a municipality code (6 digits).",
        ),
        (
            "6桁の全国地方公共団体コードを入力してください（例 深谷市 112186）。",
            "Enter the 6-digit local government code (e.g. Fukaya 112186).",
        ),
    ),
    _c(
        "municipality-outside-area",
        WARNING,
        ("エリア外の市町村", "Municipality outside the area"),
        (
            "「{value}」（{name}）は opensupport.yml の対象市町村にありません。",
            "'{value}' ({name}) is not among the area's municipalities in opensupport.yml.",
        ),
        (
            "コードを確かめるか、opensupport.yml の area.municipalities に追加してください。",
            "Check the code or add it to area.municipalities in opensupport.yml.",
        ),
    ),
    # --- 郵便番号・電話・法人番号 -------------------------------------------------------------
    _c(
        "postal-code-malformed",
        ERROR,
        ("郵便番号の形がちがう", "Malformed postal code"),
        ("「{value}」は7桁の郵便番号として読めません。", "'{value}' is not a 7-digit postal code."),
        ("366-0801 のように書いてください。", "Write it like 366-0801."),
    ),
    _c(
        "postal-code-unknown",
        ERROR,
        ("存在しない郵便番号", "Unknown postal code"),
        ("郵便番号「{value}」は見つかりません。", "Postal code '{value}' does not exist."),
        ("郵便番号を確かめてください。", "Check the postal code."),
    ),
    _c(
        "postal-code-elsewhere",
        WARNING,
        ("郵便番号と市町村が合わない", "Postal code in another municipality"),
        (
            "郵便番号「{value}」は{postal_names}の番号ですが、市町村コードは{name}です。",
            "Postal code '{value}' belongs to {postal_names}, but the municipality is {name}.",
        ),
        (
            "郵便番号か市町村コードのどちらかを直してください。",
            "Correct either the postal code or the municipality code.",
        ),
    ),
    _c(
        "phone-invalid",
        ERROR,
        ("電話番号として読めない", "Invalid phone number"),
        (
            "「{value}」は日本の電話番号として正しくありません。",
            "'{value}' is not a valid Japanese number.",
        ),
        (
            "市外局番から書いてください（例 048-571-1211、内線は「内線123」）。",
            "Write it with the area code (e.g. 048-571-1211; extensions as 内線123).",
        ),
    ),
    _c(
        "phone-mobile-no-consent",
        ERROR,
        ("携帯電話の番号に掲載同意がない", "Mobile number without consent"),
        (
            "「{value}」は携帯電話の番号です。個人の番号を公開するには、本人の掲載同意が必要です。",
            "'{value}' is a mobile number. Publishing a personal number needs recorded consent.",
        ),
        (
            "同意を得た日を「{consent_column}」に入れるか、団体の代表番号やフォームにしてください。",
            "Enter the consent date in '{consent_column}', or use an office number or form.",
        ),
    ),
    _c(
        "corporate-number-invalid",
        ERROR,
        ("法人番号がちがう", "Invalid corporate number"),
        (
            "「{value}」は法人番号（13桁、先頭が検査数字）として正しくありません。",
            "'{value}' is not a valid corporate number (13 digits with a check digit).",
        ),
        (
            "国税庁法人番号公表サイトで確かめてください。",
            "Check it on the NTA corporate number site.",
        ),
    ),
    # --- 位置 ----------------------------------------------------------------------------------
    _c(
        "coordinates-incomplete",
        ERROR,
        ("緯度か経度の片方だけ", "Half a coordinate"),
        ("緯度と経度の片方だけが入っています。", "Only one of latitude and longitude is given."),
        ("両方入れるか、両方空にしてください。", "Fill in both or leave both empty."),
    ),
    _c(
        "coordinates-outside-japan",
        ERROR,
        ("日本の外の位置", "Outside Japan"),
        (
            "緯度{lat}・経度{lon}は日本の外です。",
            "Latitude {lat}, longitude {lon} is outside Japan.",
        ),
        (
            "地理院地図などで位置を確かめてください（緯度はおよそ20〜46、経度は122〜154）。",
            "Check the point on a map (latitude about 20–46, longitude 122–154).",
        ),
    ),
    _c(
        "coordinates-swapped",
        ERROR,
        ("緯度と経度が逆", "Latitude and longitude swapped"),
        (
            "緯度{lat}・経度{lon}は、緯度と経度が入れ替わっているようです。",
            "Latitude {lat}, longitude {lon} look swapped.",
        ),
        (
            "緯度に{lon}、経度に{lat}を入れてください。",
            "Put {lon} in latitude and {lat} in longitude.",
        ),
    ),
    _c(
        "coordinates-far",
        WARNING,
        ("市町村から遠い位置", "Far from the municipality"),
        (
            "位置が{name}の役所から{km}km離れています。",
            "The point is {km} km from the {name} office.",
        ),
        ("位置か市町村コードを確かめてください。", "Check the point or the municipality code."),
    ),
    _c(
        "geo-precision-inconsistent",
        WARNING,
        ("位置の精度が合わない", "Inconsistent geo precision"),
        ("{detail}", "{detail}"),
        (
            "「位置の精度」を位置の入れ方に合わせてください。",
            "Make 'geo precision' match the point.",
        ),
    ),
    # --- 開所日時 ------------------------------------------------------------------------------
    _c(
        "schedule-unparsed",
        WARNING,
        ("開所日時が読めない", "Opening times not understood"),
        (
            "開所日時の「{fragment}」が読めませんでした。この部分は補足として表示されます。",
            "The part '{fragment}' of the opening times was not understood; it is shown as a note.",
        ),
        (
            "「月-金 9:00-17:00」「毎月第3日曜 13:00-16:00」のように書くか、補足は「日時の補足」へ。",
            "Write like '月-金 9:00-17:00' or '毎月第3日曜 13:00-16:00'; notes go to 'schedule note'.",
        ),
    ),
    # --- 項目どうしの関係 ---------------------------------------------------------------------
    _c(
        "fee-detail-missing",
        ERROR,
        ("料金の詳細がない", "Fee detail missing"),
        (
            "費用が「{fee}」なのに「料金の詳細」が空です。",
            "The fee is '{fee}' but 'fee detail' is empty.",
        ),
        ("金額や内訳を「料金の詳細」に書いてください。", "Write the amounts in 'fee detail'."),
    ),
    _c(
        "sensitive-location-public",
        ERROR,
        ("取扱注意なのに所在地を公開", "Sensitive but public"),
        (
            "取扱注意の項目は所在地を公開できません。",
            "A sensitive entry cannot have a public location.",
        ),
        (
            "「所在地の公開」を「地域のみ公開」か「非公開」にしてください。",
            "Set 'location visibility' to area_only or hidden.",
        ),
    ),
    _c(
        "sensitive-has-location",
        ERROR,
        ("取扱注意なのに所在地がある", "Sensitive entry has a location"),
        ("取扱注意の項目に「{column}」が入っています。", "A sensitive entry has '{column}'."),
        (
            "安全のため「{column}」を消してください（関係者用のメモは「_」で始まる列へ）。",
            "For safety delete '{column}' (internal notes go to a column starting with '_').",
        ),
    ),
    _c(
        "attendance-credit-private",
        ERROR,
        ("民間の場で「公的機関の方針」", "Public policy claimed by a private provider"),
        (
            "「公的機関の方針で出席扱い」は公的機関だけが使えます（運営主体：{org}）。",
            "'public_policy' is only for public bodies (operator type: {org}).",
        ),
        (
            "民間の場では「{possible}」などにしてください。出席扱いは在籍校の校長が判断します。",
            "Use 'possible' for private providers: the school principal decides.",
        ),
    ),
    _c(
        "age-range-reversed",
        ERROR,
        ("年齢の上限と下限が逆", "Age range reversed"),
        (
            "対象年齢の下限{min}歳が上限{max}歳より大きくなっています。",
            "Minimum age {min} is above maximum age {max}.",
        ),
        ("下限と上限を入れ替えてください。", "Swap the two values."),
    ),
    _c(
        "grades-ages-mismatch",
        WARNING,
        ("学年と年齢が合わない", "Grades and ages disagree"),
        (
            "対象学年（{grades}）と対象年齢（{min}〜{max}歳）が重なりません。",
            "Grades ({grades}) and ages ({min}–{max}) do not overlap.",
        ),
        ("どちらかを直してください。", "Correct one of them."),
    ),
    _c(
        "alert-expired",
        WARNING,
        ("期限切れのお知らせ", "Expired alert"),
        (
            "お知らせの期限（{value}）が過ぎています。サイトには表示されません。",
            "The alert ended on {value}; the site no longer shows it.",
        ),
        (
            "「お知らせ」と「お知らせの期限」を消してください。",
            "Delete the alert and its end date.",
        ),
    ),
    _c(
        "verified-in-future",
        ERROR,
        ("未来の確認日", "Verification date in the future"),
        (
            "最終確認日「{value}」が今日より後です。",
            "The last-verified date '{value}' is in the future.",
        ),
        ("実際に確認した日を入れてください。", "Enter the date it was actually verified."),
    ),
    _c(
        "verification-stale",
        WARNING,
        ("確認から1年以上", "Verified over a year ago"),
        (
            "最終確認日「{value}」から{months}か月たっています。",
            "Last verified {months} months ago ({value}).",
        ),
        (
            "提供者に内容を確かめ、確認日を更新してください。",
            "Re-confirm with the provider and update the date.",
        ),
    ),
    _c(
        "excluded-from-print",
        WARNING,
        ("確認から18か月以上（冊子から除外）", "Over 18 months: left out of print"),
        (
            "最終確認日「{value}」から{months}か月たっているため、冊子には載りません。",
            "Last verified {months} months ago ({value}): the entry is left out of print.",
        ),
        (
            "提供者に内容を確かめ、確認日を更新してください。",
            "Re-confirm with the provider and update the date.",
        ),
    ),
    _c(
        "no-contact",
        WARNING,
        ("連絡先がない", "No contact channel"),
        (
            "電話・メール・フォーム・LINE・ホームページのどれもありません。サイトでは発行者の連絡先を案内します。",
            "No phone, e-mail, form, LINE or website; the site points to the publisher instead.",
        ),
        (
            "公開してよい連絡先を一つ以上入れてください。",
            "Add at least one public contact channel.",
        ),
    ),
    _c(
        "bad-url",
        ERROR,
        ("URLの形がちがう", "Malformed URL"),
        (
            "「{value}」は http:// か https:// で始まるURLではありません。",
            "'{value}' is not a URL starting with http:// or https://.",
        ),
        (
            "ブラウザのアドレス欄からコピーして貼り付けてください。",
            "Copy it from the browser's address bar.",
        ),
    ),
    _c(
        "bad-email",
        ERROR,
        ("メールアドレスの形がちがう", "Malformed e-mail"),
        ("「{value}」はメールアドレスとして読めません。", "'{value}' is not an e-mail address."),
        ("name@example.jp のように書いてください。", "Write it like name@example.jp."),
    ),
    _c(
        "bad-line-url",
        ERROR,
        ("LINEのURLの形がちがう", "Malformed LINE link"),
        (
            "「{value}」はLINEのURL（https://line.me/… か https://lin.ee/…）ではありません。",
            "'{value}' is not a LINE link (https://line.me/… or https://lin.ee/…).",
        ),
        (
            "LINE公式アカウントの「友だち追加」のURLを貼り付けてください。",
            "Paste the 'add friend' URL of the LINE official account.",
        ),
    ),
    _c(
        "formula-like",
        WARNING,
        ("数式に見える値", "Looks like a formula"),
        (
            "「{value}」は「{first}」で始まるため、表計算ソフトで数式として動くおそれがあります。",
            "'{value}' starts with '{first}' and may run as a formula in a spreadsheet.",
        ),
        (
            "先頭の記号を消すか、全角にしてください。",
            "Remove the leading sign or use a full-width one.",
        ),
    ),
    _c(
        "near-duplicate",
        WARNING,
        ("よく似た名前", "Near-duplicate name"),
        (
            "「{value}」は{other_row}行目の「{other}」と同じ市町村でよく似ています。",
            "'{value}' is very similar to '{other}' in row {other_row}, in the same municipality.",
        ),
        (
            "同じ支援なら1行にまとめてください。別の支援なら名前で区別できるようにしてください。",
            "Merge them if they are the same; otherwise make the names distinct.",
        ),
    ),
]
