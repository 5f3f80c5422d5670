"""Event extraction over one document: triggers → candidates → roles → modality → merged events."""

from __future__ import annotations

import re
from functools import lru_cache

from newsledger.core import Document, Event, Mention, Span, Value
from newsledger.extract import roles as R
from newsledger.extract.context import Context, Sentence, build
from newsledger.extract.merge import merge_events
from newsledger.extract.modality import attribution, is_conditional, modality
from newsledger.extract.tables import table_events, table_lines
from newsledger.extract.triggers import TriggerFinder, default_finder
from newsledger.resolve.link import Linker
from newsledger.schema import Schema
from newsledger.schema import load as load_schema

_PARTNER_SUBSUMED_BY = ("procurement", "investment", "acquisition")


@lru_cache(maxsize=1)
def default_linker() -> Linker:
    """A linker over the shipped knowledge base (built once)."""
    return Linker()


class Extractor:
    """Extracts grounded, typed events from documents."""

    def __init__(self, schema: Schema | None = None, linker: Linker | None = None, finder: TriggerFinder | None = None) -> None:
        self.schema = schema or load_schema()
        self.linker = linker or default_linker()
        self.finder = finder or (default_finder() if schema is None else TriggerFinder(self.schema))
        self.role_kinds = {t.name: {r.name: r.kind for r in t.roles.values()} for t in self.schema.types.values()}

    def __call__(self, doc: Document) -> Document:
        """Fill ``doc.events`` and ``doc.mentions``; returns the same document."""
        ctx = build(doc, self.linker)
        events: list[Event] = []
        tables = table_lines(ctx.norm)
        for sent in ctx.sentences:
            if not any(s <= sent.start and sent.end <= e for s, e in tables):
                found = self._sentence(ctx, sent)
                if not found and events:
                    self._continue(ctx, events[-1], sent)
                events.extend(found)
        events.extend(table_events(ctx, self.schema))
        doc.events = merge_events(events, self.role_kinds) + self._headline_events(doc)
        doc.mentions = ctx.mentions
        return doc

    def _continue(self, ctx: Context, ev: Event, sent: Sentence) -> None:
        """"The round was led by X, with participation from Y": a sentence about the event before it fills its cued roles."""
        opening = ctx.low[sent.start : sent.start + 16]
        if not any(a in opening for a in ctx.cues.event_anaphors.get(ev.type, ())) or sent.start - ev.evidence.end > 400:
            return
        mentions = ctx.mentions_in(sent.start, sent.end)
        filled = False
        for role in self.schema.types[ev.type].roles.values():
            if role.name in ev.args or role.kind != "entity" or not (role.pre or role.post):
                continue
            hits = [
                m for m in mentions
                if m.type in role.entity
                and (R._cue_right_before(ctx, m.start, role.pre, sent.start) or R._cue_after(ctx, m.end, role.post, sent.end, 6))
            ]
            if not hits:
                continue
            pool = [m for m in mentions if m.type in role.entity]
            found = R._coordinated(ctx, hits[0], pool) if role.many else hits[:1]
            values = [R.arg_value(ctx, role, m) for m in found]
            ev.args[role.name] = values if len(values) > 1 else values[0]
            ev.arg_spans[role.name] = [Span(m.start, m.end) for m in found]
            ev.arg_confidence[role.name] = 0.7
            filled = True
        if filled:
            ev.more.append(Span(sent.start, sent.end))

    def _headline_events(self, doc: Document) -> list[Event]:
        """Events stated by related headlines, each headline read on its own and marked as such."""
        out: list[Event] = []
        for h in doc.headlines:
            if h.end <= h.start or doc.text[h.start : h.end] != h.title:
                continue
            when = (h.time or doc.dateline or doc.published or "")[:10] or None
            sub = Document(id=f"{doc.id}#headline", source=doc.source, text=h.title, lang=doc.lang, dateline=when, body=Span(0, len(h.title)))
            ctx = build(sub, self.linker)
            found: list[Event] = []
            for sent in ctx.sentences:
                found.extend(self._sentence(ctx, sent))
            out.extend(_shifted(ev, h.start) for ev in merge_events(found, self.role_kinds))
        return out

    def _sentence(self, ctx: Context, sent: Sentence) -> list[Event]:
        blocked = [(m.start, m.end) for m in ctx.mentions_in(sent.start, sent.end) if m.source != "coref"]
        blocked += [(v.start, v.end) for v in ctx.values_in(sent.start, sent.end)]
        cands: list[R.Candidate] = []
        seen: set[tuple[str, int]] = set()
        for trig in self.finder.find(ctx.low, sent.start, sent.end):
            if any(s < trig.end and trig.start < e for s, e in blocked):
                continue
            if is_conditional(ctx, sent, trig.start) or _relative_clause(ctx, sent, trig) or _no_longer(ctx, trig):
                continue
            for tname in trig.types:
                if tname == "financial_metric" and _forecast(ctx, sent, trig.start):
                    continue
                if tname == "acquisition" and _stake_purchase(ctx, sent, trig.end):
                    tname = "investment"
                key = (tname, sent.clause_index(trig.start))
                if key in seen:
                    continue
                seen.add(key)
                cs, _ = sent.clauses[sent.clause_index(trig.start)]
                before = ctx.low[max(cs, trig.start - 12) : trig.start]
                cands.append(R.Candidate(self.schema.types[tname].for_trigger(trig.word, before), trig, sent))
        if not cands:
            return []
        cands = _one_reading_per_trigger(ctx, sent, cands)
        strong = {c.type.name for c in cands if c.trigger.word not in c.type.weak and any(r.kind == "money" for r in c.type.roles.values())}
        cands = [c for c in cands if not (c.trigger.word in c.type.weak and strong - {c.type.name})]
        R.assign_values(ctx, self.schema, sent, cands)
        R.assign_entities(ctx, sent, cands)
        out: list[Event] = []
        for cand in cands:
            R.fill_text_roles(ctx, self.schema, cand)
            mod = modality(ctx, sent, cand.trigger.start, cand.trigger.end)
            R.fill_dates(ctx, cand)
            if "date" in cand.type.roles and "date" not in cand.args and mod in ("rumored", "planned") and ctx.anchor:
                cand.args["date"] = [Value("date", cand.trigger.start, cand.trigger.end, "", {"value": ctx.anchor.isoformat()[:7]})]
            if cand.type.name == "investment" and "target" not in cand.args:
                cand = _as_spending(ctx, self.schema, cand)
            if cand.type.name == "layoff" and not _jobs_cut(ctx, cand):
                continue
            if mod == "denied":
                _denier_as_agent(ctx, cand)
            if not self._complete(cand, mod) or not _grounded(cand):
                continue
            out.append(self._event(ctx, cand, mod))
            agent = _agent(cand)
            if agent is not None:
                ctx.last_agent = agent
        partnered = {id(e) for e in out if e.type in _PARTNER_SUBSUMED_BY}
        if partnered:
            out = [e for e in out if e.type != "partnership"]
        return out

    def _complete(self, cand: R.Candidate, mod: str = "reported") -> bool:
        present = {r for r, fs in cand.args.items() if fs}
        if mod == "denied" and any(r.kind == "entity" and r.side == "before" and r.default and r.name in present for r in cand.type.roles.values()):
            return True  # "X has no plans to go public": a denial names only who denies
        return not cand.type.require or any(set(group) <= present for group in cand.type.require)

    def _event(self, ctx: Context, cand: R.Candidate, mod: str) -> Event:
        args: dict[str, object] = {}
        spans: dict[str, list[Span]] = {}
        lo, hi = cand.trigger.start, cand.trigger.end
        for rname, fillers in cand.args.items():
            role = cand.type.roles[rname]
            vals = [R.arg_value(ctx, role, f) for f in fillers]
            vals = [v for v in vals if v is not None]
            if not vals:
                continue
            args[rname] = vals if (role.many and len(vals) > 1) else vals[0]
            spans[rname] = [Span(f.start, f.end) for f in fillers]
            if rname in cand.fallback:
                continue
            for f in fillers:
                if not (cand.sent.start <= f.start and f.end <= cand.sent.end and f.end > f.start):
                    continue
                hops = cand.sent.clause_index(f.start) - cand.clause
                if -1 <= hops <= 2 and (role.kind != "date" or -1 <= hops <= 1):
                    lo, hi = min(lo, f.start), max(hi, f.end)
        role_conf = {r: _role_confidence(cand, r) for r in args}
        filled = len(args)
        mean = sum(role_conf.values()) / filled if filled else 0.0
        conf = 0.2 + 0.5 * mean + 0.05 * min(filled, 4)
        if cand.trigger.word in cand.type.weak:
            conf -= 0.1
        return Event(
            type=cand.type.name,
            args=args,
            evidence=Span(lo, hi),
            evidence_text=ctx.doc.text[lo:hi],
            modality=mod,
            attribution=attribution(ctx, cand.sent, cand.trigger.start),
            confidence=round(max(0.05, min(0.99, conf)), 2),
            arg_spans=spans,
            arg_confidence=role_conf,
        )


def _shifted(ev: Event, offset: int) -> Event:
    """An event found in a headline, moved to page offsets and marked as coming from a headline."""
    ev.evidence = Span(ev.evidence.start + offset, ev.evidence.end + offset)
    ev.arg_spans = {r: [Span(s.start + offset, s.end + offset) for s in spans] for r, spans in ev.arg_spans.items()}
    for val in ev.args.values():
        for item in val if isinstance(val, list) else [val]:
            if isinstance(item, dict) and isinstance(item.get("start"), int) and isinstance(item.get("end"), int):
                item["start"] += offset
                item["end"] += offset
    ev.source = "headline"
    ev.confidence = round(ev.confidence * 0.9, 2)
    return ev


def _denier_as_agent(ctx: Context, cand: R.Candidate) -> None:
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


def _grounded(cand: R.Candidate) -> bool:
    """At least one role other than a date is read from the sentence itself (not borrowed from the topic)."""
    return any(r not in cand.fallback and cand.type.roles[r].kind != "date" for r, fs in cand.args.items() if fs)


def _role_confidence(cand: R.Candidate, role: str) -> float:
    """How sure the filler of ``role`` is: cued > near in the same clause > far > through a reference > topic."""
    if role in cand.fallback:
        return 0.45
    kind = cand.type.roles[role].kind
    fillers = cand.args.get(role, [])
    first = fillers[0] if fillers else None
    if isinstance(first, Mention) and first.source == "coref":
        return 0.65
    if role in cand.cued:
        return 0.9
    if kind == "text":
        return 0.6
    if first is not None and first.end > first.start:
        hops = abs(cand.sent.clause_index(first.start) - cand.clause)
        return 0.85 if hops == 0 else (0.75 if hops == 1 else 0.6)
    return 0.55  # a date supplied by the dateline


def _agent(cand: R.Candidate) -> Mention | None:
    """The filler of the event's first default role on the trigger's left (its doer), when found in the text."""
    for role in cand.type.roles.values():
        if role.kind == "entity" and role.default and role.side == "before":
            fillers = cand.args.get(role.name)
            if fillers and role.name not in cand.fallback and isinstance(fillers[0], Mention) and fillers[0].type == "org":
                return fillers[0]
            return None
    return None


def _one_reading_per_trigger(ctx: Context, sent: Sentence, cands: list[R.Candidate]) -> list[R.Candidate]:
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
            hardware = any(v.kind in ("count", "quantity") and v.start >= t.end for v in ctx.values_in(t.end, ce)) or bool(
                _HARDWARE.search(ctx.low, t.end, ce)
            )
            drop = "acquisition" if hardware else "procurement"
            group = [c for c in group if c.type.name != drop]
        if {"ipo", "launch"} <= {c.type.name for c in group}:
            t = group[0].trigger
            cs, ce = sent.clauses[sent.clause_index(t.start)]
            product = bool(_PRODUCT_NEAR.search(ctx.norm, cs, min(ce, t.end + 12)))
            group = [c for c in group if c.type.name != ("ipo" if product else "launch")]
        out.extend(group)
    if any(c.type.name in ("investment", "ipo") for c in out):
        out = [c for c in out if not (c.type.name == "financial_metric" and c.trigger.word in ("估值", "valuation"))]
    return out


_PRODUCT_NEAR = re.compile(r"[A-Za-z]+[- ]?\d|手机|车型|新车|新品|机型|系列|版本|款|芯片|电视|耳机|平板|笔记本|汽车|轿车|SUV|概念车|游戏|产品")
_HARDWARE = re.compile(r"gpu|chip|芯片|服务器|server|accelerator|processor|算力|tpu")


_PURPOSE = ("用于", "用来", "建设", "扩建", "兴建", "to build", "to expand", "for building")
_JOB_WORDS = ("job", "jobs", "staff", "employees", "workers", "workforce", "positions", "roles", "headcount", "people", "layoff", "redundanc")
_GENERIC_CUTS = ("cut", "cuts", "cutting", "slash", "slashes", "eliminate", "shed", "reduce its workforce", "削减", "精简", "优化", "砍掉")


def _jobs_cut(ctx: Context, cand: R.Candidate) -> bool:
    """cut/削减 is a layoff only when people are cut: a head count or share, or job words after it."""
    if cand.trigger.word not in _GENERIC_CUTS:
        return True
    if "count" in cand.args or "share" in cand.args:
        return True
    _, ce = cand.sent.clauses[cand.clause]
    after = ctx.low[cand.trigger.end : min(ce, cand.trigger.end + 40)]
    return any(w in after for w in _JOB_WORDS) or any(w in after for w in ("员工", "岗位", "人员", "职位"))


def _as_spending(ctx: Context, schema: Schema, cand: R.Candidate) -> R.Candidate:
    """追加投资150亿元,用于扩建…: money put into the actor's own projects is spending, not an investment."""
    if "amount" not in cand.args or cand.type is not schema.types["investment"]:  # a voiced variant (X raised) keeps its type
        return cand
    _, ce = cand.sent.clauses[min(cand.clause + 1, len(cand.sent.clauses) - 1)]
    if not ctx.is_english() and not any(p in ctx.low[cand.trigger.end : ce] for p in _PURPOSE):
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


def _forecast(ctx: Context, sent: Sentence, pos: int) -> bool:
    """预计/expects … before a figure in the same clause: guidance, not a reported metric."""
    cs, _ = sent.clauses[sent.clause_index(pos)]
    text = ctx.low[max(sent.start, cs - 30) : pos]
    return any(w in text for w in ctx.cues.forecast)


def _stake_purchase(ctx: Context, sent: Sentence, pos: int) -> bool:
    """收购X 49%的股份 / buy a 10% stake: buying a stake is an investment, not an acquisition."""
    _, ce = sent.clauses[sent.clause_index(pos)]
    if any(v.kind == "share" and (v.norm.get("value") or 0) >= 0.5 for v in ctx.values_in(pos, min(sent.end, ce + 20))):
        return False  # buying control is an acquisition
    if re.search(r"(?:worth|of) [a-z0-9 .'&-]{0,30}(?:shares|stock|stake)|股份|股权|股票", ctx.low[pos:ce]):
        return True
    shares = [v for v in ctx.values_in(pos, sent.end) if v.kind == "share" and v.start < ce + 20]
    return any(ctx.low[v.end : v.end + 6].lstrip("的 ").startswith(("股份", "股权", "stake", "of its shares", "的股")) for v in shares) or any(
        ctx.low[max(sent.start, v.start - 4) : v.start].endswith(("a ", "an ")) and ctx.low[v.end : v.end + 7].strip().startswith("stake") for v in shares
    )


_NO_LONGER = ("不再", "不会再", "no longer", "will not", "won't")


def _no_longer(ctx: Context, trig: object) -> bool:
    """不再担任 / no longer serve: the end of a post, not a hire."""
    start = getattr(trig, "start", 0)
    return "hire" in getattr(trig, "types", ()) and ctx.low[max(0, start - 10) : start].rstrip().endswith(_NO_LONGER)


_RELATIVE = {"hire": ("担任", "出任"), "launch": ("发布", "推出", "发表")}


def _relative_clause(ctx: Context, sent: Sentence, trig: object) -> bool:
    """担任CEO的Meta / 发布的财报: the verb only describes a noun, it does not report an event."""
    word = getattr(trig, "word", "")
    end = getattr(trig, "end", 0)
    if word in _RELATIVE["launch"] and ctx.low[end : end + 1] == "的":
        return True
    if word in _RELATIVE["hire"]:
        _cs, ce = sent.clauses[sent.clause_index(end - 1)]
        for m in ctx.mentions_in(end, ce):
            if m.type == "org":
                return ctx.low[m.start - 1 : m.start] == "的" and m.start - end <= 12
    return False


def extract(doc: Document) -> Document:
    """Extract the events of one document with the shipped schema and knowledge base."""
    return Extractor()(doc)
