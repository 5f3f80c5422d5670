"""Financial figures laid out as text tables in page dumps (``营收 | 681.3亿 | 393.3亿 | +73%``).

A table is a run of lines with at least two ``|`` separators. Its header row names the periods of
its columns; a unit line just above it (单位:亿美元, 單位：新台幣億元) or the article's dominant
currency supplies what bare numbers lack. Each data row whose label names a metric becomes one
``financial_metric`` event: the first figure is the value, the second, when its column is another
period, the previous value.
"""

from __future__ import annotations

import re
from collections import Counter

from newsledger.core import Event, Mention, Span
from newsledger.extract.context import Context, salient_org
from newsledger.schema import Schema
from newsledger.values import find_values

_UNIT = re.compile(r"[(（]\s*in\s+([^)）\n]{1,20})[)）]|[(（]?\s*(?:单位|單位|unit)\s*[:：]\s*([^)）\n]{1,12})[)）]?", re.IGNORECASE)
_MAGNITUDES = ("亿", "億", "万", "萬", "千", "trillion", "billion", "million", "bn", "mn")
_CHANGE = re.compile(r"^[+\-−]|同比|环比|年增|按年|change|yoy|%$")


def _cells(line: str) -> list[str]:
    return [c.strip() for c in line.split("|")]


def _money(cell: str, unit: str, currency: str | None) -> dict[str, object] | None:
    """A table cell as money, completing a bare number with the table's unit or the article's currency."""
    attempts = [cell]
    if unit:
        mag = next((m for m in _MAGNITUDES if m in unit), "")
        cur = unit.replace(mag, "").strip()
        if cur.endswith("元") and len(cur) > 1:
            cur = cur[:-1]
        if mag:  # magnitude first, so 812.3 in 新台币亿元 reads 812.3亿 新台币
            attempts += [f"{cur}{cell}{mag}元", f"{cell}{mag}{cur}", f"{cell} {mag} {cur}"]
        attempts += [f"{cell} {unit}", f"{cell}{unit}"]
    if currency:
        attempts.append(f"{cell} {currency}" if cell[-1:].isascii() else f"{cell}{_CUR_WORD.get(currency, '')}")
    for text in attempts:
        found = [v for v in find_values(text) if v.kind == "money" and cell in v.text]
        if found:
            n = found[0].norm
            return {"amount": n.get("amount"), "currency": n.get("currency"), "bound": n.get("bound", "exact")}
    return None


_CUR_WORD = {"USD": "美元", "CNY": "元", "TWD": "新台币", "HKD": "港元", "JPY": "日元", "EUR": "欧元"}


def _dominant_currency(ctx: Context) -> str | None:
    counts = Counter(str(v.norm.get("currency")) for v in ctx.values if v.kind == "money" and v.norm.get("currency"))
    return counts.most_common(1)[0][0] if counts else None


def _metric(schema: Schema, label: str) -> str | None:
    low = label.lower()
    best = ""
    for surface in schema.metrics:
        if surface in low and len(surface) > len(best):
            best = surface
    return schema.metrics[best] if best else None


def table_lines(text: str) -> list[tuple[int, int]]:
    """Spans of the lines that belong to text tables (runs of lines with two or more ``|``)."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        if line.count("|") >= 2:
            spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def table_events(ctx: Context, schema: Schema) -> list[Event]:
    """``financial_metric`` events for the rows of every text table in the body."""
    events: list[Event] = []
    lines = ctx.norm.split("\n")
    offsets, pos = [], 0
    for line in lines:
        offsets.append(pos)
        pos += len(line) + 1
    currency = _dominant_currency(ctx)
    org = salient_org(ctx, len(ctx.norm))
    i = 0
    while i < len(lines):
        if lines[i].count("|") < 2 or not (ctx.doc.body.start <= offsets[i] < max(ctx.doc.body.end, 1)):
            i += 1
            continue
        j = i
        while j < len(lines) and lines[j].count("|") >= 2:
            j += 1
        events += _table(ctx, schema, lines, offsets, i, j, currency, org)
        i = j
    return events


def _table(ctx: Context, schema: Schema, lines: list[str], offsets: list[int], i: int, j: int, currency: str | None, org: Mention | None) -> list[Event]:
    header = _cells(lines[i])
    periods: list[str | None] = []
    for cell in header:
        found = [v for v in find_values(cell, ctx.anchor) if v.kind in ("period", "date")]
        periods.append(str(found[0].norm.get("value")) if found and found[0].norm.get("value") else None)
    if not any(periods[1:]):
        return []
    unit = ""
    for k in (i - 1, i - 2):
        if k >= 0:
            m = _UNIT.search(lines[k])
            if m:
                unit = (m.group(1) or m.group(2)).strip()
                break
    caption = [m for k in (i - 1, i - 2) if k >= 0 for m in ctx.mentions_in(offsets[k], offsets[k] + len(lines[k])) if m.type == "org"]
    if caption:
        org = caption[0]  # the table's own caption names whose figures they are
    out: list[Event] = []
    for r in range(i + 1, j):
        cells = _cells(lines[r])
        metric = _metric(schema, cells[0]) if cells and cells[0] else None
        if metric is None:
            continue
        figures: list[tuple[int, object]] = []
        for c, cell in enumerate(cells[1:], start=1):
            head = header[c] if c < len(header) else ""
            if not cell or (_CHANGE.search(cell.lower()) and not (periods[c] if c < len(periods) else None)) or _CHANGE.search(head.lower()):
                continue
            if cell.endswith("%"):
                shares = [v for v in find_values(cell) if v.kind == "share"]
                if shares:
                    figures.append((c, shares[0].norm.get("value")))
                continue
            money = _money(cell, unit, currency)
            if money is not None:
                figures.append((c, money))
        if not figures:
            continue
        start = offsets[r]
        end = start + len(lines[r])
        args: dict[str, object] = {"metric": metric, "value": figures[0][1]}
        if org is not None:
            who = {"name": org.name or org.text, "id": org.entity_id, "mention": ctx.doc.text[org.start : org.end], "start": org.start, "end": org.end}
            args = {"org": who, **args}
        if len(figures) > 1:
            args["previous_value"] = figures[1][1]
        col = figures[0][0]
        if col < len(periods) and periods[col]:
            args["period"] = periods[col]
        out.append(
            Event(
                type="financial_metric",
                args=args,
                evidence=Span(start, end),
                evidence_text=ctx.doc.text[start:end],
                modality="reported",
                confidence=0.7,
                arg_spans={},
            )
        )
    return out

