"""Money: Chinese (``143亿美元``, ``人民币5亿元``, ``九位数``) and English (``$14.3 billion``, ``5 billion yuan``)."""

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
    Context,
    NumberRule,
    Resolver,
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
    EN_MAGNITUDES,
    EN_MAGNITUDES_GLUED,
    EN_WORD_NUMBER,
    EN_WORDS,
    ZH_NUMERAL,
    parse_en_amount,
    parse_en_words,
    parse_number,
    parse_range_low,
)
from .tables import CURRENCIES, NUMBERS, alternation

_CODES = {code: forms for code, forms in CURRENCIES.items() if code != "money"}
_OPTS = CURRENCIES["money"]


def _surface_map(key: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for code, forms in _CODES.items():
        for w in forms.get(key, []):
            out.setdefault(w, code)
    return out


ZH_SUFFIX_CUR = _surface_map("zh_suffix")
ZH_PREFIX_CUR = _surface_map("zh_prefix")
SYMBOLS = _surface_map("symbols")
EN_CUR_WORDS = _surface_map("en_words")
_EN_CUR_WORDS_LOWER = {w.lower(): c for w, c in EN_CUR_WORDS.items()}
_YUAN_NOT_BEFORE = tuple(_OPTS["yuan_not_before"])
_CLASS_SUFFIX = alternation(_OPTS["class_suffix"])
_YUAN_TAKES = frozenset(_OPTS["yuan_takes_currency_in_force"])
_YUAN_TRADITIONAL: str = _OPTS["yuan_traditional"]
_YEN_IN_ENGLISH = frozenset(_OPTS["yen_in_english"])

_ZH_NUM = rf"(?:\d+(?:\.\d+)?(?:兆|万亿|亿)(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?[千百万亿]+|\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?[十百千万亿兆]*|\d+(?:\.\d+)?[十百千万亿兆]*|{ZH_NUMERAL}|[百千万亿]{{1,3}})"
_ZH_AMOUNT = (
    rf"(?P<n1>{_ZH_NUM})(?:\s?(?:{ZH_RANGE_RE})\s?(?P<n2>{_ZH_NUM}))?(?P<inf>{alternation(['多', '余'])})?"
)
_ZH_SUFFIX_CUR_RE = alternation(ZH_SUFFIX_CUR)
ZH_SUFFIXED = re.compile(rf"{NUM_LEFT}{_ZH_AMOUNT}\s?(?P<suf>{_ZH_SUFFIX_CUR_RE})(?P<cls>{_CLASS_SUFFIX})?")
ZH_PREFIXED = guarded(
    initials(ZH_PREFIX_CUR),
    rf"(?P<pre>{alternation(ZH_PREFIX_CUR)})\s?(?:(?P<bw>{alternation(ZH_PREFIX)})\s?)?{_ZH_AMOUNT}(?P<suf>元|{_ZH_SUFFIX_CUR_RE})?(?P<cls>{_CLASS_SUFFIX})?",
)
ZH_VAGUE = guarded(
    "数几上",
    rf"(?P<head>[数几上])(?P<mag>[十百千万亿]+)(?:多|余)?(?P<suf>{_ZH_SUFFIX_CUR_RE})(?P<cls>{_CLASS_SUFFIX})?",
)
_IMPLIED_LINKS = alternation(_OPTS["implied_links"])
ZH_IMPLIED = guarded(
    initials(_OPTS["implied_cues"]),
    rf"(?:{alternation(_OPTS['implied_cues'])})(?:{_IMPLIED_LINKS}){{0,2}}(?:{alternation(ZH_PREFIX)})?"
    rf"(?P<n1>(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?(?:万亿|亿|万)|[千百]亿|[{''.join(NUMBERS['zh_digits'])}十百千]+(?:万亿|亿))"
    r"(?P<inf>多|余)?(?![\d十百千万亿兆多余元块美港日欧英新澳韩加台人名家个次股])",
)
"""A bare amount after a money word: the number only is the value (its currency is the one in force)."""
ZH_IMPLIED_BEFORE = re.compile(
    rf"(?<![\d.,])(?P<n1>(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?(?:万亿|亿))(?P<inf>多|余)?"
    rf"(?=(?:{alternation(_OPTS['implied_after'])}))"
)
"""A bare amount of 亿 right before a deal verb (20.6亿收购中民物业): the price of the deal."""
_FIGURE_WORDS = alternation(_OPTS["figure_words"])
ZH_FIGURES = re.compile(
    rf"(?P<d>[一二三四五六七八九十]|\d{{1,2}})(?:{_FIGURE_WORDS})(?P<suf>{_ZH_SUFFIX_CUR_RE})?"
)

_MAG_WORDS = alternation(EN_MAGNITUDES)
_EN_MAG = rf"(?:\s?(?:{_MAG_WORDS})\b|(?:{alternation(EN_MAGNITUDES_GLUED)})\b|[万亿]+)"
_SYM = alternation(SYMBOLS)
EN_SYMBOL = guarded(
    initials(SYMBOLS),
    rf"(?<![A-Za-z])(?P<sym>{_SYM})\s?(?P<n1>{ARABIC})(?P<m1>{_EN_MAG})?"
    rf"(?:(?:{EN_RANGE_RE})(?:{_SYM})?\s?(?P<n2>{ARABIC})(?P<m2>{_EN_MAG})?)?",
)
EN_BETWEEN = guarded(
    "Bb",
    rf"[Bb]etween\s+(?P<sym>{_SYM})\s?(?P<n1>{ARABIC})(?P<m1>{_EN_MAG})?\s+and\s+(?:{_SYM})?\s?(?P<n2>{ARABIC})(?P<m2>{_EN_MAG})?",
)
_EN_CUR_RE = alternation(EN_CUR_WORDS)
EN_WORDED = re.compile(
    rf"(?<![A-Za-z0-9_.$])(?P<n1>{ARABIC}|{EN_WORD_NUMBER})(?P<m1>\s(?:{_MAG_WORDS})\b)?"
    rf"(?:(?:{EN_RANGE_RE})(?P<n2>{ARABIC})(?P<m2>\s(?:{_MAG_WORDS})\b)?)?\s(?P<word>{_EN_CUR_RE})\b"
)
EN_VAGUE = guarded(
    "thsamb",
    rf"(?:(?P<head>tens|hundreds|several|a few)\s+(?:of\s+)?)?(?P<v>millions|billions|trillions|million|billion|trillion)"
    rf"\s+(?:of\s+)?(?P<word>{_EN_CUR_RE})\b",
)
_DIGIT_WORDS = alternation(w for w in EN_WORDS if w not in ("a", "an"))
EN_FIGURES = re.compile(
    rf"(?<![A-Za-z])(?P<d>{_DIGIT_WORDS}|\d{{1,2}})-(?:{alternation(_OPTS['en_figure'])})\b"
)
_EN_VAGUE_MAG = {k: Decimal(int(v)) for k, v in NUMBERS["en_vague"].items()}


def _emit(
    view: str,
    start: int,
    end: int,
    low: Decimal,
    high: Decimal | None,
    currency: str | None,
    bound: str | None,
    *,
    extra: Json | None = None,
    bare_yuan: bool = False,
) -> Candidate:
    s, pre = prefix_bound(view, start)
    e, post = suffix_bound(view, end)
    if high is not None:
        bound = "range"
    norm: Json = {"amount": float(low), "currency": currency, "bound": fmt_bound(bound or pre or post)}
    if high is not None:
        norm["amount_max"] = float(high)
    if extra:
        norm.update(extra)
        if "text" in norm:
            norm["bound"] = "at_least"
    if currency is None or bare_yuan:
        return Candidate(s, e, "money", norm, _currency_in_force(norm, currency))
    return Candidate(s, e, "money", norm)


def _currency_in_force(norm: Json, default: str | None) -> Resolver:
    """No currency written (九位数), or a bare 元 after a 新台币 amount: take the currency in force."""

    def resolve(ctx: Context) -> Json:
        if default is None:
            return {**norm, "currency": ctx.currency}
        if ctx.currency in _YUAN_TAKES:
            return {**norm, "currency": ctx.currency}
        return {**norm, "currency": _YUAN_TRADITIONAL if ctx.traditional() else default}

    return resolve


def _zh_amounts(m: re.Match[str]) -> tuple[Decimal, Decimal | None] | None:
    n1, n2 = m.group("n1"), m.group("n2")
    if n2:
        low, high = parse_range_low(n1, n2), parse_number(n2)
        if low is None or high is None or low >= high:
            return None
        return low, high
    value = parse_number(n1)
    return (value, None) if value is not None else None


def find(view: str) -> list[Candidate]:
    """Money candidates in the normalized view (the number-led ones come from ``NUMBER_RULES``)."""
    out: list[Candidate] = []
    if has_cjk(view):
        _find_zh(view, out)
    _find_symbols(view, out)
    out.extend(run_english(view, _find_en_vague))
    return out


_ZH_PREFIX_NEEDLES = tuple(ZH_PREFIX_CUR)
_SYMBOL_NEEDLES = tuple({s[-1] if not s.isalpha() else s for s in SYMBOLS})


_UNIT_LABEL = re.compile(r"单位\s*[:：]?\s*$")


def _on_suffixed(view: str, m: re.Match[str], out: list[Candidate]) -> None:
    """A number then a currency word: "143亿美元", "70亿-100亿美元", "1.6万元"."""
    suf = m.group("suf")
    if suf == "元" and (view.startswith(_YUAN_NOT_BEFORE, m.end()) or m.group("n1") in ("一", "二", "三")):
        return
    if _UNIT_LABEL.search(view, max(0, m.start() - 6), m.start()):  # 单位:亿元 names a table's unit, not an amount
        return
    amounts = _zh_amounts(m)
    if amounts is not None:
        out.append(_zh_candidate(view, m, amounts, ZH_SUFFIX_CUR[suf], bare_yuan=suf == "元"))


def _on_figures(view: str, m: re.Match[str], out: list[Candidate]) -> None:
    """A count of digits: "九位数" (nine figures) -> at least 10^8, currency written or in force."""
    digits = parse_number(m.group("d"))
    if digits is None or not 2 <= digits <= 15:
        return
    suf = m.group("suf")
    cur = ZH_SUFFIX_CUR[suf] if suf else None
    amount = Decimal(10) ** (int(digits) - 1)
    out.append(
        _emit(view, m.start(), m.end(), amount, None, cur, "at_least", extra={"text": (m.start(), m.end())})
    )


NUMBER_RULES = [
    NumberRule(ZH_SUFFIXED, NUMBER_FOLLOW + initials(ZH_SUFFIX_CUR), _on_suffixed),
    NumberRule(ZH_FIGURES, "位", _on_figures),
]
"""Money patterns that start with a number (run once per number token, see ``base.run_number_rules``)."""


def _find_zh(view: str, out: list[Candidate]) -> None:
    for m in ZH_PREFIXED.finditer(view) if mentions(view, _ZH_PREFIX_NEEDLES) else ():
        amounts = _zh_amounts(m)
        if amounts is None:
            continue
        if view.startswith("位数", m.end()) and 2 <= amounts[0] <= 15 and amounts[0] == int(amounts[0]):  # 新台币九位数
            cur = ZH_PREFIX_CUR[m.group("pre")]
            end = m.end() + 2
            out.append(_emit(view, m.start(), end, Decimal(10) ** (int(amounts[0]) - 1), None, cur, "at_least", extra={"text": (m.start(), end)}))
            continue
        bw = m.group("bw")
        out.append(
            _zh_candidate(
                view, m, amounts, ZH_PREFIX_CUR[m.group("pre")], bound=ZH_PREFIX[bw] if bw else None
            )
        )
    _find_implied(view, out)
    for m in ZH_VAGUE.finditer(view):
        mag = parse_number(m.group("mag"))
        if mag is None:
            continue
        bound = "about" if m.group("head") == "上" else "at_least"
        extra: Json = {"vague": True}
        if m.group("cls"):
            extra["text"] = (m.start(), m.end())
        out.append(
            _emit(view, m.start(), m.end(), mag, None, ZH_SUFFIX_CUR[m.group("suf")], bound, extra=extra)
        )


def _find_implied(view: str, out: list[Candidate]) -> None:
    for m in (*ZH_IMPLIED.finditer(view), *ZH_IMPLIED_BEFORE.finditer(view)):
        value = parse_number(m.group("n1"))
        if value is None:
            continue
        inf = m.group("inf")
        bound = ZH_INFIX.get(inf) if inf else None
        out.append(_emit(view, m.start("n1"), m.end(), value, None, None, bound))


def _zh_candidate(
    view: str,
    m: re.Match[str],
    amounts: tuple[Decimal, Decimal | None],
    currency: str,
    *,
    bare_yuan: bool = False,
    bound: str | None = None,
) -> Candidate:
    inf = m.group("inf")
    if inf:
        bound = ZH_INFIX.get(inf)
    extra: Json | None = {"text": (m.start(), m.end())} if m.group("cls") else None
    return _emit(
        view, m.start(), m.end(), amounts[0], amounts[1], currency, bound, extra=extra, bare_yuan=bare_yuan
    )


def _find_symbols(view: str, out: list[Candidate]) -> None:
    """Amounts after a currency symbol or code ("$14.3 billion", "US$20亿"): these may touch Chinese text."""
    if mentions(view, _SYMBOL_NEEDLES):
        for m in EN_SYMBOL.finditer(view):
            _en_symbol(view, m, out)
        for m in EN_BETWEEN.finditer(view) if "etween" in view else ():
            _en_symbol(view, m, out)


def _on_en_worded(view: str, m: re.Match[str], out: list[Candidate]) -> None:
    """An English number with a currency word: "5 billion yuan", "7 to 10 billion yuan"."""
    n1, m1, n2, m2 = m.group("n1"), m.group("m1"), m.group("n2"), m.group("m2")
    if n1.lower() in ("a", "an") and not m1 and not n2:
        return
    if n2:
        low = parse_en_amount(n1, m1 or m2)
        high = parse_en_amount(n2, m2)
    else:
        low, high = parse_en_amount(n1, m1), None
    if low is None or (high is not None and low >= high):
        return
    cur = EN_CUR_WORDS.get(m.group("word")) or _EN_CUR_WORDS_LOWER.get(m.group("word").lower())
    out.append(_emit(view, m.start(), m.end(), low, high, cur, None))


def _on_en_figures(view: str, m: re.Match[str], out: list[Candidate]) -> None:
    """ "nine-figure": at least 10^8, currency in force."""
    d = m.group("d")
    digits = int(d) if d.isdigit() else EN_WORDS.get(d.lower(), 0)
    if not 2 <= digits <= 15:
        return
    amount = Decimal(10) ** (digits - 1)
    out.append(
        _emit(view, m.start(), m.end(), amount, None, None, "at_least", extra={"text": (m.start(), m.end())})
    )


EN_NUMBER_RULES = [
    NumberRule(EN_WORDED, "", _on_en_worded, chinese=False),
    NumberRule(EN_FIGURES, "", _on_en_figures, chinese=False),
]
"""English money patterns that start with a number (tried at English number tokens)."""


def _find_en_vague(view: str) -> list[Candidate]:
    """English vague amounts: "billions of dollars", "several million euros"."""
    out: list[Candidate] = []
    for m in EN_VAGUE.finditer(view) if "illion" in view else ():
        mag = _EN_VAGUE_MAG.get(m.group("v")) or parse_en_words(m.group("v"))
        if mag is None:
            continue
        head = m.group("head")
        if m.group("v") in ("million", "billion", "trillion") and head not in ("several", "a few"):
            continue
        if head == "tens":
            mag *= 10
        elif head == "hundreds":
            mag *= 100
        cur = _EN_CUR_WORDS_LOWER.get(m.group("word").lower())
        out.append(_emit(view, m.start(), m.end(), mag, None, cur, "at_least", extra={"vague": True}))
    return out


_CHINA_CUES = re.compile(r"Chin|yuan|renminbi|RMB|Beijing|Shanghai|Shenzhen")


def _yen_or_yuan(view: str, start: int, end: int) -> str:
    """ "¥" in English text: the yuan when its sentence speaks of China, else the yen ("SoftBank will pay ¥100 billion")."""
    s = max(view.rfind(". ", 0, start), view.rfind("\n", 0, start), start - 120, 0)
    e = view.find(". ", end)
    window = view[s : e if e != -1 and e - end < 120 else end + 120]
    return "CNY" if _CHINA_CUES.search(window) else "JPY"


def _en_symbol(view: str, m: re.Match[str], out: list[Candidate]) -> None:
    n1, m1, n2, m2 = m.group("n1"), m.group("m1"), m.group("n2"), m.group("m2")
    if n2:
        low = parse_en_amount(n1, m1 or m2)
        high = parse_en_amount(n2, m2)
        if low is None or high is None or low >= high:
            return
    else:
        low, high = parse_en_amount(n1, m1), None
        if low is None:
            return
    currency = SYMBOLS[m.group("sym")]
    if m.group("sym") in _YEN_IN_ENGLISH and not has_cjk(view):
        currency = _yen_or_yuan(view, m.start(), m.end())
    out.append(_emit(view, m.start(), m.end(), low, high, currency, None))
