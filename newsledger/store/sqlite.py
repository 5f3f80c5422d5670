"""The embedded default store: one SQLite file holding documents, mentions, entities and events.

Tables are fixed; one view per event type (``ev_<type>``) is generated from the schema,
with a column per role, so the ledger can be queried with plain SQL.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path
from typing import Any

from newsledger.core import Document
from newsledger.jsonout import document_json
from newsledger.resolve.kb import KnowledgeBase, alias_key
from newsledger.resolve.kb import load as load_kb
from newsledger.schema import Schema
from newsledger.schema import load as load_schema
from newsledger.store.base import EventQuery
from newsledger.values import is_partial

TABLES = """
CREATE TABLE IF NOT EXISTS documents (
  id TEXT PRIMARY KEY, source TEXT, lang TEXT, title TEXT, outlet TEXT, author TEXT,
  published TEXT, dateline TEXT, url TEXT, body_start INTEGER, body_end INTEGER,
  text TEXT NOT NULL, content_hash TEXT NOT NULL, ingested_at TEXT DEFAULT CURRENT_TIMESTAMP);
CREATE TABLE IF NOT EXISTS headlines (
  doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE, idx INTEGER, title TEXT,
  outlet TEXT, time TEXT, start INTEGER, "end" INTEGER);
CREATE TABLE IF NOT EXISTS entities (
  id TEXT PRIMARY KEY, type TEXT, name TEXT, key TEXT, aliases TEXT, attrs TEXT);
CREATE INDEX IF NOT EXISTS entities_key ON entities(key);
CREATE TABLE IF NOT EXISTS mentions (
  doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE, start INTEGER, "end" INTEGER,
  text TEXT, type TEXT, entity_id TEXT, source TEXT);
CREATE INDEX IF NOT EXISTS mentions_entity ON mentions(entity_id);
CREATE TABLE IF NOT EXISTS events (
  id INTEGER PRIMARY KEY, doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  type TEXT NOT NULL, modality TEXT, attribution TEXT, confidence REAL, source TEXT,
  ev_start INTEGER, ev_end INTEGER, evidence TEXT, date TEXT, args TEXT);
CREATE INDEX IF NOT EXISTS events_type ON events(type);
CREATE TABLE IF NOT EXISTS event_args (
  event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE, role TEXT NOT NULL,
  kind TEXT, value TEXT, entity_id TEXT, num REAL, start INTEGER, "end" INTEGER);
CREATE INDEX IF NOT EXISTS event_args_entity ON event_args(entity_id);
CREATE TABLE IF NOT EXISTS schema_roles (type TEXT, role TEXT, kind TEXT, PRIMARY KEY (type, role));
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
"""


def _views(schema: Schema) -> list[str]:
    out = []
    for t in schema.types.values():
        cols = ",\n  ".join(
            f"(SELECT value FROM event_args a WHERE a.event_id = e.id AND a.role = '{r}') AS \"{r}\"" for r in t.roles
        )
        out.append(f"DROP VIEW IF EXISTS ev_{t.name}")
        out.append(
            f"CREATE VIEW ev_{t.name} AS SELECT e.id, e.doc_id, e.modality, e.attribution, e.confidence, e.evidence, e.date,\n  {cols}\n"
            f"FROM events e WHERE e.type = '{t.name}'"
        )
    return out


def _minted_id(type_: str, name: str) -> str:
    return f"new:{type_}:{alias_key(name)}"


class SQLiteStore:
    """A ledger in one SQLite file (``:memory:`` for tests)."""

    def __init__(self, path: str | Path = "newsledger.db", schema: Schema | None = None, kb: KnowledgeBase | None = None) -> None:
        self.path = str(path)
        self.schema = schema or load_schema()
        self.kb = load_kb() if kb is None else kb
        self.conn = sqlite3.connect(self.path)
        self.conn.execute("PRAGMA foreign_keys = ON")
        self.conn.execute("PRAGMA journal_mode = WAL" if self.path != ":memory:" else "PRAGMA journal_mode = MEMORY")
        with self.conn:
            self.conn.executescript(TABLES)
            for stmt in _views(self.schema):
                self.conn.execute(stmt)
            self.conn.executemany(
                "INSERT OR REPLACE INTO schema_roles VALUES (?, ?, ?)",
                [(t.name, r.name, r.kind) for t in self.schema.types.values() for r in t.roles.values()],
            )
            self.conn.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", (str(self.schema.version),))

    # ------------------------------------------------------------------ writing
    def put(self, doc: Document) -> bool:
        """Store one extracted document, replacing an older copy with the same id; True when anything changed."""
        payload = json.dumps(document_json(doc), ensure_ascii=False, sort_keys=True)
        digest = hashlib.sha256((doc.text + payload).encode("utf-8")).hexdigest()
        row = self.conn.execute("SELECT content_hash FROM documents WHERE id = ?", (doc.id,)).fetchone()
        if row and row[0] == digest:
            return False
        with self.conn:
            self.conn.execute("DELETE FROM documents WHERE id = ?", (doc.id,))
            self.conn.execute(
                "INSERT INTO documents (id, source, lang, title, outlet, author, published, dateline, url, body_start, body_end, text, content_hash)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (doc.id, doc.source, doc.lang, doc.title, doc.outlet, doc.author, doc.published, doc.dateline, doc.url,
                 doc.body.start, doc.body.end, doc.text, digest),
            )
            self.conn.executemany(
                'INSERT INTO headlines (doc_id, idx, title, outlet, time, start, "end") VALUES (?,?,?,?,?,?,?)',
                [(doc.id, i, h.title, h.outlet, h.time, h.start, h.end) for i, h in enumerate(doc.headlines)],
            )
            for m in doc.mentions:
                eid = m.entity_id or _minted_id(m.type, m.name or m.text)
                self._entity(eid, m.type, m.name or m.text)
                self.conn.execute(
                    'INSERT INTO mentions (doc_id, start, "end", text, type, entity_id, source) VALUES (?,?,?,?,?,?,?)',
                    (doc.id, m.start, m.end, doc.text[m.start : m.end], m.type, eid, m.source),
                )
            for ev in doc.events:
                self._event(doc, ev)
        return True

    def _entity(self, eid: str, type_: str, name: str) -> None:
        known = self.kb.entities.get(eid)
        if known is not None:
            self.conn.execute(
                "INSERT OR IGNORE INTO entities VALUES (?,?,?,?,?,?)",
                (eid, known.type, known.name, alias_key(known.name), json.dumps(known.aliases, ensure_ascii=False),
                 json.dumps(known.attrs, ensure_ascii=False)),
            )
        else:
            self.conn.execute(
                "INSERT OR IGNORE INTO entities VALUES (?,?,?,?,?,?)", (eid, type_, name, alias_key(name), "{}", "{}")
            )

    def _event(self, doc: Document, ev: Any) -> None:
        date = ev.args.get("date") if isinstance(ev.args.get("date"), str) else None
        if is_partial(date):
            date = None  # a yearless date (--07-22) cannot be sorted or filtered by time; its role keeps it
        cur = self.conn.execute(
            "INSERT INTO events (doc_id, type, modality, attribution, confidence, source, ev_start, ev_end, evidence, date, args)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (doc.id, ev.type, ev.modality, ev.attribution, ev.confidence, ev.source, ev.evidence.start, ev.evidence.end,
             ev.evidence_text, date or doc.dateline or (doc.published or "")[:10] or None,
             json.dumps(ev.args, ensure_ascii=False)),
        )
        event_id = cur.lastrowid
        kinds = {r.name: r.kind for r in self.schema.types[ev.type].roles.values()}
        for role, val in ev.args.items():
            items = val if isinstance(val, list) else [val]
            for item in items:
                eid, num, start, end = None, None, None, None
                if isinstance(item, dict) and "name" in item:
                    eid = item.get("id") or _minted_id("person" if role == "person" else "org", str(item["name"]))
                    self._entity(eid, "person" if role == "person" else "org", str(item["name"]))
                    start, end = item.get("start"), item.get("end")
                    shown = str(item["name"])
                elif isinstance(item, dict):
                    num = item.get("amount")
                    shown = json.dumps(item, ensure_ascii=False)
                else:
                    num = item if isinstance(item, (int, float)) else None
                    shown = str(item)
                self.conn.execute(
                    'INSERT INTO event_args (event_id, role, kind, value, entity_id, num, start, "end") VALUES (?,?,?,?,?,?,?,?)',
                    (event_id, role, kinds.get(role), shown, eid, num, start, end),
                )

    # ------------------------------------------------------------------ reading
    def entity_ids(self, name: str) -> list[str]:
        """Ids of entities called ``name`` in any script or alias (KB and minted)."""
        ids = [e.id for e in self.kb.lookup(name)]
        key = alias_key(name)
        ids += [r[0] for r in self.conn.execute("SELECT id FROM entities WHERE key = ?", (key,))]
        return list(dict.fromkeys(ids))

    def events(self, query: EventQuery) -> list[dict[str, Any]]:
        """Events matching ``query``, newest first."""
        where, params = [], []  # type: list[str], list[Any]
        if query.type:
            where.append("e.type = ?")
            params.append(query.type)
        if query.entity:
            ids = self.entity_ids(query.entity)
            if not ids:
                return []
            marks = ",".join("?" * len(ids))
            # the entity fills a role, or is named inside the event's evidence (佐克柏斥資… for Meta's spending)
            where.append(
                f"(e.id IN (SELECT event_id FROM event_args WHERE entity_id IN ({marks}))"
                f' OR EXISTS (SELECT 1 FROM mentions m WHERE m.doc_id = e.doc_id AND m.entity_id IN ({marks})'
                ' AND m.start >= e.ev_start AND m."end" <= e.ev_end))'
            )
            params += ids + ids
        if query.since:
            where.append("e.date >= ?")
            params.append(query.since)
        if query.until:
            where.append("substr(e.date, 1, ?) <= ?")
            params += [len(query.until), query.until]
        if query.min_confidence is not None:
            where.append("e.confidence >= ?")
            params.append(query.min_confidence)
        if query.modality:
            where.append("e.modality = ?")
            params.append(query.modality)
        if query.source:
            where.append("e.source = ?")
            params.append(query.source)
        sql = (
            "SELECT e.id, e.doc_id, d.title, d.outlet, e.type, e.date, e.modality, e.attribution, e.confidence,"
            " e.evidence, e.ev_start, e.ev_end, e.args FROM events e JOIN documents d ON d.id = e.doc_id"
        )
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY e.date DESC, e.doc_id, e.ev_start"
        if query.limit:
            sql += f" LIMIT {int(query.limit)}"
        cols = ["id", "doc_id", "title", "outlet", "type", "date", "modality", "attribution", "confidence",
                "evidence", "start", "end", "args"]
        rows = []
        for r in self.conn.execute(sql, params):
            row = dict(zip(cols, r, strict=True))
            row["args"] = json.loads(row["args"])
            rows.append(row)
        return rows

    def count(self, table: str) -> int:
        """Number of rows in one of the ledger's tables."""
        if table not in ("documents", "headlines", "entities", "mentions", "events", "event_args"):
            raise ValueError(f"unknown table {table!r}")
        return int(self.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])

    def close(self) -> None:
        """Close the database."""
        self.conn.close()


def open_store(url: str | None = None) -> SQLiteStore:
    """Open the ledger named by ``url`` (a path or ``sqlite:///path``; default ./newsledger.db)."""
    url = url or "newsledger.db"
    if url.startswith("sqlite:///"):
        url = url[len("sqlite:///") :]
    elif "://" in url:
        raise ValueError(f"unsupported store URL {url!r} (this build has the SQLite store only)")
    return SQLiteStore(url)
