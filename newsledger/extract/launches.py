"""Launches of products the lexicons do not know: the noun phrase a launch verb takes, and who launches it.

任天堂发布便携掌机Switch Lite / 小米将在印度推出更贵智能机 / Satechi推出72W USB-C PD车充: when no quoted,
model-like or product-word phrase follows the verb, the noun phrase right after it is the product (unless it
names a document: 发布公告, 发布声明); and when the sentence names no known launcher, the noun phrase that
is the verb's subject is the organisation.
"""

from __future__ import annotations

import re

from newsledger.core import Mention
from newsledger.extract import phrases
from newsledger.extract import roles as R
from newsledger.extract.context import Context
from newsledger.text.tokens import tokens

Token = tuple[int, int, str, str]

_MAX_PRODUCT = 24
_LINKS = "-+·/&—"
_CJK = re.compile(r"[\u4e00-\u9fff]+")
_PUNCT_TOKEN = re.compile(r"[,.;:!?。,、;:!?()()\s]+")


def fill_launch_phrases(ctx: Context, cand: R.Candidate) -> None:
    """A launch's product as the noun phrase after its verb, and its organisation as the verb's subject."""
    if cand.type.name != "launch" or ctx.is_english():
        return
    t = cand.trigger
    cs, ce = cand.sent.clauses[cand.clause]
    if any(_is_org_name(ctx, f) for f in cand.args.get("product", [])):
        del cand.args["product"]  # GoPro将发布新一代运动相机: the company is not its product
    if t.word in ctx.cues.lex["appearing_verbs"] and any(f.start >= t.end for f in cand.args.get("product", [])):
        del cand.args["product"]  # 星河电子首次亮相ChinaJoy: what follows 亮相 is where, never what
    named_before = bool(cand.args.get("product")) and all(f.end <= t.start for f in cand.args["product"])
    onto = t.word in ("上线", "上架") and any(w in ctx.low[t.end : min(ce, t.end + 10)] for w in ctx.cues.lex["launch_venues"])
    if onto and any(f.start >= t.end for f in cand.args.get("product", [])):
        del cand.args["product"]  # 3款史诗皮肤上架碎片商店 / 《Sky光·遇》上线App Store: what follows is where it goes on sale
    if t.word in ctx.cues.lex["launch_subject_verbs"] or named_before or onto:
        # 长虹空调新技术亮相IFA / 新游戏上线App Store: the subject is the product, what follows is where
        before = _product_before(ctx, cs, ce, t.start, t.end, objectless=False)
        known = cand.args.get("product", [])
        if before is not None and (not known or all(before.start <= f.start and f.end <= before.end for f in known)):
            cand.args["product"] = [before]  # 星辰汽车旗下纯电轿车星辰S9上市: the whole name, not just its model
    if "product" not in cand.args and onto:
        before = _loose_product_before(ctx, cs, ce, t.start, t.start)
        if before is None:
            return
        cand.args["product"] = [before]
    if "product" not in cand.args:
        after = None if t.word in ctx.cues.lex["appearing_verbs"] else _product_after(ctx, t.end, ce)
        product = after or _product_before(ctx, cs, ce, t.start, t.end)
        if product is None and t.word not in ctx.cues.lex["appearing_verbs"]:
            product = _loose_product_after(ctx, t.end, ce)  # 发布米动(v)健康(a)手表: whatever tags its words got
        if product is None:
            product = _loose_product_before(ctx, cs, ce, t.start, t.end)  # 丰田全新卡罗(nrt)拉(v)上市
        if product is None:
            return
        cand.args["product"] = [product]
    cand.args["product"] = [_quoted_whole(ctx, t.end, _with_descriptor(ctx, t.end, _with_brand(ctx, f))) for f in cand.args["product"]]
    product_fill = cand.args["product"][0]
    first = _product_after(ctx, t.end, ce)
    if first is not None and ctx.low.startswith(_BASED, first.start) and product_fill.start == first.start and product_fill.end < first.end:
        cand.args["product"][0] = product_fill = first  # 推出基于开源模型的客服系统: the description and what it describes
    listed = _listed_after(ctx, first.end, cand.sent.end) if first is not None else []  # 、 ends a clause
    if first is not None and listed and product_fill.start >= t.end:
        cand.args["product"] = [_with_descriptor(ctx, t.end, _with_brand(ctx, first)), *listed]
    if cand.args.get("org") and "org" not in cand.fallback:
        return
    if product_fill.start < t.end:
        brand = _brand_of(ctx, product_fill)
        if brand is not None:  # 路特斯旗下顶级超跑Evija正式发布 / 华为Mate Xs将于3月上市: the brand launches its model
            cand.args["org"] = [brand]
            cand.fallback.discard("org")
        return
    org = phrases.subject_org(ctx, cs, t.start) or _opening_launcher(ctx, cs, t.start)
    if org is not None:
        cand.args["org"] = [org]
        cand.fallback.discard("org")


_LAUNCHER_TAGS = ("n", "j", "eng", "vn", "nr", "ns", "nt", "nz", "g", "x")
_LAUNCHER_WORDS = ("重磅", "官方", "首次", "同时", "再次")  # words the segmenter tags as nouns that say how the launch is made


def _opening_launcher(ctx: Context, cs: int, pos: int) -> Mention | None:
    """慧凡(nr)教育(vn)发布X / 蛋壳公寓在北京推出X / 58同城首次发布X: the short run of words opening the clause before a
    launch verb that takes its product after it is who launches, whatever tags the segmenter gave them."""
    toks = tokens(ctx.norm, cs, pos)
    while toks and (toks[0][2].strip() == "" or _PUNCT_TOKEN.fullmatch(toks[0][2])):
        toks.pop(0)
    cut = next((i for i, tok in enumerate(toks) if tok[3] == "p" and tok[2] not in _NOT_PREP), None)
    if cut is not None:
        toks = toks[:cut]  # 在北京推出: where it launches
    while toks and (_before_launch_verb(ctx, toks[-1]) or toks[-1][2] in _LAUNCHER_WORDS or toks[-1][2].strip() == ""):
        toks.pop()
    if not toks or toks[0][0] - cs > 1 or not all(tok[3].startswith(_LAUNCHER_TAGS) or (tok[3] == "m" and i == 0) for i, tok in enumerate(toks)):
        return None
    if any(tok[3] == "x" and not (_CJK.fullmatch(tok[2]) or tok[2] in _LINKS) for tok in toks):
        return None
    start, end = toks[0][0], toks[-1][1]
    low = ctx.low[start:end]
    if not 2 <= end - start <= 10 or low in ctx.cues.lex["not_names"] or low in ctx.cues.lex["not_launchers"]:
        return None
    if any(w in low for w in ctx.cues.lex["product_near"]) or any(w in low for w in ctx.cues.not_products):
        return None
    if any(m.start < end and start < m.end for m in ctx.mentions_in(max(0, start - 20), end + 20)):
        return None
    return Mention(start, end, ctx.doc.text[start:end], "org", None, ctx.doc.text[start:end], "phrase")


_LIST_JOINERS = ("、", "和", "以及", "及", "与", "还有")


def _listed_after(ctx: Context, pos: int, ce: int) -> list[R.Filler]:
    """发布了A、B和C: the products listed after the first one, each its own product."""
    out: list[R.Filler] = []
    while len(out) < 6:
        rest = ctx.low[pos:ce]
        joiner = next((j for j in _LIST_JOINERS if rest.startswith(j)), None)
        if joiner is None:
            break
        start = pos + len(joiner)
        quoted = re.match(r"[「《\"“『]([^」》\"”』]{1,30})[」》\"”』]", ctx.norm[start:ce])
        if quoted is not None:
            item: R.TextFill | None = R.TextFill(start + quoted.start(1), start + quoted.end(1), ctx.doc.text[start + quoted.start(1) : start + quoted.end(1)])
            end = start + quoted.end()
        else:
            item = _product_after(ctx, start, ce)
            end = item.end if item is not None else start
        if item is None or item.start != start + (quoted.start(1) if quoted is not None else 0):
            break
        out.append(_with_brand(ctx, item))
        pos = end
    return out


def _brand_of(ctx: Context, fill: R.Filler) -> Mention | None:
    """The company opening a product's name (华为Mate Xs), or written before 旗下 in it (路特斯旗下超跑Evija)."""
    if not isinstance(fill, R.TextFill):
        return None
    known = next((m for m in ctx.mentions_in(fill.start, fill.end) if m.type == "org" and m.start == fill.start and m.end < fill.end), None)
    if known is not None:
        return known
    under = ctx.norm.find("旗下", fill.start, fill.end)
    if under - fill.start >= 2:
        return Mention(fill.start, under, ctx.doc.text[fill.start : under], "org", None, ctx.doc.text[fill.start : under], "phrase")
    return None


def _is_org_name(ctx: Context, fill: R.Filler) -> bool:
    """Whether a product filler is exactly the name of a company."""
    return any(m.type == "org" and m.start == fill.start and m.end == fill.end for m in ctx.mentions_in(fill.start, fill.end))


def _with_brand(ctx: Context, fill: R.Filler) -> R.Filler:
    """华为Mate30 / 比亚迪e3: the brand written right before a model name is part of the product's name."""
    if not isinstance(fill, R.TextFill):
        return fill
    brand = next((m for m in ctx.mentions_in(max(0, fill.start - 12), fill.start) if m.type == "org" and m.end == fill.start and m.source != "coref"), None)
    if brand is None or not ctx.norm[fill.start : fill.start + 1].isascii():
        return fill
    return R.TextFill(brand.start, fill.end, ctx.doc.text[brand.start : fill.end])


_OPEN_QUOTES = "“\"《「『"
_CLOSE_QUOTES = "”\"》」』"


def _quoted_whole(ctx: Context, verb_end: int, fill: R.Filler) -> R.Filler:
    """发布全新动漫品牌“咔哒熊” / 推出“云犀”智能客服系统: a quoted name with the words naming its kind, before or
    after the quotes, is launched as written, quotes and all."""
    if not isinstance(fill, R.TextFill) or fill.start < 1 or fill.end >= len(ctx.norm):
        return fill
    if ctx.norm[fill.start - 1] not in _OPEN_QUOTES or ctx.norm[fill.end] not in _CLOSE_QUOTES:
        return fill
    quoted = R.TextFill(fill.start - 1, fill.end + 1, ctx.doc.text[fill.start - 1 : fill.end + 1])
    described = _with_descriptor(ctx, verb_end, quoted)
    start = described.start
    for tok in tokens(ctx.norm, described.start, quoted.start):
        if tok[3] not in ("m", "q", "mq"):
            break
        start = tok[1]  # 推出了一批“童趣武器”: how many is not what kind
    end = quoted.end
    for tok in tokens(ctx.norm, end, min(len(ctx.norm), end + 10)):
        if not (tok[3].startswith(("n", "eng", "vn")) and tok[3] != "nr") or tok[1] - quoted.end > 8:
            break
        end = tok[1]  # “云盾”安全技术体系: the kind written after the name
    if start == quoted.start and end == quoted.end:
        return fill
    if any(w in ctx.low[quoted.end : end] for w in ctx.cues.not_products):
        end = quoted.end
    return R.TextFill(start, end, ctx.doc.text[start:end])


def _with_descriptor(ctx: Context, verb_end: int, fill: R.Filler) -> R.Filler:
    """发布便携式音箱Bose Home Speaker / 推出折叠手机Surface Duo: the words naming the kind of product, between the
    verb and the name, are part of what is launched."""
    if not isinstance(fill, R.TextFill) or fill.start <= verb_end or fill.start - verb_end > 12:
        return fill
    s = verb_end
    for lead in ctx.cues.lex["product_skip"]:
        if ctx.low.startswith(lead, s) and s + len(lead) <= fill.start:
            s += len(lead)
            break
    between = tokens(ctx.norm, s, fill.start)
    leads = ctx.cues.lex["product_lead"]
    if not between or not all(_is_part(tok, i == 0) or tok[2].lower() in leads or tok[2] == "的" for i, tok in enumerate(between)):
        return fill
    if any(tok[2] == " " for tok in between) or any(m.type in ("org", "person") and s <= m.start < fill.start for m in ctx.mentions_in(s, fill.start)):
        return fill
    return R.TextFill(s, fill.end, ctx.doc.text[s : fill.end])


def postponed(ctx: Context, cand: R.Candidate) -> bool:
    """小鹏IRON量产延后 / 发布推迟: a launch put off has not happened."""
    after = ctx.low[cand.trigger.end : cand.trigger.end + 6].lstrip("将再又被一 ")
    return cand.type.name == "launch" and after.startswith(ctx.cues.lex["put_off"])


def unnamed_product(ctx: Context, cand: R.Candidate) -> bool:
    """首批车型预计明年量产 / 首款产品预计2028年推出: a class of products with no name launches nothing that can be told apart."""
    if cand.type.name != "launch" or not cand.args.get("product"):
        return False
    lex = ctx.cues.lex
    for f in cand.args["product"]:
        words = ctx.low[f.start : f.end].strip()
        for w in lex["unnamed_product_after"]:
            words = words.removesuffix(w)
        prefix = next((w for w in lex["unnamed_product_before"] if words.startswith(w)), None)
        if prefix is None or words[len(prefix) :] not in lex["product_classes"]:
            return False
    return True


def _is_part(tok: Token, first: bool) -> bool:
    word, flag = tok[2], tok[3]
    if word.strip() == "":
        return word == " "
    if word in _LINKS:
        return not first
    return flag.startswith(("n", "eng", "m", "q", "j", "vn")) or (flag in ("a", "b", "z") and len(word) <= 3)


_BASED = ("基于", "面向", "专为", "针对")


def _product_after(ctx: Context, pos: int, ce: int) -> R.TextFill | None:
    """The noun phrase right after a launch verb (了, 新一代 and the like skipped), if it reads as a product; a product
    described by what it is built on or made for (推出基于开源模型的客服系统) is launched with its description."""
    s = R.skip_leads(ctx, pos, ctx.cues.lex["product_skip"])
    if ctx.low.startswith(_BASED, s):
        de = ctx.low.find("的", s, min(ce, s + 16))
        named = _product_after(ctx, de + 1, ce) if de > 0 else None
        if named is not None and named.start == de + 1:
            return R.TextFill(s, named.end, ctx.doc.text[s : named.end])
    toks = tokens(ctx.norm, s, min(ce, s + _MAX_PRODUCT))
    run: list[Token] = []
    leads = ctx.cues.lex["product_lead"]
    for i, tok in enumerate(toks):
        is_lead = tok[2].lower() in leads or (tok[2] == "的" and bool(run) and run[-1][2].lower() in leads)
        # 折叠(v)手机: a short verb modifying the noun right after it
        modifier = tok[3] == "v" and len(tok[2]) <= 2 and i + 1 < len(toks) and toks[i + 1][3].startswith("n") and toks[i + 1][3] != "nr"
        # 运动相机(d)。: a noun the segmenter misread as an adverb, ending the phrase
        head = tok[3] == "d" and len(tok[2]) >= 2 and bool(run) and (i + 1 == len(toks) or _PUNCT_TOKEN.fullmatch(toks[i + 1][2]) is not None)
        if not is_lead and not modifier and not head and not _is_part(tok, not run):
            break  # 全新(d)的iPhone 11系列: a lead word and its 的 stay in the product
        if tok[2] == " " and not (run and run[-1][3] in ("eng", "m") and i + 1 < len(toks) and toks[i + 1][3] in ("eng", "m")):
            break  # a space goes on only between Latin words and numbers (USB-C PD)
        run.append((tok[0], tok[1], tok[2], "n") if head else tok)
    while run and (run[-1][2] in _LINKS or run[-1][2] == " " or run[-1][3] in ("a", "b", "z") or run[-1][2].lower() in leads or run[-1][2] == "的"):
        run.pop()
    model = len(run) >= 2 and any(tok[3] == "m" and tok[2][:1].isdigit() for tok in run[1:])  # 荣耀(nr)20系列
    if not run or not (model or any(tok[3].startswith(("n", "eng", "j")) and tok[3] != "nr" for tok in run)):
        return None
    counted = run[0][2][-1:] in "款个种台部项辆套件类"  # 推出多款耳机: how many products, not a measure
    if len(run) == 2 and run[0][3] == "m" and run[1][3] != "eng" and len(run[1][2]) <= 2 and not counted:
        return None  # 量产3纳米: a number and its unit, not a product
    start, end = run[0][0], run[-1][1]
    low = ctx.low[start:end]
    if end - start < 2 or any(w in low for w in ctx.cues.not_products) or low in ctx.cues.lex["not_names"]:
        return None
    if any(m.type in ("org", "person") and m.start <= start and end <= m.end for m in ctx.mentions_in(max(0, start - 20), end + 20)):
        return None
    return R.TextFill(start, end, ctx.doc.text[start:end])


_LOOSE_STOPS = ("p", "c", "r", "ul", "uz", "uv", "ug", "y", "e", "o", "f")


def _loose_product_after(ctx: Context, pos: int, ce: int) -> R.TextFill | None:
    """The words right after a launch verb up to the clause's end or a function word, ending in a noun: a product
    named by words the segmenter tagged as verbs or adjectives (米动(v)健康(a)手表, 六款仿(d)乾隆年间宫廷紫砂壶)."""
    s = R.skip_leads(ctx, pos, ctx.cues.lex["product_skip"])
    toks = tokens(ctx.norm, s, min(ce, s + _MAX_PRODUCT))
    run: list[Token] = []
    for i, tok in enumerate(toks):
        if _PUNCT_TOKEN.fullmatch(tok[2]) or tok[3] in _LOOSE_STOPS or tok[2] == "的":
            break
        if tok[3].startswith("v") and i + 1 < len(toks) and toks[i + 1][3] in ("ul", "uz", "uv"):
            break  # 推出X,标志着…: a verb of its own
        run.append(tok)
    while run and not _is_product_word(run[-1]):
        run.pop()
    while run and run[0][3] in ("m", "q") and run[0][2][-1:] not in "款个种台部项辆套件类":
        run.pop(0)
    if len(run) < 2 or run[-1][1] - run[0][0] < 3 or not any(tok[3].startswith(("v", "a", "d", "z", "b")) for tok in run):
        return None  # the strict reading already failed on a plain noun run for a reason
    start, end = run[0][0], run[-1][1]
    low = ctx.low[start:end]
    if len(run[0][2]) < 2 or any(w in low for w in ctx.cues.not_products) or low in ctx.cues.lex["not_names"]:
        return None  # 上市价(n)介于…: a one-character word opening the run is no product's name
    if any(v.start < end and start < v.end for v in ctx.values_in(max(0, start - 20), end + 20)):
        return None  # 截至2026年6月30日: a date or an amount, not a product
    if any(m.type in ("org", "person") and m.start < end and start < m.end for m in ctx.mentions_in(max(0, start - 20), end + 20)):
        return None
    return R.TextFill(start, end, ctx.doc.text[start:end])


def _loose_product_before(ctx: Context, cs: int, ce: int, start: int, end: int) -> R.TextFill | None:
    """丰田全新卡罗(nrt)拉(v)上市 / 比亚迪秦Pro ev超能(v)版上市: the words opening the clause before a launch verb that
    takes no object, when they hold a name or a model (a Latin word, a number, a transcribed name) whatever the
    other words' tags."""
    rest = ctx.low[end:ce].lstrip("了 ")
    if rest and not rest.startswith(ctx.cues.lex["after_intransitive_launch"]):
        return None
    toks = tokens(ctx.norm, cs, start)
    while toks and (toks[0][2].strip() == "" or _PUNCT_TOKEN.fullmatch(toks[0][2])):
        toks.pop(0)
    while toks and (_before_launch_verb(ctx, toks[-1]) or toks[-1][2].strip() == "" or (toks[-1][3] == "p" and toks[-1][2] in ("于", "在"))):
        toks.pop()  # 已于昨日晚间正式上线: a time and its preposition
    if not toks or toks[0][0] - cs > 1 or toks[-1][1] - toks[0][0] > _MAX_PRODUCT or toks[-1][1] - toks[0][0] < 3:
        return None
    if any((_PUNCT_TOKEN.fullmatch(tok[2]) and tok[2] != " ") or tok[3] in _LOOSE_STOPS or tok[2] == "的" for tok in toks):
        return None
    if any(tok[3] == "x" and not (_CJK.fullmatch(tok[2]) or tok[2] in _LINKS or tok[2] == " " or tok[2] in _OPEN_QUOTES + _CLOSE_QUOTES) for tok in toks):
        return None  # 【新股IPO】: a tag, not a name
    if any(w in ctx.low[toks[0][0] : toks[-1][1]] for w in ("公司", "集团", "集團")):
        return None  # 子公司拟分拆上市: a company listing its shares, not a product
    if not any(tok[3] in ("eng", "nrt", "nz") or (tok[3] == "m" and any(c.isdigit() for c in tok[2])) for tok in toks):
        return None
    s, e = toks[0][0], toks[-1][1]
    low = ctx.low[s:e]
    if any(w in low for w in ctx.cues.not_products) or low in ctx.cues.lex["not_names"]:
        return None
    if any(v.start < e and s < v.end for v in ctx.values_in(max(0, s - 20), e + 20)):
        return None
    if any((m.start <= s and e <= m.end) or (m.type == "person" and s <= m.start < e) for m in ctx.mentions_in(max(0, s - 20), e + 20)):
        return None  # 小米发布了 / 歌手郑世云将发布: the launcher, not the product
    return R.TextFill(s, e, ctx.doc.text[s:e])


def _product_before(ctx: Context, cs: int, ce: int, start: int, end: int, objectless: bool = True) -> R.TextFill | None:
    """华为智慧屏在上海正式发布。/ 小米MIX Alpha发布后: the subject of a launch verb that takes no object is the product."""
    rest = ctx.low[end:ce].lstrip("了 ")
    if objectless and rest and not rest.startswith(ctx.cues.lex["after_intransitive_launch"]):
        return None
    run = _subject_run(ctx, cs, start)
    while run and run[0][3] in ("m", "q") and len(run) > 1 and run[1][3] in ("m", "q"):
        run = run[1:]
    if not run:
        return None
    s, e = run[0][0], run[-1][1]
    low = ctx.low[s:e]
    if e - s < 2 or any(w in low for w in ctx.cues.not_products) or low in ctx.cues.lex["not_names"]:
        return None
    if any(m.start <= s and e <= m.end for m in ctx.mentions_in(max(0, s - 20), e + 20)):
        return None  # 小米发布了: the launcher, not the product
    near = ctx.mentions_in(max(0, s - 20), e + 20)
    if any(m.type == "person" and m.end == e and not any(o.type == "org" and o.end == m.start for o in near) for m in near):
        return None  # 歌手郑世云将发布: the singer, not the song (华为Mate Xs: a model after its brand)
    if any(m.type == "org" and m.end == e and ctx.low[s : m.start].rstrip().endswith(ctx.cues.lex["descriptors"]) for m in ctx.mentions_in(s, e)):
        return None  # 国产厂商小米将于明日发布: a company's name after its descriptor is the launcher
    if not any(_is_product_word(tok) for tok in run):
        return None
    return R.TextFill(s, e, ctx.doc.text[s:e])


def product_subject(ctx: Context, cs: int, pos: int) -> R.TextFill | None:
    """The product named as the subject of a launch verb at ``pos`` (华为Mate Xs将于2020年3月上市), if any."""
    return _product_before(ctx, cs, pos, pos, pos, objectless=False) or _loose_product_before(ctx, cs, pos, pos, pos)


def _is_product_word(tok: Token) -> bool:
    """A token that can carry a product's name: a noun, a Latin word or a model number."""
    return tok[3].startswith(("n", "eng", "j")) or (tok[3] == "m" and any(c.isdigit() for c in tok[2]))


def _subject_run(ctx: Context, cs: int, pos: int) -> list[Token]:
    """The product-like run ending before the launch verb at ``pos``, past adverbs, times and a prepositional phrase
    (领克03+将于今晚正式上市 → 领克03+): names keep their model numbers, plus signs and series words."""
    toks = tokens(ctx.norm, max(cs, pos - 40), pos)
    cut = next((i for i in range(len(toks) - 1, -1, -1) if toks[i][3] == "p" and toks[i][2] not in _NOT_PREP), None)
    if cut is not None and pos - toks[cut][0] <= 20:
        toks = toks[:cut]
    while toks and (_before_launch_verb(ctx, toks[-1]) or toks[-1][2].strip() == ""):
        toks.pop()
    run: list[Token] = []
    for i in range(len(toks) - 1, -1, -1):
        tok = toks[i]
        if run and run[-1][1] - tok[0] > _MAX_PRODUCT:
            break
        if tok[2] == " ":
            if run and i > 0 and toks[i - 1][3] in ("eng", "m") and run[0][3] in ("eng", "m"):
                run.insert(0, tok)
                continue
            break
        if tok[2] in _LINKS:
            if run and i > 0 and _in_product(toks[i - 1]):
                run.insert(0, tok)
                continue
            if not run and i > 0 and tok[2] == "+" and toks[i - 1][3] in ("eng", "m"):
                run.insert(0, tok)  # 领克03+
                continue
            break
        if not _in_product(tok) and not (run and tok[2] in _NEW_LEADS):
            break  # 全新(d)一代星辰GT9: a word saying it is new opens the name
        run.insert(0, tok)
    while run and (run[0][2] in _LINKS or run[0][2] == " "):
        run = run[1:]
    while len(run) > 1 and run[-1][3] == "ns":
        run = run[:-1]  # 全新马3台湾上市: the place where it goes on sale
    return run


_NOT_PREP = ("把", "将", "被")
_WHERE_WORDS = ("全球", "国内", "海外", "全国", "国外", "全网", "全平台", "同步", "独家")
_NEW_LEADS = ("全新", "新款", "全新一代", "新一代", "首款", "最新")


def _before_launch_verb(ctx: Context, tok: Token) -> bool:
    """Words between a product and its launch verb: adverbs, times, dates, 正式/即将/宣布."""
    if tok[2] in ctx.cues.lex["before_verb"] or tok[3] in ("d", "ad", "t", "ul", "uz", "c", "f"):
        return True
    if tok[2] in _WHERE_WORDS:
        return True  # 魔兽世界手游已经全球上线: where it launches
    return any(v.kind == "date" and v.start <= tok[0] and tok[1] <= v.end for v in ctx.values_in(max(0, tok[0] - 12), tok[1] + 12))


def _in_product(tok: Token) -> bool:
    """A token inside a product's name: nouns, names, Latin words, numbers and short modifiers (新思域)."""
    word, flag = tok[2], tok[3]
    if flag.startswith(("n", "eng", "j", "m", "q", "vn", "g")) or (flag == "x" and _CJK.fullmatch(word) is not None) or word in phrases.VERSIONS:
        return True
    return flag in ("a", "b", "z") and len(word) <= 2


_GENERIC_PRODUCT = re.compile(
    r"(?:首款|首批|新一代|新|全新|该|這款|这款|此款|多款|一款|\d+款|旗下|自家|相关|部分)?(?:的)?"
    r"(?:产品|新品|新产品|商品|服务)(?:预计|计划|将|已|也|则)?"
)
_COMPANY_HEADS = ("企业", "公司", "厂商", "业者", "集团")


def generic_product(ctx: Context, cand: R.Candidate) -> bool:
    """毛利率恐受新产品量产影响 / 首款产品预计明年量产 / 四家AI芯片企业在港上市: a product named by a bare kind word,
    or a company, launches nothing the ledger can name."""
    if cand.type.name != "launch" or ctx.is_english():
        return False
    products = [f for f in cand.args.get("product", []) if isinstance(f, R.TextFill)]
    if not products:
        return False
    low = ctx.low[products[0].start : products[0].end].strip()
    return _GENERIC_PRODUCT.fullmatch(low) is not None or low.endswith(_COMPANY_HEADS)
