"""The command line: thin wrappers that parse arguments and call the pipeline, store and value layer."""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import sys
from collections.abc import Sequence
from typing import Any

from newsledger.core import Document
from newsledger.jsonout import document_json
from newsledger.pipeline import Failure, run
from newsledger.store.base import EventQuery
from newsledger.store.sqlite import open_store


def _fail(f: Failure) -> None:
    print(f"newsledger: error: {f.source}: {f.message}", file=sys.stderr)


def _short(val: Any) -> str:
    if isinstance(val, list):
        return ", ".join(_short(v) for v in val)
    if isinstance(val, dict):
        if "name" in val:
            return str(val["name"])
        if "amount" in val:
            bound = {"more_than": ">", "at_least": ">=", "about": "~", "up_to": "<=", "less_than": "<"}.get(str(val.get("bound")), "")
            amount = val.get("amount") or 0
            return f"{bound}{amount:,.0f} {val.get('currency') or ''}".strip()
    if isinstance(val, float):
        return f"{val:g}"
    return str(val)


def _args_line(args: dict[str, Any]) -> str:
    return "; ".join(f"{k}={_short(v)}" for k, v in args.items())


def _print_table(rows: list[list[str]], header: list[str]) -> None:
    widths = [min(60, max([len(h)] + [len(r[i]) for r in rows])) for i, h in enumerate(header)]
    print("  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)))
    for r in rows:
        print("  ".join(c[:60].ljust(w) for c, w in zip(r, widths, strict=True)))


def cmd_extract(ns: argparse.Namespace) -> int:
    """Extract events from pages and print one JSON object per document."""
    failed = 0
    docs: list[dict[str, Any]] = []
    for item in run(ns.paths):
        if isinstance(item, Failure):
            _fail(item)
            failed += 1
            continue
        out = document_json(item)
        if ns.format == "jsonl":
            print(json.dumps(out, ensure_ascii=False), flush=True)
        elif ns.format == "table":
            _doc_table(item)
        else:
            docs.append(out)
    if ns.format == "json":
        print(json.dumps(docs, ensure_ascii=False, indent=2))
    return 1 if failed else 0


def _doc_table(doc: Document) -> None:
    print(f"# {doc.id}  [{doc.lang}]  {doc.title or ''}  — {doc.outlet or '?'} / {doc.author or '?'} / {doc.published or doc.dateline or '?'}")
    rows = [[e.type, e.modality, f"{e.confidence:.2f}", _args_line(e.args), e.evidence_text] for e in doc.events]
    if rows:
        _print_table(rows, ["type", "modality", "conf", "args", "evidence"])
    print(f"  {len(doc.events)} events, {len(doc.headlines)} related headlines\n")


def cmd_ingest(ns: argparse.Namespace) -> int:
    """Extract pages and store them in the ledger."""
    store = open_store(ns.db)
    stored = unchanged = events = failed = 0
    try:
        for item in run(ns.paths):
            if isinstance(item, Failure):
                _fail(item)
                failed += 1
                continue
            try:
                changed = store.put(item)
            except Exception as exc:  # the batch goes on; what is stored stays stored
                _fail(Failure(item.source, f"could not store: {exc}"))
                failed += 1
                continue
            stored += changed
            unchanged += not changed
            events += len(item.events)
            print(f"{item.id}: {len(item.events)} events, {len(item.headlines)} headlines" + ("" if changed else " (unchanged)"))
        print(
            f"ingested {stored + unchanged} documents ({stored} new or changed, {unchanged} unchanged), {events} events,"
            f" {failed} failed; ledger {store.path} holds {store.count('documents')} documents and {store.count('events')} events"
        )
    finally:
        store.close()
    return 1 if failed else 0


def cmd_events(ns: argparse.Namespace) -> int:
    """Read events back from the ledger."""
    store = open_store(ns.db)
    try:
        query = EventQuery(
            entity=ns.entity, type=ns.type, since=ns.since, until=ns.until, limit=ns.limit,
            min_confidence=ns.min_confidence, modality=ns.modality, source=ns.source,
        )
        rows = store.events(query)
    finally:
        store.close()
    if ns.format == "json":
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    elif ns.format == "csv":
        w = csv.writer(sys.stdout)
        w.writerow(["date", "type", "modality", "args", "doc_id", "outlet", "evidence", "confidence"])
        for r in rows:
            w.writerow([r["date"], r["type"], r["modality"], _args_line(r["args"]), r["doc_id"], r["outlet"], r["evidence"], r["confidence"]])
    else:
        _print_table(
            [[str(r["date"] or ""), r["type"], r["modality"], r["attribution"] or "", f"{r['confidence']:.2f}", _args_line(r["args"]), r["doc_id"], r["evidence"]] for r in rows],
            ["date", "type", "modality", "said by", "conf", "args", "doc", "evidence"],
        )
        print(f"{len(rows)} events")
    return 0


def cmd_values(ns: argparse.Namespace) -> int:
    """Print the values found in a text."""
    from newsledger.values import find_values

    anchor = dt.date.fromisoformat(ns.anchor) if ns.anchor else None
    text = sys.stdin.read() if ns.text == "-" else ns.text
    found = find_values(text, anchor)
    if ns.format == "json":
        for v in found:
            print(json.dumps({"kind": v.kind, "text": v.text, "start": v.start, "end": v.end, **v.norm}, ensure_ascii=False))
    else:
        _print_table(
            [[v.kind, v.text, f"{v.start}-{v.end}", json.dumps(v.norm, ensure_ascii=False)] for v in found],
            ["kind", "surface", "span", "normalized"],
        )
    return 0


def cmd_schema(ns: argparse.Namespace) -> int:
    """Print the event schema as Markdown (the generated docs) or JSON."""
    from newsledger.schema.docs import schema_json, schema_markdown

    print(schema_markdown() if ns.format == "md" else json.dumps(schema_json(), ensure_ascii=False, indent=2), end="")
    return 0


def parser() -> argparse.ArgumentParser:
    """The argument parser of the ``newsledger`` command."""
    p = argparse.ArgumentParser(prog="newsledger", description="A ledger of grounded facts from tech/finance news.")
    sub = p.add_subparsers(dest="command", required=True)
    e = sub.add_parser("extract", help="extract events from pages and print them")
    e.add_argument("paths", nargs="+", help="page files or folders (- for stdin)")
    e.add_argument("--format", choices=["jsonl", "json", "table"], default="jsonl")
    e.set_defaults(func=cmd_extract)
    i = sub.add_parser("ingest", help="extract pages and store them in the ledger")
    i.add_argument("paths", nargs="+")
    i.add_argument("--db", default=None, help="ledger path or sqlite:///path (default ./newsledger.db)")
    i.set_defaults(func=cmd_ingest)
    q = sub.add_parser("events", help="query events in the ledger")
    q.add_argument("--db", default=None)
    q.add_argument("--entity", help="an entity name in any script or alias")
    q.add_argument("--type", help="event type")
    q.add_argument("--since", help="earliest date (ISO prefix)")
    q.add_argument("--until", help="latest date (ISO prefix)")
    q.add_argument("--limit", type=int)
    q.add_argument("--min-confidence", type=float, help="only events at least this sure (0-1)")
    q.add_argument("--modality", choices=["reported", "rumored", "planned", "confirmed", "denied"])
    q.add_argument("--source", choices=["body", "headline"], help="events the article states, or its related headlines")
    q.add_argument("--format", choices=["table", "json", "csv"], default="table")
    q.set_defaults(func=cmd_events)
    v = sub.add_parser("values", help="find money, counts, shares, quantities and dates in a text")
    v.add_argument("text", help="the text (- for stdin)")
    v.add_argument("--anchor", help="the dateline, YYYY-MM-DD, for relative dates")
    v.add_argument("--format", choices=["json", "table"], default="table")
    v.set_defaults(func=cmd_values)
    s = sub.add_parser("schema", help="print the event schema")
    s.add_argument("--format", choices=["md", "json"], default="md")
    s.set_defaults(func=cmd_schema)
    h = sub.add_parser("help-md", help="print this command-line reference as Markdown")
    h.set_defaults(func=cmd_help_md)
    return p


def cli_markdown() -> str:
    """The command-line reference as Markdown (docs/cli.md is this output, checked by a test)."""
    p = parser()
    out = ["# Command line", "", "Generated from the argument parser by `newsledger help-md`; do not edit by hand.", ""]
    out += ["```", p.format_help().rstrip(), "```", ""]
    sub = next(a for a in p._actions if isinstance(a, argparse._SubParsersAction))
    for name, sp in sub.choices.items():
        if name == "help-md":
            continue
        out += [f"## newsledger {name}", "", "```", sp.format_help().rstrip(), "```", ""]
    return "\n".join(out)


def cmd_help_md(ns: argparse.Namespace) -> int:
    """Print the command-line reference as Markdown."""
    print(cli_markdown(), end="")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``newsledger`` command."""
    ns = parser().parse_args(argv)
    try:
        return int(ns.func(ns))
    except BrokenPipeError:
        return 0
    except ValueError as exc:
        print(f"newsledger: error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
