"""`--format github`: one GitHub annotation per change at or above WARN, pointing at the line of the
revision's document where the changed element is (or its nearest enclosing element that still exists),
the most severe first. GitHub shows at most 10 error and 10 warning annotations per step, so the rest are
counted on a notice line; the markdown report follows.
"""

import json
import re
from collections.abc import Iterator

import yaml

from tooling.specdiff.changes import Change, Level

SHOWN = 10  # per kind: GitHub's limit per step
_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[{}\[\]:,]|[^\s{}\[\]:,"]+|\n')
_DEPTH = 6  # deep enough for paths./p.get.responses.200 and components.schemas.Name.properties.field

Pointer = tuple[str, ...]


def line_map(text: str) -> dict[Pointer, int]:
    """Each key's pointer (up to _DEPTH deep) -> its 1-based line: JSON scanned token by token (the
    complete document in well under a second), anything else through YAML's composer."""
    if text.lstrip().startswith("{"):
        return _json_lines(text)
    node = yaml.compose(text)
    return dict(_yaml_lines(node, ())) if node is not None else {}


def _json_lines(text: str) -> dict[Pointer, int]:
    lines: dict[Pointer, int] = {}
    stack: list[str | int | None] = []  # per open container: the current key (object) or index (array)
    line, previous = 1, ""
    for match in _TOKEN.finditer(text):
        token = match.group()
        if token == "\n":
            line += 1
            continue
        if token in "{[":
            stack.append(None if token == "{" else 0)
        elif token in "}]":
            stack.pop()
        elif token == "," and stack and isinstance(stack[-1], int):
            stack[-1] += 1
        elif token.startswith('"') and stack and previous in "{," and not isinstance(stack[-1], int):
            stack[-1] = json.loads(token)
            if len(stack) <= _DEPTH:
                lines[tuple(str(key) for key in stack)] = line
        previous = token
    return lines


def _yaml_lines(node: yaml.Node, pointer: Pointer) -> Iterator[tuple[Pointer, int]]:
    if isinstance(node, yaml.MappingNode) and len(pointer) < _DEPTH:
        for key, value in node.value:
            inner = (*pointer, str(key.value))
            yield inner, key.start_mark.line + 1
            yield from _yaml_lines(value, inner)


def pointer(change: Change) -> Pointer:
    """Where the change is in the document, as deep as its `where` and `field` say."""
    if change.where.startswith("components."):
        place = tuple(change.where.split(".", 2))
        name = re.split(r"[.\[ ]", change.field, maxsplit=1)[0]
        return (*place, "properties", name) if name else place
    method, _, path = change.where.partition(" ")
    if not path:
        return (change.where,)
    words = change.field.split(" ")
    inner = {
        "response": ("responses", words[1] if len(words) > 1 else ""),
        "request": ("requestBody",),
        "parameter": ("parameters",),
    }.get(words[0], (words[0],))
    return ("paths", path, method.lower(), *inner)


def line_of(change: Change, lines: dict[Pointer, int]) -> int:
    place = pointer(change)
    while place and place not in lines:
        place = place[:-1]
    return lines.get(place, 1)


def annotate(changes: list[Change], file: str, lines: dict[Pointer, int]) -> list[str]:
    """The workflow commands: errors, then warnings, each the most severe first and capped."""
    worst = sorted(changes, key=lambda change: (-max(change.level, change.source), -change.level))
    out: list[str] = []
    more = []
    for kind, level in (("error", Level.ERR), ("warning", Level.WARN)):
        found = [change for change in worst if max(change.level, change.source) == level]
        out += [_command(kind, change, file, line_of(change, lines)) for change in found[:SHOWN]]
        more += [f"{len(found) - SHOWN} more {kind}s"] if len(found) > SHOWN else []
    if more:
        out.append(f"::notice title=spec diff::{' and '.join(more)}: see the job summary and spec-diff.json")
    return out


def _command(kind: str, change: Change, file: str, line: int) -> str:
    title = f"{change.id} (wire {change.level.name}, source {change.source.name})"
    field = f" [{change.field}]" if change.field else ""
    message = f"{change.where}{field}: {change.text}"
    return f"::{kind} file={_escape(file, True)},line={line},title={_escape(title, True)}::{_escape(message)}"


def _escape(value: str, property_value: bool = False) -> str:
    """GitHub's workflow-command escaping (properties also escape `:` and `,`)."""
    value = value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return value.replace(":", "%3A").replace(",", "%2C") if property_value else value
