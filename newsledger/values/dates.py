"""Dates and periods: absolute (``2025年6月3日``, ``March 16, 2026``), relative to the anchor (``去年``,
``上周四``, ``last June``), relative to the year in force (``6月份``, ``次年``, ``the following year``),
quarters and halves (``第三季度``, ``H1 2025``), fiscal periods (``FY2025 Q3``) and durations (``4年``).

The year in force is the year most recently named or implied earlier in the same passage (a passage ends
at a line break); without one it is the anchor's year. Each resolver reads and updates the ``Context``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from decimal import Decimal

from ..core import Json
from .base import (
    NUM_LEFT,
    NUMBER_FOLLOW,
    Candidate,
    Context,
    KeywordRule,
    NumberRule,
    OnMatch,
    Resolver,
    capitalized,
    fmt_bound,
    guarded,
    has_cjk,
    initials,
    keyword_table,
    mentions,
    prefix_bound,
    run_english,
    run_keyword_rules,
)
from .numbers import EN_WORD_NUMBER, parse_en_words, parse_number, parse_pair
from .tables import DATES, alternation

_ZH = DATES["zh"]
_EN = DATES["en"]

# ---- small helpers --------------------------------------------------------------------------------


def _ym(y: int | None, m: int) -> str:
    """A month, ``--07`` (ISO 8601 without the year) when no year is known."""
    return f"{y:04d}-{m:02d}" if y is not None else f"--{m:02d}"


def _ymd(y: int | None, m: int, d: int) -> str | None:
    """A day, ``--07-22`` (ISO 8601 without the year) when no year is known; None when there is no such day."""
    if y is None:
        return f"--{m:02d}-{d:02d}" if _valid_day(m, d) else None
    try:
        return dt.date(y, m, d).isoformat()
    except ValueError:
        return None


def is_partial(value: object) -> bool:
    """True for a date written without a year and read without one in force (``--07-22``, ``--07``)."""
    return isinstance(value, str) and value.startswith("--")


def year_of(value: object) -> str:
    """The year of a date or period value as written (``2025-07-22`` → ``2025``); empty when it has none (``--07-22``)."""
    text = "" if value is None else str(value)
    return "" if is_partial(text) else text[:4]


def _shift_month(y: int, m: int, k: int) -> tuple[int, int]:
    t = y * 12 + (m - 1) + k
    return t // 12, t % 12 + 1


def _week(day: dt.date) -> str:
    iso = day.isocalendar()
    return f"{iso[0]:04d}-W{iso[1]:02d}"


def _valid_day(m: int, d: int) -> bool:
    return 1 <= m <= 12 and 1 <= d <= (29 if m == 2 else 30 if m in (4, 6, 9, 11) else 31)


def _int(s: str | None) -> int | None:
    if not s:
        return None
    v = parse_number(s)
    return int(v) if v is not None and v == int(v) else None


def _date(
    ctx: Context,
    value: str | None,
    relative: bool,
    year: int | None = None,
    month: int | None = None,
    *,
    sets: bool = True,
    **extra: object,
) -> Json:
    """Build a date norm and, when ``sets``, make its year (and month) the ones in force."""
    if sets and year is not None:
        ctx.year = year
        ctx.month = month
    elif sets and month is not None and ctx.year is None:
        ctx.month = month  # no year known: the month alone is in force (7月22日 … 23日)
    out: Json = {"value": value, "relative": relative}
    out.update(extra)
    return out


Handler = Callable[[re.Match[str]], Candidate | None]


def _cand(
    m: re.Match[str], kind: str, resolve: Resolver, start: int | None = None, end: int | None = None
) -> Candidate:
    return Candidate(
        m.start() if start is None else start, m.end() if end is None else end, kind, {}, resolve
    )


# ---- year expressions -----------------------------------------------------------------------------

ZH_ANCHOR_YEARS: dict[str, int] = _ZH["anchor_years"]
ZH_CONTEXT_SET: dict[str, int] = _ZH["context_years_set"]
ZH_CONTEXT_KEEP: dict[str, int] = _ZH["context_years_keep"]
_ZH_DIG = "〇零一二三四五六七八九"
_YEAR_ZH = (
    rf"(?:(?P<yk>{alternation(ZH_CONTEXT_KEEP)})|(?P<yn>(?:19|20)\d\d|[{_ZH_DIG}]{{4}})年|"
    rf"(?P<ya>{alternation(ZH_ANCHOR_YEARS)})|(?P<yc>{alternation(ZH_CONTEXT_SET)}))"
)


_YEAR_WORD_INITIALS = initials([*ZH_ANCHOR_YEARS, *ZH_CONTEXT_SET, *ZH_CONTEXT_KEEP])


def _zh_year(m: re.Match[str], ctx: Context) -> tuple[int | None, bool, bool]:
    """The year a Chinese year expression names: (year, sets the year in force, relative)."""
    if m.group("yn"):
        return _int(m.group("yn")), True, False
    if m.group("ya"):
        off = ZH_ANCHOR_YEARS[m.group("ya")]
        return (ctx.anchor.year + off if ctx.anchor else None), True, True
    if m.group("yc"):
        off = ZH_CONTEXT_SET[m.group("yc")]
        return (ctx.year + off if ctx.year is not None else None), True, True
    if m.group("yk"):
        off = ZH_CONTEXT_KEEP[m.group("yk")]
        return (ctx.year + off if ctx.year is not None else None), False, True
    return ctx.year, False, True


def _has_year(m: re.Match[str]) -> bool:
    return any(m.group(g) for g in ("yn", "ya", "yc", "yk"))


# ---- Chinese dates --------------------------------------------------------------------------------

_MONTH = r"(?:1[0-2]|0?[1-9]|十[一二]|[一二三四五六七八九十])"
_DAY = (
    r"(?:3[01]|[12]\d|0?[1-9]|三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])"
)
_MONTH_PARTS = alternation(_ZH["month_parts"])
_NO_NUM_BEFORE = r"(?<![\d.〇零一二两三四五六七八九十第])"

# Patterns that may start with a year word (去年) or a number (2025年, 6月) are compiled twice: a scanning
# version behind the year-word initials, and an anchored version tried at number tokens (base.NumberRule).
_FULL_BODY = rf"{_NO_NUM_BEFORE}(?:{_YEAR_ZH}的?)?(?P<mo>{_MONTH})月份?(?:(?P<d>{_DAY})[日号](?![元圆币])|(?P<part>{_MONTH_PARTS}))?"
_YEAR_PART_BODY = rf"(?:{_YEAR_ZH}年?|(?<![年\d])年)(?P<part>[初底末])"
_YEAR_BODY = rf"(?<![\d第]){_YEAR_ZH}"
ZH_FULL = guarded(_YEAR_WORD_INITIALS, _FULL_BODY)
ZH_FULL_NUM = re.compile(_FULL_BODY)
ZH_YEAR_PART = guarded(_YEAR_WORD_INITIALS + "年", _YEAR_PART_BODY)
ZH_YEAR_PART_NUM = re.compile(_YEAR_PART_BODY)
ZH_YEAR = guarded(_YEAR_WORD_INITIALS, _YEAR_BODY)
ZH_YEAR_NUM = re.compile(_YEAR_BODY)
ZH_NUMERIC = re.compile(
    r"(?<![\d./-])(?P<y>(?:19|20)\d\d)(?P<sep>[/.-])(?P<mo>1[0-2]|0?[1-9])(?P=sep)(?P<d>3[01]|[12]\d|0?[1-9])(?![\d]|[.]\d)"
    r"(?:[ T](?P<hh>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)(?::[0-5]\d)?)?"
)
MONTH_DAY_SLASH = re.compile(
    r"(?<![\d/.:A-Za-z-])(?P<mo>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])(?![\d/%.]|\s?(?:的|of\b|成|以上|hours|小时))"
)
ZH_YTD = guarded(
    initials(ZH_ANCHOR_YEARS),
    rf"(?P<y>{alternation(ZH_ANCHOR_YEARS)})(?:以来)?(?:迄|至)(?P<mo>1[0-2]|0?[1-9])(?:/|月)(?P<d>3[01]|[12]\d|0?[1-9])日?",
)
ZH_ANCHOR_MONTHS: dict[str, int] = _ZH["anchor_months"]
ZH_CONTEXT_MONTHS: dict[str, int] = _ZH["context_months"]
_MONTH_END_PARTS = alternation(p for p in _ZH["month_parts"] if p != "中")
ZH_REL_MONTH = guarded(
    initials([*ZH_ANCHOR_MONTHS, *ZH_CONTEXT_MONTHS]) + "月",
    rf"(?:(?P<w>{alternation(list(ZH_ANCHOR_MONTHS) + list(ZH_CONTEXT_MONTHS))})|(?<![\d月个〇零一二两三四五六七八九十])月(?=[初底末上中下]))"
    rf"(?P<part>{_MONTH_END_PARTS})?",
)
_WEEK_PREFIX: dict[str, int] = _ZH["week_prefixes"]
_WEEKDAY: dict[str, int] = _ZH["weekday_names"]
_WEEK_HEAD = alternation(_ZH["weekday_heads"])
_WEEK_NOT_BEFORE = tuple(_ZH["week_not_before"])
ZH_WEEK = guarded(
    initials([*_WEEK_PREFIX, *_ZH["weekday_heads"]]),
    rf"(?P<rel>{alternation(_WEEK_PREFIX)})?(?<![每一二两三四五六七八九十\d])(?P<head>{_WEEK_HEAD})(?P<wd>[{''.join(_WEEKDAY)}])?",
)
ZH_ANCHOR_DAYS: dict[str, int] = _ZH["anchor_days"]
_DAY_NOT_BEFORE = tuple(_ZH["day_not_before"])
ZH_REL_DAY = guarded(initials(ZH_ANCHOR_DAYS), alternation(ZH_ANCHOR_DAYS))
ZH_RECENT_WORDS: list[str] = _ZH["recent"]
ZH_RECENT = re.compile(rf"(?<![\d一二三四五六七八九十今昨明前本当])(?:{alternation(ZH_RECENT_WORDS)})(?![\d一二两三四五六七八九十几个])")
_MONTH_RANGE_BODY = (
    rf"{_NO_NUM_BEFORE}(?:{_YEAR_ZH}的?)?(?:(?P<mo>{_MONTH})(?:月份?)?(?:至|到|-|~|—)(?P<mo2>{_MONTH})月份?(?![\d日号])"
    r"|前(?P<n>[一二两三四五六七八九十]{1,2}|1[01]|[2-9])个?月(?:份)?)"
)
ZH_MONTH_RANGE = guarded(_YEAR_WORD_INITIALS + "前", _MONTH_RANGE_BODY)
ZH_MONTH_RANGE_NUM = re.compile(_MONTH_RANGE_BODY)
"""Months from one to another of a year: "今年1至7月", "1-7月份", "前两个月" (January to February)."""
ZH_PAREN_DAY = re.compile(r"(?P<w>[今昨明前])\((?P<d>3[01]|[12]\d|0?[1-9])\)日")
"""Taiwanese and Hong Kong datelines: "今（24）日" (today, the 24th), "昨（23）日"."""
ZH_DAY = re.compile(r"(?<![\d./\-第数近逾几每月])(?P<d>3[01]|[12]\d|0?[1-9])日(?![元圆币本内前后起])")
ZH_AGO = re.compile(rf"{_NO_NUM_BEFORE}(?P<n>\d{{1,2}}|[一二两三四五六七八九十]+)年前")


def _zh_full(m: re.Match[str]) -> Candidate | None:
    mo = _int(m.group("mo"))
    d = _int(m.group("d"))
    if mo is None or not 1 <= mo <= 12 or (m.group("d") and (d is None or not _valid_day(mo, d))):
        return None

    def resolve(ctx: Context) -> Json:
        y, sets, rel = _zh_year(m, ctx)
        if not _has_year(m):
            sets = True  # a bare month keeps the year in force and becomes the month in force
        value = _ymd(y, mo, d) if d is not None else _ym(y, mo)
        return _date(ctx, value, rel, y, mo, sets=sets)

    return _cand(m, "date", resolve)


def _zh_year_part(m: re.Match[str]) -> Candidate | None:
    month = _ZH["year_parts"][m.group("part")]

    def resolve(ctx: Context) -> Json:
        y, sets, rel = _zh_year(m, ctx)
        return _date(ctx, _ym(y, month), rel, y, month, sets=sets and _has_year(m))

    return _cand(m, "date", resolve)


def _zh_year_only(m: re.Match[str]) -> Candidate | None:
    def resolve(ctx: Context) -> Json:
        y, sets, rel = _zh_year(m, ctx)
        return _date(ctx, str(y) if y is not None else None, rel, y, None, sets=sets)

    return _cand(m, "date", resolve)


def _numeric(m: re.Match[str]) -> Candidate | None:
    y, mo, d = int(m.group("y")), int(m.group("mo")), int(m.group("d"))
    value = _ymd(y, mo, d)
    if value is None:
        return None
    if m.group("hh"):
        value += f"T{int(m.group('hh')):02d}:{m.group('mi')}"
    fixed = value

    def resolve(ctx: Context) -> Json:
        return _date(ctx, fixed, False, y, mo)

    return _cand(m, "date", resolve)


def _month_day_slash(m: re.Match[str]) -> Candidate | None:
    mo, d = int(m.group("mo")), int(m.group("d"))
    if not _valid_day(mo, d):
        return None

    def resolve(ctx: Context) -> Json:
        return _date(ctx, _ymd(ctx.year, mo, d), True, ctx.year, mo)

    return _cand(m, "date", resolve)


def _zh_ytd(m: re.Match[str]) -> Candidate | None:
    mo, d = int(m.group("mo")), int(m.group("d"))
    if not _valid_day(mo, d):
        return None

    def resolve(ctx: Context) -> Json:
        y = ctx.anchor.year + ZH_ANCHOR_YEARS[m.group("y")] if ctx.anchor else None
        out = _date(ctx, _ymd(y, mo, d), True, y, mo)
        out["from"] = str(y) if y is not None else None
        return out

    return _cand(m, "date", resolve)


def _zh_rel_month(m: re.Match[str]) -> Candidate | None:
    w = m.group("w")
    if not w and not m.group("part"):
        return None

    def resolve(ctx: Context) -> Json:
        if w in ZH_ANCHOR_MONTHS:
            if ctx.anchor is None:
                return _date(ctx, None, True)
            y, mo = _shift_month(ctx.anchor.year, ctx.anchor.month, ZH_ANCHOR_MONTHS[w])
        else:
            if ctx.year is None or ctx.month is None:
                return _date(ctx, None, True)
            y, mo = ctx.year, ctx.month
        return _date(ctx, _ym(y, mo), True, y, mo)

    return _cand(m, "date", resolve)


def _zh_week(m: re.Match[str]) -> Candidate | None:
    rel, wd = m.group("rel"), m.group("wd")
    if not rel and not wd:
        return None
    if view_after(m).startswith(_WEEK_NOT_BEFORE) and m.group("head") == "周" and not wd:
        return None
    if (
        not rel
        and wd
        and (
            _WEEKDAY_SPAN_AFTER.match(m.string, m.end())
            or _WEEKDAY_SPAN_BEFORE.search(m.string, max(0, m.start() - 6), m.start())
        )
    ):
        return None  # "周一至周五": opening days, not a date
    weekday = _WEEKDAY[wd] if wd else None
    offset = _WEEK_PREFIX[rel] if rel else None
    return _cand(m, "date", _weekday_resolver(offset, weekday))


_WEEKDAY_SPAN_AFTER = re.compile(rf"(?:至|到|-|~)(?:{_WEEK_HEAD})[{''.join(_WEEKDAY)}]")
_WEEKDAY_SPAN_BEFORE = re.compile(rf"(?:{_WEEK_HEAD})[{''.join(_WEEKDAY)}](?:至|到|-|~)$")


def view_after(m: re.Match[str]) -> str:
    """The few characters right after a match (for not-before checks)."""
    return m.string[m.end() : m.end() + 4]


def _weekday_resolver(
    week_offset: int | None, weekday: int | None, *, strictly_before: bool = False, after: bool = False
) -> Resolver:
    def resolve(ctx: Context) -> Json:
        a = ctx.anchor
        if a is None:
            return _date(ctx, None, True)
        if week_offset is not None:
            monday = a - dt.timedelta(days=a.weekday()) + dt.timedelta(weeks=week_offset)
            if weekday is None:
                return _date(ctx, _week(monday), True, monday.year, monday.month)
            day = monday + dt.timedelta(days=weekday)
        else:
            assert weekday is not None
            back = (a.weekday() - weekday) % 7
            if strictly_before and back == 0:
                back = 7
            day = a - dt.timedelta(days=back)
            if after:
                day = day + dt.timedelta(days=7)
        return _date(ctx, day.isoformat(), True, day.year, day.month)

    return resolve


def _zh_rel_day(m: re.Match[str]) -> Candidate | None:
    if view_after(m).startswith(_DAY_NOT_BEFORE):
        return None
    return _cand(m, "date", _day_resolver(ZH_ANCHOR_DAYS[m.group()]))


def _zh_recent(m: re.Match[str]) -> Candidate | None:
    """近日 / 日前: recently, read as the anchor's month (approximate)."""

    def resolve(ctx: Context) -> Json:
        if ctx.anchor is None:
            return _date(ctx, None, True)
        return _date(ctx, ctx.anchor.isoformat()[:7], True, sets=False, approx=True)

    return _cand(m, "date", resolve)


def _day_resolver(offset: int) -> Resolver:
    def resolve(ctx: Context) -> Json:
        if ctx.anchor is None:
            return _date(ctx, None, True)
        day = ctx.anchor + dt.timedelta(days=offset)
        return _date(ctx, day.isoformat(), True, day.year, day.month)

    return resolve


def _zh_day(m: re.Match[str]) -> Candidate | None:
    d = int(m.group("d"))

    def resolve(ctx: Context) -> Json:
        month = ctx.month
        if month is None and ctx.anchor is not None and ctx.year == ctx.anchor.year:
            month = ctx.anchor.month
        if month is None:
            return _date(ctx, None, True)
        return _date(ctx, _ymd(ctx.year, month, d), True, sets=False)

    return _cand(m, "date", resolve)


def _zh_month_range(m: re.Match[str]) -> Candidate | None:
    first: int | None = 1
    last = _int(m.group("n"))
    if not m.group("n"):
        first, last = _int(m.group("mo")), _int(m.group("mo2"))
    if first is None or last is None or not 1 <= first < last <= 12:
        return None

    def resolve(ctx: Context) -> Json:
        y, sets, rel = _zh_year(m, ctx)
        if y is not None and sets:
            ctx.year, ctx.month = y, last
        value = f"{_ym(y, first)}/{_ym(y, last)}" if y is not None else None
        return {"value": value, "relative": rel, "fiscal": False}

    return _cand(m, "period", resolve)


def _zh_paren_day(m: re.Match[str]) -> Candidate | None:
    d = int(m.group("d"))

    def resolve(ctx: Context) -> Json:
        a = ctx.anchor
        if a is None:
            return _date(ctx, None, True)
        y, mo = a.year, a.month
        if d > a.day + 1:  # the dateline is a day or two into the next month
            y, mo = _shift_month(y, mo, -1)
        return _date(ctx, _ymd(y, mo, d), True, y, mo)

    return _cand(m, "date", resolve)


def _ago(n: int) -> Resolver:
    def resolve(ctx: Context) -> Json:
        y = ctx.anchor.year - n if ctx.anchor else None
        return _date(ctx, str(y) if y is not None else None, True, y)

    return resolve


def _zh_ago(m: re.Match[str]) -> Candidate | None:
    n = _int(m.group("n"))
    return _cand(m, "date", _ago(n)) if n else None


# ---- periods --------------------------------------------------------------------------------------

_QUARTERS: dict[str, int] = _ZH["quarters"]
_HALVES: dict[str, int] = _ZH["halves"]
_FISCAL_ZH = alternation(_ZH["fiscal"])
_YEAR_P = _YEAR_ZH.replace(r")年|", r")年?|", 1)
_PERIOD_BODY = (
    rf"(?:{_YEAR_P}的?)?(?P<fy>{_FISCAL_ZH})?的?(?:第(?P<q1>[一二三四1-4])季度?|(?P<q2>[一二三四1-4])季度|第?(?P<q4>[一二三四1-4])财季|"
    rf"(?<![A-Za-z0-9])Q(?P<q3>[1-4])(?![0-9A-Za-z])|(?P<q0>{alternation(_ZH['first_quarter'])})|"
    rf"(?P<nine>{alternation(_ZH['first_three_quarters'])})|(?P<h>{alternation(_HALVES)})|(?P<full>{alternation(_ZH['full_year'])})|"
    rf"(?P<same>同期)|(?P<mid>中期))"
)
"""同期 (the same period) and 中期 (the interim half) only after a year: 上年同期, 2019年中期; nothing starts a match at them."""
ZH_PERIOD = guarded(_YEAR_WORD_INITIALS + "第Q首前上下全" + initials(_ZH["fiscal"]), _PERIOD_BODY)
ZH_PERIOD_NUM = re.compile(_PERIOD_BODY)
ZH_FISCAL = re.compile(rf"(?<!\d)(?P<y>(?:19|20)\d\d)年?(?:{_FISCAL_ZH})")


def _period(
    ctx: Context, year: int | None, part: str | None, *, fiscal: bool, relative: bool, sets: bool
) -> Json:
    """Build a period norm (``2025-Q3``, ``FY2025-Q3``, ``2025``) and update what is in force."""
    if fiscal:
        if year is not None and sets:
            ctx.fiscal_year = year
        elif year is None:
            year = ctx.fiscal_year
        head = f"FY{year}" if year is not None else None
    else:
        if year is not None and sets:
            ctx.year, ctx.month = year, None
        head = str(year) if year is not None else None
    if head is None:
        value = None
    elif part is None:
        value = head
    elif part == "9M":
        value = f"{head}-Q1-Q3"
    else:
        value = f"{head}-{part}"
    out: Json = {"value": value, "relative": relative, "fiscal": fiscal}
    if part:
        out["part"] = part
    return out


def _zh_period(m: re.Match[str]) -> Candidate | None:
    q = m.group("q1") or m.group("q2") or m.group("q3") or m.group("q4")
    if q:
        part: str | None = f"Q{_QUARTERS[q]}"
    elif m.group("q0"):
        part = "Q1"
    elif m.group("nine"):
        part = "9M"
    elif m.group("h"):
        part = f"H{_HALVES[m.group('h')]}"
    elif m.group("mid"):
        part = "H1"
    else:
        part = None
    if (m.group("same") or m.group("mid")) and not _has_year(m):
        return None
    fiscal = bool(m.group("fy") or m.group("q4"))

    def resolve(ctx: Context) -> Json:
        if fiscal:
            y = _int(m.group("yn"))
            return _period(ctx, y, part, fiscal=True, relative=y is None, sets=y is not None)
        y, sets, rel = _zh_year(m, ctx)
        return _period(ctx, y, part, fiscal=False, relative=rel, sets=sets and _has_year(m))

    return _cand(m, "period", resolve)


ZH_ANCHOR_QUARTERS: dict[str, int] = _ZH["anchor_quarters"]
ZH_REL_QUARTER = guarded(initials(ZH_ANCHOR_QUARTERS), alternation(ZH_ANCHOR_QUARTERS))
_EN_ANCHOR_QUARTERS: dict[str, int] = _EN["anchor_quarters"]
EN_REL_QUARTER = guarded(
    initials(_EN_ANCHOR_QUARTERS, both_cases=True),
    rf"(?<![A-Za-z])(?:{alternation(capitalized(_EN_ANCHOR_QUARTERS))})(?![A-Za-z])",
)


def _quarter_resolver(offset: int) -> Resolver:
    def resolve(ctx: Context) -> Json:
        if ctx.anchor is None:
            return _period(ctx, None, None, fiscal=False, relative=True, sets=False)
        t = ctx.anchor.year * 4 + (ctx.anchor.month - 1) // 3 + offset
        return _period(ctx, t // 4, f"Q{t % 4 + 1}", fiscal=False, relative=True, sets=False)

    return resolve


def _zh_rel_quarter(m: re.Match[str]) -> Candidate | None:
    return _cand(m, "period", _quarter_resolver(ZH_ANCHOR_QUARTERS[m.group()]))


def _en_rel_quarter(m: re.Match[str]) -> Candidate | None:
    w = m.group()
    return _cand(m, "period", _quarter_resolver(_EN_ANCHOR_QUARTERS[w[0].lower() + w[1:]]))


def _zh_fiscal(m: re.Match[str]) -> Candidate | None:
    y = int(m.group("y"))
    return _cand(m, "period", lambda ctx: _period(ctx, y, None, fiscal=True, relative=False, sets=True))


# ---- durations ------------------------------------------------------------------------------------

_ZH_DUR: dict[str, str] = _ZH["durations"]
_EN_DUR: dict[str, str] = _EN["durations"]
_YEAR_NOT_BEFORE = tuple(_ZH["year_unit_not_before"])
_WITHIN = alternation(_ZH["within"])
_ONE_CUES = tuple(_ZH["one_unit_cues"])
_ONE_TAILS = tuple(_ZH["one_unit_tails"])
_ZH_DUR_NUM = r"(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百]+|半)"
_ZH_DUR_UNITS = "|".join(
    "个(?:多|余)?" + re.escape(u[1:]) if u.startswith("个") else re.escape(u)
    for u in sorted(_ZH_DUR, key=len, reverse=True)
)
ZH_DURATION = re.compile(
    rf"{NUM_LEFT}(?<![第每\d])(?P<n>{_ZH_DUR_NUM})(?:\s?(?:至|到|-|~)\s?(?P<n2>{_ZH_DUR_NUM}))?(?P<inf>多|余)?"
    rf"(?P<u>{_ZH_DUR_UNITS})(?P<w>{_WITHIN})?"
)
_EN_DUR_RE = alternation(_EN_DUR)
EN_DURATION = re.compile(
    rf"(?<![A-Za-z0-9_.$-])(?P<n>\d+(?:\.\d+)?|{EN_WORD_NUMBER})(?:\s?(?:-|–|to)\s?(?P<n2>\d+|{EN_WORD_NUMBER}))?"
    rf"[\s-](?P<u>{_EN_DUR_RE})\b(?![- ](?:old|ago|later|earlier)\b)"
)
_NEUTRAL = tuple(_EN["period_neutral"])


def _fmt_duration(n: Decimal, unit: str) -> str:
    if unit == "decade":
        n, unit = n * 10, "year"
    if unit == "year" and n != int(n):
        n, unit = n * 12, "month"
    num = str(int(n)) if n == int(n) else format(n.normalize(), "f")
    return f"{num} {unit}" + ("" if n == 1 else "s")


def _duration(
    view: str, m: re.Match[str], low: Decimal, high: Decimal | None, unit: str, bound: str | None
) -> Candidate:
    s, pre = prefix_bound(view, m.start())
    if pre is not None and view[s : m.start()].strip().lower() in _NEUTRAL:
        pre = None
    norm: Json = {
        "value": _fmt_duration(low, unit),
        "duration": True,
        "bound": fmt_bound("range" if high is not None else bound or pre),
    }
    if high is not None:
        norm["value_max"] = _fmt_duration(high, unit)
    return Candidate(s, m.end(), "period", norm)


def _zh_num(s: str) -> Decimal | None:
    return Decimal("0.5") if s == "半" else parse_number(s)


def _zh_duration(view: str, m: re.Match[str]) -> Candidate | None:
    u = m.group("u")
    n = m.group("n")
    if u == "年" and (view.startswith(_YEAR_NOT_BEFORE, m.end("u")) and not m.group("w")):
        return None
    if u == "周" and view.startswith(_WEEK_NOT_BEFORE, m.end("u")):
        return None
    if u in ("年", "周", "天") and len(n) >= 4:
        return None
    if n == "半" and u not in ("年",) and not u.startswith("个"):
        return None
    if (
        n == "一"
        and not m.group("n2")
        and not view.startswith(_ONE_TAILS, m.end("u"))
        and not view.endswith(_ONE_CUES, 0, m.start())
    ):
        return None  # "关键一年": "a year", not a measured duration
    low = _zh_num(n)
    high = _zh_num(m.group("n2")) if m.group("n2") else None
    pair = parse_pair(n) if low is None and high is None else None
    if pair is not None:
        low, high = pair
    if low is None or low == 0 or (high is not None and high <= low):
        return None
    bound = "more_than" if (m.group("inf") or "多" in u or "余" in u) else None
    if m.group("w"):
        bound = bound or "up_to"
    key = u.replace("多", "").replace("余", "")
    return _duration(view, m, low, high, _ZH_DUR[key], bound)


def _en_duration(view: str, m: re.Match[str]) -> Candidate | None:
    n = m.group("n")
    if n.lower() in ("a", "an") or (n.isdigit() and len(n) >= 4):
        return None
    low = parse_number(n) if n[:1].isdigit() else parse_en_words(n)
    n2 = m.group("n2")
    high = (parse_number(n2) if n2[:1].isdigit() else parse_en_words(n2)) if n2 else None
    if low is None or low == 0 or (n2 and (high is None or high <= low)):
        return None
    return _duration(view, m, low, high, _EN_DUR[m.group("u").lower()], None)


# ---- English dates --------------------------------------------------------------------------------

_MONTHS: dict[str, int] = _EN["months"]
_WEEKDAYS: dict[str, int] = _EN["weekdays"]
_MON = rf"(?P<mon>{alternation([*_MONTHS, *(m + '.' for m in _MONTHS if len(m) <= 4 and m not in ('May', 'June', 'July'))])})"
_WD = alternation(_WEEKDAYS)
_EN_DAY = r"(?P<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
_EN_YEAR = r"(?P<y>(?:19|20)\d\d)"
EN_MONTH_DAY = guarded(
    initials([*_MONTHS, *_WEEKDAYS]),
    rf"(?<![A-Za-z])(?:(?:{_WD}),?\s+)?{_MON}\s+{_EN_DAY}\b(?!,\d|\.\d|%|\d)(?:,?\s+{_EN_YEAR}\b)?",
)
EN_DAY_MONTH = re.compile(rf"(?<![\w.,$-]){_EN_DAY}\s+(?:of\s+)?{_MON}\b(?:,?\s+{_EN_YEAR}\b)?")
EN_MONTH_YEAR = guarded(
    initials(_MONTHS) + "elm", rf"(?<![A-Za-z])(?:(?P<rel>early|late|mid-|mid)\s*)?{_MON},?\s+{_EN_YEAR}\b"
)
_MONTH_RELS = ["last", "next", "this", "early", "late", "mid-", "mid"]
EN_MONTH = guarded(
    initials(_MONTHS) + initials(_MONTH_RELS, both_cases=True),
    rf"(?<![A-Za-z])(?:(?P<rel>{alternation(capitalized(_MONTH_RELS))})\s*)?{_MON}(?![A-Za-z])",
)
_MONTH_CUES = tuple(_EN["month_cues"])
EN_WEEKDAY = guarded(
    initials(_WEEKDAYS) + "lntLNT",
    rf"(?<![A-Za-z])(?:(?P<rel>{alternation(capitalized(['last', 'next', 'this']))})\s+)?(?P<wd>{_WD})(?![A-Za-z])",
)
_EN_ANCHOR_YEARS: dict[str, int] = _EN["anchor_years"]
_EN_CTX_SET: dict[str, int] = _EN["context_years_set"]
_EN_CTX_KEEP: dict[str, int] = _EN["context_years_keep"]
_EN_ANCHOR_MONTHS: dict[str, int] = _EN["anchor_months"]
_EN_ANCHOR_DAYS: dict[str, int] = _EN["anchor_days"]
_EN_WEEKS: dict[str, int] = _EN["weeks"]
_EN_REL_ALL = {
    **_EN_ANCHOR_YEARS,
    **_EN_CTX_SET,
    **_EN_CTX_KEEP,
    **_EN_ANCHOR_MONTHS,
    **_EN_ANCHOR_DAYS,
    **_EN_WEEKS,
}
EN_RELATIVE = guarded(
    initials(_EN_REL_ALL, both_cases=True),
    rf"(?<![A-Za-z])(?:{alternation(capitalized(_EN_REL_ALL))})(?![A-Za-z])",
)
EN_AGO = re.compile(rf"(?<![A-Za-z0-9])(?P<n>\d{{1,2}}|{EN_WORD_NUMBER})\s+years?\s+(?P<dir>ago|later)\b")
EN_BARE_YEAR = re.compile(
    r"(?:(?<=mid-)|(?<=early-)|(?<=late-)|(?<![\w$.,/:#+-]))(?P<y>(?:19[5-9]|20[0-4])\d)(?![\w%]|[.,/:-]\d)"
)
_ORD: dict[str, int] = _EN["ordinals"]
_ORD_RE = alternation(_ORD)
EN_QUARTER_WORDS = guarded(
    "fFsStT",
    rf"(?<![A-Za-z])(?:(?P<fis1>[Ff]iscal)\s+)?(?P<ord>{alternation(capitalized(_ORD))})[- ](?:(?P<fis2>fiscal)[- ])?[Qq]uarter(?![A-Za-z])"
    rf"(?:\s+(?:of\s+)?(?:(?P<fis3>fiscal)\s+(?:year\s+)?)?{_EN_YEAR}\b)?",
)
_CODE_YEAR = r"(?:\s?(?:(?P<fy>FY)\s?'?(?P<y1>\d{4}|\d{2})|'(?P<y2>\d{2})|(?P<y3>(?:19|20)\d\d)))?"
# "Q3 2025" is found by scanning for Q; "3Q25" at number tokens (same pattern, anchored).
_QUARTER_CODE_BODY = (
    rf"(?<![A-Za-z0-9])(?:Q(?P<q>[1-4]){_CODE_YEAR}|(?P<q2>[1-4])Q(?P<y5>\d{{2}})?)(?![A-Za-z0-9])"
)
_HALF_CODE_BODY = (
    rf"(?<![A-Za-z0-9])(?:H(?P<h>[12]){_CODE_YEAR}|(?P<h2>[12])H(?P<y5>\d{{2}})?)(?![A-Za-z0-9])"
)
EN_QUARTER_CODE = guarded("Q", _QUARTER_CODE_BODY)
EN_QUARTER_CODE_NUM = re.compile(_QUARTER_CODE_BODY)
EN_HALF_CODE = guarded("H", _HALF_CODE_BODY)
EN_HALF_CODE_NUM = re.compile(_HALF_CODE_BODY)
EN_FISCAL = guarded(
    "FYf",
    r"(?<![A-Za-z0-9])(?:FY\s?'?(?P<y1>\d{4}|\d{2})|[Ff]iscal\s+(?:year\s+)?(?P<y2>(?:19|20)\d\d))"
    r"(?:\s?(?:Q(?P<q>[1-4])|H(?P<h>[12]))|\s+(?P<ord>first|second|third|fourth)[- ]quarter)?(?![A-Za-z0-9])",
)
EN_HALF_WORDS = guarded(
    "fFsS",
    r"(?<![A-Za-z])(?P<h>[Ff]irst|[Ss]econd)[- ]half(?![A-Za-z])(?:\s+of\s+(?:(?P<fy>fiscal\s+)?(?P<y>(?:19|20)\d\d)\b|"
    r"(?P<rel>this|last|next)\s+year|the\s+(?P<fis>fiscal\s+)?year))?",
)
EN_FULL_YEAR = guarded("fF", r"(?<![A-Za-z])[Ff]ull[- ]year(?![A-Za-z])(?:\s+(?P<y>(?:19|20)\d\d)\b)?")


EN_YEAR_END = guarded(
    "tTeEy",
    r"(?<![A-Za-z])(?:(?:[Tt]he\s+)?(?P<part>end|close|start|beginning)\s+of\s+(?:(?P<rel>this|next|last)\s+year|the\s+year"
    r"|(?P<y>(?:19|20)\d\d)\b)|(?:[Yy]ear[- ]end)(?:\s+(?P<y2>(?:19|20)\d\d)\b)?)",
)
"""The end or start of a year: "by the end of the year", "end of 2025", "year-end", "the start of next year"."""


def _en_year_end(m: re.Match[str]) -> Candidate | None:
    month = 1 if m.group("part") in ("start", "beginning") else 12
    y = _int(m.group("y") or m.group("y2"))
    rel = m.group("rel")

    def resolve(ctx: Context) -> Json:
        if y is not None:
            return _date(ctx, _ym(y, month), False, y, month)
        if rel:
            if ctx.anchor is None:
                return _date(ctx, None, True)
            year = ctx.anchor.year + {"this": 0, "next": 1, "last": -1}[rel]
            return _date(ctx, _ym(year, month), True, year, month)
        return _date(ctx, _ym(ctx.year, month), True, ctx.year, month, sets=False)

    return _cand(m, "date", resolve)


def _year2(s: str | None) -> int | None:
    if not s:
        return None
    v = int(s)
    return 2000 + v if v < 100 else v


def _en_month_day(m: re.Match[str]) -> Candidate | None:
    mo, d = _MONTHS[m.group("mon").rstrip(".")], int(m.group("d"))
    if not _valid_day(mo, d):
        return None
    y = _int(m.group("y"))

    def resolve(ctx: Context) -> Json:
        year = y if y is not None else ctx.year
        return _date(ctx, _ymd(year, mo, d), y is None, year, mo)

    return _cand(m, "date", resolve)


def _en_month_year(m: re.Match[str]) -> Candidate | None:
    mo, y = _MONTHS[m.group("mon").rstrip(".")], int(m.group("y"))
    return _cand(m, "date", lambda ctx: _date(ctx, _ym(y, mo), False, y, mo))


def _en_month(m: re.Match[str]) -> Candidate | None:
    rel = (m.group("rel") or "").lower()
    if not rel and not _word_end(m.string[max(0, m.start() - 12) : m.start()].rstrip().lower(), _MONTH_CUES):
        return None
    mo = _MONTHS[m.group("mon").rstrip(".")]
    start = m.start() if rel in ("last", "next", "this", "early", "late", "mid", "mid-") else m.start("mon")

    def resolve(ctx: Context) -> Json:
        a = ctx.anchor
        if rel in ("last", "next", "this"):
            if a is None:
                return _date(ctx, None, True)
            if rel == "last":  # news style: "last October" is last year's (this year's would be "in October")
                y = a.year - 1
            elif rel == "next":
                y = a.year if mo > a.month else a.year + 1
            else:
                y = a.year
            return _date(ctx, _ym(y, mo), True, y, mo)
        return _date(ctx, _ym(ctx.year, mo), True, ctx.year, mo)

    return _cand(m, "date", resolve, start=start)


def _word_end(before: str, words: tuple[str, ...]) -> bool:
    for w in words:
        if before.endswith(w) and (len(before) == len(w) or not before[-len(w) - 1].isalpha()):
            return True
    return False


def _en_weekday(m: re.Match[str]) -> Candidate | None:
    rel = (m.group("rel") or "").lower()
    wd = _WEEKDAYS[m.group("wd")]
    if rel == "this":
        return _cand(m, "date", _weekday_resolver(0, wd))
    return _cand(m, "date", _weekday_resolver(None, wd, strictly_before=rel == "last", after=rel == "next"))


def _en_relative(m: re.Match[str]) -> Candidate | None:
    w = m.group().lower()
    if w in _EN_ANCHOR_DAYS:
        return _cand(m, "date", _day_resolver(_EN_ANCHOR_DAYS[w]))
    if w in _EN_WEEKS:
        return _cand(m, "date", _weekday_resolver(_EN_WEEKS[w], None))
    if w in _EN_ANCHOR_MONTHS:
        off = _EN_ANCHOR_MONTHS[w]

        def month_resolve(ctx: Context) -> Json:
            if ctx.anchor is None:
                return _date(ctx, None, True)
            y, mo = _shift_month(ctx.anchor.year, ctx.anchor.month, off)
            return _date(ctx, _ym(y, mo), True, y, mo)

        return _cand(m, "date", month_resolve)

    def year_resolve(ctx: Context) -> Json:
        if w in _EN_ANCHOR_YEARS:
            y = ctx.anchor.year + _EN_ANCHOR_YEARS[w] if ctx.anchor else None
            sets = True
        elif w in _EN_CTX_SET:
            y = ctx.year + _EN_CTX_SET[w] if ctx.year is not None else None
            sets = True
        else:
            y = ctx.year + _EN_CTX_KEEP[w] if ctx.year is not None else None
            sets = False
        return _date(ctx, str(y) if y is not None else None, True, y, sets=sets)

    return _cand(m, "date", year_resolve)


def _en_ago(m: re.Match[str]) -> Candidate | None:
    n = m.group("n")
    v = parse_number(n) if n.isdigit() else parse_en_words(n)
    if v is None or v == 0:
        return None
    k = int(v)
    if m.group("dir") == "ago":
        return _cand(m, "date", _ago(k))

    def resolve(ctx: Context) -> Json:
        y = ctx.year + k if ctx.year is not None else None
        return _date(ctx, str(y) if y is not None else None, True, y)

    return _cand(m, "date", resolve)


def _en_bare_year(m: re.Match[str]) -> Candidate | None:
    y = int(m.group("y"))
    # who has been with the company since 2019, will step down at the end of June: a starting point sets no year in force
    since = m.string[max(0, m.start() - 6) : m.start()].lower().endswith("since ")
    return _cand(m, "date", lambda ctx: _date(ctx, str(y), False, y, sets=not since))


def _fixed_period(y: int | None, part: str | None, fiscal: bool) -> Resolver:
    def resolve(ctx: Context) -> Json:
        if y is not None:
            return _period(ctx, y, part, fiscal=fiscal, relative=False, sets=True)
        if fiscal:
            return _period(ctx, None, part, fiscal=True, relative=True, sets=False)
        return _period(ctx, ctx.year, part, fiscal=False, relative=True, sets=False)

    return resolve


EN_MONTH_QUARTER = re.compile(
    rf"(?<![A-Za-z])(?P<mon>March|June|September|December)(?:-ended)?\s+quarter(?![A-Za-z])(?:\s+(?:of\s+)?{_EN_YEAR}\b)?"
)
"""the June quarter / the September quarter of 2025: the calendar quarter ending that month."""
_MONTH_QUARTER = {"March": 1, "June": 2, "September": 3, "December": 4}


EN_MONTH_SPAN = re.compile(
    r"(?<![A-Za-z])(?P<m1>January|April|July|October)(?:\s*[-–—]\s*|\s+(?:to|through)\s+|-to-)(?P<m2>March|June|September|December)"
    rf"(?:\s+(?:quarter|period|three months))?(?![A-Za-z])(?:,?\s+(?:of\s+)?{_EN_YEAR}\b)?"
)
"""the July-September period / October-to-December quarter: a calendar quarter written as its months."""
_FIRST_MONTH = {"January": 1, "April": 2, "July": 3, "October": 4}


def _en_month_span(m: re.Match[str]) -> Candidate | None:
    q = _FIRST_MONTH[m.group("m1")]
    if _MONTH_QUARTER[m.group("m2")] != q:
        return None
    return _cand(m, "period", _fixed_period(_int(m.group("y")), f"Q{q}", False))


def _en_month_quarter(m: re.Match[str]) -> Candidate | None:
    return _cand(m, "period", _fixed_period(_int(m.group("y")), f"Q{_MONTH_QUARTER[m.group('mon')]}", False))


def _en_quarter_words(m: re.Match[str]) -> Candidate | None:
    q = _ORD[m.group("ord").lower()]
    fiscal = bool(m.group("fis1") or m.group("fis2") or m.group("fis3"))
    return _cand(m, "period", _fixed_period(_int(m.group("y")), f"Q{q}", fiscal))


def _en_quarter_code(m: re.Match[str]) -> Candidate | None:
    q = m.group("q") or m.group("q2")
    y = _year2(m.group("y1") or m.group("y2") or m.group("y3") or m.group("y5"))
    return _cand(m, "period", _fixed_period(y, f"Q{q}", bool(m.group("fy"))))


def _en_half_code(m: re.Match[str]) -> Candidate | None:
    h = m.group("h") or m.group("h2")
    y = _year2(m.group("y1") or m.group("y2") or m.group("y3") or m.group("y5"))
    return _cand(m, "period", _fixed_period(y, f"H{h}", bool(m.group("fy"))))


def _en_fiscal(m: re.Match[str]) -> Candidate | None:
    y = _year2(m.group("y1") or m.group("y2"))
    q = m.group("q") or (str(_ORD[m.group("ord")]) if m.group("ord") else None)
    part = f"Q{q}" if q else f"H{m.group('h')}" if m.group("h") else None
    return _cand(m, "period", _fixed_period(y, part, True))


def _en_half_words(m: re.Match[str]) -> Candidate | None:
    part = "H1" if m.group("h").lower() == "first" else "H2"
    fiscal = bool(m.group("fy") or m.group("fis"))
    rel = m.group("rel")
    if rel:
        off = {"this": 0, "last": -1, "next": 1}[rel]

        def resolve(ctx: Context) -> Json:
            y = ctx.anchor.year + off if ctx.anchor else None
            return _period(ctx, y, part, fiscal=False, relative=True, sets=True)

        return _cand(m, "period", resolve)
    return _cand(m, "period", _fixed_period(_int(m.group("y")), part, fiscal))


def _en_full_year(m: re.Match[str]) -> Candidate | None:
    return _cand(m, "period", _fixed_period(_int(m.group("y")), None, False))


# ---- the finder -----------------------------------------------------------------------------------

# Each rule: its pattern, its handler, and literals one of which every match contains (None: no shortcut);
# a rule whose literals are all absent from the text is skipped without a regex pass.
Rule = tuple[re.Pattern[str], Handler, tuple[str, ...] | None]
_MONTH_NEEDLES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_EN_RULES: list[Rule] = [
    (EN_QUARTER_CODE, _en_quarter_code, ("Q",)),
    (EN_MONTH_SPAN, _en_month_span, ("January", "April", "July", "October")),
    (EN_MONTH_QUARTER, _en_month_quarter, ("quarter",)),
    (EN_HALF_CODE, _en_half_code, ("H",)),
    (EN_FISCAL, _en_fiscal, ("FY", "iscal")),
    (EN_MONTH_DAY, _en_month_day, _MONTH_NEEDLES),
    (EN_MONTH_YEAR, _en_month_year, _MONTH_NEEDLES),
    (EN_MONTH, _en_month, _MONTH_NEEDLES),
    (EN_WEEKDAY, _en_weekday, ("day",)),
    (EN_RELATIVE, _en_relative, ("year", "month", "week", "day", "tomorrow")),
    (EN_QUARTER_WORDS, _en_quarter_words, ("uarter",)),
    (EN_HALF_WORDS, _en_half_words, ("half",)),
    (EN_FULL_YEAR, _en_full_year, ("ull",)),
    (EN_REL_QUARTER, _en_rel_quarter, ("uarter",)),
    (EN_YEAR_END, _en_year_end, ("end of", "ear-end", "ear end", "start of", "close of", "beginning of")),
]


def find(view: str) -> list[Candidate]:
    """Date and period candidates in the normalized view (the number-led Chinese ones come from ``NUMBER_RULES``)."""
    out: list[Candidate] = []
    if has_cjk(view):
        run_keyword_rules(view, _ZH_KEYWORDS, _ZH_KEYWORD_TABLE, out)
    out.extend(run_english(view, _find_en))
    return out


def _adapt(handler: Handler) -> OnMatch:
    """A rule action from a handler of the match alone."""
    return _adapt_view(lambda view, m: handler(m))


def _adapt_view(handler: Callable[[str, re.Match[str]], Candidate | None]) -> OnMatch:
    """A rule action from a handler of the text and the match."""

    def on_match(view: str, m: re.Match[str], out: list[Candidate]) -> None:
        c = handler(view, m)
        if c is not None:
            out.append(c)

    return on_match


_YEAR_WORDS = [*ZH_ANCHOR_YEARS, *ZH_CONTEXT_SET, *ZH_CONTEXT_KEEP]
_WEEK_STARTERS = [p + h for p in _WEEK_PREFIX for h in _ZH["weekday_heads"]] + list(_ZH["weekday_heads"])
_PERIOD_STARTERS = [
    *_YEAR_WORDS,
    "第",
    "Q",
    *_ZH["first_quarter"],
    *_ZH["first_three_quarters"],
    *_HALVES,
    *_ZH["full_year"],
    *_ZH["fiscal"],
]
_ZH_KEYWORD_RULES: list[KeywordRule] = [
    (ZH_FULL, _YEAR_WORDS, _adapt(_zh_full)),
    (ZH_YEAR_PART, [*_YEAR_WORDS, "年"], _adapt(_zh_year_part)),
    (ZH_YEAR, _YEAR_WORDS, _adapt(_zh_year_only)),
    (ZH_YTD, list(ZH_ANCHOR_YEARS), _adapt(_zh_ytd)),
    (ZH_REL_MONTH, [*ZH_ANCHOR_MONTHS, *ZH_CONTEXT_MONTHS, "月"], _adapt(_zh_rel_month)),
    (ZH_WEEK, _WEEK_STARTERS, _adapt(_zh_week)),
    (ZH_REL_DAY, list(ZH_ANCHOR_DAYS), _adapt(_zh_rel_day)),
    (ZH_RECENT, ZH_RECENT_WORDS, _adapt(_zh_recent)),
    (ZH_PAREN_DAY, ["今(", "昨(", "明(", "前("], _adapt(_zh_paren_day)),
    (ZH_MONTH_RANGE, [*_YEAR_WORDS, "前"], _adapt(_zh_month_range)),
    (ZH_PERIOD, _PERIOD_STARTERS, _adapt(_zh_period)),
    (ZH_REL_QUARTER, list(ZH_ANCHOR_QUARTERS), _adapt(_zh_rel_quarter)),
]
# Chinese dates that start with a word (去年, 上周四, 第三季度): one pass finds the words, then the rules are tried there.
_ZH_KEYWORDS, _ZH_KEYWORD_TABLE = keyword_table(_ZH_KEYWORD_RULES)

NUMBER_RULES = [
    NumberRule(ZH_FULL_NUM, "年月", _adapt(_zh_full)),
    NumberRule(ZH_MONTH_RANGE_NUM, "年月至到-~—", _adapt(_zh_month_range)),
    NumberRule(ZH_YEAR_PART_NUM, "年", _adapt(_zh_year_part)),
    NumberRule(ZH_YEAR_NUM, "年", _adapt(_zh_year_only)),
    NumberRule(ZH_PERIOD_NUM, "年Q季财会", _adapt(_zh_period)),
    NumberRule(ZH_FISCAL, "年财会", _adapt(_zh_fiscal)),
    NumberRule(ZH_DAY, "日", _adapt(_zh_day)),
    NumberRule(ZH_AGO, "年", _adapt(_zh_ago)),
    NumberRule(ZH_DURATION, NUMBER_FOLLOW + "年个月周天星小交工季", _adapt_view(_zh_duration)),
    NumberRule(ZH_NUMERIC, "/.-", _adapt(_numeric), chinese=False),
    NumberRule(MONTH_DAY_SLASH, "/", _adapt(_month_day_slash), chinese=False),
]
"""Chinese date and duration patterns that start with a number (see ``base.run_number_rules``)."""


def _apply(view: str, rules: list[Rule], out: list[Candidate]) -> None:
    for rx, handler, needles in rules:
        if needles is not None and not mentions(view, needles):
            continue
        for m in rx.finditer(view):
            if m.end() == m.start():
                continue
            c = handler(m)
            if c is not None:
                out.append(c)


def _find_en(view: str) -> list[Candidate]:
    """English dates and periods (also run on the English stretches of Chinese text)."""
    out: list[Candidate] = []
    _apply(view, _EN_RULES, out)
    return out


EN_NUMBER_RULES = [
    NumberRule(EN_DURATION, "", _adapt_view(_en_duration), chinese=False),
    NumberRule(EN_AGO, "", _adapt(_en_ago), chinese=False),
    NumberRule(EN_DAY_MONTH, "", _adapt(_en_month_day), chinese=False),
    NumberRule(EN_BARE_YEAR, "", _adapt(_en_bare_year), chinese=False),
    NumberRule(EN_QUARTER_CODE_NUM, "", _adapt(_en_quarter_code), chinese=False),
    NumberRule(EN_HALF_CODE_NUM, "", _adapt(_en_half_code), chinese=False),
]
"""English date and period patterns that start with a number (tried at English number tokens)."""
