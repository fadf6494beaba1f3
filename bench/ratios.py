"""The summary table the per-connect/per-write benches share: each arm's median wall and
CPU microseconds and their ratios to the first arm (the baseline, e.g. `none`)."""

from __future__ import annotations

import statistics
from collections.abc import Callable

Runs = list[dict[str, float]]


def print_ratio_table(results: dict[str, Runs], extra_header: str = "",
                      extra: Callable[[str, Runs], str] | None = None) -> None:
    """`results`: arm -> its rounds, each with `wall_us` and `cpu_us`; the first arm is the
    baseline. `extra(arm, runs)` appends bench-specific columns under `extra_header`."""
    def median(runs: Runs, key: str) -> float:
        return statistics.median(r[key] for r in runs)

    base = next(iter(results.values()))
    base_wall, base_cpu = median(base, "wall_us"), median(base, "cpu_us")
    width = max(10, *(len(arm) + 1 for arm in results))
    print(f"{'arm':{width}} {'wall us':>8} {'ratio':>6} {'CPU us':>7} {'ratio':>6}" + (f" {extra_header}" if extra_header else ""))
    for arm, runs in results.items():
        wall, cpu = median(runs, "wall_us"), median(runs, "cpu_us")
        row = f"{arm:{width}} {wall:8.1f} {wall / base_wall:6.2f} {cpu:7.1f} {cpu / base_cpu:6.2f}"
        print(row + (f" {extra(arm, runs)}" if extra else ""))
