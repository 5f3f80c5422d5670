"""The shipped knowledge base keeps the conventions of its README (scripts, ids, links, shared aliases)."""

from __future__ import annotations

import json
import re
from importlib import resources
from typing import Any

from newsledger.resolve.kb import KB_FILES, alias_key
from newsledger.text.normalize import to_simplified

SECTORS = frozenset(
    [
        "ai_lab",
        "ai_data",
        "ai_infrastructure",
        "ai_software",
        "software",
        "internet",
        "cloud",
        "semiconductors",
        "semiconductor_equipment",
        "eda",
        "hardware",
        "electronics_manufacturing",
        "electronics_components",
        "displays",
        "networking",
        "data_centers",
        "telecom",
        "telecom_equipment",
        "consumer_electronics",
        "automotive",
        "batteries",
        "robotics",
        "aerospace",
        "defense",
        "biotech",
        "industrial",
        "conglomerate",
        "fintech",
        "finance",
        "investor",
        "exchange",
        "regulator",
        "government",
        "university",
        "research_lab",
        "education",
    ]
)
_CJK = re.compile(r"[\u3400-\u9fff\U00020000-\U0002ffff]")


def _entities() -> list[dict[str, Any]]:
    folder = resources.files("newsledger.resolve").joinpath("data", "kb")
    out: list[dict[str, Any]] = []
    for name in KB_FILES:
        for line in folder.joinpath(name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                out.append(json.loads(line))
    return out


ENTITIES = _entities()
IDS = {e["id"] for e in ENTITIES}


def _forms(e: dict[str, Any]) -> set[str]:
    return {e["name"], *(a for names in e["aliases"].values() for a in names)}


def test_ids_are_unique_typed_slugs() -> None:
    assert len(IDS) == len(ENTITIES)
    for e in ENTITIES:
        assert re.fullmatch(r"(org|person|outlet):[a-z0-9-]+", e["id"]), e["id"]
        assert e["id"].split(":")[0] == e["type"], e["id"]


def test_every_traditional_alias_has_its_simplified_form() -> None:
    for e in ENTITIES:
        hans = set(e["aliases"].get("zh-Hans", []))
        for alias in e["aliases"].get("zh-Hant", []):
            assert to_simplified(alias) in hans, (e["id"], alias)
        for alias in hans:
            assert to_simplified(alias) == alias, (e["id"], alias)


def test_no_single_character_aliases() -> None:
    for e in ENTITIES:
        for alias in _forms(e):
            assert not (len(alias) == 1 and _CJK.match(alias)), (e["id"], alias)
            assert not re.fullmatch(r"[A-Za-z]", alias), (e["id"], alias)


def test_ambiguous_forms_are_aliases() -> None:
    for e in ENTITIES:
        forms = _forms(e)
        for alias in e.get("ambiguous", []):
            assert alias in forms, (e["id"], alias)


def test_links_point_to_known_organisations() -> None:
    for e in ENTITIES:
        if e["type"] == "org":
            assert e["sector"] in SECTORS, (e["id"], e["sector"])
            assert e["parent"] is None or e["parent"] in IDS, (e["id"], e["parent"])
        if e["type"] == "person":
            for org in e["orgs"]:
                assert org in IDS and org.startswith("org:"), (e["id"], org)


def test_an_alias_two_entities_share_is_flagged_ambiguous_for_both() -> None:
    owners: dict[str, set[str]] = {}
    flagged = {(alias_key(a), e["id"]) for e in ENTITIES for a in e.get("ambiguous", [])}
    for e in ENTITIES:
        for alias in _forms(e):
            owners.setdefault(alias_key(alias), set()).add(e["id"])
    unflagged = {
        k: ids for k, ids in owners.items() if len(ids) > 1 and not all((k, i) in flagged for i in ids)
    }
    assert not unflagged, unflagged
