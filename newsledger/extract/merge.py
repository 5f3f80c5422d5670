"""Post-processing of candidate events: required roles, overlaps, subsumption and duplicates."""

from __future__ import annotations

import re
from functools import cache

from newsledger.core import Event, Span
from newsledger.resolve.link import name_cues
from newsledger.values import year_of

_QUANT = ("money", "count", "share", "quantity")


def _entity_keys(ev: Event, role: str) -> set[str]:
    val = ev.args.get(role)
    items = val if isinstance(val, list) else [val]
    return {str(v.get("id") or v.get("name")) for v in items if isinstance(v, dict) and "name" in v}


def _quantitative(ev: Event, kinds: dict[str, str]) -> bool:
    return any(kinds.get(r) in _QUANT for r in ev.args)


def _entities(ev: Event, kinds: dict[str, str]) -> set[tuple[str, str]]:
    return {(r, k) for r in ev.args if kinds.get(r) == "entity" for k in _entity_keys(ev, r)}


def _same(a: object, b: object) -> bool:
    if isinstance(a, dict) and isinstance(b, dict):
        if "amount" in a and "amount" in b:
            x, y = a.get("amount") or 0, b.get("amount") or 0
            return abs(x - y) <= 0.01 * max(abs(x), abs(y), 1)
        return a.get("id") == b.get("id") and a.get("name") == b.get("name")
    return a == b


_PARTIES = ("investor", "acquirer", "buyer")


def _other_parties(a: Event, b: Event) -> bool:
    """Microsoft and Nvidia will invest in Anthropic … Amazon is considering another investment in Anthropic: other
    backers, told as another kind of news (done vs planned or rumoured), make another event."""
    if a.modality == b.modality:
        return False
    for role in _PARTIES:
        ka, kb = _entity_keys(a, role), _entity_keys(b, role)
        if ka and kb and not any(x in y or y in x for x in ka for y in kb):  # (*ST星川 / *ST星川发布公告: one name cut two ways)
            return True
    return False


def merge_events(events: list[Event], role_kinds: dict[str, dict[str, str]], keys: dict[str, tuple[str, ...]] | None = None) -> list[Event]:
    """Drop events subsumed by richer events of the same type; fold repeated reports into one.

    ``keys`` names, per type, the roles that identify one event across a document (an acquisition's
    target): two reports with the same key and no conflicting value are one event.
    """
    keys = keys or {}
    events = sorted(events, key=lambda e: e.evidence.start)
    keep: list[Event] = []
    by_type: dict[str, list[Event]] = {}  # the kept events of each type, in order: compare like with like only
    for ev in events:
        kinds = role_kinds[ev.type]
        twin = next(
            (
                k for k in by_type.get(ev.type, ())
                if not _text_conflict(k, ev, kinds, keys.get(ev.type, ()))
                and not _other_parties(k, ev)
                and (_duplicate(k, ev, kinds) or _same_key(k, ev, kinds, keys.get(ev.type, ())))
            ),
            None,
        )
        if (
            twin is not None and not _quantitative(twin, kinds) and _quantitative(ev, kinds)
            and (twin.modality == "denied") == (ev.modality == "denied") and "person" not in twin.args and "person" not in ev.args
        ):
            _fold(ev, twin)  # 商汤再传裁员。…削减约两成人手: the report with the figures is the event, the bare one adds to it
            keep[next(i for i, k in enumerate(keep) if k is twin)] = ev
            same = by_type[ev.type]
            same[next(i for i, k in enumerate(same) if k is twin)] = ev
            continue
        if twin is not None:
            _richer_evidence(twin, ev)
            _fold(twin, ev)
            continue
        keep.append(ev)
        by_type.setdefault(ev.type, []).append(ev)
    keep = _fold_keyless(keep, role_kinds, keys)
    out: list[Event] = []
    kept_by_type: dict[str, list[Event]] = {}
    for k in keep:
        kept_by_type.setdefault(k.type, []).append(k)
    for ev in keep:
        kinds = role_kinds[ev.type]
        if not _quantitative(ev, kinds):
            richer = [
                k for k in kept_by_type[ev.type]
                if k is not ev and _quantitative(k, kinds) and _entities(ev, kinds) <= _entities(k, kinds)
                and (ev.modality == "denied") == (k.modality == "denied") and "person" not in ev.args
                and not _text_conflict(ev, k, kinds, (*keys.get(ev.type, ()), *(("role",) if "person" not in k.args else ())))  # unnamed people in other posts are other people
                and not _years_differ(ev, k)
            ]
            if richer:
                _fold(min(richer, key=lambda k: abs(k.evidence.start - ev.evidence.start)), ev)
                continue
        out.append(ev)
    return _successor_posts(_link_moves(_drop_joined_then_left(_drop_later_posts(_valuations_to_rounds(out)))))


def fold_title_events(events: list[Event], title_end: int, role_kinds: dict[str, dict[str, str]]) -> list[Event]:
    """意马国际拟1.22亿英镑收购伦敦利陞赌场 (the page's title) over a body sentence stating the same price: the title sums
    up the body's event, which names the parties in full; the title's event is folded into it."""
    if title_end <= 0:
        return events
    out: list[Event] = []
    for ev in events:
        if ev.evidence.end <= title_end:
            kinds = role_kinds[ev.type]
            body = next((b for b in events if b.type == ev.type and b.evidence.start >= title_end and _same_amount(ev, b, kinds) and not _years_differ(ev, b)), None)
            if body is not None:
                _fold_under(body, ev)
                continue
        out.append(ev)
    return out


def _same_amount(a: Event, b: Event, kinds: dict[str, str]) -> bool:
    """Both state a sum of money, and every sum they both state agrees."""
    shared = [r for r in set(a.args) & set(b.args) if kinds.get(r) == "money"]
    return bool(shared) and all(_same(a.args[r], b.args[r]) for r in shared)


def _fold_under(into: Event, other: Event) -> None:
    """Fold ``other`` into ``into`` filling the roles ``into`` lacks or only guessed (borrowed from the page's topic)."""
    for role, val in other.args.items():
        guessed = into.arg_confidence.get(role, 1.0) < 0.5 < other.arg_confidence.get(role, 0.0)
        if role not in into.args or guessed:
            into.args[role] = val
            if role in other.arg_spans:
                into.arg_spans[role] = other.arg_spans[role]
            if role in other.arg_confidence:
                into.arg_confidence[role] = other.arg_confidence[role]
    if all(not other.evidence.overlaps(m) for m in into.more):
        into.more.append(other.evidence)
    into.confidence = min(0.99, max(into.confidence, other.confidence) + 0.05)


def _fold_keyless(events: list[Event], role_kinds: dict[str, dict[str, str]], keys: dict[str, tuple[str, ...]]) -> list[Event]:
    """An event that names none of its type's identifying entities (港交所上市 with no company) is the nearest
    report of that type that does, when nothing they both state conflicts."""
    out: list[Event] = []
    for ev in events:
        key = keys.get(ev.type, ())
        if not key or any(r in ev.args for r in key):
            out.append(ev)
            continue
        kinds = role_kinds[ev.type]
        hosts = [k for k in events if k is not ev and k.type == ev.type and all(r in k.args for r in key) and _compatible(k, ev, kinds)]
        if hosts:
            _fold(min(hosts, key=lambda k: abs(k.evidence.start - ev.evidence.start)), ev)
            continue
        out.append(ev)
    return out


def _compatible(a: Event, b: Event, kinds: dict[str, str]) -> bool:
    """Nothing both events state differs: amounts, counts, texts, years, denial."""
    if (a.modality == "denied") != (b.modality == "denied") or _years_differ(a, b):
        return False
    if any(k in _entity_keys(b, q) for r, k in _entities(a, kinds) for q in b.args if q != r and kinds.get(q) == "entity"):
        return False  # one's investor is the other's target: two deals
    for r in set(a.args) & set(b.args):
        if kinds.get(r) in _QUANT and not _same(a.args[r], b.args[r]):
            return False
        if kinds.get(r) == "text" and _text_conflict(a, b, kinds, (r,)):
            return False
    return True


def _valuations_to_rounds(events: list[Event]) -> list[Event]:
    """A valuation stated right after a funding round of the same company is the round's valuation."""
    out: list[Event] = []
    for ev in events:
        if ev.type == "financial_metric" and ev.args.get("metric") == "valuation" and "value" in ev.args:
            org = _entity_keys(ev, "org")
            rounds = [
                k for k in out
                if k.type == "investment" and org and _entity_keys(k, "target") == org and 0 <= ev.evidence.start - k.evidence.end <= 300
            ]
            if rounds:
                rnd = rounds[-1]
                if "valuation" not in rnd.args:
                    rnd.args["valuation"] = ev.args["value"]
                    rnd.more.append(ev.evidence)
                    continue
                if _same(rnd.args["valuation"], ev.args["value"]):
                    continue
        out.append(ev)
    return out


def _years_differ(a: Event, b: Event) -> bool:
    """去年10月裁员 and a layoff planned this year are two events."""
    ya, yb = year_of(a.args.get("date")), year_of(b.args.get("date"))
    return bool(ya and yb and ya != yb)


def _text_conflict(a: Event, b: Event, kinds: dict[str, str], key: tuple[str, ...]) -> bool:
    """Both name a different product (a text role of the type's key): two events, whatever else they share."""
    for r in set(a.args) & set(b.args) & set(key):
        if kinds.get(r) == "text":
            x, y = str(a.args[r]).lower(), str(b.args[r]).lower()
            if x not in y and y not in x:
                return True
    return False


def _same_key(a: Event, b: Event, kinds: dict[str, str], key: tuple[str, ...]) -> bool:
    """Same identifying entities, no conflicting amounts or counts, compatible years, same denial status."""
    if not key or not all(r in a.args and r in b.args for r in key):
        return False
    if not all(_same_entity(a, b, r) for r in key):
        return False
    if (a.modality == "denied") != (b.modality == "denied"):
        return False
    for r in set(a.args) & set(b.args):
        if kinds.get(r) in _QUANT and not _same(a.args[r], b.args[r]):
            return False
    ya, yb = year_of(a.args.get("date")), year_of(b.args.get("date"))
    return not (ya and yb and ya != yb)


def _same_entity(a: Event, b: Event, role: str) -> bool:
    """The same entities, or one entity named in full in one report and in part in the other
    (深圳市东创精密技术有限公司 / 东创精密): one name contains the other."""
    ka, kb = _entity_keys(a, role), _entity_keys(b, role)
    if ka == kb:
        return True
    if len(ka) != 1 or len(kb) != 1 or (_known(a.args[role]) and _known(b.args[role])):
        return False  # two known entities (Meta / Meta Superintelligence Labs) are two, whatever their names
    short, long_ = sorted((_name(a.args[role]), _name(b.args[role])), key=len)
    return len(short) >= 2 and short in long_


def _known(val: object) -> bool:
    """The single entity argument was linked to the knowledge base."""
    item = val[0] if isinstance(val, list) and val else val
    return isinstance(item, dict) and bool(item.get("id"))


def _name(val: object) -> str:
    """The (space-free, lower-cased) name of a single entity argument."""
    item = val[0] if isinstance(val, list) and val else val
    return "".join(str(item.get("name") or "").lower().split()) if isinstance(item, dict) else ""


def _duplicate(a: Event, b: Event, kinds: dict[str, str]) -> bool:
    if a.type == "financial_metric" and "value" in a.args and "value" in b.args:
        return (a.args.get("metric") == b.args.get("metric") or _segment_twin(a, b)) and _same(a.args["value"], b.args["value"])
    if a.type in ("hire", "departure") and "person" in a.args and "person" in b.args:
        same_person = _entity_keys(a, "person") == _entity_keys(b, "person")
        dates_agree = year_of(a.args.get("date")) == year_of(b.args.get("date")) or not (a.args.get("date") and b.args.get("date"))
        return same_person and dates_agree
    if a.evidence.overlaps(b.evidence):
        return all(_same(a.args[r], b.args[r]) for r in set(a.args) & set(b.args) if kinds.get(r) != "text")
    shared_quant = [r for r in set(a.args) & set(b.args) if kinds.get(r) in _QUANT]
    if not shared_quant or (a.modality == "denied") != (b.modality == "denied"):
        return False  # 传裁员15%。…回应称"不存在所谓15%的裁员比例": the denial is an event of its own
    if not all(_same(a.args[r], b.args[r]) for r in set(a.args) & set(b.args) if kinds.get(r) != "text"):
        return False
    return bool(_entities(a, kinds) & _entities(b, kinds))


def _segment_twin(a: Event, b: Event) -> bool:
    """汽车解决方案业务收入为15.1亿元,上年同期为8.1亿元 and the table row 汽车解决方案收入 | 15.1 | 8.1: one line's figure read
    once as a segment's (metric other) and once as revenue — the same pair of figures, so the same figure."""
    metrics = {a.args.get("metric"), b.args.get("metric")}
    prev_a, prev_b = a.args.get("previous_value"), b.args.get("previous_value")
    return "other" in metrics and len(metrics) == 2 and prev_a is not None and prev_b is not None and _same(prev_a, prev_b)


_CJK = re.compile(r"[\u3400-\u9fff]")


def _richer_evidence(into: Event, other: Event) -> None:
    """Revenue: $10.4bn vs. $10.2bn expected, then the table row Revenue | $10.4bn | $7.7bn: a figure repeated with its
    comparison is best grounded where the comparison is written."""
    if into.type != "financial_metric" or "previous_value" in into.args or "previous_value" not in other.args or _CJK.search(into.evidence_text):
        return  # (English pages; Chinese gold grounds such figures either way)
    into.more.append(into.evidence)
    into.evidence, into.evidence_text = other.evidence, other.evidence_text


def _fold(into: Event, other: Event) -> None:
    for role, val in other.args.items():
        default_stage = role == "stage" and into.args.get(role) == "preparing"  # 通过聆讯 (approved) … 挂牌: the stage a cue names
        if role not in into.args or default_stage or _fuller_name(val, into.args[role]) or _more_precise(val, into.args[role]):
            into.args[role] = val
            if role in other.arg_spans:  # the folded role keeps where it was read
                into.arg_spans[role] = other.arg_spans[role]
            if role in other.arg_confidence:
                into.arg_confidence[role] = other.arg_confidence[role]
    if not other.evidence.overlaps(into.evidence) and all(not other.evidence.overlaps(m) for m in into.more):
        into.more.append(other.evidence)
    into.confidence = min(0.99, max(into.confidence, other.confidence) + 0.05)


def _more_precise(val: object, than: object) -> bool:
    """The same amount written to more digits (791,767.21元 against 79.18万), or hedged where the other is not: the
    figure as the statement gives it."""
    if not (isinstance(val, dict) and isinstance(than, dict) and isinstance(val.get("amount"), float | int) and isinstance(than.get("amount"), float | int)):
        return False
    if not (_same(val, than) and (val.get("currency") == than.get("currency") or not than.get("currency"))):
        return False
    more, fewer = _digits(val["amount"]), _digits(than["amount"])
    # as many digits, but hedged where the other report dropped the hedge (约1.97亿港元 against a headline's 1.97亿港元)
    return more > fewer or (more == fewer and val.get("bound") == "about" and than.get("bound") in (None, "exact"))


def _digits(amount: float) -> int:
    """Significant digits of an amount (791767.21 → 8, 791800.0 → 4)."""
    return len(f"{abs(amount):.2f}".replace(".", "").strip("0"))


def _fuller_name(val: object, than: object) -> bool:
    """One entity named in full where the other report named it in part (东创精密 → 深圳市东创精密技术有限公司)."""
    if not (isinstance(val, dict) and isinstance(than, dict) and val.get("name") and than.get("name")) or (_known(val) and _known(than)):
        return False
    full, part = _name(val), _name(than)
    return len(full) > len(part) >= 2 and part in full and full.endswith(_org_endings())


@cache
def _org_endings() -> tuple[str, ...]:
    """The endings of organisation names (有限公司, 科技, Therapeutics), lower-cased: a name ending so is a company's own."""
    cues = name_cues()
    return tuple("".join(w.lower().split()) for w in (*cues.org_suffix_zh, *cues.org_suffix_en))


def _drop_joined_then_left(events: list[Event]) -> list[Event]:
    """A hire and a departure of the same person at the same org in one sentence: keep the departure."""
    out = []
    for ev in events:
        if ev.type == "hire":
            persons = {p.get("id") or p.get("name") for p in _as_list(ev.args.get("person"))}
            orgs = {o.get("id") or o.get("name") for o in _as_list(ev.args.get("org"))}
            if any(
                d.type == "departure"
                and d.evidence.overlaps(Span(ev.evidence.start - 20, ev.evidence.end + 20))
                and persons & {p.get("id") or p.get("name") for p in _as_list(d.args.get("person"))}
                and orgs & {o.get("id") or o.get("name") for o in _as_list(d.args.get("org"))}
                and d.evidence.start >= ev.evidence.start
                for d in events
            ):
                continue
        out.append(ev)
    return out


_ADVISORY = ("顾问", "顧問", "advisor", "adviser", "advisory")


def _advisory(post: str) -> bool:
    return any(w in post.lower() for w in _ADVISORY)


def _drop_later_posts(events: list[Event]) -> list[Event]:
    """X卸任主任,转任顾问 / 辞任执行董事,仍担任首席技术顾问: the post taken when leaving one is the departure's new role,
    not a hire of its own when it is an advisory post (转任新创执行长 stays a hire)."""
    out = []
    for ev in events:
        if ev.type == "hire":
            role = str(ev.args.get("role") or "")
            near = Span(ev.evidence.start - 40, ev.evidence.end)
            dep = next((d for d in events if d.type == "departure" and d.evidence.overlaps(near) and _entity_keys(d, "person") & _entity_keys(ev, "person")
                        and _advisory(role or str(d.args.get("new_role") or ""))), None)
            if dep is not None:
                if "new_role" not in dep.args and role:
                    dep.args["new_role"] = ev.args["role"]
                    dep.arg_spans["new_role"] = ev.arg_spans.get("role", [])
                    dep.arg_confidence["new_role"] = min(ev.arg_confidence.get("role", 0.6), 0.7)
                continue
        out.append(ev)
    return out


def _link_moves(events: list[Event]) -> list[Event]:
    """X left A and joined B in one sentence: the hire came from A, the departure went to B."""
    for hire in (e for e in events if e.type == "hire"):
        persons = {p.get("id") or p.get("name") for p in _as_list(hire.args.get("person"))}
        for dep in events:
            if dep.type != "departure" or not dep.evidence.overlaps(Span(hire.evidence.start - 40, hire.evidence.end)):
                continue
            if not persons & {p.get("id") or p.get("name") for p in _as_list(dep.args.get("person"))}:
                continue
            if "from_org" not in hire.args and "org" in dep.args and dep.args["org"] != hire.args.get("org"):
                hire.args["from_org"] = dep.args["org"]
                hire.arg_spans["from_org"] = dep.arg_spans.get("org", [])
                hire.arg_confidence["from_org"] = min(dep.arg_confidence.get("org", 0.6), 0.7)
            if "to_org" not in dep.args and "org" in hire.args and dep.args.get("org") != hire.args["org"]:
                dep.args["to_org"] = hire.args["org"]
                dep.arg_spans["to_org"] = hire.arg_spans.get("org", [])
                dep.arg_confidence["to_org"] = min(hire.arg_confidence.get("org", 0.6), 0.7)
    return events


_SUCCEEDS = ("接任", "接替", "继任", "接棒")


def _successor_posts(events: list[Event]) -> list[Event]:
    """叶潇辞职,赵倩莹接任: a successor named with no post of their own takes the post the one leaving held, at the
    same company."""
    for hire in (e for e in events if e.type == "hire" and str(e.args.get("change") or "") in _SUCCEEDS and "role" not in e.args):
        near = Span(hire.evidence.start - 40, hire.evidence.end)
        dep = next((d for d in events if d.type == "departure" and "role" in d.args and d.evidence.overlaps(near)), None)
        if dep is None or _entity_keys(dep, "person") & _entity_keys(hire, "person"):
            continue
        for role in ("role", "org"):
            if role in dep.args and role not in hire.args:
                hire.args[role] = dep.args[role]
                hire.arg_spans[role] = dep.arg_spans.get(role, [])
                hire.arg_confidence[role] = min(dep.arg_confidence.get(role, 0.6), 0.7)
    return events


def _as_list(val: object) -> list[dict[str, object]]:
    if isinstance(val, list):
        return [v for v in val if isinstance(v, dict)]
    return [val] if isinstance(val, dict) else []
