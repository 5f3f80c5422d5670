"""The shipped knowledge base: canonical organisations, people and outlets with aliases.

Aliases are matched on the normalized view (simplified script, half-width, lower-case),
so every alias is stored in that form too.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from newsledger.core import Entity
from newsledger.text.normalize import normalize

KB_FILES = ("orgs.jsonl", "persons.jsonl", "outlets.jsonl")


def alias_key(alias: str) -> str:
    """The lookup form of an alias or a name: normalized view, lower-case, single spaces."""
    if alias.isascii():  # nothing to convert: skip the script conversion (most of the start-up time)
        return " ".join(alias.lower().split())
    return " ".join(normalize(alias).lower().split())


@dataclass
class KnowledgeBase:
    """Entities by id plus an alias index (lookup form → entity ids)."""

    entities: dict[str, Entity] = field(default_factory=dict)
    index: dict[str, list[str]] = field(default_factory=dict)
    ambiguous: set[tuple[str, str]] = field(default_factory=set)  # (alias key, entity id)

    def add(self, entity: Entity, ambiguous: Iterable[str] = ()) -> None:
        """Add an entity and index all of its aliases and its name."""
        self.entities[entity.id] = entity
        forms = {entity.name}
        for names in entity.aliases.values():
            forms.update(names)
        for form in forms:
            key = alias_key(form)
            if len(key) < 2:
                continue
            ids = self.index.setdefault(key, [])
            if entity.id not in ids:
                ids.append(entity.id)
        for form in ambiguous:
            self.ambiguous.add((alias_key(form), entity.id))

    def lookup(self, name: str) -> list[Entity]:
        """Entities whose name or alias is ``name`` (any script, any case)."""
        return [self.entities[i] for i in self.index.get(alias_key(name), [])]

    def resolve_id(self, name: str) -> str | None:
        """The id of the one best entity named ``name`` (orgs before people before outlets), or None."""
        found = self.lookup(name)
        if not found:
            return None
        order = {"org": 0, "person": 1, "outlet": 2}
        return min(found, key=lambda e: order.get(e.type, 3)).id

    def __iter__(self) -> Iterator[Entity]:
        return iter(self.entities.values())

    def __len__(self) -> int:
        return len(self.entities)


def _entity(raw: dict[str, object]) -> tuple[Entity, list[str]]:
    aliases = raw.get("aliases") or {}
    if not isinstance(aliases, dict):
        aliases = {}
    attrs = {k: v for k, v in raw.items() if k not in ("id", "type", "name", "aliases", "ambiguous")}
    ambiguous = raw.get("ambiguous") or []
    entity = Entity(
        id=str(raw["id"]),
        type=str(raw["type"]),
        name=str(raw["name"]),
        aliases={str(k): [str(a) for a in v] for k, v in aliases.items()},
        attrs=attrs,
    )
    return entity, [str(a) for a in ambiguous] if isinstance(ambiguous, list) else []


def load_lines(lines: Iterable[str], kb: KnowledgeBase | None = None) -> KnowledgeBase:
    """Add entities given as JSON lines to ``kb`` (a new one if None)."""
    kb = KnowledgeBase() if kb is None else kb
    for line in lines:
        line = line.strip()
        if line:
            entity, ambiguous = _entity(json.loads(line))
            kb.add(entity, ambiguous)
    return kb


@lru_cache(maxsize=1)
def load() -> KnowledgeBase:
    """The shipped knowledge base (cached)."""
    kb = KnowledgeBase()
    folder = resources.files("newsledger.resolve").joinpath("data", "kb")
    for name in KB_FILES:
        path = folder.joinpath(name)
        if path.is_file():
            load_lines(path.read_text(encoding="utf-8").splitlines(), kb)
    return kb


def load_path(path: str | Path) -> KnowledgeBase:
    """A knowledge base read from one JSONL file (for tests and user extensions)."""
    return load_lines(Path(path).read_text(encoding="utf-8").splitlines())
