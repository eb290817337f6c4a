"""make bench's goals table: each goal's verdict is this run's figure against its bound."""

from tooling.bench.goals import CROWD, FROM_DICT, TO_DICT, Scorecard


def test_a_figure_above_its_bound_is_missed_and_one_at_or_below_it_met() -> None:
    card = Scorecard()
    card.record(FROM_DICT, 1.2, "at the bound")
    card.record(TO_DICT, 0.81)
    card.record(CROWD, 3.0, "no bound")
    assert card.lines()[-3:] == [
        f"| {FROM_DICT.text} | 1.20x; at the bound | met |",
        f"| {TO_DICT.text} | 0.81x | missed |",
        f"| {CROWD.text} | 3.00x; no bound | reported |",
    ]


def test_no_figures_no_table() -> None:
    assert Scorecard().lines() == []
