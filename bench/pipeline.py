"""Throughput and memory of the whole pipeline (ingest → extract) on the fixture pages.

    python bench/pipeline.py [--repeat N] [--pages DIR]

Reads every page once (decoding and segmentation included in the timing), extracts events,
repeats the pass N times, and prints pages/s, characters/s and the peak resident memory.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

from newsledger.extract.pipeline import Extractor
from newsledger.ingest import read_bytes

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--pages", default=str(ROOT / "tests" / "fixtures" / "pages"))
    ap.add_argument("--scale", action="store_true", help="also time one long page made of 10, 40 and 160 article bodies")
    ns = ap.parse_args(argv)
    files = sorted(p for p in Path(ns.pages).rglob("*") if p.suffix in (".txt", ".html", ".json", ".jsonl"))
    blobs = [(p.name, p.read_bytes()) for p in files]
    t0 = time.perf_counter()
    extractor = Extractor()
    warm = time.perf_counter() - t0
    pages = chars = events = 0
    t1 = time.perf_counter()
    for _ in range(ns.repeat):
        for name, data in blobs:
            for doc in read_bytes(data, name):
                extractor(doc)
                pages += 1
                chars += len(doc.text)
                events += len(doc.events)
    dt = time.perf_counter() - t1
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"start-up (schema, KB, automata): {warm:.2f} s")
    print(f"{pages} pages, {chars:,} chars, {events} events in {dt:.2f} s")
    print(f"throughput: {pages / dt:.1f} pages/s, {chars / dt:,.0f} chars/s")
    print(f"peak RSS: {rss:.0f} MiB")
    if ns.scale:
        _scale(extractor, blobs)
    return 0


def _scale(extractor: Extractor, blobs: list[tuple[str, bytes]]) -> None:
    """Time a single long page built from many article bodies: extraction must stay linear."""
    from newsledger.core import Document, Span

    docs = [d for name, data in blobs for d in read_bytes(data, name)]
    for lang in ("mixed", "en"):  # English reads references against the whole page so far: it is timed on its own
        bodies = [d.text[d.body.start : d.body.end] for d in docs if lang == "mixed" or d.lang == lang][:30]
        for n in (1, 4, 16):
            text = "\n\n".join(bodies * n)
            doc = Document(id="long", source="long", text=text, lang=lang, body=Span(0, len(text)))
            t = time.perf_counter()
            extractor(doc)
            dt = time.perf_counter() - t
            print(f"one {lang} page of {len(text):>9,} chars: {dt:6.2f} s, {len(text) / dt:,.0f} chars/s, {len(doc.events)} events")


if __name__ == "__main__":
    sys.exit(main())
