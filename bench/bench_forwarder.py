"""CPU the sink forwarder spends per audit record, measured from /proc (not wall clock).

Starts `embargo sinks` in its own process with the six sinks of `bench_sinks.py` (CEF
over UDP to a real rsyslog, Splunk HEC, an OCSF webhook, ECS and OCSF files, and one
dead HEC sink), lets it settle, then appends N chained audit records to its audit log at
a steady rate (in small commits, as the proxy's group commit writes them) and waits until
every live sink has all of them. The forwarder's user + system CPU time over that span,
divided by N, is the figure; the receivers run in this process, not the forwarder's.
On shared cores this stays comparable across runs where throughput does not.

    .venv/bin/python bench/bench_forwarder.py [--records 20000] [--rate 1000]

Needs `rsyslogd`. Prints the figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from agent.audit import AuditLog  # noqa: E402
from bench.bench_sinks import sinks_config  # noqa: E402
from classifier.classification import Label  # noqa: E402
from tests.siem_receivers import HecReceiver, Rsyslog, WebhookReceiver  # noqa: E402
from tests.siem_records import decision_record, response_record  # noqa: E402

COMMIT = 20  # records per audit commit
SINKS = ("soc", "splunk", "lake", "elastic", "ocsf-file", "dead")  # bench_sinks.py's: CEF/UDP, HEC, OCSF webhook,
# ECS file, OCSF file, dead HEC


def records(count: int) -> list[dict]:
    """Request and response records alternating, one request in ten blocked (and alerting)."""
    out = []
    for i in range(count):
        if i % 2:
            out.append(response_record())
        elif i % 20 == 0:
            out.append(decision_record(action="block", rule="privileged-stays-sovereign", label=Label.PRIVILEGED,
                                       detectors=("salesforce.record_id", "privilege.marker")))
        else:
            out.append(decision_record(bytes_out=1000 + i % 5000))
    for record in out:
        for key in ("seq", "prev", "hash"):
            record.pop(key, None)
    return out


def cpu_times(pid: int) -> tuple[float, float]:
    """(user, system) CPU seconds of a process so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return int(fields[11]) / os.sysconf("SC_CLK_TCK"), int(fields[12]) / os.sysconf("SC_CLK_TCK")


def wait(predicate, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise SystemExit(f"bench_forwarder: timed out waiting for {what}")
        time.sleep(0.05)


def caught_up(cursor: Path, audit: Path) -> bool:
    """The forwarder has read (and spooled) the whole audit log."""
    try:
        return json.loads(cursor.read_text())["offset"] == audit.stat().st_size
    except (OSError, ValueError, KeyError):
        return False


def lines(path: Path) -> int:
    try:
        with path.open("rb") as handle:
            return sum(chunk.count(b"\n") for chunk in iter(lambda: handle.read(1 << 20), b""))
    except FileNotFoundError:
        return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--records", type=int, default=20000)
    parser.add_argument("--rate", type=float, default=1000.0, help="records appended per second")
    parser.add_argument("--sinks", default=",".join(SINKS), help=f"which of {','.join(SINKS)} (default: all)")
    args = parser.parse_args()
    chosen = args.sinks.split(",")
    work = Path(tempfile.mkdtemp(prefix="embargo-bench-forwarder-"))
    (work / "rsyslog").mkdir()
    rsyslog = Rsyslog(work / "rsyslog", "udp")
    hec, webhook = HecReceiver("bench-token"), WebhookReceiver()
    config = sinks_config(work, rsyslog, hec, webhook)
    config.write_text("".join(line for line in config.read_text().splitlines(keepends=True)
                              if "name:" not in line or line.split("name: ", 1)[1].split(",")[0] in chosen))
    audit_path = work / "audit.jsonl"
    audit = AuditLog(audit_path, fsync=False)
    policy = REPO / "policies" / "default.yaml"
    forwarder = subprocess.Popen([sys.executable, "-m", "agent.cli", "sinks", "--config", str(config),
                                  "--audit", str(audit_path), "--policy", str(policy)], cwd=REPO,
                                 stderr=subprocess.DEVNULL)
    try:
        wait(lambda: (work / "spool" / "forwarder.cursor").exists(), 30, "the forwarder to start")
        time.sleep(1.0)
        batch = records(args.records)
        start_cpu, start = cpu_times(forwarder.pid), time.monotonic()
        for i in range(0, len(batch), COMMIT):
            audit.write(b"".join(audit.chain(event)[1] for event in batch[i:i + COMMIT]))
            time.sleep(max(0.0, start + (i + COMMIT) / args.rate - time.monotonic()))
        n = args.records
        wait(lambda: ("splunk" not in chosen or len(hec.events) >= n) and ("lake" not in chosen or len(webhook.events) >= n)
             and ("elastic" not in chosen or lines(work / "ecs.jsonl") >= n)
             and ("ocsf-file" not in chosen or lines(work / "ocsf.jsonl") >= n)
             and caught_up(work / "spool" / "forwarder.cursor", audit_path), 300, "delivery")
        time.sleep(0.5)  # CEF over UDP has no receipt to wait for: its sender's last tick
        end_cpu, elapsed = cpu_times(forwarder.pid), time.monotonic() - start
        user, system = end_cpu[0] - start_cpu[0], end_cpu[1] - start_cpu[1]
        syslog = lines(work / "rsyslog" / "received.log") if (work / "rsyslog" / "received.log").exists() else None
        dead = sum(p.stat().st_size for p in (work / "spool" / "dead").glob("*.seg"))
    finally:
        forwarder.terminate()
        forwarder.wait(10)
        audit.close()
        rsyslog.stop()
        hec.stop()
        webhook.stop()
    print(f"{n} records at {args.rate:g}/s in commits of {COMMIT}, sinks {args.sinks}: "
          f"forwarder CPU {user + system:.2f} s = {(user + system) / n * 1e6:.0f} us per record "
          f"(user {user / n * 1e6:.0f}, system {system / n * 1e6:.0f}; {elapsed:.1f} s wall)")
    print(f"HEC received {len(hec.events)}, webhook {len(webhook.events)}, rsyslog lines {syslog}, "
          f"dead sink spool {dead / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
