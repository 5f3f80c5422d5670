"""Read a file or bytes into Documents: pick the reader by extension, else by sniffing the content."""

from __future__ import annotations

import json
import re
from pathlib import Path, PurePath

from newsledger.core import Document, InputError
from newsledger.ingest.decode import decode
from newsledger.ingest.dump import parse_dump
from newsledger.ingest.html import parse_html
from newsledger.ingest.records import parse_json, parse_jsonl

MAX_BYTES = 20 * 1024 * 1024
KINDS = {
    "dump": "dump", "txt": "dump", "text": "dump", "md": "dump",
    "html": "html", "htm": "html", "xhtml": "html",
    "json": "json", "jsonl": "jsonl", "ndjson": "jsonl",
}
_HTML = re.compile(r"<(!doctype html|html|head|body|article|div|p|meta|title)[\s>/]", re.IGNORECASE)
Result = tuple[list[Document], list[InputError]]


def read_path_with_errors(path: str | Path) -> Result:
    """Documents from a file plus the per-record errors (JSONL); raises ``InputError`` for a bad file."""
    name = str(path)
    p = Path(path)
    if not p.exists():
        raise InputError(f"{name}: no such file")
    if p.is_dir():
        raise InputError(f"{name}: is a directory")
    if p.stat().st_size > MAX_BYTES:
        raise InputError(f"{name}: too large (> {MAX_BYTES // (1024 * 1024)} MB)")
    return read_bytes_with_errors(p.read_bytes(), name)


def read_bytes_with_errors(data: bytes, name: str, kind: str | None = None) -> Result:
    """Documents from bytes (``name`` "-" for stdin) plus per-record errors; ``kind`` overrides the guess."""
    if len(data) > MAX_BYTES:
        raise InputError(f"{name}: too large (> {MAX_BYTES // (1024 * 1024)} MB)")
    if kind is not None and kind.lower().lstrip(".") not in KINDS:
        raise InputError(f"{name}: unknown kind {kind!r} (expected one of {', '.join(sorted(set(KINDS.values())))})")
    text = decode(data, name)
    chosen = KINDS[kind.lower().lstrip(".")] if kind else _kind(name, text)
    doc_id = PurePath(name).stem or name
    if chosen == "html":
        return [parse_html(text, doc_id, name)], []
    if chosen == "json":
        return parse_json(text, name)
    if chosen == "jsonl":
        return parse_jsonl(text, name)
    return [parse_dump(text, doc_id, name)], []


def read_path(path: str | Path) -> list[Document]:
    """Documents from a file; raises ``InputError`` when nothing could be read."""
    return _strict(*read_path_with_errors(path), str(path))


def read_bytes(data: bytes, name: str, kind: str | None = None) -> list[Document]:
    """Documents from bytes (``name`` "-" for stdin); raises ``InputError`` when nothing could be read."""
    return _strict(*read_bytes_with_errors(data, name, kind), name)


def _strict(docs: list[Document], errors: list[InputError], name: str) -> list[Document]:
    if docs:
        return docs
    if len(errors) == 1:
        raise errors[0]
    if errors:
        raise InputError(f"{name}: no record could be read ({len(errors)} errors; first: {errors[0]})")
    raise InputError(f"{name}: no records")


def _kind(name: str, text: str) -> str:
    """The reader for a name's extension, else by content: JSON, JSON Lines, HTML or a page dump."""
    ext = PurePath(name).suffix.lower().lstrip(".")
    if ext in KINDS:
        return KINDS[ext]
    head = text.lstrip()
    if head[:1] in "{[":
        try:
            json.loads(text)
            return "json"
        except ValueError:
            lines = [x.strip() for x in text.split("\n") if x.strip()]
            if lines and sum(x.startswith("{") for x in lines) >= 0.8 * len(lines):
                return "jsonl"
    if _HTML.search(head[:2000]):
        return "html"
    return "dump"
