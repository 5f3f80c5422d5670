"""Value layer benchmark: newsledger against jionlp, cn2an and Microsoft Recognizers-Text on the labelled cases.

    python bench/values.py [--cases tests/values/cases.jsonl] [--size 1000000] [--budget 20]

Every system gets the same inputs (each case's original text and its dateline) in this one process. A labelled
expression counts as found by a system when the system returns an item of a fitting kind whose text is the
labelled text (surrounding whitespace aside) and whose normalized value is the labelled one:

- money: amount within 0.5 % and the same currency (a range also needs its upper end within 0.5 %);
- count and quantity: the same value (quantities: and unit); share: the same value and unit (percent or point);
- date and period: the same ISO value by prefix: the item's calendar interval lies inside the one the label
  names (``2025-06`` is June 2025, so "the end of June", 25-30 June, matches it; ``2025-Q3`` is July to
  September); a duration compares as its ISO 8601 duration (``P18M``); a fiscal period (``FY2026-Q2``) has no
  calendar interval, so only that notation matches it.

Accuracy is found / labelled, per kind and script; "lenient" also accepts an item that only overlaps the
labelled span. Peers are run only on the kinds they support (a dash marks the others); a peer that is not
installed is skipped with a line saying so. Throughput is measured on one text of about ``--size`` characters
made of the case sentences (4,000-character single-script documents, scripts interleaved): each system reads
documents in order until ``--budget`` seconds have passed, and newsledger is timed on the same documents.

The peers are bench-only dependencies (``pip install -e .[bench]``); jionlp is GPLv3 and is never imported by
newsledger itself.
"""

from __future__ import annotations

import argparse
import datetime as dt
import difflib
import importlib
import json
import logging
import re
import sys
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from newsledger.text.normalize import normalize  # noqa: E402
from newsledger.values import find_values  # noqa: E402

LANGS = ("zh-Hans", "zh-Hant", "en")
KINDS = ("money", "count", "share", "quantity", "date", "period")
TIME_KINDS = frozenset({"date", "period"})


@dataclass(slots=True)
class Item:
    """One value a system returned, reduced to what the comparison needs."""

    kind: str  # money | count | share | quantity | time (time fits date and period)
    start: int
    end: int
    text: str
    amount: float | None = None
    amount_max: float | None = None
    currency: str | None = None
    unit: str | None = None
    time: tuple[Any, ...] | None = None
    raw: str | None = "<none>"  # newsledger's own value string (fiscal periods have no calendar interval)


@dataclass(slots=True)
class System:
    """A system under test: its name, what it supports, how it extracts."""

    name: str
    kinds: dict[str, frozenset[str]]  # language -> kinds supported
    extract: Callable[[str, str, dt.date], list[Item]]
    note: str = ""
    stats: dict[tuple[str, str], list[int]] = field(default_factory=dict)


# ---- normalized values as comparable keys ---------------------------------------------------------

_UNIT_TIMEX = {"year": "Y", "month": "M", "week": "W", "day": "D", "quarter": "Q", "hour": "H"}
_DURATION = re.compile(r"(?P<n>\d+(?:\.\d+)?) (?P<u>[a-z ]+?)s?$")


def _last_day(y: int, m: int) -> dt.date:
    return (dt.date(y + (m == 12), m % 12 + 1, 1)) - dt.timedelta(days=1)


def _interval(value: str) -> tuple[dt.date, dt.date, str] | None:
    """The calendar interval of one ISO value (``2025``, ``2025-06``, ``2025-06-03T15:48``, ``2025-Q3`` ...)."""
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}:\d{2}))?)?)?", value)
    if m:
        y = int(m.group(1))
        if m.group(3):
            d = dt.date(y, int(m.group(2)), int(m.group(3)))
            return d, d, m.group(4) or ""
        if m.group(2):
            mo = int(m.group(2))
            return dt.date(y, mo, 1), _last_day(y, mo), ""
        return dt.date(y, 1, 1), dt.date(y, 12, 31), ""
    m = re.fullmatch(r"(\d{4})-([QH])([1-4])", value)
    if m:
        y, n = int(m.group(1)), int(m.group(3))
        months = 3 if m.group(2) == "Q" else 6
        first = (n - 1) * months + 1
        return dt.date(y, first, 1), _last_day(y, first + months - 1), ""
    m = re.fullmatch(r"(\d{4})-W(\d{2})", value)
    if m:
        monday = dt.date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
        return monday, monday + dt.timedelta(days=6), ""
    return None


def time_key(value: str | None) -> tuple[Any, ...] | None:
    """A date or period value as ("range", first day, last day, time) or ("duration", ISO duration)."""
    if not value or value.startswith("FY"):
        return None  # fiscal calendars are the company's own: no calendar interval to compare
    m = _DURATION.fullmatch(value)
    if m:
        unit = _UNIT_TIMEX.get(m.group("u").strip())
        if unit is None:
            return None
        n = float(m.group("n"))
        num = str(int(n)) if n == int(n) else str(n)
        return ("duration", f"PT{num}H" if unit == "H" else f"P{num}{unit}")
    if "/" in value:
        a, b = value.split("/", 1)
        ia, ib = _interval(a), _interval(b)
        return ("range", ia[0], ib[1], "") if ia and ib else None
    iv = _interval(value)
    return ("range", *iv) if iv else None


def _close(a: float | None, b: float | None, rel: float = 0.005) -> bool:
    if a is None or b is None:
        return False
    return abs(a - b) <= rel * max(abs(b), 1e-12)


def value_match(kind: str, gold: dict[str, Any], item: Item) -> bool:
    """Whether ``item`` carries the labelled normalized value of kind ``kind``."""
    norm = gold["norm"]
    if kind == "money":
        if (
            item.kind != "money"
            or item.currency != norm.get("currency")
            or not _close(item.amount, norm["amount"])
        ):
            return False
        return "amount_max" not in norm or _close(item.amount_max, norm["amount_max"])
    if kind in ("count", "quantity"):
        if item.kind != kind or not _close(item.amount, float(norm["value"]), 1e-9):
            return False
        if kind == "quantity" and item.unit != norm.get("unit"):
            return False
        return "value_max" not in norm or _close(item.amount_max, float(norm["value_max"]), 1e-9)
    if kind == "share":
        return (
            item.kind == "share"
            and item.unit == norm.get("unit")
            and _close(item.amount, norm["value"], 1e-6)
            and ("value_max" not in norm or _close(item.amount_max, norm["value_max"], 1e-6))
        )
    if kind in TIME_KINDS:
        want = time_key(norm.get("value"))
        if want is None:  # a fiscal period: only its own notation can match
            return item.kind == "time" and item.raw == norm.get("value")
        if item.kind != "time" or item.time is None or item.time[0] != want[0]:
            return False
        if want[0] == "duration":
            return bool(item.time == want)
        # ISO prefix: the item's interval lies inside the labelled one ("2025-06-25..30" has the prefix 2025-06)
        _, first, last, hhmm = item.time
        return bool(want[1] <= first <= last <= want[2] and (not want[3] or hhmm == want[3]))
    return False


# ---- newsledger ---------------------------------------------------------------------------------------


def newsledger_items(text: str, lang: str, anchor: dt.date) -> list[Item]:
    out: list[Item] = []
    for v in find_values(text, anchor):
        n = v.norm
        if v.kind == "money":
            out.append(
                Item("money", v.start, v.end, v.text, n.get("amount"), n.get("amount_max"), n.get("currency"))
            )
        elif v.kind in ("count", "quantity", "share"):
            vmax = n.get("value_max")
            out.append(
                Item(
                    v.kind,
                    v.start,
                    v.end,
                    v.text,
                    float(n["value"]),
                    float(vmax) if vmax is not None else None,
                    unit=n.get("unit"),
                )
            )
        else:
            value = n.get("value")
            out.append(Item("time", v.start, v.end, v.text, time=time_key(value), raw=value))
    return out


# ---- jionlp ---------------------------------------------------------------------------------------------

_ZH_CURRENCIES = {
    "元": "CNY", "人民币": "CNY", "人民幣": "CNY", "美元": "USD", "美金": "USD", "港元": "HKD", "港币": "HKD",
    "港幣": "HKD", "日元": "JPY", "日圆": "JPY", "日圓": "JPY", "欧元": "EUR", "歐元": "EUR", "英镑": "GBP",
    "英鎊": "GBP", "新台币": "TWD", "新台幣": "TWD", "台币": "TWD", "台幣": "TWD", "韩元": "KRW", "韓元": "KRW",
    "澳元": "AUD", "澳币": "AUD", "澳幣": "AUD", "新元": "SGD", "新加坡元": "SGD", "加元": "CAD",
}  # fmt: skip


def _time_from_strings(start: str, end: str) -> tuple[Any, ...]:
    a = dt.datetime.fromisoformat(start)
    b = dt.datetime.fromisoformat(end)
    hhmm = a.strftime("%H:%M") if a.date() == b.date() and (a.hour or a.minute) else ""
    return ("range", a.date(), b.date(), hhmm)


def _jio_duration(delta: dict[str, Any]) -> tuple[Any, ...] | None:
    if len(delta) != 1:
        return None
    unit, n = next(iter(delta.items()))
    code = {"year": "Y", "month": "M", "week": "W", "day": "D", "hour": "H"}.get(unit)
    if code is None or not isinstance(n, (int, float)):
        return None
    num = str(int(n)) if n == int(n) else str(n)
    return ("duration", f"PT{num}H" if code == "H" else f"P{num}{code}")


def jionlp_system() -> System | None:
    try:
        jio = importlib.import_module("jionlp")
    except ImportError:
        return None

    def extract(text: str, lang: str, anchor: dt.date) -> list[Item]:
        out: list[Item] = []
        for r in jio.ner.extract_money(text, with_parsing=True):
            detail = r.get("detail") or {}
            num = detail.get("num")
            low, high = (num[0], num[1]) if isinstance(num, list) else (num, None)
            s, e = r["offset"]
            out.append(
                Item(
                    "money",
                    s,
                    e,
                    text[s:e],
                    float(low) if low is not None else None,
                    float(high) if high is not None else None,
                    _ZH_CURRENCIES.get(detail.get("case", "")),
                )
            )
        base = {"year": anchor.year, "month": anchor.month, "day": anchor.day}
        for r in jio.ner.extract_time(text, time_base=base, with_parsing=True):
            detail = r.get("detail") or {}
            t = detail.get("time")
            key: tuple[Any, ...] | None = None
            if isinstance(t, list) and len(t) == 2 and all(isinstance(x, str) for x in t):
                try:
                    key = _time_from_strings(t[0], t[1])
                except ValueError:
                    key = None
            elif isinstance(t, dict):
                key = _jio_duration(t)
            s, e = r["offset"]
            out.append(Item("time", s, e, text[s:e], time=key))
        return out

    zh = frozenset({"money", "date", "period"})
    return System(
        "jionlp", {"zh-Hans": zh, "zh-Hant": zh}, extract, "extract_money + extract_time (with parsing)"
    )


# ---- cn2an ------------------------------------------------------------------------------------------

_NUM_OUT = re.compile(r"\d+(?:\.\d+)?%?")


def cn2an_system() -> System | None:
    try:
        cn2an = importlib.import_module("cn2an")
    except ImportError:
        return None

    def extract(text: str, lang: str, anchor: dt.date) -> list[Item]:
        try:
            converted = cn2an.transform(text, "cn2an")
        except Exception:  # cn2an raises on some mixed forms; then it finds nothing in this text
            return []
        # Map each character of the converted text back to the stretch of the original it came from.
        back: list[tuple[int, int]] = [(0, 0)] * len(converted)
        for op, i1, i2, j1, j2 in difflib.SequenceMatcher(
            None, text, converted, autojunk=False
        ).get_opcodes():
            for j in range(j1, j2):
                back[j] = (i1 + (j - j1), i1 + (j - j1) + 1) if op == "equal" else (i1, max(i2, i1 + 1))
        out: list[Item] = []
        for m in _NUM_OUT.finditer(converted):
            s = back[m.start()][0]
            e = back[m.end() - 1][1]
            tok = m.group()
            if tok.endswith("%"):
                out.append(Item("share", s, e, text[s:e], float(tok[:-1]) / 100, unit="percent"))
            else:
                out.append(Item("count", s, e, text[s:e], float(tok)))
        return out

    zh = frozenset({"count", "share"})
    return System(
        "cn2an", {"zh-Hans": zh, "zh-Hant": zh}, extract, "transform(text, 'cn2an'), numbers mapped back"
    )


# ---- Microsoft Recognizers-Text ------------------------------------------------------------------------

_REC_CURRENCY_UNITS = {"Dollar": "USD", "Euro": "EUR", "Pound": "GBP", "Yen": "JPY", "Chinese yuan": "CNY"}
"""Currency units Recognizers resolves without an ISO code ("$" is "Dollar"): read them as the labels do."""
_DIM_UNITS = {"Gigawatt": "GW", "Megawatt": "MW", "Kilowatt": "kW", "Watt": "W"}


def _rec_time(res: dict[str, Any]) -> tuple[Any, ...] | None:
    values = res.get("values") or []
    if not values:
        return None
    v = values[0]
    kind = v.get("type")
    try:
        if kind == "duration":
            timex = v.get("timex", "")
            return ("duration", timex) if timex else None
        if kind in ("date", "datetime"):
            stamp = dt.datetime.fromisoformat(v["value"])
            hhmm = stamp.strftime("%H:%M") if kind == "datetime" else ""
            return ("range", stamp.date(), stamp.date(), hhmm)
        if kind == "daterange" and "start" in v and "end" in v:
            end = dt.date.fromisoformat(v["end"]) - dt.timedelta(days=1)
            return ("range", dt.date.fromisoformat(v["start"]), end, "")
    except (ValueError, KeyError, OverflowError):
        return None
    return None


def recognizers_system() -> System | None:
    try:
        ru = importlib.import_module("recognizers_number_with_unit")
        rn = importlib.import_module("recognizers_number")
        rd = importlib.import_module("recognizers_date_time")
        rt = importlib.import_module("recognizers_text")
    except ImportError:
        return None
    culture = {"zh-Hans": rt.Culture.Chinese, "zh-Hant": rt.Culture.Chinese, "en": rt.Culture.English}

    def extract(text: str, lang: str, anchor: dt.date) -> list[Item]:
        c = culture[lang]
        ref = dt.datetime(anchor.year, anchor.month, anchor.day)
        out: list[Item] = []

        def span(r: Any) -> tuple[int, int, str]:
            return r.start, r.end + 1, text[r.start : r.end + 1]  # Recognizers' end is inclusive

        def run(fn: Callable[..., list[Any]], *extra: Any, **kw: Any) -> list[Any]:
            try:
                return fn(text, c, *extra, **kw)
            except Exception:  # a recognizer that fails on a text finds nothing in it
                return []

        for r in run(ru.recognize_currency):
            res = r.resolution or {}
            try:
                amount = float(str(res.get("value")))
            except ValueError:
                continue
            iso = res.get("isoCurrency") or _REC_CURRENCY_UNITS.get(res.get("unit", ""))
            out.append(Item("money", *span(r), amount, None, iso))
        for r in run(ru.recognize_dimension):
            res = r.resolution or {}
            try:
                value = float(str(res.get("value")))
            except ValueError:
                continue
            out.append(Item("quantity", *span(r), value, unit=_DIM_UNITS.get(str(res.get("unit")))))
        for r in run(rn.recognize_percentage):
            pct = str((r.resolution or {}).get("value", "")).rstrip("%")
            try:
                out.append(Item("share", *span(r), float(pct) / 100, unit="percent"))
            except ValueError:
                continue
        for r in run(rn.recognize_number):
            try:
                out.append(Item("count", *span(r), float(str((r.resolution or {}).get("value")))))
            except ValueError:
                continue
        for r in run(rd.recognize_datetime, reference=ref):
            out.append(Item("time", *span(r), time=_rec_time(r.resolution or {})))
        return out

    kinds = frozenset(KINDS)
    return System(
        "recognizers",
        {lang: kinds for lang in LANGS},
        extract,
        "number, percentage, currency, dimension, datetime (Culture.Chinese / Culture.English)",
    )


def _on_normalized(
    extract: Callable[[str, str, dt.date], list[Item]],
) -> Callable[[str, str, dt.date], list[Item]]:
    """Run a peer on the normalized view (same length, so its spans index the original text too)."""

    def run(text: str, lang: str, anchor: dt.date) -> list[Item]:
        items = extract(normalize(text), lang, anchor)
        for it in items:
            it.text = text[it.start : it.end]
        return items

    return run


# ---- scoring --------------------------------------------------------------------------------------------


def _fits(kind: str, item: Item) -> bool:
    return item.kind == kind or (kind in TIME_KINDS and item.kind == "time")


def score(system: System, cases: list[dict[str, Any]]) -> None:
    """Fill ``system.stats[(lang, kind)] = [labelled, exact, lenient]`` for the kinds it supports."""
    for case in cases:
        lang = case["lang"]
        supported = system.kinds.get(lang, frozenset())
        if not supported:
            continue
        anchor = dt.date.fromisoformat(case["anchor"])
        items = system.extract(case["text"], lang, anchor)
        offset = 0
        spans = []
        for gold in case["values"]:  # the labelled spans, in order (texts may repeat in a sentence)
            at = case["text"].find(gold["text"], offset)
            spans.append((at, at + len(gold["text"])))
            offset = at + 1
        for gold, (gs, ge) in zip(case["values"], spans, strict=True):
            kind = gold["kind"]
            if kind not in supported:
                continue
            row = system.stats.setdefault((lang, kind), [0, 0, 0])
            row[0] += 1
            cands = [it for it in items if _fits(kind, it) and value_match(kind, gold, it)]
            if any(it.text.strip() == gold["text"] for it in cands):
                row[1] += 1
            if any(it.start < ge and gs < it.end for it in cands):
                row[2] += 1


# ---- throughput -----------------------------------------------------------------------------------------


def documents(
    cases: list[dict[str, Any]], size: int, doc_chars: int = 4000
) -> list[tuple[str, str, dt.date]]:
    """About ``size`` characters of case sentences as single-script documents, scripts interleaved."""
    by_lang = {lang: [c for c in cases if c["lang"] == lang] for lang in LANGS}
    docs: list[tuple[str, str, dt.date]] = []
    pos = dict.fromkeys(LANGS, 0)
    total = 0
    while total < size:
        for lang in LANGS:
            pool = by_lang[lang]
            parts: list[str] = []
            n = 0
            while n < doc_chars:
                c = pool[pos[lang] % len(pool)]
                pos[lang] += 1
                parts.append(c["text"])
                n += len(c["text"]) + 1
            text = "\n".join(parts)
            docs.append((text, lang, dt.date.fromisoformat(pool[0]["anchor"])))
            total += len(text)
    return docs


def throughput(
    system: System, docs: list[tuple[str, str, dt.date]], budget: float
) -> tuple[list[tuple[str, str, dt.date]], float]:
    """The documents read (those in the system's languages, in order, until the budget is spent) and the seconds."""
    read: list[tuple[str, str, dt.date]] = []
    t0 = time.perf_counter()
    for doc in docs:
        if not system.kinds.get(doc[1]):
            continue
        system.extract(*doc)
        read.append(doc)
        if time.perf_counter() - t0 > budget:
            break
    return read, time.perf_counter() - t0


def _newsledger_on(docs: list[tuple[str, str, dt.date]]) -> float:
    """Seconds newsledger takes on the same documents (best of three)."""
    best = float("inf")
    for _ in range(3):
        t0 = time.perf_counter()
        for text, _lang, anchor in docs:
            find_values(text, anchor)
        best = min(best, time.perf_counter() - t0)
    return best


# ---- report ---------------------------------------------------------------------------------------------


def _pct(n: int, d: int) -> str:
    return f"{n / d:6.1%}" if d else "     -"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cases", type=Path, default=ROOT / "tests" / "values" / "cases.jsonl")
    ap.add_argument("--size", type=int, default=1_000_000, help="characters of text for the throughput run")
    ap.add_argument("--budget", type=float, default=20.0, help="seconds each system may read for")
    ap.add_argument("--no-speed", action="store_true", help="accuracy only")
    ap.add_argument(
        "--peer-view",
        choices=("original", "simplified"),
        default="original",
        help="what the peers read: the original text, or newsledger's normalized view (t2s, half-width)",
    )
    args = ap.parse_args(argv)
    logging.disable(logging.CRITICAL)  # jionlp logs a traceback for every string it cannot parse
    warnings.filterwarnings("ignore")  # cn2an warns on every magnitude it cannot convert

    cases = [json.loads(line) for line in args.cases.read_text(encoding="utf-8").splitlines() if line.strip()]
    undated = [c for c in cases if not c["anchor"]]
    cases = [c for c in cases if c["anchor"]]  # the peers need a dateline; without one no date can resolve
    allk = frozenset(KINDS)
    systems = [System("newsledger", {lang: allk for lang in LANGS}, newsledger_items, "find_values")]
    for name, make in (
        ("jionlp", jionlp_system),
        ("cn2an", cn2an_system),
        ("recognizers", recognizers_system),
    ):
        peer = make()
        if peer is None:
            print(f"skip {name}: not installed (pip install -e '.[bench]')")
        else:
            systems.append(peer)

    n_values = sum(len(c["values"]) for c in cases)
    print(f"cases: {len(cases)} sentences, {n_values} labelled expressions ({args.cases})")
    print(
        f"  ({len(undated)} sentences without a dateline left out: the peers would read them against today)"
    )
    if args.peer_view == "simplified":
        for peer in systems[1:]:
            peer.extract = _on_normalized(peer.extract)
    for s in systems:
        print(f"  {s.name}: {s.note}")
    print(f"  peers read the {args.peer_view} text")
    for s in systems:
        score(s, cases)

    print(
        "\nexact-match accuracy per kind and script (lenient: the span need only overlap), found / labelled"
    )
    head = f"{'kind':<9}{'script':<9}{'n':>5}" + "".join(f"{s.name:>22}" for s in systems)
    print(head)
    print("-" * len(head))
    for kind in (*KINDS, "all"):
        for lang in (*LANGS, "all"):
            n = 0
            cells = []
            for s in systems:
                rows = [r for (lg, k), r in s.stats.items() if lang in ("all", lg) and kind in ("all", k)]
                total, exact, lenient = (sum(r[i] for r in rows) for i in range(3))
                if s.name == "newsledger":
                    n = total
                cells.append(f"{_pct(exact, total)} ({_pct(lenient, total).strip()})" if total else "-")
            print(f"{kind:<9}{lang:<9}{n:>5}" + "".join(f"{c:>22}" for c in cells))
        print()

    if args.no_speed:
        return 0
    docs = documents(cases, args.size)
    size = sum(len(d[0]) for d in docs)
    print(
        f"throughput on {size:,} characters ({len(docs)} documents of ~4,000 characters), budget {args.budget:g} s"
    )
    base_secs = _newsledger_on(docs)
    print(
        f"{'system':<14}{'text read':>22}{'seconds':>10}{'chars/s':>14}{'newsledger chars/s':>20}{'ratio':>8}"
    )
    print(
        f"{'newsledger':<14}{'all, ' + format(size, ','):>22}{base_secs:>10.2f}{size / base_secs:>14,.0f}{'':>20}{'1.0x':>8}"
    )
    for s in systems[1:]:
        read, secs = throughput(s, docs, args.budget)
        chars = sum(len(d[0]) for d in read)
        langs = "+".join(lang for lang in LANGS if s.kinds.get(lang))
        rate = chars / secs
        ours = chars / _newsledger_on(read)  # newsledger on exactly those documents
        print(
            f"{s.name:<14}{langs + ', ' + format(chars, ','):>22}{secs:>10.2f}{rate:>14,.0f}{ours:>20,.0f}{ours / rate:>7.1f}x"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
