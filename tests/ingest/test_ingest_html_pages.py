"""Genre HTML article pages (fixtures/html/articles) against their gold metadata, body bounds and related lists."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import pytest
from ingest_helpers import FIXTURES, iso, load_jsonl

from newsledger.core import Document
from newsledger.ingest import read_path

ARTICLES = FIXTURES / "html" / "articles"
GOLD = load_jsonl(FIXTURES / "html" / "articles.jsonl")
CASES = [pytest.param(ARTICLES / f"{g['id']}.html", g, id=g["id"]) for g in GOLD]


@cache
def _doc(path: Path) -> Document:
    [doc] = read_path(path)
    return doc


def test_every_page_has_gold() -> None:
    assert sorted(p.stem for p in ARTICLES.glob("*.html")) == sorted(g["id"] for g in GOLD)
    assert {g["lang"] for g in GOLD} == {"zh-Hans", "zh-Hant", "en"}


@pytest.mark.parametrize(("path", "gold"), CASES)
def test_metadata(path: Path, gold: dict[str, Any]) -> None:
    doc = _doc(path)
    assert doc.title == gold["title"]
    assert doc.outlet == gold["outlet"]
    assert doc.author == gold["author"]
    assert iso(doc.published) == iso(gold["published"])
    assert doc.dateline == gold["dateline"]
    assert doc.lang == gold["lang"]


@pytest.mark.parametrize(("path", "gold"), CASES)
def test_body_is_the_article_only(path: Path, gold: dict[str, Any]) -> None:
    doc = _doc(path)
    assert doc.text.startswith(f"{doc.title}\n\n")
    body = doc.text[doc.body.start:doc.body.end]
    assert body.startswith(gold["body_first_line"])
    assert body.endswith(gold["body_last_line"])
    assert "<" not in body and "\n\n" not in body
    for furniture in ("责任编辑", "免責聲明", "新浪声明", "版权所有", "Reporting by", "分享", "评论", "廣告", "Advertisement"):
        assert furniture not in body


@pytest.mark.parametrize(("path", "gold"), CASES)
def test_related_headlines_with_times(path: Path, gold: dict[str, Any]) -> None:
    doc = _doc(path)
    assert [(h.title, iso(h.time), h.outlet) for h in doc.headlines] == [
        (h["title"], iso(h["time"]), h["outlet"]) for h in gold["headlines"]
    ]
    for h in doc.headlines:
        assert doc.text[h.start:h.end] == h.title
        assert h.start >= doc.body.end


@pytest.mark.parametrize(("path", "gold"), CASES)
def test_gold_evidence_lies_in_the_text(path: Path, gold: dict[str, Any]) -> None:
    doc = _doc(path)
    body = doc.text[doc.body.start:doc.body.end]
    assert 4 <= len(gold["events"]) <= 8
    for event in gold["events"]:
        assert event["evidence"] in body


def test_tables_become_pipe_rows() -> None:
    doc = _doc(ARTICLES / "html_hant_01.html")
    body = doc.text[doc.body.start:doc.body.end].split("\n")
    at = body.index("公司 | 3月營收 | 月增 | 年增")
    assert body[at - 1] == "AI伺服器供應鏈3月營收（單位：億元）"
    assert body[at + 1:at + 5] == [
        "廣達 | 2,135 | 18.2% | 42.6%", "緯創 | 1,562 | 12.4% | 65.3%", "緯穎 | 980 | 25.1% | 88.4%", "英業達 | 702 | 9.8% | 21.7%",
    ]


def test_br_separated_paragraphs_are_lines() -> None:
    doc = _doc(ARTICLES / "html_hans_01.html")
    body = doc.text[doc.body.start:doc.body.end].split("\n")
    assert len(body) == 8
    assert body[1].startswith("邮件显示，前阿里巴巴通义实验室负责人陈立航")
