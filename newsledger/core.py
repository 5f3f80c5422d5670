"""Core types shared by every stage: plain dataclasses, no I/O.

Offsets are the common currency: every ``start``/``end`` is a Python string
index into the decoded page text of the document (``Document.text``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

Json = dict[str, Any]


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open character interval ``[start, end)`` into a document's text."""

    start: int
    end: int

    def __len__(self) -> int:
        return self.end - self.start

    def overlaps(self, other: Span) -> bool:
        """True when the two intervals share at least one character."""
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        """True when ``other`` lies inside this span."""
        return self.start <= other.start and other.end <= self.end


@dataclass(slots=True)
class Value:
    """A normalized value found in text: money, count, share, quantity or date.

    ``norm`` holds the normalized fields, by kind:
    - money: ``amount`` (float, currency units), ``currency`` (ISO), ``bound``, optional ``amount_max``
    - count: ``value`` (int), ``bound``, optional ``unit`` (measure word/noun), ``vague`` (bool)
    - share: ``value`` (fraction), ``bound``, ``unit`` ("percent" | "point")
    - quantity: ``value`` (float), ``unit`` (GW, MW, GPU, chip ...), ``bound``
    - date: ``value`` (ISO prefix such as ``2025-06``), ``relative`` (bool), optional ``fiscal``
    - period: ``value`` (``2025-Q3``, ``2025-H1``, ``4 years``), optional ``fiscal``
    """

    kind: str
    start: int
    end: int
    text: str
    norm: Json = field(default_factory=dict)

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)


@dataclass(slots=True)
class Entity:
    """A canonical entity of the knowledge base (or one minted for an unknown name)."""

    id: str
    type: str  # org | person | outlet | product
    name: str
    aliases: dict[str, list[str]] = field(default_factory=dict)
    attrs: Json = field(default_factory=dict)


@dataclass(slots=True)
class Mention:
    """A stretch of text naming an entity."""

    start: int
    end: int
    text: str
    type: str  # org | person | outlet | product
    entity_id: str | None = None
    name: str | None = None  # canonical name when linked
    source: str = "kb"  # kb | pattern | coref

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)


@dataclass(slots=True)
class Headline:
    """One entry of a related-headlines list: kept apart from the article body."""

    title: str
    outlet: str | None = None
    time: str | None = None
    start: int = 0
    end: int = 0


@dataclass(slots=True)
class Event:
    """A typed event with its roles filled, grounded in an evidence span."""

    type: str
    args: Json
    evidence: Span
    evidence_text: str
    modality: str = "reported"
    attribution: str | None = None
    confidence: float = 0.5
    source: str = "body"  # body | headline | title
    arg_spans: dict[str, list[Span]] = field(default_factory=dict)
    more: list[Span] = field(default_factory=list)  # further evidence of the same event
    arg_confidence: dict[str, float] = field(default_factory=dict)


@dataclass(slots=True)
class Document:
    """A decoded page: its full text, metadata and where the article body lies."""

    id: str
    source: str
    text: str
    lang: str = "und"
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: str | None = None
    dateline: str | None = None
    url: str | None = None
    body: Span = field(default_factory=lambda: Span(0, 0))
    headlines: list[Headline] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)


class InputError(Exception):
    """A bad input (binary, empty, undecodable, malformed): the message names it."""
