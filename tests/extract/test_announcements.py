"""Company announcements (公告): disclosure dates, losses, listing stages, stakes, later posts (our own sentences)."""

from __future__ import annotations

from typing import Any

from newsledger import extract_text
from newsledger.core import Document, Event, Span
from newsledger.extract.pipeline import Extractor
from newsledger.values import find_values


def _events(doc: Document, type_: str) -> list[Event]:
    return [e for e in doc.events if e.type == type_]


def _span(doc: Document, ev: Event, role: str) -> str:
    s = ev.arg_spans[role][0]
    return doc.text[s.start : s.end]


def _name(v: Any) -> Any:
    return v["name"] if isinstance(v, dict) else v


LOSS = (
    "星河科技预计上半年亏损\n"
    "9月3日晚间，星河科技发布半年度报告，2021年上半年归属于上市公司股东的净利润亏损3200万元~3800万元，"
    "上年同期亏损900万元。"
)


def test_loss_range_period_and_disclosure_date() -> None:
    doc = extract_text(LOSS)
    losses = [e for e in _events(doc, "financial_metric") if e.args.get("metric") == "net_loss"]
    assert len(losses) == 2
    first, earlier = losses
    assert _span(doc, first, "value") == "3200万元~3800万元"
    assert first.args["value"]["amount_max"] == 38_000_000
    assert first.args["value"]["currency"] == "CNY"
    assert _span(doc, first, "period") == "2021年上半年"
    assert _span(doc, earlier, "period") == "上年同期"
    assert all(_span(doc, e, "disclosed") == "9月3日晚间" for e in losses)


def test_a_profit_line_below_zero_is_a_loss_with_its_change() -> None:
    doc = extract_text("公司2021年半年度报告显示，报告期内归属于挂牌公司股东的净利润-1,234,567.89元，较上年同期亏损程度有所扩大。")
    (ev,) = _events(doc, "financial_metric")
    assert ev.args["metric"] == "net_loss"
    assert _span(doc, ev, "value") == "1,234,567.89元"
    assert ev.args["change"] == "扩大"  # what happened to the loss, not the comparison words around it


def test_listing_stages_price_and_code() -> None:
    filed = extract_text("杭州远帆生物科技股份有限公司（以下简称“远帆生物”）已向港交所递交招股书，拟在主板上市。")
    (ev,) = _events(filed, "ipo")
    assert ev.args["stage"] == "filed"
    assert _name(ev.args["org"]) == "远帆生物" or "远帆生物" in _name(ev.args["org"])
    listed = extract_text("远帆生物（688123）今日在科创板正式上市，发行价为每股25.6元。")
    (ev,) = _events(listed, "ipo")
    assert ev.args["stage"] == "listed"
    assert ev.args["price"]["amount"] == 25.6
    assert ev.args["code"] == "688123"
    planned = extract_text("远帆生物（688123）拟于下月在科创板挂牌上市。")
    (ev,) = _events(planned, "ipo")
    assert ev.args["stage"] == "preparing"


def test_acquired_stake_is_the_asset() -> None:
    doc = extract_text("青木股份拟以5.2亿元收购蓝湾科技60%股权，交易完成后蓝湾科技将成为其控股子公司。")
    (ev,) = _events(doc, "acquisition")
    assert ev.args["asset"] == "60%股权"


def test_departure_keeps_a_later_post_and_its_change_word() -> None:
    doc = extract_text("华岳电子董事会收到总经理张明的书面辞职报告，张明因工作调整辞去公司总经理职务，辞职后仍担任公司董事。")
    deps = _events(doc, "departure")
    assert any(e.args.get("new_role") == "董事" and e.args.get("change") in ("辞去", "辞职") for e in deps)


def test_short_name_introduced_by_jiancheng_is_an_organisation() -> None:
    doc = extract_text("杭州远帆生物科技股份有限公司（简称“远帆生物”）近日完成B轮融资。远帆生物本轮融资金额为2亿元，由青松资本领投。")
    names = {m.text for m in doc.mentions if m.type == "org"}
    assert "远帆生物" in names


def test_two_amounts_joined_by_a_range_word_are_one_range() -> None:
    (v,) = [v for v in find_values("预计亏损800万元至1,000万元。") if v.kind == "money"]
    assert (v.text, v.norm["amount"], v.norm["amount_max"], v.norm["bound"]) == ("800万元至1,000万元", 8e6, 1e7, "range")


def test_full_width_punctuation_does_not_make_a_page_traditional() -> None:
    (v,) = [v for v in find_values("公司（股票代码：600001）预计亏损500万元。") if v.kind == "money"]
    assert v.norm["currency"] == "CNY"


def test_round_subject_and_investor_list_names() -> None:
    doc = extract_text("云梯机器人宣布完成1.5亿元B轮融资，本轮融资由远望资本领投，方和资本、青禾创投跟投。")
    (ev,) = _events(doc, "investment")
    assert _name(ev.args["target"]) == "云梯机器人"
    names = {m.text for m in doc.mentions if m.type == "org"}
    assert {"远望资本", "方和资本", "青禾创投"} <= names


def test_board_appointment_reads_person_and_post_not_the_quote() -> None:
    doc = extract_text("华岳电子（SH 600999，收盘价：8.88元）晚间公告，董事会聘任周明远先生为公司副总裁，聘任钱立群女士为公司财务总监。")
    hires = _events(doc, "hire")
    posts = {_name(e.args["person"]): e.args.get("role") for e in hires}
    assert posts == {"周明远": "副总裁", "钱立群": "财务总监"}
    assert all("pay" not in e.args for e in hires)


def test_no_post_after_leaving_is_not_a_hire() -> None:
    doc = extract_text("周明远先生因个人原因辞去公司副总经理职务，辞职后周明远先生将不在公司担任任何职务。")
    assert not _events(doc, "hire")
    assert _events(doc, "departure")


def test_a_yearless_date_dates_the_event_but_never_names_a_year() -> None:
    doc = extract_text("远帆生物于7月22日在科创板正式上市，发行价为每股25.6元。")
    (ev,) = _events(doc, "ipo")
    assert ev.args["date"] == "--07-22"
    assert _span(doc, ev, "date") == "7月22日"
    loss = extract_text("星河科技8月28日晚间发布公告，预计上半年归属于上市公司股东的净利润亏损3200万元。")
    for e in _events(loss, "financial_metric"):
        assert not str(e.args.get("period", "")).startswith("--")


def test_a_profit_warning_is_a_preliminary_figure_not_guidance() -> None:
    doc = extract_text("星河科技发布业绩预告\n公司预计2019年度归属于上市公司股东的净利润亏损1.2亿元至1.5亿元，上年同期盈利3000万元。")
    loss = next(e for e in _events(doc, "financial_metric") if e.args.get("metric") == "net_loss")
    assert loss.args["estimate"] == "preliminary"
    assert loss.modality != "planned"
    assert loss.args["period"] == "2019"
    earlier = next(e for e in _events(doc, "financial_metric") if e.args.get("metric") == "net_income")
    assert "estimate" not in earlier.args  # last year's figure as booked


def test_guidance_for_a_period_to_come_is_still_not_a_figure() -> None:
    text = "公司预计2026年归属于上市公司股东的净利润将达到5亿元。"
    doc = Extractor()(Document(id="g", source="test", text=text, lang="zh-Hans", dateline="2025-03-02", body=Span(0, len(text))))
    assert not _events(doc, "financial_metric")


def _people(ev: Event) -> list[str]:
    p = ev.args["person"]
    return [_name(x) for x in p] if isinstance(p, list) else [_name(p)]


def test_one_hire_per_appointee_with_their_own_post() -> None:
    doc = extract_text("海川科技发布公告，董事会同意聘任王芳为公司总经理、赵磊为公司副总经理、孙丽为财务总监。")
    hires = _events(doc, "hire")
    assert [(_people(e), e.args["role"]) for e in hires] == [(["王芳"], "总经理"), (["赵磊"], "副总经理"), (["孙丽"], "财务总监")]


def test_appointees_sharing_a_post_stay_one_hire() -> None:
    doc = extract_text("海川科技发布公告，董事会同意任命王芳、赵磊为公司副总经理。")
    (hire,) = _events(doc, "hire")
    assert _people(hire) == ["王芳", "赵磊"]
    assert hire.args["role"] == "副总经理"


def test_an_added_fund_manager_is_a_hire() -> None:
    (hire,) = _events(extract_text("华泰基金增聘周洋为基金经理。"), "hire")
    assert _people(hire) == ["周洋"] and hire.args["role"] == "基金经理"


def test_the_full_registered_name_names_the_short_one() -> None:
    doc = extract_text("远航新材拟以6亿元收购深圳市华晟精密技术有限公司（以下简称“华晟精密”）100%股权。华晟精密主要从事精密结构件的研发。")
    orgs = [m for m in doc.mentions if m.type == "org"]
    assert orgs[0].text == "深圳市华晟精密技术有限公司"
    assert {m.name for m in orgs if m.text == "华晟精密"} == {"深圳市华晟精密技术有限公司"}
    (ev,) = _events(doc, "acquisition")
    assert _name(ev.args["target"]) == "深圳市华晟精密技术有限公司"


def test_a_kind_of_business_before_the_registered_name_is_no_part_of_it() -> None:
    doc = extract_text("据交易所官网,工业机器人企业星澜智能装备股份有限公司（简称：星澜智能）已提交IPO申请,拟在创业板上市。")
    assert {m.name for m in doc.mentions if m.text == "星澜智能"} == {"星澜智能装备股份有限公司"}
    doc = extract_text("广东蒙泰高新纤维股份有限公司（简称“蒙泰高新”）拟在创业板上市。")
    assert {m.name for m in doc.mentions if m.text == "蒙泰高新"} == {"广东蒙泰高新纤维股份有限公司"}


def test_a_preposition_before_a_registered_name_is_no_part_of_it() -> None:
    doc = extract_text("回购注销原因：根据星河新太科技股份有限公司（以下简称“公司”）《限制性股票激励计划》的相关规定，公司将回购注销部分股票。")
    assert "星河新太科技股份有限公司" in {m.text for m in doc.mentions if m.type == "org"}


def test_a_name_before_its_stock_code_starts_after_the_clause_describing_it() -> None:
    doc = extract_text("港股又迎来一只新股,曾经在7月上市搁浅的星澜食品（01976.HK）今日挂牌上市。")
    assert "星澜食品" in {m.text for m in doc.mentions if m.type == "org"}
    assert not [m for m in doc.mentions if m.type == "org" and "的" in m.text]
    doc = extract_text("星河控股拟以约10亿美元现金收购安全公司云盾科技(20.41,-0.05,-0.24%)的企业业务部门。")
    assert "云盾科技" in {m.text for m in doc.mentions if m.type == "org"}
    doc = extract_text("美图公司(01357.HK)今日公布中期业绩。")
    assert "美图公司" in {m.text for m in doc.mentions if m.type == "org"}


def test_the_company_heading_an_announcement_title_is_an_organisation() -> None:
    doc = extract_text("金龙汽车：吴文彬出任副总裁\n9月4日晚间，金龙汽车公告称，公司董事会同意聘任吴文彬为公司副总裁。")
    (hire,) = _events(doc, "hire")
    assert _name(hire.args["org"]) == "金龙汽车"
    quoted = extract_text("张明：今年将继续加大研发投入\n张明表示，公司今年将继续加大研发投入。")
    assert not [m for m in quoted.mentions if m.type == "org" and m.text == "张明"]


def test_a_hong_kong_code_marks_a_listed_company() -> None:
    doc = extract_text("远航国际(00123)委任陈志强为独立非执行董事\n远航国际发布公告，董事会宣布委任陈志强为独立非执行董事。")
    (hire,) = _events(doc, "hire")
    assert _name(hire.args["org"]) == "远航国际"


def test_buying_a_companys_equity_is_an_acquisition_or_an_investment_not_a_supply_deal() -> None:
    control = extract_text("远航新材公告，公司拟以现金3亿元购买杭州博远传感器有限公司51%股权。")
    (ev,) = control.events
    assert ev.type == "acquisition"
    assert _name(ev.args["acquirer"]) == "远航新材" and _name(ev.args["target"]) == "杭州博远传感器有限公司"
    minority = extract_text("远航新材公告，公司拟以现金3000万元购买杭州博远传感器有限公司15%股权。")
    (ev,) = minority.events
    assert ev.type == "investment" and _name(ev.args["target"]) == "杭州博远传感器有限公司"
    servers = extract_text("星河数据向浪潮信息采购了2000台服务器，合同金额3亿元。")
    assert [e.type for e in servers.events] == ["procurement"]


def test_a_registered_name_holding_an_adjective_is_one_name() -> None:
    doc = extract_text("远航新材公告，公司拟以发行股份的方式购买苏州市恒远精密电子有限公司100%股权。")
    (ev,) = _events(doc, "acquisition")
    assert _name(ev.args["target"]) == "苏州市恒远精密电子有限公司"


def test_one_deal_named_in_part_and_in_full_is_one_event() -> None:
    doc = extract_text(
        "远航新材拟6亿元收购恒远精密\n"
        "远航新材公告，公司拟以发行股份的方式购买苏州市恒远精密电子有限公司100%股权，交易作价6亿元。"
    )
    (ev,) = _events(doc, "acquisition")
    assert _name(ev.args["target"]) == "苏州市恒远精密电子有限公司"
    assert ev.args["price"]["amount"] == 600_000_000


def test_a_company_and_its_unit_known_by_name_stay_apart() -> None:
    doc = extract_text("Meta正在酝酿新一轮裁员，涉及员工约5%。Meta Superintelligence Labs此次将裁员约600人。")
    orgs = [_name(e.args.get("org")) for e in _events(doc, "layoff")]
    assert orgs == ["Meta", "Meta Superintelligence Labs"]


def test_merger_words_in_noun_compounds_start_no_deal() -> None:
    doc = extract_text(
        "青木股份公告，公司并购重组事项获证监会审核通过。"
        "公司收到股东告知函，其增持行为符合《上市公司收购管理办法》的规定。"
    )
    assert _events(doc, "acquisition") == []


def test_a_rounded_figure_and_the_statement_figure_are_one_loss_written_as_stated() -> None:
    doc = extract_text(
        "星河科技2020年上半年亏损85.31万 亏损减少\n"
        "星河科技近日发布2020年半年度报告，报告期内实现归属于挂牌公司股东的净利润-853,083.52元，较上年同期亏损有所减少。"
    )
    (loss,) = [e for e in _events(doc, "financial_metric") if e.args.get("metric") == "net_loss"]
    assert loss.args["value"]["amount"] == 853_083.52
    assert _span(doc, loss, "value") == "853,083.52元"


def test_the_companys_own_disclosure_beats_the_outlets_dateline_before_it() -> None:
    doc = extract_text("星河科技上半年亏损\n财经网 8月19日消息，星河科技近日发布2020年半年度报告，报告期内净亏损120万元。")
    (ev,) = [e for e in _events(doc, "financial_metric") if e.args.get("metric") == "net_loss"]
    assert _span(doc, ev, "disclosed") == "近日"


def test_a_month_or_a_stretch_back_is_no_disclosure_date() -> None:
    doc = extract_text("星河科技上半年亏损\n星河科技2018年12月发布公告称,公司上半年净亏损120万元。")
    (ev,) = [e for e in _events(doc, "financial_metric") if e.args.get("metric") == "net_loss"]
    assert "disclosed" not in ev.arg_spans
    doc = extract_text("星河科技上半年亏损\n星河科技9月4日晚间发布公告称,公司上半年净亏损120万元。")
    (ev,) = [e for e in _events(doc, "financial_metric") if e.args.get("metric") == "net_loss"]
    assert _span(doc, ev, "disclosed") == "9月4日晚间"


def test_a_latin_name_bought_ends_where_chinese_words_go_on() -> None:
    doc = extract_text("星河网络此前收购Lumiora历时三年,最终未果。")
    (ev,) = _events(doc, "acquisition")
    assert _name(ev.args["target"]) == "Lumiora"
    doc = extract_text("光河科技公告,将以12亿元取得AI视觉新创眸光科技100%股权。")
    (ev,) = _events(doc, "acquisition")
    assert _name(ev.args["target"]) == "眸光科技"


def test_the_outlet_opening_a_line_with_xun_is_no_party() -> None:
    title = "星河股份：聘任庄明为公司总经理"
    text = f"{title}\n中证网讯（记者 王辉）星河股份7月19日晚间公告，郑建国因工作变动，不再担任公司总经理职务。\n"
    doc = Extractor()(Document(id="t", source="test", text=text, lang="zh-Hans", title=title, body=Span(0, len(text))))
    (ev,) = _events(doc, "departure")
    assert _name(ev.args["org"]) == "星河股份"


def test_a_title_separator_before_a_stock_code_name_is_no_part_of_it() -> None:
    doc = extract_text("财经网8月21日丨星河股份(603999.SH)公布,公司决定回购注销部分限制性股票。")
    assert "星河股份" in {m.text for m in doc.mentions if m.type == "org"}


def test_how_many_are_appointed_is_no_part_of_the_post() -> None:
    title = "星河物流聘任3名副总经理 2019年黄明薪酬29万元"
    text = f"{title}\n财经网 5月3日消息，近日星河物流（603999）召开董事会审议通过聘任黄明、钟立、刘成为公司副总经理。\n"
    doc = Extractor()(Document(id="t", source="test", text=text, lang="zh-Hans", title=title, body=Span(0, len(text))))
    hires = _events(doc, "hire")
    assert hires and all(e.args.get("role") == "副总经理" for e in hires)


def test_a_price_per_share_is_not_the_price_of_a_deal() -> None:
    doc = extract_text("星河集团同意以每股16.50美元的价格收购蓝海酿造,交易总额约为3.2亿美元。")
    (ev,) = _events(doc, "acquisition")
    assert ev.args["price"]["amount"] == 320_000_000.0


def test_a_review_halted_or_ended_is_a_suspended_or_terminated_listing() -> None:
    doc = extract_text("星河环保科创板IPO中止审核,因财务资料过期。")
    assert [e.args["stage"] for e in _events(doc, "ipo")] == ["suspended"]
    doc = extract_text("星河环保科创板IPO终止审核,公司撤回了申请材料。")
    assert [e.args["stage"] for e in _events(doc, "ipo")] == ["terminated"]


def test_the_bank_sponsoring_a_listing_is_not_the_company_listed() -> None:
    doc = extract_text("东吴证券保荐科创板首家江苏国资企业成功上市。")
    assert all("org" not in e.args or _name(e.args["org"]) != "东吴证券" for e in _events(doc, "ipo"))


def test_funds_raised_as_a_noun_are_no_funding_round() -> None:
    doc = extract_text(
        "星河科技公告，本次发行募集资金净额为5.6亿元，公司将按计划使用募集资金。"
        "截至公告日，公司融资余额为3亿元，银行授予的融资额度为10亿元。"
    )
    assert _events(doc, "investment") == []


def test_a_generic_noun_or_a_bare_place_is_no_target() -> None:
    for text in ("青木股份公告，公司拟以现金方式收购目标公司。", "青木股份去年以3亿元收购了深圳市。", "青木股份拟出售子公司。"):
        assert _events(extract_text(text), "acquisition") == [], text


def test_a_group_name_goes_on_to_its_registered_ending() -> None:
    doc = extract_text("黑龙江省远航交通投资集团有限公司拟收购青木股份。")
    (ev,) = _events(doc, "acquisition")
    assert _name(ev.args["acquirer"]) == "黑龙江省远航交通投资集团有限公司"


def test_margin_trading_and_pledge_financing_are_no_funding_round() -> None:
    doc = extract_text("青木股份当日融资资金买入1508万元，融资净偿还230万元；控股股东将所得款项用于归还股票质押融资。")
    assert _events(doc, "investment") == []


def test_a_price_per_share_is_not_the_sum_invested() -> None:
    (ev,) = _events(extract_text("腾讯以每股12.5元的价格入股远帆科技。"), "investment")
    assert "amount" not in ev.args
    assert _name(ev.args["target"]) == "远帆科技"


def test_a_figure_of_the_cause_is_not_the_loss() -> None:
    doc = extract_text("远帆控股期内亏损收窄，主要由于行政开支减少约700万港元。")
    losses = [e for e in _events(doc, "financial_metric") if e.args.get("metric") == "net_loss"]
    assert all("value" not in e.args for e in losses)


def test_an_impairment_loss_is_no_net_loss() -> None:
    doc = extract_text("远帆控股录得应收贷款减值亏损约1.17亿港元及汇兑亏损约300万港元。")
    assert [e for e in _events(doc, "financial_metric") if e.args.get("metric") == "net_loss"] == []


def test_the_money_a_figure_moved_by_is_not_the_figure() -> None:
    doc = extract_text("远帆科技2020年上半年净亏损120万元，亏损金额较上年同期减少48万元。")
    values = [e.args["value"]["amount"] for e in _events(doc, "financial_metric") if "value" in e.args]
    assert values == [1_200_000]


def test_an_abstract_noun_after_a_deal_verb_is_no_target() -> None:
    doc = extract_text("远帆科技称，本次收购期限共计30个自然日，公司正在研究收购条件，并将发布收购公告。")
    assert _events(doc, "acquisition") == []


def test_a_date_keeps_the_time_of_day_written_after_it() -> None:
    doc = extract_text("星河科技2021年9月4日晚间宣布，聘任林晓明为公司副总裁。")
    (ev,) = _events(doc, "hire")
    assert _span(doc, ev, "date") == "2021年9月4日晚间"
    assert ev.args["date"] == "2021-09-04"


def test_today_after_a_dated_line_is_the_lines_date() -> None:
    doc = extract_text("星河科技完成融资\n财经网 4月17日消息，星河科技今日宣布完成2.5亿元C轮融资。")
    (ev,) = _events(doc, "investment")
    assert _span(doc, ev, "disclosed") == "4月17日"


def test_offer_and_listing_in_one_sentence_are_one_ipo() -> None:
    doc = extract_text(
        "科技 > 正文\n\n测试标题\n\n【测试社】2026年9月15日消息,阿里巴巴(09988)持股的星河芯片今日起招股,招股價介乎20.5至23.8港元,"
        "集資最多約30億港元,預計9月26日在港交所主板掛牌,股份代號為09999。\n\n特别声明:以上内容仅供参考。\n"
    )
    (ev,) = _events(doc, "ipo")
    assert ev.args["code"] == "09999"
    assert ev.args["date"] == "2026-09-26"
    assert ev.args["price"]["amount_max"] == 23.8
    assert ev.args["amount"]["amount"] == 3e9


def test_time_since_a_listing_a_property_exchange_and_a_web_address_list_nothing() -> None:
    text = (
        "青川电子股价创上市新高\n"
        "青川电子上市三年后，市值较高点蒸发了420亿元。\n"
        "该公司在上市10个月就被ST，股价今年以来下跌15%。\n"
        "2021年3月5日，青川集团增资扩股项目在江西省产权交易所挂牌，拟新增注册资本5亿元。\n"
        "详情见深交所网站www.szse.cn/disclosure/listed/notice。"
    )
    assert _events(extract_text(text), "ipo") == []


def test_incentive_plan_grantees_who_left_are_no_departure_but_a_named_one_is() -> None:
    doc = extract_text(
        "青川电子回购注销限制性股票\n"
        "8月6日晚间，青川电子公告称，公司2019年限制性股票激励计划中12名激励对象因个人原因离职，已不符合激励条件。\n"
        "公司董事会近日收到副总经理周立新先生的辞职报告。"
    )
    deps = _events(doc, "departure")
    assert [_name(e.args.get("person")) for e in deps] == ["周立新"]


def test_a_loss_per_share_or_per_investor_is_no_net_loss() -> None:
    doc = extract_text(
        "青川电子第二季度亏损扩大\n"
        "青川电子第二季度归母净亏损3.2亿元，去年同期归母净亏损为1.1亿元。摊薄后每股亏损0.35元。"
        "受此拖累，持有该股的投资者人均亏损1.2万元。"
    )
    values = [_span(doc, e, "value") for e in _events(doc, "financial_metric") if e.args.get("metric") == "net_loss"]
    assert "0.35元" not in values and "1.2万元" not in values
    assert "3.2亿元" in values


def test_a_title_stating_the_price_of_a_deal_the_body_reports_in_full_is_that_deal() -> None:
    title = "星河能源(00585)拟1.5亿英镑收购伦敦利丰赌场"
    text = f"{title}\n2026年3月4日，该公司间接全资附属Grand Oak Limited拟收购Crown Club Limited全部已发行股本，代价为1.5亿英镑。\n"
    doc = Extractor()(Document(id="t", source="test", text=text, lang="zh-Hans", title=title, body=Span(0, len(text))))
    (deal,) = _events(doc, "acquisition")
    assert _name(deal.args["acquirer"]) == "Grand Oak Limited"
    assert _name(deal.args["target"]) == "Crown Club Limited"


def test_buying_what_one_company_holds_in_another_names_the_seller_and_the_company_bought() -> None:
    title = "*ST星川1.2亿元收购青禾支付"
    text = (
        f"{title}\n9月12日，*ST星川发布公告拟收购北京青岚科技有限公司（下称“青岚科技”）所持有的广东青禾支付有限公司"
        "（下称“青禾支付”）60%股权，交易对价为1.2亿元。\n"
    )
    doc = Extractor()(Document(id="t", source="test", text=text, lang="zh-Hans", title=title, body=Span(0, len(text))))
    (deal,) = _events(doc, "acquisition")
    assert _name(deal.args["acquirer"]) == "*ST星川"
    assert _name(deal.args["target"]) == "广东青禾支付有限公司"
    assert _name(deal.args["seller"]) == "北京青岚科技有限公司"


def test_a_hong_kong_share_class_mark_stays_in_the_name_and_the_original_title_label_is_no_company() -> None:
    text = "原标题：星澜生物-B(01899.HK)任命周立新为公司副总经理\n星澜生物-B(01899.HK)公布，公司任命周立新为公司副总经理。\n"
    doc = Extractor()(Document(id="t", source="test", text=text, lang="zh-Hans", body=Span(0, len(text))))
    orgs = {_name(e.args.get("org")) for e in _events(doc, "hire")}
    assert orgs == {"星澜生物-B"}


def test_buying_the_harvest_and_recording_the_holders_share_of_a_loss_are_no_acquisitions() -> None:
    text = (
        "星川粮食收购顺利结束\n"
        "9月30日，星川省早稻收购圆满结束，累计收购早稻30万吨。\n"
        "星川科技发布公告，集团预期截至9月30日止9个月取得公司股权持有人应占亏损约260万美元。\n"
    )
    doc = Extractor()(Document(id="t", source="test", text=text, lang="zh-Hans", body=Span(0, len(text))))
    assert _events(doc, "acquisition") == []


def test_a_gross_profit_written_after_a_loss_change_is_not_the_loss() -> None:
    doc = extract_text(
        "星川科技上半年亏损减少\n"
        "本期净利润-1,013,723.56元，亏损金额较上年同期减少482,446.40元，本期销售毛利1,451,639.58元。"
        "按美国通用会计准则计算的净亏损为5000万元。"
    )
    losses = [e for e in _events(doc, "financial_metric") if e.args.get("metric") == "net_loss"]
    assert "1,451,639.58元" not in [_span(doc, e, "value") for e in losses]
    assert all(_name(e.args.get("org")) != "美国通用" for e in losses)


def test_deals_with_a_latin_named_company_offered_to_bought_or_after_its_kind() -> None:
    cases = {
        "星川网络向外卖配送公司Dashline发出收购提议\n": "Dashline",
        "星河支付完成对Swipely收购\n": "Swipely",
        "腾讯据悉计划以现金75亿美元收购知名游戏发行商ZENOVAX\n": "ZENOVAX",
    }
    for text, target in cases.items():
        doc = Extractor()(Document(id="t", source="test", text=text, lang="zh-Hans", title=text.strip(), body=Span(0, len(text))))
        (deal,) = _events(doc, "acquisition")
        assert _name(deal.args["target"]) == target
        assert "seller" not in deal.args


def test_a_latin_word_describing_the_kind_of_company_bought_is_not_the_company() -> None:
    text = "星川云去年3月以约17亿美元收购MLOps工具业者Weights & Biases。\n"
    doc = Extractor()(Document(id="t", source="test", text=text, lang="zh-Hans", body=Span(0, len(text))))
    (deal,) = _events(doc, "acquisition")
    assert _name(deal.args["target"]) == "Weights & Biases"


def test_a_listing_years_before_the_page_is_background_but_a_recent_one_is_news() -> None:
    text = (
        "青川科技收深交所监管函\n"
        "2018年11月16日，青川科技收到深交所监管函。资料显示，青川科技于2010年12月9日在深交所创业板上市。\n"
        "星河电子则于2018年7月5日在上交所科创板上市。\n"
    )
    doc = Extractor()(Document(id="t", source="test", text=text, lang="zh-Hans", body=Span(0, len(text))))
    assert [e.args.get("date") for e in _events(doc, "ipo")] == ["2018-07-05"]


def test_equity_in_a_company_named_after_its_trade_is_an_acquisition_not_property() -> None:
    text = "星川服务公告，拟以15.6亿元收购青岚物业60%股权。\n"
    doc = Extractor()(Document(id="t", source="test", text=text, lang="zh-Hans", body=Span(0, len(text))))
    (deal,) = _events(doc, "acquisition")
    assert _name(deal.args["target"]) == "青岚物业"
    assert _events(doc, "spending") == []


def test_a_title_names_the_company_a_body_sentence_leaves_to_the_pages_topic() -> None:
    title = "青芒出行完成3亿美元B轮融资"
    text = f"{title}\n9月11日，腾讯宣布继续支持青芒出行。\n创始人在内部信中写道：我们快速地完成了一轮3亿美元的B轮融资。\n"
    doc = Extractor()(Document(id="t", source="test", text=text, lang="zh-Hans", title=title, body=Span(0, len(text))))
    rounds = _events(doc, "investment")
    assert [_name(e.args.get("target")) for e in rounds] == ["青芒出行"]
