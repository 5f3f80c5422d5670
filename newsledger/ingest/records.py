"""JSON and JSONL records: ``{id?, url?, title?, text | html, published?, outlet?, author?}``.

A ``text`` that looks like a whole page dump is segmented like one; any other text is the
body itself (``Document.text`` is the record's text, the body span its stripped extent).
``html`` goes through the HTML reader. Metadata given in the record wins over what is found.
"""

from __future__ import annotations

import json
from pathlib import PurePath
from typing import Any

from newsledger.core import Document, InputError, Span
from newsledger.ingest.decode import detect_script
from newsledger.ingest.dump import looks_like_dump, parse_dump
from newsledger.ingest.html import parse_html
from newsledger.ingest.metadata import editor_credit, find_dateline, lead_credit, parse_datetime, to_date
from newsledger.text.normalize import normalize

_WRAPPERS = ("records", "items", "data", "documents", "articles")
Result = tuple[list[Document], list[InputError]]


def parse_json(text: str, name: str) -> Result:
    """Records from a JSON document: one object, a list of objects, or ``{"records": [...]}``."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"{name}: malformed JSON at line {exc.lineno}") from exc
    if isinstance(data, dict) and not ({"text", "html"} & data.keys()):
        data = next((data[k] for k in _WRAPPERS if isinstance(data.get(k), list)), data)
    records = data if isinstance(data, list) else [data]
    docs: list[Document] = []
    errors: list[InputError] = []
    for n, record in enumerate(records, 1):
        _collect(record, name, n, docs, errors)
    return docs, errors


def parse_jsonl(text: str, name: str) -> Result:
    """Records from JSON Lines; a malformed line is an error for that record only."""
    docs: list[Document] = []
    errors: list[InputError] = []
    for n, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(InputError(f"{name}#{n}: malformed JSON at line {n} (column {exc.colno})"))
            continue
        _collect(record, name, n, docs, errors)
    return docs, errors


def _collect(record: Any, name: str, n: int, docs: list[Document], errors: list[InputError]) -> None:
    try:
        docs.append(record_document(record, name, n))
    except InputError as exc:
        errors.append(exc)


def record_document(record: Any, name: str, n: int) -> Document:
    """One record as a ``Document``; ``n`` is its line (JSONL) or position (JSON list), from 1."""
    source = f"{name}#{n}"
    if not isinstance(record, dict):
        raise InputError(f"{source}: record is not a JSON object")
    doc_id = str(record["id"]) if record.get("id") not in (None, "") else f"{PurePath(name).stem}#{n}"
    html, text = record.get("html"), record.get("text")
    if isinstance(html, str) and html.strip():
        doc = parse_html(html, doc_id, source)
    elif isinstance(text, str) and text.strip():
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        doc = parse_dump(text, doc_id, source) if looks_like_dump(text) else _body_document(text, doc_id, source)
    else:
        raise InputError(f"{source}: record has no text or html")
    _apply(record, doc)
    return doc


def _body_document(text: str, doc_id: str, source: str) -> Document:
    """A text that is all body: the span is the text without surrounding blanks."""
    start = len(text) - len(text.lstrip())
    end = len(text.rstrip())
    doc = Document(id=doc_id, source=source, text=text, body=Span(start, end))
    norm = normalize(text)
    credit, _ = lead_credit(text[start:], norm[start:])
    doc.outlet, doc.author = credit.outlet, credit.author
    last = text[start:end].rsplit("\n", 1)[-1]
    doc.author = doc.author or editor_credit(last, normalize(last), tail=True)
    doc.lang = detect_script(text)
    return doc


def _apply(record: dict[str, Any], doc: Document) -> None:
    """Record metadata wins; the dateline follows the record's publication time when it has one."""
    for key in ("title", "outlet", "author", "url"):
        value = record.get(key)
        if isinstance(value, str) and value.strip():
            setattr(doc, key, value.strip())
    published = record.get("published")
    if isinstance(published, str) and published.strip():
        doc.published = parse_datetime(published) or published.strip()
    ref = to_date(doc.published)
    body = doc.text[doc.body.start:doc.body.end]
    stated = find_dateline(normalize(body[:200]), ref) if body else None
    doc.dateline = stated or (ref.isoformat() if ref else doc.dateline)
