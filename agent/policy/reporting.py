"""The shared shape of `embargo policy explain | diff | replay`: build a report, print it
as text or JSON, and turn bad input into one line on stderr instead of a traceback."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from dataclasses import asdict
from typing import Any, TypeVar

from agent.yamlfile import ConfigError

Report = TypeVar("Report")


def emit(build: Callable[[], Report], output: str, show: Callable[[Report], Any]) -> Report | None:
    """The report, printed; None after printing why the input is bad (exit status 2)."""
    try:
        report = build()
    except ConfigError as err:
        print(f"embargo: {err}", file=sys.stderr)
        return None
    except OSError as err:
        print(f"embargo: cannot read {err.filename}: {err.strerror}", file=sys.stderr)
        return None
    except (KeyError, ValueError, TypeError) as err:
        print(f"embargo: {type(err).__name__}: {err}", file=sys.stderr)
        return None
    if output == "json":
        print(json.dumps(asdict(report), indent=2))  # type: ignore[call-overload]
    else:
        show(report)
    return report
