"""The same pages give the same events whatever the interpreter's string-hash seed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "pages"
_SCRIPT = (
    "import json, sys\n"
    "from newsledger.ingest import read_path\n"
    "from newsledger.extract.pipeline import Extractor\n"
    "x = Extractor()\n"
    "for p in sys.argv[1:]:\n"
    "    for d in read_path(p):\n"
    "        x(d)\n"
    "        print(json.dumps([(e.type, e.evidence.start, e.modality, e.attribution, sorted(map(str, e.args.items()))) for e in d.events], ensure_ascii=False))\n"
)


def _run(seed: str, pages: list[str]) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    return subprocess.run([sys.executable, "-c", _SCRIPT, *pages], env=env, capture_output=True, text=True, check=True).stdout


def test_events_do_not_depend_on_the_hash_seed() -> None:
    pages = [str(p) for p in sorted(PAGES.glob("*/*_3[0-9].txt"))[::3]]
    assert pages
    first = _run("1", pages)
    assert first.count("\n") == len(pages)
    assert _run("2", pages) == first
    assert _run("3", pages) == first
