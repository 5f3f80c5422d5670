"""Shared pieces of the value finders: candidates, the passage context, bound words, boundaries."""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from ..core import Json
from .tables import BOUNDS, alternation, trie_alternation

# Kind priority when two candidates have the same length (lower wins).
PRIORITY = {"money": 0, "share": 1, "quantity": 2, "period": 3, "count": 4, "date": 5}


@dataclass(slots=True)
class Context:
    """What is in force while reading a passage: the anchor, the year/month in force, fiscal year, currency."""

    anchor: dt.date | None
    year: int | None = None
    month: int | None = None
    fiscal_year: int | None = None
    currency: str | None = None
    script: Callable[[], bool] | None = None
    _traditional: bool | None = None

    def reset(self) -> None:
        """Start a new passage: back to the anchor's year and month."""
        self.year = self.anchor.year if self.anchor else None
        self.month = self.anchor.month if self.anchor else None
        self.fiscal_year = None
        self.currency = None
        self._traditional = None

    def traditional(self) -> bool:
        """Whether the current passage is written in traditional script (asked once per passage)."""
        if self._traditional is None:
            self._traditional = self.script() if self.script is not None else False
        return self._traditional


Resolver = Callable[[Context], Json]


@dataclass(slots=True)
class Candidate:
    """A possible value: its span in the text, its kind, and either fixed norm fields or a resolver."""

    start: int
    end: int
    kind: str
    norm: Json = field(default_factory=dict)
    resolve: Resolver | None = None

    def rank(self) -> tuple[int, int, int]:
        """Sort key for overlap resolution: longest first, then kind priority, then leftmost."""
        return (self.start - self.end, PRIORITY[self.kind], self.start)


# ---- number-led patterns ---------------------------------------------------------------------------

OnMatch = Callable[[str, "re.Match[str]", list[Candidate]], None]
"""What a rule does with a match: append zero or more candidates."""


@dataclass(frozen=True, slots=True)
class NumberRule:
    """A pattern whose matches start with a number, tried only where a number token is followed by ``follow``.

    Scanning every pattern over the whole text costs a pass per pattern; instead the numbers are found once
    and each pattern is tried, anchored, at the numbers whose next character can continue one of its matches.
    """

    rx: re.Pattern[str]
    follow: str
    on_match: OnMatch
    chinese: bool = True  # only in text that has CJK


NUMBER_TOKEN = re.compile(r"[0-9]+(?:,[0-9]+)*(?:\.[0-9]+)?|[〇零一二两三四五六七八九十百千万亿兆半]+")
"""A number as the rules start one: Arabic (with separators) or a run of Chinese numeral characters."""
NUMBER_FOLLOW = "-~〜—–至到多余几"
"""Characters that may follow a number in most rules: range joiners and 多/余/几.

The character looked at is the first one after the number, its magnitude characters (万, 亿 ...) and one space:
"143亿美元" is looked up under 美, "20 percent" under p.
"""
_MAGNITUDES = frozenset("十百千万亿兆")


def number_table(rules: Iterable[NumberRule], *, chinese: bool) -> dict[str, list[NumberRule]]:
    """Index the rules by the characters that may follow their leading number."""
    table: dict[str, list[NumberRule]] = {}
    for rule in rules:
        if rule.chinese and not chinese:
            continue
        for ch in set(rule.follow):
            table.setdefault(ch, []).append(rule)
    return table


def run_number_rules(view: str, table: dict[str, list[NumberRule]], out: list[Candidate]) -> None:
    """Try each rule at the numbers it may start at (like ``finditer``: a Chinese run is tried at each position)."""
    n = len(view)
    for tok in NUMBER_TOKEN.finditer(view):
        start, tok_end = tok.span()
        end = tok_end
        while end < n and view[end] in _MAGNITUDES:
            end += 1
        if end < n and view[end - 1] in "兆亿" and view[end].isdigit():  # 1兆1,342亿元: the smaller group follows
            nxt = NUMBER_TOKEN.match(view, end)
            if nxt is not None and nxt.end() < n and view[nxt.end()] in _MAGNITUDES:
                end = nxt.end()
                while end < n and view[end] in _MAGNITUDES:
                    end += 1
        if end < n and view[end] == " ":
            end += 1
        rules = table.get(view[end : end + 1])
        if not rules:
            continue
        if start and "0" <= view[start - 1] <= "9" and not view[start].isdigit():
            continue  # the 亿 of "143亿": tried from "143"
        if view[start].isdigit():
            for rule in rules:
                m = rule.rx.match(view, start)
                if m is not None:
                    rule.on_match(view, m, out)
            continue
        for rule in rules:
            for p in range(start, tok_end):
                m = rule.rx.match(view, p)
                if m is not None:
                    rule.on_match(view, m, out)
                    break


KeywordRule = tuple["re.Pattern[str]", Iterable[str], OnMatch]
"""A pattern whose matches start with one of the given literal words, and what to do with a match."""


def keyword_table(
    rules: Iterable[KeywordRule],
) -> tuple[re.Pattern[str], dict[str, list[tuple[re.Pattern[str], OnMatch]]]]:
    """One regex for all the rules' starting words, and the rules to try after each word."""
    table: dict[str, list[tuple[re.Pattern[str], OnMatch]]] = {}
    for rx, words, on_match in rules:
        for w in set(words):
            table.setdefault(w, []).append((rx, on_match))
    return guarded(initials(table), trie_alternation(table)), table


def run_keyword_rules(
    view: str,
    tokens: re.Pattern[str],
    table: dict[str, list[tuple[re.Pattern[str], OnMatch]]],
    out: list[Candidate],
) -> None:
    """Find the starting words in one pass and try, anchored there, the rules that start with each."""
    for tok in tokens.finditer(view):
        start = tok.start()
        for rx, on_match in table[tok.group()]:
            m = rx.match(view, start)
            if m is not None:
                on_match(view, m, out)


def run_token_rules(
    view: str, tokens: re.Pattern[str], rules: Iterable[NumberRule], out: list[Candidate]
) -> None:
    """Try every rule, anchored, at each token (English numbers: the follow character does not narrow them)."""
    rules = tuple(rules)
    for tok in tokens.finditer(view):
        start = tok.start()
        for rule in rules:
            m = rule.rx.match(view, start)
            if m is not None:
                rule.on_match(view, m, out)


# ---- bound words ---------------------------------------------------------------------------------


def _word_table(section: dict[str, list[str]]) -> dict[str, str]:
    return {w: bound for bound, words in section.items() for w in words}


ZH_PREFIX: dict[str, str] = _word_table(BOUNDS["zh_prefix"])
ZH_PREFIX_NOT_AFTER: dict[str, frozenset[str]] = {
    k: frozenset(v) for k, v in BOUNDS["zh_prefix_not_after"].items()
}
ZH_INFIX: dict[str, str] = _word_table(BOUNDS["zh_infix"])
ZH_SUFFIX: dict[str, str] = _word_table(BOUNDS["zh_suffix"])
EN_PREFIX: dict[str, str] = _word_table(BOUNDS["en_prefix"])
EN_SUFFIX: dict[str, str] = _word_table(BOUNDS["en_suffix"])
_ZH_PREFIX_LENS = sorted({len(w) for w in ZH_PREFIX}, reverse=True)
_ZH_PREFIX_LAST = frozenset(w[-1] for w in ZH_PREFIX)
_EN_PREFIX_LENS = sorted({len(w) for w in EN_PREFIX}, reverse=True)

ZH_RANGE_RE = alternation(BOUNDS["range"]["zh"])
"""Regex alternation of the Chinese range joiners."""
EN_RANGE_RE = "|".join(
    rf"\s+{re.escape(j)}\s+" if j.isalpha() else rf"\s?{re.escape(j)}\s?" for j in BOUNDS["range"]["en"]
)
"""The English range joiners: dashes with optional spaces, words ("to") between spaces."""


def prefix_bound(view: str, start: int) -> tuple[int, str | None]:
    """The bound word right before ``start`` (Chinese glued, English before spaces): new start and bound."""
    if start == 0:
        return start, None
    last = view[start - 1]
    if last not in _ZH_PREFIX_LAST and last != " " and last != "~":
        return start, None
    for n in _ZH_PREFIX_LENS:
        s = start - n
        if s < 0:
            continue
        w = view[s:start]
        bound = ZH_PREFIX.get(w)
        if bound is not None:
            blocked = ZH_PREFIX_NOT_AFTER.get(w)
            if blocked and s > 0 and view[s - 1] in blocked:
                continue
            return s, bound
    p = start
    while p > 0 and view[p - 1] == " ":
        p -= 1
    if p == start and start > 0 and view[start - 1] != "~":
        return start, None
    for n in _EN_PREFIX_LENS:
        s = p - n
        if s < 0:
            continue
        w = view[s:p]
        bound = EN_PREFIX.get(w) or EN_PREFIX.get(w.lower())
        if bound is not None and (s == 0 or not view[s - 1].isalnum()) and (w[-1] == "~" or p < start):
            return s, bound
    return start, None


_SUFFIXES = sorted([*ZH_SUFFIX.items(), *EN_SUFFIX.items()], key=lambda kv: -len(kv[0]))
_SUFFIX_FIRST = frozenset(w[0] for w, _ in _SUFFIXES)


def suffix_bound(view: str, end: int) -> tuple[int, str | None]:
    """The suffix bound word right after ``end`` (左右, 以上, " or more", "-plus"): new end and bound."""
    if view[end : end + 1] not in _SUFFIX_FIRST:
        return end, None
    for w, bound in _SUFFIXES:
        if view.startswith(w, end):
            if w == "上下" and view.startswith("上下游", end):
                return end, None
            n = end + len(w)
            if w[-1].isalpha() and n < len(view) and view[n].isalpha():
                continue
            return n, bound
    return end, None


# ---- boundaries -----------------------------------------------------------------------------------

NUM_LEFT = r"(?<![A-Za-z0-9_.])(?<![0-9],)(?<![A-Za-z][-–])(?<![xX×*/])"
"""Left boundary of a number: not inside a model name (H200, GPT-4), a decimal, a list or '7x24'."""

URL_RE = re.compile(r"(?=[hw])(?:https?://|www\.)[^\s\u3000-\u303f\uff00-\uffef]+")
_EMAIL_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._+-")


def blocked_spans(view: str) -> list[tuple[int, int]]:
    """Spans where no value may start: URLs and e-mail addresses."""
    spans: list[tuple[int, int]] = []
    if "://" in view or "www." in view:
        spans.extend((m.start(), m.end()) for m in URL_RE.finditer(view))
    at = view.find("@")
    while at != -1:
        s, e = at, at + 1
        while s > 0 and view[s - 1] in _EMAIL_CHARS:
            s -= 1
        while e < len(view) and view[e] in _EMAIL_CHARS:
            e += 1
        if s < at and "." in view[at:e]:
            spans.append((s, e))
        at = view.find("@", e)
    return spans


def initials(words: Iterable[str], *, both_cases: bool = False) -> str:
    """The first characters of ``words`` as the inside of a regex character class."""
    chars = {w[0] for w in words if w}
    if both_cases:
        chars |= {c.upper() for c in chars} | {c.lower() for c in chars}
    return "".join(re.escape(c) for c in sorted(chars))


_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


@lru_cache(maxsize=16)
def has_cjk(view: str) -> bool:
    """Whether the text holds CJK ideographs (else the Chinese patterns are skipped); cached per text."""
    return not view.isascii() and _CJK.search(view) is not None


_LETTER_RUN = re.compile(r"[A-Za-z][ -~–—’]*")


@lru_cache(maxsize=4)
def _english_view(view: str) -> tuple[str, list[int], list[int]]:
    """Chinese text's ASCII stretches that hold a letter, joined by NUL; with each stretch's start there and shift.

    Consecutive stretches are apart: a letter run stops only at a non-ASCII character. Cached: each English
    finder asks for the view of the same text.
    """
    parts: list[str] = []
    starts: list[int] = []
    shifts: list[int] = []
    pos = 0
    for m in _LETTER_RUN.finditer(view):
        s = m.start()
        while s > 0 and " " <= view[s - 1] <= "~":
            s -= 1
        starts.append(pos)
        shifts.append(s - pos)
        parts.append(view[s : m.end()])
        pos += m.end() - s + 1
    return "\x00".join(parts), starts, shifts


def run_english(view: str, finder: Callable[[str], list[Candidate]]) -> list[Candidate]:
    """Run an English finder: on the whole text, or on Chinese text's English view, spans mapped back.

    In Chinese text English values lie inside ASCII stretches that hold a letter ("16,000 jobs", "Q3");
    scanning only those is much faster than scanning the whole page once per English pattern.
    """
    if not has_cjk(view):
        return finder(view)
    en, starts, shifts = _english_view(view)
    if not en:
        return []
    out = finder(en)
    for c in out:
        shift = shifts[bisect_right(starts, c.start) - 1]
        c.start += shift
        c.end += shift
        kept = c.norm.get("text")
        if isinstance(kept, tuple):
            c.norm["text"] = (kept[0] + shift, kept[1] + shift)
    return out


def mentions(view: str, needles: Iterable[str]) -> bool:
    """Whether any needle occurs in the text: a pattern whose every match holds one is skipped otherwise."""
    return any(n in view for n in needles)


def guarded(first: str, pattern: str) -> re.Pattern[str]:
    """Compile ``pattern`` behind a lookahead on its possible first characters (much faster scanning)."""
    return re.compile(f"(?=[{first}]){pattern}")


def capitalized(words: Iterable[str]) -> list[str]:
    """The words plus their sentence-initial forms ("last year" -> "Last year")."""
    out = list(words)
    return out + [w[0].upper() + w[1:] for w in out if w[:1].islower()]


def fmt_bound(bound: str | None) -> str:
    """The bound to report: ``exact`` when none was written."""
    return bound or "exact"
