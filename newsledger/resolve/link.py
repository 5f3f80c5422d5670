"""Find entity mentions in a text and link them to the knowledge base.

Known names come from the KB's alias index (Aho-Corasick over the normalized,
lower-cased view). Names the KB does not hold are proposed from the segmenter's
person/organisation tags (Chinese) and from capitalised word runs (Latin script),
and kept only with a supporting cue.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources

import ahocorasick
import rjieba

from newsledger.core import Entity, Mention
from newsledger.resolve.kb import KnowledgeBase
from newsledger.resolve.kb import load as load_kb
from newsledger.text.normalize import normalize

_ASCII_LOWER = {c: c + 32 for c in range(ord("A"), ord("Z") + 1)}
_CJK = re.compile(r"^[\u4e00-\u9fff]+$")
_ABBREVIATIONS = (" Co.", " Inc.", " Corp.", " Ltd.", " Bhd.")
_LEADING_FUNCTION_CHARS = "由向对与和在被将从给及"
_NAME_JOINERS = "·-•・‧"
_LIST_LEADS = ("其中", "此外", "另外", "同时", "并由", "并", "以及")


def ascii_lower(text: str) -> str:
    """Lower-case ASCII letters only, so the length never changes."""
    return text.translate(_ASCII_LOWER)


def _is_word_char(c: str) -> bool:
    return c.isascii() and (c.isalnum() or c == "_")


@dataclass(frozen=True)
class NameCues:
    """Cues for unknown names, read from ``data/names.toml``."""

    surnames: frozenset[str]
    person_pre: tuple[str, ...]
    person_post: tuple[str, ...]
    org_suffix_zh: tuple[str, ...]
    not_orgs: frozenset[str]
    org_suffix_en: tuple[str, ...]
    org_arms: tuple[str, ...]
    not_investors: frozenset[str]
    org_arms_en: tuple[str, ...]
    en_stopwords: frozenset[str]
    en_function_words: frozenset[str]
    person_verbs: tuple[str, ...]
    company_after: tuple[str, ...]
    transliteration: frozenset[str]
    org_descriptors_en: tuple[str, ...] = ()
    acronym_verbs_en: tuple[str, ...] = ()
    not_acronyms: frozenset[str] = frozenset()
    translit_places: frozenset[str] = frozenset()
    japanese_surnames: tuple[str, ...] = ()


@lru_cache(maxsize=1)
def name_cues() -> NameCues:
    """The shipped cues for unknown names."""
    raw = tomllib.loads(resources.files("newsledger.resolve").joinpath("data", "names.toml").read_text("utf-8"))
    return NameCues(
        surnames=frozenset(raw["surnames"].strip()),
        person_pre=tuple(raw["person_pre"]),
        person_post=tuple(raw["person_post"]),
        org_suffix_zh=tuple(sorted(raw["org_suffix_zh"], key=len, reverse=True)),
        not_orgs=frozenset(raw.get("not_orgs", ())),
        org_suffix_en=tuple(raw["org_suffix_en"]),
        org_arms=tuple(raw["org_arms"]),
        not_investors=frozenset(raw["not_investors"]),
        org_arms_en=tuple(raw["org_arms_en"]),
        en_stopwords=frozenset(raw["en_stopwords"]),
        en_function_words=frozenset(raw["en_function_words"]),
        person_verbs=tuple(raw.get("person_verbs", ())),
        company_after=tuple(raw.get("company_after", ())),
        transliteration=frozenset(raw.get("transliteration", "").strip()),
        org_descriptors_en=tuple(raw.get("org_descriptors_en", ())),
        acronym_verbs_en=tuple(raw.get("acronym_verbs_en", ())),
        not_acronyms=frozenset(raw.get("not_acronyms", ())),
        translit_places=frozenset(raw.get("translit_places", ())),
        japanese_surnames=tuple(raw.get("japanese_surnames", ())),
    )


class Linker:
    """Finds mentions of KB entities and of unknown names in a document."""

    def __init__(self, kb: KnowledgeBase | None = None) -> None:
        self.kb = load_kb() if kb is None else kb
        self.cues = name_cues()
        self.venues = frozenset(e.id for e in self.kb if e.attrs.get("sector") in ("exchange", "regulator"))
        self.sectors = {e.id: str(e.attrs["sector"]) for e in self.kb if e.attrs.get("sector")}
        self._auto = ahocorasick.Automaton()
        for key, ids in self.kb.index.items():
            self._auto.add_word(key, (key, tuple(ids)))
        for key, ids in self.kb.index.items():  # 阿里云 / Meta超级智能实验室 as spaced pages write them: Meta 超級智慧實驗室
            spaced = _SCRIPT_BOUNDARY.sub(" ", key)
            if spaced != key and spaced not in self.kb.index:
                self._auto.add_word(spaced, (spaced, tuple(ids)))
        # TEL (Tokyo Electron) is no "Tel Aviv": a short alias the KB writes only in capitals is matched only in capitals
        forms: dict[str, set[str]] = {}
        for entity in self.kb:
            for names in entity.aliases.values():
                for a in (*names, entity.name):
                    if a.isascii():
                        forms.setdefault(ascii_lower(a), set()).add(a)
        self._caps_only = frozenset(k for k, fs in forms.items() if len(k) <= 4 and k.isalpha() and all(f.isupper() for f in fs))
        if len(self.kb.index):
            self._auto.make_automaton()
        en_suffix = "|".join(re.escape(s) for s in self.cues.org_suffix_en)
        self._org_words = frozenset(s.rstrip(".") for s in self.cues.org_suffix_en)
        self._latin_run = re.compile(r"(?<![A-Za-z0-9])(?:[A-Z][A-Za-z0-9&'.-]*)(?:[ ](?:[A-Z][A-Za-z0-9&'.-]*|&|of|de|von|van)(?![A-Za-z]))*")
        self._en_org_suffix = re.compile(rf"(?:^|\s)(?:{en_suffix})$")
        titles = "|".join(re.escape(t) for t in sorted(self.cues.person_pre, key=len, reverse=True) if not t.isascii())
        self._titled = re.compile(rf"(?:{titles})([\u4e00-\u9fff]{{2,5}}?)(?=已|于|也|表示|称|将|在|曾|从|因|则|提交|递交|申请|宣布|辞|离|卸|退|出任|担任|接任|兼任|加盟|加入|为|、|和|与|,|。|的|\(|$)")
        verbs = "|".join(re.escape(v) for v in self.cues.person_verbs)
        # 郑建东因工作变动,不再担任… / 邱淑欣已提请辞任…: a reason and a request may stand between the name and its verb
        self._name_verb = re.compile(
            rf"(?<![\u4e00-\u9fff]{{2}})([\u4e00-\u9fff]{{2,3}}?)(?=(?:因(?:个人|工作|身体|家庭|年龄|健康)?(?:原因|变动|调整|安排|需要)\s*,?\s*)?"
            rf"(?:已|已经|正式|于近日|近日|将|即将)?(?:提请|申请|提出|请求|主动)?(?:{verbs}|不再担任|不再兼任))"
        )
        self._foreign_verb = re.compile(rf"([\u4e00-\u9fff]{{3,5}}?)(?=(?:已|已经|正式|于近日|近日|将)?(?:{verbs}))")
        self._quoted = re.compile(r"[「“\"]([^」”\"\s,。]{2,10})[」”\"]")
        self._described = re.compile(
            r"(?:新创|初创公司|初创企业|初创|创业公司|独角兽|创企|新创公司|巨头|龙头|大厂)([\u4e00-\u9fff]{2,6}?)"
            r"(?=\([A-Za-z]|却|已|将|宣布|完成|传出|表示|称|近日|日前|今天|今日|今\(\d{1,2}\)日|于|也|获|裁员|收购|发布|推出|投资|融资|上市|拟|计划|,|。)"
        )
        # 金陵饭店(601007) / 亚太丝路投资(00767.HK) / 美图公司(01357.HK): a name before its stock code
        self._round_list = re.compile(
            r"由((?:[^,。;由()]{2,40}?\((?:联合)?(?:领投|跟投|参投)\)[、,和及与]?)+[^,。;由()]{0,40}?)(?:等)?(?:共同|联合)?投资"
            r"|由([^,。;由的]{2,20}?)(?:等)?(?:共同|联合)?投资的(?=[^,。;]{0,20}?(?:融资|轮))"
            r"|由([^,。;由]{2,40}?)(?:(?:联合)?(?:领投|牵头|共同领投)|(?:联合|共同)(?:投资|出资))|(?<=[,、])([^,。;]{2,60}?)(?:等)?(?:继续|持续|超额|追加|共同|联合|均)?(?:跟投|参投|参与)"
            r"|(?:投资方|投资人|投资者|投资机构|股东|参与者|参与方|承配人)(?:包括|为|有)([^。;]{2,80}?)(?:等|。|;|,(?!\s*(?:以及|及|和|与))|$)"
            # 引入7名基石投资者,合共认购…股份,包括A、B及C / 基石投资者方面,A、B以及C合计认购: the cornerstone investors
            r"|基石投资[者人][^。;]{0,50}?包括([^。;]{2,120}?)(?:等|。|;|$)|(?<=[,、:])([^,。;]{2,80}?)(?:等)?(?:合计|合共|共同|分别)认购"
            # 已引入上海国投、中国移动等基石投资者: the investors brought in before the kind of investor they are
            r"|引入(?![\d一两二三四五六七八九十多数几]+(?:名|家|位))([^,。;]{2,60}?)等?(?:多家|多名|\d+名|[两三四五六七八九十]名)?(?:基石|战略|策略|长线)投资[者人方]"
        )
        self._descriptor_head = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]{0,8}?(?:新创|初创|创企|业者|厂商|巨头|大厂|独角兽)")
        self._glossed = re.compile(r"([\u4e00-\u9fff]{2,12})\(([A-Z][A-Za-z0-9&.\- ]{1,30})\)")
        self._gloss_lead = re.compile(r".*(?:新创|初创|创企|公司|业者|厂商|巨头|大厂|旗下|的|与|和|及|由|向|对|在|被|称|是|为)")
        self._described_latin = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:旗下的|旗下|创投|资本|基金|银行|集团|的)\s*([A-Z][A-Za-z0-9&.\- ]*[A-Za-z0-9.])")
        # 全新好(SZ 000007,收盘价:9.38元) / 安泰科技(7.880,0.05,0.64%): a code with its market, or a quote line
        self._listed = re.compile(
            r"([\u4e00-\u9fffA-Za-z]{2,10}?(?:-(?:b|w|s|sw|r))?)(?=\((?:(?:s[hz]|hk)\s?)?(?:\d{6}|\d{5}|\d{4,5}[.-]hk|\d{6}\.s[hz]|\d{4}[.-]two?|(?!19\d\d|20[0-3]\d)\d{4}|[a-z]{1,5}\.[a-z]{1,2})[),]"
            r"|\(\d+\.\d{2,3},-?\d+\.\d+,-?\d+\.\d+%\))",
            re.IGNORECASE,
        )
        # 广东蒙泰高新纤维股份有限公司(简称"蒙泰高新") / (以下简称:浙矿股份): the short name a page goes on to use
        self._alias = re.compile(r"\((?:以下)?(?:简称|下称)[::]?\s*[“\"「]?([\u4e00-\u9fffA-Za-z0-9]{2,10}?)[”\"」]?(?=\)|,|、|或)")
        # 低碳水饮食品牌青禾生活完成… / 工业互联网平台"云枢互联"近日已完成… / 云犀科技获8500万元B轮融资: the name
        # opening a clause (after what kind of company it is, quoted or not) that reports its own round
        self._round_subject = re.compile(
            r"(?:^|(?<=[,。;:\n|】]))\s*(?:[^,。;:\n|]{0,16}?(?:" + "|".join(_ROUND_DESCRIPTORS) + r"))?"
            r"[“\"《「]?(?!宣布|正式|已|近日|日前|今日|今天|今年|去年|前年|明年|上月|本月|上周|本周|同年|当年|次年|随后|目前|此前|刚刚|刚|同步|同时|于|在|回顾|[我你他她它咱]|[\d年月日])"
            r"((?:(?![两一二三四五六七八九十几数半\d]+(?:年|个月|月|天)[前后]|去年|前年|明年|今年|上月|本月)[\u4e00-\u9fffA-Za-z0-9]){2,8}?)[”\"》」]?\s*"
            r"(?=(?:宣布|正式|已经|已|曾经|曾|也|还|又|刚刚|刚|再次|再度|继续|先后|累计|成功|顺利|快速地|同步|同时|近日|日前|今日|今天|今\(\d{1,2}\)日|已?于[^,。;\n]{1,8}?)*"
            r"(?:完成(?!后|之后)|获得|拿到|斩获|再获|获(?![悉批奖得]))[^,。;\n]{0,20}?(?:融资|投资|募资))"
        )
        self._latin_org_cue = re.compile(
            r"(?<![A-Za-z0-9])([A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*)(?=(?:的)?(?:员工|职员|公司|宣布|表示|称|裁员|发言人|创始人|股价|首席|董事|旗下|完成|获得|计划|拟))"
        )
        self._acts = ("近日完成", "日前完成", "完成", "宣布完成", "获得", "近日获得", "宣布获得", "正式完成", "已完成", "今日宣布", "宣布")
        self._company_word = re.compile(r"(?:公司|企业|新创|初创|创业公司|独角兽|机构|[\u4e00-\u9fff]商|业者|巨头|大厂|startup)\s*$")
        descriptors = "|".join(re.escape(d) for d in sorted(self.cues.org_descriptors_en, key=len, reverse=True))
        self._en_descriptor = re.compile(rf"(?<![a-z])(?:{descriptors})\s+$") if descriptors else None
        # Armis, a cybersecurity company / Mujin, a Tokyo-based developer of …: an appositive that says what the name is
        self._en_described_after = re.compile(rf",\s+(?:a|an)\s+(?:(?!(?:at|of|for|with|in|on|by|to)\s)[\w.&'-]+\s+){{0,4}}?(?:{descriptors})s?(?=\s*(?:[,.;)]|$)|\s+(?:of|that|which|whose|based|in|with|backed|founded|focused|specializing|led|run|owned|known|called|for)\b)") if descriptors else None

    # ------------------------------------------------------------------ known names
    def known(self, norm: str, start: int = 0, end: int | None = None) -> list[Mention]:
        """Longest, leftmost, non-overlapping KB alias matches in ``norm[start:end]``."""
        end = len(norm) if end is None else end
        if not len(self.kb.index):
            return []
        low = ascii_lower(norm[start:end])
        hits: list[tuple[int, int, str, tuple[str, ...]]] = []
        for last, (key, ids) in self._auto.iter(low):
            s = last - len(key) + 1
            e = last + 1
            if _is_word_char(key[0]) and s > 0 and _is_word_char(low[s - 1]):
                continue
            if _is_word_char(key[-1]) and e < len(low) and _is_word_char(low[e]):
                continue
            if key in self._caps_only and not norm[start + s : start + e].isupper():
                continue
            hits.append((s + start, e + start, key, ids))
        hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
        out: list[Mention] = []
        taken_until = -1
        for s, e, _key, ids in hits:
            if s < taken_until:
                continue
            entity = self._best(ids)
            arm = self._arm_end(norm, e, end) if entity.type == "org" else e
            if arm > e:  # an arm the KB does not list is an organisation of its own, named as written
                out.append(Mention(s, arm, norm[s:arm], "org", None, norm[s:arm], "pattern"))
                e = arm
            else:
                out.append(Mention(s, e, norm[s:e], entity.type, entity.id, entity.name, "kb"))
            taken_until = e
        return self._drop_unsupported_ambiguous(norm, out)

    def _arm_end(self, norm: str, e: int, end: int) -> int:
        """高瓴 + 创投: a known organisation's investing arm is written as its name plus a suffix; keep it whole."""
        if not _CJK.match(norm[e - 1 : e]):
            for arm in self.cues.org_arms_en:  # Mubadala + Capital
                if norm.startswith(arm, e) and e + len(arm) <= end and not norm[e + len(arm) : e + len(arm) + 1].isalnum():
                    return e + len(arm)
            return e
        for arm in self.cues.org_arms:
            if norm.startswith(arm, e) and e + len(arm) <= end:  # 高瓴创投继续加注: the arms are nouns, never verbs
                return e + len(arm)
        return e

    def _best(self, ids: tuple[str, ...]) -> Entity:
        order = {"org": 0, "person": 1, "outlet": 2}
        return min((self.kb.entities[i] for i in ids), key=lambda e: order.get(e.type, 3))

    def _drop_unsupported_ambiguous(self, norm: str, mentions: list[Mention]) -> list[Mention]:
        if not self.kb.ambiguous:
            return mentions
        sure = {m.entity_id for m in mentions if (ascii_lower(m.text), m.entity_id) not in self.kb.ambiguous or m.text[:1].isupper()}
        # 字节跳动Seed … 字节: a unit named surely names its parent surely too
        sure |= {str(e.attrs["parent"]) for e in (self.kb.entities.get(str(i)) for i in list(sure)) if e is not None and e.attrs.get("parent")}
        # 蘋果（Apple）: once the page names the company in a form that is sure, its other names are that company
        kept = []
        for m in mentions:
            if (ascii_lower(m.text), m.entity_id) in self.kb.ambiguous and m.entity_id not in sure:
                if m.text[:1].isupper():  # Latin names written capitalised are names (Meta, Apple, Arm)
                    kept.append(m)
                    continue
                after = ascii_lower(norm[m.end : m.end + 4]).lstrip()
                before = norm[max(0, m.start - 2) : m.start]
                when = re.match(r"(?:上月|本月|今年|去年|近日|日前|今日|昨日|今天|昨天|本周|上周)", after)
                if when:  # 苹果上月在WWDC推出: a time word before what the company does
                    after = ascii_lower(norm[m.end + when.end() : m.end + when.end() + 4]).lstrip()
                where = m.type == "org" and after.startswith("在")  # 小米在北京发布: a company says where it acts
                before = norm[max(0, m.start - 3) : m.start]
                named_as_party = before.endswith(("在", "从", "加入", "离开", "向", "与", "拿下", "获得", "赢得", "接获", "携手", "联手", "为", "和", "及"))
                # 前高通产品管理高级副总裁: a former employer before the title held there
                former = before.endswith("前") and any(t in norm[m.end : m.end + 10] for t in self.cues.person_pre)
                if not after.startswith(self.cues.company_after) and not after.startswith(("ai", "云", "aws")) and not named_as_party and not where and not former:
                    continue
            kept.append(m)
        return _acting_twice(mentions, kept)

    # ------------------------------------------------------------------ unknown names
    def unknown(self, text: str, norm: str, start: int, end: int, taken: list[Mention]) -> list[Mention]:
        """Mentions of names the KB lacks, in ``[start, end)``; only an investor-list name may widen a ``taken`` one."""
        busy = bytearray(end - start)
        for m in taken:
            for i in range(max(m.start, start), min(m.end, end)):
                busy[i - start] = 1
        legal = self._legal_names(text, norm, start, end, busy)
        found = self._latin_names(text, start, end, busy, {m.end for m in taken if m.type == "org"}, {m.start for m in taken if m.type == "org"})
        for m in found:
            for i in range(m.start, m.end):
                busy[i - start] = 1
        found += [self._joined(text, norm, m, start, end, busy) for m in self._titled_persons(norm, start, end, busy)]
        found += self._honorific_persons(norm, start, end, busy)
        found += self._appointed_persons(norm, start, end, busy)
        # 由晨曦创投领投,国发基金、日本创投X跟投: the names in a funding round's investor list (before the suffix
        # search cuts 方和资本 down to 资本)
        found += self._investor_list(text, norm, start, end, busy)
        # 十荟团完成C1轮融资 / 编程猫宣布完成2.5亿元融资: the name opening a clause that reports its own round
        found += self._pattern_orgs(self._round_subject, text, norm, start, end, busy, trim="近日今天据称在对由向和与及的了")
        chinese = [self._joined(text, norm, m, start, end, busy) for m in self._chinese_names(norm, start, end, busy)]
        for m in chinese:
            for i in range(m.start, m.end):
                busy[i - start] = 1
        found += chinese
        found += self._quoted_orgs(text, norm, start, end, busy)
        found += self._latin_glossed(text, norm, start, end, busy)
        # 金陵饭店(601007) / 美图公司(01357.HK) / 上诠(3363-TW): a name before its stock code (drop a leading 近日/据/在 … the match took in)
        # (曾在7月上市搁浅的百威亚太(01876.HK) / 收购安全公司赛门铁克(20.41,…): the name starts after what describes it)
        found += self._pattern_orgs(self._listed, text, norm, start, end, busy, trim="近日今天据称在对由向和与及的了", after=_LISTED_AFTER)
        found += self._pattern_orgs(self._alias, text, norm, start, end, busy)
        found += self._headed_orgs(text, norm, start, end, busy)
        # 远航新材公告,公司拟… / 远航新材9月4日晚间发布公告称: the name opening a clause that announces
        found += self._pattern_orgs(_ANNOUNCER, text, norm, start, end, busy, trim="近日今天据称在对由向和与及的了")
        # 新创曜石智能(ObsidianAI) / 油服巨头哈里伯顿裁员: a name after a company descriptor
        found += self._pattern_orgs(self._described, text, norm, start, end, busy)
        # 知行无界成立于2024年 / 这是衡石智能成立18个月来: a name opening a clause that says when it was founded
        found += [m for m in self._pattern_orgs(_FOUNDED, text, norm, start, end, busy, trim="这是作为据称在对由向和与及的了") if m.name not in _GENERIC_ORG_WORDS]
        # WeWork的员工 / Anthropic宣布: a Latin name in Chinese text before a company cue
        found += self._pattern_orgs(self._latin_org_cue, text, norm, start, end, busy)
        found += self._repeats(text, norm, start, end, busy, found, taken)
        found = _surnames_as_persons(found, taken)
        found = _coined_full_names(found, self.cues.not_orgs)
        found = _named_in_full(found, legal, norm)
        found = _first_word_names(found, norm)
        found = _trim_to_known(found, taken)
        found = [_with_risk_mark(m, text, norm) for m in found if not (m.type == "org" and _MODEL_CODE.fullmatch(m.text))]
        found.sort(key=lambda m: m.start)
        return found

    def _joined(self, text: str, norm: str, m: Mention, start: int, end: int, busy: bytearray) -> Mention:
        """A transcribed foreign person name runs on over its joiners (马库斯-霍尔特, 特雷莎·梅): take in the other parts."""
        if m.type != "person":
            return m
        translit = self.cues.transliteration
        s, e = m.start, m.end
        while e + 2 < end and norm[e] in _NAME_JOINERS and norm[e + 1] in translit:
            k = e + 1
            while k < end and norm[k] in translit and k - e <= 6:
                k += 1
            e = k
        while s - 2 >= start and norm[s - 1] in _NAME_JOINERS and norm[s - 2] in translit:
            k = s - 1
            while k - 1 >= start and norm[k - 1] in translit and s - k <= 6:
                k -= 1
            s = k
        if (s, e) == (m.start, m.end) or any(busy[i - start] for i in [*range(s, m.start), *range(m.end, e)]):
            return m
        for i in range(s, e):
            busy[i - start] = 1
        return Mention(s, e, text[s:e], "person", None, norm[s:e], m.source)

    def _latin_glossed(self, text: str, norm: str, start: int, end: int, busy: bytearray) -> list[Mention]:
        """语研科技(LingoLab) / 林柏勋(Brandon Lin): a Chinese name glossed by its Latin name in brackets is a name."""
        out: list[Mention] = []
        for m in self._glossed.finditer(norm, start, end):
            s, e = m.span(1)
            lead = self._gloss_lead.match(norm, s, e)
            if lead:
                s = lead.end()
            if e - s < 2 or any(busy[i - start] for i in range(s, e)) or norm[s:e] in self.cues.not_orgs:
                continue
            latin = m.group(2).strip()
            words = latin.split()
            person = len(words) in (2, 3) and all(_looks_like_name_word(w) for w in words) and e - s <= 3 and norm[s] in self.cues.surnames
            suffixed = norm[s:e].endswith(self.cues.org_suffix_zh)
            if not person and not suffixed and (latin.isupper() or not any(c.islower() for c in latin)):
                continue  # 毛利率(GAAP) / 剩余履约义务(RPO): a term and its acronym, not a name
            out.append(Mention(s, e, text[s:e], "person" if person else "org", None, norm[s:e], "pattern"))
            for i in range(s, e):
                busy[i - start] = 1
        return out

    def _headed_orgs(self, text: str, norm: str, start: int, end: int, busy: bytearray) -> list[Mention]:
        """金龙汽车:吴文彬出任副总裁: the name heading a title or line before a colon, when the text names it again (a
        company's announcement reported under its name); not a label (快讯:) nor a person quoted (张明:)."""
        out: list[Mention] = []
        for m in _HEADED.finditer(norm, start, end):
            s, e = m.span(1)
            name = norm[s:e]
            person = len(name) <= 3 and name[0] in self.cues.surnames
            if person or name in self.cues.not_orgs or name.endswith(_LINE_LABELS) or norm.find(name, e, end) < 0:
                continue
            if not any(busy[i - start] for i in range(s, e)):
                out.append(Mention(s, e, text[s:e], "org", None, name, "pattern"))
                for i in range(s, e):
                    busy[i - start] = 1
        return out

    def _legal_names(self, text: str, norm: str, start: int, end: int, busy: bytearray) -> list[Mention]:
        """深圳市华晟精密技术有限公司(以下简称"华晟精密"): the full registered name written before 简称/下称 is an
        organisation, and the name the page goes on to use stands for it."""
        out: list[Mention] = []
        for m in _SHORT_NAME_CUE.finditer(norm, start, end):
            e = m.start()
            s = e
            while s > start and _NAME_CHAR.match(norm[s - 1]):
                s -= 1
            run = norm[s:e]
            if not run.lower().endswith(_LEGAL_SUFFIXES):
                continue
            cut = max((run.rfind(w) + len(w) for w in _BEFORE_LEGAL_NAME if run.rfind(w) >= 0 and run.rfind(w) + len(w) <= len(run) - 6), default=0)
            s += cut + _descriptor_before(run[cut:], m.group(1))
            if e - s < 6 or any(busy[i - start] for i in range(s, e)):
                continue
            out.append(Mention(s, e, text[s:e], "org", None, norm[s:e], "pattern"))
            for i in range(s, e):
                busy[i - start] = 1
        return out

    def _investor_list(self, text: str, norm: str, start: int, end: int, busy: bytearray) -> list[Mention]:
        """Names between 由 and 领投, and the 、/和/与 list before 跟投/参投, are investors (organisations)."""
        out: list[Mention] = []
        for m in self._round_list.finditer(norm, start, end):
            group = next(g for g in range(1, self._round_list.groups + 1) if m.group(g) is not None)
            s0, e0 = m.span(group)
            pos = s0
            for item in _list_items(norm[s0:e0]):
                s, e = pos, pos + len(item)
                pos = e
                while s < e and norm[s] in " 由":
                    s += 1
                lead = next((w for w in _LIST_LEADS if norm.startswith(w, s)), "")
                s += len(lead)  # 其中上海国投领投: the lead word is not part of the name
                part = _PART_NOTE.search(norm, s, e)
                e = part.start() if part else e  # 宏大资本(领投): the part an investor took is no part of its name
                gloss = _TRAILING_GLOSS.search(norm, s, e)
                if gloss and gloss.start() - s >= 2:  # 国家集成电路产业投资基金二期(大基金二期): the name, not its short form
                    e = gloss.start()
                if norm.endswith(("本身", "自身"), s, e):  # 联想创投、顺为资本及商汤本身: the company itself
                    e -= 2
                if e - s < 2 or item in ("、", "和", "与", "及", "以及", ",") or norm[s:e].strip() in self.cues.not_investors:
                    continue
                if norm.startswith(_UNNAMED_LEADS, s):
                    continue  # 一家中东主权基金: an investor described, not named
                # 日本创投Global Brain / 软银旗下SB Innovation Fund: a descriptor, then the investor's own name
                named = self._described_latin.match(norm, s, e)
                if named and named.end() == e:
                    s = named.start(1)
                s = _after_owner(norm, s, e)
                taken = [i for i in range(s, e) if busy[i - start]]
                # 美团龙珠 in a list of investors: a known name plus a few characters names a fund of its own
                widens = bool(taken) and taken == list(range(s, s + len(taken))) and 0 < e - s - len(taken) <= 4
                if not taken or widens:
                    out.append(Mention(s, e, text[s:e], "org", None, norm[s:e], "pattern"))
                    for i in range(s, e):
                        busy[i - start] = 1
        return out

    def _pattern_orgs(
        self, rx: re.Pattern[str], text: str, norm: str, start: int, end: int, busy: bytearray, trim: str = "", after: tuple[str, ...] = ()
    ) -> list[Mention]:
        """Organisations where group 1 of ``rx`` matches, trimmed of leading ``trim`` characters and of all up to the
        last of the ``after`` words that leaves two characters, not overlapping taken spans."""
        out: list[Mention] = []
        for m in rx.finditer(norm, start, end):
            s, e = m.span(1)
            s = max([norm.rfind(w, s, e - 2) + len(w) for w in after if norm.rfind(w, s, e - 2) >= 0], default=s)
            while trim and s < e - 2 and norm[s] in trim:
                s += 1
            if norm[s:e] in self.cues.not_orgs or norm[s:e].startswith(("该", "其", "本", "此", "这")):
                continue
            if not any(busy[i - start] for i in range(s, e)):
                out.append(Mention(s, e, text[s:e], "org", None, norm[s:e], "pattern"))
                for i in range(s, e):
                    busy[i - start] = 1
        return out

    def _repeats(self, text: str, norm: str, start: int, end: int, busy: bytearray, found: list[Mention], known: list[Mention] | None = None) -> list[Mention]:
        """Later bare uses of an unknown name found once with a cue, and surnames of known people named in full."""
        out: list[Mention] = []
        names = {m.name: m.type for m in found if m.name and len(m.name) >= (3 if m.type == "org" else 2)}
        ids: dict[str, str] = {}
        for k in known or []:  # Amar Subramanya … Subramanya left for Apple
            words = (k.name or "").split(" ")
            short = len(words) == 2 and len(words[1]) == 2 and words[1][0].isupper() and words[1][1].islower()  # Lisa Su … Su said
            if k.type == "person" and k.entity_id and len(words) == 2 and (len(words[1]) >= 3 or short) and words[1] in k.text:
                names.setdefault(words[1], "person")
                names.setdefault(k.name or "", "person")
                ids.setdefault(words[1], k.entity_id)
        glosses: set[int] = set()
        full_names: dict[str, str] = {}
        coined: dict[str, str] = {}
        for k in known or []:  # Thinking Machines Lab(TML) … TML宣布: an acronym glossing a known organisation names it
            gloss = _ACRONYM_GLOSS.match(norm, k.end)
            if k.type == "org" and k.entity_id and gloss and gloss.end() <= end and gloss.group(1).lower() not in (k.text or "").lower():
                names.setdefault(gloss.group(1), "org")
                ids.setdefault(gloss.group(1), k.entity_id)
                full_names.setdefault(gloss.group(1), k.name or "")
                glosses.add(gloss.start(1))
        for m in found:
            words = (m.name or "").split(" ")
            if m.type == "org" and len(words) >= 2 and words[-1] in self.cues.org_suffix_en and len(words[0]) >= 4:
                names.setdefault(" ".join(words[:-1]), "org")
                if len(words) >= 3 and len(words[0]) >= 5 and words[0] not in self.cues.en_stopwords and words[0].isalpha():
                    names.setdefault(words[0], "org")  # Tebrau Digital Parks … Tebrau signed
            name = m.name or ""
            if m.type == "org" and _CJK.match(name):  # 秦淮数据集团 … 秦淮数据中国区业务: the name without its suffix
                cut = next((sfx for sfx in self.cues.org_suffix_zh if name.endswith(sfx) and len(name) - len(sfx) >= 3), None)
                if cut and name[: -len(cut)] not in self.cues.not_orgs:
                    names.setdefault(name[: -len(cut)], "org")
                elif _coined_head(name, self.cues.not_orgs):  # 耀晶科技 … 耀晶成立于2022年: a coined two-character head
                    names.setdefault(name[:2], "org")
                    coined.setdefault(name[:2], name)
            if m.type == "person" and len(words) in (2, 3) and len(words[-1]) >= 3:
                names.setdefault(words[-1], "person")  # Ethan Park … Park said; Mei Lin Zhou … Zhou said
            if m.type == "person" and _family_first(words):
                names.setdefault(words[0], "person")  # Kim Tae-hoon … Kim left
        for name in sorted(names, key=len, reverse=True):
            kind = names[name]
            pos = norm.find(name, start, end)
            while pos >= 0:
                e = pos + len(name)
                # a Chinese character next to a person's or a glossed acronym's Latin name does not extend it
                joined = _latin_alnum if kind == "person" or name in full_names else str.isalnum
                latin_ok = not name[0].isascii() or (
                    (pos == 0 or not joined(norm[pos - 1])) and (e >= len(norm) or not joined(norm[e]))
                )
                if latin_ok and pos not in glosses and not any(busy[i - start] for i in range(pos, e)):
                    full = full_names.get(name) or coined.get(name) or next((n for n, k in names.items() if k == kind and (n.endswith(" " + name) or n.startswith(name + " "))), name)
                    out.append(Mention(pos, e, text[pos:e], kind, ids.get(name), full, "pattern"))
                    for i in range(pos, e):
                        busy[i - start] = 1
                pos = norm.find(name, e, end)
        return out

    def _titled_persons(self, norm: str, start: int, end: int, busy: bytearray) -> list[Mention]:
        """2–3 character names after a title word (负责人陈昊天已 …) or before 辞职/加盟 …, starting with a common surname."""
        out: list[Mention] = []
        found = list(self._titled.finditer(norm, start, end))
        for m in self._name_verb.finditer(norm, start, end):
            s = m.start(1)
            # the name must start a phrase: after punctuation, a title or the line start
            if s > start and norm[s - 1].isdigit():
                continue  # 以8000万欧加盟: 万 after a number is no surname
            if s == start or not ("\u4e00" <= norm[s - 1] <= "\u9fff") or norm[max(0, s - 4) : s].endswith(self.cues.person_pre):
                found.append(m)
        for m in self._foreign_verb.finditer(norm, start, end):
            name = m.group(1)
            while name and name[0] not in self.cues.transliteration:
                name = name[1:]
            if len(name) >= 3 and all(c in self.cues.transliteration for c in name):
                s = m.end(1) - len(name)
                if not any(busy[i - start] for i in range(s, m.end(1))):
                    out.append(Mention(s, m.end(1), norm[s : m.end(1)], "person", None, name, "pattern"))
                    for i in range(s, m.end(1)):
                        busy[i - start] = 1
        for m in found:
            s, e = m.span(1)
            name = norm[s:e]
            native = norm[s] in self.cues.surnames and len(name) <= 3
            foreign = len(name) >= 3 and all(c in self.cues.transliteration for c in name)
            native = native or (3 <= len(name) <= 4 and name.startswith(self.cues.japanese_surnames))  # 副总经理佐藤健一出任
            if (native or foreign) and not any(busy[i - start] for i in range(s, e)):
                out.append(Mention(s, e, norm[s:e], "person", None, norm[s:e], "pattern"))
                for i in range(s, e):
                    busy[i - start] = 1
        return out

    def _honorific_persons(self, norm: str, start: int, end: int, busy: bytearray) -> list[Mention]:
        """聘任吴文彬先生为 / 赵倩莹女士接任: a 2–3 character name starting with a surname right before 先生/女士."""
        out: list[Mention] = []
        for m in _HONORIFIC.finditer(norm, start, end):
            i = m.start()
            for size in (3, 2):
                s = i - size
                name = norm[s:i]
                if s < start or not _CJK.match(name) or name[0] not in self.cues.surnames:
                    continue
                verb_tail = name[0] == "任" and s > 0 and norm[s - 1] in "聘委接出担继兼选改转留升调新现原拟"
                if size == 3 and (name[0] in _NOT_NAME_START or verb_tail or name[1:] in self._person_names(norm, start, end)):
                    continue
                if not any(busy[k - start] for k in range(s, i)):
                    out.append(Mention(s, i, name, "person", None, name, "pattern"))
                    for k in range(s, i):
                        busy[k - start] = 1
                break
        return out

    def _appointed_persons(self, norm: str, start: int, end: int, busy: bytearray) -> list[Mention]:
        """聘任李明为总经理 / 任命王芳、赵磊为副总经理 / …为总经理、赵磊为副总经理: the names between an appointment verb
        and 为 (each 2–3 characters opening with a surname), and a further name right before 为 after the post."""
        out: list[Mention] = []
        for m in _APPOINTED.finditer(norm, start, end):
            spans = [(p.start(1), p.end(1)) for p in _APPOINTEE.finditer(norm, m.start(1), m.end(1))]
            names = "".join(norm[s:e] for s, e in spans)
            if not spans or len(names) + sum(len(h) for h in _HONORIFIC.findall(norm, m.start(1), m.end(1))) + len(spans) - 1 != m.end(1) - m.start(1):
                continue  # something other than names and separators between the verb and 为
            tail = _FURTHER_APPOINTEE.finditer(norm, m.end(), min(end, m.end() + 80))
            spans += [(t.start(1), t.end(1)) for t in tail]
            for s, e in spans:
                name = norm[s:e]
                if name[0] not in self.cues.surnames or name[0] in _NOT_NAME_START or any(busy[i - start] for i in range(s, e)):
                    continue
                out.append(Mention(s, e, name, "person", None, name, "pattern"))
                for i in range(s, e):
                    busy[i - start] = 1
        return out

    def _person_names(self, norm: str, start: int, end: int) -> set[str]:
        """Two-character names written right after a sentence break and before 先生/女士 (叶潇先生的辞职报告)."""
        return {m.group(1) for m in _BARE_HONORIFIC.finditer(norm, start, end)}

    def _quoted_orgs(self, text: str, norm: str, start: int, end: int, busy: bytearray) -> list[Mention]:
        """Names written in corner quotes (公司「灵犀动力」) and used again in the body: organisations."""
        names = {q for q in self._quoted.findall(norm) if 2 <= len(q) <= 10 and not q.endswith(("。", "!", "?")) and not _set_phrase(q)}
        out: list[Mention] = []
        for name in sorted(names, key=lambda n: (-len(n), n)):  # the longest name first, in a fixed order
            pos = norm.find(name, start, end)
            hits = []
            while pos >= 0:
                if not any(busy[i - start] for i in range(pos, pos + len(name))):
                    hits.append(pos)
                pos = norm.find(name, pos + len(name), end)
            bare = [h for h in hits if norm[h - 1 : h] not in ("「", "“", '"') and norm[h + len(name) : h + len(name) + 1] not in ("」", "”", '"')]
            quoted_after_company = any(self._company_word.search(norm, max(0, h - 9), h - 1) for h in hits if h > 0)
            # 「灵犀动力」近日完成…融资: a quoted name that acts as a company does
            acts = any(norm[h + len(name) : h + len(name) + 8].lstrip("」”\" ").startswith(self._acts) for h in hits)
            if (bare and len(hits) >= 2) or quoted_after_company or acts:
                for h in hits:
                    out.append(Mention(h, h + len(name), text[h : h + len(name)], "org", None, norm[h : h + len(name)], "pattern"))
                    for i in range(h, h + len(name)):
                        busy[i - start] = 1
        return out

    def _latin_names(self, text: str, start: int, end: int, busy: bytearray, org_ends: set[int] | None = None, org_starts: set[int] | None = None) -> list[Mention]:
        out: list[Mention] = []
        cues = self.cues
        for m in _split_at_titles(self._latin_run.finditer(text, start, end)):
            run = m.group(0).rstrip("'-")
            if not run.endswith(_ABBREVIATIONS):  # Mitsui & Co. keeps its full stop
                run = run.rstrip(".'-")
            words = _after_title(run.split(" "), cues.en_stopwords)
            cut = next((i for i in range(len(words) - 2) if words[i] in ("Shares", "Stock") and words[i + 1] in ("of", "in")), None)
            if cut is not None:
                words = words[cut + 2 :]  # (Monday.) Shares of Figma rose: the company after the shares
            while words and words[0] in cues.en_function_words:
                words.pop(0)
            if len(words) >= 3 and words[0].endswith("'s") and words[0][:-2] in cues.en_stopwords:
                words.pop(0)  # Japan's Mitsubishi Corporation
            # Shanghai State-owned Capital Investment: place and kind words open an organisation's name
            bare = [w for w in words if w not in cues.en_stopwords]
            if not (len(bare) >= 2 and "'s" not in m.group(0) and self._en_org_suffix.search(" ".join(words))):
                while words and words[0] in cues.en_stopwords:
                    words.pop(0)
            while words and words[-1] in ("of", "de", "&", "von", "van"):
                words.pop()
            if len(words) == 1 and words[0].endswith(("'s", "’s")) and len(words[0]) > 4:
                words = [words[0][:-2]]  # Figma's shares: the name without its possessive
            if not words:
                continue
            phrase = " ".join(words)
            s = text.index(phrase, m.start())
            e = s + len(phrase)
            numbered = _NUMBER_OPENS.search(text, max(start, s - 6), s) if len(words) == 1 and words[0] in self._org_words else None
            if numbered is not None:  # 1789 Capital: a number opens the name of a firm with a suffix
                s = numbered.start()
                phrase = text[s:e]
                words = phrase.split(" ")
            if any(busy[i - start] for i in range(s, e)):
                continue
            if re.match(r"\s?\d", text[e : e + 2]) and text[max(start, s - 4) : s].lower().endswith("the "):
                continue  # the Cloud AI 100 chip: a product line with its model number, not a company
            described = bool(self._company_word.search(normalize(text[max(start, s - 6) : s])))  # 雲端新創Sakura Nexus
            if not described and self._en_descriptor is not None:  # national utility Tenaga Nasional
                described = bool(self._en_descriptor.search(text[max(start, s - 24) : s]))
            described = described or bool(_FUNDED_AFTER.match(normalize(text[e : e + 30])))  # Coffee Exchange获投51万美元融资
            # 完成对Swipe收购 / 收购了Zenimax: a Latin name a Chinese deal verb governs is a company's
            # (not MLOps in 收购MLOps工具业者X: a word before a Chinese noun describes what comes next)
            described = described or bool(
                len(words) == 1 and len(phrase) >= 3 and _DEAL_BEFORE.search(normalize(text[max(start, s - 6) : s]))
                and (not _CJK.match(text[e : e + 1]) or text.startswith(_DEAL_AFTER, e))
            )
            person_like = len(words) > 1 and all(_looks_like_name_word(w) for w in words)  # Mary Jones, an investor in …: a person
            if not described and len(words) <= 2 and not person_like and self._en_described_after is not None and words[0] not in cues.en_stopwords:
                described = bool(self._en_described_after.match(text, e, min(end, e + 70)))
                described = described or bool(re.match(r",\s+(?:which\s+was\s+)?(?:founded|co-founded|headquartered)\s+(?:in|by)\b", text[e : min(end, e + 40)]))  # Noma, founded in 2023 by …
            if not described and len(words) <= 2 and words[0] not in cues.en_stopwords and not person_like:
                # Figma's shares / Shares of Figma / Figma raised $1.2bn: what only a company has or does
                described = bool(_EN_COMPANY_AFTER.match(text, e, min(end, e + 40))) or bool(_EN_COMPANY_BEFORE.search(text[max(start, s - 16) : s]))
            if not described and len(words) <= 2 and words[0] not in cues.en_stopwords and not phrase.endswith("-based"):  # its takeover of Moveworks
                described = bool(_DEAL_OBJECT.search(text[max(start, s - 24) : s])) or bool(_WORKPLACE.search(text[max(start, s - 70) : s]))
                described = described or bool(_BOUGHT_FROM.search(text[max(start, s - 60) : s]))  # bought part of the plant from Sharp
                if words[0] not in _TITLE_MODIFIERS:  # Inflexa co-founder Maya Torres (not Interim president X)
                    described = described or bool(_TITLE_AFTER.match(text, e, min(end, e + 40)))
                joined = re.search(r"\S((?:,|,?\s+and)\s+)$", text[max(start, s - 8) : s])  # Meta and EssilorLuxottica: a name listed with a company's
                described = described or bool(joined and org_ends and (s - len(joined.group(1))) in org_ends)
                nxt = re.match(r"(?:,|,?\s+and)\s+", text[e : min(end, e + 8)])  # ASML Holding, Bpifrance, Andreessen Horowitz
                described = described or bool(nxt and org_starts and e + nxt.end() in org_starts and joined)
            if (len(words) >= 2 and (self._en_org_suffix.search(phrase) or any(w in self._org_words for w in words[1:]))) or (described and len(words) <= 3) or (
                len(words) == 1 and self._acronym_subject(phrase, text, e)
            ):
                out.append(Mention(s, e, phrase, "org", None, phrase, "pattern"))
            elif 2 <= len(words) <= 3 and all(_looks_like_name_word(w) for w in words) and "'s" not in phrase and not any(
                w in cues.en_stopwords for w in words
            ):
                out.append(Mention(s, e, phrase, "person", None, phrase, "pattern"))
        return self._short_org_names(out)

    def _acronym_subject(self, word: str, text: str, end: int) -> bool:
        """KDDI said …: an all-capitals word of three to six letters before a verb is an organisation."""
        if not (3 <= len(word) <= 6 and word.isupper() and word.isalpha()) or word in self.cues.not_acronyms:
            return False
        nxt = text[end : end + 14].split()
        return bool(nxt) and nxt[0] in self.cues.acronym_verbs_en

    def _short_org_names(self, found: list[Mention]) -> list[Mention]:
        """Foundry Peak Capital … led by Foundry Peak: a name that is an organisation's name without its suffix is that organisation."""
        orgs = {" ".join((m.name or "").split(" ")[:-1]): m.name for m in found if m.type == "org" and (m.name or "").split(" ")[-1] in self.cues.org_suffix_en}
        return [Mention(m.start, m.end, m.text, "org", None, orgs[m.text], m.source) if m.type == "person" and m.text in orgs else m for m in found]

    def _chinese_names(self, norm: str, start: int, end: int, busy: bytearray) -> list[Mention]:
        out: list[Mention] = []
        cues = self.cues
        segment = norm[start:end]
        pos = start
        tokens = rjieba.tag(segment)
        spans: list[tuple[int, int, str, str]] = []
        for word, flag in tokens:
            spans.append((pos, pos + len(word), word, flag))
            pos += len(word)
        suffixes = set(cues.org_suffix_zh)
        for i, (s, e, word, flag) in enumerate(spans):
            if word in suffixes and i > 0:
                j = i
                # a registered name (深圳市东创精密技术有限公司) may hold an adjective; a shorter suffix is preceded by nouns
                flags = ("n", "j", "g", "v", "a") if word.endswith(_REGISTERED) else ("n", "j", "g", "v")
                while (j > 0 and i - j < 6 and _CJK.match(spans[j - 1][2]) and spans[j - 1][3][:1] in flags and spans[j - 1][3] != "vd"
                       and spans[j - 1][2] not in suffixes and spans[j - 1][2] not in cues.person_verbs):  # 林忠正接任集团: a verb ends the name
                    j -= 1
                while j < i and spans[j][3] not in ("nr", "nrt", "nz", "ns", "nt", "j", "g", "eng"):
                    j += 1
                os_ = spans[j][0]
                while e - os_ > 4 and norm[os_] in _LEADING_FUNCTION_CHARS:  # 由青岚创投: the segmenter glued a preposition on
                    os_ += 1
                described = self._descriptor_head.match(norm, os_, e)  # 台湾新创语研科技 → 语研科技
                if described and e - described.end() >= 4:
                    os_ = described.end()
                more = _REGISTERED_TAIL.match(norm, e, end)  # 交通投资集团 + 有限公司: the registered name goes on
                if more:
                    e = more.end()
                if j < i and e - os_ >= 4 and not any(busy[k - start] for k in range(os_, e)) and norm[os_:e] not in cues.not_orgs:
                    out.append(Mention(os_, e, norm[os_:e], "org", None, norm[os_:e], "pattern"))
                    for k in range(os_, e):
                        busy[k - start] = 1
                    continue
            if any(busy[j - start] for j in range(s, e)) or not _CJK.match(word):
                continue
            if flag == "nr" and 3 <= len(word) <= 4 and word[0] not in cues.surnames and (norm[max(start, s - 6) : s] + word[0]).endswith(cues.person_pre):
                s, word = s + 1, word[1:]  # 首席技术官梁军: the segmenter glued the title's last character onto the name
            if flag == "nr" and 2 <= len(word) <= 4:
                before = norm[max(start, s - 6) : s]
                after = norm[e : e + 3]
                cued = before.lower().endswith(cues.person_pre) or after.startswith(cues.person_post)
                if (word[0] in cues.surnames and len(word) >= 2 and cued) or (cued and len(word) >= 3):
                    out.append(Mention(s, e, norm[s:e], "person", None, word, "pattern"))
            elif word in cues.not_orgs or word in suffixes:
                continue
            elif (flag == "nt" and len(word) >= 3) or (word.endswith(cues.org_suffix_zh) and len(word) >= 4 and flag.startswith("n")):
                out.append(Mention(s, e, norm[s:e], "org", None, word, "pattern"))
        return out


# words naming what kind of company comes next (在线教育平台X完成…融资)
_ROUND_DESCRIPTORS = ("品牌", "平台", "服务商", "提供商", "供应商", "运营商", "开发商", "制造商", "公司", "企业", "厂商", "创企", "新创", "初创", "独角兽")
_TITLE_ACRONYM = re.compile(r"\s(?:CEO|CTO|CFO|COO|CIO|CMO|CPO|CSO|CAIO|EVP|SVP|VP|Chairman|Chairwoman|Chief|President|Founder|Co-founder)\s")


class _Piece:
    """A part of a capitalised run, with the ``re.Match`` calls the name finder uses."""

    def __init__(self, text: str, start: int, end: int) -> None:
        self._text, self._start, self._end = text, start, end

    def group(self, _: int = 0) -> str:
        return self._text[self._start : self._end]

    def start(self) -> int:
        return self._start


def _acting_twice(mentions: list[Mention], kept: list[Mention]) -> list[Mention]:
    """苹果AI人才战 … 苹果将大幅增加AI投资: an ambiguous brand that acts as the company twice on the page is the company
    wherever else the page writes it (苹果已延揽X)."""
    counts: dict[tuple[str, str | None], int] = {}
    for m in kept:
        counts[(m.text, m.entity_id)] = counts.get((m.text, m.entity_id), 0) + 1
    sure = {k for k, n in counts.items() if n >= 2}
    if not sure:
        return kept
    ids = {id(m) for m in kept}
    return [m for m in mentions if id(m) in ids or (m.text, m.entity_id) in sure]


_UNNAMED_LEADS = ("一家", "一名", "一位", "两家", "两名", "数家", "多家", "某家", "某")
_COINED_SUFFIXES = ("科技", "集团", "控股", "半导体")


def _coined_full_names(found: list[Mention], not_orgs: frozenset[str]) -> list[Mention]:
    """曜芯科技 … 曜芯成立于2023年: a bare coined head found on its own is named by the full name it heads."""
    full = {m.name[:2]: m.name for m in found if m.type == "org" and m.name and _coined_head(m.name, not_orgs)}
    if not full:
        return found
    return [replace(m, name=full[m.name]) if m.type == "org" and m.name in full else m for m in found]


def _coined_head(name: str, not_orgs: frozenset[str]) -> bool:
    """A two-character head before a company suffix (耀晶科技) that is no place, time or function word."""
    if len(name) < 4 or not name.endswith(_COINED_SUFFIXES) or len(name) - next(len(s) for s in _COINED_SUFFIXES if name.endswith(s)) != 2:
        return False
    head = name[:2]
    tags = rjieba.tag(head)
    return head not in not_orgs and not (len(tags) == 1 and tags[0][1] in ("ns", "t", "m", "r", "d", "p", "c", "f", "s"))


def _split_at_titles(runs: Iterator[re.Match[str]]) -> Iterator[re.Match[str] | _Piece]:
    """Stripe CTO David Singleton: a title acronym inside a capitalised run parts the company from the person."""
    for m in runs:
        cuts = list(_TITLE_ACRONYM.finditer(m.string, m.start(), m.end()))
        if not cuts:
            yield m
            continue
        lo = m.start()
        for c in cuts:
            if c.start() > lo:
                yield _Piece(m.string, lo, c.start())
            lo = c.end()
        if lo < m.end():
            yield _Piece(m.string, lo, m.end())


_SCRIPT_BOUNDARY = re.compile(r"(?<=[a-z0-9])(?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff])(?=[a-z0-9])")
_NOT_NAME_START = "后由和与及向对被将为请聘名选是在的了等或经"
_HEADED = re.compile(r"(?:^|(?<=\n))\s*([\u4e00-\u9fffA-Za-z]{2,8})\s*:(?=\S)")
_LINE_LABELS = ("快讯", "独家", "重磅", "突发", "公告", "标题", "来源", "编辑", "记者", "摘要", "导语", "提示", "注", "观点", "点评",
                "解读", "早报", "晚报", "午报", "异动", "消息", "新闻", "资讯", "财经", "聚焦", "关注", "视频", "图解", "揭秘", "专访",
                "声明", "风险", "热点", "数据", "研报", "直击", "头条", "要闻", "速递", "动态", "简讯", "时间", "地点", "作者", "链接")
_ANNOUNCER = re.compile(
    r"(?:^|(?<=[,。;:\n]))\s*([\u4e00-\u9fff]{3,8}?)(?=(?:同时|还|也|亦|另|并|对外|今日|近日|昨日|日前|今晚|今天|昨晚|昨天)?(?:\d{1,2}月\d{1,2}日)?(?:晚间|早间|午间|盘后)?(?:发布|披露)?公告(?:称|显示|指出|,))"
)
_EN_COMPANY_AFTER = re.compile(
    r"(?:'s|’s)\s+(?:shares|stock|share price|valuation|IPO|initial public offering|listing|market value|market cap|revenue|"
    r"board|chief executive|CEO|CFO|CTO|co-founder|founder|investors|backers)\b"
    r"|\s+(?:has\s+|had\s+)?(?:raised|raises|closed a|secured|filed (?:confidentially )?(?:for|to go public)|priced its)\s"
    r"|\s+shares\s+(?:rose|fell|soared|jumped|slumped|tumbled|climbed|dropped|surged|gained|slid|sank|plunged|opened|closed)\b"
)
_EN_COMPANY_BEFORE = re.compile(r"\b(?:[Ss]hares (?:of|in)|[Ss]take in|IPO of|listing of)\s+$")
_MODEL_CODE = re.compile(r"[A-Z]{1,4}-?\d{2,4}[A-Za-z]{0,3}")  # GB300, H20, MI450, B200: a product's model code, never a company
_FOUNDED = re.compile(
    r"(?:^|(?<=[,。;:\n]))\s*((?:这是|作为)?(?![\d年月日]|去年|今年|公司|该|其|本|此|这家)[\u4e00-\u9fffA-Za-z0-9]{2,8}?)"
    r"(?=(?:公司)?(?:成立于|创立于|创办于|成立(?:\d+|[一二三四五六七八九十两半]+)(?:个月|年)))"
)
_GENERIC_ORG_WORDS = frozenset({"公司", "集团", "企业", "该公司", "这家公司", "团队", "实验室", "项目"})
# words after which a name before its stock code starts: a clause describing it, a title separator (格隆汇8月21日丨X),
# a deal verb, a kind of company
_LISTED_AFTER = ("的", "丨", "收购", "并购", "公司", "厂商", "巨头", "龙头", "厂")
_TRAILING_GLOSS = re.compile(r"\s*\([^()]{1,20}\)\s*$")


def _latin_alnum(c: str) -> bool:
    """A letter or digit of Latin script (a Chinese character next to a Latin name does not extend it)."""
    return c.isascii() and c.isalnum()


_ACRONYM_GLOSS = re.compile(r"\s?\(([A-Z][A-Z0-9]{1,5})\)")
_SHORT_NAME_CUE = re.compile(r"\((?:以下)?(?:简称|下称)[::]?\s*[“\"「]?([\u4e00-\u9fffA-Za-z0-9]{2,10}?)[”\"」]?(?=\)|,|、|或)")
_NAME_CHAR = re.compile(r"[\u4e00-\u9fffA-Za-z()·&]")
_REGISTERED = ("有限公司", "有限责任公司")
_REGISTERED_TAIL = re.compile(r"(?:\(集团\)|集团|控股|股份)*有限(?:责任)?公司")
_LEGAL_SUFFIXES = ("股份有限公司", "有限责任公司", "有限公司", "集团公司", "(集团)", "集团", "公司", "limited", "ltd.", "ltd", "inc.", "inc")


def _after_owner(norm: str, s: int, e: int) -> int:
    """海通证券旗下南方融合基金 in a list of investors: the fund invests, the owner before 旗下 only describes it."""
    under = norm.rfind("旗下", s, e)
    if under < 0:
        return s
    own = under + (3 if norm.startswith("旗下的", under) else 2)
    for kind in _OWNED_KINDS:  # 台積電旗下創投台積創投: the kind of unit, then its name
        if norm.startswith(kind, own) and e - own - len(kind) >= 4:
            return own + len(kind)
    return own if e - own >= 2 else s


_OWNED_KINDS = ("创投", "基金", "子公司", "投资公司", "投资平台", "战投")


_DESCRIBING = ("企业", "厂商", "公司", "巨头", "龙头", "服务商", "供应商", "运营商", "制造商", "开发商", "生产商", "平台")


def _descriptor_before(run: str, short: str) -> int:
    """汽车改装企业驰田汽车股份有限公司(简称:驰田股份): a kind of business written before the registered name, which
    begins where the short name's first characters do, is no part of it (a place before them is: 广东蒙泰高新…)."""
    at = run.find(short[:2], 1)
    return at if at > 0 and run[:at].endswith(_DESCRIBING) and len(run) - at >= 6 else 0


# words that end a run of characters before a registered name (收购深圳市…有限公司 / 全资子公司江苏…有限公司)
_BEFORE_LEGAL_NAME = ("收购", "购买", "并购", "投资", "入股", "增资", "持有", "控股", "参股", "旗下", "下属", "子公司", "孙公司",
                      "股东", "设立", "成立", "宣布", "公告", "发布", "拟", "向", "对", "由", "与", "及", "的", "将", "即", "系", "于", "在",
                      "根据", "依据", "按照", "鉴于")


# a name right before a verb of receiving a round is a company's (Coffee Exchange获投51万美元种子轮融资)
_FUNDED_AFTER = re.compile(r"\s*(?:宣布|正式|已经|已|近日|日前)*(?:完成|获投|获得|拿到|获)[^,。;\n]{0,20}?(?:融资|投资)")
_DEAL_BEFORE = re.compile(r"(?:收购|并购|买下|入股|投资|对|向|竞购|洽购)(?:了)?\s*$")
_DEAL_AFTER = ("收购", "的收购", "并购", "的并购", "交易", "的交易")
_PART_NOTE = re.compile(r"\((?:联合)?(?:领投|跟投|参投)\)")
_NAME_LEADS = "自从向对由被让与和据把给在令使请因"  # 自柳甄加盟: a preposition read into a name
_NAME_TAILS = "确已也将曾还则都就又再正便即等称"  # 程昱确已加盟: an adverb read into a name


_RISK_MARK = re.compile(r"\*?s\*?t$", re.IGNORECASE)


def _with_risk_mark(m: Mention, text: str, norm: str) -> Mention:
    """*ST步森 / ST步森: the risk-warning mark written before a listed company's name belongs to its name."""
    if m.type != "org":
        return m
    mark = _RISK_MARK.search(norm, max(0, m.start - 4), m.start)
    if mark is None and norm[m.start - 1 : m.start] == "*" and norm[m.start : m.start + 2].lower() == "st":
        return replace(m, start=m.start - 1, text=text[m.start - 1 : m.end], name="*" + (m.name or m.text))
    if mark is None or (mark.start() > 0 and _CJK.match(norm[mark.start() - 1])):
        return m
    word = text[mark.start() : m.end]
    return replace(m, start=mark.start(), text=word, name=norm[mark.start() : mark.start() + len(mark.group(0))] + (m.name or m.text))


def _family_first(words: list[str]) -> bool:
    """Kim Tae-hoon / Lee Jae-yong: a hyphenated given name after a short word puts the family name first."""
    return len(words) == 2 and "-" in words[1] and 2 <= len(words[0]) <= 5 and words[0][:1].isupper()


def _surname(name: str) -> str:
    """The word a person is called by on second mention (Zhou for Mei Lin Zhou, Kim for Kim Tae-hoon)."""
    words = name.split(" ")
    return words[0] if _family_first(words) else words[-1]


def _surnames_as_persons(found: list[Mention], taken: list[Mention]) -> list[Mention]:
    """Mei Lin Zhou … Zhou said: a lone word read as an organisation is the surname of a person named in full before it."""
    people = sorted((m for m in (*found, *taken) if m.type == "person" and len((m.name or "").split(" ")) in (2, 3)), key=lambda m: m.start)
    out: list[Mention] = []
    for m in found:
        full = next((p for p in reversed(people) if p.end <= m.start and _surname(p.name or "") == m.text), None) if m.type == "org" and m.entity_id is None and " " not in m.text else None
        out.append(Mention(m.start, m.end, m.text, "person", full.entity_id, full.name, m.source) if full is not None else m)
    return out


def _trim_to_known(found: list[Mention], taken: list[Mention]) -> list[Mention]:
    """程昱确已加盟 / 自柳甄加盟: a three-character name that is a two-character name the page writes elsewhere, plus a
    preposition before it or an adverb after it, is that name."""
    known = {m.text for m in [*found, *taken] if m.type == "person" and len(m.text) == 2}
    out: list[Mention] = []
    for m in found:
        if m.type == "person" and len(m.text) == 3 and m.text[1:] in known and m.text[0] in _NAME_LEADS:
            m = Mention(m.start + 1, m.end, m.text[1:], "person", None, m.text[1:], m.source)
        elif m.type == "person" and len(m.text) == 3 and m.text[:2] in known and m.text[2] in _NAME_TAILS:
            m = Mention(m.start, m.end - 1, m.text[:2], "person", None, m.text[:2], m.source)
        out.append(m)
    return out


def _named_in_full(found: list[Mention], legal: list[Mention], norm: str) -> list[Mention]:
    """The full registered names first, then every use of a short name declared for one (华晟精密) named by the full name."""
    full: dict[str, str] = {}
    for m in legal:
        cue = _SHORT_NAME_CUE.match(norm, m.end)
        if cue is not None:
            full[cue.group(1)] = m.name or m.text
    out = list(legal)
    for m in found:
        key = norm[m.start : m.end]
        out.append(replace(m, name=full[key]) if m.type == "org" and key in full else m)
    return out
_HONORIFIC = re.compile(r"先生|女士")
_APPOINTED = re.compile(r"(?:聘任|聘请|续聘|增聘|任命|委任|提名|选举|推选|聘)((?:[\u4e00-\u9fff]{2,3}(?:先生|女士)?[、和及与])*[\u4e00-\u9fff]{2,3}(?:先生|女士)?)为(?!期|止|准|主|由|了)")
_APPOINTEE = re.compile(r"([\u4e00-\u9fff]{2,3}?)(?:先生|女士)?(?:[、和及与]|$)")
_FURTHER_APPOINTEE = re.compile(r"[、,;]([\u4e00-\u9fff]{2,3})(?:先生|女士)?为(?!期|止|准|主|由|了)")
_BARE_HONORIFIC = re.compile(r"(?:^|(?<=[,。;:、\n\s]))([\u4e00-\u9fff]{2})(?=先生|女士)")
_WORD_JOINER = re.compile(r"(以及|和|与|及)")


def _list_items(chunk: str) -> list[str]:
    """The items of a name list and its separators: 、 and , always split; 和/与/及 only between two names of two or more
    characters (方和资本 stays whole)."""
    out: list[str] = []
    for piece in re.split(r"(、|,)", chunk):
        parts = _WORD_JOINER.split(piece)
        if len(parts) > 1 and all(len(p.strip()) >= 2 for p in parts[::2]):
            out.extend(parts)
        else:
            out.append(piece)
    return out


def _set_phrase(words: str) -> bool:
    """“活下去” / “一往无前”: a quoted idiom or set phrase is a slogan, not a company's name."""
    tags = rjieba.tag(words)
    return len(tags) == 1 and tags[0][1] in ("l", "i")
# what an acquisition or a stake is in: the capitalised word right after names a company (its takeover of Moveworks, a stake in Mujin)
_DEAL_OBJECT = re.compile(r"\b(?:participation from|takeover of|acquisition of|purchase of|merger with|acquire|acquires|acquired|acquiring|stake in|agreed to pay|agrees to pay|partnership with|agreement with|deal with|partnered with|teamed up with|joint venture with|alliance with)\s+$")


# whom something is bought from: the capitalised word after "bought … from" names the seller
_BOUGHT_FROM = re.compile(r"\b(?:bought|buys|buy|buying|acquired|acquires|acquire|purchased|purchases|purchase)\b[^,;.]{0,40}?\bfrom\s+$")


# where someone works or worked: the capitalised word after "previously … at" or a post and "at" names a company
_WORKPLACE = re.compile(
    r"(?:\b(?:previously|formerly|most recently|former)\b[^,;()]{0,50}?|\b(?:executive|engineer|researcher|scientist|officer|director|president|manager|partner|head|founder|lead|chief)s?)\s+at\s+$",
    re.I,
)


# capitalised words that qualify a title rather than name a company (Interim president X, Acting CFO Y)
_TITLE_MODIFIERS = frozenset(["Interim", "Acting", "Former", "Deputy", "Outgoing", "Incoming", "New", "Then", "Current", "Co", "Executive", "Senior", "Vice", "General", "Managing", "Chief", "Founding", "Longtime", "Veteran"])


# a name written before a founder's or chief's title and a person's name is their company (Windsurf CEO Varun Mohan)
_TITLE_AFTER = re.compile(r"\s+(?:co-founder|cofounder|founder|CEO|CTO|CFO|COO|chief executive|chief technology officer|president|chairman)\s+[A-Z][a-z]+\s+[A-Z][a-z]+")


# the last word of a capitalised job title written before a name (Chief Financial Officer Gina Lee, Deputy CFO Rahul Iyer)
_TITLE_HEADS = frozenset(
    ["Officer", "CEO", "CFO", "CTO", "COO", "CIO", "CMO", "CSO", "CISO", "President", "Chairman", "Chairwoman", "Chair", "Director", "Counsel", "Secretary", "Treasurer", "Founder", "Co-founder", "Cofounder", "Co-Founder", "Minister", "Scientist", "Controller", "Vice-President"]
)


def _after_title(words: list[str], stopwords: frozenset[str]) -> list[str]:
    """Chief Financial Officer Gina Lee: the two or three name words after a capitalised title (the title is no part of the name)."""
    for i in range(len(words) - 2, 0, -1):
        if words[i - 1] in _TITLE_HEADS:
            rest = words[i:]
            if 2 <= len(rest) <= 3 and all(_looks_like_name_word(w) and w not in stopwords for w in rest):
                return rest
            break
    return words


def _first_word_names(found: list[Mention], norm: str) -> list[Mention]:
    """ServiceNow will buy Noma Security … Noma, founded in 2023: a company named in full, then by its first word alone,
    is the same company (in English prose; Chinese news keeps a Latin short name as written)."""
    full: dict[str, tuple[int, str]] = {}
    for m in sorted(found, key=lambda x: x.start):
        words = (m.name or m.text).split(" ")
        if m.type == "org" and m.entity_id is None and len(words) >= 2 and len(words[0]) >= 4 and words[0][:1].isupper() and words[0].isalpha():
            full.setdefault(words[0], (m.start, m.name or m.text))
    out = []
    for m in found:
        first = full.get(m.text)
        english = not _CJK.match(norm[max(0, m.start - 1) : m.start] or " ") and not _CJK.match(norm[m.end : m.end + 1] or " ")
        if m.type == "org" and m.entity_id is None and " " not in m.text and first is not None and first[0] < m.start and english:
            m = Mention(m.start, m.end, m.text, "org", None, first[1], m.source)
        out.append(m)
    return out


_NUMBER_OPENS = re.compile(r"(?<![\w$€£.,-])(?<!\b(?:in|by|of) )(?<!\bfrom )(?<!\bsince )(?<!\buntil )(?<!\brose )(?<!\bfell )\d{3,4} $")


def _looks_like_name_word(word: str) -> bool:
    return len(word) >= 2 and word[0].isupper() and word[1:].replace("-", "").replace("'", "").isalpha() and not word.isupper()

