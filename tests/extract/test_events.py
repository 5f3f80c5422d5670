"""Event extraction on sentences of the genre, in the three scripts (our own sentences)."""

from __future__ import annotations

from typing import Any

import pytest

from newsledger import extract_text
from newsledger.core import Document

HEAD = "科技新闻 > 正文\n\n测试标题\n\n"


def _page(body: str, dateline: str = "2026年3月16日") -> str:
    return f"{HEAD}【测试社】{dateline}消息,{body}\n\n特别声明:以上内容仅供参考。\n"


def _events(doc: Document, type_: str) -> list[Any]:
    return [e for e in doc.events if e.type == type_]


def _name(v: Any) -> Any:
    if isinstance(v, list):
        return sorted(_name(x) for x in v)
    return v["name"] if isinstance(v, dict) else v


def test_layoff_with_count_share_and_attribution() -> None:
    doc = extract_text(_page("据路透社报道,字节跳动计划裁员约2000人,约占其员工总数的5%。"))
    (ev,) = _events(doc, "layoff")
    assert _name(ev.args["org"]) == "ByteDance"
    assert ev.args["count"] == 2000
    assert ev.args["share"] == pytest.approx(0.05)
    assert ev.modality == "planned"
    assert ev.attribution == "Reuters"
    assert doc.text[ev.evidence.start : ev.evidence.end] == ev.evidence_text


def test_traditional_investment_confirmed() -> None:
    doc = extract_text(_page("微軟證實已向OpenAI追加投資100億美元,持續押注生成式AI。"))
    (ev,) = _events(doc, "investment")
    assert _name(ev.args["investor"]) == "Microsoft"
    assert _name(ev.args["target"]) == "OpenAI"
    assert ev.args["amount"]["amount"] == pytest.approx(1e10)
    assert ev.args["amount"]["currency"] == "USD"
    assert ev.modality == "confirmed"


def test_english_layoff_with_date() -> None:
    text = "Tech > AI\n\nMicrosoft cuts jobs\n\nREDMOND, March 16 (Reuters) - Microsoft laid off 10,000 employees in January 2023, the company said.\n"
    doc = extract_text(text)
    (ev,) = _events(doc, "layoff")
    assert _name(ev.args["org"]) == "Microsoft"
    assert ev.args["count"] == 10000
    assert str(ev.args.get("date", "")).startswith("2023-01")


def test_no_event_in_market_chatter() -> None:
    doc = extract_text(_page("英伟达股价周一上涨3%,市值一度突破4万亿美元,创历史新高。"))
    assert doc.events == []


def test_denied_layoff() -> None:
    doc = extract_text(_page("对于近日网传的大规模裁员消息,字节跳动否认了相关传闻,称其将继续招聘。"))
    evs = _events(doc, "layoff")
    assert evs and all(e.modality == "denied" for e in evs)


def test_latter_reference_and_valuation() -> None:
    doc = extract_text(_page("阿里巴巴去年向月之暗面投资8亿美元,后者估值达到25亿美元。"))
    (ev,) = _events(doc, "investment")
    assert _name(ev.args["investor"]) == "Alibaba"
    assert _name(ev.args["target"]) == "Moonshot AI"
    assert ev.args["amount"]["amount"] == pytest.approx(8e8)
    assert ev.args["date"] == "2025"


def test_hire_with_from_org_and_title() -> None:
    doc = extract_text(_page("谷歌DeepMind前研究员张立明已加入OpenAI,负责多模态模型研发。"))
    (ev,) = _events(doc, "hire")
    assert _name(ev.args["org"]) == "OpenAI"
    assert ev.args["person"]["mention"] == "张立明"


def test_headline_events_are_kept_apart() -> None:
    page = _page("据报道,字节跳动计划在今年裁员约2000人。") + "相关新闻\n阿里巴巴斥资50亿美元扩建杭州数据中心\n测试社\n2026-03-16 10:00:00\n"
    doc = extract_text(page)
    body = [e for e in doc.events if e.source == "body"]
    heads = [e for e in doc.events if e.source == "headline"]
    assert [e.type for e in body] == ["layoff"]
    assert heads and heads[0].type == "spending"
    for ev in heads:
        assert doc.text[ev.evidence.start : ev.evidence.end] == ev.evidence_text
        assert ev.evidence.start >= doc.body.end


def test_role_confidence_ranks_cued_above_fallback() -> None:
    doc = extract_text(_page("Meta宣布向Scale AI投资143亿美元。次年3月份再裁员1万人。"))
    inv = _events(doc, "investment")[0]
    lay = _events(doc, "layoff")[0]
    assert inv.arg_confidence["target"] > lay.arg_confidence["org"]
    assert 0.0 < lay.confidence < inv.confidence <= 1.0


def test_departure_named_before_the_verb() -> None:
    doc = extract_text(_page("星河科技公告称,公司独立董事陈国欣因个人原因辞职,辞职后不再担任公司任何职务。"))
    (ev,) = _events(doc, "departure")
    assert ev.args["person"]["mention"] == "陈国欣"
    assert not _events(doc, "hire")


def test_listed_company_and_exchange() -> None:
    doc = extract_text(_page("星河智能(688999)今日在科创板上市,首发募资约12亿元。"))
    (ev,) = _events(doc, "ipo")
    assert _name(ev.args["org"]) == "星河智能"
    assert _name(ev.args["exchange"]) == "STAR Market"


def test_english_hire_with_new_post_and_former_employer() -> None:
    text = (
        "Tech > AI\n\nStartup hires CTO\n\nPITTSBURGH, March 16 (Reuters) - Lumina Robotics said it had hired Priya Raman, "
        "who previously led manipulation research at Google DeepMind, as chief technology officer.\n"
    )
    doc = extract_text(text)
    (ev,) = _events(doc, "hire")
    assert ev.args["person"]["mention"] == "Priya Raman"
    assert _name(ev.args["from_org"]) == "Google DeepMind"
    assert ev.args["role"] == "chief technology officer"
    assert ev.modality == "confirmed"


def test_text_table_rows_become_metrics() -> None:
    body = (
        "星河電子公布第四季財報。\n\n"
        "星河電子2025年第四季財務摘要（單位：新台幣億元）\n"
        "項目 | 2025年第四季 | 2024年第四季 | 年增\n"
        "營收 | 1,250.5 | 1,001.2 | 24.9%\n"
        "稅後純益 | 120.3 | 98.7 | 21.9%\n"
    )
    doc = extract_text(_page(body, "2026年3月16日"))
    rows = {e.args["metric"]: e for e in _events(doc, "financial_metric")}
    assert rows["revenue"].args["value"]["amount"] == pytest.approx(1.2505e11)
    assert rows["revenue"].args["value"]["currency"] == "TWD"
    assert rows["revenue"].args["previous_value"]["amount"] == pytest.approx(1.0012e11)
    assert rows["revenue"].args["period"] == "2025-Q4"
    assert rows["net_income"].args["value"]["amount"] == pytest.approx(1.203e10)


def test_maker_named_in_the_item_supplies_it() -> None:
    doc = extract_text(_page("据悉,百川云计算公司宣布将从今年第三季度起部署3万颗AMD MI450芯片。"))
    (ev,) = _events(doc, "procurement")
    assert _name(ev.args["supplier"]) == "AMD"
    en = extract_text("Cloud | Chips\n\nTest\n\nBy Test Reporter\nMay 8, 2026\n\nNorthwind Labs said it would buy 40,000 more Nvidia processors for its new cluster.\n")
    (ev,) = _events(en, "procurement")
    assert _name(ev.args["supplier"]) == "NVIDIA"
    assert _name(ev.args["buyer"]) == "Northwind Labs"


def test_two_products_in_one_sentence_are_two_launches() -> None:
    text = (
        "AI | Models\n\nTest\n\nBy Test Reporter\nMay 8, 2026\n\n"
        "Northwind Labs released its Vega-3 open-weight model family last week, and its chief executive said the next flagship Vega model would be released within weeks. "
        "It also plans to release its first consumer product, the Vega Go assistant, later this year.\n"
    )
    products = sorted(str(e.args.get("product")) for e in extract_text(text).events if e.type == "launch")
    assert products == ["Vega Go assistant", "Vega-3", "next flagship Vega model"]


def test_past_employer_named_before_the_person() -> None:
    doc = extract_text(_page("曾在特斯拉Optimus项目负责灵巧手研发的工程师王凯文已加入Meta出任首席科学家。"))
    (ev,) = _events(doc, "hire")
    assert _name(ev.args["from_org"]) == "Tesla"


def test_kind_of_spending_is_its_purpose_when_no_other_is_given() -> None:
    doc = extract_text(_page("阿里巴巴预计今年资本支出将达到1200亿元。"))
    (ev,) = _events(doc, "spending")
    assert ev.args["purpose"] == "资本支出"


def test_respectively_gives_each_actor_its_own_figure() -> None:
    doc = extract_text(_page("小马智行与文远知行去年12月同日在港交所挂牌,分别募资约52亿港元及18亿港元。"))
    got = sorted((_name(e.args["org"]), e.args["amount"]["amount"]) for e in _events(doc, "ipo"))
    assert got == [("Pony.ai", 5.2e9), ("WeRide", 1.8e9)]


def test_known_person_later_named_by_surname() -> None:
    text = (
        "AI | People\n\nTest\n\nBy Test Reporter\nMay 8, 2026\n\n"
        "Last July, Microsoft brought over Amar Subramanya to run its assistant team. In December Subramanya left for Apple.\n"
    )
    (ev,) = [e for e in extract_text(text).events if e.type == "departure"]
    assert _name(ev.args["person"]) == "Amar Subramanya"
    assert _name(ev.args["to_org"]) == "Apple"


def test_ba_construction_is_not_a_plan() -> None:
    doc = extract_text(_page("去年8月,Meta将MSL拆分为四个团队,分别负责研究、产品和基础设施。"))
    (ev,) = _events(doc, "reorganization")
    assert ev.modality == "reported"
    assert ev.args["count"] == 4
    planned = extract_text(_page("Meta将于下月重组其AI部门。"))
    assert _events(planned, "reorganization")[0].modality == "planned"


def test_left_one_company_and_joined_another_in_one_sentence() -> None:
    doc = extract_text(_page("字節跳動Seed團隊負責人周景然已離職，將以聯合創始人身份加盟月之暗面（Moonshot AI），負責視覺方向。"))
    (hire,) = _events(doc, "hire")
    (dep,) = _events(doc, "departure")
    assert _name(hire.args["org"]) == "Moonshot AI" and _name(hire.args["from_org"]) == "ByteDance"
    assert hire.args["role"] == "聯合創始人"
    assert _name(dep.args["org"]) == "ByteDance" and _name(dep.args["to_org"]) == "Moonshot AI"


def test_what_a_procurement_buys_is_the_object_phrase() -> None:
    doc = extract_text(_page("电信业者KDDI上月宣布,已向美国慧与科技(HPE)采购搭载英伟达Blackwell芯片的机柜系统。"))
    (ev,) = _events(doc, "procurement")
    assert ev.args["item"] == "搭载英伟达Blackwell芯片的机柜系统"
    assert _name(ev.args["buyer"]) == "KDDI" and _name(ev.args["supplier"]) == "HPE"


def test_partnership_purpose_is_the_clause_that_says_what_for() -> None:
    doc = extract_text(_page("曜石智能已与广达签署合作备忘录,将把玄鉴模型导入广达旗下的AI服务器产线。"))
    (ev,) = _events(doc, "partnership")
    assert "玄鉴模型导入广达旗下的AI服务器产线" in ev.args["purpose"]


def test_acquisitions_by_control_and_of_unnamed_companies() -> None:
    doc = extract_text(_page("星河新材去年7月被智元机器人以约21亿元人民币取得控制权。"))
    (ev,) = _events(doc, "acquisition")
    assert _name(ev.args["target"]) == "星河新材" and _name(ev.args["acquirer"]) == "AgiBot"
    doc = extract_text(_page("2023年9月,贝恩资本以约31.6亿美元完成对云岚数据的私有化。"))
    (ev,) = _events(doc, "acquisition")
    assert _name(ev.args["target"]) == "云岚数据"
    doc = extract_text(_page("光宝科技昨日公告,将以新台币12亿元取得AI视觉新创眸境科技100%股权。"))
    (ev,) = _events(doc, "acquisition")
    assert _name(ev.args["target"]) == "眸境科技"
    assert not _events(extract_text(_page("该公司今年在自动驾驶领域取得重大进展。")), "acquisition")


def test_layoff_figures_in_the_next_sentence() -> None:
    doc = extract_text(_page("知情人士透露,星舰科技正在规划新一轮裁员,规模可能占全体员工的10%。若以该公司去年底约7.8万名员工计算,将波及约7800人。"))
    (ev,) = _events(doc, "layoff")
    assert ev.args["share"] == pytest.approx(0.1)
    assert ev.args["workforce"] == 78000 and ev.args["count"] == 7800


def test_layoffs_in_different_years_stay_apart() -> None:
    doc = extract_text(_page("Meta正在酝酿新一轮裁员,可能波及约五分之一岗位。去年10月,Meta已从MSL裁减约600个岗位。"))
    assert len(_events(doc, "layoff")) == 2


def test_english_plans_and_the_month_of_may() -> None:
    head = "Cloud | Spending\n\nTest\n\nBy Test Reporter\nJune 2, 2026\n\n"
    doc = extract_text(head + "Microsoft said in May 2024 it would invest US$2.2 billion over four years in cloud infrastructure in Malaysia.\n")
    (ev,) = _events(doc, "spending")
    assert ev.modality == "planned"
    doc = extract_text(head + "Northwind Labs has earmarked $3 billion for new data centers in Texas.\n")
    assert _events(doc, "spending")[0].modality == "planned"


def test_building_with_own_funds_and_budgets_are_spending_and_seed_rounds_investments() -> None:
    doc = extract_text(_page("寒光科技拟以自有资金不超过30亿元在上海临港新片区建设先进封装基地。"))
    (ev,) = _events(doc, "spending")
    assert ev.args["amount"]["amount"] == 3e9
    doc = extract_text(_page("语光科技成立于2024年,同年9月才拿到新台币三千万元种子轮资金。"))
    (ev,) = _events(doc, "investment")
    assert ev.args["amount"]["amount"] == 3e7


def test_market_pay_figures_and_bids_are_not_offers() -> None:
    doc = extract_text(_page("据统计,顶级研究员的年薪中位数约为150万美元。华为以约52亿元的报价独家拿下昇腾标包。"))
    assert not _events(doc, "pay_offer")
    assert not _events(doc, "acquisition")
    assert _events(doc, "procurement")


def test_pay_offer_period_from_a_spread_clause_or_annual_pay() -> None:
    doc = extract_text(_page("知情人士称,Meta开出了为期四年、总额达九位数美元的薪酬方案。"))
    (ev,) = _events(doc, "pay_offer")
    assert ev.args["period"] == "4 years"
    doc = extract_text(_page("灵犀动力为核心算法岗位开出的年薪最高可达300万元。"))
    (ev,) = _events(doc, "pay_offer")
    assert ev.args["period"] == "1 year"


def test_converted_amount_in_brackets_and_digit_count_amounts() -> None:
    doc = extract_text(_page("东京AI新创Sakana AI宣布完成200亿日元(约新台币42亿元)B轮募资。"))
    (ev,) = _events(doc, "investment")
    assert ev.args["amount"]["currency"] == "JPY" and ev.args["amount"]["amount"] == 2e10
    doc = extract_text(_page("曜石智能宣布完成A轮募资,金额达新台币九位数,由晨曦创投领投。"))
    (ev,) = _events(doc, "investment")
    assert ev.args["amount"]["amount"] == 1e8 and ev.args["amount"]["bound"] == "at_least"


def test_merging_features_is_not_a_reorganization_and_totals_are_not_rounds() -> None:
    doc = extract_text(_page("该平台将把模型训练、部署与评估等功能整合,提供一站式服务。"))
    assert not _events(doc, "reorganization")
    doc = extract_text(_page("字节跳动近期将语音与视觉两个团队整合为一个事业部。"))
    assert _events(doc, "reorganization")
    doc = extract_text(_page("业内人士观察,2025年台湾AI新创募资总额约新台币210亿元。"))
    assert not _events(doc, "investment")


def test_attribution_is_the_speaker_else_the_company_itself() -> None:
    head = "AI | People\n\nTest\n\nBy Test Reporter\nMay 8, 2026\n\n"
    doc = extract_text(head + "Meta spokesperson Andy Stone denied that the company plans to cut 10% of its staff.\n")
    (ev,) = _events(doc, "layoff")
    assert ev.attribution == "Meta spokesperson Andy Stone"
    doc = extract_text(_page("星辙智能宣布完成15亿元人民币C轮融资。"))
    (ev,) = _events(doc, "investment")
    assert ev.attribution == "星辙智能"
    doc = extract_text(_page("据彭博社报道,字节跳动计划裁员约2000人。"))
    assert _events(doc, "layoff")[0].attribution == "Bloomberg"


def test_chinese_company_named_again_without_its_suffix() -> None:
    doc = extract_text(_page("贝恩资本旗下的秦岭数据集团发布公告。2025年秦岭数据中国区业务实现营收约67亿元。"))
    names = {doc.text[m.start : m.end] for m in doc.mentions if m.type == "org"}
    assert "秦岭数据" in names and "中国区" not in names


def test_company_figures_are_confirmed_unless_read_off_a_report() -> None:
    doc = extract_text(_page("寒光科技公告显示,公司2025年实现营业收入71.63亿元,较上年同期的11.74亿元增长510.1%。"))
    assert _events(doc, "financial_metric")[0].modality == "confirmed"
    doc = extract_text(_page("从英伟达发布的财报来看,他们的研发支出在去年有明显增加,全年为171.36亿美元。"))
    assert _events(doc, "financial_metric")[0].modality == "reported"
def test_investor_list_after_includes_with_aliases_in_parentheses() -> None:
    doc = extract_text(_page("阶跃星辰完成新一轮融资,融资额约7亿美元。本轮投资方包括腾讯、富达(Fidelity)、卡塔尔投资局(QIA),以及思科等策略投资人。"))
    (ev,) = _events(doc, "investment")
    assert _name(ev.args["investor"]) == sorted(["Tencent", "Fidelity Investments", "Qatar Investment Authority", "Cisco"])


def test_description_after_a_preposition_is_not_its_clause_subject() -> None:
    text = "Tech > AI\n\nNovaMind deal\n\nSHANGHAI, March 16 (Reuters) - NovaMind AI has leaned on carmakers for revenue. Geely set up a joint lab with the startup in 2024, the company said.\n"
    doc = extract_text(text)
    evs = _events(doc, "partnership")
    assert evs and _name(evs[0].args["partner"]) == "NovaMind AI"


def test_lead_and_follow_investors_belong_to_the_round() -> None:
    doc = extract_text(_page("星图智能宣布完成8500万元B轮融资,由红杉中国领投,腾讯、高瓴创投跟投。"))
    (ev,) = _events(doc, "investment")
    assert _name(ev.args["investor"]) == sorted(["HongShan", "Tencent", "GL Ventures"])


def test_sale_names_seller_buyer_and_what_is_sold() -> None:
    doc = extract_text(_page("格芯以2.4亿美元向台积电出售了其新加坡晶圆厂。"))
    (ev,) = _events(doc, "acquisition")
    assert ev.args["seller"]["mention"] == "格芯"
    assert _name(ev.args["acquirer"]) == "TSMC"
    assert ev.args["target"]["mention"] == "新加坡晶圆厂"
    assert ev.args["price"]["amount"] == pytest.approx(2.4e8)


def test_selling_shares_is_no_acquisition() -> None:
    doc = extract_text(_page("软银再度出售T-Mobile股份,为AI投资筹资。"))
    assert not _events(doc, "acquisition")


def test_landing_is_a_listing_only_on_a_market() -> None:
    assert not _events(extract_text(_page("台风“海神”今天下午在浙江沿海登陆。")), "ipo")
    assert not _events(extract_text(_page("星河游戏宣布新作将于7月10日登陆PS5平台。")), "ipo")
    assert _events(extract_text(_page("云帆物流今日正式登陆港交所,募资约5亿港元。")), "ipo")


def test_listing_place_words_name_the_exchange_and_one_listing_per_actor() -> None:
    doc = extract_text(_page("知情人士称,智元机器人正筹备赴港上市,集资额或达10亿美元。"))
    (ev,) = _events(doc, "ipo")
    assert _name(ev.args["exchange"]) == "HKEX"
    doc = extract_text(_page("宇树科技的科创板上市申请昨日获审议通过。"))
    assert _name(_events(doc, "ipo")[0].args["exchange"]) == "STAR Market"


def test_latin_glossed_and_described_company_names() -> None:
    doc = extract_text(_page("主打繁体中文大模型的台湾新创语光科技(LingoLight)今日宣布完成B轮募资,金额新台币8.5亿元,并同步延揽前微软总经理郭家豪出任营运长。"))
    (ev,) = _events(doc, "investment")
    assert _name(ev.args["target"]) == "语光科技"
    names = {doc.text[m.start : m.end] for m in doc.mentions if m.type == "org"}
    assert "毛利率" not in names


def test_acquisition_of_a_named_company_written_before_the_noun() -> None:
    doc = extract_text(_page('阿里巴巴近日还完成了对AI应用公司"深言科技"的收购,交易金额约为8亿元人民币。'))
    (ev,) = _events(doc, "acquisition")
    assert _name(ev.args["acquirer"]) == "Alibaba" and _name(ev.args["target"]) == "深言科技"
    doc = extract_text(_page("今年3月,腾讯宣布将混元团队拆分为基础模型和应用两个部门。"))
    assert _events(doc, "reorganization")[0].args["unit"] == "混元团队"


def test_a_yearless_month_after_the_dateline_is_last_years_unless_planned() -> None:
    head = "Technology | AI\n\nNorthwind Labs expands in Asia\n\nBy Test Reporter\nMay 14, 2026 7:02 AM GMT+9\n\n"
    tail = "\n\nThe company did not comment further on its plans for the region or for its staff.\n"
    doc = extract_text(head + "TOKYO, May 14 (Reuters) - Northwind Labs raised $13 billion in a Series F round led by Iconiq Capital in September." + tail)
    assert str(_events(doc, "investment")[0].args["date"]).startswith("2025-09")
    doc = extract_text(head + "TOKYO, May 14 (Reuters) - Northwind Labs plans to release Vega 5 in September." + tail)
    assert str(_events(doc, "launch")[0].args["date"]).startswith("2026-09")


def test_speaker_with_glossed_company_and_a_denied_statement_is_no_launch() -> None:
    doc = extract_text(_page("辉达(NVIDIA)执行长黄仁勋昨日表示,公司将在台湾再投资逾新台币100亿元,扩建AI研发中心。"))
    assert _events(doc, "spending")[0].attribution == "辉达执行长黄仁勋"
    doc = extract_text(_page("市场传出美超微正洽谈收购台湾散热厂双鸿,双鸿昨日发布声明否认。"))
    assert not _events(doc, "launch")


def test_taiwanese_product_words_descriptive_targets_and_purchases_named_as_purposes() -> None:
    doc = extract_text(_page("華為昨日發布新一代昇騰960晶片,並宣布將於明年第一季量產。"))
    assert _events(doc, "launch")[0].args["product"] == "新一代昇騰960晶片"
    doc = extract_text(_page("據悉,鴻海擬以新台幣50億元收購一家日本伺服器廠。"))
    (ev,) = _events(doc, "acquisition")
    assert "日本伺服器" in _name(ev.args["target"])
    doc = extract_text(_page("公司預估今年資本支出將介於250億至300億美元,主要用來興建新的資料中心與採購伺服器。"))
    assert not _events(doc, "procurement") and _events(doc, "spending")


def test_hearsay_opening_with_chuan() -> None:
    doc = extract_text(_page("另外,传小米将投资100亿元在武汉建设新工厂。"))
    assert _events(doc, "spending")[0].modality == "rumored"


def test_listing_money_and_the_company_stating_its_own_figures() -> None:
    head = "Business | Tech\n\nNorthwind files for IPO\n\nBy Test Reporter\nJune 2, 2026 6:15 PM EDT\n\n"
    body = (
        "SAN FRANCISCO, June 2 - Northwind Systems has filed for an initial public offering on the Nasdaq, seeking to raise "
        "as much as $1 billion at a valuation of about $8 billion.\n\nThe chipmaker said revenue rose to $272 million in the first "
        "quarter, up from $104 million a year earlier.\n\nSalesforce agreed to acquire Informatica Labs for $2.4 billion in cash, "
        "the companies said in a joint statement.\n"
    )
    doc = extract_text(head + body)
    (ipo,) = _events(doc, "ipo")
    assert ipo.args["amount"]["amount"] == 1e9 and ipo.args["stage"] == "filed"
    assert not _events(doc, "investment")
    assert _events(doc, "financial_metric")[0].modality == "confirmed"
    assert _events(doc, "acquisition")[0].modality == "confirmed"


def test_hong_kong_style_results_layoff_share_and_a_rumoured_purchase() -> None:
    doc = extract_text(_page("公司同时宣布,计划于今年内裁减约一成员工,涉及约600人。另外,消息指阿里巴巴正洽购一家本地数据中心营运商,作价约30亿港元。"))
    assert _events(doc, "layoff")[0].args["share"] == pytest.approx(0.1)
    (acq,) = _events(doc, "acquisition")
    assert acq.modality == "rumored" and "数据中心营运商" in _name(acq.args["target"])


def test_a_won_order_names_its_buyer_and_a_no_comment_clause_states_nothing() -> None:
    doc = extract_text(_page("供应链消息指出,广达近期拿下辉达GB300机柜大单,数量约1万柜,总金额上看300亿美元,广达则表示不评论单一客户订单。"))
    (ev,) = _events(doc, "procurement")
    assert _name(ev.args["buyer"]) == "NVIDIA" and _name(ev.args["supplier"]) == "Quanta Computer"
    assert ev.args["quantity"] == 10000 and ev.args["value"]["amount"] == 3e10


def test_year_earlier_comparison_figure_is_the_previous_value_not_an_event() -> None:
    doc = extract_text(_page("商汤集团昨日公布第一季业绩,收入按年增长35%至12.8亿元人民币,亏损则收窄至9.6亿元,去年同期亏损为15.2亿元。"))
    periods = sorted(str(e.args.get("period")) for e in _events(doc, "financial_metric"))
    assert periods == ["2026-Q1", "2026-Q1"]
    (loss,) = [e for e in _events(doc, "financial_metric") if e.args.get("metric") == "net_loss"]
    assert loss.args["previous_value"]["amount"] == pytest.approx(15.2e8)


def test_cutting_costs_by_a_share_is_no_layoff() -> None:
    doc = extract_text(_page("联想集团表示,今年将把PC业务的物流成本削减两成,并计划削减约10%的岗位。"))
    (layoff,) = _events(doc, "layoff")
    assert layoff.args["share"] == 0.1


def test_supply_chain_and_supplier_are_nouns_not_supply_events() -> None:
    doc = extract_text(_page("受惠AI服务器需求,台系供应链3月营收普遍走高,多家供应商订单能见度已达年底。"))
    assert not _events(doc, "procurement")


def test_dateline_credit_is_the_publisher_and_buy_back_is_spending() -> None:
    head = "Markets | Earnings\n\nNorthwind beats estimates\n\nBy Test Reporter\nMay 28, 2026 4:31 PM EDT\n\n"
    body = (
        "SANTA CLARA, Calif., May 28 (Reuters) - Northwind Labs on Wednesday reported first-quarter results.\n\n"
        "Data center revenue climbed 73% to $39.1 billion, while net income was $18.8 billion.\n\n"
        "The company also said it would buy back an additional $50 billion of its shares.\n"
    )
    doc = extract_text(head + body)
    assert all(e.attribution != "Reuters" for e in doc.events)
    assert _events(doc, "spending")[0].args["amount"]["amount"] == 5e10


def test_a_denied_layoff_does_not_take_the_hiring_count() -> None:
    doc = extract_text(_page("对此,字节跳动相关负责人回应称,这是正常的业务调整,并非大规模裁员,今年计划新招聘超过1000名算法工程师。"))
    (ev,) = _events(doc, "layoff")
    assert ev.modality == "denied" and "count" not in ev.args


def test_listing_hearing_passed_is_approval() -> None:
    doc = extract_text(_page('北京智谱华章科技股份有限公司(简称"智谱")今晚通过港交所上市聆讯,预计将于6月16日正式挂牌,募资约40亿港元。'))
    assert _events(doc, "ipo")[0].args["stage"] == "approved"


def test_building_a_new_site_is_spending_and_round_totals_are_no_investment() -> None:
    doc = extract_text(_page("云栈科技宣布在新加坡新建数据中心园区,未来五年投资逾40亿美元。"))
    assert not _events(doc, "investment")
    (ev,) = _events(doc, "spending")
    assert ev.args["amount"]["amount"] == 4e9
    doc = extract_text(_page("今年前三季度,国内具身智能领域共发生融资事件80余起,披露金额合计超过210亿元。"))
    assert not _events(doc, "investment")


def test_an_owner_before_qixia_only_describes_the_company_after_it() -> None:
    doc = extract_text(_page("xAI去年11月與沙烏地阿拉伯主權基金旗下AI公司Humain合作,將在沙國興建500MW資料中心。"))
    (ev,) = _events(doc, "partnership")
    assert _name(ev.args["partner"]) == "Humain"
    assert _name(ev.args["org"]) == "xAI"


def test_report_to_the_founder_and_far_valuation_and_the_sentence_own_company() -> None:
    doc = extract_text(_page("星河智能宣布,前字节跳动Seed团队负责人周明已正式加盟,出任公司首席技术官,向创始人杨植麟汇报。"))
    (ev,) = _events(doc, "hire")
    assert _name(ev.args["person"]) == "周明"
    doc = extract_text(_page("大模型公司星河智能近日完成新一轮约6亿美元融资,由腾讯领投,IDG资本、红杉中国跟投,投后估值超过40亿美元。"))
    (ev,) = _events(doc, "investment")
    assert ev.args["valuation"]["amount"] == 4e9
    doc = extract_text(_page("星河智能完成融资。阿里巴巴今日公布财报显示,截至6月30日的季度,公司营收为2476.5亿元,同比增长2%。"))
    (ev,) = _events(doc, "financial_metric")
    assert _name(ev.args["org"]) == "Alibaba"
    assert ev.args["period"] == "2025-Q2"  # the page is of March 2026: the last June 30 is 2025's


def test_a_quarter_in_the_verb_clause_dates_a_planned_event() -> None:
    doc = extract_text(_page("星河智能计划于明年一季度在港交所挂牌上市,拟募资不超过50亿港元。"))
    (ev,) = _events(doc, "ipo")
    assert ev.args["date"] == "2027-Q1"
    doc = extract_text(_page("去年10月,甲骨文宣布将从今年第三季度起部署5万颗AMD MI450芯片。"))
    (ev,) = _events(doc, "procurement")
    assert ev.args["date"] == "2025-10"


def test_taiwanese_titles_before_names_and_a_verb_ends_an_org_name() -> None:
    doc = extract_text(_page("鴻海董事會也通過,由現任S次集團總經理林忠正接任集團技術長,原技術長魏國章則因個人規劃請辭。"))
    (hire,) = _events(doc, "hire")
    (gone,) = _events(doc, "departure")
    assert (_name(hire.args["person"]), hire.args["role"]) == ("林忠正", "集團技術長")
    assert (_name(gone.args["person"]), gone.args["role"]) == ("魏国章", "技術長")


@pytest.mark.parametrize(
    ("body", "target"),
    [
        ("星河集团宣布将以3.2亿美元收购Blue Harbor Brewing余下60%的股份。", "Blue Harbor Brewing"),
        ("远航控股拟以1.5亿英镑收购Kingsway Leisure Club Limited全部已发行股本。", "Kingsway Leisure Club Limited"),
    ],
)
def test_a_target_named_in_several_latin_words_is_taken_whole(body: str, target: str) -> None:
    deals = _events(extract_text(_page(body)), "acquisition")
    assert deals and _name(deals[0].args["target"]) == target


@pytest.mark.parametrize(
    "body",
    [
        "法国时装集团Maison Rive表示,集团已于今日正式完成对男装品牌Le Quai的收购。",
        "法国时装集团Maison Rive表示,集团已于今日完成对男装品牌Le Quai的收购,这意味着星河集团的男装布局再下一城。",
    ],
)
def test_the_name_inside_dui_de_before_a_nominal_verb_is_the_target(body: str) -> None:
    deals = _events(extract_text(_page(body)), "acquisition")
    assert deals and _name(deals[0].args["target"]) == "Le Quai"
    assert _name(deals[0].args.get("acquirer")) != "Le Quai"


def test_a_price_written_with_duijia_is_no_object() -> None:
    deals = _events(extract_text(_page("星河软件宣布以总对价3亿元的价格收购蓝鲸科技100%股权。")), "acquisition")
    assert deals and _name(deals[0].args["target"]) == "蓝鲸科技"


def test_company_secretary_is_a_title_of_its_own() -> None:
    hires = _events(extract_text(_page("星河控股公布,委任陈美玲为公司秘书,自今日起生效。")), "hire")
    assert hires and hires[0].args["role"] == "公司秘书"


def test_the_company_before_a_post_is_no_part_of_it() -> None:
    hires = _events(extract_text(_page("星河控股公告,董事会同意聘任赵倩莹女士为公司副总经理。")), "hire")
    assert hires and hires[0].args["role"] == "副总经理"


def test_an_adverb_after_a_name_the_page_writes_is_no_part_of_it() -> None:
    from newsledger.core import Span
    from newsledger.extract.context import build
    from newsledger.extract.pipeline import Extractor

    text = _page("星河科技首席运营官程昱已于近期离职。接近星河科技的人士表示,程昱确已加盟远航科技,但未透露具体职位。")
    ctx = build(Document(id="t", source="test", text=text, lang="zh-Hans", body=Span(0, len(text))), Extractor().linker)
    assert [m.text for m in ctx.mentions if m.type == "person"] == ["程昱", "程昱"]


def test_a_preposition_glued_to_a_name_the_page_writes_is_no_part_of_it() -> None:
    body = "星河科技高级副总裁柳甄离职。2016年10月,柳甄加盟字节跳动,并担任高级副总裁。自柳甄加盟字节跳动起,字节跳动的国际业务迅速扩张。"
    people = {_name(e.args.get("person")) for e in _events(extract_text(_page(body)), "hire")}
    assert "自柳甄" not in people and "柳甄" in people


@pytest.mark.parametrize(
    ("body", "person"),
    [
        ("星河股份晚间公告,郑明先生因工作变动,不再担任公司总经理职务。", "郑明"),
        ("星河股份公告,董事会决定免去李强先生的公司副总经理职务。", "李强"),
    ],
)
def test_no_longer_holding_a_post_is_a_departure(body: str, person: str) -> None:
    leaves = _events(extract_text(_page(body)), "departure")
    assert leaves and _name(leaves[0].args["person"]) == person


def test_property_bought_is_spending_or_an_acquired_asset_and_a_won_order_names_its_seller() -> None:
    doc = extract_text(_page("星河电子去年10月已斥资新台币约95亿元买下美国加州圣荷西一处厂办园区,作为北美研发中心。"))
    assert _events(doc, "spending") and not _events(doc, "procurement") and not _events(doc, "acquisition")
    doc = extract_text(_page("星河电子斥资8.5亿美元向美国Intrepid公司购买德州休士顿厂房与土地,将用于扩充AI服务器组装产能。"))
    assert _events(doc, "acquisition") and not _events(doc, "procurement")
    doc = extract_text(_page("星河电子旗下云达科技宣布获得美国云端大厂约20亿美元的AI服务器订单。"))
    (ev,) = _events(doc, "procurement")
    assert "supplier" in ev.args and "buyer" not in ev.args


def test_a_company_voice_is_kept_as_written() -> None:
    doc = extract_text(_page("网传阶跃星辰将裁员三成。对此,阶跃星辰相关负责人向本报记者回应称,该消息不实。"))
    (ev,) = _events(doc, "layoff")
    assert ev.modality == "denied" and ev.attribution == "阶跃星辰相关负责人"


def test_round_names_and_a_unit_named_by_dui_before_its_pronoun() -> None:
    doc = extract_text(_page("具身智能公司「灵枢机器人」已完成5亿元B轮融资,由小米集团领投,老股东经纬创投、启明创投超额跟投。今年3月,灵枢机器人曾获得2亿元A+轮融资。"))
    rounds = _events(doc, "investment")
    assert {_name(e.args["target"]) for e in rounds} == {"灵枢机器人"}
    assert "Qiming Venture Partners" in _name(rounds[0].args["investor"]) or "启明创投" in str(rounds[0].args["investor"])
    doc = extract_text(_page("据报道,腾讯正在酝酿对AI Lab进行调整,计划将其并入TEG技术工程事业群。"))
    (ev,) = _events(doc, "reorganization")
    assert ev.args["unit"] == "AI Lab"


def test_an_unnamed_target_keeps_its_whole_noun_phrase() -> None:
    doc = extract_text(_page("另外,市场消息指,小米正洽购一家欧洲汽车零部件厂,作价约5亿欧元。"))
    (ev,) = _events(doc, "acquisition")
    assert _name(ev.args["target"]) == "欧洲汽车零部件厂"


def test_the_post_after_chuzen_and_the_employer_glued_to_the_title_held() -> None:
    doc = extract_text(_page("星河智能本月宣布延攬Google DeepMind資深研究科學家Oriol Vinyals出任研究長。"))
    (ev,) = _events(doc, "hire")
    assert ev.args["role"] == "研究長"
    assert _name(ev.args["from_org"]) == "Google DeepMind"


def test_what_spending_is_for_after_zai_or_on() -> None:
    doc = extract_text(_page("星河科技未来三年将在AI基础设施研发上累计投入约100亿元人民币。"))
    assert _events(doc, "spending")[0].args["purpose"] == "AI基础设施研发"
    doc = extract_text(_page("星河科技计划于未来四年内在美国投资5000亿美元。"))
    assert "purpose" not in _events(doc, "spending")[0].args or _events(doc, "spending")[0].args["purpose"] != "美国"


def test_joint_signers_the_page_outlet_and_the_bare_jituan() -> None:
    page = "凤凰网科技 > 科技滚动\n\n苹果与阿里巴巴签署合作协议\n\n2026-11-21 07:58:14 来源:凤凰网科技\n\n凤凰网科技讯 北京时间11月21日,苹果公司与阿里巴巴集团宣布签署合作协议,双方将基于通义千问大模型为中国大陆用户提供AI服务。\n\n这是苹果首次在中国市场与本地大模型厂商合作,此前双方已就合作进行了长达一年的谈判。\n"
    (ev,) = _events(extract_text(page), "partnership")
    assert (_name(ev.args["org"]), _name(ev.args["partner"])) == ("Apple", "Alibaba")
    doc = extract_text(_page("騰訊公布第三季業績。集團宣布與沙特阿拉伯主權基金PIF旗下的AI公司Humain成立合資公司。"))
    (ev,) = _events(doc, "partnership")
    assert (_name(ev.args["org"]), _name(ev.args["partner"])) == ("Tencent", "Humain")


def test_a_listing_day_and_money_raised_on_an_exchange() -> None:
    doc = extract_text(_page("12月5日,国产GPU企业星河线程(688795.SH)正式在上交所科创板挂牌上市,发行价为每股114.28元,开盘报650元。招股书显示,星河线程本次公开发行7000万股,募集资金约80亿元。另一家GPU公司远航股份拟在科创板募资39亿元。"))
    ipos = _events(doc, "ipo")
    first = next(e for e in ipos if e.args.get("code") == "688795.SH")
    assert first.args["amount"]["amount"] == 8e9
    assert any(e.args.get("amount", {}).get("amount") == 3.9e9 for e in ipos)
    assert not _events(doc, "investment")
    doc = extract_text(_page("星河电子拟非公开发行股票募集资金不超过20亿元。"))
    assert not _events(doc, "ipo")


def test_a_division_stands_for_its_parent_in_hires() -> None:
    doc = extract_text(_page("星河科技研究副總裁Marcus Hale已在上週離職，將加入 Meta 超級智慧實驗室（MSL）。"))
    (hire,) = _events(doc, "hire")
    assert _name(hire.args["org"]) == "Meta"
    assert "超級智慧實驗室" in hire.args["org"]["mention"] or hire.args["org"]["mention"] == "Meta"


def test_a_glossed_name_keeps_its_title_and_the_post_after_zhuanren() -> None:
    doc = extract_text(_page("CoreWeave負責亞太業務的資深副總裁林柏勳（Brandon Lin）已於本月離職，轉任日本GPU雲端新創Sakura Nexus執行長。"))
    (gone,) = _events(doc, "departure")
    assert gone.args["role"].endswith("資深副總裁")
    (hire,) = _events(doc, "hire")
    assert hire.args["role"] == "執行長"


def test_more_chinese_layoff_words_and_exposed_reports() -> None:
    doc = extract_text(_page("小鹏汽车被曝裁撤自动驾驶部门约15%的员工。"))
    (ev,) = _events(doc, "layoff")
    assert ev.modality == "rumored"
    doc = extract_text(_page("据知情人士透露,某大厂近日启动新一轮人员优化,涉及员工约1200人,补偿方案为N+2。"))
    (ev,) = _events(doc, "layoff")
    assert ev.args["count"] == 1200 and "org" not in ev.args


def test_an_order_won_from_amazon_and_a_verb_before_the_goods() -> None:
    doc = extract_text(_page("鸿海拿下亚马逊AI服务器大单,金额上看200亿元。"))
    (ev,) = _events(doc, "procurement")
    assert (_name(ev.args["buyer"]), _name(ev.args["supplier"])) == ("Amazon", "Foxconn")
    doc = extract_text(_page("据报道,腾讯已向三星下单采购HBM3E内存,规模约1.2万片晶圆。"))
    assert _events(doc, "procurement")[0].args["item"] == "HBM3E内存"


def test_respective_figures_written_before_the_verb() -> None:
    doc = extract_text(_page("中国移动公示集采结果,浪潮信息、中兴通讯分别以约45亿元、30亿元中标。"))
    bids = {str(e.args.get("supplier", {}).get("name")): e.args["value"]["amount"] for e in _events(doc, "procurement") if e.args.get("supplier")}
    assert bids.get("ZTE") == 3e9


def test_reorganization_verbs_name_the_unit_after_them() -> None:
    def _reorg(body: str) -> list[Any]:
        doc = extract_text(f"科技 > 正文\n\n测试标题\n\n【测试社】2026年5月8日消息,{body}\n\n特别声明:以上内容仅供参考。\n")
        return [e for e in doc.events if e.type == "reorganization"]

    (merged,) = _reorg("百度宣布将搜索事业群与移动生态事业群合并,成立\"搜索与内容事业群\"。")
    assert merged.args["unit"] == "搜索与内容事业群"
    (ended,) = _reorg("英特尔宣布解散汽车芯片事业群(AXG),相关产品线将并入客户端事业群。")
    assert ended.args["unit"] == "汽车芯片事业群(AXG)"
    (new,) = _reorg("美团宣布成立具身智能部,统筹机器人相关研发。")
    assert new.args["unit"] == "具身智能部"
    assert not _reorg("该公司成立于2015年,总部位于北京。")


def test_the_name_before_yu_signs_and_the_one_after_partners() -> None:
    doc = extract_text("科技 > 正文\n\n测试标题\n\n【测试社】2026年5月8日消息,小米集团与宁德时代宣布签署战略合作协议,双方将共同开发新一代电池。\n\n特别声明:以上内容仅供参考。\n")
    (ev,) = [e for e in doc.events if e.type == "partnership"]
    assert ev.args["org"]["name"] == "Xiaomi"
    assert ev.args["partner"]["name"] == "CATL"


def test_the_field_money_goes_into_is_the_purpose() -> None:
    def _spend(body: str) -> Any:
        doc = extract_text(f"科技 > 正文\n\n测试标题\n\n【测试社】2026年5月8日消息,{body}\n\n特别声明:以上内容仅供参考。\n")
        (ev,) = [e for e in doc.events if e.type == "spending"]
        return ev

    assert _spend("小米计划未来五年在自研芯片上投入不低于600亿元。").args.get("purpose") == "自研芯片"
    assert _spend("美团未来三年将在AI领域累计投入超过300亿元。").args.get("purpose") == "AI领域"
    assert _spend("美团将在未来三年追加投入300亿元。").args.get("purpose") != "未来三年追加"


def test_working_together_is_a_partnership_beside_the_deal() -> None:
    doc = extract_text("科技 > 正文\n\n测试标题\n\n【测试社】2026年5月8日消息,腾讯宣布以20亿元认购蔚来新股,双方并将共同开发智能座舱产品。\n\n特别声明:以上内容仅供参考。\n")
    (inv,) = [e for e in doc.events if e.type == "investment"]
    assert inv.args["target"]["name"] == "NIO"
    (ev,) = [e for e in doc.events if e.type == "partnership"]
    assert ev.args["org"]["name"] == "Tencent"
    assert ev.args["partner"]["name"] == "NIO"


def test_a_deal_proposed_with_ni_yi_and_money_over_coming_years_are_plans() -> None:
    def _one(body: str, type_: str) -> Any:
        doc = extract_text(f"科技 > 正文\n\n测试标题\n\n【测试社】2026年5月8日消息,{body}\n\n特别声明:以上内容仅供参考。\n")
        (ev,) = [e for e in doc.events if e.type == type_]
        return ev

    assert _one("联想集团公告称,公司拟以约12亿元人民币的现金对价收购星河液冷60%的股权。", "acquisition").modality == "planned"
    assert _one("未来三年联想在AI研发上累计投入约100亿元人民币。", "spending").modality == "planned"


def test_people_close_to_a_company_report_a_rumour_it_does_not_state() -> None:
    doc = extract_text("科技 > 正文\n\n测试标题\n\n【测试社】2026年5月8日消息,据接近美团的人士透露,美团为大模型核心岗位开出的年薪普遍在200万元以上。\n\n特别声明:以上内容仅供参考。\n")
    (ev,) = [e for e in doc.events if e.type == "pay_offer"]
    assert ev.modality == "rumored"
    assert ev.attribution == "接近美团的人士"


def test_the_provider_after_yu_and_its_descriptor_supplies() -> None:
    doc = extract_text("科技 > 正文\n\n测试标题\n\n【测试社】2026年5月8日消息,微软宣布与荷兰云服务商Nebius签署一份为期五年、价值194亿美元的算力采购协议。\n\n特别声明:以上内容仅供参考。\n")
    (ev,) = [e for e in doc.events if e.type == "procurement"]
    assert ev.args["buyer"]["name"] == "Microsoft"
    assert ev.args["supplier"]["name"] == "Nebius"


def test_people_affected_in_the_next_sentence_fill_the_layoff() -> None:
    doc = extract_text("科技 > 正文\n\n测试标题\n\n【测试社】2026年5月8日消息,星河电子宣布将在今年第三季前裁减约15%员工。以星河电子去年底约9.4万名员工计算,约有1.4万人受到影响。\n\n特别声明:以上内容仅供参考。\n")
    (ev,) = [e for e in doc.events if e.type == "layoff"]
    assert ev.args["workforce"] == 94000
    assert ev.args["count"] == 14000


def test_the_one_offering_pay_is_not_the_one_offered_it() -> None:
    doc = extract_text(_page("星河科技执行长周明斥资高达720亿美元打造超级智能实验室,并以高达九位数签约金的天价挖角AI菁英。"))
    assert all("person" not in e.args for e in _events(doc, "pay_offer"))
    doc = extract_text(_page("知情人士称,为吸引Ethan Park加盟,Meta开出了为期四年、总额达九位数美元的薪酬方案。"))
    (ev,) = _events(doc, "pay_offer")
    assert _name(ev.args["person"]) == "Ethan Park"


def test_a_listing_in_the_coming_january_and_a_name_glued_to_an_adverb() -> None:
    doc = extract_text(_page("星河科技(股份代号:06082)今日起招股,集资最多55.6亿港元,预计1月2日在港交所主板挂牌。", dateline="2026年12月20日"))
    assert _events(doc, "ipo")[0].args["date"] == "2027-01-02"
    doc = extract_text(_page("英诺赛科已向港交所递交上市申请,中金为独家保荐人。"))
    assert _name(_events(doc, "ipo")[0].args["org"]) == "英诺赛科"


def test_a_report_the_company_has_not_confirmed_is_hearsay_of_the_paper() -> None:
    doc = extract_text(_page("《金融時報》當時報導，Google為了延攬他，開出4年最高3億美元的薪酬方案，但Google並未證實。"))
    (ev,) = _events(doc, "pay_offer")
    assert ev.modality == "rumored"
    assert ev.attribution == "Financial Times"
    assert not _events(doc, "hire")  # 為了延攬他: what the offer aims at


def test_an_order_received_for_long_named_goods_still_makes_the_receiver_the_supplier() -> None:
    doc = extract_text(_page("英业达已接获美系云端大厂新一代自研ASIC服务器订单,预计明年第二季开始出货。"))
    (ev,) = _events(doc, "procurement")
    assert _name(ev.args["supplier"]) in ("Inventec", "英业达")
    assert "buyer" not in ev.args or _name(ev.args["buyer"]) not in ("Inventec", "英业达")


def test_coming_years_before_the_investing_verb_are_the_spending_period() -> None:
    doc = extract_text(_page("星河数据方面表示,交割完成后将在未来三年追加投资不少于80亿元,用于扩建贵安的智算中心。"))
    (ev,) = _events(doc, "spending")
    assert ev.args["period"] == "3 years"


def test_money_put_into_a_country_is_spending_not_an_investment() -> None:
    doc = extract_text(_page("联电去年3月宣布加码对美投资200亿美元,在德州新建一座晶圆厂。"))
    assert _events(doc, "spending")
    assert not _events(doc, "investment")


def test_money_put_into_a_product_is_spending_on_it() -> None:
    doc = extract_text(_page("腾讯曾表示,将在五年内对混元大模型至少投资300亿元。"))
    (ev,) = _events(doc, "spending")
    assert ev.args["purpose"] == "混元大模型"
    assert not _events(doc, "investment")


def test_a_unit_consolidated_into_another_in_taiwanese_usage_is_a_reorganization() -> None:
    doc = extract_text(_page("據了解，鴻海電動車事業部已遭整併至機器人部門。"))
    (ev,) = _events(doc, "reorganization")
    assert ev.args["unit"] == "電動車事業部"


def test_the_item_is_what_follows_the_buy_verb_not_the_sellers_description() -> None:
    doc = extract_text(_page("星海集團上半年向國產晶片廠商採購約6,000張加速卡。"))
    (buy,) = _events(doc, "procurement")
    assert buy.args["item"] == "加速卡"
    assert buy.args["quantity"] == 6000


def test_spaced_count_before_the_item() -> None:
    doc = extract_text(_page("据了解，云帆手机今年已向联发科追加订购约 3000 万颗天玑移动平台芯片。"))
    (buy,) = _events(doc, "procurement")
    assert buy.args["item"] == "天玑移动平台芯片"
    assert buy.args["quantity"] == 30_000_000


def test_supplier_introduced_by_you() -> None:
    doc = extract_text(_page("遠雲電信已向輝達採購約2,000顆GPU，由緯創負責伺服器整機供應，預計明年第一季上線。"))
    supply = [e for e in _events(doc, "procurement") if "緯創" in e.evidence_text and "輝達" not in e.evidence_text]
    assert supply and _name(supply[0].args["supplier"]) == "Wistron"


def test_supply_a_deal_secures_is_no_deal_of_its_own() -> None:
    doc = extract_text(_page("星河半导体已与中芯国际签订长期产能协议，以确保7纳米晶圆供应。"))
    assert not _events(doc, "procurement")


def test_the_new_unit_by_its_quoted_name() -> None:
    doc = extract_text(_page("中華電信將原本分散在研究院與各分公司的 AI 團隊整併，成立「AI 創新事業處」。"))
    (reorg,) = _events(doc, "reorganization")
    assert reorg.args["unit"] == "AI 創新事業處"
    doc = extract_text(_page("交易完成后，星图智能将作为独立团队并入美团新成立的“AI应用事业部”。"))
    (reorg,) = _events(doc, "reorganization")
    assert reorg.args["unit"] == "AI应用事业部"


def test_shang_shi_right_after_gua_pai_is_the_listing_not_a_launch() -> None:
    doc = extract_text(_page("智谱于今日在港交所主板挂牌上市，发行价为每股50港元。"))
    assert not _events(doc, "launch")
    assert _events(doc, "ipo")


def test_a_former_employer_before_a_person_is_not_who_says_so() -> None:
    doc = extract_text(_page("前OpenAI研究员吴远已加入蚂蚁集团，出任强化学习实验室负责人。"))
    (hire,) = _events(doc, "hire")
    assert hire.attribution != "OpenAI"


def test_a_capital_budget_approved_is_spending() -> None:
    doc = extract_text(_page("聯電董事會今日核准資本預算約新台幣320億元，用於擴充特殊製程產能。"))
    (ev,) = _events(doc, "spending")
    assert ev.args["amount"]["amount"] == pytest.approx(320e8)


def test_a_model_code_is_no_company() -> None:
    doc = extract_text(_page("廣達旗下雲達科技獲得美系雲端大廠GB300機櫃訂單，預計第三季開始出貨。"))
    assert not [m for m in doc.mentions if m.text == "GB300"]


def test_an_unnamed_company_bought_is_named_by_its_kind() -> None:
    doc = extract_text(_page("日月光投控宣布以約新台幣60億元收購一家美國測試廠100%股權。"))
    (acq,) = _events(doc, "acquisition")
    assert _name(acq.args["target"]) == "美国测试厂"
    doc = extract_text(_page("商汤科技以约12亿元收购一家自动驾驶公司。"))
    (acq,) = _events(doc, "acquisition")
    assert _name(acq.args["target"]) == "自动驾驶公司"


def test_where_the_money_is_spent_is_not_what_it_is_spent_on() -> None:
    doc = extract_text(_page("星河電子將在美國德州投資約5億美元擴建伺服器產能。"))
    (ev,) = _events(doc, "spending")
    assert "德州" not in ev.args.get("purpose", "")


def test_a_successor_takes_the_post_the_one_leaving_held() -> None:
    doc = extract_text(_page("百度智能云事业群总裁沈抖已卸任，由百度集团副总裁李远接任。"))
    (hire,) = _events(doc, "hire")
    assert hire.args["role"] == "事业群总裁"


def test_the_verbs_of_one_sentence_tell_one_reorganization_named_by_its_new_unit() -> None:
    doc = extract_text(_page("星河汽车已完成机器人业务的拆分,将具身智能团队整体剥离,成立独立公司“星行智能”。"))
    (ev,) = _events(doc, "reorganization")
    assert ev.args["unit"] == "星行智能"


def test_a_routine_adjustment_pleaded_and_a_restructured_company_are_no_reorganization() -> None:
    doc = extract_text(_page("对此,星河科技相关负责人回应称,公司正在对技术中台进行正常的组织调整,不存在大规模裁员。云帆资本持有重组后的星河集团约20%的股份。"))
    assert not _events(doc, "reorganization")


def test_buying_the_remaining_stake_is_an_acquisition_not_an_investment() -> None:
    doc = extract_text(_page("星河集团宣布,将以12亿元收购云帆科技剩余30%的股权。"))
    assert not _events(doc, "investment")
    (ev,) = _events(doc, "acquisition")
    assert _name(ev.args["target"]) == "云帆科技"


def test_the_amount_of_an_order_just_named_is_its_value() -> None:
    doc = extract_text(_page("星河手机今年已向云帆半导体追加订购约2000万颗芯片,订单金额约30亿元。"))
    (ev,) = _events(doc, "procurement")
    assert ev.args["quantity"] == 20000000 and ev.args["value"]["amount"] == 3e9


def test_spending_with_no_amount_in_a_denial_is_no_event() -> None:
    doc = extract_text(_page("对此,星河科技相关负责人回应称,“不存在大规模裁员的情况”,大模型仍是公司今年最重要的技术投入。"))
    assert not _events(doc, "spending")


def test_a_merger_by_absorption_is_an_acquisition() -> None:
    doc = extract_text(_page("星河信息公告称,公司以换股方式吸收合并云帆科技的交易已完成交割。"))
    (ev,) = _events(doc, "acquisition")
    assert _name(ev.args["target"]) == "云帆科技"


def test_a_compute_lease_agreement_is_a_procurement() -> None:
    doc = extract_text(_page("星河智能正与云帆云洽谈长期算力租赁协议,总金额可能超过20亿元。"))
    assert _events(doc, "procurement")


def test_a_tutoring_filing_before_listing_is_an_ipo_step() -> None:
    doc = extract_text(_page("资本市场方面,星河手机已完成股改,并于今年2月向深圳证监局提交辅导备案。"))
    assert _events(doc, "ipo")


def test_an_exchange_with_its_board_is_the_board() -> None:
    doc = extract_text(_page("星河手机计划于2027年上半年向深交所创业板递交招股书,拟募资约200亿元。"))
    (ev,) = _events(doc, "ipo")
    assert ev.args["exchange"]["name"] == "ChiNext" and ev.args["exchange"]["mention"] == "深交所创业板"


def test_data_center_and_gpu_infrastructure_agreements_are_procurements() -> None:
    doc = extract_text(_page("星河短视频已与云帆数据续签为期五年的数据中心服务协议,涉及容量约200MW。"))
    assert _events(doc, "procurement")
    doc = extract_text(_page("去年9月,双方曾签署一份价值约80亿美元的GPU基础设施协议。"))
    assert _events(doc, "procurement")


def test_applying_for_an_otc_listing_in_taiwan_is_an_ipo_and_listed_companies_are_not() -> None:
    (ev,) = _events(extract_text(_page("曜芯科技（Yaoxin Tech）計劃在2028年前申請上櫃。")), "ipo")
    assert _name(ev.args["org"]) == "曜芯科技"
    assert _name(ev.args["exchange"]) == "TPEx"
    assert not _events(extract_text(_page("台灣上市櫃公司今年前三季獲利大增。")), "ipo")


def test_a_partner_the_kb_lacks_is_read_between_yu_and_the_signing_verb() -> None:
    (ev,) = _events(extract_text(_page("商湯亦與星河地鐵簽署合作備忘錄，雙方將在車站營運方面應用大模型。")), "partnership")
    assert _name(ev.args["partner"]) == "星河地鐵"
    assert not _events(extract_text(_page("公司已與多家客戶簽署合作協議。")), "partnership")


def test_an_unknown_owner_before_qixia_does_not_hide_the_partner() -> None:
    (ev,) = _events(extract_text(_page("騰訊雲與沙特阿拉伯公共投資基金旗下的Humain簽署合作協議。")), "partnership")
    assert _name(ev.args["partner"]) == "Humain"


def test_money_laid_out_in_its_own_clause_is_spending_beside_a_listing_plan() -> None:
    doc = extract_text(_page("曜芯科技（Yaoxin Tech）未來三年將投入約新台幣60億元於研發，並計劃在2028年前申請上櫃。"))
    (spend,) = _events(doc, "spending")
    assert spend.args["amount"]["amount"] == 6e9
    (ipo,) = _events(doc, "ipo")
    assert "amount" not in ipo.args
    assert not _events(extract_text(_page("星河电子拟斥资5亿元，收购星河科技60%股权。")), "spending")


def test_no_plan_to_invest_is_a_denied_investment() -> None:
    (ev,) = _events(extract_text(_page("魏哲家強調，台積電沒有入股英特爾的計畫。")), "investment")
    assert ev.modality == "denied"


def test_an_ambiguous_brand_weighing_a_deal_acts_as_the_company() -> None:
    (ev,) = _events(extract_text(_page("近期市場傳出蘋果正評估入股英特爾。")), "investment")
    assert _name(ev.args["investor"]) == "Apple"


def test_money_invested_to_build_ones_own_project_is_spending_with_that_purpose() -> None:
    doc = extract_text(_page("中華電信今日宣布，將投資新台幣60億元建置主權AI雲平台，明年上線。"))
    assert not _events(doc, "investment")
    (ev,) = _events(doc, "spending")
    assert ev.args["amount"]["amount"] == 6e9
    assert ev.args["purpose"] == "建置主權AI雲平台"


def test_a_supplier_introduced_by_you_serves_the_subject_who_buys() -> None:
    doc = extract_text(_page("中華電信已向輝達採購約4,000顆GPU，由廣達旗下雲達科技負責伺服器整機供應。"))
    supply = [e for e in _events(doc, "procurement") if e.args.get("item") == "伺服器"]
    (ev,) = supply
    assert _name(ev.args["supplier"]) == "QCT"
    assert _name(ev.args["buyer"]) == "Chunghwa Telecom"


def test_a_new_business_division_in_taiwanese_usage_is_a_reorganization_unit() -> None:
    (ev,) = _events(extract_text(_page("中華電信去年底成立「AI創新事業處」，整合原本分散在各分公司的AI團隊。")), "reorganization")
    assert ev.args["unit"] == "AI創新事業處"


def test_an_order_a_company_obtains_makes_it_the_supplier_and_accelerator_cards_are_items() -> None:
    (ev,) = _events(extract_text(_page("和碩已取得一家美系雲端大廠的GB300機櫃訂單，明年第一季開始出貨。")), "procurement")
    assert _name(ev.args["supplier"]) == "Pegatron"
    (ev,) = _events(extract_text(_page("壁仞科技將向中國移動供應價值約20億元人民幣的AI加速卡。")), "procurement")
    assert ev.args["item"] == "AI加速卡"


def test_a_second_buyback_plan_borrows_the_subject_but_keeps_its_own_evidence() -> None:
    text = _page("騰訊於第三季斥資約300億港元回購股份，並計劃明年回購不少於800億港元。")
    doc = extract_text(text)
    plans = [e for e in _events(doc, "spending") if e.args["amount"]["amount"] == 8e10]
    (plan,) = plans
    assert plan.modality == "planned"
    assert _name(plan.args["org"]) == "Tencent"
    assert plan.evidence_text.startswith("並計劃") or "斥資" not in plan.evidence_text


def test_the_new_company_is_the_business_spun_off() -> None:
    doc = extract_text(_page("星河科技證實，將把旗下醫療AI業務「星河醫療」拆分為獨立公司。據悉，新公司首輪融資規模約5億美元，由高瓴資本領投。前阿里雲副總裁陳子軒獲委任為新公司的行政總裁。"))
    (reorg,) = _events(doc, "reorganization")
    assert reorg.args["unit"] == "星河醫療"
    (inv,) = _events(doc, "investment")
    assert _name(inv.args["target"]) == "星河醫療"
    (hire,) = _events(doc, "hire")
    assert _name(hire.args["org"]) == "星河醫療"
    assert hire.args["role"] == "行政總裁"


def test_a_spin_off_into_a_named_company_reorganizes_and_the_post_after_it_is_at_that_company() -> None:
    doc = extract_text(_page("星河科技證實，集團將把旗下醫療AI業務分拆為獨立公司「星河醫療」，並由原醫療事業群總裁王文倩出任首席執行官。"))
    assert _events(doc, "reorganization")
    (hire,) = _events(doc, "hire")
    assert _name(hire.args["org"]) == "星河醫療"


def test_the_field_money_is_laid_out_in_is_the_spendings_purpose() -> None:
    doc = extract_text(_page("曜芯科技（Yaoxin Tech）未來三年將投入約新台幣60億元於研發。"))
    (spend,) = _events(doc, "spending")
    assert spend.args["purpose"] == "研發"
    doc = extract_text(_page("星河半導體重申今年研發支出將達約15億美元，大部分投入車用晶片。"))
    (spend,) = _events(doc, "spending")
    assert spend.args["purpose"] == "研發"


def test_the_seller_ordered_from_in_the_clause_before_supplies_what_the_next_clause_buys() -> None:
    page = "財經 > 產業\n\n測試標題\n\n業界傳出，國泰金控已向華碩下單，採購約800顆輝達H200 GPU，用於建置內部AI平台。\n"
    (ev,) = [e for e in extract_text(page).events if e.type == "procurement"]
    assert ev.args["supplier"]["id"] == "org:asus"
