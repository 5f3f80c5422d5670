"""Bytes to text, and which script a text is written in.

``decode`` returns the text with every newline normalized to ``\\n`` (``\\r\\n`` and lone
``\\r`` included) and any byte-order mark removed: all offsets in a ``Document`` index
this decoded, newline-normalized text.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from functools import lru_cache

from newsledger.core import InputError
from newsledger.text.normalize import convert_same_length, to_simplified

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_LATIN = re.compile(r"[A-Za-z]")
_ODD = re.compile(r"[\ue000-\uf8ff\u3040-\u30ff\u0400-\u04ff\u2500-\u257f\ufffd]")
_BIG5 = ("cp950", "big5hkscs", "big5")


def decode(data: bytes, name: str = "-") -> str:
    """Decode page bytes (BOM, UTF-8, GB18030 or Big5, else charset-normalizer); raise ``InputError`` if not text."""
    if not data.strip():
        raise InputError(f"{name}: empty input")
    text = _decode(data, name)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(f"{name}: empty input")
    if _controls(text) > max(2, len(text) // 20):
        raise InputError(f"{name}: binary file (control characters)")
    return text


def _controls(text: str) -> int:
    return sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\n\t\f\v\r\x1b")


def _decode(data: bytes, name: str) -> str:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return _strict(data[len(bom):], codec)
            except UnicodeDecodeError as exc:
                raise InputError(f"{name}: undecodable ({codec} with BOM: {exc.reason})") from exc
    if b"\x00" in data:
        wide = _bomless_utf16(data)
        if wide is None:
            raise InputError(f"{name}: binary file (NUL bytes)")
        try:
            text = _strict(data, wide)
        except UnicodeDecodeError as exc:
            raise InputError(f"{name}: binary file (NUL bytes)") from exc
        if _controls(text) > max(2, len(text) // 20):
            raise InputError(f"{name}: binary file (NUL bytes)")
        return text
    try:
        return _strict(data, "utf-8")
    except UnicodeDecodeError:
        pass
    legacy = _chinese_legacy(data)
    return legacy if legacy is not None else _fallback(data, name)


def _strict(data: bytes, codec: str) -> str:
    """Decode strictly, forgiving only a multibyte character cut off at the very end."""
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        if exc.start >= len(data) - 3 and exc.end >= len(data) and exc.start > 0:
            return data[: exc.start].decode(codec)
        raise


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM shows NULs at every other byte for ASCII-heavy text."""
    even, odd = data[0::2], data[1::2]
    if len(data) < 4 or len(data) % 2:
        return None
    if odd.count(0) >= 0.4 * len(odd) and even.count(0) <= 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) >= 0.4 * len(even) and odd.count(0) <= 0.05 * len(odd):
        return "utf-16-be"
    return None


@lru_cache(maxsize=1)
def _common() -> frozenset[str]:
    """The ~3,755 most common hanzi (GB2312 level 1) plus their traditional forms."""
    chars = []
    for hi in range(0xB0, 0xD8):
        for lo in range(0xA1, 0xFF):
            try:
                chars.append(bytes([hi, lo]).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    simplified = "".join(chars)
    return frozenset(simplified) | frozenset(_to_traditional(simplified))


def _chinese_legacy(data: bytes) -> str | None:
    """GB18030 or Big5, whichever decodes cleanly into more common characters (mostly common, or neither)."""
    best: tuple[int, str] | None = None
    common = _common()
    for codec in ("gb18030", *_BIG5):
        try:
            text = _strict(data, codec)
        except UnicodeDecodeError:
            continue
        cjk = _CJK.findall(text)
        hits = sum(1 for ch in cjk if ch in common)
        if not cjk or hits < 0.6 * len(cjk):
            continue
        score = hits - 2 * len(_ODD.findall(text))
        if best is None or score > best[0]:
            best = (score, text)
    return best[1] if best else None


def _fallback(data: bytes, name: str) -> str:
    try:
        from charset_normalizer import from_bytes
    except ImportError as exc:  # pragma: no cover - declared dependency
        raise InputError(f"{name}: undecodable") from exc
    match = from_bytes(data).best()
    if match is None:
        raise InputError(f"{name}: undecodable")
    return str(match)


def detect_script(text: str) -> str:
    """``zh-Hans``, ``zh-Hant``, ``en`` or ``mixed``: by Latin letters vs CJK and OpenCC's view of the CJK."""
    cjk = _CJK.findall(text)
    latin = len(_LATIN.findall(text))
    han = len(cjk)
    if han == 0:
        return "en" if latin else "mixed"
    share = han / (han + latin / 3)
    if share < 0.15:
        return "en"
    if share < 0.5:
        return "mixed"
    chars = "".join(cjk)
    trad = sum(1 for a, b in zip(chars, to_simplified(chars), strict=True) if a != b)
    simp = sum(1 for a, b in zip(chars, _to_traditional(chars), strict=True) if a != b)
    if trad and simp and min(trad, simp) >= 5 and min(trad, simp) / max(trad, simp) >= 0.3:
        return "mixed"
    return "zh-Hant" if trad > simp else "zh-Hans"


def _to_traditional(chars: str) -> str:
    return convert_same_length(chars, "s2t")
