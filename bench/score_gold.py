"""Score predicted events against a gold file: event- and argument-level precision, recall and F1.

    python bench/score_gold.py PRED.jsonl GOLD.jsonl [--split dev|test|holdout] [--by-type] [--misses] [--json]

PRED is the output of ``newsledger extract`` (one JSON object per document); GOLD has one line
per document with ``events: [{type, args, evidence (text), modality}]``. Events match by type and
evidence overlap (one to one, largest overlap first); argument values compare normalized: names by
knowledge-base alias, amounts within 1 %, counts and shares numerically, dates by prefix, other
text by containment after script normalization.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

from newsledger.resolve.kb import alias_key
from newsledger.resolve.kb import load as load_kb

_MAGNITUDE = {"hundreds": 1e2, "thousands": 1e3, "tens of thousands": 1e4, "hundreds of thousands": 1e5,
              "millions": 1e6, "tens of millions": 1e7, "hundreds of millions": 1e8, "billions": 1e9}
_STRIP = re.compile(r"[\s,.;:!?、()\[\]「」『』《》\"“”'‘’()·・-]")


def _read_jsonl(path: str) -> list[dict[str, Any]]:
    text = Path(path).read_text(encoding="utf-8").strip()
    if text.startswith("["):
        return list(json.loads(text))
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def _entity_key(v: Any) -> str:
    name = v.get("name") if isinstance(v, dict) else v
    if isinstance(v, dict) and v.get("id") and not str(v["id"]).startswith("new:"):
        return str(v["id"])
    kb = load_kb()
    rid = kb.resolve_id(str(name))
    return rid or alias_key(str(name))


def _num(v: Any) -> float | None:
    if isinstance(v, bool):
        return None
    if isinstance(v, (int, float)):
        return float(v)
    if isinstance(v, dict):
        a = v.get("amount", v.get("value"))
        return float(a) if isinstance(a, (int, float)) else None
    if isinstance(v, str):
        s = v.strip().lower()
        if s in _MAGNITUDE:
            return _MAGNITUDE[s]
        m = re.fullmatch(r"([\d.]+)\s*([a-z]*)", s)
        if m:
            try:
                return float(m.group(1))
            except ValueError:
                return None
    return None


def _text_key(v: Any) -> str:
    return _STRIP.sub("", alias_key(str(v)))


def _acc(v: float | None) -> str:
    return "n/a" if v is None else f"{v:.3f}"


def _is_entity(v: Any) -> bool:
    return isinstance(v, dict) and "name" in v


def values_match(role: str, gold: Any, pred: Any) -> bool:
    """True when a predicted argument value matches the gold one."""
    if isinstance(gold, list) or isinstance(pred, list):
        g = gold if isinstance(gold, list) else [gold]
        p = pred if isinstance(pred, list) else [pred]
        return {_entity_key(x) for x in g} == {_entity_key(x) for x in p}
    if role in ("date", "period") or (isinstance(gold, str) and re.fullmatch(r"\d{4}(-\d\d){0,2}", gold or "")):
        gs, ps = str(gold), str(pred)
        return bool(gs) and bool(ps) and (gs.startswith(ps) or ps.startswith(gs))
    if isinstance(gold, dict) and "amount" in gold:
        if not isinstance(pred, dict) or pred.get("amount") is None:
            return False
        if gold.get("currency") and pred.get("currency") and gold["currency"] != pred["currency"]:
            return False
        a, b = float(gold["amount"]), float(pred["amount"])
        return abs(a - b) <= 0.01 * max(abs(a), abs(b))
    if isinstance(gold, (int, float)) and not isinstance(gold, bool):
        pn = _num(pred)
        if pn is None:
            return False
        b = pn
        tol = 0.005 if abs(gold) <= 1 else 0.01 * abs(gold)
        return abs(float(gold) - b) <= tol
    if isinstance(gold, str) and (_is_entity(pred) or role in _ENTITY_ROLES):
        return _entity_key(gold) == _entity_key(pred)
    gn, pn = _num(gold), _num(pred)
    if gn is not None and pn is not None:
        return abs(gn - pn) <= 0.01 * max(abs(gn), 1)
    gk, pk = _text_key(gold), _text_key(pred)
    return bool(gk) and bool(pk) and (gk in pk or pk in gk)


_ENTITY_ROLES = {"investor", "target", "person", "org", "from_org", "to_org", "buyer", "supplier", "acquirer",
                 "partner", "exchange"}


def _spans(text: str | None, needle: str) -> list[tuple[int, int]]:
    if not text or not needle:
        return []
    out, i = [], text.find(needle)
    while i >= 0:
        out.append((i, i + len(needle)))
        i = text.find(needle, i + 1)
    return out


def _overlap(page: str | None, gold_ev: dict[str, Any], pred_ev: dict[str, Any]) -> int:
    ev = pred_ev.get("evidence") or {}
    ps, pe = ev.get("start"), ev.get("end")
    golds = [gold_ev.get("evidence", ""), *list(gold_ev.get("evidence_more", []))]
    best = 0
    for g in golds:
        spans = _spans(page, g)
        if spans and ps is not None and pe is not None:
            for gs, ge in spans:
                best = max(best, min(ge, pe) - max(gs, ps))
        else:
            ptext = ev.get("text", "")
            best = max(best, _common(g, ptext))
    return best


def _common(a: str, b: str) -> int:
    """Length of the longest common substring (small strings)."""
    best = 0
    for i in range(len(a)):
        for j in range(i + best + 1, len(a) + 1):
            if a[i:j] in b:
                best = j - i
            else:
                break
    return best


def _page_text(pred_doc: dict[str, Any], pages: Path | None) -> str | None:
    for cand in ([pages / f"{pred_doc['id']}.txt"] if pages else []) + [Path(str(pred_doc.get("source", "")))]:
        try:
            if cand.is_file():
                from newsledger.ingest import read_path

                docs = read_path(cand)
                if docs:
                    return docs[0].text
        except Exception:
            continue
    return None


# roles added to the schema after our gold was annotated: the gold says nothing about them, so predicting
# them is neither right nor wrong (drop a pair from here once the gold annotates it)
NOT_ANNOTATED = {("investment", "disclosed"), ("acquisition", "disclosed"), ("acquisition", "asset"),
                 ("hire", "change"), ("hire", "disclosed"), ("departure", "change"), ("departure", "new_role"),
                 ("departure", "disclosed"), ("financial_metric", "change"), ("financial_metric", "disclosed"),
                 ("ipo", "price"), ("ipo", "code"), ("ipo", "stage"), ("ipo", "disclosed")}  # fmt: skip


def _scored_roles(ev: dict[str, Any]) -> list[str]:
    """The predicted roles of an event that the gold annotates."""
    return [r for r in ev["args"] if not r.startswith("_") and (ev["type"], r) not in NOT_ANNOTATED]


def score(preds: list[dict[str, Any]], golds: list[dict[str, Any]], pages: Path | None = None) -> dict[str, Any]:
    """Counts and P/R/F1 per language and overall."""
    by_id = {p["id"]: p for p in preds}
    tallies: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    types: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))  # per event type, all languages
    misses: list[str] = []
    ranked: list[tuple[float, bool]] = []  # (confidence, matched) of every predicted body event
    ranked_args: list[tuple[float, bool]] = []  # (confidence, correct) of every predicted argument
    for g in golds:
        lang = g.get("lang") or "all"
        p = by_id.get(g["id"], {"events": []})
        page = _page_text(p, pages) if p.get("events") else None
        gevs = g.get("events", [])
        pevs = [e for e in p.get("events", []) if e.get("source", "body") == "body"]
        pairs = []
        for gi, ge in enumerate(gevs):
            for pi, pe in enumerate(pevs):
                if ge["type"] == pe["type"]:
                    ov = _overlap(page, ge, pe)
                    if ov > 0:
                        pairs.append((ov, gi, pi))
        pairs.sort(reverse=True)
        used_g: set[int] = set()
        used_p: set[int] = set()
        matched = []
        for _ov, gi, pi in pairs:
            if gi not in used_g and pi not in used_p:
                used_g.add(gi)
                used_p.add(pi)
                matched.append((gevs[gi], pevs[pi]))
        matched_ids = {id(pe) for _ge, pe in matched}
        ranked += [(float(pe.get("confidence") or 0.0), id(pe) in matched_ids) for pe in pevs]
        gold_of = {id(pe): ge for ge, pe in matched}
        for pe in pevs:  # every predicted argument: its confidence and whether the gold has it
            ge = gold_of.get(id(pe))
            for role in _scored_roles(pe):
                conf = float((pe.get("arg_confidence") or {}).get(role, pe.get("confidence") or 0.0))
                ok = ge is not None and role in ge["args"] and values_match(role, ge["args"][role], pe["args"][role])
                ranked_args.append((conf, ok))
        for ge in gevs:
            t = types[ge["type"]]
            t["gold_events"] += 1
            t["gold_args"] += len(ge["args"])
        for pe in pevs:
            t = types[pe["type"]]
            t["pred_events"] += 1
            t["pred_args"] += len(_scored_roles(pe))
        for ge, pe in matched:
            t = types[ge["type"]]
            t["matched_events"] += 1
            t["matched_args"] += sum(1 for role, gv in ge["args"].items() if role in pe["args"] and values_match(role, gv, pe["args"][role]))
        for key in {lang, "all"}:
            t = tallies[key]
            t["gold_events"] += len(gevs)
            t["pred_events"] += len(pevs)
            t["matched_events"] += len(matched)
            t["gold_args"] += sum(len(e["args"]) for e in gevs)
            t["pred_args"] += sum(len(_scored_roles(e)) for e in pevs)
            for ge, pe in matched:
                t["modality_ok"] += ge.get("modality") == pe.get("modality")
                if ge.get("attribution"):
                    t["attributed"] += 1
                    pa = (pe.get("attribution") or "").strip("《》")
                    ga = ge["attribution"].strip("《》")
                    ok = bool(pa) and (_entity_key(ga) == _entity_key(pa) or values_match("attribution", ga, pa))
                    t["attribution_ok"] += ok
                    if key == "all" and not ok:
                        misses.append(f"{g['id']} {ge['type']}.ATTRIBUTION: gold={ge['attribution']} pred={pe.get('attribution')} | {ge.get('evidence', '')[:50]}")
                if key == "all" and ge.get("modality") != pe.get("modality"):
                    misses.append(f"{g['id']} {ge['type']}.MODALITY: gold={ge.get('modality')} pred={pe.get('modality')} | {ge.get('evidence', '')[:60]}")
                for role, gv in ge["args"].items():
                    if role in pe["args"] and values_match(role, gv, pe["args"][role]):
                        t["matched_args"] += 1
                    elif key == "all":
                        misses.append(f"{g['id']} {ge['type']}.{role}: gold={gv!r} pred={pe['args'].get(role)!r}")
        for gi, ge in enumerate(gevs):
            if gi not in used_g:
                misses.append(f"{g['id']} MISSED {ge['type']}: {ge['evidence'][:50]}")
        for pi, pe in enumerate(pevs):
            if pi not in used_p:
                misses.append(f"{g['id']} EXTRA {pe['type']}: {pe['evidence']['text'][:50]}")
    result: dict[str, Any] = {}
    for key, t in tallies.items():
        result[key] = {
            "events": _prf(t["matched_events"], t["pred_events"], t["gold_events"]),
            "args": _prf(t["matched_args"], t["pred_args"], t["gold_args"]),
            "modality_acc": round(t["modality_ok"] / t["matched_events"], 3) if t["matched_events"] else 0.0,
            "attribution_acc": round(t["attribution_ok"] / t["attributed"], 3) if t["attributed"] else None,
            "docs": None,
        }
    result["_types"] = {
        name: {"events": _prf(t["matched_events"], t["pred_events"], t["gold_events"]), "args": _prf(t["matched_args"], t["pred_args"], t["gold_args"])}
        for name, t in sorted(types.items())
    }
    result["_misses"] = misses
    gold_total = tallies["all"]["gold_events"] if "all" in tallies else 0
    result["_cutoffs"] = [
        {"cutoff": c, "kept": len(kept), "p": round(sum(m for _, m in kept) / len(kept), 3) if kept else 0.0,
         "r": round(sum(m for _, m in kept) / gold_total, 3) if gold_total else 0.0}
        for c in (0.0, 0.5, 0.6, 0.7, 0.8)
        for kept in [[x for x in ranked if x[0] >= c]]
    ]
    result["_arg_cutoffs"] = [
        {"cutoff": c, "kept": len(kept), "p": round(sum(m for _, m in kept) / len(kept), 3) if kept else 0.0}
        for c in (0.0, 0.5, 0.6, 0.7, 0.8, 0.9)
        for kept in [[x for x in ranked_args if x[0] >= c]]
    ]
    return result


def _prf(tp: float, npred: float, ngold: float) -> dict[str, float]:
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 3), "r": round(r, 3), "f1": round(f, 3), "tp": tp, "pred": npred, "gold": ngold}


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("pred")
    ap.add_argument("gold", nargs="+")
    ap.add_argument("--split", choices=["dev", "test", "holdout"], help="dev: tuned on; test: scored when reporting; holdout: a later batch scored once")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--misses", action="store_true", help="list missed, extra and mismatched items")
    ap.add_argument("--by-type", action="store_true", help="also print event and argument P/R/F1 per event type")
    ns = ap.parse_args(argv)
    golds = [g for path in ns.gold for g in _read_jsonl(path) if not ns.split or g.get("split") == ns.split]
    res = score(_read_jsonl(ns.pred), golds)
    misses = res.pop("_misses")
    cutoffs = res.pop("_cutoffs")
    arg_cutoffs = res.pop("_arg_cutoffs")
    types = res.pop("_types")
    if ns.json:
        res["by_type"] = types
        print(json.dumps(res, ensure_ascii=False, indent=2))
    else:
        print(f"{'set':10} {'event P':>8} {'R':>6} {'F1':>6} {'arg P':>8} {'R':>6} {'F1':>6} {'modality':>9} {'attrib':>7}  (gold events)")
        for key in sorted(res, key=lambda k: (k == "all", k)):
            e, a = res[key]["events"], res[key]["args"]
            print(f"{key:10} {e['p']:8.3f} {e['r']:6.3f} {e['f1']:6.3f} {a['p']:8.3f} {a['r']:6.3f} {a['f1']:6.3f} {res[key]['modality_acc']:9.3f} {_acc(res[key]['attribution_acc']):>7}  ({int(e['gold'])})")
        print("\nprecision at confidence cut-offs (events): " + "  ".join(f">={c['cutoff']:.1f}: P {c['p']:.3f} R {c['r']:.3f} ({c['kept']})" for c in cutoffs))
        print("precision at confidence cut-offs (arguments): " + "  ".join(f">={c['cutoff']:.1f}: P {c['p']:.3f} ({c['kept']})" for c in arg_cutoffs))
        if ns.by_type:
            print(f"\n{'type':18} {'event P':>8} {'R':>6} {'F1':>6} {'arg P':>8} {'R':>6} {'F1':>6}  (gold events)")
            for name, r in types.items():
                e, a = r["events"], r["args"]
                print(f"{name:18} {e['p']:8.3f} {e['r']:6.3f} {e['f1']:6.3f} {a['p']:8.3f} {a['r']:6.3f} {a['f1']:6.3f}  ({int(e['gold'])})")
    if ns.misses:
        print("\n".join(misses), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
