"""Modality (reported, rumored, planned, confirmed, denied) and attribution of an event."""

from __future__ import annotations

from newsledger.core import Mention
from newsledger.extract.context import Context, Sentence
from newsledger.text.tokens import tokens


def _has(ctx: Context, words: tuple[str, ...], start: int, end: int) -> bool:
    text = ctx.low[start:end]
    for w in words:
        i = text.find(w)
        while i >= 0:
            if not w[0].isascii() or not w[0].isalpha():
                return True
            s, e = start + i, start + i + len(w)
            month = w == "may" and ctx.doc.text[s : s + 1] == "M"  # the month, not the modal
            if (s == 0 or not ctx.low[s - 1].isalpha()) and (e >= len(ctx.low) or not ctx.low[e].isalpha()) and not month:
                return True
            i = text.find(w, i + 1)
    return False


def modality(ctx: Context, sent: Sentence, trig_start: int, trig_end: int) -> str:
    """The modality of an event triggered at ``[trig_start, trig_end)`` in ``sent``."""
    cues = ctx.cues.modality
    ci = sent.clause_index(trig_start)
    cs, ce = sent.clauses[ci]
    prev_s = sent.clauses[ci - 1][0] if ci > 0 else cs
    next_e = sent.clauses[ci + 1][1] if ci + 1 < len(sent.clauses) else ce
    if _has(ctx, cues.get("denied", ()), sent.start, sent.end):
        return "denied"
    weak_rumor = ctx.cues.lex["weak_rumor"]
    strong_rumor = tuple(w for w in cues.get("rumored", ()) if w not in weak_rumor)
    rumor_end = sent.end if ctx.is_english() else ce  # English names its sources after the fact
    if _has(ctx, strong_rumor, sent.start, rumor_end) or _has(ctx, weak_rumor, prev_s, next_e):
        return "rumored"
    if _has(ctx, cues.get("confirmed_after", ()), trig_start, sent.end) and _has(ctx, cues.get("planned", ()), max(cs, trig_start - 10), trig_start):
        return "planned"
    if _has(ctx, cues.get("planned_after", ()), trig_end, min(ce, trig_end + 3)) and not ctx.is_english():
        return "planned"
    planned = tuple(w for w in cues.get("planned", ()) if w != "将")
    if _has(ctx, planned, max(cs, trig_start - 10), trig_start) or _has(ctx, tuple(w for w in planned if len(w) > 1), cs, trig_start) or _future_jiang(
        ctx, max(cs, trig_start - 10), trig_start
    ):
        return "planned"
    if ctx.low[trig_start:trig_end] in ctx.cues.lex["planned_triggers"]:  # a budget, pledge or plan is a plan
        return "planned"
    confirm_from = prev_s if ctx.is_english() else sent.start
    if _has(ctx, cues.get("confirmed", ()), confirm_from, trig_start) or _has(ctx, cues.get("confirmed_after", ()), trig_start, sent.end):
        return "confirmed"
    return "reported"


def _future_jiang(ctx: Context, start: int, end: int) -> bool:
    """将 before the verb marks the future (将裁员); 将 before its object is the 把 construction (将MSL拆分为, 将其并入)."""
    i = ctx.low.find("将", start, end)
    while i >= 0:
        nxt = ctx.low[i + 1 : i + 2]
        first = tokens(ctx.norm, i + 1, min(end, i + 8))
        nounish = bool(first) and first[0][3].startswith(("n", "eng", "r")) and first[0][2] not in ("近期", "今年", "明年")
        ba = nxt in ("其", "该", "原") or nounish or any(m.start == i + 1 for m in ctx.mentions_in(i + 1, end))
        if not ba and nxt != "近":  # 将近: nearly
            return True
        i = ctx.low.find("将", i + 1, end)
    return False


def is_conditional(ctx: Context, sent: Sentence, trig_start: int) -> bool:
    """True when the trigger sits in a hypothetical clause (如果/若/if …)."""
    text = ctx.low[sent.start : trig_start]
    return any(c in text for c in ctx.cues.conditional)


def _source_in(ctx: Context, start: int, end: int) -> str | None:
    outlets: list[Mention] = [m for m in ctx.mentions_in(start, end) if m.type == "outlet"]
    if outlets:
        m = outlets[0]
        return m.name or ctx.doc.text[m.start : m.end]
    text = ctx.low[start:end]
    best: tuple[int, str] | None = None
    for g in ctx.cues.attribution_generic:
        i = text.find(g)
        if i >= 0 and (best is None or i < best[0]):
            best = (i, ctx.doc.text[start + i : start + i + len(g)])
    return best[1] if best else None


def attribution(ctx: Context, sent: Sentence, trig_start: int) -> str | None:
    """Who says so: an outlet or a generic source in the sentence, else in its paragraph's lead, else the article's."""
    found = _source_in(ctx, sent.start, trig_start)
    if found:
        return found
    lead_of_para = ctx.paragraph_lead(sent.para)
    if lead_of_para is not None and lead_of_para.start < sent.start:
        found = _source_in(ctx, lead_of_para.start, lead_of_para.end)
        if found:
            return found
    if ctx.sentences and ctx.sentences[0].para != sent.para:
        lead = ctx.sentences[0]
        return _source_in(ctx, lead.start, lead.end)
    return None
