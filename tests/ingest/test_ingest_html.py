"""HTML pages: trafilatura extraction, metadata, related links, malformed and empty pages."""

from __future__ import annotations

import pytest
from ingest_helpers import FIXTURES

from newsledger.core import InputError
from newsledger.ingest import read_bytes, read_path

HTML = FIXTURES / "html"


def test_article_text_layout_and_metadata() -> None:
    [doc] = read_path(HTML / "article_en.html")
    assert doc.id == "article_en"
    assert doc.title == "Oracle signs $30 billion cloud deal with AI lab"
    assert doc.text.startswith(doc.title + "\n\n")
    assert doc.body.start == len(doc.title) + 2
    body = doc.text[doc.body.start:doc.body.end]
    assert body.startswith("Oracle has signed a cloud computing contract")
    assert body.endswith("largest model developers in the United States.")
    assert "By Dana Ortiz" not in body and "All rights reserved" not in body
    assert (doc.outlet, doc.author) == ("Cloudwire", "Dana Ortiz")
    assert doc.published == "2026-04-10T08:15:00"
    assert doc.dateline == "2026-04-10"
    assert doc.url == "https://cloudwire.example/2026/04/oracle-ai-deal"
    assert doc.lang == "en"


def test_related_links_become_headlines_outside_the_body() -> None:
    [doc] = read_path(HTML / "article_en.html")
    assert [(h.title, h.time) for h in doc.headlines] == [
        ("CoreWeave raises $2 billion in debt to fund GPU purchases", "2026-04-09T17:00:00"),
        ("Microsoft expands AI data center footprint in Wisconsin", "2026-04-08"),
    ]
    for h in doc.headlines:
        assert doc.text[h.start:h.end] == h.title
        assert h.start >= doc.body.end


def test_gb_encoded_chinese_page() -> None:
    raw = (HTML / "article_hans.html").read_text(encoding="utf-8").encode("gb18030")
    [doc] = read_bytes(raw, "pages/article_hans.html")
    assert doc.source == "pages/article_hans.html"
    assert doc.title == "月之暗面发布新一代开源模型 推理成本下降四成"
    assert doc.outlet == "科创日报"
    assert doc.published == "2026-04-10T09:30:00"
    assert doc.dateline == "2026-04-10"
    assert doc.lang == "zh-Hans"
    assert doc.text[doc.body.start:doc.body.end].startswith("科创日报4月10日讯")
    assert [h.title for h in doc.headlines] == ["智谱发布新一代视觉模型 支持长视频理解", "阶跃星辰完成新一轮融资 估值超百亿元"]


def test_malformed_html_does_not_crash() -> None:
    [doc] = read_path(HTML / "malformed.html")
    body = doc.text[doc.body.start:doc.body.end]
    assert "invest up to $5 billion" in body
    assert "<" not in body


@pytest.mark.parametrize("raw", [b"<html><body><div><p>broken <b>nested <i>tags", b"<<<>>><html>", b"</p></div>x</html>"])
def test_garbage_html_is_handled(raw: bytes) -> None:
    try:
        docs = read_bytes(raw, "x.html")
    except InputError as exc:
        assert str(exc).startswith("x.html: ")
    else:
        assert len(docs) == 1


def test_html_without_text_is_an_input_error() -> None:
    with pytest.raises(InputError, match=r"empty\.html: no usable text in HTML"):
        read_path(HTML / "empty.html")
