"""Split a page dump into lines with offsets and tell what each line is (body prose or boilerplate).

Classification reads the normalized view (simplified, half-width) of each line; ``Line.text``
and the offsets stay those of the original decoded text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from newsledger.ingest.metadata import (
    DateHit,
    editor_credit,
    find_dates,
    lead_credit,
    line_credit,
    rx_any,
    strip_time_words,
    tables,
)

# Kinds that end a run of body text; the others (text, list, soft, blank) may sit inside one.
HARD = frozenset({
    "related", "disclaimer", "footer", "comment", "share", "nav", "caption", "block", "blocked",
    "tags", "byline", "time", "meta", "editor", "staff",
})
_SENTENCE_END = re.compile(r"[。.!?…](?:[\"'”’」』)\]]*)(?:\s*[®■□◆●▲])?$|[。!?][)]?$")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’.-]*")
_CRUMB = re.compile(r"\s*[>›»]\s*")


@dataclass(slots=True)
class Line:
    """One line of a dump: stripped text, its offsets in the document, and its kind."""

    index: int
    start: int
    end: int
    text: str
    norm: str
    kind: str = "text"
    dates: list[DateHit] = field(default_factory=list)

    @property
    def hard(self) -> bool:
        """True when the line is boilerplate that a body run cannot cross."""
        return self.kind in HARD

    @property
    def size(self) -> int:
        """Prose size: CJK characters plus twice the Latin words."""
        return prose_size(self.norm)

    @property
    def ends_sentence(self) -> bool:
        """True when the line ends like a finished sentence."""
        return bool(_SENTENCE_END.search(self.norm))


def prose_size(s: str) -> int:
    """CJK characters plus twice the number of Latin words: a rough, script-neutral length."""
    return len(_CJK.findall(s)) + 2 * len(_WORD.findall(s))


def beside_time(line: Line) -> str | None:
    """The words beside the time on a time line: ``财联社 2026-04-02 13:50`` -> ``财联社``."""
    spans = strip_time_words(line.norm, line.dates)
    if not spans:
        return None
    words = line.text[spans[0][0]:spans[-1][1]].strip(" |·-")
    return words or None


def is_prose(line: Line) -> bool:
    """A line long enough to be an article paragraph."""
    return line.kind == "text" and line.size >= 40


def is_table_row(line: Line) -> bool:
    """``营收 | 2025年Q3 | 352亿美元`` / ``毛利　　1,277.6　　1,084.3``: a text-laid table row with figures."""
    cells = line.norm.count("|") + 1 if "|" in line.norm else len([c for c in line.text.strip().split("\u3000") if c.strip()])
    return cells >= 3 and any(ch.isdigit() for ch in line.norm)


def split_lines(text: str, norm: str) -> list[Line]:
    """Every line of ``text`` (newlines already normalized) with stripped offsets and a kind."""
    lines: list[Line] = []
    pos = 0
    for i, raw in enumerate(text.split("\n")):
        lead = len(raw) - len(raw.lstrip())
        body = raw.strip()
        start = pos + lead
        end = start + len(body)
        lines.append(Line(i, start, end, body, norm[start:end]))
        pos += len(raw) + 1
    _classify(lines)
    return lines


def _classify(lines: list[Line]) -> None:
    in_block = False
    for line in lines:
        line.kind = classify(line)
        if line.kind == "blank":
            in_block = False
        elif line.kind == "block":
            in_block = True
        elif in_block:
            if line.kind in ("text", "list", "soft", "tags") and len(line.norm) <= 250 and lead_credit(line.text, line.norm)[1] is None:
                line.kind = "blocked"
            else:
                in_block = False


@lru_cache(maxsize=1)
def _share_tokens() -> frozenset[str]:
    return frozenset(tables()["lines"]["share_tokens"])


_SPACED_CJK = re.compile(r"(?<=[\u3400-\u9fff])\s+(?=[\u3400-\u9fff])")


def unspaced(s: str) -> str:
    """A line set in spaced typesetting (``延 伸 閱 讀``) with the spaces between CJK characters dropped."""
    gaps = len(_SPACED_CJK.findall(s))
    return _SPACED_CJK.sub("", s) if gaps >= 4 and gaps * 3 >= len(_CJK_CHAR.findall(s)) * 2 else s


_CJK_CHAR = re.compile(r"[\u3400-\u9fff]")


def _share(s: str) -> bool:
    tokens = _share_tokens()
    parts = s.lower().split()
    return (bool(parts) and all(p in tokens for p in parts)) or bool(rx_any(tables()["lines"]["share_patterns"]).match(s))


def _header(s: str) -> str:
    head = re.sub(r"[\s:>›»|]+$", "", s).strip().lower()
    return _SPACED_CJK.sub("", head)  # spaced typesetting: 延 伸 閱 讀


def classify(line: Line) -> str:
    """The kind of one line (see ``HARD``); dates found are kept on the line."""
    s = unspaced(line.norm)
    t = tables()["lines"]
    if not s:
        return "blank"
    head = _header(s)
    if len(s) <= 40 and (head in t["related_headers"] or rx_any(t["related_patterns"]).match(head)):
        return "related"
    if head in t["block_headers"]:
        return "block"
    if len(s) <= 120 and editor_credit(line.text, s):
        return "editor"
    if len(s) <= 120 and rx_any(tables()["bylines"]["staff"]).search(s):
        return "staff"
    if rx_any(t["disclaimer_patterns"]).search(s):
        return "disclaimer"
    if len(s) <= 80 and rx_any(t["comment_patterns"]).match(s):
        return "comment"
    if len(s) <= 160 and rx_any(t["footer_patterns"]).search(s):
        return "footer"
    if len(s) <= 60 and _share(s):
        return "share"
    if rx_any(t["caption_patterns"]).search(s) and len(s) <= 300:
        return "caption"
    if rx_any(t["tag_patterns"]).match(s):
        return "tags"
    if _is_crumb(s):
        return "nav"
    line.dates = find_dates(s)
    if line.dates and len(s) <= 80:
        rest = strip_time_words(s, line.dates)
        if not rest:
            return "time"
        first = line.dates[0]
        one_side = all(b <= first.start for _, b in rest) or all(a >= first.end for a, _ in rest)
        if one_side and sum(b - a for a, b in rest) <= 20 and len(rest) <= 3:
            return "meta"
        if rx_any([tables()["bylines"]["source"], tables()["bylines"]["author"]]).search(s) or line_credit(line.text, s):
            return "meta"
    if len(s) <= 60 and not line.ends_sentence and line_credit(line.text, s):
        return "byline"
    if s.count("|") >= 2 and not any(ch.isdigit() for ch in s) and all(len(p.strip()) <= 12 for p in s.split("|")):
        return "list"
    if rx_any(t["soft_patterns"]).match(s):
        return "soft"
    return "text"


def _is_crumb(s: str) -> bool:
    """``首页 > 科技 > 正文``, ``Home > Tech``, ``首頁 / AI / 中國科技``; the last crumb may be the headline."""
    parts = _CRUMB.split(s)
    if len(parts) < 2:
        parts = s.split(" / ")
        if len(parts) < 3:
            return False
    if _SENTENCE_END.search(s) or not all(0 < len(p) <= 20 for p in parts[:-1]):
        return False
    return len(parts[-1]) <= 30 or (len(parts) >= 3 and len(parts[-1]) <= 120)
