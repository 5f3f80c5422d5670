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


def trie_alternation(words: Iterable[str]) -> str:
    """A regex matching any of ``words`` (longest wins), factored by shared prefixes so that it fails fast."""
    trie: dict[str, Any] = {}
    for w in set(words):
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


NUMBERS = load("numbers")
CURRENCIES = load("currencies")
BOUNDS = load("bounds")
MEASURES = load("measures")
QUANTITIES = load("quantities")
DATES = load("dates")
