"""Numeral parsing: Arabic (``1,200``, ``12.5``), Chinese (``三千五百万``) and mixed (``171.36亿``) forms."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from .tables import NUMBERS, alternation

ZH_DIGITS: dict[str, int] = {k: int(v) for k, v in NUMBERS["zh_digits"].items()}
ZH_SMALL: dict[str, Decimal] = {k: Decimal(str(int(v))) for k, v in NUMBERS["zh_small_units"].items()}
ZH_BIG: dict[str, Decimal] = {k: Decimal(int(v)) for k, v in NUMBERS["zh_big_units"].items()}
EN_WORDS: dict[str, int] = {k: int(v) for k, v in NUMBERS["en_words"].items()}
EN_SCALES: dict[str, Decimal] = {k: Decimal(int(v)) for k, v in NUMBERS["en_scales"].items()}
EN_MAGNITUDES: dict[str, Decimal] = {k: Decimal(int(v)) for k, v in NUMBERS["en_magnitudes"].items()}
EN_MAGNITUDES_GLUED: dict[str, Decimal] = {
    k: Decimal(int(v)) for k, v in NUMBERS["en_magnitudes_glued"].items()
}

_ZH_DIGIT_CLASS = "".join(ZH_DIGITS)
_ZH_UNIT_CLASS = "".join(ZH_SMALL) + "".join(ZH_BIG)
_ARABIC_RUN = re.compile(r"\d+(?:\.\d+)?")
_PLAIN = re.compile(r"[0-9]+(?:\.[0-9]+)?")
_SCALED = re.compile(r"([0-9]+(?:\.[0-9]+)?)(万|亿|兆|万亿)")

# Regex fragments (no groups) for the value patterns.
ARABIC = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
"""An Arabic number: ``1,200``, ``12.5``, ``2025``."""
ZH_NUMERAL = rf"(?:[{_ZH_DIGIT_CLASS}十](?:[{_ZH_DIGIT_CLASS}{_ZH_UNIT_CLASS}]|点(?=[{_ZH_DIGIT_CLASS}]))*)"
"""A Chinese numeral starting with a digit or 十: ``三千五百万``, ``十余`` (the 余 excluded), ``三点五亿``."""
ZH_DIGIT_CHARS = _ZH_DIGIT_CLASS
EN_WORD_NUMBER = (
    r"(?:(?:"
    + alternation(list(EN_WORDS) + [w.capitalize() for w in EN_WORDS] + ["dozen"])
    + r")(?:[\s-]+(?:"
    + alternation([w for w in EN_WORDS if w not in ("a", "an")] + list(EN_SCALES) + ["dozen", "and"])
    + r"))*)"
)
"""An English number in words: ``two dozen``, ``twenty-five``, ``three hundred``."""
EN_WORD_INITIALS = "".join(sorted({w[0] for w in EN_WORDS} | {w[0].upper() for w in EN_WORDS}))
"""First letters of English number words, both cases."""
ZH_NUM_INITIALS = r"\d" + _ZH_DIGIT_CLASS + "十"
_EN_TOKEN_WORDS = [w for w in EN_WORDS if w not in ("a", "an")]
EN_NUMBER_TOKEN = re.compile(
    rf"(?=[0-9{EN_WORD_INITIALS}])(?:[0-9]+(?:[.,][0-9]+)*|(?<![A-Za-z])(?:"
    + alternation(_EN_TOKEN_WORDS + [w.capitalize() for w in _EN_TOKEN_WORDS])
    + r"|[Aa]n?(?= (?:dozen|hundred|thousand|million|billion|trillion)\b))(?![A-Za-z]))"
)
"""Where an English number starts: an Arabic number or a number word ("a" only before dozen, hundred ...)."""
"""First characters of an Arabic or Chinese numeral."""


def _decimal(s: str) -> Decimal | None:
    try:
        return Decimal(s.replace(",", ""))
    except InvalidOperation:
        return None


def parse_number(s: str) -> Decimal | None:
    """Parse an Arabic, Chinese or mixed numeral (``1.6万``, ``两百亿``, ``一千零五十``); None if not one."""
    s = s.replace(",", "").replace(" ", "")
    if not s:
        return None
    if _PLAIN.fullmatch(s):
        return Decimal(s)
    m = _SCALED.fullmatch(s)
    if m is not None:  # fast path: "143亿", "1.6万", "2万亿"
        value = Decimal(m.group(1))
        for c in m.group(2):
            value *= ZH_BIG[c]
        return value
    if all(c in ZH_DIGITS for c in s) and len(s) > 1:
        # Digit strings ("二〇二五") are read digit by digit; two- or three-digit ones ("一两") are ranges, not numbers.
        return Decimal("".join(str(ZH_DIGITS[c]) for c in s)) if len(s) == 4 else None
    total = Decimal(0)  # amount above the last 亿/兆
    wan = Decimal(0)  # amount of the current 万 group
    section = Decimal(0)  # amount below 万
    number: Decimal | None = None
    i, n = 0, len(s)
    while i < n:
        c = s[i]
        if c.isdigit() and c.isascii():
            m = _ARABIC_RUN.match(s, i)
            assert m is not None
            number = Decimal(m.group())
            i = m.end()
            continue
        if c in ZH_DIGITS:
            number = Decimal(ZH_DIGITS[c])
        elif c == "点":
            j = i + 1
            frac = ""
            while j < n and (s[j] in ZH_DIGITS or (s[j].isdigit() and s[j].isascii())):
                frac += str(ZH_DIGITS[s[j]]) if s[j] in ZH_DIGITS else s[j]
                j += 1
            if not frac:
                return None
            number = Decimal(f"{int(number or 0)}.{frac}")
            i = j
            continue
        elif c in ZH_SMALL:
            section += (number if number is not None else Decimal(1)) * ZH_SMALL[c]
            number = None
        elif c == "万":
            group = section + (number or 0)
            wan += (group if group else Decimal(1)) * ZH_BIG[c]
            section, number = Decimal(0), None
        elif c in ZH_BIG:
            below = wan + section + (number or 0)
            if total and ZH_BIG[c] < Decimal(10) ** total.adjusted():  # 1兆1342亿, 2万亿3000亿: a smaller group after a bigger one
                total += (below if below else Decimal(1)) * ZH_BIG[c]
            else:
                group = total + below
                total = (group if group else Decimal(1)) * ZH_BIG[c]
            wan, section, number = Decimal(0), Decimal(0), None
        else:
            return None
        i += 1
    return total + wan + section + (number or 0)


def parse_pair(s: str) -> tuple[Decimal, Decimal] | None:
    """Two neighbouring Chinese digits read as an approximate range: ``两三`` -> (2, 3), ``七八`` -> (7, 8)."""
    if len(s) != 2 or s[0] not in ZH_DIGITS or s[1] not in ZH_DIGITS:
        return None
    a, b = ZH_DIGITS[s[0]], ZH_DIGITS[s[1]]
    return (Decimal(a), Decimal(b)) if a and b == a + 1 else None


def magnitude_suffix(s: str) -> str:
    """The trailing Chinese magnitude characters of a numeral: ``亿`` for ``100亿``, ``万亿`` for ``2万亿``."""
    j = len(s)
    while j > 0 and s[j - 1] in _ZH_UNIT_CLASS:
        j -= 1
    return s[j:] if j > 0 and (s[j - 1].isdigit() or s[j - 1] in ZH_DIGITS) else ""


def parse_range_low(low: str, high: str) -> Decimal | None:
    """The low end of a range whose magnitude may be written once: ``7-10亿`` -> 7亿."""
    if not magnitude_suffix(low) and not any(c in _ZH_UNIT_CLASS for c in low):
        low = low + magnitude_suffix(high)
    return parse_number(low)


def parse_en_words(s: str) -> Decimal | None:
    """Parse an English number in words: ``two dozen`` -> 24, ``twenty-five`` -> 25, ``a thousand`` -> 1000."""
    total = Decimal(0)
    current = Decimal(0)
    seen = False
    for w in re.split(r"[\s-]+", s.lower()):
        if not w or w == "and":
            continue
        if w in EN_WORDS:
            current += EN_WORDS[w]
        elif w == "dozen":
            current = (current or Decimal(1)) * 12
        elif w == "hundred":
            current = (current or Decimal(1)) * 100
        elif w in EN_SCALES:
            total += (current or Decimal(1)) * EN_SCALES[w]
            current = Decimal(0)
        else:
            return None
        seen = True
    return total + current if seen else None


def parse_en_amount(number: str, magnitude: str | None) -> Decimal | None:
    """An Arabic or worded English number times an optional magnitude word (``14.3``, ``billion``)."""
    value = _decimal(number) if number[:1].isdigit() else parse_en_words(number)
    if value is None:
        return None
    if magnitude:
        mag = magnitude.strip()
        scale = EN_MAGNITUDES_GLUED.get(mag) or EN_MAGNITUDES.get(mag.lower()) or ZH_BIG.get(mag)
        if scale is None:
            parsed = parse_number("1" + mag)  # Chinese magnitudes after a symbol: US$20亿
            if parsed is None:
                return None
            scale = parsed
        value *= scale
    return value


def to_int(d: Decimal) -> int:
    """A Decimal as an int, rounding half up (1.6万 -> 16000)."""
    return int(d.to_integral_value())
