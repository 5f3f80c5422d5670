"""The same article read as an HTML page and as a plain-text page dump gives the same events.

For each genre page in ``tests/ingest/fixtures/html/articles`` a dump is derived from what the page
shows (masthead, title, byline, time, body paragraphs, related list, footer); both are extracted and
their events compared by type, key arguments, modality and attribution."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import pytest

from newsledger.core import Document
from newsledger.extract.pipeline import Extractor
from newsledger.ingest import read_bytes, read_path
from newsledger.text.normalize import normalize

ARTICLES = Path(__file__).resolve().parents[1] / "ingest" / "fixtures" / "html" / "articles"
PAGES = sorted(ARTICLES.glob("*.html"))
_SPAN_KEYS = frozenset({"mention", "start", "end"})
_FURNITURE = {
    "zh-Hans": ("记者 {author}", "相关阅读", "免责声明：本文仅供参考，不构成投资建议。"),
    "zh-Hant": ("記者 {author}", "延伸閱讀", "免責聲明：本文僅供參考，不構成投資建議。"),
    "en": ("By {author}", "Related", "© 2026 All rights reserved."),
}


@cache
def _extractor() -> Extractor:
    return Extractor()


def derive_dump(doc: Document) -> str:
    """A page dump of an HTML page's article: title, byline, time, one paragraph a line, the related list."""
    byline, related, footer = _FURNITURE[doc.lang]
    published = (doc.published or "").replace("T", " ")[:16]
    body = doc.text[doc.body.start:doc.body.end].split("\n")
    lines = [doc.outlet or "", "", doc.title or "", "", byline.format(author=doc.author), published, ""]
    for paragraph, after in zip(body, [*body[1:], ""], strict=True):
        lines += [paragraph] if " | " in after else [paragraph, ""]  # a table's caption and rows stay together
    lines += [related]
    for h in doc.headlines:
        lines += [h.title, (h.time or "").replace("T", " ")[:16]]
    lines += ["", footer]
    return "\n".join(lines) + "\n"


def _value(v: Any) -> Any:
    if isinstance(v, list):
        return sorted((_value(x) for x in v), key=repr)
    if isinstance(v, dict):
        return {k: _value(x) for k, x in v.items() if k not in _SPAN_KEYS}
    return v


def _events(doc: Document) -> list[tuple[Any, ...]]:
    out = [(e.type, e.source, repr(sorted((k, _value(v)) for k, v in e.args.items())), e.modality, e.attribution) for e in doc.events]
    return sorted(out)


@pytest.mark.parametrize("path", PAGES, ids=[p.stem for p in PAGES])
def test_html_and_its_dump_give_the_same_events(path: Path) -> None:
    [html] = read_path(path)
    [dump] = read_bytes(derive_dump(html).encode("utf-8"), f"{path.stem}.txt")
    assert dump.text[dump.body.start:dump.body.end].replace("\n\n", "\n") == html.text[html.body.start:html.body.end]
    assert (dump.title, dump.author, dump.dateline) == (html.title, html.author, html.dateline)
    assert [h.title for h in dump.headlines] == [h.title for h in html.headlines]
    html_events, dump_events = _events(_extractor()(html)), _events(_extractor()(dump))
    assert len(html_events) >= 4
    assert html_events == dump_events


@pytest.mark.parametrize("path", PAGES, ids=[p.stem for p in PAGES])
def test_every_span_indexes_the_html_text(path: Path) -> None:
    [doc] = read_path(path)
    doc = _extractor()(doc)
    for event in doc.events:
        assert doc.text[event.evidence.start:event.evidence.end] == event.evidence_text
        for spans in event.arg_spans.values():
            for span in spans:
                assert 0 <= span.start <= span.end <= len(doc.text)
        in_body = doc.body.start <= event.evidence.start and event.evidence.end <= doc.body.end
        assert in_body or event.source in ("headline", "title")
    for mention in doc.mentions:
        assert normalize(doc.text[mention.start:mention.end]) == normalize(mention.text)
