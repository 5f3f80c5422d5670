"""JSON and JSONL records: per-record errors, ids and sources, record metadata winning."""

from __future__ import annotations

import json

import pytest
from ingest_helpers import FIXTURES

from newsledger.core import InputError
from newsledger.ingest import read_bytes, read_bytes_with_errors, read_path, read_path_with_errors

FEED = FIXTURES / "records" / "feed.jsonl"


def test_jsonl_bad_line_is_reported_and_the_rest_loads() -> None:
    docs, errors = read_path_with_errors(FEED)
    assert [d.id for d in docs] == ["rec-1", "feed#2", "rec-4"]
    assert [d.source for d in docs] == [f"{FEED}#1", f"{FEED}#2", f"{FEED}#4"]
    assert [str(e) for e in errors] == [
        f"{FEED}#3: malformed JSON at line 3 (column 55)",
        f"{FEED}#5: record has no text or html",
    ]
    assert len(read_path(FEED)) == 3  # read_path does not raise while some records load


def test_text_record_is_its_body_and_metadata_is_found() -> None:
    doc = read_path(FEED)[0]
    assert doc.body.start == 0 and doc.body.end == len(doc.text)
    assert (doc.title, doc.outlet, doc.author) == ("Meta酝酿新一轮裁员", "TechWeb", "海蓝")
    assert doc.published == "2026-03-17T05:47:00"
    assert doc.dateline == "2026-03-16"
    assert doc.url == "https://example.test/a"
    assert doc.lang == "zh-Hans"


def test_record_metadata_wins() -> None:
    doc = read_path(FEED)[1]
    assert (doc.outlet, doc.author, doc.title) == ("Reuters", "Hana Kim", "Samsung weighs Texas plant")
    record = {"text": "【TechWeb】3月16日消息,Meta正在酝酿新一轮裁员。(海蓝)", "outlet": "网易科技", "author": "张三"}
    [doc] = read_bytes(json.dumps(record, ensure_ascii=False).encode(), "one.json")
    assert (doc.outlet, doc.author, doc.id, doc.source) == ("网易科技", "张三", "one#1", "one.json#1")


def test_html_record() -> None:
    doc = read_path(FEED)[2]
    assert doc.title == "Anthropic opens Tokyo office"
    assert doc.published == "2026-04-07T09:30:00"
    assert doc.text[doc.body.start:doc.body.end].startswith("Anthropic is opening its first office in Japan")


def test_page_dump_record_is_segmented() -> None:
    page = (FIXTURES / "dumps" / "hans_kuai.txt").read_text(encoding="utf-8")
    [doc] = read_bytes(json.dumps([{"id": "p1", "text": page}], ensure_ascii=False).encode(), "list.json")
    assert doc.id == "p1"
    assert doc.title == "消息称阿里云拟扩建乌兰察布智算中心 新增算力约2万P"
    assert len(doc.headlines) == 3
    assert doc.text[doc.body.start:doc.body.end].startswith("快科技4月8日消息")


def test_json_list_and_wrapper() -> None:
    records = [{"text": "Meta plans to cut jobs, people familiar said."}, {"id": 7, "text": "Nvidia beat estimates."}]
    docs = read_bytes(json.dumps(records).encode(), "batch.json")
    assert [d.id for d in docs] == ["batch#1", "7"]
    docs = read_bytes(json.dumps({"records": records}).encode(), "wrapped.json")
    assert len(docs) == 2


def test_malformed_json_document() -> None:
    with pytest.raises(InputError, match=r"^x\.json: malformed JSON at line 4$"):
        read_bytes(b'{\n  "text": "a",\n  "id": \n}', "x.json")


def test_nothing_readable_raises() -> None:
    with pytest.raises(InputError, match=r"^y\.jsonl: no record could be read \(2 errors"):
        read_bytes(b"{bad\n[1, 2]\n", "y.jsonl")
    docs, errors = read_bytes_with_errors(b"{bad\n", "y.jsonl")
    assert docs == [] and len(errors) == 1
    with pytest.raises(InputError, match="no records"):
        read_bytes(b"[]", "z.json")
