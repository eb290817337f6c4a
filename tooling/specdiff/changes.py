"""A change between two specs: stable check id, two verdicts, where it is, one line of text.

Two verdicts, because two kinds of code can break:
- the wire: a client generated from the old spec and already deployed, talking to the new server;
- the source: code written against the client, once the client is regenerated from the new spec.
An operationId rename is harmless on the wire and breaks the source; a response that may now be null
breaks the wire (the old client rejects null) and only retypes an attribute in the source.
"""

from dataclasses import asdict, dataclass
from enum import IntEnum
from typing import Any

from tooling.specdiff.checks import CHECKS


class Level(IntEnum):
    NONE = 0  # no effect on this verdict
    INFO = 1
    WARN = 2
    ERR = 3


VERDICTS = ("wire", "source")


@dataclass(frozen=True, order=True)
class Change:
    where: str
    """The operation ("GET /path") or component ("components.schemas.Name") it touches."""
    field: str
    """Inside it: "request body: a.b", "parameter query organization_id", "" for the whole."""
    id: str
    level: Level
    """The wire verdict."""
    text: str
    reached_by: tuple[str, ...] = ()
    """For a change inside a component schema: the operations that reach it."""

    @property
    def source(self) -> Level:
        """The source verdict: fixed per check (see checks.CHECKS)."""
        return Level[CHECKS[self.id].source]

    def verdict(self, name: str) -> Level:
        return self.level if name == "wire" else self.source

    def to_json(self) -> dict[str, Any]:
        fields = asdict(self)
        del fields["level"]
        return fields | {"wire": self.level.name, "source": self.source.name, "reached_by": list(self.reached_by)}
