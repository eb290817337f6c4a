"""The performance goals (issue 12) and where this run puts them: each measurement records its ratios here,
and BENCHMARKS.md opens with the table, so its verdicts are always those of the figures below them."""

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Goal:
    text: str
    bound: float | None  # None: a figure to report, with no bound


REGENERATION = Goal("cold regeneration of the vendored document <= 1.2x stock openapi-python-client", 1.2)
SYNC_CALL = Goal("a sync call <= 1.05x raw httpx + json() + from_dict (wall)", 1.05)
ASYNC_CALL = Goal("an async call <= 1.05x raw httpx + json() + from_dict (wall)", 1.05)
CROWD = Goal("1,000 async calls, 100 in flight, against raw httpx + from_dict", None)
FROM_DICT = Goal("from_dict <= 1.2x pydantic v2 model_validate (BillingInfo)", 1.2)
LENIENT_READ = Goal("a response with one field mismatched, read leniently, against one that fits (BillingInfo)", None)
TO_DICT = Goal("to_dict <= 0.8x stock's (BillingInfo)", 0.8)
PAGE_READ = Goal("a page of 1,000 items: from_dict <= 1.5x pydantic per item", 1.5)
PAGE_WRITE = Goal("a page of 1,000 items: to_dict <= 1.5x pydantic per item", 1.5)
IMPORT = Goal("import one endpoint module <= 1.25x the package", 1.25)


@dataclass
class Scorecard:
    rows: list[tuple[Goal, float, str]] = field(default_factory=list)

    def record(self, goal: Goal, ratio: float, detail: str = "") -> None:
        """`ratio`: the figure the goal bounds; `detail`: what else the reader needs to judge it."""
        self.rows.append((goal, ratio, detail))

    def lines(self) -> list[str]:
        if not self.rows:
            return []
        table = ["| goal | this run | status |", "|---|---|---|"]
        for goal, ratio, detail in self.rows:
            status = "reported" if goal.bound is None else "met" if ratio <= goal.bound else "missed"
            table.append(f"| {goal.text} | {ratio:.2f}x{f'; {detail}' if detail else ''} | {status} |")
        return ["## Goals: where this run puts them", "", *table]
