"""Prints the value layer's exact-match accuracy per kind and script at the end of a run that measured it."""

from __future__ import annotations

from typing import Any

import pytest

LANGS = ("zh-Hans", "zh-Hant", "en")
KINDS = ("money", "count", "share", "quantity", "date", "period")
_SUMMARY: dict[tuple[str, str], list[int]] = {}


@pytest.fixture
def value_summary() -> dict[tuple[str, str], list[int]]:
    """(language, kind) -> [exact, expected, spurious], filled by the accuracy test."""
    return _SUMMARY


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if not _SUMMARY:
        return
    tr = terminalreporter
    tr.section("value layer: exact-match accuracy = exact / (expected + spurious)")
    tr.write_line(f"{'kind':<10}" + "".join(f"{lang:>20}" for lang in (*LANGS, "all")))
    for kind in (*KINDS, "all"):
        cells = []
        for lang in (*LANGS, "all"):
            rows = [r for (lg, k), r in _SUMMARY.items() if lang in ("all", lg) and kind in ("all", k)]
            exact, expected, spurious = (sum(r[i] for r in rows) for i in range(3))
            total = expected + spurious
            cells.append(f"{exact / total:.1%} ({exact}/{total})" if total else "-")
        tr.write_line(f"{kind:<10}" + "".join(f"{c:>20}" for c in cells))
