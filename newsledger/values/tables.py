"""Loads the grammar tables (``grammar/*.toml``) once, at import."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from pathlib import Path
from typing import Any

GRAMMAR_DIR = Path(__file__).resolve().parent / "grammar"


def load(name: str) -> dict[str, Any]:
    """Read one grammar table, ``grammar/<name>.toml``."""
    with (GRAMMAR_DIR / f"{name}.toml").open("rb") as fh:
        return tomllib.load(fh)


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal words, longest first so the longest form wins."""
    uniq = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(re.escape(w) for w in uniq)


NUMBERS = load("numbers")
CURRENCIES = load("currencies")
BOUNDS = load("bounds")
MEASURES = load("measures")
QUANTITIES = load("quantities")
DATES = load("dates")
