"""Noun phrases for roles no known or cued name fills: people who resign or sign, clubs joined, buyers.

李楠主动辞职 / 格鲁吉亚总理巴赫塔泽宣布辞职 / 球队签下特拉德翁-霍林斯 / 机长辞职: the noun phrase that is the
subject of a departure or joining verb, or the object of a signing verb (签下, 引进), names the person when it
ends in a personal name as the segmenter tags it; when it ends in a job title instead, the title is the
event's role (the person is not named). 美国西方石油公司将收购X: the subject of a buying verb is the buyer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsledger.core import Mention
from newsledger.extract import roles as R
from newsledger.extract.context import Context, linked_as
from newsledger.resolve.link import name_cues
from newsledger.text.tokens import tokens

Token = tuple[int, int, str, str]

_NAME_TAGS = ("nr", "nrt", "nrfg")
_JOINERS = ("·", "-", "•", "・", "‧")
_MAX_PHRASE = 16
_MAX_ORG = 12
VERSIONS = ("正式版", "测试版", "公测版", "国行版", "预览版", "体验版", "特别版", "限量版", "纪念版", "尊享版", "标准版")  # iOS 13正式版(v)
_TITLE_LINKS = ("兼", "及", "、")
_NAMEISH = ("nr", "nrt", "nrfg", "nz", "nt", "ns", "eng", "x", "j")  # tags the segmenter gives to names
_ROUND = re.compile(r"(?:pre-?)?[a-z]?\d?\+?轮|[a-z]\d?\+?|天使轮|种子轮|新一轮|首轮|战略融资")  # 获B轮融资
_CJK = re.compile(r"[\u4e00-\u9fff]+")


@dataclass
class Reading:
    """What a noun phrase around a hire or departure verb says: the person's name, their title, their organisation."""

    name: Mention | None = None
    title: R.TextFill | None = None
    org: Mention | None = None


_COMPANION = re.compile(r"(?:与|和|同|跟|随)[^,。;]{1,15}?(?:一同|一起|一道|一并)(?:的)?$")


def fill_person_phrase(ctx: Context, cand: R.Candidate) -> None:
    """Give a hire or departure whose person role is empty the person (or the title) its verb governs."""
    if cand.type.name not in ("hire", "departure") or ctx.is_english():
        return
    t = cand.trigger
    cs, ce = cand.sent.clauses[cand.clause]
    if _COMPANION.search(ctx.low, cs, t.start):
        return  # 与周景然一同离开的还有三名研究员: the one named goes along; those counted are the subject
    if cand.type.name == "hire":
        _fill_team(ctx, cand, cs, ce)
    people = [f for f in cand.args.get("person", []) if isinstance(f, Mention)]
    if people and "person" not in cand.cued and all(not cs <= p.start < ce for p in people):
        # 巴萨公关主管阿莫尔确认,库蒂尼奥即将加盟拜仁: a name in another clause yields to the verb's own subject
        run = subject_phrase(ctx, cs, t.start, None, after_prep=True)
        own = _read(ctx, run) or _nickname(ctx, run, t.word)
        if own is not None and own.name is not None:
            cand.args["person"] = [own.name]
            cand.args.pop("role", None)
    found: Reading | None = None
    if t.word in ctx.cues.lex["signing"]:
        found = _read(ctx, object_phrase(ctx, t.end, ce))
        de = ctx.norm.find("的", t.end, min(ce, t.end + 12))
        if (found is None or found.name is None) and de > 0:
            found = _read(ctx, object_phrase(ctx, de + 1, ce)) or found  # 签下了年仅19岁的国脚张三
    if found is None and not cand.args.get("person"):
        found = _relative_head(ctx, t.end, ce)
    if found is None:
        run = subject_phrase(ctx, cs, t.start, cand.args.get("person"), after_prep=True)
        found = _read(ctx, run) or _nickname(ctx, run, t.word)
    if found is None and not cand.args.get("person"):
        found = _nickname(ctx, _player_run(ctx, cs, t.start), t.word)  # 安部(n)裕葵(x)加盟巴萨 / 小里佛斯低价加盟火箭
    if found is None and not cand.args.get("person"):
        found = _contract_partner(ctx, cand, cs, ce)  # 球队已与后卫BJ-泰勒签下了一份合同
    if found is None:
        return
    if cand.type.name == "hire" and found.title is not None and R.new_role(ctx, cand) is not None:
        found.title = None  # 总经理林忠正接任集团技术长: the post taken is the one after the verb, not the one held
    if cand.args.get("person"):
        found.name = None
        if found.org is not None and found.title is not None and "role" not in cand.args:
            cand.args["role"] = [found.title]  # the title without the company the phrase named
    elif found.name is not None:
        cand.args["person"] = [found.name]
        if found.org is not None and found.title is not None and "role" not in cand.args:
            cand.args["role"] = [found.title]
    elif found.title is not None and "role" not in cand.args and "count" not in cand.args:
        cand.args["role"] = [found.title]
    if found.org is not None and cand.type.name == "departure" and (not cand.args.get("org") or "org" in cand.fallback):
        cand.args["org"] = [found.org]
        cand.fallback.discard("org")
    if cand.type.name == "departure":
        _fill_left_org(ctx, cand, cs, found)


def _fill_left_org(ctx: Context, cand: R.Candidate, cs: int, found: Reading) -> None:
    """The company a person leaves, when the phrase naming them does not say it: a company whose name the
    segmenter split before the title (交大昂立总会计师王颖), the name opening a headline (洛阳钼业:副总经理王春辞职),
    or the company whose announcement reports it (洛阳钼业发布公告,公司副总经理王春辞职)."""
    orgs = [f for f in cand.args.get("org", []) if isinstance(f, Mention)]
    if orgs and "org" not in cand.fallback and not all(m.source == "coref" and ctx.low[m.start : m.end] == "公司" for m in orgs):
        return
    title = found.title
    org: Mention | None = None
    if title is not None and found.org is None:
        org = _org_before_title(ctx, cs, title.start)
    if org is None:
        colon = _headline_colon(ctx, cs)
        org = subject_org(ctx, colon[0], colon[1]) if colon is not None else None
    if org is None and title is not None and ctx.low[title.start : title.end].startswith(("公司", "本公司")):
        org = _announcer(ctx, cand.sent.start, cs)
    if org is not None:
        cand.args["org"] = [org]
        cand.fallback.discard("org")


def _org_before_title(ctx: Context, cs: int, start: int) -> Mention | None:
    """交大(j)昂立(v)总会计师: a short name opening the clause right before a title, whatever tags the segmenter gave it."""
    start = _modified_title_start(ctx, cs, start)  # 秘鲁副总统: 副 is the title's
    chunk = tokens(ctx.norm, cs, start)
    while chunk and (chunk[0][2].strip() == "" or (chunk[0][3] in ("t", "x") and not _CJK.fullmatch(chunk[0][2]))):
        chunk.pop(0)
    if not chunk or not 2 <= start - chunk[0][0] <= 8 or len(chunk) > 3:
        return None
    if not any(_is_noun(tok) or tok[3] == "ns" for tok in chunk) or not all(_CJK.fullmatch(tok[2]) or tok[3] == "eng" for tok in chunk):
        return None
    if any(tok[2] in ctx.cues.lex["before_verb"] or (skippable(ctx, tok) and tok[3] != "d") for tok in chunk):
        return None
    s = chunk[0][0]
    if ctx.low[s:start] in ctx.cues.lex["not_names"] or any(ctx.mentions_in(s, start)):
        return None
    if ctx.low[s:start].startswith(tuple(ctx.cues.strip_prefix)):
        return None  # 原混元大模型技术负责人: "former", then the post's own words, not a company
    return Mention(s, start, ctx.doc.text[s:start], "org", None, ctx.doc.text[s:start], "phrase")


def _announcer(ctx: Context, start: int, cs: int) -> Mention | None:
    """洛阳钼业发布公告,公司副总经理…: the company that announces, named before a disclosure word earlier in the sentence."""
    head = ctx.low[start:cs]
    pos = max((head.rfind(w) for w in ctx.cues.lex["disclosure"]), default=-1)
    for w in ctx.cues.lex["disclosure"]:
        at = head.rfind(w)
        if 0 <= at < pos < at + len(w):
            pos = at  # 发布公告: the whole disclosure word, not its 公告
    if pos <= 0:
        return None
    at = start + pos
    known = [m for m in ctx.mentions_in(start, at) if m.type == "org" and m.source != "coref"]
    if known:
        return known[-1]
    clause_start = max(start, ctx.norm.rfind(",", start, at) + 1)
    return subject_org(ctx, clause_start, at)


_NAME_LEADS = "自从向对由被让与和据把给在令使请因"


def _nickname(ctx: Context, run: list[Token], verb: str) -> Reading | None:
    """水晶哥加盟OMG / 威少加盟火箭: before a verb only people do (加盟, 转会), a short bare noun is a player's name."""
    if verb not in ctx.cues.lex["person_only_verbs"] or not run:
        return None
    s, e = run[0][0], run[-1][1]
    low = ctx.low[s:e]
    if not 2 <= e - s <= 4 or not _CJK.fullmatch(low) or low in ctx.cues.lex["not_names"] or low in ctx.cues.lex["not_teams"]:
        return None
    if any(low.endswith(w) for w in ctx.cues.titles) or any(m.start < e and s < m.end for m in ctx.mentions_in(max(0, s - 8), e + 8)):
        return None
    if any(tok[3] in ("ns", "nt", "t", "s") for tok in run) or ctx.low[s - 1 : s] in ("的", "以", "在", "将", "最", "很", "更", "较", "太"):
        return None  # 德国 / 本赛季 / 以租借的形式 / 最重磅的转会: a place, a time or a modifier, not a player
    if e - s == 3 and low[0] in _NAME_LEADS and ctx.low.count(low[1:]) > ctx.low.count(low):
        s += 1  # 自柳甄加盟: a preposition the segmenter glued to a name the page also writes alone
    return Reading(name=Mention(s, e, ctx.doc.text[s:e], "person", None, ctx.doc.text[s:e], "phrase"))


_CONTRACT = re.compile(r"(?:了)?(?:一份|一纸|为期|\d|[一二两三四五六七八九十]+年|合同|协议|合约|新合同|[,。;!]|$)")


def _contract_partner(ctx: Context, cand: R.Candidate, cs: int, ce: int) -> Reading | None:
    """球队已与后卫BJ-泰勒签下了一份合同 / 波尔图宣布与国脚中岛翔哉签约5年: the person a club signs a contract with
    is the one written after 与/和; the club is the subject."""
    t = cand.trigger
    if t.word not in ("签约", "签下", "签了") or not _CONTRACT.match(ctx.low, t.end, ce):
        return None
    toks = tokens(ctx.norm, max(cs, t.start - 24), t.start)
    while toks and (skippable(ctx, toks[-1]) or toks[-1][2] in ("完成", "达成", "正式")):
        toks.pop()
    at = max((i for i, tok in enumerate(toks) if tok[2] in ("与", "和", "同", "跟")), default=None)
    if at is None or at + 1 >= len(toks):
        return None
    found = _read(ctx, _noun_run(toks[at + 1 :]))
    if found is None or found.name is None:
        return None
    club = _loose_subject(ctx, cs, toks[at][0]) or _announcing_club(ctx, cand.sent.start, toks[at][0])
    if club and (not cand.args.get("org") or "org" in cand.fallback):
        s, e = club[0][0], club[-1][1]
        known = [m for m in ctx.mentions_in(s, e) if m.type == "org"]
        cand.args["org"] = [known[0] if known else Mention(s, e, ctx.doc.text[s:e], "org", None, ctx.doc.text[s:e], "phrase")]
        cand.fallback.discard("org")
    return found


def _player_run(ctx: Context, cs: int, pos: int) -> list[Token]:
    """The short run of words opening the clause before a verb only people do (加盟, 转会), past how they do it
    (低价, 以白菜价, 正式): a player's name whatever tags the segmenter gave its parts."""
    toks = tokens(ctx.norm, cs, pos)
    while toks and (toks[0][2].strip() == "" or toks[0][3] == "t" or (toks[0][3] == "x" and not _CJK.fullmatch(toks[0][2]))):
        toks.pop(0)
    cut = next((i for i, tok in enumerate(toks) if tok[3] == "p"), None)
    if cut is not None:
        toks = toks[:cut]
    while toks and skippable(ctx, toks[-1]):
        toks.pop()
    if not toks or not all(_CJK.fullmatch(tok[2]) and tok[3] not in ("v", "vd", "r", "p", "c", "u", "uj", "ul", "m", "q") for tok in toks):
        return []
    return toks


def _relative_head(ctx: Context, pos: int, ce: int) -> Reading | None:
    """刚刚加盟广州恒大的埃尔克森 / 离开勇士的杜兰特: the person a relative clause describes stands after its 的."""
    de = ctx.norm.find("的", pos, min(ce, pos + 14))
    if de < 0:
        return None
    between = tokens(ctx.norm, pos, de)
    if not between or not all(_in_name(tok) or tok[3] in ("ul", "m", "q") for tok in between):
        return None
    found = _read(ctx, object_phrase(ctx, de + 1, ce))
    return found if found is not None and found.name is not None else None


_SUBJECT_ROLES = {"acquisition": "acquirer", "investment": "target", "layoff": "org", "ipo": "org"}


def fill_subject_org(ctx: Context, cand: R.Candidate) -> None:
    """美国西方石油公司将收购X / 远舢智能完成数千万元A轮融资: the buyer (or the company raising money) written as the
    subject, when no known name fills its role."""
    name = _SUBJECT_ROLES.get(cand.type.name)
    role = cand.type.roles.get(name or "")
    if role is None or role.side != "before" or not role.default or ctx.is_english():
        return
    if cand.args.get(role.name) and role.name not in cand.fallback:
        return
    cs, _ = cand.sent.clauses[cand.clause]
    org = subject_org(ctx, cs, cand.trigger.start)
    if org is None and cand.type.name in ("acquisition", "investment", "ipo"):
        org = _opening_name(ctx, cs, cand.trigger.start)
    if org is None or any(org.start < f.end and f.start < org.end for fs in cand.args.values() for f in fs):
        return
    # a known name inside the phrase, or a found name the phrase is part of (Coffee Exchange, read as Exchange)
    known = [m for m in ctx.mentions_in(max(0, org.start - _MAX_PHRASE), org.end) if m.type == "org" and (
        (m.source == "kb" and org.start <= m.start) or (m.start <= org.start and org.end <= m.end))]
    cand.args[role.name] = [known[-1] if known else _linked(ctx, org)]
    cand.fallback.discard(role.name)


_SIGNED_WITH = re.compile(r"(?:与|和|同|跟)([\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9]{1,7}?)(?:正式|已经|已|共同|再度|首次)?(?:签署|签订|达成|缔结|建立)[^,。;]{0,8}$")
_NOT_PARTNERS = ("双方", "对方", "多家", "多个", "各方", "合作伙伴", "伙伴", "客户", "厂商", "政府", "当地", "该公司", "公司")


def fill_partner_phrase(ctx: Context, cand: R.Candidate) -> None:
    """商汤与港铁签署合作备忘录: the name between 与 and a signing verb before a partnership word is the partner,
    when the knowledge base does not know it."""
    if cand.type.name != "partnership" or cand.args.get("partner") or ctx.is_english():
        return
    cs, _ = cand.sent.clauses[cand.clause]
    m = _SIGNED_WITH.search(ctx.low, max(cs, cand.trigger.start - 24), cand.trigger.start)
    if m is None or m.group(1).startswith(_NOT_PARTNERS) or "的" in m.group(1) or ctx.mentions_in(m.start(1), m.end(1)):
        return
    s, e = m.span(1)
    cand.args["partner"] = [_linked(ctx, Mention(s, e, ctx.doc.text[s:e], "org", None, ctx.doc.text[s:e], "phrase"))]


def _linked(ctx: Context, phrase: Mention) -> Mention:
    """A phrase written exactly like a name linked elsewhere on the page (甲骨文 … 甲骨文公司) is that entity."""
    same = linked_as(ctx, phrase.type, ctx.low[phrase.start : phrase.end])
    if same is None:
        return phrase
    return Mention(phrase.start, phrase.end, phrase.text, phrase.type, same.entity_id, same.name, "phrase")


def _in_name(tok: Token) -> bool:
    """A token that may stand inside a company name: nouns, and 北控(j)清洁(a) / 美国西方(s) / 远舢(x) modifiers."""
    return tok[3] in ("s", "a", "b", "j") or _is_noun(tok) or (tok[3] == "x" and bool(_CJK.fullmatch(tok[2])))


def _fill_team(ctx: Context, cand: R.Candidate, cs: int, ce: int) -> None:
    """加盟水晶宫 / 山东官宣签下塞尔登: the club or company joined, when no known name is cued for it."""
    if "org" in cand.cued:
        return
    t = cand.trigger
    run: list[Token] = []
    if t.word in ctx.cues.lex["joining"]:
        run = object_phrase(ctx, t.end, ce) or _loose_object(ctx, t.end, ce)
        bare = not ctx.low[t.end : ce].strip(" 了。,!;:")
        if (bare or (run and ctx.low[run[0][0] : run[-1][1]] in ctx.cues.lex["not_teams"])) and not cand.args.get("org"):
            run = _announcing_club(ctx, cand.sent.start, t.start) or ([] if bare else run)  # 建业官宣胡睿宝加盟 / X官方宣布,Y加盟球队
        if not run and bare and cs > cand.sent.start:
            run = _opening_subject(ctx, cand.sent.start, cs)  # 蓝港联官方宣布,前锋库蒂尼加盟: the club that announces
    elif t.word in ("签约", "签下") and _partner_run(ctx, cs, t.start) and (not cand.args.get("org") or "org" in cand.fallback):
        run = _partner_run(ctx, cs, t.start)  # 王子豪与星河队完成签约: the club signed with
    elif t.word in ctx.cues.lex["trade_verbs"] and _trading_team(ctx, cand.sent.start, t.start):
        run = _trading_team(ctx, cand.sent.start, t.start)  # 火箭送出保罗,得到威斯布鲁克: the team that sends players away
    elif t.word in ctx.cues.lex["signing"] and (not cand.args.get("org") or "org" in cand.fallback):
        run = subject_phrase(ctx, cs, t.start)
        signed = _read(ctx, object_phrase(ctx, t.end, ce))
        signed_after = any(isinstance(f, Mention) and f.start >= t.end for f in cand.args.get("person", [])) or bool(signed and signed.name)
        if run and run[-1][3] in _NAME_TAGS and not signed_after:
            # 张三签约X: a person signs X (廖凡签约博众星和), or with the club that announces it (南京同曦宣布新秀孙思尧正式签约);
            # but 卡尔斯鲁厄(nr)签下塔里克: the one signed is after, the club before
            after = object_phrase(ctx, t.end, ce)
            run = after if t.word == "签约" and after and not any(tok[3] in _NAME_TAGS for tok in after) else _announcing_club(ctx, cand.sent.start, run[0][0])
            if not run:
                return
        if not run or ctx.low[run[0][0] : run[-1][1]] in ctx.cues.lex["not_teams"]:
            # 罗马官方宣布,球队正式签下X / 灰熊(z)签约X: the club that announces, or the one opening the sentence
            run = _announcing_club(ctx, cand.sent.start, t.start) or _loose_subject(ctx, cs, t.start) or _opening_subject(ctx, cand.sent.start, cs)
    while run and run[-1][3] in ("m", "q", "t"):
        run = run[:-1]
    if not run or run[-1][1] - run[0][0] < 2 or _overlaps(ctx, run, "person"):
        return
    s, e = run[0][0], run[-1][1]
    if ctx.low[s:e] in ctx.cues.lex["not_names"] or ctx.low[s:e] in ctx.cues.lex["not_teams"]:
        return
    known = [m for m in ctx.mentions_in(s, e) if m.type == "org"]
    cand.args["org"] = [known[0] if known else Mention(s, e, ctx.doc.text[s:e], "org", None, ctx.doc.text[s:e], "phrase")]
    cand.fallback.discard("org")


def _partner_run(ctx: Context, cs: int, pos: int) -> list[Token]:
    """The noun run between 与/和/同 and a signing verb (与星河队正式签约), past words like 完成 and 正式."""
    toks = tokens(ctx.norm, max(cs, pos - 16), pos)
    while toks and (skippable(ctx, toks[-1]) or toks[-1][2] in ("完成", "达成", "正式")):
        toks.pop()
    run: list[Token] = []
    while toks and (_in_name(toks[-1]) or toks[-1][3] == "vn"):
        run.insert(0, toks.pop())  # 特纳(nr)体育(vn)
    if not toks or toks[-1][2] not in ("与", "和", "同", "跟") or not run or any(tok[3] in ("nr",) for tok in run[-1:]):
        return []
    return run


_ANNOUNCING = re.compile(r"官方(?:今日|今天|日前|近日|昨日|昨天|正式)?(?:宣布|官宣|消息|证实|确认)|官宣|正式宣布|宣布")
_NOT_IN_CLUB = ("p", "r", "d", "ad", "t", "m", "q", "mq", "v", "vd", "c", "u", "uj", "ul", "uz", "uv", "ug", "f", "y", "e", "o", "x")


def _announcing_club(ctx: Context, start: int, limit: int) -> list[Token]:
    """活塞官方今日宣布 / 建业官宣胡睿宝加盟: the name right before the last announcing word ahead of ``limit``."""
    found = [m for m in _ANNOUNCING.finditer(ctx.low, start, limit)]
    if not found:
        return []
    at = found[-1].start()
    cut = max(ctx.norm.rfind(c, start, at) for c in ",。;:!?")
    return _loose_subject(ctx, max(start, cut + 1), at, opening=True)


def _loose_object(ctx: Context, pos: int, ce: int) -> list[Token]:
    """加盟热刺(v): the short run of words right after a joining verb that ends its clause is the club, whatever tags
    the segmenter gave them."""
    toks = tokens(ctx.norm, pos, ce)
    while toks and (toks[-1][2].strip() == "" or _PUNCT.fullmatch(toks[-1][2])):
        toks.pop()
    if not toks or not 2 <= toks[-1][1] - toks[0][0] <= 8 or len(toks) > 3:
        return []
    if any(tok[3] in _NOT_IN_CLUB and not tok[3].startswith("v") for tok in toks) or not all(_CJK.fullmatch(tok[2]) or tok[3] == "eng" for tok in toks):
        return []
    if any(tok[2] in ctx.cues.lex["before_verb"] or tok[2] in ("后", "之后", "以来", "时") for tok in toks):
        return []
    return toks


_PUNCT = re.compile(r"[\W_]+")


def _trading_team(ctx: Context, start: int, limit: int) -> list[Token]:
    """火箭送出保罗: the subject of the last verb sending players away before ``limit``."""
    at = max(ctx.low.rfind(w, start, limit) for w in ("送出", "送走", "送去"))
    if at < 0:
        return []
    cut = max(ctx.norm.rfind(c, start, at) for c in ",。;:!?")
    cs = max(start, cut + 1)
    return subject_phrase(ctx, cs, at) or _loose_subject(ctx, cs, at, opening=True)


def _loose_subject(ctx: Context, cs: int, pos: int, opening: bool = False) -> list[Token]:
    """The short name-like run right before ``pos`` that opens its clause (灰熊(z)签约X, 活塞(vn)官方宣布), whatever
    tags the segmenter gave its words; with ``opening``, a preposition (据) may stand before it."""
    toks = tokens(ctx.norm, cs, pos)
    while toks and skippable(ctx, toks[-1]):
        toks.pop()
    run: list[Token] = []
    while toks and toks[-1][3] not in _NOT_IN_CLUB and toks[-1][2].strip() and toks[-1][2] not in ctx.cues.lex["before_verb"]:
        run.insert(0, toks.pop())
    while toks and toks[0][2].strip() == "":
        toks.pop(0)
    if toks and not (opening and len(toks) == 1 and toks[0][3] == "p"):
        return []  # the run does not open its clause
    if not run or not 2 <= run[-1][1] - run[0][0] <= 10 or not all(_CJK.fullmatch(t[2]) or t[3] == "eng" for t in run):
        return []
    low = ctx.low[run[0][0] : run[-1][1]]
    if low in ctx.cues.lex["not_teams"] or low in ctx.cues.lex["not_names"] or any(t[3] in _NAME_TAGS and len(run) == 1 for t in run):
        return []
    if _overlaps(ctx, run, "person"):
        return []
    return run


def _opening_subject(ctx: Context, start: int, limit: int) -> list[Token]:
    """The noun run opening a sentence (after its dateline words), when it comes before ``limit``."""
    tag = re.match(r"\s*[【\[][^】\]]{1,16}[】\]]", ctx.norm[start:limit])
    start += tag.end() if tag else 0  # 【新华社】: the source tag
    toks = tokens(ctx.norm, start, min(limit, start + 40))
    while toks and (skippable(ctx, toks[0]) or toks[0][2] in ",:" or toks[0][2] in ctx.cues.lex["disclosure"]):
        toks.pop(0)  # 2026年3月16日消息,: the dateline's words
    run: list[Token] = []
    for tok in toks:
        if not _in_name(tok) or tok[2] in ctx.cues.lex["before_verb"] or tok[1] - (run[0][0] if run else tok[0]) > _MAX_ORG:
            break
        run.append(tok)
    return run


def _overlaps(ctx: Context, run: list[Token], kind: str) -> bool:
    return any(m.type == kind and m.start < run[-1][1] and run[0][0] < m.end for m in ctx.mentions_in(max(0, run[0][0] - 8), run[-1][1] + 8))


def _is_noun(tok: Token) -> bool:
    word, flag = tok[2], tok[3]
    return word.strip() != "" and (flag.startswith(("n", "j", "eng")) or word in _JOINERS or word in VERSIONS)


def skippable(ctx: Context, tok: Token) -> bool:
    """Words between a subject and its verb: adverbs, times, 宣布/官宣/申请 and the like."""
    if tok[2] in ctx.cues.lex["before_verb"] or tok[3] in ("d", "ad", "t", "ul", "uz", "uv", "c") or tok[2].strip() == "":
        return True
    if tok[2] in ctx.cues.lex["joining_manner"]:
        return True  # 霍华德底薪加盟湖人: how a player joins
    if tok[2].startswith(tuple(ctx.cues.lex["vague_times"])):
        return True  # 今天下午(nr): a time the segmenter took for a name
    if tok[3] == "m" or _ROUND.fullmatch(tok[2].lower()):
        return True
    if tok[3] in ("i", "l") and len(tok[2]) >= 4:
        return True  # 终于得偿所愿地加盟了: an idiom saying how
    return any(v.start <= tok[0] and tok[1] <= v.end for v in ctx.values_in(max(0, tok[0] - 12), tok[1] + 12))


def subject_phrase(ctx: Context, cs: int, pos: int, known: list[R.Filler] | None = None, after_prep: bool = False) -> list[Token]:
    """The noun run ending before the verb at ``pos``, past adverbs and a prepositional phrase (因个人原因, 从X).

    With ``known`` people, the run must end at one of them (南国置业董事长薛志勇辞职). With ``after_prep``, a noun
    run after the preposition is the subject when none stands before it (自从浓眉哥加盟湖人之后)."""
    if known:
        people = [f for f in known if isinstance(f, Mention) and cs <= f.end <= pos]
        if not people:
            return []
        last = max(people, key=lambda f: f.end)  # the name as found stays one token (于少波, not 于 + 少波)
        return _noun_run([*tokens(ctx.norm, max(cs, last.start - 24), last.start), (last.start, last.end, ctx.norm[last.start : last.end], "nr")])
    toks = tokens(ctx.norm, max(cs, pos - 40), pos)
    while toks and skippable(ctx, toks[-1]):
        toks.pop()
    cut = next((i for i in range(len(toks) - 1, -1, -1) if toks[i][3] == "p"), None)
    if cut is not None and pos - toks[cut][0] <= 20:
        before = toks[:cut]
        while before and skippable(ctx, before[-1]):
            before.pop()
        run = _noun_run(_surname_split(before))
        if before or not after_prep or cut + 1 >= len(toks):
            return run
        # 自从浓眉哥加盟湖人之后: the preposition opens the clause, so the noun after it is the subject
    return _noun_run(_surname_split(toks))


def _noun_run(toks: list[Token]) -> list[Token]:
    """The run of nouns ending ``toks``; empty when a numeral counts them (多名工程师)."""
    run: list[Token] = []
    for i in range(len(toks) - 1, -1, -1):
        tok = toks[i]
        if tok[2] in _TITLE_LINKS and run and i > 0 and _is_noun(toks[i - 1]):
            run.insert(0, tok)  # 董事兼总经理: two titles of one person
            continue
        prev = next((t for t in reversed(toks[:i]) if t[2] != " "), None)
        if run and tok[2].isascii() and tok[2].strip().replace(".", "").isdigit() and prev is not None and prev[3] == "eng":
            run.insert(0, tok)  # iOS 19正式版: a model number, not a count
            continue
        if tok[2] == " " and run and i > 0 and toks[i - 1][3] == "eng" and run[0][2][:1].isdigit():
            run.insert(0, tok)
            continue
        if not _is_noun(tok) or (run and run[0][1] - tok[0] > _MAX_PHRASE):
            one = tok[2] in ("一名", "一位") or (tok[2] in ("名", "位") and i > 0 and toks[i - 1][2] == "一")
            if tok[3] in ("m", "q", "mq") and not any(t[3] in _NAME_TAGS for t in run) and not one:
                return []  # 多名工程师离职: a counted group, not one person (一名副总裁离职 is one, by title)
            break
        run.insert(0, tok)
    return run


def _surname_split(toks: list[Token]) -> list[Token]:
    """邹(nr) 明远(a): a lone surname the segmenter split from its given name makes one name with it."""
    if len(toks) >= 2 and toks[-2][3] == "nr" and len(toks[-2][2]) == 1 and 1 <= len(toks[-1][2]) <= 2 and toks[-1][3] not in ("nr", "n"):
        (s, _e, w1, _f), (_s, e, w2, _g) = toks[-2], toks[-1]
        return [*toks[:-2], (s, e, w1 + w2, "nr")]
    return toks


def object_phrase(ctx: Context, pos: int, ce: int) -> list[Token]:
    """The noun run right after a signing verb (签下了年轻前锋张三 → 年轻前锋张三)."""
    toks = tokens(ctx.norm, pos, min(ce, pos + 24))
    while toks and (toks[0][3] in ("ul", "uz") or toks[0][2].strip() == ""):
        toks.pop(0)
    run: list[Token] = []
    for i, tok in enumerate(toks):
        lead = not run and tok[3] in ("a", "b") and len(tok[2]) <= 2 and i + 1 < len(toks) and _is_noun(toks[i + 1])
        if (not _is_noun(tok) and not lead) or tok[1] - (run[0][0] if run else tok[0]) > _MAX_PHRASE:
            last = i + 1 == len(toks) or not _CJK.match(toks[i + 1][2])
            if run and run[-1][3] in _NAME_TAGS and _transcribed(run[-1][2]) and len(tok[2]) == 1 and _transcribed(tok[2]) and last:
                run[-1] = (run[-1][0], tok[1], run[-1][2] + tok[2], run[-1][3])  # a transcribed name's last syllable the segmenter read as a verb
            break  # 签约自由(a)球员张三: a short adjective opens the phrase
        run.append(tok)
    return run


_ADVERB_TAILS = "则也将已曾还都就又再"
_TWO_CHAR_SURNAMES = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "司徒", "夏侯", "宇文", "长孙", "端木")


def _adverb_tail(low: str) -> int:
    """张正宏则于任期届满后卸任: a four-character name without a two-character surname that ends in an adverb is a
    three-character name the segmenter glued the adverb to (1 to trim, else 0)."""
    return int(len(low) == 4 and _CJK.fullmatch(low) is not None and low[3] in _ADVERB_TAILS and not low.startswith(_TWO_CHAR_SURNAMES))


def _read(ctx: Context, run: list[Token]) -> Reading | None:
    """A noun run as the person name at its end, the job title before it and the organisation before that."""
    while run and run[0][2] in _JOINERS:
        run = run[1:]
    while run and run[-1][2] in _JOINERS:
        run = run[:-1]
    orgs = [m for m in ctx.mentions_in(max(0, run[0][0] - 8), run[-1][1] + 8) if m.type == "org"] if run else []
    if not run or any(m.start < run[-1][1] and run[-1][0] < m.end for m in orgs):
        return None
    name = _trailing_name(run) or _name_after_title(ctx, run)
    head = run[: len(run) - len(name)]
    if name and name[-1][1] - name[0][0] < 2:
        return None
    out = Reading()
    if name:
        s, e = name[0][0], name[-1][1]
        if not head and s >= 1 and ctx.norm[s - 1] in "小老" and (s == 1 or not _CJK.fullmatch(ctx.norm[s - 2])):
            s -= 1  # 小乔丹 / 老詹: the prefix of a nickname the segmenter split off
        e -= _adverb_tail(ctx.low[s:e])
        out.name = Mention(s, e, ctx.doc.text[s:e], "person", None, ctx.doc.text[s:e], "phrase")
    if not head:
        return out if name else None
    s, e = max([head[0][0]] + [m.end for m in orgs if m.end <= head[-1][0]]), head[-1][1]  # OpenAI研究员 → 研究员
    low = ctx.low[s:e]
    word = max((w for w in ctx.cues.titles if low.endswith(w)), key=len, default=None)
    if word is None:
        return out if name else None
    if not name and e - s > 12:
        return None
    ti = next(i for i, tok in enumerate(head) if tok[1] > e - len(word))
    while ti >= 2 and head[ti - 1][2] in _TITLE_LINKS and any(ctx.low[head[ti - 2][0] : head[ti - 2][1]].endswith(w) for w in ctx.cues.titles):
        ti -= 2  # 董事兼总经理: both titles
    ts = _modified_title_start(ctx, head[0][0], head[ti][0])
    out.title = R.TextFill(s, e, ctx.doc.text[s:e])
    former = ctx.low[head[0][0] : ts].startswith(tuple(ctx.cues.strip_prefix))  # 原混元大模型技术负责人: a former post, whole
    if ts - head[0][0] >= 2 and not orgs and not former and ctx.low[head[0][0] : ts] not in ctx.cues.lex["not_names"]:
        out.org = Mention(head[0][0], ts, ctx.doc.text[head[0][0] : ts], "org", None, ctx.doc.text[head[0][0] : ts], "phrase")
        out.title = R.TextFill(ts, e, ctx.doc.text[ts:e])  # 东材科技董事长: the title without the company
    return out


def _modified_title_start(ctx: Context, start: int, ts: int) -> int:
    """秘鲁副(?)总统 / 美国代理国防部长: a modifier written before a title (副, 代理, 执行) belongs to the title, however
    the segmenter split it, never to the organisation before it."""
    mods = sorted(ctx.cues.lex["title_modifiers"], key=len, reverse=True)
    moved = True
    while moved:
        moved = False
        for m in mods:
            if ts - len(m) > start and ctx.low.startswith(m, ts - len(m)):
                ts -= len(m)
                moved = True
                break
    return ts


_NOT_AFTER_TITLE = ("职务", "职位", "一职", "身份", "人选", "候选人", "团队", "一员", "成员")


def _name_after_title(ctx: Context, run: list[Token]) -> list[Token]:
    """门将(n)内托(n): a short word right after a job title, ending the run, is the name the segmenter did not tag."""
    if len(run) < 2:
        return []
    last = run[-1]
    word = ctx.low[last[0] : last[1]]
    surnamed = len(word) == 3 or (len(word) == 2 and word[0] in name_cues().surnames)  # 董事长钮蓟京(ns): a name read as a place
    if not 2 <= len(word) <= 4 or not _CJK.fullmatch(word) or (last[3] in ("ns", "nt", "t", "s", "v", "vn", "f") and not (surnamed and last[3] == "ns")):
        return []
    if word in _NOT_AFTER_TITLE or word in ctx.cues.lex["not_names"] or any(word.endswith(w) for w in ctx.cues.titles):
        return []
    if word[0] in "之其该本此各每" or word[-1] in "起后前时止内间":
        return []  # 新任董事之日起: a time, not a name
    before = ctx.low[run[0][0] : last[0]]
    return [last] if any(before.endswith(w) for w in ctx.cues.titles) else []


def _trailing_name(run: list[Token]) -> list[Token]:
    """The tokens at the end of a noun run that make up a personal name (德里赫特, 加里-卡希尔, 巴赫塔泽)."""
    i = len(run)
    while i > 0 and (run[i - 1][3] in _NAME_TAGS or (run[i - 1][2] in _JOINERS and i > 1)):
        i -= 1
        if run[i][2] in _JOINERS and i > 0 and run[i - 1][3] not in _NAME_TAGS:
            i -= 1  # 加里(ns)-卡希尔: the part before a joiner belongs to the name whatever its tag
            break
    return run[_transcribed_start(run, i) :]


def _transcribed_start(run: list[Token], i: int) -> int:
    """Where a transcribed foreign name ending ``run`` at ``i`` really starts: the segmenter breaks such names
    into a place or a word and a name (德里(ns) 莫特(nr), 莱恩 - 马(n) 奎斯), so the tokens of
    transcription characters before it (not a place written in them: 巴西库蒂尼奥) are part of the name."""
    if i >= len(run) or not all(_transcribed(tok[2]) or tok[2] in _JOINERS for tok in run[i:]):
        return i
    cues = name_cues()
    part = next((tok[0] for tok in run[i:] if tok[2] in _JOINERS), run[-1][1]) - run[i][0]
    while i > 0:
        word = run[i - 1][2]
        if word in _JOINERS and i > 1 and _transcribed(run[i - 2][2]) and run[i - 2][2] not in cues.translit_places:
            part = 0
            i -= 1
            continue
        if not _transcribed(word) or word in cues.translit_places or len(word) > 3 or part + len(word) > 5:
            break
        part += len(word)
        i -= 1
    return i


def _transcribed(word: str) -> bool:
    """Whether a word is written wholly in the characters Chinese uses to transcribe foreign names."""
    return bool(word) and all(c in name_cues().transliteration for c in word)


def subject_org(ctx: Context, cs: int, pos: int) -> Mention | None:
    """The organisation written as the subject of the verb (AOC正式发布了…), when it is a short name; in a
    headline, the name before its colon (百川能源:拟2亿元收购两燃气公司)."""
    run = subject_phrase(ctx, cs, pos)
    if not run and all(skippable(ctx, tok) or tok[3] == "p" for tok in tokens(ctx.norm, cs, pos)):
        colon = _headline_colon(ctx, cs)
        if colon is not None:
            return subject_org(ctx, colon[0], colon[1])
    return _org_of_run(ctx, cs, run)


_OPENING_TAGS = ("n", "v", "j", "eng", "i", "l")  # the segmenter reads an unknown company's parts as nouns or verbs (锦江 体投(v))


def _opening_name(ctx: Context, cs: int, pos: int) -> Mention | None:
    """锦江体投收购… / 星盛教育1.2亿收购…: the two or three words opening the clause before a buying or funding verb
    (past an amount, a time and words like 宣布) are the company's name even when the segmenter reads a part of it as
    a verb, provided one of them is tagged as a name."""
    toks = tokens(ctx.norm, cs, pos)
    while toks and (skippable(ctx, toks[-1]) or toks[-1][3] in ("m", "q")):
        toks.pop()
    colon = _headline_colon(ctx, cs) if not toks else None
    if colon is not None:  # 星河建设:12亿元竞得…: a headline's name before its colon
        return _opening_name(ctx, *colon)
    while toks and (toks[0][2].strip() == "" or _PUNCT_OPEN.fullmatch(toks[0][2])):
        toks.pop(0)
    if not 2 <= len(toks) <= 3 or not any(tok[3] in _NAMEISH for tok in toks):
        return None
    if any(not tok[3].startswith(_OPENING_TAGS) or tok[3] in ("vd", "nr") or tok[2] in ctx.cues.lex["before_verb"] for tok in toks):
        return None
    if any(tok[3].startswith("v") and len(tok[2]) < 2 for tok in toks):
        return None  # 星禾赴(v)港上市: a one-character verb is a verb
    start, end = toks[0][0], toks[-1][1]
    if not 3 <= end - start <= 8 or ctx.low[start:end] in ctx.cues.lex["not_names"]:
        return None
    if any(m.start < end and start < m.end for m in ctx.mentions_in(max(0, start - 20), end + 20)):
        return None
    start = _risk_marked(ctx, start)
    return Mention(start, end, ctx.doc.text[start:end], "org", None, ctx.doc.text[start:end], "phrase")


_PUNCT_OPEN = re.compile(r"[\W_]+")


def _headline_colon(ctx: Context, cs: int) -> tuple[int, int] | None:
    """(start, colon) of the short name and colon that open the text right before ``cs`` (百川能源:…)."""
    colon = cs - 1
    while colon >= 0 and ctx.norm[colon] == " ":
        colon -= 1
    if colon < 1 or ctx.norm[colon] != ":":
        return None
    start = colon
    while start > 0 and colon - start < _MAX_ORG and ctx.norm[start - 1] not in "\n。!?;,:、 ":
        start -= 1
    if start > 0 and ctx.norm[start - 1] not in "\n。!?;,":
        return None
    return start, colon


def _org_of_run(ctx: Context, cs: int, run: list[Token]) -> Mention | None:
    """The run before a verb read as an organisation's name (modifiers and a descriptor handled), if it is one."""
    while run and run[0][3] in ("m", "q"):
        run = run[1:]
    if run:  # 北控(j)清洁(a)能源集团 / 美国西方(s)石油公司: modifiers inside a company name
        before = tokens(ctx.norm, max(cs, run[0][0] - _MAX_ORG), run[0][0])
        while before and _in_name(before[-1]) and run[-1][1] - before[-1][0] <= _MAX_ORG:
            run.insert(0, before.pop())
    cut = max((i for i in range(1, len(run)) if ctx.low[run[0][0] : run[i][0]].rstrip().endswith(ctx.cues.lex["descriptors"])), default=0)
    if cut and run[-1][1] - run[cut][0] >= 2:
        run = run[cut:]  # 音频品牌Soundhaus / 工业软件公司远舢智能: the name after its descriptor
    if not run:
        return None
    start, end = run[0][0], run[-1][1]
    glued = tokens(ctx.norm, end, min(len(ctx.norm), end + 2))
    if glued and glued[0][1] - glued[0][0] == 2 and _GLUED_ADVERB.fullmatch(ctx.low[end : end + 2]):
        end += 1  # 英诺赛|科已向港交所…: the segmenter glued the name's last character to the adverb after it
    if not 2 <= end - start <= _MAX_ORG or ctx.low[start:end] in ctx.cues.lex["not_names"]:
        return None
    if any(m.type == "person" and m.start < end and start < m.end for m in ctx.mentions_in(max(0, start - 20), end + 20)):
        return None
    if any(w in ctx.low[start:end] for w in ctx.cues.lex["product_near"]):
        return None
    if not any(tok[3] in _NAMEISH for tok in run) and not ctx.low[start:end].endswith(name_cues().org_suffix_zh):
        return None  # 具身智能融资: a common noun, not a company's name
    start = _risk_marked(ctx, start)
    return Mention(start, end, ctx.doc.text[start:end], "org", None, ctx.doc.text[start:end], "phrase")


_GLUED_ADVERB = re.compile(r"[\u4e00-\u9fff][已将也曾于正还亦均]")


def _risk_marked(ctx: Context, start: int) -> int:
    """*ST步森: the star of a risk-warning mark (ST) opening the name belongs to it."""
    return start - 1 if start > 0 and ctx.norm[start - 1] == "*" and ctx.low.startswith("st", start) else start
