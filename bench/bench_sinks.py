"""The cost of the SIEM sinks: Embargo alone against Embargo with every sink enabled.

Two `embargo proxy` processes run side by side in front of the same loopback fake
provider, arms interleaved round by round as in `bench_proxy.py` (same bodies, same
`hey` load). The second runs the sink forwarder (`--sinks`) with CEF to a real rsyslog
over UDP, Splunk HEC (gzip, batched) and an OCSF webhook to loopback receivers, ECS and
OCSF files, and one HEC sink whose port is closed (dead: its events pile up in its
spool, its sender backs off). The forwarder is a separate process, so what it costs the
proxy is CPU shared on the same cores, which is what this measures. The receivers stand
in for SIEMs that run elsewhere in production: they run at the lowest CPU priority (nice
19) so that their own parsing and unzipping takes as little as possible from both arms.

Beside the proxy the forwarder runs on spare CPU only (SCHED_IDLE) until its lag passes
its budget (agent/sinks/pacing.py). So before every measurement the bench waits until it
has caught up (no arm inherits the other's backlog), and it accounts for the forwarder's
CPU by phase: during the sinks arm's rounds, during the alone arm's, and in between
(catching up, nothing measured), with the time it spent escalated and how much of a round's
records had not reached the SIEM receivers when the round ended. Short rounds show the
proxy with the forwarder working in the gaps; rounds longer than a small budget
(`--seconds 40 --lag-budget 5`) show what the sinks cost once it has to keep up.

    .venv/bin/python bench/bench_sinks.py [--seconds 4] [--rounds 3] [--lag-budget S] [--loads "1 KB,mixed"]

Needs `hey` and `rsyslogd` (apt-get install hey rsyslog). Prints a table; asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import statistics
import shutil
import sys
import tempfile
import threading
import time
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from agent.demo.fake_provider import FakeProvider  # noqa: E402
from agent.demo.pki import make_pki  # noqa: E402
from agent.demo.stack import FAKE_HOSTS, free_port, start_proxy  # noqa: E402
from bench.bench_proxy import CONCURRENCY, URL, Result, measure, run_load, write_workloads  # noqa: E402
from tests.siem_receivers import HecReceiver, Rsyslog, WebhookReceiver  # noqa: E402


def sinks_config(work: Path, rsyslog: Rsyslog, hec: HecReceiver, webhook: WebhookReceiver,
                 lag_budget: float | None = None) -> Path:
    token = work / "hec-token"
    token.write_text(hec.token)
    config = work / "agent.yaml"
    budget = "" if lag_budget is None else f"forwarder: {{lag_budget_seconds: {lag_budget:g}}}\n"
    config.write_text(
        f"spool: {{dir: {work / 'spool'}, max_bytes: 256m}}\n{budget}sinks:\n"
        f"  - {{name: soc, type: cef, url: 'udp://127.0.0.1:{rsyslog.port}'}}\n"
        f"  - {{name: splunk, type: splunk_hec, url: 'http://127.0.0.1:{hec.port}', token_file: {token}, batch: 200}}\n"
        f"  - {{name: lake, type: ocsf, url: 'http://127.0.0.1:{webhook.port}/ocsf'}}\n"
        f"  - {{name: elastic, type: ecs, path: {work / 'ecs.jsonl'}}}\n"
        f"  - {{name: ocsf-file, type: ocsf, path: {work / 'ocsf.jsonl'}}}\n"
        f"  - {{name: dead, type: splunk_hec, url: 'http://127.0.0.1:{free_port()}', token_file: {token}}}\n"
    )
    return config


def print_table(results: dict[str, dict[str, list[Result]]]) -> None:
    print("| load | Embargo req/s | +sinks req/s | throughput kept | Embargo p50 ms | +sinks p50 ms | added p50 ms "
          "| Embargo p99 ms | +sinks p99 ms | errors |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for name, arms in results.items():
        alone, sinks = arms["embargo"], arms["embargo+sinks"]
        row = [statistics.median(f(r) for r in runs) for f in (lambda r: r.rps, lambda r: r.percentile(0.5),
                                                               lambda r: r.percentile(0.99)) for runs in (alone, sinks)]
        rps_a, rps_s, p50_a, p50_s, p99_a, p99_s = row
        errors = sum(r.errors for r in alone + sinks)
        print(f"| {name} | {rps_a:.0f} | {rps_s:.0f} | {rps_s / rps_a:.0%} | {p50_a:.1f} | {p50_s:.1f} | "
              f"{p50_s - p50_a:+.1f} | {p99_a:.1f} | {p99_s:.1f} | {errors} |")


def lowest_priority(process: int, *threads: int) -> None:
    """Nice 19 for every thread of `process` and for `threads` of this one (threads they
    start later inherit it; this process's other threads, which start `hey`, keep theirs)."""
    tids = [int(t.name) for t in Path(f"/proc/{process}/task").iterdir()] + list(threads)
    for tid in tids:
        os.setpriority(os.PRIO_PROCESS, tid, 19)


def forwarder_of(pid: int) -> int:
    """The sink forwarder: the proxy's child running `agent.cli sinks` (the others are workers)."""
    for child in Path(f"/proc/{pid}/task/{pid}/children").read_text().split():
        if b"\0sinks\0" in Path(f"/proc/{child}/cmdline").read_bytes():
            return int(child)
    raise RuntimeError("the sink forwarder is not running")


def settled(hec: HecReceiver, webhook: WebhookReceiver, events: Path, timeout: float = 120.0) -> int:
    """Wait until the live HTTP sinks have every record of the audit log; its record count."""
    deadline = time.monotonic() + timeout
    while True:
        written = len(events.read_bytes().splitlines())
        if (len(hec.events) >= written and len(webhook.events) >= written) or time.monotonic() > deadline:
            return written
        time.sleep(0.2)


def cpu_seconds(pid: int, thread: int | None = None) -> float:
    """User + system CPU time of a process (or of one of its threads) so far."""
    path = Path(f"/proc/{pid}/stat") if thread is None else Path(f"/proc/{pid}/task/{thread}/stat")
    fields = path.read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


class ForwarderWatch(threading.Thread):
    """Samples the forwarder every 0.1 s: its CPU time and whether it runs escalated (its
    main thread at SCHED_BATCH rather than SCHED_IDLE), booked to the current `phase`; and
    the CPU time of the servers that stand in for the rest of the world: rsyslog, and this
    process's threads but its main one (which reads hey's output) and this one, i.e. the
    fake provider (serving both arms) and the HEC and webhook receivers."""

    def __init__(self, pid: int, rsyslog: int):
        super().__init__(daemon=True)
        self.pid = pid
        self.rsyslog = rsyslog
        self.phase = "start-up"
        self.cpu: dict[str, float] = defaultdict(float)
        self.receivers_cpu: dict[str, float] = defaultdict(float)
        self.wall: dict[str, float] = defaultdict(float)
        self.escalated: dict[str, float] = defaultdict(float)
        self.stopped = threading.Event()

    def run(self) -> None:
        cpu, then, received = cpu_seconds(self.pid), time.monotonic(), self._receivers()
        while not self.stopped.wait(0.1):
            now_cpu, now, now_received = cpu_seconds(self.pid), time.monotonic(), self._receivers()
            phase = self.phase
            self.cpu[phase] += now_cpu - cpu
            self.receivers_cpu[phase] += now_received - received
            received = now_received
            self.wall[phase] += now - then
            if os.sched_getscheduler(self.pid) != os.SCHED_IDLE:
                self.escalated[phase] += now - then
            cpu, then = now_cpu, now

    def _receivers(self) -> float:
        me = os.getpid()
        return (cpu_seconds(self.rsyslog) + cpu_seconds(me) - cpu_seconds(me, me)
                - cpu_seconds(me, threading.get_native_id()))


@contextmanager
def caught_up_first(watch: ForwarderWatch, hec: HecReceiver, webhook: WebhookReceiver, events: Path,
                    behind: list[float], arm: str) -> Iterator[None]:
    """Around one measurement: wait until the forwarder has caught up, book its CPU to the
    arm being measured, and note the share of a sinks round's records not yet at the
    receivers when the round ended."""
    watch.phase = "between rounds"
    before = settled(hec, webhook, events)
    watch.phase = arm
    yield
    watch.phase = "between rounds"
    if arm == "embargo+sinks":
        written = len(events.read_bytes().splitlines())
        behind.append((written - min(len(hec.events), len(webhook.events))) / max(written - before, 1))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=4.0, help="length of one measurement")
    parser.add_argument("--rounds", type=int, default=3, help="interleaved rounds per workload and arm")
    parser.add_argument("--lag-budget", type=float, help="the forwarder's lag budget in seconds (default: the agent's, 30)")
    parser.add_argument("--loads", help="comma-separated loads to run under load (default: 1 KB,16 KB,mixed)")
    parser.add_argument("--no-unloaded", action="store_true", help="skip the concurrency-1 measurements")
    args = parser.parse_args()
    if not shutil.which("hey") or not shutil.which("rsyslogd"):
        print("bench_sinks needs `hey` and `rsyslogd`: apt-get install hey rsyslog", file=sys.stderr)
        return 2
    work = Path(tempfile.mkdtemp(prefix="embargo-bench-sinks-"))
    pki = make_pki(work / "pki", FAKE_HOSTS)
    workloads = {name: load for name, load in write_workloads(work).items() if name != "256 KB"}
    loads = args.loads.split(",") if args.loads else list(workloads)
    (work / "rsyslog").mkdir()
    rsyslog = Rsyslog(work / "rsyslog", "udp")
    hec, webhook = HecReceiver("bench-token"), WebhookReceiver()
    lowest_priority(rsyslog.process.pid, hec.server_thread.native_id, webhook.server_thread.native_id)
    policy = REPO / "policies" / "default.yaml"
    with FakeProvider(pki) as fake:
        alone = start_proxy(work / "alone", policy, fake.port, pki.ca_cert)
        with_sinks = start_proxy(work / "sinks", policy, fake.port, pki.ca_cert,
                                 extra_args=("--sinks", str(sinks_config(work, rsyslog, hec, webhook, args.lag_budget))))
        arms = {"embargo": (alone.port, URL), "embargo+sinks": (with_sinks.port, URL)}
        try:
            for port in arms.values():
                run_load(port, workloads["1 KB"], 1)
            forwarder = forwarder_of(with_sinks.process.pid)
            first = settled(hec, webhook, with_sinks.events)
            watch = ForwarderWatch(forwarder, rsyslog.process.pid)  # its start-up (imports) and the warm-up not counted
            watch.start()
            behind: list[float] = []

            def around(name: str, arm: str):
                return caught_up_first(watch, hec, webhook, with_sinks.events, behind, arm)

            loaded = measure(arms, {n: workloads[n] for n in loads}, args, fake, around)
            unloaded = {} if args.no_unloaded else measure(
                arms, {n: [(b, 1)] for n, [(b, _)] in list(workloads.items())[:2]}, args, fake, around)
            watch.phase = "between rounds"
            written = settled(hec, webhook, with_sinks.events)
            watch.stopped.set()
            watch.join()
            forwarder_cpu = sum(watch.cpu.values())
            dead_spool = sum(p.stat().st_size for p in (work / "spool" / "dead").glob("*.seg"))
        finally:
            alone.stop()
            with_sinks.stop()
            rsyslog.stop()
            hec.stop()
            webhook.stop()
    print(f"Under load: concurrency {CONCURRENCY}, {args.rounds} interleaved rounds of {args.seconds:g}s per arm; "
          "medians of the rounds\n")
    print_table(loaded)
    if unloaded:
        print("\nUnloaded: concurrency 1, same rounds\n")
        print_table(unloaded)
    budget = f"{args.lag_budget:g} s" if args.lag_budget is not None else "30 s (default)"
    print(f"\nThe forwarder's CPU by phase (lag budget {budget}; the forwarder caught up before every round):")
    for phase in ("embargo+sinks", "embargo", "between rounds"):
        wall = watch.wall.get(phase, 0.0)
        print(f"- {phase}: {watch.cpu.get(phase, 0.0):.1f} s of CPU in {wall:.0f} s "
              f"({watch.cpu.get(phase, 0.0) / max(wall, 1e-9):.0%} of a core), escalated (nice 10 SCHED_BATCH) "
              f"{watch.escalated.get(phase, 0.0) / max(wall, 1e-9):.0%} of that time; fake provider and "
              f"receivers {watch.receivers_cpu.get(phase, 0.0):.1f} s")
    extra = watch.receivers_cpu.get("embargo+sinks", 0.0) - watch.receivers_cpu.get("embargo", 0.0)
    print(f"So the SIEM receivers took about {extra:.1f} s of CPU during the sinks arm's rounds "
          f"({extra / max(watch.wall.get('embargo+sinks', 0.0), 1e-9):.0%} of a core) beyond the fake provider's share.")
    if behind:
        print(f"At the end of a sinks round, {statistics.median(behind):.0%} of its records (median; "
              f"{max(behind):.0%} at most) had not yet reached the HEC and webhook receivers.")
    measured = written - first
    print(f"\nThe sink forwarder used {forwarder_cpu:.1f} s of CPU for the {measured} records of the measurements "
          f"({forwarder_cpu / max(measured, 1) * 1e6:.0f} us per record, 6 sinks, until every live sink had them). "
          "The receivers (rsyslog, HEC, webhook: elsewhere in production) ran on the same cores at nice 19.")
    print(f"Sinks arm: {written} audit records; HEC received {len(hec.events)}, webhook {len(webhook.events)} "
          f"(delivery continues after the load stops); the dead sink's spool holds {dead_spool / 1e6:.1f} MB.")
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
