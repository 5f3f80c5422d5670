"""Offset-preserving normalized view: OpenCC t2s plus full-width to half-width.

Both conversions map one character to one character, so index ``i`` of the
normalized view is index ``i`` of the original text: a match found in the
normalized view maps back to the original characters unchanged.
"""

from __future__ import annotations

from functools import lru_cache

import opencc

_FULLWIDTH = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}
_FULLWIDTH[0x3000] = 0x20  # ideographic space
for _dot in (0x2027, 0x30FB, 0xFF65, 0x2022):  # name middle dots: ‧ ・ ･ • → ·
    _FULLWIDTH[_dot] = 0x00B7


@lru_cache(maxsize=1)
def _converter() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """Convert traditional characters to simplified, keeping the length; fall back per char if not."""
    out: str = _converter().convert(text)
    if len(out) == len(text):
        return out
    # t2s is length-preserving on CJK Unified characters; guard against the odd phrase rule anyway.
    conv = _converter()
    return "".join(c if len(s := conv.convert(c)) != 1 else s for c in text)


def halfwidth(text: str) -> str:
    """Map full-width ASCII forms (Ａ１，：), the ideographic space and name dots to half-width forms."""
    return text.translate(_FULLWIDTH)


def normalize(text: str) -> str:
    """The normalized view: simplified script, half-width ASCII; same length as ``text``."""
    return halfwidth(to_simplified(text))
