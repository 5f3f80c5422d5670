"""Launches of products and by launchers the lexicons do not know (our own sentences)."""

from __future__ import annotations

from typing import Any

from newsledger import extract_text
from newsledger.core import Document

HEAD = "科技新闻 > 正文\n\n测试标题\n\n"


def _page(body: str) -> str:
    return f"{HEAD}【测试社】2026年3月16日消息,{body}\n\n特别声明:以上内容仅供参考。\n"


def _launches(doc: Document) -> list[Any]:
    return [e for e in doc.events if e.type == "launch"]


def _mention(v: Any) -> Any:
    return v["mention"] if isinstance(v, dict) else v


def test_noun_phrase_after_the_verb_is_the_product_and_the_subject_launches_it() -> None:
    doc = extract_text(_page("音频品牌Soundhaus今天正式推出便携蓝牙音箱Wave Mini,售价399元。"))
    (ev,) = _launches(doc)
    assert ev.args["product"] == "便携蓝牙音箱Wave Mini"
    assert _mention(ev.args["org"]) == "Soundhaus"


def test_latin_words_run_on_over_spaces_but_a_headline_space_ends_the_product() -> None:
    doc = extract_text(_page("配件厂商Voltix推出65W USB-C PD充电器 支持多设备快充。"))
    (ev,) = _launches(doc)
    assert ev.args["product"] == "65W USB-C PD充电器"


def test_documents_and_bare_measures_are_not_products() -> None:
    doc = extract_text(_page("星海科技发布了年报,并称明年量产3纳米。"))
    assert not _launches(doc)


def test_subject_of_a_launch_verb_without_object_is_the_product() -> None:
    doc = extract_text(_page("9月26日,星河智慧屏在上海正式发布。"))
    (ev,) = _launches(doc)
    assert ev.args["product"] == "星河智慧屏"


def test_going_on_sale_without_shares_or_company_is_a_launch() -> None:
    doc = extract_text(_page("Nova Buds今日正式发售,首批备货十万副。"))
    assert _launches(doc) and not [e for e in doc.events if e.type == "ipo"]


def test_listing_with_share_words_stays_an_ipo() -> None:
    doc = extract_text(_page("据悉,云帆物流计划明年在港交所上市,募资约5亿美元。"))
    assert [e for e in doc.events if e.type == "ipo"] and not _launches(doc)


def test_what_follows_a_debut_is_where_not_what() -> None:
    doc = extract_text(_page("长风空调声纹识别技术亮相IFA,现场吸引大批观众。"))
    (ev,) = _launches(doc)
    assert ev.args["product"] == "长风空调声纹识别技术"


def test_a_launch_put_off_is_not_a_launch() -> None:
    doc = extract_text(_page("受供应链影响,极光X9量产延后至明年。"))
    assert not _launches(doc)


def test_lead_word_and_its_de_stay_in_the_product() -> None:
    doc = extract_text(_page("今天凌晨,星河科技正式发布了全新的旗舰智能手表。"))
    (ev,) = _launches(doc)
    assert ev.args["product"] == "全新的旗舰智能手表"


def test_going_on_sale_with_a_price_is_a_launch_even_after_a_company() -> None:
    doc = extract_text(_page("比亚迪海狮正式上市,续航五百公里,售价29.89万元。"))
    assert _launches(doc) and not [e for e in doc.events if e.type == "ipo"]


def test_consumer_brands_launch_their_products() -> None:
    doc = extract_text(_page("魅族将于10月23日正式发布魅族17T,主打大屏娱乐。"))
    (ev,) = _launches(doc)
    assert ev.args["org"]["name"] == "Meizu"


def test_brand_right_before_a_model_name_is_part_of_the_product() -> None:
    doc = extract_text(_page("华为Mate90将于十月推出,搭载新一代麒麟芯片。"))
    (ev,) = _launches(doc)
    assert ev.args["product"] == "华为Mate90"
    assert ev.args["org"]["name"] == "Huawei"


def test_a_role_folded_in_from_a_repeated_report_keeps_its_span() -> None:
    doc = extract_text(f"{HEAD}【测试社】2026年3月16日讯。\n\n捷达旗下新车型VS7已经在车展上亮相过,据了解这款VS7将于9月份正式上市。\n")
    (ev,) = _launches(doc)
    assert str(ev.args["date"]).startswith("2026-09")
    (span,) = ev.arg_spans["date"]
    assert doc.text[span.start : span.end] == "9月份"


def test_launch_clause_describing_a_named_product_states_a_launch() -> None:
    doc = extract_text(_page("此前,微软发布的折叠手机Surface Duo便深度集成了安卓系统。"))
    (ev,) = _launches(doc)
    assert "Surface Duo" in ev.args["product"]
    assert ev.args["org"]["name"] == "Microsoft"


def test_launch_clause_describing_a_report_does_not() -> None:
    doc = extract_text(_page("星河科技发布的财报显示,其营收增长三成。"))
    assert not _launches(doc)


def test_words_naming_the_kind_of_product_belong_to_it() -> None:
    doc = extract_text(_page("音频品牌Soundhaus推出便携式音箱Wave 2,售价399元。"))
    (ev,) = _launches(doc)
    assert ev.args["product"] == "便携式音箱Wave 2"


def test_the_company_is_not_its_own_product() -> None:
    doc = extract_text(_page("与往常一样,GoPro将在本月发布新一代运动相机。"))
    (ev,) = _launches(doc)
    assert ev.args["product"] == "新一代运动相机"


def test_brand_and_number_make_a_model_and_a_version_word_stays_in_the_name() -> None:
    doc = extract_text(_page("今天,荣耀正式在国内发布了荣耀90系列,售价2999元起。"))
    (ev,) = _launches(doc)
    assert ev.args["product"] == "荣耀90系列"
    doc = extract_text(_page("iOS 19正式版发布:启动速度提升三成。"))
    (ev,) = _launches(doc)
    assert ev.args["product"] == "iOS 19正式版"


def _spans(doc: Document, ev: Any, role: str) -> list[str]:
    return [doc.text[s.start : s.end] for s in ev.arg_spans.get(role, [])]


def test_product_as_subject_keeps_its_model_number_past_a_time_phrase() -> None:
    doc = extract_text(_page("晨光米家空气净化器将于明日发布。"))
    (ev,) = _launches(doc)
    assert ev.args["product"] == "晨光米家空气净化器"
    doc = extract_text(_page("星辰汽车旗下纯电轿车星辰S9将于今晚正式上市,售价22.98万元起。"))
    (ev,) = _launches(doc)
    assert ev.args["product"] == "星辰汽车旗下纯电轿车星辰S9"
    assert _mention(ev.args["org"]) == "星辰汽车"


def test_each_listed_product_is_a_product() -> None:
    doc = extract_text(_page("云栖科技今天发布了智能音箱Echo 5、平板电脑Pad 3和无线耳机Buds 2。"))
    (ev,) = _launches(doc)
    assert _spans(doc, ev, "product") == ["智能音箱Echo 5", "平板电脑Pad 3", "无线耳机Buds 2"]


def test_ambiguous_brand_saying_where_it_launches_is_the_launcher() -> None:
    doc = extract_text(_page("今天下午,小米在武汉正式发布了新款平板电脑。"))
    evs = [e for e in doc.events if e.type == "launch"]
    assert evs and evs[0].args["org"]["name"] == "Xiaomi"


def test_a_starting_line_up_is_no_launch() -> None:
    doc = extract_text(_page("主教练赛前调整首发,新援王子豪获得首发出战的机会。"))
    assert not _launches(doc)


def test_people_appearing_at_an_event_launch_nothing() -> None:
    doc = extract_text(_page("昨晚,电影《远山》剧组集体亮相首映礼,主演悉数到场。"))
    assert not _launches(doc)


def test_a_model_named_before_the_verb_keeps_the_words_of_its_name() -> None:
    doc = extract_text(_page("庆祝品牌成立三十周年,星辰汽车全新一代星辰GT9概念车正式发布。"))
    evs = _launches(doc)
    assert evs and _mention(evs[0].args["product"]).endswith("星辰GT9概念车")


def test_a_quoted_name_keeps_the_words_naming_its_kind() -> None:
    doc = extract_text(_page("星河视频今天发布全新动漫品牌“咔哒熊”,首批作品将于暑期上线。"))
    evs = _launches(doc)
    assert evs and _mention(evs[0].args["product"]) == "全新动漫品牌“咔哒熊”"


def test_a_counted_product_is_launched() -> None:
    doc = extract_text(_page("星河电子推出多款配件,售价99元起。"))
    evs = _launches(doc)
    assert evs and _mention(evs[0].args["product"]) == "多款配件"


def test_issuing_an_album_is_a_launch_but_issuing_notes_is_not() -> None:
    assert _launches(extract_text(_page("星河乐队今天发行第三张专辑《远方》,收录十首新歌。")))
    assert not _launches(extract_text(_page("星河电子今天完成发行5亿元中期票据,期限三年。")))


def test_what_follows_an_appearance_is_where_not_what() -> None:
    doc = extract_text(_page("星河电子首次亮相GameExpo,现场人气很高。"))
    assert not any(_mention(e.args.get("product")) == "GameExpo" for e in _launches(doc))


def test_a_year_naming_a_show_is_not_the_launch_date_and_a_full_stop_ends_the_product() -> None:
    doc = extract_text(_page("星辰汽车在2026年东京车展上发布了新款跑车。"))
    evs = _launches(doc)
    assert evs and _mention(evs[0].args["product"]) == "新款跑车"
    assert evs[0].args.get("date") != "2026"


def test_a_product_described_by_what_it_is_built_on() -> None:
    doc = extract_text(_page("星河云推出基于开源大模型的智能客服系统,首批客户已经上线。"))
    evs = _launches(doc)
    assert evs and _mention(evs[0].args["product"]) == "基于开源大模型的智能客服系统"


def test_a_year_before_a_verb_the_segmenter_reads_as_a_noun_stays_a_date() -> None:
    from newsledger.text.tokens import tokens

    assert any(t[2] == "申报" for t in tokens("并计划于2028年申报科创板上市。"))
    doc = extract_text(_page("星河芯片计划于2028年申报科创板上市。"))
    ipos = [e for e in doc.events if e.type == "ipo"]
    assert not ipos or ipos[0].args.get("date") == "2028"


def test_spaced_latin_products_and_an_ambiguous_brand_after_a_time_word() -> None:
    from newsledger import extract_text

    doc = extract_text("科技 > 正文\n\n標題\n\n【測試社】2026年7月8日消息，蘋果上月在 WWDC 開發者大會上推出全新 Siri。輝達今日正式發表新一代 AI 平台 Rubin Ultra。\n")
    launches = {str(e.args.get("product")): e.args.get("org", {}).get("name") for e in doc.events if e.type == "launch"}
    assert launches.get("Siri") == "Apple"
    assert any("Rubin Ultra" in p for p in launches)


def test_a_speech_given_is_no_launch() -> None:
    from newsledger import extract_text

    doc = extract_text("科技 > 正文\n\n標題\n\n【測試社】2026年6月2日消息，輝達執行長黃仁勳今日在台北發表 Computex 2026 開幕主題演講。\n")
    assert not [e for e in doc.events if e.type == "launch"]


def test_a_latin_name_after_the_kind_of_product_and_no_keynote_launch() -> None:
    doc = extract_text(_page("星河电子执行长今日在台北发表 Computex 2026 开幕主题演讲,正式发表新一代 AI 平台 Nova Ultra。"))
    (ev,) = _launches(doc)
    assert ev.args["product"] == "Nova Ultra"


def test_the_phone_after_a_relative_clause_is_what_launches() -> None:
    doc = extract_text(_page("首发搭载天玑 9500 的星河 X9 Pro 同步发布,起售价 4999 元。"))
    evs = _launches(doc)
    assert [e.args["product"] for e in evs] == ["星河 X9 Pro"]


def test_the_words_opening_the_clause_launch_whatever_their_tags() -> None:
    doc = extract_text(_page("云朵公寓在杭州推出了新的长租服务。"))
    (ev,) = _launches(doc)
    assert _mention(ev.args["org"]) == "云朵公寓"
    doc = extract_text(_page("慧行教育发布幼教管理平台,支持排课与考勤。"))
    (ev,) = _launches(doc)
    assert _mention(ev.args["org"]) == "慧行教育"


def test_a_market_or_the_press_opening_the_clause_launches_nothing() -> None:
    doc = extract_text(_page("市场推出了多款折叠屏手机。"))
    assert all(not e.args.get("org") for e in _launches(doc))


def test_a_product_named_by_words_tagged_as_verbs_or_adjectives() -> None:
    doc = extract_text(_page("云朵科技发布米动健康手表。"))
    (ev,) = _launches(doc)
    assert ev.args["product"] == "米动健康手表"


def test_a_model_opening_the_clause_goes_on_sale_whatever_its_tags() -> None:
    doc = extract_text(_page("星辰全新卡罗拉上市,全系标配8气囊。"))
    evs = _launches(doc)
    assert evs and evs[0].args["product"] == "星辰全新卡罗拉"
    assert not [e for e in doc.events if e.type == "ipo"]


def test_a_year_after_a_latin_name_or_a_place_or_before_a_model_word_is_no_date() -> None:
    doc = extract_text(_page("星辰汽车在AutoShow 2026上发布了新款跑车S9。"))
    evs = _launches(doc)
    assert evs and evs[0].args.get("date") != "2026"
    doc = extract_text(_page("星辰S9 2026款正式上市。"))
    evs = _launches(doc)
    assert evs and evs[0].args.get("date") != "2026"


def test_a_tag_or_a_company_opening_the_clause_is_no_product() -> None:
    doc = extract_text(_page("【新股IPO】星辰科技子公司拟分拆上市。"))
    assert not any("新股" in str(e.args.get("product", "")) for e in _launches(doc))


def test_a_show_or_market_after_zai_or_yu_is_where_not_who() -> None:
    doc = extract_text(_page("华为在东海车展(East Sea Motor Show)上发布了全新智能座舱系统。"))
    evs = _launches(doc)
    assert evs and _mention(evs[0].args["org"]) == "华为"


def test_the_versions_a_launch_comes_in_are_no_launch_and_where_is_no_product() -> None:
    doc = extract_text(_page("星辰S9正式上市,共推出4款车型,售价25万元起。"))
    assert not any("车型" in str(e.args.get("product", "")) for e in _launches(doc))
    doc = extract_text(_page("星海传说手游已经全球上线。"))
    evs = _launches(doc)
    assert evs and "星海传说" in str(evs[0].args.get("product"))


def test_the_store_a_product_goes_on_sale_in_is_no_product() -> None:
    doc = extract_text(_page("星海传说3款新皮肤上架应用商店。"))
    assert not any("商店" in str(e.args.get("product", "")) for e in _launches(doc))


def test_a_chip_starting_volume_shipments_is_a_launch_and_shipment_counts_are_not() -> None:
    from newsledger import extract_text

    doc = extract_text("科技新闻 > 正文\n\n测试标题\n\n【测试社】2026年3月16日消息,寒武纪的思元690芯片已于本月初开始批量出货。\n")
    assert [e for e in doc.events if e.type == "launch"]
    doc = extract_text("科技新闻 > 正文\n\n测试标题\n\n【测试社】2026年3月16日消息,寒武纪一季度芯片出货量同比增长40%。\n")
    assert not [e for e in doc.events if e.type == "launch"]


def test_a_listings_share_offering_launches_no_product() -> None:
    doc = extract_text(_page("星海微电子去年在科创板上市,首发募资约45亿元。云帆科技此次全球发售约8000万股H股,发售价为每股26.5港元。"))
    assert not _launches(doc)


def test_launch_words_used_as_nouns_or_adjectives_launch_nothing() -> None:
    doc = extract_text(_page("供应链与量产\n\n星海科技表示,明年量产的新平台将提升良率,其大模型位居开源模型前列。本文由测试社经授权发布。"))
    assert not _launches(doc)


def test_open_sourcing_a_named_model_is_still_a_launch() -> None:
    doc = extract_text(_page("星海科技今天开源了Nova-2推理模型。"))
    (ev,) = _launches(doc)
    assert "Nova-2" in ev.args["product"]


def test_a_class_of_products_with_no_name_is_no_launch() -> None:
    doc = extract_text(_page("星海科技与云帆汽车达成合作,双方将联合开发智能座舱,首批车型预计明年二季度量产,首款产品预计2028年推出。"))
    assert not _launches(doc)


def test_a_unit_spun_off_to_list_is_no_launch() -> None:
    doc = extract_text(_page("对于外界关于星河集团将分拆云帆科技独立上市的传闻,公司回应称目前没有相关计划。"))
    assert not _launches(doc)


def test_a_bare_kind_word_or_a_company_is_no_product() -> None:
    for body in ("星河電子今年營收有機會創新高，但毛利率恐受新產品量產影響。", "星河電子表示，首款產品預計明年下半年量產。", "今年以來，已有四家內地AI晶片企業在港上市。"):
        assert not [e for e in extract_text(_page(body)).events if e.type == "launch"]
    assert [e for e in extract_text(_page("星河電子今日推出首款AI手機星河X1。")).events if e.type == "launch"]


def test_a_service_open_from_today_is_dated_by_the_dateline() -> None:
    (ev,) = [e for e in extract_text(_page("星河電信同時發表企業級AI代理服務「星河助理Pro」，即日起開放企業申請試用。")).events if e.type == "launch"]
    assert ev.args["date"] == "2026-03-16"
