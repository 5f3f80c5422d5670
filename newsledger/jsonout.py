"""The output contract: one JSON object per document (see docs/output.md)."""

from __future__ import annotations

from typing import Any

from newsledger.core import Document, Event


def event_json(doc: Document, ev: Event) -> dict[str, Any]:
    """One event as JSON: type, args, evidence {text, start, end}, modality, attribution, confidence."""
    out: dict[str, Any] = {
        "type": ev.type,
        "args": ev.args,
        "evidence": {"text": ev.evidence_text, "start": ev.evidence.start, "end": ev.evidence.end},
        "modality": ev.modality,
        "attribution": ev.attribution,
        "confidence": ev.confidence,
        "arg_confidence": ev.arg_confidence,
        "source": ev.source,
    }
    if ev.more:
        out["evidence_more"] = [{"text": doc.text[s.start : s.end], "start": s.start, "end": s.end} for s in ev.more]
    return out


def document_json(doc: Document) -> dict[str, Any]:
    """One document as JSON, following the output contract."""
    return {
        "id": doc.id,
        "source": doc.source,
        "lang": doc.lang,
        "title": doc.title,
        "outlet": doc.outlet,
        "author": doc.author,
        "published": doc.published,
        "dateline": doc.dateline,
        "url": doc.url,
        "body": {"start": doc.body.start, "end": doc.body.end},
        "headlines": [{"title": h.title, "outlet": h.outlet, "time": h.time, "start": h.start, "end": h.end} for h in doc.headlines],
        "events": [event_json(doc, ev) for ev in doc.events],
    }
