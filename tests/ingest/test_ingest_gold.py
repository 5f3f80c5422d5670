"""The shared seeds and the dev fixture pages against their gold metadata (skipped where absent)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from ingest_helpers import REPO, SHARED, iso, load_jsonl

from newsledger.core import Document
from newsledger.ingest import read_path
from newsledger.ingest.metadata import author_names

PAGES = REPO / "tests" / "fixtures" / "pages"
GOLD = REPO / "tests" / "fixtures" / "gold"


# Gold that disagrees with the page: an author the page never names, an editor taken as the author where
# other gold pages leave editors out.
_GOLD_DISAGREES: dict[str, str | None] = {"hans_32": None, "hans_31": None}
# The seeds name the outlet a 来源 line gives (TechWeb on a NetEase page); one gold page names the site.
_OUTLET_AS_SOURCED = {"hans_59": "智能涌现"}

# Pages 31–40, 51–60 and 61–70 were opened for tuning after their blind scoring; these reader gaps on them are
# still open. Strict: a gap that closes fails here until it is taken off the list.
_OPEN_GAPS = {("metadata", "en_56"), ("metadata", "hans_38"), ("metadata", "hant_36"), ("metadata", "en_66"),
              ("metadata", "hans_65"), ("metadata", "hant_63"), ("headlines", "en_67"), ("headlines", "hans_70"),
              ("headlines", "hant_63")}


def _cases() -> list[Any]:
    cases: list[Any] = []
    seeds = SHARED / "seeds"
    if (seeds / "gold.jsonl").exists():
        for gold in load_jsonl(seeds / "gold.jsonl"):
            cases.append(pytest.param(seeds / f"{gold['id']}.txt", gold, id=f"seed:{gold['id']}"))
    if GOLD.exists():
        for file in sorted(GOLD.glob("*.jsonl")):
            for gold in load_jsonl(file):
                if gold.get("split") != "dev":
                    continue  # test and holdout pages are measured by bench/ingest_gold.py, never tuned on
                page = PAGES / gold["lang"] / f"{gold['id']}.txt"
                if page.exists():
                    cases.append(pytest.param(page, gold, id=gold["id"]))
    return cases


CASES = _cases()


def _marked(test: str) -> list[Any]:
    """The cases for one test, open gaps marked as strict expected failures."""
    gap = pytest.mark.xfail(strict=True, reason="open reader gap on a page opened after blind scoring")
    return [pytest.param(*c.values, id=c.id, marks=[gap] if (test, c.id) in _OPEN_GAPS else []) for c in CASES]

pytestmark = pytest.mark.skipif(not CASES, reason="no seeds (../shared) and no fixture pages present")

_docs: dict[Path, Document] = {}


def _doc(path: Path) -> Document:
    if path not in _docs:
        docs = read_path(path)
        assert len(docs) == 1
        _docs[path] = docs[0]
    return _docs[path]


@pytest.mark.parametrize(("path", "gold"), _marked("metadata"))
def test_metadata(path: Path, gold: dict[str, Any]) -> None:
    doc = _doc(path)
    assert doc.id == path.stem
    assert doc.title == gold["title"]
    assert doc.outlet == _OUTLET_AS_SOURCED.get(gold["id"], gold["outlet"])
    expected = _GOLD_DISAGREES.get(gold["id"], gold["author"])
    names = author_names(doc.author)
    # one list of names: "A and B" = "A, B"; capitals kept as printed; some gold names only the lead author
    assert author_names(expected) in (names, names[:1])
    assert iso(doc.published) == iso(gold["published"])
    if "dateline" in gold:
        assert doc.dateline == gold["dateline"]
    if "lang" in gold:
        assert doc.lang == gold["lang"]


@pytest.mark.parametrize(("path", "gold"), _marked("body"))
def test_body(path: Path, gold: dict[str, Any]) -> None:
    doc = _doc(path)
    body = doc.text[doc.body.start:doc.body.end]
    assert body.startswith(gold["body_first_line"])
    assert body.endswith(gold["body_last_line"])


@pytest.mark.parametrize(("path", "gold"), _marked("headlines"))
def test_headlines(path: Path, gold: dict[str, Any]) -> None:
    doc = _doc(path)
    assert len(doc.headlines) == len(gold["headlines"])
    assert [h.title for h in doc.headlines] == [h["title"] for h in gold["headlines"]]
    # a gold list may give only the day of a headline printed with its time
    assert [(iso(h.time) or "")[: len(iso(g["time"]) or "")] if g["time"] else h.time for h, g in zip(doc.headlines, gold["headlines"], strict=True)] == [
        iso(g["time"]) for g in gold["headlines"]
    ]
    assert [h.outlet for h in doc.headlines] == [h["outlet"] for h in gold["headlines"]]
    for h in doc.headlines:
        assert doc.text[h.start:h.end] == h.title
        assert h.end <= doc.body.start or h.start >= doc.body.end
