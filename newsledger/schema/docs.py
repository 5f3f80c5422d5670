"""Documentation generated from the schema (docs/schema.md is this output, checked by a test)."""

from __future__ import annotations

from typing import Any

from newsledger.schema import load


def schema_json() -> dict[str, Any]:
    """The schema as a JSON-ready mapping: types → roles → kind."""
    s = load()
    return {
        "version": s.version,
        "modalities": s.modalities,
        "kinds": s.kinds,
        "types": {
            t.name: {"label": t.label, "roles": {r.name: r.kind for r in t.roles.values()}, "require": [list(g) for g in t.require]}
            for t in s.types.values()
        },
    }


def schema_markdown() -> str:
    """The schema as Markdown."""
    s = load()
    lines = [
        "# Event schema",
        "",
        "Generated from `newsledger/schema/events.toml` by `newsledger schema --format md`; do not edit by hand.",
        "",
        "## Value kinds",
        "",
        "| kind | JSON form |",
        "|---|---|",
    ]
    lines += [f"| {k} | {v} |" for k, v in s.kinds.items()]
    lines += ["", "## Modalities", "", "| modality | meaning |", "|---|---|"]
    lines += [f"| {k} | {v} |" for k, v in s.modalities.items()]
    lines += ["", "## Event types", ""]
    for t in s.types.values():
        lines += [f"### {t.name}", "", t.label + ".", ""]
        need = " or ".join("+".join(g) for g in t.require)
        if need:
            lines += [f"Emitted when it has: {need}.", ""]
        lines += ["| role | kind | fillers |", "|---|---|---|"]
        for r in t.roles.values():
            fill = ", ".join(r.entity) if r.kind == "entity" else (r.units or "")
            lines.append(f"| {r.name} | {r.kind} | {fill} |")
        words = ", ".join(w for ws in t.triggers.values() for w in ws[:8])
        lines += ["", f"Trigger words (first of each language): {words}", ""]
    return "\n".join(lines) + "\n"
