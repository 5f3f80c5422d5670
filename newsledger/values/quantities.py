"""Physical quantities: power and energy (``6GW``, ``1.5吉瓦``, ``500兆瓦``, ``2 gigawatts``)."""

from __future__ import annotations

import re
from decimal import Decimal

from ..core import Json
from .base import (
    NUM_LEFT,
    Candidate,
    fmt_bound,
    guarded,
    guarded_en,
    mentions,
    prefix_bound,
    run_english,
    suffix_bound,
)
from .numbers import (
    ARABIC,
    EN_WORD_INITIALS,
    EN_WORD_NUMBER,
    ZH_DIGIT_CHARS,
    ZH_NUM_INITIALS,
    parse_en_words,
    parse_number,
)
from .tables import QUANTITIES, alternation

_UNITS: dict[str, str] = QUANTITIES["units"]
_WORDS = [u for u in _UNITS if u.isascii() and u[0].islower() and len(u) > 3]
_SYMBOLS = [u for u in _UNITS if u not in _WORDS]
_ZH_NUM = rf"(?:{ARABIC}(?:万|亿)?|[{ZH_DIGIT_CHARS}十][{ZH_DIGIT_CHARS}十百千万亿]*)"
SYMBOL = guarded(
    ZH_NUM_INITIALS,
    rf"{NUM_LEFT}(?P<n1>{_ZH_NUM})(?:\s?(?:-|–|~|至|到)\s?(?P<n2>{_ZH_NUM}))?\s?(?P<u>{alternation(_SYMBOLS)})(?![A-Za-z])"
)
WORDED = guarded_en(
    EN_WORD_INITIALS,
    rf"(?<![A-Za-z0-9_.])(?P<n1>{ARABIC}|{EN_WORD_NUMBER})(?:\s?(?:-|–|to)\s?(?P<n2>{ARABIC}))?[\s-](?P<u>{alternation(_WORDS)})\b"
)


def _num(s: str) -> Decimal | None:
    return parse_number(s) if s[:1].isdigit() or not s.isascii() else parse_en_words(s)


_NEEDLES = ("W", "瓦", "watt", "度电")


def find(view: str) -> list[Candidate]:
    """Quantity candidates in the normalized view."""
    if not mentions(view, _NEEDLES):
        return []
    return _find(view, SYMBOL) + run_english(view, _find_worded)


def _find_worded(view: str) -> list[Candidate]:
    return _find(view, WORDED)


def _find(view: str, rx: re.Pattern[str]) -> list[Candidate]:
    out: list[Candidate] = []
    for m in rx.finditer(view):
        low = _num(m.group("n1"))
        high = _num(m.group("n2")) if m.group("n2") else None
        if low is None or (high is not None and high <= low) or (m.group("n1").lower() in ("a", "an")):
            continue
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
    return out
