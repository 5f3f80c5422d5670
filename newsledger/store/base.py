"""The one Store protocol every backend (SQLite now, PostgreSQL later) implements."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol

from newsledger.core import Document


@dataclass(frozen=True, slots=True)
class EventQuery:
    """Filters for reading events back."""

    entity: str | None = None
    type: str | None = None
    since: str | None = None
    until: str | None = None
    limit: int | None = None
    min_confidence: float | None = None  # only events at least this sure
    modality: str | None = None  # reported | rumored | planned | confirmed | denied
    source: str | None = None  # body | headline


class Store(Protocol):
    """A ledger of documents, mentions, entities and events."""

    def put(self, doc: Document) -> bool:
        """Store one extracted document (replacing an older copy); True when anything changed."""
        ...

    def events(self, query: EventQuery) -> list[dict[str, Any]]:
        """Events matching ``query``, newest first, as JSON-ready rows."""
        ...

    def count(self, table: str) -> int:
        """Number of rows in one table."""
        ...

    def close(self) -> None:
        """Release the connection."""
        ...
