"""Every malformed payload of the corpus either parses or raises the library's validation error."""

from .corpus import run, table


def test_the_corpus_has_only_expected_outcomes() -> None:
    outcomes = run()
    assert sum(outcomes.values()) >= 200
    assert {result for _, result in outcomes} <= {"parsed", "validation error"}, table(outcomes)
    assert outcomes["drop field", "validation error"] > 0
    assert outcomes["unknown enum value", "parsed"] > 0
