"""Segment a plain-text page dump: article body span, title, outlet, author, times, related headlines.

The body is the run of lines with the most prose that no boilerplate line (navigation, share
widgets, disclaimers, related lists, footers, bylines, time lines) interrupts; it starts at its
first paragraph-like line and ends at its last sentence, editor tag or table row. Offsets index
the decoded, newline-normalized text given in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from newsledger.core import Document, Span
from newsledger.ingest.decode import detect_script
from newsledger.ingest.headlines import Region, find_regions, to_headline
from newsledger.ingest.lines import Line, beside_time, is_prose, is_table_row, split_lines
from newsledger.ingest.metadata import (
    clean_outlet,
    copyright_holder,
    editor_credit,
    find_dateline,
    is_cjk_name,
    is_person_name,
    lead_credit,
    line_credit,
    meta_credit,
    most_common_day,
    rx,
    rx_any,
    tables,
    to_date,
)
from newsledger.text.normalize import normalize

_CJK = re.compile(r"[\u3400-\u9fff]")
_STATEMENT_END = re.compile(r"[。.](?:[\"'”’」』)\]]*)$")
_HOME = re.compile(r"首页|^home$|当前位置|^主页$", re.IGNORECASE)
_UPDATED = re.compile(r"updated|更新|modified", re.IGNORECASE)
_PUBLISHED = re.compile(r"published|posted|发布|发表", re.IGNORECASE)
_BULLET = re.compile(r"^[·*▪►-]\s")
_SIGNOFF = re.compile(r"^(thank you|thanks|best|best regards|regards|sincerely|cheers|谢谢|感谢)\b.{0,60}$", re.IGNORECASE)
_DATED_LEAD = re.compile(r"^(\d{1,2}月\d{1,2}日|\d{4}年\d{1,2}月|(今|昨|前)[天日])(晚间|上午|下午|早间|晚)?[,，]")  # 8月27日，…
_FOOT_AUTHOR = re.compile(r"(作者|撰文)\s*:")
_HANDLE = re.compile(r"\s+@\w{2,30}$")
_LABEL = re.compile(r"^\S{1,6}:|:$")
_ANY_DAY = date(2000, 1, 1)
_CRUMB_SPLIT = re.compile(r"\s*[>›»|]\s*")
_DOMAIN = re.compile(r"\.(com|net|org|tw|hk|cn|co)$", re.IGNORECASE)


@dataclass(slots=True)
class Layout:
    """Where things are in a dump: its lines, related lists and the body's first/last line."""

    text: str
    lines: list[Line]
    regions: list[Region]
    skip: set[int]
    first: int | None
    last: int | None


def parse_dump(text: str, doc_id: str, source: str) -> Document:
    """A ``Document`` from a page dump: body span, metadata and related headlines."""
    layout = segment(text)
    doc = Document(id=doc_id, source=source, text=text)
    lines, first, last = layout.lines, layout.first, layout.last
    if first is not None and last is not None:
        doc.body = Span(lines[first].start, lines[last].end)
    head = lines[: first if first is not None else len(lines)]
    doc.title = _title(head, layout.skip)
    outlet, author = _credits(layout)
    doc.outlet, doc.author = outlet, author
    doc.published = _published(layout)
    ref = to_date(doc.published)
    context = _context_day(layout)
    doc.headlines = [to_headline(e, ref or context) for r in layout.regions for e in r.entries]
    doc.dateline = _dateline(layout, ref, context)
    body = text[doc.body.start:doc.body.end] if len(doc.body) else text
    doc.lang = detect_script(body)
    return doc


def segment(text: str) -> Layout:
    """Lines, related lists and the body's first and last line of a dump."""
    norm = normalize(text)
    lines = split_lines(text, norm)
    regions = find_regions(lines)
    skip: set[int] = set()
    for region in regions:
        skip.update(range(region.header, region.end))
    first, last = _body(lines, skip)
    return Layout(text, lines, regions, skip, first, last)


def looks_like_dump(text: str) -> bool:
    """True when a text carries page furniture (navigation, share widgets, disclaimers, related lists)."""
    norm = normalize(text)
    lines = split_lines(text, norm)
    furniture = sum(1 for x in lines if x.kind in ("nav", "share", "disclaimer", "related", "footer", "comment"))
    return furniture >= 2


def _opener(line: Line) -> bool:
    if line.kind != "text":
        return False
    if lead_credit(line.text, line.norm)[1] is not None and line.size >= 10:
        return True
    return is_prose(line) and (line.ends_sentence or line.size >= 80)


def _closer(line: Line) -> bool:
    return is_table_row(line) or (line.kind == "text" and (is_prose(line) or line.ends_sentence))


def _body(lines: list[Line], skip: set[int]) -> tuple[int | None, int | None]:
    runs: list[list[Line]] = []
    current: list[Line] = []
    for line in lines:
        if line.index in skip or line.hard:
            if current:
                runs.append(current)
            current = []
        elif line.kind != "blank":
            current.append(line)
    if current:
        runs.append(current)
    best: tuple[int, int, int] | None = None
    for run in runs:
        start = next((i for i, x in enumerate(run) if _opener(x)), None)
        if start is None:
            continue
        if start > 0 and _lead_in(run[start - 1], run[start]) and (
            _short_paragraphs(run[start:]) or _DATED_LEAD.match(run[start - 1].norm)
        ):
            start -= 1
        tail = run[start:]
        score = sum(x.size for x in tail if is_prose(x))
        end = max(i for i, x in enumerate(tail) if _closer(x) or i == 0 or _signature(tail[i - 1], x))
        if best is None or score > best[0]:
            best = (score, tail[0].index, tail[end].index)
    return (best[1], best[2]) if best else (None, None)


def _lead_in(line: Line, opener: Line) -> bool:
    """A one-sentence paragraph opening the story right above its first long paragraph (not above a dateline)."""
    if line.kind != "text" or not line.ends_sentence or not 8 <= line.size < 40 or _BULLET.match(line.norm):
        return False
    if _LABEL.search(line.norm):  # 导语: / Summary:
        return False
    return lead_credit(opener.text, opener.norm)[1] is None and find_dateline(opener.norm, _ANY_DAY) is None


def _short_paragraphs(run: list[Line]) -> bool:
    """True when an article is written in short paragraphs too: a one-sentence line among its first paragraphs."""
    return any(x.kind == "text" and x.ends_sentence and 8 <= x.size < 40 for x in run[1:6])


def _signature(prev: Line, line: Line) -> bool:
    """The signature under a letter's sign-off (``Thank you for everything you do.`` / ``Lip-Bu``)."""
    return bool(_SIGNOFF.match(prev.norm)) and line.kind == "text" and line.size <= 8 and not line.ends_sentence


def _title(head: list[Line], skip: set[int]) -> str | None:
    groups: list[list[Line]] = []
    current: list[Line] = []
    for line in reversed(head):
        if line.kind == "blank":
            continue
        if (line.index not in skip and line.kind == "text" and 8 <= line.size <= 150
                and not is_person_name(line.text) and not _BULLET.match(line.norm)):
            current.insert(0, line)
            continue
        if current:
            groups.append(current)
        current = []
    if current:
        groups.append(current)
    content = [x.index for x in head if x.kind != "blank"]
    header = next((x.index for x in head if x.kind in ("byline", "time", "meta") and x.index not in skip), None)
    above = [g for g in groups if header is not None and g[-1].index < header]
    if header is not None and above and content.index(header) - content.index(above[0][-1].index) <= 3:
        # the headline stands right above the byline and time; what follows them is a dek or a caption
        groups = above + [g for g in groups if g not in above]
    for group in groups:
        for line in group:
            if not _STATEMENT_END.search(line.norm) and len(line.norm.split()) <= 18:  # not a sentence-long dek
                return line.text
    return groups[0][0].text if groups else None


def _credits(layout: Layout) -> tuple[str | None, str | None]:
    lines, first, last = layout.lines, layout.first, layout.last
    outlets: list[str | None] = []
    authors: list[str | None] = []
    editors: list[str | None] = []
    if first is not None:
        credit, _ = lead_credit(lines[first].text, lines[first].norm)
        outlets.append(credit.outlet)
        authors.append(credit.author)
    head = lines[: first if first is not None else 0]
    for line in head:
        if line.index in layout.skip:
            continue
        byline = line_credit(line.text, line.norm) if line.kind in ("byline", "meta") else None
        if line.kind == "editor" and line.norm[:1] == "(":  # (中央社記者張建中新竹16日電) above the time line
            byline = lead_credit(line.text, line.norm)[0]
        if byline:
            outlets.append(byline.outlet)
            authors.append(byline.author)
    for line in head:
        if line.kind in ("time", "meta", "byline", "text") and line.index not in layout.skip:
            meta = meta_credit(line.text, line.norm)
            outlets.append(meta.outlet)
            authors.append(meta.author)
    outlets.append(_meta_outlet(head, layout.skip))
    outlets.append(_outlet_near_time(head, layout.skip, _outside_body(layout)))
    authors.append(_name_near_time(head))
    if first is not None and last is not None:
        editors.append(editor_credit(lines[last].text, lines[last].norm, tail=True))
        for line in lines[last + 1:]:
            if line.index in layout.skip:
                continue
            if line.kind == "byline":
                byline = line_credit(line.text, line.norm)
                editors.insert(0, byline.author if byline else None)
            if line.kind == "editor" and line.norm[:1] in "【[":  # 【明報財經組】 closing the article: the desk that wrote it
                editors.append(editor_credit(line.text, line.norm))
            if line.kind in ("time", "meta", "byline", "text"):
                meta = meta_credit(line.text, line.norm)  # 本文来源：网易科技报道　作者：郑远
                outlets.append(meta.outlet)
                if _FOOT_AUTHOR.search(line.norm):
                    editors.insert(0, meta.author)
    outlets.append(_footer_outlet(layout))
    outlets.append(_site_name(layout))
    outlets.append(_crumb_outlet(lines))
    outlets.extend(copyright_holder(x.text, x.norm) for x in lines if x.kind == "disclaimer")
    named = [o for o in outlets if o]
    outlet = _canonical_outlet(named[0], named, layout.text) if named else None
    author = next((a for a in authors + editors if a), None)
    return outlet, author


def _canonical_outlet(outlet: str, candidates: list[str], text: str) -> str:
    """The outlet's full name for a short form (每经 -> 每日经济新闻), in the page's most frequent spelling,
    without a 网 the page mostly leaves off (虎嗅网 -> 虎嗅)."""
    full = next((c for c in candidates if _abbreviates(outlet, c)), outlet)
    if len(full) >= 4 and full.endswith(("讯", "訊")) and not full.endswith(("资讯", "資訊", "通讯", "通訊")):
        full = full[:-1]  # 网易科技讯 6月6日消息: the dateline's 讯 is not part of the name
    if len(full) >= 4 and full.endswith(("网", "網")):
        stem, count = full[:-1], text.count(full)
        full = stem if text.count(stem) - count > count else full
    spellings = re.findall(re.escape(full), text, re.IGNORECASE)
    return max(set(spellings), key=lambda x: (spellings.count(x), x == full)) if spellings else full


def _abbreviates(short: str, full: str) -> bool:
    """True when ``short`` is a Chinese short form of ``full``: its characters in order, not one piece of it."""
    if not _CJK.match(short) or len(short) >= len(full) or short[0] != full[0] or short in full:
        return False
    rest = iter(full)
    return all(ch in rest for ch in short)


def _meta_outlet(head: list[Line], skip: set[int]) -> str | None:
    """``2026年03月05日 07:46 新浪科技``: the words beside the article's own time."""
    labelled = rx_any([tables()["bylines"]["source"], tables()["bylines"]["author"]])
    for line in head:
        if line.kind != "meta" or line.index in skip or labelled.search(line.norm):
            continue
        if not line_credit(line.text, line.norm):
            words = beside_time(line)
            return None if words and (_is_name(words) or _section(normalize(words))) else clean_outlet(words)
    return None


def _is_name(words: str) -> bool:
    return is_person_name(words) or is_cjk_name(normalize(words))


def _tag_run(content: list[Line], line: Line) -> bool:
    """``by 蔡佩芸`` / ``AI推論晶片`` / ``募資``: short lines after a byline are the story's tags, not an outlet."""
    i = content.index(line)
    return i > 0 and content[i - 1].kind == "byline" and i + 1 < len(content) and content[i + 1].kind == "text" and len(content[i + 1].text) <= 8


def _outside_body(layout: Layout) -> str:
    """The page without its body (masthead, lists, footer), where an outlet's name comes back and a tag does not."""
    if layout.first is None or layout.last is None:
        return layout.text
    return layout.text[: layout.lines[layout.first].start] + "\n" + layout.text[layout.lines[layout.last].end :]


def _outlet_near_time(head: list[Line], skip: set[int], text: str) -> str | None:
    """``晚点LatePost`` / ``信報即時新聞`` on its own line beside the article's time: a Chinese outlet line."""
    content = [x for x in head if x.kind != "blank" and x.index not in skip]
    at = next((i for i, x in enumerate(content) if x.kind in ("time", "meta") and _absolute(x)), None)
    if at is None:
        return None
    menu = {p for x in content[:max(0, at - 2)] for p in _CRUMB_SPLIT.split(x.norm)}
    for line in [*reversed(content[max(0, at - 2):at]), *content[at + 1:at + 3]]:
        if _tag_run(content, line):
            continue
        if (line.kind == "text" and _CJK.search(line.norm) and 3 <= len(line.text) <= 20 and not line.ends_sentence
                and line.norm not in menu
                and not _is_name(line.text) and not _DOMAIN.search(line.norm) and not _LABEL.search(line.norm)
                and not rx_any([tables()["bylines"]["source"], tables()["bylines"]["author"]]).search(line.norm)):
            name = _own_name(line.text, text)
            if text.count(name) >= 2:  # an outlet's name comes back (masthead, related lists, footer)
                return clean_outlet(name)
    return None


def _name_near_time(head: list[Line]) -> str | None:
    """A byline without ``By`` near the time line: ``Camille Durand in Paris``, ``Vivian Lin, Taipei; Oliver Chang,
    DIGITIMES Asia``, a bare Chinese name (``赵颖``) or a name beside the time (``Marcus Heller | Feb 3 2026``)."""
    content = [x for x in head if x.kind != "blank"]
    for i, line in enumerate(content):
        if line.kind == "meta" and _absolute(line) and not line_credit(line.text, line.norm):
            words = beside_time(line)
            if words and _is_name(words):
                return words
        name, reach = _bare_name(line)
        if name:
            near = content[max(0, i - reach): i + reach + 1]
            if any(x.kind in ("time", "meta") for x in near):
                return name
    return None


def _bare_name(line: Line) -> tuple[str | None, int]:
    """A line that is only a byline name (or names), and how many lines from the time it may stand."""
    if line.kind != "text":
        return None, 0
    if is_cjk_name(line.norm):
        return line.text, 2
    text = _HANDLE.sub("", line.text)  # Rafael Ortiz @ROrtizCNBC
    listed = [p.strip() for p in text.split(",")]
    if len(listed) >= 2 and all(is_person_name(p) for p in listed):
        return ", ".join(listed), 3  # Katherine Dunmore, Alec Varga: two names, not a name and a place
    pieces = re.split(r";|\s+and\s+(?=[A-Z])", text)  # Jamie Whitfield in New York and Sofia Brennan in San Francisco
    if any(len(p.split(",", 1)[1]) > 40 for p in pieces if "," in p):
        return None, 0  # "Relay Labs, which builds AI agents …": a headline, not "Name, Place"
    parts = [re.sub(r"\s+in\s+[A-Z][\w .]*$", "", p.split(",")[0].strip()) for p in pieces]
    if all(is_person_name(p) for p in parts):
        return ", ".join(parts), 3
    return None, 0


def _footer_outlet(layout: Layout) -> str | None:
    """NetEase footers: the article time, then the account name (``TechWeb incentive-icons``)."""
    stamp = _footer_stamp(layout)
    if stamp is None:
        return None
    for line in layout.lines[stamp + 1: stamp + 3]:
        if line.kind in ("text", "footer") and 0 < len(line.text) <= 40:
            name = re.sub(r"\s*incentive-icons\s*", "", line.text).strip()
            if name:
                return name
    return None


def _crumb_outlet(lines: list[Line]) -> str | None:
    """``第一财经 > 科技 > 正文``: the first crumb when it names the site, not home."""
    for line in lines:
        if line.kind == "nav":
            crumb = re.split(r"\s*[>›»]\s*", line.text)[0].strip()
            norm = normalize(crumb)
            if crumb and not _HOME.search(norm) and len(crumb) <= 20 and not _section(norm):
                return crumb
            return None
    return None


def _section(norm: str) -> bool:
    """True for a site section's name (``Business``, ``科技``, ``即时新闻``), which never names the outlet."""
    t = tables()["outlets"]
    return norm.lower() in t["section_words"] or norm.lower() in t["name_stopwords"]


def _site_name(layout: Layout) -> str | None:
    """The masthead at the top of the page (``明報新聞網`` -> ``明報``), when the page names it again."""
    for line in [x for x in layout.lines[:20] if x.kind != "blank"][:12]:
        if line.kind != "text" or not 0 < len(line.text) <= 40:
            continue
        name = re.split(r"\s+[-|–]\s+", line.text)[0]
        if name.isupper() and re.fullmatch(r"[A-Z][A-Z .&'-]{3,40}\.?", name):  # THE WALL STREET JOURNAL.: the name as the page writes it
            written = re.search(re.escape(name.rstrip(".")), layout.text[line.end :], re.IGNORECASE)
            if written is not None and not written.group(0).isupper():
                return written.group(0)
        cut = rx(tables()["outlets"]["site_suffixes"]).search(normalize(name))
        if cut:  # 明報新聞網 -> 明報, unless the page keeps calling itself by the full name (crumbs, footer)
            full = next((t for t in name.split() if _CJK.search(t) and normalize(t).endswith(normalize(name)[cut.start() :])), name)
            if name not in _body_text(layout) and layout.text.count(full) < 3:
                name = name[: cut.start()]
        tokens = name.split()
        names = [name]
        if any(_CJK.search(t) for t in tokens) and not all(_CJK.search(t) for t in tokens):  # "hket 香港經濟日報"
            names = sorted(tokens, key=lambda t: not _CJK.search(t))
        dotted = any(_DOMAIN.search(t) for t in tokens)  # 自由財經 ec.ltn.com.tw: a masthead with the site's domain
        for candidate in names:
            if len(candidate) >= 2 and (layout.text.count(candidate) >= 2 or (dotted and not _DOMAIN.search(candidate))):
                return candidate
        return None
    return None


def _body_text(layout: Layout) -> str:
    if layout.first is None or layout.last is None:
        return ""
    return layout.text[layout.lines[layout.first].start:layout.lines[layout.last].end]


def _own_name(name: str, text: str) -> str:
    """A site's name without a masthead word (``明報新聞網`` -> ``明報``) when the page calls itself so more often."""
    cut = rx(tables()["outlets"]["site_suffixes"]).search(normalize(name))
    if not cut or cut.start() < 2:
        return name
    short, full = name[: cut.start()].rstrip(), text.count(name)
    return short if text.count(short) - full > full else name


def _footer_stamp(layout: Layout) -> int | None:
    """Index of an article time line after the body, clear of related lists."""
    if layout.last is None:
        return None
    used = {i for r in layout.regions for i in r.used}
    lines = layout.lines
    for line in lines[layout.last + 1:]:
        if line.kind not in ("time", "meta") or line.index in used or not _absolute(line):
            continue
        near = [x for x in lines[max(0, line.index - 3): line.index + 4] if x is not line]
        if any(x.kind in ("time", "meta") and x.index not in used for x in near):
            continue
        return line.index
    return None


def _absolute(line: Line) -> bool:
    return any(hit.absolute for hit in line.dates)


def _published(layout: Layout) -> str | None:
    lines = layout.lines
    head = lines[: layout.first if layout.first is not None else 0]
    stamped = [x for x in head if x.kind in ("time", "meta") and x.index not in layout.skip and _absolute(x)]
    stamped.sort(key=lambda x: (not _PUBLISHED.search(x.norm), bool(_UPDATED.match(x.norm))))
    if stamped:
        return _iso(stamped[0])
    footer = _footer_stamp(layout)
    return _iso(lines[footer]) if footer is not None else None


def _iso(line: Line) -> str | None:
    for hit in line.dates:
        if hit.absolute:
            return hit.iso()
    return None


def _context_day(layout: Layout) -> date | None:
    """The page's day when it states none of its own: the most common full date in its related lists."""
    isos = [e.when.iso() for r in layout.regions for e in r.entries if e.when and e.when.absolute]
    return to_date(most_common_day(isos))


def _dateline(layout: Layout, ref: date | None, context: date | None) -> str | None:
    """The body's own dateline, else the publication day, else (last resort) the related lists' day."""
    if layout.first is not None:
        first = layout.lines[layout.first]
        stated = find_dateline(first.norm, ref or context)
        if stated:
            return stated
    day = ref or context
    return day.isoformat() if day else None
