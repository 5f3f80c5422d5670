"""Orchestration: inputs → ingest → extract, one document at a time, errors reported per input."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from newsledger.core import Document, InputError
from newsledger.extract.pipeline import Extractor
from newsledger.ingest import read_bytes, read_path_with_errors

INPUT_SUFFIXES = {".txt", ".text", ".md", ".html", ".htm", ".json", ".jsonl", ".ndjson"}


@dataclass(frozen=True)
class Failure:
    """One input (or record) that could not be read or processed."""

    source: str
    message: str


def expand(paths: Iterable[str]) -> Iterator[str]:
    """Paths as given, with folders expanded to the page files below them (sorted)."""
    for p in paths:
        path = Path(p)
        if p != "-" and path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and child.suffix.lower() in INPUT_SUFFIXES:
                    yield str(child)
        else:
            yield p


def _reason(path: str, err: Exception) -> str:
    """The error text without a leading copy of the input's name (the CLI prints the name once)."""
    text = str(err)
    return text[len(path) + 2 :] if text.startswith(path + ": ") else text


def read(paths: Iterable[str]) -> Iterator[Document | Failure]:
    """Every document of every input, or a Failure naming the input that could not be read."""
    for p in expand(paths):
        try:
            if p == "-":
                docs, errors = read_bytes(sys.stdin.buffer.read(), "-"), list[InputError]()
            else:
                docs, errors = read_path_with_errors(p)
        except InputError as exc:
            yield Failure(p, _reason(p, exc))
            continue
        except OSError as exc:
            yield Failure(p, exc.strerror or str(exc))
            continue
        for err in errors:
            yield Failure(p, _reason(p, err))
        yield from docs


def run(paths: Iterable[str], extractor: Extractor | None = None) -> Iterator[Document | Failure]:
    """Read and extract every input; a document that fails extraction becomes a Failure, the batch goes on."""
    extractor = extractor or Extractor()
    for item in read(paths):
        if isinstance(item, Failure):
            yield item
            continue
        try:
            yield extractor(item)
        except Exception as exc:  # one bad page must not stop the batch
            yield Failure(item.source, f"extraction failed: {type(exc).__name__}: {exc}")
