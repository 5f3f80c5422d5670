"""English constructions met on unseen pages: budgets, continuations and roles spread over sentences (our own sentences)."""

from __future__ import annotations

from typing import Any

from newsledger import extract_text
from newsledger.core import Document


def _page(*paragraphs: str) -> str:
    body = "\n\n".join(paragraphs)
    return f"Tech > AI\n\nTest headline\n\nSAN FRANCISCO, March 16 (Reuters) - {body}\n"


def _events(doc: Document, type_: str) -> list[Any]:
    return [e for e in doc.events if e.type == type_ and e.source != "headline"]


def _name(v: Any) -> Any:
    if isinstance(v, list):
        return sorted(_name(x) for x in v)
    return v["name"] if isinstance(v, dict) else v


def test_a_budget_for_hardware_is_spending() -> None:
    doc = extract_text(_page("Nimbus Robotics plans to spend about $300 million this year on servers for its training cluster."))
    assert not _events(doc, "procurement")
    (ev,) = _events(doc, "spending")
    assert ev.args["amount"]["amount"] == 300_000_000


def test_counted_hardware_bought_with_spend_stays_procurement() -> None:
    doc = extract_text(_page("Nimbus Robotics plans to spend part of the new money on about 3,000 Nvidia GPUs."))
    assert len(_events(doc, "procurement")) == 1
    assert not _events(doc, "spending")
