"""The value layer: money, counts, shares, quantities, dates and periods found in news text.

``find_values(text, anchor)`` matches on the normalized view (t2s + half-width, same length as ``text``),
so every span indexes the original text directly. See ``README.md`` beside this file for the grammar.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right

from ..core import Value
from ..text.normalize import normalize
from . import counts, dates, money, quantities, shares
from .base import (
    BOUNDS,
    Candidate,
    Context,
    blocked_spans,
    has_cjk,
    number_table,
    run_english,
    run_number_rules,
    run_token_rules,
)
from .dates import is_partial, year_of
from .numbers import EN_NUMBER_TOKEN

__all__ = ["find_values", "is_partial", "year_of"]

_FINDERS = (money.find, shares.find, counts.find, dates.find)
_NUMBER_RULES = [
    *money.NUMBER_RULES,
    *shares.NUMBER_RULES,
    *quantities.NUMBER_RULES,
    *counts.NUMBER_RULES,
    *dates.NUMBER_RULES,
]
_NUMBER_TABLE_ZH = number_table(_NUMBER_RULES, chinese=True)
_NUMBER_TABLE_EN = number_table(_NUMBER_RULES, chinese=False)
_EN_NUMBER_RULES = [
    *money.EN_NUMBER_RULES,
    *counts.EN_NUMBER_RULES,
    *quantities.EN_NUMBER_RULES,
    *dates.EN_NUMBER_RULES,
]


def _english_numbers(view: str) -> list[Candidate]:
    """English values that start with a number, tried at each English number token."""
    out: list[Candidate] = []
    run_token_rules(view, EN_NUMBER_TOKEN, _EN_NUMBER_RULES, out)
    return out


_FULLWIDTH_DIGITS = frozenset("０１２３４５６７８９")


def _working_view(text: str, normalized: str) -> str:
    """The normalized view, but a full-width comma in prose stays apart from the thousands separator.

    "增长3，200家" is "3" then a clause break; between full-width digits ("１，２００") it is a separator.
    """
    if "，" not in text:
        return normalized
    chars = list(normalized)
    i = text.find("，")
    while i != -1:
        if not (
            i > 0
            and text[i - 1] in _FULLWIDTH_DIGITS
            and all(c in _FULLWIDTH_DIGITS for c in text[i + 1 : i + 4])
            and len(text[i + 1 : i + 4]) == 3
        ):
            chars[i] = "，"
        i = text.find("，", i + 1)
    return "".join(chars)


_TYPESET_SPACE = re.compile(
    r"(?<=[0-9])[ \u00a0]{1,2}(?=[\u3400-\u9fff%])|(?<=[\u3400-\u9fff])[ \u00a0]{1,2}(?=[0-9])"
)
"""Spaces set between a number and a Chinese character: "斥資 143 億美元", "(17 日)", "約 5%"."""


class _Compact:
    """The view without typesetting spaces, and the way back from its indices to the text's.

    Taiwanese and Hong Kong pages put a space on each side of a number inside Chinese prose. The grammar runs
    on the view with those spaces taken out; a value's span is mapped back and keeps the spaces inside it.
    """

    __slots__ = ("at", "removed", "view")

    def __init__(self, view: str) -> None:
        self.view = view
        self.at: list[int] = []  # compact index where each removed run was
        self.removed: list[int] = [0]  # characters removed before and at each run
        if not has_cjk(view) or (" " not in view and "\u00a0" not in view):
            return
        pieces: list[str] = []
        prev = 0
        for m in _TYPESET_SPACE.finditer(view):
            pieces.append(view[prev : m.start()])
            self.at.append(m.start() - self.removed[-1])
            self.removed.append(self.removed[-1] + m.end() - m.start())
            prev = m.end()
        if self.at:
            pieces.append(view[prev:])
            self.view = "".join(pieces)

    def start(self, i: int) -> int:
        """The text index of the character at compact index ``i``."""
        return i + self.removed[bisect_right(self.at, i)] if self.at else i

    def end(self, i: int) -> int:
        """The text index just after the character before compact index ``i`` (an exclusive end)."""
        return self.start(i - 1) + 1 if self.at and i > 0 else i


_IDEOGRAPH = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def _is_traditional(text: str, normalized: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is written in traditional script: t2s changed two of its ideographs (one if short)."""
    changed = sum(
        1 for a, b in zip(text[start:end], normalized[start:end], strict=True) if a != b and _IDEOGRAPH.match(a)
    )
    return changed >= 2 or (changed == 1 and end - start < 40)


def _select(cands: list[Candidate], size: int, blocked: list[tuple[int, int]]) -> list[Candidate]:
    """Keep the longest (then most specific) candidates that do not overlap each other or a blocked span."""
    taken = bytearray(size)
    for s, e in blocked:
        taken[s:e] = b"\x01" * (e - s)
    chosen: list[Candidate] = []
    for c in sorted(cands, key=Candidate.rank):
        if c.end <= c.start or any(taken[c.start : c.end]):
            continue
        taken[c.start : c.end] = b"\x01" * (c.end - c.start)
        chosen.append(c)
    chosen.sort(key=lambda c: c.start)
    return chosen


def find_values(text: str, anchor: dt.date | None = None, *, normalized: str | None = None) -> list[Value]:
    """Find the values in ``text`` (original script), dates resolved against ``anchor``; sorted, non-overlapping."""
    norm_text = normalize(text) if normalized is None else normalized
    if len(norm_text) != len(text):
        raise ValueError("normalized view must have the same length as the text")
    compact = _Compact(_working_view(text, norm_text))
    view = compact.view
    cands: list[Candidate] = []
    run_number_rules(view, _NUMBER_TABLE_ZH if has_cjk(view) else _NUMBER_TABLE_EN, cands)
    cands.extend(run_english(view, _english_numbers))
    for finder in _FINDERS:
        cands.extend(finder(view))
    ctx = Context(anchor)
    ctx.reset()
    out: list[Value] = []
    prev_end = 0
    passage = [0]  # compact index of the value being resolved (for the script of its passage)

    def traditional() -> bool:
        at = compact.start(passage[0])
        s = text.rfind("\n", 0, at) + 1
        e = text.find("\n", at)
        return _is_traditional(text, norm_text, s, len(text) if e == -1 else e)

    ctx.script = traditional
    shifted = bool(compact.at)
    english = not has_cjk(view)
    for c in _select(cands, len(view), blocked_spans(view)):
        if view.find("\n", prev_end, c.start) != -1:
            ctx.reset()
        elif english and _SENTENCE_END.search(view, max(0, prev_end - 1), c.start):
            ctx.year, ctx.month = (ctx.anchor.year, ctx.anchor.month) if ctx.anchor else (None, None)  # English: a year holds for its sentence
        passage[0] = c.start
        prev_end = c.end
        norm = c.resolve(ctx) if c.resolve is not None else dict(c.norm)
        if c.kind == "money" and norm.get("currency"):
            ctx.currency = norm["currency"]
        kept = norm.get("text")
        if isinstance(kept, tuple):
            norm["text"] = text[compact.start(kept[0]) : compact.end(kept[1])]
        start, end = (compact.start(c.start), compact.end(c.end)) if shifted else (c.start, c.end)
        out.append(Value(c.kind, start, end, text[start:end], norm))
    return _next_days(_join_ranges(out, norm_text), text, norm_text, anchor)


_SENTENCE_END = re.compile(r"[a-z0-9)%][.!?][\"”’']?\s+[\"“‘']?[A-Z]")


_NEXT_DAY = re.compile(r"次日|翌日|第二天|隔天|同日|当日|当天|(?i:the (?:next|following|same) day)")
_DAY_SHIFT = {"次日": 1, "翌日": 1, "第二天": 1, "隔天": 1, "the next day": 1, "the following day": 1}


def _next_days(values: list[Value], text: str, view: str, anchor: dt.date | None = None) -> list[Value]:
    """智谱于1月8日挂牌,MiniMax于次日上市: a day word counts from the last full date before it; 同日/当天 with no date
    written before it on the page is the page's own day (京东同日发布了新模型)."""
    out = list(values)
    for m in _NEXT_DAY.finditer(view):
        if any(v.start < m.end() and m.start() < v.end for v in values):
            continue
        before = [v for v in values if v.kind == "date" and v.end <= m.start() and re.fullmatch(r"\d{4}-\d\d-\d\d", str(v.norm.get("value", "")))]
        same_day = m.group(0) in ("同日", "当日", "当天")
        if same_day and anchor is not None and not any(v.kind in ("date", "period") and v.end <= m.start() for v in values):
            out.append(Value("date", m.start(), m.end(), text[m.start() : m.end()], {"value": anchor.isoformat(), "relative": True}))
            continue
        if not before or m.start() - before[-1].end > 200:
            continue
        day = dt.date.fromisoformat(str(before[-1].norm["value"])) + dt.timedelta(days=_DAY_SHIFT.get(m.group(0).lower(), 0))
        out.append(Value("date", m.start(), m.end(), text[m.start() : m.end()], {"value": day.isoformat(), "relative": True}))
    return sorted(out, key=lambda v: v.start)


_RANGE_JOINERS = frozenset(BOUNDS["range"]["zh"]) | {"～", "－"}


def _join_ranges(values: list[Value], view: str) -> list[Value]:
    """Two amounts of one currency joined by a range word become one range: "4350万元~5000万元", "800万元至1000万元"."""
    out: list[Value] = []
    for v in values:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.kind == v.kind == "money"
            and view[prev.end : v.start].strip() in _RANGE_JOINERS
            and prev.norm.get("currency") == v.norm.get("currency")
            and prev.norm.get("amount_max") is None
            and v.norm.get("amount_max") is None
            and isinstance(prev.norm.get("amount"), float)
            and isinstance(v.norm.get("amount"), float)
            and prev.norm["amount"] < v.norm["amount"]
        ):
            norm = {**prev.norm, "amount_max": v.norm["amount"], "bound": "range"}
            out[-1] = Value("money", prev.start, v.end, prev.text + view[prev.end : v.start] + v.text, norm)
            continue
        out.append(v)
    return out
