"""Unit tests of the value grammar: numerals, tables, the passage context, the number-token dispatch."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from decimal import Decimal

import pytest

from newsledger.values import find_values, is_partial, year_of
from newsledger.values.base import NUMBER_TOKEN, number_table, run_english
from newsledger.values.numbers import parse_en_words, parse_number, parse_pair, parse_range_low
from newsledger.values.tables import CURRENCIES, trie_alternation

ANCHOR = dt.date(2026, 3, 17)  # a Tuesday


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1.6万", "16000"),
        ("171.36亿", "17136000000"),
        ("三千五百万", "35000000"),
        ("两百亿", "20000000000"),
        ("一千零五十", "1050"),
        ("1,200", "1200"),
        ("12.5", "12.5"),
        ("十二", "12"),
        ("二十", "20"),
        ("十", "10"),
        ("三亿五千万", "350000000"),
        ("2万亿", "2000000000000"),
        ("1.5兆", "1500000000000"),
        ("三点五亿", "350000000"),
        ("二〇二五", "2025"),
        ("3千万", "30000000"),
    ],
)
def test_parse_number(text: str, value: str) -> None:
    assert parse_number(text) == Decimal(value)


@pytest.mark.parametrize("text", ["一两", "两三", "", "abc", "点"])
def test_parse_number_rejects(text: str) -> None:
    assert parse_number(text) is None


def test_pairs_and_ranges() -> None:
    assert parse_pair("两三") == (Decimal(2), Decimal(3))
    assert parse_pair("一三") is None
    assert parse_range_low("7", "10亿") == Decimal("700000000")
    assert parse_range_low("70亿", "100亿") == Decimal("7000000000")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("two dozen", 24),
        ("a dozen", 12),
        ("twenty-five", 25),
        ("three hundred", 300),
        ("eight", 8),
        ("a thousand", 1000),
    ],
)
def test_parse_en_words(text: str, value: int) -> None:
    assert parse_en_words(text) == value


def test_trie_alternation_matches_longest_word() -> None:
    rx = re.compile(trie_alternation(["上", "上周", "上个月", "上半年", "去年"]))
    assert [rx.match(s).group() for s in ("上周四", "上个月底", "上半年", "上涨", "去年")] == [  # type: ignore[union-attr]
        "上周",
        "上个月",
        "上半年",
        "上",
        "去年",
    ]


def test_currency_table_is_consistent() -> None:
    """Every currency has an ISO code and surface forms; no surface form names two currencies."""
    seen: dict[tuple[str, str], str] = {}
    for code, forms in CURRENCIES.items():
        if code == "money":
            continue
        assert re.fullmatch(r"[A-Z]{3}", code)
        assert forms["zh_suffix"] and forms["symbols"] and forms["en_words"]
        for key in ("zh_suffix", "zh_prefix", "symbols", "en_words"):
            for w in forms.get(key, []):
                assert seen.setdefault((key, w), code) == code, (key, w)


def test_number_tokens() -> None:
    view = "共1,200万股,12.5%,2025.8.28,三千五百万元"
    assert [m.group() for m in NUMBER_TOKEN.finditer(view)] == [
        "1,200",
        "万",
        "12.5",
        "2025.8",
        "28",
        "三千五百万",
    ]


def test_number_table_only_chinese_rules_need_cjk() -> None:
    from newsledger.values import _NUMBER_RULES

    zh = number_table(_NUMBER_RULES, chinese=True)
    en = number_table(_NUMBER_RULES, chinese=False)
    assert sum(map(len, en.values())) < sum(map(len, zh.values()))
    assert "%" in en and "美" not in en


def test_english_inside_chinese_maps_back() -> None:
    """English values inside Chinese text are found on the English view and mapped back to the page."""
    text = "报道称,公司将裁减16,000 jobs,并投入5 billion yuan。"
    found = find_values(text, ANCHOR)
    assert [(v.kind, v.text) for v in found] == [("count", "16,000 jobs"), ("money", "5 billion yuan")]
    assert all(text[v.start : v.end] == v.text for v in found)
    assert run_english("无英文", lambda v: []) == []


def test_year_in_force_resets_at_line_break() -> None:
    found = find_values("2023年公司上市,6月份完成增发。\n6月份又宣布回购。", ANCHOR)
    assert [v.norm["value"] for v in found] == ["2023", "2023-06", "2026-06"]


def test_following_year_moves_the_year_in_force_but_previous_year_does_not() -> None:
    found = find_values("2023年营收增长,次年3月上市;全年利润翻倍,高于此前一年,年底现金充裕。", ANCHOR)
    values = {v.text: v.norm["value"] for v in found}
    assert values == {
        "2023年": "2023",
        "次年3月": "2024-03",
        "全年": "2024",
        "此前一年": "2023",
        "年底": "2024-12",
    }


def test_relative_dates_without_anchor() -> None:
    found = find_values("去年6月,公司在上周四宣布了计划。")
    assert [(v.kind, v.norm["value"], v.norm["relative"]) for v in found] == [
        ("date", "--06", True),  # June of a year that cannot be counted: the month stays, the year is left out
        ("date", None, True),
    ]


def test_yearless_dates_are_iso_partials_and_the_month_stays_in_force() -> None:
    found = find_values("董事会于7月22日审议通过议案,公司于23日晚间发布公告,预计12月底前完成。")
    assert [v.norm["value"] for v in found] == ["--07-22", "--07-23", "--12"]
    assert [year_of(v.norm["value"]) for v in found] == ["", "", ""]
    assert all(is_partial(v.norm["value"]) for v in found)


def test_a_written_year_still_completes_later_dates() -> None:
    found = find_values("2019年公司完成重组,7月22日正式上市。")
    assert [v.norm["value"] for v in found] == ["2019", "2019-07-22"]
    assert year_of(found[1].norm["value"]) == "2019" and not is_partial(found[1].norm["value"])


def test_no_partial_for_an_impossible_day() -> None:
    assert [v for v in find_values("公司于2月30日发布公告。") if v.kind == "date"] == []


def test_currency_in_force_for_nine_figures() -> None:
    """九位数 takes the currency of an earlier amount in the passage, and none after a line break."""
    text = "公司斥资50亿美元,并开出九位数薪酬。\n另有人获得九位数薪酬。"
    money = [v for v in find_values(text, ANCHOR) if v.kind == "money"]
    assert [(m.norm["amount"], m.norm["currency"], m.norm["bound"]) for m in money] == [
        (5e9, "USD", "exact"),
        (1e8, "USD", "at_least"),
        (1e8, None, "at_least"),
    ]
    assert money[1].norm["text"] == "九位数"


def test_bare_yuan_after_new_taiwan_dollars() -> None:
    found = find_values("營收新台幣1,000億元,每股盈餘7.5元。", ANCHOR)
    assert [v.norm["currency"] for v in found] == ["TWD", "TWD"]
    assert find_values("每股盈余7.5元。", ANCHOR)[0].norm["currency"] == "CNY"


def test_weekdays_and_weeks() -> None:
    values = {
        v.text: v.norm["value"] for v in find_values("上周四、本周五、下周一、周日和上周都有会议。", ANCHOR)
    }
    assert values == {
        "上周四": "2026-03-12",
        "本周五": "2026-03-20",
        "下周一": "2026-03-23",
        "周日": "2026-03-15",
        "上周": "2026-W11",
    }


def test_values_are_sorted_and_do_not_overlap() -> None:
    text = "2025年6月3日,公司以70亿-100亿美元收购对手,裁员约1.6万人,占比逾九成。" * 3
    found = find_values(text, ANCHOR)
    assert found == sorted(found, key=lambda v: v.start)
    assert all(a.end <= b.start for a, b in itertools.pairwise(found))
    assert len(found) == 12


def test_long_text_is_linear() -> None:
    """No quadratic blow-up: 200 times the text gives 200 times the values."""
    text = "据报道,公司去年投资143亿美元,裁员约1.6万人,占员工总数的20%。\n"
    assert len(find_values(text * 200, ANCHOR)) == 200 * len(find_values(text, ANCHOR))
