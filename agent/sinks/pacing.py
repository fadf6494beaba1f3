"""The sink forwarder's share of the CPU: what is spare while it keeps up, a niced share
once it falls behind.

The forwarder shares the node's cores with the proxy, and its work (parsing, alert rules,
rendering: about 150 µs of CPU per record for six sinks) can wait, since the audit log is
its queue. So its worker threads (the one reading the log and the senders) run at
`SCHED_IDLE`, which the kernel gives only CPU time no other task wants, and a `Pacer`
thread measures its lag: the age of the oldest audit record not yet spooled for every
sink, or not yet delivered to a sink that is up (a dead sink's backlog is its own alert,
and more CPU would not help it). Past the lag budget (agent config
`forwarder: {lag_budget_seconds: 30}`) the workers move to nice 10 `SCHED_BATCH`, a small
fair share beside the proxy (the class the forwarder always had before), until the lag is
back to about a tick, then return to `SCHED_IDLE`. A SOC alert is late by about the
budget at most, plus what that share needs to catch up; it is never starved for good.

Leaving `SCHED_IDLE` is a privilege (sched(7), sched_setscheduler(2)): the kernel treats
an idle thread as nice 20 and lets it switch to `SCHED_BATCH` only with CAP_SYS_NICE or
an RLIMIT_NICE that allows its nice value (RLIMIT_NICE >= 20 - 10). So before going idle
the forwarder raises its own RLIMIT_NICE to 10 where it may (the soft limit up to the
hard one; past the hard one with CAP_SYS_RESOURCE, which the DaemonSet grants), then
probes on a throwaway thread whether it could come back. If it could not, it never enters
`SCHED_IDLE` (a class it cannot leave would let a busy proxy starve the SIEM): it stays at
nice 10 `SCHED_BATCH`, says so once, and `embargo_forwarder_escalation_refused` is 1.

Linux keeps the policy and nice value per thread (new threads inherit their creator's),
so classes are set per thread id. The pacer and the metrics threads stay at nice 10
`SCHED_BATCH`; under full load they still wait for the GIL while an idle worker holds it
(measured up to ~1 s on the 2-core VM), which is small beside a budget of seconds.
"""

from __future__ import annotations

import contextlib
import logging
import os
import resource
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from agent import metrics

log = logging.getLogger("embargo.sinks")

NICE = 10  # the forwarder's nice value, in both classes
SAY_EVERY = 600.0  # seconds between log lines about escalating (each is counted in the metric)


@dataclass(frozen=True, slots=True)
class Lag:
    seconds: float  # age of the oldest record not yet handed on (0 when caught up)
    bytes: int  # audit log bytes not yet read


def lower_priority() -> None:
    """This thread (call it before any other starts: they inherit it) at nice 10 SCHED_BATCH:
    its wake-ups do not preempt the proxy."""
    os.setpriority(os.PRIO_PROCESS, 0, max(NICE, os.getpriority(os.PRIO_PROCESS, 0)))
    os.sched_setscheduler(0, os.SCHED_BATCH, os.sched_param(0))


def allow_return_from_idle() -> None:
    """Raise RLIMIT_NICE so that an idle thread at nice 10 may switch back to SCHED_BATCH,
    where this process may raise it (silently: `can_leave_idle` tells what came of it)."""
    need = 20 - NICE  # the kernel's nice_to_rlimit(10)
    soft, hard = resource.getrlimit(resource.RLIMIT_NICE)
    if soft == resource.RLIM_INFINITY or soft >= need:
        return
    keep_hard = hard == resource.RLIM_INFINITY or hard >= need
    with contextlib.suppress(ValueError, OSError):  # ValueError is Python's EPERM here
        resource.setrlimit(resource.RLIMIT_NICE, (need, hard if keep_hard else need))


def can_leave_idle() -> bool:
    """Whether the kernel lets a thread of this process go from SCHED_IDLE back to
    SCHED_BATCH: tried on a throwaway thread, since a refusal would strand the caller."""
    answer: list[bool] = []

    def probe() -> None:
        os.sched_setscheduler(0, os.SCHED_IDLE, os.sched_param(0))
        try:
            os.sched_setscheduler(0, os.SCHED_BATCH, os.sched_param(0))
            answer.append(True)
        except PermissionError:
            answer.append(False)

    thread = threading.Thread(target=probe, name="embargo-idle-probe")
    thread.start()
    thread.join()
    return answer == [True]


def set_class(threads: Iterable[int], idle: bool) -> None:
    """Move threads (native ids) to SCHED_IDLE, or back to SCHED_BATCH; the nice value stays."""
    policy = os.SCHED_IDLE if idle else os.SCHED_BATCH
    for tid in threads:
        with contextlib.suppress(ProcessLookupError):  # a thread that has ended
            os.sched_setscheduler(tid, policy, os.sched_param(0))


class Pacer(threading.Thread):
    """Measures the forwarder's lag every `interval` seconds, publishes it, and (when
    `manage`) keeps the workers idle within the budget and escalated beyond it."""

    def __init__(self, measure: Callable[[], Lag], workers: Callable[[], list[int]], budget: float,
                 stop: threading.Event, *, manage: bool, interval: float = 1.0):
        super().__init__(name="embargo-forwarder-pacer", daemon=True)
        self.measure = measure
        self.workers = workers
        self.budget = budget
        self.stop_event = stop
        self.manage = manage
        self.interval = interval
        # back to idle once the lag is about a tick (records wait up to `interval` to be read)
        self.caught_up = min(budget / 2, 2 * interval)
        self.idle = False  # the workers may use SCHED_IDLE (it was probed that they can leave it)
        self.escalated = False
        self._said_escalated = -SAY_EVERY
        metrics.FORWARDER_LAG_BUDGET.set(budget)

    def settle(self) -> None:
        """On the forwarder's thread, before it starts its senders (they inherit its class):
        go idle if the kernel will let it come back."""
        if not self.manage or self.budget <= 0:
            return  # a budget of 0: no lag tolerated, so nice 10 SCHED_BATCH throughout
        allow_return_from_idle()
        if not can_leave_idle():
            soft, _ = resource.getrlimit(resource.RLIMIT_NICE)
            log.warning("embargo: the sink forwarder stays at nice %d SCHED_BATCH, not SCHED_IDLE: the kernel "
                        "would not let it leave SCHED_IDLE when it lags (no CAP_SYS_NICE, RLIMIT_NICE %d < %d; "
                        "grant CAP_SYS_RESOURCE or CAP_SYS_NICE, or raise LimitNICE/ulimit -e)",
                        NICE, soft, 20 - NICE)
            metrics.FORWARDER_ESCALATION_REFUSED.set(1)
            return
        set_class([threading.get_native_id()], idle=True)
        self.idle = True

    def run(self) -> None:
        if self.idle:
            set_class([threading.get_native_id()], idle=False)  # started by an idle thread
        while not self.stop_event.wait(self.interval):
            self.check()

    def check(self) -> Lag:
        lag = self.measure()
        metrics.FORWARDER_LAG_SECONDS.set(round(lag.seconds, 3))
        metrics.FORWARDER_LAG.set(lag.bytes)
        if self.idle and not self.escalated and lag.seconds > self.budget:
            self._move(idle=False)
            if self.escalated:
                metrics.FORWARDER_ESCALATIONS.inc()
                if time.monotonic() - self._said_escalated > SAY_EVERY:
                    self._said_escalated = time.monotonic()
                    log.warning("embargo: the sink forwarder is %.0f s behind (budget %.0f s): nice %d SCHED_BATCH "
                                "until it catches up (counted in embargo_forwarder_escalations_total)",
                                lag.seconds, self.budget, NICE)
        elif self.escalated and lag.seconds <= self.caught_up:
            self._move(idle=True)
        return lag

    def _move(self, idle: bool) -> None:
        try:
            set_class(self.workers(), idle=idle)
        except PermissionError:
            # probed at start, so only a changed limit or policy gets here: stop managing
            log.error("embargo: the kernel refused to move the sink forwarder %s SCHED_IDLE; it stays as it is",
                      "to" if idle else "out of")
            metrics.FORWARDER_ESCALATION_REFUSED.set(1)
            self.idle = False
            return
        self.escalated = not idle
        metrics.FORWARDER_ESCALATED.set(0 if idle else 1)
