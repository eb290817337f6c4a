"""api.md: the API reference of the generated package, written with it from the same document, so it is
never stale (`make check-generated` and tests/pipeline/test_api_reference.py fail when it is).

Every resource method and every operation function, with its HTTP method and path, the credentials it
accepts, whether it is paginated, the mapping between the two APIs, and the official `cekura` SDK's
methods with what to call instead."""

import re
from typing import Any

from tooling.pipeline import naming
from tooling.pipeline.documents import resolved
from tooling.pipeline.resources import Endpoint, paginates
from tooling.reference import official_sdk

PACKAGE = "cekura_api_client"


def render(plan: naming.Plan, spec: dict[str, Any], endpoints: dict[str, Endpoint]) -> str:
    exposed = {named.operation.key: named for named in plan.exposed}
    lines = [
        "# API reference",
        "",
        "Generated from the OpenAPI document with the package (tooling/reference/api_reference.py): do not edit.",
        "",
        f"{len(plan.resources())} resources and {len(plan.exposed)} methods on `Cekura`/`AsyncCekura`, "
        f"over {len(endpoints)} operation functions (`{PACKAGE}.api.<tag>.<module>`, each with `sync`, "
        "`sync_detailed`, `asyncio`, `asyncio_detailed`). "
        f"{len(plan.hidden)} operations are variants (v1/v2/`-external`) of an exposed one and are reached "
        "through their functions only. Names follow `openapi.resources.yaml`: resource from the path's "
        "first segment after its service, method from the rest or the REST verb, the document's x-mint "
        "name where it says more. Paginated methods (a GET answering with a page) return `SyncPage[Item]` "
        "(`AsyncPager[Item]`): iterating yields every item of every page; another method answering with a "
        "page returns that page (`count`, `next`, `results`), as fetching more would send it again. "
        "An operation answering with a file also has `<method>_to_file(file, ...)` "
        "(`sync_to_file`/`asyncio_to_file`), writing the body to a path or binary file object as it arrives. "
        "Credentials: `api_key` (X-CEKURA-API-KEY), `oauth2` (an OAuth access token).",
        "",
        "## Resources",
        "",
    ]
    for resource, methods in plan.resources().items():
        lines += [
            f"### `cekura.{resource}`",
            "",
            "| method | HTTP | credentials | paginated | function |",
            "|---|---|---|---|---|",
        ]
        for named in methods:
            lines.append(_row(named, spec, endpoints))
        lines.append("")
    lines += [
        "## Variants reached through their functions",
        "",
        "| operation | function | current variant |",
        "|---|---|---|",
    ]
    for key in sorted(plan.hidden):
        current = exposed[plan.hidden[key]]
        lines.append(
            f"| `{key}` | `{endpoints[key].module}` | `cekura.{current.resource}.{current.method}()`"
            f"{' (deprecated)' if _operation(spec, key).get('deprecated') else ''} |"
        )
    lines += ["", *_migration(plan, exposed), ""]
    return "\n".join(lines)


def _row(named: naming.Named, spec: dict[str, Any], endpoints: dict[str, Endpoint]) -> str:
    operation = named.operation
    method, path = operation.key.split(" ", 1)
    schemes = sorted(
        {s for r in operation.spec.get("security", spec.get("security", [])) for s in r} & {"api_key", "oauth2"}
    )
    flags = " (deprecated)" if operation.deprecated else ""
    function = endpoints[operation.key].module.removeprefix("api.")
    to_file = f", `{named.method}_to_file()`" if endpoints[operation.key].defines("sync_to_file") else ""
    return (
        f"| `{named.method}()`{to_file}{flags} | `{method} {path}` | {', '.join(schemes) or 'none'} | "
        f"{'yes' if paginates(spec, operation) else ''} | `{function}` |"
    )


def _operation(spec: dict[str, Any], key: str) -> dict[str, Any]:
    method, path = key.split(" ", 1)
    return dict(resolved(spec, spec["paths"][path][method.lower()]))


def _shape(key: str) -> str:
    return re.sub(r"\{[^}]*\}", "{}", key)


def _migration(plan: naming.Plan, exposed: dict[str, naming.Named]) -> list[str]:
    by_shape = {_shape(key): key for key in [*exposed, *plan.hidden]}
    lines = [
        "## Migrating from the official `cekura` SDK",
        "",
        "Its methods (cekura 1.6.7, read from its source) and what to call here. The official SDK returns "
        "dicts; these return typed models.",
        "",
        "| official SDK | operation | here |",
        "|---|---|---|",
    ]
    for entry in official_sdk.load():
        key = by_shape.get(_shape(entry["operation"]))
        if key is None:
            here = "not in the public surface (openapi.surface.yaml) or not in this document"
        elif key in exposed:
            here = f"`cekura.{exposed[key].resource}.{exposed[key].method}()`"
        else:
            current = exposed[plan.hidden[key]]
            here = f"`cekura.{current.resource}.{current.method}()` (its current variant)"
        lines.append(f"| `{entry['sdk']}()` | `{entry['operation']}` | {here} |")
    return lines
