"""Word tokens with offsets, from rjieba over the normalized (simplified) view."""

from __future__ import annotations

import rjieba


def tokens(norm: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str, str]]:
    """(start, end, word, part-of-speech tag) for each token of ``norm[start:end]``."""
    end = len(norm) if end is None else end
    out: list[tuple[int, int, str, str]] = []
    pos = start
    for word, flag in rjieba.tag(norm[start:end]):
        out.append((pos, pos + len(word), word, flag))
        pos += len(word)
    return out
