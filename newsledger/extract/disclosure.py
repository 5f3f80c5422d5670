"""Document-level roles: when a company disclosed what the page reports (4月28日晚间公告 → disclosed)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from newsledger.core import Event, Span
from newsledger.extract.context import Context

_REACH = 40
_TODAY = ("今日", "今天", "当日", "当天")  # at most this many characters between the time and the disclosure verb


@dataclass(frozen=True, slots=True)
class Disclosure:
    """A time at which something was disclosed: its span, its ISO value (or the words as written) and the verb's position."""

    start: int
    end: int
    value: str
    verb: int


def _time_of_day(ctx: Context, end: int) -> int:
    """``end`` moved past a time-of-day word right after a date (8月14日晚间 → …晚间)."""
    rest = ctx.low[end : end + 3]
    for w in ctx.cues.lex["time_of_day"]:
        if rest.startswith(w):
            return end + len(w)
    return end


def _times_before(ctx: Context, lo: int, verb: int) -> list[tuple[int, int, str]]:
    """Dates and vague times (近日, 日前) between ``lo`` and a disclosure verb at ``verb``: (start, end, value)."""
    out = []
    for v in ctx.values_in(lo, verb):
        if v.kind == "date" and ctx.low[v.end : v.end + 1] != "的" and _day_level(v.norm.get("value"), ctx.low[v.start : v.end]):
            end = _time_of_day(ctx, v.end)
            out.append((v.start, end, str(v.norm.get("value") or ctx.doc.text[v.start : end])))
    for w in ctx.cues.lex["vague_times"]:
        i = ctx.low.find(w, lo, verb)
        while i >= 0:
            if not any(s <= i < e for s, e, _ in out):
                value = ctx.anchor.isoformat() if ctx.anchor else ctx.doc.text[i : i + len(w)]
                out.append((i, _time_of_day(ctx, i + len(w)), value))
            i = ctx.low.find(w, i + len(w), verb)
    return sorted(out)


_COARSE = re.compile(r"\d{4}(?:-\d{2})?")


def _day_level(value: object, words: str) -> bool:
    """A disclosure is dated to its day (9月4日晚间公告): a month, a year or a stretch back (三年前) dates background."""
    if isinstance(value, str) and _COARSE.fullmatch(value):
        return False
    return not words.endswith(("前", "月", "年", "月份", "年度"))


@lru_cache(maxsize=4)
def _verb_pattern(verbs: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(w) for w in sorted(verbs, key=len, reverse=True)))


def disclosures(ctx: Context) -> list[Disclosure]:
    """Every time-before-a-disclosure-verb in the body (X月X日晚间，公司发布公告称 / 近日披露 / 9月10日消息)."""
    out: list[Disclosure] = []
    verbs = ctx.cues.lex["disclosure"]
    tight = ctx.cues.lex["disclosure_tight"]
    rx = _verb_pattern(tuple(verbs))
    for sent in ctx.sentences:
        best: Disclosure | None = None
        for hit in rx.finditer(ctx.low, sent.start, sent.end):
            i, word = hit.start(), hit.group(0)
            times = [t for t in _times_before(ctx, max(sent.start, i - _REACH), i) if t[1] <= i]
            if word in tight:
                times = [t for t in times if i - t[1] <= 1]
            if times:
                s, e, value = times[-1]
                if best is not None and ctx.low[s:e] in _TODAY:
                    break  # 4月17日消息,X今日宣布: today is the day the line already dates
                best = Disclosure(s, e, value, i)
                if word not in tight:
                    break  # 8月19日消息,X近日发布…: the outlet's line yields to the company's own disclosure after it
        if best is not None:
            out.append(best)
    return out


def fill_disclosed(ctx: Context, events: list[Event], roles: dict[str, dict[str, str]]) -> None:
    """Give each event whose type has a ``disclosed`` role the disclosure nearest before it (else, on an undated page, the page's first)."""
    found = disclosures(ctx)
    if not found:
        return
    for ev in events:
        if "disclosed" not in roles.get(ev.type, {}) or "disclosed" in ev.args or ev.source != "body":
            continue
        before = [d for d in found if d.start <= ev.evidence.start]
        if not before and (ctx.doc.dateline or ctx.doc.published):
            continue  # a dated news page discloses what it reports on its own date, not on a later sentence's
        pick = before[-1] if before else found[0]
        ev.args["disclosed"] = pick.value
        ev.arg_spans["disclosed"] = [Span(pick.start, pick.end)]
        ev.arg_confidence["disclosed"] = 0.6
