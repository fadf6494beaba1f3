"""The cost of connection tracing: loopback connect() with nothing attached and with the
tracer, interleaved in one run, and events lost at the highest rate this machine drives.

A separate process in its own cgroup makes N TCP connects to a loopback server (another
process) and closes each with a reset (no TIME_WAIT pile-up). Arms, interleaved round by
round:
  none       no eBPF program attached
  unwatched  tracer attached; the connecting cgroup is not watched (a workload the policy
             does not name): the kernel filters, nothing reaches Python
  watched    tracer attached; the cgroup is watched: every connect ships records to the
             agent's reader (decode + attribution), in this process
Each arm also times getppid(): enabling syscall tracepoints puts every task's system
calls, not only connect(), on the kernel's tracing path.
Then the watched arm paced at 5,000 connects/s, and at full speed with the default 8 MiB
ring buffer and with a 256 KiB one, reporting the kernel's lost-record counter.

    sudo .venv/bin/python bench/bench_tracing.py [--connects 20000] [--rounds 3]

Prints microseconds per connect (wall and CPU of the connecting process), the ratios to
`none`, the reader's CPU per record and lost records. Asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import struct
import subprocess
import sys
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from agent.attribution import Attributor, detect_cgroup_setup  # noqa: E402
from agent.catalog import Catalog  # noqa: E402
from agent.dns_observer import HostnameView  # noqa: E402
from agent.inventory import Inventory  # noqa: E402
from agent.kernel_view import KernelView  # noqa: E402
from agent.tracing.connect import ConnectionTracer  # noqa: E402
from bench.ratios import print_ratio_table  # noqa: E402


def connector(port: int, count: int, rate: float, procs: str) -> None:
    """Child: join the cgroup, then connect `count` times (at `rate`/s if > 0); print timings.
    Port 0: call getppid() `count` times instead (the cost any syscall pays)."""
    Path(procs).write_text(str(os.getpid()))
    if port == 0:
        start_wall, start_cpu = time.perf_counter(), time.process_time()
        for _ in range(count):
            os.getppid()
        wall, cpu = time.perf_counter() - start_wall, time.process_time() - start_cpu
        print(json.dumps({"wall_us": wall / count * 1e6, "cpu_us": cpu / count * 1e6}))
        return
    linger = struct.pack("ii", 1, 0)
    interval = 1 / rate if rate > 0 else 0.0
    start_wall, start_cpu = time.perf_counter(), time.process_time()
    next_at = start_wall
    for _ in range(count):
        if interval:
            next_at += interval
            while time.perf_counter() < next_at:
                pass
        s = socket.socket()
        s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, linger)
        s.connect(("127.0.0.1", port))
        s.close()
    wall, cpu = time.perf_counter() - start_wall, time.process_time() - start_cpu
    print(json.dumps({"wall_us": wall / count * 1e6, "cpu_us": cpu / count * 1e6}))


def server() -> None:
    """Child: accept and close, forever (killed by the parent)."""
    listener = socket.socket()
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", 0))
    listener.listen(4096)
    print(listener.getsockname()[1], flush=True)
    while True:
        conn, _ = listener.accept()
        conn.close()


class Reader:
    """The agent's reader thread, as in production: poll, decode, attribute."""

    def __init__(self, tracer: ConnectionTracer):
        catalog = Catalog.load()
        self.view = KernelView(tracer, Attributor(detect_cgroup_setup()), HostnameView(catalog), Inventory(), "bench")
        self.stop = threading.Event()
        self.cpu = 0.0
        self.idle_since = 0.0
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self) -> None:
        while not self.stop.is_set():
            started = time.thread_time()
            batch = self.view.tracer.poll(50)  # everything in the ring buffer, decoded
            for record in batch:
                self.view.handle(record)
            self.cpu += time.thread_time() - started
            if not batch:
                self.idle_since = time.monotonic()

    def wait_idle(self, quiet_s: float = 0.2) -> None:
        """Until the reader has found the ring buffer empty for quiet_s: no backlog for the next arm."""
        asked = time.monotonic()
        while self.idle_since < asked + quiet_s:
            time.sleep(0.05)

    def close(self) -> None:
        self.stop.set()
        self.thread.join()


def run_connector(port: int, count: int, procs: Path, rate: float = 0) -> dict[str, float]:
    out = subprocess.run([sys.executable, __file__, "--connector", str(port), str(count), str(rate), str(procs)],
                         capture_output=True, text=True, check=True).stdout
    return json.loads(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--connects", type=int, default=20_000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()

    setup = detect_cgroup_setup()
    cgroup = setup.v2_mount / f"embargo-bench-{os.getpid()}"
    cgroup.mkdir()
    srv = subprocess.Popen([sys.executable, __file__, "--server"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                           text=True)
    try:
        measure(args, cgroup, int(srv.stdout.readline()))
    finally:
        srv.kill()
        srv.wait()
        cgroup.rmdir()


def measure(args: argparse.Namespace, cgroup: Path, port: int) -> None:
    procs = cgroup / "cgroup.procs"
    tracer = ConnectionTracer.load()
    reader = Reader(tracer)
    cgroup_id = os.stat(cgroup).st_ino
    results: dict[str, list[dict[str, float]]] = {"none": [], "unwatched": [], "watched": []}
    try:
        arms = list(results)
        for round_index in range(args.rounds):
            order = arms if round_index % 2 == 0 else arms[::-1]
            for arm in order:
                if arm == "none":
                    tracer.pause()
                else:
                    tracer.resume()
                if arm == "watched":
                    tracer.watch_cgroup(cgroup_id)
                else:
                    tracer.unwatch_cgroup(cgroup_id)
                records_before, cpu_before = reader.view.records, reader.cpu
                result = run_connector(port, args.connects, procs)
                reader.wait_idle()
                result["records"] = reader.view.records - records_before
                result["getppid_us"] = run_connector(0, 200_000, procs)["cpu_us"]
                result["reader_cpu_s"] = reader.cpu - cpu_before
                results[arm].append(result)
                print(f"round {round_index + 1} {arm:9}: {result['wall_us']:6.1f} us/connect wall, "
                      f"{result['cpu_us']:6.1f} us CPU, {result['records']} records, "
                      f"getppid {result['getppid_us'] * 1000:.0f} ns", flush=True)
        tracer.resume()
        tracer.watch_cgroup(cgroup_id)
        print()
        base_getppid = statistics.median(r["getppid_us"] for r in results["none"])

        def getppid_and_reader(arm: str, runs: list[dict[str, float]]) -> str:
            getppid = statistics.median(r["getppid_us"] for r in runs)
            records = sum(r["records"] for r in runs)
            per_record = f"{sum(r['reader_cpu_s'] for r in runs) / records * 1e6:.1f} us" if records else "-"
            return f"{getppid * 1000:10.0f} {getppid / base_getppid:6.2f}  {per_record}"

        print_ratio_table(results, f"{'getppid ns':>10} {'ratio':>6}  reader CPU per record", getppid_and_reader)

        print()
        for label, rate in (("paced 5,000/s, 8 MiB ring", 5000), ("full speed, 8 MiB ring", 0)):
            lost_before = tracer.counters()["lost_ringbuf_full"]
            result = run_connector(port, args.connects, procs, rate)
            reader.wait_idle()
            lost = tracer.counters()["lost_ringbuf_full"] - lost_before
            print(f"{label:28}: {1e6 / result['wall_us']:8.0f} connects/s, {lost} records lost of {3 * args.connects}")
    finally:
        reader.close()
        tracer.close()

    small = ConnectionTracer.load(ringbuf_pages=64)
    small.watch_cgroup(cgroup_id)
    reader = Reader(small)
    try:
        result = run_connector(port, args.connects, procs)
        reader.wait_idle()
        lost = small.counters()["lost_ringbuf_full"]
        print(f"{'full speed, 256 KiB ring':28}: {1e6 / result['wall_us']:8.0f} connects/s, {lost} records lost of {3 * args.connects}")
    finally:
        reader.close()
        small.close()


if __name__ == "__main__":
    if sys.argv[1:2] == ["--connector"]:
        connector(int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4]), sys.argv[5])
    elif sys.argv[1:2] == ["--server"]:
        server()
    else:
        main()
