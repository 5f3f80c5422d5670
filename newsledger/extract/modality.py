"""Modality (reported, rumored, planned, confirmed, denied) and attribution of an event."""

from __future__ import annotations

import re
from bisect import bisect_right

from newsledger.core import Event, Mention, Span
from newsledger.extract.context import Context, Sentence
from newsledger.text.normalize import normalize
from newsledger.text.tokens import tokens


def _in_date(ctx: Context, s: int, e: int) -> bool:
    """True inside a date value ("in May 2024": a month, not a modal verb)."""
    return any(v.kind in ("date", "period") and v.start <= s and e <= v.end for v in ctx.values_in(max(0, s - 40), e + 40))


def _has(ctx: Context, words: tuple[str, ...], start: int, end: int) -> bool:
    text = ctx.low[start:end]
    for w in words:
        i = text.find(w)
        while i >= 0:
            if not w[0].isascii() or not w[0].isalpha():
                return True
            s, e = start + i, start + i + len(w)
            month = w == "may" and ctx.doc.text[s : s + 1] == "M"  # the month, not the modal
            if (s == 0 or not ctx.low[s - 1].isalpha()) and (e >= len(ctx.low) or not ctx.low[e].isalpha()) and not month and not _in_date(ctx, s, e):
                return True
            i = text.find(w, i + 1)
    return False


_NO_PLAN = re.compile(r"(?:没有|并无|并没有|暂无|无)(?:任何)?[^,。;]{0,16}?的?(?:计划|打算|意向|规划)")


def _no_plan_to(ctx: Context, cs: int, ce: int, trig_start: int, trig_end: int) -> bool:
    """也没有入股英特尔的计划: the event named between 没有 and 计划 is denied (Chinese)."""
    if ctx.is_english():
        return False
    return any(m.start() < trig_start and trig_end <= m.end() for m in _NO_PLAN.finditer(ctx.low, cs, ce))


def modality(ctx: Context, sent: Sentence, trig_start: int, trig_end: int) -> str:
    """The modality of an event triggered at ``[trig_start, trig_end)`` in ``sent``."""
    cues = ctx.cues.modality
    ci = sent.clause_index(trig_start)
    cs, ce = sent.clauses[ci]
    prev_s = sent.clauses[ci - 1][0] if ci > 0 else cs
    next_e = sent.clauses[ci + 1][1] if ci + 1 < len(sent.clauses) else ce
    if _has(ctx, cues.get("denied", ()), sent.start, sent.end) or _no_plan_to(ctx, cs, ce, trig_start, trig_end):
        return "denied"
    weak_rumor = ctx.cues.lex["weak_rumor"]
    strong_rumor = tuple(w for w in cues.get("rumored", ()) if w not in weak_rumor)
    rumor_end = sent.end if ctx.is_english() else ce  # English names its sources after the fact
    weak_from, weak_to = (cs, _hedge_end(ctx, trig_end, ce)) if ctx.is_english() else (prev_s, next_e)  # English: "a deal that could …" hedges its own clause only
    close_source = not ctx.is_english() and _CLOSE_TO.search(ctx.low, sent.start, rumor_end) is not None
    unconfirmed = not ctx.is_english() and _has(ctx, ctx.cues.lex["unconfirmed"], trig_end, sent.end)
    if _has(ctx, strong_rumor, sent.start, rumor_end) or _has(ctx, weak_rumor, weak_from, weak_to) or _hearsay_opening(ctx, sent) or close_source or unconfirmed:
        return "rumored"
    stated = _has(ctx, cues.get("confirmed_after", ()), trig_start, sent.end)
    if ctx.is_english() and (stated or _SAYS_AFTER.search(ctx.low, trig_end, sent.end)) and _WILL_BEFORE.search(ctx.low, max(cs, trig_start - 12), trig_start):
        return "confirmed"  # SoftBank will acquire a 60% stake in X, the companies announced: a deal its parties state
    if stated and _has(ctx, cues.get("planned", ()), max(cs, trig_start - 10), trig_start):
        return "planned"
    if _has(ctx, cues.get("planned_after", ()), trig_end, min(ce, trig_end + 3)) and not ctx.is_english():
        return "planned"
    if ctx.is_english() and (ctx.low[trig_start:trig_end] in cues.get("commitments", ()) or _has(ctx, cues.get("planned_after_en", ()), trig_end, min(ce, trig_end + 12))):
        return "planned"  # a pledge / money pencilled in / a capex forecast: an intention
    planned = tuple(w for w in cues.get("planned", ()) if w != "将")
    past = ctx.is_english() and re.fullmatch(r"[a-z -]*(?:ed|laid off|sold|bought)", ctx.low[trig_start:trig_end]) is not None
    clause_wide = () if past else tuple(w for w in planned if len(w) > 1)  # would come on top of the roles it eliminated: done
    if _has(ctx, planned, max(cs, trig_start - 10), trig_start) or _has(ctx, clause_wide, cs, trig_start) or _future_jiang(
        ctx, max(cs, trig_start - 10), trig_start
    ):
        return "planned"
    if ctx.low[trig_start:trig_end] in ctx.cues.lex["planned_triggers"]:  # a budget, pledge or plan is a plan
        return "planned"
    if not ctx.is_english() and _COMING_YEARS.search(ctx.low, cs, trig_start):
        return "planned"  # 未来三年联想将在…投入: what is done over the coming years is planned
    if ctx.is_english() and ctx.low[trig_start:trig_end].startswith(("will ", "to ")):  # Braun will join ServiceNow: the trigger says it is to come
        if _has(ctx, cues.get("confirmed_after", ()), trig_start, sent.end) or _SAYS_AFTER.search(ctx.low, trig_end, sent.end):
            return "confirmed"  # X will step down, ServiceNow said in a statement / will retire in July, Nadella wrote: its own word
        return "planned"
    confirm_from = prev_s if ctx.is_english() else sent.start
    if _has(ctx, cues.get("confirmed", ()), confirm_from, trig_start) or _has(ctx, cues.get("confirmed_after", ()), trig_start, sent.end):
        return "confirmed"
    return "reported"


_NEW_VERB_CLAUSE = re.compile(r"\b(?:which|that|who|where|and|but|while)\b")


def _hedge_end(ctx: Context, trig_end: int, clause_end: int) -> int:
    """Meta bought a stake and has said it could raise it / a warrant, which could give it 10%: a modal in a clause
    of its own after the trigger hedges that clause, not the event."""
    m = _NEW_VERB_CLAUSE.search(ctx.low, trig_end, clause_end)
    return m.start() if m else clause_end


_COMING_YEARS = re.compile(r"(?:未来|今后)[一二两三四五六七八九十几数\d]+(?:年|个月|个季度)")
_WILL_BEFORE = re.compile(r"\bwill\s+(?:(?:also|now|soon|then)\s+)?$")
_SAYS_AFTER = re.compile(r",\s+(?:[\w.'-]+\s+){1,4}(?:said|says|wrote|writes|announced|told)\b")


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


_CLOSE_TO = re.compile(r"接近[^,。;:、]{1,12}?的?人士")


def _hearsay_opening(ctx: Context, sent: Sentence) -> bool:
    """传小米将投资… / 傳鴻海擬收購…: a sentence or clause opening with 传 and then a name reports hearsay."""
    for cs, _ce in sent.clauses:
        i = cs
        while i < sent.end and ctx.low[i] in " 【】[],":
            i += 1
        if ctx.low[i : i + 1] == "传" and any(m.start == i + 1 for m in ctx.mentions_in(i + 1, i + 12)):
            return True
    return False


def is_conditional(ctx: Context, sent: Sentence, trig_start: int) -> bool:
    """True when the trigger sits in a hypothetical clause (如果/若/if …)."""
    text = ctx.low[sent.start : trig_start]
    names = [(m.start, m.end) for m in ctx.mentions_in(sent.start, trig_start)]
    for c in ctx.cues.conditional:
        i = text.find(c)
        while i >= 0:
            at = sent.start + i
            if not any(s <= at < e for s, e in names):  # 庞若鸣: a name holding 若 is no "if"
                return True
            i = text.find(c, i + 1)
    return False


def _own_outlet(ctx: Context, m: Mention) -> bool:
    """The page's publisher (【钛媒体】…消息) reports, it is not a source."""
    own = normalize(ctx.doc.outlet or "").lower()
    if ctx.low[max(0, m.start - 1) : m.start] == "【":
        return True
    if ctx.low[max(0, m.start - 1) : m.start] == "(" and re.match(r"\)\s*[-–—]", ctx.low[m.end : m.end + 4]):
        return True  # SANTA CLARA, May 28 (Reuters) - : the dateline's credit is the publisher
    names = [n for n in (normalize(m.name or "").lower(), ctx.low[m.start : m.end]) if n]
    return bool(own) and any(n in own or own in n for n in names)


def _source_in(ctx: Context, start: int, end: int) -> str | None:
    outlets: list[Mention] = [m for m in ctx.mentions_in(start, end) if m.type == "outlet" and not _own_outlet(ctx, m)]
    if outlets:
        m = outlets[0]
        return m.name or ctx.doc.text[m.start : m.end]
    text = ctx.low[start:end]
    best: tuple[int, str] | None = None
    close = _CLOSE_TO.search(ctx.low, start, end)
    if close:  # 据接近美团的人士透露: the people close to the company, as written
        best = (close.start() - start, ctx.doc.text[close.start() : close.end()])
    for g in ctx.cues.attribution_generic:
        i = text.find(g)
        if i >= 0 and (best is None or i < best[0]):
            best = (i, ctx.doc.text[start + i : start + i + len(g)])
    return best[1] if best else None


def _who(ctx: Context, m: Mention) -> str:
    """A speaker as the ledger names it: a known entity's name, else the words as written."""
    return m.name or ctx.doc.text[m.start : m.end]


def speaker(ctx: Context, sent: Sentence) -> str | None:
    """The one who says so in the sentence: a name or a generic source right before a speech verb (X said, X表示),
    or right after 'according to'/据; with the organisation written before a spokesperson's name."""
    low = ctx.low
    english = ctx.is_english()
    close = None if english else _CLOSE_TO.search(low, sent.start, sent.end)
    if close is not None:  # 据接近美团的人士透露: the people close to the company say so, not the company
        return ctx.doc.text[close.start() : close.end()]
    names = [m for m in ctx.mentions_in(sent.start, sent.end) if m.type in ("org", "person", "outlet")]
    for cue in ctx.cues.source_before:
        i = low.find(cue, sent.start, sent.end)
        if i >= 0:
            after = [m for m in names if 0 <= m.start - (i + len(cue)) <= 2]
            if after:
                return _who(ctx, after[0])
    if english:
        some = _some_of_the_people(ctx, sent)
        if some is not None:
            return some
    verbs = ctx.cues.speech_en if english else ctx.cues.speech_zh
    best: tuple[int, str] | None = None
    for v in verbs:
        i = low.find(v, sent.start, sent.end)
        while i >= 0:
            bounded = not english or ((i == 0 or not low[i - 1].isalpha()) and not low[i + len(v) : i + len(v) + 1].isalpha())
            if bounded:
                found = _before_verb(ctx, names, sent, i)
                if found is not None and (best is None or i < best[0]):
                    best = (i, found)
            i = low.find(v, i + len(v), sent.end)
    return best[1] if best else None


_SPOKESPERSON = re.compile(
    r"(?P<role>\s*(?:方面|相关负责人|有关负责人|负责人|发言人|官方|spokesperson|spokeswoman|spokesman|representative|official)"
    r"(?:\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2})?)\s*(?:随后|则|也|亦|今日|昨日|日前|近日|on \w+day)?"
    r"(?:(?:向|对|接受)[^,。;]{1,20}?(?:记者|採訪|采访时?)?)?\s*$"  # 相关负责人向新京报记者回应称: the outlet asked, the company answers
)


_SOME_OF_THE_PEOPLE = re.compile(
    r"(?:\b(?P<pre>said|according to)\s+|(?<![\w-]))"
    r"(?P<who>(?:(?:one|two|three|four|five|several|some|both|all|each|most|none) of )?(?:the|these|those) (?:people|persons?|sources?))"
    r"(?(pre)|\s+(?:said|say|says|told|added))\b"
)


def _some_of_the_people(ctx: Context, sent: Sentence) -> str | None:
    """'…, one of the people said' / 'said the people' / 'according to two of the people': the sources named
    before in the article, as this sentence counts them."""
    low = ctx.low[sent.start : sent.end]
    for m in _SOME_OF_THE_PEOPLE.finditer(low):
        return ctx.doc.text[sent.start + m.start("who") : sent.start + m.end("who")]
    return None


_LAST_WORD = re.compile(r"(?:^|[^\w'’-])([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s*$")


def _surname_speaker(ctx: Context, sent: Sentence, verb: int) -> str | None:
    """Eddie Wu told analysts … Wu said: a surname alone before a speech verb is the person named in full before."""
    m = _LAST_WORD.search(ctx.doc.text, max(sent.start, verb - 30), verb)
    if m is None:
        return None
    word = m.group(1)
    for p in reversed(ctx.mentions_in(0, sent.start)):
        if p.type == "person" and p.source != "coref" and " " in (p.name or p.text) and (p.name or p.text).split(" ")[-1] == word:
            return p.name or p.text
    return None


_THE_SPOKESPERSON = re.compile(r"(?:^|[^\w])(?:the|that|this)\s+(spokesperson|spokeswoman|spokesman)$")
_SPOKES_WORD = re.compile(r"\s+(?:spokesperson|spokeswoman|spokesman)\b")


def _named_spokesperson(ctx: Context, before: int) -> str:
    """The spokesperson denied …: the company's spokesperson named earlier on the page, else the word as written."""
    for m in reversed(ctx.mentions_in(max(0, before - 1500), before)):
        if m.type == "org" and m.source != "coref":
            said = _SPOKES_WORD.match(ctx.low, m.end)
            if said:
                return ctx.doc.text[m.start : said.end()].strip()
    return "spokesperson"


_ASIDE = re.compile(r",\s*(?:for (?:its|his|her|their) part|however|meanwhile|separately|in a statement|in response),\s*$")


def _spokesperson(ctx: Context, names: list[Mention], verb: int) -> str | None:
    """百度方面回应 / 字节跳动相关负责人表示 / A Google spokesperson denied: the company's voice, as written."""
    for m in reversed(names):
        if m.type != "org" or m.end > verb or verb - m.end > 40:
            continue
        said = _SPOKESPERSON.match(ctx.doc.text[m.end : verb]) or _SPOKESPERSON.match(ctx.low[m.end : verb])
        if said:
            return ctx.doc.text[m.start : m.end + said.end("role")].strip()
        return None
    return None


def _before_verb(ctx: Context, names: list[Mention], sent: Sentence, verb: int) -> str | None:
    voice = _spokesperson(ctx, names, verb)
    if voice is not None:
        return voice
    gap_max = 3 if ctx.is_english() else 12
    aside = _ASIDE.search(ctx.low, max(sent.start, verb - 40), verb) if ctx.is_english() else None
    if aside is not None:  # Inventec, for its part, denied …: the name before the aside speaks
        verb = aside.start()
    close = [
        m for m in names
        if m.end <= verb and verb - m.end <= gap_max and not any(c in ctx.low[m.end : verb] for c in ",.;:!?")
        and ctx.low[m.end : m.end + 2] not in ("采访", "专访")  # 邵骋在接受智东西采访时称: the interviewer does not speak
    ]
    if close:
        m = close[-1]
        if m.type == "person":  # Meta spokesperson Andy Stone: the speaker's organisation and title come with the name
            org = [o for o in names if o.type == "org" and o.end <= m.start and m.start - o.end <= 24 and not any(c in ctx.low[o.end : m.start] for c in ",.;:!?")]
            if org:
                first = org[-1]
                while org.index(first) > 0 and ctx.low[first.start - 1 : first.start] == "(":  # 辉达(NVIDIA)执行长: start at the name it glosses
                    first = org[org.index(first) - 1]
                said = re.sub(r"\s*[(（][^)）]{0,30}[)）]\s*", "", ctx.doc.text[first.start : m.end])
                return said.strip()
        return _who(ctx, m)
    surname = _surname_speaker(ctx, sent, verb) if ctx.is_english() else None
    if surname is not None:
        return surname
    head = ctx.low[max(sent.start, verb - 60) : verb].rstrip()
    if ctx.is_english() and _THE_SPOKESPERSON.search(head):  # An Amazon spokesperson said … The spokesperson denied …
        return _named_spokesperson(ctx, sent.start)
    for g in ctx.cues.attribution_generic:
        if head.endswith(g):
            s = verb - (len(ctx.low[max(sent.start, verb - 60) : verb]) - len(head)) - len(g)
            return ctx.doc.text[s : s + len(g)]
    return None


def attribution(ctx: Context, sent: Sentence, trig_start: int, modality: str = "reported", agent: Mention | None = None) -> str | None:
    """Who says so: the speaker of the sentence or a source named in it; for a rumour, the source of its paragraph's
    lead or the article's; else the company the event is about, which states its own news."""
    found = speaker(ctx, sent) or _source_in(ctx, sent.start, sent.end) or (_denier(ctx, sent) if modality == "denied" else None)
    if found:
        return _sources_named_before(ctx, sent, found)
    if modality not in ("rumored", "denied") and agent is not None:
        return agent.name or ctx.doc.text[agent.start : agent.end]
    lead_of_para = ctx.paragraph_lead(sent.para)
    if lead_of_para is not None and lead_of_para.start < sent.start:
        found = _source_in(ctx, lead_of_para.start, lead_of_para.end)
        if found:
            return found
    if ctx.sentences and ctx.sentences[0].para != sent.para:
        lead = ctx.sentences[0]
        return _source_in(ctx, lead.start, lead.end)
    return None


_PEOPLE_AGAIN = re.compile(r"(?:the|these|those|one of the|one of those)\s+people")
_PEOPLE_NAMED = re.compile(r"\bpeople\s+(?:familiar\s+with|with\s+(?:direct\s+)?knowledge\s+of|briefed\s+on|close\s+to|aware\s+of|involved\s+in)(?:\s+(?!said\b|say\b|who\b)[a-z'’-]+){1,4}")


def _sources_named_before(ctx: Context, sent: Sentence, found: str) -> str:
    """… the people said: sources met again are the ones described in full before (people familiar with the matter)."""
    if not ctx.is_english() or not _PEOPLE_AGAIN.fullmatch(found.lower().strip()):
        return found
    before = list(_PEOPLE_NAMED.finditer(ctx.low, ctx.doc.body.start, sent.start))
    if not before:
        return found
    m = before[-1]
    return found.strip() + ctx.doc.text[m.start() + len("people") : m.end()]  # the people → the people familiar with the matter


def _denier(ctx: Context, sent: Sentence) -> str | None:
    """Su pushed back on a report that …: the one named right before the words of denial is who denies."""
    if not ctx.is_english():
        return None
    text = ctx.low[sent.start : sent.end]
    cue = min((i for w in ctx.cues.modality.get("denied", ()) if w.isascii() and (i := text.find(w)) > 0), default=-1)
    if cue < 0:
        return None
    who = [m for m in ctx.mentions_in(sent.start, sent.start + cue) if m.type in ("person", "org") and sent.start + cue - m.end <= 12]
    return (who[-1].name or ctx.doc.text[who[-1].start : who[-1].end]) if who else None


_STRONG_DENIAL = ("否认", "辟谣", "不实", "不属实", "纯属谣言", "纯属虚构", "并无此事", "denied", "denies", "dismissed", "not true", "untrue")


def denied_next(ctx: Context, events: list[Event]) -> None:
    """网传X将裁员三成。对此,X相关负责人回应称消息不实: a report denied in the sentence right after it is denied,
    by whoever denies it."""
    starts = [s.start for s in ctx.sentences]
    for ev in events:
        if ev.modality in ("confirmed", "denied") or ev.source != "body":
            continue
        i = bisect_right(starts, ev.evidence.start) - 1
        if i < 0 or i + 1 >= len(ctx.sentences):
            continue
        here, nxt = ctx.sentences[i], ctx.sentences[i + 1]
        if nxt.para - here.para > 1 or ev.evidence.end > nxt.start:
            continue
        if not _has(ctx, _STRONG_DENIAL, nxt.start, nxt.end) or not _has(ctx, ctx.cues.lex["denial_ties"], nxt.start, nxt.end):
            continue
        if re.search(r"\b(?:denied|denies|dismissed)\b[^.]{0,80}\bthat\b", ctx.low[nxt.start : nxt.end]):
            continue  # denied a report that it was weighing a second plant: the denial names its own claim
        if any(o.type == ev.type and nxt.start <= o.evidence.start < nxt.end for o in events):
            continue  # 苹果发言人表示没有收购Perplexity的计划: the denial states its own event; the report stays as it was
        ev.modality = "denied"
        ev.attribution = speaker(ctx, nxt) or ev.attribution
        ev.more.append(Span(nxt.start, nxt.end))
