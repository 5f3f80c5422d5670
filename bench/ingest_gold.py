"""Page-dump reading against the gold metadata, per split: title, outlet, author, dates, body bounds, headlines.

    python bench/ingest_gold.py [--split dev|test|holdout] [--failures]

The dev pages are also pinned by ``tests/ingest/test_ingest_gold.py``; the test and holdout pages are only
measured here, so the reader is never tuned on them.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import Any

from newsledger.extract.pipeline import Extractor
from newsledger.ingest import read_path
from newsledger.ingest.metadata import author_names

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT / "tests" / "fixtures" / "pages"
GOLD = ROOT / "tests" / "fixtures" / "gold"


@lru_cache(maxsize=1)
def _extractor() -> Extractor:
    return Extractor()


def _iso(v: Any) -> str | None:
    return str(v)[:16] if v else None


def check(doc: Any, gold: dict[str, Any]) -> dict[str, bool]:
    """Which parts of one page the reader got right."""
    body = doc.text[doc.body.start : doc.body.end]
    # a gold list may give only the day of a headline printed with its time
    days = [len(h["time"]) if h["time"] else 16 for h in gold["headlines"]] + [16] * len(doc.headlines)
    heads = [(h.title, (_iso(h.time) or "")[: n] or None, h.outlet) for h, n in zip(doc.headlines, days, strict=False)]
    return {
        "title": doc.title == gold["title"],
        "outlet": doc.outlet == gold["outlet"],
        "author": author_names(gold["author"]) in (author_names(doc.author), author_names(doc.author)[:1]),
        "published": _iso(doc.published) == _iso(gold["published"]),
        "body": body.startswith(gold["body_first_line"]) and body.endswith(gold["body_last_line"]),
        "headlines": heads == [(h["title"], _iso(h["time"]), h["outlet"]) for h in gold["headlines"]],
    }


def main(argv: list[str] | None = None) -> int:
    """Print the share of pages read right, per field and split."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=["dev", "test", "holdout"], action="append")
    ap.add_argument("--failures", action="store_true", help="list the page ids that fail each field")
    ns = ap.parse_args(argv)
    splits = ns.split or ["dev", "test", "holdout"]
    tally: dict[str, Counter[str]] = {s: Counter() for s in splits}
    failed: dict[str, list[str]] = {}
    for file in sorted(GOLD.glob("*.jsonl")):
        for line in file.read_text("utf-8").splitlines():
            gold = json.loads(line)
            split = gold.get("split")
            page = PAGES / gold["lang"] / f"{gold['id']}.txt"
            if split not in tally or not page.exists():
                continue
            (doc,) = read_path(page)
            if doc.outlet is None:  # as `newsledger extract` does: a known outlet alone on a masthead line
                doc.outlet = _extractor().masthead(doc)
            tally[split]["pages"] += 1
            for field, ok in check(doc, gold).items():
                tally[split][field] += ok
                if not ok:
                    failed.setdefault(f"{split}.{field}", []).append(gold["id"])
    fields = ["title", "outlet", "author", "published", "body", "headlines"]
    print(f"{'split':8} {'pages':>5} " + " ".join(f"{f:>9}" for f in fields))
    for split, t in tally.items():
        n = t["pages"] or 1
        print(f"{split:8} {t['pages']:>5} " + " ".join(f"{t[f] / n:9.3f}" for f in fields))
    if ns.failures:
        for key, ids in sorted(failed.items()):
            print(f"{key}: {' '.join(ids)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
