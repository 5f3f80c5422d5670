"""Shared date/time parsing and byline/outlet patterns for page dumps, HTML and records.

Every matcher here runs on the *normalized* view of a string (``newsledger.text.normalize``:
simplified script, half-width forms), which has the same length as the original, so a
match span slices the original characters out unchanged: callers pass both strings.
The pattern tables live in ``patterns.toml`` beside this file.
"""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from newsledger.text.normalize import normalize

_FLAGS = re.IGNORECASE


@lru_cache(maxsize=1)
def tables() -> dict[str, Any]:
    """The parsed ``patterns.toml`` data tables."""
    with (Path(__file__).parent / "patterns.toml").open("rb") as fh:
        return tomllib.load(fh)


@cache
def rx(pattern: str, flags: int = _FLAGS) -> re.Pattern[str]:
    """Compile (and cache) one pattern from the tables."""
    return re.compile(pattern, flags)


def rx_any(patterns: list[str], flags: int = _FLAGS) -> re.Pattern[str]:
    """One alternation of several table patterns (compiled once)."""
    return _alternation(tuple(patterns), flags)


@cache
def _alternation(patterns: tuple[str, ...], flags: int) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), flags)


# ---------------------------------------------------------------- dates and times

_MON = (
    r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)}
_TIME = (
    r"(?:(?P<ap1>上午|下午|凌晨|早上|晚上|中午|傍晚)\s*)?(?P<H>[0-2]?\d)\s*[:时]\s*(?P<M>[0-5]\d)"
    r"(?:\s*[:分]\s*(?P<S>[0-5]\d)秒?)?(?:\.\d+)?(?:\s*(?P<ap2>[ap]\.?\s?m\.?)(?![a-z]))?"
)
_TZ = (
    r"(?:\s*(?:z|utc|gmt|[ecmp][sd]?t|hkt|sgt|jst|kst|bst|cet|cest)\b(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?"
    r"|[+-]\d{2}:?\d{2})?"
)
_YMD = re.compile(
    r"(?<![\d.])(?P<y>(?:19|20)\d{2})\s*[-/.年]\s*(?P<m>[01]?\d)\s*[-/.月]\s*(?P<d>[0-3]?\d)(?![\d.]\d)\s*日?"
    rf"(?:\s*t?\s*(?:[(（]?(?:星期.|周.|礼拜.)[)）]?)?\s*{_TIME}{_TZ})?",  # 2026年11月19日(星期四) 19:36
    _FLAGS,
)
_MD = re.compile(
    r"(?<![\d年./-])(?P<m>[01]?\d)\s*月\s*(?P<d>[0-3]?\d)\s*日"
    rf"(?:\s*(?:星期.|周.)?\s*{_TIME})?"
    rf"|(?<![\d/.-])(?P<m2>[01]?\d)[-/](?P<d2>[0-3]?\d)\s+{_TIME.replace('(?P<', '(?P<x')}",
    _FLAGS,
)
_MDY = re.compile(
    rf"(?<![\d/.-])(?P<m>[01]?\d)/(?P<d>[0-3]?\d)/(?P<y>(?:19|20)\d{{2}})(?![\d/])(?:\s+{_TIME}{_TZ})?", _FLAGS)
_EN = re.compile(
    rf"\b{_MON}\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d{{2}})\b"
    rf"|\b(?P<d2>[0-3]?\d)\s+{_MON.replace('(?P<mon>', '(?P<mon2>')},?\s+(?P<y2>(?:19|20)\d{{2}})\b",
    _FLAGS,
)
_EN_AFTER = re.compile(rf"\s*(?:,|at|·|\||-|–|—|//?)?\s*{_TIME}{_TZ}", _FLAGS)
_EN_BEFORE = re.compile(
    rf"{_TIME}{_TZ}\s*(?:,|·|\||-|on)?\s*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s*)?$", _FLAGS)
_REL = re.compile(
    r"\b(?:just now|(?:an?|\d+)\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?)"
    r"\s+ago|yesterday|today)\b|\d+\s*(?:秒|分钟|小时|天|周|个月)前|刚刚|昨天|前天",
    _FLAGS,
)


@dataclass(slots=True)
class DateHit:
    """A date or time found in a string: its span and parsed parts (year may be missing)."""

    start: int
    end: int
    year: int | None = None
    month: int | None = None
    day: int | None = None
    hour: int | None = None
    minute: int | None = None
    second: int | None = None
    relative: bool = False

    @property
    def absolute(self) -> bool:
        """True when the hit names a calendar day with its year."""
        return self.year is not None and self.month is not None

    def iso(self, ref: date | None = None) -> str | None:
        """ISO ``YYYY-MM-DD[THH:MM:SS]``; a missing year is taken from ``ref`` (never in its future)."""
        if self.relative or self.month is None or self.day is None:
            return None
        year = self.year
        if year is None:
            if ref is None:
                return None
            year = infer_year(self.month, self.day, ref)
        try:
            day = date(year, self.month, self.day)
        except ValueError:
            return None
        if self.hour is None:
            return day.isoformat()
        try:
            return datetime(year, self.month, self.day, self.hour, self.minute or 0, self.second or 0).isoformat()
        except ValueError:
            return day.isoformat()


def infer_year(month: int, day: int, ref: date) -> int:
    """The year of ``month``/``day`` as written near ``ref``: ``ref.year``, or the year before if that is a week past."""
    try:
        if date(ref.year, month, day) > ref + timedelta(days=7):
            return ref.year - 1
    except ValueError:
        pass
    return ref.year


def _hour(m: re.Match[str], prefix: str = "") -> tuple[int | None, int | None, int | None]:
    raw = m.group(prefix + "H")
    if raw is None:
        return None, None, None
    hour, minute = int(raw), int(m.group(prefix + "M"))
    sec = m.group(prefix + "S")
    ap = (m.group(prefix + "ap1") or "") + (m.group(prefix + "ap2") or "").lower().replace(".", "").replace(" ", "")
    if ap in ("下午", "晚上", "傍晚", "pm") and hour < 12:
        hour += 12
    elif ap == "am" and hour == 12:
        hour = 0
    if hour > 23:
        return None, None, None
    return hour, minute, int(sec) if sec else None


def find_dates(s: str) -> list[DateHit]:
    """Every date, date-time and relative time ("2h ago", "3小时前") in ``s``, left to right, no overlaps."""
    hits: list[DateHit] = []
    for m in _YMD.finditer(s):
        h, mi, se = _hour(m)
        hits.append(DateHit(m.start(), m.end(), int(m["y"]), int(m["m"]), int(m["d"]), h, mi, se))
    for m in _MDY.finditer(s):
        h, mi, se = _hour(m)
        month, day = int(m["m"]), int(m["d"])
        if month > 12:  # 16/03/2026 is day-first
            month, day = day, month
        hits.append(DateHit(m.start(), m.end(), int(m["y"]), month, day, h, mi, se))
    for m in _MD.finditer(s):
        if m["m"] is not None:
            h, mi, se = _hour(m)
            hits.append(DateHit(m.start(), m.end(), None, int(m["m"]), int(m["d"]), h, mi, se))
        else:
            h, mi, se = _hour(m, "x")
            hits.append(DateHit(m.start(), m.end(), None, int(m["m2"]), int(m["d2"]), h, mi, se))
    for m in _EN.finditer(s):
        mon = (m["mon"] or m["mon2"]).lower()[:3]
        hit = DateHit(m.start(), m.end(), int(m["y"] or m["y2"]), _MONTHS[mon], int(m["d"] or m["d2"]))
        after = _EN_AFTER.match(s, m.end())
        before = _EN_BEFORE.search(s[max(0, m.start() - 40):m.start()])
        if after:
            hit.hour, hit.minute, hit.second = _hour(after)
            hit.end = after.end()
        elif before:
            hit.hour, hit.minute, hit.second = _hour(before)
            hit.start = m.start() - (len(s[max(0, m.start() - 40):m.start()]) - before.start())
        hits.append(hit)
    for m in _REL.finditer(s):
        hits.append(DateHit(m.start(), m.end(), relative=True))
    hits.sort(key=lambda x: (x.start, -(x.end - x.start)))
    out: list[DateHit] = []
    for hit in hits:
        if hit.month is not None and not 1 <= hit.month <= 12:
            continue
        if not out or hit.start >= out[-1].end:
            out.append(hit)
    return out


def parse_datetime(s: str, ref: date | None = None) -> str | None:
    """The first absolute date/time in ``s`` as ISO (``2025/8/28 15:48`` -> ``2025-08-28T15:48:00``), else None."""
    norm = normalize(s)
    for hit in find_dates(norm):
        if not hit.relative and (hit.year is not None or ref is not None):
            iso = hit.iso(ref)
            if iso:
                return iso
    return None


def to_date(iso: str | None) -> date | None:
    """The calendar day of an ISO string, or None."""
    if not iso:
        return None
    try:
        return date.fromisoformat(iso[:10])
    except ValueError:
        return None


def most_common_day(isos: list[str | None]) -> str | None:
    """The most frequent calendar day among ISO strings (first seen wins ties)."""
    days = [d.isoformat() for d in map(to_date, isos) if d]
    return Counter(days).most_common(1)[0][0] if days else None


def strip_time_words(norm: str, hits: list[DateHit]) -> list[tuple[int, int]]:
    """Spans of ``norm`` left once dates, time labels and separators are removed."""
    keep = [True] * len(norm)
    for hit in hits:
        keep[hit.start:hit.end] = [False] * (hit.end - hit.start)
    for m in rx(tables()["dates"]["time_labels"]).finditer(norm):
        keep[m.start():m.end()] = [False] * (m.end() - m.start())
    for i, ch in enumerate(norm):
        if ch.isspace() or ch in "|·•,:;/()[]-–—":
            keep[i] = False
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(norm):
        if keep[i]:
            j = i
            while j < len(norm) and keep[j]:
                j += 1
            spans.append((i, j))
            i = j
        else:
            i += 1
    return spans


# ---------------------------------------------------------------- datelines

_CN_DATELINE = re.compile(r"(?:(?P<y>\d{4})\s*年\s*)?(?P<m>[01]?\d)\s*月\s*(?P<d>[0-3]?\d)\s*日")
_DAY_DATELINE = re.compile(r"(?<![\d月])(?P<d>[0-3]?\d)日(?:(?:综合外电报导|综合外电报道|综合报导|综合报道)电?|电|讯)[)]")
_TODAY_DATELINE = re.compile(r"今\s*[(]\s*(?P<d>[0-3]?\d)\s*[)]\s*日")
_EN_DATELINE = re.compile(rf"^[A-Z][A-Za-z .'-]*,?\s+{_MON}\s+(?P<d>[0-3]?\d)\b(?:,\s*(?P<y>\d{{4}}))?", _FLAGS)


def find_dateline(lead_norm: str, ref: date | None) -> str | None:
    """The ISO date a body's dateline states (``3月16日消息``, ``台北2日電``, ``March 3 (Reuters)``)."""
    head = re.split(r"[。!?]|\.\s", lead_norm, maxsplit=1)[0][:60]
    clause = re.split(r"(?<=.)[(]", head, maxsplit=1)[0]  # not inside "(截至2025年12月31日止季度)"
    m = _CN_DATELINE.search(clause)
    if m and clause[: m.start()].rstrip().endswith("当地时间"):
        m = None  # 当地时间10月29日: the day abroad the event happened, not the day the story is filed
    if m and m.start() <= 25 and clause[: m.start()].count(",") <= 1:
        return _resolve(int(m["y"]) if m["y"] else None, int(m["m"]), int(m["d"]), ref)
    m = _EN_DATELINE.match(lead_norm[:80])
    if m:
        return _resolve(int(m["y"]) if m["y"] else None, _MONTHS[m["mon"].lower()[:3]], int(m["d"]), ref)
    m = _DAY_DATELINE.search(head) or _TODAY_DATELINE.search(head)
    if m and ref is not None:
        day = int(m["d"])
        month, year = ref.month, ref.year
        if day > ref.day + 1:
            month, year = (12, year - 1) if month == 1 else (month - 1, year)
        return _resolve(year, month, day, None)
    return None


def _resolve(year: int | None, month: int, day: int, ref: date | None) -> str | None:
    if year is None:
        if ref is None:
            return None
        year = infer_year(month, day, ref)
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


# ---------------------------------------------------------------- outlets and bylines

_EDGE = " \t|/:,，:：;·-／｜丨"  # punctuation trimmed off a captured name (a set of characters)
_QUOTES = "「」『』《》\"'"


@dataclass(slots=True)
class Credit:
    """Outlet and/or author read off a line or a body's lead."""

    outlet: str | None = None
    author: str | None = None


def _group(text: str, m: re.Match[str], name: str) -> str | None:
    if name not in m.re.groupindex or m.start(name) < 0:
        return None
    value = text[m.start(name):m.end(name)].strip(_EDGE)
    return value or None


def clean_outlet(name: str | None) -> str | None:
    """An outlet name without edge punctuation (``聯合報／`` -> ``聯合報``), or None for a time or place word."""
    if not name:
        return None
    name = name.strip(_EDGE + _QUOTES)
    name = re.sub(r"\s*&\s*$", "", name)  # Dow Jones & (Company, Inc.): the holder's words cut at the suffix
    name = re.sub(r"(?<=[A-Za-z])\s*(?:新聞|新闻)$", "", name)  # MoneyDJ新聞: the outlet's news desk
    name = re.sub(r"\s*[-—–]\s*(?:自媒体|自媒體|微信公众号|微信公眾號)?综合$|\s*[-—–]\s*(?:自媒体|自媒體)综?合?$", "", name)  # 新浪财经-自媒体综合: a channel of the outlet
    if not name or rx(tables()["outlets"]["not_outlet"]).match(normalize(name)):
        return None
    return name


def lead_credit(text: str, norm: str) -> tuple[Credit, re.Match[str] | None]:
    """Outlet/author stated at the start of a body (``【TechWeb】``, ``(中央社記者…電)``, ``X讯``, ``(Reuters) -``)."""
    for pattern in tables()["outlets"]["lead"]:
        m = rx(pattern, 0 if pattern.startswith("^[A-Z]") else _FLAGS).match(norm)
        if not m:
            continue
        names = m.re.groupindex
        author = _group(text, m, "author")
        if "who" in names:  # 記者王小明台北 -> reporter + place
            author = _before_place(text[m.start("who"):m.end("who")], m["who"])
        outlet = _group(text, m, "outlet")
        if "op" in names:  # 中央社台北 -> outlet + place
            outlet = _before_place(text[m.start("op"):m.end("op")], m["op"])
        outlet = clean_outlet(outlet)
        if author:  # 【財訊快報/記者林柏翰報導】 -> 林柏翰
            author = re.sub(r"^(記者|记者|編譯|编译)\s*|\s*(報導|报导|報道|报道)$", "", author) or None
        if outlet is None and author is None:
            continue
        return Credit(outlet, author), m
    return Credit(), None


def _before_place(text: str, norm: str) -> str | None:
    """``王小明台北`` -> ``王小明``: cut a place from the place table, else keep 3 characters (2 if short)."""
    for place in sorted(tables()["outlets"]["places"], key=len, reverse=True):
        if norm.endswith(place) and len(norm) > len(place):
            return text[: len(norm) - len(place)].strip("、 ") or None
    return text[: 3 if len(norm) >= 5 else 2] or None


def line_credit(text: str, norm: str) -> Credit | None:
    """A byline on one short line: ``By Jane Doe``, ``文|张三``, ``經濟日報 記者X／台北報導``, ``鉅亨網編譯X``."""
    if len(norm) > 80:
        return None
    hits = [h for h in find_dates(norm) if not h.relative]
    if hits and re.match(r"[(]?by\s", norm, _FLAGS):  # "BY RACHEL NGUYEN on March 5, 2026": drop the date
        cut = hits[0].start
        text, norm = text[:cut], re.sub(r"[\s,]+(on|at)?[\s,]*$", "", norm[:cut], flags=_FLAGS)
        text = text[: len(norm)]
    if hits and hits[0].start == 0 and len(norm) - hits[0].end >= 4:  # 2026/08/19 05:10　工商時報　X／綜合外電
        cut = hits[0].end + len(norm[hits[0].end:]) - len(norm[hits[0].end:].lstrip())
        text, norm = text[cut:], norm[cut:]
    boxed = _BOXED.match(norm)
    if boxed:  # 〔編譯楊芙宜/綜合報導〕 2026/07/08 10:15, (經濟通 記者 劉凱盈): a credit set in brackets, a time after it
        a, b = boxed.span(1)
        text, norm = text[a:b], norm[a:b]
    for pattern in tables()["bylines"]["line"]:
        m = rx(pattern).match(norm)
        if not m:
            continue
        person = _group(text, m, "person")
        if person is not None and not is_cjk_name(normalize(person)):
            continue
        byname = _group(text, m, "byname")  # Jane Doe | CNBC: a personal name, then the outlet
        if byname is not None:
            if not is_person_name(byname) or _JOB.search(_group(text, m, "outlet") or ""):
                continue
            second = _group(text, m, "outlet") or ""
            if "," in text and is_person_name(second):
                return Credit(None, f"{byname}, {second}")  # Katherine Dunmore, Alec Varga: two writers
            person = byname
        author = person or _group(text, m, "author")
        outlet = clean_outlet(_group(text, m, "outlet"))
        if author and _BY.match(norm):
            author = re.sub(r"\s+(?:in|for)\s+.*$", "", _EMAIL.sub("", author)).strip() or None
        if author and re.fullmatch(r"[\u4e00-\u9fff](?:\s[\u4e00-\u9fff]){1,3}", author):  # spaced: 王 宏 仁
            author = author.replace(" ", "")
        if outlet and _JOB.search(outlet):  # "By Jane Doe, Senior Reporter": a job, not an outlet
            outlet = None
        return Credit(outlet, author)
    return None


_BOXED = re.compile(r"^[(〔【\[]\s*([^()〔〕【】\[\]]{3,40}?)\s*[)〕】\]](?:\s*\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)?\s*$")
_BY = re.compile(r"[(]?(?:(?:written|reported|words|story|text|posted) )?by\s", _FLAGS)
_JOB = re.compile(
    r"\b(reporter|writer|correspondent|editor|columnist|contributor|journalist|analyst|staff|producer|"
    r"bureau chief|anchor|host)s?\b", _FLAGS)
_EMAIL = re.compile(r"\s*[\[(<]?[\w.+-]+@[\w-]+(?:\.[\w-]+)+[\])>]?\s*$")


def is_cjk_name(norm: str) -> bool:
    """True for a bare Chinese personal name (normalized): a common surname and one or two more characters."""
    if not re.fullmatch(r"[\u4e00-\u9fff]{2,4}", norm):
        return False
    t = tables()["outlets"]
    if any(norm.startswith(c) for c in t["compound_surnames"]):
        return len(norm) in (3, 4)
    return len(norm) <= 3 and norm[0] in t["surnames"]


def meta_credit(text: str, norm: str) -> Credit:
    """``来源:X`` / ``Source: X`` and ``作者:X`` inside a meta line."""
    src = rx(tables()["bylines"]["source"]).search(norm)
    auth = rx(tables()["bylines"]["author"]).search(norm)
    return Credit(
        clean_outlet(_group(text, src, "outlet")) if src else None,
        _group(text, auth, "author") if auth else None,
    )


def editor_credit(text: str, norm: str, tail: bool = False) -> str | None:
    """The name in an editor tag: a whole line (``(编辑:张三)``) or, with ``tail``, the end of a paragraph."""
    key = "tail" if tail else "editor"
    for pattern in tables()["bylines"][key]:
        m = rx(pattern).search(norm) if tail else rx(pattern).match(norm)
        if m:
            author = _group(text, m, "author")
            if author:
                return re.split(r"\s+and\s+|、|,\s*", author)[0].strip() if "reporting" in pattern else author
    return None


def copyright_holder(text: str, norm: str) -> str | None:
    """The holder in ``© 2026 TechCrunch Media LLC.`` without years and corporate words."""
    m = re.search(r"(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}\s*(?:-\s*\d{4})?\s*)?(?P<name>[^,©]{2,80})", norm, _FLAGS)
    if not m:
        return None
    name = text[m.start("name"):m.end("name")]
    name = re.split(r"\.\s|\s*(?:all rights reserved|版权所有|版權所有|\d{4}|\|)", name, flags=_FLAGS)[0]
    name = rx(tables()["outlets"]["holder_suffixes"]).sub("", name.strip()).strip(" ,.")
    name = re.sub(r"\s*(?:&|and)$", "", name)  # Dow Jones & Company, Inc.: the holder without its suffix
    return name if 2 <= len(name) <= 40 else None


def is_person_name(text: str) -> bool:
    """True for a bare English name line such as ``Marisa Kwan`` (2-4 capitalized words)."""
    words = text.split()
    if not 2 <= len(words) <= 4:
        return False
    stop = set(tables()["outlets"]["name_stopwords"])
    if not (words[0][0].isupper() and words[-1][0].isupper()):
        return False
    named = [w for w in words if w not in _PARTICLES]
    return all(w[0].isupper() and _NAME_WORD.fullmatch(w) and w.lower() not in stop for w in named)


_NAME_WORD = re.compile(r"[^\W\d_][^\W\d]*(?:['.-][^\W\d_]*)*\.?")
_PARTICLES = frozenset({"van", "von", "de", "der", "den", "da", "di", "du", "la", "le", "del", "bin", "al"})


def author_names(byline: str | None) -> list[str]:
    """The people a byline names, case-folded, in order (``Jane Doe and JOHN ROE`` -> ``jane doe``, ``john roe``)."""
    if not byline:
        return []
    return [p.casefold() for p in re.split(r"\s*(?:,|、|;|&|\band\b)\s*", byline.strip()) if p]
