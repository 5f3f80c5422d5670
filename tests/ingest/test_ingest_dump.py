"""Page-dump segmentation on our own short dumps, plus the date/byline/line-kind building blocks."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from ingest_helpers import FIXTURES, load_jsonl

from newsledger.core import Document
from newsledger.ingest import parse_dump
from newsledger.ingest.dump import looks_like_dump
from newsledger.ingest.lines import split_lines
from newsledger.ingest.metadata import find_dateline, lead_credit, line_credit, parse_datetime
from newsledger.text.normalize import normalize

DUMPS = FIXTURES / "dumps"
EXPECTED = load_jsonl(DUMPS / "expected.jsonl")


def _parse(name: str) -> Document:
    path = DUMPS / name
    return parse_dump(path.read_text(encoding="utf-8"), Path(name).stem, str(path))


@pytest.fixture(params=EXPECTED, ids=[e["file"] for e in EXPECTED])
def case(request: pytest.FixtureRequest) -> tuple[Document, dict[str, Any]]:
    return _parse(request.param["file"]), request.param


def test_metadata(case: tuple[Document, dict[str, Any]]) -> None:
    doc, want = case
    got = {k: getattr(doc, k) for k in ("title", "outlet", "author", "published", "dateline")}
    assert got == {k: want[k] for k in got}
    assert doc.lang == want["lang"]


def test_body_span(case: tuple[Document, dict[str, Any]]) -> None:
    doc, want = case
    body = doc.text[doc.body.start:doc.body.end]
    assert body.startswith(want["body_first_line"])
    assert body.endswith(want["body_last_line"])
    assert body == body.strip()


def test_headlines(case: tuple[Document, dict[str, Any]]) -> None:
    doc, want = case
    got = [{"title": h.title, "outlet": h.outlet, "time": h.time} for h in doc.headlines]
    assert got == want["headlines"]
    for h in doc.headlines:
        assert doc.text[h.start:h.end] == h.title
        assert not (doc.body.start <= h.start < doc.body.end)


def test_related_list_titles_never_reach_the_body() -> None:
    doc = _parse("hans_kuai.txt")
    body = doc.text[doc.body.start:doc.body.end]
    assert "特别声明" not in body and "腾讯云" not in body and "分享至" not in body


def test_offsets_follow_crlf_normalized_text() -> None:
    raw = (DUMPS / "hant_cna.txt").read_text(encoding="utf-8")
    doc = parse_dump(raw, "x", "x")
    assert doc.text == raw
    assert doc.text[doc.body.start:doc.body.start + 4] == "（中央社"


def test_looks_like_dump() -> None:
    assert looks_like_dump((DUMPS / "hans_kuai.txt").read_text(encoding="utf-8"))
    assert not looks_like_dump("Meta plans to cut jobs, people familiar with the matter said.\n\nThe company declined to comment.")


@pytest.mark.parametrize(
    ("raw", "iso"),
    [
        ("2026-03-17 05:47:00", "2026-03-17T05:47:00"),
        ("2025/8/28 15:48", "2025-08-28T15:48:00"),
        ("Updated 5:47 AM EST, Tue March 17, 2026", "2026-03-17T05:47:00"),
        ("2026年3月17日 05:47", "2026-03-17T05:47:00"),
        ("2026年3月17日 下午5:47", "2026-03-17T17:47:00"),
        ("發布日期：2026.02.24", "2026-02-24"),
        ("Published: 8:30pm, 19 Feb 2026", "2026-02-19T20:30:00"),
        ("03/16/2026 09:41 PM", "2026-03-16T21:41:00"),
        ("November 20, 2025 at 6:12 PM EST", "2025-11-20T18:12:00"),
        ("2026-03-17T05:47:00Z", "2026-03-17T05:47:00"),
        ("3 hours ago", None),
        ("no date here", None),
    ],
)
def test_parse_datetime(raw: str, iso: str | None) -> None:
    assert parse_datetime(raw) == iso


def test_parse_datetime_without_year_uses_reference() -> None:
    assert parse_datetime("03月04日 22:31", date(2026, 3, 5)) == "2026-03-04T22:31:00"
    assert parse_datetime("12-30 08:00", date(2026, 1, 2)) == "2025-12-30T08:00:00"


@pytest.mark.parametrize(
    ("lead", "ref", "iso"),
    [
        ("【TechWeb】3月16日消息,据外媒报道", date(2026, 3, 17), "2026-03-16"),
        ("（中央社記者王小明台北2日電）台積電今天", date(2026, 3, 2), "2026-03-02"),
        ("（中央社記者王小明台北28日電）台積電", date(2026, 3, 1), "2026-02-28"),
        ("SAN FRANCISCO, March 3 (Reuters) - Meta", date(2026, 3, 3), "2026-03-03"),
        ("阿里巴巴今日公布2026财年第三季度(截至2025年12月31日止季度)业绩", date(2026, 2, 20), None),
    ],
)
def test_find_dateline(lead: str, ref: date, iso: str | None) -> None:
    assert find_dateline(normalize(lead), ref) == iso


@pytest.mark.parametrize(
    ("lead", "outlet", "author"),
    [
        ("【財訊快報/陳孟朔】外電報導", "財訊快報", "陳孟朔"),
        ("（中央社記者王小明台北2日電）台積電", "中央社", "王小明"),
        ("财联社4月2日讯(记者 陈岚)字节跳动", "财联社", "陈岚"),
        ("36氪获悉,某公司完成融资", "36氪", None),
        ("北京时间2月26日凌晨,英伟达公布", None, None),
        ("New York CNN — Amazon is laying off", "CNN", None),
        ("〔記者蘇芳禾／綜合報導〕美國科技媒體", None, "蘇芳禾"),
    ],
)
def test_lead_credit(lead: str, outlet: str | None, author: str | None) -> None:
    credit, _ = lead_credit(lead, normalize(lead))
    assert (credit.outlet, credit.author) == (outlet, author)


@pytest.mark.parametrize(
    ("line", "outlet", "author"),
    [
        ("By Jane Doe and John Roe", None, "Jane Doe and John Roe"),
        ("BY RACHEL NGUYEN on March 5, 2026 at 9:14 am", None, "RACHEL NGUYEN"),
        ("經濟日報 記者李孟璇／台北即時報導", "經濟日報", "李孟璇"),
        ("界面新闻记者 | 李彤", "界面新闻", "李彤"),
        ("文|林栩", None, "林栩"),
    ],
)
def test_line_credit(line: str, outlet: str | None, author: str | None) -> None:
    credit = line_credit(line, normalize(line))
    assert credit is not None
    assert (credit.outlet, credit.author) == (outlet, author)


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("网易首页 > 网易号 > 正文 申请入驻", "nav"),
        ("Home > Tech", "nav"),
        ("分享至", "share"),
        ("0", "share"),
        ("Tweet", "share"),
        ("特别声明:以上内容为自媒体平台用户上传并发布", "disclaimer"),
        ("Notice: The content above is uploaded by a user.", "disclaimer"),
        ("免責聲明：本網站資訊僅供參考。", "disclaimer"),
        ("© 2026 Example Media. All rights reserved.", "disclaimer"),
        ("本文不构成投资建议。", "disclaimer"),
        ("相關新聞", "related"),
        ("延伸閱讀", "related"),
        ("More from Bloomberg", "related"),
        ("Read more", "related"),
        ("16546文章数 43070关注度", "footer"),
        ("往期回顾 全部", "footer"),
        ("科技要闻", "footer"),
        ("12 Comments", "comment"),
        ("2026-03-17 05:47:00", "time"),
        ("财联社 2026-04-02 13:50", "meta"),
        ("全球首发!新机官宣:3月17日,正式发布上市!", "text"),
        ("责任编辑:郑卓然", "editor"),
        ("(Updates with analyst comment in eighth paragraph.)", "staff"),
    ],
)
def test_line_kinds(line: str, kind: str) -> None:
    assert split_lines(line, normalize(line))[0].kind == kind
