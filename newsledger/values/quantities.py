"""Physical quantities: power and energy (``6GW``, ``1.5吉瓦``, ``500兆瓦``, ``2 gigawatts``)."""

from __future__ import annotations

import re
from decimal import Decimal

from ..core import Json
from .base import (
    NUM_LEFT,
    NUMBER_FOLLOW,
    Candidate,
    NumberRule,
    fmt_bound,
    initials,
    prefix_bound,
    suffix_bound,
)
from .numbers import (
    ARABIC,
    EN_WORD_NUMBER,
    ZH_DIGIT_CHARS,
    parse_en_words,
    parse_number,
)
from .tables import QUANTITIES, alternation

_UNITS: dict[str, str] = QUANTITIES["units"]
_WORDS = [u for u in _UNITS if u.isascii() and u[0].islower() and len(u) > 3]
_SYMBOLS = [u for u in _UNITS if u not in _WORDS]
_ZH_NUM = rf"(?:{ARABIC}(?:万|亿)?|[{ZH_DIGIT_CHARS}十][{ZH_DIGIT_CHARS}十百千万亿]*)"
SYMBOL = re.compile(
    rf"{NUM_LEFT}(?P<n1>{_ZH_NUM})(?:\s?(?:-|–|~|至|到)\s?(?P<n2>{_ZH_NUM}))?\s?(?P<u>{alternation(_SYMBOLS)})(?![A-Za-z])"
)
WORDED = re.compile(
    rf"(?<![A-Za-z0-9_.])(?P<n1>{ARABIC}|{EN_WORD_NUMBER})(?:\s?(?:-|–|to)\s?(?P<n2>{ARABIC}))?[\s-](?P<u>{alternation(_WORDS)})\b"
)


def _num(s: str) -> Decimal | None:
    return parse_number(s) if s[:1].isdigit() or not s.isascii() else parse_en_words(s)


def _on_quantity(view: str, m: re.Match[str], out: list[Candidate]) -> None:
    """A number with a power or energy unit."""
    low = _num(m.group("n1"))
    high = _num(m.group("n2")) if m.group("n2") else None
    if low is None or (high is not None and high <= low) or (m.group("n1").lower() in ("a", "an")):
        return
    s, pre = prefix_bound(view, m.start())
    e, post = suffix_bound(view, m.end())
    norm: Json = {
        "value": float(low),
        "unit": _UNITS[m.group("u")],
        "bound": fmt_bound("range" if high is not None else pre or post),
    }
    if high is not None:
        norm["value_max"] = float(high)
    out.append(Candidate(s, e, "quantity", norm))


NUMBER_RULES = [
    NumberRule(SYMBOL, NUMBER_FOLLOW + "t瓦" + initials(_SYMBOLS), _on_quantity, chinese=False),
]
"""Quantity patterns that start with a number and end in a unit symbol (see ``base.run_number_rules``)."""
EN_NUMBER_RULES = [NumberRule(WORDED, "", _on_quantity, chinese=False)]
"""Quantities with a unit word ("2 gigawatts", "a 500-megawatt site"), tried at English number tokens."""
