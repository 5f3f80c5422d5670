"""Folding reports of one event (our own invented events)."""

from __future__ import annotations

from typing import Any

from newsledger.core import Event, Span
from newsledger.extract.merge import merge_events

KINDS = {"ipo": {"org": "entity", "exchange": "entity", "stage": "text", "amount": "money", "date": "date"}}
KEYS = {"ipo": ("org",)}


def _ipo(start: int, **args: Any) -> Event:
    return Event("ipo", dict(args), Span(start, start + 10), "")


def _org(name: str, id_: str | None = None) -> dict[str, Any]:
    return {"name": name, "id": id_}


def test_a_report_naming_no_company_is_the_nearest_that_does() -> None:
    named = _ipo(0, org=_org("远帆生物"), exchange=_org("HKEX", "org:hkex"), stage="listed")
    bare = _ipo(50, exchange=_org("HKEX", "org:hkex"), stage="listed", amount={"amount": 2e9, "currency": "HKD"})
    (ev,) = merge_events([named, bare], KINDS, KEYS)
    assert ev.args["org"]["name"] == "远帆生物" and ev.args["amount"]["amount"] == 2e9


def test_a_report_naming_no_company_stays_apart_when_it_conflicts() -> None:
    named = _ipo(0, org=_org("远帆生物"), stage="listed", amount={"amount": 2e9, "currency": "HKD"})
    bare = _ipo(50, stage="listed", amount={"amount": 5e8, "currency": "USD"})
    assert len(merge_events([named, bare], KINDS, KEYS)) == 2


def test_one_company_named_in_part_and_in_full_is_one_report() -> None:
    short = _ipo(0, org=_org("远帆生物"), stage="preparing")
    full = _ipo(80, org=_org("杭州远帆生物科技股份有限公司"), stage="preparing", amount={"amount": 3e8, "currency": "CNY"})
    (ev,) = merge_events([short, full], KINDS, KEYS)
    assert ev.args["org"]["name"] == "杭州远帆生物科技股份有限公司"


def test_two_known_companies_are_two_whatever_their_names() -> None:
    parent = _ipo(0, org=_org("Meta", "org:meta"), stage="preparing")
    unit = _ipo(80, org=_org("Meta Superintelligence Labs", "org:msl"), stage="preparing")
    assert len(merge_events([parent, unit], KINDS, KEYS)) == 2


def test_a_repeated_amount_keeps_its_hedge() -> None:
    kinds = {"financial_metric": {"org": "entity", "value": "money", "metric": "text"}}
    title = Event("financial_metric", {"metric": "net_loss", "value": {"amount": 1.97e8, "currency": "HKD", "bound": "exact"}}, Span(0, 10), "")
    body = Event("financial_metric", {"metric": "net_loss", "value": {"amount": 1.97e8, "currency": "HKD", "bound": "about"}}, Span(40, 60), "")
    (ev,) = merge_events([title, body], kinds)
    assert ev.args["value"]["bound"] == "about"


def test_the_report_with_figures_is_the_event_a_bare_one_adds_to() -> None:
    kinds = {"layoff": {"org": "entity", "count": "count", "share": "share"}}
    bare = Event("layoff", {"org": _org("SenseTime", "org:sensetime")}, Span(0, 10), "")
    full = Event("layoff", {"org": _org("SenseTime", "org:sensetime"), "count": 1000, "share": 0.2}, Span(40, 90), "")
    (ev,) = merge_events([bare, full], kinds, {"layoff": ("org",)})
    assert ev.evidence == Span(40, 90)
    assert ev.args["count"] == 1000
    assert Span(0, 10) in ev.more


def test_a_cut_of_staff_in_tenths_is_a_layoff_share() -> None:
    from newsledger import extract_text

    doc = extract_text("科技 > 正文\n\n测试标题\n\n【测试社】2026年5月8日消息,据报道,商汤正在新一轮调整中削减约两成人手。\n\n特别声明:以上内容仅供参考。\n")
    (ev,) = [e for e in doc.events if e.type == "layoff"]
    assert ev.args["share"] == 0.2


def test_other_backers_told_as_other_news_make_another_investment() -> None:
    from newsledger import extract_text

    text = (
        "Business > Technology\n\nProbe\n\nMarch 4, 2026\n\n"
        "SAN FRANCISCO (Reuters) - Microsoft and Nvidia will invest up to $15 billion in Anthropic, the companies said.\n\n"
        "Amazon is considering another multibillion-dollar investment in Anthropic, according to a person with knowledge of the talks.\n\n"
        "(Reporting by Test Desk)\n"
    )
    invs = [e for e in extract_text(text).events if e.type == "investment"]
    assert len(invs) == 2


FIG_KINDS = {"financial_metric": {"org": "entity", "metric": "text", "value": "money", "previous_value": "money", "period": "period"}}


def _figure(start: int, metric: str, value: float, previous: float) -> Event:
    args = {"org": _org("星河智驾"), "metric": metric, "value": {"amount": value, "currency": "CNY"}, "previous_value": {"amount": previous, "currency": "CNY"}}
    return Event("financial_metric", args, Span(start, start + 10), "")


def test_a_segments_figure_and_its_table_row_read_as_revenue_are_one_figure() -> None:
    prose = _figure(0, "other", 1.51e9, 8.1e8)
    row = _figure(200, "revenue", 1.51e9, 8.1e8)
    assert len(merge_events([prose, row], FIG_KINDS)) == 1
    other_year = _figure(200, "revenue", 1.51e9, 9.9e8)
    assert len(merge_events([prose, other_year], FIG_KINDS)) == 2
