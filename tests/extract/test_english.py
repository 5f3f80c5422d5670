"""English grammar of the genre: references, appositives, listed people, and the readings English news uses (our own sentences)."""

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


# ---------------------------------------------------------------- references
def test_it_is_the_subject_of_the_nearest_sentence_with_one() -> None:
    doc = extract_text(
        _page(
            "Nimbus Robotics, the Boston-based maker of warehouse robots, is preparing to list on the New York Stock Exchange next year.",
            "In May it hired Clara Dunn, a former partner at Goldman Sachs, as chief financial officer.",
        )
    )
    (ev,) = _events(doc, "hire")
    assert _name(ev.args["org"]) == "Nimbus Robotics"


def test_a_described_company_is_the_company_the_page_is_about() -> None:
    doc = extract_text(
        _page(
            "Lumora AI has raised $300 million in a Series C round led by Index Ventures, the company said.",
            "Existing backers Nvidia and Samsung also took part in the round, Lumora said.",
            "The Vancouver-based startup also said it had hired Priya Raman, a former Intel executive, as its chief operating officer.",
        )
    )
    (ev,) = _events(doc, "hire")
    assert _name(ev.args["org"]) == "Lumora AI"


def test_a_possessive_ends_a_title_before_a_name() -> None:
    doc = extract_text(_page("Meanwhile, Qualcomm's chief technology officer Ravi Menon has stepped down after two years in the role."))
    (ev,) = _events(doc, "departure")
    assert ev.args["role"] == "chief technology officer"
    assert _name(ev.args["org"]) == "Qualcomm"


def test_a_count_with_its_own_modifiers() -> None:
    doc = extract_text(_page("Zendesk said on Tuesday it would cut about 1,200 customer support roles as AI agents handle more tickets."))
    (ev,) = _events(doc, "layoff")
    assert ev.args["count"] == 1200


def test_the_company_after_a_preposition_is_not_the_clause_subject() -> None:
    doc = extract_text(
        _page(
            "Nimbus Robotics has struggled to raise money this year.",
            "Last week, Samsung agreed to invest $50 million in the company.",
        )
    )
    (ev,) = _events(doc, "investment")
    assert _name(ev.args["investor"]) == "Samsung Electronics"
    assert _name(ev.args["target"]) == "Nimbus Robotics"


# ---------------------------------------------------------------- appositives and unknown names
def test_person_is_the_subject_across_an_appositive_title() -> None:
    doc = extract_text(_page("Marta Kowalski, Nimbus Robotics' head of research, left for Anthropic in January."))
    (ev,) = _events(doc, "departure")
    assert _name(ev.args["person"]) == "Marta Kowalski"
    assert _name(ev.args["to_org"]) == "Anthropic"


def test_appositive_title_after_the_name_is_the_role() -> None:
    doc = extract_text(_page("Sachin Katti, Intel's chief technology and AI officer, left for OpenAI last November."))
    (ev,) = _events(doc, "departure")
    assert ev.args["role"] == "chief technology and AI officer"
    assert _name(ev.args["org"]) == "Intel"


def test_company_descriptor_and_company_words_make_unknown_names_organisations() -> None:
    doc = extract_text(
        _page(
            "Data centre operator Harbour Compute will acquire Penang-based developer Selat Digital Parks for $800 million.",
            "Selat signed a power supply agreement with national utility Tenaga Nasional last year.",
        )
    )
    kinds = {doc.text[m.start : m.end]: m.type for m in doc.mentions}
    assert kinds["Harbour Compute"] == "org"
    assert kinds["Selat Digital Parks"] == "org"
    assert kinds["Tenaga Nasional"] == "org"
    assert kinds["Selat"] == "org"


def test_people_listed_with_appositives_are_all_hired() -> None:
    doc = extract_text(
        _page(
            "Those who have joined Anthropic include Lena Hartmann, who ran a robotics team in Zurich, "
            "Omar Haddad, a staff engineer on Vertex Studio, and Grace Whitfield, a research scientist."
        )
    )
    (ev,) = _events(doc, "hire")
    assert _name(ev.args["person"]) == ["Grace Whitfield", "Lena Hartmann", "Omar Haddad"]


# ---------------------------------------------------------------- modality
def test_month_may_is_not_a_hedge_and_would_is_an_intention() -> None:
    doc = extract_text(_page("Microsoft said in May 2024 it would invest $2.2 billion over four years in cloud infrastructure in Malaysia."))
    (ev,) = _events(doc, "spending")
    assert ev.modality == "planned"


def test_pledges_and_pencilled_in_money_are_plans() -> None:
    doc = extract_text(_page("Google followed with a $2 billion pledge later that month."))
    (ev,) = _events(doc, "spending")
    assert ev.modality == "planned"


def test_rejected_rumors_is_a_denial() -> None:
    doc = extract_text(_page("Last month, Zhipu AI rejected online rumors that it would lay off 30% of its staff."))
    (ev,) = _events(doc, "layoff")
    assert ev.modality == "denied"


def test_the_company_told_an_outlet_confirms() -> None:
    doc = extract_text(_page("Nimbus Robotics has raised $120 million in a Series B round led by Sequoia Capital, the company told TechCrunch."))
    (ev,) = _events(doc, "investment")
    assert ev.modality == "confirmed"


# ---------------------------------------------------------------- funding and listings
def test_round_known_by_its_valuation_alone() -> None:
    doc = extract_text(_page("Mistral AI was valued at $14 billion in a secondary share sale last month."))
    (ev,) = _events(doc, "investment")
    assert _name(ev.args["target"]) == "Mistral AI"
    assert ev.args["valuation"]["amount"] == 14e9


def test_equity_injection_funds_the_company_the_article_is_about() -> None:
    doc = extract_text(
        _page(
            "Data centre operator Harbour Compute will acquire Selat Digital Parks for $800 million.",
            "The deal will be funded partly by a $300 million equity injection led by GIC, with Temasek also taking part, Harbour said.",
        )
    )
    (ev,) = _events(doc, "investment")
    assert _name(ev.args["target"]) == "Harbour Compute"
    assert _name(ev.args["investor"]) == ["GIC", "Temasek"]


def test_preparing_to_list_on_an_exchange_is_an_ipo() -> None:
    doc = extract_text(_page("Nimbus Robotics is preparing to list on the Singapore Exchange next year, according to people familiar with the matter."))
    (ev,) = _events(doc, "ipo")
    assert _name(ev.args["org"]) == "Nimbus Robotics"
    assert _name(ev.args["exchange"]) == "Singapore Exchange"
    assert ev.modality == "rumored"


def test_a_city_names_the_exchange_of_a_listing() -> None:
    doc = extract_text(_page("Rivals Zhipu AI and MiniMax went public in Hong Kong in January."))
    (ev,) = _events(doc, "ipo")
    assert ev.args["exchange"]["name"] == "Hong Kong"


def test_city_listed_adjective_is_no_listing() -> None:
    doc = extract_text(_page("Its New York-listed shares rose 3% on Friday."))
    assert not _events(doc, "ipo")


def test_departure_with_a_count_of_other_executives() -> None:
    doc = extract_text(_page("Mistral AI has had a turbulent year.", "Three other senior executives, including its head of sales, left over the summer."))
    (ev,) = _events(doc, "departure")
    assert ev.args["count"] == 3


def test_buying_compute_capacity_is_procurement_by_the_relative_clause_subject() -> None:
    doc = extract_text(
        _page("Much of the backlog comes from Anthropic, which agreed last year to buy around $30 billion of compute capacity from Oracle over five years.")
    )
    assert not _events(doc, "acquisition")
    (ev,) = _events(doc, "procurement")
    assert _name(ev.args["buyer"]) == "Anthropic"
    assert _name(ev.args["supplier"]) == "Oracle"
    assert ev.args["value"]["amount"] == 30e9


def test_english_date_after_the_verb_in_its_clause() -> None:
    doc = extract_text(_page("Founded in 2021, Nimbus Robotics raised a $35 million Series A led by Sequoia Capital in March 2024."))
    (ev,) = _events(doc, "investment")
    assert ev.args["date"] == "2024-03"


# ---------------------------------------------------------------- spending, stakes and plural subjects
def test_investing_in_its_own_facilities_is_spending() -> None:
    doc = extract_text(_page("SoftBank said this month it would invest at least $2 billion more in its AI data center in Osaka, which opens next year."))
    assert not _events(doc, "investment")
    (ev,) = _events(doc, "spending")
    assert _name(ev.args["org"]) == "SoftBank"
    assert ev.args["purpose"] == "AI data center in Osaka"
    assert ev.modality == "planned"


def test_a_stake_with_no_named_company_is_in_the_company_the_paragraph_is_about() -> None:
    doc = extract_text(_page("Intel has leaned heavily on outside money.", "Last August, the US government took a 9.9% stake for $8.9 billion."))
    (ev,) = _events(doc, "investment")
    assert _name(ev.args["target"]) == "Intel"
    assert ev.args["amount"]["amount"] == 8.9e9


def test_running_total_is_no_new_spending() -> None:
    doc = extract_text(
        _page("Wistron's board approved a plan to invest a further $1.3 billion in its facilities in Texas, bringing the company's committed investment to more than $2.5 billion.")
    )
    (ev,) = _events(doc, "spending")
    assert ev.args["amount"]["amount"] == 1.3e9


def test_plural_common_noun_subject_takes_no_topic_company() -> None:
    doc = extract_text(_page("Nimbus Robotics builds warehouse robots.", "Japanese startups in the AI sector raised a record $4 billion in 2025, according to data provider Initial."))
    assert not _events(doc, "investment")
    assert not _events(doc, "spending")


def test_the_name_before_an_appositive_is_the_subject() -> None:
    doc = extract_text(_page("Sakana AI, the Tokyo lab co-founded by former Google researchers, raised $130 million last November in a Series B round."))
    (ev,) = _events(doc, "investment")
    assert _name(ev.args["target"]) == "Sakana AI"


def test_possessor_after_a_preposition_is_not_the_investor() -> None:
    doc = extract_text(_page("That is nearly triple the valuation from Waymo's previous round: the company raised $5.6 billion in October 2024."))
    (ev,) = _events(doc, "investment")
    assert _name(ev.args["target"]) == "Waymo"
    assert "investor" not in ev.args


def test_two_pledges_in_one_sentence_each_keep_their_own_words() -> None:
    doc = extract_text(
        _page(
            "Microsoft said in May 2024 it would invest $2.2 billion over four years in cloud and AI infrastructure in Malaysia, "
            "and Google followed with a $2 billion pledge later that month."
        )
    )
    first, second = sorted(_events(doc, "spending"), key=lambda e: e.evidence.start)
    assert _name(first.args["org"]) == "Microsoft"
    assert first.args["period"] == "4 years"
    assert first.args["purpose"] == "cloud and AI infrastructure in Malaysia"
    assert _name(second.args["org"]) == "Google"
    assert not second.evidence_text.startswith("May")


def test_money_set_aside_for_retention_is_a_pay_offer_not_spending() -> None:
    doc = extract_text(_page("Google denied that it had set aside a $500 million retention pool for DeepMind staff."))
    assert not _events(doc, "spending")
    (ev,) = _events(doc, "pay_offer")
    assert ev.args["amount"]["amount"] == 5e8


def test_investing_in_a_described_company_stays_an_investment() -> None:
    doc = extract_text(_page("Nvidia would invest up to $100 billion in the ChatGPT maker as each gigawatt comes online."))
    assert not _events(doc, "spending")
    (ev,) = _events(doc, "investment")
    assert _name(ev.args["investor"]) == "NVIDIA"


# ---------------------------------------------------------------- readings of spend, build and combine
def test_spending_money_on_gpus_is_their_procurement() -> None:
    doc = extract_text(_page("Nimbus Robotics plans to spend part of the new money on about 2,000 Nvidia GPUs."))
    assert not _events(doc, "spending")
    (ev,) = _events(doc, "procurement")
    assert ev.args["quantity"] == 2000
    assert _name(ev.args["supplier"]) == "NVIDIA"
    assert ev.modality == "planned"


def test_building_a_plant_for_an_amount_is_spending_on_it() -> None:
    doc = extract_text(_page("SK hynix is also building a $3.87 billion advanced packaging plant in Indiana, a project it announced in 2024."))
    (ev,) = _events(doc, "spending")
    assert _name(ev.args["org"]) == "SK hynix"
    assert ev.args["purpose"] == "advanced packaging plant in Indiana"


def test_combined_with_a_short_name_in_an_all_stock_deal() -> None:
    doc = extract_text(_page("In March, xAI combined with X, Musk's social media platform, in an all-stock deal that valued X at $33 billion."))
    (ev,) = _events(doc, "acquisition")
    assert _name(ev.args["acquirer"]) == "xAI"
    assert ev.args["target"]["name"] == "X"


# ---------------------------------------------------------------- groups of people
def test_a_group_hired_away_is_a_hire_and_a_departure_with_a_count() -> None:
    doc = extract_text(_page("Anthropic has hired four researchers from Google DeepMind in the past month, according to three people familiar with the moves."))
    (hire,) = _events(doc, "hire")
    (left,) = _events(doc, "departure")
    assert _name(hire.args["org"]) == "Anthropic"
    assert left.args["count"] == 4
    assert _name(left.args["org"]) == "Google DeepMind"
    assert _name(left.args["to_org"]) == "Anthropic"
    assert left.modality == "rumored"


def test_people_with_knowledge_are_sources_not_a_count() -> None:
    doc = extract_text(_page("The recruits include researchers who worked on Gemini, according to four people with direct knowledge of the moves."))
    assert not _events(doc, "hire")


def test_letters_of_intent_to_supply_are_a_partnership_and_a_planned_supply() -> None:
    doc = extract_text(
        _page(
            "In October, SK hynix and Samsung Electronics each signed letters of intent with OpenAI to supply memory for its data centers, "
            "under which the two chipmakers would provide up to 900,000 DRAM wafers a month."
        )
    )
    (deal,) = _events(doc, "partnership")
    (supply,) = _events(doc, "procurement")
    assert supply.modality == "planned"
    assert supply.args["quantity"] == 900000
    assert supply.args["item"] == "DRAM wafers"
    assert _name(supply.args["supplier"]) == "SK hynix"
    assert "buyer" not in supply.args or _name(supply.args["buyer"]) == "OpenAI"
    assert _name(deal.args["partner"]) == "OpenAI"


def test_people_who_made_the_jump_left() -> None:
    doc = extract_text(_page("Anthropic has been recruiting from Google DeepMind.", "At least 18 people have made the jump since January, these people said."))
    (ev,) = _events(doc, "departure")
    assert ev.args["count"] == 18
    assert ev.modality == "rumored"


# ---------------------------------------------------------------- short names
def test_all_capitals_name_before_a_verb_is_an_organisation() -> None:
    doc = extract_text(_page("KDDI said this month it would invest at least $1.5 billion more in its AI data center in Sakai."))
    (ev,) = _events(doc, "spending")
    assert _name(ev.args["org"]) == "KDDI"


def test_a_short_name_given_with_known_as_is_the_same_company() -> None:
    doc = extract_text(
        _page(
            "Preferred Networks is preparing to list in Tokyo next year.",
            "A spokesperson for the company, known as PFN, declined to comment. PFN has raised money from Toyota, and in January it hired Mina Sato as chief financial officer.",
        )
    )
    (ev,) = _events(doc, "hire")
    assert _name(ev.args["org"]) == "Preferred Networks"


def test_chips_that_a_company_bought_are_procured() -> None:
    doc = extract_text(_page("The facility runs on servers built around Nvidia's GB200 chips that KDDI bought from Hewlett Packard Enterprise last year."))
    assert not _events(doc, "acquisition")
    (ev,) = _events(doc, "procurement")
    assert _name(ev.args["buyer"]) == "KDDI"


# ---------------------------------------------------------------- tables
def test_table_with_one_company_per_row_under_a_metric_caption() -> None:
    text = (
        "Tech > AI\n\nTest headline\n\nTAIPEI, March 10 (Reuters) - Taiwan's server makers reported strong sales.\n\n"
        "February 2026 consolidated revenue (NT$ billion)\n"
        "Company | Feb 2026 | Feb 2025 | YoY\n"
        "Quanta | 168.4 | 117.9 | 42.8%\n"
        "Wiwynn | 97.2 | 52.1 | 86.6%\n\n"
        "Analysts expect the growth to continue.\n"
    )
    doc = extract_text(text)
    rows = sorted(_events(doc, "financial_metric"), key=lambda e: e.evidence.start)
    assert [_name(e.args["org"]) for e in rows][:1] == ["Quanta Computer"]
    assert len(rows) == 2
    first = rows[0]
    assert first.args["metric"] == "revenue"
    assert first.args["value"]["amount"] == 168.4e9
    assert first.args["value"]["currency"] == "TWD"
    assert first.args["previous_value"]["amount"] == 117.9e9
    assert first.args["period"] == "2026-02"
    assert first.modality == "confirmed"


# ---------------------------------------------------------------- partners, quotes and hedges
def test_two_companies_that_sign_together_are_partners() -> None:
    doc = extract_text(_page("Waymo and Toyota signed a preliminary agreement in April 2025 to collaborate on driving technology, a deal that could put the system in more cars."))
    (ev,) = _events(doc, "partnership")
    assert _name(ev.args["org"]) == "Waymo"
    assert _name(ev.args["partner"]) == "Toyota"
    assert ev.modality == "reported"


def test_share_price_after_a_move_is_no_figure() -> None:
    doc = extract_text(_page("Shares of SK hynix rose 2.1 percent to 812,000 won on Thursday, while Samsung Electronics, which reports its earnings on Friday, gained 0.4 percent."))
    assert not _events(doc, "financial_metric")


def test_a_date_is_not_a_product() -> None:
    doc = extract_text(_page("The company builds servers for Nvidia's plan, unveiled in April 2025, to produce AI infrastructure in the US."))
    assert not _events(doc, "launch")


# ---------------------------------------------------------------- sentences about the round before
def test_later_sentence_adds_investors_and_valuation_to_the_round() -> None:
    doc = extract_text(
        _page(
            "StepFun has closed a Series C funding round of nearly $700 million led by Sequoia Capital and hired a former Huawei executive, Liu Zhenyu, as its president.",
            "Tencent and Hillhouse Capital also took part in the round, which values StepFun at more than $3 billion.",
        )
    )
    (ev,) = _events(doc, "investment")
    assert _name(ev.args["investor"]) == ["Hillhouse", "Sequoia Capital", "Tencent"]
    assert ev.args["valuation"]["amount"] == 3e9


def test_an_investor_who_put_in_money() -> None:
    doc = extract_text(
        _page(
            "Waymo has closed a $16 billion funding round that values the robotaxi company at $126 billion.",
            "Alphabet put in the majority of the money, with the rest coming from outside investors including Tiger Global and Fidelity.",
        )
    )
    (ev,) = _events(doc, "investment")
    assert _name(ev.args["investor"]) == ["Alphabet", "Fidelity Investments", "Tiger Global"]
    assert ev.args["valuation"]["amount"] == 126e9


def test_buying_back_own_shares_is_no_event() -> None:
    doc = extract_text(_page("Apple is buying back $90 billion of its own shares."))
    assert not doc.events or all(e.source == "headline" for e in doc.events)


def test_own_business_over_years_gives_period_and_purpose() -> None:
    doc = extract_text(_page("Samsung said it would invest $230 billion in its chip business over 20 years."))
    (ev,) = _events(doc, "spending")
    assert ev.args["period"] == "20 years"
    assert ev.args["purpose"] == "chip business"


def test_company_before_a_title_and_name_is_the_hire_s_old_employer() -> None:
    doc = extract_text(_page("Google said on Tuesday it had hired Windsurf CEO Varun Mohan and some of his colleagues."))
    (ev,) = _events(doc, "hire")
    assert _name(ev.args["org"]) == "Google"
    assert ev.args["from_org"]["name"] == "Windsurf"
    assert ev.args["role"] == "CEO"


def test_cutting_time_or_costs_by_a_share_is_no_layoff() -> None:
    doc = extract_text(_page(
        "Synthra said its design agents cut verification time by as much as 60% in pilots with two chipmakers.",
        "Separately, Intel plans to cut its workforce by 15% this year, people familiar with the matter said.",
    ))
    (layoff,) = _events(doc, "layoff")
    assert _name(layoff.args["org"]) == "Intel"
    assert layoff.args["share"] == 0.15


def test_rival_before_an_unknown_name_is_no_part_of_it() -> None:
    doc = extract_text(_page("Investors have poured money into AI for drug discovery this year. Rival Helixor Bio raised $40 million in March."))
    (ev,) = _events(doc, "investment")
    assert _name(ev.args["target"]) == "Helixor Bio"


def test_stepping_down_and_a_group_poached_from_a_possessed_team() -> None:
    doc = extract_text(
        _page(
            "Separately, Microsoft's head of AI infrastructure, Raj Patel, is stepping down at the end of the month.",
            "Apple has poached about a dozen engineers from Google's Gemini team in recent weeks.",
        )
    )
    assert any(e.type == "departure" and e.args.get("person", {}).get("name") == "Raj Patel" for e in doc.events)
    group = [e for e in doc.events if e.type == "departure" and e.args.get("count") == 12]
    assert group and group[0].args["org"]["name"] == "Google"


def test_a_sentence_without_subject_goes_on_with_the_one_before() -> None:
    doc = extract_text(
        _page(
            "Nimbus Cloud said on Tuesday that quarterly results would beat forecasts.",
            "Orbital Systems reported third-quarter revenue of $4.2 billion, up 16% from $3.6 billion a year earlier. Net income rose 33% to $900 million.",
        )
    )
    metrics = {e.args["metric"]: _name(e.args["org"]) for e in _events(doc, "financial_metric")}
    assert metrics == {"revenue": "Orbital Systems", "net_income": "Orbital Systems"}


def test_supplier_of_capacity_bought_with_spend() -> None:
    doc = extract_text(_page("Microsoft agreed to spend $9.7 billion on Nvidia-powered computing capacity from Nebius over five years, people familiar with the matter said."))
    (ev,) = _events(doc, "procurement")
    assert _name(ev.args["supplier"]) == "Nebius"
    assert _name(ev.args["buyer"]) == "Microsoft"


def test_a_model_name_of_two_words() -> None:
    doc = extract_text(_page("Tesla plans to unveil its Optimus V4 humanoid robot in the first quarter of 2027, Chief Executive Elon Musk said on Tuesday."))
    (ev,) = _events(doc, "launch")
    assert ev.args["product"] == "Optimus V4"
    assert ev.modality == "planned"


def test_a_description_after_a_preposition_names_the_other_company() -> None:
    doc = extract_text(_page("Lumen Labs cut 12% of its staff in July, a month after Oracle invested $2 billion in the data-labeling startup."))
    (ev,) = _events(doc, "investment")
    assert _name(ev.args["target"]) == "Lumen Labs"
    assert _name(ev.args["investor"]) == "Oracle"


def test_supply_a_buyer_with_an_item() -> None:
    doc = extract_text(_page("Samsung will supply Nvidia with HBM4 chips from next year, the company said."))
    (ev,) = _events(doc, "procurement")
    assert (_name(ev.args["supplier"]), _name(ev.args["buyer"]), ev.args["item"]) == ("Samsung Electronics", "NVIDIA", "HBM4 chips")


def test_a_stake_sold_is_no_investment() -> None:
    doc = extract_text(_page("Harbor Group sold its entire stake in Nvidia for $5.8 billion in October, the Japanese conglomerate said."))
    assert not _events(doc, "investment")


def test_the_post_after_as_and_the_company_a_successor_leaves() -> None:
    doc = extract_text(
        _page(
            "Cloud provider Lumora filed for an initial public offering on the Nasdaq on Tuesday.",
            "Separately, Orbital Systems appointed former Qualcomm executive Dana Whitfield as chief financial officer, effective Nov. 1. "
            "She replaces Mark Ellison, who will leave the company at the end of the year.",
        )
    )
    (hire,) = _events(doc, "hire")
    assert hire.args["role"] == "chief financial officer"
    (gone,) = _events(doc, "departure")
    assert _name(gone.args["org"]) == "Orbital Systems"


def test_a_known_outlet_alone_on_a_masthead_line_names_the_outlet() -> None:
    page = (
        "CNBC\nMarkets | Business | Investing | Tech\n\nOrbital Systems beats estimates as data center sales jump\n\n"
        "Published Wed, Nov 18 2026 4:25 PM EST\nDana Whitfield\n\n"
        "Orbital Systems reported fiscal third-quarter earnings on Wednesday that beat Wall Street expectations, "
        "helped by strong demand for its data center processors from cloud providers.\n\n"
        "Net income was $3.9 billion, compared with $1.3 billion in the same period last year, the company said in a statement.\n\n"
        "Shares of the company rose about 4% in extended trading after the report was released on Wednesday afternoon.\n"
    )
    assert extract_text(page).outlet == "CNBC"


def test_the_recruiter_is_not_hired_and_an_apposed_title_before_the_name() -> None:
    doc = extract_text(_page("Orbital CEO Dana Whitfield has personally recruited several of the hires, the people said."))
    assert all("Dana Whitfield" not in str(e.args.get("person")) for e in _events(doc, "hire"))
    doc = extract_text(_page("Last month Orbital invested $1.3 billion in Lumen Labs and hired its chief executive, Ravi Menon, to lead a new lab."))
    (ev,) = _events(doc, "hire")
    assert (_name(ev.args["person"]), ev.args["role"]) == ("Ravi Menon", "chief executive")


def test_the_hiring_company_before_the_verb_and_the_employer_before_the_title() -> None:
    doc = extract_text(_page("Amazon hired Adept co-founder Ravi Menon and several of his colleagues in 2024 in a deal that also licensed Adept's technology."))
    (ev,) = _events(doc, "hire")
    assert (_name(ev.args["org"]), _name(ev.args["from_org"])) == ("Amazon", "Adept")


def test_what_spending_is_for_after_the_amount() -> None:
    doc = extract_text(_page("Lumen told investors it expects to spend about $20 billion on capital expenditures in 2026."))
    assert _events(doc, "spending")[0].args["purpose"] == "capital expenditures"
    doc = extract_text(_page("Harbor Group has pledged to spend $3 billion a year deploying AI agents across its group companies."))
    assert _events(doc, "spending")[0].args["purpose"] == "deploying AI agents across its group companies"


def test_a_count_with_its_maker_named_before_the_goods() -> None:
    doc = extract_text(_page("Lumen is negotiating to buy about 18,000 of Nvidia's Grace Blackwell chips for a data center campus south of Paris, the people said."))
    (ev,) = _events(doc, "procurement")
    assert (ev.args["quantity"], _name(ev.args["supplier"])) == (18000, "NVIDIA")


def test_a_company_bought_is_no_procurement_and_one_deal_per_clause() -> None:
    doc = extract_text(_page("Separately, chipmaker Lumen said it completed its $4.9 billion purchase of server maker Orbital Systems."))
    assert not _events(doc, "procurement")
    assert _name(_events(doc, "acquisition")[0].args["target"]) == "Orbital Systems"
    doc = extract_text(_page("The acquisition would be Salesforce's largest since it bought Slack Technologies for $27.7 billion in 2021."))
    assert not _events(doc, "procurement")
    assert _events(doc, "acquisition")[0].args["price"]["amount"] == 27.7e9


def test_english_sales_to_a_named_buyer_are_acquisitions() -> None:
    doc = extract_text(_page("Intel agreed to sell a 51% stake in Altera to Silver Lake for $4.46 billion."))
    (ev,) = _events(doc, "acquisition")
    assert (_name(ev.args["target"]), _name(ev.args["acquirer"]), _name(ev.args["seller"])) == ("Altera", "Silver Lake", "Intel")
    doc = extract_text(_page("Orbital plans to sell ZT's manufacturing business to Sanmina for $3 billion."))
    (ev,) = _events(doc, "acquisition")
    assert (ev.args["asset"], _name(ev.args["acquirer"])) == ("manufacturing business", "Sanmina")
    doc = extract_text(_page("Harbor Group sold its entire stake in Nvidia for $5.8 billion in October."))
    assert not doc.events
    doc = extract_text(_page("Lumen is expected to begin selling its Crystal service to Japanese companies."))
    assert not _events(doc, "acquisition")


def test_more_english_cut_verbs_but_only_for_people() -> None:
    doc = extract_text(_page("Zendesk is eliminating about 4,000 customer support roles because AI agents now handle half of its service requests."))
    (ev,) = _events(doc, "layoff")
    assert ev.args["count"] == 4000 and "share" not in ev.args
    doc = extract_text(_page("Google axed its Stadia gaming service in 2023, and the startup slashed prices for its API by 80%."))
    assert not _events(doc, "layoff")
    doc = extract_text(_page("The reductions would come on top of the 14,000 corporate roles the company eliminated last October."))
    assert all(e.modality != "planned" for e in _events(doc, "layoff"))


def test_taps_a_titled_person_and_the_payer_is_the_subject() -> None:
    doc = extract_text(_page("Lumen AI taps former Stripe CTO Dana Whitfield to lead its infrastructure team."))
    (ev,) = _events(doc, "hire")
    assert _name(ev.args["person"]) == "Dana Whitfield"
    doc = extract_text(_page("Meta poached Apple's top AI models executive Ravi Menon with a pay package worth more than $200 million."))
    (pay,) = _events(doc, "pay_offer")
    assert _name(pay.args["org"]) == "Meta"
    doc = extract_text(_page("Apple's AI chief John Giannandrea is stepping down and will retire in the spring, the company said."))
    (gone,) = _events(doc, "departure")
    assert gone.args["role"] == "AI chief"


def test_a_market_wrap_states_no_events() -> None:
    doc = extract_text(
        _page(
            "The Nasdaq closed at a record high on Wednesday as investors piled back into AI stocks, with Nvidia gaining 4.5% to add about $200 billion in market value.",
            "Analysts at Morgan Stanley raised their price target on Nvidia to $250 from $210, citing strong demand for its chips.",
            "The S&P 500 gained 0.6% to end at 6,812.3 points.",
        )
    )
    assert not doc.events


def test_the_two_companies_will_jointly_develop() -> None:
    doc = extract_text(
        _page(
            "Nvidia will invest $5 billion in Intel, buying common stock at $23.28 a share, the companies said on Thursday.",
            "The two companies will jointly develop data center and PC products, they said.",
        )
    )
    (ev,) = _events(doc, "partnership")
    assert (_name(ev.args["org"]), _name(ev.args["partner"])) == ("NVIDIA", "Intel")
    assert _events(doc, "investment")


def test_the_order_sentence_adds_its_value_to_the_order_just_told() -> None:
    doc = extract_text(_page(
        "Sony will buy 3nm image processors from Rapidus for its next camera line, starting in 2028, people familiar "
        "with the deal said. The order is worth about 90 billion yen over four years, one of the people said."
    ))
    (order,) = _events(doc, "procurement")
    assert _name(order.args["buyer"]) == "Sony" and _name(order.args["supplier"]) == "Rapidus"
    assert order.args["value"]["amount"] == 90e9 and order.args["value"]["currency"] == "JPY"


def test_buying_capacity_is_a_procurement_not_an_acquisition() -> None:
    doc = extract_text(_page("In April, Microsoft agreed to buy inference capacity worth $600 million from Cerebras over two years."))
    assert not _events(doc, "acquisition")
    (deal,) = _events(doc, "procurement")
    assert _name(deal.args["supplier"]) == "Cerebras" and _name(deal.args["buyer"]) == "Microsoft"


def test_a_subjectless_figure_in_the_next_one_sentence_paragraph_goes_on_with_its_subject() -> None:
    doc = extract_text(_page(
        "Snowflake said it would cut 500 jobs.",
        "Nvidia reported revenue of $39.3 billion for the fourth quarter, up 78% from a year earlier.",
        "Net income rose to $22.1 billion from $12.3 billion.",
    ))
    (ni,) = [e for e in _events(doc, "financial_metric") if e.args.get("metric") == "net_income"]
    assert _name(ni.args["org"]) == "NVIDIA"


def test_a_stock_exchange_debut_is_a_listing() -> None:
    doc = extract_text(_page(
        "Velora shares soared 80% in their New York Stock Exchange debut on Thursday after the design software "
        "company raised $900 million in its IPO."
    ))
    assert not _events(doc, "launch")
    (ipo,) = _events(doc, "ipo")
    assert _name(ipo.args["org"]) == "Velora" and ipo.args["stage"] == "listed"
    assert ipo.args["amount"]["amount"] == 9e8


def test_the_price_of_the_listing_just_told() -> None:
    doc = extract_text(_page(
        "Velora shares soared 80% in their New York Stock Exchange debut on Thursday after the company raised $900 million.",
        "The company priced its shares at $33 each, above the marketed range.",
    ))
    (ipo,) = _events(doc, "ipo")
    assert ipo.args["price"]["amount"] == 33.0


def test_a_deal_with_a_supplier_for_compute_is_a_procurement() -> None:
    doc = extract_text(_page("Microsoft signed a $12.5 billion deal with Nebius for GPU capacity in New Jersey, the companies said."))
    (deal,) = _events(doc, "procurement")
    assert _name(deal.args["supplier"]) == "Nebius" and _name(deal.args["buyer"]) == "Microsoft"
    assert deal.args["value"]["amount"] == 12.5e9


def test_a_deal_with_no_goods_is_no_procurement() -> None:
    doc = extract_text(_page("Microsoft reached a deal with the European Commission to settle the antitrust case, the companies said."))
    assert not _events(doc, "procurement")


def test_paying_a_company_for_a_model_is_a_procurement_and_spending_on_a_cloud_is_too() -> None:
    doc = extract_text(_page(
        "Apple will pay Google about $1 billion a year for a custom Gemini model to power Siri.",
        "OpenAI committed to spend $38 billion on Amazon Web Services over seven years.",
    ))
    deals = _events(doc, "procurement")
    assert {_name(d.args["supplier"]) for d in deals} == {"Google", "AWS"}
    assert not _events(doc, "spending")


def test_securing_and_providing_goods_are_procurements() -> None:
    doc = extract_text(_page(
        "Microsoft has secured more than 200,000 Nvidia GB300 processors through deals with neocloud providers.",
        "Quanta is said to have secured orders from Meta for server racks, according to supply chain sources.",
    ))
    deals = _events(doc, "procurement")
    assert any(_name(d.args.get("buyer")) == "Microsoft" and d.args.get("quantity") == 200000 for d in deals)
    assert any(_name(d.args.get("supplier")) == "Quanta Computer" for d in deals)


def test_counts_of_managers_and_recruiters_are_people_laid_off() -> None:
    doc = extract_text(_page("Amazon denied a report that it plans to lay off 14,000 managers."))
    (cut,) = _events(doc, "layoff")
    assert cut.modality == "denied" and cut.args["count"] == 14000


def test_money_put_into_a_companys_round_invests_in_that_company() -> None:
    doc = extract_text(_page("Nvidia invested $2 billion in xAI's latest round, which also included Valor Equity Partners."))
    assert not _events(doc, "spending")
    (inv,) = _events(doc, "investment")
    assert _name(inv.args["target"]) == "xAI" and _name(inv.args["investor"]) == "NVIDIA"
