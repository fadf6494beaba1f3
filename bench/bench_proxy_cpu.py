"""CPU per request of the proxy's processes: plain mitmproxy against Embargo.

Wall-clock throughput on a shared machine moves with whatever else runs; the CPU a proxy
spends per request does not (much). This sends a fixed number of requests per body size
at concurrency 50 (or `--concurrency`) through each arm and reads the user+system CPU time of the proxy's
main process and of its children (Embargo's inspection workers) from /proc before and
after, so that the cost can be compared between versions on a busy machine. The arms: plain
mitmproxy (`mitmdump`), Embargo's mitmproxy without Embargo ("lean": only the mitmproxy
addons `embargo proxy` runs), Embargo with the detectors alone, and Embargo as shipped.

    .venv/bin/python bench/bench_proxy_cpu.py [--requests 2000] [--rounds 2] [--arms plain,lean,detectors,shipped]
        [--baseline DIR] [--language en|fr]

`--baseline DIR` adds each Embargo arm once more, run from another checkout (e.g. a
`git worktree` of main): a before/after comparison in one run, arms interleaved.
`--language fr` writes the bodies' CRM note in French instead of English.

Prints CPU ms per request (main process, inspection workers, audit sync process, total),
medians of the rounds. If any arm's requests failed, it names them and exits 1.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from agent.demo.fake_provider import FakeProvider  # noqa: E402
from agent.demo.pki import make_pki  # noqa: E402
from agent.demo.stack import FAKE_HOSTS, start_proxy  # noqa: E402
from bench.bench_proxy import CONCURRENCY, NOTES, URL, chat_body, checkout_wrapper, start_plain_mitmproxy  # noqa: E402
from classifier.model import MODEL_ENV  # noqa: E402

SIZES = {"1 KB": 1 << 10, "16 KB": 16 << 10, "256 KB": 256 << 10}
TICK = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid: int) -> float:
    """utime + stime of one process (its own threads included, its children not)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICK


def switches(pid: int) -> int:
    """Context switches of the process's threads, voluntary and not."""
    total = 0
    for task in Path(f"/proc/{pid}/task").iterdir():
        for line in (task / "status").read_text().splitlines():
            if line.endswith("ctxt_switches:") or "ctxt_switches:" in line:
                total += int(line.split()[1])
    return total


def children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        text = (task / "children").read_text().split()
        found += [int(c) for c in text]
    return found


def tree_cpu(pid: int) -> tuple[float, float, float]:
    """(main process, live inspection workers, other live children: the audit sync
    process) CPU seconds."""
    workers = others = 0.0
    for child in children(pid):
        try:
            seconds = cpu_seconds(child)
            inspection = b"addons.workers" in Path(f"/proc/{child}/cmdline").read_bytes()
        except FileNotFoundError:
            continue
        if inspection:
            workers += seconds
        else:
            others += seconds
    return cpu_seconds(pid), workers, others


def send(port: int, body: Path, requests: int, concurrency: int = CONCURRENCY) -> int:
    """`hey -n` through the proxy; returns the number of non-200 answers."""
    out = subprocess.run(
        ["hey", "-n", str(requests), "-c", str(concurrency), "-m", "POST", "-T", "application/json",
         "-H", "authorization: Bearer sk-bench-placeholder", "-D", str(body), "-x", f"http://127.0.0.1:{port}",
         "-o", "csv", URL], capture_output=True, text=True, check=True).stdout
    return sum(1 for line in out.splitlines()[1:] if line and line.split(",")[6] != "200")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=2000, help="requests per size (256 KB gets a quarter)")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--arms", default="plain,lean,detectors,shipped",
                        help="plain mitmdump, lean (Embargo's mitmproxy addons, no Embargo), detectors, shipped")
    parser.add_argument("--sizes", default=",".join(SIZES))
    parser.add_argument("--set", action="append", default=[], help="mitmproxy/Embargo option for the Embargo arms")
    parser.add_argument("--concurrency", type=int, default=CONCURRENCY, help="requests in flight (1: one at a time)")
    parser.add_argument("--baseline", type=Path, help="another checkout of Embargo to run the Embargo arms from too")
    parser.add_argument("--language", choices=sorted(NOTES), default="en", help="language of the bodies' CRM notes")
    args = parser.parse_args()
    if not shutil.which("hey"):
        print("needs the `hey` load generator: apt-get install hey", file=sys.stderr)
        return 2
    work = Path(tempfile.mkdtemp(prefix="embargo-cpu-"))
    pki = make_pki(work / "pki", FAKE_HOSTS)
    bodies = {}
    for name in args.sizes.split(","):
        bodies[name] = work / f"body-{SIZES[name]}.json"
        bodies[name].write_bytes(chat_body(SIZES[name], args.language))
    wanted = args.arms.split(",")
    results: dict[tuple[str, str], list[tuple[float, float]]] = {}
    with FakeProvider(pki) as fake:
        arms: dict[str, tuple[int, int, object]] = {}
        if "plain" in wanted:
            process, port = start_plain_mitmproxy(work / "plain", fake.port, pki.ca_cert)
            arms["plain"] = (process.pid, port, process)
        if "lean" in wanted:
            process, port = start_plain_mitmproxy(work / "lean", fake.port, pki.ca_cert, lean=True)
            arms["lean"] = (process.pid, port, process)
        extra_args = [a for o in args.set for a in ("--set", o)]
        checkouts = {"": REPO, **({" (baseline)": args.baseline.resolve()} if args.baseline else {})}
        for suffix, checkout in checkouts.items():
            wrapper = checkout_wrapper(checkout)
            policy = checkout / "policies" / "default.yaml"
            if "detectors" in wanted:
                proxy = start_proxy(work / f"detectors{suffix}", policy, fake.port, pki.ca_cert, wrapper=wrapper,
                                    environment={MODEL_ENV: "off"}, extra_args=extra_args)
                arms[f"detectors{suffix}"] = (proxy.process.pid, proxy.port, proxy)
            if "shipped" in wanted:
                proxy = start_proxy(work / f"shipped{suffix}", policy, fake.port, pki.ca_cert, wrapper=wrapper,
                                    extra_args=extra_args)
                arms[f"shipped{suffix}"] = (proxy.process.pid, proxy.port, proxy)
        failed: dict[tuple[str, str], int] = {}  # (body, arm) -> requests that did not get a 2xx
        try:
            for name, (pid, port, _) in arms.items():  # warm up: certificates, worker imports, model
                send(port, bodies[next(iter(bodies))], 200)
            for _ in range(args.rounds):
                for size, body in bodies.items():
                    count = args.requests // 4 if SIZES[size] >= 256 << 10 else args.requests
                    for name, (pid, port, _) in arms.items():
                        before, switched = tree_cpu(pid), switches(pid)
                        errors = send(port, body, count, args.concurrency)
                        after, switched = tree_cpu(pid), switches(pid) - switched
                        fake.clear()
                        if errors:
                            failed[(size, name)] = failed.get((size, name), 0) + errors
                        results.setdefault((size, name), []).append(
                            (*((a - b) / count * 1000 for a, b in zip(after, before)), switched / count))
        finally:
            for _, _, handle in arms.values():
                if isinstance(handle, subprocess.Popen):
                    handle.terminate()
                    handle.wait()
                else:
                    handle.stop()  # type: ignore[attr-defined]
    print("| body | arm | main process ms/request | workers ms/request | audit sync ms/request | total ms/request "
          "| main process context switches/request | main process ms/request, each round |")
    print("|---|---|---:|---:|---:|---:|---:|---|")
    for (size, name), runs in results.items():
        main_ms, workers_ms, sync_ms, switched = (statistics.median(r[i] for r in runs) for i in range(4))
        spread = "/".join(f"{r[0]:.2f}" for r in runs)
        print(f"| {size} | {name} | {main_ms:.2f} | {workers_ms:.2f} | {sync_ms:.2f} | {main_ms + workers_ms + sync_ms:.2f} "
              f"| {switched:.1f} | {spread} |")
    shutil.rmtree(work, ignore_errors=True)
    if failed:  # an arm that answered errors timed something else than inspecting requests that pass
        print("requests failed, so those rows do not measure what they say: "
              + ", ".join(f"{name} {size}: {count}" for (size, name), count in failed.items()), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
