"""Decoding: BOMs, UTF-8, GB18030 vs Big5, the fallback, and rejecting binary/empty/undecodable input."""

from __future__ import annotations

import codecs

import pytest

from newsledger.core import InputError
from newsledger.ingest import decode

HANS = "据知情人士透露，字节跳动计划将今年的AI资本开支提高至约1600亿元，其中近半将用于采购芯片。\r\n公司发言人表示不予置评。"
HANT = "（中央社記者王曉明台北8日電）鴻海今天公布第一季財報，單季營收新台幣1.8兆元，年增逾兩成。\r\n公司表示，AI伺服器出貨持續暢旺。"
EN = "Oracle signed a cloud deal worth about $30 billion a year, the company said in a filing.\r\nIts shares rose 6%."


def _lf(text: str) -> str:
    return text.replace("\r\n", "\n")


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        (HANS, "gb18030"), (HANS, "gbk"), (HANS, "gb2312"), (HANT, "big5"), (HANT, "cp950"),
        (HANT, "gb18030"), (HANS, "utf-8"), (HANT, "utf-8"), (EN, "utf-8"), (EN, "ascii"),
    ],
)
def test_legacy_and_utf8(text: str, codec: str) -> None:
    assert decode(text.encode(codec), "page.txt") == _lf(text)


@pytest.mark.parametrize(
    ("text", "bom", "codec"),
    [
        (HANS, codecs.BOM_UTF8, "utf-8"),
        (HANT, codecs.BOM_UTF16_LE, "utf-16-le"),
        (HANS, codecs.BOM_UTF16_BE, "utf-16-be"),
        (EN, codecs.BOM_UTF32_LE, "utf-32-le"),
        (HANT, codecs.BOM_UTF32_BE, "utf-32-be"),
    ],
)
def test_boms(text: str, bom: bytes, codec: str) -> None:
    out = decode(bom + text.encode(codec), "page.txt")
    assert out == _lf(text)
    assert not out.startswith("\ufeff")


def test_newlines_are_normalized() -> None:
    assert decode(b"a\r\nb\rc\n", "x") == "a\nb\nc\n"


def test_bomless_utf16_ascii_heavy() -> None:
    assert decode(EN.encode("utf-16-le"), "x") == _lf(EN)


def test_truncated_multibyte_at_the_end() -> None:
    # A crawler cut the last character in half: keep the rest, do not switch codec.
    assert decode(HANS.encode("utf-8")[:-1], "x") == _lf(HANS)[:-1]
    assert decode(HANT.encode("big5")[:-1], "x") == _lf(HANT)[:-1]
    assert decode(HANS.encode("gb18030")[:-1], "x") == _lf(HANS)[:-1]


def test_latin_fallback() -> None:
    assert "caf" in decode("Le café de Paris, déjà vu".encode("cp1252"), "x")


@pytest.mark.parametrize("data", [b"", b"   \n\t  ", codecs.BOM_UTF8 + b"  \n", codecs.BOM_UTF16_LE + " \n".encode("utf-16-le")])
def test_empty(data: bytes) -> None:
    with pytest.raises(InputError, match=r"^pages/x\.txt: empty input$"):
        decode(data, "pages/x.txt")


def test_binary_nul_bytes() -> None:
    with pytest.raises(InputError, match=r"^pages/x\.bin: binary file \(NUL bytes\)$"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00", "pages/x.bin")


def test_binary_control_characters() -> None:
    with pytest.raises(InputError, match="binary file"):
        decode(bytes(range(1, 32)) * 20 + b"some text", "x.dat")


def test_undecodable_after_bom() -> None:
    with pytest.raises(InputError, match="undecodable"):
        decode(codecs.BOM_UTF8 + b"ok \xff\xfe\xfd broken \xc3\x28 here", "x.txt")
