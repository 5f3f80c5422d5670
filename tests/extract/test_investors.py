"""Funding rounds: every investor a sentence lists, in the three scripts (our own sentences)."""

from __future__ import annotations

from typing import Any

from newsledger import extract_text

HEAD = "创投频道 > 正文\n\n测试标题\n\n"


def _page(body: str) -> str:
    return f"{HEAD}【测试社】2026年5月8日消息,{body}\n\n特别声明:以上内容仅供参考。\n"


def _round(text: str) -> Any:
    (ev,) = [e for e in extract_text(text).events if e.type == "investment"]
    return ev


def _names(v: Any) -> list[str]:
    return [x["name"] for x in (v if isinstance(v, list) else [v])]


def test_lead_followers_and_existing_backer_in_one_sentence() -> None:
    ev = _round(_page("「星澜机器人」近日完成8亿元人民币A轮融资,由青岚创投领投,松禾资本、京东龙腾、苏州市人工智能产业投资基金跟投,老股东北辰创投继续超额加注。"))
    assert _names(ev.args["investor"]) == ["青岚创投", "Songhe Capital", "京东龙腾", "苏州市人工智能产业投资基金", "北辰创投"]
    assert _names(ev.args["target"]) == ["星澜机器人"]
    assert ev.args["round"] == "A轮"


def test_owner_and_descriptor_before_a_listed_name_are_not_investors() -> None:
    ev = _round(_page("新創語光科技宣布完成新台幣6億元B輪募資，由中華開發資本領投，台杉投資、華碩與軟銀旗下SB Innovation Fund跟投，韓國創投Blue Harbor Partners也參與。"))
    names = _names(ev.args["investor"])
    assert "SB Innovation Fund" in names and "SoftBank" not in names
    assert names[:3] == ["CDIB Capital", "Taiwania Capital", "ASUS"]


def test_known_name_plus_arm_suffix_is_its_own_investor() -> None:
    ev = _round(_page("云栖智能完成数亿元B轮融资,由百度资本领投,老股东跟投。"))
    assert _names(ev.args["investor"]) == ["百度资本"]


def test_one_round_per_sentence_when_lead_and_followers_are_named() -> None:
    doc = extract_text(_page("云栖智能宣布完成5亿元C轮融资,由启明创投领投,顺为资本、红杉中国跟投。"))
    assert len([e for e in doc.events if e.type == "investment"]) == 1


EN = "Technology | Startups\n\nTest headline\n\nBy Test Reporter\nMay 8, 2026\n\n"


def test_english_lead_investor_with_place_words_and_a_later_sentence_of_followers() -> None:
    body = (
        "Robotics developer Northwind AI has closed a Series B funding round of about $400 million led by "
        "Shenzhen State-owned Capital Holdings and hired a former Apple engineer, Mara Quinlan, as its chief operating officer. "
        "Tencent, Harbor Lane Ventures and Mubadala Capital also took part in the round, which values Northwind AI at $2.5 billion."
    )
    doc = extract_text(EN + body + "\n")
    (ev,) = [e for e in doc.events if e.type == "investment"]
    assert _names(ev.args["investor"])[0] == "Shenzhen State-owned Capital Holdings"
    hire = next(e for e in doc.events if e.type == "hire")
    assert _names(hire.args["org"]) == ["Northwind AI"]


def test_english_followers_sentence_fills_the_round_before_it() -> None:
    body = (
        "Northwind AI has raised $400 million in a Series B round. "
        "Tencent, Harbor Lane Ventures and Mubadala Capital also took part in the round, which values the startup at $2.5 billion."
    )
    doc = extract_text(EN + body + "\n")
    (ev,) = [e for e in doc.events if e.type == "investment"]
    assert _names(ev.args["investor"]) == ["Tencent", "Harbor Lane Ventures", "Mubadala Capital"]
    assert ev.args["valuation"]["amount"] == 2.5e9


def test_round_word_heads_the_clause_and_investors_listed_after_it() -> None:
    ev = _round(_page("法国Mistral AI去年9月完成由阿斯麦(ASML)领投的17亿欧元C轮融资,投后估值约117亿欧元。"))
    assert _names(ev.args["target"]) == ["Mistral AI"] and _names(ev.args["investor"]) == ["ASML"]
    doc = extract_text(_page("云岚智能已于近期完成新一轮融资,融资金额约5亿美元。本轮投资方包括腾讯、阿里巴巴以及IDG资本,其中IDG资本领投。"))
    rounds = [e for e in doc.events if e.type == "investment"]
    assert len(rounds) == 1 and _names(rounds[0].args["investor"]) == ["Tencent", "Alibaba", "IDG Capital"]


def test_bare_company_opening_a_clause_is_the_page_company() -> None:
    doc = extract_text(_page("月之暗面成立于2023年。次年2月,公司完成由阿里巴巴领投的超10亿美元融资。"))
    ev = next(e for e in doc.events if e.type == "investment")
    assert _names(ev.args["target"]) == ["Moonshot AI"]


def test_existing_backer_who_keeps_adding_and_a_launch_named_as_a_purpose() -> None:
    doc = extract_text(_page("「星河动力」近日完成数亿元人民币A+轮融资,本轮由君联资本领投,联想创投参投,老股东经纬创投持续加注。本轮融资将主要用于灵巧手研发及量产交付。"))
    (ev,) = [e for e in doc.events if e.type == "investment"]
    assert "Matrix Partners China" in _names(ev.args["investor"])
    assert not [e for e in doc.events if e.type == "launch"]


def test_english_lead_investor_behind_a_description_and_founders_are_not_hires() -> None:
    text = (
        "TechCrunch\n\nNorthwind AI raises €1.7B\n\nKyle Reporter - 9:00 AM PDT · September 9, 2025\n\n"
        "French AI startup Northwind AI has raised €1.7 billion in a Series C round led by Dutch chip equipment maker ASML, "
        "the company announced Tuesday.\n\nNorthwind, founded in 2023 by former Google DeepMind researchers Arthur Vale and "
        "Lena Brook, has hired more than 200 employees in the past year.\n"
    )
    doc = extract_text(text)
    (ev,) = [e for e in doc.events if e.type == "investment"]
    assert "ASML" in _names(ev.args["investor"])
    assert not [e for e in doc.events if e.type in ("hire", "departure")]


def test_a_pre_listing_round_is_a_round() -> None:
    doc = extract_text(_page("消息人士指,沐曦上市前最后一轮融资由上海国投领投,公司估值约200亿元人民币。"))
    (ev,) = [e for e in doc.events if e.type == "investment"]
    assert ev.args["valuation"]["amount"] == 2e10


def test_known_investor_arm_before_a_verb() -> None:
    ev = _round(_page("曜石智能宣布完成新台币6亿元B轮募资,由晨曦创投领投,国发基金跟投,老股东百度资本继续加注。"))
    assert "百度资本" in _names(ev.args["investor"])


def test_a_sector_total_is_not_a_round() -> None:
    text = (
        "TechCrunch\n\nRobotics funding\n\nKyle Reporter - 9:00 AM PDT · February 11, 2026\n\n"
        "Humanoid maker Figure AI raised more than $1 billion at a $39 billion valuation last September, and robotics "
        "startups collectively pulled in well over $10 billion in venture funding in 2025, according to one tally.\n"
    )
    rounds = [e for e in extract_text(text).events if e.type == "investment"]
    assert len(rounds) == 1 and rounds[0].args["amount"]["amount"] == 1e9


def test_company_named_after_its_kind_reports_its_round() -> None:
    ev = _round(_page("在线编程教育平台码趣星球已于今年年初完成3000万元A轮融资,由青岚创投领投。"))
    assert _names(ev.args["target"]) == ["码趣星球"]


def test_quoted_company_that_gets_a_round() -> None:
    ev = _round(_page("工业软件服务商“云枢智造”获1.2亿元B轮融资,松禾资本领投。"))
    assert _names(ev.args["target"]) == ["云枢智造"]


def test_the_company_raising_money_is_not_its_own_investor() -> None:
    ev = _round(_page("少儿编程品牌《码趣星球》完成数百万元Pre-A轮融资,由多位天使投资人投资。"))
    assert _names(ev.args["target"]) == ["码趣星球"]
    assert "码趣星球" not in _names(ev.args.get("investor", []))


def test_a_time_after_a_quoted_name_is_no_company() -> None:
    ev = _round(_page("其中,机器人业务公司「星河机器人」在今年5月完成3亿元天使轮融资,投资方包括松禾资本。"))
    assert "年5月" not in _names(ev.args.get("target", []))


def test_followers_named_with_initials_stay_in_one_sentence() -> None:
    ev = _round(_page("星河智能今年2月完成G輪募資,金額達30億美元,由GIC領投,D. E. Shaw Ventures、Founders Fund及MGX等跟投。"))
    assert _names(ev.args["investor"]) == ["GIC", "D. E. Shaw", "Founders Fund", "MGX"]
    assert ev.args["round"] == "G輪"


def test_a_sentence_opening_on_this_round_adds_its_investors() -> None:
    ev = _round(_page("星河科技宣布完成5億美元融資。本輪由紅杉資本領投,參與者包括輝達、AMD及首度投資該公司的Jane Street。"))
    names = _names(ev.args["investor"])
    assert names[:3] == ["Sequoia Capital", "NVIDIA", "AMD"]
    assert "星河科技" not in names


def test_the_company_founded_by_someone_is_not_its_own_investor() -> None:
    ev = _round(_page("由前OpenAI技術長創辦的AI新創Thinking Machines Lab證實完成50億美元的新一輪募資。"))
    assert _names(ev.args["target"]) == ["Thinking Machines Lab"]
    assert "investor" not in ev.args


def test_cornerstone_investors_subscribe_to_the_issuers_shares() -> None:
    text = _page("星河半導體（09999）預計下月在港交所主板掛牌。星河半導體引入5名基石投資者,合共認購約1.5億美元股份,包括騰訊、高毅資產(高毅)、泰康人壽及GIC。")
    (ev,) = [e for e in extract_text(text).events if e.type == "investment"]
    assert _names(ev.args["investor"]) == ["Tencent", "Gaoyi Asset Management", "Taikang Insurance Group", "GIC"]
    assert _names(ev.args["target"]) == ["星河半导体"]
    assert ev.args["amount"]["amount"] == 1.5e8


def test_subscribers_listed_before_a_joint_subscription() -> None:
    ev = _round(_page("云栖芯片今日在港交所挂牌上市。基石投资者方面,淡马锡、高瓴以及富达国际合计认购约30亿港元的发售股份。"))
    assert _names(ev.args["investor"]) == ["Temasek", "Hillhouse", "Fidelity International"]


def test_oversubscription_is_no_investment() -> None:
    doc = extract_text(_page("分析师表示,云栖芯片公开发售部分料将获大幅超额认购。"))
    assert not [e for e in doc.events if e.type == "investment"]


def test_this_rounds_valuation_told_by_a_source_is_the_rounds() -> None:
    doc = extract_text(_page("AI芯片公司「星衍科技」已完成25亿元人民币C轮融资。知情人士透露,本轮投后估值约180亿元。"))
    (ev,) = [e for e in doc.events if e.type == "investment"]
    assert ev.args["valuation"]["amount"] == 1.8e10
    assert not [e for e in doc.events if e.type == "financial_metric"]


def test_an_owner_before_its_described_fund_is_not_listed() -> None:
    ev = _round(_page("星河光电去年完成新台币12亿元B轮募资,由国发基金、台积电旗下创投VentureTech Alliance与日月光投控跟投。"))
    names = _names(ev.args["investor"])
    assert "VentureTech Alliance" in names and "TSMC" not in names


def test_a_seed_round_at_a_valuation_is_the_subjects_round() -> None:
    ev = _round(_page("月之暗面去年7月才以120亿美元估值完成20亿美元种子轮,当时由红杉资本领投。"))
    assert _names(ev.args["target"]) == ["Moonshot AI"]
    assert ev.args["amount"]["amount"] == 2e9
    assert ev.args["valuation"]["amount"] == 1.2e10
    assert _names(ev.args["investor"]) == ["Sequoia Capital"]


def test_a_pre_ipo_round_is_a_round_not_a_listing() -> None:
    doc = extract_text(_page("月之暗面去年12月完成最后一轮Pre-IPO融资,集资35亿元人民币,由红杉资本领投。"))
    assert not [e for e in doc.events if e.type == "ipo"]
    (ev,) = [e for e in doc.events if e.type == "investment"]
    assert ev.args["round"] == "Pre-IPO"


def test_an_adverb_before_the_funding_verb_is_no_part_of_the_name_and_the_backer_after_huode_invests() -> None:
    evs = [e for e in extract_text(_page("2018年3月,青芒出行曾获得红杉资本1亿元的A轮融资。")).events if e.type == "investment"]
    assert [_names(e.args["target"]) for e in evs] == [["青芒出行"]]
    assert _names(evs[0].args["investor"]) == ["Sequoia Capital"]


def test_we_and_a_time_ago_opening_a_clause_name_no_company() -> None:
    text = _page("創辦人在內部信中寫道：回顧兩年前青芒出行完成A輪融資，我們快速地完成了一輪2億元的B輪融資，要“活下去”。")
    targets = [n for e in extract_text(text).events if e.type == "investment" for n in _names(e.args.get("target", []))]
    assert all(n.startswith("青芒") for n in targets)


def test_proceeds_raised_with_no_backer_or_round_and_a_running_total_are_no_round() -> None:
    text = _page("星河农商行于2019年上市,共募集资金56.2亿元。青芒出行已累计完成超过5亿美元融资,投资方包括多家美元基金。")
    assert [e for e in extract_text(text).events if e.type == "investment"] == []


def test_a_round_after_a_running_total_is_still_a_round() -> None:
    text = _page("青芒出行成立三年来累计获得五轮投资。2026年5月,青芒出行完成2亿元C轮融资,由红杉资本领投。")
    (ev,) = [e for e in extract_text(text).events if e.type == "investment"]
    assert ev.args["round"] == "C轮"


def test_investors_listed_with_their_part_in_brackets_and_a_latin_company_that_gets_a_round() -> None:
    ev = _round(_page("Harbor Lane获投3000万美元B轮融资，该轮融资由青岚创投（领投）、Northwind Ventures（领投）、松禾资本投资。"))
    assert _names(ev.args["target"]) == ["Harbor Lane"]
    assert _names(ev.args["investor"]) == ["青岚创投", "Northwind Ventures", "Songhe Capital"]


def test_the_backer_written_before_tou_zi_de_and_the_round() -> None:
    ev = _round(_page("跨境电商平台星澜优选宣布完成由青岚创投投资的数百万美元Pre-A轮融资。"))
    assert _names(ev.args["investor"]) == ["青岚创投"]
    assert _names(ev.args["target"]) == ["星澜优选"]


def test_this_round_is_not_the_earlier_round_the_sentence_before_recalls() -> None:
    text = _page("星澜机器人宣布完成2.5亿元C+轮融资。这是去年完成4亿元C轮融资后,星澜机器人时隔5个月补充的新一轮弹药。本轮投资由青岚创投领投。")
    rounds = [e for e in extract_text(text).events if e.type == "investment"]
    latest = next(e for e in rounds if e.args["amount"]["amount"] == 250_000_000)
    earlier = next(e for e in rounds if e.args["amount"]["amount"] == 400_000_000)
    assert _names(latest.args["investor"]) == ["青岚创投"]
    assert "investor" not in earlier.args


def test_an_owner_before_a_chinese_fund_name_only_describes_it() -> None:
    ev = _round(_page("星澜机器人完成3亿元B轮融资,由青岚创投领投,北辰证券旗下云峰成长基金、松禾资本旗下的湾区创新基金跟投。"))
    names = _names(ev.args["investor"])
    assert "云峰成长基金" in names and "湾区创新基金" in names
    assert not any("旗下" in n for n in names)


def test_a_valuation_cue_opening_the_next_figure_is_that_figures() -> None:
    doc = extract_text(_page("知情人士称,学习帮新一轮融资计划筹集6.5亿美元 估值达100亿美元。"))
    (ev,) = [e for e in doc.events if e.type == "investment"]
    assert ev.args["amount"]["amount"] == 650_000_000.0
    assert ev.args["valuation"]["amount"] == 10_000_000_000.0


def test_the_list_of_investors_ends_at_the_clause_that_says_what_the_money_is_for() -> None:
    ev = _round(_page("星澜机器人今日宣布完成8亿元人民币B轮融资,投资方包括青岚创投、松禾资本及北辰创投,资金将用于具身大模型研发及量产交付。"))
    assert _names(ev.args["investor"]) == ["青岚创投", "Songhe Capital", "北辰创投"]


def test_the_parent_itself_among_the_investors_is_the_parent() -> None:
    ev = _round(_page("星澜机器人今日宣布完成8亿元人民币天使轮融资,投资方包括青岚创投、松禾资本及小米本身。"))
    assert _names(ev.args["investor"])[-1] in ("小米", "Xiaomi")


def test_names_before_jointly_invested_are_the_investors() -> None:
    ev = _round(_page("星澜机器人去年完成B轮融资,由青岚创投、松禾资本及北辰创投联合投资,投后估值超过50亿元。"))
    assert _names(ev.args["investor"]) == ["青岚创投", "Songhe Capital", "北辰创投"]


def test_existing_backers_stepping_up_are_investors_of_the_round() -> None:
    ev = _round(_page("「星澜机器人」近日完成8亿元人民币A轮融资,由青岚创投领投,松禾资本跟投,老股东北辰创投持续加码。"))
    assert _names(ev.args["investor"]) == ["青岚创投", "Songhe Capital", "北辰创投"]


def test_a_party_left_unnamed_is_not_among_the_named_investors() -> None:
    ev = _round(_page("星河智能宣布完成20亿元B轮融资,由云帆资本、启明星投资和一家大型保险公司共同投资。"))
    assert _names(ev.args["investor"]) == ["云帆资本", "启明星投资"]


def test_a_phase_of_the_big_fund_is_the_big_fund() -> None:
    ev = _round(_page("星河芯片宣布完成30亿元C轮融资,由国家集成电路产业投资基金三期领投,云帆资本跟投。"))
    assert "China Integrated Circuit Industry Investment Fund" in _names(ev.args["investor"])


def test_times_and_adverbs_before_a_round_are_no_company() -> None:
    ev = _round(_page("星行智能已同步完成首轮外部融资,融资金额为3亿美元,由云帆资本领投。"))
    assert _names(ev.args["target"]) == ["星行智能"]
    doc = extract_text(_page("知远科技成立于2024年。该公司去年8月曾完成由云帆资本领投的1.5亿元A轮融资。今年2月,公司刚刚完成2亿元B轮融资。"))
    targets = [e.args.get("target") for e in doc.events if e.type == "investment"]
    assert all(t is None or t["name"] not in ("去年8月", "刚刚") for t in targets)


def test_an_existing_backer_adding_to_the_round_is_its_investor() -> None:
    ev = _round(_page("星河智能已完成8亿元A+轮融资。本轮由云帆资本领投,启明星投资跟投,老股东北辰创投追加投资。"))
    assert "北辰创投" in _names(ev.args["investor"])


def test_a_kind_of_company_after_qixia_is_no_part_of_the_investor_and_alone_is_the_owner() -> None:
    doc = extract_text("科技新闻 > 正文\n\n测试标题\n\n【测试社】2026年3月16日消息,曜芯科技今日宣布完成B輪募資，由國發基金與台積電旗下創投台積創投共同領投，中國移動旗下投資平台跟投，是今年最大一筆募資案。\n\n特别声明:以上内容仅供参考。\n")
    (ev,) = [e for e in doc.events if e.type == "investment"]
    assert sorted(i["name"] for i in ev.args["investor"]) == sorted(["China Mobile", "National Development Fund (Taiwan)", "VentureTech Alliance"])


def test_a_share_placement_is_an_investment_in_the_placing_company_by_its_placees() -> None:
    doc = extract_text(_page("星河智能（01234）今早公布，以先舊後新方式配售約5,000萬股新股，集資約20億港元。據配售公告，是次配股的承配人包括阿里巴巴、騰訊及一家中東主權基金。"))
    (ev,) = [e for e in doc.events if e.type == "investment"]
    assert ev.args["amount"]["amount"] == 2e9
    assert sorted(_names(ev.args["investor"])) == ["Alibaba", "Tencent"]


def test_investors_brought_in_before_their_kind_are_listed_but_a_count_is_not_a_name() -> None:
    ev = _round(_page("招股文件顯示，曜芯科技已引入上海國投、中國移動等基石投資者，合共認購約12億港元。"))
    assert sorted(_names(ev.args["investor"])) == sorted(["China Mobile", "Shanghai State-owned Capital Investment"])
    ev = _round(_page("曜芯科技引入7名基石投資者，合共認購約2億美元股份，包括騰訊及高瓴資本。"))
    assert sorted(_names(ev.args["investor"])) == sorted(["Tencent", "Hillhouse"])


def test_margin_subscriptions_to_a_listing_are_no_investment() -> None:
    doc = extract_text(_page("星河芯片的孖展認購反應熱烈，截至今早已錄得約180億港元。"))
    assert not [e for e in doc.events if e.type == "investment"]


def test_an_investment_scam_warned_of_is_no_investment() -> None:
    doc = extract_text(_page("星河智能提醒公眾警惕冒用公司名義的投資騙局。"))
    assert not [e for e in doc.events if e.type == "investment"]


def test_the_subject_of_a_sentence_that_once_got_investors_money_is_the_company_backed() -> None:
    ev = _round("科技 > 新創\n\n測試標題\n\nNexora成立於2021年，開發車用推理晶片，過去曾獲Lightspeed與紅杉資本投資。\n")
    assert _names(ev.args["target"]) == ["Nexora"]
