"""Shares: ``20%``, ``百分之二十``, ``两成``, ``逾九成``, ``0.6个百分点`` (point), ``50 basis points``, ``a fifth``."""

from __future__ import annotations

import re
from decimal import Decimal

from ..core import Json
from .base import (
    NUM_LEFT,
    NUMBER_FOLLOW,
    Candidate,
    NumberRule,
    capitalized,
    fmt_bound,
    guarded,
    has_cjk,
    initials,
    prefix_bound,
    suffix_bound,
)
from .numbers import ARABIC, ZH_NUMERAL, parse_number
from .tables import NUMBERS, alternation, load

_TABLE = load("shares")
_UNITS: dict[str, tuple[str, Decimal]] = {k: (v[0], Decimal(v[1])) for k, v in _TABLE["units"].items()}
_UNITS_LOWER = {k.lower(): v for k, v in _UNITS.items()}
_CHENG_NOT_BEFORE = tuple(_TABLE["cheng"]["not_before"])
_CHENG_SHARE_OF = tuple(_TABLE["cheng"]["share_of"])
_FRACTIONS = {k: Decimal(str(v)) for k, v in NUMBERS["en_fractions"].items()}

_JOIN = r"\s?(?:-|–|—|~|〜|至|到)\s?|\s+to\s+"
_UNIT_RE = alternation(_UNITS)
PERCENT = re.compile(
    rf"{NUM_LEFT}(?P<n1>{ARABIC})(?:\s?(?:%|‰))?(?:(?:{_JOIN})(?P<n2>{ARABIC}))?\s?(?P<u>(?i:{_UNIT_RE}))(?![A-Za-z])"
)
ZH_PERCENT = guarded(
    "百", rf"百分之(?P<n1>{ZH_NUMERAL}|{ARABIC})(?:(?:至|到|-)(?:百分之)?(?P<n2>{ZH_NUMERAL}|{ARABIC}))?"
)
ZH_FRACTION = re.compile(
    r"(?<![一二两三四五六七八九十百千])(?P<d>[二两三四五六七八九十]|十[一二三四五六七八九]|[二三四五六七八九]十)分之"
    r"(?P<n>[一二两三四五六七八九十]+)"
)
"""Chinese fractions: "三分之一" (a third), "四分之三"."""
SLASH_FRACTION = re.compile(r"(?<=[约近逾占超])(?P<n>[1-9])/(?P<d>[2-9]|10)(?![\d/.])")
"""A written fraction after a bound word or 占: "约1/3", "占1/4" (else "1/3" is a date)."""
_TENTHS = "一二两三四五六七八九十"
_CHENG_EXTRA = r"半|[一二三四五六七八九](?![十百千万亿成])"
CHENG = re.compile(
    rf"(?<![{_TENTHS}])(?P<n1>[{_TENTHS}])(?:(?:至|到|-)?(?P<n2>[{_TENTHS}]))?成(?P<half>{_CHENG_EXTRA})?"
    rf"(?:(?:至|到|-|~)(?P<n3>[{_TENTHS}])成(?P<half3>{_CHENG_EXTRA})?)?"
)


def _tenths(digit: str, extra: str | None) -> Decimal | None:
    """三成 -> 0.3, 三成半 -> 0.35, 九成五 -> 0.95."""
    base = parse_number(digit)
    if base is None:
        return None
    if not extra:
        return base / 10
    if extra == "半":
        return base / 10 + Decimal("0.05")
    return base / 10 + (parse_number(extra) or Decimal(0)) / 100


FRACTION = guarded(
    initials(_FRACTIONS, both_cases=True),
    rf"(?<![A-Za-z-])(?P<f>{alternation(capitalized(_FRACTIONS))})(?=\s+of\b)",
)


BY_FRACTION = guarded(
    "b",
    rf"(?<![A-Za-z])by\s+(?:(?:roughly|about|nearly|almost|around|more than|less than|over)\s+)?"
    rf"(?P<f>{alternation(_FRACTIONS)})(?![A-Za-z-])(?!\s+of\b)",
)
"""A fraction as the size of a change: "fell by roughly a fifth", "cut by a third"."""


def _share(view: str, start: int, end: int, value: Decimal, high: Decimal | None, unit: str) -> Candidate:
    s, pre = prefix_bound(view, start)
    e, post = suffix_bound(view, end)
    norm: Json = {
        "value": float(value),
        "bound": fmt_bound("range" if high is not None else pre or post),
        "unit": unit,
    }
    if high is not None:
        norm["value_max"] = float(high)
    return Candidate(s, e, "share", norm)


def _on_percent(view: str, m: re.Match[str], out: list[Candidate]) -> None:
    """A number with a percent or point unit: "20%", "0.6个百分点", "50 basis points", "10%-20%"."""
    unit, div = _UNITS.get(m.group("u")) or _UNITS_LOWER[m.group("u").lower()]
    low = parse_number(m.group("n1"))
    high = parse_number(m.group("n2")) if m.group("n2") else None
    if low is None or (high is not None and high <= low):
        return
    out.append(_share(view, m.start(), m.end(), low / div, high / div if high is not None else None, unit))


def _on_cheng(view: str, m: re.Match[str], out: list[Candidate]) -> None:
    """Tenths: "两成", "三成半", "七八成", "一成五至两成"."""
    blocked = view.startswith(_CHENG_NOT_BEFORE, m.end()) and not view.startswith(_CHENG_SHARE_OF, m.end())
    if blocked and not (m.group("half") or m.group("half3")):
        return
    if m.group("n3"):
        low = _tenths(m.group("n1"), m.group("half"))
        high = _tenths(m.group("n3"), m.group("half3"))
    elif m.group("n2"):
        low, high = _tenths(m.group("n1"), None), _tenths(m.group("n2"), m.group("half"))
    else:
        low, high = _tenths(m.group("n1"), m.group("half")), None
    if low is None or (high is not None and high <= low):
        return
    out.append(_share(view, m.start(), m.end(), low, high, "percent"))


NUMBER_RULES = [
    NumberRule(
        PERCENT, NUMBER_FOLLOW + "t%‰" + initials(_UNITS, both_cases=True), _on_percent, chinese=False
    ),
    NumberRule(CHENG, NUMBER_FOLLOW + "成" + _TENTHS, _on_cheng),
]
"""Share patterns that start with a number (run once per number token, see ``base.run_number_rules``)."""


def find(view: str) -> list[Candidate]:
    """Share candidates in the normalized view (the number-led ones come from ``NUMBER_RULES``)."""
    out: list[Candidate] = []
    if not has_cjk(view):
        for m in FRACTION.finditer(view) if " of" in view else ():
            out.append(_share(view, m.start(), m.end(), _FRACTIONS[m.group("f").lower()], None, "percent"))
        for m in BY_FRACTION.finditer(view) if "by " in view else ():
            out.append(_share(view, m.start("f"), m.end(), _FRACTIONS[m.group("f")], None, "percent"))
        return out
    for m in ZH_FRACTION.finditer(view) if "分之" in view else ():
        d, n = parse_number(m.group("d")), parse_number(m.group("n"))
        if d is None or n is None or not 0 < n < d:
            continue
        out.append(_share(view, m.start(), m.end(), n / d, None, "percent"))
    for m in SLASH_FRACTION.finditer(view) if "/" in view else ():
        d, n = Decimal(m.group("d")), Decimal(m.group("n"))
        if n < d:
            out.append(_share(view, m.start(), m.end(), n / d, None, "percent"))
    for m in ZH_PERCENT.finditer(view) if "百分之" in view else ():
        low = parse_number(m.group("n1"))
        high = parse_number(m.group("n2")) if m.group("n2") else None
        if low is None or (high is not None and high <= low):
            continue
        out.append(
            _share(view, m.start(), m.end(), low / 100, high / 100 if high is not None else None, "percent")
        )
    return out
