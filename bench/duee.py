"""Measure the extractor on DuEE 1.0 (Baidu, LIC2020), sentence level, on the types we share with it.

    python bench/duee.py [--data PATH] [--limit N] [--errors N] [--json]

Seven DuEE types map to ours (see ``TYPE_MAP``); gold events of the other 58 types and our
events of types outside the map are ignored, and so are our roles that have no DuEE counterpart
(valuation, stake, to_org, ...). Two scores, per mapped type and overall:

- trigger/type identification: P/R/F1 over (sentence id, type) pairs;
- arguments, by the official DuEE 1.0 metric: every distinct predicted (type, role, text) of a
  sentence scores its best character-level F1 against the distinct gold arguments of the same
  sentence, type and role (0 when there are none); P = total score / number predicted,
  R = total score / number gold. Text is compared case-insensitively, as the official metric
  does. Gold roles without a counterpart of ours would stay in the gold count (there are none at
  present: 出售方 is our acquisition's seller).

Our outputs are read as DuEE writes its arguments: 加盟者/离职者 is the noun phrase naming the person, so
our person is scored with the job title and the organisation we read right before it (东材科技董事长张三;
for a hire, the former employer),
and the title alone when the sentence names no person (机长辞职 → 机长); dates are scored by their text as
written (今日, 8月27日); a launcher written only as the brand inside the product's name (华为Mate30发布) is not
scored, as DuEE names no 发布方 there. When an acquisition buys a stake in a company (收购X 70%股权), DuEE's 交易物 is the
stake and its 出售方 the company whose shares are bought: our asset and our target. A company is read with the
stock code written right after its name (星河电子(600123)) and a date with its clock (北京时间3月16日), which
DuEE keeps in the argument.

The data are read from ``../shared/benchmarks/duee`` (never copied into the repository).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsledger.core import Document, Event, Span
from newsledger.extract.pipeline import Extractor
from newsledger.ingest import detect_script

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "benchmarks" / "duee" / "duee_dev.1498.json"
ANCHOR = (
    "published anchor: DuEE 1.0 argument F1 ≈ 0.85 for trained models "
    "(test1, all 65 types; e.g. 0.851-0.856 MRC LIC2020, 0.852 NEUKG LIC2021)"
)

# DuEE sentences carry no dateline; without one, dates without a year (8月27日, 今日) do not resolve and are
# dropped. Every sentence is read as published at the end of 2019, the year its news comes from; only the
# dates' text is scored, so the choice of day does not matter.
PUBLISHED = "2019-12-31"
# DuEE type -> (our type, {DuEE role: our role, or None when we have no counterpart})
TYPE_MAP: dict[str, tuple[str, dict[str, str | None]]] = {
    "组织关系-裁员": ("layoff", {"裁员方": "org", "裁员人数": "count", "时间": "date"}),
    "组织关系-加盟": ("hire", {"加盟者": "person", "所加盟组织": "org", "时间": "date"}),
    "组织关系-辞/离职": ("departure", {"离职者": "person", "原所属组织": "org", "时间": "date"}),
    "财经/交易-融资": (
        "investment",
        {"融资方": "target", "领投方": "investor", "跟投方": "investor", "融资金额": "amount", "融资轮次": "round", "时间": "date"},
    ),
    "财经/交易-出售/收购": ("acquisition", {"收购方": "acquirer", "交易物": "target", "出售价格": "price", "时间": "date", "出售方": "seller"}),
    "财经/交易-上市": ("ipo", {"上市企业": "org", "地点": "exchange", "融资金额": "amount", "时间": "date"}),
    "产品行为-发布": ("launch", {"发布方": "org", "发布产品": "product", "时间": "date"}),
}
# types whose person argument is scored as a noun phrase, with the role naming the organisation written in it
PERSON_TYPES = {"hire": "from_org", "departure": "org"}
OUR_TYPES: list[str] = [ours for ours, _ in TYPE_MAP.values()]
# our type -> the roles of ours that DuEE annotates (predictions of other roles are not scored)
SCORED_ROLES: dict[str, set[str]] = {ours: {r for r in roles.values() if r} for ours, roles in TYPE_MAP.values()}


@dataclass(frozen=True, slots=True)
class GoldArg:
    """One distinct gold argument of a sentence, with its role in DuEE and ours (None: unmappable)."""

    type: str
    duee_role: str
    role: str | None
    text: str


@dataclass(frozen=True, slots=True)
class PredEvent:
    """One predicted event reduced to what the benchmarks score: type, (role, surface) pairs, metric id."""

    type: str
    args: tuple[tuple[str, str], ...]
    metric: str | None = None


@dataclass(slots=True)
class Counts:
    """Running totals for one type (or overall)."""

    gold_ev: int = 0
    pred_ev: int = 0
    tp_ev: int = 0
    gold_args: int = 0
    gold_unmappable: int = 0
    pred_args: int = 0
    arg_score: float = 0.0

    def add(self, other: Counts) -> None:
        """Add another type's totals to these."""
        self.gold_ev += other.gold_ev
        self.pred_ev += other.pred_ev
        self.tp_ev += other.tp_ev
        self.gold_args += other.gold_args
        self.gold_unmappable += other.gold_unmappable
        self.pred_args += other.pred_args
        self.arg_score += other.arg_score


@dataclass(slots=True)
class Misses:
    """Sample errors of one type, for ``--errors``."""

    missed_events: list[str] = field(default_factory=list)
    spurious_events: list[str] = field(default_factory=list)
    missed_args: list[str] = field(default_factory=list)
    wrong_args: list[str] = field(default_factory=list)


def text_width(s: str, width: int) -> str:
    """``s`` padded with spaces to ``width`` terminal columns (CJK characters take two)."""
    cols = sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)
    return s + " " * max(0, width - cols)


def prf(tp: float, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    """Precision, recall and F1 from a true-positive total and the predicted and gold counts."""
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def char_f1(pred: str, gold: str) -> float:
    """Character-level F1 of two strings (bags of characters, case-insensitive), as DuEE scores arguments."""
    a, b = pred.lower(), gold.lower()
    if not a or not b:
        return 0.0
    same = sum((Counter(a) & Counter(b)).values())
    if not same:
        return 0.0
    p, r = same / len(a), same / len(b)
    return 2 * p * r / (p + r)


def gold_of(record: dict[str, Any]) -> tuple[set[str], set[GoldArg]]:
    """The mapped gold event types of one DuEE record (ours) and its distinct mapped-type arguments."""
    types: set[str] = set()
    args: set[GoldArg] = set()
    for ev in record.get("event_list", []):
        mapped = TYPE_MAP.get(ev["event_type"])
        if mapped is None:
            continue
        ours, roles = mapped
        types.add(ours)
        for a in ev.get("arguments", []):
            args.add(GoldArg(ours, a["role"], roles.get(a["role"]), a["argument"]))
    return types, args


def pred_args_of(events: Iterable[PredEvent]) -> set[tuple[str, str, str]]:
    """Distinct scored (type, role, text) triples of a sentence's predicted events of mapped types."""
    out: set[tuple[str, str, str]] = set()
    for ev in events:
        keep = SCORED_ROLES.get(ev.type)
        if keep is None:
            continue
        out.update((ev.type, role, text) for role, text in ev.args if role in keep and text)
    return out


def score_arguments(pred: set[tuple[str, str, str]], gold: set[GoldArg]) -> dict[tuple[str, str, str], float]:
    """Official DuEE 1.0 score of each predicted argument: best char F1 against gold of the same type and role."""
    by_key: dict[tuple[str, str], list[str]] = defaultdict(list)
    for g in gold:
        if g.role is not None:
            by_key[(g.type, g.role)].append(g.text)
    return {p: max((char_f1(p[2], g) for g in by_key.get((p[0], p[1]), [])), default=0.0) for p in pred}


def evaluate(records: Sequence[dict[str, Any]], predictions: dict[str, list[PredEvent]]) -> tuple[dict[str, Counts], dict[str, Misses]]:
    """Per-type counts (keyed by our type, plus ``overall``) and sample misses for DuEE records and predictions."""
    counts = {t: Counts() for t in OUR_TYPES}
    misses = {t: Misses() for t in OUR_TYPES}
    for rec in records:
        sid, text = rec["id"], rec["text"]
        preds = [e for e in predictions.get(sid, []) if e.type in SCORED_ROLES]
        gold_types, gold_args = gold_of(rec)
        pred_types = {e.type for e in preds}
        for t in gold_types:
            counts[t].gold_ev += 1
            if t in pred_types:
                counts[t].tp_ev += 1
            else:
                misses[t].missed_events.append(f"{text}  | gold: {_gold_summary(gold_args, t)}")
        for t in pred_types:
            counts[t].pred_ev += 1
            if t not in gold_types:
                misses[t].spurious_events.append(f"{text}  | ours: {_pred_summary(preds, t)}")
        for g in gold_args:
            counts[g.type].gold_args += 1
            if g.role is None:
                counts[g.type].gold_unmappable += 1
        scores = score_arguments(pred_args_of(preds), gold_args)
        for (t, role, arg), s in scores.items():
            counts[t].pred_args += 1
            counts[t].arg_score += s
            if t in gold_types and s == 0.0:
                misses[t].wrong_args.append(f"{role}={arg!r}  | gold: {_gold_summary(gold_args, t)}  | {text}")
        for g in gold_args:
            if g.role is None or g.type not in pred_types:
                continue
            found = sorted(a for (t, role, a) in scores if t == g.type and role == g.role)
            if not any(char_f1(a, g.text) for a in found):
                misses[g.type].missed_args.append(f"{g.duee_role}→{g.role}={g.text!r}  ours: {found}  | {text}")
    overall = Counts()
    for c in counts.values():
        overall.add(c)
    counts["overall"] = overall
    return counts, misses


def _gold_summary(args: set[GoldArg], t: str) -> str:
    return ", ".join(f"{g.duee_role}={g.text}" for g in sorted(args, key=lambda g: (g.duee_role, g.text)) if g.type == t) or "(no arguments)"


def _pred_summary(preds: list[PredEvent], t: str) -> str:
    return "; ".join(", ".join(f"{r}={a}" for r, a in e.args) or "(no arguments)" for e in preds if e.type == t)


def predict(
    extractor: Extractor,
    rid: str,
    text: str,
    source: str,
    title: str | None = None,
    by_value: dict[str, dict[str, str]] | None = None,
    published: str | None = None,
    stake_owner: bool = False,
    person_phrases: bool = True,
    duee_surfaces: bool = False,
    clock_roles: tuple[str, ...] = (),
    prior_figures: bool = False,
) -> list[PredEvent]:
    """Run the extractor on one text; each event becomes its type, (role, surface string) pairs and metric id.

    Roles in ``by_value`` are reported by their value, mapped through the given table, not by their words;
    ``stake_owner`` applies DuEE 1.0's reading of a stake purchase (see ``_stake_owner``); ``person_phrases``
    its reading of a person as the whole phrase naming them (see ``_person_phrases``; DuEE-Fin writes the name alone);
    with ``duee_surfaces`` a company is read with the stock code written right after its name and a date with the
    clock it is given in (北京时间), as DuEE 1.0 writes them (星河电子(600123), 北京时间3月16日); the dates of
    ``clock_roles`` are read with their clock too (DuEE-Fin's 北京时间8日, 当地时间9月5日). With ``prior_figures``
    a figure's previous value becomes a record of its own, with the period written before it (DuEE-Fin records the
    year-earlier loss as an event; we keep it as the figure's ``previous_value``).
    """
    doc = Document(id=rid, source=source, text=text, lang=detect_script(text), title=title, published=published, body=Span(0, len(text)))
    extractor(doc)
    out: list[PredEvent] = []
    by_value = by_value or {}
    for ev in doc.events:
        by_role = _person_phrases(ev.arg_spans, text, PERSON_TYPES[ev.type]) if ev.type in PERSON_TYPES and person_phrases else ev.arg_spans
        if ev.type == "acquisition" and stake_owner:
            by_role = _stake_owner(by_role)
        if ev.type == "launch" and duee_surfaces:
            by_role = _brand_not_launcher(by_role)
        moved = {r for r, spans in by_role.items() if spans is not ev.arg_spans.get(r)}  # remapped roles are read by their spans
        pairs = tuple(
            (
                role,
                by_value[role].get(str(ev.args.get(role)), "")
                if role in by_value
                else text[s.start : s.end]
                if role in moved and role != "person"
                else _written(text, ev, role, i, s, by_role is not ev.arg_spans),
            )
            for role, spans in by_role.items()
            for i, s in enumerate(spans)
        )
        if duee_surfaces:
            pairs = tuple((role, _with_code(text, surface, ev.args.get(role)) if role in _ORG_ROLES else _with_clock(text, surface) if role == "date" else surface) for role, surface in pairs)
        elif clock_roles:
            pairs = tuple((role, _with_clock(text, surface) if role in clock_roles else surface) for role, surface in pairs)
        metric = ev.args.get("metric")
        out.append(PredEvent(ev.type, pairs, metric if isinstance(metric, str) else None))
        prior = _prior_record(text, ev, pairs, metric if isinstance(metric, str) else None) if prior_figures and ev.type == "financial_metric" else None
        if prior is not None:
            out.append(prior)
    return out


_PRIOR_PERIOD = re.compile(r"((?:19|20)\d\d年(?:[上下]半年|第?[一二三四1-4]季度|前三季度|全年|度)?|上年同期|去年同期|上年|去年|前一年同期|上一年度)[^，。；,;]{0,10}$")


def _prior_record(text: str, ev: Event, pairs: tuple[tuple[str, str], ...], metric: str | None) -> PredEvent | None:
    """The year-earlier figure of ``ev`` written after it with its own period (…,上年同期净亏损为X) as a record of its own."""
    prev, value = ev.arg_spans.get("previous_value"), ev.arg_spans.get("value")
    if not prev or not value or prev[0].start < value[0].end:
        return None
    span = prev[0]
    m = _PRIOR_PERIOD.search(text, max(value[0].end, span.start - 24), span.start)
    if m is None:
        return None
    own = tuple((r, a) for r, a in pairs if r in ("org", "disclosed"))
    return PredEvent(ev.type, (*own, ("value", text[span.start : span.end]), ("period", m.group(1))), metric)


_ORG_ROLES = {"org", "acquirer", "target", "seller", "investor", "from_org"}
_STOCK_CODE = re.compile(r"\s*[（(][^（()）]{0,12}\d{4,6}[^（()）]{0,10}[）)]")


_CLOCKS = re.compile(r"(?:北京时间|美国当地时间|当地时间|美国时间|美东时间|伦敦时间)\s*$")


def _with_clock(text: str, surface: str) -> str:
    """A date as written with the clock it is given in right before it (北京时间3月16日)."""
    i = text.find(surface)
    m = _CLOCKS.search(text, max(0, i - 8), i) if i > 0 else None
    return text[m.start() : i] + surface if m else surface


def _with_code(text: str, surface: str, value: Any) -> str:
    """An organisation as written with the stock code in brackets right after its name (星河电子(600123))."""
    items = value if isinstance(value, list) else [value]
    if not surface or not any(isinstance(v, dict) for v in items):
        return surface
    i = text.find(surface)
    m = _STOCK_CODE.match(text, i + len(surface)) if i >= 0 else None
    return surface + m.group(0) if m else surface


def _person_phrases(arg_spans: dict[str, list[Span]], text: str, org_role: str = "org") -> dict[str, list[Span]]:
    """DuEE's 加盟者/离职者 is the whole noun phrase naming the person: our person with the job title written
    right before it (证券事务代表王芳东) and the organisation right before that (东材科技董事长于少波: the one
    left, or a hire's former club), or the
    title alone when the person is not named (机长辞职)."""
    titles = arg_spans.get("role", [])
    people = arg_spans.get("person", []) or list(titles)
    if not people:
        return arg_spans
    out = []
    for p in people:
        start = p.start
        for pre in (titles, arg_spans.get(org_role, [])):
            t = next((t for t in pre if t.end <= start and t.start < start and not text[t.end : start].strip()), None)
            if t is not None:
                start = t.start
        out.append(Span(start, p.end))
    return {**arg_spans, "person": out}


def _brand_not_launcher(arg_spans: dict[str, list[Span]]) -> dict[str, list[Span]]:
    """华为Mate30将于十月推出: DuEE 1.0 names no 发布方 when the launcher is written only as the brand inside the
    product's name (our organisation is right, the convention differs), so such an organisation is not scored."""
    products, orgs = arg_spans.get("product", []), arg_spans.get("org", [])
    kept = [o for o in orgs if not any(p.start <= o.start and o.end <= p.end for p in products)]
    if len(kept) == len(orgs):
        return arg_spans
    out = {**arg_spans, "org": kept}
    return out if kept else {r: v for r, v in out.items() if r != "org"}


def _stake_owner(arg_spans: dict[str, list[Span]]) -> dict[str, list[Span]]:
    """收购湖北某电机70%股权: when shares of a company are bought, DuEE's 交易物 is the stake and its 出售方 the
    company whose shares they are (our target, with the stake as its asset)."""
    assets, targets = arg_spans.get("asset", []), arg_spans.get("target", [])
    if not assets or not targets:
        return arg_spans
    return {**arg_spans, "target": list(assets), "seller": [*arg_spans.get("seller", []), *targets]}


def _written(text: str, ev: Any, role: str, index: int, span: Span, phrased: bool) -> str:
    """One argument as written: a person read as its whole noun phrase by its span, any other by ``_surface``."""
    if phrased and role == "person":
        return text[span.start : span.end]
    return _surface(text, ev.args.get(role), index, span)


def _surface(text: str, value: Any, index: int, span: Span) -> str:
    """How an argument is written: an entity by the name it resolved to when the page writes that name (the full
    registered name a short name was declared for, the company 该公司 refers to), else the words of its span."""
    items = value if isinstance(value, list) else [value]
    item = items[index] if index < len(items) else None
    name = item.get("name") if isinstance(item, dict) else None
    if isinstance(name, str) and name and name in text:
        return name
    return text[span.start : span.end]


def read_jsonl(path: Path, limit: int | None = None) -> list[dict[str, Any]]:
    """The first ``limit`` (all when None) JSON objects of a JSON Lines file."""
    rows: list[dict[str, Any]] = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if limit is not None and len(rows) >= limit:
                break
            if line.strip():
                rows.append(json.loads(line))
    return rows


def report(counts: dict[str, Counts]) -> dict[str, dict[str, float | int]]:
    """JSON-ready scores per type: counts plus trigger and argument P/R/F1."""
    out: dict[str, dict[str, float | int]] = {}
    for t, c in counts.items():
        tp, tr, tf = prf(c.tp_ev, c.pred_ev, c.gold_ev)
        ap, ar, af = prf(c.arg_score, c.pred_args, c.gold_args)
        _, mr, mf = prf(c.arg_score, c.pred_args, c.gold_args - c.gold_unmappable)
        out[t] = {
            "gold_events": c.gold_ev, "pred_events": c.pred_ev, "trigger_tp": c.tp_ev,
            "trigger_p": round(tp, 4), "trigger_r": round(tr, 4), "trigger_f1": round(tf, 4),
            "gold_args": c.gold_args, "gold_args_unmappable": c.gold_unmappable, "pred_args": c.pred_args,
            "arg_score": round(c.arg_score, 3), "arg_p": round(ap, 4), "arg_r": round(ar, 4), "arg_f1": round(af, 4),
            "arg_r_mapped_roles": round(mr, 4), "arg_f1_mapped_roles": round(mf, 4),
        }  # fmt: skip
    return out


def format_table(scores: dict[str, dict[str, float | int]]) -> str:
    """The per-type score table as aligned text."""
    duee_name = {ours: duee for duee, (ours, _) in TYPE_MAP.items()}
    head = f"{text_width('type', 34)} {'gold':>4} {'pred':>4} {'tP':>5} {'tR':>5} {'tF1':>5} | {'gArg':>4} {'pArg':>4} {'score':>6} {'aP':>5} {'aR':>5} {'aF1':>5}"
    lines = [head, "-" * len(head)]
    for t, s in scores.items():
        label = f"{duee_name[t]}→{t}" if t in duee_name else "overall (7 types)"
        if t == "overall":
            lines.append("-" * len(head))
        lines.append(
            f"{text_width(label, 34)} {s['gold_events']:>4} {s['pred_events']:>4} {s['trigger_p']:>5.3f} {s['trigger_r']:>5.3f} {s['trigger_f1']:>5.3f} | "
            f"{s['gold_args']:>4} {s['pred_args']:>4} {s['arg_score']:>6.1f} {s['arg_p']:>5.3f} {s['arg_r']:>5.3f} {s['arg_f1']:>5.3f}"
        )
    return "\n".join(lines)


def bench_args(
    argv: list[str] | None, doc: str | None, default: Path, what: str, parts: Sequence[str] = ()
) -> argparse.Namespace:
    """The benchmarks' shared command line: --data, --limit, --errors N, --json (and --part when ``parts``)."""
    ap = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=default, help=f"{what} JSON Lines file (default: {default.name})")
    ap.add_argument("--limit", type=int, default=None, help="score only the first N records")
    if parts:
        ap.add_argument("--part", choices=parts, default=parts[0], help="which part of the records to score")
    ap.add_argument("--errors", type=int, default=0, metavar="N", help="print N sample misses per type and kind")
    ap.add_argument("--json", action="store_true", help="print the scores as JSON")
    return ap.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    ns = bench_args(argv, __doc__, DEFAULT_DATA, "DuEE 1.0")
    if not ns.data.is_file():
        print(f"duee: error: {ns.data}: no such file", file=sys.stderr)
        return 2
    records = read_jsonl(ns.data, ns.limit)
    t0 = time.perf_counter()
    extractor = Extractor()
    startup = time.perf_counter() - t0
    t1 = time.perf_counter()
    predictions = {r["id"]: predict(extractor, r["id"], r["text"], "duee", published=PUBLISHED, stake_owner=True, duee_surfaces=True) for r in records}
    elapsed = time.perf_counter() - t1
    counts, misses = evaluate(records, predictions)
    scores = report(counts)
    rate = len(records) / elapsed if elapsed else 0.0
    ov = scores["overall"]
    if ns.json:
        out = {"data": str(ns.data), "sentences": len(records), "seconds": round(elapsed, 2),
               "sentences_per_s": round(rate, 1), "anchor": ANCHOR, "scores": scores}  # fmt: skip
        print(json.dumps(out, ensure_ascii=False, indent=2))
    else:
        print(f"DuEE 1.0: {ns.data.name}, {len(records)} sentences, 7 mapped types (other gold types ignored)")
        print("gold/pred: (sentence, type) pairs; tP/tR/tF1: trigger/type identification over those pairs")
        print("gArg/pArg: distinct gold/predicted arguments; score: their summed char-level F1; aP/aR/aF1: official argument score")
        print(format_table(scores))
        print(f"argument F1 {ov['arg_f1']:.3f}  vs  {ANCHOR}")
        if ov["gold_args_unmappable"]:
            print(
                f"gold roles without a counterpart of ours: {ov['gold_args_unmappable']} arguments counted as unpredictable; "
                f"without them R {ov['arg_r_mapped_roles']:.3f}, F1 {ov['arg_f1_mapped_roles']:.3f}"
            )
        print(f"throughput: {rate:.1f} sentences/s ({elapsed:.1f} s extraction, {startup:.2f} s start-up)")
    if ns.errors:
        print_misses(misses, ns.errors, sys.stderr if ns.json else sys.stdout)
    return 0


def print_misses(misses: dict[str, Misses], n: int, out: Any) -> None:
    """Print up to ``n`` sample errors of each kind for every type."""
    for t, m in misses.items():
        print(f"\n== {t}", file=out)
        for kind in ("missed_events", "spurious_events", "missed_args", "wrong_args"):
            items: list[str] = getattr(m, kind)
            print(f"  -- {kind.replace('_', ' ')} ({len(items)})", file=out)
            for line in items[:n]:
                print(f"     {line}", file=out)


if __name__ == "__main__":
    sys.exit(main())
