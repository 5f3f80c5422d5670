"""The shipped knowledge base keeps the conventions its README states."""

from __future__ import annotations

import json
import re
from importlib import resources
from typing import Any

from newsledger.text.normalize import to_simplified

_SECTORS = {
    "ai_lab", "ai_data", "ai_infrastructure", "ai_software", "software", "internet", "cloud", "semiconductors",
    "semiconductor_equipment", "eda", "hardware", "electronics_manufacturing", "electronics_components", "displays",
    "networking", "data_centers", "telecom", "telecom_equipment", "consumer_electronics", "automotive", "batteries",
    "robotics", "aerospace", "defense", "biotech", "industrial", "conglomerate", "fintech", "finance", "investor",
    "exchange", "regulator", "government", "university", "research_lab", "education",
}


def _entities() -> list[dict[str, Any]]:
    folder = resources.files("newsledger.resolve").joinpath("data", "kb")
    out = []
    for name in ("orgs.jsonl", "persons.jsonl", "outlets.jsonl"):
        text = folder.joinpath(name).read_text(encoding="utf-8")
        out.extend(json.loads(line) for line in text.splitlines() if line.strip())
    return out


def test_ids_are_unique_slugs() -> None:
    ids = [e["id"] for e in _entities()]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"(?:org|person|outlet):[a-z0-9][a-z0-9-]*", i) for i in ids)


def test_scripts_agree() -> None:
    for e in _entities():
        hans, hant = e["aliases"].get("zh-Hans", []), e["aliases"].get("zh-Hant", [])
        assert all(to_simplified(a) == a for a in hans), e["id"]
        assert all(to_simplified(a) in hans for a in hant), e["id"]


def test_no_alias_too_short_to_be_a_name() -> None:
    for e in _entities():
        for a in (a for names in e["aliases"].values() for a in names):
            assert sum(c.isalnum() for c in a) >= 2, (e["id"], a)


def test_org_fields() -> None:
    entities = _entities()
    ids = {e["id"] for e in entities}
    for e in (e for e in entities if e["type"] == "org"):
        forms = {e["name"], *(a for names in e["aliases"].values() for a in names)}
        assert e["sector"] in _SECTORS, e["id"]
        assert e["parent"] is None or e["parent"] in ids, e["id"]
        assert not e.get("division") or e["parent"], e["id"]
        assert set(e.get("ambiguous", [])) <= forms, e["id"]
