"""The hand-made mutants `make mutation` adds to mutmut's: one change each to a module constant or a class
default, and nothing else (function bodies are mutmut's)."""

from pathlib import Path

from tooling.quality.mutation_constants import mutants

SOURCE = b"""import re
T = TypeVar("T")
LIMIT = 64 * 1024
NAMES = ("a", "b")
PATTERN = re.compile(r"key|token")
_flag: ContextVar[bool] = ContextVar("name", default=False)


class Policy:
    __slots__ = ("x",)
    retries: int = attrs.field(default=2, validator=attrs.validators.ge(0), alias="tries")
    codes: frozenset[int] = frozenset({429, 503})
    on = True
    ratio = 0.5
    table = {"x": 1}
    gate = sys.version_info >= (3, 11)

    def method(self) -> int:
        return 3
"""


def test_each_constant_and_default_gets_one_mutant_per_change() -> None:
    found = mutants(Path("m.py"), SOURCE)
    assert [m.description for m in found] == [
        "LIMIT: 64 * 1024 -> 65537",
        'NAMES: ("a", "b") -> (\'b\',)',
        'NAMES: ("a", "b") -> (\'a\',)',
        "PATTERN: r\"key|token\" -> 'token'",
        "PATTERN: r\"key|token\" -> 'key'",
        "_flag: False -> True",
        "Policy.retries: 2 -> 3",
        "Policy.codes: {429, 503} -> {503}",
        "Policy.codes: {429, 503} -> {429}",
        "Policy.on: True -> False",
        "Policy.ratio: 0.5 -> 1.0",
        'Policy.table: {"x": 1} -> {}',
        "Policy.table: 1 -> 2",
    ]


def test_a_mutant_replaces_exactly_its_span() -> None:
    for mutant in mutants(Path("m.py"), SOURCE):
        changed = SOURCE[: mutant.start] + mutant.replacement.encode() + SOURCE[mutant.end :]
        compile(changed, "m.py", "exec")  # still Python
        assert changed.count(b"\n") == SOURCE.count(b"\n")
