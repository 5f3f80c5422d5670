"""Labelled value cases (tests/values/cases.jsonl): exact kind, text and listed norm fields; offsets; accuracy."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from newsledger.core import Value
from newsledger.text.normalize import normalize
from newsledger.values import find_values

CASES_PATH = Path(__file__).with_name("cases.jsonl")
CASES: list[dict[str, Any]] = [
    json.loads(line) for line in CASES_PATH.read_text(encoding="utf-8").splitlines() if line
]


def _anchor(case: dict[str, Any]) -> dt.date | None:
    return dt.date.fromisoformat(case["anchor"]) if case["anchor"] else None


def _same(expected: Any, actual: Any) -> bool:
    if isinstance(expected, float) and isinstance(actual, (int, float)):
        return abs(expected - actual) <= 1e-9 * max(1.0, abs(expected))
    return bool(expected == actual)


def _matches(expected: dict[str, Any], value: Value) -> bool:
    if expected["kind"] != value.kind or expected["text"] != value.text:
        return False
    return all(k in value.norm and _same(v, value.norm[k]) for k, v in expected["norm"].items())


def _describe(values: list[Value]) -> str:
    return "\n".join(f"  {v.kind} {v.text!r} {v.norm}" for v in values)


def _case_id(case: dict[str, Any]) -> str:
    return f"{case['lang']}:{case['text'][:24]}"


LANGS = ("zh-Hans", "zh-Hant", "en")
KINDS = ("money", "count", "share", "quantity", "date", "period")
ACCURACY_FLOOR = 0.98


def test_case_file_shape() -> None:
    """At least 400 sentences, 120 labelled expressions per script, every kind in every script; negatives."""
    assert len(CASES) >= 400
    for lang in LANGS:
        cases = [c for c in CASES if c["lang"] == lang]
        assert sum(len(c["values"]) for c in cases) >= 120
        kinds = {v["kind"] for c in cases for v in c["values"]}
        assert kinds == set(KINDS), (lang, kinds)
        assert sum(not c["values"] for c in cases) >= 5
        assert sum(len(c["values"]) >= 3 for c in cases) >= 30


@pytest.mark.parametrize("case", CASES, ids=_case_id)
def test_case(case: dict[str, Any]) -> None:
    """Every expected value is found with its exact text and norm fields, and nothing else."""
    found = find_values(case["text"], _anchor(case))
    expected = case["values"]
    ok = len(found) == len(expected) and all(_matches(e, v) for e, v in zip(expected, found, strict=True))
    assert ok, f"expected:\n{json.dumps(expected, ensure_ascii=False, indent=1)}\nfound:\n{_describe(found)}"


@pytest.mark.parametrize("case", CASES, ids=_case_id)
def test_offsets(case: dict[str, Any]) -> None:
    """Spans index the original text, sorted and non-overlapping; passing the normalized view changes nothing."""
    text = case["text"]
    found = find_values(text, _anchor(case))
    again = find_values(text, _anchor(case), normalized=normalize(text))
    assert [(v.start, v.end, v.norm) for v in found] == [(v.start, v.end, v.norm) for v in again]
    prev_end = 0
    for v in found:
        assert text[v.start : v.end] == v.text
        assert v.start >= prev_end
        prev_end = v.end


def test_offsets_on_traditional_full_width_text() -> None:
    """Full-width digits and punctuation, traditional script: spans still slice the original text."""
    text = "據報導，該公司去年斥資約１２０億美元，裁員逾１，２００人，占員工總數約１５％。"
    found = find_values(text, dt.date(2025, 8, 28))
    assert [(v.kind, v.text) for v in found] == [
        ("date", "去年"),
        ("money", "約１２０億美元"),
        ("count", "逾１，２００人"),
        ("share", "約１５％"),
    ]
    for v in found:
        assert text[v.start : v.end] == v.text
    money = found[1].norm
    assert money["amount"] == 12_000_000_000.0 and money["currency"] == "USD" and money["bound"] == "about"
    assert found[2].norm["value"] == 1200 and found[2].norm["bound"] == "more_than"
    assert found[3].norm["value"] == pytest.approx(0.15)


def test_ideographic_comma_is_not_a_thousands_separator() -> None:
    """ "3，200家" in Chinese prose is "3" then a clause break, not 3200."""
    found = find_values("公司增長了3，200家門店已完成改裝", dt.date(2025, 8, 28))
    assert [v.text for v in found] == ["200家"]


def test_normalized_length_mismatch_is_rejected() -> None:
    """A normalized view of another length cannot map spans back."""
    with pytest.raises(ValueError):
        find_values("去年", dt.date(2025, 1, 1), normalized="去")


def test_overall_accuracy(value_summary: dict[tuple[str, str], list[int]]) -> None:
    """Exact-match accuracy over all cases (kind + text + listed norm fields), per kind and script too.

    accuracy = exact / (expected + spurious): a missed, a wrong and an extra value each count as an error.
    The counts go to ``value_summary`` (see conftest.py), printed at the end of the run.
    """
    SUMMARY = value_summary
    SUMMARY.clear()
    for case in CASES:
        found = find_values(case["text"], _anchor(case))
        unmatched = list(found)
        for e in case["values"]:
            row = SUMMARY.setdefault((case["lang"], e["kind"]), [0, 0, 0])
            row[1] += 1
            hit = next((v for v in unmatched if _matches(e, v)), None)
            if hit is not None:
                unmatched.remove(hit)
                row[0] += 1
        for v in unmatched:
            SUMMARY.setdefault((case["lang"], v.kind), [0, 0, 0])[2] += 1
    exact = sum(r[0] for r in SUMMARY.values())
    errors = sum(r[1] - r[0] + r[2] for r in SUMMARY.values())
    accuracy = exact / (exact + errors)
    assert accuracy >= ACCURACY_FLOOR, (accuracy, {k: v for k, v in SUMMARY.items() if v[0] < v[1] or v[2]})
