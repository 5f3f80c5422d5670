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


@lru_cache(maxsize=2)
def _converter(config: str) -> opencc.OpenCC:
    return opencc.OpenCC(config)


def convert_same_length(text: str, config: str) -> str:
    """Convert with an OpenCC config (t2s, s2t), keeping the length; fall back per character if a phrase rule would not."""
    conv = _converter(config)
    out: str = conv.convert(text)
    if len(out) == len(text):
        return out
    return "".join(c if len(s := conv.convert(c)) != 1 else s for c in text)


def to_simplified(text: str) -> str:
    """Convert traditional characters to simplified, keeping the length."""
    return convert_same_length(text, "t2s")


def halfwidth(text: str) -> str:
    """Map full-width ASCII forms (Ａ１，：), the ideographic space and name dots to half-width forms."""
    return text.translate(_FULLWIDTH)


def normalize(text: str) -> str:
    """The normalized view: simplified script, half-width ASCII; same length as ``text``."""
    return halfwidth(to_simplified(text))
