"""HTML pages: trafilatura for the article, lxml for metadata, related links and the fallback.

Text layout: ``Document.text`` is ``title + "\\n\\n" + body`` (just ``body`` without a title),
and when the page has a related-links block, ``"\\n\\n" + header + "\\n"`` and one related
title per line follow the body. Offsets index that text; ``Document.body`` covers the body
part only and each ``Headline`` spans its title line. When trafilatura finds nothing, the
page's text is walked with lxml (one block element a line) and segmented like a page dump;
``Document.text`` is then that walked text.

Metadata come from what the page declares first (JSON-LD ``NewsArticle``: headline, datePublished,
people among its authors, publisher; then ``og:``/``article:`` meta tags and the ``<h1>``/``<title>``),
else from the visible page: a date-classed element above the story, bylines (``记者 X``, ``文／X／台北報導``,
``By X``) dropped from the top of the body or written in its lead, the page walked as a dump. The body
is the article's lines only: ``<br>`` breaks are paragraph lines, tables ``a | b | c`` rows (their
caption a line above), and captions, share widgets, ads, tags, editor credits, disclaimers and comment
prompts are trimmed. Related headlines are the first block marked as such (class/id or a header such as
相关阅读/延伸閱讀/Read Next), else the first list of headline links after the story; a yearless item time
takes the page's year.
"""

from __future__ import annotations

import copy
import json
import re
from datetime import date
from typing import Any

from lxml import etree
from lxml import html as lxml_html

from newsledger.core import Document, Headline, InputError, Span
from newsledger.ingest.decode import detect_script
from newsledger.ingest.dump import parse_dump
from newsledger.ingest.lines import prose_size, split_lines
from newsledger.ingest.metadata import (
    editor_credit,
    find_dateline,
    lead_credit,
    line_credit,
    parse_datetime,
    to_date,
)
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
_LABEL_TAGS = ("h2", "h3", "h4", "h5", "strong", "span", "div", "p")
_MENU_ATTR = re.compile(r"(^|[\s_-])(nav|menu|header|footer|breadcrumb|crumbs?)($|[\s_-])", re.I)
_SPACES = re.compile(r"[ \t\r\n]+")
_SITE_SEP = re.compile(r"\s+[|–—-]\s+|\s*_\s*|\s*｜\s*")
_DATE_ATTR = re.compile(r"(^|[\s_-])(date|time|pubtime|pub-?date|publish\w*|timestamp)($|[\s_-])", re.I)
_ARTICLE_TYPE = re.compile(r"article|posting|report", re.I)
_AD_LABEL = re.compile(r"(advertisement|advertising|sponsored|广告|推广)(\s*[·:-]\s*scroll to continue)?", re.I)


def parse_html(html: str, doc_id: str, source: str) -> Document:
    """A ``Document`` from an HTML page (see the module docstring for the text layout)."""
    html = _XML_DECL.sub("", html)
    tree = _tree(html)
    extracted = _trafilatura(_prepared(tree) if tree is not None else html) or {}
    body, dropped = _clean_body(extracted.get("text") or "", extracted.get("title"))
    if not body.strip():
        return _fallback(tree, doc_id, source)
    meta = page_meta(tree, body.split("\n")[0][:20]) if tree is not None else {}
    page = _walked_metadata(tree, doc_id, source)
    outlet = meta.get("sitename") or page.outlet or _clean_outlet_text(extracted.get("sitename"))
    title = _title(meta, extracted, page, outlet)
    text = f"{title}\n\n{body}" if title else body
    start = len(title) + 2 if title else 0
    doc = Document(id=doc_id, source=source, text=text, title=title, body=Span(start, len(text)))
    credit, _ = lead_credit(body, normalize(body))
    doc.outlet = credit.outlet or outlet  # a wire dateline "(Reuters) -" names the outlet
    doc.author = _author(meta, [*dropped, credit.author, page.author, _credit_of(extracted.get("author"))], doc.outlet)
    doc.url = meta.get("url") or extracted.get("url")
    stamps = [meta.get("published"), meta.get("shown"), page.published, parse_datetime(extracted.get("date") or "")]
    doc.published = next((s for s in stamps if s and "T" in s), None) or next((s for s in stamps if s), None)
    ref = to_date(doc.published)
    doc.dateline = find_dateline(normalize(body), ref) or (ref.isoformat() if ref else None)
    if tree is not None:
        doc.text, doc.headlines = _append_related(doc.text, _related(tree, body, ref))
    doc.lang = detect_script(body)
    return doc


def _title(meta: dict[str, str], extracted: dict[str, Any], page: Document, site: str | None) -> str | None:
    """The headline as the page writes it: JSON-LD, ``og:title``, the ``<h1>`` or ``<title>``, else trafilatura's."""
    for key in ("headline", "og_title", "h1", "title"):
        if meta.get(key):
            return _strip_site(meta[key], site)
    found = extracted.get("title") or page.title
    return _strip_site(found, site) if found else None


def _strip_site(title: str, site: str | None) -> str:
    """``Headline | Site``, ``Headline_Channel_Site``, ``Headline - Site - Section`` -> ``Headline``.

    The tail goes from the first separated part naming the site, when every part from there on is short;
    a separator inside the headline (``36氪首发｜…``) stays."""
    title = _SPACES.sub(" ", title).strip()
    if not site:
        return title
    key = normalize(site).lower()
    seps = list(_SITE_SEP.finditer(title))
    ends = [m.start() for m in seps[1:]] + [len(title)] if seps else []
    parts = [title[m.end():e] for m, e in zip(seps, ends, strict=True)]  # the part after each separator
    for k, sep in enumerate(seps):
        tail = parts[k:]
        if any(_names_site(p, key) for p in tail[:2]) and all(len(p) <= 30 for p in tail):
            return title[:sep.start()].strip() or title
    glued = re.search(r"\s*[-_|｜–—]\s*" + re.escape(site) + "$", title)  # …美团龙珠领投-36氪
    return title[:glued.start()] if glued and glued.start() > 0 else title


def _names_site(part: str, key: str) -> bool:
    """True for a title part that is the site's name, give or take a few characters (新浪网, Reuters.com)."""
    norm = normalize(part).strip().lower()
    return norm == key or ((norm.startswith(key) or norm.endswith(key)) and len(norm) <= len(key) + 6)


def _author(meta: dict[str, str], found: list[str | None], outlet: str | None) -> str | None:
    """The writer: JSON-LD or ``<meta>`` author when it names a person, else a byline read off the page."""
    named = meta.get("author")
    if named and _is_person(named, outlet):
        return named
    return next((a for a in found if a and _is_person(a, outlet)), None)


def _is_person(name: str, outlet: str | None) -> bool:
    """False for a site or outlet written where the author goes (``新浪科技``, a URL, the publisher)."""
    norm = normalize(name)
    if "://" in name or "@" in name or (outlet and normalize(outlet).lower() == norm.lower()):
        return False
    return not editor_credit(name, norm) and not re.search(r"[:：|｜]", name)


def _credit_of(raw: str | None) -> str | None:
    """A byline string as trafilatura gives it (``撰文：何家俊``) reduced to the name; editors are no authors."""
    if not raw:
        return None
    raw = raw.strip()
    norm = normalize(raw)
    if editor_credit(raw, norm):
        return None
    credit = line_credit(raw, norm)
    return credit.author if credit else raw


def _clean_outlet_text(raw: str | None) -> str | None:
    return raw.strip() if raw and raw.strip() else None


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


def _trafilatura(page: Any) -> dict[str, Any] | None:
    """trafilatura's article text and metadata, or None when it is missing or fails."""
    try:
        import trafilatura
    except ImportError:  # trafilatura needs lxml_html_clean; fall back to the lxml walk without it
        return None
    try:
        result = trafilatura.bare_extraction(page, with_metadata=True, include_comments=False, include_tables=True)
    except Exception:
        return None
    if result is None:
        return None
    data: dict[str, Any] = result.as_dict() if hasattr(result, "as_dict") else dict(result)
    return data


def _prepared(tree: Any) -> Any:
    """A copy of the page for trafilatura: each ``<br>`` a line break it keeps as a paragraph break."""
    page = copy.deepcopy(tree)
    for br in list(page.iter("br")):
        br.tail = "\n" + (br.tail or "")
    return page


def _clean_body(text: str, title: str | None) -> tuple[str, list[str | None]]:
    """trafilatura's text as article lines: tables as ``a | b | c`` rows, page furniture dropped at both ends.

    Also returns the authors of the byline lines dropped at the top (``文｜周灵``, ``文／林怡君／台北報導``)."""
    lines = _table_rows(text.replace("\r\n", "\n").replace("\r", "\n").strip().split("\n"))
    norm_title = normalize(title.strip()) if title else None
    bylines: list[str | None] = []
    while lines:
        head = lines[0].strip()
        line = split_lines(head, normalize(head))[0]
        if not head or (norm_title and _SPACES.sub("", line.norm) == _SPACES.sub("", norm_title)):
            lines.pop(0)
        elif line.kind in ("byline", "time", "meta", "share", "nav", "caption", "editor", "staff", "tags"):
            credit = line_credit(line.text, line.norm) if line.kind in ("byline", "meta") else None
            bylines.append(credit.author if credit else None)
            lines.pop(0)
        else:
            break
    while lines and _furniture(lines[-1].strip()):
        lines.pop()
    kept = [x for x in lines if not _inline_furniture(x.strip())]
    return "\n".join(kept).strip(), bylines


def _table_rows(lines: list[str]) -> list[str]:
    """trafilatura's Markdown table rows (``| a | b |``, ``|---|``) as ``a | b`` lines; a lone cell (a caption) as text."""
    out: list[str] = []
    for line in lines:
        row = line.strip()
        if not (row.startswith("|") and row.endswith("|")):
            out.append(line)
            continue
        cells = [c.strip() for c in row.strip("|").split("|")]
        if all(re.fullmatch(r":?-{3,}:?", c) for c in cells if c):
            continue
        while cells and not cells[-1]:
            cells.pop()
        if cells:
            out.append(" | ".join(cells))
    return out


_END_FURNITURE = frozenset({"disclaimer", "comment", "tags", "share", "editor", "staff", "footer", "caption", "related",
                            "byline", "nav", "block"})


def _furniture(line: str) -> bool:
    """A line that closes a page below the story: credits, disclaimers, tags, share and comment prompts."""
    if not line:
        return True
    return split_lines(line, normalize(line))[0].kind in _END_FURNITURE


def _inline_furniture(line: str) -> bool:
    """A caption, share widget or advertisement label left between paragraphs."""
    if line and _AD_LABEL.fullmatch(normalize(line)):
        return True
    kind = split_lines(line, normalize(line))[0].kind if line else "blank"
    return kind in ("caption", "share")


def page_meta(tree: Any, lead: str = "") -> dict[str, str]:
    """Headline, author, site name, url and publication time from JSON-LD, ``<meta>``, ``<h1>`` and ``<time>``;
    ``lead`` is the start of the story, below which no time is the article's."""
    meta: dict[str, str] = {}
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() == "application/ld+json":
            meta.update({k: v for k, v in _ld_json(script.text or "").items() if k not in meta})
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
        elif key in ("og:site_name", "application-name") and "sitename" not in meta:
            meta["sitename"] = value
        elif key in ("og:url",) and "url" not in meta:
            meta["url"] = value
        elif key in ("og:title", "twitter:title") and "og_title" not in meta:
            meta["og_title"] = value
    shown = _shown_time(tree, lead)
    if shown:
        meta["shown"] = shown
    heads = [h.text_content().strip() for h in tree.iter("h1") if h.text_content().strip()]
    if len(heads) == 1:
        meta["h1"] = heads[0]
    found = tree.find(".//title")
    if found is not None and found.text_content().strip():
        meta["title"] = found.text_content().strip()
    return meta


def _shown_time(tree: Any, lead: str) -> str | None:
    """The article's time as the page shows it: the first ``<time>`` or date-classed element with a full date
    above the story's first line ``lead`` (below it, times belong to related lists and comments)."""
    for node in tree.iter():
        if not isinstance(node.tag, str) or node.tag in _DROP:
            continue
        if lead and lead in (node.text or ""):
            return None
        attrs = " ".join(filter(None, [node.get("class"), node.get("id"), node.get("itemprop")]))
        if node.tag != "time" and not _DATE_ATTR.search(attrs):
            continue
        raw = node.get("datetime") or node.get("content") or node.text_content()
        if len(raw) <= 60:
            iso = parse_datetime(raw)
            if iso:
                return iso
    return None


def _ld_json(raw: str) -> dict[str, str]:
    """Headline, publication time, author (people only, ``A and B``) and publisher of a JSON-LD article."""
    try:
        data = json.loads(raw)
    except ValueError:
        return {}
    items = data if isinstance(data, list) else data.get("@graph", [data]) if isinstance(data, dict) else []
    out: dict[str, str] = {}
    for item in items:
        if not isinstance(item, dict) or not _ARTICLE_TYPE.search(str(item.get("@type", ""))):
            continue
        iso = parse_datetime(str(item.get("datePublished", "")))
        if iso and "published" not in out:
            out["published"] = iso
        if isinstance(item.get("headline"), str) and item["headline"].strip() and "headline" not in out:
            out["headline"] = item["headline"].strip()
        people = _ld_people(item.get("author"))
        if people and "author" not in out:
            out["author"] = " and ".join([", ".join(people[:-1]), people[-1]]) if len(people) > 1 else people[0]
        publisher = item.get("publisher")
        name = publisher.get("name") if isinstance(publisher, dict) else publisher
        if isinstance(name, str) and name.strip() and "sitename" not in out:
            out["sitename"] = name.strip()
    return out


def _ld_people(author: Any) -> list[str]:
    """The names of the people among a JSON-LD ``author`` (a string, an object or a list); organisations left out."""
    items = author if isinstance(author, list) else [author]
    names: list[str] = []
    for item in items:
        if isinstance(item, dict):
            if "organization" in str(item.get("@type", "")).lower():
                continue
            item = item.get("name")
        if isinstance(item, str) and item.strip():
            names.append(item.strip())
    return names


def _related(tree: Any, body: str, ref: date | None = None) -> tuple[str | None, list[tuple[str, str | None]]]:
    """The first related-links block: its header and (title, ISO time) of each link.

    A block is marked by its class or id (``related``, ``xgwz``) or headed by a related-list header
    (``相关阅读``, ``延伸閱讀``, ``Read Next``); else it is the first list of headline links after the story."""
    for node in tree.iter():
        if not isinstance(node.tag, str):
            continue
        attrs = " ".join(filter(None, [node.get("class"), node.get("id")]))
        label = node.text_content().strip() if node.tag in _LABEL_TAGS else ""
        is_header = 0 < len(label) <= 40 and split_lines(label, normalize(label))[0].kind == "related"
        if not (_RELATED_ATTR.search(attrs) or is_header):
            continue
        scope = node if not is_header else node.getparent()
        links = _links(scope, body, ref)
        if links:
            if not is_header:
                heading = next(scope.iter(*_LABEL_TAGS), None)
                label = heading.text_content().strip() if heading is not None else ""
                label = label if 0 < len(label) <= 40 else ""
            return label or "Related", links
    return _link_list(tree, body, ref)


def _link_list(tree: Any, body: str, ref: date | None) -> tuple[str | None, list[tuple[str, str | None]]]:
    """The first list of three or more headline links that follows the story's last paragraph, out of menus."""
    tail = body.rstrip().split("\n")[-1].strip()[:30]
    after = False
    for node in tree.iter():
        if not isinstance(node.tag, str) or node.tag in _DROP:
            continue
        if not after:
            after = bool(tail) and node.tag in ("p", "div", "br", "td", "li") and tail in (node.text or "") + (node.tail or "")
            continue
        if node.tag not in ("ul", "ol") or _in_menu(node):
            continue
        links = _links(node, body, ref)
        if len(links) >= 3:
            return "Related", links
    return None, []


def _in_menu(node: Any) -> bool:
    """True for a list inside navigation, a header or a footer."""
    while node is not None:
        if node.tag in ("nav", "header", "footer") or _MENU_ATTR.search(" ".join(filter(None, [node.get("class"), node.get("id")]))):
            return True
        node = node.getparent()
    return False


def _links(scope: Any, body: str, ref: date | None = None) -> list[tuple[str, str | None]]:
    """(title, ISO time) of each headline link in a block; a yearless time takes the page's year."""
    out: list[tuple[str, str | None]] = []
    seen: set[str] = set()
    for a in scope.iter("a"):
        title = _SPACES.sub(" ", a.text_content()).strip()
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
            when = parse_datetime(raw, ref)
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
