"""OpenAPI Overlay 1.0, applied with an RFC 9535 JSONPath library.

Every target must match, so a fix cannot silently stop applying when upstream moves a schema; only an
action marked `x-optional: true` (a fix for upstream content the vendored spec does not hold yet) may find
nothing. An action that leaves the document as it was is reported by name: upstream has caught up and it
can be dropped.
"""

import copy
import json
from dataclasses import dataclass
from typing import Any

import jsonpath_rfc9535


class OverlayError(Exception):
    """The overlay is malformed or one of its actions cannot apply."""


class _NoMatch(OverlayError):
    """An action's target matches nothing."""


@dataclass(frozen=True)
class Result:
    document: dict[str, Any]
    redundant: list[str]  # "action N (reason)" for each action that changed nothing
    skipped: list[str]  # the same for each non-optional action whose target matched nothing (strict=False)


def apply(document: dict[str, Any], overlay: dict[str, Any], *, strict: bool = True) -> Result:
    """Apply `overlay` to a copy of `document`. Not strict: skip actions whose target is gone (an old spec)."""
    if not str(overlay.get("overlay", "")).startswith("1."):
        raise OverlayError("not an Overlay 1.x document (the `overlay` version field is missing)")
    result = copy.deepcopy(document)
    redundant, skipped = [], []
    for number, action in enumerate(overlay.get("actions") or [], start=1):
        name = f"action {number} ({action.get('description', action.get('target'))})"
        try:
            if not _apply_action(result, action, name):
                redundant.append(name)
        except _NoMatch:
            if action.get("x-optional") is True:
                continue  # expected: the fix is for content this spec does not hold
            if strict:
                raise
            skipped.append(name)
    return Result(result, redundant, skipped)


def _apply_action(document: dict[str, Any], action: dict[str, Any], name: str) -> bool:
    target = action.get("target")
    if not isinstance(target, str):
        raise OverlayError(f"{name}: `target` must be a JSONPath string")
    try:
        nodes = jsonpath_rfc9535.find(target, document)
    except jsonpath_rfc9535.JSONPathError as error:
        raise OverlayError(f"{name}: invalid target {target!r}: {error}") from None
    if not nodes:
        raise _NoMatch(f"{name}: target {target} matches nothing in the spec")
    if action.get("remove") is True:
        for node in reversed(nodes):  # reversed: removing from an array must not shift later matches
            _remove(document, node.location)
        return True
    if "update" not in action:
        raise OverlayError(f"{name}: an action needs `update` or `remove: true`")
    changed = False
    for node in nodes:
        changed |= _merge(node.value, action["update"], name)
    return changed


def _remove(document: Any, location: tuple[str | int, ...]) -> None:
    if not location:
        raise OverlayError("the root of the document cannot be removed")
    parent = document
    for key in location[:-1]:
        parent = parent[key]
    del parent[location[-1]]


def _merge(target: Any, update: Any, name: str) -> bool:
    """Merge `update` into `target` in place; return whether anything changed."""
    if isinstance(target, list):
        return _append_missing(target, update if isinstance(update, list) else [update])
    if not isinstance(target, dict) or not isinstance(update, dict):
        raise OverlayError(f"{name}: can only update an object or an array")
    changed = False
    for key, value in update.items():
        current = target.get(key)
        if isinstance(current, dict) and isinstance(value, dict):
            changed |= _merge(current, value, name)
        elif isinstance(current, list) and isinstance(value, list):
            changed |= _append_missing(current, value)
        elif key not in target or current != value:
            target[key] = copy.deepcopy(value)
            changed = True
    return changed


def _append_missing(target: list[Any], items: list[Any]) -> bool:
    missing = [item for item in items if not any(_same_item(item, present) for present in target)]
    target.extend(copy.deepcopy(missing))
    return bool(missing)


def _same_item(item: Any, present: Any) -> bool:
    """Equal, or the same OpenAPI parameter (`name` and `in`): a spec may not declare one twice."""
    if isinstance(item, dict) and isinstance(present, dict) and {"name", "in"} <= item.keys():
        return (item["name"], item["in"]) == (present.get("name"), present.get("in"))
    return json.dumps(item, sort_keys=True) == json.dumps(present, sort_keys=True)  # 1 is not true
