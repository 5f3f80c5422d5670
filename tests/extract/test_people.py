"""Roles filled by noun phrases the knowledge base does not know: people hired or leaving, clubs, buyers (our own sentences)."""

from __future__ import annotations

from typing import Any

from newsledger import extract_text
from newsledger.core import Document

HEAD = "体育新闻 > 正文\n\n测试标题\n\n"


def _page(body: str) -> str:
    return f"{HEAD}【测试社】2026年3月16日消息,{body}\n\n特别声明:以上内容仅供参考。\n"


def _events(doc: Document, type_: str) -> list[Any]:
    return [e for e in doc.events if e.type == type_]


def _mention(v: Any) -> Any:
    return v["mention"] if isinstance(v, dict) else v


def test_subject_of_resignation_past_adverbs_is_the_person() -> None:
    doc = extract_text(_page("在球队连输五场之后,主教练韩振东主动辞职,俱乐部随即启动选帅程序。"))
    (ev,) = _events(doc, "departure")
    assert _mention(ev.args["person"]) == "韩振东"
    assert ev.args.get("role") == "主教练"


def test_reason_phrase_between_person_and_verb_is_skipped() -> None:
    doc = extract_text(_page("星河电子公告,证券事务代表邹明远因个人原因申请辞去相关职务。"))
    (ev,) = _events(doc, "departure")
    assert _mention(ev.args["person"]) == "邹明远"


def test_object_of_signing_verb_is_the_person_hired() -> None:
    doc = extract_text(_page("北海蓝鲸队今天官宣签下了外援前锋马库斯-霍尔特,双方签约两年。"))
    evs = _events(doc, "hire")
    assert evs and _mention(evs[0].args["person"]) == "马库斯-霍尔特"


def test_title_alone_is_the_role_of_an_unnamed_departure() -> None:
    doc = extract_text(_page("航空公司回应称,涉事机长已经辞职,公司正在配合调查。"))
    (ev,) = _events(doc, "departure")
    assert "person" not in ev.args
    assert ev.args["role"] == "机长"


def test_counted_group_leaving_is_not_one_person() -> None:
    doc = extract_text(_page("受业务调整影响,多名工程师被要求在月底前离职。"))
    assert not [e for e in _events(doc, "departure") if e.args.get("role") == "工程师" and "count" not in e.args]


def test_team_joined_is_the_noun_after_the_joining_verb() -> None:
    doc = extract_text(_page("据俱乐部消息,老将孔德海今夏以自由身加盟了青岛海风队。"))
    evs = _events(doc, "hire")
    assert evs and _mention(evs[0].args["org"]) == "青岛海风队"


def test_company_before_the_title_is_the_one_left() -> None:
    doc = extract_text(_page("晨光新材股份副总经理钟立平辞职,不再担任公司任何职务。"))
    (ev,) = _events(doc, "departure")
    assert _mention(ev.args["person"]) == "钟立平"
    assert _mention(ev.args["org"]) == "晨光新材股份"


def test_buyer_written_as_the_subject_fills_the_acquirer() -> None:
    doc = extract_text(_page("北岭清洁能源集团斥14亿元收购青海一座水电站项目的多数权益。"))
    evs = [e for e in doc.events if e.type == "acquisition"]
    assert evs and _mention(evs[0].args["acquirer"]) == "北岭清洁能源集团"


def test_winning_a_title_is_not_an_acquisition() -> None:
    doc = extract_text(_page("东港队以3比1战胜对手,拿下本赛季冠军。"))
    assert not [e for e in doc.events if e.type == "acquisition"]


def test_company_raising_money_is_the_subject_when_unknown() -> None:
    doc = extract_text(_page("工业软件公司远舢智能完成数千万元A轮融资,由北辰资本领投。"))
    evs = [e for e in doc.events if e.type == "investment"]
    assert evs and _mention(evs[0].args["target"]) == "远舢智能"


def test_common_noun_before_a_round_is_no_company() -> None:
    doc = extract_text(_page("具身智能融资盘点:全年披露金额超500亿元。"))
    assert not [e for e in doc.events if e.type == "investment" and "target" in e.args]


def test_money_before_joining_is_no_person_and_will_is_no_part_of_a_name() -> None:
    doc = extract_text(_page("前锋贝洛将以8000万欧加盟蓝港联,郑晓岚将加盟星海队。"))
    people = [_mention(e.args.get("person")) for e in _events(doc, "hire")]
    assert "万欧" not in people and "郑晓岚将" not in people


def test_person_after_a_clause_opening_preposition_is_the_subject() -> None:
    doc = extract_text(_page("自从韩振东加盟蓝港队之后,球队就成为夺冠热门。"))
    evs = _events(doc, "hire")
    assert evs and _mention(evs[0].args["person"]) == "韩振东"


def test_unknown_company_cutting_jobs_is_the_layoff_subject() -> None:
    doc = extract_text(_page("北岭科技突然裁员,涉及多个业务部门。"))
    evs = [e for e in doc.events if e.type == "layoff"]
    assert evs and _mention(evs[0].args["org"]) == "北岭科技"


def test_date_after_a_headline_space_is_not_the_events() -> None:
    doc = extract_text(_page("星河电子副总经理钟立平辞职 2025年薪酬为60万元"))
    evs = _events(doc, "departure")
    assert evs and not str(evs[0].args.get("date", "")).startswith("2025")


def test_person_described_by_a_joining_clause() -> None:
    doc = extract_text(_page("刚刚加盟青岛海风队的韩振东将随队出征。"))
    evs = _events(doc, "hire")
    assert evs and _mention(evs[0].args["person"]) == "韩振东"


def test_short_nickname_before_a_transfer_verb_is_the_player() -> None:
    doc = extract_text(_page("水晶哥加盟蓝港战队,双方签约两年。"))
    evs = _events(doc, "hire")
    assert evs and _mention(evs[0].args["person"]) == "水晶哥"


def test_two_titles_and_the_company_before_a_known_name() -> None:
    doc = extract_text(_page("晨光新材董事兼总经理钟立平辞职。"))
    (ev,) = _events(doc, "departure")
    assert ev.args["role"] == "董事兼总经理"
    assert _mention(ev.args["org"]) == "晨光新材"


def test_successor_named_after_the_leaver_is_not_the_leaver() -> None:
    doc = extract_text(_page("星河金融CEO钟明远因个人原因辞职,韩振东接任。"))
    (ev,) = _events(doc, "departure")
    assert _mention(ev.args["person"]) == "钟明远"


def test_club_opening_the_sentence_signs_when_the_clause_says_the_team() -> None:
    doc = extract_text(_page("蓝港联官方宣布,球队正式签下中卫马库斯-霍尔特。"))
    evs = _events(doc, "hire")
    assert evs and _mention(evs[0].args["org"]) == "蓝港联"


def test_the_joining_verbs_own_subject_beats_a_name_in_another_clause() -> None:
    doc = extract_text(_page("俱乐部发言人韩振东确认,库蒂尼加盟蓝港联。"))
    evs = _events(doc, "hire")
    assert evs and _mention(evs[0].args["person"]) == "库蒂尼"


def test_company_left_from_a_headline_colon_or_the_announcement() -> None:
    doc = extract_text(_page("澜海电子:副总经理周明远因个人原因辞职。"))
    (ev,) = _events(doc, "departure")
    assert _mention(ev.args["org"]) == "澜海电子"
    doc = extract_text(_page("4月2日,澜海电子发布公告,公司副总经理周明远因个人原因辞职。"))
    (ev,) = _events(doc, "departure")
    assert ev.args["org"]["name"] == "澜海电子"  # read through 公司, which refers to the announcing company
    assert _mention(ev.args["person"]) == "周明远"


def test_counted_or_unnamed_things_bought_are_the_target_and_a_headline_names_the_buyer() -> None:
    doc = extract_text(_page("远帆实业:拟以1.5亿元收购滨江物流公司。"))
    (ev,) = _events(doc, "acquisition")
    assert _mention(ev.args["acquirer"]) == "远帆实业"
    doc = extract_text(_page("明川制药拟以3.2亿元收购两家医药流通公司。"))
    (ev,) = _events(doc, "acquisition")
    assert _mention(ev.args["target"]) == "两家医药流通公司"


def test_signed_player_after_a_relative_phrase_and_a_time_is_no_club() -> None:
    doc = extract_text(_page("今天下午,星城队官宣,球队签下了年仅21岁的前锋王子豪。"))
    (ev,) = _events(doc, "hire")
    assert _mention(ev.args["person"]) == "王子豪"
    assert _mention(ev.args["org"]) != "今天下午"


def test_transcribed_name_split_by_the_segmenter_is_read_whole() -> None:
    doc = extract_text(_page("北海蓝鲸队今天官宣签下了荷兰中卫德里莫特,双方签约三年。"))
    evs = _events(doc, "hire")
    assert evs and _mention(evs[0].args["person"]) == "德里莫特"


def test_a_country_before_a_transcribed_name_stays_out_of_it() -> None:
    doc = extract_text(_page("蓝港联官方宣布签下巴西库蒂尼,转会费未透露。"))
    evs = _events(doc, "hire")
    assert evs and _mention(evs[0].args["person"]) == "库蒂尼"


def test_buyer_whose_name_the_segmenter_reads_as_a_verb_opens_the_clause() -> None:
    doc = extract_text(_page("锦江体投收购星河体育,交易作价3亿元。"))
    evs = _events(doc, "acquisition")
    assert evs and _mention(evs[0].args["acquirer"]) == "锦江体投"


def test_a_title_made_of_a_modifier_and_a_title_is_read_whole() -> None:
    doc = extract_text(_page("星河电子公告,公司收到执行总裁韩振东先生的书面辞职报告。"))
    (ev,) = _events(doc, "departure")
    assert ev.args.get("role") == "执行总裁"


def test_an_idiom_between_the_player_and_the_verb_is_skipped() -> None:
    doc = extract_text(_page("经过漫长的谈判,库蒂尼终于如愿以偿地加盟了蓝港联。"))
    evs = _events(doc, "hire")
    assert evs and _mention(evs[0].args["person"]) == "库蒂尼"


def test_a_compound_title_leaves_the_company_whole() -> None:
    doc = extract_text(_page("星河电子证券事务代表邹明远辞职,不再担任公司其他职务。"))
    (ev,) = _events(doc, "departure")
    assert _mention(ev.args["org"]) == "星河电子"
    assert ev.args.get("role") == "证券事务代表"


def test_club_whose_name_reads_as_a_person_signs_the_player_after_the_verb() -> None:
    doc = extract_text(_page("卡尔斯鲁厄签下塔里克,转会费900万欧元。"))
    evs = _events(doc, "hire")
    assert evs and _mention(evs[0].args["org"]) == "卡尔斯鲁厄"
    assert _mention(evs[0].args["person"]) == "塔里克"


def test_club_a_player_signs_with() -> None:
    doc = extract_text(_page("前锋库蒂尼与蓝港联体育正式签约,合同为期两年。"))
    evs = _events(doc, "hire")
    assert evs and _mention(evs[0].args["org"]) == "蓝港联体育"
    assert evs[0].args.get("role") == "前锋"


def test_the_club_announcing_that_a_player_joins() -> None:
    doc = extract_text(_page("蓝港联官方宣布,中场库蒂尼加盟。"))
    evs = _events(doc, "hire")
    assert evs and _mention(evs[0].args["org"]) == "蓝港联"


def test_a_one_character_verb_does_not_join_a_name() -> None:
    doc = extract_text(_page("星禾赴港上市,招股价为每股10港元。"))
    assert all(_mention(e.args.get("org")) != "星禾赴港" for e in doc.events)


def test_an_occupation_is_the_role_of_an_unnamed_departure() -> None:
    doc = extract_text(_page("据了解,涉事司机已经辞职,公司正在配合调查。"))
    (ev,) = _events(doc, "departure")
    assert ev.args["role"] == "司机"


def test_a_players_position_is_his_role() -> None:
    doc = extract_text(_page("蓝港联官方宣布,球队正式签下中场库蒂尼。"))
    evs = _events(doc, "hire")
    assert evs and evs[0].args.get("role") == "中场"


def test_hire_post_is_the_one_taken_not_the_one_left() -> None:
    doc = extract_text(_page("星河电子上月延揽前远航科技云端事业部资深副总裁周立群出任首席技术官,负责芯片研发。"))
    (ev,) = _events(doc, "hire")
    assert _mention(ev.args["person"]) == "周立群"
    assert ev.args.get("role") == "首席技术官"


def test_titled_object_of_hiring_verb_names_the_old_employer() -> None:
    doc = extract_text(_page("为了补强研发团队,Anthropic本月宣布延揽Google DeepMind资深研究科学家Oriol Vinyals出任研究长。"))
    (ev,) = _events(doc, "hire")
    assert _mention(ev.args["org"]) == "Anthropic"
    assert _mention(ev.args["from_org"]) == "Google DeepMind"
    assert ev.args.get("role") == "研究长"


def test_acronym_glossing_a_known_company_names_it_later() -> None:
    doc = extract_text(_page("AI新创Thinking Machines Lab(TML)今年完成新一轮融资。为了补强阵容,TML本月宣布延揽研究员Oriol Vinyals出任研究长。"))
    (ev,) = _events(doc, "hire")
    assert ev.args["org"]["name"] == "Thinking Machines Lab"


def test_a_name_holding_ruo_is_no_condition() -> None:
    doc = extract_text(_page("星河科技首席科学家王若琳已离职,加盟字节跳动。"))
    assert _events(doc, "departure") or _events(doc, "hire")


def test_passive_poaching_is_a_hire_and_a_departure() -> None:
    doc = extract_text(_page("百度大模型团队原有约60名成员,团队负责人张伟被字节跳动以三年1亿元的薪酬挖走,至今已有逾10人离开。"))
    (hire,) = _events(doc, "hire")
    assert _mention(hire.args["org"]) == "字节跳动"
    deps = _events(doc, "departure")
    left = [d for d in deps if d.args.get("person")]
    assert len(left) == 1 and _mention(left[0].args["person"]) == "张伟"
    assert _mention(left[0].args["to_org"]) == "字节跳动"
    group = [d for d in deps if d.args.get("count") == 10]
    assert group and "person" not in group[0].args
    (pay,) = _events(doc, "pay_offer")
    assert _mention(pay.args["org"]) == "字节跳动"


def test_title_cut_by_the_tokenizer_is_still_read_before_a_latin_name() -> None:
    doc = extract_text(_page("人事方面,星河电子负责云端策略的技术长Daniel Moore上月离职。"))
    (ev,) = _events(doc, "departure")
    assert ev.args.get("role", "").endswith("技术长")
    doc = extract_text(_page("联合创办人Andrew Lin去年10月离开星河电子。"))
    (ev,) = _events(doc, "departure")
    assert ev.args.get("role") == "联合创办人"


def test_stepping_down_to_another_post_at_the_same_company() -> None:
    doc = extract_text(_page("与此同时,原云业务技术负责人陈立卸任该职务,转任腾讯技术委员会专家顾问。"))
    assert not _events(doc, "hire")
    (ev,) = _events(doc, "departure")
    assert _mention(ev.args["person"]) == "陈立"
    assert ev.args.get("role") == "云业务技术负责人"
    assert ev.args["org"]["name"] == "Tencent"
    assert "to_org" not in ev.args
    assert ev.args.get("new_role", "").endswith("专家顾问")


def test_retirement_is_a_departure_and_a_reason_is_not_one_more() -> None:
    doc = extract_text(_page("苹果公司机器学习高级副总裁约翰·詹南德雷亚已于今年春季退休。"))
    (ev,) = _events(doc, "departure")
    assert "詹南德雷亚" in _mention(ev.args["person"])
    doc = extract_text(_page("星河电子公告,原云事业群总经理吴志伟因届龄退休,将于年底卸任,转任公司顾问。"))
    (ev,) = _events(doc, "departure")
    assert ev.args.get("new_role") == "顾问"
    assert not [e for e in extract_text(_page("公司将提高员工的退休金待遇。")).events if e.type == "departure"]


def test_a_concurrent_post_keeps_the_old_one() -> None:
    doc = extract_text(_page("百度董事会通过任命百度智能云总经理沈抖兼任集团AI事业群总经理。"))
    (ev,) = _events(doc, "hire")
    assert ev.args.get("role") == "集团AI事业群总经理"
    assert "from_org" not in ev.args


def test_a_post_named_in_quotes_is_read_whole() -> None:
    doc = extract_text(_page("人事方面,英伟达宣布由现任中国区业务总经理林鼎涵出任新设的「中国 AI 工厂事业部」副总裁。"))
    (ev,) = _events(doc, "hire")
    assert ev.args.get("role") == "「中国 AI 工厂事业部」副总裁"


def test_a_name_opening_a_clause_before_a_reason_and_no_longer_holding_a_post() -> None:
    doc = extract_text(_page("星河电子7月19日晚间公告,韦建东因工作变动,不再担任公司总经理职务。"))
    (ev,) = _events(doc, "departure")
    assert _mention(ev.args["person"]) == "韦建东"
    assert ev.args.get("role") == "总经理"


def test_a_request_to_resign_the_post_named_after_the_verb() -> None:
    doc = extract_text(_page("星河生物公告,邱淑慧已提请辞任公司公司秘书职务。"))
    (ev,) = _events(doc, "departure")
    assert _mention(ev.args["person"]) == "邱淑慧"
    assert ev.args.get("role") == "公司秘书"


def test_retiring_from_a_post_is_a_departure_but_a_pension_is_not() -> None:
    doc = extract_text(_page("星河银行董事长洪立新因年龄原因退休。延迟退休政策和退休金制度不受影响。"))
    (ev,) = _events(doc, "departure")
    assert _mention(ev.args["person"]) == "洪立新"
    assert ev.args.get("change") == "退休"


def test_a_successor_takes_the_post_of_the_one_who_left_and_a_former_post_is_not_the_new_one() -> None:
    doc = extract_text(_page("星川科技公告,董事会秘书叶明先生辞职,赵倩如女士接任。赵倩如曾任星河证券投资银行部副总经理。"))
    (dep,) = _events(doc, "departure")
    (hire,) = _events(doc, "hire")
    assert _mention(dep.args["person"]) == "叶明"
    assert _mention(hire.args["person"]) == "赵倩如"
    assert hire.args.get("role") == "董事会秘书"


def test_the_club_before_an_announcing_word_signs_whatever_its_tag() -> None:
    doc = extract_text(_page("飞鲨官方今日宣布,他们已经签下了后卫马库斯-霍尔特。"))
    evs = _events(doc, "hire")
    assert evs and _mention(evs[0].args["org"]) == "飞鲨"
    doc = extract_text(_page("星城官宣库蒂尼加盟,转会费未透露。"))
    evs = _events(doc, "hire")
    assert evs and _mention(evs[0].args["org"]) == "星城" and _mention(evs[0].args["person"]) == "库蒂尼"


def test_a_team_gets_a_player_in_a_trade() -> None:
    doc = extract_text(_page("蓝港联队送出两名替补和一个首轮签,从星城得到中锋马库斯-霍尔特。"))
    evs = _events(doc, "hire")
    assert evs and _mention(evs[0].args["person"]) == "马库斯-霍尔特"
    assert _mention(evs[0].args["org"]) == "蓝港联队"
    doc = extract_text(_page("星河电子通过出售资产得到了大量现金。"))
    assert not _events(doc, "hire")


def test_a_players_name_the_segmenter_splits_still_joins() -> None:
    doc = extract_text(_page("小科斯塔低价加盟飞鲨,首度公开选择飞鲨的原因。"))
    evs = _events(doc, "hire")
    assert evs and _mention(evs[0].args["person"]) == "小科斯塔"


def test_a_short_word_after_a_title_is_the_name() -> None:
    doc = extract_text(_page("星城俱乐部官方宣布,门将内托正式加盟球队。"))
    evs = _events(doc, "hire")
    assert evs and _mention(evs[0].args["person"]) == "内托"
    assert _mention(evs[0].args["org"]) == "星城俱乐部"


def test_how_a_player_joins_stands_between_the_name_and_the_verb() -> None:
    doc = extract_text(_page("老将韩振东底薪加盟飞鲨,合同为期一年。"))
    evs = _events(doc, "hire")
    assert evs and _mention(evs[0].args["person"]) == "韩振东"
    doc = extract_text(_page("韩振东自己宣布加盟飞鲨。"))
    evs = _events(doc, "hire")
    assert evs and _mention(evs[0].args["person"]) == "韩振东"


def test_a_modifier_before_a_title_is_the_titles_not_the_organisations() -> None:
    doc = extract_text(_page("智利副总统马尔科宣布辞职。"))
    (ev,) = _events(doc, "departure")
    assert _mention(ev.args["org"]) == "智利"


def test_a_company_bought_whose_first_word_reads_as_an_adjective_or_is_quoted() -> None:
    doc = extract_text(_page("星河电子宣布收购捷诚科技,交易作价3亿元。"))
    evs = _events(doc, "acquisition")
    assert evs and _mention(evs[0].args["target"]) == "捷诚科技"
    doc = extract_text(_page("星河电子以8500万元收购“积目”。"))
    evs = _events(doc, "acquisition")
    assert evs and "积目" in _mention(evs[0].args["target"])


def test_a_division_bought_is_the_asset_of_the_company_named_before_it() -> None:
    doc = extract_text(_page("星河电子宣布以12亿元收购澜海科技的服务器业务。"))
    evs = _events(doc, "acquisition")
    assert evs and evs[0].args.get("asset") == "服务器业务"


def test_a_person_signing_signs_with_the_club_after_the_verb_or_the_one_announcing() -> None:
    doc = extract_text(_page("韩振东正式签约飞鲨,合同为期三年。"))
    evs = _events(doc, "hire")
    assert evs and _mention(evs[0].args["org"]) == "飞鲨"
    doc = extract_text(_page("星城宣布新秀韩振东正式签约。"))
    evs = _events(doc, "hire")
    assert evs and _mention(evs[0].args["org"]) == "星城"


def test_a_three_character_name_after_a_title_is_a_name_whatever_its_tag() -> None:
    doc = extract_text(_page("澜海资源董事长钮蓟京辞职,持有公司4.58%股份。"))
    (ev,) = _events(doc, "departure")
    assert _mention(ev.args["person"]) == "钮蓟京"


def test_a_minister_or_a_coach_resigning_is_named_by_the_title() -> None:
    doc = extract_text(_page("阿根廷财长宣布辞职。"))
    (ev,) = _events(doc, "departure")
    assert ev.args.get("role") == "财长"


def test_the_club_heading_the_post_taken_hires() -> None:
    doc = extract_text(_page("韩振东正式出任蓝港联足球队主教练。"))
    evs = _events(doc, "hire")
    assert evs and _mention(evs[0].args["org"]) == "蓝港联足球队"
    assert evs[0].args.get("role") == "主教练"


def test_a_name_before_jiuren_is_a_person_not_part_of_a_company() -> None:
    doc = extract_text(_page("徐明就任星河证券总裁助理。"))
    evs = _events(doc, "hire")
    assert evs and _mention(evs[0].args["person"]) == "徐明"


def test_the_player_a_club_signs_a_contract_with() -> None:
    doc = extract_text(_page("星城俱乐部宣布与前锋韩振东签约三年。"))
    evs = _events(doc, "hire")
    assert evs and _mention(evs[0].args["person"]) == "韩振东"
    assert _mention(evs[0].args["org"]) == "星城俱乐部"
    assert evs[0].args.get("role") == "前锋"


def test_the_rival_in_a_front_foot_back_foot_sequence_is_not_the_employer() -> None:
    doc = extract_text(_page("马化腾前脚刚退休,星河科技就开始动手,瞄准对手的核心业务。"))
    (ev,) = _events(doc, "departure")
    assert _mention(ev.args["person"]) == "马化腾"
    assert "org" not in ev.args


def test_group_poached_with_a_head_count_also_leaves_the_old_employer() -> None:
    doc = extract_text(_page("星河智能近期从云帆科技挖走了视觉团队的两名核心工程师,其中包括负责感知算法的资深工程师邵一鸣。"))
    (dep,) = _events(doc, "departure")
    assert dep.args["count"] == 2
    assert _mention(dep.args["org"]) == "云帆科技"
    assert _mention(dep.args["person"]) == "邵一鸣"
    assert _events(doc, "hire")


def test_poaching_a_vague_number_is_no_group_departure() -> None:
    doc = extract_text(_page("星河智能去年从云帆科技挖走了多名工程师,其中包括负责感知算法的邵一鸣。"))
    assert not _events(doc, "departure")


def test_leaving_for_a_named_company_is_a_hire_there_too() -> None:
    doc = extract_text(_page("云帆科技技术长邵一鸣上月已经离职并重返阿里巴巴。"))
    (hire,) = _events(doc, "hire")
    assert _mention(hire.args["person"]) == "邵一鸣"
    assert hire.args["org"]["name"] in ("阿里巴巴", "Alibaba")
    assert _mention(hire.args["from_org"]) == "云帆科技"


def test_a_group_that_left_for_a_company_is_hired_there_by_the_names_given_next() -> None:
    doc = extract_text(_page("据彭博报道,谷歌旗下DeepMind又有3名资深研究员在本月初离职,全数加入 Meta。报道指出,这3人包括 Tom Gunter、Mark Lee 与 Chong Wang,其中 Chong Wang 原本是研究经理。"))
    (hire,) = _events(doc, "hire")
    assert [_mention(p) for p in hire.args["person"]] == ["Tom Gunter", "Mark Lee", "Chong Wang"]
    assert _mention(hire.args["org"]) == "Meta"
    (dep,) = _events(doc, "departure")
    assert dep.args["count"] == 3 and "person" not in dep.args


def test_a_group_named_with_another_head_count_is_not_the_one_that_left() -> None:
    doc = extract_text(_page("据彭博报道,谷歌旗下DeepMind又有3名资深研究员在本月初离职,全数加入 Meta。报道指出,这2人包括 Tom Gunter 与 Mark Lee。"))
    assert not _events(doc, "hire")


def test_a_japanese_name_after_a_title_is_a_person() -> None:
    doc = extract_text(_page("星河智能宣布延揽前索尼日本副总经理高桥一郎出任营运长。"))
    (ev,) = _events(doc, "hire")
    assert _mention(ev.args["person"]) == "高桥一郎"
    assert ev.args.get("role") == "营运长"


def test_the_one_others_leave_with_is_not_the_group_that_leaves() -> None:
    doc = extract_text(_page("云帆科技视觉负责人邵一鸣已离职,将加盟星河智能。与邵一鸣一同离开的还有其团队内三名核心工程师。"))
    deps = _events(doc, "departure")
    assert len(deps) == 2
    group = next(d for d in deps if d.args.get("count") == 3)
    assert "person" not in group.args


def test_a_person_taking_over_a_line_of_work_is_an_appointment_and_a_bank_taken_over_is_not() -> None:
    doc = extract_text(_page("星河智能首席科学家邵一鸣同期接管大模型研发工作。"))
    (ev,) = _events(doc, "hire")
    assert _mention(ev.args["person"]) == "邵一鸣"
    assert not _events(extract_text(_page("美国监管机构已接管一家地区银行。")), "hire")


def test_the_founder_of_the_company_just_bought_into_comes_from_that_company() -> None:
    doc = extract_text(_page("Meta去年斥资20亿美元收购云帆科技49%的股份,并将其创始人邵一鸣招至麾下出任首席科学家。"))
    (ev,) = _events(doc, "hire")
    assert _mention(ev.args["from_org"]) == "云帆科技"


def test_a_named_group_described_by_its_employer_comes_from_it() -> None:
    doc = extract_text(_page("去年夏天,包括邵一鸣、韩立与周敏在内的多名 OpenAI 研究员相继加盟 Meta。"))
    (ev,) = _events(doc, "hire")
    assert _mention(ev.args["from_org"]) == "OpenAI"
    assert _mention(ev.args["org"]) == "Meta"


def test_a_post_still_held_is_no_hire() -> None:
    from newsledger import extract_text

    text = "科技新闻 > 正文\n\n测试标题\n\n【测试社】2026年3月16日消息,星河科技联合创始人张立已于今年2月卸任总裁,目前仍担任公司董事。\n\n特别声明:以上内容仅供参考。\n"
    doc = extract_text(text)
    assert not [e for e in doc.events if e.type == "hire"]
    assert [e for e in doc.events if e.type == "departure"]


def test_a_tie_kept_up_is_no_new_partnership() -> None:
    from newsledger import extract_text

    text = "科技新闻 > 正文\n\n测试标题\n\n【测试社】2026年3月16日消息,值得一提的是,星河科技与云帆电子仍保持着紧密的合作关系。\n\n特别声明:以上内容仅供参考。\n"
    doc = extract_text(text)
    assert not [e for e in doc.events if e.type == "partnership"]


def test_a_name_after_a_chief_officer_title_is_the_person() -> None:
    from newsledger import extract_text

    text = "科技新闻 > 正文\n\n测试标题\n\n【测试社】2026年3月16日消息,星河零售首席数据官孙启明已于近日离职。\n\n特别声明:以上内容仅供参考。\n"
    (ev,) = [e for e in extract_text(text).events if e.type == "departure"]
    assert ev.args["person"]["name"] == "孙启明"


def test_one_unnamed_executive_leaving_is_a_departure_by_title() -> None:
    from newsledger import extract_text

    text = "科技新闻 > 正文\n\n测试标题\n\n【测试社】2026年3月16日消息,另有消息称,星河科技的一名副总裁已于近日离职。\n\n特别声明:以上内容仅供参考。\n"
    (ev,) = [e for e in extract_text(text).events if e.type == "departure"]
    assert ev.args["role"] == "副总裁"


def test_the_post_taken_after_joining_is_the_role() -> None:
    from newsledger import extract_text

    text = "科技新闻 > 正文\n\n测试标题\n\n【测试社】2026年3月16日消息,前星河科技软件部总裁王成已于上月加盟云帆科技,出任云帆科技首席软件官。\n\n特别声明:以上内容仅供参考。\n"
    (ev,) = [e for e in extract_text(text).events if e.type == "hire"]
    assert ev.args["role"] == "首席软件官"


def test_the_clause_after_a_resignation_tells_no_second_departure() -> None:
    from newsledger import extract_text

    for body in (
        "公司副总经理、董事会秘书张立已于去年11月因个人原因辞去全部职务,辞职后不再担任公司任何职务,董事会秘书职责暂由董事长王成代行。",
        "人事方面,星河科技公告称,公司副总经理、首席财务官杨立因个人原因辞职,辞职后不再担任公司任何职务。",
    ):
        text = f"科技新闻 > 正文\n\n测试标题\n\n【测试社】2026年3月16日消息,{body}\n\n特别声明:以上内容仅供参考。\n"
        (ev,) = [e for e in extract_text(text).events if e.type == "departure"]
        assert ev.args["person"]["name"] in ("张立", "杨立")


def test_a_senior_vice_president_named_before_joining_is_a_person() -> None:
    doc = extract_text(_page("鴻海宣布延攬前英特爾資深副總裁游志明加入，出任雲端事業群總經理。"))
    (ev,) = _events(doc, "hire")
    assert _mention(ev.args["person"]) == "游志明"
    assert _mention(ev.args["from_org"]) == "英特爾"


def test_the_post_named_after_the_appointee_and_wei_is_the_new_post() -> None:
    doc = extract_text(_page("董事會通過任命原美國子公司總經理蕭建平為資深副總經理，自11月1日起生效。"))
    (ev,) = _events(doc, "hire")
    assert _mention(ev.args["person"]) == "蕭建平"
    assert ev.args["role"] == "資深副總經理"
    assert ev.args["date"] == "2026-11-01"


def test_an_appointment_effective_today_is_dated_by_the_dateline() -> None:
    doc = extract_text(_page("星河电子董事会通过任命赖文杰出任首席运营官，即日生效。"))
    (ev,) = _events(doc, "hire")
    assert ev.args["date"] == "2026-03-16"


def test_a_known_company_heading_the_post_taken_is_the_employer() -> None:
    doc = extract_text(_page("廣達宣布延攬前英特爾副總裁陳國明出任雲達科技總經理。"))
    (ev,) = _events(doc, "hire")
    assert _mention(ev.args["org"]) == "雲達科技"
    assert ev.args["role"] == "總經理"


def test_the_board_that_appoints_is_not_the_employer() -> None:
    doc = extract_text(_page("台積電今天公布財報。人事方面，董事會通過任命蕭建平為營運長。"))
    (ev,) = _events(doc, "hire")
    assert _mention(ev.args["org"]) == "台積電"


def test_the_company_before_a_recruiting_verb_hires_and_pays_and_the_one_after_it_is_left() -> None:
    doc = extract_text(_page("蘋果AI人才戰再升溫。蘋果將大幅增加AI投資。蘋果已延攬Google DeepMind負責多模態研發的副總裁邵一鳴，為其開出總值超過2億美元的薪酬方案。"))
    (ev,) = _events(doc, "hire")
    assert ev.args["org"]["name"] == "Apple"
    assert ev.args["from_org"]["name"] == "Google DeepMind"
    (pay,) = _events(doc, "pay_offer")
    assert pay.args["org"]["name"] == "Apple"


def test_destinations_joined_after_a_move_word_are_all_destinations() -> None:
    doc = extract_text(_page("蘋果AI人才持續流失。據統計，蘋果基礎模型團隊今年已有超過20名研究員離職，多數轉往Meta與OpenAI。"))
    (ev,) = _events(doc, "departure")
    assert sorted(o["name"] for o in ev.args["to_org"]) == ["Meta", "OpenAI"]
    assert ev.args["org"]["name"] == "Apple"


def test_an_adverb_glued_to_a_three_character_name_is_not_part_of_it() -> None:
    doc = extract_text(_page("华星半导体公告,前任主任陈志宏则于任期届满后卸任。"))
    (ev,) = _events(doc, "departure")
    assert _mention(ev.args["person"]) == "陈志宏"


def test_an_advisory_post_taken_on_leaving_is_the_new_role_not_a_hire() -> None:
    doc = extract_text(_page("华星半导体宣布,营运长郑立仁已于本月辞任营运长,惟仍留任公司担任资深顾问。"))
    assert not _events(doc, "hire")
    (ev,) = _events(doc, "departure")
    assert ev.args.get("new_role") == "资深顾问"


def test_both_sides_may_be_the_two_companies_of_the_paragraph_before() -> None:
    doc = extract_text(_page("光学元件厂星辰光电(688931)宣布引进腾讯为策略投资人,腾讯将取得星辰光电约10%股权。\n\n星辰光电董事长表示,双方将合作开发车用光学模组。"))
    (ev,) = _events(doc, "partnership")
    names = {_mention(v) for r in ("org", "partner") for v in (ev.args[r] if isinstance(ev.args[r], list) else [ev.args[r]])}
    assert names == {"星辰光电", "腾讯"}


def test_the_post_named_before_yizhi_you_is_the_one_the_successor_takes() -> None:
    doc = extract_text(_page("华星半导体宣布,营运长郑立仁将于6月底退休,营运长一职由研发副总陈嘉文接任。"))
    (ev,) = _events(doc, "hire")
    assert _mention(ev.args["person"]) == "陈嘉文"
    assert ev.args.get("role") == "营运长"


def test_a_duty_between_a_company_and_the_title_held_there_keeps_it_the_former_employer() -> None:
    doc = extract_text(_page("月之暗面证实,字节跳动负责豆包多模态训练的主管陈立言已正式加入该公司,出任研究副总裁。"))
    (ev,) = _events(doc, "hire")
    assert _mention(ev.args["from_org"]) == "字节跳动"


def test_an_ambiguous_company_name_after_former_and_before_a_title_is_the_former_employer() -> None:
    doc = extract_text(_page("小米宣布,前高通产品管理高级副总裁周文杰已加盟,出任集团芯片业务总裁。"))
    (ev,) = _events(doc, "hire")
    assert ev.args["from_org"]["id"] == "org:qualcomm"


def test_the_post_named_right_after_a_verb_of_leaving_a_post_is_the_post_left() -> None:
    doc = extract_text(_page("华星半导体公告,联合创始人郑立仁因个人原因辞任执行董事,仍留任首席科学家。"))
    (ev,) = _events(doc, "departure")
    assert ev.args.get("role") == "执行董事"
