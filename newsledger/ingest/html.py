"""HTML pages: trafilatura for the article, lxml for metadata, related links and the fallback.

Text layout: ``Document.text`` is ``title + "\\n\\n" + body`` (just ``body`` without a title),
and when the page has a related-links block, ``"\\n\\n" + header + "\\n"`` and one related
title per line follow the body. Offsets index that text; ``Document.body`` covers the body
part only and each ``Headline`` spans its title line. When trafilatura finds nothing, the
page's text is walked with lxml (one block element a line) and segmented like a page dump;
``Document.text`` is then that walked text.
"""

from __future__ import annotations

import copy
import json
import re
from typing import Any

from lxml import etree
from lxml import html as lxml_html

from newsledger.core import Document, Headline, InputError, Span
from newsledger.ingest.decode import detect_script
from newsledger.ingest.dump import parse_dump
from newsledger.ingest.lines import prose_size, split_lines
from newsledger.ingest.metadata import find_dateline, lead_credit, parse_datetime, to_date
from newsledger.text.normalize import normalize

_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_RELATED_ATTR = re.compile(r"related|recommend|more-stories|read-?more|read-?next|trending|popular|xgwz|xiangguan|tuijian", re.I)
_BLOCKS = frozenset({
    "p", "div", "section", "article", "header", "footer", "aside", "nav", "main", "li", "ul", "ol", "h1", "h2",
    "h3", "h4", "h5", "h6", "br", "tr", "table", "blockquote", "pre", "figure", "figcaption", "dt", "dd", "time",
})
_DROP = ("script", "style", "noscript", "template", "svg", "iframe", "form", "button", "select")
_PUBLISHED_META = (
    "article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate", "publish-date",
    "date", "dc.date", "dc.date.issued", "sailthru.date", "parsely-pub-date", "publishdate", "weibo: article:create_at",
)
_MAX_RELATED = 30


def parse_html(html: str, doc_id: str, source: str) -> Document:
    """A ``Document`` from an HTML page (see the module docstring for the text layout)."""
    html = _XML_DECL.sub("", html)
    tree = _tree(html)
    extracted = _trafilatura(html) or {}
    body = _clean_body(extracted.get("text") or "", extracted.get("title"))
    if not body.strip():
        return _fallback(tree, doc_id, source)
    meta = _page_meta(tree) if tree is not None else {}
    page = _walked_metadata(tree, doc_id, source)
    title = (extracted.get("title") or meta.get("title") or "").strip() or None
    text = f"{title}\n\n{body}" if title else body
    start = len(title) + 2 if title else 0
    doc = Document(id=doc_id, source=source, text=text, title=title, body=Span(start, len(text)))
    doc.author = extracted.get("author") or meta.get("author") or page.author
    doc.outlet = extracted.get("sitename") or meta.get("sitename") or page.outlet
    doc.url = extracted.get("url") or meta.get("url")
    stamps = [meta.get("published"), page.published, parse_datetime(extracted.get("date") or "")]
    doc.published = next((s for s in stamps if s and "T" in s), None) or next((s for s in stamps if s), None)
    lead = normalize(body)
    credit, _ = lead_credit(body, lead)
    doc.outlet = credit.outlet or doc.outlet  # a wire dateline "(Reuters) -" names the outlet
    doc.author = doc.author or credit.author
    ref = to_date(doc.published)
    doc.dateline = find_dateline(lead, ref) or (ref.isoformat() if ref else None)
    if tree is not None:
        doc.text, doc.headlines = _append_related(doc.text, _related(tree, body))
    doc.lang = detect_script(body)
    return doc


def _walked_metadata(tree: Any, doc_id: str, source: str) -> Document:
    """Metadata read off the page's walked text like a dump: time lines, ``来源:``, bylines."""
    if tree is None:
        return Document(id=doc_id, source=source, text="")
    text = walk_text(copy.deepcopy(tree))
    return parse_dump(text, doc_id, source) if text.strip() else Document(id=doc_id, source=source, text="")


def _tree(html: str) -> Any:
    try:
        return lxml_html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return None


def _trafilatura(html: str) -> dict[str, Any] | None:
    """trafilatura's article text and metadata, or None when it is missing or fails."""
    try:
        import trafilatura
    except ImportError:  # trafilatura needs lxml_html_clean; fall back to the lxml walk without it
        return None
    try:
        result = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=True)
    except Exception:
        return None
    if result is None:
        return None
    data: dict[str, Any] = result.as_dict() if hasattr(result, "as_dict") else dict(result)
    return data


def _clean_body(text: str, title: str | None) -> str:
    """Drop a repeated headline and byline/time lines at the top of trafilatura's text."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    lines = text.split("\n")
    norm_title = normalize(title.strip()) if title else None
    while lines:
        head = lines[0].strip()
        if not head or (norm_title and normalize(head) == norm_title):
            lines.pop(0)
            continue
        kind = split_lines(head, normalize(head))[0].kind
        if kind in ("byline", "time", "meta", "share", "nav", "caption"):
            lines.pop(0)
            continue
        break
    return "\n".join(lines).strip()


def _page_meta(tree: Any) -> dict[str, str]:
    """Title, author, site name, url and publication time from ``<meta>``, JSON-LD and ``<time>``."""
    meta: dict[str, str] = {}
    for node in tree.iter("meta"):
        key = (node.get("property") or node.get("name") or node.get("itemprop") or "").strip().lower()
        value = (node.get("content") or "").strip()
        if not key or not value:
            continue
        if key in _PUBLISHED_META and "published" not in meta:
            iso = parse_datetime(value)
            if iso:
                meta["published"] = iso
        elif key in ("author", "article:author", "byl", "dc.creator") and "author" not in meta:
            meta["author"] = re.sub(r"^by\s+", "", value, flags=re.I)
        elif key in ("og:site_name", "application-name", "publisher") and "sitename" not in meta:
            meta["sitename"] = value
        elif key in ("og:url",) and "url" not in meta:
            meta["url"] = value
        elif key in ("og:title", "twitter:title") and "title" not in meta:
            meta["title"] = value
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() == "application/ld+json" and "published" not in meta:
            meta.update({k: v for k, v in _ld_json(script.text or "").items() if k not in meta})
    if "published" not in meta:
        for node in tree.iter("time"):
            iso = parse_datetime(node.get("datetime") or node.text_content() or "")
            if iso:
                meta["published"] = iso
                break
    if "title" not in meta:
        found = tree.find(".//title")
        if found is not None and found.text_content().strip():
            meta["title"] = found.text_content().strip()
    return meta


def _ld_json(raw: str) -> dict[str, str]:
    try:
        data = json.loads(raw)
    except ValueError:
        return {}
    items = data if isinstance(data, list) else data.get("@graph", [data]) if isinstance(data, dict) else []
    out: dict[str, str] = {}
    for item in items:
        if not isinstance(item, dict):
            continue
        iso = parse_datetime(str(item.get("datePublished", "")))
        if iso and "published" not in out:
            out["published"] = iso
        author = item.get("author")
        if isinstance(author, list):
            author = author[0] if author else None
        if isinstance(author, dict):
            author = author.get("name")
        if isinstance(author, str) and "author" not in out:
            out["author"] = author
    return out


def _related(tree: Any, body: str) -> tuple[str | None, list[tuple[str, str | None]]]:
    """The first related-links block: its header and (title, ISO time) of each link."""
    for node in tree.iter():
        if not isinstance(node.tag, str):
            continue
        attrs = " ".join(filter(None, [node.get("class"), node.get("id")]))
        label = node.text_content().strip() if node.tag in ("h2", "h3", "h4", "h5", "strong", "span", "div", "p") else ""
        is_header = 0 < len(label) <= 40 and split_lines(label, normalize(label))[0].kind == "related"
        if not (_RELATED_ATTR.search(attrs) or is_header):
            continue
        scope = node if not is_header else node.getparent()
        links = _links(scope, body)
        if links:
            if not is_header:
                heading = next(scope.iter("h2", "h3", "h4", "h5"), None)
                label = heading.text_content().strip() if heading is not None else ""
            return label or "Related", links
    return None, []


def _links(scope: Any, body: str) -> list[tuple[str, str | None]]:
    out: list[tuple[str, str | None]] = []
    seen: set[str] = set()
    for a in scope.iter("a"):
        title = " ".join(a.text_content().split())
        if prose_size(normalize(title)) < 8 or title in seen or title in body:
            continue
        seen.add(title)
        item = a.getparent()
        while item is not None and item.tag not in ("li", "div", "article", "p") and item is not scope:
            item = item.getparent()
        when = None
        if item is not None:
            stamp = item.find(".//time")
            raw = (stamp.get("datetime") or stamp.text_content()) if stamp is not None else item.text_content().replace(title, " ")
            when = parse_datetime(raw)
        out.append((title, when))
        if len(out) >= _MAX_RELATED:
            break
    return out


def _append_related(text: str, related: tuple[str | None, list[tuple[str, str | None]]]) -> tuple[str, list[Headline]]:
    header, links = related
    if not links:
        return text, []
    text = f"{text}\n\n{header}\n"
    headlines: list[Headline] = []
    for title, when in links:
        start = len(text)
        text += title + "\n"
        headlines.append(Headline(title=title, time=when, start=start, end=start + len(title)))
    return text.rstrip("\n"), headlines


def _fallback(tree: Any, doc_id: str, source: str) -> Document:
    """Walk the page's text with lxml, one block a line, and segment it like a page dump."""
    text = walk_text(tree) if tree is not None else ""
    if not text.strip():
        raise InputError(f"{source}: no usable text in HTML")
    return parse_dump(text, doc_id, source)


def walk_text(tree: Any) -> str:
    """The visible text of an lxml tree, one block element a line, scripts and styles dropped."""
    for bad in list(tree.iter(*_DROP)):
        parent = bad.getparent()
        if parent is not None:
            parent.remove(bad)
    parts: list[str] = []
    for event, node in etree.iterwalk(tree, events=("start", "end")):
        tag = node.tag if isinstance(node.tag, str) else None
        if event == "start":
            if tag in _BLOCKS:
                parts.append("\n")
            if tag and node.text:
                parts.append(node.text)
        else:
            if tag in _BLOCKS:
                parts.append("\n")
            if node.tail and node is not tree:
                parts.append(node.tail)
    lines = [" ".join(line.split()) for line in "".join(parts).split("\n")]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()
