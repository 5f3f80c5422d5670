"""Clause splitting (our own sentences)."""

from __future__ import annotations

from newsledger.text.sentences import clauses


def _texts(text: str) -> list[str]:
    return [text[s:e].strip(" ,") for s, e in clauses(text, 0, len(text))]


def test_space_between_chinese_words_separates_headline_clauses() -> None:
    assert _texts("星河电子副总经理钟立平辞职 去年薪酬为60万元") == ["星河电子副总经理钟立平辞职", "去年薪酬为60万元"]


def test_space_inside_latin_names_and_numbers_does_not() -> None:
    assert _texts("小米发布Redmi K80 Pro,售价2999元") == ["小米发布Redmi K80 Pro", "售价2999元"]
