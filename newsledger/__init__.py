"""newsledger: a ledger of grounded facts from Chinese and English tech/finance news.

Public API: :func:`extract_path`, :func:`extract_text`, :func:`open_ledger` and the core types.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from newsledger.core import Document, Entity, Event, Headline, InputError, Mention, Span, Value

if TYPE_CHECKING:
    from newsledger.store.sqlite import SQLiteStore

__all__ = [
    "Document", "Entity", "Event", "Headline", "InputError", "Mention", "Span", "Value",
    "extract_path", "extract_text", "open_ledger",
]


def extract_path(path: str | Path) -> list[Document]:
    """Read one input file (page dump, HTML, JSON/JSONL records) and extract its documents' events."""
    from newsledger.extract.pipeline import Extractor
    from newsledger.ingest import read_path

    extractor = Extractor()
    return [extractor(doc) for doc in read_path(path)]


def extract_text(text: str, name: str = "text") -> Document:
    """Extract the events of one page given as text."""
    from newsledger.extract.pipeline import Extractor
    from newsledger.ingest import read_bytes

    return Extractor()(read_bytes(text.encode("utf-8"), name, kind="text")[0])


def open_ledger(url: str | None = None) -> SQLiteStore:
    """Open the ledger at ``url`` (default ./newsledger.db)."""
    from newsledger.store.sqlite import open_store

    return open_store(url)
