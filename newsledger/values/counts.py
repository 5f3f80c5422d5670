"""Counts: ``1.6万人``, ``8位``, ``数百万块`` (vague), ``16,000 jobs``, ``two dozen researchers``.

Chip and GPU counts are counts too: ``10万颗H200`` -> value 100000, unit ``颗``; ``50,000 GPUs`` -> unit ``GPUs``.
"""

from __future__ import annotations

import re
from decimal import Decimal

from ..core import Json
from .base import (
    EN_RANGE_RE,
    NUM_LEFT,
    NUMBER_FOLLOW,
    ZH_INFIX,
    ZH_PREFIX,
    ZH_RANGE_RE,
    Candidate,
    NumberRule,
    fmt_bound,
    guarded,
    has_cjk,
    initials,
    mentions,
    prefix_bound,
    run_english,
    suffix_bound,
)
from .numbers import (
    ARABIC,
    EN_WORD_NUMBER,
    ZH_NUMERAL,
    parse_en_words,
    parse_number,
    parse_pair,
    parse_range_low,
    to_int,
)
from .tables import MEASURES, NUMBERS, alternation

_ZH = MEASURES["zh"]
_EN = MEASURES["en"]
_NOT_BEFORE: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in _ZH["not_before"].items()}
_RANK_ZH = tuple(_ZH["rank_prefixes"])
_RANK_EN = tuple(_EN["rank_prefixes"])
_UNIT_RE = alternation(_ZH["measure_words"] + _ZH["nouns"])
_ZH_NUM = rf"(?:{ARABIC}[十百千万亿]*|{ZH_NUMERAL}|(?<=[近逾超约])[十百千万]+)"

ZH_COUNT = re.compile(
    rf"{NUM_LEFT}(?P<n1>{_ZH_NUM})(?:\s?(?:{ZH_RANGE_RE})\s?(?P<n2>{_ZH_NUM}))?(?P<inf>{alternation(ZH_INFIX)})?(?P<mw>{_UNIT_RE})"
)
ZH_VAGUE = guarded(
    initials(_ZH["vague_heads"]),
    rf"(?P<head>{alternation(_ZH['vague_heads'])})(?P<mag>[十百千万亿]+)(?:多|余)?(?P<mw>{_UNIT_RE})",
)

ZH_IMPLIED = guarded(
    initials(_ZH["implied_cues"]),
    rf"(?:{alternation(_ZH['implied_cues'])})(?:达到|达|为|至|到|了|约|已|将|再|或|也|则|亦|共|累计|仅){{0,2}}"
    rf"(?P<bw>{alternation(ZH_PREFIX)})?(?P<n1>{ARABIC}(?:万亿|亿|万)?|[{''.join(NUMBERS['zh_digits'])}十百千]+(?:万亿|亿|万))"
    r"(?P<inf>多|余)?(?=[,，。;；、:)）\s]|$|的|和|与|及|左右|以上|上下)",
)
"""A number without a unit after a word that names what is counted: the number is the value, unit None."""
_NOUNS = alternation(_EN["nouns"])
_FUNCTION = (
    r"(?:in|on|at|to|by|for|from|than|and|or|per|a|an|as|with|over|under|into|across|since|more|uses?|used|using|runs?|ran|"
    r"has|have|had|is|are|was|were|be|been|will|would|can|could|may|might|should|said|says|gets?|got|makes?|made|needs?|"
    r"(?:giga|mega|kilo|tera)?watts?|tons?|tonnes?|percent|billion|million|thousand|years?|months?|weeks?|days?|hours?|times|"
    r"square|feet|meters?|miles?|acres?|petaflops?|exaflops?)\b"
)
_BETWEEN = rf"(?:{alternation(_EN['between'])}|[A-Z][\w.-]*(?:['’]s)?|(?!{_FUNCTION}|(?:{_NOUNS})\b)[a-z][a-z]+(?:-[a-z]+)*)"
_EN_MAG = r"(?:\s(?:thousand|million|billion)\b)"
EN_COUNT = re.compile(
    rf"(?<![A-Za-z0-9_.$€£¥,-])(?P<n1>{ARABIC}{_EN_MAG}?|{EN_WORD_NUMBER})"
    rf"(?:(?:{EN_RANGE_RE})(?P<n2>{ARABIC}{_EN_MAG}?|{EN_WORD_NUMBER}))?(?P<plus>\+|-plus)?"
    rf"(?P<mid>(?:\s+{_BETWEEN}){{0,4}})\s+(?P<noun>(?i:{_NOUNS}))\b"
)
_EN_VAGUE_MAG = {k: Decimal(int(v)) for k, v in NUMBERS["en_vague"].items()}
EN_VAGUE = guarded(
    "thsadmTHSADM",
    rf"(?<![A-Za-z])(?:(?P<head>[Tt]ens|[Hh]undreds|[Ss]everal|[Aa] few|[Aa] couple of)\s+(?:of\s+)?)?"
    rf"(?P<v>[Dd]ozens|[Hh]undreds|[Tt]housands|[Mm]illions|hundred|thousand|million|dozen)\s+(?:of\s+)?"
    rf"(?P<mid>(?:{_BETWEEN}\s+){{0,2}})(?P<noun>(?i:{_NOUNS}))\b",
)
_YEARLIKE = re.compile(r"(?:19|20)\d\d")
_MULTIPLE_AFTER = re.compile(r"\s+(?:that|the|as|more|higher|larger|bigger|faster|its|their|what|over)\b")


def _count(
    view: str,
    start: int,
    end: int,
    value: Decimal,
    high: Decimal | None,
    bound: str | None,
    unit: str,
    *,
    en: bool,
    vague: Decimal | None = None,
) -> Candidate:
    s, pre = prefix_bound(view, start)
    e, post = suffix_bound(view, end)
    norm: Json = {
        "value": to_int(value),
        "bound": fmt_bound("range" if high is not None else bound or pre or post),
        "unit": unit,
        "vague": vague is not None,
    }
    if high is not None:
        norm["value_max"] = to_int(high)
    if vague is not None:
        norm["magnitude"] = to_int(vague)
    return Candidate(s, e, "count", norm)


def find(view: str) -> list[Candidate]:
    """Count candidates in the normalized view (the number-led Chinese ones come from ``NUMBER_RULES``)."""
    out: list[Candidate] = []
    if has_cjk(view):
        _find_zh(view, out)
    out.extend(run_english(view, _find_en))
    return out


def _on_count(view: str, m: re.Match[str], out: list[Candidate]) -> None:
    """A number then a measure word or noun: "1.6万人", "8位", "四次", "十余人", "两三家"."""
    mw, n1, n2 = m.group("mw"), m.group("n1"), m.group("n2")
    if n1 == "一" and not n2:
        return  # "一家公司", "一次": an article, not a count
    if view.startswith(_NOT_BEFORE.get(mw, ()), m.end()) or view.endswith(_RANK_ZH, 0, m.start()):
        return
    if mw == "款" and _YEARLIKE.fullmatch(n1):
        return  # "2024款" is a model year
    if n2:
        low, high = parse_range_low(n1, n2), parse_number(n2)
        if low is None or high is None or low >= high:
            return
    else:
        low, high = parse_number(n1), None
        if low is None:
            pair = parse_pair(n1)
            if pair is None:
                return
            low, high = pair
    inf = m.group("inf")
    out.append(_count(view, m.start(), m.end(), low, high, ZH_INFIX.get(inf) if inf else None, mw, en=False))


NUMBER_RULES = [
    NumberRule(ZH_COUNT, NUMBER_FOLLOW + initials(_ZH["measure_words"] + _ZH["nouns"]), _on_count)
]
"""Count patterns that start with a number (run once per number token, see ``base.run_number_rules``)."""


def _find_zh(view: str, out: list[Candidate]) -> None:
    for m in ZH_IMPLIED.finditer(view):
        value = parse_number(m.group("n1"))
        if value is None:
            continue
        inf = m.group("inf")
        bound = ZH_INFIX.get(inf) if inf else None
        c = _count(view, m.start("n1"), m.end(), value, None, bound, "", en=False)
        c.norm["unit"] = None
        out.append(c)
    for m in ZH_VAGUE.finditer(view):
        mw = m.group("mw")
        mag = parse_number(m.group("mag"))
        if mag is None or view.startswith(_NOT_BEFORE.get(mw, ()), m.end()):
            continue
        bound = "about" if m.group("head") == "上" else "at_least"
        out.append(_count(view, m.start(), m.end(), mag, None, bound, mw, en=False, vague=mag))


def _en_value(s: str) -> Decimal | None:
    parts = s.split()
    if parts[0][:1].isdigit():
        v = parse_number(parts[0])
        if v is None:
            return None
        return v * (parse_en_words(parts[1]) or 1) if len(parts) > 1 else v
    return parse_en_words(s)


def _on_en_count(view: str, m: re.Match[str], out: list[Candidate]) -> None:
    """An English number then a noun: "16,000 jobs", "two dozen researchers", "1,000-plus engineers"."""
    n1, n2, mid = m.group("n1"), m.group("n2"), m.group("mid")
    low_word = n1.lower()
    if low_word in ("a", "an") or (low_word == "one" and mid.strip()):
        return
    if mid.strip() and _YEARLIKE.fullmatch(n1):
        return  # "in 2024 AI researchers ..."
    if m.group("noun").lower() == "times" and _MULTIPLE_AFTER.match(view, m.end()):
        return  # "three times that amount", "five times as many": a multiple, not a count
    before = view[max(0, m.start() - 8) : m.start()].rstrip()
    if before.endswith(_RANK_EN):
        return
    low = _en_value(n1)
    high = _en_value(n2) if n2 else None
    if low is None or (n2 and (high is None or low >= high)):
        return
    bound = "more_than" if m.group("plus") else None
    out.append(_count(view, m.start(), m.end(), low, high, bound, m.group("noun"), en=True))


EN_NUMBER_RULES = [NumberRule(EN_COUNT, "", _on_en_count, chinese=False)]
"""English count patterns that start with a number (tried at English number tokens)."""


EN_IMPLIED = re.compile(
    rf"\b(?:workforce|headcount|staff)\s+(?:of|to|at)\s+(?:(?:about|roughly|around|nearly|almost|some|more\s+than|over)\s+)?"
    rf"(?P<n1>{ARABIC})(?![\d.,]?\d|\s*(?:%|percent|billion|million|thousand|bn|m\b))"
)
"""A number with no noun after a word that names a head count ("a global workforce of about 76,000"): counts employees."""


def _find_en(view: str) -> list[Candidate]:
    """English vague counts: "thousands of workers", "several hundred contractors"; head counts with no noun."""
    out: list[Candidate] = []
    for m in EN_IMPLIED.finditer(view) if mentions(view, ("orkforce", "eadcount", "staff")) else ():
        value = parse_number(m.group("n1"))
        if value is not None and value >= 10:
            out.append(_count(view, m.start("n1"), m.end("n1"), value, None, None, "employees", en=True))
    needles = ("ozen", "undred", "housand", "illion")
    for m in EN_VAGUE.finditer(view) if mentions(view, needles) else ():
        v, head = m.group("v").lower(), (m.group("head") or "").lower() or None
        if v in ("hundred", "thousand", "million", "dozen") and head not in (
            "several",
            "a few",
            "a couple of",
        ):
            continue
        mag = _EN_VAGUE_MAG.get(v) or parse_en_words(v)
        if mag is None:
            continue
        if head == "tens":
            mag *= 10
        elif head == "hundreds":
            mag *= 100
        out.append(
            _count(view, m.start(), m.end(), mag, None, "at_least", m.group("noun"), en=True, vague=mag)
        )
    return out
