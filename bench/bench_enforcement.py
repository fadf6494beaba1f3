"""The cost of kernel enforcement: loopback connect() with the cgroup hooks attached and not,
for protected and unprotected processes, interleaved in one run.

The enforcement programs are attached at one cgroup (the stand-in for /kubepods.slice);
a separate connecting process joins, per arm:
  none         a sibling cgroup outside the attach point: no program runs
  unprotected  a child of the attach point without a table entry (a workload the policy
               does not name): connect4 and sock_ops run, walk the cgroup levels, pass
  protected    a PROTECT child connecting to a port that is not enforced: the full check
               (proxy, enforced ports, AI addresses), then pass
  redirected   a PROTECT child connecting to an enforced port: the destination is rewritten
               to the "proxy" (the same loopback server), the original kept by cookie and, once
               established, by the client's address and port (sock_ops)
Connections go to a loopback accept-and-close server and are closed with a reset (the
connector and server are bench_tracing.py's).

    sudo .venv/bin/python -W ignore bench/bench_enforcement.py [--connects 20000] [--rounds 3]

Prints microseconds per connect (wall and CPU of the connecting process) and the ratios to
`none`. Asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from agent.attribution import detect_cgroup_setup  # noqa: E402
from agent.enforcement.enforcer import PROTECT, Enforcer, uninstall  # noqa: E402
from bench_tracing import run_connector  # noqa: E402  (the same connector, run in a chosen cgroup)

TRACING_BENCH = Path(__file__).with_name("bench_tracing.py")  # its --connector and --server
ENFORCED_PORT = 9443  # no server listens here: only the redirect makes these connects succeed
ARMS = ("none", "unprotected", "protected", "redirected")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--connects", type=int, default=20_000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()

    root = detect_cgroup_setup().v2_mount / f"embargo-bench-enforce-{os.getpid()}"
    attach = root / "attach"
    cgroups = {"none": root / "outside", "unprotected": attach / "unprotected", "protected": attach / "protected"}
    cgroups["redirected"] = cgroups["protected"]
    for directory in (root, attach, *cgroups.values()):
        directory.mkdir(exist_ok=True)
    pins = Path("/sys/fs/bpf") / f"embargo-bench-{os.getpid()}"
    srv = subprocess.Popen([sys.executable, str(TRACING_BENCH), "--server"], stdout=subprocess.PIPE,
                           stderr=subprocess.DEVNULL, text=True)
    enforcer = None
    try:
        port = int(srv.stdout.readline())
        enforcer = Enforcer.install(attach, pins)
        enforcer.set_proxy("127.0.0.1", None, port)
        enforcer.set_ports({ENFORCED_PORT})
        enforcer.set_cgroup_modes({os.stat(cgroups["protected"]).st_ino: PROTECT})
        measure(args, cgroups, port)
        print(f"\nkernel counters: {enforcer.counters()}")
    finally:
        if enforcer:
            enforcer.close()
        uninstall(attach, pins)
        srv.kill()
        srv.wait()
        for directory in (*{*cgroups.values()}, attach, root):
            directory.rmdir()


def measure(args: argparse.Namespace, cgroups: dict[str, Path], port: int) -> None:
    results: dict[str, list[dict[str, float]]] = {arm: [] for arm in ARMS}
    for round_index in range(args.rounds):
        for arm in ARMS if round_index % 2 == 0 else ARMS[::-1]:
            target = ENFORCED_PORT if arm == "redirected" else port
            result = run_connector(target, args.connects, cgroups[arm] / "cgroup.procs")
            results[arm].append(result)
            print(f"round {round_index + 1} {arm:11}: {result['wall_us']:6.1f} us/connect wall, "
                  f"{result['cpu_us']:6.1f} us CPU", flush=True)
    print()
    base_wall = statistics.median(r["wall_us"] for r in results["none"])
    base_cpu = statistics.median(r["cpu_us"] for r in results["none"])
    print(f"{'arm':12} {'wall us':>8} {'ratio':>6} {'CPU us':>7} {'ratio':>6}")
    for arm, runs in results.items():
        wall, cpu = statistics.median(r["wall_us"] for r in runs), statistics.median(r["cpu_us"] for r in runs)
        print(f"{arm:12} {wall:8.1f} {wall / base_wall:6.2f} {cpu:7.1f} {cpu / base_cpu:6.2f}")


if __name__ == "__main__":
    main()
