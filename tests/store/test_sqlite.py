"""The SQLite ledger: idempotent ingest, entity lookup in any script, date filters, schema views."""

from __future__ import annotations

from pathlib import Path

from newsledger.core import Document, Event, Span
from newsledger.store.base import EventQuery
from newsledger.store.sqlite import SQLiteStore, open_store


def _doc(doc_id: str = "d1", count: int = 11000) -> Document:
    text = "在2023年的11月份,Meta裁减了1.1万名员工。"
    ev = Event(
        type="layoff",
        args={
            "org": {"name": "Meta", "id": "org:meta", "mention": "Meta", "start": 13, "end": 17},
            "count": count,
            "date": "2023-11",
        },
        evidence=Span(13, 28),
        evidence_text=text[13:28],
        modality="reported",
    )
    return Document(id=doc_id, source=f"{doc_id}.txt", text=text, lang="zh-Hans", title="t", body=Span(0, len(text)), events=[ev])


def test_put_is_idempotent_and_replaces(tmp_path: Path) -> None:
    store = SQLiteStore(tmp_path / "l.db")
    assert store.put(_doc()) is True
    assert store.put(_doc()) is False
    assert store.count("documents") == 1 and store.count("events") == 1
    assert store.put(_doc(count=12000)) is True
    assert store.count("events") == 1
    rows = store.events(EventQuery(type="layoff"))
    assert rows[0]["args"]["count"] == 12000
    store.close()


def test_entity_query_in_any_script(tmp_path: Path) -> None:
    store = SQLiteStore(tmp_path / "l.db")
    store.put(_doc())
    for name in ("Meta", "meta", "Meta Platforms"):
        assert len(store.events(EventQuery(entity=name))) == 1, name
    assert store.events(EventQuery(entity="Apple")) == []
    assert store.events(EventQuery(entity="No Such Company")) == []
    store.close()


def test_date_filters(tmp_path: Path) -> None:
    store = SQLiteStore(tmp_path / "l.db")
    store.put(_doc())
    assert len(store.events(EventQuery(since="2023"))) == 1
    assert len(store.events(EventQuery(since="2024"))) == 0
    assert len(store.events(EventQuery(until="2023-11"))) == 1
    assert len(store.events(EventQuery(until="2023-10"))) == 0
    store.close()


def test_schema_views_have_role_columns(tmp_path: Path) -> None:
    store = SQLiteStore(tmp_path / "l.db")
    store.put(_doc())
    row = store.conn.execute("SELECT org, count, date FROM ev_layoff").fetchone()
    assert row == ("Meta", "11000", "2023-11")
    store.close()


def test_open_store_urls(tmp_path: Path) -> None:
    s = open_store(f"sqlite:///{tmp_path / 'x.db'}")
    assert Path(s.path).name == "x.db"
    s.close()
    try:
        open_store("postgresql://localhost/x")
    except ValueError as exc:
        assert "unsupported" in str(exc)
    else:
        raise AssertionError("a server URL must be refused by this build")


def test_entity_named_in_the_evidence_finds_the_event(tmp_path: Path) -> None:
    from newsledger import extract_text

    page = "新聞 > 國際財經\n\n標題\n\n【測試社/記者】外電報導，Meta執行長佐克柏斥資高達720億美元打造超級智能實驗室。\n\n免責聲明：僅供參考。\n"
    store = SQLiteStore(tmp_path / "l.db")
    store.put(extract_text(page))
    rows = store.events(EventQuery(entity="扎克伯格"))
    assert [r["type"] for r in rows] == ["spending"]
    store.close()
