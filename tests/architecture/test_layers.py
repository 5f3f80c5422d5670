"""Imports flow one way along the pipeline: a module never reaches up the chain."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.conftest import ROOT

# layer of each top-level part of the package; a module may import only from its own layer or lower ones
LAYERS = {
    "core": 0,
    "schema": 1,
    "text": 2,
    "ingest": 3,
    "values": 3,
    "resolve": 4,
    "extract": 5,
    "jsonout": 5,
    "pipeline": 6,
    "store": 6,
    "serve": 7,
    "__init__": 8,
}
# ingest needs only core and text
ALLOWED_EXTRA = {"ingest": {"core", "text"}}


def _part(path: Path) -> str:
    rel = path.relative_to(ROOT / "newsledger")
    return rel.parts[0].removesuffix(".py")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("newsledger."):
            found.add(node.module.split(".")[1])
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("newsledger."):
                    found.add(alias.name.split(".")[1])
    return found


def test_no_module_reaches_up_the_pipeline() -> None:
    bad = []
    for path in sorted((ROOT / "newsledger").rglob("*.py")):
        part = _part(path)
        for target in _imports(path):
            if target == part:
                continue
            if (part in ALLOWED_EXTRA and target not in ALLOWED_EXTRA[part]) or LAYERS.get(target, 99) > LAYERS[part]:
                bad.append(f"{path.relative_to(ROOT)} imports newsledger.{target}")
    assert not bad, "\n".join(bad)
