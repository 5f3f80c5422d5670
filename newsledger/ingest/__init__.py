"""Ingest: bytes, files and records to ``Document``s with body span, metadata and related headlines.

Offsets: every ``start``/``end`` (``Document.body``, ``Headline.start``/``end``) indexes
``Document.text``, which is the decoded input with newlines normalized to ``\\n`` (a page
dump or plain-text record as given; HTML as ``title\\n\\nbody`` plus any related-links
block, see ``newsledger.ingest.html``).

``read_path`` / ``read_bytes`` return the documents and raise ``InputError`` only when nothing
could be read; ``read_path_with_errors`` / ``read_bytes_with_errors`` also return the
per-record errors of JSON/JSONL input, whose good records still load.
"""

from newsledger.ingest.decode import decode, detect_script
from newsledger.ingest.dump import parse_dump
from newsledger.ingest.html import parse_html
from newsledger.ingest.reader import read_bytes, read_bytes_with_errors, read_path, read_path_with_errors
from newsledger.ingest.records import parse_json, parse_jsonl

__all__ = [
    "decode",
    "detect_script",
    "parse_dump",
    "parse_html",
    "parse_json",
    "parse_jsonl",
    "read_bytes",
    "read_bytes_with_errors",
    "read_path",
    "read_path_with_errors",
]
