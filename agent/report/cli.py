"""`embargo report`: the data-flow report from one or more audit log files."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from agent.report import flows, html


def read_records(paths: list[Path]) -> Iterator[dict[str, Any]]:
    for path in paths:
        with path.open("rb") as handle:
            for number, line in enumerate(handle, start=1):
                try:
                    yield json.loads(line)
                except (ValueError, RecursionError):  # (RecursionError: nested deeper than json goes)
                    print(f"embargo: {path}:{number}: not a JSON record, skipped", file=sys.stderr)


def run_report(audit: list[Path], out: Path, controller: str, purpose: str, retention: str) -> int:
    try:
        report = flows.build(read_records(audit))
    except OSError as err:
        print(f"embargo: cannot read {err.filename}: {err.strerror}", file=sys.stderr)
        return 2
    out.write_text(html.render(report, controller=controller, purpose=purpose, retention=retention), encoding="utf-8")
    print(f"{out}: {report.records} records, {len(report.by_workload)} workloads, "
          f"{len(report.destinations)} destinations, {_day(report.first)} to {_day(report.last)}")
    return 0


def _day(timestamp: str | None) -> str:
    return timestamp[:10] if timestamp else "-"
