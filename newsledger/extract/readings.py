"""Sentence-level readings: rules that decide which event a trigger starts, or whether it starts one.

buy is a procurement when hardware follows it and an acquisition otherwise; 收购X 49%的股份 is an
investment; 担任CEO的Meta describes, it does not report; 不再担任 ends a post; 预计营收 is guidance;
cut is a layoff only when people are cut; 追加投资…用于扩建 is spending; the organisation that denies is
a denial's actor.
"""

from __future__ import annotations

import re

from newsledger.core import Mention, Value
from newsledger.extract import roles as R
from newsledger.extract.context import Context, Sentence
from newsledger.extract.triggers import Trigger
from newsledger.schema import Schema

_LATIN_DIGIT = re.compile(r"[a-z]+[- ]?\d")



def denier_as_agent(ctx: Context, cand: R.Candidate) -> None:
    """字节跳动否认了裁员传闻: the organisation that denies is the event's actor when the sentence names no other."""
    agent = next((r for r in cand.type.roles.values() if r.kind == "entity" and r.side == "before" and r.default), None)
    if agent is None or (agent.name in cand.args and agent.name not in cand.fallback):
        return
    text = ctx.low[cand.sent.start : cand.sent.end]
    cue = min((i for w in ctx.cues.modality.get("denied", ()) if (i := text.find(w)) >= 0), default=-1)
    if cue < 0:
        return
    orgs = [m for m in ctx.mentions_in(cand.sent.start, cand.sent.start + cue) if m.type == "org"]
    if orgs:
        cand.args[agent.name] = [orgs[-1]]
        cand.fallback.discard(agent.name)


def grounded(cand: R.Candidate) -> bool:
    """At least one role other than a date is read from the sentence itself (not borrowed from the topic)."""
    return any(r not in cand.fallback and cand.type.roles[r].kind != "date" for r, fs in cand.args.items() if fs)


def one_reading_per_trigger(ctx: Context, sent: Sentence, cands: list[R.Candidate]) -> list[R.Candidate]:
    """buy/购买 starts a procurement when hardware follows it, else an acquisition — never both."""
    by_trigger: dict[int, list[R.Candidate]] = {}
    for c in cands:
        by_trigger.setdefault(c.trigger.start, []).append(c)
    out: list[R.Candidate] = []
    for group in by_trigger.values():
        names = {c.type.name for c in group}
        if {"procurement", "acquisition"} <= names:
            t = group[0].trigger
            _, ce = sent.clauses[sent.clause_index(t.start)]
            hardware = any(v.kind in ("count", "quantity") and v.start >= t.end for v in ctx.values_in(t.end, ce)) or any(
                w in ctx.low[t.end : ce] for w in ctx.cues.lex["hardware"]
            )
            drop = "acquisition" if hardware else "procurement"
            group = [c for c in group if c.type.name != drop]
        if {"ipo", "launch"} <= {c.type.name for c in group}:
            t = group[0].trigger
            cs, ce = sent.clauses[sent.clause_index(t.start)]
            near = ctx.low[cs : min(ce, t.end + 12)]
            product = bool(_LATIN_DIGIT.search(near)) or any(w in near for w in ctx.cues.lex["product_near"])
            group = [c for c in group if c.type.name != ("ipo" if product else "launch")]
        out.extend(group)
    if any(c.type.name in ("investment", "ipo") for c in out):
        out = [c for c in out if not (c.type.name == "financial_metric" and c.trigger.word in ("估值", "valuation"))]
    return out


def one_round(ctx: Context, cands: list[R.Candidate]) -> list[R.Candidate]:
    """由A领投,B、C跟投: the participants of a round the sentence names are roles of that round, not more rounds."""
    parts = ctx.cues.lex["participation"]
    rounds = sorted((c for c in cands if c.type.name == "investment"), key=lambda c: c.trigger.start)
    if len(rounds) < 2 or not any(c.trigger.word in parts for c in rounds):
        return cands
    absorbed = {id(c) for i, c in enumerate(rounds) if i > 0 and c.trigger.word in parts}
    return [c for c in cands if id(c) not in absorbed]


def takes_shares(ctx: Context, sent: Sentence, trig: Trigger) -> bool:
    """取得/购得 is an acquisition only when shares or control follow it in the clause (取得眸境科技100%股权)."""
    if trig.word not in ctx.cues.lex["stake_verbs"]:
        return True
    _, ce = sent.clauses[sent.clause_index(trig.start)]
    return bool(re.search(r"股权|股份|控制权|控股权", ctx.low[trig.end : min(ce, trig.end + 30)]))


def pay_statistic(ctx: Context, cand: R.Candidate) -> bool:
    """年薪中位数约为150万美元 / the median pay: a market figure, not a pay offer."""
    cs, ce = cand.sent.clauses[cand.clause]
    return cand.type.name == "pay_offer" and any(w in ctx.low[cs:ce] for w in ctx.cues.lex["pay_statistics"])


def annual_pay(ctx: Context, cand: R.Candidate) -> None:
    """年薪300万元 / an annual salary of $2m: the offer is for one year when no other period is given."""
    if cand.type.name != "pay_offer" or "period" in cand.args or "amount" not in cand.args:
        return
    cs, ce = cand.sent.clauses[cand.clause]
    for w in ctx.cues.lex["annual_pay"]:
        i = ctx.low.find(w, cs, ce + 12)
        if i >= 0:
            cand.args["period"] = [Value("period", i, i + len(w), ctx.doc.text[i : i + len(w)], {"value": "1 year", "duration": True, "bound": "exact"})]
            return


def org_change(ctx: Context, cand: R.Candidate) -> bool:
    """整合/拆分/合并 restructure a company only when a unit of it is what changes (部门, 团队, 事业部, team, division)."""
    if cand.type.name != "reorganization" or cand.trigger.word not in ctx.cues.lex["generic_reorg"]:
        return True
    sent = cand.sent
    lo = sent.clauses[max(0, cand.clause - 1)][0]
    hi = sent.clauses[min(len(sent.clauses) - 1, cand.clause + 1)][1]
    return any(w in ctx.low[lo:hi] for w in ctx.cues.lex["org_units"])


def aggregate(ctx: Context, cand: R.Candidate) -> bool:
    """募资总额约210亿元 / a market's funding in total: a statistic, not one round."""
    if cand.type.name != "investment":
        return False
    after = ctx.low[cand.trigger.end : cand.trigger.end + 4]
    return after.startswith(tuple(ctx.cues.lex["aggregate"]))


def jobs_cut(ctx: Context, cand: R.Candidate) -> bool:
    """cut/削减 is a layoff only when people are cut: a head count or share, or job words after it."""
    if cand.trigger.word not in ctx.cues.lex["generic_cuts"]:
        return True
    if "count" in cand.args or "share" in cand.args:
        return True
    _, ce = cand.sent.clauses[cand.clause]
    after = ctx.low[cand.trigger.end : min(ce, cand.trigger.end + 40)]
    return any(w in after for w in ctx.cues.lex["job_words"])


def as_spending(ctx: Context, schema: Schema, cand: R.Candidate) -> R.Candidate:
    """追加投资150亿元,用于扩建…: money put into the actor's own projects is spending, not an investment."""
    if "amount" not in cand.args or cand.type is not schema.types["investment"]:  # a voiced variant (X raised) keeps its type
        return cand
    _, ce = cand.sent.clauses[min(cand.clause + 1, len(cand.sent.clauses) - 1)]
    if not ctx.is_english() and not any(p in ctx.low[cand.trigger.end : ce] for p in ctx.cues.lex["spending_purpose"]):
        return cand
    spending = schema.types["spending"]
    moved = R.Candidate(spending, cand.trigger, cand.sent)
    moved.args = {"amount": cand.args["amount"], **({"date": cand.args["date"]} if "date" in cand.args else {})}
    investor = [m for m in cand.args.get("investor", []) if isinstance(m, Mention) and m.type == "org"]
    if investor:
        moved.args["org"] = list[R.Filler](investor[:1])
    R.assign_entities(ctx, cand.sent, [moved])
    R.fill_text_roles(ctx, schema, moved)
    return moved


def forecast(ctx: Context, sent: Sentence, pos: int) -> bool:
    """预计/expects … before a figure in the same clause: guidance, not a reported metric."""
    cs, _ = sent.clauses[sent.clause_index(pos)]
    text = ctx.low[max(sent.start, cs - 30) : pos]
    return any(w in text for w in ctx.cues.forecast)


def stake_purchase(ctx: Context, sent: Sentence, pos: int) -> bool:
    """收购X 49%的股份 / buy a 10% stake: buying a stake is an investment, not an acquisition."""
    _, ce = sent.clauses[sent.clause_index(pos)]
    if any(v.kind == "share" and (v.norm.get("value") or 0) >= 0.5 for v in ctx.values_in(pos, min(sent.end, ce + 20))):
        return False  # buying control is an acquisition
    shares = [v for v in ctx.values_in(pos, min(sent.end, ce + 20)) if v.kind == "share"]
    if shares and re.search(r"(?:worth|of) [a-z0-9 .'&-]{0,30}(?:shares|stock|stake)|股份|股权|股票", ctx.low[pos:ce]):
        return True
    if re.search(r"(?:worth|of) [a-z0-9 .'&-]{0,30}(?:shares|stock)", ctx.low[pos:ce]):
        return True
    shares = [v for v in ctx.values_in(pos, sent.end) if v.kind == "share" and v.start < ce + 20]
    return any(ctx.low[v.end : v.end + 6].lstrip("的 ").startswith(("股份", "股权", "stake", "of its shares", "的股")) for v in shares) or any(
        ctx.low[max(sent.start, v.start - 4) : v.start].endswith(("a ", "an ")) and ctx.low[v.end : v.end + 7].strip().startswith("stake") for v in shares
    )


def no_longer(ctx: Context, trig: Trigger) -> bool:
    """不再担任 / no longer serve: the end of a post, not a hire."""
    start = trig.start
    return "hire" in trig.types and ctx.low[max(0, start - 10) : start].rstrip().endswith(ctx.cues.lex["no_longer"])


def relative_clause(ctx: Context, sent: Sentence, trig: Trigger) -> bool:
    """担任CEO的Meta / 发布的财报: the verb only describes a noun, it does not report an event."""
    word, end = trig.word, trig.end
    if word in ctx.cues.lex["relative_launch"] and ctx.low[end : end + 1] == "的":
        return True
    if word in ctx.cues.lex["relative_hire"]:
        _cs, ce = sent.clauses[sent.clause_index(end - 1)]
        for m in ctx.mentions_in(end, ce):
            if m.type == "org":
                return ctx.low[m.start - 1 : m.start] == "的" and m.start - end <= 12
    return False


def buyback(ctx: Context, cand: R.Candidate) -> bool:
    """回购 / a $60bn buyback: money spent on the company's own shares is not an investment (it is spending)."""
    cs, ce = cand.sent.clauses[cand.clause]
    return any(w in ctx.low[cs:ce] for w in ctx.cues.lex["buyback"])


def respectively(ctx: Context, cand: R.Candidate) -> list[R.Candidate]:
    """A与B…分别集资X及Y / A and B raised X and Y respectively: one event per actor, each with its own figure."""
    sent = cand.sent
    text = ctx.low[sent.start : sent.end]
    cue = next((c for c in ctx.cues.lex["respectively"] if c in text), None)
    agents = [(r, f) for r, fs in cand.args.items() for f in fs[:1] if isinstance(f, Mention) and cand.type.roles[r].side == "before" and f.end <= cand.trigger.start]
    figures = [(r, f) for r, fs in cand.args.items() for f in fs[:1] if not isinstance(f, (Mention, R.TextFill)) and f.kind in ("money", "count", "share")]
    if cue is None or len(agents) != 1 or len(figures) != 1:
        return [cand]
    (arole, agent), (vrole, value) = agents[0], figures[0]
    pool = [m for m in ctx.mentions_in(sent.start, cand.trigger.start) if m.type == agent.type]
    if agent not in pool:  # borrowed from an earlier sentence or through a reference
        return [cand]
    actors = R._coordinated(ctx, agent, pool)
    values = [v for v in ctx.values_in(sent.start, sent.end) if v.kind == value.kind and v.start >= cand.trigger.start]
    if len(actors) < 2 or len(values) != len(actors):
        return [cand]
    out = []
    for actor, v in zip(actors, values, strict=True):
        twin = R.Candidate(cand.type, cand.trigger, sent, {**cand.args, arole: [actor], vrole: [v]}, set(cand.fallback), set(cand.cued))
        out.append(twin)
    return out
