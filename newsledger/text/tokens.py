"""Word tokens with offsets, from rjieba over the normalized (simplified) view."""

from __future__ import annotations

import rjieba

# Tags the segmenter's dictionary gets wrong for news vocabulary: product and place nouns it reads as adverbs
# or verbs (相机/d, 大连/d, 显卡/v), the 控股 that ends company names, and verbs it reads as place names.
_TAG_FIXES = {
    "相机": "n",
    "显卡": "n",
    "无人机": "n",
    "一体机": "n",
    "主机": "n",
    "操作系统": "n",
    "控股": "n",
    "大连": "ns",
    "首发": "v",
    "上市": "v",
    "加盟": "v",
    "官宣": "v",
    "教练": "n",
}


def tokens(norm: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str, str]]:
    """(start, end, word, part-of-speech tag) for each token of ``norm[start:end]``."""
    end = len(norm) if end is None else end
    out: list[tuple[int, int, str, str]] = []
    pos = start
    for word, flag in rjieba.tag(norm[start:end]):
        out.append((pos, pos + len(word), word, _TAG_FIXES.get(word, flag)))
        pos += len(word)
    return out
