"""`make bench`: the maintainer's regeneration, CI's spec diff and the application's calls, each measured
against its natural anchor in the same run; medians of several runs with min/max, written to
BENCHMARKS.md."""
