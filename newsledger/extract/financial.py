"""The reporting period of a financial figure, and the readings that are particular to figures.

A figure's period is the quarter, half, fiscal period or year written next to it (``2025年第四季``,
``fiscal second quarter``, ``上半年``), never the comparison period (``较前一年同期的``, ``a year earlier``,
``高于2024年的``). When its sentence names none, the period in force in its paragraph (``公布2025年第四季
财报。单季营收…``) applies. Reported figures are for periods already over: a quarter or half written
without its year that would end after the dateline is last year's (``fourth-quarter results`` published
in January), and a fiscal quarter written without its fiscal year takes the fiscal year the article
names elsewhere (``fiscal 2026``).
"""

from __future__ import annotations

import re
from bisect import bisect_right

from newsledger.core import Value
from newsledger.extract.context import Context, Sentence
from newsledger.extract.roles import Candidate, TextFill
from newsledger.schema import Schema
from newsledger.values import is_partial

_COMPARED = re.compile(r"(?:较|相比|对比|对上|高于|低于|不及|少于|多于|比|than|from|compared with|compared to|versus|vs\.?)\s*$")
_PRIOR = ("前一年", "此前一年", "前年", "一年前", "上一年", "a year earlier", "a year ago", "a year before", "the previous year", "the prior year", "year-ago", "year-earlier")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_HALF = re.compile(r"^(\d{4})-H([12])$")
_FISCAL_YEAR = re.compile(r"^FY(\d{4})")


def comparative(ctx: Context, v: Value, limit: int) -> bool:
    """A date or period that names the comparison period (较前一年同期, 高于2024年的, a year earlier)."""
    text = ctx.low[v.start : v.end]
    if text in _PRIOR or any(text.endswith(p) for p in _PRIOR) or (text.endswith("同期") and not text.startswith(("今年", "本年"))):
        return True
    if ctx.low[v.end : v.end + 2] == "同期" and text not in ("今年", "本年"):
        return True
    return _COMPARED.search(ctx.low[max(limit, v.start - 14) : v.start]) is not None or _earlier_year_after_figure(ctx, v)


_AFTER_FIGURE = re.compile(r"(?:元|美元|港元|%)\s*[,;]\s*$")
_YEAR_OF = re.compile(r"((?:19|20)\d{2})年?$")


def _earlier_year_after_figure(ctx: Context, v: Value) -> bool:
    """2025年实现营收12.6亿元,2024年为5.4亿元: a year written right after a figure and earlier than the year that figure
    is for names the comparison, not a period of its own."""
    year = _YEAR_OF.search(ctx.low[v.start : v.end])
    if year is None or not _AFTER_FIGURE.search(ctx.low[max(0, v.start - 6) : v.start]):
        return False
    line_start = ctx.low.rfind("\n", 0, v.start) + 1
    before = ctx.low[max(line_start, v.start - 80) : v.start]
    return str(int(year.group(1)) + 1) + "年" in before


def _usable(v: Value) -> bool:
    return v.kind in ("period", "date") and bool(v.norm.get("value")) and not v.norm.get("duration") and not is_partial(v.norm["value"])


def _in_guidance(ctx: Context, v: Value, sent: Sentence) -> bool:
    """Nvidia said it expects about $65bn in sales in the current quarter: a period of a forecast in an earlier
    sentence is not the period of the figures reported after it."""
    if v.start >= sent.start:
        return False
    i = bisect_right(ctx.sentence_starts(), v.start) - 1
    if i < 0:
        return False
    own = ctx.sentences[i]
    return any(w in ctx.low[own.start : v.start] for w in ctx.cues.forecast)


def _in_force(ctx: Context, cand: Candidate) -> Value | None:
    """The last period named before the figure in its sentence (a written year too), else in its paragraph."""
    sent = cand.sent
    lead = ctx.paragraph_lead(sent.para)
    start = lead.start if lead is not None else sent.start
    found = [
        v
        for v in ctx.values_in(start, cand.trigger.start)
        if _usable(v) and (v.kind == "period" or (not v.norm.get("relative") and (v.start >= sent.start or _topic(ctx, v, start) or _heads_figure(ctx, cand, v))))
        and not comparative(ctx, v, start) and not _in_guidance(ctx, v, sent)
    ]
    found += _months_ended(ctx, start, cand.trigger.start)  # 截至6月底止六个月,收入…;期内净亏损: the half in force
    return max(found, key=lambda v: v.end) if found else None


def _heads_figure(ctx: Context, cand: Candidate, v: Value) -> bool:
    """燧原2025年收入为18.4亿元;净亏损为13.6亿元: a year written on a figure before holds for the next one."""
    after = ctx.low[v.end : v.end + 8].lstrip("的").removeprefix("实现")  # 2025年实现营收12.6亿元
    return any(after.startswith(w) for w in cand.type.triggers.get("zh", ()))


def _topic(ctx: Context, v: Value, start: int) -> bool:
    """2025年秦淮数据…实现营收: a year opening its clause sets the scene for what follows."""
    before = ctx.low[max(start, v.start - 3) : v.start].rstrip()
    return v.start == start or before == "" or before[-1] in ",.;:。，；：\n"


def _resolved(ctx: Context, v: Value) -> str:
    """The period's value, a year back when it is a yearless quarter, half or date not yet over at the dateline."""
    value = str(v.norm["value"])
    if v.kind == "date":
        value = _past_date(ctx, v)
        return value[:4] if len(value) > 7 else value
    if not v.norm.get("relative") or ctx.anchor is None:
        return value
    written = re.search(r"(?:19|20)\d\d$", ctx.low[max(0, v.start - 4) : v.start])
    if written and re.fullmatch(r"\d{4}", value):  # 2025全年
        return written.group(0)
    if re.fullmatch(r"\d{4}", value) and int(value) == ctx.anchor.year and ctx.anchor.month < 12 and not ctx.low.startswith(_THIS_YEAR, v.start):
        return str(ctx.anchor.year - 1)  # 全年 reported before the year is out: last year's
    q, h = _QUARTER.match(value), _HALF.match(value)
    last_month = int(q.group(2)) * 3 if q else (int(h.group(2)) * 6 if h else 0)
    year = int((q or h).group(1)) if (q or h) else 0  # type: ignore[union-attr]
    if last_month and (year, last_month) > (ctx.anchor.year, ctx.anchor.month):
        return value.replace(str(year), str(year - 1), 1)  # results are reported once the period is over
    return value


_THIS_YEAR = ("今年", "本年", "this year")


def _past_date(ctx: Context, v: Value) -> str:
    """A yearless date of a reported figure, a year back when it would fall after the dateline (as of Dec. 31, read in March)."""
    value = str(v.norm["value"])
    if v.norm.get("relative") and ctx.anchor is not None and value[:7] > ctx.anchor.isoformat()[:7] and value[:4].isdigit():
        value = str(int(value[:4]) - 1) + value[4:]
    return value


def _fiscal_year(ctx: Context, pos: int) -> int | None:
    """The fiscal year the article names, the nearest before ``pos`` first."""
    named = [v for v in ctx.values if v.kind == "period" and _FISCAL_YEAR.match(str(v.norm.get("value") or ""))]
    if not named:
        return None
    before = [v for v in named if v.start < pos]
    pick = before[-1] if before else named[0]
    m = _FISCAL_YEAR.match(str(pick.norm["value"]))
    return int(m.group(1)) if m else None


def _fiscal_part(ctx: Context, v: Value) -> Value | None:
    """``fiscal second quarter`` with the fiscal year in force: FY2026-Q2."""
    part = v.norm.get("part")
    year = _fiscal_year(ctx, v.start)
    if not part or year is None:
        return None
    return Value("period", v.start, v.end, v.text, {**v.norm, "value": f"FY{year}-{part}"})


def fill_period(ctx: Context, cand: Candidate) -> None:
    """Set the period of a financial figure: written beside it, else in force in its paragraph."""
    sent = cand.sent
    t = cand.trigger
    pool: list[Value] = []
    for v in ctx.values_in(sent.start, sent.end):
        if v.kind not in ("period", "date") or v.norm.get("duration") or abs(sent.clause_index(v.start) - cand.clause) > 1:
            continue
        cs, _ = sent.clauses[sent.clause_index(v.start)]
        own = v.end <= t.start and t.start - v.end <= 2 and sent.clause_index(v.start) == cand.clause  # 上年同期亏损900万元
        if cand.prior_of is not None and _leads_value(ctx, cand, v):
            pool = [v]  # 上年同期为-1084.11万元: the prior figure's own period
            break
        if comparative(ctx, v, cs) and not own:
            continue
        if not v.norm.get("value") and v.norm.get("fiscal"):
            fixed = _fiscal_part(ctx, v)
            if fixed is not None:
                pool.append(fixed)
            continue
        if _usable(v) and not (v.kind == "date" and _modifies_noun(ctx, v)):
            pool.append(v)
    else:
        pool += _months_ended(ctx, sent.start, sent.end)
    # the trigger's own clause first (全年来看,SK海力士2025年实现营业收入: 2025年), then the best written period
    # … rose to 720 as of June: a date the figure is stated "as of" is its period
    pick = min(pool, key=lambda v: (sent.clause_index(v.start) != cand.clause, not ctx.low[max(0, v.start - 6) : v.start].endswith("as of "), _rank(v), v.start > t.start, abs(v.start - t.start))) if pool else _in_force(ctx, cand)
    if pick is None:
        carried = _carried(ctx, cand)
        if carried is None:
            cand.args.pop("period", None)
        else:
            cand.args["period"] = [carried]
        return
    value = _resolved(ctx, pick)
    named = _report_named(ctx, t.start, value) or pick
    period = Value("period", named.start, named.end, named.text, {**pick.norm, "value": value})
    cand.args["period"] = [period]
    if cand.prior_of is None and value:
        ctx.report_period = (sent.para, sent.end, period)


def _carried(ctx: Context, cand: Candidate) -> Value | None:
    """其中，汽车业务收入为15.1亿元: a figure with no period of its own, a paragraph or two after the results' period."""
    if ctx.report_period is None or cand.prior_of is not None:
        return None
    para, end, period = ctx.report_period
    if not 0 <= cand.sent.para - para <= 2:
        return None
    between = [v for v in ctx.values_in(end, cand.trigger.start) if v.kind == "period" and _usable(v) and not comparative(ctx, v, end)]
    return None if between else period


def _leads_value(ctx: Context, cand: Candidate, v: Value) -> bool:
    """上年同期为-X: a period written right before the figure's value."""
    values = [f for f in cand.args.get("value", []) if isinstance(f, Value)]
    return bool(values) and 0 <= values[0].start - v.end <= 3 and ctx.low[v.end : values[0].start].strip(" 为是:-") == ""


def _report_named(ctx: Context, before: int, value: str) -> Value | None:
    """发布2020年半年度报告…2020年上半年亏损: a figure of the period its report covers is written by the report's own name."""
    named = [v for v in ctx.values if v.kind == "period" and ctx.low[v.end : v.end + 10].lstrip().startswith(ctx.cues.lex["report_names"]) and _usable(v)]
    earlier = [v for v in named if v.end <= before]
    pick = earlier[-1] if earlier else (named[0] if named else None)  # a headline's figure: the report its story names
    return pick if pick is not None and _resolved(ctx, pick) == value else None


def _rank(v: Value) -> int:
    """Which written period names a figure's period best: 2025年第四季, then 第四季, then 2025年, then 全年, then a day."""
    relative = bool(v.norm.get("relative"))
    if v.kind == "period":
        return 0 if not relative else (1 if v.norm.get("part") else 3)
    if len(str(v.norm.get("value"))) > 7:
        return 5  # a day (the dateline, 截至11月30日) dates the report, not the period
    return 2 if not relative else 4


def _modifies_noun(ctx: Context, v: Value) -> bool:
    """截至去年12月底的2026财年第三季业绩: a date that only dates a noun."""
    return ctx.low[v.end : v.end + 1] == "的" and ctx.low[max(0, v.start - 2) : v.start] in ("截至", "截止")


def growth_class(ctx: Context, cand: Candidate) -> bool:
    """三位数增长 / triple-digit growth: a class of growth rates, not an amount."""
    for v in cand.args.get("value", []):
        if isinstance(v, Value) and v.kind == "money" and v.norm.get("text"):
            after = ctx.low[v.end : v.end + 8].lstrip()
            if after.startswith(("增长", "的增长", "增幅", "下降", "下滑", "growth", "gains", "increase", "decline")):
                return True
    return False


def part_of_total(ctx: Context, cand: Candidate) -> bool:
    """第一大客户贡献收入42.3亿元 / the unit contributed $2 billion of revenue: a share of a total, not the company's figure."""
    t = cand.trigger
    cs, _ = cand.sent.clauses[cand.clause]
    before = ctx.low[max(cs, t.start - 6) : t.start]
    return any(w in before for w in ctx.cues.lex.get("contributed", ()))


def segment_metric(ctx: Context, cand: Candidate) -> None:
    """数据中心营收 / data center revenue: a business line's figure is metric ``other`` (a named unit stays the org)."""
    fills = cand.args.get("metric")
    t = cand.trigger
    if not fills or not isinstance(fills[0], TextFill):
        return
    named_unit = any(m.end in (t.start, t.start - 1) for m in ctx.mentions_in(max(0, t.start - 40), t.start))
    before = ctx.low[max(cand.sent.start, t.start - 12) : t.start]
    if is_segment(ctx.cues.lex.get("segments", ()), before) and not before.rstrip().endswith(ctx.cues.lex.get("whole_business", ())):
        if not named_unit:
            fills[0] = TextFill(fills[0].start, fills[0].end, "other")
        return
    cs = cand.sent.clauses[cand.clause][0]
    part = _PART_OF.match(ctx.low, cs, t.start)
    if part and t.start - part.end() >= 2:  # 其中ISG收入为52亿美元: a part of the total just given
        fills[0] = TextFill(fills[0].start, fills[0].end, "other")


_PART_OF = re.compile(r"\s*(?:其中|当中|包括)[,:]?\s*")


def is_segment(segments: tuple[str, ...], before: str) -> bool:
    """Whether the text before a metric word ends with a business line (数据中心, cloud)."""
    before = before.rstrip()
    return any(before.endswith(w) for w in segments)


_PRIOR_LEAD = re.compile(r"(?:(?:上年|去年|前一年|前年|上一年|上一财年)同期|此前一年|前一年|一年前|a year earlier,?|a year ago,?|in the year-ago (?:quarter|period),?)\s*(?:的)?(?:经调整|调整后|非通用会计准则|非国际财务报告准则)?\s*$")


def prior_period(cand: Candidate) -> None:
    """去年同期亏损15.2亿元 after a 2026-Q1 figure: the comparison figure's period is the same period a year earlier."""
    ref = cand.prior_of
    if ref is not None and "change" in cand.args:  # 上年同期-121万元,亏损减少: the change compares the later figure with it
        ref.args.setdefault("change", cand.args.pop("change"))
    fills = ref.args.get("period") if ref is not None else None
    if not fills or not isinstance(fills[0], Value):
        return
    value = str(fills[0].norm.get("value") or "")
    m = re.fullmatch(r"(FY)?(\d{4})(-.+)?", value)
    if m is None or not m.group(3):
        return
    shifted = re.sub(r"(?<!\d)(\d{4})(?!\d)", lambda y: str(int(y.group(1)) - 1), value)  # 2025-Q1-Q3 → 2024-Q1-Q3
    old = cand.args.get("period", [])
    where = old[0] if old and isinstance(old[0], Value) else fills[0]
    cand.args["period"] = [Value("period", where.start, where.end, where.text, {**fills[0].norm, "value": shifted})]


def link_comparisons(ctx: Context, schema: Schema, cands: list[Candidate]) -> list[Candidate]:
    """净亏损扩大至2.9亿美元,前一年同期净亏损为5,100万美元: the second figure is the first one's previous value.

    The prior period's figure stays an event of its own too (its period is the prior one: 上年同期亏损900万元).
    """
    out: list[Candidate] = []
    dropped: list[Candidate] = []
    for cand in cands:
        if any(cand is d for d in dropped):
            continue
        priors = _prior_written_after(ctx, cand, cands)
        earlier_year = _prior_year_after(ctx, cand, cands)
        if earlier_year is not None:
            dropped.append(earlier_year)
        t = cand.trigger
        cs, _ = cand.sent.clauses[cand.clause]
        if cand.type.name == "financial_metric" and "value" in cand.args and _PRIOR_LEAD.search(ctx.low[cs : t.start]):
            metric = schema.metrics.get(t.word)
            earlier = [
                c for c in out
                if c.type.name == "financial_metric" and schema.metrics.get(c.trigger.word) == metric and "value" in c.args and "previous_value" not in c.args
            ]
            if earlier:
                earlier[-1].args["previous_value"] = list(cand.args["value"])
                earlier[-1].cued.add("previous_value")
                cand.prior_of = earlier[-1]
        out.append(cand)
        out += priors
    return out


_PRIOR_AFTER = re.compile(r"\s*[,;]?\s*(?:上年同期|去年同期|上年|去年)(?:则|为|是|分别为)?[:]?\s*$")


def _prior_written_after(ctx: Context, cand: Candidate, cands: list[Candidate]) -> list[Candidate]:
    """净利润-963.97万元,上年同期为-1084.11万元: the prior period's figure written right after, an event of its own.

    A figure another trigger took (上年同期-121万元,亏损减少) becomes that prior figure; the prior figure must state
    the same sign (a loss after a loss), else it is no event of the same reading.
    """
    values = [v for v in cand.args.get("value", []) if isinstance(v, Value) and v.kind == "money"]
    if cand.type.name != "financial_metric" or cand.prior_of is not None or len(values) != 1:
        return []
    _, se = cand.sent.clauses[min(cand.clause + 1, len(cand.sent.clauses) - 1)]
    after = next((v for v in ctx.values_in(values[0].end, se) if v.kind == "money"), None)
    if after is None or "previous_value" in cand.args:
        return []
    lead = ctx.low[values[0].end : after.start].removesuffix("-")
    if not _PRIOR_AFTER.fullmatch(lead) or _negative(ctx, values[0]) != _negative(ctx, after):
        return []
    cand.args["previous_value"] = [after]
    cand.cued.add("previous_value")
    taken = next((c for c in cands if c is not cand and any(f is after or (isinstance(f, Value) and f.start == after.start) for f in c.args.get("value", []))), None)
    if taken is not None:
        taken.prior_of = cand
        return []
    prior = Candidate(cand.type, cand.trigger, cand.sent, prior_of=cand)
    prior.args = {"value": [after]}
    return [prior]


_PRIOR_YEAR_AFTER = re.compile(r"\s*[,;]?\s*(?P<year>(?:19|20)\d{2})年(?:全年|同期|度)?(?P<metric>[^\d,;。]{0,8}?)(?:则|为|是)?[:]?\s*$")


def _prior_year_after(ctx: Context, cand: Candidate, cands: list[Candidate]) -> Candidate | None:
    """2025年实现营收12.6亿元,2024年为5.4亿元 / 同期净亏损为12亿元,2024年净亏损为21亿元: a figure for an earlier year
    written right after is the previous value; a trigger that read it (净亏损) is returned, to be dropped as no event of its own."""
    values = [v for v in cand.args.get("value", []) if isinstance(v, Value) and v.kind == "money"]
    if cand.type.name != "financial_metric" or cand.prior_of is not None or len(values) != 1 or "previous_value" in cand.args:
        return None
    _, se = cand.sent.clauses[min(cand.clause + 1, len(cand.sent.clauses) - 1)]
    after = next((v for v in ctx.values_in(values[0].end, se) if v.kind == "money"), None)
    m = _PRIOR_YEAR_AFTER.fullmatch(ctx.low[values[0].end : after.start]) if after is not None else None
    metric = m.group("metric") if m is not None else ""
    if after is None or m is None or (metric and not (cand.trigger.word.endswith(metric) or metric.endswith(cand.trigger.word))):
        return None  # 净亏损为12亿元,2024年(净)亏损为21亿元: the same metric, or none written
    year = int(m.group("year"))
    line_start = ctx.low.rfind("\n", 0, values[0].start) + 1
    if not re.search(rf"{year + 1}(?:年|财年)", ctx.low[max(line_start, values[0].start - 80) : values[0].start]):
        return None  # the figure itself must be the next year's
    cand.args["previous_value"] = [after]
    cand.cued.add("previous_value")
    return next((c for c in cands if c is not cand and any(isinstance(f, Value) and f.start == after.start for f in c.args.get("value", []))), None)


def _negative(ctx: Context, v: Value) -> bool:
    """-1084.11万元: a figure written with a minus sign."""
    return ctx.low[max(0, v.start - 1) : v.start] == "-"


_MONTHS = re.compile(r"^(\d+) months$")


_HALF_AFTER = re.compile(r"\s*止?的?(?:中期|半年度?|上半年|六个月)(?:业绩|财报|报告|业绩报告)")
_QUARTER_AFTER = re.compile(r"\s*止?的?(?:季度|单季|財季|财季)")
_QUARTER_BEFORE = re.compile(r"(?:quarter|three months)\s+(?:ended|ending|that ended|to|through)\s+$")


def _months_ended(ctx: Context, start: int, end: int) -> list[Value]:
    """the nine months ended Sept. 30 / 截至9月30日止九个月: the months up to a date, as a period (2025-Q1-Q3)."""
    out: list[Value] = []
    values = ctx.values_in(start, end)
    for i, v in enumerate(values):
        if v.kind == "date" and re.fullmatch(r"\d{4}-\d{2}(?:-\d{2})?", str(v.norm.get("value") or "")) and _HALF_AFTER.match(ctx.low, v.end):
            value = _span_of_months(_past_date(ctx, v), 6)  # 截至6月底止的中期业绩: the half ending then
            if value:
                out.append(Value("period", v.start, v.end, v.text, {"value": value, "relative": False, "fiscal": False}))
            continue
        if v.kind == "date" and re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(v.norm.get("value") or "")):
            quarter = _QUARTER_AFTER.match(ctx.low, v.end) or _QUARTER_BEFORE.search(ctx.low, max(start, v.start - 30), v.start)
            value = _span_of_months(_past_date(ctx, v), 3) if quarter else None
            if value:  # 截至6月30日的季度 / the quarter ended June 30: the three months up to that day
                out.append(Value("period", v.start, v.end, v.text, {"value": value, "relative": False, "fiscal": False}))
            continue
        m = _MONTHS.match(str(v.norm.get("value") or "")) if v.norm.get("duration") else None
        if m is None:
            continue
        after = values[i + 1] if i + 1 < len(values) else None
        before = values[i - 1] if i > 0 else None
        if after is not None and after.kind == "date" and re.match(r"\s*(?:ended|ending|to|through|that ended)\s+$", ctx.low[v.end : after.start]):
            close = after
        elif before is not None and before.kind == "date" and ctx.low[before.end : v.start].strip() in ("止", "止的"):
            close = before
        else:
            continue
        value = _span_of_months(_past_date(ctx, close), int(m.group(1)))
        if value:
            out.append(_period_up_to(ctx, close, min(v.start, close.start), max(v.end, close.end), value))
    for v in values:
        year_end = _YEAR_ENDED.match(ctx.low, v.end) if v.kind == "date" and len(str(v.norm.get("value") or "")) == 10 else None
        value = _span_of_months(_past_date(ctx, v), 12) if year_end else None
        if year_end and value:
            out.append(_period_up_to(ctx, v, v.start, year_end.end(), value))
    return out


_YEAR_ENDED = re.compile(r"止(?:的)?(?:财政|财务|会计)?年度")


def _period_up_to(ctx: Context, close: Value, lo: int, hi: int, value: str) -> Value:
    """The period ending at ``close``, written from 截至/截止 when the date follows one (截至2025年6月30日止6个月)."""
    if ctx.low[max(0, close.start - 2) : close.start] in ("截至", "截止") and lo == close.start:
        lo -= 2
    return Value("period", lo, hi, ctx.doc.text[lo:hi], {"value": value, "relative": False, "fiscal": False})


def _span_of_months(last: str, months: int) -> str | None:
    """The period of ``months`` months ending in the month of ``last`` (2025-09, 9 → 2025-Q1-Q3)."""
    if not re.match(r"^\d{4}-\d{2}", last) or not 1 <= months <= 12:
        return None
    year, month = int(last[:4]), int(last[5:7])
    first = month - months + 1
    if first < 1:
        return None
    if months == 12:
        return str(year)
    if month % 3 == 0 and months == 3:
        return f"{year}-Q{month // 3}"
    if month % 6 == 0 and months == 6:
        return f"{year}-H{month // 6}"
    if month % 3 == 0 and months % 3 == 0:
        return f"{year}-Q{first // 3 + 1}-Q{month // 3}"
    return f"{year}-{first:02d}/{year}-{month:02d}"
