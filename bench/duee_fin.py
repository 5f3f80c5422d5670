"""Measure the extractor on DuEE-Fin (Baidu, LIC2021), document level, on the types we share with it.

    python bench/duee_fin.py [--data PATH] [--limit N] [--part all|study|heldout] [--errors N] [--json]

Five DuEE-Fin types map to ours (see ``TYPE_MAP``; 高管变动 becomes hire or departure by its
变动类型, or its trigger when that is missing; 亏损 becomes financial_metric with metric net_loss).
Gold events of the other 8 types, our events of other types (and financial_metric events of
other metrics) and our roles without a DuEE-Fin counterpart are ignored. The document text is
``title + "\\n" + text``; documents without ``event_list`` are negatives, so every event we find
there is a false positive.

Official metric: per document, each gold event in turn is matched greedily, without
replacement, to the still unmatched predicted event of the same type sharing the most (role,
argument) pairs; P/R/F1 are then computed over exact (type, role, argument) triples, arguments
compared as strings with spaces removed (a round's trailing 轮 too: gold writes D for D轮); an entity is
written by the name it resolved to when the page writes that name (the full registered name a short name was
declared for, the company 该公司 refers to), else by its own words; a date with the clock written right before
it (北京时间8日, 当地时间9月5日), as DuEE-Fin writes it; the ipo
stage is compared by value (preparing/filed/approved → 筹备上市, listed → 正式上市, ...). A hire's
post maps to 变动后职位 (DuEE-Fin's 高管职位 is then the post held before, which we do not model);
a departure's later post and org map to 变动后职位 and 变动后公司名称. Gold arguments of roles we
have no counterpart for stay in the gold count as arguments we cannot predict; a second score
leaves them out (mapped roles only).

There is no DuEE-Fin train file, so the dev file is split in two halves by record index:
``--part study`` scores the first half (the only half whose errors we read), ``--part heldout``
the second half (text the rules were not written against), ``--part all`` (default) the whole.
A net loss's previous value (上年同期净亏损为X) is scored as a record of its own, as DuEE-Fin annotates it.
``--limit`` applies before the split.

The data are read from ``../shared/benchmarks/duee_fin`` (never copied into the repository).
"""

from __future__ import annotations

import json
import re
import sys
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from duee import Misses, PredEvent, bench_args, predict, prf, print_misses, read_jsonl, text_width

from newsledger.extract.pipeline import Extractor

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "benchmarks" / "duee_fin" / "duee_fin_dev.json"
ANCHOR = "published anchor: DuEE-Fin F1 0.708 (NEUKG MultiIE, LIC2021 4th place, test set, all 13 types)"

EXEC = "高管变动"
_EXEC_ROLES: dict[str, str | None] = {
    "高管姓名": "person", "任职公司": "org", "高管职位": "role", "事件时间": "date",
    "变动类型": "change", "披露日期": "disclosed", "变动后职位": "new_role", "变动后公司名称": "to_org",
}  # fmt: skip
# a hire's post is the post it takes (DuEE-Fin's 变动后职位; its 高管职位 is the post held before) and its org
# the org joined; a departure's 高管职位 is the post left and its 变动后职位/变动后公司名称 where the person goes
_HIRE_ROLES: dict[str, str | None] = {**_EXEC_ROLES, "高管职位": None, "变动后职位": "role", "变动后公司名称": "org"}
# DuEE-Fin type -> (our type, {DuEE-Fin role: our role, or None when we have no counterpart}); 高管变动 apart
TYPE_MAP: dict[str, tuple[str, dict[str, str | None]]] = {
    "企业融资": ("investment", {"被投资方": "target", "投资方": "investor", "领投方": "investor", "融资金额": "amount",
                            "融资轮次": "round", "事件时间": "date", "披露时间": "disclosed"}),
    "企业收购": ("acquisition", {"收购方": "acquirer", "被收购方": "target", "交易金额": "price", "收购完成时间": "date",
                             "收购标的": "asset", "披露时间": "disclosed"}),
    "公司上市": ("ipo", {"上市公司": "org", "募资金额": "amount", "市值": "valuation", "事件时间": "date",
                     "证券代码": "code", "发行价格": "price", "环节": "stage", "披露时间": "disclosed"}),
    "亏损": ("financial_metric", {"公司名称": "org", "净亏损": "value", "财报周期": "period",
                                "披露时间": "disclosed", "亏损变化": "change"}),
}  # fmt: skip
OUR_TYPES = ["investment", "acquisition", "ipo", "hire", "departure", "financial_metric"]
LOSS_METRIC = "net_loss"
# our type -> the roles of ours that DuEE-Fin annotates (predictions of other roles are not scored)
SCORED_ROLES: dict[str, set[str]] = {ours: {r for r in roles.values() if r} for ours, roles in TYPE_MAP.values()}
SCORED_ROLES["hire"] = {r for r in _HIRE_ROLES.values() if r}
SCORED_ROLES["departure"] = {r for r in _EXEC_ROLES.values() if r}
# our ipo stage values -> DuEE-Fin's 环节 labels (the stage is compared by value, not by the words it was read from)
STAGE_LABEL = {"preparing": "筹备上市", "filed": "筹备上市", "approved": "筹备上市", "listed": "正式上市",
               "suspended": "暂停上市", "terminated": "终止上市"}  # fmt: skip
LABEL = {"investment": "企业融资", "acquisition": "企业收购", "ipo": "公司上市", "hire": "高管变动(任)",
         "departure": "高管变动(离)", "financial_metric": "亏损"}  # fmt: skip

# 变动类型 values: 退休/辞职/辞任/辞去/不再担任/离职/退出/卸任/离任/免去/离世/去世 leave; 聘任/委任/担任/接任/... join
_LEAVE = re.compile(r"退|辞|卸|离|免|去世|不再|解聘|罢")


def change_kind(word: str) -> str:
    """hire or departure for a 高管变动 change word (变动类型 or trigger): 辞职/离任/退休… leave, 聘任/接任… join."""
    return "departure" if _LEAVE.search(word) else "hire"


@dataclass(frozen=True, slots=True)
class GoldEvent:
    """One gold event mapped to our type: its (our role or None, DuEE-Fin role, argument) triples."""

    type: str
    args: tuple[tuple[str | None, str, str], ...]

    @property
    def mapped(self) -> Counter[tuple[str, str]]:
        """The (our role, argument) pairs a prediction can match, as a multiset."""
        return Counter((r, a) for r, _, a in self.args if r is not None)


@dataclass(slots=True)
class Counts:
    """Running totals for one type (or overall)."""

    gold_ev: int = 0
    pred_ev: int = 0
    matched_ev: int = 0
    gold_args: int = 0
    gold_mapped: int = 0
    pred_args: int = 0
    tp: int = 0
    neg_pred_ev: int = 0

    def add(self, other: Counts) -> None:
        """Add another type's totals to these."""
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))


def norm_arg(text: str, role: str | None = None) -> str:
    """An argument as the official metric compares it: every space removed (and a round's 轮: D轮 is gold's D)."""
    out = "".join(text.split())
    return out.removesuffix("轮") if role == "round" else out


def gold_events(record: dict[str, Any]) -> list[GoldEvent]:
    """The gold events of one DuEE-Fin record whose type maps to ours, arguments space-stripped."""
    out: list[GoldEvent] = []
    for ev in record.get("event_list") or []:
        etype = ev["event_type"]
        if etype == EXEC:
            kinds = [a["argument"] for a in ev.get("arguments", []) if a["role"] == "变动类型"]
            ours = change_kind(kinds[0] if kinds else ev.get("trigger", ""))
            roles = _HIRE_ROLES if ours == "hire" else _EXEC_ROLES
        elif etype in TYPE_MAP:
            ours, roles = TYPE_MAP[etype]
        else:
            continue
        args = tuple((roles.get(a["role"]), a["role"], norm_arg(a["argument"], roles.get(a["role"]))) for a in ev.get("arguments", []))
        out.append(GoldEvent(ours, args))
    return out


def scored_pairs(ev: PredEvent) -> Counter[tuple[str, str]]:
    """The distinct scored (role, argument) pairs of a predicted event (empty when its type is not scored)."""
    keep = SCORED_ROLES.get(ev.type)
    if keep is None or (ev.type == "financial_metric" and ev.metric != LOSS_METRIC):
        return Counter()
    return Counter({(r, norm_arg(a, r)): 1 for r, a in ev.args if r in keep and norm_arg(a, r)})


def announced_dates_apart(ev: PredEvent) -> PredEvent:
    """DuEE-Fin writes the date of an announcement as 披露时间 only: our date read from the same words as the
    disclosure (9月10日宣布完成融资) is not also scored as the event's time."""
    disclosed = {a for r, a in ev.args if r == "disclosed"}
    if not disclosed:
        return ev
    return PredEvent(ev.type, tuple((r, a) for r, a in ev.args if not (r == "date" and a in disclosed)), ev.metric)


def is_scored(ev: PredEvent) -> bool:
    """True when the predicted event is of a mapped type (financial_metric only for net loss)."""
    return ev.type in SCORED_ROLES and (ev.type != "financial_metric" or ev.metric == LOSS_METRIC)


def match_document(gold: Sequence[GoldEvent], pred: Sequence[PredEvent]) -> list[tuple[int, int | None, int]]:
    """Greedy official matching: for each gold event in order, (gold index, predicted index or None, correct pairs)."""
    used: set[int] = set()
    pairs = [scored_pairs(p) for p in pred]
    out: list[tuple[int, int | None, int]] = []
    for gi, g in enumerate(gold):
        want = g.mapped
        best, best_n = None, 0
        for pi, p in enumerate(pred):
            if pi in used or p.type != g.type:
                continue
            n = sum((want & pairs[pi]).values())
            if n > best_n:
                best, best_n = pi, n
        if best is not None:
            used.add(best)
        out.append((gi, best, best_n))
    return out


def score_document(gold: Sequence[GoldEvent], pred: Sequence[PredEvent], counts: dict[str, Counts]) -> None:
    """Add one document's gold, predicted and correct argument counts to ``counts`` (per our type)."""
    pred = [p for p in pred if is_scored(p)]
    for g in gold:
        c = counts[g.type]
        c.gold_ev += 1
        c.gold_args += len(g.args)
        c.gold_mapped += sum(g.mapped.values())
    for p in pred:
        counts[p.type].pred_ev += 1
        counts[p.type].pred_args += sum(scored_pairs(p).values())
    for gi, pi, n in match_document(gold, pred):
        if pi is not None:
            counts[gold[gi].type].matched_ev += 1
            counts[gold[gi].type].tp += n


def evaluate(records: Sequence[dict[str, Any]], predictions: dict[str, list[PredEvent]]) -> tuple[dict[str, Counts], dict[str, Misses]]:
    """Per-type counts (keyed by our type, plus ``overall``) and sample misses for DuEE-Fin records."""
    counts = {t: Counts() for t in OUR_TYPES}
    misses = {t: Misses() for t in OUR_TYPES}
    for rec in records:
        gold = gold_events(rec)
        pred = [p for p in predictions.get(rec["id"], []) if is_scored(p)]
        score_document(gold, pred, counts)
        if "event_list" not in rec:
            for p in pred:
                counts[p.type].neg_pred_ev += 1
        _collect_misses(rec, gold, pred, misses)
    overall = Counts()
    for c in counts.values():
        overall.add(c)
    counts["overall"] = overall
    return counts, misses


def _collect_misses(rec: dict[str, Any], gold: list[GoldEvent], pred: list[PredEvent], misses: dict[str, Misses]) -> None:
    title = rec.get("title", "")
    matching = match_document(gold, pred)
    matched = {pi for _, pi, _ in matching if pi is not None}
    for gi, pi, _ in matching:
        g = gold[gi]
        gold_txt = ", ".join(f"{role}={a}" for _, role, a in g.args)
        if pi is None:
            misses[g.type].missed_events.append(f"[{rec['id'][:8]}] {title}  | gold: {gold_txt}")
            continue
        got = scored_pairs(pred[pi])
        for r, role, a in g.args:
            if r is not None and (r, a) not in got:
                ours = sorted(x for rr, x in got if rr == r)
                misses[g.type].missed_args.append(f"[{rec['id'][:8]}] {role}→{r}={a!r}  ours: {ours}  | {title}")
        want = g.mapped
        for r, a in got:
            if (r, a) not in want:
                misses[g.type].wrong_args.append(f"[{rec['id'][:8]}] {r}={a!r}  | gold: {gold_txt}  | {title}")
    for pi, p in enumerate(pred):
        if pi not in matched:
            args = ", ".join(f"{r}={a}" for r, a in scored_pairs(p)) or "(no scored arguments)"
            neg = " (negative doc)" if "event_list" not in rec else ""
            misses[p.type].spurious_events.append(f"[{rec['id'][:8]}]{neg} {title}  | ours: {args}")


def report(counts: dict[str, Counts]) -> dict[str, dict[str, float | int]]:
    """JSON-ready scores per type: counts plus P/R/F1 over all gold roles and over mapped roles only."""
    out: dict[str, dict[str, float | int]] = {}
    for t, c in counts.items():
        p, r, f = prf(c.tp, c.pred_args, c.gold_args)
        _, mr, mf = prf(c.tp, c.pred_args, c.gold_mapped)
        out[t] = {
            "gold_events": c.gold_ev, "pred_events": c.pred_ev, "matched_events": c.matched_ev,
            "pred_events_in_negative_docs": c.neg_pred_ev,
            "gold_args": c.gold_args, "gold_args_mapped": c.gold_mapped, "pred_args": c.pred_args, "correct": c.tp,
            "p": round(p, 4), "r": round(r, 4), "f1": round(f, 4),
            "r_mapped_roles": round(mr, 4), "f1_mapped_roles": round(mf, 4),
        }  # fmt: skip
    return out


def format_table(scores: dict[str, dict[str, float | int]]) -> str:
    """The per-type score table as aligned text."""
    head = (
        f"{text_width('type', 30)} {'gEv':>4} {'pEv':>4} {'mEv':>4} | {'gArg':>4} {'gMap':>4} {'pArg':>4} {'ok':>4} "
        f"{'P':>5} {'R':>5} {'F1':>5} | {'R*':>5} {'F1*':>5}"
    )
    lines = [head, "-" * len(head)]
    for t, s in scores.items():
        if t == "overall":
            lines.append("-" * len(head))
        label = f"{LABEL[t]}→{t}" if t in LABEL else "overall (5 types)"
        lines.append(
            f"{text_width(label, 30)} {s['gold_events']:>4} {s['pred_events']:>4} {s['matched_events']:>4} | "
            f"{s['gold_args']:>4} {s['gold_args_mapped']:>4} {s['pred_args']:>4} {s['correct']:>4} "
            f"{s['p']:>5.3f} {s['r']:>5.3f} {s['f1']:>5.3f} | {s['r_mapped_roles']:>5.3f} {s['f1_mapped_roles']:>5.3f}"
        )
    return "\n".join(lines)


PARTS = ("all", "study", "heldout")


def select_part(records: Sequence[dict[str, Any]], part: str) -> list[dict[str, Any]]:
    """The records of one part: ``study`` the first half by index, ``heldout`` the second, ``all`` every one."""
    half = (len(records) + 1) // 2
    if part == "study":
        return list(records[:half])
    if part == "heldout":
        return list(records[half:])
    return list(records)


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    ns = bench_args(argv, __doc__, DEFAULT_DATA, "DuEE-Fin", PARTS)
    if not ns.data.is_file():
        print(f"duee_fin: error: {ns.data}: no such file", file=sys.stderr)
        return 2
    records = select_part(read_jsonl(ns.data, ns.limit), ns.part)
    t0 = time.perf_counter()
    extractor = Extractor()
    startup = time.perf_counter() - t0
    t1 = time.perf_counter()
    predictions: dict[str, list[PredEvent]] = {}
    chars = 0
    for r in records:
        text = f"{r.get('title', '')}\n{r['text']}"
        chars += len(text)
        preds = predict(
            extractor, r["id"], text, "duee_fin", title=r.get("title"), by_value={"stage": STAGE_LABEL}, person_phrases=False,
            clock_roles=("date", "disclosed"), prior_figures=True,
        )
        predictions[r["id"]] = [announced_dates_apart(p) for p in preds]
    elapsed = time.perf_counter() - t1
    counts, misses = evaluate(records, predictions)
    scores = report(counts)
    rate = len(records) / elapsed if elapsed else 0.0
    negatives = sum(1 for r in records if "event_list" not in r)
    ov = scores["overall"]
    if ns.json:
        out = {"data": str(ns.data), "part": ns.part, "documents": len(records), "negative_documents": negatives,
               "seconds": round(elapsed, 2), "documents_per_s": round(rate, 1), "anchor": ANCHOR, "scores": scores}  # fmt: skip
        print(json.dumps(out, ensure_ascii=False, indent=2))
    else:
        print(f"DuEE-Fin: {ns.data.name} ({ns.part}), {len(records)} documents ({negatives} negative), 5 mapped types (other gold types ignored)")
        print("gEv/pEv/mEv: gold, predicted, matched events; gArg: all gold arguments, gMap: those of mapped roles; ok: correct")
        print("P/R/F1: official exact-match score, unmapped gold roles counted as gold we cannot predict; R*/F1*: mapped roles only")
        print(format_table(scores))
        print(f"F1 {ov['f1']:.3f} (mapped roles only {ov['f1_mapped_roles']:.3f})  vs  {ANCHOR}")
        print(
            f"unmapped gold roles (a hire's 高管职位, the post held before): "
            f"{ov['gold_args'] - ov['gold_args_mapped']} of {ov['gold_args']} gold arguments"
        )
        print(f"events we found in negative documents: {ov['pred_events_in_negative_docs']}")
        print(f"throughput: {rate:.1f} documents/s, {chars / elapsed if elapsed else 0:,.0f} chars/s ({elapsed:.1f} s extraction, {startup:.2f} s start-up)")
    if ns.errors:
        print_misses(misses, ns.errors, sys.stderr if ns.json else sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
