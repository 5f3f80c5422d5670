"""English constructions met on unseen pages: budgets, continuations and roles spread over sentences (our own sentences)."""

from __future__ import annotations

from typing import Any

from newsledger import extract_text
from newsledger.core import Document


def _page(*paragraphs: str) -> str:
    body = "\n\n".join(paragraphs)
    return f"Tech > AI\n\nTest headline\n\nSAN FRANCISCO, March 16 (Reuters) - {body}\n"


def _events(doc: Document, type_: str) -> list[Any]:
    return [e for e in doc.events if e.type == type_ and e.source != "headline"]


def _name(v: Any) -> Any:
    if isinstance(v, list):
        return sorted(_name(x) for x in v)
    return v["name"] if isinstance(v, dict) else v


def test_a_budget_for_hardware_is_spending() -> None:
    doc = extract_text(_page("Nimbus Robotics plans to spend about $300 million this year on servers for its training cluster."))
    assert not _events(doc, "procurement")
    (ev,) = _events(doc, "spending")
    assert ev.args["amount"]["amount"] == 300_000_000


def test_counted_hardware_bought_with_spend_stays_procurement() -> None:
    doc = extract_text(_page("Nimbus Robotics plans to spend part of the new money on about 3,000 Nvidia GPUs."))
    assert len(_events(doc, "procurement")) == 1
    assert not _events(doc, "spending")


def test_a_round_that_values_a_described_company_at_a_sum() -> None:
    doc = extract_text(_page("Nimbus Robotics has raised $400 million in a round that values the Boston-based warehouse robot maker at $3 billion."))
    (ev,) = _events(doc, "investment")
    assert ev.args["valuation"]["amount"] == 3_000_000_000


def test_the_next_sentence_values_the_round() -> None:
    doc = extract_text(
        _page(
            "Nimbus Robotics has raised $400 million in a Series C round.",
            "The round was led by Sequoia Capital. It values Nimbus at $3 billion, up from $1 billion last year.",
        )
    )
    (ev,) = _events(doc, "investment")
    assert ev.args["valuation"]["amount"] == 3_000_000_000


def test_listing_price_and_value_in_the_sentences_after() -> None:
    doc = extract_text(
        _page(
            "Nimbus Robotics raised $800 million in its initial public offering on Thursday.",
            "The company sold 20 million shares at $40 each, above its marketed range. The pricing values Nimbus at about $9 billion.",
        )
    )
    (ev,) = _events(doc, "ipo")
    assert ev.args["price"]["amount"] == 40
    assert ev.args["valuation"]["amount"] == 9_000_000_000


def test_the_order_is_worth_gives_the_deal_its_sum() -> None:
    doc = extract_text(
        _page(
            "Fujitsu will buy 3nm processors from Rapidus for its next data center chips, people familiar with the deal said.",
            "The order is worth about 90 billion yen over four years, one of the people said.",
        )
    )
    (ev,) = _events(doc, "procurement")
    assert ev.args["value"]["amount"] == 90_000_000_000
    assert _name(ev.args["buyer"]) == "Fujitsu"


def test_the_agreement_is_worth_after_a_power_deal() -> None:
    doc = extract_text(
        _page(
            "Nimbus Cloud also agreed to buy 1.2 gigawatts of electricity from Talen Energy through 2040, the companies said.",
            "The agreement is worth about $7 billion.",
        )
    )
    (ev,) = _events(doc, "procurement")
    assert ev.args["value"]["amount"] == 7_000_000_000


def test_a_product_named_after_its_kind_and_a_day() -> None:
    doc = extract_text(_page("Nimbus launched its first pair of augmented reality glasses on Tuesday, the Nimbus Lens One, at an event in Boston."))
    (ev,) = _events(doc, "launch")
    assert ev.args["product"] == "Nimbus Lens One"


def test_a_named_smart_display_is_a_product() -> None:
    doc = extract_text(_page("Nimbus also released a redesigned Orbit Home smart display for $199."))
    (ev,) = _events(doc, "launch")
    assert "Orbit Home" in str(ev.args["product"])


def test_taking_over_as_a_post_is_a_hire_not_a_takeover() -> None:
    doc = extract_text(_page("Nimbus Robotics said Dana Park, its head of sales, will take over as chief operating officer in May."))
    assert not _events(doc, "acquisition")
    (ev,) = _events(doc, "hire")
    assert _name(ev.args["person"]) == "Dana Park"
    assert ev.args["role"] == "chief operating officer"


def test_who_retired_is_a_departure_but_a_retired_general_is_not() -> None:
    doc = extract_text(_page("Nimbus Robotics named Dana Park finance chief on Monday. She succeeds Tom Reyes, who retired in January."))
    (ev,) = _events(doc, "departure")
    assert _name(ev.args["person"]) == "Tom Reyes"
    doc = extract_text(_page("Nimbus Robotics added a retired Navy admiral, James Cole, to its board."))
    assert not _events(doc, "departure")


def test_named_a_person_a_post_gives_the_post_alone() -> None:
    doc = extract_text(_page("Nimbus Robotics has named Dana Park its chief operating officer."))
    (ev,) = _events(doc, "hire")
    assert ev.args["role"] == "chief operating officer"


def test_banks_hired_for_a_listing_advise_the_company_that_lists() -> None:
    doc = extract_text(_page("Nimbus Robotics has hired Goldman Sachs and Morgan Stanley to prepare a New York listing next year, people familiar with the matter said."))
    (ev,) = _events(doc, "ipo")
    assert _name(ev.args["org"]) == "Nimbus Robotics"


def test_investors_who_also_took_part_join_the_round_before() -> None:
    doc = extract_text(
        _page(
            "Nimbus Robotics has raised $400 million in a Series C round led by Sequoia Capital, the company said on Tuesday.",
            "General Catalyst and Saudi Arabia's PIF also took part, along with Nvidia.",
        )
    )
    (ev,) = _events(doc, "investment")
    assert {"General Catalyst", "Sequoia Capital", "NVIDIA"} <= set(_name(ev.args["investor"]))
    assert len(ev.args["investor"]) == 4


def test_the_figure_a_budget_is_up_from_is_a_spending_of_its_own() -> None:
    doc = extract_text(_page("Nimbus Cloud said it now expects to spend about $9 billion on capital expenditures in 2027, up from the $7 billion it had forecast in May."))
    amounts = sorted(ev.args["amount"]["amount"] for ev in _events(doc, "spending"))
    assert amounts == [7_000_000_000, 9_000_000_000]
    prior = next(ev for ev in _events(doc, "spending") if ev.args["amount"]["amount"] == 7_000_000_000)
    assert prior.modality == "planned"


def test_that_would_be_up_from_last_years_figure() -> None:
    doc = extract_text(
        _page(
            "Nimbus Cloud plans to raise capital expenditures to about $12 billion next year, according to people familiar with the plans.",
            "That would be up from roughly $8 billion this year.",
        )
    )
    amounts = sorted(ev.args["amount"]["amount"] for ev in _events(doc, "spending"))
    assert amounts == [8_000_000_000, 12_000_000_000]


def test_per_share_figure_against_the_consensus_is_no_event() -> None:
    doc = extract_text(
        _page(
            "Nimbus Cloud reported quarterly results that beat estimates.",
            "Here's how the company did versus LSEG consensus:\nEarnings per share: $2.10 adjusted vs. $1.95 expected",
        )
    )
    assert not [ev for ev in _events(doc, "financial_metric") if ev.args.get("metric") == "other"]


def test_what_analysts_expect_a_group_of_companies_to_spend_is_no_event() -> None:
    doc = extract_text(_page("Analysts at Jefferies expect the three largest European telecom operators to spend a combined $90 billion on capital expenditures in 2027."))
    assert not _events(doc, "spending")


def test_supply_as_goods_on_hand_is_no_deal() -> None:
    doc = extract_text(_page("Nimbus Memory said its entire 2027 supply of HBM5 has already been sold out, and HBM supply will remain tight."))
    assert not _events(doc, "procurement")
    doc = extract_text(_page("Nimbus Memory will supply HBM5 chips to Nvidia starting next year."))
    assert _events(doc, "procurement")


def test_breaking_up_a_team_is_a_reorganization_a_spokesperson_confirms() -> None:
    doc = extract_text(
        _page(
            "Nimbus Robotics is breaking up its robotics research team into three groups, according to people familiar with the changes.",
            "A Nimbus Robotics spokesperson confirmed the reorganization.",
        )
    )
    (ev,) = _events(doc, "reorganization")
    assert ev.args["unit"] == "robotics research team"
    assert ev.modality == "confirmed"


def test_where_the_one_hired_is_now_or_cofounded_is_where_they_come_from() -> None:
    doc = extract_text(_page("Nimbus Robotics said Dana Park, currently finance chief at Datadog, will join the company as chief financial officer."))
    (ev,) = _events(doc, "hire")
    assert _name(ev.args["from_org"]) == "Datadog"
    doc = extract_text(_page("Nimbus Robotics hired Tom Reyes, a co-founder of software startup Figma, to lead a new design team."))
    (ev,) = _events(doc, "hire")
    assert _name(ev.args["from_org"]) == "Figma"
    assert ev.args["role"] == "lead a new design team"


def test_people_named_after_including_are_among_those_hired() -> None:
    doc = extract_text(
        _page(
            "Nimbus Robotics has hired 9 engineers from Tesla since January, according to two people familiar with the moves, "
            "including Maria Lopez, who led battery work on the Model Y, and Ken Ito, a software lead."
        )
    )
    (ev,) = _events(doc, "hire")
    assert _name(ev.args["person"]) == ["Ken Ito", "Maria Lopez"]


def test_people_leaving_for_two_companies_go_to_both() -> None:
    doc = extract_text(
        _page(
            "Nimbus Robotics has lost engineers to rivals this year.",
            "At least six engineers have left its autonomy team since May, most of them for Tesla and Waymo, the people said.",
        )
    )
    (ev,) = _events(doc, "departure")
    assert _name(ev.args["to_org"]) == ["Tesla", "Waymo"]
    assert _name(ev.args["org"]) == "Nimbus Robotics"


def test_power_bought_from_a_companys_plant() -> None:
    doc = extract_text(_page("Nimbus Cloud agreed to buy 1.1 gigawatts of electricity from Vistra's Comanche Peak nuclear plant through 2040."))
    (ev,) = _events(doc, "procurement")
    assert _name(ev.args["supplier"]) == "Vistra"
    assert ev.args["item"] == "electricity"


def test_a_purpose_is_not_read_inside_a_later_as_clause() -> None:
    doc = extract_text(_page("Nimbus Cloud plans to raise capital expenditures to about $30 billion next year as it races to add capacity for OpenAI, people familiar with the plans said."))
    (ev,) = _events(doc, "spending")
    assert "OpenAI" not in str(ev.args.get("purpose"))


def test_the_maker_of_goods_bought_is_the_supplier() -> None:
    doc = extract_text(_page("Nimbus Cloud will purchase AI accelerators made by Rapidus for its domestic GPU cloud."))
    (ev,) = _events(doc, "procurement")
    assert _name(ev.args["supplier"]) == "Rapidus"


def test_a_workforce_of_a_bare_number_is_the_head_count() -> None:
    doc = extract_text(_page("Nimbus Cloud will cut about 1,200 jobs, or roughly 5% of its global workforce of about 24,000, people familiar with the plans said."))
    (ev,) = _events(doc, "layoff")
    assert ev.args["workforce"] == 24000


def test_staff_reduced_from_one_number_to_another_is_a_layoff_of_the_difference() -> None:
    doc = extract_text(_page("Nimbus Cloud said it had reduced its support staff from 4,000 to about 2,500 as its AI agents took over routine cases."))
    (ev,) = _events(doc, "layoff")
    assert ev.args["count"] == 1500
    doc = extract_text(_page("Nimbus Cloud has reduced its stake in Lumen Robotics from 20% to 12%."))
    assert not _events(doc, "layoff")


def test_product_revenue_row_is_a_business_line() -> None:
    doc = extract_text(
        _page(
            "Nimbus Cloud reported first-quarter results on Wednesday.",
            "Quarter ended April 30 | Q1 FY2027 | Q1 FY2026\nTotal revenue | $1.2 billion | $0.9 billion\nProduct revenue | $1.1 billion | $0.8 billion",
        )
    )
    metrics = sorted(str(ev.args.get("metric")) for ev in _events(doc, "financial_metric"))
    assert metrics == ["other", "revenue"]


def test_a_date_after_an_appositive_dates_the_verb() -> None:
    doc = extract_text(
        _page(
            "Nimbus Robotics raised $50 million in a Series B round on Monday.",
            "The startup released its first robot, Atlas Mini, a warehouse picker that runs on its own chips, in October.",
        )
    )
    (ev,) = _events(doc, "launch")
    assert str(ev.args["date"]).endswith("10")


def test_the_person_named_after_someones_deputy_is_the_one_hired() -> None:
    doc = extract_text(_page("Nimbus Robotics said its new lab will be run by Dana Park's former deputy, Tom Reyes."))
    (ev,) = _events(doc, "hire")
    assert _name(ev.args["person"]) == "Tom Reyes"


def test_people_included_among_those_who_left_left_that_employer() -> None:
    doc = extract_text(
        _page(
            "At least six engineers have left Nimbus Robotics since March, most of them for Tesla, the people said.",
            "They include Maria Lopez and Ken Ito, who both joined Tesla in June.",
        )
    )
    hire = next(ev for ev in _events(doc, "hire"))
    assert _name(hire.args["from_org"]) == "Nimbus Robotics"
    named = [ev for ev in _events(doc, "departure") if ev.args.get("person")]
    assert named and _name(named[0].args["org"]) == "Nimbus Robotics"


def test_a_bare_dollar_in_a_singapore_paper_is_the_singapore_dollar() -> None:
    from newsledger.extract.pipeline import Extractor
    from newsledger.ingest import read_bytes

    text = _page("Nimbus Cloud will acquire Lumen Data Parks for $800 million, and will also take a US$200 million loan.")
    doc = read_bytes(text.encode("utf-8"), "text", kind="text")[0]
    doc.outlet = "The Straits Times"
    (ev,) = _events(Extractor()(doc), "acquisition")
    assert ev.args["price"]["currency"] == "SGD"


def test_a_hire_dated_after_the_post_past_an_appositive() -> None:
    doc = extract_text(
        _page(
            "Nimbus Robotics raised $50 million in a Series B round on Monday.",
            "Nimbus Robotics hired Dana Park, a former vice president at Intel's design unit, as chief technology officer in June.",
        )
    )
    (ev,) = _events(doc, "hire")
    assert str(ev.args["date"]).endswith("06")


def test_a_promotion_is_an_appointment_to_the_post_after_to() -> None:
    doc = extract_text(_page("Nimbus Robotics promoted Tom Reyes to chief executive, succeeding co-founder Dana Park."))
    (ev,) = _events(doc, "hire")
    assert _name(ev.args["person"]) == "Tom Reyes"
    assert ev.args["role"] == "chief executive"
    doc = extract_text(_page("Nimbus Robotics said strong product sales promoted growth in its warehouse business."))
    assert not _events(doc, "hire")
