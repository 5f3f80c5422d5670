"""Financial figures in prose and in text tables of page dumps, in the three scripts (our own pages)."""

from __future__ import annotations

from typing import Any

import pytest

from newsledger import extract_text
from newsledger.core import Document

HEAD_ZH = "财经 > 正文\n\n测试标题\n\n"
HEAD_EN = "Business > Tech\n\nTest headline\n\n"


def _zh(body: str, dateline: str = "2026年2月26日") -> str:
    return f"{HEAD_ZH}【测试社】{dateline}消息,{body}\n\n特别声明:以上内容仅供参考。\n"


def _en(body: str, dateline: str = "February 26, 2026") -> str:
    return f"{HEAD_EN}{dateline}\n\nTAIPEI (Reuters) - {body}\n\nReporting by Test Desk\n"


def _figures(doc: Document) -> list[Any]:
    return [e for e in doc.events if e.type == "financial_metric"]


def _by_metric(doc: Document, metric: str) -> list[Any]:
    return [e for e in _figures(doc) if e.args.get("metric") == metric]


def _amount(v: Any) -> float:
    assert isinstance(v, dict), v
    return float(v["amount"])


def _name(v: Any) -> Any:
    return v["name"] if isinstance(v, dict) else v


# ---------------------------------------------------------------------- tables
def test_company_rows_take_the_metric_and_unit_from_the_caption() -> None:
    body = (
        "台湾服务器代工厂公布2月营收。\n\n"
        "January 2026 consolidated revenue (NT$ billion)\n"
        "Company | Jan 2026 | Jan 2025 | YoY\n"
        "Quanta | 150.2 | 101.7 | 47.7%\n"
        "Inventec | 61.4 | 55.0 | 11.6%\n"
        "Source: company filings\n"
    )
    doc = extract_text(_zh(body))
    rows = _by_metric(doc, "revenue")
    quanta = next(e for e in rows if "Quanta" in _name(e.args["org"]))
    assert _amount(quanta.args["value"]) == pytest.approx(150.2e9)
    assert quanta.args["value"]["currency"] == "TWD"
    assert _amount(quanta.args["previous_value"]) == pytest.approx(101.7e9)
    assert quanta.args["period"] == "2026-01"
    assert any("Inventec" in _name(e.args["org"]) for e in rows)


def test_metric_per_column_with_company_rows() -> None:
    body = (
        "Two contract makers reported full-year results on Wednesday.\n\n"
        "Company | 2025 revenue (NT$bn) | 2024 | YoY\n"
        "Wistron | 2,410.5 | 1,870.2 | 28.9%\n"
        "Quanta | 1,980.0 | 1,410.0 | 40.4%\n"
    )
    doc = extract_text(_en(body))
    rows = _by_metric(doc, "revenue")
    wistron = next(e for e in rows if "Wistron" in _name(e.args["org"]))
    assert _amount(wistron.args["value"]) == pytest.approx(2410.5e9)
    assert _amount(wistron.args["previous_value"]) == pytest.approx(1870.2e9)
    assert wistron.args["period"] == "2025"


def test_metric_rows_with_a_unit_line_and_a_row_unit() -> None:
    body = (
        "聯發科今日公布財報。\n\n"
        "聯發科2025年第四季財務摘要（單位：新台幣億元）\n"
        "項目 | 2025年第四季 | 2024年第四季 | 年增率\n"
        "營收 | 1,520.8 | 1,380.4 | 10.2%\n"
        "毛利率 | 47.1% | 46.3% | +0.8個百分點\n"
        "每股純益（元） | 16.52 | 14.30 | 15.5%\n"
    )
    doc = extract_text(_zh(body, "2026年2月5日"))
    (rev,) = _by_metric(doc, "revenue")
    assert _amount(rev.args["value"]) == pytest.approx(152.08e9)
    assert rev.args["value"]["currency"] == "TWD"
    assert rev.args["period"] == "2025-Q4"
    (gm,) = _by_metric(doc, "gross_margin")
    assert gm.args["value"] == pytest.approx(0.471)
    assert gm.args["previous_value"] == pytest.approx(0.463)
    (eps,) = _by_metric(doc, "other")
    assert _amount(eps.args["value"]) == pytest.approx(16.52)


def test_english_table_in_millions_and_a_loss_in_parentheses() -> None:
    body = (
        "The chip designer reported its first annual profit.\n\n"
        "In millions of USD\n"
        "Item | FY2025 | FY2024\n"
        "Revenue | 4,210 | 2,980\n"
        "Net income | 512 | (140)\n"
    )
    doc = extract_text(_en(body))
    (ni,) = _by_metric(doc, "net_income")
    assert _amount(ni.args["value"]) == pytest.approx(512e6)
    assert _amount(ni.args["previous_value"]) == pytest.approx(-140e6)
    assert ni.args["period"] == "FY2025"


def test_negative_cell_and_change_column_in_simplified_table() -> None:
    body = (
        "寒光科技发布年报。\n\n"
        "寒光科技2025年主要会计数据(单位:人民币)\n"
        "项目 | 2025年 | 2024年 | 同比\n"
        "归母净利润 | 3.12亿元 | -1.05亿元 | 扭亏为盈\n"
    )
    doc = extract_text(_zh(body))
    (ni,) = _by_metric(doc, "net_income")
    assert _amount(ni.args["value"]) == pytest.approx(3.12e8)
    assert _amount(ni.args["previous_value"]) == pytest.approx(-1.05e8)
    assert ni.args["period"] == "2025"


# ---------------------------------------------------------------------- prose: previous values
@pytest.mark.parametrize(
    ("body", "value", "previous"),
    [
        ("华为2025年实现销售收入约9100亿元,高于2024年的8650亿元。", 9.1e11, 8.65e11),
        ("该公司2025年收入约为12亿元,较2024年不到5亿元的水平大幅增长。", 1.2e9, 5e8),
        ("小鹏汽车去年营收约为410亿元,较上年同期的306亿元增长34%。", 4.1e10, 3.06e10),
        ("鴻海2025年第四季營收新台幣2.4兆元，高於前年同期的2.0兆元，年增20%。", 2.4e12, 2.0e12),
        ("宇辰2025年收入約9.8億元人民幣，對上一年為6.1億元。", 9.8e8, 6.1e8),
    ],
)
def test_previous_value_after_a_comparison_period(body: str, value: float, previous: float) -> None:
    doc = extract_text(_zh(body))
    ev = next(e for e in _figures(doc) if _amount(e.args["value"]) == pytest.approx(value))
    assert _amount(ev.args["previous_value"]) == pytest.approx(previous)


def test_a_change_is_not_a_previous_value() -> None:
    doc = extract_text(_zh("星河科技2025年亏损2.3亿元,较上年同期减少1.1亿元。"))
    (ev,) = [e for e in _figures(doc) if _amount(e.args["value"]) == pytest.approx(2.3e8)]
    assert "previous_value" not in ev.args


def test_market_expectation_is_not_a_previous_value() -> None:
    doc = extract_text(_zh("阿里巴巴今日公布2026财年第三季业绩,收入按年升6%至2,855.6亿元,略低于市场预期的2,890亿元。"))
    (ev,) = _by_metric(doc, "revenue")
    assert "previous_value" not in ev.args


def test_english_year_ago_after_the_figure() -> None:
    doc = extract_text(_en("Operating profit for the quarter rose to 9.4 trillion won from 5.1 trillion won a year earlier, SK hynix said."))
    (ev,) = _by_metric(doc, "operating_profit")
    assert _amount(ev.args["value"]) == pytest.approx(9.4e12)
    assert _amount(ev.args["previous_value"]) == pytest.approx(5.1e12)


# ---------------------------------------------------------------------- prose: periods
def test_period_in_force_from_the_previous_sentence_not_the_comparison_year() -> None:
    doc = extract_text(_zh("廣達今日公布2025年第四季財報。單季營收達新台幣5,200億元，較前一年同期的4,100億元成長27%。", "2026年3月3日"))
    (ev,) = _by_metric(doc, "revenue")
    assert ev.args["period"] == "2025-Q4"


def test_yearless_quarter_reported_after_it_ended_is_last_years() -> None:
    doc = extract_text(_en("Nvidia said fourth-quarter revenue rose to $39.3 billion.", "January 28, 2026"))
    (ev,) = _by_metric(doc, "revenue")
    assert ev.args["period"] == "2025-Q4"


def test_fiscal_quarter_takes_the_fiscal_year_in_force() -> None:
    body = "Oracle raised its capital spending forecast for fiscal 2026. Its revenue rose to $16.1 billion in its fiscal second quarter."
    doc = extract_text(_en(body, "December 11, 2025"))
    (ev,) = _by_metric(doc, "revenue")
    assert ev.args["period"] == "FY2026-Q2"


def test_fiscal_period_in_simplified() -> None:
    doc = extract_text(_zh("甲骨文2026财年第二财季营收为160.6亿美元。", "2025年12月11日"))
    (ev,) = _by_metric(doc, "revenue")
    assert ev.args["period"] == "FY2026-Q2"


# ---------------------------------------------------------------------- metrics and non-figures
def test_margin_and_headcount_take_shares_and_counts() -> None:
    doc = extract_text(_zh("台積電第一季毛利率為59.2%。截至去年年底,文远知行员工总数约为2900人。"))
    (gm,) = _by_metric(doc, "gross_margin")
    assert gm.args["value"] == pytest.approx(0.592)
    (hc,) = _by_metric(doc, "headcount")
    assert hc.args["value"] == 2900
    assert hc.args["period"] == "2025-12"


def test_ebitda_and_rpo_are_other_metrics() -> None:
    doc = extract_text(_zh("秦淮数据2025年经调整EBITDA约38亿元。甲骨文剩余履约义务高达5230亿美元,较上年同期的970亿美元增长逾四倍。"))
    others = _by_metric(doc, "other")
    assert {round(_amount(e.args["value"]) / 1e8) for e in others} == {38, 5230}


def test_operating_margin_is_not_operating_profit() -> None:
    doc = extract_text(_zh("SK海力士第四季營業利益率為51%。"))
    assert not _by_metric(doc, "operating_profit")


@pytest.mark.parametrize(
    "text",
    [
        _en("Shares of SK hynix rose 2.1 percent to 812,000 won, while Samsung Electronics, which reports its earnings on Friday, gained 0.8 percent."),
        _en("Inventec denied a local media report that it would cut jobs, saying its headcount plans remain unchanged."),
        _zh("年报显示,公司前五大客户销售额合计占比达94.6%,其中第一大客户贡献收入42.3亿元。"),
        _zh("AI相关产品收入已连续十个季度录得三位数增长。"),
    ],
)
def test_no_figure_where_none_is_reported(text: str) -> None:
    assert _figures(extract_text(text)) == []


def test_segment_revenue_is_other_and_a_named_unit_keeps_revenue() -> None:
    body = (
        "英伟达公布第四财季业绩。\n\n"
        "主要财务数据(单位:美元)\n"
        "项目 | 2026财年Q4 | 2025财年Q4 | 同比变化\n"
        "数据中心营收 | 512.4亿 | 301.2亿 | +70%\n"
    )
    doc = extract_text(_zh(body))
    (seg,) = _figures(doc)
    assert seg.args["metric"] == "other"
    assert _amount(seg.args["value"]) == pytest.approx(512.4e8)
    cloud = extract_text(_zh("阿里巴巴今日公布业绩,阿里云智能集团收入按年增长34%至398.2亿元。"))
    (ev,) = _figures(cloud)
    assert ev.args["metric"] == "revenue"
    assert _name(ev.args["org"]) == "Alibaba Cloud"


def test_a_restated_prior_figure_is_the_previous_value() -> None:
    doc = extract_text(_zh("CoreWeave第四季淨虧損擴大至3.1億美元，前一年同期淨虧損為6,200萬美元。", "2026年2月27日"))
    ev = next(e for e in _figures(doc) if _amount(e.args["value"]) == pytest.approx(3.1e8))
    assert _amount(ev.args["previous_value"]) == pytest.approx(6.2e7)
    assert ev.args["period"] == "2025-Q4"
    prior = [e for e in _figures(doc) if _amount(e.args["value"]) == pytest.approx(6.2e7)]
    assert all(e.args.get("period") != "2025-Q4" for e in prior)  # the prior period's own figure, if kept, is not this quarter's


def test_a_valuation_after_a_round_is_the_rounds() -> None:
    doc = extract_text(_zh("階躍星辰今日宣布完成逾50億元人民幣的B+輪融資。階躍星辰未有披露估值，但據悉已接近200億元人民幣。"))
    assert not _by_metric(doc, "valuation")
    (rnd,) = [e for e in doc.events if e.type == "investment"]
    assert _amount(rnd.args["valuation"]) == pytest.approx(2e10)


def test_compound_amount_in_traditional_prose() -> None:
    doc = extract_text(_zh("聯電首季合併營收達新台幣1兆2,015億元，較去年同期的9,870億元成長21.7%。", "2026年4月16日"))
    (ev,) = _by_metric(doc, "revenue")
    assert _amount(ev.args["value"]) == pytest.approx(1.2015e12)
    assert _amount(ev.args["previous_value"]) == pytest.approx(9.87e11)
    assert ev.args["period"] == "2026-Q1"


def test_a_half_not_yet_over_at_the_dateline_is_last_years() -> None:
    doc = extract_text(_en("Microsoft said net income rose 12% to $3.2 billion in the first half, from $2.9 billion a year earlier.", "March 1, 2026"))
    (ev,) = _by_metric(doc, "net_income")
    assert ev.args["period"] == "2025-H1"
    assert _amount(ev.args["previous_value"]) == pytest.approx(2.9e9)


@pytest.mark.parametrize(
    ("text", "period"),
    [
        (_en("Tencent said revenue for the nine months ended Sept. 30 rose 9% to 540 billion yuan.", "March 1, 2026"), "2025-Q1-Q3"),
        (_en("Alibaba's revenue in the three months to December rose 5% to 280 billion yuan.", "March 1, 2026"), "2025-Q4"),
        (_zh("騰訊截至9月30日止九個月的收入為5,400億元。", "2025年11月13日"), "2025-Q1-Q3"),
    ],
)
def test_months_ended_a_date(text: str, period: str) -> None:
    (ev,) = _by_metric(extract_text(text), "revenue")
    assert ev.args["period"] == period


def test_month_on_month_column_is_a_change_and_the_unit_caption_no_amount() -> None:
    body = (
        "伺服器代工厂4月营收续创新高,新台币计价的营收普遍年增逾三成。\n\n"
        "AI伺服器代工厂4月营收(单位:亿元)\n"
        "公司 | 4月营收 | 月增 | 年增\n"
        "纬颖 | 1,020 | 4.1% | 73.5%\n"
        "英业达 | 715 | 1.9% | 18.2%\n"
    )
    doc = extract_text(_zh(body))
    revenue = sorted(_by_metric(doc, "revenue"), key=lambda e: e.evidence.start)
    assert [_amount(e.args["value"]) for e in revenue] == [pytest.approx(1.02e11), pytest.approx(7.15e10)]
    assert all("previous_value" not in e.args for e in revenue)


def test_a_figure_of_the_period_its_report_covers_is_written_by_the_report_name() -> None:
    text = _zh("星河软件近日发布2025年半年度报告,2025年上半年公司实现营业收入1.2亿元,净亏损3200万元。", "2025年8月28日")
    doc = extract_text(text)
    loss = _by_metric(doc, "net_loss")
    assert loss, [e.args for e in doc.events]
    assert loss[0].args["period"] == "2025-H1"
    span = loss[0].arg_spans["period"][0]
    assert text[span.start : span.end] == "2025年半年度"


def test_a_report_of_another_period_leaves_the_written_period() -> None:
    text = _zh("星河软件近日发布2025年第三季度报告,2025年前三季度公司净亏损3200万元。", "2025年10月28日")
    loss = _by_metric(extract_text(text), "net_loss")
    assert loss and loss[0].args["period"] == "2025-Q1-Q3"


def test_the_year_ended_a_date_is_a_period_written_from_jiezhi() -> None:
    text = _zh("远航控股公告,截至2025年12月31日止年度,公司拥有人应占亏损1.6亿港元,同比扩大35%。", "2026年3月20日")
    loss = _by_metric(extract_text(text), "net_loss")
    assert loss and loss[0].args["period"] == "2025"
    span = loss[0].arg_spans["period"][0]
    assert text[span.start : span.end] == "截至2025年12月31日止年度"


def test_the_months_ended_a_date_are_written_from_jiezhi() -> None:
    text = _zh("远航控股公告,截至2025年9月30日止6个月,公司拥有人应占亏损2300万港元。", "2025年11月20日")
    loss = _by_metric(extract_text(text), "net_loss")
    assert loss and loss[0].args["period"] == "2025-Q2-Q3"
    span = loss[0].arg_spans["period"][0]
    assert text[span.start : span.end] == "截至2025年9月30日止6个月"


def test_the_prior_figure_written_after_is_the_previous_value() -> None:
    text = _zh("星河软件发布2025年半年度报告,归属于挂牌公司股东的净利润-963.97万元,上年同期为-1,084.11万元。", "2025年8月20日")
    loss = _by_metric(extract_text(text), "net_loss")
    assert [(e.args["period"], _amount(e.args["value"])) for e in loss] == [("2025-H1", 9639700.0)]
    assert _amount(loss[0].args["previous_value"]) == pytest.approx(10841100.0)
    span = loss[0].arg_spans["previous_value"][0]
    assert text[span.start : span.end] == "1,084.11万元"


def test_a_prior_profit_after_a_loss_is_no_prior_loss() -> None:
    text = _zh("星河软件发布2025年半年度报告,净利润-963.97万元,上年同期为1,084.11万元。", "2025年8月20日")
    loss = _by_metric(extract_text(text), "net_loss")
    assert [e.args["period"] for e in loss] == ["2025-H1"]


def test_the_change_after_a_prior_figure_is_the_later_figures() -> None:
    text = _zh("星河软件发布2025年半年度报告,净利润-853,083.52元,上年同期-1,213,589.07元,亏损减少。", "2025年8月20日")
    loss = _by_metric(extract_text(text), "net_loss")
    (current,) = loss  # the year-earlier figure is the previous value, and the change belongs to the later figure
    assert current.args["period"] == "2025-H1"
    assert _amount(current.args["previous_value"]) == pytest.approx(1213589.07)


def test_the_base_of_a_rise_is_no_current_figure() -> None:
    from newsledger import extract_text

    doc = extract_text("Tech > AI\n\nHeadline\n\nSAN JOSE, Nov 18 (Reuters) - Orbital Systems said revenue rose 62% from $35.08 billion a year earlier.\n")
    assert not any(e.type == "financial_metric" and (e.args.get("value") or {}).get("amount") == 35.08e9 for e in doc.events)


def test_hong_kong_results_words() -> None:
    from newsledger import extract_text

    doc = extract_text("港股 > 正文\n\n測試標題\n\n【測試社】2026年11月18日消息，星河集團（01234）公布第三季業績，收入1,131.2億元（人民幣，下同），按年升22.3%；經調整純利113.1億元，按年升80.9%。期內，創新業務首度錄得單季經營盈利約7億元。\n")
    metrics = sorted(str(e.args.get("metric")) for e in doc.events if e.type == "financial_metric")
    assert metrics == ["net_income", "operating_profit", "revenue"]


def test_table_with_columns_set_apart_by_full_width_spaces() -> None:
    body = (
        "星河控股今日公布第三季業績。\n\n"
        "星河控股第三季主要財務數據(人民幣億元)\n"
        "　　　　　2026年第三季　2025年第三季　按年變幅\n"
        "收入　　　　　612.5　　　　538.1　　　　+14%\n"
        "毛利　　　　　301.2　　　　255.7　　　　+18%\n"
        "經營盈利　　　188.4　　　　160.9　　　　+17%\n"
    )
    doc = extract_text(_zh(body, "2026年11月12日"))
    (rev,) = _by_metric(doc, "revenue")
    assert _amount(rev.args["value"]) == pytest.approx(612.5e8)
    assert _amount(rev.args["previous_value"]) == pytest.approx(538.1e8)
    assert rev.args["period"] == "2026-Q3"
    (op,) = _by_metric(doc, "operating_profit")
    assert _amount(op.args["value"]) == pytest.approx(188.4e8)
    (gross,) = _by_metric(doc, "other")
    assert _amount(gross.args["value"]) == pytest.approx(301.2e8)


def test_indented_prose_is_no_table() -> None:
    doc = extract_text(_zh("　　星河控股今日公布業績，收入按年增長14%至612.5億元。"))
    (rev,) = _by_metric(doc, "revenue")
    assert _amount(rev.args["value"]) == pytest.approx(612.5e8)


def test_a_part_of_the_total_after_qizhong_is_other() -> None:
    doc = extract_text(_zh("星河电子第二季度营收为180亿元,同比增长12%;其中企业级服务器收入为52亿元,较上年同期增长21%。"))
    (total,) = _by_metric(doc, "revenue")
    assert _amount(total.args["value"]) == pytest.approx(180e8)
    (part,) = _by_metric(doc, "other")
    assert _amount(part.args["value"]) == pytest.approx(52e8)


def test_half_year_in_force_after_a_semicolon() -> None:
    doc = extract_text(_zh("星河控股公布的中期業績顯示，截至6月底止六個月，收入按年增長28%至30.2億元；期內淨虧損收窄至8.9億元。", "2026年8月20日"))
    (loss,) = [e for e in _by_metric(doc, "net_loss") if _amount(e.args["value"]) == pytest.approx(8.9e8)]
    assert loss.args["period"] == "2026-H1"


def test_year_written_on_one_figure_holds_for_the_next() -> None:
    doc = extract_text(_zh("招股書顯示，星河芯片2025年收入為18.4億元；淨虧損為13.6億元。", "2026年9月15日"))
    (loss,) = _by_metric(doc, "net_loss")
    assert loss.args["period"] == "2025"


def test_last_months_figure_is_the_previous_value() -> None:
    doc = extract_text(_zh("聯發科同日公布7月合併營收為新台幣531.6億元，較6月的474.8億元增加12.0%。", "2026年8月10日"))
    (rev,) = _by_metric(doc, "revenue")
    assert _amount(rev.args["previous_value"]) == pytest.approx(474.8e8)


def test_from_year_end_to_now_the_first_figure_is_the_previous_value() -> None:
    doc = extract_text(_zh("星河智能財務長表示，公司年化營收已從去年底的約90億美元，成長到目前的逾200億美元。", "2026年5月20日"))
    (rev,) = _by_metric(doc, "revenue")
    assert _amount(rev.args["value"]) == pytest.approx(2e10)
    assert _amount(rev.args["previous_value"]) == pytest.approx(9e9)


def test_a_loss_per_unit_sold_is_not_the_company_result() -> None:
    doc = extract_text(_zh("受猪价下跌影响,星河农牧上半年每卖一头猪亏损38元,每吨饲料亏损120元。"))
    assert not _by_metric(doc, "net_loss")
    doc = extract_text(_zh("星河农牧上半年每卖一头猪亏损38元,公司上半年净亏损3.2亿元。"))
    assert [e.args["value"]["amount"] for e in _by_metric(doc, "net_loss")] == [320000000.0]


def test_a_change_in_tenths_is_read_whole() -> None:
    doc = extract_text(_zh("星河科技上半年净亏损1.97亿港元,同比扩大近四成。"))
    (ev,) = _by_metric(doc, "net_loss")
    assert ev.args["change"] == "同比扩大近四成"


def test_the_results_period_carries_into_the_next_paragraph() -> None:
    doc = extract_text(_zh(
        "云图科技公布第二季度业绩，第二季度营收为42.5亿元，上年同期为30.1亿元。\n\n"
        "其中，云服务业务收入为18.2亿元，上年同期为11.4亿元；芯片业务收入为9.6亿元。",
        "2026年8月20日",
    ))
    periods = {e.args.get("period") for e in _figures(doc)}
    assert periods == {"2026-Q2"}, [(e.args.get("metric"), e.args.get("period")) for e in _figures(doc)]


def test_a_new_period_stops_the_carry() -> None:
    doc = extract_text(_zh(
        "云图科技公布第二季度业绩，第二季度营收为42.5亿元。\n\n2025年全年，公司曾录得亏损。其中，芯片业务收入为9.6亿元。",
        "2026年8月20日",
    ))
    chips = [e for e in _figures(doc) if _amount(e.args["value"]) == 9.6e8]
    assert chips and chips[0].args.get("period") != "2026-Q2"


def test_a_quarter_written_as_its_months() -> None:
    doc = extract_text(_en(
        "Hanwha Vision said operating profit for the July-September period rose to 412 billion won from 305 billion won.",
        "October 29, 2026",
    ))
    assert [e.args.get("period") for e in _by_metric(doc, "operating_profit")] == ["2026-Q3"]


def test_this_quarter_column_is_the_quarter_the_caption_names() -> None:
    body = (
        "星河云发布2027财年第一季度业绩。\n\n"
        "星河云2027财年第一季度主要数据(单位:亿元人民币)\n"
        "项目 | 本季度 | 上年同期 | 同比\n"
        "营收 | 512 | 455 | 12.5%\n"
    )
    doc = extract_text(_zh(body, "2026年8月28日"))
    (rev,) = [e for e in _by_metric(doc, "revenue") if "|" in e.evidence_text]
    assert rev.args["period"] == "FY2027-Q1"
    assert _amount(rev.args["previous_value"]) == pytest.approx(455e8)


def test_a_figure_for_a_period_not_over_is_a_target_not_a_result() -> None:
    doc = extract_text(_zh("星河電腦董事長表示，今年全年營收有機會突破新台幣5,000億元，明年每股純益有機會挑戰10元。", "2026年5月12日"))
    assert not _figures(doc)


def test_a_fiscal_quarter_label_is_not_its_calendar() -> None:
    doc = extract_text(_zh("星河芯片公布2027财年第一财季业绩，该季度营收为420亿美元，上年同期为260亿美元。", "2026年5月28日"))
    (rev,) = _by_metric(doc, "revenue")
    assert rev.args["period"] == "FY2027-Q1"


def test_what_analysts_expect_is_no_companys_figure() -> None:
    text = _zh("有券商分析师预计,星河科技今年全年资本开支或在120亿元左右。法人预估,云帆电子明年营收有机会突破800亿元。")
    doc = extract_text(text)
    assert not [e for e in doc.events if e.type in ("spending", "financial_metric")]


def test_an_adjusted_prior_figure_is_the_previous_value() -> None:
    text = _zh("星河智驾第三季度经调整净亏损为2.4亿元,上年同期经调整净亏损为3.7亿元,亏损幅度有所收窄。", "2026年11月18日")
    (loss,) = _by_metric(extract_text(text), "net_loss")
    assert _amount(loss.args["value"]) == pytest.approx(2.4e8)
    assert _amount(loss.args["previous_value"]) == pytest.approx(3.7e8)


def test_an_earlier_years_figure_written_after_is_the_previous_value() -> None:
    text = _zh("招股书显示,星河芯片2025年实现营收12.6亿元,2024年为5.4亿元;同期净亏损为8.9亿元,2024年亏损为11.2亿元。", "2026年5月20日")
    doc = extract_text(text)
    (revenue,) = _by_metric(doc, "revenue")
    assert revenue.args["period"] == "2025" and _amount(revenue.args["previous_value"]) == pytest.approx(5.4e8)
    (loss,) = _by_metric(doc, "net_loss")
    assert loss.args["period"] == "2025" and _amount(loss.args["previous_value"]) == pytest.approx(1.12e9)


def test_a_later_years_figure_after_a_figure_is_its_own() -> None:
    doc = extract_text(_zh("星河科技2024年营收为30亿元,2025年净亏损为5亿元。", "2026年5月20日"))
    assert _by_metric(doc, "revenue")[0].args["period"] == "2024"
    assert _by_metric(doc, "net_loss")[0].args["period"] == "2025"


def test_operating_profit_written_as_yunying_lirun() -> None:
    doc = extract_text(_zh("星河云第四季度营收为356亿美元,运营利润为124亿美元。", "2026年2月6日"))
    assert [_amount(e.args["value"]) for e in _by_metric(doc, "operating_profit")] == [1.24e10]


def test_an_outlet_named_for_brokers_is_no_analyst() -> None:
    doc = extract_text(_zh("据券商中国报道,星河科技今年计划投入约120亿元用于算力建设,预计年底前完成。"))
    assert [e for e in doc.events if e.type == "spending"]


def test_rd_money_still_to_be_spent_is_a_spending_plan_and_rd_spent_is_a_figure() -> None:
    doc = extract_text("科技新闻 > 正文\n\n测试标题\n\n【测试社】2026年3月16日消息,星河半導體重申今年研發支出將達約15億美元，大部分投入車用晶片。星河半導體去年研發投入達到12億美元。\n\n特别声明:以上内容仅供参考。\n")
    spend = [e for e in doc.events if e.type == "spending"]
    assert [e.args["amount"]["amount"] for e in spend] == [1.5e9]
    figures = [e for e in doc.events if e.type == "financial_metric"]
    assert [e.args["value"]["amount"] for e in figures] == [1.2e9]


def test_a_company_estimating_next_quarters_revenue_gives_guidance_not_a_figure() -> None:
    doc = extract_text("科技新闻 > 正文\n\n测试标题\n\n【测试社】2026年5月28日消息,輝達預估，第二季營收將落在940億美元左右。\n\n特别声明:以上内容仅供参考。\n")
    assert not [e for e in doc.events if e.type == "financial_metric"]


def test_the_headcount_a_layoff_leaves_is_no_figure_of_its_own() -> None:
    doc = extract_text("科技新闻 > 正文\n\n测试标题\n\n【测试社】2026年5月28日消息,星河科技去年已進行兩輪人員優化，員工人數由高峰期約6,000人降至目前約4,200人。\n\n特别声明:以上内容仅供参考。\n")
    assert not [e for e in doc.events if e.type == "financial_metric"]
    assert [e for e in doc.events if e.type == "layoff"]


def test_interim_results_up_to_the_end_of_june_are_the_first_half() -> None:
    doc = extract_text("科技新闻 > 正文\n\n测试标题\n\n【测试社】2026年8月27日消息,星河科技（01234）今晚公布截至6月底止的中期業績，收入按年升45%至34.5億元。\n\n特别声明:以上内容仅供参考。\n")
    (ev,) = [e for e in doc.events if e.type == "financial_metric"]
    assert ev.args["period"] == "2026-H1"


def test_a_clause_of_aim_opening_the_sentence_is_what_the_spending_is_for() -> None:
    page = "財經 > 產業\n\n測試標題\n\n星宇半導體今日召開法說會。財務長林嘉文指出，為支應先進封裝擴產需求，今年資本支出將上修至新台幣80億元。\n"
    (ev,) = [e for e in extract_text(page).events if e.type == "spending"]
    assert ev.args.get("purpose") == "支應先進封裝擴產需求"


def test_a_result_measured_against_expectations_is_reported_not_forecast() -> None:
    page = f"{HEAD_ZH}星宇半导体30日公布财报。获利表现优于市场预期,第3季税后纯益52.4亿元,年增18.2%,每股纯益6.12元。\n"
    metrics = {e.args.get("metric") for e in extract_text(page).events if e.type == "financial_metric"}
    assert {"net_income", "other"} <= metrics


def test_a_four_digit_hong_kong_code_named_as_the_stock_code_is_the_listing_code() -> None:
    page = f"{HEAD_ZH}星河智能今日起招股,拟发行8000万股H股,集资最多约40亿港元,预计下月12日在港交所主板挂牌,股份代号2688。\n"
    (ev,) = [e for e in extract_text(page).events if e.type == "ipo"]
    assert ev.args.get("code") == "2688"
