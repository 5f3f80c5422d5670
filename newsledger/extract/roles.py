"""Role filling: values compete for the nearest fitting event, entities fill roles by cue and position."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from newsledger.core import Mention, Value
from newsledger.extract.context import Context, Sentence, english_topic, salient_org, topic_org
from newsledger.extract.triggers import Trigger
from newsledger.resolve.link import name_cues
from newsledger.schema import EventType, Role, Schema
from newsledger.text.tokens import tokens
from newsledger.values import year_of

VALUE_KINDS = {"money", "count", "share", "quantity", "period", "date"}
_PUNCT = re.compile(r"[,.;:!?。、()\[\]「」『』《》\"“”'‘’\s]")
_NOUNISH = ("n", "eng", "vn", "nz", "nt", "ng", "j", "l")
_VAGUE_WORDS = {1e2: "hundreds", 1e3: "thousands", 1e4: "tens of thousands", 1e5: "hundreds of thousands", 1e6: "millions", 1e7: "tens of millions", 1e8: "hundreds of millions", 1e9: "billions"}


@dataclass
class TextFill:
    """A text role filler: a span of the page and its string value."""

    start: int
    end: int
    value: str


Filler = Mention | Value | TextFill


@dataclass
class Candidate:
    """An event being built around one trigger."""

    type: EventType
    trigger: Trigger
    sent: Sentence
    args: dict[str, list[Filler]] = field(default_factory=dict)
    fallback: set[str] = field(default_factory=set)
    cued: set[str] = field(default_factory=set)  # roles filled through a cue word
    prior_of: Candidate | None = None  # 去年同期亏损X: the figure this one is the year-earlier comparison of
    floor: int = -1  # … and in January agreed to pay …: where this event's own words begin (its evidence stops there)

    @property
    def clause(self) -> int:
        return self.sent.clause_index(self.trigger.start)

    def used_ids(self) -> set[str]:
        """Entity identities already used by this event."""
        return {(f.entity_id or f.name or f.text) for fs in self.args.values() for f in fs if isinstance(f, Mention)}


# ---------------------------------------------------------------------- cues
_RAISING_VERBS = ("完成", "获得", "募集", "筹集", "拿到", "融资", "募资")


def _verb_after_cue(ctx: Context, pos: int, cues: tuple[str, ...], limit: int) -> bool:
    """以120亿美元估值完成20亿美元种子轮: a raising verb between a cue (估值) and the figure makes it the sum raised."""
    if ctx.is_english():
        return False
    before = ctx.low[max(limit, pos - 24) : pos]
    ends = [before.rfind(c) + len(c) for c in cues if c and c in before]
    return bool(ends) and any(w in before[max(ends) :] for w in _RAISING_VERBS)


def _cue_before(ctx: Context, pos: int, cues: tuple[str, ...], limit: int, width: int = 24) -> bool:
    before = ctx.low[max(limit, pos - width) : pos].rstrip()
    return any(c in before for c in cues)


_DESCRIPTOR = re.compile(r"[\u4e00-\u9fffa-z0-9]{0,10}(?:新创|初创|创企|公司|厂商|业者|巨头|大厂|独角兽|服务商|供应商|运营商|提供商)")


_EN_DESCRIPTOR = re.compile(
    r"\s+(?:the\s+|a\s+|an\s+)?(?:[a-z][a-z-]*\s+){0,4}(?:maker|company|firm|startup|group|giant|fund|investor|operator|provider|"
    r"manufacturer|developer|designer|supplier|lab|conglomerate|bank|automaker|chipmaker|carrier)\s*"
)


_FOUNDED_BY = re.compile(r"(?:co-)?founded (?:in \d{4} )?by")


def _founder(ctx: Context, m: Mention, t: Trigger) -> bool:
    """Mistral, founded in 2023 by … Arthur Mensch, …, has hired 200 people: a founder named in passing is not the one hired."""
    if m.end > t.start or not ctx.is_english() or _relative_subject(ctx, m, t):  # 共同创建ChatGPT的赵晟佳 may well leave: only the English appositive
        return False  # (founded by A and B, who left Arm: the relative clause's verb is theirs)
    head = ctx.low[max(0, m.start - 120) : m.start]
    return bool(_FOUNDED_BY.search(head)) and not any(w in ctx.low[m.end : t.start] for w in ("joined", "加入", "加盟"))


_REPORTS_TO = re.compile(r"(?:向|对)[^,。;、]{0,10}$")
_REPORTS_TO_EN = re.compile(r"\breport(?:s|ing)?\s+(?:directly\s+)?to\s+(?:[\w.'-]+\s+){0,5}$")


def supervisor(ctx: Context, m: Mention) -> bool:
    """向创始人杨植麟汇报 / will report to Chief Executive Jensen Huang: the boss named, not the one hired or leaving."""
    if ctx.is_english():
        return bool(_REPORTS_TO_EN.search(ctx.low, max(0, m.start - 60), m.start))
    after = ctx.low[m.end : m.end + 6]
    return "汇报" in after and bool(_REPORTS_TO.search(ctx.low, max(0, m.start - 12), m.start))


_EN_TITLE_STOP = frozenset({"its", "their", "his", "her", "the", "a", "an", "and", "or", "as", "to", "by", "with", "former", "then", "new", "also", "was", "is", "who"})
_RECRUITING = frozenset({"hired", "hires", "hire", "hiring", "recruited", "recruits", "recruit", "recruiting", "poached", "poaches", "poach", "lured", "lures", "tapped", "taps", "appointed", "appoints", "named", "names"})
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|is|are|being|be|get|got|gets)\s+(?:\w+ly\s+)?$")


def _recruiter(ctx: Context, m: Mention, t: Trigger, cand: Candidate) -> bool:
    """Meta CEO Mark Zuckerberg has personally recruited several of the hires: the one who hires is not hired."""
    if cand.type.name != "hire" or not ctx.is_english() or m.end > t.start or t.word not in _RECRUITING:
        return False
    if _PASSIVE_BEFORE.search(ctx.low, max(0, t.start - 20), t.start):
        return False  # X was hired by Y
    between = ctx.low[m.end : t.start]
    return len(between) <= 40 and not any(c in between for c in ",;:()") and not re.search(r"\bwho\b|\bwhom\b", between)


_EN_PLACE_OWNER = re.compile(r"\s(?:[A-Z][A-Za-z.-]+\s){0,2}[A-Z][A-Za-z.-]+['’]s\s+$")


_OWNER_BEFORE = re.compile(r"(?<=[与和同跟向由])[^,。;、与和同跟向由\s]{2,16}旗下的?$")


def _cue_right_before(ctx: Context, pos: int, cues: tuple[str, ...], limit: int) -> bool:
    wide = ctx.low[max(limit, pos - (48 if ctx.is_english() else 24)) : pos].rstrip()
    if not ctx.is_english():  # 转任日本GPU云端新创Sakura Nexus: the cue stands before a company descriptor
        for c in cues:
            i = wide.rfind(c)
            if i >= 0 and c and _DESCRIPTOR.fullmatch(wide[i + len(c) :]):
                return True
        place = next((p for p in ctx.cues.lex["places"] if wide.endswith(p) and len(wide) > len(p)), None)
        if place:  # 向美国慧与科技
            wide = wide[: -len(place)]
        owner_zh = _OWNER_BEFORE.search(wide)
        if owner_zh is not None:  # 与沙特公共投资基金旗下的Humain: an owner the KB lacks stands between the cue and the name
            wide = wide[: owner_zh.start()]
    elif cues:  # led by Dutch chip equipment maker ASML: the cue stands before an English company description
        for c in cues:
            i = wide.rfind(c)
            if i >= 0 and c[:1].isalpha() and _EN_DESCRIPTOR.fullmatch(wide[i + len(c) :]):
                return True
        owner = _EN_PLACE_OWNER.search(ctx.doc.text, max(limit, pos - 40), pos)
        if owner is not None:  # led by Abu Dhabi's MGX: a place's (or owner's) name stands between the cue and the name
            wide = ctx.low[max(limit, pos - 48) : owner.start()].rstrip()
    before = wide[-24:] if ctx.is_english() else wide[-14:]  # existing backers X: English cues run longer
    for c in cues:
        if before.endswith(c) or before.endswith(c + "了"):
            if c.isascii() and c[0].isalpha():
                rest = before[: -len(c)]
                if rest and rest[-1].isalnum():
                    continue
            return True
    return False


def _cue_after(ctx: Context, pos: int, cues: tuple[str, ...], limit: int, width: int = 10) -> bool:
    after = ctx.low[pos : min(limit, pos + width)].lstrip()
    start = pos + len(ctx.low[pos : min(limit, pos + width)]) - len(after)
    # 筹集6.5亿美元 估值达100亿美元: a cue that opens the next figure is that figure's, not the one before it
    return any(after.startswith(c) and not _NEXT_FIGURE.match(ctx.low, start + len(c), limit) for c in cues)


_NEXT_FIGURE = re.compile(r"\s*(?:达到|高达|达|为|约|超过|逾|近|of|at)\s*[\d$¥€£]")


def _pattern_before(ctx: Context, pos: int, role: Role, limit: int, width: int = 72) -> bool:
    """The role's cue pattern (较2024年的, 上年同期为, year-ago) in the text before ``pos``."""
    return role.pre_pattern is not None and role.pre_pattern.search(ctx.low[max(limit, pos - width) : pos]) is not None


# ---------------------------------------------------------------------- values
def _unit_ok(schema: Schema, role: Role, value: Value, after: str = "") -> bool:
    """A count fits a role only when it counts what the role counts (people, times, chips); 四个|团队 reads the noun after a bare classifier."""
    if not role.units:
        return True
    unit = str(value.norm.get("unit") or "").lower()
    words = schema.units.get(role.units, frozenset())
    if unit in ("个", "家", "支", "") and after:
        unit = unit + after
        return any(unit.startswith(w) for w in words)
    return bool(unit) and (unit in words or any(unit.endswith(w) or w.endswith(unit) for w in words))


def _value_roles(schema: Schema, cand: Candidate, v: Value, after: str = "") -> list[Role]:
    out = []
    # a metric word may take another kind of figure than money (毛利率 → share, 员工总数 → count)
    figure = schema.metric_kinds.get(cand.trigger.word) if "metric" in cand.type.roles else None
    for role in cand.type.roles.values():
        if role.kind == "date":
            continue
        kind = figure if figure and role.kind == "money" else role.kind
        if kind == v.kind and (v.kind != "count" or _unit_ok(schema, role, v, after)):
            out.append(role)
    return out


def _counts_sources(ctx: Context, v: Value) -> bool:
    """两位知情人士 / three people familiar: a count of sources, not of the event's people."""
    if v.kind != "count":
        return False
    after = ctx.low[v.end : v.end + 24].lstrip()
    return any(after.startswith(g) or after.startswith("名" + g) or after.startswith("位" + g) for g in ctx.cues.attribution_generic) or after.startswith(
        ("people familiar", "people with knowledge", "people with direct knowledge", "people briefed", "people close to", "people aware", "sources")
    ) or any(w in _own_clause(ctx.low[max(0, v.start - 1) : v.start + len(v.text) + 30], len(v.text) + 1) for w in ("familiar with", "knowledge of", "briefed on", "aware of the"))


def _own_clause(window: str, head: int) -> str:
    """The window up to the first comma after its first ``head`` characters (a count's own words, not the next clause's)."""
    cut = window.find(",", head)
    return window if cut < 0 else window[:cut]


_SHARE_MOVE = re.compile(r"\bshares?\b(?:[^.;]|\.(?=\d)){0,40}\b(?:rose|fell|jumped|dropped|gained|slid|climbed|surged|tumbled|closed|ended|slipped|sank)\b(?:[^.;]|\.(?=\d)){0,25}\bto\s*$")


def _quote(ctx: Context, v: Value) -> bool:
    """收盘价:6.06元 / 目标价65港元 / shares rose 2.1% to 812,000 won: a share price, never an event's amount."""
    if v.kind != "money":
        return False
    if ctx.low[max(0, v.start - 5) : v.start].rstrip(": ").endswith(ctx.cues.lex["quote_words"]):
        return True
    return ctx.is_english() and _SHARE_MOVE.search(ctx.low, max(0, v.start - 80), v.start) is not None


def _comparison_base(ctx: Context, v: Value) -> bool:
    """较上年同期 / 比去年同期: a period a figure is compared against, not the period of the figure."""
    return v.kind == "period" and ctx.low[max(0, v.start - 3) : v.start].endswith(ctx.cues.lex["comparison_heads"])


_DIFFERENCE = re.compile(r"(?:较|比|同比|环比)[^,;。:]{0,10}?(?:减少|增加|下降|增长|上升|下滑|收窄|扩大|减亏|增亏)了?(?:约|近|逾|超过)?$")


def _difference(ctx: Context, v: Value) -> bool:
    """亏损金额较上年同期减少482,446.40元: the money a figure moved by, not the figure."""
    return v.kind == "money" and bool(_DIFFERENCE.search(ctx.low, max(0, v.start - 24), v.start))


def _recruited(ctx: Context, sent: Sentence, v: Value) -> bool:
    cs = sent.clauses[sent.clause_index(v.start)][0]
    return any(w in ctx.low[cs : v.start] for w in ctx.cues.lex["recruiting"])


def _conversion(ctx: Context, v: Value) -> bool:
    """200亿日圆(约新台币42亿元): an amount in brackets right after another amount restates it in another currency."""
    if v.kind != "money":
        return False
    k = ctx.low.rfind("(", max(0, v.start - 4), v.start)
    if k < 0 or ctx.low[k + 1 : v.start].strip() not in ("", "约", "约合", "折合", "合"):
        return False
    return any(p.kind == "money" and 0 <= k - p.end <= 1 for p in ctx.values_in(max(0, k - 40), k))


def number_end(v: Value) -> int:
    """Where a value stops masking triggers: an English count's unit word may itself be the trigger (6,000 job cuts, 1,200 layoffs)."""
    if v.kind != "count" or not re.search(r"[a-z]$", v.text):
        return v.end
    m = re.search(r"\d[\d,.]*(?:\s*(?:million|thousand|hundred))?", v.text)
    return v.start + m.end() if m else v.end


def assign_values(ctx: Context, schema: Schema, sent: Sentence, cands: list[Candidate]) -> None:
    """Give each value of the sentence to the nearest event that has a fitting role (cued roles first)."""
    options: list[tuple[float, int, int, Role, Value]] = []
    values = [
        v for v in ctx.values_in(sent.start, sent.end)
        if v.kind != "date" and not _counts_sources(ctx, v) and not _comparison_base(ctx, v) and not _quote(ctx, v) and not _conversion(ctx, v)
        and not _difference(ctx, v)
    ]
    # a period is part of a cue (去年同期的X, 上季度的X), never a fence between a cue and its figure
    stops = sorted([v.end for v in values if v.kind != "period"] + [c.trigger.end for c in cands])
    for vi, v in enumerate(values):
        vc = sent.clause_index(v.start)
        # a cue word before a value belongs to it only if no other value or trigger stands between them
        fence = max([e for e in stops if e <= v.start], default=sent.start)
        for ci, cand in enumerate(cands):
            t = cand.trigger
            if v.start < t.end and t.start < number_end(v):
                continue
            dist = 0 if t.start >= number_end(v) and v.end > t.start else v.start - t.end if v.start >= t.end else (t.start - v.end) * 1.5 + 6
            hops = abs(vc - cand.clause)
            spread = v.kind == "period" and ctx.low[max(sent.start, v.start - 4) : v.start].rstrip().endswith(("分", "为期", "历时", "over", "spread over", "across"))
            if hops > 6 or (v.kind == "period" and hops > (1 if spread else 0)):  # 开出2亿美元,分4年发放
                continue
            far = hops > 3  # 由腾讯领投,IDG资本、红杉中国跟投,投后估值超过40亿美元: far away only with its cue word
            if cand.type.name == "layoff" and v.kind == "count" and _recruited(ctx, sent, v):
                continue  # 今年计划新招聘超过1000名工程师: a head count being hired is not one being cut
            if v.start >= t.end and any(w in ctx.low[t.end : v.start] for w in _CAUSE_WORDS):
                continue  # 亏损减少主要由于开支减少约700万港元: a figure of the cause, not of the event
            for role in _value_roles(schema, cand, v, ctx.low[v.end : v.end + 5]):
                per_sum = role.name in ("amount", "valuation") or (role.name == "price" and cand.type.name == "acquisition")
                if per_sum and v.kind == "money" and _per_share(ctx, v):
                    continue  # 以46.17元/股 / 发行价每股25.6元 / 每股135美元收购: a price per share, not the sum paid, raised or worth
                if role.name == "value" and cand.type.name == "financial_metric" and _per_unit(ctx, t):
                    continue  # 每卖一头猪亏损38元 / 每吨盈利200元: a figure per unit sold, not the company's result
                if role.not_pre and _cue_before(ctx, v.start, role.not_pre, sent.clauses[vc][0], 40):
                    continue  # shares rose 2.1% to 812,000 won: a share price, not the company's figure
                cs = max(sent.clauses[vc][0], fence if fence != t.end else t.start)  # a stake of about 27%: the cue may open with the trigger
                cued = role.pre or role.post or role.pre_pattern
                hit = cued and (
                    (_cue_before(ctx, v.start, role.pre, cs) and not _verb_after_cue(ctx, v.start, role.pre, cs))
                    or _cue_after(ctx, v.end, role.post, sent.end, 24) or _pattern_before(ctx, v.start, role, cs, 80 if ctx.is_english() else 24)
                )
                if (cued and not hit) or (far and not hit):
                    continue
                cost = dist + hops * 12
                if hit:
                    cost -= 60
                    if t.start > v.end and role.name not in ("valuation", "workforce"):
                        cost += 40
                options.append((cost, vi, ci, role, v))
    options.sort(key=lambda o: o[0])
    taken: set[int] = set()
    for _cost, vi, ci, role, v in options:
        cand = cands[ci]
        if vi in taken or (role.name in cand.args and not role.many):
            continue
        cand.args.setdefault(role.name, []).append(v)
        if role.pre or role.post or role.pre_pattern:
            cand.cued.add(role.name)
        taken.add(vi)
    for cand in cands:
        _previous_as_current(ctx, cand)


_CAUSE_WORDS = ("由于", "因为", "源于", "归因于", "due to", "because", "driven by", "citing")
_PER_SHARE_BEFORE = ("每股", "每基金单位", "每单位", "股价", "发行价", "招股价", "开盘报", "开盘价", "收报", "收盘价", "报收", "per share")


def _per_share(ctx: Context, v: Value) -> bool:
    """A money value that is a price per share (46.17元/股, 每股25.6元, 股价报35港元)."""
    after = ctx.low[v.end : v.end + 3].lstrip()
    before = ctx.low[max(0, v.start - 6) : v.start]
    if re.match(r"\s*each\b", ctx.low[v.end : v.end + 8]) and re.search(r"\bpriced\b[^.;]{0,16}$", ctx.low[max(0, v.start - 30) : v.start]):
        return True  # shares priced between $46 and $50 each
    return after.startswith(("/股", "每股", "a share", "per share")) or any(w in before for w in _PER_SHARE_BEFORE)


_PER_UNIT = re.compile(r"每(?:卖|售|销售|卖出|售出|出售|生产|交付|运)?(?:出)?[一1]?(?:头|吨|辆|台|件|部|只|箱|桶|瓶|套|公斤|斤|平方米|张)[^,。;、]{0,3}$")


def _per_unit(ctx: Context, t: Trigger) -> bool:
    """每卖一头猪亏损 / 每吨亏损: the trigger is said of one unit sold or made."""
    return _PER_UNIT.search(ctx.low, max(0, t.start - 10), t.start) is not None


_ROSE_FROM = re.compile(r"\b(?:rose|rising|fell|falling|grew|growing|increased|decreased|jumped|climbed|dropped|declined|slipped|surged|soared|up|down)\s+(?:about\s+|roughly\s+|nearly\s+)?[\d.]+\s?%\s+(?:from|compared with|versus)\s+$")


def _previous_as_current(ctx: Context, cand: Candidate) -> None:
    """A comparison figure with no current figure beside it (上年同期亏损1.5亿元) is the event's own figure — not
    the base of a change (Revenue rose 62% from $35.08 billion a year earlier)."""
    for name in [r for r in cand.args if r.startswith("previous_")]:
        current = name.removeprefix("previous_")
        first = cand.args[name][0]
        if ctx.is_english() and _ROSE_FROM.search(ctx.low, max(0, first.start - 60), first.start):
            continue
        if current in cand.type.roles and current not in cand.args:
            cand.args[current] = cand.args.pop(name)
            cand.cued.discard(name)


# ---------------------------------------------------------------------- entities
_VENUE_ENDINGS = ("交易所", "联交所", "板", "exchange")


def _eligible(m: Mention, role: Role, venues: frozenset[str] = frozenset()) -> bool:
    """Whether the mention can fill the role: its type fits, and stock exchanges and regulators fill only 'exchange'."""
    if m.type not in role.entity:
        return False
    venue = (m.entity_id in venues) or (m.entity_id is None and (m.name or m.text).lower().endswith(_VENUE_ENDINGS))
    return venue == (role.name == "exchange")


def _side_ok(m: Mention, role: Role, t: Trigger) -> bool:
    if role.side == "before":
        return m.end <= t.start
    if role.side == "after":
        return m.start >= t.end
    return m.end <= t.start or m.start >= t.end


def _dist(m: Mention, t: Trigger) -> int:
    return t.start - m.end if m.end <= t.start else m.start - t.end


def _exclusive_ok(m: Mention, role: Role, cand: Candidate, cands: list[Candidate]) -> bool:
    """An exclusive filler goes to its nearest trigger, unless it is the subject of this trigger's clause."""
    if not role.exclusive:
        return True
    if m.end <= cand.trigger.start and cand.sent.clause_index(m.start) == cand.clause:
        return True
    rivals = [c for c in cands if c.type.name == cand.type.name and c.type.roles[role.name].exclusive]
    return min(rivals, key=lambda c: _dist(m, c.trigger)) is cand


def assign_entities(ctx: Context, sent: Sentence, cands: list[Candidate]) -> None:
    """Fill entity roles: cued fillers first, then the nearest on the role's side, then the topic org."""
    mentions = [m for m in ctx.mentions_in(sent.start, sent.end) if m.type in ("org", "person")]
    for cand in cands:
        t = cand.trigger
        roles = [r for r in cand.type.roles.values() if r.kind == "entity"]
        # 1. cued
        for role in roles:
            if not (role.pre or role.post):
                continue
            hits = [
                m
                for m in mentions
                if _eligible(m, role, ctx.venues)
                and (_side_ok(m, role, t) or (role.cue_any_side and (m.end <= t.start or m.start >= t.end)))
                and (role.gather or abs(sent.clause_index(m.start) - cand.clause) <= 2)
                and ((_cue_right_before(ctx, m.start, role.pre, sent.start) and not (_possessor(ctx, m) and role.name not in ("exchange", "from_org", "to_org", "supplier") and not _own_round(ctx, m, role.name))) or _cue_after(ctx, m.end, role.post, sent.end, 24 if role.gather else 6))
                and (m.entity_id or m.name or m.text) not in cand.used_ids()
                and not _relative_subject(ctx, m, t)
                and not (role.not_pre and _cue_right_before(ctx, m.start, role.not_pre, sent.start))
            ]
            hits = [m for m in hits if not any(o.type.name == cand.type.name and o is not cand and _dist(m, o.trigger) < _dist(m, t) for o in cands)]
            if hits:
                best = min(hits, key=lambda m: _dist(m, t))
                pool = [m for m in mentions if _eligible(m, role, ctx.venues)]
                picked = _coordinated_all(ctx, hits, pool) if role.gather else _coordinated(ctx, best, pool) if role.many else [best]
                cand.args[role.name] = list(picked)
                cand.cued.add(role.name)
        # 2. defaults
        agent_done = False
        for role in roles:
            if role.name in cand.args or not role.default:
                if role.side == "before":
                    agent_done = True
                continue
            is_agent = role.side == "before" and not agent_done
            named_object = _of_the_object(ctx, sent, t) if role.phrase and not is_agent else None
            if named_object is not None and (named_object.entity_id or named_object.name or named_object.text) not in cand.used_ids():
                cand.args[role.name] = [named_object]  # 完成对X的收购,这意味着Y…: X, not a name in the next clause
                continue
            pool = []
            next_actor = False  # 马云前脚刚退休,腾讯就…: no org is read for him, not even the page's topic
            for m in mentions:
                if not _eligible(m, role, ctx.venues) or not _side_ok(m, role, t):
                    continue
                if (m.entity_id or m.name or m.text) in cand.used_ids():
                    continue
                if is_agent and ctx.is_oblique(m, sent) and not _relative_subject(ctx, m, t):
                    continue
                if is_agent and _in_object_before(ctx, sent, m, t):
                    continue
                if not is_agent and abs(sent.clause_index(m.start) - cand.clause) > 1 and not _apposed_subject(ctx, m, t):
                    continue
                if not is_agent and _next_actor(ctx, sent, m, t):
                    next_actor = True
                    continue
                if not _exclusive_ok(m, role, cand, cands):
                    continue
                if m.type == "person" and (_founder(ctx, m, t) or supervisor(ctx, m) or _recruiter(ctx, m, t, cand)):
                    continue
                if role.not_pre and _cue_right_before(ctx, m.start, role.not_pre, sent.start):
                    continue
                if role.name == "org" and cand.type.name in ("hire", "departure") and _titled_affiliation(ctx, m, t):
                    continue  # hired Windsurf CEO Varun Mohan: Windsurf is where he worked, not who hires
                if role.not_post and _cue_after(ctx, m.end, role.not_post, sent.end, 6):
                    continue
                if any(_cue_right_before(ctx, m.start, r.pre, sent.start) for r in roles if r is not role and r.pre and _side_ok(m, r, t)) and not (
                    is_agent and _relative_subject(ctx, m, t)
                ):
                    continue
                pool.append(m)
            if "person" in role.entity and ctx.is_english():
                pool = _english_people(ctx, t, pool, speaker_ok=cand.type.name != "pay_offer")
            if role.side == "any" and "org" in role.entity and ctx.is_english():  # led by X and hired Y: X is not the one who hires
                pool = [m for m in pool if not ctx.is_oblique(m, sent) or _cue_right_before(ctx, m.start, role.pre, sent.start)] or pool
            if is_agent and ctx.is_english():  # Meta poached Apple's top executive with a package: the possessor modifies
                pool = [m for m in pool if ctx.low[m.end : m.end + 2] not in ("'s", "’s")] or pool
            if pool:
                best = min(pool, key=lambda m: _dist(m, t))
                apposed = [m for m in pool if is_agent and _apposed_subject(ctx, m, t)]
                if apposed:  # Sakana AI, the lab co-founded by former Google researchers, raised …: the name before the appositive
                    best = apposed[0]
                chosen = _coordinated(ctx, best, [m for m in mentions if _eligible(m, role, ctx.venues)]) if role.many else [best]
                cand.args[role.name] = list(chosen)
            elif (is_agent or role.fallback) and "org" in role.entity and not next_actor:
                topic = None
                if not _subject_in_sentence(ctx, sent, t) and not _generic_subject(ctx, sent, t):
                    topic = _continued_agent(ctx, sent) or (english_topic(ctx, sent.start) if ctx.is_english() else None) or salient_org(ctx, sent.start) or ctx.last_agent or topic_org(ctx, sent.start)
                elif role.fallback and not is_agent and not ctx.is_english():
                    # Meta,去年先是…,随后又从苹果公司挖走了…: the sentence's subject, clauses away, does it
                    topic = next((m for m in mentions if m.type == "org" and m.end <= t.start and not ctx.is_oblique(m, sent) and m.source != "coref"), None)
                if topic is not None and _eligible(topic, role, ctx.venues) and (topic.entity_id or topic.name or topic.text) not in cand.used_ids():
                    cand.args[role.name] = [topic]
                    cand.fallback.add(role.name)
            if role.side == "before":
                agent_done = True
        for role in roles:
            if role.phrase and role.name not in cand.args:
                cs_, ce_ = sent.clauses[cand.clause]
                if ctx.is_english():
                    phrase = _english_object(ctx, t.end, ce_)
                else:
                    phrase = _noun_phrase_object(ctx, t.end, ce_) or _phrase_before(ctx, cs_, t.start)
                if phrase is not None:
                    cand.args[role.name] = [phrase]
                    key = phrase.entity_id or phrase.name or phrase.text
                    for other in roles:  # 阿里巴巴完成了对深言科技的收购: the object is not also the doer
                        took = cand.args.get(other.name, [])
                        if other is not role and any(isinstance(f, Mention) and (f.entity_id or f.name or f.text) == key for f in took):
                            earlier = [m for m in mentions if m.type in other.entity and m.end <= phrase.start and not ctx.is_oblique(m, sent) and _eligible(m, other, ctx.venues)]
                            if earlier:
                                cand.args[other.name] = [earlier[-1]]
                            else:
                                del cand.args[other.name]
                    _drop_inside(cand, role.name, phrase)


_HIRING_VERBS = frozenset(["hired", "hires", "hire", "hiring", "appointed", "appoints", "named", "recruited", "recruits", "tapped", "lured", "poached", "poaches", "brought on", "brought in", "brought over", "snapped up"])


def _english_people(ctx: Context, t: Trigger, pool: list[Mention], speaker_ok: bool = True) -> list[Mention]:
    """… will retire in July, Nadella wrote / She will be succeeded by Rahul Iyer: the writer of the news is not the one who
    moves, and a passive verb's person comes after its "by". The one who tells of pay offered (Zhou said the startup
    has been offering packages) is never the one offered it."""
    passive = _PASSIVE_BEFORE.search(ctx.low, max(0, t.start - 20), t.start) is not None  # Jane Doe was hired by Google
    if t.word.endswith(" by") or (t.word in _HIRING_VERBS and not passive):  # Zuckerberg hired Alexandr Wang: the one hired is the object
        pool = [m for m in pool if m.start >= t.end] or pool
    verbs = "|".join(re.escape(w) for w in ctx.cues.speech_en)
    quiet = [m for m in pool if m.type != "person" or not re.match(rf"\s+(?:{verbs})\b", ctx.low[m.end : m.end + 14])]
    return quiet if quiet or not speaker_ok else pool


def _drop_inside(cand: Candidate, role: str, phrase: Mention) -> None:
    """收购两燃气公司: a name inside the phrase that fills ``role`` (what is bought) fills no other role."""
    for name, fills in list(cand.args.items()):
        kept = [f for f in fills if name == role or not phrase.start <= f.start < phrase.end]
        if kept != fills:
            cand.args[name] = kept
            if not kept:
                del cand.args[name]


_APPOSED = re.compile(r",[^,;:()]{2,80},\s*(?:(?:has|had|have|will|would|is|was|are|were|been|be|also|then|later|recently|abruptly|quietly|now|set to)\s+)*$")


_RELATIVE = re.compile(r",\s*(?:which|who)\s+[^,;()]{0,60}$")


def _relative_subject(ctx: Context, m: Mention, t: Trigger) -> bool:
    """… comes from OpenAI, which agreed to buy …: the name a relative clause hangs on is the subject of its verb."""
    return ctx.is_english() and m.end <= t.start and _RELATIVE.match(ctx.low, m.end, t.start) is not None


_JUST_DONE = ("前脚",)
_THEN_DOES = ("就", "便", "后脚")


def _next_actor(ctx: Context, sent: Sentence, m: Mention, t: Trigger) -> bool:
    """马云前脚刚退休,腾讯就开始动手: the name opening the clause after a 前脚…就 sequence does the next thing."""
    if ctx.is_english() or m.start < t.end or not ctx.low.startswith(_THEN_DOES, m.end):
        return False
    here, there = sent.clause_index(t.start), sent.clause_index(m.start)
    if there <= here or ctx.low[sent.clauses[there][0] : m.start].strip(" ,，"):
        return False
    return any(w in ctx.low[sent.clauses[here][0] : t.start] for w in _JUST_DONE)


_ROUND_OWNED = re.compile(r"(?:'s|’s)\s+(?:latest|new|newest|recent|most recent|next|current|\$[\d.,]+\s*(?:million|billion|bn|m)\s+)?\s*(?:funding |financing |series [a-h]\d? |seed )?(?:round|financing|raise|fundraising)\b")


def _own_round(ctx: Context, m: Mention, role: str) -> bool:
    """invested $2bn in xAI's latest round: the round's owner is who is invested in."""
    return role == "target" and _ROUND_OWNED.match(ctx.low, m.end) is not None


def _possessor(ctx: Context, m: Mention) -> bool:
    """from Waymo's previous round: the preposition governs the round, not its possessor."""
    return ctx.is_english() and ctx.low.startswith(("'s ", "' "), m.end)


def _titled_affiliation(ctx: Context, m: Mention, t: Trigger) -> bool:
    """Windsurf CEO Varun Mohan / 延揽Google DeepMind资深研究科学家X: an organisation written right before a title and a
    name is that person's employer."""
    person = next((p for p in ctx.mentions_in(m.end, m.end + (48 if ctx.is_english() else 20)) if p.type == "person"), None)
    if person is None or m.end <= t.start < person.start:
        return False  # Amazon hired Adept co-founder X: the verb stands between the company and the title
    gap = ctx.low[m.end : person.start].strip()
    if not ctx.is_english() and (m.start < t.end or "的" in gap or any(c in gap for c in ",、。;")):
        return False  # only a company named after the verb, with its title glued on (前辉达网通事业部资深副总裁X)
    if ctx.is_english():
        between = [o for o in ctx.mentions_in(m.end, person.start) if o.type == "org"]  # Amazon hired Adept co-founder X: Adept's title
        verb = re.search(r"\b(?:hired|hires|hire|hiring|named|appointed|appoints|joined|joins|tapped|poached|recruited|lured|said|says|told)\b", gap)
        if between or verb is not None:
            return False
    return bool(gap) and "," not in gap and gap.endswith(ctx.cues.titles)


def _apposed_subject(ctx: Context, m: Mention, t: Trigger) -> bool:
    """Sachin Katti, Intel's chief technology officer, left …: a name is the subject of a verb across its appositive."""
    return ctx.is_english() and m.end <= t.start and _APPOSED.match(ctx.low, m.end, t.start) is not None


_EN_OBJECT = re.compile(r"\s+(?:(?:[a-z][a-z-]*)\s+){0,3}?([A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,3})")


def _english_object(ctx: Context, pos: int, limit: int) -> Mention | None:
    """combined with X, Musk's social media platform / acquire Johor-based developer Tebrau: the capitalised name after the verb."""
    m = _EN_OBJECT.match(ctx.norm, pos, limit)
    if m is None:
        return None
    words = m.group(1).removesuffix("'s").split()
    if not words or words[0] in name_cues().en_stopwords:
        return None
    text = " ".join(words)
    s = m.start(1)
    return Mention(s, s + len(text), text, "org", None, text, "phrase")


_LATIN_WORDS = re.compile(r"[A-Z][A-Za-z0-9&'-]*(?:\.? [A-Z][A-Za-z0-9&'-]*\.?){1,5}(?![A-Za-z0-9&'-])")


def _noun_phrase_object(ctx: Context, pos: int, limit: int) -> Mention | None:
    """The name-like noun run right after a verb (收购大街网约57%股份 → 大街网), for roles no known name fills."""
    lead = next((w for w in ("了其", "了一家", "了", "其", "旗下的", "旗下", "一家", "一间", "某家") if ctx.low.startswith(w, pos)), "")
    pos += len(lead)  # 出售了其新加坡晶圆厂 / 收购一家日本服务器厂: past 了, 其 and 一家
    title = re.match(r"《[^《》]{1,20}》|[“\"「][^“”\"「」,。]{1,16}[”\"」]", ctx.norm[pos:limit])
    if title is not None:  # 收购《体育画报》 / 收购“积目”: a title or a quoted name names what is bought
        return Mention(pos, pos + title.end(), ctx.doc.text[pos : pos + title.end()], "org", None, ctx.norm[pos : pos + title.end()], "phrase")
    latin = _LATIN_WORDS.match(ctx.norm, pos, limit)
    if latin is not None:  # 收购Craft Brew Alliance余下股份: a name of several Latin words, whole
        e = latin.end()
        return Mention(pos, e, ctx.doc.text[pos:e], "org", None, ctx.norm[pos:e], "phrase")
    toks = tokens(ctx.norm, pos, min(limit, pos + 14))
    end = pos
    headed = _HEADED_KIND.match(ctx.low, pos, min(limit, pos + 14))
    if headed is not None and not ctx.values_in(pos, headed.end()):  # 一家自动(vn)驾驶(v)公司: a kind of company, whatever its words' tags
        toks = []
        end = headed.end()
    for i, (s, e, word, flag) in enumerate(toks):
        if any(v.start <= s < v.end and not (i == 0 and v.kind == "count") for v in ctx.values_in(pos, limit)) or word in ("约", "的", "及", "和", "旗下"):
            break
        prev = toks[i - 1][2] if i > 0 else ""
        if prev and prev.isascii() and not prev.isupper() and not word.isascii() and not word.startswith(_LATIN_NAME_TAILS):
            break  # 收购Playtika历时三年: a Latin name ends where Chinese words go on (not an acronym: AI视觉新创X)
        # 收购两燃气公司 / 收购一家公司: a counted noun; 收购亏损(vn)资产: a verbal noun modifying the head
        counted = i == 0 and flag in ("m", "mq") and not word[:1].isdigit() and i + 1 < len(toks) and toks[i + 1][3].startswith(("n", "q"))
        # 零部件(mq)厂(zg): a noun the segmenter read as a numeral, a one-character head it left untagged
        misnumbered = i > 0 and flag in ("m", "mq") and word[:1] in "零配"
        head = i > 0 and flag == "zg" and word in ("厂", "店", "商", "行", "所", "院", "厂商")
        nounish = flag.startswith(("n", "j", "eng")) or flag in ("s", "b", "q") or counted or misnumbered or head or (
            flag == "vn" and i + 1 < len(toks) and (toks[i + 1][3].startswith("n") or (toks[i + 1][3] == "zg" and toks[i + 1][2] in ("厂", "店", "商", "所", "院")))
        )  # 测试(vn)厂(zg): a verbal noun before a one-character head
        # 大连(d)住宅项目: a place word the segmenter mistook for an adverb, at the start before a noun
        # 捷诚(a)科技: a name's first word the segmenter read as an adjective or an adverb, before a noun
        misread = i == 0 and flag in ("d", "r", "a", "ad", "z") and len(word) == 2 and i + 1 < len(toks) and toks[i + 1][3].startswith("n")
        if (nounish or misread) and word.strip():
            end = e
            continue
        break
    described = _DESCRIPTOR.match(ctx.low, pos, end)  # AI视觉新创眸境科技 → 眸境科技
    if described and end - described.end() >= 2:
        pos = described.end()
    text = ctx.doc.text[pos:end].strip()
    if len(text) < 2 or text in ctx.cues.lex.get("not_names", ()) or _bare_place(ctx, ctx.norm[pos:end].strip()):
        return None
    if ctx.low[pos:end].startswith(ctx.cues.lex.get("not_name_heads", ())):
        return None  # 收购事项 / 并购机会 / 收购价格: a thing, not a company's name
    return Mention(pos, end, text, "org", None, ctx.norm[pos:end], "phrase")


_HEADED_KIND = re.compile(r"[\u4e00-\u9fffa-z0-9]{2,10}?(?:公司|企业|厂商|工厂|制造商|供应商|开发商|服务商)(?![\u4e00-\u9fff]{0,1}(?:的|股|之))")
_LATIN_NAME_TAILS = ("公司", "集团", "科技", "银行", "资本", "基金", "控股", "证券", "实验室", "网络", "工作室", "影业", "娱乐", "传媒")


_CITY = re.compile(r"[\u4e00-\u9fff]{1,4}[市省县]")


def _bare_place(ctx: Context, text: str) -> bool:
    """深圳市 / 美国 / 美国德州 alone is where a company is, not which one (收购了深圳市…: the name was cut short)."""
    places = ctx.cues.lex["places"]
    rest = text
    while rest:
        head = next((p for p in sorted(places, key=len, reverse=True) if rest.startswith(p)), None)
        if head is None:
            break
        rest = rest[len(head) :]
    return (rest != text and (rest == "" or bool(_CITY.fullmatch(rest)))) or bool(_CITY.fullmatch(text))


_OF_THE = re.compile(r"对([^,。;、的]{2,20})的(?:[^,。;]{0,6})?$")
_PASSIVE_ZH = re.compile(r"^(?:[^,。;]{0,12}?)([\u4e00-\u9fffa-z0-9]{2,10}?)(?:于|在)?(?:[^,。;]{0,10}?)(?:已)?被")


def _of_the_object(ctx: Context, sent: Sentence, t: Trigger) -> Mention | None:
    """完成对男装品牌De Fursac的收购: the object a nominal verb names before it with 对…的."""
    if ctx.is_english():
        return None
    cs, _ = sent.clauses[sent.clause_index(t.start)]
    of = _OF_THE.search(ctx.low, cs, t.start)
    if of is None or ctx.low[t.start - 1] != "的":
        return None  # 对…的价格收购: the verb is not a noun there
    return _phrase_before(ctx, cs, t.start)


def _in_object_before(ctx: Context, sent: Sentence, m: Mention, t: Trigger) -> bool:
    """完成对男装品牌De Fursac的收购: the name inside 对…的 before the verb is its object, never its doer."""
    if ctx.is_english() or m.end > t.start:
        return False
    cs, _ = sent.clauses[sent.clause_index(t.start)]
    of = _OF_THE.search(ctx.low, cs, t.start)
    return of is not None and of.start(1) <= m.start and m.end <= of.end(1)


def _phrase_before(ctx: Context, cs: int, pos: int) -> Mention | None:
    """完成对秦淮数据的私有化 / 上纬新材去年7月被X以…取得控制权: the unnamed company before the verb."""
    m = _OF_THE.search(ctx.low, cs, pos)
    if m and ctx.values_in(m.start(1), m.end(1)):
        return None  # 以总对价3亿元的价格收购: 对价 is a word, not 对…的
    if m:
        s, e = m.span(1)
    else:
        head = ctx.low[cs:pos]
        if "被" not in head:
            return None
        s, e = cs, cs + head.index("被")
        for v in ctx.values_in(s, e):
            if v.kind in ("date", "period"):
                e = min(e, v.start)
        while s < e and ctx.norm[s] in " ,其该":
            s += 1
        while e > s and ctx.norm[e - 1] in "已将正均也 ":
            e -= 1
    inside = [m for m in ctx.mentions_in(s, e) if m.type == "org" or (m.type == "person" and m.text.isascii())]
    if len(inside) == 1:  # 完成了对AI应用公司"深言科技"的收购: the name inside the phrase (a Latin one, typed a person, too)
        one = inside[0]
        return one if one.type == "org" else Mention(one.start, one.end, one.text, "org", None, one.name or one.text, "phrase")
    text = ctx.doc.text[s:e].strip()
    if not 2 <= len(text) <= 12 or any(ctx.mentions_in(s, e)) or text in ctx.cues.lex.get("not_names", ()):
        return None
    return Mention(s, e, text, "org", None, ctx.norm[s:e], "phrase")
def _generic_subject(ctx: Context, sent: Sentence, t: Trigger) -> bool:
    """Japanese startups in the AI sector raised …: a plural common noun is the subject, so no company fills the doer."""
    if not ctx.is_english():
        return False
    cs, _ = sent.clauses[sent.clause_index(t.start)]
    words = re.findall(r"[a-z]+", ctx.low[cs : t.start])
    return any(w in ctx.cues.lex["generic_subjects"] for w in words[:6])


def _subject_in_sentence(ctx: Context, sent: Sentence, t: Trigger) -> bool:
    return any(m.type == "org" and m.end <= t.start and not ctx.is_oblique(m, sent) for m in ctx.mentions_in(sent.start, t.start))




# 软银旗下SB Innovation Fund / 台积电旗下创投VentureTech Alliance: what stands between an owner and the listed name it owns
_OWNER_GAP = re.compile(r"|'s|旗下(?:的)?(?:[\u4e00-\u9fff]{1,4})?")


def _coordinated_all(ctx: Context, hits: list[Mention], pool: list[Mention]) -> list[Mention]:
    """Every cued filler with the names listed alongside it (由A领投,B、C跟投 → A, B, C), in text order."""
    seen: dict[str, Mention] = {}
    for hit in hits:
        for m in _coordinated(ctx, hit, pool, joined=True):
            seen.setdefault(m.entity_id or m.name or m.text, m)
    chosen = sorted(seen.values(), key=lambda m: m.start)
    # 软银旗下SB Innovation Fund / 日本创投Global Brain: the owner or descriptor right before a listed name is not listed
    owners = {i for i in range(len(chosen) - 1) if _OWNER_GAP.fullmatch(ctx.low[chosen[i].end : chosen[i + 1].start].strip())}
    out = [m for i, m in enumerate(chosen) if i not in owners]
    if ctx.is_english():
        out = _english_listed(ctx, out, pool)
    return out


_ARM_OWNER = re.compile(r"['’]s\s+(?:corporate\s+)?(?:venture|investment|investing|venture capital)\s+(?:arm|unit|fund)\b")
_TITLE_THEN = re.compile(r"\s+(?:co-founder|cofounder|founder|ceo|chief executive|chairman|president|cto|cfo)\s+$")


def _english_listed(ctx: Context, listed: list[Mention], pool: list[Mention]) -> list[Mention]:
    """NVentures, Nvidia's venture arm / Datadog co-founder Olivier Pomel: the owner described after a listed name is not
    listed, and a company named before its founder's title stands for the person who invests."""
    out: list[Mention] = []
    for m in listed:
        if out and m.type == "org" and ctx.low[out[-1].end : m.start].strip() == "," and _ARM_OWNER.match(ctx.low, m.end):
            continue
        person = next((p for p in pool if p.type == "person" and p.start > m.end and _TITLE_THEN.fullmatch(ctx.low, m.end, p.start)), None)
        if m.type == "org" and person is not None:
            if all(o is not person for o in listed):
                out.append(person)
            continue
        out.append(m)
    return out
_PAREN_ALIAS = re.compile(r"^\([^()]{1,40}\)")


def _in_parens(ctx: Context, m: Mention) -> bool:
    """富达(Fidelity): a name written in parentheses right after another is its alias, not a list item."""
    if ctx.low[m.start - 1 : m.start] == "(" and ctx.low[m.end : m.end + 1] == ")":
        return True
    # 国家集成电路产业投资基金二期(大基金二期): a short form with more words inside the brackets
    return _GLOSS_OPEN.search(ctx.low, max(0, m.start - 6), m.start) is not None and _GLOSS_CLOSE.match(ctx.low, m.end, m.end + 6) is not None


_GLOSS_OPEN = re.compile(r"\([^()]{0,4}$")
_GLOSS_CLOSE = re.compile(r"[^()]{0,4}\)")


_APPOSED_ITEM = re.compile(r",\s*(?:who|whom|a|an|the|its|his|her|[a-z0-9&.-]+'s?|former|then)\b[^,;:()]{0,80},(?:\s*(?:and|as well as))?")


def _apposed_gap(ctx: Context, gap: str, first: Mention) -> bool:
    """Helena Voss, who led …, Rafael Ortega, a senior engineer …, and Jun Nakamura: people listed with appositives."""
    return first.type == "person" and ctx.is_english() and _APPOSED_ITEM.fullmatch(gap) is not None


_PREPOSITION_END = re.compile(r"(?<![a-z])(?:on|at|in|of|for|with|from|by|to|under|behind)\s*$")


def _paired(ctx: Context, a: Mention, b: Mention) -> bool:
    """founded by Mei Lin Zhou and Aaron Feld, who …: two people joined by "and" are listed, whatever stands before the pair."""
    lo, hi = (a.end, b.start) if a.start < b.start else (b.end, a.start)
    return a.type == b.type == "person" and ctx.low[lo:hi].strip() in ("and", ", and")


def _inside_apposition(ctx: Context, m: Mention) -> bool:
    """A name right after a preposition (engineer on Gemini Live) belongs to a phrase, not to a list of names."""
    return _PREPOSITION_END.search(ctx.before_words(m.start, 8)) is not None


@lru_cache(maxsize=1)
def _described_item() -> re.Pattern[str]:
    words = "|".join(re.escape(d) for d in sorted(name_cues().org_descriptors_en, key=len, reverse=True))
    return re.compile(rf"(?:,\s*)?(?:(?:and|as well as|with|plus)\s+)?(?:[a-z][\w'.-]*\s+){{0,3}}?(?:{words})s?")


def _described_gap(ctx: Context, gap: str, first: Mention, joined: bool) -> bool:
    """… and Malaysian sovereign fund Khazanah Nasional / led by GIC, with Temasek: a listed name after its descriptor or a with."""
    if first.type != "org" or not ctx.is_english():
        return False
    return _described_item().fullmatch(gap) is not None or (joined and gap in (",with", ", with", "with"))


_FORMER_GAP = re.compile(r"(?:,\s*)?(?:and\s+)?(?:former|ex-)")
_FOUNDER_GAP = re.compile(r"(?:co-founder|cofounder|founder|ceo|chief executive|chairman|president|cto|cfo)")


def _former_gap(ctx: Context, gap: str, cur: Mention, nxt: Mention, direction: int) -> bool:
    """Datadog co-founder Olivier Pomel and former GitHub CEO Nat Friedman: a company and the title of its person, and
    a name after 'and former', stay in the list."""
    if not ctx.is_english():
        return False
    left, right = (nxt, cur) if direction < 0 else (cur, nxt)
    if left.type == "org" and right.type == "person" and _FOUNDER_GAP.fullmatch(gap):
        return True
    return _FORMER_GAP.fullmatch(gap) is not None


def _coordinated(ctx: Context, first: Mention, pool: list[Mention], joined: bool = False) -> list[Mention]:
    chosen = [first]
    ordered = sorted((m for m in pool if m is first or not _in_parens(ctx, m)), key=lambda m: m.start)
    i = ordered.index(first)
    for direction in (-1, 1):
        j, cur = i + direction, first
        while 0 <= j < len(ordered):
            nxt = ordered[j]
            if nxt.source == "coref":
                break  # "led by Sequoia, the company told TechCrunch": a reference is not a listed name
            if first.type == "person" and ctx.is_english() and _inside_apposition(ctx, nxt) and not _paired(ctx, nxt, cur):
                j += direction  # "a senior engineer on Gemini Live": a name inside an appositive is not listed
                continue
            lo, hi = (nxt.end, cur.start) if direction < 0 else (cur.end, nxt.start)
            gap = _PAREN_ALIAS.sub("", ctx.low[lo:hi].strip()).strip()  # 富达(fidelity)、: the alias is not the gap
            if gap in ctx.cues.lex["list_gaps"] or _place_owner_gap(ctx, lo, hi) or _apposed_gap(ctx, gap, first) or _described_gap(ctx, gap, first, joined) or _former_gap(ctx, gap, cur, nxt, direction):  # the pool holds only names that may fill the role
                chosen.append(nxt)
                cur = nxt
                j += direction
            else:
                break
    return sorted(chosen, key=lambda m: m.start)


_PLACE_OWNER = re.compile(r"\s*(?:,|and|,\s*and|&)\s+(?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+['’]s\s*")


def _place_owner_gap(ctx: Context, lo: int, hi: int) -> bool:
    """General Catalyst and Abu Dhabi's MGX: a place owning the next listed name does not end the list."""
    return ctx.is_english() and _PLACE_OWNER.fullmatch(ctx.norm, lo, hi) is not None


# ---------------------------------------------------------------------- text roles
def affiliation_before(ctx: Context, title: TextFill, limit: int) -> Mention | None:
    """The organisation written right before a job title (后者的CEO, 苹果公司AI负责人), if any."""
    for m in reversed(ctx.mentions_in(limit, title.start)):
        if m.type != "org":
            continue
        gap = ctx.low[m.end : title.start].strip()
        de = ctx.low.rfind("的", title.start, title.end)  # (负责gemini预|训练的主管: a duty the title read cut in two)
        duty = ctx.low[m.end : de + 1].strip() if de >= 0 else gap
        if gap in ("", "的", "前", "的前", "'s", "’s", "'s former", "’s former") or (not ctx.is_english() and (_unit_or_duty(gap) or _unit_or_duty(duty))):
            return m
        break
    return None


_DUTY_GAP = re.compile(r"(?:的)?负责[^,。;:、()]{1,20}?的")
_UNIT_GAP = re.compile(r"[\u4e00-\u9fff]{2,6}")
_NOT_UNIT = re.compile(r"宣布|任命|聘|出任|担任|加入|加盟|表示|称|由|为|将|已|在|从|与|和|及|向|对|被|把|让|于|日|月|年|并|也|又|则|说|曾|后|前")


def _unit_or_duty(gap: str) -> bool:
    """Google DeepMind负责Gemini预训练的主管 / 高通产品管理高级副总裁: a duty or a unit between a company and the title
    held there still makes it the person's company."""
    return bool(_DUTY_GAP.fullmatch(gap)) or (bool(_UNIT_GAP.fullmatch(gap)) and not _NOT_UNIT.search(gap))


_AS_CAPACITY = re.compile(r"以([^,。;、]{2,12}?)(?:的)?身份\s*$")
_TAKES_POST = re.compile(r"出任|担任|接任|转任|改任|升任")
# 曾任/历任/原任/现任 name a post held before or now, not the one taken
_APPOINT_LATER = re.compile(r"出任|担任|任命为|出任为|接任|(?<![曾历原现])任|(?<![a-z])as(?![a-z])")


_POST_FILLED_BY = re.compile(r"([\u4e00-\u9fffa-z]{2,14}?)(?:一职|之职|职务|职位)(?:将|则|已|改|暂|并)?由[^,。;]{2,20}$")


def _post_filled_by(ctx: Context, cand: Candidate) -> TextFill | None:
    """技术长一职由研发副总吴承恩接任: the post named before 一职…由 is the one taken, not the title the person holds."""
    if ctx.is_english():
        return None
    cs, _ = cand.sent.clauses[cand.clause]
    m = _POST_FILLED_BY.search(ctx.low, cs, cand.trigger.start)
    return title_after(ctx, m.start(1), m.end(1)) if m is not None else None


def new_role(ctx: Context, cand: Candidate) -> TextFill | None:
    """The post a hire takes: right after an appointment verb (出任其首席AI官, as chief technology officer)."""
    t, sent = cand.trigger, cand.sent
    vacated = _post_filled_by(ctx, cand)
    if vacated is not None:
        return vacated
    capacity = _AS_CAPACITY.search(ctx.low, max(sent.start, t.start - 20), t.start)
    if capacity:  # 以联合创始人身份加盟
        return _span_text(ctx, capacity.start(1), capacity.end(1))
    _, ce0 = sent.clauses[cand.clause]
    later = _TAKES_POST.search(ctx.low, t.end, ce0) if not ctx.is_english() else None
    if later is not None:  # 延揽Google DeepMind资深研究科学家X出任研究长: the post after 出任, not the title held
        found = title_after(ctx, later.end(), ce0)
        if found is not None:
            return found
    if t.word in ctx.cues.lex["appoint"] and not (ctx.is_english() and re.search(r"\bas\s", ctx.low[t.end : sent.end])):
        found = title_after(ctx, t.end, appointee_list_end(ctx, sent, cand.clause))
        if found is not None:  # (appointed former Qualcomm executive X as CFO: the post is the one after "as")
            return found
    stop = sent.clauses[min(cand.clause + 1, len(sent.clauses) - 1)][1] if not ctx.is_english() else sent.end
    for m in _APPOINT_LATER.finditer(ctx.low, t.end, stop):
        _, ce = sent.clauses[sent.clause_index(m.end())]
        found = title_after(ctx, m.end(), ce)
        if found is not None:
            return found
    return None


def appointee_list_end(ctx: Context, sent: Sentence, clause: int) -> int:
    """The end of a clause, past the names listed after it (任命王芳、赵磊为副总经理: 、 splits clauses, not the list)."""
    end = sent.clauses[clause][1]
    while clause + 1 < len(sent.clauses) and ctx.low[end - 1 : end] == "、" and _LISTED_NAME.match(ctx.low, end - 1):
        clause += 1
        end = sent.clauses[clause][1]
    return end


_LISTED_NAME = re.compile(r"、[\u4e00-\u9fff]{2,3}(?:先生|女士|博士)?(?:[、和及与]|为|担任|出任)")
_CONCURRENT = re.compile(r"(?:\s*\([^()]{1,40}\))?(?:先生|女士|博士)?兼任")
_APPOINTEE_GAP = re.compile(r"(?:\s*\([^()]{1,40}\))?(?:(?:先生|女士|博士)?[、和及与][\u4e00-\u9fff]{2,3}?)*(?:先生|女士|博士)?(?:为|担任|出任|兼任|任)")
_NEW_ROLE_LEAD = re.compile(r"\s*(?:为|成为|其|该公司|公司(?!秘书)|新设的|新设立的|新成立的|的|as|its|the company's|the new|a new|new|\s)*")


def _described_appointee(ctx: Context, s: int, limit: int) -> Mention | None:
    """延揽前三星晶圆代工部门总裁崔时荣出任…: the person named after a description of the post they leave."""
    for m in ctx.mentions_in(s, min(limit, s + 48)):
        if m.type != "person":
            continue
        desc = ctx.low[s : m.start].rstrip()
        if desc and not any(c != " " and _PUNCT.match(c) for c in desc) and desc.endswith(ctx.cues.titles) and _APPOINTEE_GAP.match(ctx.low, m.end, limit):
            return m
        return None
    return None


def title_after(ctx: Context, pos: int, limit: int) -> TextFill | None:
    """The new job named right after 出任/担任/任命为/as (出任其首席AI官 → 首席AI官)."""
    if ctx.is_english():  # was promoted to chief financial officer
        to = re.compile(r"\s+to\s+(?:be\s+)?").match(ctx.low, pos, limit)
        pos = to.end() if to else pos
    lead = _NEW_ROLE_LEAD.match(ctx.low, pos, min(limit, pos + 12))
    s = lead.end() if lead else pos
    reach = 40 if ctx.is_english() else 12  # a Latin name runs longer than 12 characters
    person = next((m for m in ctx.mentions_in(s, min(limit, s + reach)) if m.start == s and m.type == "person"), None)
    person = person or _described_appointee(ctx, s, limit)
    if person is not None and ctx.is_english():  # named Aisha Campbell (its) chief financial officer: the post after the name
        to = re.compile(r"\s+to\s+(?:be\s+)?").match(ctx.low, person.end, limit)  # promoted Tom Reyes to chief executive
        at = to.end() if to else person.end
        lead = _NEW_ROLE_LEAD.match(ctx.low, at, min(limit, at + 20))
        s = lead.end() if lead else at
    elif person is not None:  # 聘任赵倩莹女士为公司副总经理: the post comes after the person and 为
        after = _APPOINTEE_GAP.match(ctx.low, person.end, limit)
        if after is None:
            return None
        lead = _NEW_ROLE_LEAD.match(ctx.low, after.end(), min(limit, after.end() + 12))
        s = lead.end() if lead else after.end()
    for m in ctx.mentions_in(s, min(limit, s + 24)):
        if m.start == s and m.type == "org":
            s = m.end
            if ctx.low[s : s + 1] == "的":
                s += 1
    stop = s
    width = 32 if ctx.is_english() or re.search(r"[A-Za-z]{3}", ctx.norm[s : s + 16]) else 16
    while stop < limit and stop - s < width and (ctx.norm[stop] in " 「」『』“”" or not _PUNCT.match(ctx.norm[stop])):  # 出任「台湾 AI 工厂事业部」副总裁
        stop += 1
    chunk = ctx.low[s:stop]
    best = -1
    for w in ctx.cues.titles:
        i = chunk.find(w)
        if i >= 0:
            best = max(best, i + len(w))
    if best <= 0:
        return None
    inside = [m for m in ctx.mentions_in(s, s + best) if m.type == "org" and m.end < s + best]
    if not ctx.is_english() and inside:  # 转任日本新创Sakura Nexus执行长: the post after the company named in it
        best -= inside[-1].end - s
        s = inside[-1].end
    counted = _COUNTED_POST.match(ctx.low, s, s + best)
    if counted is not None and counted.end() < s + best:  # 聘任3名副总经理: how many are named is no part of the post
        best -= counted.end() - s
        s = counted.end()
    if ctx.is_english():
        best = _of_domain_end(ctx, s + best, limit) - s
    text = ctx.doc.text[s : s + best].strip()
    return TextFill(s, s + best, text) if text else None


_COUNTED_POST = re.compile(r"(?:\d+|[一二两三四五六七八九十])(?:名|位)(?:新任?)?")
_OF_DOMAIN = re.compile(
    r"(?:\s+of)?\s+(?!(?:the|a|an)\s+(?:company|group|firm)\b)(?:(?:the|its|their|his|her)\s+)?[a-z0-9][\w&'+-]*"
    r"(?:\s+(?!(?:who|which|that|in|at|from|reporting|to|for|on|since|effective|starting|after|before|when|where|with|by|as|until|while|and\s+(?:will|would|has|had|is|was|said))\b)[a-z0-9][\w&'+-]*){0,5}"
)


def _of_domain_end(ctx: Context, end: int, limit: int) -> int:
    """head of the AI accelerator unit / general manager of AI security: the post runs on through its "of" domain."""
    if not (ctx.low[end - 3 : end] == " of" or ctx.low.startswith(" of ", end)):
        return end
    m = _OF_DOMAIN.match(ctx.low, end, limit)
    owner = [o for o in ctx.mentions_in(end, m.end()) if o.type == "org" and end <= o.start] if m else []
    if m is None or any(ctx.low[o.start : o.end] not in ("its", "their") and ctx.low[o.end : o.end + 2] not in ("'s", "’s") for o in owner):
        return end  # chief executive of Acme: the post, its company named apart (but: head of Acme's cloud unit)
    return m.end()


_NOT_TITLE_WORDS = frozenset(["by", "will", "be", "been", "is", "was", "are", "were", "has", "had", "have", "to", "as", "said", "says", "named", "appointed", "hired", "succeeded", "replaced", "led", "that", "who", "which", "when"])


def title_before(ctx: Context, pos: int, limit: int) -> TextFill | None:
    """A job title written right before ``pos`` (基础模型团队的领导者 / 首席科学家 / CEO)."""
    start = max(limit, pos - (40 if ctx.is_english() else 16))
    toks = tokens(ctx.norm, start, pos)
    while toks and toks[-1][2].strip() == "":
        toks.pop()
    if toks and ctx.is_english() and toks[-1][2] == ",":  # hired its chief executive, Alexandr Wang: the title apposed before
        toks.pop()
        while toks and toks[-1][2].strip() == "":
            toks.pop()
    if not toks:
        return None
    end = toks[-1][1]
    matched = [w for w in ctx.cues.titles if ctx.low[start:end].endswith(w)]
    if not matched:
        return None
    begin = end - max(len(w) for w in matched)  # 原技术长: the title word whole, however the segmenter cut it (技术|长)
    names = [m for m in ctx.mentions_in(max(0, start - 32), end) if m.type in ("org", "person")]
    modifiers = ctx.cues.lex["title_modifiers"]
    for s, _e, word, flag in reversed(toks):
        if s >= begin:
            continue
        if any(m.start <= s < m.end for m in names):
            break
        if flag == "eng" and ctx.norm[s - 1 : s] in ("'", "’"):
            break  # Intel's chief technology officer: the possessive ends the title
        if flag == "eng" and (word.lower() in _EN_TITLE_STOP or word.lower() in _RECRUITING):
            break  # hired its chief executive: a function word or the verb ends the title
        if flag == "eng" and word.lower() in _NOT_TITLE_WORDS:
            break  # will be succeeded by Deputy CFO: the verb before the title is no part of it
        if word in ("、", "兼") and any(ctx.low[start:s].endswith(w) for w in ctx.cues.titles):
            begin = s  # 董事、总裁 / 董事兼总经理: the titles one person holds
            continue
        prev = next((tok for tok in reversed(toks) if tok[1] <= s), None)
        if word in ("与", "和", "及") and (prev is None or not (prev[3].startswith(_NOUNISH) or prev[3] == "eng")):
            break  # 球队已与后卫张三签约: the preposition, not two nouns joined in one title (服务器及存储产品线总经理)
        if flag.startswith(_NOUNISH) or word in ("的", "与", "和", "及") or flag == "eng" or word in modifiers:
            begin = s  # 执行(v)总裁 / 独立(a)董事: words that make a title of another
            continue
        if word == " " and ctx.is_english():  # chief technology officer: words apart
            continue
        break
    while begin < end:
        head = ctx.low[begin:end]
        cut = next((p for p in ctx.cues.strip_prefix if head.startswith(p) and len(head) > len(p)), None)
        if cut is None or head in ctx.cues.titles:
            break  # 前锋 is a title, not 锋 formerly held
        begin += len(cut)
    text = ctx.doc.text[begin:end].strip()
    return TextFill(begin, end, text) if text else None


def _noun_phrase_after(ctx: Context, pos: int, limit: int) -> TextFill | None:
    toks = tokens(ctx.norm, pos, min(limit, pos + 16))
    end = pos
    for s, e, word, flag in toks:
        if flag.startswith(_NOUNISH) or word in ("与", "和", "及") or (flag == "a" and s == pos):
            end = e
            continue
        break
    if end > pos and any(ctx.low[pos:end].endswith(w) for w in ctx.cues.titles):
        return TextFill(pos, end, ctx.doc.text[pos:end])
    return None


def _span_text(ctx: Context, s: int, e: int, strip: str = "的了 ") -> TextFill | None:
    while s < e and ctx.doc.text[s] in strip:
        s += 1
    while e > s and ctx.doc.text[e - 1] in strip:
        e -= 1
    return TextFill(s, e, ctx.doc.text[s:e]) if e > s else None


# (股份代号2517 / 股票代码为9903: a Hong Kong code of four digits, once the page says it is one)
_NAMED_CODE = re.compile(r"(?:股份|股票|证券)代[码号](?:为|是)?[:: ]?[\"“]?(\d{6}(?:\.s[hz])?|\d{4,5}\.hk|\d{4,5})(?![\d年月日.%])")
_PRODUCTISH = re.compile(r"[A-Za-z]+[- ]?\d|[A-Z][a-z]+[A-Z]")


def _product(ctx: Context, cand: Candidate, cs: int, ce: int) -> TextFill | None:
    """What a launch launches: a quoted or model name after the verb, a short noun phrase after it, else the name before it."""
    t = cand.trigger
    if ctx.is_english():
        apposed = _english_product(ctx, cand, cs) or _english_bare_name(ctx, cand)
        if apposed is not None:
            return apposed
    q = _QUOTED.search(ctx.norm, t.end, ce)
    if q:
        return TextFill(q.start(1), q.end(1), ctx.doc.text[q.start(1) : q.end(1)])
    named = _MODEL_NAME.search(ctx.norm, t.end, ce)
    if named:
        return _model_fill(ctx, named.start(), named.end())
    kind_named = _named_after_kind(ctx, t.end, ce)
    if kind_named is not None:
        return kind_named
    if ctx.is_english():  # the second generation of its Meta Ray-Ban Display smart glasses: a named product noun phrase
        np = _EN_PRODUCT_NP.match(ctx.norm, t.end, ce)
        if np is not None and re.search(r"\b[A-Z]", np.group(1)):
            return _span_text(ctx, np.start(1), np.end(1))
    after = _product_phrase(ctx, t.end, ce)
    if after is not None:
        return after
    head = _relative_head(ctx, cs, t.start)
    if head is not None:
        return head
    before = list(_MODEL_NAME.finditer(ctx.norm, cs, t.start))
    if before:  # 苹果AirPods Pro发布 / the Model Y launched
        return _model_fill(ctx, before[-1].start(), before[-1].end())
    if (not ctx.is_english() and ctx.low[t.end : t.end + 1] in ("", ",", "。", " ", "!", ":")) or ctx.low[t.end : t.end + 1] in ("了",):
        return _noun_phrase_before(ctx, cs, t.start)
    return None


_PRODUCT_NOUNS = r"(?:model|model family|product|chip|processor|accelerator|phone|smartphone|handset|service|app|robot|humanoid|system|platform|vehicle|car|assistant|agent|device|headset|glasses|watch|laptop|tablet|console|speaker|earbud|ring|camera|drone|chipset|server|display)s?"
_PRODUCT_NOUNS_WIDE = r"(?:" + _PRODUCT_NOUNS + r"|browser|chatbot|tool|feature|software|suite|engine|subscription|card|operating system)"
_NOT_PRODUCT_HEADS = frozenset({"The", "A", "An", "In", "On", "Its", "Their", "This", "That", "It", "AI", "US", "U.S.", "Chinese", "American", "European", "Japanese"})
_EN_PRODUCT_NP = re.compile(r"\s*(?:(?:its|their|the|a|an|new|latest|first)\s+)*((?:[\w.+'-]+\s+){0,5}?" + _PRODUCT_NOUNS + r")\b")
# its first pair of smart glasses on Wednesday, the Echo Frames Vision: the name set off after the kind (a day may stand between)
_APPOSITIVE = re.compile(
    r"\s*(?:its|their|the|a|an|his|her)?\s*(?:[a-z0-9.-]+\s+){0,5}?" + _PRODUCT_NOUNS
    + r"(?:\s+(?:on|this|last|next)\s+[a-z]+)?,\s+(?:the\s+)?([^,.;]{2,40}?)(?=,|\.|;|$)"
)
_NAME_THEN_DESCRIPTION = re.compile(r"\s+(?:its\s+|their\s+)?([A-Z][\w.+-]*(?:\s+[A-Z0-9][\w.+-]*){0,3}),\s+(?:a|an|its|their)\s")
_PASSIVE = re.compile(r"(?:(?:would|will|to|has|have|had|could|may)\s+(?:be|been)|is|are|was|were|be|been|being)\s+$")
_DETERMINER = re.compile(r"(?:^|\s)(?:the|its|their|a|an|his|her|this|that)\s+", re.I)


_EN_BARE_NAME = re.compile(
    r"\s+(?:(?:its|their|the|a|new|own|first|latest)\s+)*(?P<name>[A-Z][\w.+-]*(?:\s+[A-Z0-9][\w.+-]*){0,3})(?P<kind>\s+" + _PRODUCT_NOUNS_WIDE + r")?"
    r"(?=\s+(?:on|in|at|last|this|next|earlier|and|with|to|for|as|that|which|after|before)\b|\s*[,.;]|\s*$)"
)


def _english_bare_name(ctx: Context, cand: Candidate) -> TextFill | None:
    """launched its Comet browser in July / launched Vela on Tuesday: a capitalised name right after the verb,
    with its kind word when one follows, is the product — unless it names a company."""
    m = _EN_BARE_NAME.match(ctx.norm, cand.trigger.end, cand.sent.end)
    if m is None or m.group("name").split()[0] in _NOT_PRODUCT_HEADS or re.search(r"\d", m.group("name")):
        return None  # Command 5: a model name with a number is found as such
    s, e = m.start("name"), m.end("name")
    if any(v.kind in ("date", "period") and v.start < e and s < v.end for v in ctx.values_in(s, e)):
        return None
    if not m.group("kind") and any(o.type == "org" and o.start < e and s < o.end for o in ctx.mentions_in(s, e)):
        return None  # launched Nvidia's …/launched Anthropic in 2021: a company, not a product
    return _span_text(ctx, s, m.end())


def _english_product(ctx: Context, cand: Candidate, cs: int) -> TextFill | None:
    """released its next flagship model, Step 4 → Step 4; the next flagship Qwen model would be released → that phrase."""
    t, sent = cand.trigger, cand.sent
    m = _APPOSITIVE.match(ctx.low, t.end, sent.end)
    if m and not re.search(r"\b(?:said|says|told|reported|announced|added|wrote|noted)$", m.group(1)) and not re.match(r"(?:which|that|who|where|when)\b", m.group(1)):
        # …, the company said / …, which packs 72 chips: no appositive
        return _span_text(ctx, m.start(1), m.end(1))
    named = _NAME_THEN_DESCRIPTION.match(ctx.norm, t.end, sent.end)
    if named is not None and not any(o.type == "org" and o.start <= named.start(1) < o.end for o in ctx.mentions_in(named.start(1), named.end(1))):
        return _span_text(ctx, named.start(1), named.end(1))  # launched Tess Route, an agent that …
    before = ctx.low[cs : t.start]
    aux = _PASSIVE.search(before)
    if aux is None:
        return None
    head = before[: aux.start()].rstrip()
    dets = list(_DETERMINER.finditer(head))
    if not dets:
        return None
    start = cs + dets[-1].end()
    phrase = _span_text(ctx, start, cs + len(head))
    return phrase if phrase is not None and 2 <= len(phrase.value) <= 40 and re.search(_PRODUCT_NOUNS + "$", phrase.value.lower()) else None
_MODEL_STOP = re.compile(r"[将于在已是的和与及也还]|正式(?!版)|首发|发布|推出|上市")


def _model_fill(ctx: Context, start: int, end: int) -> TextFill:
    """A model name as matched (Mate30系列), cut before a date or a function word it ran into (Mate30将于十月)."""
    for v in ctx.values_in(start, end + 8):
        if start < v.start < end:
            end = v.start
    stop = _MODEL_STOP.search(ctx.norm, start + 1, end)
    if stop is not None:
        end = stop.start()
    return TextFill(start, end, ctx.doc.text[start:end])


def _noun_phrase_before(ctx: Context, cs: int, pos: int) -> TextFill | None:
    """新款阿特兹8月下旬上市 / 北现订阅式用车服务上线: the noun run ending right before a clause-final verb."""
    end = pos
    for v in ctx.values_in(cs, pos):
        if v.kind in ("date", "period") and v.end >= end - 2:
            end = min(end, v.start)
    while end > cs and ctx.norm[end - 1] in " 将已正式于在":
        end -= 1
    toks = tokens(ctx.norm, cs, end)
    start = end
    for s, _e, word, flag in reversed(toks):
        if flag.startswith(_NOUNISH) or (flag in ("a", "b", "m", "x") and word.strip() and not _PUNCT.match(word)):
            start = s
            continue
        break
    text = ctx.doc.text[start:end].strip()
    low = ctx.low[start:end]
    productish = _PRODUCTISH.search(ctx.norm, start, end) or re.search(r"[a-z]", low) or any(
        w in low for w in ctx.cues.lex["productish"] + ctx.cues.lex["product_near"]
    )
    return TextFill(start, end, text) if 2 <= len(text) <= 24 and productish else None


def skip_leads(ctx: Context, pos: int, leads: tuple[str, ...]) -> int:
    """The position after any run of ``leads`` words at ``pos`` (了, 新一代, 全新 …)."""
    changed = True
    while changed:
        changed = False
        for lead in leads:
            if ctx.low.startswith(lead, pos):
                pos += len(lead)
                changed = True
    return pos


_ADVERB_TAIL = re.compile(r"\s*(?:同步|同时|正式|也|将|已|已经|即将|今日|今天|首次|率先|一同|随后)+\s*$")


def _relative_head(ctx: Context, cs: int, pos: int) -> TextFill | None:
    """首发搭载玄戒 O2 的小米 17S Pro 同步发布: the name after 的 is what launches, not the one in the relative clause."""
    if ctx.is_english():
        return None
    i = ctx.low.rfind("的", cs, pos)
    if i < 0:
        return None
    tail = _ADVERB_TAIL.search(ctx.low, i + 1, pos)
    fill = _span_text(ctx, i + 1, tail.start() if tail else pos, " ")
    if fill is None or not 3 <= len(fill.value) <= 20 or any(c != " " and _PUNCT.match(c) for c in fill.value):
        return None
    return fill if re.search(r"[A-Za-z]+\s?\d|\d+[A-Za-z]", fill.value) else None


_LATIN_NAME = re.compile(r"\s*([A-Z][A-Za-z0-9]*(?:[ -][A-Z0-9][A-Za-z0-9]*){0,3})(?![A-Za-z0-9])")


def _named_after_kind(ctx: Context, start: int, clause_end: int) -> TextFill | None:
    """发表新一代 AI 平台 Rubin Ultra: a Latin name right after the kind of product it is names the product."""
    window = ctx.low[start : min(clause_end, start + 20)]
    ends = [window.find(w) + len(w) for w in ctx.cues.lex["productish"] if not w.isascii() and w in window]
    for end in sorted(ends):
        m = _LATIN_NAME.match(ctx.norm, start + end, clause_end)
        if m and not any(_PUNCT.match(c) and c != " " for c in ctx.norm[start : m.start(1)]):
            return TextFill(m.start(1), m.end(1), ctx.doc.text[m.start(1) : m.end(1)])
    return None


def _product_phrase(ctx: Context, start: int, clause_end: int) -> TextFill | None:
    """A short noun phrase after a launch verb that names a product (新一代开源模型 → 开源模型)."""
    s = skip_leads(ctx, start, ctx.cues.lex["product_lead"])
    spaced = not ctx.is_english()
    while spaced and s < clause_end and ctx.norm[s] == " ":  # spaced typesetting: 推出全新 Siri
        s += 1
    e = s
    width = 24 if re.search(r"[A-Za-z]", ctx.norm[s : s + 14]) else 14  # AI 平台 Rubin Ultra: Latin names run longer
    while e < clause_end and e - s < width and ((spaced and ctx.norm[e] == " ") or not _PUNCT.match(ctx.norm[e])) and ctx.norm[e] != "的":
        e += 1
    latin_name = re.fullmatch(r"\s*[A-Z][A-Za-z0-9+.-]*(?:\s+[A-Z0-9][A-Za-z0-9+.-]*){0,4}\s*", ctx.norm[s:e])  # 推出全新 Siri
    if e > s and (_PRODUCTISH.search(ctx.norm, s, e) or latin_name or any(w in ctx.low[s:e] for w in ctx.cues.lex["productish"])):
        return _span_text(ctx, s, e) or TextFill(s, e, ctx.doc.text[s:e])
    return None


_MODEL_NAME = re.compile(r"(?<![A-Za-z0-9-])(?:(?:(?!(?:The|Its|Their|This|That|A|An|In|On|By|For|Of|At|And|Its|His|Her|New)\s)[A-Z][a-z]+\s(?=[A-Z]+\d|[A-Z][a-z]+\s\d))?[A-Z][A-Za-z]*(?:-[A-Z][A-Za-z]*)*[- ]?\d[\w.]*(?:[- ](?:Pro|Max|Ultra|Mini|Plus|Turbo|Flash|Lite|mini|pro))?|[A-Z][a-z]+[A-Z][A-Za-z]+)(?![A-Za-z0-9])")
_QUOTED = re.compile(r"[「《\"“『]([^」》\"”』]{1,30})[」》\"”』]")


_OBJECT_LEAD = re.compile(r"\s*(?:(?:了|约|共|共计|累计|总计|合计|超过|逾|近|一批|一次性|批量|额外|追加|再|更多|其|的|采购|购买|订购|购入)\s*)*")
_OBJECT_STOP = re.compile(r"[,.;:!?、。()\[\]「」《》\"“”]|用于|用来|以|并|将|总价|金额|价值|合同|订单|协议|合约|价格|报价|规模|预算|项目|的订单|的合同")


def _object_phrase(ctx: Context, pos: int, clause_end: int) -> TextFill | None:
    """采购约20万颗H200芯片 → H200芯片; 采购搭载英伟达Blackwell芯片的机柜系统 → that whole phrase: what a procurement buys."""
    lead = _OBJECT_LEAD.match(ctx.low, pos, clause_end)
    s = lead.end() if lead else pos
    for v in ctx.values_in(pos, clause_end):  # 约8,000张: a figure the lead words run into
        if v.start <= s + 1 and v.end > s and v.kind in ("count", "quantity", "money"):
            s = v.end
            lead = _OBJECT_LEAD.match(ctx.low, s, clause_end)
            s = lead.end() if lead else s
    stop = _OBJECT_STOP.search(ctx.low, s, min(clause_end, s + 24))
    e = stop.start() if stop else min(clause_end, s + 24)
    fill = _span_text(ctx, s, e)
    if fill is None or len(fill.value) < 2 or len(fill.value) > 24 or fill.value in ctx.cues.lex.get("not_names", ()):
        return None
    low = ctx.low[fill.start : fill.end]
    goods = re.search(r"[a-z0-9]", low) or any(w in low for w in ctx.cues.lex["goods"])
    return fill if goods else None


_QUOTED_UNIT = re.compile(
    r"(?:(?:成立|组建|设立|新设|整合为|合并为|合并成|整合成|升级为|更名为|改组为|组成|拆分为|拆分成)了?(?:新的|一个|全新的)?|(?:新成立|新设立|新组建|新设)的)"
    r"\s*[「“\"『]([^」”\"』]{2,24})[」”\"』]"
)
_ADJUSTED_UNIT = re.compile(r"对([^,。;、]{2,16}?)(?:进行|做出|作出)了?(?:组织|架构)?(?:调整|重组|整合|改组|拆分|合并)")


_UNIT_AFTER_LEAD = re.compile(r"(?:\s|了|一个|一家|新的|新设的|新设立的|新成立的|全新的|[\"“「])*")


def _unit_like(ctx: Context, fill: TextFill) -> bool:
    """Whether words before a reorganization verb name a unit (混元团队, 计算产品线, MSL), not an adverb phrase."""
    low = ctx.low[fill.start : fill.end]
    heads = ctx.cues.lex["org_units"] + ctx.cues.lex["unit_heads"]
    return any(w in low for w in heads) or bool(re.search(r"[a-z]{2}", low)) or bool(ctx.mentions_in(fill.start, fill.end))


def _unit_after(ctx: Context, pos: int, clause_end: int) -> TextFill | None:
    """并入云与智慧产业事业群(CSIG) / 成立"智能云与AI技术事业群" / 解散网通事业群: the unit named after the verb."""
    lead = _UNIT_AFTER_LEAD.match(ctx.low, pos, clause_end)
    s = lead.end() if lead else pos
    window = ctx.low[s : min(clause_end, s + 24)]
    heads = [w for w in ctx.cues.lex["org_units"] + ctx.cues.lex["unit_heads"] if not w.isascii()]
    best = max((window.rfind(w) + len(w) for w in heads if w in window), default=-1)
    if best <= 0:
        return None
    e = s + best
    named = _QUOTED_NAME.match(ctx.low, e, clause_end)
    if named:  # 成立独立公司"鹏行智能": the unit's own name, not its kind
        return _span_text(ctx, named.start(1), named.end(1))
    gloss = re.match(r"\([^()]{1,12}\)", ctx.low[e : e + 14])
    if gloss:
        e += gloss.end()
    return _span_text(ctx, s, e, "的了 \"“”「」")


_QUOTED_NAME = re.compile(r"[\"“「]([^\"“”「」,。;]{2,20})[\"”」]")


_UNIT_LEAD = re.compile(r"(?:\s|宣布|计划|决定|正式|已经|已|将|把|拟|对|再次|又|进一步|近期|近日|今日|日前)+")
_EN_UNIT = re.compile(r"\s+(?:its|the|their)\s+([a-z0-9][\w&'+ -]{2,60}?)\s+(?:into|under|with|to)\b")
# a trigger that ends on its determiner (combining its, created a standalone): the unit follows at once, up to its head noun
_EN_UNIT_BARE = re.compile(r"\s+((?:[a-z0-9][\w&'+-]*\s+){0,5}?(?:unit|units|group|groups|division|divisions|team|teams|lab|labs|organization|organisation|business|businesses|department|arm))\b")
# … into a single organization called Platforms and Agents: the new unit's own name
_EN_UNIT_NAMED = re.compile(r"\binto\s+(?:a|one)\s+(?:single\s+|new\s+|standalone\s+)?(?:unit|group|division|team|organization|organisation|business|department)\s+(?:called|named|known as)\s+([a-z0-9][\w&'+ -]{1,50}?)(?=\s*(?:,|;|\.(?:\s|$)|$))")


def fill_text_roles(ctx: Context, schema: Schema, cand: Candidate) -> None:
    """Fill the text roles of an event: job title, item, metric, unit, product, purpose, round."""
    t, sent = cand.trigger, cand.sent
    cs, ce = sent.clauses[cand.clause]
    nxt_end = sent.clauses[min(cand.clause + 1, len(sent.clauses) - 1)][1]
    for role in cand.type.roles.values():
        if role.kind != "text" or role.name in cand.args:
            continue
        fill: TextFill | None = None
        if role.name == "code" and (named := _NAMED_CODE.search(ctx.low, sent.start, sent.end)):
            fill = _span_text(ctx, named.start(1), named.end(1))  # 股份代号为06928: the listing's own code, not a holder's (腾讯(00700))
        elif role.pattern:
            rx = re.compile(role.pattern)
            m = rx.search(ctx.low, t.start, nxt_end) or rx.search(ctx.low, cs, t.start)
            if m:
                fill = _span_text(ctx, m.start(), m.end(), " ")
            if role.name == "item" and not ctx.is_english() and t.word in ctx.cues.lex["buy_verbs"]:
                whole = _object_phrase(ctx, t.end, ce)
                # 向國產晶片廠商採購約8,000張加速卡: what follows the verb, not a word of the seller's description
                if whole is not None and (fill is None or fill.end <= t.start or (whole.start <= fill.start and fill.end <= whole.end)):
                    fill = whole
        elif role.name == "role":
            fill = _job_title(ctx, cand, cs) or _hired_to_lead(ctx, cand)
        elif role.name == "metric":
            metric = schema.metrics.get(t.word)
            if metric == "net_income" and _reads_as_loss(ctx, cand):
                metric = "net_loss"
            fill = TextFill(t.start, t.end, metric) if metric else None
        elif role.name == "change":
            fill = TextFill(t.start, t.end, ctx.doc.text[t.start : t.end])
        elif role.name == "new_role":
            fill = _later_post(ctx, cand)
        elif role.name == "stage":
            fill = ipo_stage(ctx, cand)
        elif role.name == "unit" and ctx.is_english():
            fill = _english_unit(ctx, cand)
        elif role.name == "unit":
            adjusted = _ADJUSTED_UNIT.search(ctx.low, sent.start, t.start)
            quoted = None if ctx.is_english() else _QUOTED_UNIT.search(ctx.low, max(cs, t.start - 4), sent.end)
            if quoted is not None:  # 整併，成立「AI 事業處」 / 并入美团新成立的"AI智能体事业部": the new unit by its quoted name
                fill = _span_text(ctx, quoted.start(1), quoted.end(1))
            elif t.word in ctx.cues.lex["reorg_into"] and adjusted is None:
                fill = _unit_after(ctx, t.end, ce)
            anchors = [f.end for fs in cand.args.values() for f in fs if f.end <= t.start and f.start >= cs]
            lo = max(anchors) if anchors else cs
            if fill is None and 0 < t.start - lo <= 12:
                lead = _UNIT_LEAD.match(ctx.low, lo, t.start)  # 宣布将混元团队拆分: the unit, not the announcing
                fill = _span_text(ctx, lead.end() if lead else lo, t.start, "的了 将把对已遭被")
                if fill is not None and not _unit_like(ctx, fill):
                    fill = None  # 正在新一轮组织调整: an adverb phrase, no unit
            if fill is None or fill.value in ("其", "其的", "该部门", "该团队", "这一部门"):  # 对AI Lab进行调整,计划将其并入…
                fill = _span_text(ctx, adjusted.start(1), adjusted.end(1)) if adjusted else None
        elif role.name == "product":
            fill = _product(ctx, cand, cs, ce)
            if fill is not None:
                fill = _span_text(ctx, fill.start, fill.end, " ")  # a product name never starts or ends with a space
            if fill is not None and (len(fill.value) < 2 or any(w in ctx.low[max(0, fill.start - 2) : fill.end + 3] for w in ("i/o", "wwdc"))):
                fill = None  # (Google I/O 2026登场: a conference, not a product)
            head_end = min(ce, fill.end + 14) if fill and fill.start >= t.end else (fill.end if fill else 0)
            if fill and any(w in ctx.low[fill.start : head_end] for w in ctx.cues.not_products):
                fill = None  # 发表Computex 2026开幕主题演讲: the name only modifies what is given, a speech
            if fill and any(v.kind in ("date", "period") and v.start <= fill.start and fill.end <= v.end for v in ctx.values_in(max(0, fill.start - 20), fill.end + 20)):
                fill = None  # unveiled in April 2025: a date is not a product
        elif role.name == "purpose":
            fill = _built_thing(ctx, cand, ce) or _spent_on(ctx, cand, cs, ce) or _under_which(ctx, cand)
            purpose_cues = ctx.cues.lex.get(f"purpose_{cand.type.name}", ()) + ctx.cues.lex["purpose"]
            reach = _purpose_reach(ctx, t.start, ce + 40)
            for cue in purpose_cues if fill is None else ():
                i = ctx.low.find(cue, t.start, reach)
                while i >= 0 and cue[:1].isascii() and cue[:1].isalpha() and (ctx.low[i - 1 : i].isalpha() or ctx.low[i + len(cue) : i + len(cue) + 1].isalpha()):
                    i = ctx.low.find(cue, i + 1, reach)  # "for" inside "forecast" is no cue
                if i >= 0 and i < sent.end:
                    stop = next((j for j in range(i + len(cue), min(sent.end, i + 40)) if ctx.norm[j] in ",.;。"), min(sent.end, i + 40))
                    if ctx.is_english() and stop < sent.end and ctx.low[stop - 1 : stop + 1].isalpha():  # never end inside a word
                        stop = max(i + len(cue), ctx.low.rfind(" ", i + len(cue), stop))
                    fill = _span_text(ctx, i + len(cue), stop)
                    if fill is not None and any(v.kind in ("date", "period") and v.start <= fill.start + 8 and (v.end >= fill.end - 2 or (ctx.is_english() and v.start <= fill.start + 1)) for v in ctx.values_in(fill.start, fill.end)):
                        fill = None  # for fiscal 2026: a time, not a purpose
                        continue
                    break
            fill = fill or _aim_ahead(ctx, cand)
            if fill is None and t.word in ctx.cues.lex["spending_kinds"]:  # 资本支出 / capital expenditures: the kind of spending
                fill = TextFill(t.start, t.end, ctx.doc.text[t.start : t.end])
        if fill and fill.value and not _PUNCT.fullmatch(fill.value):
            cand.args[role.name] = [fill]


_AIM_AHEAD = re.compile(r"(?:^|(?<=[,:。\n]))\s*为了?(?!期|止|主|例|此|何|由)(?P<what>[^,。;:]{4,30}),")


def _aim_ahead(ctx: Context, cand: Candidate) -> TextFill | None:
    """为支应AI ASIC与先进制程研发需求,今年资本支出将上修至…: a clause of aim opening the sentence is what the money is for."""
    if cand.type.name != "spending" or ctx.is_english():
        return None
    cs, _ = cand.sent.clauses[cand.clause]
    m = _AIM_AHEAD.search(ctx.low[: cs], cand.sent.start)
    return _span_text(ctx, m.start("what"), m.end("what")) if m is not None else None


_INVESTED_IN_ZH = re.compile(r"(?:在|对|於|于)(?P<what>[^,。;、]{2,20}?)(?:上|方面)?(?:累计|合计|共计|共|再|追加|至少|将)?(?:投入|投资|砸下|斥资|拨出)")
_SPENT_ON_EN = re.compile(
    r"^\s*(?:(?:a|per)\s+year\s+|annually\s+|over\s+(?:the\s+)?(?:next\s+)?[\w-]+\s+years?\s+)?(?:on|in|for)\s+(?P<what>(?!the\s+(?:next|coming|current|first|second|third|fourth)\b)[^,.;]{3,60}?)(?=\s+(?:in|by|over|through|this|next|last|from)\b|[,.;]|$)"
    r"|^\s*(?:(?:a|per)\s+year\s+|annually\s+|over\s+(?:the\s+)?(?:next\s+)?[\w-]+\s+years?\s+)?(?P<doing>[a-z]+ing\s[^,.;]{3,80}?)(?=\s+(?:with|over|through|by|from|during)\b|[,.;]|$)"
)


def _spent_on(ctx: Context, cand: Candidate, cs: int, ce: int) -> TextFill | None:
    """在AI领域累计投入 / 对玄戒芯片投资 / spend $200bn on capital expenditures / $3bn a year deploying X: what the money is for."""
    if cand.type.name != "spending":
        return None
    t = cand.trigger
    if not ctx.is_english():
        found = [m for m in _INVESTED_IN_ZH.finditer(ctx.low, cs, t.end) if m.end() >= t.start]
        for k in range(t.start - 1, cs - 1, -1):  # the 在/对 nearest the verb (于未来四年内在美国投资 → 美国)
            if ctx.low[k] in "在对於于":
                m = _INVESTED_IN_ZH.match(ctx.low, k, t.end)
                if m is not None and m.end() >= t.start:
                    found = [m]
                    break
        if not found:
            return None
        m = found[0]
        ws, we = m.start("what"), m.end("what")
        what = ctx.low[ws:we]
        if any(v.kind in ("date", "period") for v in ctx.values_in(ws, we)) or _bare_place(ctx, what):
            return None  # 在未来三年追加投资 / 在台湾投资: a time or a place, not what the money buys
        return _span_text(ctx, ws, we)
    money = next((v for v in ctx.values_in(t.start, ce) if v.kind == "money"), None)
    if money is None:
        return None
    m = _SPENT_ON_EN.match(ctx.low[money.end : ce])
    if m is None:
        return None
    group = "what" if m.group("what") else "doing"
    if any(v.kind in ("date", "period") for v in ctx.values_in(money.end + m.start(group), money.end + m.end(group))):
        return None
    return _span_text(ctx, money.end + m.start(group), money.end + m.end(group))


def _english_unit(ctx: Context, cand: Candidate) -> TextFill | None:
    """folding its Alexa team into … / created a standalone AGI unit / … into a single organization called X: the unit that changes."""
    t, sent = cand.trigger, cand.sent
    named = _EN_UNIT_NAMED.search(ctx.low, t.end, sent.end)
    if named:
        return _span_text(ctx, named.start(1), named.end(1))
    bare = t.word.endswith((" its", " their", " a standalone", " a new"))
    m = (_EN_UNIT_BARE if bare else _EN_UNIT).match(ctx.low, t.end, sent.end)
    if m is None and not bare:  # split MSL into four groups: a named unit, as the knowledge base names it
        lab = next((o for o in ctx.mentions_in(t.end, min(sent.end, t.end + 60)) if o.type == "org" and o.source != "coref"), None)
        if lab is not None and not ctx.low[t.end : lab.start].strip() and re.match(r"\s+(?:into|under)\b", ctx.low[lab.end : lab.end + 8]):
            return TextFill(lab.start, lab.end, lab.name or ctx.doc.text[lab.start : lab.end])
    return _span_text(ctx, m.start(1), m.end(1)) if m else None


_UNDER_WHICH = re.compile(r"\s*under\s+which\s+(?:[\w'’-]+\s+){1,4}?(?:will|would|is to|are to)\s+([a-z][^,;]{3,90}?)(?=\s*(?:,|;|\.(?:\s|$)|$))")


def _under_which(ctx: Context, cand: Candidate) -> TextFill | None:
    """a partnership with CMA CGM under which the shipping group will use Mistral's models: what the partners will do."""
    if cand.type.name != "partnership" or not ctx.is_english():
        return None
    partner = max((f.end for f in cand.args.get("partner", []) if isinstance(f, Mention)), default=cand.trigger.end)
    m = _UNDER_WHICH.match(ctx.low, max(partner, cand.trigger.end), cand.sent.end)
    return _span_text(ctx, m.start(1), m.end(1)) if m else None


def _built_thing(ctx: Context, cand: Candidate, clause_end: int) -> TextFill | None:
    """building a $3.87 billion packaging plant in Indiana: what is built is what the money is for."""
    t = cand.trigger
    if not ctx.is_english() or not t.word.split(" ")[-2 if t.word.endswith(" a") else -1].startswith(("build", "construct")):
        return None
    money = next((v for v in ctx.values_in(t.end, clause_end) if v.kind == "money"), None)
    if money is None or ctx.low[t.end : money.start].strip():
        return None
    return _span_text(ctx, money.end, clause_end, " -,.;")


_LIST_BREAK = re.compile(r"[,;:!?、。()]|\b(?:from|with|for|to|by)\b")


def buyer_not_supplier(ctx: Context, cand: Candidate) -> None:
    """SK hynix and Samsung each signed … to supply: English names its suppliers together; none of them is also the buyer."""
    if cand.type.name != "procurement" or not cand.args.get("supplier"):
        return
    first = cand.args["supplier"][0]
    if ctx.is_english() and isinstance(first, Mention) and first.end <= cand.trigger.start:
        pool = [m for m in ctx.mentions_in(cand.sent.start, cand.trigger.start) if m.type == "org" and m.source != "coref"]
        if first in pool:
            cand.args["supplier"] = list[Filler](_coordinated(ctx, first, pool))
    if not cand.args.get("buyer"):
        return
    sellers = {(m.entity_id or m.name or m.text) for m in cand.args["supplier"] if isinstance(m, Mention)}
    if any(isinstance(m, Mention) and (m.entity_id or m.name or m.text) in sellers for m in cand.args["buyer"]):
        del cand.args["buyer"]
        cand.fallback.discard("buyer")


def brand_supplier(ctx: Context, cand: Candidate) -> None:
    """50,000 AMD MI450 GPUs / 5万颗AMD MI450芯片 / Nvidia systems: the maker named in the item is its supplier."""
    if "supplier" not in cand.type.roles or cand.args.get("supplier") or not cand.args.get("item"):
        return
    item = cand.args["item"][0]
    t = cand.trigger
    if item.start < t.end:
        return
    taken = {(b.entity_id or b.name or b.text) for r, fs in cand.args.items() if r != "buyer" for b in fs if isinstance(b, Mention)}
    for m in reversed(ctx.mentions_in(t.end, item.end)):
        if m.type != "org" or m.source == "coref" or (m.entity_id or m.name or m.text) in taken:
            continue
        gap = ctx.norm[m.end : item.start]
        close = m.end >= item.start or (len(gap) <= 24 and not _LIST_BREAK.search(gap))
        if "的" in ctx.low[m.end : item.end]:  # 搭载英伟达芯片的机柜系统: a part's maker, not the seller
            close = False
        possessive = ctx.low[m.end : m.end + 2] in ("'s", "’s")
        made_by = possessive and re.fullmatch(r"(?:\s+[A-Z][\w.-]*)*\s*", ctx.doc.text[m.end + 2 : item.start]) is not None
        if close and ctx.low[m.end : m.end + 1] != "的" and (not possessive or made_by):  # Nvidia's Grace Blackwell chips: its maker
            cand.args["supplier"] = [m]
            key = m.entity_id or m.name or m.text
            if any(isinstance(b, Mention) and (b.entity_id or b.name or b.text) == key for b in cand.args.get("buyer", [])):
                del cand.args["buyer"]  # the maker was only the nearest name, not the one who buys
                cand.fallback.discard("buyer")
        return


def _reads_as_loss(ctx: Context, cand: Candidate) -> bool:
    """净利润亏损X / 净利润为-X / 净利润为负: a profit line that states a loss."""
    t = cand.trigger
    values = [f for f in cand.args.get("value", []) if isinstance(f, Value) and f.start >= t.end]
    end = values[0].start if values else min(cand.sent.end, t.end + 24)
    between = ctx.low[t.end : end]
    if values and between.rstrip().endswith(("-", "负")):
        return True
    return any(w in between for w in ctx.cues.lex["loss_words"])


_STAGES = ("terminated", "suspended", "listed", "approved", "filed")


def ipo_stage(ctx: Context, cand: Candidate) -> TextFill:
    """Where a listing stands (terminated, suspended, listed, approved, filed; else preparing), by the cue words near its trigger."""
    t, sent = cand.trigger, cand.sent
    lo, hi = max(sent.start, t.start - (24 if ctx.is_english() else 12)), min(sent.end, t.end + 8)
    window = ctx.low[lo:hi]
    for stage in _STAGES:
        for w in ctx.cues.lex[f"ipo_{stage}"]:
            i = window.find(w)
            if i >= 0:
                if stage == "listed" and _planned_before(ctx, sent.start, lo + i):
                    break
                return TextFill(lo + i, lo + i + len(w), stage)
    return TextFill(t.start, t.end, "preparing")


def _planned_before(ctx: Context, start: int, pos: int) -> bool:
    """True when an intention word (拟, 将, 计划, plans to) governs the words at ``pos`` in its clause."""
    before = ctx.low[max(start, pos - 16) : pos]
    before = re.split(r"[,;。，；]", before)[-1]
    return any(w in before for w in ctx.cues.modality["planned"])


_LATER_POST = re.compile(r"仍担任|继续担任|仍在公司担任|仍将担任|将继续担任|改任|转任|调任|仍任|继续任|remains as|will remain|stays on as|will stay on as|will continue as")


def _later_post(ctx: Context, cand: Candidate) -> TextFill | None:
    """The post someone keeps or moves to after leaving one (辞去总经理职务后仍担任董事 → 董事)."""
    t, sent = cand.trigger, cand.sent
    for m in _LATER_POST.finditer(ctx.low, t.end, sent.end):
        _, ce = sent.clauses[sent.clause_index(m.end())]
        found = title_after(ctx, m.end(), ce)
        if found is not None:
            return found
    return None


_DESCRIBED_AFTER_OF = re.compile(r"\b(?:at|of)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}(?:startup|start-up|company|firm|lab|maker|chipmaker|developer)\s*$")


def former_employer(ctx: Context, cand: Candidate) -> None:
    """Priya Raman, who previously led research at Google DeepMind → from_org Google DeepMind (曾任/此前在 X)."""
    if cand.type.name != "hire" or "from_org" in cand.args:
        return
    people = [p for p in cand.args.get("person", []) if isinstance(p, Mention)]
    if not people:
        return
    used = cand.used_ids()
    for m in ctx.mentions_in(people[0].end, cand.sent.end):
        if m.type != "org" or (m.entity_id or m.name or m.text) in used:
            continue
        before = ctx.low[max(cand.sent.start, m.start - 60) : m.start]
        if any(w in before for w in ctx.cues.lex["formerly"]) and (before.rstrip().endswith(("at", "在", "于", "任职于", "of")) or _DESCRIBED_AFTER_OF.search(before)):
            cand.args["from_org"] = [m]
            return
        if ctx.is_english() and ctx.low.startswith(("'s ", "’s "), m.end) and before.rstrip().endswith(("who ran", "who led", "who headed", "who oversaw", "who managed")):
            cand.args["from_org"] = [m]  # Alan Dye, who ran Apple's design team, joined Meta
            return
    apposed = _apposed_employer(ctx, people[0], used) if ctx.is_english() else None
    if apposed is not None:  # Meta hired Ada Park, a Lumen Robotics co-founder, …
        cand.args["from_org"] = [apposed]
        return
    hirer = {(o.entity_id or o.name or o.text) for o in cand.args.get("org", []) if isinstance(o, Mention)}
    for m in ctx.mentions_in(people[-1].end, cand.trigger.start):  # 包括A、B与C在内的多名OpenAI研究员相继加盟Meta
        if m.type == "org" and m.source != "coref" and (m.entity_id or m.name or m.text) not in hirer and re.fullmatch(r"\s*(?:等)?(?:在内)?的?[^,。;]{0,4}?[名位]\s*", ctx.low[people[-1].end : m.start]):
            cand.args["from_org"] = [m]
            return
    # 曾在特斯拉Optimus项目负责…的工程师X / 前台湾微软AI研发中心总经理X: the past employer named before the person
    cs = cand.sent.clauses[cand.sent.clause_index(people[0].start)][0]
    if ctx.is_english() and people[0].start > cand.trigger.end:  # hired Scale AI founder Alexandr Wang: where the one hired worked
        titled = [m for m in ctx.mentions_in(cand.trigger.end, people[0].start) if m.type == "org" and m.source != "coref" and (m.entity_id or m.name or m.text) not in used]
        if titled and _titled_affiliation(ctx, titled[-1], cand.trigger):
            cand.args["from_org"] = [titled[-1]]
            return
    guessed = set() if "org" in cand.cued else {(o.entity_id or o.name or o.text) for o in cand.args.get("org", []) if isinstance(o, Mention)}
    for m in reversed(ctx.mentions_in(cs, people[0].start)):
        key = m.entity_id or m.name or m.text
        if m.type != "org" or m.source == "coref" or (key in used and key not in guessed):
            continue
        lead = ctx.low[max(cs, m.start - 4) : m.start]
        if lead.endswith(tuple(ctx.cues.lex["formerly_before"])) or _titled_object(ctx, cand, m, people[0]):
            cand.args["from_org"] = [m]
            if key in guessed:  # the nearest name was the old employer, not the new one
                del cand.args["org"]
                cand.fallback.discard("org")
                _subject_as_org(ctx, cand, m)
            return


_APPOSED_EMPLOYER = re.compile(r",\s+(?:a|an)\s+(?:former\s+)?(?:(?:\d+|[a-z]+)-year\s+|long-?time\s+)?")
_APPOSED_TITLE_AT = re.compile(r",\s+(?:a|an)\s+(?:former\s+)?(?P<title>(?:[a-z-]+\s+){0,3}?[a-z-]+)\s+(?:at|on|of|with)\s+(?:the\s+)?")
_ALUMNI = ("veteran", "alum", "alumnus", "alumna")  # a 15-year Synopsys veteran: where the person worked
_APPOSED_POST = re.compile(r"(?:['’]s?)?\s+(?:[a-z-]+\s+){0,3}?(?P<title>[a-z-]+(?:\s[a-z-]+)?)(?=\s*(?:,|\.|;|\bwho\b|$))")


def _apposed_employer(ctx: Context, person: Mention, used: set[str]) -> Mention | None:
    """Ada Park, a Lumen Robotics co-founder, / Ada Park, a former Lumen engineer who …: the company in the
    title set beside the name is where the person worked."""
    for m in ctx.mentions_in(person.end, person.end + 60):
        if m.type != "org" or m.source == "coref" or (m.entity_id or m.name or m.text) in used:
            continue
        titled = _APPOSED_TITLE_AT.fullmatch(ctx.low, person.end, m.start)
        if titled is not None and titled.group("title").endswith(ctx.cues.titles):
            return m  # Tom Brennan, a senior engineer on Anthropic's Claude Code
        if not _APPOSED_EMPLOYER.fullmatch(ctx.low, person.end, m.start):
            return None
        post = _APPOSED_POST.match(ctx.low, m.end, min(len(ctx.low), m.end + 48))
        if post is None or not post.group().rstrip().endswith((*ctx.cues.titles, *_ALUMNI)):
            return None
        return m
    return None


def _subject_as_org(ctx: Context, cand: Candidate, former: Mention) -> None:
    """TML宣布延揽Google DeepMind研究员X: once the old employer is set apart, the subject before the verb hires."""
    sent, t = cand.sent, cand.trigger
    used = cand.used_ids()
    earlier = [m for m in ctx.mentions_in(sent.start, min(t.start, former.start)) if m.type == "org" and not ctx.is_oblique(m, sent) and (m.entity_id or m.name or m.text) not in used]
    if earlier:
        cand.args["org"] = [earlier[-1]]



def _titled_object(ctx: Context, cand: Candidate, org: Mention, person: Mention) -> bool:
    """延揽Google DeepMind资深研究科学家X: the organisation in the title of the person a hiring verb takes is the old one."""
    t = cand.trigger
    if t.word not in ctx.cues.lex["appoint"] or not t.end <= org.start or ctx.low[t.end : org.start].strip() not in ("", "了"):
        return False
    desc = ctx.low[org.end : person.start].rstrip()
    if not desc or any(c != " " and _PUNCT.match(c) for c in desc) or not desc.endswith(ctx.cues.titles):
        return False
    gap = _APPOINTEE_GAP.match(ctx.low, person.end, cand.sent.end)
    return gap is not None and not gap.group().endswith("兼任")  # 兼任 keeps the old post


_APPOSED_TITLE = re.compile(r",\s*(?:the\s+|a\s+|an\s+|its\s+|[a-z0-9&.-]+(?:\s[a-z0-9&.-]+)?'s\s+|(?:former|then)\s+)*([^,;:()]{2,60}?),")


_TITLE_AHEAD = re.compile(r"['’]s\s+([a-z][a-z -]{2,60}?),\s*$")


def _title_ahead(ctx: Context, cand: Candidate, person: Mention) -> TextFill | None:
    """Meta's head of wearables hardware, Priya Chandran, left: the post written ahead of the name, its owner the org."""
    if not ctx.is_english():
        return None
    lo = max(cand.sent.start, person.start - 70)
    m = _TITLE_AHEAD.search(ctx.low, lo, person.start)
    if m is None or not any(w in m.group(1) for w in ctx.cues.titles):
        return None
    owner = next((o for o in reversed(ctx.mentions_in(lo, m.start())) if o.type == "org" and o.end == m.start()), None)
    if owner is None:
        return None
    slot = {"hire": "from_org", "departure": "org"}.get(cand.type.name)
    if slot and slot not in cand.args and (owner.entity_id or owner.name) not in cand.used_ids():
        cand.args[slot] = [owner]
    return _span_text(ctx, m.start(1), m.end(1))


_NEW_CLAUSE = re.compile(r"\s(?:as|while|because|since)\s+(?:it|they|the\s+company|the\s+group|demand)\b")


def _purpose_reach(ctx: Context, start: int, end: int) -> int:
    """How far a purpose cue may lie: not into a clause of its own (… to $160bn as it races to add capacity for X)."""
    if not ctx.is_english():
        return end
    m = _NEW_CLAUSE.search(ctx.low, start, end)
    return m.start() if m else end


_TO_LEAD = re.compile(r",?\s+to\s+((?:lead|co-lead|head|run|oversee)\s+[^,;.]{3,80}?)\s*(?=,|;|\.(?:\s|$)|$)")


def _hired_to_lead(ctx: Context, cand: Candidate) -> TextFill | None:
    """AWS hired Rohan Mehta, a former Google executive, to lead a new team selling Trainium: the job is what the one
    hired is hired to do."""
    if cand.type.name != "hire" or not ctx.is_english():
        return None
    people = [p for p in cand.args.get("person", []) if isinstance(p, Mention) and p.start > cand.trigger.start]
    if not people:
        return None
    pos = people[-1].end
    comma = ctx.low.find(", to ", pos, cand.sent.end)
    start = comma if comma >= 0 else pos
    m = _TO_LEAD.match(ctx.low, start, cand.sent.end)
    return _span_text(ctx, m.start(1), m.end(1)) if m else None


def _title_apposed(ctx: Context, cand: Candidate, person: Mention) -> TextFill | None:
    """Sachin Katti, Intel's chief technology officer, left: the post in the appositive after a name (its owner, the org)."""
    if not ctx.is_english():
        return None
    m = _APPOSED_TITLE.match(ctx.low, person.end, cand.sent.end)
    if m is None or ctx.mentions_in(m.start(1), m.end(1)):
        return None
    words = m.group(1).rstrip()
    head = words.split(" of ", 1)[0].rstrip()  # executive vice president of experiences and devices: a post over a domain
    if not (words.endswith(ctx.cues.titles) or (" of " in words and head.endswith(ctx.cues.titles) and len(words) <= 60)):
        return None
    found = _span_text(ctx, m.start(1), m.end(1))
    owner = next((o for o in ctx.mentions_in(person.end, m.start(1)) if o.type == "org"), None)
    slot = {"hire": "from_org", "departure": "org"}.get(cand.type.name)
    if owner is not None and slot and slot not in cand.args and (owner.entity_id or owner.name) not in cand.used_ids():
        cand.args[slot] = [owner]
    return found


def _continued_agent(ctx: Context, sent: Sentence) -> Mention | None:
    """Alphabet reported revenue of $102bn. Net income rose 33%: a sentence with no subject goes on with the one before."""
    agent = ctx.last_agent
    if agent is None:
        return None
    i = bisect_left([s.start for s in ctx.sentences], sent.start)
    if i == 0 or i >= len(ctx.sentences):
        return None
    prev = ctx.sentences[i - 1]
    # wire copy sets each sentence as a paragraph: a one-sentence paragraph right before goes on too
    lone = ctx.is_english() and prev.para != sent.para and (i < 2 or ctx.sentences[i - 2].para != prev.para) and sent.para - prev.para == 1
    if (prev.para != sent.para and not lone) or not prev.start <= agent.start < prev.end:
        return None
    subject = next((m for m in ctx.mentions_in(prev.start, prev.end) if m.type == "org" and not ctx.is_oblique(m, prev)), None)
    same = subject is not None and (subject.entity_id or subject.name) == (agent.entity_id or agent.name)
    return agent if same else None  # only the previous sentence's own subject goes on


def _post_left(ctx: Context, cand: Candidate) -> TextFill | None:
    """辞任执行董事 / 辞去总经理职务: the post named right after a verb of leaving a post."""
    if cand.type.name != "departure" or ctx.is_english() or cand.trigger.word not in ctx.cues.lex["leave_post_verbs"]:
        return None
    _, ce = cand.sent.clauses[cand.clause]
    at = cand.trigger.end + (ctx.low[cand.trigger.end : cand.trigger.end + 1] in ("任", "去"))
    lead = re.match(r"(?:公司|其|该公司|集团)?", ctx.low[at:ce])
    found = title_after(ctx, at, ce)
    return found if found is not None and found.start == at + (lead.end() if lead else 0) else None


def _job_title(ctx: Context, cand: Candidate, clause_start: int) -> TextFill | None:
    people = [f for f in cand.args.get("person", []) if isinstance(f, Mention)]
    if cand.type.name == "hire":
        after = new_role(ctx, cand)
        if after is not None:
            for p in people:  # 延揽Google DeepMind资深研究科学家X出任研究长: the title held names where X comes from
                if _CONCURRENT.match(ctx.low, p.end):
                    continue  # 任命云达科技总经理X兼任…: the post held is kept, no employer is left
                held = title_before(ctx, p.start, cand.sent.start) if p.source != "coref" else None
                org = affiliation_before(ctx, held, cand.sent.start) if held is not None else None
                if org is not None and "from_org" not in cand.args and (org.entity_id or org.name) not in cand.used_ids():
                    cand.args["from_org"] = [org]
                    break
            return after
    left = _post_left(ctx, cand)
    if left is not None:  # 联合创始人吴培峰辞任执行董事: the post left, not every title the person holds
        return left
    for p in people:
        if p.source == "coref":
            continue
        if ctx.norm[p.start - 1 : p.start] == "(":  # 林柏勋(Brandon Lin): the title stands before the name it glosses
            glossed = next((g for g in ctx.mentions_in(max(0, p.start - 12), p.start) if g.type == "person" and g.end == p.start - 1), None)
            p = glossed or p
        found = title_before(ctx, p.start, cand.sent.start) or _title_apposed(ctx, cand, p) or _title_ahead(ctx, cand, p)
        if found:
            org = affiliation_before(ctx, found, cand.sent.start)
            slot = {"hire": "from_org", "departure": "org"}.get(cand.type.name)
            if org is not None and slot and slot not in cand.args and (org.entity_id or org.name) not in cand.used_ids():
                cand.args[slot] = [org]
            return found
    if cand.type.name == "departure" and cand.trigger.word in ctx.cues.lex["leave_post_verbs"]:
        _, ce = cand.sent.clauses[cand.clause]
        at = cand.trigger.end + (ctx.low[cand.trigger.end : cand.trigger.end + 1] in ("任", "去"))  # 提请辞任: 请辞 + 任
        found = title_after(ctx, at, ce)  # 不再担任公司总经理职务 / 辞任公司秘书职务: the post left
        if found is not None:
            return found
    counts = [f for f in cand.args.get("count", []) if isinstance(f, Value)]
    for c in counts:
        found = _noun_phrase_after(ctx, c.end, cand.sent.end)
        if found:
            return found
    if not people and not counts:
        return title_before(ctx, cand.trigger.start, clause_start)
    return None


# ---------------------------------------------------------------------- dates
def _modifier_date(ctx: Context, v: Value) -> bool:
    after = ctx.low[v.end : v.end + 2]
    before = ctx.low[max(0, v.start - 1) : v.start]
    if (after.startswith("的") or after.startswith("时的")) and before not in ("在", "于", "自", "从"):
        return True
    if ctx.is_english() or _YEAR_ONLY.fullmatch(v.text.strip()) is None:
        return False
    return _names_after(ctx, v.end) or _names_before(ctx, v.start) or ctx.low.startswith(("款", "版"), v.end)


def _names_before(ctx: Context, pos: int) -> bool:
    """WWDC 2019 / CES Asia 2019 / 北京2022年冬奥会: a year written right after a Latin name or a place is part of a
    name (an event), not the event's date."""
    if pos >= 2 and ctx.norm[pos - 1] == " " and ctx.norm[pos - 2].isascii() and ctx.norm[pos - 2].isalpha():
        return True
    toks = tokens(ctx.norm, max(0, pos - 6), pos)
    return bool(toks) and toks[-1][3] == "ns" and toks[-1][1] == pos and len(toks[-1][2]) >= 2


_YEAR_ONLY = re.compile(r"(?:19|20)\d\d年?")


def _names_after(ctx: Context, pos: int) -> bool:
    """2026年东京车展 / 2026 GameExpo: a year written right before a name (an event, a model) is part of that name."""
    toks = tokens(ctx.norm, pos, min(len(ctx.norm), pos + 8))
    while toks and toks[0][2] == " ":
        toks.pop(0)
    return bool(toks) and toks[0][3] in ("ns", "nt", "eng")  # not nz: 2028年申报(nz)科创板上市 is a date


_YEAR_WRITTEN = re.compile(r"\d{4}|\d{2}年|[今去明前后]年|this year|last year|next year", re.I)


def _past_month(ctx: Context, cand: Candidate, v: Value) -> Value:
    """raised $13bn in September, on a page of May: a yearless month after the dateline is last year's, unless
    the sentence speaks of the future (will, plans to, 将, 计划)."""
    value = str(v.norm.get("value") or "")
    if not ctx.anchor or not v.norm.get("relative") or not re.fullmatch(r"\d{4}-\d\d(?:-\d\d)?", value) or _YEAR_WRITTEN.search(v.text):
        return v
    sent = cand.sent
    text = ctx.low[sent.start : sent.end]
    if ctx.is_english() and sent.clause_index(v.start) != cand.clause and ctx.low[cand.sent.clauses[cand.clause][0] : cand.trigger.start].lstrip(" ,").startswith("when "):
        cs, ce = sent.clauses[cand.clause]  # … from September, when ASML led a round: the when-clause's own tense
        text = ctx.low[cs:ce]
    elif ctx.is_english():  # In October, X agreed to buy Y, a deal it expects to close next year: the event's own clauses
        text = ctx.low[sent.start : max(sent.clauses[cand.clause][1], v.end)]
    future = ctx.cues.modality.get("planned", ()) + ctx.cues.modality.get("planned_after", ())
    ahead = any((w in text) if not w.isascii() else re.search(rf"\b{re.escape(w)}\b", text) for w in future)
    if value[:7] <= ctx.anchor.isoformat()[:7]:
        months_back = (ctx.anchor.year - int(value[:4])) * 12 + ctx.anchor.month - int(value[5:7])
        if ahead and 6 <= months_back < 12 and int(value[:4]) == ctx.anchor.year:  # 12月20日消息,预计1月2日挂牌: the coming January
            return Value("date", v.start, v.end, v.text, {**v.norm, "value": f"{int(value[:4]) + 1:04d}{value[4:]}"})
        return v
    if ahead:
        return v
    shifted = f"{int(value[:4]) - 1:04d}{value[4:]}"
    return Value("date", v.start, v.end, v.text, {**v.norm, "value": shifted})


_ANNOUNCED_ON = re.compile(r"\b(?:announced|disclosed)\s+(?:\w+\s+)?(?:on|late on|early on)\s+$")


def fill_dates(ctx: Context, cand: Candidate) -> None:
    """Date and period roles: the nearest date before the trigger in its sentence, else after it in its clause
    (not across a headline's space: 某某辞职 2018年薪酬为…)."""
    t, sent = cand.trigger, cand.sent
    roles = cand.type.roles
    dates = [v for v in ctx.values_in(sent.start, sent.end) if v.kind == "date" and v.norm.get("value")]
    dates = [v for v in dates if not _modifier_date(ctx, v) and v.start >= cand.floor]  # … and merged it last year: the second event's own date
    if "date" in roles and "date" not in cand.args:
        before = [v for v in dates if v.end <= t.start]
        _, ce = sent.clauses[cand.clause]
        after = [v for v in dates if v.start >= t.end and v.end <= ce and (ctx.is_english() or " " not in ctx.norm[t.end : v.start])]
        if ctx.is_english():  # extended their partnership to 2035 / through 2030: an end date, not when the event happened
            after = [v for v in after if not re.search(r"\b(?:to|until|till|through|thru|into)\s+(?:the\s+end\s+of\s+)?$", ctx.low[max(0, v.start - 20) : v.start])]
        pick = before[-1] if before else (after[0] if after else None)
        if ctx.is_english() and after and (not before or sent.clause_index(before[-1].start) != cand.clause):
            pick = after[0]  # English dates its events after the verb (raised $5bn in October), in the same clause
        if ctx.is_english() and not after and (not before or sent.clause_index(before[-1].start) != cand.clause):
            pick = _date_past_parenthetical(ctx, cand, dates) or pick
        if pick is None and ctx.is_english():
            pick = _date_past_appositive(ctx, cand, dates)
        if pick is None and ctx.is_english():  # …, the companies announced on Thursday: a deal with no date of its own is dated by its announcement
            pick = next((v for v in dates if v.start >= t.end and _ANNOUNCED_ON.search(ctx.low, max(t.end, v.start - 30), v.start)), None)
        quarter = _quarter_as_date(ctx, cand) if "period" not in roles else None
        if pick is not None and quarter is not None and sent.clause_index(pick.start) != cand.clause:
            pick = None  # 9月12日消息,智谱计划于明年一季度上市: the quarter in the verb's clause dates it, not the dateline
        if pick is not None:
            if cand.clause - sent.clause_index(pick.start) > 2:
                year = year_of(pick.norm["value"])  # a far date only vouches for its year (none when it has none)
                pick = Value("date", pick.start, pick.end, pick.text, {**pick.norm, "value": year}) if year else None
            if pick is not None:
                cand.args["date"] = [_with_time_of_day(ctx, _past_month(ctx, cand, pick))]
        elif quarter is not None:  # 计划于明年一季度在港交所上市 / in the first quarter of 2027: a quarter dates the event
            cand.args["date"] = [quarter]
    if "period" in roles and "period" not in cand.args and cand.type.name != "pay_offer":  # a pay period is a duration, never a year
        near = [v for v in dates if abs(sent.clause_index(v.start) - cand.clause) <= (0 if ctx.is_english() else 1) and year_of(v.norm["value"])]
        if near:
            d = min(near, key=lambda v: abs(v.start - t.start))
            cand.args["period"] = [Value("period", d.start, d.end, d.text, {**d.norm, "value": year_of(d.norm["value"])})]
        elif cand.type.name == "financial_metric":
            earlier = _period_in_force(ctx, sent.start)
            if earlier is not None:
                cand.args["period"] = [earlier]
                cand.fallback.add("period")


_APPOSITIVE_LEAD = re.compile(r"[\s,]*(?:a|an|the|its|their)\s")
_SHORT_NAME = re.compile(r"[\s,]*[A-Z][\w.+-]*(?:\s+[A-Z0-9][\w.+-]*){0,3}[\s,]*")
_DATE_LEAD = re.compile(r"[\s,]*(?:(?:to|for|with|as)\s+[^,;]{0,40}?\s)?(?:in|on|last|earlier|this)\s*$")


def _date_past_appositive(ctx: Context, cand: Candidate, dates: list[Value]) -> Value | None:
    """released Step 3, a 321-billion-parameter model, in July last year: the date after an appositive set off by
    commas still belongs to the verb's clause."""
    sent = cand.sent
    k = cand.clause + 1
    while k < len(sent.clauses) and k <= cand.clause + 2:  # Tinker, a tool that …, in October: a name, then what it is
        a_start, a_end = sent.clauses[k]
        if not (_APPOSITIVE_LEAD.match(ctx.low, a_start) or _SHORT_NAME.fullmatch(ctx.doc.text, a_start, a_end)):
            break
        k += 1
    if k == cand.clause + 1 or k >= len(sent.clauses):
        return None
    d_start, d_end = sent.clauses[k]
    for v in dates:
        if d_start <= v.start and v.end <= d_end and _DATE_LEAD.fullmatch(ctx.low, d_start, v.start):
            return v
    return None


_PARENTHETICAL = re.compile(r"\s*(?:along with|together with|including|as well as|formerly|previously|who|which|a|an|the|its|his|her|their)\b")
_DATE_CLAUSE = re.compile(r"\s*(?:as\s+[^,;]{2,40}?\s+)?(?:(?:in|on)\s+)?")


def _date_past_parenthetical(ctx: Context, cand: Candidate, dates: list[Value]) -> Value | None:
    """Microsoft hired him, along with most of Inflection AI's staff, in March 2024: the date after an aside is the event's."""
    sent = cand.sent
    for k in range(cand.clause + 1, min(cand.clause + 3, len(sent.clauses))):
        cs, ce = sent.clauses[k]
        text = ctx.low[cs:ce].lstrip(" ,")
        start = cs + len(ctx.low[cs:ce]) - len(text)
        own = [v for v in dates if cs <= v.start and v.end <= ce]
        lead = _DATE_CLAUSE.match(ctx.low, start, ce)
        if own and lead is not None and own[0].start <= lead.end() + 1 and not re.match(r"(?:and|but|while|after|before|when)\b", text):
            return own[0]  # (not "on top of the $50 billion it pledged last November": a date inside another clause)
        if not _PARENTHETICAL.match(ctx.low, start):
            return None
    return None


_QUARTERISH = re.compile(r"\d{4}(?:-(?:Q[1-4]|H[12]))?")


def _quarter_as_date(ctx: Context, cand: Candidate) -> Value | None:
    """A quarter, half or year written in the trigger's clause (明年一季度, the first half of 2027), as the event's date."""
    t, sent = cand.trigger, cand.sent
    for v in ctx.values_in(sent.start, sent.end):
        value = str(v.norm.get("value") or "")
        if v.kind != "period" or v.norm.get("duration") or not _QUARTERISH.fullmatch(value) or sent.clause_index(v.start) != cand.clause:
            continue
        if v.start < t.end and t.start < v.end:
            continue
        if ctx.low[max(0, v.start - 2) : v.start].endswith(("从", "自", "from")) or ctx.low[v.end : v.end + 2].startswith(("起", "开始", "以来")):
            continue  # 从2026年第三季度起部署: when it starts, not when it was agreed
        return Value("date", v.start, v.end, v.text, {**v.norm, "value": value})
    return None


def _with_time_of_day(ctx: Context, v: Value) -> Value:
    """9月4日晚间 / 10月28日上午: the time of day written right after a date is part of how the date is written."""
    rest = ctx.low[v.end : v.end + 3]
    word = next((w for w in ctx.cues.lex["time_of_day"] if rest.startswith(w)), "")
    if not word or v.text.endswith(word):
        return v
    return Value(v.kind, v.start, v.end + len(word), ctx.doc.text[v.start : v.end + len(word)], v.norm)


def _period_in_force(ctx: Context, before: int) -> Value | None:
    """The latest reporting period named before ``before`` (a report's 2020年半年度 covers the figures after it)."""
    for v in reversed(ctx.values_in(max(0, before - 600), before)):
        if v.kind == "period" and not v.norm.get("duration"):
            return v
    return None


# ---------------------------------------------------------------------- output
def _iso_week_to_month(value: Any) -> Any:
    """2026-W03 → 2026-01 (the month holding the week's Thursday); other values unchanged."""
    if isinstance(value, str) and re.fullmatch(r"\d{4}-W\d{2}", value):
        import datetime as dt

        thursday = dt.date.fromisocalendar(int(value[:4]), int(value[6:]), 4)
        return thursday.isoformat()[:7]
    return value


def arg_value(ctx: Context, role: Role, f: Filler) -> Any:
    """The JSON form of one filler for ``role``."""
    if isinstance(f, Mention):
        return {"name": f.name or f.text, "id": f.entity_id, "mention": ctx.doc.text[f.start : f.end], "start": f.start, "end": f.end}
    if isinstance(f, TextFill):
        return f.value
    n = f.norm
    if f.kind == "money":
        out = {"amount": n.get("amount"), "currency": n.get("currency"), "bound": n.get("bound", "exact")}
        if n.get("amount_max") is not None:
            out["amount_max"] = n["amount_max"]
        if n.get("text"):
            out["text"] = n["text"]
        return out
    if f.kind == "count" or (f.kind == "quantity" and role.kind == "count"):
        if n.get("vague"):
            mag = float(n.get("magnitude") or n.get("value") or 0)
            return _VAGUE_WORDS.get(mag, str(int(mag)))
        val = n.get("value")
        return int(val) if isinstance(val, (int, float)) else val
    if f.kind == "share":
        return n.get("value")
    if f.kind == "quantity":
        val = n.get("value")
        num = f"{val:g}" if isinstance(val, float) else str(val)
        return f"{num}{n.get('unit', '')}"
    if f.kind == "period" and n.get("value") is None and not n.get("duration") and ctx.anchor is None:
        return f.text  # 上年同期 with no date to count from: as written
    if f.kind in ("date", "period"):
        return _iso_week_to_month(n.get("value"))
    return f.text
