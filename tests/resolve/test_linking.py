"""Linking names to the knowledge base as pages of the genre write them (our own sentences)."""

from __future__ import annotations

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
