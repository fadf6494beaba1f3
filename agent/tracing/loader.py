"""Loading bcc programs: check what the node offers first, then compile, and fail loudly.

bcc compiles C at load time, so a node needs root (CAP_BPF and CAP_PERFMON at least),
bcc's Python package, kernel headers at /lib/modules/$(uname -r)/build, tracefs and, for
struct offsets, BTF. `preflight()` names every missing piece in one message, which the
agent prints before it runs proxy-only; a program that then fails to compile or attach
raises `BpfUnavailable` with bcc's own reason. The enforcement programs (cgroup hooks)
load through the same functions.
"""

from __future__ import annotations

import ctypes
import os
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any

TRACEFS = Path("/sys/kernel/tracing")
KERNEL_BUILD = Path("/lib/modules") / os.uname().release / "build"


class BpfUnavailable(Exception):
    """eBPF cannot run here; the message says exactly what is missing."""


@dataclass(frozen=True, slots=True)
class ProgramSpec:
    """What a loader would load: shown by `embargo agent --dry-run`."""

    source: Path
    attach: tuple[str, ...]  # e.g. "tracepoint:syscalls:sys_enter_connect"
    maps: tuple[str, ...]
    cflags: tuple[str, ...]
    # When set, the module is these files concatenated in order (bcc rewrites map calls only
    # in its main text, so code shared by several programs cannot come from an #include).
    parts: tuple[Path, ...] = ()

    def describe(self) -> str:
        lines = [f"program {self.source.name} ({self.source})"]
        lines += [f"  part   {path.name} ({path})" for path in self.parts if path != self.source]
        lines += [f"  attach {point}" for point in self.attach]
        lines += [f"  map    {name}" for name in self.maps]
        lines += [f"  cflag  {flag}" for flag in self.cflags]
        return "\n".join(lines)


def missing_requirements(tracepoints: tuple[str, ...] = ()) -> list[str]:
    """Everything this node lacks for bcc programs, as sentences; empty when all is there."""
    missing = []
    lacking = missing_capabilities()
    if lacking:
        missing.append(f"the process lacks {' and '.join(lacking)} (or CAP_SYS_ADMIN): run the agent as root "
                       "or grant them")
    try:
        import_bcc()
    except ImportError as err:
        missing.append(f"bcc's Python package cannot be imported ({err}); install python3-bpfcc "
                       "and run `make setup` to link it into the venv")
    if not (KERNEL_BUILD / "Makefile").exists():
        missing.append(f"no kernel headers at {KERNEL_BUILD} (bcc compiles at load time; "
                       "install linux-headers or link a compatible set there, see .ci/run)")
    if not (TRACEFS / "events").is_dir():
        missing.append(f"tracefs is not mounted at {TRACEFS} (mount -t tracefs nodev {TRACEFS})")
    else:
        for point in tracepoints:
            category, event = point.split(":")
            if not (TRACEFS / "events" / category / event).is_dir():
                missing.append(f"the kernel has no tracepoint {point}")
    return missing


# Capability bits (linux/capability.h).
CAP_SYS_ADMIN, CAP_PERFMON, CAP_BPF = 21, 38, 39


def effective_capabilities(status: Path = Path("/proc/self/status")) -> int:
    for line in status.read_text().splitlines():
        if line.startswith("CapEff:"):
            return int(line.split()[1], 16)
    return 0


def missing_capabilities() -> list[str]:
    """What loading and attaching tracepoint programs needs and this process lacks:
    CAP_BPF with CAP_PERFMON, or CAP_SYS_ADMIN (kernels before 5.8)."""
    caps = effective_capabilities()
    if caps >> CAP_SYS_ADMIN & 1 or (caps >> CAP_BPF & 1 and caps >> CAP_PERFMON & 1):
        return []
    return [name for name, bit in (("CAP_BPF", CAP_BPF), ("CAP_PERFMON", CAP_PERFMON)) if not caps >> bit & 1]


def preflight(tracepoints: tuple[str, ...] = ()) -> None:
    missing = missing_requirements(tracepoints)
    if missing:
        raise BpfUnavailable("eBPF unavailable: " + "; ".join(missing))


def compile_program(spec: ProgramSpec) -> Any:
    """Compile and attach (bcc attaches TRACEPOINT_PROBEs itself); returns the bcc.BPF object."""
    bcc = import_bcc()
    try:
        if spec.parts:
            text = "\n".join(path.read_text() for path in spec.parts)
            return bcc.BPF(text=text.encode(), cflags=list(spec.cflags))
        return bcc.BPF(src_file=str(spec.source).encode(), cflags=list(spec.cflags))
    except Exception as err:  # bcc raises plain Exception for compile and attach failures
        raise BpfUnavailable(f"eBPF program {spec.source.name} failed to load: {err}") from err
    finally:
        _return_freed_memory()


def _return_freed_memory() -> None:
    """bcc compiles with LLVM inside this process; glibc keeps what LLVM freed for reuse, so
    without a trim the agent holds some 40 MB of compiler heap for its lifetime (a no-op
    where the C library has no malloc_trim)."""
    trim = getattr(ctypes.CDLL(None), "malloc_trim", None)
    if trim is not None:
        trim(0)


def import_bcc() -> Any:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", SyntaxWarning)  # Debian's bcc has old-style escapes
        import bcc

    return bcc
