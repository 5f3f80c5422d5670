"""English relative clauses that name an event's company before the verb.

Much of the capacity is for Anthropic, in which Amazon has invested $8 billion: the antecedent of "in which"
is the company invested in.
"""

from __future__ import annotations

import re

from newsledger.core import Mention, Value
from newsledger.extract import roles as R
from newsledger.extract.context import Context
from newsledger.extract.triggers import Trigger
from newsledger.schema import Schema

_IN_WHICH = re.compile(r",\s+in\s+which\s+(?:[\w&.'-]+\s+){1,4}?(?:has\s+|have\s+|had\s+)?(?:also\s+|already\s+|since\s+)?$")


def in_which_target(ctx: Context, cand: R.Candidate) -> None:
    """Anthropic, in which Amazon has invested $8 billion: the company before "in which" is the one invested in."""
    if cand.type.name != "investment" or cand.args.get("target") or not ctx.is_english():
        return
    start = max(cand.sent.start, cand.trigger.start - 60)
    rel = _IN_WHICH.search(ctx.low, start, cand.trigger.start)
    if rel is None:
        return
    ante = [m for m in ctx.mentions_in(cand.sent.start, rel.start()) if m.type == "org" and rel.start() - m.end <= 1]
    if ante:
        cand.args["target"] = [ante[-1]]


_VENTURE_FOUNDED = re.compile(
    r"\b(?P<verb>set up|launched|formed|created|established|started|founded)\s+(?:[A-Z][\w&.-]*\s+){1,5}?(?:[A-Z][\w&.-]*),\s+(?:a|an|their)\s+(?:[\w-]+\s+){0,3}$"
)


def _venture_founded(ctx: Context, cand: R.Candidate) -> re.Match[str] | None:
    """The verb that founds a venture named before its apposed 'a 50-50 joint venture'."""
    if cand.type.name != "partnership" or not ctx.is_english() or cand.trigger.word != "joint venture":
        return None
    return _VENTURE_FOUNDED.search(ctx.doc.text, max(cand.sent.start, cand.trigger.start - 90), cand.trigger.start)


def venture_founders(ctx: Context, cand: R.Candidate) -> None:
    """SoftBank and OpenAI launched SB OpenAI Japan, a 50-50 joint venture: the companies before the verb are its parties."""
    m = _venture_founded(ctx, cand)
    if m is None:
        return
    founders = [o for o in ctx.mentions_in(cand.sent.start, m.start()) if o.type == "org"]
    if len(founders) < 2:
        return
    cand.args["org"] = [founders[-2]]
    cand.args["partner"] = [founders[-1]]
    cand.fallback -= {"org", "partner"}


def venture_not_launch(ctx: Context, cands: list[R.Candidate]) -> list[R.Candidate]:
    """launched SB OpenAI Japan, a 50-50 joint venture: the venture founded is a partnership, not a product launched."""
    verbs = {m.start("verb") for c in cands if (m := _venture_founded(ctx, c)) is not None}
    return [c for c in cands if not (c.type.name == "launch" and c.trigger.start in verbs)]


_DESCRIBED_OBJECT = re.compile(
    r",\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,5}?(?:startup|start-up|company|firm|maker|chipmaker|developer|designer|provider|lab|business|unit)"
    r"\s+(?:that\s+|which\s+)?(?P<subj>it|they|[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})\s+(?:has\s+|had\s+|later\s+|eventually\s+)?$"
)


def described_object_target(ctx: Context, cand: R.Candidate) -> None:
    """Graphcore, the British chip startup it acquired in 2024: the name before the description is the company bought."""
    if cand.type.name != "acquisition" or not ctx.is_english() or cand.trigger.word not in ("acquired", "bought", "purchased"):
        return
    rel = _DESCRIBED_OBJECT.search(ctx.doc.text, max(cand.sent.start, cand.trigger.start - 90), cand.trigger.start)
    if rel is None:
        return
    ante = [m for m in ctx.mentions_in(cand.sent.start, rel.start()) if m.type == "org" and rel.start() - m.end <= 1]
    if not ante:
        return
    cand.args["target"] = [ante[-1]]
    cand.fallback.discard("target")
    s, e = rel.span("subj")
    subj = [m for m in ctx.mentions_in(s, e) if m.type == "org"]
    if subj:
        cand.args["acquirer"] = [subj[0]]
        cand.fallback.discard("acquirer")


_FURTHER_CUT = re.compile(
    r"\s+and\s+(?:a\s+further|another|an\s+additional|a\s+further\s+round\s+of)\s+(?:about\s+|around\s+|roughly\s+|some\s+)?(?P<n>\d{1,3}(?:,\d{3})+|\d{3,6})"
    r"(?:\s+or\s+so)?(?:\s+(?:more\s+)?(?:jobs|staff|employees|workers|people|roles|positions))?\s+(?P<when>(?:in|last|this|earlier|later)\b[^,;.]{0,30})"
)


def further_cuts(ctx: Context, cands: list[R.Candidate]) -> list[R.Candidate]:
    """cut about 14,000 jobs last October and a further 16,000 in January: a second round, with its own count and date."""
    if not ctx.is_english():
        return cands
    out = list(cands)
    for c in cands:
        counts = [v for v in c.args.get("count", []) if not isinstance(v, (Mention, R.TextFill))]
        if c.type.name != "layoff" or len(counts) != 1:
            continue
        m = _FURTHER_CUT.search(ctx.low, counts[0].end, c.sent.end)
        if m is None or m.start() - counts[0].end > 60:
            continue
        n = next((v for v in ctx.values_in(m.start("n"), m.end("n")) if v.kind == "count"), None) or _bare_count(ctx, m)
        when = [v for v in ctx.values_in(m.start("when"), m.end("when")) if v.kind == "date"]
        if n is None or not when:
            continue
        own = [v for v in ctx.values_in(counts[0].end, m.start()) if v.kind == "date"]
        c.args.pop("date", None)
        if own:
            c.args["date"] = [own[0]]
        second = R.Candidate(c.type, c.trigger, c.sent, floor=m.start())
        second.args = {k: list(v) for k, v in c.args.items() if k not in ("count", "date", "share")}
        second.args["count"] = [n]
        second.args["date"] = [when[0]]
        out.append(second)
    return out


def _bare_count(ctx: Context, m: re.Match[str]) -> Value:
    """another 9,000 or so: the bare number of the second round, as a count."""
    s, e = m.span("n")
    vague = "or so" in m.group(0) or bool(re.search(r"(?:about|around|roughly|some)\s+$", ctx.low[m.start() : s]))
    return Value("count", s, e, ctx.doc.text[s:e], {"value": int(m.group("n").replace(",", "")), "bound": "about" if vague else "exact"})


_PAY_TO_DO = re.compile(r"\s+(?P<per>a\s+year|per\s+year|annually|each\s+year|every\s+year)?\s*to\s+(?P<purpose>(?!the\b|a\b|an\b|its\b|[A-Z])[a-z]+\s[^,;.]{3,80}?)(?=,|;|\.(?:\s|$)|$)")
_PAY_BEFORE = re.compile(r"\b(?:pay|pays|paid|paying)\s+(?:about\s+|around\s+|roughly\s+|up to\s+|more than\s+)?$")


def pay_to_do(ctx: Context, schema: Schema, cand: R.Candidate) -> R.Candidate:
    """committed to pay $3 billion a year to deploy its tools: money paid to do something, to no supplier, is spending."""
    if cand.type.name != "procurement" or not ctx.is_english() or cand.args.get("supplier"):
        return cand
    money = [v for v in cand.args.get("value", []) if isinstance(v, Value) and v.kind == "money"]
    if not money or not _PAY_BEFORE.search(ctx.low, max(cand.sent.start, money[0].start - 12), money[0].start):
        return cand
    m = _PAY_TO_DO.match(ctx.doc.text, R.number_end(money[0]), cand.sent.end)
    if m is None:
        return cand
    moved = R.Candidate(schema.types["spending"], cand.trigger, cand.sent, floor=cand.floor)
    moved.args = {"amount": [money[0]], **{r: list(cand.args[r]) for r in ("date",) if r in cand.args}}
    if cand.args.get("buyer"):
        moved.args["org"] = list(cand.args["buyer"][:1])
    s, e = m.span("purpose")
    moved.args["purpose"] = [R.TextFill(s, e, ctx.doc.text[s:e])]
    if m.group("per"):
        ps, pe = m.span("per")
        moved.args["period"] = [Value("period", ps, pe, ctx.doc.text[ps:pe], {"value": "1 year", "duration": True, "bound": "exact"})]
    return moved


_USE_AMOUNT = re.compile(r"\s+(?:up to\s+|more than\s+|as many as\s+|about\s+|nearly\s+|over\s+|roughly\s+|at least\s+)?(?:\d|one\b|two\b|three\b|four\b|five\b|ten\b|hundreds\b|thousands\b|millions\b)")


def use_without_amount(ctx: Context, cand: R.Candidate) -> bool:
    """plans to use Nvidia chips to train its models / to use the proceeds: "to use" reports a supply deal only with an
    amount of what is used right after it (to use up to 1 million TPUs)."""
    if cand.type.name != "procurement" or cand.trigger.word != "to use":
        return False
    return _USE_AMOUNT.match(ctx.low, cand.trigger.end) is None or not any(cand.args.get(r) for r in ("quantity", "value", "capacity"))


_ROUND_WORD = re.compile(r"\b(?:round|fundraising|funding|share sale|tender offer|series [a-k])\b")


def valued_without_round(ctx: Context, cand: R.Candidate) -> bool:
    """Kestrel was valued at $20 billion in a $200 million round: a valuation reports a round only when one is named."""
    if cand.type.name != "investment" or cand.trigger.word != "was valued at":
        return False
    return _ROUND_WORD.search(ctx.low, cand.trigger.end, cand.sent.end) is None or not cand.args.get("valuation")


def valued_subject(ctx: Context, cand: R.Candidate) -> None:
    """Kestrel was valued at $20 billion in a round: the company valued, the subject, is the one invested in."""
    if cand.type.name != "investment" or cand.trigger.word != "was valued at":
        return
    cs, _ = cand.sent.clauses[cand.clause]
    subj = [m for m in ctx.mentions_in(cs, cand.trigger.start) if m.type == "org"]
    if subj:
        cand.args["target"] = [subj[-1]]
        cand.args["investor"] = [m for m in cand.args.get("investor", []) if not (isinstance(m, Mention) and m.entity_id == subj[-1].entity_id and m.text == subj[-1].text)]
        if not cand.args["investor"]:
            del cand.args["investor"]


def valued_yields(cands: list[R.Candidate]) -> list[R.Candidate]:
    """X was valued at $4bn in May, when Sequoia led a Series B: the round's own word reports it, not the valuation."""
    others = any(c.type.name == "investment" and c.trigger.word != "was valued at" for c in cands)
    return [c for c in cands if not (others and c.type.name == "investment" and c.trigger.word == "was valued at")]


_AND_NAME = re.compile(r"(?:(?! and )[^,;])*?\s+and\s+(?:[a-z][\w-]*\s+){0,4}(?P<name>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})(?=\s+(?:for|in|the|that|last|this|from|as|,)\b|[,.;]|\s*$)")
_SAME_YEAR = re.compile(r"\s+(?:the\s+same\s+year|that\s+same\s+year|that\s+year|later\s+that\s+year)")


def coordinated_purchases(ctx: Context, cands: list[R.Candidate]) -> list[R.Candidate]:
    """bought start-up Neon for $1bn in 2025 and platform Tecton the same year: one acquisition per company bought."""
    if not ctx.is_english():
        return cands
    out = list(cands)
    for c in cands:
        if c.type.name != "acquisition" or c.trigger.word not in ("bought", "acquired", "purchased"):
            continue
        names = [m for m in ctx.mentions_in(c.trigger.end, c.sent.end) if m.type == "org" and m.source != "coref"]
        if not names or not re.fullmatch(r"\s+(?:[a-z][\w-]*\s+){0,4}", ctx.low[c.trigger.end : names[0].start]):
            continue
        first = names[0]
        m = _AND_NAME.match(ctx.doc.text, first.end, c.sent.end)
        if m is None or re.search(r"\b(?:from|with|by|to|of|between|including)\b", ctx.low[first.end : m.start("name")]):
            continue  # acquired Quarry from Intel and Broadcom: the sellers, not a second company bought
        s2, e2 = m.span("name")
        if any(k.type == "person" for k in ctx.mentions_in(s2, e2)):
            continue
        second = next((k for k in names[1:] if k.start == s2), None) or Mention(s2, e2, ctx.doc.text[s2:e2], "org", None, ctx.doc.text[s2:e2], "phrase")
        c.args["target"] = [first]
        for r in ("price", "date"):
            c.args[r] = [v for v in c.args.get(r, []) if not isinstance(v, Value) or v.start < second.start] or c.args.get(r, [])
        second_c = R.Candidate(c.type, c.trigger, c.sent, floor=second.start)
        second_c.args = {k: list(v) for k, v in c.args.items() if k in ("acquirer",)}
        second_c.args["target"] = [second]
        after = [v for v in ctx.values_in(second.end, c.sent.end) if v.kind == "date"]
        if after:
            second_c.args["date"] = [after[0]]
        elif _SAME_YEAR.match(ctx.low, second.end) and c.args.get("date"):
            second_c.args["date"] = list(c.args["date"])
        out.append(second_c)
    return out


def added_no_person(ctx: Context, trig: Trigger) -> bool:
    """It added Priyanka Sen, a former Anthropic researcher, to its team: "added" hires only a person named right after it."""
    if trig.word not in ("added", "adds"):
        return False
    return not any(m.type == "person" and m.source != "coref" and m.start - trig.end <= 1 for m in ctx.mentions_in(trig.end, trig.end + 40))


def use_no_number(ctx: Context, trig: Trigger) -> bool:
    """to use the proceeds / to use its chips: no number right after "to use", so no supply deal (decided before a weaker
    trigger of the sentence, such as spend, yields to it)."""
    return trig.word == "to use" and _USE_AMOUNT.match(ctx.low, trig.end) is None


_SPREE = re.compile(r"\s+(?:spree|binge|mode)\b")


def spree(ctx: Context, trig: Trigger) -> bool:
    """on a buying spree / an acquisition spree: a habit of buying, not one deal."""
    return ctx.is_english() and _SPREE.match(ctx.low, trig.end) is not None
