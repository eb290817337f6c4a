"""The official `cekura` SDK's methods and the operations they call, for api.md's migration table.

`python -m tooling.reference.official_sdk <unpacked wheel dir>` reads its resources/*.py (each method calls
`self._http.request(METHOD, PATH, ...)`) and rewrites tooling/reference/data/official_sdk.json; the SDK itself is
never a dependency (`pip download cekura --no-deps` and unzip it to refresh)."""

import ast
import json
import sys
from pathlib import Path
from typing import Any

DATA = Path(__file__).parent / "data" / "official_sdk.json"


def methods(root: Path) -> list[dict[str, str]]:
    found: list[dict[str, str]] = []
    for path in sorted((root / "cekura" / "resources").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        constants = {
            node.targets[0].id: node.value.value
            for node in tree.body
            if isinstance(node, ast.Assign)
            and isinstance(node.targets[0], ast.Name)
            and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)
        }
        for cls in (n for n in tree.body if isinstance(n, ast.ClassDef) and not n.name.startswith("Async")):
            for function in (n for n in cls.body if isinstance(n, ast.FunctionDef) and not n.name.startswith("_")):
                call = _request(function, constants)
                if call:
                    found.append({"sdk": f"client.{path.stem}.{function.name}", "operation": call})
    return found


def _request(function: ast.FunctionDef, constants: dict[str, str]) -> str | None:
    for node in ast.walk(function):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "request"
            and len(node.args) >= 2
            and isinstance(node.args[0], ast.Constant)
        ):
            method, path = node.args[0].value, _text(node.args[1], constants)
            if isinstance(method, str) and path is not None:
                return f"{method} {path.rstrip('/')}/"
    return None


def _text(node: ast.expr, constants: dict[str, str]) -> Any:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Name):
        return constants.get(node.id)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _text(node.left, constants), _text(node.right, constants)
        return left + right if left is not None and right is not None else None
    if isinstance(node, ast.JoinedStr):
        parts = [_text(v, constants) if isinstance(v, ast.Constant) else "{id}" for v in node.values]
        return "".join(parts)
    return None


def load() -> list[dict[str, str]]:
    data: list[dict[str, str]] = json.loads(DATA.read_text(encoding="utf-8"))["methods"]
    return data


if __name__ == "__main__":
    found = methods(Path(sys.argv[1]))
    DATA.write_text(json.dumps({"package": "cekura 1.6.7", "methods": found}, indent=1) + "\n", encoding="utf-8")
    print(f"{len(found)} methods written to {DATA}")
