"""English grammar that spreads one event's roles over clauses: posts taken after leaving, audiences of forecasts (our own sentences)."""

from __future__ import annotations

from typing import Any

from newsledger import extract_text
from newsledger.core import Document


def _page(*paragraphs: str) -> str:
    body = "\n\n".join(paragraphs)
    return f"Tech > AI\n\nTest headline\n\nBOSTON, June 9 (Reuters) - {body}\n"


def _events(doc: Document, type_: str) -> list[Any]:
    return [e for e in doc.events if e.type == type_ and e.source != "headline"]


def _name(v: Any) -> Any:
    if isinstance(v, list):
        return sorted(_name(x) for x in v)
    return v["name"] if isinstance(v, dict) else v


def test_analysts_told_of_a_plan_are_its_audience() -> None:
    doc = extract_text(_page("Finance chief Ruth Calloway told analysts on Tuesday that Oracle expects capital expenditures of about $40 billion next year."))
    (ev,) = _events(doc, "spending")
    assert ev.args["amount"]["amount"] == 4e10


def test_leaving_to_become_an_officer_elsewhere_is_a_hire_there() -> None:
    doc = extract_text(_page("Marta Jensen, who left Salesforce in March to become chief financial officer at Databricks, declined to comment."))
    (dep,) = _events(doc, "departure")
    assert _name(dep.args["to_org"]) == "Databricks"
    (hire,) = _events(doc, "hire")
    assert _name(hire.args["org"]) == "Databricks"
    assert _name(hire.args["from_org"]) == "Salesforce"
    assert hire.args["role"] == "chief financial officer"


def test_leaving_to_become_a_possessed_post() -> None:
    doc = extract_text(_page("Marta Jensen left Salesforce to become Databricks' chief financial officer."))
    (hire,) = _events(doc, "hire")
    assert _name(hire.args["org"]) == "Databricks"


def test_a_round_valuing_a_described_company() -> None:
    doc = extract_text(_page("Helix Robotics is raising $600 million in a round that would value the Munich-based warehouse robot maker at about $5 billion, people familiar with the talks said."))
    (ev,) = _events(doc, "investment")
    assert ev.args["valuation"]["amount"] == 5e9


def test_leading_a_companys_round_makes_it_the_target() -> None:
    doc = extract_text(_page("Salesforce led Cohere's latest round in March, investing $200 million."))
    (ev,) = _events(doc, "investment")
    assert _name(ev.args["investor"]) == "Salesforce"
    assert _name(ev.args["target"]) == "Cohere"


def test_a_surname_alone_is_the_person_named_in_full_before() -> None:
    doc = extract_text(
        _page(
            "Quillon Systems was founded by Ana Maria Kovacs, a former Arm engineer.",
            "Kovacs said the company has signed a deal to rent 1,000 Nvidia GPUs from CoreWeave.",
        )
    )
    kovacs = [m for m in doc.mentions if m.text == "Kovacs"]
    assert kovacs and all(m.type == "person" and m.name == "Ana Maria Kovacs" for m in kovacs)
    (ev,) = _events(doc, "procurement")
    assert _name(ev.args["buyer"]) == "Quillon Systems"


def test_a_name_listed_after_a_governed_one_is_governed_too() -> None:
    doc = extract_text(
        _page(
            "Quillon Systems raised $40 million last month.",
            "To win engineers away from Intel and Apple, the startup has been offering pay packages worth up to $1 million a year.",
        )
    )
    (ev,) = _events(doc, "pay_offer")
    assert _name(ev.args["org"]) == "Quillon Systems"


def test_the_teller_of_pay_offers_is_not_the_one_offered() -> None:
    doc = extract_text(_page("Quillon Systems raised $40 million last month. Chief executive Ana Kovacs said the company has been offering compensation packages worth up to $1 million a year."))
    (ev,) = _events(doc, "pay_offer")
    assert "person" not in ev.args


def test_a_years_long_veteran_of_a_company_comes_from_it() -> None:
    doc = extract_text(_page("Quillon Systems raised $40 million last month. The startup also hired Ravi Menon, a 12-year Cadence veteran, as head of engineering."))
    (ev,) = _events(doc, "hire")
    assert _name(ev.args["from_org"]) == "Cadence"
    assert _name(ev.args["org"]) == "Quillon Systems"


def test_investors_who_also_took_part_in_the_next_sentence() -> None:
    doc = extract_text(
        _page(
            "Quillon Systems has raised a $40 million Series A.",
            "Index Ventures led the round. Lightspeed Venture Partners and NVentures, Nvidia's venture arm, also participated.",
        )
    )
    (ev,) = _events(doc, "investment")
    assert {"Index Ventures", "Lightspeed Venture Partners"} <= set(_name(ev.args["investor"]))


def test_a_name_launched_with_its_description_after_it_is_the_product() -> None:
    doc = extract_text(_page("Quillon Systems raised $40 million last month. On Monday Quillon launched Weft Studio, an agent that writes test benches for chip designers."))
    (ev,) = _events(doc, "launch")
    assert ev.args["product"] == "Weft Studio"


def test_two_founders_who_left_together_both_leave() -> None:
    doc = extract_text(_page("Quillon Systems was founded in 2025 by Ana Maria Kovacs and Peter Lindgren, who left Arm in late 2024."))
    (ev,) = _events(doc, "departure")
    assert _name(ev.args["person"]) == ["Ana Maria Kovacs", "Peter Lindgren"]


def test_a_move_feared_is_no_departure() -> None:
    doc = extract_text(_page("Quillon Systems has offered retention grants of up to $2 million to engineers it considers at risk of leaving."))
    assert not _events(doc, "departure")


def test_a_title_held_at_a_company_in_apposition_is_where_the_hire_came_from() -> None:
    doc = extract_text(_page("Quillon Systems raised $40 million last month. It also hired Ravi Menon, a principal engineer on Cadence's verification team, people familiar with the matter said."))
    (ev,) = _events(doc, "hire")
    assert _name(ev.args["from_org"]) == "Cadence"


def test_results_released_launch_nothing() -> None:
    doc = extract_text(_page("Quillon Systems shares rose 3% in early trading before the results were released."))
    assert not _events(doc, "launch")


def test_a_stake_held_and_named_in_passing_is_no_investment() -> None:
    doc = extract_text(_page("Kestrel Capital posted a profit of $2 billion, helped by gains on its stake in Anthropic."))
    assert not _events(doc, "investment")


def test_selling_part_of_a_named_stake_is_no_investment() -> None:
    doc = extract_text(_page("Kestrel Capital is considering selling part of its Arm stake to fund the purchases."))
    assert not _events(doc, "investment")


def test_raising_a_stake_is_still_an_investment() -> None:
    doc = extract_text(_page("Kestrel Capital raised its stake in Anthropic to 9% for $2 billion."))
    (ev,) = _events(doc, "investment")
    assert _name(ev.args["target"]) == "Anthropic"


def test_the_venture_a_company_formed_with_another() -> None:
    doc = extract_text(_page("Kestrel Cloud, the joint venture Samsung formed with Nvidia last year to sell GPU capacity in Korea, will open two sites."))
    (ev,) = _events(doc, "partnership")
    assert _name(ev.args["org"]) == "Samsung Electronics"
    assert _name(ev.args["partner"]) == "NVIDIA"


def test_a_partnership_named_in_passing_is_no_news() -> None:
    doc = extract_text(_page("Telstra is racing to secure power for its joint venture with Nvidia."))
    assert not _events(doc, "partnership")


def test_pushing_back_on_a_report_denies_it_in_the_pushers_voice() -> None:
    doc = extract_text(_page("Lisa Su said demand stayed strong. Su pushed back on a report that AMD was in talks to buy Supermicro."))
    (ev,) = _events(doc, "acquisition")
    assert ev.modality == "denied"
    assert ev.attribution == "Lisa Su"


def test_spending_over_years_on_what_is_being_done() -> None:
    doc = extract_text(_page("Quillon Systems plans to spend about $300 million over the next three years expanding its verification labs in Austin, the company said."))
    (ev,) = _events(doc, "spending")
    assert ev.args["purpose"] == "expanding its verification labs in Austin"


def test_a_listing_that_would_value_the_company() -> None:
    doc = extract_text(
        _page(
            "Quillon Systems is seeking to raise up to $800 million in its initial public offering, which would value the company at about $9 billion.",
            "The company plans to list its shares on the Nasdaq and is offering 20 million shares priced between $38 and $42 each.",
        )
    )
    (ev,) = _events(doc, "ipo")
    assert ev.modality == "planned"
    assert ev.args["amount"]["amount"] == 8e8
    assert ev.args["valuation"]["amount"] == 9e9


def test_ipo_proceeds_spent_are_no_listing() -> None:
    doc = extract_text(_page("Quillon Systems said it will use part of the IPO proceeds to build a data center, on which it expects to spend about $400 million next year."))
    assert not _events(doc, "ipo")
    assert _events(doc, "spending")


def test_buying_inference_capacity_is_a_procurement() -> None:
    doc = extract_text(_page("Meta agreed to buy inference capacity worth $1 billion from Cerebras over three years."))
    (ev,) = _events(doc, "procurement")
    assert ev.args["item"] == "inference capacity"
    assert not _events(doc, "acquisition")


def test_where_a_successor_came_from_is_not_what_the_leaver_leaves() -> None:
    doc = extract_text(
        _page(
            "Quillon Systems filed for an initial public offering on Monday.",
            "Chief Operating Officer Dan Ortiz stepped down in August and has been replaced by Mia Lund, who joined from Broadcom.",
        )
    )
    (dep,) = _events(doc, "departure")
    assert _name(dep.args["org"]) == "Quillon Systems"


def test_what_was_not_done_at_all_is_no_event() -> None:
    doc = extract_text(_page("Quillon Systems has not cut any jobs this year, the filing said."))
    assert not _events(doc, "layoff")


def test_a_leaver_across_an_appositive_with_is() -> None:
    doc = extract_text(_page("Maya Lund, the corporate vice president who led the cloud product team, is leaving Microsoft, according to an internal email."))
    (ev,) = _events(doc, "departure")
    assert _name(ev.args["person"]) == "Maya Lund"


def test_spending_for_a_fiscal_year_is_of_its_kind_not_for_the_year() -> None:
    doc = extract_text(_page("Microsoft said in April it expects capital expenditure for fiscal 2027 to exceed $140 billion."))
    (ev,) = _events(doc, "spending")
    assert ev.args["purpose"] == "capital expenditure"


def test_hiring_with_no_one_hired_is_no_hire() -> None:
    doc = extract_text(_page("No cuts were planned in the superintelligence team led by Mustafa Suleyman, which has been hiring aggressively."))
    assert not _events(doc, "hire")


def test_a_bare_number_after_workforce_of_is_the_workforce() -> None:
    doc = extract_text(_page("Intel is cutting about 5,000 jobs, or roughly 5 percent of its workforce of about 100,000."))
    (ev,) = _events(doc, "layoff")
    assert ev.args["workforce"] == 100000


def test_a_bare_number_a_headcount_reaches_is_its_figure() -> None:
    doc = extract_text(_page("Quillon Systems said its headcount rose to 340 as of June."))
    (ev,) = _events(doc, "financial_metric")
    assert ev.args["metric"] == "headcount"
    assert ev.args["value"] == 340


def test_money_raised_in_its_own_round_is_an_investment_in_it() -> None:
    doc = extract_text(_page("Quillon Systems is raising again. The deal would double the valuation Quillon fetched in its Series B round last year, when it raised $300 million led by Accel."))
    evs = [e for e in _events(doc, "investment") if e.args.get("amount")]
    assert evs and _name(evs[0].args["target"]) == "Quillon Systems"
    assert not _events(doc, "spending")


def test_investors_leading_the_investment_in_the_next_sentence() -> None:
    doc = extract_text(
        _page(
            "Quillon Systems is close to finalizing a funding round of about $500 million.",
            "Index Ventures and Accel are leading the investment, said the people.",
        )
    )
    (ev,) = _events(doc, "investment")
    assert "Index Ventures" in _name(ev.args["investor"])


def test_a_controller_is_a_post() -> None:
    doc = extract_text(_page("Quillon Systems raised money last month. It hired Dana Ruiz, formerly chief accounting officer at Workday, as its controller."))
    (ev,) = _events(doc, "hire")
    assert ev.args["role"] == "controller"


def test_a_family_name_first_is_the_surname() -> None:
    doc = extract_text(_page("Samsung confirmed it had hired Park Ji-won, a former SK hynix vice president, to run its packaging team. Park left SK hynix in June."))
    (dep,) = _events(doc, "departure")
    assert _name(dep.args["person"]) == "Park Ji-won"
    assert _name(dep.args["to_org"]) == "Samsung Electronics"


def test_a_nationality_before_a_description_is_no_company() -> None:
    doc = extract_text(_page("Samsung denied a report that it was considering acquiring a stake in Dutch chip equipment supplier BE Semiconductor Industries."))
    (ev,) = _events(doc, "investment")
    assert _name(ev.args["target"]) == "BE Semiconductor Industries"
    assert not _events(doc, "acquisition")


def test_orders_secured_from_buyers_make_the_subject_the_supplier() -> None:
    doc = extract_text(_page("SK hynix said it had also secured HBM4 orders from AMD and Broadcom."))
    (ev,) = _events(doc, "procurement")
    assert _name(ev.args["supplier"]) == "SK hynix"
    assert _name(ev.args["buyer"]) == ["AMD", "Broadcom"]


def test_a_figure_as_of_a_date_is_of_that_date() -> None:
    doc = extract_text(_page("Quillon Systems added few engineers in 2025 and headcount stood at 340 as of February 2026, the filing said."))
    (ev,) = _events(doc, "financial_metric")
    assert ev.args["period"] == "2026-02"


def test_a_company_saying_it_began_a_supply_confirms_it() -> None:
    doc = extract_text(_page("SK hynix said it began volume supply of HBM4 to Nvidia in the third quarter."))
    (ev,) = _events(doc, "procurement")
    assert ev.modality == "confirmed"


def test_the_people_met_again_are_the_sources_described_before() -> None:
    doc = extract_text(
        _page(
            "Quillon Systems is in talks to raise $500 million, according to people familiar with the matter.",
            "Quillon plans to buy 2,000 Nvidia GPUs this year, the people said.",
        )
    )
    (ev,) = _events(doc, "procurement")
    assert ev.attribution == "the people familiar with the matter"


def test_what_the_money_is_spent_on_before_on_which() -> None:
    doc = extract_text(_page("Quillon Systems will use the proceeds to build a chip design center in Austin, on which it expects to spend about $200 million next year."))
    (ev,) = _events(doc, "spending")
    assert ev.args["purpose"] == "build a chip design center in Austin"


def test_a_deal_with_a_supplier_for_compute_and_a_second_purchase_in_the_next_clause() -> None:
    doc = extract_text(_page("Oracle signed a $5 billion deal with CoreWeave last year for GPU capacity in Texas, and in May agreed to pay Lambda about $2 billion over three years for access to Nvidia GB300 systems."))
    evs = sorted(_events(doc, "procurement"), key=lambda e: e.evidence.start)
    assert [_name(e.args["supplier"]) for e in evs] == ["CoreWeave", "Lambda"]
    assert evs[1].evidence_text.startswith("May agreed")


def test_a_deal_with_someone_for_no_hardware_is_no_purchase() -> None:
    doc = extract_text(_page("Oracle signed a deal with the union for higher wages."))
    assert not _events(doc, "procurement")


def test_the_work_one_is_hired_to_lead_is_the_post() -> None:
    doc = extract_text(_page("Oracle hired Nina Patel, a former Microsoft vice president, to lead its new sovereign cloud unit, according to a memo."))
    (ev,) = _events(doc, "hire")
    assert ev.args["role"] == "lead its new sovereign cloud unit"


def test_a_date_after_an_aside_dates_the_event() -> None:
    doc = extract_text(_page("Microsoft hired Nina Patel, along with most of her team, in March 2024."))
    (ev,) = _events(doc, "hire")
    assert ev.args["date"] == "2024-03"


def test_a_date_inside_a_later_clause_does_not() -> None:
    doc = extract_text(_page("Quillon Systems said it will spend $2 billion on data centers over three years, on top of the $5 billion it pledged last November."))
    evs = [e for e in _events(doc, "spending") if e.args["amount"]["amount"] == 2e9]
    assert evs and evs[0].args.get("date") != "2025-11"


def test_the_start_told_next_dates_the_hire() -> None:
    doc = extract_text(_page("Oracle shares rose 2% on Tuesday.", "Separately, Oracle hired Nina Patel, a former Microsoft vice president, to lead its sovereign cloud unit. Patel starts in September 2026."))
    (ev,) = _events(doc, "hire")
    assert ev.args["date"] == "2026-09"


def test_roles_that_are_going_are_cut() -> None:
    doc = extract_text(_page("Staff in the cloud unit were told their jobs were at risk. The Register understands that about 450 roles are going at Oracle."))
    (ev,) = _events(doc, "layoff")
    assert ev.args["count"] == 450
    assert ev.modality == "rumored"


def test_going_to_is_no_cut() -> None:
    doc = extract_text(_page("Oracle said 500 engineers are going to join its cloud unit this year."))
    assert not _events(doc, "layoff")


def test_the_title_beside_a_leaver_is_the_post_left() -> None:
    doc = extract_text(_page("Maya Lund, the corporate vice president who led the cloud product team, is leaving Microsoft."))
    (ev,) = _events(doc, "departure")
    assert ev.args["role"] == "corporate vice president"
