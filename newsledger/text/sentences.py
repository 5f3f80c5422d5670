"""Paragraph, sentence and clause boundaries over the normalized view, as (start, end) pairs."""

from __future__ import annotations

import re

Bounds = tuple[int, int]

# an English full stop before a capital ends a sentence (also one inside closing quotes: …"calm computing." Halo),
# but not between initials (D. E. Shaw)
_SENT_END = re.compile(r"[。!?！？;；]+[”’」』\"')]*|(?<![A-Z]\.\s[A-Z])\.(?=\s+[A-Z\"“(])(?!\s+[A-Z]\.\s)|\.[\"”’]+(?=\s+[A-Z\"“(])|\.(?=\s*$)|\n")
_CLAUSE_END = re.compile(r"(?<!\d),|,(?!\d)|[、;:—]|\s-{1,2}\s|(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")


def _split(pattern: re.Pattern[str], text: str, start: int, end: int) -> list[Bounds]:
    out: list[Bounds] = []
    pos = start
    for m in pattern.finditer(text, start, end):
        if m.end() > pos:
            out.append((pos, m.end()))
        pos = m.end()
    if pos < end:
        out.append((pos, end))
    return [_strip(text, s, e) for s, e in out if text[s:e].strip()]


def _strip(text: str, s: int, e: int) -> Bounds:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def paragraphs(text: str, start: int = 0, end: int | None = None) -> list[Bounds]:
    """Non-blank lines of ``text[start:end]``, each a paragraph."""
    end = len(text) if end is None else end
    out: list[Bounds] = []
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl < 0 else nl
        if text[pos:stop].strip():
            out.append(_strip(text, pos, stop))
        pos = stop + 1
    return out


def sentences(text: str, start: int = 0, end: int | None = None) -> list[Bounds]:
    """Sentences of ``text[start:end]``: split at 。!? ; and at English full stops before a capital."""
    end = len(text) if end is None else end
    return _split(_SENT_END, text, start, end)


def clauses(text: str, start: int, end: int) -> list[Bounds]:
    """Clauses of one sentence: split at commas (not inside numbers like 16,000), 、 ; : and dashes."""
    return _split(_CLAUSE_END, text, start, end)
