"""Trigger words of every event type, found with one automaton over the normalized view."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import ahocorasick

from newsledger.resolve.kb import alias_key
from newsledger.schema import Schema
from newsledger.schema import load as load_schema


@dataclass(frozen=True, slots=True)
class Trigger:
    """A trigger word occurrence and the event types it may start."""

    start: int
    end: int
    word: str
    types: tuple[str, ...]


def _word_char(c: str) -> bool:
    return c.isascii() and c.isalnum()


class TriggerFinder:
    """Finds trigger words (longest, leftmost, non-overlapping) for all types in the schema."""

    def __init__(self, schema: Schema | None = None) -> None:
        self.schema = schema or load_schema()
        words: dict[str, list[str]] = {}
        for t in self.schema.types.values():
            for lang_words in t.triggers.values():
                for w in lang_words:
                    key = alias_key(w)
                    if t.name not in words.setdefault(key, []):
                        words[key].append(t.name)
        for w in self.schema.non_triggers:
            words.setdefault(alias_key(w), [])
        self._auto = ahocorasick.Automaton()
        for key, types in words.items():
            self._auto.add_word(key, (key, tuple(types)))
        self._auto.make_automaton()

    def find(self, low: str, start: int, end: int) -> list[Trigger]:
        """Trigger occurrences in ``low[start:end]`` (``low`` is the lower-cased normalized view)."""
        hits: list[Trigger] = []
        # iterate over the slice: the automaton reads the whole string it is given on every call
        for last_in, (key, types) in self._auto.iter(low[start:end]):
            last = last_in + start
            s, e = last - len(key) + 1, last + 1
            if _word_char(key[0]) and s > 0 and _word_char(low[s - 1]):
                continue
            if _word_char(key[-1]) and e < len(low) and _word_char(low[e]):
                continue
            hits.append(Trigger(s, e, key, types))
        hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
        out: list[Trigger] = []
        until = -1
        for h in hits:
            if h.start >= until:
                out.append(h)
                until = h.end
        return [h for h in out if h.types]


@lru_cache(maxsize=1)
def default_finder() -> TriggerFinder:
    """A finder over the shipped schema (built once)."""
    return TriggerFinder()
