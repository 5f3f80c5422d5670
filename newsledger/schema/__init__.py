"""The event schema, loaded once from ``events.toml``: types, roles, value kinds, triggers."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from typing import Any

ROLE_KINDS = ("entity", "money", "count", "share", "date", "period", "quantity", "text")
MODALITIES = ("reported", "rumored", "planned", "confirmed", "denied")


@dataclass(frozen=True, slots=True)
class Role:
    """One role of an event type and how the extractor finds its filler."""

    name: str
    kind: str
    entity: tuple[str, ...] = ()
    side: str = "any"
    pre: tuple[str, ...] = ()
    post: tuple[str, ...] = ()
    default: bool = False
    many: bool = False
    pattern: str | None = None
    units: str | None = None
    exclusive: bool = False
    fallback: bool = False
    cue_any_side: bool = False
    not_pre: tuple[str, ...] = ()
    not_post: tuple[str, ...] = ()
    phrase: bool = False
    gather: bool = False
    minor: bool = False
    pre_pattern: re.Pattern[str] | None = None  # a cue written as a pattern, searched before the filler


@dataclass(frozen=True, slots=True)
class EventType:
    """An event type: its roles, required role groups and trigger words per language."""

    name: str
    label: str
    roles: dict[str, Role]
    require: tuple[tuple[str, ...], ...]
    triggers: dict[str, tuple[str, ...]] = field(default_factory=dict)
    weak: frozenset[str] = frozenset()
    key: tuple[str, ...] = ()
    voices: tuple[tuple[frozenset[str], tuple[str, ...], EventType], ...] = ()

    def for_trigger(self, word: str, before: str = "") -> EventType:
        """This type, or its voiced variant when ``word`` (or a cue in the text ``before`` it) turns the roles around."""
        for words, cues, variant in self.voices:
            if word in words or any(c in before for c in cues):
                return variant
        return self


@dataclass(frozen=True, slots=True)
class Schema:
    """All event types, in declaration order."""

    version: int
    types: dict[str, EventType]
    modalities: dict[str, str]
    kinds: dict[str, str]
    units: dict[str, frozenset[str]] = field(default_factory=dict)
    metrics: dict[str, str] = field(default_factory=dict)
    metric_kinds: dict[str, str] = field(default_factory=dict)  # metric word -> kind of its figure when not money
    non_triggers: tuple[str, ...] = ()

    def role(self, type_name: str, role_name: str) -> Role:
        """The role ``role_name`` of event type ``type_name``."""
        return self.types[type_name].roles[role_name]


def normalize_word(word: str) -> str:
    """The lookup form of a trigger word (lower-case; simplified script is the caller's business)."""
    return word.lower()


def _role(name: str, raw: dict[str, Any]) -> Role:
    kind = raw["kind"]
    if kind not in ROLE_KINDS:
        raise ValueError(f"role {name}: unknown kind {kind!r}")
    return Role(
        name=name,
        kind=kind,
        entity=tuple(raw.get("entity", ())),
        side=raw.get("side", "any"),
        pre=tuple(raw.get("pre", ())),
        post=tuple(raw.get("post", ())),
        default=bool(raw.get("default", False)),
        many=bool(raw.get("many", False)),
        pattern=raw.get("pattern"),
        units=raw.get("units"),
        exclusive=bool(raw.get("exclusive", False)),
        fallback=bool(raw.get("fallback", False)),
        cue_any_side=bool(raw.get("cue_any_side", False)),
        not_pre=tuple(raw.get("not_pre", ())),
        not_post=tuple(raw.get("not_post", ())),
        phrase=bool(raw.get("phrase", False)),
        gather=bool(raw.get("gather", False)),
        minor=bool(raw.get("minor", False)),
        pre_pattern=re.compile(raw["pre_pattern"]) if raw.get("pre_pattern") else None,
    )


def parse(data: dict[str, Any]) -> Schema:
    """Build a Schema from the parsed TOML mapping, checking it as it goes."""
    types: dict[str, EventType] = {}
    for tname, raw in data["types"].items():
        roles = {rname: _role(rname, r) for rname, r in raw.get("roles", {}).items()}
        require = tuple(tuple(group) for group in raw.get("require", ()))
        for role in roles.values():
            if role.units and role.units not in data.get("units", {}):
                raise ValueError(f"type {tname}: role {role.name} names unknown unit class {role.units!r}")
        for group in require:
            for rname in group:
                if rname not in roles:
                    raise ValueError(f"type {tname}: required role {rname!r} is not declared")
        base = EventType(
            name=tname,
            label=raw.get("label", tname),
            roles=roles,
            require=require,
            triggers={lang: tuple(words) for lang, words in raw.get("triggers", {}).items()},
            weak=frozenset(raw.get("weak", ())),
            key=tuple(raw.get("key", ())),
        )
        voices: list[tuple[frozenset[str], tuple[str, ...], EventType]] = []
        for vname, vraw in raw.get("voices", {}).items():
            changed = dict(roles)
            for rname, over in vraw.get("roles", {}).items():
                if rname not in roles:
                    raise ValueError(f"type {tname}: voice {vname} overrides unknown role {rname!r}")
                fields: dict[str, Any] = {k: tuple(v) if isinstance(v, list) else v for k, v in over.items()}
                changed[rname] = replace(roles[rname], **fields)
            ordered = sorted(changed.values(), key=lambda r: not (r.side == "before" and r.default and r.kind == "entity"))
            variant = replace(base, roles={r.name: r for r in ordered})
            keys = frozenset(normalize_word(word) for word in vraw.get("words", ()))
            voices.append((keys, tuple(w.lower() for w in vraw.get("before", ())), variant))
        types[tname] = replace(base, voices=tuple(voices))
    return Schema(
        version=int(data.get("version", 1)),
        types=types,
        modalities=dict(data.get("modalities", {})),
        kinds=dict(data.get("kinds", {})),
        units={name: frozenset(words) for name, words in data.get("units", {}).items()},
        metrics=dict(data.get("metrics", {})),
        metric_kinds=dict(data.get("metric_kinds", {})),
        non_triggers=tuple(w for words in data.get("non_triggers", {}).values() for w in words),
    )


@lru_cache(maxsize=1)
def load() -> Schema:
    """The shipped schema (cached)."""
    text = resources.files(__package__).joinpath("events.toml").read_text(encoding="utf-8")
    return parse(tomllib.loads(text))
