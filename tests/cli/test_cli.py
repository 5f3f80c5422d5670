"""The command line: extract, ingest (idempotent, bad input reported, batch goes on), events, values."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsledger.serve.cli import main

PAGE = (
    "首页 > 科技 > 正文\n\n字节跳动被曝计划裁员\n\n"
    "【测试社】3月16日消息,据知情人士透露,字节跳动计划在今年裁员约2000人,约占其员工总数的5%。\n\n"
    "2026-03-17 05:47:00 测试社\n"
)


@pytest.fixture()
def pages(tmp_path: Path) -> Path:
    d = tmp_path / "pages"
    d.mkdir()
    (d / "good.txt").write_text(PAGE, encoding="utf-8")
    (d / "binary.txt").write_bytes(b"\x00\x01\x02\xff" * 50)
    (d / "empty.txt").write_bytes(b"")
    (d / "broken.json").write_text('{"title": "x", "text": ', encoding="utf-8")
    return d


def test_extract_reports_bad_inputs_and_goes_on(pages: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["extract", str(pages)])
    out, err = capsys.readouterr()
    assert code == 1
    docs = [json.loads(line) for line in out.splitlines()]
    assert [d["id"] for d in docs] == ["good"]
    for name in ("binary.txt", "empty.txt", "broken.json"):
        assert any(name in line and line.startswith("newsledger: error:") for line in err.splitlines()), name
    doc = docs[0]
    assert {"id", "source", "lang", "title", "outlet", "author", "published", "body", "headlines", "events"} <= set(doc)
    text = (pages / "good.txt").read_text(encoding="utf-8")
    for ev in doc["events"]:
        assert text[ev["evidence"]["start"] : ev["evidence"]["end"]] == ev["evidence"]["text"]


def test_ingest_is_idempotent_and_keeps_what_is_stored(pages: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "l.db")
    assert main(["ingest", str(pages / "good.txt"), "--db", db]) == 0
    assert main(["ingest", str(pages), "--db", db]) == 1
    out = capsys.readouterr().out
    assert "holds 1 documents" in out
    assert main(["events", "--db", db, "--entity", "字節跳動", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows and all(r["doc_id"] == "good" for r in rows)
    assert main(["events", "--db", db, "--type", "layoff", "--format", "csv"]) == 0
    assert "layoff" in capsys.readouterr().out


def test_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(PAGE.encode("gb18030"))))
    assert main(["extract", "-"]) == 0
    (doc,) = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert doc["lang"] == "zh-Hans"


def test_values_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["values", "Meta裁减了1.1万名员工,次年3月份再裁员1万人", "--anchor", "2026-03-16", "--format", "json"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    kinds = [r["kind"] for r in rows]
    assert kinds.count("count") == 2


def test_events_filtered_by_modality_confidence_and_source(pages: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "l.db")
    assert main(["ingest", str(pages / "good.txt"), "--db", db]) == 0
    capsys.readouterr()
    assert main(["events", "--db", db, "--modality", "rumored", "--source", "body", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows and all(r["modality"] == "rumored" for r in rows)
    assert main(["events", "--db", db, "--modality", "denied", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert main(["events", "--db", db, "--min-confidence", "0.99", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert main(["events", "--db", db, "--format", "table"]) == 0
    assert "said by" in capsys.readouterr().out
