"""A change between two specs: stable check id, level, where it is, one line of text."""

from dataclasses import asdict, dataclass
from enum import IntEnum
from typing import Any


class Level(IntEnum):
    INFO = 1
    WARN = 2
    ERR = 3


@dataclass(frozen=True, order=True)
class Change:
    where: str
    """The operation ("GET /path") or component ("components.schemas.Name") it touches."""
    field: str
    """Inside it: "request body: a.b", "parameter query organization_id", "" for the whole."""
    id: str
    level: Level
    text: str

    def to_json(self) -> dict[str, Any]:
        return asdict(self) | {"level": self.level.name}
