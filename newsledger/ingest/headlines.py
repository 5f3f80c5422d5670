"""Related-news lists of a page dump: find each list after its header and read its entries.

A list is cut into entries by its time lines (metadata after the title, as on NetEase and
English sites, or before it, as on Taiwanese finance sites), else by blank lines, else one
title a line. In an entry the title is its longest text line; a short line right after the
title, or the words beside a time (``财联社 2026-04-02 13:50``), give the outlet.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from newsledger.core import Headline
from newsledger.ingest.lines import Line, beside_time, prose_size
from newsledger.ingest.metadata import DateHit, is_person_name, line_credit
from newsledger.text.normalize import normalize

_STOP = frozenset({"disclaimer", "footer", "comment", "nav", "block", "blocked", "tags", "caption", "related"})
_SEPARATOR = re.compile(r"^[-–—·•*|>]+$")
_STATEMENT = re.compile(r"[。.](?:[\"'”’」』)\]]*)$")
_MIN_TITLE = 8  # prose size of the shortest headline (CJK characters + 2 x words)
_BULLET = re.compile(r"^(?:[-–—·•*▪►▶▸■□◆◇●○．・‧›»]\s*|\d{1,2}[.、)]\s+)")


@dataclass(slots=True)
class Entry:
    """One related headline: its title line, outlet and time (resolved later against the page date)."""

    title: Line
    outlet: str | None = None
    when: DateHit | None = None
    lines: list[int] = field(default_factory=list)


@dataclass(slots=True)
class Region:
    """A related list: the header line, the lines it spans (``[header, end)``) and its entries."""

    header: int
    end: int
    entries: list[Entry] = field(default_factory=list)

    @property
    def used(self) -> set[int]:
        """Indexes of the lines the entries were read from."""
        return {i for e in self.entries for i in e.lines}


def find_regions(lines: list[Line]) -> list[Region]:
    """Every related list in the page, in order."""
    regions: list[Region] = []
    for line in lines:
        if line.kind == "related":
            region = _read_region(lines, line.index)
            regions.append(region)
    return regions


def _item(line: Line) -> str | None:
    """Entry-level kind of a line inside a list: sep, time, meta, text, or None to stop."""
    if _SEPARATOR.match(line.norm):
        return "sep"
    if line.kind in ("time", "meta"):
        return line.kind
    if line.kind in _STOP or line.kind == "share":
        return None
    size = prose_size(line.norm)
    if line.kind == "text" and (size > 90 or (size >= 40 and _STATEMENT.search(line.norm))):
        return None  # a paragraph: the list is over
    return "text"


def _read_region(lines: list[Line], header: int) -> Region:
    items: list[tuple[Line, str]] = []
    end = header + 1
    while end < len(lines):
        line = lines[end]
        if line.kind != "blank":
            kind = _item(line)
            if kind is None:
                break
            items.append((line, kind))
        else:
            items.append((line, "blank"))
        end += 1
    while items and items[-1][1] == "blank":
        items.pop()
    region = Region(header, header + 1)
    titled = _titled_times(items)
    entries = titled or (_by_time(items) if any(k in ("time", "meta") for _, k in items) else _by_group(items))
    region.entries = [e for e in entries if prose_size(e.title.norm) >= _MIN_TITLE]
    if region.entries:
        region.end = max(region.used) + 1
    return region


def _titled_times(items: list[tuple[Line, str]]) -> list[Entry]:
    """``阿里通义千问发布Qwen4 2026-05-10`` on every line: each line is a title with its time at the end."""
    content = [line for line, k in items if k not in ("blank", "sep")]
    dated = 0  # a long title with its date after it reads as text, not as a time line: count lines with a date
    while dated < len(content) and _first_time(content[dated]) is not None:
        dated += 1
    rest = content[dated:]
    if dated < 2 or (rest and (dated < 3 or any(_first_time(x) for x in rest))):
        return []  # the run of dated titles must be the list, ending before undated lines (the footer)
    entries: list[Entry] = []
    for line in content[:dated]:
        hit = _first_time(line)
        if hit is None or hit.start < 4 or line.norm[hit.end :].strip(" |·-()[]【】\u3000"):
            return []  # not "title then time" on every line: another layout
        cut = len(line.text[: hit.start].rstrip(" |｜·-—(（[【\u3000"))
        if prose_size(line.norm[:cut]) < _MIN_TITLE:
            return []
        outlet = None
        pieces = line.norm[:cut].rsplit("|", 1)
        if len(pieces) == 2 and 2 <= len(pieces[1].strip()) <= 10 and prose_size(pieces[0]) >= _MIN_TITLE:
            outlet = line.text[len(pieces[0]) + 1 : cut].strip()  # 標題｜聯合報｜2026-06-02: the outlet between title and time
            cut = len(pieces[0].rstrip())
        title = Line(line.index, line.start, line.start + cut, line.text[:cut], line.norm[:cut], "text")
        entry = Entry(title, outlet, lines=[line.index])
        entry.when = hit
        entries.append(entry)
    return entries


def _first_time(line: Line) -> DateHit | None:
    for hit in line.dates:
        if not hit.relative:
            return hit
    return None


def _entry(texts: list[Line], metas: list[Line]) -> Entry | None:
    uniq: list[Line] = []
    for line in texts:
        if not uniq or line.norm != uniq[-1].norm:
            uniq.append(line)
    if not uniq or len(uniq) > 4:
        return None
    title = max(uniq, key=lambda x: (prose_size(x.norm), -x.index))
    entry = Entry(title, lines=[x.index for x in texts + metas])
    for meta in metas:
        entry.when = entry.when or _first_time(meta)
        if meta.kind == "meta":
            entry.outlet = entry.outlet or _outlet_beside(meta)
    after = uniq.index(title) + 1
    if entry.outlet is None and after < len(uniq):
        cand = uniq[after]
        if _outlet_like(cand):
            entry.outlet = cand.text
    return entry


def _outlet_beside(meta: Line) -> str | None:
    """The words beside an entry's time, unless they are its byline (``Mar 11, 2026 · By Nina Bower``)."""
    words = beside_time(meta)
    if not words:
        return None
    credit = line_credit(words, normalize(words))
    return credit.outlet if credit else words


def _outlet_like(line: Line) -> bool:
    return prose_size(line.norm) <= 16 and not line.ends_sentence and not is_person_name(line.text) and line.kind != "byline"


def _by_time(items: list[tuple[Line, str]]) -> list[Entry]:
    content = [(line, k) for line, k in items if k != "blank"]
    first = next((k for _, k in content if k != "sep"), "text")
    entries: list[Entry] = []
    if first == "text":  # title, [outlet], time
        texts: list[Line] = []
        metas: list[Line] = []
        for line, kind in [*content, (content[-1][0], "end")]:
            if kind in ("time", "meta") and not (metas and _first_time(line) and any(_first_time(m) for m in metas)):
                metas.append(line)
                continue
            if metas:
                entry = _entry(texts, metas)
                if entry is None:
                    break
                entries.append(entry)
                texts, metas = [], []
            if kind in ("time", "meta"):  # a second dated line after a complete entry: the list is over
                break
            if kind == "text":
                texts.append(line)
        return entries
    # time first: [sep], time, title, [outlet]
    groups: list[tuple[list[Line], list[Line]]] = []
    for line, kind in content:
        if kind in ("sep", "time", "meta"):
            if not groups or groups[-1][1]:
                groups.append(([], []))
            if kind != "sep":
                groups[-1][0].append(line)
        elif groups and groups[-1][0]:
            groups[-1][1].append(line)
    for metas, texts in groups:
        entry = _entry(texts[:2], metas)
        if entry is None:
            break
        entries.append(entry)
    return entries


def _by_group(items: list[tuple[Line, str]]) -> list[Entry]:
    groups: list[list[Line]] = [[]]
    for line, kind in items:
        if kind == "blank":
            if groups[-1]:
                groups.append([])
        elif kind == "text":
            groups[-1].append(line)
    groups = [g for g in groups if g]
    entries: list[Entry] = []
    if len(groups) >= 2 and all(len(g) <= 4 for g in groups):
        for g in groups:
            entry = _entry(g, [])
            if entry:
                entries.append(entry)
        return entries
    for g in groups:
        for line in g:
            entries.append(Entry(line, lines=[line.index]))
    return entries


def to_headline(entry: Entry, ref: date | None) -> Headline:
    """The ``Headline`` of an entry: title without a list bullet, its span, outlet and ISO time."""
    title = entry.title
    bullet = _BULLET.match(title.text)
    cut = bullet.end() if bullet else 0
    return Headline(
        title=title.text[cut:],
        outlet=entry.outlet,
        time=entry.when.iso(ref) if entry.when else None,
        start=title.start + cut,
        end=title.end,
    )
