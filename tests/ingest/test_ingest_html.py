"""HTML pages: trafilatura extraction, metadata, related links, malformed and empty pages."""

from __future__ import annotations

import pytest
from ingest_helpers import FIXTURES
from lxml import html as lxml_html

from newsledger.core import InputError
from newsledger.ingest import read_bytes, read_path
from newsledger.ingest.html import page_meta

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


def _page(head: str, body: str, after: str = "") -> bytes:
    paragraphs = "".join(f"<p>{p}</p>" for p in body.split("\n"))
    return f"<html><head>{head}</head><body><article>{paragraphs}</article>{after}</body></html>".encode()


_ZH = ("宏碁今日宣布，将在未来三年内投资约新台币120亿元扩建桃园AI服务器组装厂，预计明年第一季完工投产，届时月产能将提升一倍。\n"
       "公司表示，新厂将主要承接北美云端客户的订单，并同步导入自动化产线，以降低人力成本并提高良率。\n"
       "法人指出，AI服务器代工订单持续涌入，台系组装厂今年资本支出普遍较去年增加三成以上，产能竞赛仍在延续。")


def test_json_ld_headline_people_and_publisher_come_first() -> None:
    ld = ('{"@type": "NewsArticle", "headline": "宏碁加码扩产　桃园新厂明年投产", "datePublished": "2026-05-06T10:05:00+08:00",'
          ' "author": [{"@type": "Organization", "name": "科技日报"}, {"@type": "Person", "name": "王志明"}],'
          ' "publisher": {"@type": "Organization", "name": "科技日报"}}')
    head = f'<title>宏碁扩产_科技频道</title><meta name="author" content="科技日报"><script type="application/ld+json">{ld}</script>'
    [doc] = read_bytes(_page(head, _ZH), "ld.html")
    assert doc.title == "宏碁加码扩产　桃园新厂明年投产"
    assert (doc.outlet, doc.author, doc.published) == ("科技日报", "王志明", "2026-05-06T10:05:00")


def test_site_named_as_author_is_no_author_and_the_body_byline_is() -> None:
    head = '<meta property="og:site_name" content="科技日报"><meta property="article:author" content="科技日报">'
    body = "文／陈雅婷／台北报导\n" + _ZH
    [doc] = read_bytes(_page(head + "<title>宏碁加码扩产 桃园新厂明年投产 | 科技日报</title>", body), "byline.html")
    assert doc.title == "宏碁加码扩产 桃园新厂明年投产"
    assert doc.author == "陈雅婷"
    assert doc.text[doc.body.start:doc.body.end].startswith("宏碁今日宣布")


def test_reporter_in_the_lead_is_the_author() -> None:
    body = "科技日报讯 5月6日上午消息（记者 刘子豪），" + _ZH
    [doc] = read_bytes(_page("<title>宏碁加码扩产</title>", body), "lead.html")
    assert doc.author == "刘子豪"


def test_time_shown_on_the_page_when_no_meta_states_it() -> None:
    head = "<title>宏碁加码扩产</title>"
    shown = '<div class="masthead">2026年5月6日 星期三</div><div class="article-date">2026年5月6日 10:05</div>'
    raw = _page(head, _ZH).replace(b"<article>", shown.encode() + b"<article>")
    [doc] = read_bytes(raw, "shown.html")
    assert doc.published == "2026-05-06T10:05:00"


def test_yearless_related_times_take_the_page_year_and_unmarked_lists_are_read() -> None:
    head = '<meta property="article:published_time" content="2026-05-06T10:05:00">'
    items = "".join(f'<li><a href="/{i}">{t}</a><span>05月0{5 - i}日 1{i}:30</span></li>' for i, t in enumerate([
        "广达五月营收创同期新高 AI服务器出货翻倍", "纬创宣布在墨西哥增设第三座组装厂", "英业达下调全年笔电出货预期 服务器占比提升"]))
    [doc] = read_bytes(_page(head, _ZH, f"<div><ul>{items}</ul></div>"), "list.html")
    assert [(h.title, h.time) for h in doc.headlines] == [
        ("广达五月营收创同期新高 AI服务器出货翻倍", "2026-05-05T10:30:00"),
        ("纬创宣布在墨西哥增设第三座组装厂", "2026-05-04T11:30:00"),
        ("英业达下调全年笔电出货预期 服务器占比提升", "2026-05-03T12:30:00"),
    ]


def test_menus_are_not_related_lists() -> None:
    menu = "".join(f'<li><a href="/{i}">{t}</a></li>' for i, t in enumerate(["科技频道最新要闻汇总一览", "财经频道最新要闻汇总一览", "汽车频道最新要闻汇总一览"]))
    [doc] = read_bytes(_page("<title>宏碁加码扩产</title>", _ZH, f'<footer><ul class="menu">{menu}</ul></footer>'), "menu.html")
    assert doc.headlines == []


@pytest.mark.parametrize(("title", "site", "headline"), [
    ("宏碁加码扩产　桃园新厂明年投产_科技频道_科技日报", "科技日报", "宏碁加码扩产　桃园新厂明年投产"),
    ("宏碁加码扩产 桃园新厂明年投产 - 科技日报 - 即时新闻 - 产业", "科技日报", "宏碁加码扩产 桃园新厂明年投产"),
    ("科技日报独家｜宏碁加码扩产 桃园新厂明年投产-科技日报", "科技日报", "科技日报独家｜宏碁加码扩产 桃园新厂明年投产"),
    ("科技日报独家｜科技日报获悉宏碁将扩产", "科技日报", "科技日报独家｜科技日报获悉宏碁将扩产"),
])
def test_the_site_is_cut_off_the_page_title_but_not_out_of_the_headline(title: str, site: str, headline: str) -> None:
    head = f'<title>{title}</title><meta property="og:site_name" content="{site}">'
    [doc] = read_bytes(_page(head, _ZH), "title.html")
    assert doc.title == headline


def test_times_below_the_story_are_not_the_articles() -> None:
    related = ('<div class="related"><h3>相关阅读</h3><ul><li><a href="/1">广达五月营收创同期新高 AI服务器出货翻倍</a>'
               '<span class="time">2026-05-05 10:30</span></li></ul></div>')
    tree = lxml_html.document_fromstring(_page("<title>宏碁加码扩产</title>", _ZH, related).decode())
    assert "shown" not in page_meta(tree, _ZH[:20])
    shown = '<div class="article-date">2026年5月6日 10:05</div>'
    tree = lxml_html.document_fromstring(_page("<title>宏碁加码扩产</title>", _ZH, related).decode().replace("<article>", shown + "<article>"))
    assert page_meta(tree, _ZH[:20])["shown"] == "2026-05-06T10:05:00"
