"""Everything the extractors look at for one document: views, sentences, mentions, values."""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import TypeVar

from newsledger.core import Document, Mention, Value
from newsledger.extract.cues import Cues
from newsledger.extract.cues import load as load_cues
from newsledger.resolve.link import Linker, ascii_lower
from newsledger.text.normalize import normalize
from newsledger.text.sentences import clauses, paragraphs, sentences
from newsledger.values import find_values

_LATIN = re.compile(r"[A-Za-z]")


@dataclass
class Sentence:
    """A sentence with its clauses and paragraph index."""

    start: int
    end: int
    para: int
    clauses: list[tuple[int, int]]

    def clause_index(self, pos: int) -> int:
        """Index of the clause holding character ``pos``."""
        for i, (s, e) in enumerate(self.clauses):
            if s <= pos < e:
                return i
        return len(self.clauses) - 1 if pos >= self.end else 0


@dataclass
class Context:
    """Views and annotations of one document's body."""

    doc: Document
    norm: str
    low: str
    anchor: dt.date | None
    lang: str
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    values: list[Value] = field(default_factory=list)
    cues: Cues = field(default_factory=load_cues)
    last_agent: Mention | None = None  # the agent of the latest event, for sentences that omit it
    venues: frozenset[str] = frozenset()  # ids of stock exchanges and regulators: they list companies, they do not act
    sectors: dict[str, str] = field(default_factory=dict)  # entity id -> its sector in the knowledge base
    report_period: tuple[int, int, Value] | None = None  # (paragraph, end, period) of the latest figure with a written period
    _mention_starts: list[int] = field(default_factory=list, repr=False)
    _value_starts: list[int] = field(default_factory=list, repr=False)
    _mention_key: tuple[int, int] = (0, -1)
    _salient_key: tuple[int, int] = (0, -1)
    _leads: dict[int, Sentence] = field(default_factory=dict, repr=False)
    _salient: tuple[list[int], list[Mention]] = field(default_factory=lambda: ([], []), repr=False)
    _value_key: tuple[int, int] = (0, -1)
    _subjectish: dict[int, bool] = field(default_factory=dict, repr=False)  # English salience: mention start -> counts as a subject
    _topic_key: tuple[int, int] = (0, -1)
    _linked_key: tuple[int, int] = (0, -1)
    _linked: dict[tuple[str, str], Mention] = field(default_factory=dict, repr=False)  # (type, written form) -> a linked mention
    _topics: tuple[list[int], list[Mention]] = field(default_factory=lambda: ([], []), repr=False)  # subject org mentions by end
    _page_org: tuple[tuple[int, int], Mention | None] = ((0, -1), None)
    _sent_starts: list[int] = field(default_factory=list, repr=False)

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        """Mentions lying inside ``[start, end)`` (mentions are kept sorted by start)."""
        if self._mention_key != (id(self.mentions), len(self.mentions)):
            self._mention_starts = [m.start for m in self.mentions]
            self._mention_key = (id(self.mentions), len(self.mentions))
        return _inside(self.mentions, self._mention_starts, start, end)

    def values_in(self, start: int, end: int) -> list[Value]:
        """Values lying inside ``[start, end)`` (values are kept sorted by start)."""
        if self._value_key != (id(self.values), len(self.values)):
            self._value_starts = [v.start for v in self.values]
            self._value_key = (id(self.values), len(self.values))
        return _inside(self.values, self._value_starts, start, end)

    def sentence_starts(self) -> list[int]:
        """The start offsets of the sentences (cached)."""
        if len(self._sent_starts) != len(self.sentences):
            self._sent_starts = [s.start for s in self.sentences]
        return self._sent_starts

    def paragraph_lead(self, para: int) -> Sentence | None:
        """The first sentence of paragraph ``para``."""
        if len(self._leads) == 0 and self.sentences:
            for sent in self.sentences:
                self._leads.setdefault(sent.para, sent)
        return self._leads.get(para)

    def is_english(self) -> bool:
        """True for an English document."""
        return self.lang == "en"

    def before_words(self, pos: int, width: int = 8) -> str:
        """The lower-cased normalized text just before ``pos`` (within its line)."""
        s = max(0, pos - width)
        chunk = self.low[s:pos]
        nl = chunk.rfind("\n")
        return chunk[nl + 1 :] if nl >= 0 else chunk

    def after_words(self, pos: int, width: int = 8) -> str:
        """The lower-cased normalized text just after ``pos`` (within its line)."""
        chunk = self.low[pos : pos + width]
        nl = chunk.find("\n")
        return chunk[:nl] if nl >= 0 else chunk

    def is_oblique(self, m: Mention, sent: Sentence) -> bool:
        """True when the mention follows a preposition (从/向/with …), so it is not a clause subject."""
        before = self.before_words(m.start, 6).rstrip()
        if before.endswith("("):  # 向慧与科技(HPE): a gloss is as oblique as the name it glosses
            glossed = [g for g in self.mentions_in(max(0, m.start - 40), m.start - 1) if m.start - 6 <= g.end <= m.start - 1]
            return bool(glossed) and self.is_oblique(glossed[-1], sent)
        for place in self.cues.lex["places"]:  # 向美国慧与科技: a place word between the preposition and the name
            if before.endswith(place) and len(before) > len(place):
                before = before[: -len(place)]
                break
        if not before:
            return False
        if self._located(m, before):
            return True
        if self.is_english() and self._coordinated_oblique(m, sent):
            return True
        for p in self.cues.oblique:
            if before.endswith(p) and (not p.isascii() or before == p or not before[-len(p) - 1].isalpha()):
                if p in ("从", "自"):
                    ci = sent.clause_index(m.start)
                    _cs, ce = sent.clauses[ci]
                    if any(f in self.low[m.end : ce] for f in self.cues.topic_frames):
                        return False
                return True
        return False


    def _coordinated_oblique(self, m: Mention, sent: Sentence) -> bool:
        """away from Nvidia and Apple: a name listed after one a preposition governs is governed too."""
        join = _EN_LIST_JOIN.search(self.low, max(sent.start, m.start - 8), m.start)
        if join is None:
            return False
        prev = [o for o in self.mentions_in(max(sent.start, join.start() - 60), join.start()) if o.end == join.start()]
        return bool(prev) and prev[-1].type == m.type and self.is_oblique(prev[-1], sent)

    def _located(self, m: Mention, before: str) -> bool:
        """于美国市场推出 / 在蒙特雷汽车周(Monterey Car Week)上发布: a name after 于, or after 在 and before 上/中, is where
        something happens, not who does it (but 由于X: the cause, whose subject X may be)."""
        if before.endswith("于") and not before.endswith("由于"):
            return True
        if not before.endswith("在"):
            return False
        after = re.sub(r"^\s*[((][^()()]{1,40}[))]", "", self.low[m.end : m.end + 48]).lstrip()
        return after.startswith(_PLACE_AFTER)


_EN_LIST_JOIN = re.compile(r"(?:,\s*(?:and|or)?|\s+(?:and|or))\s+$")
_PLACE_AFTER = ("上", "中", "现场", "期间", "举办", "举行", "开幕", "召开")


_Spanned = TypeVar("_Spanned", Mention, Value)


def _inside(items: list[_Spanned], starts: list[int], start: int, end: int) -> list[_Spanned]:
    """The items (sorted by start, with ``starts`` their start offsets) lying inside ``[start, end)``."""
    lo = bisect_left(starts, start)
    hi = bisect_left(starts, end, lo)
    return [x for x in items[lo:hi] if x.end <= end]


def _anchor(doc: Document) -> dt.date | None:
    for value in (doc.dateline, doc.published):
        if value:
            try:
                return dt.date.fromisoformat(value[:10])
            except ValueError:
                continue
    return None


def build(doc: Document, linker: Linker) -> Context:
    """Normalize the body, split it, find its values and entity mentions (with references)."""
    norm = normalize(doc.text)
    low = ascii_lower(norm)
    body_start, body_end = doc.body.start, doc.body.end
    if body_end <= body_start:
        body_start, body_end = 0, len(doc.text)
    lang = doc.lang
    ctx = Context(doc=doc, norm=norm, low=low, anchor=_anchor(doc), lang=lang, venues=linker.venues, sectors=linker.sectors)
    for pi, (ps, pe) in enumerate(paragraphs(norm, body_start, body_end)):
        for ss, se in sentences(norm, ps, pe):
            ctx.sentences.append(Sentence(ss, se, pi, clauses(norm, ss, se)))
    ctx.values = _shifted_values(doc, norm, ctx.anchor, body_start, body_end)
    known = linker.known(norm, body_start, body_end)
    unknown = linker.unknown(doc.text, norm, body_start, body_end, known)
    unknown = sorted(unknown, key=lambda m: m.start)
    starts = [u.start for u in unknown]
    known = [k for k in known if not _widened(k, unknown, starts)]
    ctx.mentions = _glossed(norm, sorted(known + unknown, key=lambda m: m.start))
    _drop_mentions_inside_values(ctx)
    ctx.mentions = _without_owners(ctx)
    ctx.mentions = _own_outlet_typed(ctx)
    ctx.mentions = sorted(ctx.mentions + _references(ctx), key=lambda m: m.start)
    if ctx.is_english():
        ctx.mentions = _known_as(ctx)
    return ctx


def _own_outlet_typed(ctx: Context) -> list[Mention]:
    """凤凰网科技讯 …: the page's own outlet named as an unknown organisation is that outlet, not a party to the news;
    so is the unknown name opening a line with 讯 (中证网讯(记者 王辉)…)."""
    own = normalize(ctx.doc.outlet or "").lower().strip()
    return [
        replace(m, type="outlet")
        if m.type == "org" and m.entity_id is None and ((len(own) >= 2 and ctx.low[m.start : m.end].strip() == own) or _dateline_outlet(ctx, m))
        else m
        for m in ctx.mentions
    ]


_DATELINE_MARK = re.compile(r"讯\s*(?:\(|记者|\d|消息)")


def _dateline_outlet(ctx: Context, m: Mention) -> bool:
    """中证网讯(记者 王辉) / 本报讯 9月16日消息: a name opening its line and followed by 讯 is the outlet reporting."""
    return (m.start == 0 or ctx.low[m.start - 1] in "\n") and _DATELINE_MARK.match(ctx.low, m.end) is not None


_OWNED = re.compile(r"(?:旗下|下属|控股|所属)的?[^,，。;；、:：!?()（）\s]{0,8}$")


_OWNED_KINDS = ("创投", "投资平台", "投资公司", "投资基金", "投资部门", "投资机构", "基金", "子公司", "公司")


def _owned_name(owned: Mention, owner: Mention) -> Mention:
    """台积电旗下创投台积创投 / 中国移动旗下投资平台: a kind of company written before the owned one's name is no part of it,
    and a kind alone names no company of its own: the owner acts through it."""
    name = owned.name or ""
    if owned.entity_id is None and name in _OWNED_KINDS:
        return replace(owned, entity_id=owner.entity_id, name=owner.name)
    kind = next((k for k in _OWNED_KINDS if name.startswith(k) and len(name) - len(k) >= 2), None)
    if owned.entity_id is None and kind is not None:
        return replace(owned, name=name[len(kind) :])
    return owned


def _without_owners(ctx: Context) -> list[Mention]:
    """沙特主权基金旗下AI公司Humain: the owner named before 旗下 only describes the company after it."""
    ms = ctx.mentions
    keep: list[Mention] = []
    skip: set[int] = set()
    for i, m in enumerate(ms):
        if i in skip:
            continue
        j = next((k for k in range(i + 1, min(len(ms), i + 4)) if ms[k].start >= m.end and ms[k].type == "org"), None)
        if m.type == "org" and j is not None and ms[j].start - m.end <= 12 and _OWNED.match(ctx.low[m.end : ms[j].start]):
            owned = _owned_name(ms[j], m)  # one name for the whole phrase, so a cue before it (与…合作) still reaches it
            first = m.start
            if keep and keep[-1].type == "org" and not ctx.low[keep[-1].end : m.start].strip(" ()（）"):
                first = keep.pop().start  # 沙特主权基金PIF旗下的Humain: the owner's own gloss goes too
            keep.append(replace(owned, start=first, text=ctx.doc.text[first : owned.end]))
            skip.update(range(i + 1, j + 1))
            continue
        keep.append(m)
    return keep


def _widened(k: Mention, unknown: list[Mention], starts: list[int]) -> bool:
    """A known name that an unknown one contains and is longer than (美团 inside 美团龙珠)."""
    i = bisect_right(starts, k.start) - 1
    for u in unknown[max(0, i - 3) : i + 1]:
        if u.start <= k.start and k.end <= u.end and u.end - u.start > k.end - k.start:
            return True
    return False


_KNOWN_AS = ("known as", "also called", "dubbed")


def _known_as(ctx: Context) -> list[Mention]:
    """the company, known as PFN, said …: a short name given after an organisation is that organisation wherever it recurs."""
    alias: dict[str, Mention] = {}
    for i, m in enumerate(ctx.mentions):
        if m.type != "org" or m.entity_id is not None or m.source == "coref":
            continue
        lead = ctx.low[max(0, m.start - 12) : m.start].rstrip(" (")
        if not lead.endswith(_KNOWN_AS):
            continue
        before = next((o for o in reversed(ctx.mentions[:i]) if o.type == "org" and o.end <= m.start), None)
        if before is not None and m.start - before.end <= 24 and (before.name or before.text) != (m.name or m.text):
            alias[m.name or m.text] = before
    if not alias:
        return ctx.mentions
    return [replace(m, entity_id=alias[m.name].entity_id, name=alias[m.name].name) if m.name in alias else m for m in ctx.mentions]


def _glossed(norm: str, mentions: list[Mention]) -> list[Mention]:
    """林柏勳（Brandon Lin） / 月之暗面(Moonshot AI): a name glossed in brackets is the name before it."""
    out = list(mentions)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if a.type == b.type and b.start == a.end + 1 and norm[a.end : a.end + 1] == "(" and norm[b.end : b.end + 1] == ")":
            out[i + 1] = replace(b, entity_id=a.entity_id or b.entity_id, name=a.name if a.entity_id or not b.entity_id else b.name)
            if a.entity_id is None and b.entity_id is not None:
                out[i] = replace(a, entity_id=b.entity_id, name=b.name)
    return out


_TAIWAN_MONEY = ("新台币", "台币", "nt$")
_HONG_KONG = ("港元", "港币", "港股", "香港", "hk$", "恒指", "港交所")


def _bare_yuan(norm: str) -> str | None:
    """What a bare 元 means on a traditional-script page from Hong Kong rather than Taiwan: renminbi."""
    low = norm.lower()
    if any(w in low for w in _TAIWAN_MONEY) or not any(w in low for w in _HONG_KONG):
        return None
    return "CNY"


def _shifted_values(doc: Document, norm: str, anchor: dt.date | None, start: int, end: int) -> list[Value]:
    out: list[Value] = []
    yuan = _bare_yuan(norm)
    for ps, pe in paragraphs(norm, start, end):
        for v in find_values(doc.text[ps:pe], anchor, normalized=norm[ps:pe]):
            fields = v.norm
            if yuan and v.kind == "money" and fields.get("currency") == "TWD" and not any(w in norm[v.start + ps : v.end + ps].lower() for w in _TAIWAN_MONEY):
                fields = {**fields, "currency": yuan}
            out.append(Value(v.kind, v.start + ps, v.end + ps, v.text, fields))
    return out


def _drop_mentions_inside_values(ctx: Context) -> None:
    kept = []
    for m in ctx.mentions:
        # values are sorted and do not overlap: only the last one starting at or before m can hold it
        inside = ctx.values_in(max(0, m.start - 64), m.start + 1)
        if not any(v.start <= m.start and m.end <= v.end for v in inside):
            kept.append(m)
    ctx.mentions = kept


def topic_org(ctx: Context, before: int) -> Mention | None:
    """The most recent org mention before ``before`` that is a clause subject, else the most frequent org."""
    key = (id(ctx.mentions), len(ctx.mentions))
    if ctx._topic_key != key:  # one pass over the page: every clause-subject org, by where it ends
        ends: list[int] = []
        subjects: list[Mention] = []
        for sent in ctx.sentences:
            for m in ctx.mentions_in(sent.start, sent.end):
                if m.type == "org" and m.source != "coref" and not ctx.is_oblique(m, sent):
                    ends.append(m.end)
                    subjects.append(m)
        order = sorted(range(len(ends)), key=lambda i: (ends[i], subjects[i].start))
        ctx._topics = ([ends[i] for i in order], [subjects[i] for i in order])
        ctx._topic_key = key
    ends, subjects = ctx._topics
    i = bisect_right(ends, before)
    if i > 0:
        return subjects[i - 1]
    counts = Counter(m.entity_id or m.name for m in ctx.mentions if m.type == "org")
    if not counts:
        return None
    top = counts.most_common(1)[0][0]
    return next(m for m in ctx.mentions if m.type == "org" and (m.entity_id or m.name) == top)


def linked_as(ctx: Context, kind: str, written: str) -> Mention | None:
    """The first mention of the page linked to a KB entity and written exactly so (one pass, then a lookup)."""
    key = (id(ctx.mentions), len(ctx.mentions))
    if ctx._linked_key != key:
        table: dict[tuple[str, str], Mention] = {}
        for m in ctx.mentions:
            if m.entity_id:
                table.setdefault((m.type, ctx.low[m.start : m.end]), m)
        ctx._linked = table
        ctx._linked_key = key
    return ctx._linked.get((kind, written))


def page_org(ctx: Context) -> Mention | None:
    """The organisation the page is about: named in its title, else named most often, as its first mention."""
    key = (id(ctx.mentions), len(ctx.mentions))
    if ctx._page_org[0] != key:
        ctx._page_org = (key, _page_org(ctx))
    return ctx._page_org[1]


def _page_org(ctx: Context) -> Mention | None:
    counts = Counter(m.entity_id or m.name or m.text for m in ctx.mentions if m.type == "org" and m.source != "coref")
    if not counts:
        return None
    title = normalize(ctx.doc.title or "").lower()
    for m in ctx.mentions:
        if m.type == "org" and m.source != "coref" and m.text.lower() in title:
            counts[m.entity_id or m.name or m.text] += 3
    top = counts.most_common(1)[0][0]
    return next(m for m in ctx.mentions if m.type == "org" and m.source != "coref" and (m.entity_id or m.name or m.text) == top)


def _references(ctx: Context) -> list[Mention]:
    """Pseudo-mentions for 后者/前者/该公司/其/他们/he/the company …, pointing at their antecedents."""
    out: list[Mention] = []
    cues = ctx.cues
    real = [m for m in ctx.mentions if m.type in ("org", "person")]
    real_ends = [m.end for m in real]
    taken = sorted((m.start, m.end) for m in real)
    taken_starts = [s for s, _ in taken]
    for sent in ctx.sentences:
        text = ctx.low[sent.start : sent.end]
        if ctx.is_english():
            out.extend(_english_descriptions(ctx, sent, real, out, taken))
        for kind, words in (("latter", cues.latter), ("former", cues.former), ("org", cues.org_refs), ("person", cues.person_refs)):
            for w in words:
                pos = text.find(w)
                while pos >= 0:
                    s = sent.start + pos
                    e = s + len(w)
                    if _is_reference(ctx, w, s, e):
                        lo = bisect_left(real_ends, max(0, sent.start - 400))
                        hi = bisect_left(real_ends, s + 1)
                        ante = _antecedent(ctx, kind, s, sent, [m for m in real[lo:hi] if m.end <= s], w)
                        if w in ("公司", "集团"):  # the bare word means the sentence's own company, else the company the page is about
                            own = next((m for m in real if sent.start <= m.start and m.end <= s and m.type == "org" and not ctx.is_oblique(m, sent)), None)
                            ante = own or page_org(ctx) or ante
                        if kind == "org" and ctx.is_english():
                            ante = _english_antecedent(ctx, s, sent, real, out)
                        i = bisect_left(taken_starts, e)
                        clash = (i > 0 and taken[i - 1][1] > s) or any(o.start < e and s < o.end for o in out[-3:])
                        if ante is not None and not clash:
                            out.append(Mention(s, e, ctx.doc.text[s:e], ante.type, ante.entity_id, ante.name, "coref"))
                    pos = text.find(w, pos + len(w))
    return out


_DESCRIPTION = re.compile(
    r"\bthe\s+((?:(?!(?:the|of|a|an|and|in|for|to|with)\s)[\w.&'’-]+,?\s+){0,3}?(?:[\w&.’'-]+-based|(?!(?:the|of|a|an|and|in|for|to|with)\s)[\w&.-]+(?:\s+ai)?))\s+"
    r"(company|firm|startup|start-up|group|chipmaker|chip maker|lab|giant|maker|carmaker|automaker|conglomerate|retailer|unicorn|developer|operator|manufacturer|supplier|provider)\b(?!\s*[,(]?\s*[A-Z])"
)
"""the Toronto-based company, the ChatGPT maker, the South Korean chipmaker: a description standing for an organisation."""


def _oblique_description(ctx: Context, pos: int, sent: Sentence, real: list[Mention]) -> Mention | None:
    """Scale AI cut 14% of staff, a month after Meta invested $14bn in the data-labeling startup: a description
    after a preposition names the sentence's other organisation, not its own clause's subject."""
    if not _after_preposition(ctx, pos):
        return None
    before = [m for m in real if sent.start <= m.start and m.end <= pos and m.type == "org"]
    if len(before) < 2:
        return None
    doers = [m for m in before if not ctx.is_oblique(m, sent)]
    own = doers[-1] if doers else before[-1]  # the doer nearest the description (Microsoft holds a stake in OpenAI … of the ChatGPT maker)
    others = [m for m in before if (m.entity_id or m.name) != (own.entity_id or own.name)]
    return others[0] if others else None


def _english_descriptions(ctx: Context, sent: Sentence, real: list[Mention], out: list[Mention], taken: list[tuple[int, int]]) -> list[Mention]:
    """Descriptions (the Toronto-based company, the ChatGPT maker) in an English sentence, pointing at their antecedents."""
    found: list[Mention] = []
    for m in _DESCRIPTION.finditer(ctx.low, sent.start, sent.end):
        s, e = m.start(), m.end()
        if ctx.doc.text[e : e + 3].lstrip()[:1].isupper() or any(a < e and s < b for a, b in taken) or any(o.start < e and s < o.end for o in out):
            continue  # the AI startup Mistral: an appositive before a name, not a reference
        if ctx.mentions_in(s, e):
            continue
        ante = _described_sector(ctx, ctx.low[s:e], s, real) or _oblique_description(ctx, s, sent, real) or _english_antecedent(ctx, s, sent, real, out + found)
        if ante is not None:
            found.append(Mention(s, e, ctx.doc.text[s:e], ante.type, ante.entity_id, ante.name, "coref"))
    return found


def _described_sector(ctx: Context, words: str, pos: int, real: list[Mention]) -> Mention | None:
    """The Dutch chip-equipment maker put €1.3bn into that round: a description naming a sector points at the latest
    organisation before it that the knowledge base files under that sector."""
    for entry in ctx.cues.lex.get("description_sectors", ()):
        phrase, sector = entry.split("|")
        if phrase not in words:
            continue
        prior = [m for m in real if m.type == "org" and m.end <= pos and pos - m.end <= 1200 and m.entity_id and ctx.sectors.get(m.entity_id) == sector]
        if prior:
            return prior[-1]
    return None


def _is_reference(ctx: Context, word: str, s: int, e: int) -> bool:
    if _LATIN.match(word):
        return not ((s > 0 and ctx.low[s - 1].isalnum()) or (e < len(ctx.low) and ctx.low[e].isalnum()))
    if word == "其":
        not_ref = ctx.cues.lex["not_qi_reference"]
        return ctx.low[s : s + 2] not in not_ref and ctx.low[s - 1 : s + 1] not in not_ref
    if word in ("公司", "集团"):  # 次年2月,公司完成…: the bare word opening a clause is the company the page is about
        k = s
        for v in ctx.values_in(max(0, s - 12), s):
            if v.end == k and v.kind == "date":
                k = v.start
        lead = ctx.low[max(0, k - 1) : k]
        return (k == 0 or lead in ",.;:!?\n 。") and ctx.low[e : e + 1] not in ("的", "债", "法", "章") and not ctx.low[e : e + 2].startswith(("股", "名"))
    if word in ("他", "她"):
        return ctx.low[s : s + 2] not in ("他们", "她们", "其他", "他人") and ctx.low[s - 1 : s + 1] != "其他"
    return True


def _antecedent(ctx: Context, kind: str, pos: int, sent: Sentence, prior: list[Mention], word: str = "") -> Mention | None:
    """The mention a reference word at ``pos`` points at, among the ``prior`` mentions close before it.

    A description after a preposition (Geely set up a lab with the startup) names someone other than its
    own clause's subject; a possessive (its, 其) may name the subject."""
    if kind == "latter":
        return prior[-1] if prior else None
    if kind == "former":
        distinct: list[Mention] = []
        for m in reversed(prior):
            if all((m.entity_id or m.name) != (d.entity_id or d.name) for d in distinct):
                distinct.append(m)
            if len(distinct) == 2:
                return distinct[1]
        return None
    if kind == "person":
        people = [m for m in prior if m.type == "person"]
        return people[-1] if people else None
    in_sent = [m for m in prior if m.type == "org" and m.start >= sent.start and not ctx.is_oblique(m, sent)]
    not_subject = None
    if word not in ctx.cues.lex["possessive_refs"] and _after_preposition(ctx, pos):
        ci = sent.clause_index(pos)
        not_subject = next((m for m in in_sent if sent.clause_index(m.start) == ci), None)
    for cand in (*in_sent, salient_org(ctx, pos), topic_org(ctx, sent.start)):
        if cand is not None and (not_subject is None or (cand.entity_id or cand.name) != (not_subject.entity_id or not_subject.name)):
            return cand  # the sentence's subject first
    return None


def _after_preposition(ctx: Context, pos: int) -> bool:
    """Whether a preposition (with, 与, 和 …) stands right before ``pos``."""
    before = ctx.before_words(pos, 6).rstrip()
    return any(before.endswith(p) and (not p.isascii() or before == p or not before[-len(p) - 1].isalpha()) for p in ctx.cues.oblique)


def _clause_subject(ctx: Context, sent: Sentence, mentions: list[Mention]) -> Mention | None:
    """The organisation a sentence is about: its first organisation not after a preposition (a possessive only if none else)."""
    found = [m for m in mentions if m.type in ("org", "person") and m.entity_id not in ctx.venues and not ctx.is_oblique(m, sent)]
    if found and found[0].type == "person":
        return None  # a sentence about a person ("He will report to …, a former Microsoft executive")
    found = [m for m in found if m.type == "org"]
    plain = [m for m in found if not ctx.low.startswith("'s", m.end)]
    pick = plain or found
    return pick[0] if pick else None


_PRONOUNS = ("it", "its", "they", "their", "we", "our")


def _english_antecedent(ctx: Context, pos: int, sent: Sentence, real: list[Mention], refs: list[Mention]) -> Mention | None:
    """it / the company: the subject before it in its sentence; else, for a pronoun, the subject of the nearest sentence
    before that has one, and for a description (the company, the startup), the organisation the article is most about."""
    word = ctx.low[pos : pos + 5].split(" ")[0].strip(",.;:'")
    pronoun = word in _PRONOUNS
    here = Mention(pos, pos + 1, "", "org", None, None, "coref")
    near = _before(real, refs, pos, max(0, pos - _SALIENCE_WINDOW))
    in_sent = [m for m in near if sent.start <= m.start and (m.source != "coref" or m.text[:4].lower() == "the ")]
    partner = None if pronoun else _coordinated_other(ctx, pos, near)
    if partner is not None:
        return partner
    if pronoun or not ctx.is_oblique(here, sent):  # "invested in the company": not the subject itself
        subject = _clause_subject(ctx, sent, in_sent)
        if subject is not None:
            return subject
    mentioned = near
    lead = ctx.low[sent.start : sent.start + 4]
    about_person = lead.startswith(("he ", "she ")) or next((m.type for m in in_sent if not ctx.is_oblique(m, sent)), None) == "person"
    if pronoun or about_person:  # He replaces X, who will leave the company: the company of the sentence before
        i = bisect_left(ctx.sentence_starts(), sent.start)
        for prev in reversed(ctx.sentences[max(0, i - 5) : i]):
            subject = _clause_subject(ctx, prev, [m for m in mentioned if prev.start <= m.start and m.end <= prev.end])
            if subject is not None:
                return subject
    avoid = {m.entity_id or m.name for m in in_sent if m.type == "org" and not ctx.is_oblique(m, sent)}
    other = None if pronoun else _other_than_pronoun_subject(ctx, sent, near, avoid)
    return other or _english_salient(ctx, mentioned, avoid)


def _coordinated_other(ctx: Context, pos: int, near: list[Mention]) -> Mention | None:
    """SoftBank and the U.S. startup launched a venture: a description joined by "and" to a name is another company,
    the one named last before that name."""
    named = [m for m in near if m.type == "org" and m.source != "coref"]
    if not named or not re.fullmatch(r"\s+and\s+", ctx.low[named[-1].end : pos]):
        return None
    first = named[-1].entity_id or named[-1].name
    return next((m for m in reversed(named[:-1]) if (m.entity_id or m.name) != first and pos - m.end <= 1500), None)


def _other_than_pronoun_subject(ctx: Context, sent: Sentence, near: list[Mention], avoid: set[str | None]) -> Mention | None:
    """One of OpenAI's biggest shareholders. It completed an investment in the ChatGPT maker: with a pronoun subject, a
    description after a preposition is the other company just named (the sentence before), not the subject's."""
    lead = ctx.low[sent.start : sent.start + 4]
    if not lead.startswith(("it ", "its ")):
        return None
    i = bisect_left(ctx.sentence_starts(), sent.start)
    if i == 0:
        return None
    prev = ctx.sentences[i - 1]
    subject = _clause_subject(ctx, prev, [m for m in near if prev.start <= m.start and m.end <= prev.end])
    skip = avoid | ({subject.entity_id or subject.name} if subject is not None else set())
    others = [m for m in near if prev.start <= m.start and m.end <= prev.end and m.type == "org" and m.source != "coref" and (m.entity_id or m.name) not in skip]
    return others[-1] if len(others) == 1 else None


_SALIENCE_WINDOW = 6000  # how far back salience counts: a long page's company is the one of its recent stretch


def _before(real: list[Mention], refs: list[Mention], pos: int, lo: int) -> list[Mention]:
    """The names and references ending before ``pos`` and starting at ``lo`` or later, in text order."""
    i = bisect_left([m.start for m in real], lo) if len(real) < 64 else _bisect_start(real, lo)
    found = [m for m in real[i:] if m.start < pos and m.end <= pos]
    for r in reversed(refs):  # references come in text order, sentence by sentence
        if r.start < lo:
            break
        if r.end <= pos:
            found.append(r)
    return sorted(found, key=lambda m: m.start)


def _bisect_start(items: list[Mention], lo: int) -> int:
    a, b = 0, len(items)
    while a < b:
        mid = (a + b) // 2
        if items[mid].start < lo:
            a = mid + 1
        else:
            b = mid
    return a


def english_topic(ctx: Context, pos: int) -> Mention | None:
    """The organisation an English article is about so far: named most often as a subject, the lead's subject counting triple."""
    return _english_salient(ctx, [m for m in ctx.mentions_in(max(0, pos - _SALIENCE_WINDOW), pos) if m.end <= pos and m.type == "org"], set())


def _english_salient(ctx: Context, mentioned: list[Mention], avoid: set[str | None]) -> Mention | None:
    """The organisation named most often as a subject so far (the lead's subject counts triple; ties: the most recent)."""
    counts: Counter[str] = Counter()
    latest: dict[str, Mention] = {}
    lead = _clause_subject(ctx, ctx.sentences[0], ctx.mentions_in(ctx.sentences[0].start, ctx.sentences[0].end)) if ctx.sentences else None
    starts = [s.start for s in ctx.sentences]
    for m in mentioned:
        if m.type != "org" or m.entity_id in ctx.venues:
            continue
        if m.start not in ctx._subjectish:
            i = bisect_left(starts, m.start + 1) - 1
            sent = ctx.sentences[i] if i >= 0 and m.start < ctx.sentences[i].end else None
            ctx._subjectish[m.start] = sent is not None and not ctx.is_oblique(m, sent)
        if not ctx._subjectish[m.start]:
            continue
        key = m.entity_id or m.name or m.text
        if key in avoid:
            continue
        counts[key] += 3 if m is lead else 1
        latest[key] = m
    if not counts:
        return None
    best = max(counts.values())
    return max((latest[k] for k, c in counts.items() if c == best), key=lambda m: m.start)


def salient_org(ctx: Context, pos: int) -> Mention | None:
    """The organisation named most often before ``pos`` (ties: the most recent), as its latest mention."""
    key = (id(ctx.mentions), len(ctx.mentions))
    if ctx._salient_key != key:
        # one pass: after each org mention, which org leads so far
        counts: Counter[str] = Counter()
        latest: dict[str, Mention] = {}
        starts: list[int] = []
        leaders: list[Mention] = []
        leader = ""
        for m in ctx.mentions:
            if m.type == "org" and m.source != "coref":
                name = m.entity_id or m.name or m.text
                counts[name] += 1
                latest[name] = m
                if not leader or counts[name] >= counts[leader]:  # ties go to the most recent
                    leader = name
                starts.append(m.start)
                leaders.append(latest[leader])
        ctx._salient = (starts, leaders)
        ctx._salient_key = key
    starts, leaders = ctx._salient
    i = bisect_left(starts, pos)
    return leaders[i - 1] if i else None
