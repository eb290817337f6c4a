"""Hand-made mutants of what mutmut leaves alone: module constants and class attribute defaults.

mutmut mutates function bodies only, so `max_retries: int = attrs.field(default=2)`, a frozenset of
retried statuses or a regular expression of secret names can change without any mutant showing it. Each
mutant here changes one thing in one such assignment: a number (n -> n + 1, x -> 2x), a string (wrapped
in XX), a boolean (negated), one element dropped from a set, tuple, list or dict literal, or one
alternative dropped from a `re.compile` pattern. Of an `attrs.field(...)`, only the default is mutated.
Each mutant is written into a copy of the tree and the tests run against it (-x, last failures first);
a mutant is killed when they fail (or time out).
"""

from __future__ import annotations

import ast
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Mutant:
    path: Path
    line: int
    start: int  # byte offsets in the file
    end: int
    replacement: str
    description: str


def mutants(path: Path, source: bytes) -> list[Mutant]:
    """Every constant mutant of the module- and class-level assignments of `source`."""
    lines = [0]
    for line in source.splitlines(keepends=True):
        lines.append(lines[-1] + len(line))
    found: list[Mutant] = []
    for owner, statement in _assignments(ast.parse(source)):
        for node, replacement in _changes(_mutable_part(statement.value)):
            start = lines[node.lineno - 1] + node.col_offset
            end = lines[node.end_lineno - 1] + node.end_col_offset  # type: ignore[operator]
            change = f"{_short(source[start:end].decode())} -> {_short(replacement)}"
            found.append(Mutant(path, node.lineno, start, end, replacement, f"{owner}{_target(statement)}: {change}"))
    return found


def _assignments(tree: ast.Module) -> Iterator[tuple[str, ast.Assign | ast.AnnAssign]]:
    def scan(body: list[ast.stmt], owner: str) -> Iterator[tuple[str, ast.Assign | ast.AnnAssign]]:
        for statement in body:
            if isinstance(statement, ast.ClassDef):
                yield from scan(statement.body, f"{owner}{statement.name}.")
            elif isinstance(statement, (ast.Assign, ast.AnnAssign)) and _is_behaviour(statement):
                yield owner, statement

    return scan(tree.body, "")


def _is_behaviour(statement: ast.Assign | ast.AnnAssign) -> bool:
    """Not a type variable, not `__slots__`, not a bare annotation."""
    value = statement.value
    return value is not None and _target(statement) != "__slots__" and not _calls(value, "TypeVar")


def _target(statement: ast.Assign | ast.AnnAssign) -> str:
    target = statement.targets[0] if isinstance(statement, ast.Assign) else statement.target
    return ast.unparse(target)


def _calls(node: ast.expr | None, name: str) -> bool:
    return isinstance(node, ast.Call) and ast.unparse(node.func).rpartition(".")[2] == name


def _mutable_part(value: ast.expr | None) -> ast.expr | None:
    """Of `attrs.field(default=..., alias=..., ...)` only the default is behaviour; the rest is the value."""
    if _calls(value, "field"):
        assert isinstance(value, ast.Call)
        return next((keyword.value for keyword in value.keywords if keyword.arg == "default"), None)
    return value


def _changes(node: ast.expr | None) -> Iterator[tuple[ast.expr, str]]:
    if node is None or isinstance(node, (ast.JoinedStr, ast.Subscript)):  # f-string parts; type expressions
        return
    if isinstance(node, ast.Compare) and "version_info" in ast.unparse(node):
        return  # a gate on the running Python: either branch is the same behaviour on any one version
    if isinstance(node, ast.Constant) or _arithmetic(node):
        yield from _constant(node)
        return
    if _calls(node, "compile") and isinstance(pattern := node.args[0], ast.Constant):  # type: ignore[attr-defined]
        alternatives = str(pattern.value).split("|")
        for index in range(len(alternatives) if len(alternatives) > 1 else 0):
            yield pattern, repr("|".join(alternatives[:index] + alternatives[index + 1 :]))
        return
    yield from _dropped(node)
    for child in _children(node):
        yield from _changes(child)


def _dropped(node: ast.expr) -> Iterator[tuple[ast.expr, str]]:
    """A literal collection without each of its elements in turn."""
    if isinstance(node, (ast.Set, ast.Tuple, ast.List)):
        for index in range(len(node.elts)):
            kept = node.elts[:index] + node.elts[index + 1 :]
            yield node, _unparse(type(node)(elts=kept)) if kept or not isinstance(node, ast.Set) else "set()"
    if isinstance(node, ast.Dict):
        for index in range(len(node.keys)):
            keys, values = node.keys[:index] + node.keys[index + 1 :], node.values[:index] + node.values[index + 1 :]
            yield node, _unparse(ast.Dict(keys=keys, values=values))


def _children(node: ast.expr) -> Iterator[ast.expr]:
    """What to mutate inside `node`: a literal's constant elements (and a dict's keys) are only dropped, and
    the first argument of ContextVar is a name, not behaviour."""
    skipped: list[ast.expr] = []
    if isinstance(node, (ast.Set, ast.Tuple, ast.List)):
        skipped = [element for element in node.elts if isinstance(element, ast.Constant)]
    elif isinstance(node, ast.Dict):
        skipped = [key for key in node.keys if key is not None]
    elif _calls(node, "ContextVar") and isinstance(node, ast.Call):
        skipped = node.args[:1]
    children = [*ast.iter_child_nodes(node)]
    children += [keyword.value for keyword in children if isinstance(keyword, ast.keyword)]
    for child in children:
        if isinstance(child, ast.expr) and not any(child is other for other in skipped):
            yield child


def _arithmetic(node: ast.expr) -> bool:
    """`64 * 1024`: one number, mutated as one."""
    if isinstance(node, ast.BinOp):
        return _arithmetic(node.left) and _arithmetic(node.right)
    return isinstance(node, ast.Constant) and type(node.value) in (int, float)


def _constant(node: ast.expr) -> Iterator[tuple[ast.expr, str]]:
    value = eval(compile(ast.Expression(node), "<constant>", "eval")) if isinstance(node, ast.BinOp) else node.value  # type: ignore[attr-defined]
    if isinstance(value, bool):
        yield node, repr(not value)
    elif isinstance(value, int):
        yield node, repr(value + 1)
    elif isinstance(value, float):
        yield node, repr(value * 2 if value else 1.0)
    elif isinstance(value, str):
        yield node, repr(f"XX{value}XX")


def _unparse(node: ast.expr) -> str:
    return ast.unparse(ast.fix_missing_locations(node))


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= 60 else text[:57] + "..."


def run(work: Path, paths: list[Path], tests: list[str]) -> dict[str, tuple[int, int, list[str]]]:
    """file -> (killed, total, survivors' descriptions), each mutant run in `work` (a copy of the tree)."""
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    command = [sys.executable, "-m", "pytest", "-x", "-q", "--ff", "--no-header", "-p", "no:randomly", *tests]
    started = time.monotonic()
    if subprocess.run(command, cwd=work, env=env, capture_output=True, check=False).returncode != 0:
        raise SystemExit(f"the tests fail before any mutation: {' '.join(command)} in {work}")
    limit = 3 * (time.monotonic() - started) + 30
    results: dict[str, tuple[int, int, list[str]]] = {}
    for path in paths:
        original = (work / path).read_bytes()
        killed, survivors = 0, []
        found = mutants(path, original)
        for mutant in found:
            (work / path).write_bytes(original[: mutant.start] + mutant.replacement.encode() + original[mutant.end :])
            try:
                failed = subprocess.run(command, cwd=work, env=env, capture_output=True, timeout=limit).returncode != 0
            except subprocess.TimeoutExpired:
                failed = True
            finally:
                (work / path).write_bytes(original)
            killed += failed
            if not failed:
                survivors.append(f"{path.name}:{mutant.line} {mutant.description}")
        results[path.as_posix()] = (killed, len(found), survivors)
    return results
