"""English news grammar met on unseen pages: past rounds in subordinate clauses, reorganizations, successions, deals (our own sentences)."""

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


def test_a_round_led_in_a_when_clause_is_the_subjects_round() -> None:
    doc = extract_text(_page("Nimbus Labs was valued at $4 billion in May, when Sequoia Capital led a $600 million Series B that valued the company at $4 billion."))
    (ev,) = _events(doc, "investment")
    assert _name(ev.args["target"]) == "Nimbus Labs"
    assert _name(ev.args["investor"]) == "Sequoia Capital"
    assert ev.args["round"] == "Series B"
    assert not _events(doc, "spending")


def test_money_put_into_the_round_is_an_investment() -> None:
    doc = extract_text(_page("Nimbus Labs builds warehouse robots.", "Sequoia Capital put $300 million into the round, the company said."))
    (ev,) = _events(doc, "investment")
    assert _name(ev.args["target"]) == "Nimbus Labs"
    assert _name(ev.args["investor"]) == "Sequoia Capital"
    assert not _events(doc, "spending")


# ---------------------------------------------------------------- reorganizations
def test_combining_two_groups_into_a_named_organization() -> None:
    doc = extract_text(_page("Oracle is combining its database group with the cloud operations team into a single organization called Core Platforms, the company said."))
    (ev,) = _events(doc, "reorganization")
    assert _name(ev.args["org"]) == "Oracle"
    assert ev.args["unit"] == "Core Platforms"


def test_folding_a_group_into_another() -> None:
    doc = extract_text(_page("Separately, Salesforce is folding its Slack analytics group into the data cloud division."))
    (ev,) = _events(doc, "reorganization")
    assert ev.args["unit"] == "Slack analytics group"


def test_a_standalone_unit_is_created() -> None:
    doc = extract_text(_page("Intel is reshaping its chip design work.", "The company created a standalone foundry unit under its former finance chief in 2024."))
    (ev,) = _events(doc, "reorganization")
    assert _name(ev.args["org"]) == "Intel"
    assert ev.args["unit"] == "foundry unit"


def test_combining_things_that_are_not_units_is_no_reorganization() -> None:
    doc = extract_text(_page("Nvidia is combining its chips with software from partners."))
    assert not _events(doc, "reorganization")


# ---------------------------------------------------------------- successions
def test_a_capitalised_title_is_no_part_of_the_name() -> None:
    doc = extract_text(_page("Chief Operating Officer Laura Brennan will step down at the end of September, Workday said."))
    (ev,) = _events(doc, "departure")
    assert _name(ev.args["person"]) == "Laura Brennan"
    assert ev.args["role"] == "Chief Operating Officer"


def test_a_retirement_is_a_departure_and_the_writer_is_not_the_one_who_leaves() -> None:
    doc = extract_text(_page("Oracle is reshaping its cloud unit.", "Tom Keller, executive vice president of cloud operations, will retire in August after 30 years at Oracle, Ellison wrote."))
    (ev,) = _events(doc, "departure")
    assert _name(ev.args["person"]) == "Tom Keller"
    assert _name(ev.args["org"]) == "Oracle"


def test_the_successor_comes_after_by() -> None:
    doc = extract_text(_page("Chief Operating Officer Laura Brennan will step down in September, Workday said. She will be succeeded by Deputy COO Marcus Hale."))
    (hire,) = _events(doc, "hire")
    assert _name(hire.args["person"]) == "Marcus Hale"
    assert hire.args.get("role") == "Chief Operating Officer"  # the post the one leaving held


# ---------------------------------------------------------------- layoffs
def test_a_count_of_cuts_is_a_layoff_of_its_own() -> None:
    doc = extract_text(_page("Salesforce last cut about 4,000 jobs in January 2025, following roughly 1,000 cuts in March of that year."))
    counts = sorted(e.args.get("count") for e in _events(doc, "layoff"))
    assert counts == [1000, 4000]


def test_layoffs_as_the_counted_noun() -> None:
    doc = extract_text(_page("Dell announced 1,500 layoffs at its Texas offices on Tuesday."))
    (ev,) = _events(doc, "layoff")
    assert ev.args["count"] == 1500


def test_price_cuts_are_no_layoff() -> None:
    doc = extract_text(_page("Tesla announced 3 price cuts on its Model Y this year."))
    assert not _events(doc, "layoff")


def test_no_layoffs_planned_is_a_denial() -> None:
    doc = extract_text(_page("Dell is merging its storage and server groups.", "A Dell spokesperson said there were no layoffs planned as part of the change."))
    (ev,) = _events(doc, "layoff")
    assert ev.modality == "denied"


# ---------------------------------------------------------------- deals
def test_agreed_to_pay_for_a_described_company_is_an_acquisition() -> None:
    doc = extract_text(_page("Cisco agreed to pay $2.1 billion for Veltrix, a network monitoring startup, the company said."))
    (ev,) = _events(doc, "acquisition")
    assert _name(ev.args["target"]) == "Veltrix"
    assert ev.args["price"]["amount"] == 2.1e9


def test_agreed_to_pay_for_compute_is_a_procurement() -> None:
    doc = extract_text(_page("Meta agreed to pay Corvana $4 billion for access to Nvidia GB300 systems in Ohio over five years."))
    assert not _events(doc, "acquisition")
    (ev,) = _events(doc, "procurement")
    assert _name(ev.args["buyer"]) == "Meta"


def test_a_majority_stake_is_one_acquisition() -> None:
    doc = extract_text(_page("Sony will acquire a 70% stake in Lumentis, an Osaka-based developer of factory software, for about $300 million."))
    (ev,) = _events(doc, "acquisition")
    assert _name(ev.args["target"]) == "Lumentis"
    assert ev.args["price"]["amount"] == 3e8
    assert not _events(doc, "investment")


def test_two_deals_joined_by_and() -> None:
    doc = extract_text(_page("Adobe closed its $1.2 billion takeover of Framefox in March and in May agreed to pay $900 million for Colorwell, a design software maker."))
    targets = sorted(_name(e.args["target"]) for e in _events(doc, "acquisition"))
    assert targets == ["Colorwell", "Framefox"]


# ---------------------------------------------------------------- listings
def test_a_priced_ipo_and_the_sentences_that_go_on_about_it() -> None:
    doc = extract_text(
        _page(
            'Databricks priced its initial public offering at $55 per share on Tuesday, above its marketed range of $48 to $52, raising about $3.1 billion '
            "in the largest U.S. software listing since Snowflake in 2020. The pricing gives Databricks a market value of about $60 billion. "
            'Its shares are set to begin trading on the Nasdaq on Wednesday under the ticker "DBRX."'
        )
    )
    (ev,) = _events(doc, "ipo")
    assert ev.args["price"]["amount"] == 55
    assert ev.args["amount"]["amount"] == 3.1e9
    assert ev.args["valuation"]["amount"] == 6e10
    assert _name(ev.args["exchange"]) == "Nasdaq"
    assert ev.args["code"] == "DBRX"


def test_money_raised_in_a_private_round_beside_a_listing_is_a_round() -> None:
    doc = extract_text(_page("The listing is a second attempt for Lambda, which withdrew an earlier IPO filing last year after raising $480 million in a private round that valued it at $4 billion."))
    (inv,) = _events(doc, "investment")
    assert inv.args["amount"]["amount"] == 4.8e8
    (ipo,) = _events(doc, "ipo")
    assert "amount" not in ipo.args
    assert ipo.args["stage"] == "terminated"


def test_investors_of_that_round() -> None:
    doc = extract_text(_page("Nimbus Labs raised $200 million in a private round last year. That round was led by Sequoia Capital."))
    (ev,) = _events(doc, "investment")
    assert _name(ev.args["investor"]) == "Sequoia Capital"


# ---------------------------------------------------------------- partnerships
def test_a_partnership_beside_a_purchase_from_someone_else() -> None:
    doc = extract_text(
        _page("Nimbus Labs raised money this year.", "The company has signed a partnership with Zendrix to plug its agents into support tools, and it agreed to buy $20 million worth of GPU capacity from CoreWeave.")
    )
    (p,) = _events(doc, "partnership")
    assert _name(p.args["partner"]) == "Zendrix"
    assert _events(doc, "procurement")


def test_a_company_coordinated_with_a_known_one_and_an_end_date() -> None:
    doc = extract_text(_page("Google and Luxarion, which makes the lenses, have extended their partnership to 2032."))
    (p,) = _events(doc, "partnership")
    assert _name(p.args["org"]) == "Google"
    assert _name(p.args["partner"]) == "Luxarion"
    assert "date" not in p.args


# ---------------------------------------------------------------- launches
def test_two_models_released_in_one_clause() -> None:
    doc = extract_text(_page("Cohere builds models for businesses.", "It released its Cohere Command 5 model in March and the Embed 4 search model a few weeks later."))
    products = sorted(e.args["product"] for e in _events(doc, "launch"))
    assert products == ["Cohere Command 5", "Embed 4"]


def test_the_second_generation_of_a_named_product() -> None:
    doc = extract_text(_page("Samsung just announced the second generation of its Galaxy Ring Health smart ring, the company said."))
    (ev,) = _events(doc, "launch")
    assert ev.args["product"] == "Galaxy Ring Health smart ring"
    assert _name(ev.args["org"]) == "Samsung Electronics"


# ---------------------------------------------------------------- denials and stakes
def test_denying_that_report_denies_the_report_before() -> None:
    doc = extract_text(
        _page(
            "The Information reported this week that Snap is planning to cut up to 15 percent of its hardware staff. "
            'Snap CTO Bobby Murphy denied that report in a post on X, writing that "nobody is getting laid off."'
        )
    )
    (ev,) = _events(doc, "layoff")
    assert ev.modality == "denied"
    assert ev.args["share"] == 0.15
    assert "Bobby Murphy" in (ev.attribution or "")


def test_a_stake_of_about_a_few_percent_is_an_investment() -> None:
    doc = extract_text(_page("Google bought a stake of about 4 percent in Intel last year."))
    assert not _events(doc, "acquisition")
    (ev,) = _events(doc, "investment")
    assert ev.args["stake"] == 0.04


# ---------------------------------------------------------------- where the hired came from
def test_hiring_another_companys_founder() -> None:
    doc = extract_text(_page("Google hired Inflexa co-founder Maya Torres and several of her colleagues in 2025 in a deal that also licensed Inflexa's models."))
    (ev,) = _events(doc, "hire")
    assert _name(ev.args["org"]) == "Google"
    assert _name(ev.args["from_org"]) == "Inflexa"
    assert _name(ev.args["person"]) == "Maya Torres"


def test_the_one_hired_is_the_object_of_hired() -> None:
    doc = extract_text(_page("Meta is rebuilding its AI group.", "Zuckerberg hired Scale AI founder Alexandr Wang as chief AI officer in June."))
    (ev,) = _events(doc, "hire")
    assert _name(ev.args["person"]) == "Alexandr Wang"
    assert _name(ev.args["from_org"]) == "Scale AI"


def test_previously_a_post_at_an_unknown_company() -> None:
    doc = extract_text(_page("Nimbus Labs raised money this year.", "The startup also said it had hired Omar Haddad, previously head of payments at Finvara, as its chief technology officer."))
    (ev,) = _events(doc, "hire")
    assert _name(ev.args["from_org"]) == "Finvara"


def test_who_ran_a_companys_team() -> None:
    doc = extract_text(_page("Lena Fischer, who ran Apple's health sensing team for a decade, joined Google as head of wearables in March."))
    (ev,) = _events(doc, "hire")
    assert _name(ev.args["from_org"]) == "Apple"
    assert _name(ev.args["org"]) == "Google"


def test_will_join_is_planned_and_takes_no_date_from_the_dateline() -> None:
    doc = extract_text(_page("Nimbus Labs was bought by Oracle.", "Dana Whitfield will join Oracle as general manager of robotics, reporting to President Clay Magouyrk."))
    (ev,) = _events(doc, "hire")
    assert ev.modality == "planned"
    assert "date" not in ev.args


# ---------------------------------------------------------------- names
def test_a_capitals_only_alias_is_no_city_word() -> None:
    doc = extract_text(_page("Vantic, founded in 2021 by two engineers in Tel Aviv, raised $80 million in a round that valued it at $500 million."))
    (ev,) = _events(doc, "investment")
    assert _name(ev.args["target"]) == "Vantic"


def test_existing_backers_in_the_next_sentence_join_the_round() -> None:
    doc = extract_text(
        _page(
            "Helix Robotics is raising about $400 million in a funding round led by Abu Dhabi's MGX, according to people familiar with the matter.",
            "Existing backers Sequoia Capital, Kestrelle, Andreessen Horowitz and General Catalyst are also expected to take part, the people said.",
        )
    )
    (ev,) = _events(doc, "investment")
    assert _name(ev.args["investor"]) == sorted(["MGX", "Sequoia Capital", "Kestrelle", "Andreessen Horowitz", "General Catalyst"])


def test_a_past_month_in_a_when_clause_keeps_its_own_tense() -> None:
    page = (
        "Tech > AI\n\nHelix nears new round\n\nBy Jane Roe\nFebruary 26, 2026 at 11:32 AM UTC\n\n"
        "The round would more than double Helix Robotics' valuation from September, when Sequoia Capital led a $150 million Series B that valued the company at $2 billion.\n"
    )
    (ev,) = _events(extract_text(page), "investment")
    assert ev.args["date"] == "2025-09"


def test_buying_a_division_of_a_company() -> None:
    doc = extract_text(_page("In October, Hitachi Energy agreed to buy the grid software division of German engineering group Voltaris for $2.1 billion."))
    (ev,) = _events(doc, "acquisition")
    assert _name(ev.args["target"]) == "Voltaris"
    assert _name(ev.args["seller"]) == "Voltaris"
    assert ev.args["asset"] == "grid software division"


def test_buying_part_of_a_plant_from_a_company() -> None:
    doc = extract_text(_page("SoftBank Corp. bought part of the factory from Kyoren for about $650 million last year."))
    (ev,) = _events(doc, "acquisition")
    assert _name(ev.args["seller"]) == "Kyoren"
    assert ev.args["asset"] == "part of the factory"


def test_a_figure_repeated_in_a_table_is_grounded_where_its_comparison_is() -> None:
    doc = extract_text(
        _page(
            "Acme Micro reported results on Tuesday.",
            "Revenue: $5.20 billion vs. $5.05 billion expected",
            "Metric | Q4 2025 | Q4 2024\nRevenue | $5.20 billion | $4.10 billion",
        )
    )
    revenue = [e for e in _events(doc, "financial_metric") if e.args.get("metric") == "revenue"]
    assert len(revenue) == 1
    assert revenue[0].evidence_text.startswith("Revenue | ")
    assert revenue[0].args["previous_value"]["amount"] == 4.1e9


def test_a_description_naming_a_sector_points_at_that_company() -> None:
    doc = extract_text(
        _page(
            "Helix Robotics was valued at $2 billion in May, when ASML led a $300 million Series B.",
            "Helix Robotics has since grown quickly. The Dutch chip-equipment maker put $200 million into that round and became its largest shareholder.",
        )
    )
    amounts = {e.args["amount"]["amount"]: _name(e.args.get("investor")) for e in _events(doc, "investment") if "amount" in e.args}
    assert amounts.get(2e8) == "ASML"
    assert not _events(doc, "spending")


def test_a_stake_of_about_a_share_and_the_restructuring_of_a_described_company() -> None:
    doc = extract_text(_page("OpenAI makes ChatGPT.", "Microsoft also holds a stake of about 27% in OpenAI following the restructuring of the ChatGPT maker last October."))
    (inv,) = _events(doc, "investment")
    assert inv.args["stake"] == 0.27
    (reorg,) = _events(doc, "reorganization")
    assert _name(reorg.args["org"]) == "OpenAI"


def test_a_year_holds_for_its_own_english_sentence() -> None:
    page = (
        "Tech > AI\n\nNimbus ships robot\n\nBy Jane Roe\nMarch 1, 2026 at 11:32 AM UTC\n\n"
        "Nimbus Robotics was founded in 2023 by two former Google engineers. It released its Atlas 2 robot in December and the Atlas 3 model a few weeks later.\n"
    )
    launches = {e.args["product"]: e.args.get("date") for e in _events(extract_text(page), "launch")}
    assert launches["Atlas 2"] == "2025-12"
    assert "Atlas 3" in launches


def test_a_relative_clause_after_the_product_is_no_appositive() -> None:
    doc = extract_text(_page("Intel will launch its Jaguar Shores rack-scale system, which packs 64 Gaudi chips, later this year."))
    (ev,) = _events(doc, "launch")
    assert ev.args["product"] == "Jaguar Shores rack-scale system"


def test_the_people_a_hire_counted_are_named_in_the_next_sentence() -> None:
    doc = extract_text(
        _page(
            "Google has hired two senior engineers from Anthropic, according to people familiar with the moves.",
            "The engineers, Rosa Lindqvist and Tomas Brenner, worked on Anthropic's inference systems.",
        )
    )
    (ev,) = _events(doc, "hire")
    assert _name(ev.args["person"]) == ["Rosa Lindqvist", "Tomas Brenner"]


def test_a_share_of_its_head_count_names_the_workforce() -> None:
    doc = extract_text(_page("Workday plans to eliminate about 5% of its roughly 19,000 jobs, mostly in sales, according to people familiar with the matter."))
    (ev,) = _events(doc, "layoff")
    assert ev.args["workforce"] == 19000
    assert ev.args["share"] == 0.05
    assert "count" not in ev.args


def test_an_apposed_post_over_a_domain() -> None:
    doc = extract_text(_page("Oracle is reshaping its cloud unit.", "Tom Keller, executive vice president of cloud operations and security, will retire in August, Ellison wrote."))
    (ev,) = _events(doc, "departure")
    assert ev.args["role"] == "executive vice president of cloud operations and security"


def test_a_post_written_ahead_of_the_name_and_a_single_source() -> None:
    doc = extract_text(_page("Apple's head of smart home products, Lena Ortiz, left for Google last month, according to a person familiar with the move."))
    (ev,) = _events(doc, "departure")
    assert ev.args["role"] == "head of smart home products"
    assert _name(ev.args["org"]) == "Apple"
    assert ev.modality == "rumored"


def test_a_move_to_come_that_the_company_itself_states_is_confirmed() -> None:
    doc = extract_text(_page("Chief Operating Officer Laura Brennan will step down at the end of September, Workday said in a separate statement."))
    (ev,) = _events(doc, "departure")
    assert ev.modality == "confirmed"


def test_a_deal_its_parties_announce_is_confirmed_and_dated_by_the_announcement() -> None:
    page = (
        "Tech > AI\n\nSony buys robot startup\n\nBy Jane Roe\nMarch 6, 2026 at 11:32 AM UTC\n\n"
        "Sony will acquire a 70% stake in Lumentis, an Osaka-based developer of factory software, for about $300 million, the companies announced on Thursday.\n"
    )
    (ev,) = _events(extract_text(page), "acquisition")
    assert ev.modality == "confirmed"
    assert ev.args["date"] == "2026-03-05"


def test_unknown_name_cues_keep_their_limits() -> None:
    from newsledger.resolve.link import Linker

    linker = Linker()
    for text, not_org in [
        ("Interim president Maria Lopez spoke on Monday.", "Interim"),
        ("Jones, a partner at the firm, said the talks had ended.", "Jones"),
        ("Google will invest in Ohio over five years.", "Ohio"),
    ]:
        found = linker.unknown(text, text.lower(), 0, len(text), linker.known(text.lower()))
        assert not any(m.text == not_org and m.type == "org" for m in found), text


def test_a_passive_hire_keeps_its_subject() -> None:
    doc = extract_text(_page("Jane Doe was hired by Google in May, where John Smith runs the cloud unit."))
    (ev,) = _events(doc, "hire")
    assert _name(ev.args["person"]) == "Jane Doe"


def test_production_cuts_are_no_layoff() -> None:
    doc = extract_text(_page("OPEC agreed to 2 production cuts this year."))
    assert not _events(doc, "layoff")


def test_paying_a_company_to_settle_buys_nothing() -> None:
    doc = extract_text(_page("Apple agreed to pay $500 million to Qualcomm to settle the dispute."))
    assert not _events(doc, "acquisition")


def test_spending_with_partners_is_no_partnership() -> None:
    doc = extract_text(_page("Cohere builds models.", "The startup said in November it would spend $2 billion building out that campus with partners over the next three years."))
    (ev,) = _events(doc, "spending")
    assert ev.args["purpose"] == "building out that campus"
    assert ev.args["amount"]["amount"] == 2e9


def test_buying_shares_in_a_listing_is_an_investment_in_the_listed_company() -> None:
    doc = extract_text(
        _page(
            "Databricks priced its IPO on Wednesday.",
            "Fidelity had indicated interest in buying up to $500 million of the shares, according to the filing.",
        )
    )
    (ev,) = _events(doc, "investment")
    assert _name(ev.args["target"]) == "Databricks"
    assert not _events(doc, "procurement")
    assert not _events(doc, "spending")


def test_a_later_clause_about_closing_does_not_make_a_past_month_future() -> None:
    page = (
        "Tech > AI\n\nSoftBank robotics push\n\nBy Jane Roe\nMarch 6, 2026 at 11:32 AM UTC\n\n"
        "In October, SoftBank agreed to buy the robotics division of Swiss engineering group Voltaris for $5.4 billion, a deal it expects to close next year.\n"
    )
    (ev,) = _events(extract_text(page), "acquisition")
    assert ev.args["date"] == "2025-10"


def test_a_venture_arm_described_in_a_list_and_an_angel_named_with_their_company() -> None:
    doc = extract_text(
        _page(
            "Relay Labs has raised $140 million in a Series B round. Index Ventures led the round, with participation from Sequoia Capital and NVentures, "
            "Nvidia's venture arm. Angel investors including Datadog co-founder Olivier Pomel also put in money."
        )
    )
    (ev,) = _events(doc, "investment")
    assert _name(ev.args["investor"]) == sorted(["Index Ventures", "Sequoia Capital", "NVentures", "Olivier Pomel"])


def test_we_in_a_company_memo_is_the_company() -> None:
    doc = extract_text(
        _page(
            "Intel is merging its networking and edge groups, Chief Executive Lip-Bu Tan told staff in a memo.",
            '"I want to be clear: we are not making additional workforce reductions as part of this change," Tan wrote.',
        )
    )
    denied = [e for e in _events(doc, "layoff") if e.modality == "denied"]
    assert denied and _name(denied[0].args["org"]) == "Intel"


def test_a_unit_that_lost_money_reports_a_loss_but_lost_market_value_does_not() -> None:
    doc = extract_text(_page("Snap's hardware unit had a hard year.", "The division lost $1.2 billion in the fourth quarter, compared with $0.9 billion a year earlier."))
    (ev,) = _events(doc, "financial_metric")
    assert ev.args["metric"] == "net_loss"
    assert ev.args["value"]["amount"] == 1.2e9
    doc = extract_text(_page("Nvidia lost $200 billion in market value on Monday."))
    assert not _events(doc, "financial_metric")


def test_shares_bought_from_existing_investors_name_the_deals_sellers() -> None:
    doc = extract_text(
        _page(
            "Sony will acquire a 70% stake in Lumentis, an Osaka-based developer of factory software, for about $300 million. "
            "Sony will buy shares from existing investors including Sequoia Capital and Kestrelle and subscribe to new shares."
        )
    )
    (ev,) = _events(doc, "acquisition")
    assert _name(ev.args["target"]) == "Lumentis"
    assert _name(ev.args["seller"]) == ["Kestrelle", "Sequoia Capital"]


def test_what_analysts_expect_is_no_event() -> None:
    doc = extract_text(_page("Oracle said capital expenditures reached $12 billion in the quarter, and analysts expect spending to top $50 billion next year."))
    amounts = [e.args["amount"]["amount"] for e in _events(doc, "spending")]
    assert amounts == [1.2e10]


def test_what_the_partners_will_do_under_the_agreement() -> None:
    doc = extract_text(_page("Cohere agreed last month to a partnership with Maersk under which the shipping group will use Cohere's models in its customer service, the companies said."))
    (ev,) = _events(doc, "partnership")
    assert ev.args["purpose"] == "use Cohere's models in its customer service"


def test_a_spokesperson_confirming_the_hires_confirms_them() -> None:
    doc = extract_text(
        _page(
            "Google has hired two senior engineers from Anthropic, according to people familiar with the moves.",
            "A Google spokesperson confirmed the hires but declined to discuss pay.",
        )
    )
    (ev,) = _events(doc, "hire")
    assert ev.modality == "confirmed"
    assert "Google" in (ev.attribution or "")


def test_one_of_the_people_said_is_the_sentences_own_source() -> None:
    doc = extract_text(
        _page(
            "Stripe is preparing to cut about 300 jobs, according to people familiar with the plans.",
            "Separately, Stripe offered its head of payments research a retention package worth more than $40 million over three years, two of the people said.",
        )
    )
    (ev,) = _events(doc, "pay_offer")
    assert ev.attribution == "two of the people"


def test_a_post_runs_on_through_its_of_domain() -> None:
    doc = extract_text(_page("Nadia Perez will join Datadog as general manager of cloud security, reporting to President Amit Shah."))
    (ev,) = _events(doc, "hire")
    assert ev.args["role"] == "general manager of cloud security"


def test_a_post_of_a_named_company_stops_before_the_company() -> None:
    doc = extract_text(_page("Snowflake hired Maria Lopez as senior vice president of its data platform group."))
    (ev,) = _events(doc, "hire")
    assert ev.args["role"] == "senior vice president of its data platform group"
    doc = extract_text(_page("Oracle named Tom Reyes as chief executive of Oracle Health."))
    (ev,) = _events(doc, "hire")
    assert ev.args["role"] == "chief executive"


def test_the_three_dash_list_names_the_people_hired() -> None:
    doc = extract_text(
        _page(
            "Anthropic has hired three engineers from Google in the past month.",
            "The three—Ada Park, Ben Cole, and Cy Diaz—worked on the company's compiler team.",
        )
    )
    (ev,) = _events(doc, "hire")
    assert _name(ev.args["person"]) == ["Ada Park", "Ben Cole", "Cy Diaz"]


def test_a_named_group_lists_every_name_before_its_verb() -> None:
    doc = extract_text(_page("Anthropic has hired three engineers from Google. The engineers, Ada Park, Ben Cole and Cy Diaz, worked on compilers."))
    (ev,) = _events(doc, "hire")
    assert _name(ev.args["person"]) == ["Ada Park", "Ben Cole", "Cy Diaz"]


def test_pay_offered_to_each_of_them_goes_to_the_people_just_named() -> None:
    doc = extract_text(
        _page(
            "Anthropic has hired two engineers from Google, according to people familiar with the moves.",
            "The engineers, Ada Park and Ben Cole, worked on compilers.",
            "Anthropic offered each of them a package worth more than $50 million over four years, one of the people said.",
        )
    )
    (ev,) = _events(doc, "pay_offer")
    assert _name(ev.args["person"]) == ["Ada Park", "Ben Cole"]


def test_pay_offered_to_some_of_the_researchers_names_nobody() -> None:
    doc = extract_text(
        _page(
            "Anthropic has hired two engineers from Google. The engineers, Ada Park and Ben Cole, worked on compilers.",
            "Anthropic has offered some of the researchers pay packages worth up to $20 million over four years.",
        )
    )
    (ev,) = _events(doc, "pay_offer")
    assert "person" not in ev.args


def test_a_company_in_the_title_beside_the_name_is_the_former_employer() -> None:
    doc = extract_text(_page("Meta hired Ada Park, a Lumen Robotics co-founder, in October."))
    (ev,) = _events(doc, "hire")
    assert _name(ev.args["from_org"]) == "Lumen Robotics"
    doc = extract_text(_page("Meta hired Ada Park, a Lumen Robotics customer."))
    (ev,) = _events(doc, "hire")
    assert "from_org" not in ev.args


def test_a_modal_in_a_later_clause_does_not_hedge_the_event() -> None:
    doc = extract_text(_page("Samsung bought a 4% stake in Rivos for $200 million last year and has said it could raise that to 8%."))
    (ev,) = _events(doc, "investment")
    assert ev.modality == "reported"


def test_a_number_opens_a_firms_name_with_a_suffix() -> None:
    doc = extract_text(_page("Mistral AI raised $100 million. The round was led by Tiger Global, with Valor Equity Partners and 1789 Capital also participating."))
    (ev,) = _events(doc, "investment")
    assert "1789 Capital" in _name(ev.args["investor"])
    doc = extract_text(_page("In 2025 Capital Group bought a 2% stake in Rivos."))
    assert not [m for m in doc.mentions if m.text.startswith("2025")]


def test_a_single_word_after_participation_from_is_an_investor() -> None:
    doc = extract_text(_page("Mistral AI raised $100 million. The round was led by Northgate Ventures, with participation from Qubitra and existing backer Foundry Peak Capital."))
    (ev,) = _events(doc, "investment")
    assert "Qubitra" in _name(ev.args["investor"])


def test_a_company_named_in_full_then_by_its_first_word_is_one_company() -> None:
    doc = extract_text(
        _page(
            "ServiceNow agreed to acquire Velora Security, a startup that protects AI agents.",
            "Velora, founded in 2022 by two former Check Point engineers, raised $80 million last year.",
        )
    )
    velora = [m for m in doc.mentions if m.text == "Velora"]
    assert velora and all(m.name == "Velora Security" for m in velora)


def test_the_departures_follow_that_of_a_cofounder() -> None:
    doc = extract_text(_page("The departures follow that of Ada Park, a Lumen Robotics co-founder who joined Meta in October."))
    (dep,) = _events(doc, "departure")
    assert dep.args["person"]["name"] == "Ada Park"
    assert _name(dep.args["org"]) == "Lumen Robotics"
    assert _name(dep.args["to_org"]) == "Meta"
    assert dep.args["role"] == "co-founder"


def test_a_unit_split_into_four_groups_counts_four() -> None:
    doc = extract_text(_page("Google split its cloud unit into four groups last August."))
    (ev,) = _events(doc, "reorganization")
    assert ev.args["count"] == 4


def test_a_named_lab_restructured_into_groups_is_the_unit() -> None:
    doc = extract_text(_page("Google has since restructured Google DeepMind into three groups."))
    (ev,) = _events(doc, "reorganization")
    assert ev.args["unit"] == "Google DeepMind"
    assert ev.args["count"] == 3


def test_angels_listed_with_their_titles_are_all_investors() -> None:
    doc = extract_text(_page("Mistral AI raised $100 million. Angel investors including Datadog co-founder Olivier Pomel and former GitHub CEO Nat Friedman also put in money."))
    (ev,) = _events(doc, "investment")
    assert _name(ev.args["investor"]) == ["Nat Friedman", "Olivier Pomel"]


def test_a_company_denying_after_an_aside_is_the_attribution() -> None:
    doc = extract_text(
        _page(
            "Wistron plans to cut about 400 jobs at its Hsinchu plant, according to people familiar with the matter.",
            "Wistron, for its part, denied the report.",
        )
    )
    (ev,) = _events(doc, "layoff")
    assert ev.attribution == "Wistron"


def test_the_spokesperson_is_the_one_named_before() -> None:
    doc = extract_text(
        _page(
            "An Oracle spokesperson said the company does not comment on rumors.",
            "The spokesperson denied a separate report by The Information that Oracle plans to cut 2,000 jobs in its cloud unit.",
        )
    )
    (ev,) = _events(doc, "layoff")
    assert ev.attribution == "Oracle spokesperson"


def test_a_surname_before_said_is_the_person_named_in_full_before() -> None:
    doc = extract_text(
        _page(
            "Tencent President Martin Lau told analysts the company would keep spending on AI.",
            "Lau said the next Hunyuan model would be released within weeks.",
        )
    )
    evs = [e for e in _events(doc, "launch") if "Hunyuan" in str(e.args.get("product"))]
    assert evs and evs[0].attribution == "Martin Lau"
