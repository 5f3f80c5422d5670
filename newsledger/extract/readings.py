"""Sentence-level readings: rules that decide which event a trigger starts, or whether it starts one.

buy is a procurement when hardware follows it and an acquisition otherwise; 收购X 49%的股份 is an
investment; 担任CEO的Meta describes, it does not report; 不再担任 ends a post; 预计营收 is guidance;
cut is a layoff only when people are cut; 追加投资…用于扩建 is spending; the organisation that denies is
a denial's actor.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from newsledger.core import Event, Mention, Value
from newsledger.extract import launches
from newsledger.extract import roles as R
from newsledger.extract.context import Context, Sentence, english_topic, salient_org, topic_org
from newsledger.extract.triggers import Trigger
from newsledger.resolve.link import name_cues
from newsledger.schema import Schema

_LATIN_DIGIT = re.compile(r"[a-z]+[- ]?\d")
_MODEL_HEAD = re.compile(r"[A-Za-z]+[- ]?\d|\d+[A-Za-z]|[A-Z][a-z]+[A-Z]")  # Mate30, 16s, iPhone
_MODEL_AFTER_DIGIT = re.compile(r"\d+[a-z]{1,3}(?![a-z])")  # 508l, 7s



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


_SELLER_BEFORE = re.compile(r"(?:向|从|自)(?P<who>[^,。;]{2,20}?)(?:手中|手里|处)?$")
_SELLER_AFTER = re.compile(r"\bfrom\s+(?P<who>[^,.;]{2,40})")


def property_bought(ctx: Context, sent: Sentence, t: Trigger) -> bool | None:
    """None unless a buy verb's object is property (厂房, 园区, a plant); then whether a seller is named (向X购买, from X)."""
    if not re.match(r"购|买|收购|购入|buy|bought|purchas|acquir", t.word):
        return None  # 所发电力供应秦淮数据园区: only a purchase buys property
    cs, ce = sent.clauses[sent.clause_index(t.start)]
    obj = ctx.low[t.end : min(ce, t.end + 30)]
    hits = [obj.find(w) for w in ctx.cues.lex["real_estate"] if re.search(rf"(?<![a-z]){re.escape(w)}(?![a-z])", obj)]
    goods = [obj.find(w) for w in ctx.cues.lex["hardware"] + ctx.cues.lex["goods"] if w in obj]
    if not hits or (goods and min(goods) < min(hits)):
        return None
    if re.search(r"股权|股份|控股权|控制权|stake|shares", obj):
        return None  # 收购中民物业60%股权: equity in a company named after its trade, not property
    before = _SELLER_BEFORE.search(ctx.low, cs, t.start)
    after = _SELLER_AFTER.search(ctx.low, t.end, min(ce, t.end + 60))
    seller = before or after
    if seller is None:
        return False
    who = ctx.low[seller.start("who") : seller.end("who")]
    named = any(m.type == "org" and m.source != "coref" for m in ctx.mentions_in(seller.start("who"), seller.end("who")))
    return named or bool(re.search(r"公司|集团|[a-z]{3,}", who))


def one_reading_per_trigger(ctx: Context, sent: Sentence, cands: list[R.Candidate]) -> list[R.Candidate]:
    """buy/购买 starts a procurement when hardware follows it, else an acquisition — never both."""
    by_trigger: dict[int, list[R.Candidate]] = {}
    for c in cands:
        by_trigger.setdefault(c.trigger.start, []).append(c)
    out: list[R.Candidate] = []
    bought = {sent.clause_index(c.trigger.start) for c in cands if c.type.name == "acquisition"}
    for group in by_trigger.values():
        names = {c.type.name for c in group}
        t = group[0].trigger
        lone = names == {"procurement"} and "acquisition" in t.types and sent.clause_index(t.start) in bought
        shares = {"procurement", "investment"} <= names and ctx.is_english()  # buying shares became an investment: the same choice
        if {"procurement", "acquisition"} <= names or lone or shares:
            _, ce = sent.clauses[sent.clause_index(t.start)]
            item = next(c for c in group if c.type.name == "procurement").type.roles["item"].pattern
            hardware = _goods_bought(ctx, sent, t, ce) or bool(item and re.search(item, ctx.low[t.end : ce]))
            drop = ("acquisition", "investment") if hardware else ("procurement",)
            group = [c for c in group if c.type.name not in drop]  # (the acquisition since it bought Slack: one deal, no goods)
        if {"ipo", "launch"} <= {c.type.name for c in group}:
            t = group[0].trigger
            cs, ce = sent.clauses[sent.clause_index(t.start)]
            near = ctx.low[cs : min(ce, t.end + 12)]
            product = bool(_LATIN_DIGIT.search(near) or _MODEL_AFTER_DIGIT.search(near)) or any(w in near for w in ctx.cues.lex["product_near"])
            if ctx.is_english() and any(m.entity_id in ctx.venues for m in ctx.mentions_in(cs, ce)):
                product = False  # shares soared in their New York Stock Exchange debut: a market debut is a listing
            if not product and not ctx.is_english():
                # 上市/发售 with neither shares nor a company named before it, or with a price or a product word
                # in the sentence and no share words: a product goes on sale
                sentence = ctx.low[sent.start : sent.end]
                shares = any(w in sentence for w in ctx.cues.lex["ipo_context"])
                product = not shares and any(w in sentence for w in ctx.cues.lex["product_near"])
                subject_org = any(m.type == "org" for m in ctx.mentions_in(sent.start, t.start)) or any(
                    w in ctx.low[cs : t.start] for w in (*ctx.cues.org_refs, "公司")
                )
                product = product or (not subject_org and not shares) or (not shares and _product_subject(ctx, cs, t.start))
            group = [c for c in group if c.type.name != ("ipo" if product else "launch")]
        out.extend(group)
    # 挂牌上市: 上市 right after a listing word names that listing, no product going on sale
    out = [c for c in out if not (c.type.name == "launch" and "ipo" in c.trigger.types and any(o.type.name == "ipo" and o.trigger.end == c.trigger.start for o in out))]
    if any(c.type.name in ("investment", "ipo") for c in out):
        out = [c for c in out if not (c.type.name == "financial_metric" and c.trigger.word in ("估值", "valuation"))]
    return out


def _product_subject(ctx: Context, cs: int, pos: int) -> bool:
    """华为Mate Xs将于3月上市: the subject of 上市 is a brand with a model name, not a company's own name."""
    fill = launches.product_subject(ctx, cs, pos)
    if fill is None or ctx.low[fill.start : fill.end].endswith(name_cues().org_suffix_zh):
        return False
    return not any(m.type == "org" and m.start <= fill.start and fill.end <= m.end for m in ctx.mentions_in(fill.start, fill.end))


_OBJECT_RELATIVE = re.compile(r"\b(?:that|which)\s+[\w .&'-]{1,40}$")


def _goods_bought(ctx: Context, sent: Sentence, t: Trigger, ce: int) -> bool:
    """Whether a buy verb buys goods: a count or quantity follows, or a hardware word not describing a company
    named right after it (purchase of server maker ZT Systems buys a company)."""
    if any(v.kind in ("count", "quantity") and v.start >= t.end for v in ctx.values_in(t.end, ce)) or _bought_before(ctx, sent, t):
        return True
    words = [ctx.low.find(w, t.end, ce) for w in ctx.cues.lex["hardware"]]
    first = min((i for i in words if i >= 0), default=-1)
    if first < 0:
        return False
    company = next((m for m in ctx.mentions_in(t.end, ce) if m.type == "org" and m.source != "coref"), None)
    maker = re.match(r"[a-z -]{0,20}?\b(?:maker|makers|manufacturer|company|firm|provider|supplier|startup|start-up|vendor|designer|developer)\b", ctx.low[first:ce])
    return not (company is not None and maker is not None and company.start > first and company.start - (first + maker.end()) <= 3)


def _bought_before(ctx: Context, sent: Sentence, t: Trigger) -> bool:
    """servers built around GB200 chips that KDDI bought: the thing bought stands before an object relative clause."""
    rel = _OBJECT_RELATIVE.search(ctx.low, max(sent.start, t.start - 48), t.start)
    if rel is None or not ctx.is_english():
        return False
    return any(w in ctx.low[max(sent.start, rel.start() - 60) : rel.start()] for w in ctx.cues.lex["hardware"])


def listing_raise(ctx: Context, cands: list[R.Candidate]) -> list[R.Candidate]:
    """filed for an IPO, seeking to raise $1bn / 赴港上市,拟募资10亿美元: the money raised is the listing's, not a round."""
    if not any(c.type.name == "ipo" for c in cands):
        return cands
    return [c for c in cands if not (c.type.name == "investment" and c.trigger.word in ctx.cues.lex["listing_raise"] and not _private_round(ctx, c))]


_PRIVATE_ROUND = re.compile(r"(?:[^,;.]|\.(?=\d)){0,40}?\b(?:private|funding|financing|series [a-f]|seed|venture) round\b")


def _private_round(ctx: Context, cand: R.Candidate) -> bool:
    """withdrew its IPO filing after raising $1.1bn in a private round: the money came from a round, not from the listing."""
    return ctx.is_english() and _PRIVATE_ROUND.match(ctx.low, cand.trigger.end, cand.sent.end) is not None


def one_listing(ctx: Context, cands: list[R.Candidate]) -> list[R.Candidate]:
    """今日起招股,集资最多58亿港元,预计9月24日挂牌: the offer and the listing a sentence describes are one IPO, dated by the listing."""
    ipos = [c for c in cands if c.type.name == "ipo" and not ctx.is_english()]
    listing = [c for c in ipos if c.trigger.word in ctx.cues.lex["listing_words"]]
    if len(ipos) < 2 or not listing:
        return cands
    keep = listing[-1]
    key = {_key(m) for m in keep.args.get("org", []) if isinstance(m, Mention)}
    merged: set[int] = set()
    for other in ipos:
        orgs = {_key(m) for m in other.args.get("org", []) if isinstance(m, Mention)}
        if other is keep or other in listing or (orgs and key and orgs != key):
            continue
        for role, fills in other.args.items():
            if role == "amount" or role not in keep.args:
                keep.args[role] = fills  # the offer's clause states what is raised; the listing's, when it is listed
        merged.add(id(other))
    return [c for c in cands if id(c) not in merged]


def _key(m: Mention) -> str:
    return m.entity_id or m.name or m.text


def _both_sides(ctx: Context, cand: R.Candidate) -> None:
    """辉达以50亿美元认购英特尔普通股,双方并将共同开发…: 双方 are the two companies named just before."""
    cs, _ = cand.sent.clauses[cand.clause]
    head = ctx.low[cand.sent.start if ctx.is_english() else cs : cand.trigger.start]
    if cand.args.get("partner") or not any(w in head for w in ("双方", "the two companies", "both companies", "the companies", "the pair")):
        return  # (The two companies will jointly develop …: the two named just before)
    i = bisect_left([s.start for s in ctx.sentences], cand.sent.start)
    # The two companies will jointly develop… / 上诠董事长表示,双方将合作开发…: the two may be named a paragraph before
    # (in Chinese only for working together on something, not 此前双方已就合作进行谈判, which looks back)
    reach = 1 if ctx.is_english() or cand.trigger.word in ctx.cues.lex["joint_work"] else 0
    start = ctx.sentences[i - 1].start if i > 0 and cand.sent.para - ctx.sentences[i - 1].para <= reach else cand.sent.start
    named: list[Mention] = []
    for m in reversed(ctx.mentions_in(start, cs)):
        if m.type == "org" and m.source != "coref" and m.entity_id not in ctx.venues and _key(m) not in {_key(n) for n in named}:
            named.insert(0, m)
        if len(named) == 2:
            break
    if len(named) == 2:
        cand.args["org"] = [named[0]]
        cand.fallback.discard("org")
        cand.args["partner"] = [named[1]]


def internal_transfer(ctx: Context, cand: R.Candidate) -> None:
    """卸任该职务,转任腾讯技术委员会专家顾问: the company named in the new post is the one the post is left at."""
    if cand.type.name != "departure" or cand.args.get("org") or not cand.args.get("to_org"):
        return
    dest = next((m for m in cand.args["to_org"] if isinstance(m, Mention)), None)
    if dest is not None and ctx.low[max(0, dest.start - 2) : dest.start] in ctx.cues.lex["transfer_words"]:
        cand.args["org"] = cand.args.pop("to_org")


def possessed_recruit(ctx: Context, cand: R.Candidate) -> None:
    """Meta收购Scale AI股份,并将其创始人A招至麾下: the one hired is the founder of the company just named, not of the hirer."""
    if cand.type.name != "hire" or ctx.is_english() or cand.args.get("from_org"):
        return
    person = next((p for p in cand.args.get("person", []) if isinstance(p, Mention)), None)
    if person is None:
        return
    qi = ctx.low.rfind("其", max(cand.sent.start, person.start - 14), person.start)
    if qi < 0 or not re.fullmatch(r"[^,。;、]{1,14}", ctx.low[qi + 1 : person.start]):  # 其执行长汪韬 (alexandr wang)
        return
    hirer = {_key(m) for m in cand.args.get("org", []) if isinstance(m, Mention)}
    subject = ctx.mentions_in(cand.sent.start, qi)
    hirer |= {_key(m) for m in subject[:1] if m.type == "org"}
    others = [m for m in subject if m.type == "org" and m.source != "coref" and _key(m) not in hirer]
    pronoun = next((m for m in ctx.mentions_in(qi, qi + 1) if m.source == "coref"), None)
    if not others or (pronoun is not None and _key(pronoun) not in hirer):
        return
    cand.args["from_org"] = list[R.Filler]([others[-1]])


_POSSESSED_POST = re.compile(r"['’]s?\s+(?:former\s+|longtime\s+|top\s+|own\s+)?(?:[a-z-]+\s+){0,3}?(?:deputy|lieutenant|aide|successor|predecessor|boss|head|chief|colleague|number two)\s*,\s*$")


def possessor_not_person(ctx: Context, cand: R.Candidate) -> None:
    """will be run by Ruoming Pang's former deputy, Tom Gunter: the one named after the possessed post is the person,
    not its possessor."""
    if cand.type.name not in ("hire", "departure") or not ctx.is_english():
        return
    people = [p for p in cand.args.get("person", []) if isinstance(p, Mention)]
    if len(people) != 1:
        return
    p = people[0]
    nxt = next((m for m in ctx.mentions_in(p.end, min(cand.sent.end, p.end + 60)) if m.type == "person" and m.source != "coref"), None)
    if nxt is not None and _POSSESSED_POST.fullmatch(ctx.low, p.end, nxt.start):
        cand.args["person"] = [nxt]


def group_not_person(cand: R.Candidate) -> None:
    """…被Meta挖走后,至今已有逾15人离开: a count leaving in its own clause is a group, not a person named clauses before."""
    if cand.type.name not in ("departure", "layoff") or not cand.args.get("count") or "person" not in cand.args:
        return
    clause = cand.clause
    kept = [p for p in cand.args["person"] if isinstance(p, Mention) and cand.sent.clause_index(p.start) >= clause]  # 其中包括A、B: named after
    if kept:
        cand.args["person"] = list[R.Filler](kept)
    else:
        del cand.args["person"]


def poached_departure(ctx: Context, schema: Schema, cand: R.Candidate) -> R.Candidate | None:
    """A被X挖走 / 从Y挖走A: one poached leaves the old employer for the new one — a departure besides the hire."""
    if cand.type.name != "hire" or cand.trigger.word not in ctx.cues.lex["poach"] or not cand.args.get("person"):
        return None
    hirer = {_key(m) for m in cand.args.get("org", []) if isinstance(m, Mention)}
    if ctx.low[max(cand.sent.start, cand.trigger.start - 40) : cand.trigger.start].rfind("被") < 0:
        return None  # only the passive (A被X挖走) tells of A leaving; 从Y挖走A tells of the hire
    old = [m for m in cand.args.get("from_org", []) if isinstance(m, Mention)]
    if not old:  # 苹果团队原有60人,负责人A被Meta挖走: the sentence's company (else the page's) loses him
        own = [m for m in ctx.mentions_in(cand.sent.start, cand.trigger.start) if m.type == "org" and m.source != "coref" and _key(m) not in hirer and not ctx.is_oblique(m, cand.sent)]
        topic = own[0] if own else salient_org(ctx, cand.sent.start) or topic_org(ctx, cand.sent.start)
        if topic is not None and _key(topic) not in hirer:
            old = [topic]
            cand.args["from_org"] = list[R.Filler](old)
            cand.fallback.add("from_org")
    if not old:
        return None
    dep = R.Candidate(schema.types["departure"], cand.trigger, cand.sent)
    dep.args = {"person": cand.args["person"], "org": list[R.Filler](old)}
    if "org" in cand.args:
        dep.args["to_org"] = cand.args["org"]
    for role in ("count", "role", "date"):
        if role in cand.args:
            dep.args[role] = cand.args[role]
    dep.fallback = {r for r in cand.fallback if r == "from_org"} and {"org"}
    return dep


_BECOME_POST = re.compile(r"\s(?:to|and)\s+(?:become|became|serve as|served as|take over as|took over as|take up the post of)\s")


def became_post(ctx: Context, schema: Schema, cand: R.Candidate) -> R.Candidate | None:
    """who left AWS in April to become chief operating officer at Anthropic: the post taken is a hire at the new employer."""
    if cand.type.name != "departure" or not ctx.is_english() or not cand.args.get("person") or cand.args.get("to_org"):
        return None
    m = _BECOME_POST.search(ctx.low, cand.trigger.end, min(cand.sent.end, cand.trigger.end + 60))
    if m is None:
        return None
    det = re.compile(r"(?:the|its|a|an)\s+").match(ctx.low, m.end())
    start = det.end() if det else m.end()
    org = next((o for o in ctx.mentions_in(start, cand.sent.end) if o.type == "org" and o.start == start), None)
    owner = re.match(r"(?:'s|’s|'|’)\s+", ctx.low[org.end :]) if org is not None else None
    if org is None or owner is None:  # … to become Anthropic's chief operating officer
        org = None
    post = R.title_after(ctx, org.end + owner.end() if org is not None and owner is not None else m.end(), cand.sent.end)
    if post is None:
        return None
    old = {_key(o) for o in cand.args.get("org", []) if isinstance(o, Mention)}
    if org is None:  # … chief operating officer at Anthropic
        org = next((o for o in ctx.mentions_in(post.end, cand.sent.end) if o.type == "org" and re.fullmatch(r"\s*(?:at|of|for)\s+", ctx.low[post.end : o.start])), None)
    if org is None or _key(org) in old:
        return None
    hire = R.Candidate(schema.types["hire"], cand.trigger, cand.sent)
    hire.args = {"person": cand.args["person"], "org": [org], "role": [post]}
    if cand.args.get("org"):
        hire.args["from_org"] = cand.args["org"]
        hire.fallback = {"from_org"} if "org" in cand.fallback else set()
    if cand.args.get("date"):
        hire.args["date"] = cand.args["date"]
    return hire


_LED_ROUND = re.compile(r"\b(?:led|co-led|joined|backed|participated in|took part in)\s+$")
_POSSESSED_ROUND = re.compile(r"(?:'s|’s|'|’)\s+(?:[\w$€£.,-]+\s+){0,4}?(?:round|series [a-k]\d?|funding|financing|fundraising|raise)\b")


def possessed_round(ctx: Context, cand: R.Candidate) -> None:
    """ASML led Mistral's previous round, investing €1.3 billion: the round's owner is the target, the one leading it the investor."""
    if cand.type.name != "investment" or not ctx.is_english():
        return
    sent = cand.sent
    for m in ctx.mentions_in(sent.start, sent.end):
        if m.type != "org" or not _LED_ROUND.search(ctx.low, max(sent.start, m.start - 20), m.start) or not _POSSESSED_ROUND.match(ctx.low, m.end):
            continue
        verb = _LED_ROUND.search(ctx.low, max(sent.start, m.start - 20), m.start)
        assert verb is not None
        subject = [o for o in ctx.mentions_in(sent.start, verb.start()) if o.type == "org" and _key(o) != _key(m) and not ctx.is_oblique(o, sent)]
        if not subject or not re.fullmatch(r"[^,;]{0,40}", ctx.low[subject[-1].end : verb.start()]):
            continue
        cand.args["target"] = [m]
        cand.args["investor"] = [subject[-1]]
        cand.fallback -= {"target", "investor"}
        return


_FORMED_VERB = re.compile(r"\s+(?:has\s+|had\s+)?(?:formed|set up|created|established|struck|signed|launched|started)\s+(?:last\s+\w+\s+|in\s+\d{4}\s+)?with\b")


def partner_formed_with(ctx: Context, cand: R.Candidate) -> None:
    """the 50-50 joint venture SoftBank formed with OpenAI: the name between the venture and "formed with" is a party to it."""
    if cand.type.name != "partnership" or not ctx.is_english():
        return  # (Kestrel Cloud, the joint venture Telstra formed with Nvidia: the venture named before is no party to it)
    lead = re.compile(r"\s+(?:that\s+|which\s+)?").match(ctx.low, cand.trigger.end)
    start = lead.end() if lead else cand.trigger.end
    org = next((m for m in ctx.mentions_in(start, cand.sent.end) if m.type == "org" and m.start == start), None)
    if org is None or _FORMED_VERB.match(ctx.low, org.end) is None:
        return
    cand.args["org"] = [org]
    cand.fallback.discard("org")
    cand.args["partner"] = [p for p in cand.args.get("partner", []) if not (isinstance(p, Mention) and _key(p) == _key(org))]
    if not cand.args["partner"]:
        del cand.args["partner"]


_BARE_WORKFORCE = re.compile(r"\b(?:workforce|headcount|staff)\s+of\s+(?:(?P<bound>about|roughly|around|nearly|some|approximately|more than|over|almost)\s+)?(?P<n>\d{1,3}(?:,\d{3})+|\d{4,7})\b(?!\s*(?:%|percent|\.\d))")
_BOUNDS = {"about": "about", "roughly": "about", "around": "about", "some": "about", "approximately": "about", "nearly": "about", "almost": "about", "more than": "more_than", "over": "more_than"}


def bare_workforce(ctx: Context, cand: R.Candidate) -> None:
    """4 percent of its global workforce of roughly 228,000: a bare number after "workforce of" counts the staff."""
    if cand.type.name != "layoff" or not ctx.is_english() or cand.args.get("workforce"):
        return
    m = _BARE_WORKFORCE.search(ctx.low, cand.sent.start, cand.sent.end)
    if m is None or any(v.start <= m.start("n") < v.end for v in ctx.values_in(cand.sent.start, cand.sent.end)):
        return
    start = m.start("bound") if m.group("bound") else m.start("n")
    norm = {"value": int(m.group("n").replace(",", "")), "bound": _BOUNDS.get(m.group("bound") or "", "exact"), "unit": "employees", "vague": False}
    cand.args["workforce"] = [Value("count", start, m.end("n"), ctx.doc.text[start : m.end("n")], norm)]


_BARE_HEADCOUNT = re.compile(r"\s+(?:rose|grew|fell|increased|decreased|dropped|declined|climbed|stood|was|reached|totaled|totalled)(?:\s+(?:to|at))?\s+(?:(?P<bound>about|roughly|around|nearly|some|approximately|more than|over|almost)\s+)?(?P<n>\d{1,3}(?:,\d{3})+|\d{2,7})\b(?!\s*(?:%|percent|\.\d))")


def bare_headcount(ctx: Context, cand: R.Candidate) -> None:
    """headcount rose to 720 as of June: the bare number a headcount reaches is its figure."""
    if cand.type.name != "financial_metric" or not ctx.is_english() or cand.args.get("value") or cand.trigger.word != "headcount":
        return
    m = _BARE_HEADCOUNT.match(ctx.low, cand.trigger.end, cand.sent.end)
    if m is None:
        return
    start = m.start("bound") if m.group("bound") else m.start("n")
    norm = {"value": int(m.group("n").replace(",", "")), "bound": _BOUNDS.get(m.group("bound") or "", "exact"), "unit": "employees", "vague": False}
    cand.args["value"] = [Value("count", start, m.end("n"), ctx.doc.text[start : m.end("n")], norm)]


_ON_WHICH = re.compile(r"\bto\s+(?P<what>(?:build|construct|expand|open|develop|buy|fund|upgrade)\s+[^,;]{3,80}?),\s+(?:on|for|in)\s+which\b")


def purpose_before_which(ctx: Context, cand: R.Candidate) -> None:
    """use the proceeds to build two data centers, on which it expects to spend $900 million: what the relative clause hangs on is what the money is for."""
    if cand.type.name != "spending" or not ctx.is_english() or cand.args.get("purpose"):
        return
    found = [m for m in _ON_WHICH.finditer(ctx.low, cand.sent.start, cand.trigger.start)]
    if found:
        fill = R._span_text(ctx, found[-1].start("what"), found[-1].end("what"))
        if fill is not None:
            cand.args["purpose"] = [fill]


_TO_LEAD = re.compile(r",?\s+to\s+(?P<post>(?:lead|head|run|oversee|manage|co-lead)\s+(?:its|their|the|a|an|his|her)\s+[^,.;]{3,60}?)(?=\s+(?:according|starting|from|in|on|at|by)\b|[,.;]|$)")


def post_to_lead(ctx: Context, cand: R.Candidate) -> None:
    """AWS hired Rohan Mehta, a former Google Cloud vice president, to lead a new team selling Trainium capacity: the
    work one is hired to do is the post when no title is given for it."""
    if cand.type.name != "hire" or not ctx.is_english() or cand.args.get("role"):
        return
    people = [p for p in cand.args.get("person", []) if isinstance(p, Mention)]
    if not people or people[-1].start < cand.trigger.end:
        return
    for m in _TO_LEAD.finditer(ctx.low, people[-1].end, cand.sent.end):
        fill = R._span_text(ctx, m.start("post"), m.end("post"))
        if fill is not None:
            cand.args["role"] = [fill]
        return


_APPOSED_TITLE = re.compile(r",\s+(?:the|a|an|its|their|[\w&.-]+['’]s)\s+(?P<title>(?:[a-z-]+\s+){0,4}?[a-z-]+)(?=\s+(?:who|for|of|at|in|on)\b|\s*,)")


def apposed_post(ctx: Context, cand: R.Candidate) -> None:
    """Asha Sharma, the corporate vice president who led the product team, is leaving: the title set beside the name is the post."""
    if cand.type.name != "departure" or not ctx.is_english() or cand.args.get("role"):
        return  # (a hire's apposed title, a Thinking Machines co-founder, is the post held before)
    person = next((p for p in cand.args.get("person", []) if isinstance(p, Mention)), None)
    if person is None or person.end > cand.trigger.start:
        return
    m = _APPOSED_TITLE.match(ctx.low, person.end, cand.trigger.start)
    if m is None or not m.group("title").endswith(ctx.cues.titles) or m.group("title").split(" ")[0] in ("former", "ex"):
        return
    fill = R._span_text(ctx, m.start("title"), m.end("title"))
    if fill is not None:
        cand.args["role"] = [fill]


def majority_stake(ctx: Context, sent: Sentence, cands: list[R.Candidate]) -> list[R.Candidate]:
    """acquire a 60% stake in X: the stake an acquisition takes control with is that acquisition, not an investment too."""
    buys = [c for c in cands if c.type.name == "acquisition"]
    if not buys or not ctx.is_english():
        return cands

    def controlled(c: R.Candidate) -> bool:
        _, ce = sent.clauses[c.clause]
        return any(v.kind == "share" and (v.norm.get("value") or 0) > 0.5 for v in ctx.values_in(c.trigger.start - 12, ce))

    stakes = [c for c in cands if c.type.name == "investment" and c.trigger.word.startswith("stake") and not controlled(c)]
    cands = [c for c in cands if not (c.type.name == "acquisition" and any(s.clause == c.clause and _BUYS_A_STAKE.fullmatch(ctx.low, c.trigger.end, s.trigger.start) for s in stakes))]
    return [c for c in cands if not (c.type.name == "investment" and c.trigger.word.startswith("stake") and any(b.clause == c.clause and controlled(c) for b in buys))]


_BUYS_A_STAKE = re.compile(r"\s+(?:a|an|some)?\s*(?:small\s+|minority\s+|new\s+)?")  # acquiring a stake in X: an investment, not a takeover


def one_round(ctx: Context, cands: list[R.Candidate]) -> list[R.Candidate]:
    """由A领投,B、C跟投: the participants of a round the sentence names are roles of that round, not more rounds."""
    parts = ctx.cues.lex["participation"]
    rounds = sorted((c for c in cands if c.type.name == "investment"), key=lambda c: c.trigger.start)
    if len(rounds) < 2 or not any(c.trigger.word in parts for c in rounds):
        return cands
    absorbed = {id(c) for i, c in enumerate(rounds) if i > 0 and c.trigger.word in parts}
    return [c for c in cands if id(c) not in absorbed]


_SUPERLATIVE = re.compile(r"\b(?:largest|biggest|first|busiest|most valuable|smallest)\s+(?:[\w.&'-]+\s+){0,4}$")
_SINCE_LISTING = re.compile(r"(?:已|已经)?(?:满|不到|不足|仅|刚|刚刚|才)?[\d一二三四五六七八九十两几多半]+(?:个)?(?:年|月|天|周|日)(?!\d)")


def not_a_listing(ctx: Context, sent: Sentence, trig: Trigger) -> bool:
    """台风登陆浙江 / 游戏登陆PS4: 登陆 lists shares only where shares or a market are named; 上市三年后 counts the
    time since a listing and 在产权交易中心挂牌 offers an asset, neither lists shares; the largest listing since X
    is a yardstick, not a listing."""
    if trig.word == "公开发行":  # 公开发行7000万股: an offering of shares, and only when shares follow
        return not re.match(r"[^,。;]{0,12}?(?:股|a股|h股|新股)", ctx.low[trig.end : sent.end])
    if trig.word in ("上市", "挂牌") and _SINCE_LISTING.match(ctx.low, trig.end):
        return True  # 上市三年后 / 在上市10个月就被ST: the time since a listing, not a listing
    if trig.word == "挂牌" and any(w in ctx.low[sent.start : sent.end] for w in ctx.cues.lex["not_listing_venues"]):
        return True  # 增资项目在产权交易中心挂牌: an asset offered on a property exchange
    if ctx.is_english() and _SUPERLATIVE.search(ctx.low, max(sent.start, trig.start - 50), trig.start) and ctx.low.startswith(" since ", trig.end):
        return True
    if ctx.is_english() and re.match(r"\s+(?:proceeds|money|cash|funds)\b", ctx.low[trig.end : trig.end + 12]):
        return True  # use part of the IPO proceeds to build …: what the money is spent on, not the listing
    if trig.word not in ctx.cues.lex["listing_verbs_weak"]:
        return False
    text = ctx.low[sent.start : sent.end]
    venue = any(m.entity_id in ctx.venues for m in ctx.mentions_in(sent.start, sent.end))
    return not venue and not any(w in text for w in ctx.cues.lex["ipo_context"])


def not_a_trade(ctx: Context, sent: Sentence, trig: Trigger) -> bool:
    """得到 / 换来 hire a player only in a trade: a sentence that sends someone away (送出A,得到B) or names the trade."""
    if trig.word not in ctx.cues.lex["trade_verbs"]:
        return False
    return not any(w in ctx.low[sent.start : trig.start] for w in ctx.cues.lex["trade_context"])


_TRIMS = re.compile(r"了?(?:\d+|[一二两三四五六七八九十]+)款")


_PASSIVE_SUBJECT = re.compile(r"\b(?:the|its|their|his|her|quarterly|annual)\s+((?:[a-z-]+\s+){0,2}?[a-z-]+)\s+(?:were|was|are|is|will be|would be|had been|have been|has been|being|to be)\s+$")


def _released_report(ctx: Context, sent: Sentence, trig: Trigger) -> bool:
    """the results were released / its earnings report is released: a passive launch verb whose subject is a report."""
    m = _PASSIVE_SUBJECT.search(ctx.low, max(sent.start, trig.start - 50), trig.start)
    return m is not None and any(re.search(rf"\b{re.escape(w)}s?$", m.group(1)) for w in ctx.cues.not_products if w.isascii())


def not_a_launch(ctx: Context, sent: Sentence, trig: Trigger) -> bool:
    """首发阵容 / 调整首发 / 主创团队亮相 / 志愿者代表首次亮相 / 发行股份: a team's starting line-up, people appearing, or
    shares and debt issued launch nothing."""
    lex = ctx.cues.lex
    if ctx.is_english() and _released_report(ctx, sent, trig):
        return True  # before the results were released: figures published, not a product
    if ctx.low[max(sent.start, trig.start - 2) : trig.start].endswith(("共", "共计", "一共", "总共")) and _TRIMS.match(ctx.low, trig.end):
        return True  # 新车共推出4款车型: the versions a launch comes in, not a launch of its own
    if shares_offered(ctx, sent, trig) or launch_word_as_noun(ctx, sent, trig):
        return True
    if trig.word == "首发":
        return ctx.low.startswith(tuple(lex["lineup_after"]), trig.end) or ctx.low[max(sent.start, trig.start - 4) : trig.start].endswith(tuple(lex["lineup_before"]))
    if trig.word == "发行":
        _, ce = sent.clauses[sent.clause_index(trig.start)]
        return any(w in ctx.low[max(sent.start, trig.start - 12) : ce] for w in lex["issue_not_product"])
    if trig.word in ("发表", "发布", "delivered", "gave"):
        _, ce = sent.clauses[sent.clause_index(trig.start)]
        said = ("演讲", "主题演讲", "讲话", "致辞", "演说", "谈话", "声明", "看法", "观点", "论文", "文章", "keynote", "speech", "remarks")
        if any(w in ctx.low[trig.end : min(ce, trig.end + 30)] for w in said):
            return True  # 发表Computex开幕主题演讲: a speech given, not a product
    if trig.word not in ("亮相", "登场"):
        return False
    cs, _ = sent.clauses[sent.clause_index(trig.start)]
    end = trig.start
    adverbs = tuple(lex["appearing_adverbs"])
    while end > cs and ctx.low[cs:end].endswith(adverbs):
        end -= next(len(a) for a in sorted(adverbs, key=len, reverse=True) if ctx.low[cs:end].endswith(a))
    if ctx.low[cs:end].endswith(tuple(lex["appearing_people"])):
        return True
    return any(m.type == "person" and m.end == end for m in ctx.mentions_in(max(cs, end - 12), end))


def shares_offered(ctx: Context, sent: Sentence, trig: Trigger) -> bool:
    """首发募资80亿元 / 发售价为每股39.2港元 / 发售股份: a listing's first offering of shares, no product on sale."""
    if trig.word not in ctx.cues.lex["share_offer_verbs"]:
        return False
    if ctx.low.startswith(tuple(ctx.cues.lex["share_offer_after"]), trig.end):
        return True
    _, ce = sent.clauses[sent.clause_index(trig.start)]
    return ctx.low.startswith("价", trig.end) and "每股" in ctx.low[trig.end : ce]


def launch_word_as_noun(ctx: Context, sent: Sentence, trig: Trigger) -> bool:
    """供应链与量产 / 製程的量產 / 明年量产的平台 / 位居开源模型前列 / 经授权发布: a launch word used as a noun, a modifier
    or an adjective, or a page's republication line, launches nothing."""
    lex = ctx.cues.lex
    if trig.word in lex["noun_launch_words"]:
        before = ctx.low[max(sent.start, trig.start - 1) : trig.start]
        if before in ("与", "和", "及", "的") or ctx.low.startswith("的", trig.end):
            return True
    if trig.word in lex["adjective_launch_words"]:
        _, ce = sent.clauses[sent.clause_index(trig.start)]
        rest = ctx.low[trig.end : ce]
        noun = next((w for w in lex["open_source_nouns"] if rest.startswith(w)), None)
        if noun is not None and not re.search(r"[a-z0-9“「《\"]", rest[len(noun) :]):
            return True  # 开源模型前列: the open kind of model, no model named
    return ctx.low[max(sent.start, trig.start - 3) : trig.start].endswith(tuple(lex["republished_before"]))


def produce_purchase(ctx: Context, sent: Sentence, trig: Trigger) -> bool:
    """早稻收购 / 收购湖山场全部苗木: buying a harvest or farm produce is trade, not buying a company."""
    _, ce = sent.clauses[sent.clause_index(trig.start)]
    near = ctx.low[max(sent.start, trig.start - 4) : min(ce, trig.end + 12)]
    return any(w in near for w in ctx.cues.lex["farm_produce"])


def takes_shares(ctx: Context, sent: Sentence, trig: Trigger) -> bool:
    """取得/购得 is an acquisition only when shares or control follow it in the clause (取得眸境科技100%股权)."""
    if trig.word not in ctx.cues.lex["stake_verbs"]:
        return True
    _, ce = sent.clauses[sent.clause_index(trig.start)]
    # 取得公司股权持有人应占亏损: the holders' share of a loss is recorded, no shares are taken
    return bool(re.search(r"(?:股权|股份)(?!持有人|有限)|控制权|控股权", ctx.low[trig.end : min(ce, trig.end + 30)]))


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
    if cand.type.name == "reorganization" and cand.trigger.word in ctx.cues.lex["reorg_need_unit"]:
        _, ce = cand.sent.clauses[cand.clause]
        return R._unit_after(ctx, cand.trigger.end, ce) is not None
    if cand.type.name != "reorganization" or cand.trigger.word not in ctx.cues.lex["generic_reorg"]:
        return True
    if cand.trigger.word == "合并" and ctx.low.startswith(ctx.cues.lex["merge_metric"], cand.trigger.end):
        return False
    sent = cand.sent
    lo = sent.clauses[max(0, cand.clause - 1)][0]
    hi = sent.clauses[min(len(sent.clauses) - 1, cand.clause + 1)][1]
    return any(w in ctx.low[lo:hi] for w in ctx.cues.lex["org_units"])


def market_spending(ctx: Context, cand: R.Candidate) -> bool:
    """全球企业在AI编程工具上的支出约为40亿美元: a whole market's outlay, a statistic, not one company's spending."""
    if cand.type.name != "spending" or ctx.is_english():
        return False
    cs, _ = cand.sent.clauses[cand.clause]
    return any(w in ctx.low[cs : cand.trigger.start] for w in ctx.cues.lex["market_spenders"])


def own_make_deployed(ctx: Context, cand: R.Candidate) -> bool:
    """平头哥自研的PPU芯片已在阿里云部署超过10万颗: a group putting its own chips to use buys nothing."""
    if cand.type.name != "procurement" or cand.trigger.word != "部署":
        return False
    cs, _ = cand.sent.clauses[cand.clause]
    return "自研" in ctx.low[cs : cand.trigger.start]


def bare_proceeds(ctx: Context, cand: R.Candidate) -> bool:
    """募集资金30亿元 with neither a backer nor a round named: money a company raised (a listing's or a bond's
    proceeds, a project's budget), not a funding round — a round said as such (完成新一轮募资) is one."""
    if cand.type.name != "investment" or cand.trigger.word not in cand.type.weak:
        return False
    cs, _ = cand.sent.clauses[cand.clause]
    if re.search(r"新一轮|一轮|首轮|本轮|轮(?:融资|募资|投资)", ctx.low[cs : cand.trigger.end]):
        return False
    return not cand.args.get("investor") and not cand.args.get("round")


def grantees_leave(ctx: Context, cand: R.Candidate) -> bool:
    """7名激励对象因离职已不符合激励条件: staff in a share incentive plan who left, no executive named, are no
    departure from a post."""
    if cand.type.name != "departure" or cand.args.get("person"):
        return False
    cs, _ = cand.sent.clauses[cand.clause]
    return any(w in ctx.low[cs : cand.trigger.start] for w in ctx.cues.lex["plan_grantees"])


def aggregate(ctx: Context, cand: R.Candidate) -> bool:
    """募资总额约210亿元 / a market's funding in total: a statistic, not one round."""
    if cand.type.name != "investment":
        return False
    after = ctx.low[cand.trigger.end : cand.trigger.end + 4]
    if after.startswith(tuple(ctx.cues.lex["aggregate"])):
        return True
    _, ce = cand.sent.clauses[min(cand.clause + 1, len(cand.sent.clauses) - 1)]
    if not ctx.is_english() and any(w in ctx.low[cand.trigger.end : ce] for w in ("合计", "累计", "共计", "总计", "融资事件")):
        return True  # 融资事件60余起,披露金额合计超过150亿元: a total across rounds
    cs, _ = cand.sent.clauses[cand.clause]
    head = ctx.low[cs : cand.trigger.start]  # robotics startups collectively pulled in $10bn in funding
    return any(re.search(rf"\b{re.escape(w)}\b", head) for w in ctx.cues.lex["aggregate_en"])


_SOLD = re.compile(r"\b(?:sold|sells|sell|selling|offloaded|offloads|offload|divested|divests|divest|unloaded|dumped|exited|trimmed|reduced|cut|cuts)\s+(?:(?:its|their|his|her|the|a|an|all|entire|whole|remaining|of|part|some|most|\d+(?:\.\d+)?%)\s+){0,4}(?:[a-z0-9&.-]+\s+)?$")
_SOLD_ZH = ("减持", "出售", "清仓", "抛售", "售出", "卖出", "退出")


_POSSESSED_STAKE = re.compile(r"\b(?:its|their|his|her|[a-z0-9]+['’]s)\s+(?:[a-z0-9&.-]+\s+){0,2}$")
_STAKE_CHANGE = re.compile(r"\b(?:rais|increas|boost|lift|doubl|tripl|add|took|tak|buil|expand|up(?:ped|ping|s)?\b|bought|buy|acquir|sold|sell|cut|trim|reduc|convert|swap)")


_OBLIQUE_OWN = re.compile(r"\b(?:for|of|at|in|through|via|from|under|on)\s+(?:its|their|his|her)\s+(?:existing\s+|current\s+)?$")


def passing_partnership(ctx: Context, sent: Sentence, trig: Trigger) -> bool:
    """power and floor space for its joint venture with OpenAI: a partnership named after a preposition and a possessive is one
    already in place, mentioned in passing."""
    return ctx.is_english() and _OBLIQUE_OWN.search(ctx.low, max(sent.start, trig.start - 30), trig.start) is not None


def not_jobs_going(ctx: Context, trig: Trigger) -> bool:
    """about 450 roles are going: "going" cuts jobs only right after a count of them, and not "going to", "going up"."""
    if trig.word not in ("are going", "will go", "are to go"):
        return False
    count = next((v for v in ctx.values_in(max(0, trig.start - 40), trig.start) if v.kind == "count" and ctx.low[v.end : trig.start].strip() == ""), None)
    return count is None or re.match(r"\s+(?:to|up|down|ahead|through|into|on|public|unfilled|away)\b", ctx.low[trig.end : trig.end + 12]) is not None


def held_stake(ctx: Context, sent: Sentence, trig: Trigger) -> bool:
    """helped by gains on its stake in OpenAI: a stake held and named in passing is no investment (raising it would be one)."""
    if not ctx.is_english() or not trig.word.startswith("stake"):
        return False
    cs, _ = sent.clauses[sent.clause_index(trig.start)]
    head = ctx.low[max(cs, trig.start - 40) : trig.start]
    return _POSSESSED_STAKE.search(head) is not None and _STAKE_CHANGE.search(head) is None


def sold_stake(ctx: Context, sent: Sentence, trig: Trigger) -> bool:
    """SoftBank sold its entire stake in Nvidia / 减持所持股份: a stake sold is no investment."""
    cs, _ = sent.clauses[sent.clause_index(trig.start)]
    head = ctx.low[max(cs, trig.start - 60) : trig.start]
    if ctx.is_english():
        return bool(_SOLD.search(head))
    return any(w in head[-12:] for w in _SOLD_ZH)


def self_reported(ctx: Context, cand: R.Candidate) -> bool:
    """公司实现营业收入X / 公告显示 / the company reported: a company's own figures are confirmed — unless the outlet
    reads them off a report (从英伟达发布的财报来看)."""
    if cand.type.name != "financial_metric":
        return False
    sent = cand.sent
    text = ctx.low[sent.start : sent.end]
    if any(w in text for w in ctx.cues.lex["read_off"]):
        return False
    return any(w in text for w in ctx.cues.lex["self_report"])


_FROM_TO = re.compile(
    r"[^,;]{0,40}?\bfrom\s+(?:about\s+|roughly\s+|around\s+|nearly\s+|some\s+)?(?P<a>\d{1,3}(?:,\d{3})+|\d+)\s+"
    r"(?:\w+\s+)?to\s+(?:about\s+|roughly\s+|around\s+|nearly\s+|just\s+|some\s+|fewer\s+than\s+)?(?P<b>\d{1,3}(?:,\d{3})+|\d+)\b"
)


def staff_from_to(ctx: Context, cand: R.Candidate) -> None:
    """reduced its support staff from 9,000 to about 5,000: the people cut are the difference."""
    if cand.type.name != "layoff" or not ctx.is_english() or cand.args.get("count"):
        return
    _, ce = cand.sent.clauses[cand.clause]
    m = _FROM_TO.match(ctx.low, cand.trigger.end, ce)
    if m is None or not any(w in ctx.low[cand.trigger.end : m.start("a")] for w in ctx.cues.lex["job_words"]):
        return
    a, b = int(m.group("a").replace(",", "")), int(m.group("b").replace(",", ""))
    if a <= b or b == 0:
        return
    s, e = m.start("a"), m.end("b")
    cand.args["count"] = [Value("count", s, e, ctx.doc.text[s:e], {"value": a - b, "bound": "about", "unit": "people", "vague": False})]


def jobs_cut(ctx: Context, cand: R.Candidate) -> bool:
    """cut/削减 is a layoff only when people are cut: a head count or share, or job words after it."""
    counted = [f for f in cand.args.get("count", []) if isinstance(f, Value)]
    if any(re.search(rf"\b(?:{'|'.join(map(re.escape, ctx.cues.lex['cut_things']))})\b", v.text.lower()) for v in counted):
        return False  # 3 price cuts: a count of cuts to prices, not of jobs
    if cand.trigger.word not in ctx.cues.lex["generic_cuts"]:
        return True
    if "count" in cand.args:
        return True
    _, ce = cand.sent.clauses[cand.clause]
    after = ctx.low[cand.trigger.end : min(ce, cand.trigger.end + 40)]
    if any(w in after for w in ctx.cues.lex["job_words"]):
        return True
    if cand.trigger.word.endswith(" its"):
        return False  # reduced its stake from 20% to 12%: only its staff or workforce makes a layoff
    return "share" in cand.args and not _cuts_a_thing(ctx, cand, after)


def _cuts_a_thing(ctx: Context, cand: R.Candidate, after: str) -> bool:
    """cut verification time by 60% / 削减成本两成 / 把物流成本削减两成: time, cost or price is cut, not people."""
    words = ctx.cues.lex["cut_things"]
    if ctx.is_english():
        obj = re.split(r"\bby\b|\d", after, maxsplit=1)[0]
        return any(re.search(rf"\b{re.escape(w)}\b", obj) for w in words)
    cs, _ = cand.sent.clauses[cand.clause]
    before = ctx.low[max(cs, cand.trigger.start - 4) : cand.trigger.start]  # the topic or 把-object before the verb
    return any(w in after[:6] or w in before for w in words)


_SUPPLIER_SECTORS = frozenset({"cloud", "ai_infrastructure", "data_centers", "semiconductors", "ai_lab", "internet", "software", "hardware", "telecom"})


def spent_with_supplier(ctx: Context, schema: Schema, cand: R.Candidate) -> R.Candidate:
    """committed to spend $38bn on Amazon Web Services: money spent on a supplier's services is a supply deal."""
    if not ctx.is_english() or "amount" not in cand.args:
        return cand
    purpose = [f for f in cand.args.get("purpose", []) if isinstance(f, R.TextFill)]
    if not purpose:
        return cand
    p = purpose[0]
    seller = next((m for m in ctx.mentions_in(p.start, p.end) if m.type == "org" and m.source != "coref" and m.start - p.start <= 4 and p.end - m.end <= 1), None)
    if seller is None or ctx.sectors.get(seller.entity_id or "", "") not in _SUPPLIER_SECTORS:
        return cand
    deal = R.Candidate(schema.types["procurement"], cand.trigger, cand.sent)
    deal.args = {"value": cand.args["amount"], "supplier": [seller]}
    if cand.args.get("org"):
        deal.args["buyer"] = cand.args["org"]
    for role in ("date",):
        if role in cand.args:
            deal.args[role] = cand.args[role]
    return deal


def as_spending(ctx: Context, schema: Schema, cand: R.Candidate) -> R.Candidate:
    """追加投资150亿元,用于扩建…: money put into the actor's own projects is spending, not an investment."""
    if "amount" not in cand.args or cand.type is not schema.types["investment"]:  # a voiced variant (X raised) keeps its type
        return cand
    _, ce = cand.sent.clauses[min(cand.clause + 1, len(cand.sent.clauses) - 1)]
    _, own_ce = cand.sent.clauses[cand.clause]
    # 在沙特新建区域,未来数年投资逾53亿美元: building its own site, with no company invested in
    before = ctx.low[cand.sent.start : cand.trigger.start]
    in_place = re.search(r"(?:在|对|赴)(?:" + "|".join(map(re.escape, ctx.cues.lex["places"])) + r"|美|日|台|港|欧|中)[^,。;]{0,6}?(?:再|追加|累计|共)?$", before)
    # 对玄戒芯片至少投资500亿元: money put into a product or a line of work the sentence names, no company
    toward = None if ctx.is_english() or cand.args.get("target") else re.search(r"对([^,。;对]{2,12}?)(?:再|追加|累计|共|至少|最多|合计)?$", before)
    if toward is not None and any(m.type == "org" for m in ctx.mentions_in(cand.sent.start + toward.start(1), cand.sent.start + toward.end(1))):
        toward = None
    own_project = (any(w in before for w in ctx.cues.lex["own_project"]) or bool(in_place) or toward is not None) and not any(
        m.type == "org" for m in ctx.mentions_in(cand.trigger.end, own_ce)
    )  # 在美国投资5000亿美元: money put into a country, with no company invested in
    if not ctx.is_english() and not own_project and not any(p in ctx.low[cand.trigger.end : ce] for p in ctx.cues.lex["spending_purpose"]):
        return cand
    _, own_end = cand.sent.clauses[cand.clause]
    if ctx.is_english() and _described_company().search(ctx.low, cand.trigger.end, own_end):
        return cand  # invest $100bn in the ChatGPT maker: an investment in a company the text describes
    spending = schema.types["spending"]
    moved = R.Candidate(spending, cand.trigger, cand.sent)
    moved.args = {r: cand.args[r] for r in ("amount", "date", "period") if r in cand.args}
    investor = [m for m in cand.args.get("investor", []) if isinstance(m, Mention) and m.type == "org"]
    if investor:
        moved.args["org"] = list[R.Filler](investor[:1])
    own_cs, _ = cand.sent.clauses[cand.clause]  # 将在未来三年追加投资150亿元: the span may stand before the verb
    periods = [v for v in ctx.values_in(cand.trigger.end, own_end) if v.kind == "period"] or [v for v in ctx.values_in(own_cs, cand.trigger.start) if v.kind == "period" and v.norm.get("duration")]
    if periods and "period" not in moved.args:
        moved.args["period"] = [periods[0]]
    if ctx.is_english():  # invest $2.2bn over four years in cloud infrastructure in Malaysia
        where = re.compile(r"\bin\s+((?!the company|the firm|it\b)[a-z][^,;]{3,60}?)(?=,|;|\.(?:\s|$)|\s(?:which|that|as|while)\s|$)").search(ctx.low, cand.trigger.end, own_end)
        if where and not ctx.mentions_in(where.start(1), where.end(1)) and not ctx.values_in(where.start(1), where.end(1)):
            purpose = R._span_text(ctx, where.start(1), where.end(1))
            if purpose is not None:
                moved.args["purpose"] = [purpose]
    if toward is not None:
        purpose = R._span_text(ctx, cand.sent.start + toward.start(1), cand.sent.start + toward.end(1))
        if purpose is not None:
            moved.args["purpose"] = [purpose]
    R.assign_entities(ctx, cand.sent, [moved])
    R.fill_text_roles(ctx, schema, moved)
    return moved


def forecast(ctx: Context, sent: Sentence, pos: int) -> bool:
    """预计/expects … before a figure in the same clause: guidance, not a reported metric."""
    cs, _ = sent.clauses[sent.clause_index(pos)]
    text = _MEASURED_AGAINST.sub("", ctx.low[max(sent.start, cs - 30) : pos])
    return any(w in text for w in ctx.cues.forecast)


# 获利表现优于市场预期 / 营收不及分析师预期: a result measured against expectations is reported, not forecast
_MEASURED_AGAINST = re.compile(r"(?:优于|好于|高于|胜于|胜|超出|超越|超过|超|不及|低于|逊于|符合|未达|达到)(?:市场|外界|分析师|华尔街|法人)?(?:的)?(?:预期|预估|预测)")


_BUDGET_AHEAD = re.compile(r"\s*(?:预计|预估|计划|可望|有望)?\s*(?:将|会|拟)\s*(?:达到?|增至|增加至|提高至|提升至|扩大至|超过|高于|逾|突破|维持在|维持)")


def rd_budget(ctx: Context, schema: Schema, sent: Sentence, trig: Trigger) -> bool:
    """今年研发支出将达约80亿美元 / 预计未来五年研发投入将增至X: R&D money still to be spent is a spending plan, not a figure reported."""
    if ctx.is_english() or schema.metrics.get(trig.word) != "rd_expense":
        return False
    _, ce = sent.clauses[sent.clause_index(trig.start)]
    return _BUDGET_AHEAD.match(ctx.low, trig.end, ce) is not None or (
        _FUTURE_SPAN.search(ctx.low, trig.end, ce) is not None and forecast(ctx, sent, trig.start)
    )


_FUTURE_SPAN = re.compile(r"将|会")


_OUTLAY_GAP = re.compile(r"[约近逾超过达至少共计合计总额\s]*(?:新台币|人民币|港币|美元)?[约近逾]?\s*$")
_PAID_WITH = ("acquisition", "investment", "procurement")


def own_outlay(ctx: Context, sent: Sentence, cand: R.Candidate, cands: list[R.Candidate]) -> bool:
    """公司未来三年将投入约新台币60亿元于研发,并计划申请上柜: a weak spending word with its own sum right after it keeps
    its event when the stronger events stand in other clauses and none of them is bought with money."""
    if ctx.is_english() or cand.type.name != "spending":
        return False
    clause = sent.clause_index(cand.trigger.start)
    _, ce = sent.clauses[clause]
    money = next((v for v in ctx.values_in(cand.trigger.end, ce) if v.kind == "money"), None)
    if money is None or _OUTLAY_GAP.match(ctx.low, cand.trigger.end, money.start) is None:
        return False
    others = [c for c in cands if c is not cand and c.trigger.word not in c.type.weak]
    return bool(others) and all(sent.clause_index(c.trigger.start) != clause and c.type.name not in _PAID_WITH for c in others)


_BUILD_AFTER = re.compile(r"\s*(?:于|用于|用来|来|以|,)?\s*(?:建置|建设|兴建|打造|建立|扩建|新建|布建|建造|扩充|设立|兴办)")


def invest_to_build(ctx: Context, sent: Sentence, trig: Trigger) -> bool:
    """将投资新台币60亿元建置主权AI云: money invested to build something of one's own is spending, not a stake."""
    if ctx.is_english():
        return False
    _, ce = sent.clauses[sent.clause_index(trig.start)]
    money = next((v for v in ctx.values_in(trig.end, ce) if v.kind == "money"), None)
    if money is None or money.start - trig.end > 8 or ctx.mentions_in(trig.end, money.start):
        return False
    return _BUILD_AFTER.match(ctx.low, R.number_end(money), ce) is not None


def build_purpose(ctx: Context, cand: R.Candidate) -> None:
    """投资60亿元建置主权AI云「X」 / 斥资X兴建新厂: what the money builds is the spending's purpose."""
    if cand.type.name != "spending" or ctx.is_english():
        return
    t = cand.trigger
    if t.word.startswith("研发"):  # 研发投入将增至X: the money goes to research and development
        cand.args["purpose"] = [R.TextFill(t.start, t.start + 2, ctx.doc.text[t.start : t.start + 2])]
        return
    if cand.args.get("purpose"):
        return
    money = next((f for f in cand.args.get("amount", []) if isinstance(f, Value) and f.start >= cand.trigger.end), None)
    if money is None:
        return
    _, ce = cand.sent.clauses[cand.sent.clause_index(money.start)]
    into = _SPENT_ON.match(ctx.low, money.end, ce)
    if into is not None:  # 将投入约60亿元于研发: the field the money goes to
        cand.args["purpose"] = [R.TextFill(into.start(1), into.end(1), ctx.doc.text[into.start(1) : into.end(1)])]
        return
    m = _BUILD_AFTER.match(ctx.low, money.end, ce)
    if m is None or ce - m.end() > 40:
        return
    verb = m.end() - next(len(w) for w in _BUILD_VERBS if ctx.low.startswith(w, m.end() - len(w)))
    fill = R._span_text(ctx, verb, ce, " ，,。;；、")
    if fill is not None:
        cand.args["purpose"] = [fill]


_SPENT_ON = re.compile(r"\s*(?:于|在)([\u4e00-\u9fffA-Za-z]{2,8})\s*[,。;]?$")
_BUILD_VERBS = ("建置", "建设", "兴建", "打造", "建立", "扩建", "新建", "布建", "建造", "扩充", "设立", "兴办")


def buyer_of_assigned_supply(ctx: Context, cand: R.Candidate) -> None:
    """中华电信已向辉达采购GPU,由云达科技负责伺服器整机供应: a supplier 由 names serves the sentence's subject, who buys."""
    if cand.type.name != "procurement" or cand.args.get("buyer") or ctx.is_english():
        return
    sups = [f for f in cand.args.get("supplier", []) if isinstance(f, Mention)]
    if len(sups) != 1 or ctx.low[max(0, sups[0].start - 1) : sups[0].start] != "由":
        return
    sent = cand.sent
    used = cand.used_ids()
    subject = next((m for m in ctx.mentions_in(sent.start, sups[0].start) if m.type == "org" and not ctx.is_oblique(m, sent)
                    and (m.entity_id or m.name or m.text) not in used), None)
    if subject is not None:
        cand.args["buyer"] = [subject]
        cand.fallback.add("buyer")  # read from the sentence, not the supplier's own clause


_RECRUIT_VERBS = ("延揽", "挖角", "挖来", "招揽", "聘请", "网罗", "招募", "挖到")
_SUBJECT_GAP = re.compile(r"\s*(?:已经|已|也|还|又|再|正式|成功|宣布|日前|近日|今日|今天|近期)*\s*$")


def recruiter_is_subject(ctx: Context, cand: R.Candidate) -> None:
    """苹果已延揽Google DeepMind负责Gemini的副总裁X: the company before a recruiting verb hires; the one written after
    the verb, before the person, is where the person comes from."""
    t = cand.trigger
    if cand.type.name != "hire" or ctx.is_english() or t.word not in _RECRUIT_VERBS:
        return
    orgs = [f for f in cand.args.get("org", []) if isinstance(f, Mention)]
    people = [f for f in cand.args.get("person", []) if isinstance(f, Mention)]
    if len(orgs) != 1 or not people or not (t.end <= orgs[0].start and orgs[0].end <= people[0].start):
        return
    cs, _ = cand.sent.clauses[cand.clause]
    subject = next((m for m in reversed(ctx.mentions_in(cs, t.start)) if m.type == "org" and _SUBJECT_GAP.fullmatch(ctx.low[m.end : t.start])), None)
    if subject is None or (subject.entity_id or subject.name) == (orgs[0].entity_id or orgs[0].name):
        return
    if not cand.args.get("from_org"):
        cand.args["from_org"] = [orgs[0]]
    cand.args["org"] = [subject]
    cand.fallback.discard("org")


def payer_is_recruiter(cands: list[R.Candidate]) -> None:
    """苹果已延揽Google DeepMind的X,为其开出2亿美元的薪酬: the pay comes from the one who hires, not from where the person was."""
    for hire in (c for c in cands if c.type.name == "hire" and c.args.get("org") and c.args.get("from_org")):
        came_from = {(m.entity_id or m.name) for m in hire.args["from_org"] if isinstance(m, Mention)}
        for pay in (c for c in cands if c.type.name == "pay_offer"):
            if any(isinstance(m, Mention) and (m.entity_id or m.name) in came_from for m in pay.args.get("org", [])):
                pay.args["org"] = list(hire.args["org"])


_JOINED = re.compile(r"\s*(?:与|和|及|以及|、)\s*$")


def joined_destinations(ctx: Context, cand: R.Candidate) -> None:
    """20名研究员离职,多数转往Meta与OpenAI: the names joined to a destination are destinations too, not the employer left."""
    if cand.type.name != "departure" or ctx.is_english():
        return
    dests = [m for m in cand.args.get("to_org", []) if isinstance(m, Mention)]
    if len(dests) != 1:
        return
    _, ce = cand.sent.clauses[cand.sent.clause_index(dests[0].start)]
    more: list[Mention] = []
    last = dests[0]
    for m in ctx.mentions_in(last.end, ce):
        if m.type != "org" or m.start < last.end or not _JOINED.fullmatch(ctx.low[last.end : m.start]):
            break
        more.append(m)
        last = m
    if not more:
        return
    cand.args["to_org"] = list[R.Filler]([dests[0], *more])
    ids = {m.entity_id or m.name for m in more}
    if any(isinstance(o, Mention) and (o.entity_id or o.name) in ids for o in cand.args.get("org", [])):
        left = salient_org(ctx, cand.sent.start)
        if left is not None and (left.entity_id or left.name) not in ids | {dests[0].entity_id or dests[0].name}:
            cand.args["org"] = [left]
            cand.fallback.add("org")
        else:
            del cand.args["org"]


def headcount_in_layoff(schema: Schema, cands: list[R.Candidate]) -> list[R.Candidate]:
    """商汤去年已进行两轮人员优化,员工人数由约6,000人降至约4,200人: the headcount a layoff leaves is no figure of its own."""
    if not any(c.type.name == "layoff" for c in cands):
        return cands
    return [c for c in cands if not (c.type.name == "financial_metric" and schema.metrics.get(c.trigger.word) == "headcount")]


def shared_subject(ctx: Context, cands: list[R.Candidate]) -> None:
    """腾讯斥资300亿港元回购股份,并计划明年回购不少于800亿港元: a second event with a sum of its own borrows the
    subject of the first; its own evidence is its own clause."""
    if ctx.is_english():
        return
    def amounts(c: R.Candidate) -> set[object]:
        return {f.norm.get("amount") for fs in c.args.values() for f in fs if isinstance(f, Value) and f.kind in ("money", "count")}

    for c in cands:
        own = amounts(c)
        earlier = [o.trigger.start for o in cands if o is not c and o.type.name == c.type.name and o.clause < c.clause and own and amounts(o) and not own & amounts(o)]
        if not earlier:
            continue
        first = min(earlier)
        for role, fills in c.args.items():
            kind = c.type.roles[role].kind
            if kind == "entity" and fills and all(isinstance(f, Mention) and f.end <= first for f in fills):
                c.fallback.add(role)


_SPUN_OFF = re.compile(
    r"[「“\"]([^」”\"\s,。]{2,12})[」”\"](?:业务)?(?:拆分|分拆|独立)(?:为|成|出来成为)(?:一家)?独立(?:运营的)?(?:公司|子公司)"
    r"|(?:拆分|分拆)(?:为|成)(?:一家)?独立(?:运营的)?(?:公司|子公司)[「“\"]([^」”\"\s,。]{2,12})[」”\"]"
)


_NEW_COMPANY_POST = re.compile(r"[^,。;]{0,10}?(新公司)的?")


def spun_off_company(ctx: Context, cand: R.Candidate) -> None:
    """将旗下业务「日日新」拆分为独立公司 … 新公司首轮融资约10亿美元: the new company is the business spun off."""
    if ctx.is_english():
        return
    if cand.type.name == "reorganization" and not cand.args.get("unit"):
        own = _SPUN_OFF.search(ctx.low, cand.sent.start, cand.sent.end)
        if own is not None:
            g = 1 if own.group(1) is not None else 2
            cand.args["unit"] = [R.TextFill(own.start(g), own.end(g), ctx.doc.text[own.start(g) : own.end(g)])]
    if cand.type.name == "hire" and (same := _SPUN_OFF.search(ctx.low, cand.sent.start, cand.trigger.start)) is not None:
        g = 1 if same.group(1) is not None else 2  # 分拆为独立公司「X」,并由Y出任首席执行官: the post is at the new company
        cand.args["org"] = [Mention(same.start(g), same.end(g), ctx.doc.text[same.start(g) : same.end(g)], "org", None, ctx.doc.text[same.start(g) : same.end(g)], "phrase")]
        cand.fallback.discard("org")
    posts = [f for f in cand.args.get("role", []) if isinstance(f, R.TextFill)]
    head = _NEW_COMPANY_POST.match(ctx.low, posts[0].start, posts[0].end) if cand.type.name == "hire" and posts and not cand.args.get("org") else None
    if head is not None and (spun := list(_SPUN_OFF.finditer(ctx.low, 0, posts[0].start))):
        g = 1 if spun[-1].group(1) is not None else 2
        s, e = spun[-1].span(g)
        cand.args["org"] = [Mention(posts[0].start, head.end(1), ctx.doc.text[posts[0].start : head.end(1)], "org", None, ctx.doc.text[s:e], "phrase")]
        cand.args["role"] = [R.TextFill(head.end(), posts[0].end, ctx.doc.text[head.end() : posts[0].end])]
    for fills in cand.args.values():
        for i, f in enumerate(fills):
            if not isinstance(f, Mention) or not ctx.low[f.start : f.end].endswith("新公司"):
                continue
            spun = [m for m in _SPUN_OFF.finditer(ctx.low, 0, f.start)]
            if not spun:
                continue
            g = 1 if spun[-1].group(1) is not None else 2
            s, e = spun[-1].span(g)
            name = ctx.doc.text[s:e]
            fills[i] = Mention(f.start, f.end, f.text, "org", None, name, "phrase")


def results_estimate(ctx: Context, schema: Schema, sent: Sentence, trig: Trigger) -> bool:
    """预计2019年度归属于上市公司股东的净利润亏损X万元: a forecast word before a profit line that a results notice
    (业绩预告, 盈警) or the statement's formal wording marks as the company's own estimate of a closed period."""
    if schema.metrics.get(trig.word) not in ("net_loss", "net_income"):
        return False
    cs, _ = sent.clauses[sent.clause_index(trig.start)]
    near = ctx.low[max(sent.start, cs - 30) : trig.end]
    if any(w in near for w in ctx.cues.lex["results_line"]):
        return True
    lead = ctx.paragraph_lead(sent.para)
    scope = [ctx.low[(lead.start if lead else sent.start) : sent.end], (ctx.doc.title or "").lower()]
    return any(w in text for text in scope for w in ctx.cues.lex["results_estimate"])


def period_closed(ctx: Context, cand: R.Candidate) -> bool:
    """An estimated figure's period is over (or ends within a month) at the dateline; without a dateline it is taken as closed."""
    if ctx.anchor is None or "period" not in cand.args:
        return True
    period = cand.args["period"][0]
    value = str(period.norm.get("value") or "") if isinstance(period, Value) else ""
    end = period_end(value)
    if end is None:
        return True
    year, month = end
    return (year, month) <= (ctx.anchor.year, ctx.anchor.month) or (year * 12 + month) - (ctx.anchor.year * 12 + ctx.anchor.month) <= 1


_DAY_WORDS = re.compile(r"[日号號天晚]$|today|yesterday|tonight|day$", re.IGNORECASE)


def future_period(ctx: Context, cand: R.Candidate) -> bool:
    """緯穎今年全年營收有機會突破9,000億元 / expects revenue of $78bn next quarter: a figure for a period not over at the
    dateline is a target or guidance, not a result."""
    if ctx.anchor is None or "period" not in cand.args:
        return False
    period = cand.args["period"][0]
    if not isinstance(period, Value) or ("fiscal" not in period.norm and _DAY_WORDS.search(period.text)):
        return False  # a year read off the day a report came out (今日公布業績), not a period the text names
    value = str(period.norm.get("value") or "")
    if value.startswith("FY") or period.norm.get("fiscal"):
        return False  # a fiscal year's label is not its calendar (NVIDIA's FY2027-Q1 ends in April 2026)
    end = period_end(value)
    return end is not None and end > (ctx.anchor.year, ctx.anchor.month)


def estimate(ctx: Context, cand: R.Candidate, mod: str) -> str:
    """Mark a company's estimate of a closed period (``estimate: preliminary``); it reports a figure, so it is no plan."""
    cs, _ = cand.sent.clauses[cand.clause]
    if re.search(r"同期|上年|去年|上一年|前一年|a year earlier|year-ago", ctx.low[cs : cand.trigger.start]):
        return mod if mod != "planned" else "reported"  # 上年同期盈利3000万元: the earlier period's figure as booked
    lo = max(cand.sent.start, cs - 30)
    words = [(ctx.low.rfind(w, lo, cand.trigger.start), w) for w in ctx.cues.forecast]
    i, w = max(words)
    cand.args["estimate"] = [R.TextFill(i, i + len(w), "preliminary")] if i >= 0 else [R.TextFill(cand.trigger.start, cand.trigger.end, "preliminary")]
    return "reported" if mod == "planned" else mod


def period_end(value: str) -> tuple[int, int] | None:
    """The year and last month of a period value (2025 → Dec 2025, 2025-Q3 → Sep, 2025-H1 → Jun, 2025-Q1-Q3 → Sep)."""
    last = value.rsplit("/", 1)[-1].removeprefix("FY")
    last = re.sub(r"-Q[1-4](?=-Q[1-4]$)", "", last)  # 2025-Q1-Q3 → 2025-Q3
    m = re.fullmatch(r"(\d{4})(?:-(?:Q([1-4])|H([12])|(\d\d)))?(?:-\d\d)?", last)
    if m is None:
        return None
    month = int(m.group(2)) * 3 if m.group(2) else int(m.group(3)) * 6 if m.group(3) else int(m.group(4)) if m.group(4) else 12
    return int(m.group(1)), month


def equity_purchase(ctx: Context, sent: Sentence, trig: Trigger) -> bool:
    """购买/受让X公司51%股权: a buy verb whose object in its clause is a company's equity (股权, 股份, 控制权)."""
    if trig.word not in ctx.cues.lex["buy_verbs"] or ctx.is_english():
        return False
    _, ce = sent.clauses[sent.clause_index(trig.start)]
    return any(w in ctx.low[trig.end : ce] for w in ctx.cues.lex["equity_words"])


def stake_purchase(ctx: Context, sent: Sentence, pos: int) -> bool:
    """收购X 49%的股份 / buy a 10% stake: buying a stake is an investment, not an acquisition."""
    _, ce = sent.clauses[sent.clause_index(pos)]
    if any(v.kind == "share" and (v.norm.get("value") or 0) >= 0.5 for v in ctx.values_in(pos, min(sent.end, ce + 20))):
        return False  # buying control is an acquisition
    if any(v.kind == "share" and ctx.low[max(pos, v.start - 10) : v.start].rstrip().endswith(ctx.cues.lex["remaining_stake"]) for v in ctx.values_in(pos, ce)):
        return False  # 收购X剩余30%的股权 / buy the remaining 30%: the rest of a company, so all of it
    shares = [v for v in ctx.values_in(pos, min(sent.end, ce + 20)) if v.kind == "share"]
    if shares and re.search(r"(?:worth|of) [a-z0-9 .'&-]{0,30}(?:shares|stock|stake)|股份|股权|股票", ctx.low[pos:ce]):
        return True
    if re.search(r"(?:worth|of) [a-z0-9 .'&-]{0,30}(?:shares|stock)", ctx.low[pos:ce]):
        return True
    shares = [v for v in ctx.values_in(pos, sent.end) if v.kind == "share" and v.start < ce + 20]
    return any(ctx.low[v.end : v.end + 6].lstrip("的 ").startswith(("股份", "股权", "stake", "of its shares", "的股")) for v in shares) or any(
        ctx.low[max(sent.start, v.start - 4) : v.start].endswith(("a ", "an ")) and ctx.low[v.end : v.end + 7].strip().startswith("stake") for v in shares
    ) or any(ctx.low[max(sent.start, v.start - 12) : v.start].rstrip().endswith("stake of") for v in shares)  # a stake of about 3 percent


_EN_SALE = frozenset({"sell", "sells", "sold", "selling", "divest", "divests", "divested", "offload", "offloads", "offloaded"})


_EN_SOLD_OBJECT = re.compile(
    r"\s+(?:(?:its|their|the|a|an|his|her)\s+)?(?:(?:majority|minority|controlling|remaining|entire|\d+(?:\.\d+)?%)\s+)*"
    r"(?:stake|interest|holding)\s+in\s+(?:the\s+)?(?P<co>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})"
    r"|\s+(?P<owner>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})['’]s\s+(?P<unit>(?:[\w-]+\s+){0,3}(?:business|unit|division|arm|operations|factories|plants?))"
    r"|\s+(?:its|their)\s+(?P<own>(?:[\w-]+\s+){0,3}(?:business|unit|division|arm|operations|factories|plants?|assets|subsidiary)\b)"
)


_TALKS = ("谈判", "洽谈", "磋商", "談判", "洽談")


def talks_target(ctx: Context, cand: R.Candidate) -> None:
    """正与帧序科技进行收购谈判: in acquisition talks the company talked with (与X) is the one to be bought."""
    if cand.type.name != "acquisition" or ctx.is_english() or cand.args.get("target") or not ctx.low.startswith(_TALKS, cand.trigger.end):
        return
    cs, _ = cand.sent.clauses[cand.clause]
    acquirers = {m.start for m in cand.args.get("acquirer", []) if isinstance(m, Mention)}
    for m in reversed(ctx.mentions_in(cs, cand.trigger.start)):
        if m.type == "org" and m.start not in acquirers and ctx.low[max(cs, m.start - 1) : m.start] in ("与", "和", "與"):
            cand.args["target"] = [m]
            cand.fallback.discard("target")
            return


def sale_target(ctx: Context, cand: R.Candidate) -> None:
    """sell a 51% stake in Altera to Silver Lake / sell ZT's manufacturing business to Sanmina / sell its chip unit: what
    is sold names the target (a unit's owner, or the seller itself for its own unit), the unit its asset."""
    if cand.type.name != "acquisition" or not ctx.is_english() or cand.trigger.word not in _EN_SALE:
        return
    m = _EN_SOLD_OBJECT.match(ctx.doc.text, cand.trigger.end)
    if m is None:
        return
    if (m.group("own") and _own_unit_seller(ctx, cand)) or (cand.args.get("target") and not m.group("owner")):
        pass  # Humane sold its assets: the name before the verb; else a target already found
    elif m.group("co") or m.group("owner"):
        g = "co" if m.group("co") else "owner"
        s, e = m.span(g)
        known = next((k for k in ctx.mentions_in(s, e) if k.type == "org" and k.start == s), None)
        cand.args["target"] = [known or Mention(s, e, ctx.doc.text[s:e], "org", None, ctx.doc.text[s:e], "phrase")]
    elif cand.args.get("seller"):
        cand.args["target"] = list(cand.args["seller"][:1])
    unit = m.group("unit") or m.group("own")
    if unit and not cand.args.get("asset"):
        g = "unit" if m.group("unit") else "own"
        cand.args["asset"] = [R.TextFill(m.start(g), m.end(g), unit)]
    if not cand.args.get("acquirer"):  # … to Sanmina for $3 billion: the buyer, though no list knows it
        to = re.compile(r"\s+to\s+(?P<who>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})").search(ctx.doc.text, m.end(), cand.sent.end)
        if to is not None:
            s, e = to.span("who")
            known = next((k for k in ctx.mentions_in(s, e) if k.type == "org"), None)
            cand.args["acquirer"] = [known or Mention(s, e, ctx.doc.text[s:e], "org", None, ctx.doc.text[s:e], "phrase")]


def _own_unit_seller(ctx: Context, cand: R.Candidate) -> bool:
    """Humane sold its assets to HP: the name right before the verb owns what is sold (the target and the seller)."""
    t = cand.trigger
    subj = re.search(r"(?P<who>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})\s+(?:has\s+|had\s+)?$", ctx.doc.text[max(cand.sent.start, t.start - 40) : t.start])
    if subj is None:
        return False
    off = max(cand.sent.start, t.start - 40)
    s, e = off + subj.start("who"), off + subj.end("who")
    known = next((k for k in ctx.mentions_in(s, e) if k.type == "org"), None)
    who = known or Mention(s, e, ctx.doc.text[s:e], "org", None, ctx.doc.text[s:e], "phrase")
    cand.args["target"] = [who]
    cand.args["seller"] = [who]
    return True


def stake_sale(ctx: Context, sent: Sentence, trig: Trigger) -> bool:
    """软银出售T-Mobile股份: selling shares without control is a divestment, not an acquisition; an English sale is one
    only with its buyer named (sell X to Sanmina)."""
    _, ce = sent.clauses[sent.clause_index(trig.end)]
    if trig.word in _EN_SALE:  # sell a stake in X / X's unit / its unit to Sanmina: a company's part, to a named buyer
        sold = _EN_SOLD_OBJECT.match(ctx.doc.text, trig.end)
        return sold is None or not re.search(r"\bto\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}[A-Z]", ctx.doc.text[sold.end() : sent.end])
    if trig.word not in ctx.cues.lex["sale_verbs"]:
        return False
    if any(v.kind == "share" and (v.norm.get("value") or 0) >= 0.5 for v in ctx.values_in(trig.end, ce)):
        return False
    return any(w in ctx.low[trig.end : ce] for w in ("股份", "股权", "股票", "持股", "shares", "stake"))


_AIM = re.compile(r"为了(?:能|能够|成功|顺利)?$")


_GOODS_VERBS = frozenset({"secured", "has secured", "had secured", "provide", "provides", "will provide", "to provide"})
_GENERIC_DEALS = frozenset({"deal with", "contract with", "agreement with", "pact with", "will pay", "to pay", "pays", "paid"}) | _GOODS_VERBS
_FOR_GOODS = re.compile(
    r"[^.;]{0,80}?\bfor\b[^.;]{0,60}?\b(?:capacity|compute|computing|chips?|gpus?|tpus?|accelerators?|servers?|cloud|access to|"
    r"power|electricity|data cent(?:er|re)s?|memory|wafers|models?|licen[cs]es?|services)\b"
)
_PAID_PARTY = re.compile(r"\s+(?:[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){0,3})\s+(?:about\s+|roughly\s+|around\s+|nearly\s+|more than\s+|up to\s+)?\$")


def generic_deal(ctx: Context, sent: Sentence, trig: Trigger) -> bool:
    """a $19.4bn deal with Nebius for GPU capacity / will pay Google $1bn a year for a model: a deal or a payment is a
    supply deal only when it is for goods, compute or access; else (a deal with X to merge, paid a fine) it is none."""
    if not ctx.is_english() or trig.word not in _GENERIC_DEALS:
        return False
    if trig.word in _GOODS_VERBS:  # secured 20,000 GPUs / will provide Anthropic with TPUs
        cs, ce = sent.clauses[sent.clause_index(trig.start)]
        if re.match(r"\s+(?:an?\s+|new\s+|more\s+)*(?:orders?|contracts?|deals?)\b", ctx.low[trig.end : ce]):
            return True  # secured orders from Meta: the order word tells who sells
        if re.search(r"\b(?:which|that)\b", ctx.low[cs : trig.start]):
            return True  # a deal to supply memory, under which the two would provide wafers: the same deal
        return not _goods_bought(ctx, sent, trig, ce)
    if trig.word in ("will pay", "to pay", "pays", "paid") and not _PAID_PARTY.match(ctx.doc.text, trig.end):
        return True  # paid $2bn in taxes: no party is paid
    return _FOR_GOODS.match(ctx.low, trig.end, sent.end) is None


def as_purpose(ctx: Context, sent: Sentence, trig: Trigger) -> bool:
    """资本支出…主要用于兴建数据中心与采购服务器 / 用于研发及量产交付: a purchase or launch named as what money is
    for is not an event of its own."""
    cs, _ = sent.clauses[sent.clause_index(trig.start)]
    if "hire" in trig.types and not ctx.is_english() and _AIM.search(ctx.low[max(cs, trig.start - 6) : trig.start]):
        return True  # 为了延揽他,Meta开出…薪酬: the hire is what the offer aims at, not an event of its own
    if "procurement" not in trig.types and "launch" not in trig.types:
        return False
    head = ctx.low[cs : trig.start]
    own_money = any(v.kind == "money" for v in ctx.values_in(cs, trig.start))  # 其中850亿元拟用于采购AI芯片: a budget of its own
    if trig.word in ("供应", "供货") and any(w in head for w in ("保障", "确保", "保证", "稳定")):
        return True  # 以保障明年旗舰机型供应: supply as what a deal secures, not a deal of its own
    return not own_money and any(w in head for w in ctx.cues.lex["purpose_lead"])


_AT_RISK_BEFORE = re.compile(r"\b(?:at risk of|the risk of|fear of|fears of|afraid of|worried about|threat of|threatened to|threatening to|threatens to)\s+$")


_NOT_DONE = re.compile(r"\b(?:(?:has|have|had|did|does|do)\s+not|hasn['’]t|haven['’]t|hadn['’]t|didn['’]t|doesn['’]t|don['’]t)\s+(?:yet\s+)?$")


def none_done(ctx: Context, trig: Trigger) -> bool:
    """Cerebras has not cut any jobs this year: what was not done, of any kind, is no event."""
    return ctx.is_english() and _NOT_DONE.search(ctx.low, max(0, trig.start - 20), trig.start) is not None and re.match(r"\s+any\b", ctx.low[trig.end : trig.end + 6]) is not None


_NO_OBJECT = re.compile(r"\s*(?:(?:aggressively|heavily|rapidly|quickly|again|steadily|actively|furiously|broadly|globally)\b|[,.;)]|$)")


def hiring_at_large(ctx: Context, trig: Trigger) -> bool:
    """the team led by Mustafa Suleyman, which has been hiring aggressively: hiring with no one hired names no hire."""
    return ctx.is_english() and trig.word in ("hiring", "hire", "hires", "recruiting", "recruits") and _NO_OBJECT.match(ctx.low, trig.end) is not None


def at_risk(ctx: Context, trig: Trigger) -> bool:
    """researchers it considers at risk of leaving / threatened to quit: a move feared or threatened has not happened."""
    return ctx.is_english() and _AT_RISK_BEFORE.search(ctx.low, max(0, trig.start - 30), trig.start) is not None


_ANALYSTS_EXPECT = re.compile(r"(?<!told )(?<!tells )(?<!telling )(?<!to )\banalysts?\b(?:(?!\bthat\b)[^,;]){0,30}?\b(?:expect|expects|estimate|estimates|forecast|forecasts|project|projects|predict|predicts|see|sees)\b[^,;]{0,90}$")


def analyst_forecast(ctx: Context, sent: Sentence, trig: Trigger) -> bool:
    """analysts expect spending to top $150bn in fiscal 2027: what analysts expect is no event the company reports.

    Analysts told something (Jassy told analysts that the company expects …) are the audience, not the forecasters.
    """
    if not ctx.is_english():
        return analysts_forecast_zh(ctx, sent, trig)
    cs, _ = sent.clauses[sent.clause_index(trig.start)]
    return _ANALYSTS_EXPECT.search(ctx.low, cs, trig.start) is not None


def analysts_forecast_zh(ctx: Context, sent: Sentence, trig: Trigger) -> bool:
    """有券商分析师预计,百度今年资本开支或在250亿元左右 / 法人预估全年营收有机会突破X: a figure an analyst expects is no
    event the company reports."""
    if not set(trig.types) & {"financial_metric", "spending"}:
        return False
    lex = ctx.cues.lex
    head = ctx.low[sent.start : trig.start].replace("券商中国", "    ")  # (an outlet's name, no analyst)
    at = max(head.rfind(w) for w in lex["analysts_zh"])
    if at < 0:
        return False
    rest = ctx.low[sent.start + at : sent.end]
    return any(w in rest for w in (*ctx.cues.forecast, *lex["analyst_expect_zh"]))


def no_comment(ctx: Context, sent: Sentence, trig: Trigger) -> bool:
    """广达则表示不评论单一客户订单 / declined to comment on orders: a clause that comments on nothing states no event."""
    cs, ce = sent.clauses[sent.clause_index(trig.start)]
    return any(w in ctx.low[cs:ce] for w in ctx.cues.lex["no_comment"])


def departure_reason(ctx: Context, sent: Sentence, trig: Trigger) -> bool:
    """X因届龄退休,将于年底卸任: a reason (因…退休) before the verb that tells the departure is not one of its own."""
    if "departure" not in trig.types:
        return False
    cs, ce = sent.clauses[sent.clause_index(trig.start)]
    head = ctx.low[cs : trig.start]
    i = max(head.rfind(w) for w in ("因", "由于", "因为"))
    if i < 0 or trig.start - (cs + i) > 8 or "原因" in head[max(0, i - 1) :] or ctx.low[trig.end : ce].strip(" ,;。") != "":
        return False  # 因个人原因辞去全部职务: the reason is given and the verb is the departure
    return any(w in ctx.low[trig.end : sent.end] for w in ctx.cues.lex["step_down"])


def internal_move(ctx: Context, sent: Sentence, trig: Trigger) -> bool:
    """卸任CEO,转任执行副董事长: moving to another post at the same company is not a hire (unless a company follows)."""
    if "hire" not in trig.types or trig.word not in ctx.cues.lex["transfer_words"]:
        return False
    _, ce = sent.clauses[sent.clause_index(trig.start)]
    if any(w in ctx.low[sent.start : trig.start] for w in ctx.cues.lex["step_down"]):
        return True  # 卸任该职务,转任腾讯技术委员会专家顾问: the company's own committee, a new post after leaving one
    return not any(m.type == "org" for m in ctx.mentions_in(trig.end, ce))


def no_longer(ctx: Context, trig: Trigger) -> bool:
    """不再担任 / no longer serve: the end of a post, not a hire."""
    start = trig.start
    return "hire" in trig.types and ctx.low[max(0, start - 10) : start].rstrip().endswith(ctx.cues.lex["no_longer"])


def ongoing(ctx: Context, sent: Sentence, trig: Trigger) -> bool:
    """目前仍担任公司董事 / 与谷歌仍保持着紧密的合作: a post or a tie that goes on starts nothing; nor does a routine
    adjustment a company pleads (进行正常的组织调整, 仅是「组织调整」) or what a restructuring left (重组后的OpenAI)."""
    cs, _ = sent.clauses[sent.clause_index(trig.start)]
    head = ctx.low[max(cs, trig.start - 10) : trig.start].rstrip()
    if "hire" in trig.types and head.endswith(tuple(ctx.cues.lex["still_holds"])):
        return True
    if "reorganization" in trig.types:
        plain = head.rstrip("\"“「")
        if plain.endswith(tuple(ctx.cues.lex["routine_before"])) or ctx.low.startswith(("后的", "后之"), trig.end):
            return True
        after = trig.end + 1
        if ctx.low.startswith("后", trig.end) and any(m.start == after and m.type == "org" for m in ctx.mentions_in(after, after + 40)):
            return True
    if "departure" in trig.types and (
        (ctx.low.startswith(("后", "之后"), trig.end) and not ctx.low[cs : trig.start].strip(" ,")) or _AFTER_LEAVING.match(ctx.low, cs, trig.start)
    ):
        return True  # …辞去全部职务,辞职后不再担任公司任何职务: a clause opening on the departure just told
    return "partnership" in trig.types and any(w in head for w in ctx.cues.lex["keeps_up"])


def topic_header(ctx: Context, cands: list[R.Candidate]) -> list[R.Candidate]:
    """芯片供应方面,据报道腾讯已签订采购协议: a "X方面," header names the topic; the event is the one told after it."""
    if ctx.is_english():
        return cands
    keep: list[R.Candidate] = []
    for c in cands:
        cs, ce = c.sent.clauses[c.clause]
        header = ce - cs <= 14 and ctx.low[cs:ce].rstrip(" ,，:：").endswith("方面")
        later = any(o is not c and o.type.name == c.type.name and o.trigger.start >= ce for o in cands)
        if not (header and later):
            keep.append(c)
    return keep


def one_reorganization(ctx: Context, cands: list[R.Candidate]) -> list[R.Candidate]:
    """完成机器人业务的拆分,将团队整体剥离,成立独立公司"鹏行智能" / 进行了组织调整,将X团队并入Y: the verbs of one sentence
    tell one reorganization; a unit named in quotes is the one it sets up."""
    reorgs = [c for c in cands if c.type.name == "reorganization"]
    if len(reorgs) < 2:
        return cands
    first = reorgs[0]
    for other in reorgs[1:]:
        units = other.args.get("unit", [])
        named = any(_quoted(ctx, u) for u in first.args.get("unit", []))
        into = other.trigger.word in ctx.cues.lex["reorg_into"] and first.trigger.word not in ctx.cues.lex["reorg_into"]
        if units and not named and (_quoted(ctx, units[0]) or into):
            first.args["unit"] = units  # …进行了组织调整,将X团队并入计算产品线: the unit it goes into
        for role, fills in other.args.items():
            first.args.setdefault(role, fills)
    return [c for c in cands if c.type.name != "reorganization" or c is first]


def order_amount(ctx: Context, cands: list[R.Candidate]) -> list[R.Candidate]:
    """追加订购约4000万颗芯片,订单金额约80亿美元: the amount of the order a sentence has just named is that order's value."""
    buys = [c for c in cands if c.type.name == "procurement"]
    out = list(cands)
    for c in buys[1:]:
        after = ctx.low[c.trigger.end : c.trigger.end + 5].lstrip("的 ")
        if c.trigger.word not in ctx.cues.lex["order_nouns"] or not after.startswith(tuple(ctx.cues.lex["order_amount"])):
            continue
        into = max((b for b in buys if b.trigger.start < c.trigger.start and b in out), key=lambda b: b.trigger.start, default=None)
        if into is None:
            continue
        for role in ("value", "date"):
            if c.args.get(role):
                into.args.setdefault(role, c.args[role])
        out.remove(c)
    return out


def _quoted(ctx: Context, fill: R.Filler) -> bool:
    """A name written in quotes (“鹏行智能”)."""
    return ctx.low[fill.start - 1 : fill.start] in ("“", '"', "「") if fill.start > 0 else False


_AFTER_LEAVING = re.compile(r"\s*(?:辞职|离职|卸任|辞任|离任|退休)(?:之)?后")


def _product_head(ctx: Context, sent: Sentence, pos: int) -> bool:
    """微软发布的折叠手机Surface Duo: the noun a launch clause describes is a product (a model name, a title in
    《》 or a product word), so the clause states a launch (unlike 发布的财报)."""
    _cs, ce = sent.clauses[sent.clause_index(pos)]
    head = ctx.norm[pos : min(ce, pos + 16)]
    if any(w in head.lower() for w in ctx.cues.not_products):
        return False
    low = head.lower()
    return bool(_MODEL_HEAD.search(head)) or head.startswith("《") or any(w in low for w in (*ctx.cues.lex["productish"], *ctx.cues.lex["product_near"]))


def relative_clause(ctx: Context, sent: Sentence, trig: Trigger) -> bool:
    """担任CEO的Meta / 发布的财报 / a retired Army general: the verb only describes a noun, it does not report an event."""
    word, end = trig.word, trig.end
    if ctx.is_english() and word in ctx.cues.lex["attributive_participles"]:
        return re.search(r"\b(?:a|an|the|his|her|its|their)\s+$", ctx.low[max(sent.start, trig.start - 8) : trig.start]) is not None
    if word in ctx.cues.lex["relative_launch"] and ctx.low[end : end + 1] == "的":
        return not _product_head(ctx, sent, end + 1)
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
    after = min(cand.trigger.start, sent.start + text.find(cue))  # 分别以约45亿元、30亿元中标: the figures may precede the verb
    values = [v for v in ctx.values_in(sent.start, sent.end) if v.kind == value.kind and v.start >= after]
    if len(actors) < 2 or len(values) != len(actors):
        return [cand]
    out = []
    for actor, v in zip(actors, values, strict=True):
        twin = R.Candidate(cand.type, cand.trigger, sent, {**cand.args, arole: [actor], vrole: [v]}, set(cand.fallback), set(cand.cued))
        out.append(twin)
    return out


_BETWEEN_APPOINTEES = re.compile(r"(?:先生|女士|博士)?[、和及与]")
_AFTER_APPOINTEES = re.compile(r"(?:先生|女士|博士)?(?:为|担任|出任)")
_NEXT_APPOINTMENT = re.compile(r"[、,;]\s*(?:(?:同时|并|另|并同意|同意)?(?:聘任|任命|委任|聘请|增聘))?")


def _appointee_at(ctx: Context, pos: int) -> Mention | None:
    return next((m for m in ctx.mentions_in(pos, pos + 12) if m.start == pos and m.type == "person" and m.source != "coref"), None)


def _appointments(ctx: Context, cand: R.Candidate) -> list[tuple[list[Mention], R.TextFill]]:
    """The (appointees, post) pairs that follow an appointment verb: 聘任王芳为总经理、赵磊、孙丽为副总经理."""
    sent, out = cand.sent, []
    pos = cand.trigger.end
    while True:
        first = _appointee_at(ctx, pos)
        if first is None:
            break
        group = [first]
        while (gap := _BETWEEN_APPOINTEES.match(ctx.low, group[-1].end)) and (nxt := _appointee_at(ctx, gap.end())):
            group.append(nxt)
        lead = _AFTER_APPOINTEES.match(ctx.low, group[-1].end)
        if lead is None:
            break
        post = R.title_after(ctx, lead.end(), sent.clauses[sent.clause_index(lead.end())][1])
        if post is None:
            break
        out.append((group, post))
        step = _NEXT_APPOINTMENT.match(ctx.low, post.end, sent.end)
        if step is None:
            break
        pos = step.end()
    return out


def each_appointee(ctx: Context, cand: R.Candidate) -> list[R.Candidate]:
    """聘任王芳为总经理、赵磊为副总经理: one hire per appointee with that person's own post; names that share one post
    (任命王芳、赵磊为副总经理) stay one event, with that post."""
    if cand.type.name != "hire" or cand.trigger.word not in ctx.cues.lex["appoint"] or ctx.is_english():
        return [cand]
    found = _appointments(ctx, cand)
    if not found or (len(found) == 1 and len(found[0][0]) == 1):
        return [cand]
    return [
        R.Candidate(cand.type, cand.trigger, cand.sent, {**cand.args, "person": list(group), "role": [post]}, set(cand.fallback), set(cand.cued))
        for group, post in found
    ]


_AND_MODEL = re.compile(r"(?:[^,;.]|\.(?=\d)){0,30}?\s+and\s+(?:the\s+|its\s+|a\s+)?(?=[A-Z])")


def each_product(ctx: Context, cand: R.Candidate) -> list[R.Candidate]:
    """released its Mistral Large 3 model in December and the Devstral 2 coding model: one launch per model named."""
    fills = [f for f in cand.args.get("product", []) if isinstance(f, R.TextFill)]
    if cand.type.name != "launch" or not ctx.is_english() or not fills:
        return [cand]
    join = _AND_MODEL.match(ctx.norm, fills[0].end, cand.sent.end)
    if join is None:
        return [cand]
    named = R._MODEL_NAME.match(ctx.norm, join.end(), cand.sent.end)
    if named is None or any(m.start <= named.start() < m.end for m in ctx.mentions_in(named.start() - 40, named.end())):
        return [cand]
    second = R._model_fill(ctx, named.start(), named.end())
    own = {r: fs for r, fs in cand.args.items() if r not in ("product", "date")}
    return [cand, R.Candidate(cand.type, cand.trigger, cand.sent, {**own, "product": [second]}, set(cand.fallback) - {"product", "date"}, set(cand.cued))]


def valued_round(ctx: Context, cand: R.Candidate) -> bool:
    """OpenAI was valued at $500bn in a share sale: an English round reported only by the valuation it set."""
    return ctx.is_english() and cand.type.name == "investment" and bool(cand.args.get("target")) and bool(cand.args.get("valuation"))


def raised_on_exchange(ctx: Context, sent: Sentence, trig: Trigger) -> bool:
    """拟在科创板募资39亿元 / 计划在港交所集资: money raised on an exchange is the listing's, not a funding round."""
    if ctx.is_english() or trig.word not in ("募资", "集资", "融资", "募集资金", "募集"):
        return False
    cs, _ = sent.clauses[sent.clause_index(trig.start)]
    lo = max(cs, trig.start - 12)
    return any(m.entity_id in ctx.venues and m.end <= trig.start for m in ctx.mentions_in(lo, trig.start)) or bool(
        re.search(r"(?:科创板|创业板|主板|北交所|港股|上市(?!前)|(?<!pre-)(?<!pre)ipo(?!前))(?:并|时|后|将|拟|计划)?$", ctx.low[lo : trig.start])
    )


_HELD_BY = re.compile(r"\s*(?:\([^)]{1,20}\)\s*)?(?:所持有的|所持有|持有的|所持的|所持)")


def holder_sells(ctx: Context, cand: R.Candidate) -> None:
    """收购A所持有的B 60%股权: A, written before 所持有的, holds what is sold (the seller); B is the company bought."""
    targets = cand.args.get("target") or []
    if cand.type.name != "acquisition" or len(targets) != 1 or not isinstance(targets[0], Mention) or cand.args.get("seller"):
        return
    holder = targets[0]
    held = _HELD_BY.match(ctx.low, holder.end)
    if held is None:
        return
    _, ce = cand.sent.clauses[cand.sent.clause_index(held.end())]
    nxt = next((m for m in ctx.mentions_in(held.end(), min(ce, held.end() + 40)) if m.type == "org"), None)
    if nxt is not None:
        cand.args["seller"], cand.args["target"] = [holder], [nxt]


_OFFER_VERB = re.compile(r"\s*(?:发出|提出|发起|提交|递交)(?:了)?(?:全面)?(?:的)?$")


def offer_to_target(ctx: Context, cand: R.Candidate) -> None:
    """Uber向Postmates发出收购提议: the company an offer is made to is the one to be bought, not a seller."""
    sellers = cand.args.get("seller") or []
    if cand.type.name != "acquisition" or len(sellers) != 1 or not isinstance(sellers[0], Mention) or cand.args.get("target"):
        return
    seller = sellers[0]
    cs, _ = cand.sent.clauses[cand.clause]
    if ctx.low.rfind("向", max(cs, seller.start - 12), seller.start) >= 0 and _OFFER_VERB.match(ctx.low[seller.end : cand.trigger.start]):
        cand.args["target"] = [seller]
        del cand.args["seller"]


def listing_place(ctx: Context, cand: R.Candidate) -> None:
    """went public in Hong Kong / a Hong Kong listing: the city names the exchange when no exchange is named."""
    if cand.type.name != "ipo" or cand.args.get("exchange"):
        return
    t = cand.trigger
    if not ctx.is_english():  # 赴港上市 / 来港上市 / 港股IPO: the place word names the exchange
        if ctx.low[t.start : t.end].endswith("上柜"):  # 申请上柜: an over-the-counter listing is on the Taipei Exchange
            cand.args["exchange"] = [Mention(t.start, t.end, ctx.doc.text[t.start : t.end], "org", "org:tpex", "TPEx", "phrase")]
            return
        lo = max(cand.sent.start, t.start - 6)
        for entry in ctx.cues.lex["listing_places_zh"]:
            word, eid, name = entry.split("|")
            i = ctx.low.rfind(word, lo, t.start)
            if i >= 0:
                cand.args["exchange"] = [Mention(i, i + len(word), ctx.doc.text[i : i + len(word)], "org", eid, name, "phrase")]
                return
        return
    places = "|".join(re.escape(p) for p in ctx.cues.lex["listing_places"])
    after = re.compile(rf"[^,.;]{{0,20}}?\b(?:in|on)\s+({places})\b").match(ctx.low, t.end, cand.sent.end)
    before = re.compile(rf"\b({places})[- ]$").search(ctx.low, max(cand.sent.start, t.start - 16), t.start)
    found = after or before
    if found is not None:
        s, e = found.span(1)
        text = ctx.doc.text[s:e]
        cand.args["exchange"] = [Mention(s, e, text, "org", None, text, "phrase")]


def bare_supply(ctx: Context, cand: R.Candidate) -> bool:
    """HBM supply will remain tight / its entire 2026 supply of HBM4 is sold out: the noun names goods on hand; with no buyer
    and no figure it reports no deal."""
    if cand.type.name != "procurement" or not ctx.is_english() or cand.trigger.word != "supply":
        return False
    return not any(cand.args.get(r) for r in ("buyer", "value", "quantity", "capacity"))


_CONSENSUS = re.compile(r"\bvs\.?\s+(?:an?\s+)?(?:[$€£¥]\s?)?[\d.,]+\s*(?:billion|million|bn|m)?\s+(?:expected|estimated|consensus)\b")


def per_share_consensus(ctx: Context, cand: R.Candidate) -> bool:
    """Earnings per share: $6.12 adjusted vs. $5.70 expected: a per-share figure set against the analysts' consensus
    scores the quarter against forecasts; it is no figure the page reports as an event."""
    if cand.type.name != "financial_metric" or not ctx.is_english() or "per share" not in cand.trigger.word:
        return False
    line_end = ctx.low.find("\n", cand.trigger.end)
    return _CONSENSUS.search(ctx.low, cand.trigger.end, line_end if line_end >= 0 else len(ctx.low)) is not None


_ADVISER_HIRED = re.compile(r"\b(?:hired|hires|hiring|tapped|taps|picked|picks|selected|selects|mandated|chose|chosen|engaged)\s+$")


def listing_adviser(ctx: Context, cand: R.Candidate) -> None:
    """Mistral has hired Goldman Sachs and Morgan Stanley to explore a listing: the banks advise, the listing is the hirer's."""
    if cand.type.name != "ipo" or not ctx.is_english():
        return
    orgs = [f for f in cand.args.get("org", []) if isinstance(f, Mention) and f.end <= cand.trigger.start]
    if not orgs:
        return
    sent = cand.sent
    listed = [m for m in ctx.mentions_in(sent.start, orgs[0].end) if m.type == "org"]
    first = orgs[0]
    while listed and listed[-1].start >= first.start:
        listed.pop()
    for m in reversed(listed):  # back over the banks listed before it (Goldman Sachs and Morgan Stanley)
        if re.fullmatch(r"\s*(?:,|and|,\s*and)?\s*", ctx.low[m.end : first.start]):
            first = m
        else:
            break
    verb = _ADVISER_HIRED.search(ctx.low, sent.start, first.start)
    if verb is None:
        return
    hirer = [m for m in listed if m.end <= verb.start() and not ctx.is_oblique(m, sent)]
    if hirer:
        cand.args["org"] = [hirer[-1]]


_PROJECT_END = re.compile(r",|;|\.(?:\s|$)|\s(?:which|that|to|bringing|as|while|and|over|through|by)\s")


_OWN_ROUND = re.compile(r"\s+(?:[\w$.,-]+\s+){0,3}?(?:round|series [a-k]\b|funding|financing|fundraising)")


def own_project(ctx: Context, schema: Schema, cand: R.Candidate) -> R.Candidate:
    """invest $200bn more in its data center: money put into the actor's own project is its spending, not an investment in itself."""
    target = next((f for f in cand.args.get("target", []) if isinstance(f, Mention)), None)
    if target is None or target.source != "coref" or ctx.low[target.start : target.end] not in ("its", "their") or not cand.args.get("amount"):
        return cand
    if _OWN_ROUND.match(ctx.low, target.end) or cand.trigger.word in ("raised", "raises", "raise", "raising"):
        return cand  # fetched in its Series F round, when it raised $13bn: money raised in its own round is an investment in it
    spending = schema.types["spending"]
    moved = R.Candidate(spending, cand.trigger, cand.sent)
    moved.args = {"amount": cand.args["amount"], **({"date": cand.args["date"]} if "date" in cand.args else {})}
    investor = [m for m in cand.args.get("investor", []) if isinstance(m, Mention) and m.type == "org"]
    moved.args["org"] = list[R.Filler](investor[:1] or [target])
    _, own_end = cand.sent.clauses[cand.clause]
    periods = [v for v in ctx.values_in(cand.trigger.end, own_end) if v.kind == "period"]
    if periods:
        moved.args["period"] = [periods[0]]
    stop = _PROJECT_END.search(ctx.low, target.end, cand.sent.end)
    purpose = R._span_text(ctx, target.end, stop.start() if stop else cand.sent.end)
    if purpose is not None and len(purpose.value) <= 80:
        moved.args["purpose"] = [purpose]
    R.fill_text_roles(ctx, schema, moved)
    return moved


def subscribed_issuer(ctx: Context, cand: R.Candidate) -> None:
    """燧原引入7名基石投资者,合共认购…股份: shares subscribed are the issuer's — the subject, else the page's company."""
    if cand.type.name != "investment" or cand.args.get("target") or cand.trigger.word not in ctx.cues.lex["subscribe"]:
        return
    used = cand.used_ids()
    sent = cand.sent
    own = [m for m in ctx.mentions_in(sent.start, cand.trigger.start) if m.type == "org" and m.source != "coref" and (m.entity_id or m.name or m.text) not in used and not ctx.is_oblique(m, sent)]
    topic = own[0] if own else salient_org(ctx, sent.start)
    if topic is not None and topic.entity_id not in ctx.venues and (topic.entity_id or topic.name or topic.text) not in used:
        cand.args["target"] = [topic]
        cand.fallback.add("target")


_DIVISION = re.compile(r"的?([\u4e00-\u9fffA-Za-z0-9]{1,12}?(?:业务|部门|事业部|事业群|业务线|工厂|晶圆厂|资产包))")


def division_bought(ctx: Context, cand: R.Candidate) -> None:
    """收购英特尔调制解调器部门 / 出售其新加坡晶圆厂: a business or plant of the company named right before it is what
    changes hands (the asset), the company the one it is bought from."""
    if cand.type.name != "acquisition" or cand.args.get("asset") or ctx.is_english():
        return
    targets = [f for f in cand.args.get("target", []) if isinstance(f, Mention) and f.start >= cand.trigger.end]
    if len(targets) != 1:
        return
    _, ce = cand.sent.clauses[cand.clause]
    m = _DIVISION.match(ctx.low, targets[0].end, ce)
    if m is None or any(v.start < m.end() and m.start() < v.end for v in ctx.values_in(m.start(), m.end())):
        return
    cand.args["asset"] = [R.TextFill(m.start(1), m.end(1), ctx.doc.text[m.start(1) : m.end(1)])]


def employer_in_post(ctx: Context, cand: R.Candidate) -> None:
    """出任上海绿地申花足球队主教练 / 出任星河电子总裁: the organisation written at the head of the post taken is the
    one that hires, and the post is the title after it."""
    if cand.type.name != "hire" or ctx.is_english():
        return
    posts = [f for f in cand.args.get("role", []) if isinstance(f, R.TextFill) and f.start >= cand.trigger.end]
    if cand.args.get("org") and "org" not in cand.fallback:
        _known_employer_in_post(ctx, cand, posts)
        return
    if len(posts) != 1:
        return
    post = posts[0]
    low = ctx.low[post.start : post.end]
    word = max((w for w in ctx.cues.titles if low.endswith(w) and len(w) < len(low)), key=len, default=None)
    if word is None:
        return
    cut = post.end - len(word)
    while cut > post.start and ctx.low[cut - 1] in "副":
        cut -= 1
    for mod in sorted(ctx.cues.lex["title_modifiers"], key=len, reverse=True):
        if ctx.low[post.start : cut].endswith(mod) and cut - len(mod) > post.start:
            cut -= len(mod)
            break
    head = ctx.low[post.start : cut]
    if len(head) < 2 or not head.endswith((*name_cues().org_suffix_zh, "队", "俱乐部")) or head in ctx.cues.lex["not_names"]:
        return
    known = [m for m in ctx.mentions_in(post.start, cut) if m.type == "org" and m.start == post.start]
    org = known[0] if known and known[0].end == cut else Mention(post.start, cut, ctx.doc.text[post.start : cut], "org", None, ctx.doc.text[post.start : cut], "phrase")
    cand.args["org"] = [org]
    cand.fallback.discard("org")
    cand.args["role"] = [R.TextFill(cut, post.end, ctx.doc.text[cut : post.end])]


_EFFECTIVE = re.compile(r"\s*(?:起|开始)?\s*(?:正式)?生效")
_EFFECTIVE_TODAY = re.compile(r"即日(?:起)?(?:正式)?生效")


def effective_date(ctx: Context, cand: R.Candidate) -> None:
    """任命X为营运长,自11月1日起生效 / 即日生效: an appointment or a resignation is dated by when it takes effect."""
    if cand.type.name not in ("hire", "departure") or ctx.is_english():
        return
    t, sent = cand.trigger, cand.sent
    for v in ctx.values_in(t.end, sent.end):
        if v.kind == "date" and v.norm.get("value") and _EFFECTIVE.match(ctx.low, v.end):
            cand.args["date"] = [v]
            return
    today = _EFFECTIVE_TODAY.search(ctx.low, t.end, sent.end)
    if today is not None and ctx.anchor is not None:
        cand.args["date"] = [Value("date", today.start(), today.end(), ctx.doc.text[today.start() : today.end()], {"value": ctx.anchor.isoformat()})]


def _known_employer_in_post(ctx: Context, cand: R.Candidate, posts: list[R.TextFill]) -> None:
    """广达宣布延揽X出任云达科技总经理: a known company heading the post taken employs, not the one announcing."""
    orgs = [f for f in cand.args.get("org", []) if isinstance(f, Mention)]
    if len(posts) != 1 or len(orgs) != 1 or orgs[0].end > cand.trigger.start:
        return
    post = posts[0]
    head = next((m for m in ctx.mentions_in(max(0, post.start - 16), post.end) if m.type == "org" and m.entity_id and m.end <= post.start
                 and ctx.low[m.end : post.start].strip() in ("", "的")), None)
    if head is None or head.entity_id == orgs[0].entity_id or not _TAKES_POST_BEFORE.search(ctx.low, max(cand.trigger.start, head.start - 4), head.start):
        return
    cand.args["org"] = [head]
    if head.end > post.start:
        cand.args["role"] = [R.TextFill(head.end, post.end, ctx.doc.text[head.end : post.end])]


_TAKES_POST_BEFORE = re.compile(r"(?:出任|担任|接任|转任|升任|为)(?:其|新设的|新成立的)?$")


_FROM_TODAY = re.compile(r"即日起|即日开始|今起|即日上线|即日开卖")


def from_today(ctx: Context, cand: R.Candidate) -> None:
    """发表AI代理服务「X」,即日起开放企业申请试用: a launch open from today is dated by the dateline."""
    if cand.type.name != "launch" or cand.args.get("date") or ctx.is_english() or ctx.anchor is None:
        return
    m = _FROM_TODAY.search(ctx.low, cand.trigger.end, cand.sent.end)
    if m is not None:
        cand.args["date"] = [Value("date", m.start(), m.end(), ctx.doc.text[m.start() : m.end()], {"value": ctx.anchor.isoformat()})]


def stake_target(ctx: Context, cand: R.Candidate) -> None:
    """the government took a 9.9% stake for $8.9bn: a stake is always in a company — the one the paragraph is about."""
    if cand.type.name != "investment" or cand.args.get("target") or not ctx.is_english():
        return
    if _round_led(ctx, cand):
        return
    shares = re.match(r"(?:[^,;.]|\.(?=\d)){0,40}?\b(?:of|in)\s+(?:the|its|their)\s+(?:new\s+)?(?:shares|stock)\b", ctx.low[cand.trigger.end : cand.sent.end])
    if not cand.trigger.word.startswith("stake") and shares is None:  # buying up to $600m of the shares: shares are always some company's
        return
    if "investor" in cand.fallback:  # the topic company is the one whose stake is taken, not a buyer the text never names
        del cand.args["investor"]
        cand.fallback.discard("investor")
    topic = _named(ctx, english_topic(ctx, cand.sent.start) or salient_org(ctx, cand.sent.start))
    if topic is not None and (topic.entity_id or topic.name or topic.text) not in cand.used_ids():
        cand.args["target"] = [topic]
        cand.fallback.add("target")


def _named(ctx: Context, m: Mention | None) -> Mention | None:
    """A topic as last written by name (not the pronoun that last stood for it: its IPO)."""
    if m is None or m.source != "coref":
        return m
    key = m.entity_id or m.name
    named = [o for o in ctx.mentions_in(0, m.start) if o.source != "coref" and (o.entity_id or o.name) == key]
    return named[-1] if named else m


def own_investor(cand: R.Candidate) -> None:
    """《星河校车》完成融资,由个人投资者投资: the company raising money is never also its own investor."""
    targets = {(f.entity_id or f.name or f.text) for f in cand.args.get("target", []) if isinstance(f, Mention)}
    investors = cand.args.get("investor", [])
    kept = [f for f in investors if not (isinstance(f, Mention) and (f.entity_id or f.name or f.text) in targets)]
    if len(kept) < len(investors):
        if kept:
            cand.args["investor"] = kept
        else:
            del cand.args["investor"]


def named_investors(ctx: Context, cand: R.Candidate) -> None:
    """阿里巴巴、腾讯、IDG资本和一家中东主权基金参投: a party left unnamed (一家X, 某X) is not one of the named investors."""
    investors = cand.args.get("investor", [])
    unnamed = [f for f in investors if isinstance(f, Mention) and f.entity_id is None and ctx.low[f.start : f.end].startswith(tuple(ctx.cues.lex["unnamed_party"]))]
    if unnamed and len(unnamed) < len(investors):
        cand.args["investor"] = [f for f in investors if f not in unnamed]


def _round_led(ctx: Context, cand: R.Candidate) -> bool:
    """when ASML led a €1.7bn Series C / Nvidia put $300m into that round: a round is always some company's — the sentence's subject, else the page's."""
    if not (cand.args.get("round") or "round" in cand.trigger.word or (cand.trigger.word == "led a" and cand.args.get("amount"))):
        return False  # who led a reinforcement learning team: no round
    if not cand.args.get("investor") or "investor" in cand.fallback:
        return False
    used = cand.used_ids()
    own = [
        m for m in ctx.mentions_in(cand.sent.start, cand.trigger.start)
        if m.type == "org" and m.source != "coref" and (m.entity_id or m.name or m.text) not in used and not ctx.is_oblique(m, cand.sent)
    ]
    topic = own[0] if own else _named(ctx, english_topic(ctx, cand.sent.start) or salient_org(ctx, cand.sent.start))
    if topic is None or (topic.entity_id or topic.name or topic.text) in used:
        return False
    cand.args["target"] = [topic]
    cand.fallback.add("target")
    return True


def running_total(ctx: Context, cand: R.Candidate) -> bool:
    """…, bringing its committed investment to more than $2.5bn / 已累计完成过亿美元融资: a clause that restates a running
    total reports no new event."""
    cs, _ = cand.sent.clauses[cand.clause]
    if not ctx.is_english():  # (合计认购: subscribers together buy one offering, no running total)
        head = ctx.low[cs : cand.trigger.start]
        return cand.type.name == "investment" and cand.trigger.word != "认购" and any(w in head for w in ctx.cues.lex["running_total"])
    return ctx.low[cs : cand.trigger.start].lstrip(" ,").startswith(("bringing ", "taking ", "lifting "))


@lru_cache(maxsize=1)
def _described_company() -> re.Pattern[str]:
    words = "|".join(re.escape(d) for d in sorted(name_cues().org_descriptors_en, key=len, reverse=True))
    return re.compile(rf"\bin\s+the\s+(?:[\w&.-]+\s+){{0,3}}?(?:{words})\b")


_SPEND_WORDS = ("spend", "spends", "spending", "spent")


_SPEND_PLANS = ("plans to", "plan to", "planning to", "intends to", "expects to", "aims to", "would", "will")


def _spent_with_seller(ctx: Context, cand: R.Candidate, seller: re.Match[str] | None) -> bool:
    """agreed to spend $9.7bn on capacity from Nebius: money agreed with a named seller (not a plan to spend) buys from it."""
    if seller is None:
        return False
    cs, _ = cand.sent.clauses[cand.clause]
    head = ctx.low[max(cs, cand.trigger.start - 30) : cand.trigger.start]
    return not any(re.search(rf"\b{w}\b", head) for w in _SPEND_PLANS)


def spent_on_hardware(ctx: Context, schema: Schema, cand: R.Candidate) -> R.Candidate:
    """spend part of the new money on about 2,000 Nvidia GPUs: spending on chips is their procurement."""
    if cand.type.name != "spending" or cand.trigger.word not in _SPEND_WORDS or not ctx.is_english():
        return cand
    _, ce = cand.sent.clauses[cand.clause]
    on = re.compile(r"\bon\s").search(ctx.low, cand.trigger.end, ce)
    if on is None:
        return cand
    window = ctx.low[on.end() : min(ce, on.end() + 60)]
    counted = [v for v in ctx.values_in(on.end(), min(ce, on.end() + 60)) if v.kind == "count"]
    if not any(w in window for w in ctx.cues.lex["hardware"]):
        return cand
    seller = re.compile(r"\bfrom\s").search(ctx.low, on.end(), ce)
    if not counted and not _spent_with_seller(ctx, cand, seller):
        return cand  # plans to spend $2.5bn on servers: a budget for hardware is spending, not an order
    procurement = schema.types["procurement"]
    moved = R.Candidate(procurement, cand.trigger, cand.sent)
    moved.args = {r: cand.args[r] for r in ("date",) if r in cand.args}
    if cand.args.get("amount"):
        moved.args["value"] = cand.args["amount"]
    if cand.args.get("org"):
        moved.args["buyer"] = cand.args["org"]
        moved.fallback = {"buyer"} if "org" in cand.fallback else set()
    if counted:
        moved.args["quantity"] = [counted[0]]
    if seller is not None:  # capacity from Nebius: the company it is bought from
        named = [m for m in ctx.mentions_in(seller.end(), min(ce, seller.end() + 40)) if m.type == "org" and m.start == seller.end()]
        if named:
            moved.args["supplier"] = list[R.Filler](named[:1])
    R.fill_text_roles(ctx, schema, moved)
    R.brand_supplier(ctx, moved)
    return moved


def group_hired(ctx: Context, schema: Schema, cand: R.Candidate) -> Value | None:
    """hired three researchers from Meta / 从Y挖走了三名研究员: the head count of a group hired away from a named employer."""
    if cand.type.name == "hire" and not ctx.is_english():
        return _group_poached(ctx, schema, cand)
    if cand.type.name != "hire" or cand.args.get("person") or not ctx.is_english():
        return None
    _, ce = cand.sent.clauses[cand.clause]
    for v in ctx.values_in(cand.trigger.end, min(ce, cand.trigger.end + 40)):
        if v.kind == "count" and not ctx.low[cand.trigger.end : v.start].strip() and str(v.norm.get("unit") or "").lower() in schema.units.get("people", frozenset()):
            # a group hired away names where it comes from (three researchers from Meta); "hired 200 employees" is growth
            away = re.match(r"\s*(?:\w+\s+){0,3}?(?:from|who (?:previously |had )?worked (?:at|for|on))\s", ctx.low[v.end : ce])
            return v if away else None
    return None


def _group_poached(ctx: Context, schema: Schema, cand: R.Candidate) -> Value | None:
    """从谷歌挖走了三名研究员(,其中包括A): a poached group with a definite head count leaves its old employer too."""
    if cand.trigger.word not in ctx.cues.lex["poach"] or not cand.args.get("from_org"):
        return None
    if ctx.low[max(cand.sent.start, cand.trigger.start - 30) : cand.trigger.start].rfind("从") < 0:
        return None
    _, ce = cand.sent.clauses[cand.clause]
    for v in ctx.values_in(cand.trigger.end, min(ce, cand.trigger.end + 20)):
        if v.kind == "count" and not v.norm.get("vague") and str(v.norm.get("unit") or "").lower() in schema.units.get("people", frozenset()):
            return v
    return None


def signed_document(ctx: Context, ev: Event) -> bool:
    """signed letters of intent to supply memory: the signed agreement is a partnership beside the supply it sets up (English)."""
    return ctx.is_english() and any(w in ctx.low[ev.evidence.start : ev.evidence.end] for w in ctx.cues.lex["agreement_documents"])


def joint_work(ctx: Context, ev: Event) -> bool:
    """认购英特尔股份,双方并将共同开发…产品: working together on a product is a partnership beside the deal."""
    return any(w in ctx.low[ev.evidence.start : ev.evidence.end] for w in ctx.cues.lex["joint_work"])


_PART_BOUGHT = re.compile(r"\s+((?:part of\s+|a part of\s+)?(?:the\s+|its\s+|a\s+|an\s+)?[a-z][\w -]{1,40}?)\s+(?:of|from)\s+(?:[a-z][\w-]*\s+){0,3}$")


def paid_for(ctx: Context, cand: R.Candidate) -> None:
    """agreed to pay $7.75bn for Armis buys Armis; agreed to pay $500m to Qualcomm (to settle a dispute) buys nothing."""
    if cand.type.name != "acquisition" or " pay" not in f" {cand.trigger.word}":
        return
    kept = [m for m in cand.args.get("target", []) if isinstance(m, Mention) and re.search(r"\bfor\s+(?:[\w.&'-]+\s+){0,3}$", ctx.low[max(cand.trigger.end, m.start - 40) : m.start])]
    if kept:
        cand.args["target"] = list[R.Filler](kept)
    else:
        cand.args.pop("target", None)


def part_bought(ctx: Context, cand: R.Candidate) -> None:
    """agreed to buy the robotics division of ABB / bought part of the plant from Sharp: the part bought is the asset, and the
    company it belonged to sells it."""
    if cand.type.name != "acquisition" or not ctx.is_english() or cand.args.get("seller"):
        return
    target = next((m for m in cand.args.get("target", []) if isinstance(m, Mention) and m.start >= cand.trigger.end), None)
    if target is None:
        return
    m = _PART_BOUGHT.fullmatch(ctx.low, cand.trigger.end, target.start)
    if m is None or ctx.mentions_in(cand.trigger.end, target.start) or ctx.values_in(cand.trigger.end, target.start):
        return
    asset = R._span_text(ctx, m.start(1), m.end(1))
    if asset is None:
        return
    value = re.sub(r"^(?:the|its|a|an)\s+", "", asset.value)
    cand.args["asset"] = [R.TextFill(asset.end - len(value), asset.end, value)]
    cand.args["seller"] = [target]


def joint_signers(ctx: Context, cand: R.Candidate) -> None:
    """Waymo and Toyota signed an agreement / 苹果公司与阿里巴巴集团宣布签署合作协议: of two organisations named together
    as the subject, the first acts, the second partners."""
    if cand.type.name != "partnership":
        return
    _both_sides(ctx, cand)
    partners = [m for m in cand.args.get("partner", []) if isinstance(m, Mention)]
    if not ctx.is_english() and len(partners) >= 2 and partners[0].end <= cand.trigger.start:
        joined = ctx.low[partners[0].end : partners[1].start].strip()
        head = ctx.low[cand.sent.clauses[cand.clause][0] : partners[0].start]
        if joined in ("与", "和", "及", "同", "跟") and not head.rstrip().endswith(("与", "和", "同", "跟")):
            cand.args["org"] = [partners[0]]
            cand.args["partner"] = list[R.Filler](partners[1:])
            cand.fallback.discard("org")
        return
    if cand.args.get("partner") or not ctx.is_english():
        return
    if "org" in cand.fallback:
        return
    pool = [m for m in ctx.mentions_in(cand.sent.start, cand.trigger.start) if m.type == "org" and m.source != "coref"]
    org = next((m for m in cand.args.get("org", []) if isinstance(m, Mention) and m.source != "coref"), None)
    ref = next((m for m in cand.args.get("org", []) if isinstance(m, Mention) and m.source == "coref"), None)
    if org is None and ref is not None:  # Meta and X … have extended their partnership: the pair the possessive stands for
        org = next((m for m in pool if (m.entity_id or m.name) == (ref.entity_id or ref.name)), None)
    if org is None:
        return
    together = R._coordinated(ctx, org, pool) if org in pool else [org]
    if len(together) >= 2:
        cand.args["org"] = [together[0]]
        cand.args["partner"] = list[R.Filler](together[1:])


_BACKED_BY = re.compile(r"(?:获得|获)\s*$")


def backed_by(ctx: Context, cand: R.Candidate) -> None:
    """Lumora成立于2022年,…,过去曾获Insight Partners与英特尔资本投资: the investors stand between 获 and the verb, and
    the company backed is the subject of the sentence's first clause."""
    if cand.type.name != "investment" or ctx.is_english() or cand.args.get("target"):
        return
    investors = [m for m in cand.args.get("investor", []) if isinstance(m, Mention) and m.end <= cand.trigger.start]
    if not investors or not _BACKED_BY.search(ctx.low, max(cand.sent.start, investors[0].start - 6), investors[0].start):
        return
    subject = next((m for m in ctx.mentions_in(cand.sent.start, investors[0].start) if m.type == "org" and m.source != "coref"), None)
    if subject is not None and not ctx.is_oblique(subject, cand.sent) and subject.end <= cand.sent.clauses[0][1]:
        cand.args["target"] = [subject]


_ORDERED_FROM = re.compile(r"向\s*$")


def ordered_from(ctx: Context, cand: R.Candidate) -> None:
    """富邦金控已向戴尔下单,采购约2,000颗辉达B300 GPU: the seller ordered from in the clause before is the supplier of what
    the next clause buys, not the maker named in the item."""
    if cand.type.name != "procurement" or ctx.is_english() or cand.trigger.word not in ctx.cues.lex["buy_verbs"]:
        return
    if cand.clause == 0 or any(isinstance(m, Mention) and m.end <= cand.trigger.start for m in cand.args.get("supplier", [])):
        return
    ps, pe = cand.sent.clauses[cand.clause - 1]
    for m in ctx.mentions_in(ps, pe):
        after = ctx.low[m.end : pe].strip(" ,")
        if m.type == "org" and _ORDERED_FROM.search(ctx.low, max(ps, m.start - 3), m.start) and after in ctx.cues.lex["buy_verbs"]:
            cand.args["supplier"] = [m]
            return
