"""Financial figures laid out as text tables in page dumps (``营收 | 681.3亿 | 393.3亿 | +73%``).

A table is a run of lines with at least two ``|`` separators. Two layouts are read:

- metric rows: the header names the periods of its columns (``项目 | 2025年 | 2024年 | 同比``) and each
  row's label names a metric (``营业收入 | 71.63亿元 | 11.74亿元 | +510.1%``);
- company rows: each row's label names a company (``Quanta | 168.4 | 117.9 | 42.8%``) and the metric
  comes from the header cells (``Company | 2025 revenue (NT$bn) | 2024 | YoY``) or the caption above the
  table (``February 2026 consolidated revenue (NT$ billion)``).

A unit line or caption just above the table (单位:亿美元, (in trillion won), In millions of USD), a unit
in a header cell or in the row label (``每股純益（元）``) or the article's dominant currency supplies what
bare numbers lack. Within one metric, the first figure is the value and the next figure in a column of
another period the previous value; change columns (YoY, 同比, 年增) are skipped.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from newsledger.core import Event, Mention, Span
from newsledger.extract.context import Context, salient_org
from newsledger.extract.financial import is_segment
from newsledger.schema import Schema
from newsledger.values import find_values, is_partial

_UNIT = re.compile(
    r"[(（]\s*(?:in\s+|单位\s*[:：]\s*)?([^)）\n]{1,24})[)）]|(?<![a-z])(?:单位|unit|in)(?![a-z])\s*[:：]?\s*((?:millions?|billions?|thousands?|[^\s,，。)）]{1,12})[^\n,，。)）]{0,16})",
    re.IGNORECASE,
)
_MAGNITUDES = {
    "万亿": 1e12, "兆": 1e12, "trillions": 1e12, "trillion": 1e12, "tn": 1e12,
    "亿": 1e8, "billions": 1e9, "billion": 1e9, "bn": 1e9,
    "千万": 1e7, "百万": 1e6, "millions": 1e6, "million": 1e6, "mn": 1e6,
    "万": 1e4, "千": 1e3, "thousands": 1e3, "thousand": 1e3, "m": 1e6, "k": 1e3,
}
_MAG_RX = re.compile(
    "|".join(re.escape(w) if not w.isascii() else rf"(?<![a-z]){w}(?![a-z])" for w in sorted(_MAGNITUDES, key=len, reverse=True)),
    re.IGNORECASE,
)
_CHANGE = re.compile(r"^[+\-−]|同比|环比|[年季月][增减]|按[年季月]|变化|变动|增减|增幅|change|yoy|y/y|mom|m/m|qoq|q/q|growth|%$")
_NUMBER = re.compile(r"^\s*([+\-−(（])?\s*([\d,]*\.?\d+)\s*[)）]?\s*$")
_COMPANY_HEAD = ("公司", "企业", "厂商", "品牌", "业者", "集团", "company", "companies", "firm", "vendor", "maker", "group")


@dataclass
class _Unit:
    """What a table, a column or a row says its bare numbers are: a currency and a magnitude."""

    currency: str | None = None
    magnitude: float = 1.0
    percent: bool = False


def _cells(line: str) -> list[str]:
    return [c.strip() for c in line.split("|")]


_WIDE_CELL = re.compile(r"[^\u3000]+")


def _wide_cells(raw: str, norm: str) -> list[str] | None:
    """``毛利　　1,277.6　　1,084.3　　+18%``: a row whose columns are set apart by full-width spaces, as cells."""
    if "\u3000" not in raw:
        return None
    cells = [norm[m.start() : m.end()].strip() for m in _WIDE_CELL.finditer(raw) if m.group().strip()]
    if raw.startswith("\u3000"):
        cells = ["", *cells]  # a header row leaves the label column empty
    if len(cells) < 3 or not all(len(c) <= 14 and (re.search(r"\d", c) or _CHANGE.search(c.lower())) for c in cells[1:]):
        return None
    return cells


def row_cells(raw: str, norm: str) -> list[str] | None:
    """The cells of a text-table line (``a | b | c`` or columns set apart by full-width spaces), else None."""
    if norm.count("|") >= 2:
        return _cells(norm)
    return _wide_cells(raw, norm)


def _currency(text: str) -> str | None:
    """The currency a unit text names (NT$, 新台币, won, USD), not counting a bare 元."""
    tok = _MAG_RX.sub(" ", text).strip(" ()（）:：")
    tok = re.sub(r"^(?:in|of|单位)\s*|\s+of\s+", " ", tok, flags=re.IGNORECASE).strip()
    if tok in ("", "元"):
        return None
    probes = [f"{tok}1", f"1{tok}", f"1 {tok}"] + ([f"{tok[:-1]}1元"] if tok.endswith("元") else [])
    for probe in probes:
        found = [v for v in find_values(probe) if v.kind == "money" and v.norm.get("currency")]
        if found:
            return str(found[0].norm["currency"])
    return None


def _unit(text: str) -> _Unit | None:
    """The unit a caption, header cell or row label states, if any (单位:亿元, (NT$ billion), （元）, (%))."""
    for m in _UNIT.finditer(text):
        body = (m.group(1) or m.group(2) or "").strip()
        if not body:
            continue
        if body in ("%", "％"):
            return _Unit(percent=True)
        mag = _MAG_RX.search(body)
        cur = _currency(body)
        if mag or cur or body.endswith("元"):
            return _Unit(cur, _MAGNITUDES[mag.group(0).lower()] if mag else 1.0)
    return None


def _merged(outer: _Unit, inner: _Unit | None) -> _Unit:
    """A row's or column's unit over the table's: its own magnitude, the table's currency when it names none."""
    if inner is None:
        return outer
    return _Unit(inner.currency or outer.currency, inner.magnitude, inner.percent)


def _figure(cell: str, unit: _Unit, currency: str | None) -> object | None:
    """A table cell as money (a dict) or a share (a fraction), completing bare numbers with the unit."""
    cell = cell.replace("−", "-")
    negative = cell.startswith(("-", "(", "（")) and not cell.startswith(("(+", "（+"))
    if cell.endswith(("%", "％")):
        shares = [v for v in find_values(cell) if v.kind == "share"]
        if shares and isinstance(shares[0].norm.get("value"), (int, float)):
            val = float(shares[0].norm["value"])
            return -val if negative else val
        return None
    written = [v for v in find_values(cell) if v.kind == "money"]
    if written and len(written[0].text) >= len(cell.strip("-+()（） ")) - 1:
        n = written[0].norm
        amount = n.get("amount")
        if isinstance(amount, (int, float)) and negative:
            amount = -amount
        return {"amount": amount, "currency": n.get("currency") or unit.currency or currency, "bound": n.get("bound", "exact")}
    m = _NUMBER.match(cell)
    if m is None:
        mag = _MAG_RX.search(cell)
        m = _NUMBER.match(cell[: mag.start()]) if mag and mag.end() == len(cell.rstrip("元 ")) else None
        if m is None or mag is None:
            return None
        unit = _Unit(unit.currency, _MAGNITUDES[mag.group(0).lower()])
    if unit.percent:
        return float(m.group(2).replace(",", "")) / 100 * (-1 if negative else 1)
    amount = float(m.group(2).replace(",", "")) * unit.magnitude
    return {"amount": -amount if negative else amount, "currency": unit.currency or currency, "bound": "exact"}


def _dominant_currency(ctx: Context) -> str | None:
    counts = Counter(str(v.norm.get("currency")) for v in ctx.values if v.kind == "money" and v.norm.get("currency"))
    return counts.most_common(1)[0][0] if counts else None


def _metric(schema: Schema, label: str) -> str | None:
    low = label.lower()
    best = ""
    for surface in schema.metrics:
        if surface in low and len(surface) > len(best) and _word_ok(low, surface):
            best = surface
    return schema.metrics[best] if best else None


def _word_ok(low: str, surface: str) -> bool:
    """An English metric word stands on word boundaries (``eps`` is not inside ``steps``)."""
    if not surface.isascii():
        return True
    i = low.find(surface)
    before = low[i - 1] if i > 0 else " "
    after = low[i + len(surface)] if i + len(surface) < len(low) else " "
    return not (before.isascii() and before.isalnum()) and not (after.isascii() and after.isalpha() and after != "s")


def table_lines(text: str, raw: str | None = None) -> list[tuple[int, int]]:
    """Spans of the lines that belong to text tables (lines with two or more ``|``, or full-width-spaced columns)."""
    spans: list[tuple[int, int]] = []
    pos = 0
    raws = (raw if raw is not None else text).split("\n")
    for line, rline in zip(text.split("\n"), raws, strict=True):
        if row_cells(rline, line) is not None:
            spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def table_events(ctx: Context, schema: Schema) -> list[Event]:
    """``financial_metric`` events for the rows of every text table in the body."""
    events: list[Event] = []
    lines = ctx.norm.split("\n")
    rows = [row_cells(r, n) for r, n in zip(ctx.doc.text.split("\n"), lines, strict=True)]
    offsets, pos = [], 0
    for line in lines:
        offsets.append(pos)
        pos += len(line) + 1
    currency = _dominant_currency(ctx)
    org = salient_org(ctx, len(ctx.norm))
    i = 0
    while i < len(lines):
        if rows[i] is None or not (ctx.doc.body.start <= offsets[i] < max(ctx.doc.body.end, 1)):
            i += 1
            continue
        j = i
        while j < len(lines) and rows[j] is not None:
            j += 1
        events += _Table(ctx, schema, lines, rows, offsets, i, j, currency, org).events()
        i = j
    return events


_DEICTIC = re.compile(r"本季度?|当季|本期|本报告期|this quarter|current quarter|the quarter|本季度金额")


def _period_of(ctx: Context, text: str) -> str | None:
    found = [v for v in find_values(text, ctx.anchor) if v.kind in ("period", "date") and not v.norm.get("duration")]
    return str(found[0].norm["value"]) if found and found[0].norm.get("value") and not is_partial(found[0].norm["value"]) else None


class _Table:
    """One text table: its header, caption, unit and rows."""

    def __init__(self, ctx: Context, schema: Schema, lines: list[str], rows: list[list[str] | None], offsets: list[int], i: int, j: int, currency: str | None, org: Mention | None) -> None:
        self.ctx, self.schema, self.lines, self.rows, self.offsets, self.i, self.j = ctx, schema, lines, rows, offsets, i, j
        self.header = rows[i] or []
        captions = [lines[k] for k in (i - 1, i - 2) if k >= 0 and lines[k].strip() and rows[k] is None]
        self.caption = captions[0] if captions else ""
        self.unit = next((u for u in (_unit(c) for c in captions) if u is not None), _Unit())
        self.currency = self.unit.currency or currency
        self.caption_period = _period_of(ctx, self.caption) if self.caption else None
        # 项目 | 本季度 | 上年同期: "this quarter" is the quarter the caption names, not the one of the dateline
        self.periods = [self.caption_period if self.caption_period and _DEICTIC.fullmatch(c.strip().lower()) else _period_of(ctx, c) for c in self.header]
        self.col_metrics = [_metric(schema, c) for c in self.header]
        self.col_units = [_unit(c) for c in self.header]
        for k in range(2, len(self.header)):  # a period column after a metric column shares its unit (2025 revenue (NT$bn) | 2024)
            if self.col_units[k] is None and not self.col_metrics[k] and self.periods[k]:
                self.col_units[k] = self.col_units[k - 1]
        self.change = [bool(_CHANGE.search(c.lower())) and not self.periods[k] for k, c in enumerate(self.header)]
        self.caption_metric = _metric(schema, self.caption) if self.caption else None
        self.org = org
        for k in (i - 1, i - 2):
            if k < 0:
                continue
            named = [m for m in ctx.mentions_in(offsets[k], offsets[k] + len(lines[k])) if m.type == "org"]
            if named:
                self.org = named[0]  # the table's own caption names whose figures they are
                break
        self.by_company = self.header[0].lower().strip() in _COMPANY_HEAD or (not self.periods[0] and any(self.col_metrics[1:]))

    def events(self) -> list[Event]:
        """One event per metric of each data row."""
        if not any(self.periods[1:]) and not any(self.col_metrics[1:]) and not (self.caption_period or self.caption_metric):
            return []
        out: list[Event] = []
        for r in range(self.i + 1, self.j):
            out += self._row(r)
        return out

    def _row_org(self, r: int, label: str) -> dict[str, object] | None:
        """The company a row's label names (a known name, or any label under a 'Company' header)."""
        start = self.offsets[r]
        named = [m for m in self.ctx.mentions_in(start, start + len(label) + 1) if m.type == "org"]
        if named and named[0].end - named[0].start >= len(label.strip()) * 0.6:
            m = named[0]
            return {"name": m.name or m.text, "id": m.entity_id, "mention": self.ctx.doc.text[m.start : m.end], "start": m.start, "end": m.end}
        if self.header[0].lower().strip() in _COMPANY_HEAD and label and not _metric(self.schema, label):
            text = self.ctx.doc.text[start : start + len(label)]
            return {"name": text, "id": None, "mention": text, "start": start, "end": start + len(label)}
        return None

    def _segment(self, label: str) -> bool:
        """数据中心营收 / Data center revenue: a business line's figure, not the company's."""
        low = label.lower()
        surface = max((w for w in self.schema.metrics if w in low), key=len, default="")
        return bool(surface) and is_segment(self.ctx.cues.lex.get("segments", ()), low[: low.find(surface)])

    def _label_org(self, r: int, label: str) -> dict[str, object] | None:
        """A unit named inside a metric label (``Cloud Intelligence Group revenue``, ``云智能集团收入``)."""
        start = self.offsets[r]
        for m in self.ctx.mentions_in(start, start + len(label)):
            if m.type == "org" and m.source != "coref":
                return {"name": m.name or m.text, "id": m.entity_id, "mention": self.ctx.doc.text[m.start : m.end], "start": m.start, "end": m.end}
        return None

    def _row(self, r: int) -> list[Event]:
        cells = self.rows[r] or []
        label = cells[0] if cells else ""
        if not label:
            return []
        row_metric = _metric(self.schema, label)
        if row_metric and self._segment(label):
            row_metric = "other"
        who = self._row_org(r, label) if row_metric is None or self.by_company else self._label_org(r, label)
        if row_metric is None and who is None:
            return []
        row_unit = _unit(label)
        groups: dict[str, list[tuple[int, object]]] = {}
        metric = row_metric if who is None else None
        for c, cell in enumerate(cells[1:], start=1):
            if c < len(self.col_metrics) and self.col_metrics[c]:
                metric = self.col_metrics[c]
            name = metric or row_metric or self.caption_metric
            if not cell or name is None or (c < len(self.change) and self.change[c]):
                continue
            if c >= len(self.periods) and _CHANGE.search(cell.lower()):
                continue
            unit = _merged(_merged(self.unit, self.col_units[c] if c < len(self.col_units) else None), row_unit)
            fig = _figure(cell, unit, self.currency)
            if fig is not None:
                groups.setdefault(name, []).append((c, fig))
        if who is None and self.org is not None:
            o = self.org
            who = {"name": o.name or o.text, "id": o.entity_id, "mention": self.ctx.doc.text[o.start : o.end], "start": o.start, "end": o.end}
        return [self._event(r, who, name, figs) for name, figs in groups.items() if figs]

    def _event(self, r: int, who: dict[str, object] | None, metric: str, figures: list[tuple[int, object]]) -> Event:
        start = self.offsets[r]
        end = start + len(self.lines[r])
        args: dict[str, object] = {"metric": metric, "value": figures[0][1]}
        if who is not None:
            args = {"org": who, **args}
        col = figures[0][0]
        period = self.periods[col] if col < len(self.periods) else None
        for c, fig in figures[1:]:
            if (c < len(self.periods) and self.periods[c] != period) or not period:
                args["previous_value"] = fig
                break
        period = period or self.caption_period
        if period:
            args["period"] = period
        return Event(
            type="financial_metric",
            args=args,
            evidence=Span(start, end),
            evidence_text=self.ctx.doc.text[start:end],
            modality="confirmed",  # a results table reproduces the company's own figures
            attribution=str(who.get("name")) if isinstance(who, dict) and who.get("name") else None,  # a results table is the company's own
            confidence=0.7,
            arg_spans={},
        )
