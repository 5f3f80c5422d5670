"""English background deals told in passing: company purchases, asset sales, stakes held (our own sentences)."""

from __future__ import annotations

from typing import Any

from newsledger import extract_text


def _page(*paragraphs: str) -> str:
    body = "\n\n".join(paragraphs)
    return f"Tech > AI\n\nTest headline\n\nSAN FRANCISCO, March 16 (Reuters) - {body}\n"


def _events(text: str, type_: str) -> list[Any]:
    return [e for e in extract_text(_page(text)).events if e.type == type_ and e.source != "headline"]


def _name(v: Any) -> Any:
    if isinstance(v, list):
        return sorted(_name(x) for x in v)
    return v["name"] if isinstance(v, dict) else v


def test_a_described_start_up_bought_is_an_acquisition_even_when_the_description_holds_a_hardware_word() -> None:
    text = "Nimbus Labs bought serverless database start-up Quarry for about $1bn in 2025."
    assert not _events(text, "procurement")
    (ev,) = _events(text, "acquisition")
    assert _name(ev.args["target"]) == "Quarry"


def test_a_company_selling_its_assets_to_a_buyer_is_the_target() -> None:
    text = "Corvid sold its assets to Broadcom for $116 million in 2025 after its glasses flopped, and Meta has sold 2 million headsets."
    (ev,) = _events(text, "acquisition")
    assert _name(ev.args["target"]) == "Corvid"
    assert _name(ev.args["acquirer"]) == "Broadcom"
    assert ev.args["asset"] == "assets"


def test_the_company_before_in_which_is_the_one_invested_in() -> None:
    text = "Much of the new capacity is reserved for Kestrel AI, in which Nimbus Labs has invested $2 billion since 2023."
    assert not _events(text, "spending")
    (ev,) = _events(text, "investment")
    assert _name(ev.args["target"]) == "Kestrel AI"
    assert _name(ev.args["investor"]) == "Nimbus Labs"


def test_a_bare_capitalised_name_after_launched_is_the_product() -> None:
    (ev,) = _events("Nimbus Labs launched its Vela browser in July 2025 and made it free two months later.", "launch")
    assert ev.args["product"] == "Vela browser"
    (ev,) = _events("Nimbus Labs launched Vela on Tuesday.", "launch")
    assert ev.args["product"] == "Vela"
    assert not _events("Nimbus Labs launched in 2021 with a team of five.", "launch")


def test_a_named_joint_venture_launched_is_a_partnership_of_its_founders() -> None:
    text = "Nimbus Labs and Kestrel AI launched Nimbus Kestrel Japan, a 50-50 joint venture, in 2025 to sell AI services to banks."
    assert not _events(text, "launch")
    (ev,) = _events(text, "partnership")
    assert {_name(ev.args["org"]), _name(ev.args["partner"])} == {"Nimbus Labs", "Kestrel AI"}


def test_a_company_described_then_acquired_in_a_relative_clause_is_the_target() -> None:
    (ev,) = _events("Nimbus Labs already owns Graphcore, the British AI chip startup it acquired in 2024.", "acquisition")
    assert _name(ev.args["target"]) == "Graphcore"
    assert _name(ev.args["acquirer"]) == "Nimbus Labs"


def test_a_further_round_of_cuts_coordinated_after_the_first_is_its_own_layoff() -> None:
    evs = _events("Nimbus Labs cut 4,000 jobs in May 2025 and another 900 or so in July 2025.", "layoff")
    assert sorted((e.args["count"], e.args["date"]) for e in evs) == [(900, "2025-07"), (4000, "2025-05")]


def test_money_paid_to_do_something_with_no_supplier_is_spending() -> None:
    text = "Nimbus Labs has committed to pay $3 billion a year to deploy Kestrel's tools across its group companies."
    assert not _events(text, "procurement")
    (ev,) = _events(text, "spending")
    assert ev.args["amount"]["amount"] == 3_000_000_000
    assert ev.args["period"] == "1 year"
    assert ev.args["purpose"].startswith("deploy")


def test_agreeing_to_use_a_number_of_chips_is_a_procurement_but_using_chips_is_not() -> None:
    (ev,) = _events("Kestrel AI agreed in June to use more than one million Trainium chips by the end of 2027.", "procurement")
    assert ev.args["quantity"] == 1_000_000
    assert not _events("Kestrel AI plans to use Nvidia chips to train its models.", "procurement")
    text = "Kestrel AI plans to use the proceeds to build data centers, where it will spend about $1 billion."
    assert not _events(text, "procurement")
    assert len(_events(text, "spending")) == 1


def test_a_company_valued_in_a_named_round_is_the_target_of_an_investment() -> None:
    (ev,) = _events("Kestrel AI was valued at $20 billion in a $200 million round in September 2025, per prior reporting.", "investment")
    assert _name(ev.args["target"]) == "Kestrel AI"
    assert ev.args["valuation"]["amount"] == 20_000_000_000
    assert ev.args["amount"]["amount"] == 200_000_000
    assert not _events("Kestrel AI was valued at $4 trillion in July.", "investment")


def test_an_offer_or_bid_for_a_company_is_an_acquisition() -> None:
    (ev,) = _events("Nimbus Labs made a $2 billion bid for Quarry Systems in August 2025.", "acquisition")
    assert _name(ev.args["acquirer"]) == "Nimbus Labs"
    assert _name(ev.args["target"]) == "Quarry Systems"
    assert not _events("The union rejected the pay offer for workers.", "acquisition")


def test_two_companies_bought_in_one_clause_are_two_acquisitions() -> None:
    text = "Nimbus Labs bought database start-up Quarry for about $1bn in 2025 and machine learning platform Tecton the same year."
    evs = _events(text, "acquisition")
    assert sorted((_name(e.args["target"]), e.args.get("date")) for e in evs) == [("Quarry", "2025"), ("Tecton", "2025")]
    (ev,) = _events("Nimbus Labs acquired Quarry from Intel and Broadcom.", "acquisition")
    assert _name(ev.args["target"]) == "Quarry"


def test_a_described_company_after_a_pronoun_subject_is_the_other_company_just_named() -> None:
    text = "Nimbus Labs has become one of Anthropic's biggest shareholders. It completed a $2.5 billion investment in the chatbot maker in December."
    (ev,) = _events(text, "investment")
    assert _name(ev.args["target"]) == "Anthropic"
    assert _name(ev.args["investor"]) == "Nimbus Labs"


def test_a_description_joined_to_a_name_by_and_is_another_company() -> None:
    text = (
        "Nimbus Labs also works closely with Anthropic. Nimbus Labs and the U.S. startup launched Nimbus Claude Japan, "
        "a 50-50 joint venture, in 2025 to sell AI services."
    )
    (ev,) = _events(text, "partnership")
    assert _name(ev.args["partner"]) == "Anthropic"


def test_a_company_working_with_another_is_a_partnership() -> None:
    (ev,) = _events("Nimbus Labs is working with T-Mobile on a version with its own cellular connection, the CEO said.", "partnership")
    assert _name(ev.args["org"]) == "Nimbus Labs"
    assert _name(ev.args["partner"]) == "T-Mobile US"
    assert not _events("She is working with her team on a new plan.", "partnership")


def test_a_group_hired_who_worked_at_a_rival_also_leaves_it() -> None:
    evs = _events("Google DeepMind has hired four researchers who worked on OpenAI's reasoning models in the past six weeks.", "departure")
    (ev,) = evs
    assert ev.args["count"] == 4
    assert _name(ev.args["org"]) == "OpenAI"
    (hire,) = _events("Nimbus Labs hired Dana Park, who worked at Google for a decade, as chief scientist.", "hire")
    assert _name(hire.args["from_org"]) == "Google"


def test_a_person_added_to_a_team_is_a_hire_but_jobs_added_are_not() -> None:
    text = "Nimbus Labs builds robots. It recently added Priya Nair, a former Anthropic researcher, to its post-training group."
    (ev,) = _events(text, "hire")
    assert _name(ev.args["person"]) == "Priya Nair"
    assert not _events("Nimbus Labs added 5,000 jobs last year.", "hire")


def test_a_buying_spree_is_no_deal_of_its_own() -> None:
    assert not _events("Nimbus Labs has been on a buying spree to catch up with its rivals.", "acquisition")
    assert not _events("Nimbus Labs went on a hiring spree last year.", "hire")
