"""Cue lexicons for modality, attribution, reference and titles, read from ``data/cues.toml``."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from newsledger.resolve.kb import alias_key


@dataclass(frozen=True)
class Cues:
    """All cue lists, in lookup form (normalized, lower-case)."""

    modality: dict[str, tuple[str, ...]]
    conditional: tuple[str, ...]
    attribution_generic: tuple[str, ...]
    frames_zh: tuple[str, ...]
    frames_en: tuple[str, ...]
    speech_en: tuple[str, ...]
    speech_zh: tuple[str, ...]
    source_before: tuple[str, ...]
    latter: tuple[str, ...]
    former: tuple[str, ...]
    org_refs: tuple[str, ...]
    person_refs: tuple[str, ...]
    oblique: tuple[str, ...]
    topic_frames: tuple[str, ...]
    titles: tuple[str, ...]
    strip_prefix: tuple[str, ...]
    not_products: tuple[str, ...]
    forecast: tuple[str, ...]
    event_anaphors: dict[str, tuple[str, ...]]
    lex: dict[str, tuple[str, ...]]  # the [lexicon] word lists, by name


def _keys(words: list[str]) -> tuple[str, ...]:
    return tuple(sorted({alias_key(w) if w.strip() else w for w in words}, key=lambda w: (-len(w), w)))  # longest first, then fixed


@lru_cache(maxsize=1)
def load() -> Cues:
    """The shipped cue lexicons."""
    raw = tomllib.loads(resources.files("newsledger.extract").joinpath("data", "cues.toml").read_text("utf-8"))
    return Cues(
        modality={k: _keys(v) for k, v in raw["modality"].items() if isinstance(v, list)},
        conditional=tuple(w.lower() for w in raw["modality"]["conditional"]),
        attribution_generic=_keys(raw["attribution"]["generic"]),
        frames_zh=tuple(raw["attribution"]["frames_zh"]),
        frames_en=tuple(raw["attribution"]["frames_en"]),
        speech_en=tuple(raw["attribution"]["speech_en"]),
        speech_zh=_keys(raw["attribution"]["speech_zh"]),
        source_before=_keys(raw["attribution"]["source_before"]),
        latter=_keys(raw["reference"]["latter"]),
        former=_keys(raw["reference"]["former"]),
        org_refs=_keys(raw["reference"]["org"]),
        person_refs=_keys(raw["reference"]["person"]),
        oblique=_keys(raw["prepositions"]["oblique"]),
        topic_frames=_keys(raw["prepositions"]["topic_frames"]),
        titles=_keys(raw["titles"]["words"]),
        strip_prefix=_keys(raw["titles"]["strip_prefix"]),
        not_products=_keys(raw["modality"]["not_products"]),
        forecast=_keys(raw["modality"]["forecast"]),
        event_anaphors={t: _keys(words) for t, words in raw.get("event_anaphors", {}).items()},
        lex={name: tuple(w if "|" in w else w.lower() for w in words) for name, words in raw.get("lexicon", {}).items()},  # "word|id|Name" entries keep their case
    )
