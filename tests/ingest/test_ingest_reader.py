"""Reading files and bytes: kinds by extension or content, ids, sources and file-level errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from ingest_helpers import FIXTURES

from newsledger.core import InputError
from newsledger.ingest import read_bytes, read_path
from newsledger.ingest.reader import MAX_BYTES

DUMP = FIXTURES / "dumps" / "en_wire.txt"


def test_dump_id_and_source() -> None:
    [doc] = read_path(str(DUMP))
    assert doc.id == "en_wire"
    assert doc.source == str(DUMP)


def test_stdin_name() -> None:
    [doc] = read_bytes(DUMP.read_bytes(), "-")
    assert (doc.id, doc.source) == ("-", "-")
    assert doc.title == "Samsung weighs $10 billion chip packaging plant in Texas, sources say"


@pytest.mark.parametrize(
    ("payload", "expect"),
    [
        (json.dumps({"id": "a", "text": "Nvidia beat estimates, the company said."}).encode(), "a"),
        (b'{"id": "b", "text": "one"}\n{"id": "c", "text": "two"}\n', "b"),
        (b"<!DOCTYPE html><html><body><article><p>" + b"Meta plans layoffs across its AI unit, people said. " * 4 + b"</p></article></body></html>", "blob"),
        (DUMP.read_bytes(), "blob"),
    ],
)
def test_unknown_extension_is_sniffed(payload: bytes, expect: str) -> None:
    docs = read_bytes(payload, "feeds/blob.bin")
    assert docs[0].id == expect


def test_kind_override() -> None:
    [doc] = read_bytes(b"<p>Not really HTML, just a line about Meta layoffs that people discussed.</p>", "a.txt", kind="dump")
    assert doc.text.startswith("<p>")
    with pytest.raises(InputError, match="unknown kind"):
        read_bytes(b"x", "a.txt", kind="pdf")


def test_file_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"missing\.txt: no such file"):
        read_path(tmp_path / "missing.txt")
    with pytest.raises(InputError, match="is a directory"):
        read_path(tmp_path)
    big = tmp_path / "big.txt"
    with big.open("wb") as fh:
        fh.truncate(MAX_BYTES + 1)
    with pytest.raises(InputError, match=r"big\.txt: too large \(> 20 MB\)"):
        read_path(big)
    with pytest.raises(InputError, match=r"too large"):
        read_bytes(b"a" * (MAX_BYTES + 1), "-")
    binary = tmp_path / "x.bin"
    binary.write_bytes(b"\x00\x01\x02\x03" * 10)
    with pytest.raises(InputError, match=r"x\.bin: binary file \(NUL bytes\)"):
        read_path(binary)
