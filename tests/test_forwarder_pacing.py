"""The sink forwarder's CPU class, on real processes: SCHED_IDLE while it keeps up, nice 10
SCHED_BATCH once a backlog ages past its lag budget, back to SCHED_IDLE after catching up,
and never SCHED_IDLE where the kernel would not let it come back (agent/sinks/pacing.py).

The classes are read from the kernel (sched_getscheduler per thread, /proc/PID/sched);
the cores are kept busy by plain spinning processes, as a loaded proxy would."""

from __future__ import annotations

import os
import resource
import shutil
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from prometheus_client.parser import text_string_to_metric_families

from agent.audit import AuditLog
from agent.sinks.config import load_config
from agent.sinks.forwarder import Forwarder
from agent.sinks.sink import MAX_TICKS
from tests.siem_receivers import free_port, written_events
from tests.conftest import wait_for
from tests.siem_records import decision_record

REPO = Path(__file__).resolve().parent.parent
SINKS = 2  # the ECS file and the dead HEC below: one sender thread each


def config_file(tmp_path: Path, budget: float, metrics_port: int) -> Path:
    (tmp_path / "hec-token").write_text("token")
    config = tmp_path / "agent.yaml"
    config.write_text(
        f"spool: {{dir: {tmp_path / 'spool'}}}\nmetrics: 127.0.0.1:{metrics_port}\n"
        f"forwarder: {{lag_budget_seconds: {budget}}}\nsinks:\n"
        f"  - {{name: elastic, type: ecs, path: {tmp_path / 'ecs.jsonl'}}}\n"
        f"  - {{name: dead, type: splunk_hec, url: 'http://127.0.0.1:{free_port()}', "
        f"token_file: {tmp_path / 'hec-token'}}}\n")
    return config


def start_forwarder(tmp_path: Path, config: Path, wrap: list[str] = (), nice_limit: tuple[int, int] | None = None
                    ) -> subprocess.Popen:
    """`embargo sinks` as the proxy starts it (--parent: this test), under `wrap` (setpriv)
    and with RLIMIT_NICE `nice_limit` if given, as a container runtime or systemd would set them."""
    audit = tmp_path / "audit.jsonl"
    AuditLog(audit, fsync=False).close()
    command = [*wrap, sys.executable, "-m", "agent.cli", "sinks", "--config", str(config), "--audit", str(audit),
               "--parent", str(os.getpid())]
    return subprocess.Popen(command, cwd=REPO, stderr=open(tmp_path / "forwarder.log", "wb"),
                            preexec_fn=nice_limit and (lambda: resource.setrlimit(resource.RLIMIT_NICE, nice_limit)))


def without_cap_sys_nice() -> list[str]:
    if os.geteuid() != 0:
        return []  # an ordinary user has no CAP_SYS_NICE to begin with
    if shutil.which("setpriv") is None:
        pytest.skip("needs setpriv (util-linux) to drop CAP_SYS_NICE")
    return ["setpriv", "--bounding-set", "-sys_nice", "--"]


def may_leave_idle() -> bool:
    """CAP_SYS_NICE (bit 23 of the effective set), or a hard RLIMIT_NICE the forwarder can raise its soft one to."""
    effective = next(line for line in Path("/proc/self/status").read_text().splitlines() if line.startswith("CapEff"))
    hard = resource.getrlimit(resource.RLIMIT_NICE)[1]
    return bool(int(effective.split()[1], 16) >> 23 & 1) or hard == resource.RLIM_INFINITY or hard >= 10


def classes(pid: int) -> dict[int, tuple[int, int]]:
    """(policy, nice) of every thread of `pid`, from the kernel."""
    out = {}
    for tid in map(int, os.listdir(f"/proc/{pid}/task")):
        try:
            out[tid] = (os.sched_getscheduler(tid), os.getpriority(os.PRIO_PROCESS, tid))
        except ProcessLookupError:
            pass
    return out


def policy_in_proc(pid: int) -> int:
    """The main thread's policy as /proc/PID/sched states it."""
    line = next(line for line in Path(f"/proc/{pid}/sched").read_text().splitlines() if line.startswith("policy"))
    return int(line.split(":")[1])


def scrape(port: int) -> dict[str, float]:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=10) as answer:
        text = answer.read().decode()
    return {s.name: s.value for family in text_string_to_metric_families(text) for s in family.samples
            if s.name.startswith("embargo_forwarder_")}


def append_backlog(audit: Path, count: int) -> list[str]:
    log = AuditLog(audit, fsync=False)
    users = [f"backlog-{i:05d}" for i in range(count)]
    for start in range(0, count, 100):
        log.write(b"".join(log.chain({k: v for k, v in decision_record(user=user).items()
                                      if k not in ("seq", "prev", "hash")})[1] for user in users[start:start + 100]))
    log.close()
    return users


def delivered(tmp_path: Path) -> list[str]:
    return [event["user"]["name"] for event in written_events(tmp_path / "ecs.jsonl")]


def spinners() -> list[subprocess.Popen]:
    """One busy process per core at nice 0: no spare CPU left for SCHED_IDLE."""
    return [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(os.cpu_count() or 1)]


@pytest.mark.integration
def test_idle_while_keeping_up_escalates_past_the_budget_and_returns_after_catching_up(tmp_path):
    """On busy cores a backlog ages past the 1 s budget: the workers move to nice 10
    SCHED_BATCH, deliver everything in order, and go idle again once caught up."""
    if not may_leave_idle():
        pytest.skip("neither CAP_SYS_NICE nor a hard RLIMIT_NICE >= 10 here: the forwarder stays at SCHED_BATCH "
                    "(test_a_forwarder_that_could_not_leave_idle_never_enters_it)")
    port = free_port()
    forwarder = start_forwarder(tmp_path, config_file(tmp_path, 1, port))
    busy: list[subprocess.Popen] = []
    try:
        wait_for(lambda: (tmp_path / "spool" / "forwarder.cursor").exists(), 30, "the forwarder to start")
        wait_for(lambda: scrape(port).get("embargo_forwarder_lag_budget_seconds") == 1.0, 30, "its metrics")
        threads = classes(forwarder.pid)
        idle = [tid for tid, (policy, _) in threads.items() if policy == os.SCHED_IDLE]
        assert forwarder.pid in idle and len(idle) == 1 + SINKS  # the reader and one sender per sink
        assert policy_in_proc(forwarder.pid) == os.SCHED_IDLE
        assert {nice for _, nice in threads.values()} == {10}
        assert {policy for tid, (policy, _) in threads.items() if tid not in idle} == {os.SCHED_BATCH}  # pacer, metrics
        metrics = scrape(port)
        assert metrics["embargo_forwarder_escalated"] == 0 and metrics["embargo_forwarder_escalation_refused"] == 0

        busy = spinners()
        users = append_backlog(tmp_path / "audit.jsonl", 2000)
        wait_for(lambda: os.sched_getscheduler(forwarder.pid) == os.SCHED_BATCH, 30, "escalation")
        assert {classes(forwarder.pid)[tid][0] for tid in idle} == {os.SCHED_BATCH}  # every worker, still nice 10
        assert scrape(port)["embargo_forwarder_escalated"] == 1
        wait_for(lambda: len(delivered(tmp_path)) >= len(users), 60, "delivery of the backlog")
        wait_for(lambda: os.sched_getscheduler(forwarder.pid) == os.SCHED_IDLE, 30, "the return to SCHED_IDLE")
        assert {classes(forwarder.pid)[tid][0] for tid in idle} == {os.SCHED_IDLE}
        metrics = scrape(port)
    finally:
        for spinner in busy:
            spinner.kill()
            spinner.wait()
        forwarder.terminate()
        forwarder.wait(10)
    assert delivered(tmp_path) == users  # all of them, once, in audit-log order
    assert sum(p.read_bytes().count(b"\n") for p in (tmp_path / "spool" / "dead").glob("*.seg")) == len(users)
    assert metrics["embargo_forwarder_escalations_total"] >= 1 and metrics["embargo_forwarder_escalated"] == 0
    assert metrics["embargo_forwarder_lag_seconds"] <= 1.0 and metrics["embargo_forwarder_lag_bytes"] == 0
    log = (tmp_path / "forwarder.log").read_text()
    assert "behind (budget 1 s): nice 10 SCHED_BATCH until it catches up" in log


@pytest.mark.integration
def test_a_forwarder_that_could_not_leave_idle_never_enters_it(tmp_path):
    """No CAP_SYS_NICE and RLIMIT_NICE 0 (the defaults for an ordinary user): the kernel
    would keep it in SCHED_IDLE for good, so it stays at nice 10 SCHED_BATCH, says so once
    and in a metric, and still delivers."""
    port = free_port()
    forwarder = start_forwarder(tmp_path, config_file(tmp_path, 1, port), wrap=without_cap_sys_nice(),
                                nice_limit=(0, 0))
    try:
        wait_for(lambda: (tmp_path / "spool" / "forwarder.cursor").exists(), 30, "the forwarder to start")
        metrics = wait_for(lambda: scrape(port), 30, "its metrics")
        threads = classes(forwarder.pid)
        users = append_backlog(tmp_path / "audit.jsonl", 50)
        wait_for(lambda: len(delivered(tmp_path)) >= len(users), 30, "delivery")
    finally:
        forwarder.terminate()
        forwarder.wait(10)
    assert {policy for policy, _ in threads.values()} == {os.SCHED_BATCH}
    assert {nice for _, nice in threads.values()} == {10}
    assert metrics["embargo_forwarder_escalation_refused"] == 1 and metrics["embargo_forwarder_escalated"] == 0
    assert delivered(tmp_path) == users
    log = (tmp_path / "forwarder.log").read_text()
    assert log.count("stays at nice 10 SCHED_BATCH, not SCHED_IDLE") == 1 and "RLIMIT_NICE 0 < 10" in log


def test_lag_counts_unread_and_undelivered_records_but_not_a_dead_sinks_backlog(tmp_path):
    """The pacer's measure: the age of the oldest record not yet spooled, then of the oldest
    not yet delivered to a live sink; a dead sink's spool does not count (CPU would not help it)."""
    port = free_port()
    audit = tmp_path / "audit.jsonl"
    log = AuditLog(audit, fsync=False)
    old = time.time() - 120
    for i in range(20):
        record = decision_record(user=f"u{i}", time=time.strftime("%Y-%m-%dT%H:%M:%S.000Z", time.gmtime(old + i)))
        log.append({k: v for k, v in record.items() if k not in ("seq", "prev", "hash")})
    log.close()
    forwarder = Forwarder(load_config(config_file(tmp_path, 30, port)), audit)
    lag = forwarder.lag()
    assert 119 < lag.seconds < 130 and lag.bytes == audit.stat().st_size  # nothing read yet
    forwarder.pump()
    lag = forwarder.lag()
    assert 119 < lag.seconds < 130 and lag.bytes == 0  # spooled, but no sender has run yet
    forwarder.start()
    try:
        wait_for(lambda: len(delivered(tmp_path)) == 20, 15, "delivery to the file sink")
        wait_for(lambda: forwarder.senders[1].failures, 15, "the dead sink's first failure")
        lag = forwarder.lag()
        assert forwarder.config.sinks[1].spool.pending == 20  # the dead sink keeps them all
    finally:
        forwarder.close()
    assert lag.seconds == 0 and lag.bytes == 0


def test_a_sinks_delivery_lag_follows_its_acknowledgements_and_stays_bounded(tmp_path):
    """One mark per queued tick, dropped as deliveries pass it; past MAX_TICKS marks (a sink
    hours behind) the last one grows and keeps its older time, so memory stays bounded."""
    sink = load_config(config_file(tmp_path, 30, free_port())).sinks[0]
    for tick in range(MAX_TICKS + 100):
        sink.queue([b"message %d" % tick], since=1000.0 + tick)
    assert len(sink._ticks) == MAX_TICKS
    assert sink.oldest_undelivered() == 1000.0
    sink.acknowledge(sink.spool.peek(10))
    assert sink.oldest_undelivered() == 1010.0
    sink.acknowledge(sink.spool.peek(MAX_TICKS - 11))
    assert sink.oldest_undelivered() == 1000.0 + MAX_TICKS - 1  # the grown mark: its first tick's time
    while (batch := sink.spool.peek(500)) is not None:
        sink.acknowledge(batch)
    assert sink.oldest_undelivered() is None
    sink.spool.close()


def test_a_tick_delivered_before_it_is_marked_leaves_no_stale_mark(tmp_path):
    """The sender can deliver a tick's messages between their spooling and `queue` marking
    them (the pump and the sender are threads). A mark left behind then would report a lag
    growing for ever, and the pacer would keep the forwarder escalated for good."""
    sink = load_config(config_file(tmp_path, 30, free_port())).sinks[0]
    spool_put_many = sink.spool.put_many

    def put_many_then_deliver(messages: list[bytes]) -> int:
        taken = spool_put_many(messages)
        sink.acknowledge(sink.spool.peek(500))  # the sender's turn, before `queue` goes on
        return taken

    sink.spool.put_many = put_many_then_deliver
    sink.queue([b"first", b"second"], since=1000.0)
    assert sink.spool.pending == 0
    assert sink.oldest_undelivered() is None
    sink.spool.put_many = spool_put_many
    sink.queue([b"third"], since=2000.0)
    assert sink.oldest_undelivered() == 2000.0
    sink.acknowledge(sink.spool.peek(500))
    assert sink.oldest_undelivered() is None
    sink.spool.close()
