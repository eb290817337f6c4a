"""The resource client's names: openapi.resources.yaml's rule applied to the operations of a resolved spec.

`plan(spec)` gives, for every operation, the resource and method it is exposed as, or the current variant
that hides it; where two would share a name, a deterministic fallback names one and says so
(Plan.notices). `api_module(...)` gives the generator's own module for an operation
(`api.<tag>.<operationId>`, snake-cased)."""

import builtins
import keyword
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tooling.pipeline import documents
from tooling.pipeline.facts import METHODS
from tooling.project import ROOT

RULE = ROOT / "openapi.resources.yaml"
_VERSION = re.compile(r"v\d+")
# The REST verbs DRF names its operations with (x-mint names end in them), and ours for each.
_DRF_VERBS = {"list", "create", "retrieve", "update", "partial_update", "destroy"}


@dataclass(frozen=True)
class Rule:
    umbrella_services: frozenset[str]
    aliases: dict[str, str]
    waiters: dict[str, dict[str, Any]]

    @classmethod
    def load(cls, path: Path = RULE) -> "Rule":
        data = documents.load(path)
        return cls(frozenset(data["umbrella_services"]), dict(data.get("aliases", {})), dict(data.get("waiters", {})))


@dataclass(frozen=True)
class Operation:
    method: str  # "GET"
    path: str
    spec: dict[str, Any] = field(repr=False, compare=False)

    @property
    def key(self) -> str:
        return f"{self.method} {self.path}"

    @property
    def deprecated(self) -> bool:
        return bool(self.spec.get("deprecated"))


@dataclass(frozen=True)
class Named:
    operation: Operation
    resource: str
    method: str


@dataclass
class Plan:
    exposed: list[Named]  # sorted by resource, then method
    hidden: dict[str, str]  # operation key -> key of the variant exposed in its place
    notices: list[str] = field(default_factory=list)  # names settled by the fallback, for review

    def replacements(self) -> dict[str, str]:
        """Each hidden variant -> "<current operation> (cekura.<resource>.<method>())"."""
        by_key = {named.operation.key: named for named in self.exposed}
        return {
            key: f"{current} (cekura.{by_key[current].resource}.{by_key[current].method}())"
            for key, current in self.hidden.items()
        }

    def resources(self) -> dict[str, list[Named]]:
        grouped: dict[str, list[Named]] = {}
        for named in self.exposed:
            grouped.setdefault(named.resource, []).append(named)
        return grouped


def snake(text: str) -> str:
    return re.sub(r"[^0-9a-zA-Z]+", "_", text).strip("_").lower()


def plan(spec: dict[str, Any], rule: Rule) -> Plan:
    operations = [
        Operation(method.upper(), path, operation)
        for path, item in spec.get("paths", {}).items()
        for method, operation in item.items()
        if method in METHODS
    ]
    per_path: dict[str, int] = {}
    for operation in operations:
        per_path[operation.path] = per_path.get(operation.path, 0) + 1
    variants: dict[tuple[str, str], list[Operation]] = {}
    for operation in operations:
        variants.setdefault((operation.method, _canonical(operation.path)), []).append(operation)
    proposed: list[Named] = []
    hidden: dict[str, str] = {}
    for group in variants.values():
        current = min(group, key=_preference)
        hidden.update({other.key: current.key for other in group if other is not current})
        # A customer-facing name on any variant names them all (the document often puts it on one).
        mint = next((_mint(o) for o in sorted(group, key=_preference) if _mint(o)), "")
        proposed.append(_name(current, mint, rule, per_path[current.path]))
    exposed, notices = _settle(proposed)
    return Plan(sorted(exposed, key=lambda n: (n.resource, n.method)), hidden, notices)


def _settle(proposed: list[Named]) -> tuple[list[Named], list[str]]:
    """One name per operation, whatever order the document lists them in. Where proposals collide (the
    document published such pairs for weeks: POST .../sources/ and POST .../sources/{source_id}/), the
    plainest operation keeps the name and each other is named after its path parameters
    (`..._create_by_source_id`), or its whole path if that is taken too; each is a notice to review, since
    generation must not stop on an upstream accident."""
    claims: dict[tuple[str, str], list[Named]] = {}
    for named in proposed:
        claims.setdefault((named.resource, named.method), []).append(named)
    taken = set(claims)
    settled: list[Named] = []
    notices: list[str] = []
    for (resource, method), claimants in sorted(claims.items()):
        keeper, *others = sorted(claimants, key=lambda n: _plainness(n.operation))
        settled.append(keeper)
        for other in others:
            name = _fallback(other.operation, method, {m for r, m in taken if r == resource})
            taken.add((resource, name))
            settled.append(Named(other.operation, resource, name))
            notices.append(
                f"{other.operation.key} would be {resource}.{method}(), as {keeper.operation.key} is: "
                f"named {resource}.{name}() instead (review it)"
            )
    return settled, notices


def _plainness(operation: Operation) -> tuple[int, int, str, str]:
    return (operation.path.count("{"), len(operation.path), operation.path, operation.method)


def _fallback(operation: Operation, method: str, taken: set[str]) -> str:
    parameters = re.findall(r"{([^}]+)}", operation.path)
    by_parameters = _safe(f"{method}_by_{snake('_and_'.join(parameters))}") if parameters else ""
    if by_parameters and by_parameters not in taken:
        return by_parameters
    # The method and canonical path (parameters included) are what a variant group is keyed on: unique.
    return _safe(f"{method}_{operation.method.lower()}_{snake(_canonical(operation.path))}")


def _canonical(path: str) -> str:
    """The path without versions or `-external`: what the variants of one operation share."""
    return "/".join(s.removesuffix("-external") for s in path.split("/") if not _VERSION.fullmatch(s))


def _preference(operation: Operation) -> tuple[bool, int, bool, str]:
    """Smallest first: not deprecated, the highest version, the plain path over `-external`."""
    versions = [int(s[1:]) for s in operation.path.split("/") if _VERSION.fullmatch(s)]
    return (operation.deprecated, -max(versions, default=0), "-external" in operation.path, operation.path)


def _literals(path: str) -> list[str]:
    return [
        segment.removesuffix("-external")
        for segment in path.strip("/").split("/")
        if segment and not segment.startswith("{") and not _VERSION.fullmatch(segment)
    ]


def _name(operation: Operation, mint_name: str, rule: Rule, operations_on_path: int) -> Named:
    segments = _literals(operation.path)
    service, rest = segments[0], segments[1:]
    prefix: list[str] = []
    if not rest:
        rest = [service]
    elif service not in rule.umbrella_services and not rest[0].startswith(service):
        prefix = [service]
    raw = rest[0]
    resource = snake("_".join([*prefix, rule.aliases.get(raw, raw)]))
    action = snake("_".join(rest[1:]))
    verb = _verb(operation)
    bare = bool(action) and operations_on_path == 1 and not operation.path.rstrip("/").endswith("}")
    method = action if bare else "_".join(part for part in (action, verb) if part)
    words = [*service.split("_"), *raw.split("-"), *prefix, "external", "v1", "v2", "v3"]
    mint = _mint_name(mint_name, words)
    if mint and mint not in _DRF_VERBS and mint != method and _without_verb(mint) != action:
        method = mint
    return Named(operation, resource, _safe(method))


def _verb(operation: Operation) -> str:
    on_item = operation.path.rstrip("/").endswith("}")
    return {
        "GET": "retrieve" if on_item else "list",
        "POST": "create",
        "PUT": "update",
        "PATCH": "partial_update",
        "DELETE": "delete",
    }.get(operation.method, operation.method.lower())


def _mint(operation: Operation) -> str:
    return str(operation.spec.get("x-mint", {}).get("mcp", {}).get("name", ""))


def _mint_name(name: str, resource_words: list[str]) -> str:
    """The x-mint name without the words of the service, version and resource it starts with (each word
    once: metric-failure-mode-insights-failure-mode-agents keeps its second "failure-mode")."""
    words, left = name.split("-"), Counter(resource_words)
    while words and left[words[0]] > 0:
        left[words[0]] -= 1
        words = words[1:]
    return snake("_".join(words))


def _without_verb(name: str) -> str:
    for verb in sorted(_DRF_VERBS, key=len, reverse=True):
        if name.endswith(f"_{verb}"):
            return name.removesuffix(f"_{verb}")
    return name


def _safe(name: str) -> str:
    """A method name Python accepts: never a keyword or a leading digit."""
    return f"{name}_" if keyword.iskeyword(name) or name[:1].isdigit() else name


# openapi-python-client's identifier rule (its strings.PythonIdentifier), restated because importing the
# generator takes seconds; tests/pipeline/test_naming.py holds the two to the same answers.
_DELIMITERS = r"\. _-"
_RESERVED = (set(dir(builtins)) | {"self", "true", "false", "datetime"}) - {"id"}
_GENERATOR_PREFIX = "field_"  # generator-config.yaml leaves field_prefix at the generator's default


def python_identifier(value: str, prefix: str = _GENERATOR_PREFIX) -> str:
    """The identifier the generator makes of `value` (a tag, an operationId)."""
    kept = "".join(c for c in value if c.isidentifier() or c.isdecimal() or c in _DELIMITERS)
    if any(c.isupper() for c in kept):
        kept = " ".join(re.split("([A-Z]?[a-z]+)", kept))
    name = "_".join(re.findall(rf"[^{re.escape(_DELIMITERS)}]+", kept)).lower()
    if name in _RESERVED or keyword.iskeyword(name):
        name += "_"
    return name if name.isidentifier() and not kept.startswith("_") else f"{prefix}{name}"


def api_module(method: str, path: str, operation: dict[str, Any]) -> str:
    """The generated module of an operation: `api.<first tag>.<operationId>` as the generator names them
    (an operationId that differs in `-` versus `_` or in case gives the same module)."""
    tag = python_identifier(str((operation.get("tags") or ["default"])[0]), "tag")
    operation_id = operation.get("operationId") or _generated_operation_id(method, path)
    return f"api.{tag}.{python_identifier(str(operation_id))}"


def _generated_operation_id(method: str, path: str) -> str:
    """The generator's operationId for an operation without one."""
    name = path.replace("{", "").replace("}", "").replace("/", "_").removeprefix("_").removesuffix("_")
    return f"{method.lower()}_{name}"
