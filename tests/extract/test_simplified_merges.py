"""Simplified-Chinese words that look like a trigger but are not one, and units merged by 将A与B合并 (our own sentences)."""

from __future__ import annotations

from typing import Any

from newsledger import extract_text
from newsledger.core import Document

HEAD = "科技新闻 > 正文\n\n测试标题\n\n"


def _page(body: str) -> str:
    return f"{HEAD}【测试社】2026年3月16日消息,{body}\n\n特别声明:以上内容仅供参考。\n"


def _types(doc: Document) -> list[str]:
    return [e.type for e in doc.events]


def _name(v: Any) -> Any:
    return v["name"] if isinstance(v, dict) else v


def test_a_unit_run_directly_by_an_executive_is_no_takeover() -> None:
    doc = extract_text(_page("新组建的智能驾驶中心由集团高级副总裁周明远直接管理,下设感知、规划两个团队。"))
    assert "hire" not in _types(doc)


def test_an_analyst_note_after_the_earnings_release_is_no_launch() -> None:
    doc = extract_text(_page("多家券商分析师在财报发布后的点评中上调了腾讯的目标价。"))
    assert "launch" not in _types(doc)


def test_two_departments_merged_into_a_named_unit_are_a_reorganization() -> None:
    doc = extract_text(_page("京东已将零售技术部与京东云的数据平台团队合并,组建新的“数据智能事业部”。"))
    (ev,) = [e for e in doc.events if e.type == "reorganization"]
    assert _name(ev.args["org"]) == "JD.com"


def test_consolidated_revenue_and_a_merger_already_told_are_no_reorganization() -> None:
    doc = extract_text(_page("合并后公司业务覆盖芯片与整机,今年上半年合并营收为120亿元,同比增长18%。"))
    assert "reorganization" not in _types(doc)


def test_a_whole_markets_outlay_is_no_companys_spending() -> None:
    doc = extract_text(_page("据IDC统计,去年全球企业在生成式AI软件上的支出约为180亿美元,预计今年将翻倍。"))
    assert "spending" not in _types(doc)


def test_the_deal_told_again_by_an_analyst_is_no_second_acquisition() -> None:
    body = "小米宣布以约12亿元收购芯片设计公司澜芯微60%的股权。中信证券分析师认为,此次收购的估值约为澜芯微明年收入的8倍。"
    doc = extract_text(_page(body))
    assert _types(doc).count("acquisition") == 1


def test_the_use_of_a_rounds_money_is_no_new_round_and_leaves_the_spending() -> None:
    body = "智元星图完成2亿美元B轮融资,由高瓴资本领投。本轮资金将主要用于研发,未来三年公司在算力上的投入不低于8亿元。"
    doc = extract_text(_page(body))
    assert _types(doc).count("investment") == 1
    (sp,) = [e for e in doc.events if e.type == "spending"]
    assert sp.args["amount"]["amount"] == 800_000_000


def test_a_topic_header_before_the_deal_is_no_event_of_its_own() -> None:
    body = "芯片供应方面,据知情人士透露,字节跳动已与寒武纪签订价值约30亿元的推理芯片采购协议,明年起分批交付。"
    doc = extract_text(_page(body))
    (ev,) = [e for e in doc.events if e.type == "procurement"]
    assert _name(ev.args["buyer"]) == "ByteDance"


def test_a_groups_own_chips_put_to_use_are_no_purchase() -> None:
    doc = extract_text(_page("百度表示,昆仑芯自研的P800芯片已在百度智能云部署超过3万颗。"))
    assert "procurement" not in _types(doc)


def test_borrowing_through_bonds_is_no_funding_round() -> None:
    doc = extract_text(_page("为缓解现金流压力,蔚来计划年内通过发债融资约50亿元。"))
    assert "investment" not in _types(doc)


def test_a_denial_of_the_reported_share_stays_an_event_of_its_own() -> None:
    body = '据知情人士透露,美团正在对到店事业群进行裁员,比例或达10%。对此,美团方面回应称,这是正常的人员调整,"不存在所谓10%的裁员比例"。'
    doc = extract_text(_page(body))
    layoffs = [e for e in doc.events if e.type == "layoff"]
    assert sorted(e.modality for e in layoffs) == ["denied", "rumored"]


def test_the_company_in_acquisition_talks_is_the_target_and_never_denies() -> None:
    doc = extract_text(_page("小米方面对记者表示,公司从未与芯驰科技进行过收购谈判。"))
    (ev,) = [e for e in doc.events if e.type == "acquisition"]
    assert _name(ev.args["target"]) == "SemiDrive"
    assert ev.modality == "denied"


def test_a_pre_ipo_round_is_no_company_name() -> None:
    body = "上市前,摩尔线程已完成8轮融资。今年4月的Pre-IPO轮融资由高瓴资本领投,投后估值约150亿元。"
    doc = extract_text(_page(body))
    targets = [_name(e.args.get("target")) for e in doc.events if e.type == "investment"]
    assert targets and "Pre-IPO" not in targets


def test_annualized_recurring_revenue_is_not_the_periods_revenue() -> None:
    doc = extract_text(_page("智谱向本报透露,公司的年化经常性收入(ARR)已突破5亿元,较年初增长约三倍。"))
    (ev,) = [e for e in doc.events if e.type == "financial_metric"]
    assert ev.args["metric"] == "other"
