"""Every word the website shows that does not come from the data or the schema.

One catalog per language. Templates read them as ``t.key``; the JavaScript gets the few it
needs (``JS_KEYS``) in a JSON block. Field titles come from ``schema/resources.schema.json`` and
code labels from ``schema/taxonomies/`` — never from here. To add English, copy ``JA`` to ``EN``,
translate, and add it to ``CATALOGS``.
"""

from __future__ import annotations

from typing import Any

JA: dict[str, Any] = {
    "lang": "ja",
    "skip": "本文へ移動",
    "breadcrumbs": "現在の場所",
    "colon": "：",
    "separator": " ・ ",
    "date": "{year}年{month}月{day}日",
    "nav_label": "サイト内の移動",
    "nav_home": "トップ",
    "nav_list": "一覧",
    "nav_map": "地図",
    "site_tagline": "学校に行きにくいこども・若者と家族のための相談先・居場所マップ",
    "emergency_title": "いますぐ助けがほしいとき",
    "home_lead": "学校に行きにくいとき、家にいるのがつらいとき、こどもと家族が相談できる場所や、"
    "ほっとできる場所をまとめました。",
    "needs_title": "なにをしたいですか",
    "needs": [
        ("consult", "相談したい", "category=consult"),
        ("place", "居場所がほしい", "category=place"),
        ("learn", "学びたい", "category=learn"),
        ("work", "働きたい・将来", "category=work"),
        ("health", "こころとからだ", "category=health"),
        ("guardian", "保護者の方へ", "audience=guardian"),
        ("professional", "支援者の方へ", "audience=professional"),
    ],
    "count_suffix": "件",
    "see_all": "すべての支援先を見る（{n}件）",
    "see_map": "地図で見る",
    "search_label": "名前やキーワードでさがす",
    "search_placeholder": "例：親の会、こども食堂",
    "search_button": "さがす",
    "pages_title": "このサイトについて",
    "data_title": "データを使う",
    "data_lead": "このサイトの内容は、オープンデータとして自由に使えます（{license}）。",
    "data_package": "データパッケージ（datapackage.json）",
    "data_files": {
        "datapackage.json": "データパッケージ（Frictionless Data Package、ファイルの説明）",
        "resources.csv": "支援先の一覧（CSV）",
        "resources.geojson": "地図のデータ（GeoJSON）",
        "_public_facility.csv": "自治体標準オープンデータセット「公共施設一覧」形式（CSV）",
        "_public_facility_extra.csv": "公共施設一覧に入らない項目（CSV）",
        "municipalities.csv": "市町村の一覧（CSV）",
        "hsds/index.json": "Open Referral HSDS 形式（JSON）",
        "calendar/all.ics": "定期的な集まりのカレンダー（iCalendar）",
        "catalog.jsonld": "データカタログ DCAT（JSON-LD）",
        "catalog.ttl": "データカタログ DCAT（Turtle）",
        "ckan-package.json": "CKAN 登録用（JSON）",
        "README.md": "ファイルの説明（README）",
    },
    "publisher": "発行",
    "license": "ライセンス",
    "list_title": "支援先の一覧",
    "filters_title": "しぼりこむ",
    "filters_active": "しぼりこむ（{n}つの条件）",
    "filter_any": "すべて",
    "filter_category": "カテゴリ",
    "filter_audience": "だれのため",
    "filter_grade": "学年・年齢",
    "filter_municipality": "市町村",
    "filter_fee": "費用",
    "filter_contact": "相談・利用の方法",
    "filter_credit": "出席扱い",
    "filter_reservation": "予約",
    "filter_open": "開いている日時",
    "open_weekend": "土日に開いている",
    "open_evening": "夕方以降（17時〜）に開いている",
    "filter_reset": "条件をすべて外す",
    "grade_bands": [
        ("preschool", "未就学"),
        ("elementary", "小学生"),
        ("junior", "中学生"),
        ("high", "高校生年代"),
        ("adult", "18歳以上"),
    ],
    "result_count": "{n}件の支援先",
    "result_count_of": "{total}件中 {n}件の支援先",
    "result_shown": "（はじめの{n}件を表示）",
    "show_more": "もっと見る（残り{n}件）",
    "no_results_title": "条件に合う支援先が見つかりませんでした",
    "no_results_help": "条件を減らすか、ちがう言葉（ひらがな・カタカナ、短い言葉）でさがしてみてください。"
    "まだ確認できていない情報（確認中）は、しぼりこみでは当てはまらない扱いになります。",
    "no_results_consult": "どこに相談したらよいか分からないときは、相談窓口へ",
    "furigana_on": "ふりがなをつける",
    "furigana_off": "ふりがなを消す",
    "unknown": "確認中",
    "unverified": "未確認",
    "card_municipality": "市町村",
    "card_for": "対象",
    "card_residency": "利用できる人",
    "card_fee": "費用",
    "card_start": "始め方",
    "card_more": "くわしく",
    "ages": "{min}〜{max}歳",
    "age_from": "{min}歳から",
    "age_to": "{max}歳まで",
    "status_note": "いまは利用できません",
    "resource_key": "まず確かめること",
    "last_verified": "最終確認日",
    "stale": "この情報は{months}か月以上確認されていません。利用する前に、直接お問い合わせください。",
    "unverified_note": "この情報はまだ運営者に確認できていません。利用する前に、直接お問い合わせください。",
    "alert": "お知らせ",
    "schedule_words": "開いている日時",
    "schedule_unparsed": "書かれているとおり",
    "ics": "カレンダーに追加（.ics）",
    "contact_title": "連絡先",
    "no_contact": "連絡先は確認中です。",
    "no_contact_publisher": "くわしくは発行者（{name}）にお問い合わせください。",
    "feedback": "情報がちがう・変わったときは知らせる",
    "feedback_subject": "情報の訂正：{name}（{id}）",
    "feedback_publisher": "情報がちがうときは、発行者（{name}）にお知らせください。",
    "all_fields": "すべての項目",
    "data_links": "この支援先のデータ",
    "map_position_municipality": "地図では市町村役所の位置に表示しています（正確な場所ではありません）。",
    "map_position_hidden": "所在地は公開していません。",
    "yes": "はい",
    "no": "いいえ",
    "groups": {
        "who": "対象",
        "start": "利用のしかた",
        "time": "費用と日時",
        "place": "場所",
        "contact": "連絡先",
        "school": "学校との関係",
        "about": "紹介",
        "source": "情報の出どころ",
    },
    "map_title": "地図",
    "map_lead": "印をえらぶと、その場所の支援先の一覧が出ます。地図の下にも同じ一覧があります。",
    "map_all_municipality": "この地図の支援先は、正確な位置がまだ登録されていないため、"
    "すべて所在する市町村の役所の位置にまとめて表示しています。実際の場所ではありません。",
    "map_some_municipality": "正確な位置が登録されていない支援先（{n}件）は、"
    "所在する市町村の役所の位置に点線の丸で表示しています。",
    "map_legend": "凡例",
    "legend_exact": "登録された位置",
    "legend_municipality": "市町村役所の位置（おおよそ。実際の場所ではありません）",
    "map_label": "支援先の地図",
    "map_nojs": "地図を表示するには JavaScript が必要です。下の一覧からも探せます。",
    "map_places": "場所ごとの一覧",
    "map_not_shown": "所在地を公開していないため地図にない支援先：{n}件",
    "map_group": "{place}（{n}件）",
    "page_not_found": "ページが見つかりません",
}

# The keys site.js reads (from the JSON block ``#os-strings``).
JS_KEYS = (
    "filters_title",
    "filters_active",
    "result_count",
    "result_count_of",
    "result_shown",
    "show_more",
    "furigana_on",
    "furigana_off",
)

CATALOGS: dict[str, dict[str, Any]] = {"ja": JA}


def catalog(lang: str = "ja") -> dict[str, Any]:
    """The strings of one language (Japanese when the language has no catalog yet)."""
    return CATALOGS.get(lang, JA)


def js_strings(lang: str = "ja") -> dict[str, str]:
    """The subset the browser script needs."""
    strings = catalog(lang)
    return {key: strings[key] for key in JS_KEYS}
