"""Shared paths and helpers for the ingest tests."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
FIXTURES = HERE / "fixtures"
REPO = HERE.parents[1]
SHARED = REPO.parent / "shared"


def load_jsonl(path: Path) -> list[dict[str, Any]]:
    """The JSON objects of a JSON Lines file."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def iso(value: str | None) -> str | None:
    """Gold times may stop at minutes (``2026-03-16T18:40``); ours always carry seconds."""
    if value and re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d", value):
        return value + ":00"
    return value
