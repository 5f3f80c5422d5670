"""The schema file is the one source of types and roles; the docs are generated from it."""

from __future__ import annotations

import json

import pytest

from newsledger.schema import ROLE_KINDS, load, parse
from newsledger.schema.docs import schema_markdown
from tests.conftest import FIXTURES, ROOT

GOLD_TYPES = {
    "investment": {"investor", "target", "amount", "valuation", "round", "stake", "date", "disclosed"},
    "hire": {"person", "org", "from_org", "role", "pay", "date", "change", "disclosed"},
    "departure": {"person", "count", "org", "to_org", "role", "date", "change", "new_role", "disclosed"},
    "pay_offer": {"org", "person", "amount", "period", "date"},
    "procurement": {"buyer", "supplier", "item", "quantity", "capacity", "value", "date"},
    "layoff": {"org", "count", "share", "workforce", "date"},
    "financial_metric": {"org", "metric", "value", "previous_value", "period", "change", "disclosed", "estimate"},
    "spending": {"org", "amount", "purpose", "period", "date"},
    "reorganization": {"org", "unit", "count", "date"},
    "acquisition": {"acquirer", "target", "seller", "price", "date", "asset", "disclosed"},
    "ipo": {"org", "exchange", "amount", "valuation", "date", "price", "code", "stage", "disclosed"},
}


def test_schema_has_every_type_and_role() -> None:
    s = load()
    for tname, roles in GOLD_TYPES.items():
        assert set(s.types[tname].roles) == roles, tname
    assert {"launch", "ipo", "partnership"} <= set(s.types)
    for t in s.types.values():
        assert t.triggers.get("zh") and t.triggers.get("en"), t.name
        for r in t.roles.values():
            assert r.kind in ROLE_KINDS


def test_gold_files_use_only_schema_roles() -> None:
    s = load()
    for path in sorted((FIXTURES / "gold").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            doc = json.loads(line)
            for ev in doc["events"]:
                assert ev["type"] in s.types, (path.name, ev["type"])
                assert set(ev["args"]) <= set(s.types[ev["type"]].roles), (doc["id"], ev["type"], ev["args"].keys())


def test_bad_schema_is_refused() -> None:
    with pytest.raises(ValueError):
        parse({"types": {"x": {"roles": {"a": {"kind": "nope"}}}}})
    with pytest.raises(ValueError):
        parse({"types": {"x": {"roles": {"a": {"kind": "text"}}, "require": [["b"]]}}})


def test_generated_docs_are_current() -> None:
    assert (ROOT / "docs" / "schema.md").read_text(encoding="utf-8") == schema_markdown()


def test_cli_reference_is_current(monkeypatch: pytest.MonkeyPatch) -> None:
    from newsledger.serve.cli import cli_markdown

    monkeypatch.setenv("COLUMNS", "100")
    assert (ROOT / "docs" / "cli.md").read_text(encoding="utf-8") == cli_markdown()
