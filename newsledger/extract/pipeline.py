"""Event extraction over one document: triggers → candidates → roles → modality → merged events."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from functools import lru_cache

from newsledger.core import Document, Event, Mention, Span, Value
from newsledger.extract import launches, phrases, readings, relatives
from newsledger.extract import roles as R
from newsledger.extract.context import Context, Sentence, build
from newsledger.extract.disclosure import fill_disclosed
from newsledger.extract.financial import (
    fill_period,
    growth_class,
    link_comparisons,
    part_of_total,
    prior_period,
    segment_metric,
)
from newsledger.extract.merge import fold_title_events, merge_events
from newsledger.extract.modality import attribution, denied_next, is_conditional, modality, speaker
from newsledger.extract.tables import table_events, table_lines
from newsledger.extract.triggers import Trigger, TriggerFinder, default_finder
from newsledger.resolve.link import Linker
from newsledger.schema import Role, Schema
from newsledger.schema import load as load_schema
from newsledger.text.normalize import normalize
from newsledger.values import year_of

_PARTNER_SUBSUMED_BY = ("procurement", "investment", "acquisition")


@lru_cache(maxsize=1)
def default_linker() -> Linker:
    """A linker over the shipped knowledge base (built once)."""
    return Linker()


class Extractor:
    """Extracts grounded, typed events from documents."""

    def __init__(self, schema: Schema | None = None, linker: Linker | None = None, finder: TriggerFinder | None = None) -> None:
        self.schema = schema or load_schema()
        self.linker = linker or default_linker()
        self.finder = finder or (default_finder() if schema is None else TriggerFinder(self.schema))
        self.role_kinds = {t.name: {r.name: r.kind for r in t.roles.values()} for t in self.schema.types.values()}
        self.keys = {t.name: t.key for t in self.schema.types.values() if t.key}

    def __call__(self, doc: Document) -> Document:
        """Fill ``doc.events`` and ``doc.mentions``; returns the same document."""
        if doc.outlet is None:
            doc.outlet = self.masthead(doc)
        ctx = build(doc, self.linker)
        events: list[Event] = []
        tables = sorted(table_lines(ctx.norm, ctx.doc.text))
        table_starts = [s for s, _ in tables]
        for sent in ctx.sentences:
            k = bisect_right(table_starts, sent.start) - 1
            if not (k >= 0 and sent.end <= tables[k][1]):
                found = self._sentence(ctx, sent)
                if found and events and (self._restated(ctx, sent, found) or _english_restated(ctx, sent, events, found)):
                    found = []
                found = _report_denied(ctx, sent, events, found)
                _report_confirmed(ctx, sent, events)
                _named_group(ctx, sent, events)
                _group_including(ctx, sent, found)
                _successor_post(ctx, events, found)
                if not found and events:
                    self._continue(ctx, self._anaphor_target(ctx, events, sent), sent)
                events.extend(found)
        denied_next(ctx, events)
        _paid_to_them(ctx, events)
        events.extend(_departures_followed(ctx, events))
        events.extend(_prior_spending(ctx, events))
        events.extend(_included_movers(ctx, events))
        _local_dollars(ctx, events)
        events = _shares_from_sellers(ctx, events)
        if not ctx.is_english():
            events.extend(_hires_from_moves(ctx, events))
        else:
            _left_after_hired(events)
            _starts_next(ctx, events)
        events.extend(table_events(ctx, self.schema))
        events = merge_events(events, self.role_kinds, self.keys)
        events = fold_title_events(events, _title_end(doc), self.role_kinds)
        events = _drop_past_listings(ctx, events)
        fill_disclosed(ctx, events, self.role_kinds)
        doc.events = events + self._headline_events(doc)
        doc.mentions = ctx.mentions
        return doc

    def _payer_not_payee(self, ctx: Context, cand: R.Candidate) -> None:
        """佐克柏…为其中一人开出 / Meta CEO Mark Zuckerberg offered: the one who offers the pay is not the one offered it."""
        if cand.type.name != "pay_offer" or not cand.args.get("person"):
            return
        sent, t = cand.sent, cand.trigger
        kept = []
        for p in cand.args["person"]:
            if not isinstance(p, Mention) or p.end > t.start or (sent.clause_index(p.start) != sent.clause_index(t.start) and p.source == "coref"):
                kept.append(p)
                continue
            before = ctx.low[max(sent.start, p.start - 16) : p.start]
            cued = re.search(r"(?:向|给|为|替|\bto|\bfor)\s*$", before)
            first = next((m for m in ctx.mentions_in(sent.start, t.start) if m.type in ("org", "person")), None)
            chief = re.search(r"(?:执行长|首席执行官|ceo|chief executive|创始人|founder|董事长|chairman)\s*$", before)
            same_clause = sent.clause_index(p.start) == sent.clause_index(t.start)
            if not cued and (chief or (first is not None and first.start == p.start and same_clause)):
                continue  # the payer, named as the subject or as the paying company's chief
            kept.append(p)
        if kept:
            cand.args["person"] = kept
        else:
            del cand.args["person"]

    def _employer(self, f: R.Filler) -> R.Filler:
        """A division that employs no one itself (Meta Superintelligence Labs) stands for its parent in hires and departures."""
        if not isinstance(f, Mention) or not f.entity_id:
            return f
        entity = self.linker.kb.entities.get(f.entity_id)
        parent = self.linker.kb.entities.get(str(entity.attrs.get("parent"))) if entity is not None and entity.attrs.get("division") else None
        return replace(f, entity_id=parent.id, name=parent.name) if parent is not None else f

    def masthead(self, doc: Document) -> str | None:
        """CNBC / Reuters alone on a line above the article: an outlet the knowledge base knows, named by the page's masthead."""
        head = doc.text[: min(doc.body.start, 2000)] if doc.body.end > doc.body.start else ""
        norm = normalize(head)
        for m in self.linker.known(norm, 0, len(norm)):
            if m.type != "outlet":
                continue
            line_start = norm.rfind("\n", 0, m.start) + 1
            line_end = norm.find("\n", m.end)
            line = norm[line_start : line_end if line_end >= 0 else len(norm)]
            if line.strip() == norm[m.start : m.end].strip():
                return m.name or head[m.start : m.end]
        return None

    def _anaphor_target(self, ctx: Context, events: list[Event], sent: Sentence) -> Event:
        """The latest of the last few events whose anaphor ("the round", "the deal") the sentence uses; else the latest event."""
        text = ctx.low[sent.start : sent.end]
        named = [ev for ev in reversed(events[-4:]) if any(a in text for a in ctx.cues.event_anaphors.get(ev.type, ()))]
        # 这是去年完成C轮融资后…。本轮投资由X领投: "this round" is not the one recalled as past
        current = [ev for ev in named if not _recalled(ctx, ev)]
        if current or named:
            return (current or named)[0]
        return events[-1]

    def _restated(self, ctx: Context, sent: Sentence, found: list[Event]) -> bool:
        """本轮由A领投,参与者包括B: a sentence opening on the event before it ("this round") adds to that event, not a new one."""
        text = ctx.low[sent.start : sent.end]
        rounds = tuple(a for a in ctx.cues.event_anaphors.get("investment", ()) if not a.isascii())
        for ev in found:
            if ev.type == "financial_metric" and ev.args.get("metric") == "valuation":
                cs, _ = sent.clauses[sent.clause_index(ev.evidence.start)] if sent.start <= ev.evidence.start < sent.end else (sent.start, sent.end)
                if any(ctx.low.startswith(a, cs) for a in rounds):
                    continue  # 知情人士透露,本轮投后估值约180亿元: the round's valuation
                return False
            leads = ctx.cues.event_anaphors.get(ev.type, ())
            kinds = self.role_kinds[ev.type]
            if not any(text.startswith(a) for a in leads if not a.isascii()) or any(kinds.get(r) == "money" for r in ev.args):
                return False
        return True

    def _continue(self, ctx: Context, ev: Event, sent: Sentence) -> None:
        """"The round was led by X"; "Y also took part in the round, which values it at $3bn": a sentence about the event before it fills its cued roles."""
        text = ctx.low[sent.start : sent.end]
        if not (any(a in text for a in ctx.cues.event_anaphors.get(ev.type, ())) or _also_took_part(ctx, ev, sent)) or sent.start - ev.evidence.end > 400:
            return
        mentions = ctx.mentions_in(sent.start, sent.end)
        values = ctx.values_in(sent.start, sent.end)
        used: set[int] = set()
        filled = False
        for role in self.schema.types[ev.type].roles.values():
            if role.name in ("code", "round") and role.name not in ev.args and role.pattern:  # … under the ticker "CBRS" / The Series D round was led by
                code = re.search(role.pattern, ctx.low[sent.start : sent.end])
                if code is None:
                    continue
                ev.args[role.name] = re.sub(r"^[:：\s]+", "", ctx.doc.text[sent.start + code.start() : sent.start + code.end()])
                ev.arg_spans[role.name] = [Span(sent.start + code.start(), sent.start + code.end())]
                ev.arg_confidence[role.name] = 0.7
                filled = True
                continue
            if (role.name in ev.args and not (role.gather and ctx.is_english())) or not (role.pre or role.post or role.pre_pattern):
                continue
            if role.kind == "entity":
                hits = [
                    m for m in mentions
                    if m.type in role.entity
                    and (R._cue_right_before(ctx, m.start, role.pre, sent.start) or R._cue_after(ctx, _past_apposition(ctx, m.end, sent.end), role.post, sent.end, 40))
                ]
                if not hits:
                    continue
                pool = [m for m in mentions if m.type in role.entity]
                found = R._coordinated_all(ctx, hits, pool) if role.gather else R._coordinated(ctx, hits[0], pool) if role.many else hits[:1]
                had = ev.args.get(role.name)
                earlier = had if isinstance(had, list) else [had] if had else []  # "Y and Z also took part in the round": more of its investors
                known = {str(d.get("id") or d.get("name")) for d in earlier if isinstance(d, dict)}
                added = [R.arg_value(ctx, role, m) for m in found if str(m.entity_id or m.name) not in known]
                if not added:
                    continue
                merged = earlier + added
                ev.args[role.name] = merged if len(merged) > 1 else merged[0]
                ev.arg_spans[role.name] = ev.arg_spans.get(role.name, []) + [Span(m.start, m.end) for m in found if str(m.entity_id or m.name) not in known]
            elif role.kind in ("money", "share", "count"):
                cued = [
                    v for v in values
                    if v.kind == role.kind and v.start not in used and R._unit_ok(self.schema, role, v, ctx.low[v.end : v.end + 5])
                    and (R._cue_before(ctx, v.start, role.pre, sent.start) or R._cue_after(ctx, v.end, role.post, sent.end) or R._pattern_before(ctx, v.start, role, sent.start))
                ]
                if not cued:
                    continue
                ev.args[role.name] = R.arg_value(ctx, role, cued[0])
                ev.arg_spans[role.name] = [Span(cued[0].start, cued[0].end)]
                used.add(cued[0].start)
            else:
                continue
            ev.arg_confidence[role.name] = 0.7
            filled = True
        # 若以7.8万名员工计算,将波及约7800人: the figures of an event the sentence goes on about, by kind and unit;
        # "The order is worth about 150 billion yen": its amount too, when the sentence opens on the event
        opens = ctx.is_english() and any(text.startswith(a) for a in ctx.cues.event_anaphors.get(ev.type, ()))
        for role in self.schema.types[ev.type].roles.values():
            if role.name in ev.args or role.pre or role.post or role.pre_pattern or role.kind not in ("count", "share", *(("money",) if opens else ())):
                continue
            fits = [v for v in values if v.kind == role.kind and v.start not in used and R._unit_ok(self.schema, role, v, ctx.low[v.end : v.end + 5])]
            if fits:
                ev.args[role.name] = R.arg_value(ctx, role, fits[-1])
                ev.arg_spans[role.name] = [Span(fits[-1].start, fits[-1].end)]
                ev.arg_confidence[role.name] = 0.6
                used.add(fits[-1].start)
                filled = True
        if filled:
            ev.more.append(Span(sent.start, sent.end))

    def _headline_events(self, doc: Document) -> list[Event]:
        """Events stated by related headlines, each headline read on its own and marked as such."""
        out: list[Event] = []
        for h in doc.headlines:
            if h.end <= h.start or doc.text[h.start : h.end] != h.title:
                continue
            when = (h.time or doc.dateline or doc.published or "")[:10] or None
            sub = Document(id=f"{doc.id}#headline", source=doc.source, text=h.title, lang=doc.lang, dateline=when, body=Span(0, len(h.title)))
            ctx = build(sub, self.linker)
            found: list[Event] = []
            for sent in ctx.sentences:
                found.extend(self._sentence(ctx, sent))
            out.extend(_shifted(ev, h.start) for ev in merge_events(found, self.role_kinds))
        return out

    def _sentence(self, ctx: Context, sent: Sentence) -> list[Event]:
        blocked = [(m.start, m.end) for m in ctx.mentions_in(sent.start, sent.end) if m.source != "coref"]
        blocked += [(v.start, R.number_end(v)) for v in ctx.values_in(sent.start, sent.end)]
        blocked += [m.span() for m in _URL.finditer(ctx.low, sent.start, sent.end)]  # www.szse.cn/disclosure/listed
        cands: list[R.Candidate] = []
        seen: set[tuple[str, int]] = set()
        estimates: set[int] = set()  # financial figures the company estimates (业绩预告): triggers' starts
        for trig in self.finder.find(ctx.low, sent.start, sent.end):
            if any(s < trig.end and trig.start < e for s, e in blocked):
                continue
            if is_conditional(ctx, sent, trig.start) or readings.relative_clause(ctx, sent, trig) or readings.no_longer(ctx, trig) or readings.ongoing(ctx, sent, trig) or readings.internal_move(ctx, sent, trig) or readings.as_purpose(ctx, sent, trig) or readings.no_comment(ctx, sent, trig) or readings.departure_reason(ctx, sent, trig) or readings.analyst_forecast(ctx, sent, trig) or readings.at_risk(ctx, trig) or readings.none_done(ctx, trig):
                continue
            for tname in trig.types:
                prop: bool | None = None
                if tname == "financial_metric" and readings.rd_budget(ctx, self.schema, sent, trig):
                    tname = "spending"  # 今年研发支出将达约80亿美元: a budget, not a reported figure
                if tname == "financial_metric" and readings.forecast(ctx, sent, trig.start):
                    if not readings.results_estimate(ctx, self.schema, sent, trig):
                        continue
                    estimates.add(trig.start)
                if tname == "ipo" and readings.not_a_listing(ctx, sent, trig):
                    continue
                if tname == "hire" and (readings.not_a_trade(ctx, sent, trig) or readings.hiring_at_large(ctx, trig) or relatives.added_no_person(ctx, trig)):
                    continue
                if tname == "launch" and readings.not_a_launch(ctx, sent, trig):
                    continue
                if tname == "partnership" and readings.passing_partnership(ctx, sent, trig):
                    continue
                if tname == "layoff" and readings.not_jobs_going(ctx, trig):
                    continue
                if tname == "investment" and (readings.sold_stake(ctx, sent, trig) or readings.held_stake(ctx, sent, trig)):
                    continue  # sold its entire stake in Nvidia: no investment (a sale to a named buyer is an acquisition)
                if tname == "investment" and readings.invest_to_build(ctx, sent, trig):
                    tname = "spending"  # 将投资新台币60亿元建置主权AI云
                if tname == "investment" and readings.raised_on_exchange(ctx, sent, trig):
                    tname = "ipo"  # 拟在科创板募资39亿元
                if tname in ("acquisition", "procurement", "hire") and relatives.spree(ctx, trig):
                    continue
                if tname == "procurement" and relatives.use_no_number(ctx, trig):
                    continue
                if tname == "procurement" and readings.generic_deal(ctx, sent, trig):
                    continue  # a deal with X to merge / paid a fine: no supply deal
                if tname == "procurement" and readings.equity_purchase(ctx, sent, trig):
                    tname = "acquisition"  # 购买X公司51%股权: buying a company's equity is no supply deal
                if tname in ("procurement", "acquisition"):
                    prop = readings.property_bought(ctx, sent, trig)
                    if prop is not None:  # 斥资买下一处厂办园区: property is spending; from a named seller, an acquired asset
                        tname = "acquisition" if prop else "spending"
                if tname == "acquisition" and not prop and (not readings.takes_shares(ctx, sent, trig) or readings.stake_sale(ctx, sent, trig) or readings.produce_purchase(ctx, sent, trig)):
                    continue
                if tname == "acquisition" and prop is None and readings.stake_purchase(ctx, sent, trig.end):
                    tname = "investment"
                key = (tname, sent.clause_index(trig.start))
                floor = _coordinated_event(ctx, cands, key, trig) if key in seen else -1
                if floor >= 0:
                    key = (tname, sent.clause_index(trig.start) + 1000 * trig.start)
                before = _before_trigger(ctx, sent, trig.start)
                cand = R.Candidate(self.schema.types[tname].for_trigger(trig.word, before), trig, sent, floor=floor)
                if key in seen:
                    # 完成由X领投的…融资: the round's own word, not the participant's, heads the clause's event
                    parts = ctx.cues.lex["participation"]
                    i = next(i for i, c in enumerate(cands) if (c.type.name, sent.clause_index(c.trigger.start)) == key)
                    if cands[i].trigger.word in parts and trig.word not in parts:
                        cands[i] = cand
                    continue
                seen.add(key)
                cands.append(cand)
        if not cands:
            return []
        if ctx.is_english():
            _own_clause_floor(sent, cands)
        cands = readings.one_reading_per_trigger(ctx, sent, cands)
        cands = readings.headcount_in_layoff(self.schema, cands)
        # a weak trigger (支出, 募资, spend) yields to a stronger event of another type whose core is an amount
        strong = {c.type.name for c in cands if c.trigger.word not in c.type.weak and any(r.kind == "money" and not r.minor for r in c.type.roles.values())}
        cands = [c for c in cands if not (c.trigger.word in c.type.weak and strong - {c.type.name}) or readings.own_outlay(ctx, sent, c, cands)]
        cands = relatives.valued_yields(cands)
        cands = readings.one_round(ctx, cands)
        cands = readings.majority_stake(ctx, sent, cands)
        cands = readings.listing_raise(ctx, cands)
        R.assign_values(ctx, self.schema, sent, cands)
        cands = link_comparisons(ctx, self.schema, cands)
        R.assign_entities(ctx, sent, cands)
        cands = [each for c in cands for each in readings.respectively(ctx, c)]
        cands = readings.one_listing(ctx, cands)
        for cand in cands:
            phrases.fill_person_phrase(ctx, cand)
            phrases.fill_subject_org(ctx, cand)
            phrases.fill_partner_phrase(ctx, cand)
            R.former_employer(ctx, cand)
            R.fill_text_roles(ctx, self.schema, cand)
            readings.build_purpose(ctx, cand)
            readings.division_bought(ctx, cand)
            readings.recruiter_is_subject(ctx, cand)
            readings.joined_destinations(ctx, cand)
            readings.employer_in_post(ctx, cand)
            readings.spun_off_company(ctx, cand)
            R.brand_supplier(ctx, cand)
            R.buyer_not_supplier(ctx, cand)
            readings.ordered_from(ctx, cand)
            readings.buyer_of_assigned_supply(ctx, cand)
            readings.listing_place(ctx, cand)
            readings.listing_adviser(ctx, cand)
            readings.holder_sells(ctx, cand)
            readings.offer_to_target(ctx, cand)
            readings.joint_signers(ctx, cand)
            readings.backed_by(ctx, cand)
            readings.paid_for(ctx, cand)
            readings.part_bought(ctx, cand)
            launches.fill_launch_phrases(ctx, cand)
            readings.sale_target(ctx, cand)
            readings.talks_target(ctx, cand)
            R.fill_dates(ctx, cand)
            readings.effective_date(ctx, cand)
            readings.from_today(ctx, cand)
            readings.group_not_person(cand)
            readings.internal_transfer(ctx, cand)
            readings.possessed_recruit(ctx, cand)
            readings.possessor_not_person(ctx, cand)
            readings.possessed_round(ctx, cand)
            readings.partner_formed_with(ctx, cand)
            relatives.venture_founders(ctx, cand)
            relatives.described_object_target(ctx, cand)
            readings.bare_workforce(ctx, cand)
            readings.bare_headcount(ctx, cand)
            readings.purpose_before_which(ctx, cand)
            readings.post_to_lead(ctx, cand)
            readings.apposed_post(ctx, cand)
        cands = readings.topic_header(ctx, cands)
        cands = relatives.venture_not_launch(ctx, cands)
        cands = relatives.further_cuts(ctx, cands)
        cands = relatives.coordinated_purchases(ctx, cands)
        cands = readings.one_reorganization(ctx, cands)
        cands = readings.order_amount(ctx, cands)
        readings.payer_is_recruiter(cands)
        readings.shared_subject(ctx, cands)
        cands += [d for d in (readings.poached_departure(ctx, self.schema, c) for c in list(cands)) if d is not None]
        cands += [h for h in (readings.became_post(ctx, self.schema, c) for c in list(cands)) if h is not None]
        cands = self._fold_partial(cands)
        out: list[Event] = []
        for cand in cands:
            mod = modality(ctx, sent, cand.trigger.start, cand.trigger.end)
            if mod == "reported" and readings.self_reported(ctx, cand):
                mod = "confirmed"
            if cand.type.name == "financial_metric" and cand.prior_of is not None and _prior_attached(cand):
                continue  # 同期净亏损为29.6亿元,上年同期净亏损为24.7亿元: the year-earlier figure is the first one's previous value
            if cand.type.name == "financial_metric":
                fill_period(ctx, cand)
                prior_period(cand)
                segment_metric(ctx, cand)
                if growth_class(ctx, cand) or part_of_total(ctx, cand) or _no_loss(ctx, cand) or readings.per_share_consensus(ctx, cand):
                    continue
                if cand.trigger.start not in estimates and readings.future_period(ctx, cand):
                    continue  # a target or guidance for a period still to come
                if cand.trigger.start in estimates:
                    if not readings.period_closed(ctx, cand):
                        continue  # guidance for a period still to come
                    mod = readings.estimate(ctx, cand, mod)
            if "date" in cand.type.roles and "date" not in cand.args and mod in ("rumored", "planned") and ctx.anchor and not (ctx.is_english() and cand.type.name in ("hire", "departure")):
                cand.args["date"] = [Value("date", cand.trigger.start, cand.trigger.start, "", {"value": ctx.anchor.isoformat()[:7]})]  # from the dateline: no span
            if (cand.type.name == "investment" and readings.buyback(ctx, cand)) or (cand.type.name in ("investment", "spending") and readings.running_total(ctx, cand)):
                continue
            if cand.type.name == "investment":
                readings.stake_target(ctx, cand)
                readings.own_investor(cand)
                readings.named_investors(ctx, cand)
                readings.subscribed_issuer(ctx, cand)
                relatives.in_which_target(ctx, cand)
                relatives.valued_subject(ctx, cand)
                cand = readings.own_project(ctx, self.schema, cand)
            if cand.type.name == "investment" and "target" not in cand.args:
                if cand.type is not self.schema.types["investment"] and ctx.is_english():
                    continue  # "startups raised a record $5bn": a receiving voice with no one who receives
                cand = readings.as_spending(ctx, self.schema, cand)
            cand = relatives.pay_to_do(ctx, self.schema, cand)
            if relatives.use_without_amount(ctx, cand) or relatives.valued_without_round(ctx, cand):
                continue
            if cand.type.name == "spending":
                cand = readings.spent_with_supplier(ctx, self.schema, cand)
            if readings.bare_proceeds(ctx, cand) or readings.bare_supply(ctx, cand) or readings.pay_statistic(ctx, cand) or readings.grantees_leave(ctx, cand) or readings.aggregate(ctx, cand) or readings.market_spending(ctx, cand) or readings.own_make_deployed(ctx, cand) or not readings.org_change(ctx, cand):
                continue
            if launches.generic_product(ctx, cand):
                continue
            if launches.postponed(ctx, cand) or launches.unnamed_product(ctx, cand):
                continue
            readings.annual_pay(ctx, cand)
            self._payer_not_payee(ctx, cand)
            cand = readings.spent_on_hardware(ctx, self.schema, cand)
            readings.staff_from_to(ctx, cand)
            if cand.type.name == "layoff" and not readings.jobs_cut(ctx, cand):
                continue
            if mod == "denied":
                readings.denier_as_agent(ctx, cand)
            R.buyer_not_supplier(ctx, cand)  # again: folding may have joined a buyer and a seller that are one
            group = readings.group_hired(ctx, self.schema, cand)
            if not (self._complete(cand, mod) or readings.valued_round(ctx, cand) or group) or not readings.grounded(cand):
                continue
            out.extend(self._event(ctx, one, mod) for each in readings.each_appointee(ctx, cand) for one in readings.each_product(ctx, each))
            if group is not None:
                out.extend(_group_departure(ctx, self.schema, out[-1], group))
            agent = _agent(cand)
            if agent is not None:
                ctx.last_agent = agent
        if any(e.type in _PARTNER_SUBSUMED_BY for e in out):
            out = [e for e in out if e.type != "partnership" or readings.signed_document(ctx, e) or readings.joint_work(ctx, e) or not _subsumed(e, out)]
        return out

    def _fold_partial(self, cands: list[R.Candidate]) -> list[R.Candidate]:
        """开出了为期四年、总额九位数的薪酬: a trigger whose event is incomplete lends its roles to the same type's complete event in the sentence."""
        out = list(cands)
        for c in cands:
            if self._complete(c):
                continue
            peers = [o for o in out if o is not c and o.type.name == c.type.name and self._complete(o)]
            if not peers:
                continue
            into = min(peers, key=lambda o: abs(o.trigger.start - c.trigger.start))
            for role, fills in c.args.items():
                into.args.setdefault(role, fills)
            out.remove(c)
        # preparing to list on the Singapore Exchange … no plans for an IPO: two words, one event of the same actors
        kept: list[R.Candidate] = []
        for c in out:
            twin = next((k for k in kept if k.type.name == c.type.name and _same_actors(k, c)), None)
            if twin is None:
                kept.append(c)
                continue
            for role, fills in c.args.items():
                if role == "stage" and _default_stage(twin.args.get(role)):
                    twin.args[role] = fills  # the listing … which withdrew its IPO filing: the stage a word states, not the default
                twin.args.setdefault(role, fills)
        return kept

    def _complete(self, cand: R.Candidate, mod: str = "reported") -> bool:
        present = {r for r, fs in cand.args.items() if fs}
        if mod == "denied" and cand.type.name not in ("financial_metric", "launch", "spending") and any(r.kind == "entity" and r.side == "before" and r.default and r.name in present for r in cand.type.roles.values()):
            return True  # "X has no plans to go public": a denial names only who denies (not for figures or spending: a denied figure states one)
        return not cand.type.require or any(set(group) <= present for group in cand.type.require)

    def _event(self, ctx: Context, cand: R.Candidate, mod: str) -> Event:
        args: dict[str, object] = {}
        spans: dict[str, list[Span]] = {}
        lo, hi = cand.trigger.start, cand.trigger.end
        for rname, fillers in cand.args.items():
            role = cand.type.roles[rname]
            if cand.type.name in _EMPLOYMENT and rname in ("org", "to_org", "from_org"):
                fillers = [self._employer(f) for f in fillers]
            vals = [R.arg_value(ctx, role, f) for f in fillers]
            vals = [v for v in vals if v is not None]
            if not vals:
                continue
            args[rname] = vals if (role.many and len(vals) > 1) else vals[0]
            spans[rname] = [Span(f.start, f.end) for f in fillers]
            if rname in cand.fallback:
                continue
            for f in fillers:
                if not (cand.sent.start <= f.start and f.end <= cand.sent.end and f.end > f.start) or f.start < cand.floor:
                    continue
                hops = cand.sent.clause_index(f.start) - cand.clause
                if -1 <= hops <= 2 and (role.kind != "date" or -1 <= hops <= 1) and not (ctx.is_english() and role.kind == "date" and hops < 0):
                    lo, hi = min(lo, f.start), max(hi, f.end)
        role_conf = {r: _role_confidence(cand, r) for r in args}
        filled = len(args)
        mean = sum(role_conf.values()) / filled if filled else 0.0
        conf = 0.2 + 0.5 * mean + 0.05 * min(filled, 4)
        if cand.trigger.word in cand.type.weak:
            conf -= 0.1
        said_by = attribution(ctx, cand.sent, cand.trigger.start, mod, _subject(ctx, cand) or _agent(cand) or _party(cand) or _any_org(cand))
        org = next((f for f in cand.args.get("org", []) if isinstance(f, Mention)), None)
        if mod == "reported" and cand.type.name == "financial_metric" and org is not None and speaker(ctx, cand.sent) == (org.name or org.text):
            mod = "confirmed"  # the chipmaker said revenue rose: the company states its own figures
        return Event(
            type=cand.type.name,
            args=args,
            evidence=Span(lo, hi),
            evidence_text=ctx.doc.text[lo:hi],
            modality=mod,
            attribution=said_by,
            confidence=round(max(0.05, min(0.99, conf)), 2),
            arg_spans=spans,
            arg_confidence=role_conf,
        )


_URL = re.compile(r"(?:https?://|www\.)[^\s\u4e00-\u9fff]+|[a-z0-9-]+(?:\.[a-z0-9-]+)+/[^\s\u4e00-\u9fff]*")


def _recalled(ctx: Context, ev: Event) -> bool:
    """The event is recalled as an earlier one: its clause opens with 去年/此前/上一轮 … before the trigger."""
    head = ctx.low[max(0, ev.evidence.start - 12) : ev.evidence.start + 12]
    return any(w in head for w in ctx.cues.lex["recalled_before"])


def _drop_past_listings(ctx: Context, events: list[Event]) -> list[Event]:
    """公司于2010年12月9日上市 in a page about 2018: a listing years before the page's own time is background, not news.
    The page's time is its dateline's year, else the latest year its dates name."""
    years = [int(y) for v in ctx.values_in(0, len(ctx.norm)) if v.kind == "date" and (y := year_of(v.norm.get("value"))).isdigit()]
    dateline = ctx.doc.dateline or ""
    now = int(dateline[:4]) if dateline[:4].isdigit() else max(years, default=0)
    if not now:
        return events
    return [e for e in events if not (e.type == "ipo" and (y := year_of(e.args.get("date"))).isdigit() and int(y) <= now - 3)]


def _title_end(doc: Document) -> int:
    """The end of the page's title when the text opens with it (0 when it does not)."""
    title = (doc.title or "").strip()
    return len(title) if title and doc.text.startswith(title) else 0


_ORDER_NOUNS = ("订单", "大单")


def _before_trigger(ctx: Context, sent: Sentence, pos: int) -> str:
    """The words just before a trigger in its clause, looking past a figure that stands between (received a $5bn investment)."""
    cs, _ = sent.clauses[sent.clause_index(pos)]
    lo = max(cs, pos - 12)
    if not ctx.is_english() and ctx.low.startswith(_ORDER_NOUNS, pos):
        lo = max(cs, pos - 30)  # 广达已接获美系云端大厂新一代自研ASIC服务器订单: what the order is for stands between
    if ctx.is_english() and re.match(r"orders?\b", ctx.low[pos : pos + 7]):
        lo = max(cs, pos - 30)  # secured HBM4 orders from AMD: what is ordered stands between the verb and the order
    for v in reversed(ctx.values_in(max(cs, pos - 60), pos)):
        if v.kind == "money" and v.end >= lo:  # 获得美国云端大厂约20亿美元的AI服务器订单
            lo = max(cs, v.start - (20 if ctx.is_english() else 12))
    return ctx.low[lo:pos]


_APPOSITION = re.compile(r",\s+(?:the\s+|a\s+|an\s+)?[\w'’ -]{3,40}?(?:'s|’s|\barm|\bunit|\bfund|\bfirm|\bcompany|\bgroup)\b[\w ’'-]{0,30},")


def _past_apposition(ctx: Context, pos: int, end: int) -> int:
    """NVentures, Nvidia's venture arm, also participated: the words after a name go on past what describes it."""
    m = _APPOSITION.match(ctx.low, pos, end)
    return m.end() if m else pos


_ALSO_TOOK_PART = re.compile(r"\balso\s+(?:participated|invested|took part|joined in|chipped in|put in money|backed the company|backed it)\b")


def _also_took_part(ctx: Context, ev: Event, sent: Sentence) -> bool:
    """Index Ventures led the round. Lightspeed and Conviction also participated: the next sentence names more of its investors."""
    return ev.type == "investment" and ctx.is_english() and sent.start - ev.evidence.end < 300 and _ALSO_TOOK_PART.search(ctx.low, sent.start, sent.end) is not None


def _group_departure(ctx: Context, schema: Schema, hire: Event, count: Value) -> list[Event]:
    """OpenAI has hired three researchers from Meta: a group hired away is also a departure, with its count, from the old employer."""
    if "from_org" not in hire.args:
        return []
    args: dict[str, object] = {"count": R.arg_value(ctx, schema.role("departure", "count"), count), "org": hire.args["from_org"]}
    for src, dst in (("org", "to_org"), ("person", "person"), ("date", "date")):
        if src in hire.args:
            args[dst] = hire.args[src]
    spans = {dst: hire.arg_spans[src] for src, dst in (("from_org", "org"), ("org", "to_org")) if src in hire.arg_spans}
    spans["count"] = [Span(count.start, count.end)]
    return [replace(hire, type="departure", args=args, arg_spans=spans, arg_confidence={r: hire.arg_confidence.get(r, 0.6) for r in args})]


def _hires_from_moves(ctx: Context, events: list[Event]) -> list[Event]:
    """郭文彬已离职,下一站是字节 / 离职并重返OpenAI: one named who leaves for another company is hired there too."""
    out: list[Event] = []
    for dep in events:
        if dep.type != "departure" or not dep.args.get("to_org") or _names(dep.args["to_org"]) & _names(dep.args.get("org")):
            continue
        people = dep.args.get("person") or _group_named_next(ctx, dep)
        if not people:
            continue
        names = _names(people)
        near = Span(dep.evidence.start - 40, dep.evidence.end + 40)
        if any(ev.type == "hire" and ev.evidence.overlaps(near) and names & _names(ev.args.get("person")) for ev in events):
            continue
        args: dict[str, object] = {"person": people, "org": dep.args["to_org"]}
        spans = {"person": dep.arg_spans.get("person") or [Span(p["start"], p["end"]) for p in _as_dicts(people)], "org": dep.arg_spans.get("to_org", [])}
        for src, dst in (("org", "from_org"), ("date", "date")):
            if src in dep.args:
                args[dst] = dep.args[src]
                spans[dst] = dep.arg_spans.get(src, [])
        out.append(replace(dep, type="hire", args=args, arg_spans=spans, arg_confidence={r: dep.arg_confidence.get(r, 0.6) for r in args}, more=[]))
    return out


_GROUP_NAMED_ZH = re.compile(r"^(?:[^，,。；;]{0,8}[，,]\s*)?(?:这|该|上述|此)\s*(\d+|[一二两三四五六七八九十]+)\s*(?:名|位|个)?\s*(?:人|研究员|工程师|高管|成员|员工)?\s*(?:分别是|分别为|包括|为|是)")


def _group_named_next(ctx: Context, dep: Event) -> object:
    """4名研究员离职,全数加入Meta。这4人包括A、B与C: the group that left is named in the next sentence."""
    count = dep.args.get("count")
    if not isinstance(count, int):
        return None
    nxt = next((s for s in ctx.sentences if s.start >= dep.evidence.end), None)
    if nxt is None or nxt.start - dep.evidence.end > 80:
        return None
    m = _GROUP_NAMED_ZH.match(ctx.low[nxt.start : nxt.end].lstrip())
    if m is None or m.group(1) not in (str(count), _CN_DIGITS.get(count, "")):
        return None
    pos = nxt.start + (len(ctx.low[nxt.start : nxt.end]) - len(ctx.low[nxt.start : nxt.end].lstrip())) + m.end()
    stop = re.search(r"[,;，；]", ctx.low[pos : nxt.end])  # the list runs to the clause's end, past its 、
    ce = pos + stop.start() if stop else nxt.end
    seen: list[dict[str, object]] = []
    for p in ctx.mentions_in(pos, ce):
        if p.type == "person" and (p.name or p.text) not in {q["name"] for q in seen}:
            seen.append({"name": p.name or p.text, "id": p.entity_id, "mention": ctx.doc.text[p.start : p.end], "start": p.start, "end": p.end})
    if len(seen) != count:
        return None
    return seen if count > 1 else seen[0]


_CN_DIGITS = {1: "一", 2: "两", 3: "三", 4: "四", 5: "五", 6: "六", 7: "七", 8: "八", 9: "九", 10: "十"}


def _as_dicts(val: object) -> list[dict[str, int]]:
    """The argument's items that are JSON objects."""
    items = val if isinstance(val, list) else [val]
    return [i for i in items if isinstance(i, dict)]


_STARTS = re.compile(r"\s*(?:[a-z'-]+\s+){0,2}?(?:starts|will start|begins|will begin|takes up the (?:post|role|job)|will take up the (?:post|role|job)|takes over|will take over|joins|will join)\s+(?:in|on)\s+$")


def _starts_next(ctx: Context, events: list[Event]) -> None:
    """AWS hired Rohan Mehta to lead the team. Mehta starts in June: the start told in the next sentence dates the hire."""
    starts = [s.start for s in ctx.sentences]
    for ev in events:
        if ev.type != "hire" or ev.args.get("date") or ev.source != "body" or not ev.args.get("person"):
            continue
        i = bisect_right(starts, ev.evidence.start)
        if i >= len(ctx.sentences):
            continue
        nxt = ctx.sentences[i]
        who = next((m for m in ctx.mentions_in(nxt.start, nxt.end) if m.type == "person"), None)
        if who is None or who.start - nxt.start > 2 or not _names(ev.args["person"]) & {who.entity_id or who.name}:
            continue
        when = next((v for v in ctx.values_in(who.end, nxt.end) if v.kind == "date" and v.norm.get("value")), None)
        if when is None or not _STARTS.fullmatch(ctx.low, who.end, when.start):
            continue
        ev.args["date"] = when.norm["value"]
        ev.arg_spans["date"] = [Span(when.start, when.end)]
        ev.arg_confidence["date"] = 0.6


def _own_clause_floor(sent: Sentence, cands: list[R.Candidate]) -> None:
    """X signed a deal with A for GPUs, and in May agreed to pay B …: a second event of a type in a later clause has its own
    evidence, from its clause on (the subject it shares still fills its roles)."""
    for c in cands:
        if c.floor >= 0 or c.type.name not in ("procurement", "acquisition", "spending"):
            continue
        if any(o is not c and o.type.name == c.type.name and o.clause < c.clause for o in cands):
            c.floor = sent.clauses[c.clause][0]


def _left_after_hired(events: list[Event]) -> None:
    """Samsung hired Kim Tae-hoon … . Kim left SK hynix in June: a departure told right after a hire goes to the hirer."""
    for dep in events:
        if dep.type != "departure" or dep.args.get("to_org") or not dep.args.get("person"):
            continue
        hire = next((h for h in events if h.type == "hire" and 0 <= dep.evidence.start - h.evidence.end <= 160 and _names(h.args.get("person")) & _names(dep.args["person"])), None)
        if hire is None or not hire.args.get("org") or _names(hire.args["org"]) & _names(dep.args.get("org")):
            continue
        dep.args["to_org"] = hire.args["org"]
        dep.arg_spans["to_org"] = hire.arg_spans.get("org", [])
        dep.arg_confidence["to_org"] = min(hire.arg_confidence.get("org", 0.6), 0.6)


def _names(val: object) -> set[object]:
    """The ids (else names) of the people an argument holds."""
    items = val if isinstance(val, list) else [val]
    return {i.get("id") or i.get("name") for i in items if isinstance(i, dict)}


def _shifted(ev: Event, offset: int) -> Event:
    """An event found in a headline, moved to page offsets and marked as coming from a headline."""
    ev.evidence = Span(ev.evidence.start + offset, ev.evidence.end + offset)
    ev.arg_spans = {r: [Span(s.start + offset, s.end + offset) for s in spans] for r, spans in ev.arg_spans.items()}
    for val in ev.args.values():
        for item in val if isinstance(val, list) else [val]:
            if isinstance(item, dict) and isinstance(item.get("start"), int) and isinstance(item.get("end"), int):
                item["start"] += offset
                item["end"] += offset
    ev.source = "headline"
    ev.confidence = round(ev.confidence * 0.9, 2)
    return ev


def _role_confidence(cand: R.Candidate, role: str) -> float:
    """How sure the filler of ``role`` is: cued > near in the same clause > far > through a reference > topic."""
    if role in cand.fallback:
        return 0.45
    kind = cand.type.roles[role].kind
    fillers = cand.args.get(role, [])
    first = fillers[0] if fillers else None
    if isinstance(first, Mention) and first.source == "coref":
        return 0.65
    if role in cand.cued:
        return 0.9
    if kind == "text":
        return 0.6
    if first is not None and first.end > first.start:
        hops = abs(cand.sent.clause_index(first.start) - cand.clause)
        return 0.85 if hops == 0 else (0.75 if hops == 1 else 0.6)
    return 0.55  # a date supplied by the dateline


_EMPLOYMENT = frozenset({"hire", "departure", "pay_offer"})


def _agent(cand: R.Candidate) -> Mention | None:
    """The filler of the event's first default role on the trigger's left (its doer), when found in the text."""
    for role in cand.type.roles.values():
        if role.kind == "entity" and role.default and role.side == "before":
            fillers = cand.args.get(role.name)
            if fillers and role.name not in cand.fallback and isinstance(fillers[0], Mention) and fillers[0].type == "org":
                return fillers[0]
            return None
    return None


def _ids(v: object) -> set[str]:
    """The identities of an event argument's entities."""
    items = v if isinstance(v, list) else [v]
    return {str(d.get("id") or d.get("name")) for d in items if isinstance(d, dict) and ("id" in d or "name" in d)}


def _subsumed(partnership: Event, events: list[Event]) -> bool:
    """A partnership is the deal of a supply, investment or takeover in its sentence unless its partner takes no part in one
    (a partnership with Atlassian, and a purchase of GPU capacity from CoreWeave)."""
    partners = _ids(partnership.args.get("partner"))
    if not partners or not _english_event(partnership):
        return True
    for e in events:
        if e.type in _PARTNER_SUBSUMED_BY and partners & set().union(*(_ids(v) for v in e.args.values())):
            return True
    return False


def _english_event(ev: Event) -> bool:
    """Whether the event was read from English text (its evidence has Latin letters and no CJK)."""
    return not re.search(r"[\u4e00-\u9fff]", ev.evidence_text or "")


_DENIED_REPORT = re.compile(r"\b(?:denied|denies|rejected|rejects|dismissed|disputed)\s+(?:that|the|those|these|this|such)\s+(?:report|reports|account|claim|claims)\b")


def _shares_from_sellers(ctx: Context, events: list[Event]) -> list[Event]:
    """SoftBank will acquire a 60% stake in Mujin. SoftBank will buy shares from existing investors including A and B: the
    shares bought from the sellers are the deal before, and A and B are its sellers."""
    if not ctx.is_english():
        return events
    out: list[Event] = []
    for ev in events:
        seller, target = ev.args.get("seller"), ev.args.get("target")
        bare = ev.type == "acquisition" and str(ev.args.get("asset") or "").lower() in ("shares", "stock", "existing shares", "their shares")
        deal = next((e for e in reversed(out) if e.type == "acquisition" and e is not ev and ev.evidence.start - e.evidence.end <= 600), None)
        if not (bare and deal is not None and isinstance(seller, dict) and isinstance(target, dict) and seller.get("name") == target.get("name")):
            out.append(ev)
            continue
        start = ev.arg_spans.get("seller", [Span(ev.evidence.start, ev.evidence.end)])[0].start
        sent_end = next((s.end for s in ctx.sentences if s.start <= start < s.end), ev.evidence.end)
        names = [m for m in ctx.mentions_in(start, sent_end) if m.type == "org" and m.source != "coref"]
        listed = R._coordinated(ctx, names[0], names) if names else []
        deal.args["seller"] = [{"name": m.name or m.text, "id": m.entity_id, "mention": ctx.doc.text[m.start : m.end], "start": m.start, "end": m.end} for m in listed] or seller
        if listed:
            deal.arg_spans["seller"] = [Span(m.start, m.end) for m in listed]
        deal.more.append(ev.evidence)
    return out


def _no_loss(ctx: Context, cand: R.Candidate) -> bool:
    """The division lost $5.1bn in the quarter is a loss; lost 5% / lost $100bn in market value / lost the contract is none."""
    t = cand.trigger
    if t.word not in ("lost", "loses"):
        return False
    money = next((v for v in ctx.values_in(t.end, t.end + 20) if v.kind == "money"), None)
    if money is None or ctx.low[t.end : money.start].strip() not in ("", "about", "nearly", "roughly", "more than", "almost", "around"):
        return True
    return bool(re.match(r"\s*(?:of|in)\s+(?:its\s+)?(?:market\s+value|market\s+cap|value|valuation|market\s+capitali[sz]ation)", ctx.low[money.end : money.end + 40]))


_POST_NAMED = re.compile(r"(?:一职|之职|职务|职位)(?:将|则|已|改|暂|并)?由")


def _successor_post(ctx: Context, events: list[Event], found: list[Event]) -> None:
    """X will step down as CFO. She will be succeeded by Deputy CFO Y: the successor takes the post the one leaving held."""
    for ev in found:
        takes_over = (not ctx.is_english() and ev.args.get("change") in ("接任", "接替", "接棒")) or (
            ctx.is_english() and re.search(r"\b(?:succeeded|replaced)\s+by\b", ev.evidence_text.lower())
        )
        if ev.type != "hire" or not takes_over:
            continue
        before = [e for e in found if e.evidence.start < ev.evidence.start] + events[::-1]  # 沈抖已卸任,由李硕接任: the same sentence first
        left = next((e for e in before if e.type == "departure" and e.args.get("role") and ev.evidence.start - e.evidence.end <= 300), None)
        if left is None:
            continue
        if not (ev.args.get("role") and _POST_NAMED.search(ctx.low, max(0, ev.evidence.start - 20), ev.evidence.end)):
            ev.args["role"] = left.args["role"]  # (技术长一职由吴承恩接任: the post taken is named)
            ev.arg_spans["role"] = left.arg_spans.get("role", [])
        if "org" not in ev.args and left.args.get("org"):
            ev.args["org"] = left.args["org"]


_GROUP_NAMED = re.compile(r"\s*(?:the|both|all)\s+(?:\w+\s+){0,2}?(?:researchers|engineers|executives|hires|scientists|employees|staffers|leaders|two|three|four|five|pair|trio)\s*(?:,|—|–|--)\s*")
_LIST_GLUE = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)")


def _listed_people(ctx: Context, start: int, end: int) -> list[Mention]:
    """Ada Park, Ben Cole, and Cy Diaz: the names listed one after another from ``start``."""
    people: list[Mention] = []
    at = start
    for m in ctx.mentions_in(start, end):
        if m.type != "person" or m.source == "coref" or m.start < at:
            continue
        glue = _LIST_GLUE.match(ctx.low, at, m.start) if people else None
        if m.start != at and (glue is None or glue.end() != m.start):
            break
        people.append(m)
        at = m.end
    return people


def _named_group(ctx: Context, sent: Sentence, events: list[Event]) -> None:
    """Meta has hired two more researchers from X. The researchers, Daniel Sato and Elif Kaya, worked on …: the
    sentence names the people the events before it counted."""
    if not ctx.is_english() or not events:
        return
    lead = _GROUP_NAMED.match(ctx.low, sent.start, sent.end)
    if lead is None:
        return
    people = _listed_people(ctx, lead.end(), sent.end)
    if len(people) < 2:
        return
    for ev in events[-3:]:
        if ev.type not in ("hire", "departure", "pay_offer") or ev.args.get("person") or sent.start - ev.evidence.end > 300:
            continue
        count = ev.args.get("count")
        if isinstance(count, int) and count != len(people):
            continue
        ev.args["person"] = [{"name": p.name or p.text, "id": p.entity_id, "mention": ctx.doc.text[p.start : p.end], "start": p.start, "end": p.end} for p in people]
        ev.arg_spans["person"] = [Span(p.start, p.end) for p in people]
        ev.arg_confidence["person"] = 0.7


_INCLUDING = re.compile(r"\bincluding\s+")
_NEXT_NAMED = re.compile(r"[^;]{0,90}?(?:,\s*and|\band|,)\s+$")


def _group_including(ctx: Context, sent: Sentence, found: list[Event]) -> None:
    """Reflection has hired 12 researchers from Google DeepMind, …, including Sofia Marchetti, who led …, and Daniel
    Osei, an infrastructure lead: the people named after "including" are among those the event counts."""
    if not ctx.is_english():
        return
    group = [ev for ev in found if ev.type in ("hire", "departure") and not ev.args.get("person")]
    if not any(isinstance(ev.args.get("count"), int) for ev in group):
        return  # a counted group (hired 12 researchers …), with the hire that moves it
    inc = _INCLUDING.search(ctx.low, max(ev.evidence.end for ev in group), sent.end)
    if inc is None:
        return
    people: list[Mention] = []
    at = inc.end()
    for m in ctx.mentions_in(inc.end(), sent.end):
        if m.type != "person" or m.source == "coref":
            continue
        if (people and not _NEXT_NAMED.fullmatch(ctx.low, at, m.start)) or (not people and m.start != at):
            break
        people.append(m)
        at = m.end
    if not people:
        return
    for ev in group:
        ev.args["person"] = [{"name": p.name or p.text, "id": p.entity_id, "mention": ctx.doc.text[p.start : p.end], "start": p.start, "end": p.end} for p in people]
        ev.arg_spans["person"] = [Span(p.start, p.end) for p in people]
        ev.arg_confidence["person"] = 0.65


_THEM = re.compile(
    r"(?<!some of )(?<!many of )(?<!most of )(?<!several of )(?<!one of )(?<!few of )"
    r"\b(?:(?:each|all|both|two|three|four) of them|offered them|to them|(?:the|these|those|both|all) (?:two|three|four|five)?\s*(?:researchers|engineers|executives|scientists|hires|recruits))\b"
)


def _paid_to_them(ctx: Context, events: list[Event]) -> None:
    """Meta hired Daniel Sato and Elif Kaya … Meta offered each of them a package: the pay goes to the people
    the hire or departure before it named."""
    if not ctx.is_english():
        return
    for i, ev in enumerate(events):
        if ev.type != "pay_offer" or ev.args.get("person") or ev.source != "body":
            continue
        k = bisect_right(ctx.sentence_starts(), ev.evidence.start) - 1
        start, end = (ctx.sentences[k].start, ctx.sentences[k].end) if k >= 0 else (ev.evidence.start, ev.evidence.end)
        if not _THEM.search(ctx.low, start, end):
            continue
        named = next(
            (e for e in reversed(events[:i]) if e.type in ("hire", "departure") and isinstance(e.args.get("person"), list)
             and ev.evidence.start - e.evidence.end < 1200),
            None,
        )
        if named is not None:
            ev.args["person"] = named.args["person"]
            ev.arg_spans["person"] = named.arg_spans.get("person") or []
            ev.arg_confidence["person"] = 0.6


_FOLLOWS_THAT_OF = re.compile(r"\b(?:departures?|exits?|resignations?|moves?)\s+(?:follows?|followed|comes?\s+after|came\s+after)\s+(?:that|those)\s+of\s+$")
_APPOSED_FOUNDER = re.compile(r",\s+(?:a|an|the)\s+[^,;]{1,40}?\b(co-?founder|founder)\b")


def _departures_followed(ctx: Context, events: list[Event]) -> list[Event]:
    """The departures follow that of Ada Park, a Lumen co-founder who joined Meta: the one named after 'that of' left
    the old employer of the hire the sentence reports."""
    if not ctx.is_english():
        return []
    out: list[Event] = []
    for ev in events:
        person = ev.args.get("person")
        spans = ev.arg_spans.get("person") or []
        if ev.type != "hire" or "from_org" not in ev.args or not isinstance(person, dict) or len(spans) != 1:
            continue
        p = spans[0]
        if not _FOLLOWS_THAT_OF.search(ctx.low, max(0, p.start - 60), p.start):
            continue
        args: dict[str, object] = {"person": person, "org": ev.args["from_org"], "to_org": ev.args.get("org")}
        arg_spans = {"person": [p], "org": ev.arg_spans.get("from_org") or [], "to_org": ev.arg_spans.get("org") or []}
        founder = _APPOSED_FOUNDER.match(ctx.low, p.end, min(len(ctx.low), p.end + 60))
        if founder is not None:
            args["role"] = ctx.doc.text[founder.start(1) : founder.end(1)]
            arg_spans["role"] = [Span(founder.start(1), founder.end(1))]
        if "date" in ev.args:
            args["date"] = ev.args["date"]
        args = {k: v for k, v in args.items() if v is not None}
        out.append(replace(ev, type="departure", args=args, arg_spans={k: v for k, v in arg_spans.items() if k in args},
                           arg_confidence={r: ev.arg_confidence.get(r, 0.6) for r in args}, more=list(ev.more)))
    return out


_UP_FROM = re.compile(r"\bup\s+from\s+")
_NEXT_UP_FROM = re.compile(r"\s*(?:that|this|it)\s+(?:would\s+be|will\s+be|is|was|'s)\s+up\s+from\s+")
_PRIOR_PLAN = re.compile(r"\s*(?:that\s+|which\s+)?(?:it|the\s+company|they)\s+(?:had\s+|has\s+)?(?:forecast|projected|pledged|pencilled\s+in|penciled\s+in|planned|budgeted|guided|targeted|set\s+aside|earmarked)\b")


def _role_of(ev: Event, name: str) -> Role:
    return load_schema().types[ev.type].roles[name]


def _prior_spending(ctx: Context, events: list[Event]) -> list[Event]:
    """expects to spend about $26bn, up from the $20bn it had forecast in September / That would be up from $125bn this
    year: the figure the new one is up from is a spending of its own, an earlier plan or an earlier year's."""
    if not ctx.is_english():
        return []
    out: list[Event] = []
    starts = ctx.sentence_starts()
    for ev in events:
        spans = ev.arg_spans.get("amount") or []
        if ev.type != "spending" or ev.source != "body" or len(spans) != 1:
            continue
        a = spans[0]
        i = bisect_right(starts, a.start) - 1
        if i < 0:
            continue
        sent = ctx.sentences[i]
        up = _UP_FROM.search(ctx.low, a.end, min(sent.end, a.end + 160))
        if up is not None and any(x.kind == "money" for x in ctx.values_in(a.end, up.start())):
            up = None  # up from … after another figure: that figure's
        if up is None and i + 1 < len(ctx.sentences):
            up = _NEXT_UP_FROM.match(ctx.low, ctx.sentences[i + 1].start)
            sent = ctx.sentences[i + 1] if up is not None else sent
        if up is None:
            continue
        v = next((x for x in ctx.values_in(up.end(), min(sent.end, up.end() + 40)) if x.kind == "money"), None)
        if v is None or ctx.low[up.end() : v.start].strip() not in ("", "the", "roughly", "about", "around", "nearly", "some"):
            continue
        stop = re.compile(r"[,;]|\.(?:\s|$)").search(ctx.low, v.end, sent.end)
        ce = stop.start() if stop is not None else sent.end
        when = [x for x in ctx.values_in(v.end, ce) if x.kind in ("date", "period")]
        plan = _PRIOR_PLAN.match(ctx.low, v.end) is not None
        args: dict[str, object] = {k: ev.args[k] for k in ("org", "purpose") if k in ev.args}
        args["amount"] = R.arg_value(ctx, _role_of(ev, "amount"), v)
        arg_spans: dict[str, list[Span]] = {k: ev.arg_spans.get(k, []) for k in ("org", "purpose") if k in args}
        arg_spans["amount"] = [Span(v.start, v.end)]
        if plan:  # up from the $20bn it had forecast in September: the earlier plan for the same period
            if "period" in ev.args:
                args["period"] = ev.args["period"]
            if when:
                args["date"] = R.arg_value(ctx, _role_of(ev, "date"), when[0])
        elif when:  # up from roughly $125bn this year: the earlier year's
            args["period"] = R.arg_value(ctx, _role_of(ev, "period"), when[0])
        mod = "planned" if plan else ("reported" if ev.modality == "planned" else ev.modality)
        start = sent.start if sent.start > a.start else up.start()
        out.append(replace(ev, args=args, evidence=Span(start, ce), evidence_text=ctx.doc.text[start:ce], modality=mod,
                           arg_spans=arg_spans, arg_confidence={r: 0.6 for r in args}, more=[]))
    return out


_INCLUDE_LEAD = re.compile(r"\s*(?:they|those|these|the\s+departures|the\s+researchers|the\s+engineers)\s+(?:who\s+\w+\s+)?(?:include|included|are|were)\s+|\s*among\s+them\s+(?:are|were)\s+")


def _included_movers(ctx: Context, events: list[Event]) -> list[Event]:
    """At least nine researchers have left the team … They include A and B, who both joined OpenAI: the named people
    left the employer of the departure before, for the company they joined."""
    if not ctx.is_english():
        return []
    out: list[Event] = []
    starts = ctx.sentence_starts()
    for i, ev in enumerate(events):
        if ev.type != "hire" or ev.source != "body" or "from_org" in ev.args or not isinstance(ev.args.get("person"), list):
            continue
        k = bisect_right(starts, ev.evidence.start) - 1
        if k < 1 or not _INCLUDE_LEAD.match(ctx.low, ctx.sentences[k].start):
            continue
        prev = ctx.sentences[k - 1]
        dep = next((e for e in reversed(events[:i]) if e.type == "departure" and isinstance(e.args.get("count"), int)
                    and prev.start <= e.evidence.start < prev.end and isinstance(e.args.get("org"), dict)), None)
        if dep is None:
            continue
        ev.args["from_org"] = dep.args["org"]
        ev.arg_spans["from_org"] = dep.arg_spans.get("org") or []
        ev.arg_confidence["from_org"] = 0.6
        if dep.modality == "rumored" and ev.modality in ("reported", "confirmed"):  # the named people are the rumour's
            ev.modality, ev.attribution = dep.modality, dep.attribution
        args: dict[str, object] = {"person": ev.args["person"], "org": dep.args["org"], "to_org": ev.args.get("org")}
        if "date" in ev.args:
            args["date"] = ev.args["date"]
        args = {r: v for r, v in args.items() if v is not None}
        spans = {"person": ev.arg_spans.get("person") or [], "org": dep.arg_spans.get("org") or [], "to_org": ev.arg_spans.get("org") or []}
        out.append(replace(ev, type="departure", args=args, arg_spans={r: v for r, v in spans.items() if r in args},
                           arg_confidence={r: 0.6 for r in args}, more=list(ev.more)))
    return out


def _local_dollars(ctx: Context, events: list[Event]) -> None:
    """The Straits Times: Kairos will acquire Tebrau for $1.1 billion — a bare "$" in a Singapore paper is the Singapore
    dollar (US dollars are written US$)."""
    outlet = (ctx.doc.outlet or "").strip().lower()
    local = next((e.split("|")[1] for e in ctx.cues.lex["local_dollar_outlets"] if e.split("|")[0].lower() == outlet), None)
    if local is None or not ctx.is_english():
        return
    for ev in events:
        for role, value in ev.args.items():
            spans = ev.arg_spans.get(role) or []
            if not (isinstance(value, dict) and value.get("currency") == "USD" and len(spans) == 1):
                continue
            i = ctx.doc.text.find("$", spans[0].start, spans[0].end)
            if i >= 0 and not ctx.doc.text[i - 1 : i].isalpha():  # US$, S$, A$ name their dollar
                value["currency"] = local


_CONFIRMED_NOUN = re.compile(
    r"\b(?:confirmed|confirms)\s+(?:the|that\s+the|its)\s+(?:\w+\s+)?(hires?|hiring|departures?|deal|acquisition|purchase|takeover|layoffs|cuts|job\s+cuts|investment|round|funding|partnership|order|listing|ipo|reorganization|reorganisation|restructuring)\b"
)
_CONFIRMED_TYPES = {
    "hire": ("hire",), "hires": ("hire",), "hiring": ("hire",), "departure": ("departure",), "departures": ("departure",),
    "deal": ("acquisition", "investment", "procurement", "partnership"), "acquisition": ("acquisition",), "purchase": ("acquisition", "procurement"),
    "takeover": ("acquisition",), "layoffs": ("layoff",), "cuts": ("layoff",), "investment": ("investment",), "round": ("investment",),
    "funding": ("investment",), "partnership": ("partnership",), "order": ("procurement",), "listing": ("ipo",), "ipo": ("ipo",),
    "reorganization": ("reorganization",), "reorganisation": ("reorganization",), "restructuring": ("reorganization",),
}


def _report_confirmed(ctx: Context, sent: Sentence, events: list[Event]) -> None:
    """… hired two researchers, according to people familiar. A Meta spokesperson confirmed the hires: the events the
    confirmation names are confirmed, by whoever confirms them."""
    if not ctx.is_english() or not events:
        return
    m = _CONFIRMED_NOUN.search(ctx.low, sent.start, sent.end)
    if m is None:
        return
    types = _CONFIRMED_TYPES.get(m.group(1).split()[-1], ())
    who = speaker(ctx, sent)
    for ev in events[-6:]:
        if ev.type in types and ev.modality in ("rumored", "reported") and sent.start - ev.evidence.end <= 1000:
            ev.modality = "confirmed"
            if who:
                ev.attribution = who


def _prior_attached(cand: R.Candidate) -> bool:
    """True when a year-earlier figure is already the previous value of the figure it compares with."""
    ref = cand.prior_of
    values = [v for v in cand.args.get("value", []) if isinstance(v, Value)]
    if ref is None or not values or _metric_of(cand) != _metric_of(ref):
        return False  # 净利润亏损1.2亿元,上年同期盈利3000万元: a profit the year before stays a figure of its own
    return any(isinstance(p, Value) and p.start == values[0].start for p in ref.args.get("previous_value", []))


def _metric_of(cand: R.Candidate) -> str | None:
    """The metric id a financial candidate was read as."""
    fills = [f for f in cand.args.get("metric", []) if isinstance(f, R.TextFill)]
    return str(fills[0].value) if fills else None


def _english_restated(ctx: Context, sent: Sentence, events: list[Event], found: list[Event]) -> bool:
    """"The order is worth about 150 billion yen": a sentence opening on the event just told, naming no party of its
    own, adds to that event rather than telling a new one."""
    if not ctx.is_english():
        return False
    text = ctx.low[sent.start : sent.end]
    for ev in found:
        leads = [a for a in ctx.cues.event_anaphors.get(ev.type, ()) if a.startswith("the ")]
        if not any(text.startswith(a + " ") for a in leads):
            return False
        if not any(e.type == ev.type and sent.start - e.evidence.end <= 400 for e in events[-3:]):
            return False
        if any(sp.start >= sent.start for r, sps in ev.arg_spans.items() if isinstance(ev.args.get(r), (dict, list)) and _names_party(ev.args[r]) for sp in sps):
            return False
    return True


def _names_party(value: object) -> bool:
    """True for an entity filler (or a list of them)."""
    items = value if isinstance(value, list) else [value]
    return any(isinstance(x, dict) and "name" in x for x in items)


def _report_denied(ctx: Context, sent: Sentence, events: list[Event], found: list[Event]) -> list[Event]:
    """… reported that Meta is planning to cut 10% of the unit's staff. Bosworth denied that report: the report before
    is denied, by whoever denies it (and the denial's own words add no event of their own)."""
    if not ctx.is_english() or not events:
        return found
    if _DENIED_REPORT.search(ctx.low, sent.start, sent.end) is None:
        return found
    before = events[-1]
    if before.modality not in ("rumored", "planned", "reported") or sent.start - before.evidence.end > 300:
        return found
    before.modality = "denied"
    who = speaker(ctx, sent)
    if who is None:  # Meta CTO Andrew Bosworth denied …: the one right before the verb
        verb = _DENIED_REPORT.search(ctx.low, sent.start, sent.end)
        people = [m for m in ctx.mentions_in(sent.start, verb.start() if verb else sent.start) if m.type in ("person", "org")]
        who = (people[-1].name or people[-1].text) if people else None
    if who:
        before.attribution = who
    return [e for e in found if not (e.type == before.type and e.modality == "denied")]


def _default_stage(fills: list[R.Filler] | None) -> bool:
    """Whether an IPO's stage is the default one (no word stated where the listing stands)."""
    if not fills:
        return False
    return isinstance(fills[0], R.TextFill) and fills[0].value == "preparing"


def _coordinated_event(ctx: Context, cands: list[R.Candidate], key: tuple[str, int], trig: Trigger) -> int:
    """closed its $2.85bn takeover of X in December and in January agreed to pay $7.75bn for Y: two events joined by "and";
    where the second one's words begin (-1 when the trigger is no second event)."""
    if not ctx.is_english():
        return -1
    first = next((c for c in cands if (c.type.name, c.sent.clause_index(c.trigger.start)) == key), None)
    if first is None or first.trigger.end >= trig.start:
        return -1
    joins = list(re.finditer(r"\band\b", ctx.low[first.trigger.end : trig.start]))
    if not joins:
        return -1
    own = [v for v in ctx.values_in(first.trigger.end, trig.start) if v.kind in ("money", "count")]
    own_before = [v for v in ctx.values_in(first.trigger.start - 30, first.trigger.start) if v.kind in ("money", "count")]
    if not (own or own_before or ctx.mentions_in(first.trigger.end, trig.start)):
        return -1
    return first.trigger.end + joins[-1].end()


def _same_actors(a: R.Candidate, b: R.Candidate) -> bool:
    """Both name the same organisations and people in the same roles, at least one, and no figure of theirs differs."""
    shared = 0
    for role in set(a.args) & set(b.args):
        fa, fb = a.args[role], b.args[role]
        ma, mb = [f for f in fa if isinstance(f, Mention)], [f for f in fb if isinstance(f, Mention)]
        if ma and len(ma) == len(fa) and len(mb) == len(fb):
            if {f.entity_id or f.name or f.text for f in ma} != {f.entity_id or f.name or f.text for f in mb}:
                return False
            shared += 1
        elif a.type.roles[role].kind in ("money", "count", "share", "quantity") and [getattr(f, "norm", None) for f in fa] != [getattr(f, "norm", None) for f in fb]:
            return False
        elif a.type.roles[role].kind == "text" and role in ("product", "item", "metric", "unit"):
            x, y = str(getattr(fa[0], "value", "")).lower(), str(getattr(fb[0], "value", "")).lower()
            if x not in y and y not in x:
                return False  # two products, two launches
    figures = {r for r, role in a.type.roles.items() if role.kind in ("money", "count", "share", "quantity")}
    if (set(a.args) ^ set(b.args)) & (figures | {"person"}):
        return False  # 8 people left … and the chief scientist: a figure or a person on one side only is another event
    return shared > 0


def _subject(ctx: Context, cand: R.Candidate) -> Mention | None:
    """The organisation the sentence is about: its first name before the trigger that no preposition governs."""
    sent = cand.sent
    mentions = ctx.mentions_in(sent.start, cand.trigger.start)
    for m in mentions:
        if m.type == "org" and m.source != "coref" and not ctx.is_oblique(m, sent) and m.entity_id not in ctx.venues and not _affiliation(ctx, m, mentions):
            return m
    return None


def _affiliation(ctx: Context, org: Mention, mentions: list[Mention]) -> bool:
    """前OpenAI研究员吴翼 / Apple's former design chief Jony Ive: a company naming where a person works, not a subject."""
    person = next((p for p in mentions if p.type == "person" and p.start >= org.end), None)
    if person is None or person.start - org.end > 12:
        return False
    gap = ctx.low[org.end : person.start]
    return not re.search(r"[,.;:!?，。；：、]|(?:and|has|have|had|is|was|will|said|says|hired|named|appointed)|[与和将已称宣]", gap)


def _any_org(cand: R.Candidate) -> Mention | None:
    """The event's first organisation in any entity role, even one borrowed from the paragraph (its figures' owner)."""
    return next((f for fs in cand.args.values() for f in fs if isinstance(f, Mention) and f.type == "org"), None)


def _party(cand: R.Candidate) -> Mention | None:
    """The first organisation the event names in a default role, wherever it stands (a departure's company)."""
    for role in cand.type.roles.values():
        fillers = cand.args.get(role.name)
        if role.kind == "entity" and role.default and fillers and role.name not in cand.fallback and isinstance(fillers[0], Mention) and fillers[0].type == "org":
            return fillers[0]
    return None


def extract(doc: Document) -> Document:
    """Extract the events of one document with the shipped schema and knowledge base."""
    return Extractor()(doc)
