"""Linking names to the knowledge base as pages of the genre write them (our own sentences)."""

from __future__ import annotations

from newsledger import extract_text
from newsledger.resolve.link import Linker
from newsledger.text.normalize import normalize

_LINKER = Linker()


def _linked(text: str) -> list[tuple[str, str | None]]:
    norm = normalize(text)
    return [(m.text, m.entity_id) for m in _LINKER.known(norm, 0, len(norm))]


def test_a_mixed_script_name_in_spaced_typesetting() -> None:
    assert ("Meta 超级智能实验室", "org:meta-superintelligence-labs") in _linked("佐克柏宣布 Meta 超級智能實驗室再添兩名研究員。")


def test_an_ambiguous_brand_is_the_company_once_the_page_names_it_surely() -> None:
    found = _linked("蘋果（Apple）的 AI 人才持續流失。蘋果近期也積極對外招募。")
    assert [i for t, i in found if t == "苹果"] == ["org:apple", "org:apple"]


def test_an_ambiguous_brand_after_a_time_word_acts_as_a_company() -> None:
    assert ("苹果", "org:apple") in _linked("蘋果上月在開發者大會上推出全新 Siri。")


def test_a_bare_kind_of_company_is_no_name() -> None:
    norm = normalize("星河电网全资收购智利安第斯集团公司成功交割,其母公司为星河控股集团。")
    found = {m.text for m in _LINKER.unknown(norm, norm, 0, len(norm), _LINKER.known(norm, 0, len(norm)))}
    assert not found & {"集团公司", "控股集团"}


def test_a_title_character_glued_to_a_name_is_cut_off() -> None:
    names = [m.text for m in extract_text("公司首席技术官梁远已于上月辞任,其职责由董事长兼任。").mentions if m.type == "person"]
    assert names == ["梁远"]


def test_the_kind_of_unit_after_qixia_is_not_part_of_its_name() -> None:
    orgs = [m.name for m in extract_text("星河芯片完成B轮融资,本轮由国发基金与台积电旗下创投曜辰创投共同领投。").mentions if m.type == "org"]
    assert "曜辰创投" in orgs


def test_a_name_opening_a_clause_on_when_it_was_founded() -> None:
    doc = extract_text("星河科技报道\n\n云栖智联成立于2023年，主要开发工业质检模型。该公司去年8月曾完成由红杉中国领投的2亿元A轮融资。")
    (inv,) = [e for e in doc.events if e.type == "investment"]
    assert inv.args["target"]["name"] == "云栖智联"


def test_adverbs_and_time_words_before_a_round_are_no_name() -> None:
    doc = extract_text("星河科技报道\n\n多位知情人士透露，云栖智联已同步完成首轮外部融资，融资金额为3亿元。今年2月，公司刚刚完成由启明创投领投的A轮融资。")
    orgs = {m.text for m in doc.mentions if m.type == "org"}
    assert "云栖智联" in orgs and not orgs & {"云栖智联已同步", "刚刚", "今年2月"}


def test_a_lone_latin_name_doing_what_only_companies_do() -> None:
    text = "Tech\n\nHeadline\n\nFebruary 10, 2026\n\nVelora's shares rose 12% on Monday. Shares of Quillbit fell 3%. Nimbly raised $40 million from Accel.\n\nMore text follows here for the body of the article.\n"
    orgs = {m.text for m in extract_text(text).mentions if m.type == "org"}
    assert {"Velora", "Quillbit", "Nimbly"} <= orgs


def test_an_ambiguous_short_name_is_the_parent_once_the_page_names_its_unit() -> None:
    found = _linked("一名研究员近日加盟字节跳动Seed团队。知情人士称,字节为他开出了近亿元的薪酬包。")
    assert ("字节", "org:bytedance") in found


def test_kb_names_for_state_funds_and_venture_arms() -> None:
    found = _linked("本轮由大基金三期领投,小米战投、联想创投跟投,国家集成电路产业投资基金二期继续加注。")
    assert [i for _, i in found] == ["org:big-fund", "org:xiaomi-strategic-investment", "org:lenovo-capital", "org:big-fund"]


def _unknown(text: str) -> list[tuple[str, str | None]]:
    norm = normalize(text)
    return [(m.text, m.name) for m in _LINKER.unknown(text, norm, 0, len(norm), _LINKER.known(norm, 0, len(norm)))]


def test_a_startup_raising_today_in_taiwanese_dateline_style_is_named() -> None:
    assert ("曜芯科技", "曜芯科技") in _unknown("新竹AI晶片新創曜芯科技今（9）日宣布完成新台幣5億元A輪募資。")


def test_a_coined_head_of_a_company_name_stands_for_the_company() -> None:
    found = _unknown("新竹AI晶片新創曜芯科技今（9）日宣布完成A輪募資。曜芯成立於2023年，美國市場亦有布局。")
    assert ("曜芯", "曜芯科技") in found
    assert not any(t == "美國" for t, _ in found)


def test_a_time_word_after_the_bare_word_company_is_no_name_of_a_round() -> None:
    found = _unknown("曜芯科技成立於2022年。公司去年5月完成新台幣8億元A輪募資。")
    assert not any("去年" in t for t, _ in found)


def test_a_name_before_a_taiwan_stock_code_is_a_company_without_its_kind_of_plant() -> None:
    found = _unknown("被動元件廠禾昇（6248-TW）昨日公告，網通廠明泰（3380）也同步宣布擴產；今年的大會（2025）另有安排。")
    assert {"禾昇", "明泰"} <= {t for t, _ in found}
    assert not any("大會" in t for t, _ in found)
