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

Then the frame guard (veth_guard.c, tc ingress on the node side of a pod's veth) runs on
every frame a pod sends, so its cost is per packet: a network namespace with a veth pair
sends to a server on the node, with the guard attached and not (interleaved rounds):
  rr    1-byte request/response over one TCP connection: one small frame each way per
        round trip, the guard sees the request (microseconds per round trip)
  bulk  one TCP stream of --bulk-mib MiB (MB/s; GSO hands the guard large frames)

And how long a new pod's veth goes unguarded: --veths times, a veth is made with its peer
in a network namespace (as a CNI does), the link event is read from an rtnetlink socket and
the guard attached, as the agent's link watcher does; timed from the start of `ip link add`.

    sudo .venv/bin/python -W ignore bench/bench_enforcement.py [--connects 20000] [--rounds 3]

Prints microseconds per connect (wall and CPU of the connecting process) and the ratios to
`none`, then the veth figures. Asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench_tracing import run_connector  # noqa: E402  (the same connector, run in a chosen cgroup)

from agent.attribution import detect_cgroup_setup  # noqa: E402
from agent.enforcement.enforcer import (  # noqa: E402
    PROTECT,
    Enforcer,
    _libbpf,
    pinned_program_id,
    uninstall,
)
from agent.enforcement.netlink import LinkEvents  # noqa: E402
from agent.enforcement.veth_guard import VethGuard, detach  # noqa: E402
from bench.ratios import print_ratio_table  # noqa: E402

TRACING_BENCH = Path(__file__).with_name("bench_tracing.py")  # its --connector and --server
ENFORCED_PORT = 9443  # no server listens here: only the redirect makes these connects succeed
ARMS = ("none", "unprotected", "protected", "redirected")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--connects", type=int, default=20_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--round-trips", type=int, default=20_000)
    parser.add_argument("--bulk-mib", type=int, default=512)
    parser.add_argument("--veths", type=int, default=20)
    parser.add_argument("--veth-client", nargs=3, metavar=("HOST", "PORT", "KIND"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.veth_client:
        host, port, kind = args.veth_client
        print(veth_client(host, int(port), kind, args))
        return

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
        measure_veth(args, enforcer)
        measure_link_to_guard(args, enforcer)
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
    print_ratio_table(results)


# --- the frame guard: per-packet cost on a veth ------------------------------------------------

VETH_HOST, VETH_POD = "10.239.77.1", "10.239.77.2"  # a /30 only this bench uses


def veth_server(listener: socket.socket) -> None:
    """In a child process: for each connection, echo single bytes (rr) or count bytes (bulk)."""
    while True:
        conn, _ = listener.accept()
        with conn:
            kind = conn.recv(1)
            if kind == b"r":
                while data := conn.recv(1):
                    conn.sendall(data)
            else:
                total = 0
                while data := conn.recv(1 << 20):
                    total += len(data)
                conn.sendall(str(total).encode())


def veth_client(host: str, port: int, kind: str, args: argparse.Namespace) -> str:
    """In the pod namespace: the figure for one run (us per round trip, or MB/s)."""
    with socket.create_connection((host, port)) as conn:
        conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        if kind == "rr":
            conn.sendall(b"r")
            start = time.perf_counter()
            for _ in range(args.round_trips):
                conn.sendall(b"x")
                conn.recv(1)
            return f"{(time.perf_counter() - start) / args.round_trips * 1e6:.2f}"
        conn.sendall(b"b")
        chunk = b"\0" * (1 << 20)
        start = time.perf_counter()
        for _ in range(args.bulk_mib):
            conn.sendall(chunk)
        conn.shutdown(socket.SHUT_WR)
        assert int(conn.recv(64)) == args.bulk_mib << 20
        return f"{args.bulk_mib * 1.048576 / (time.perf_counter() - start):.1f}"


def measure_veth(args: argparse.Namespace, enforcer: Enforcer) -> None:
    tag = str(os.getpid())[-5:]
    netns, host_if = f"emb-bench-{tag}", f"embbh{tag}"
    listener: socket.socket | None = None  # bound once the address exists
    server = 0
    try:
        for command in (["ip", "netns", "add", netns],
                        ["ip", "link", "add", host_if, "type", "veth", "peer", "name", f"embbp{tag}", "netns", netns],
                        ["ip", "addr", "add", f"{VETH_HOST}/30", "dev", host_if], ["ip", "link", "set", host_if, "up"],
                        ["ip", "-n", netns, "addr", "add", f"{VETH_POD}/30", "dev", f"embbp{tag}"],
                        ["ip", "-n", netns, "link", "set", f"embbp{tag}", "up"]):
            subprocess.run(command, check=True, capture_output=True)
        listener = socket.create_server((VETH_HOST, 0))
        server = os.fork()
        if server == 0:
            veth_server(listener)
            os._exit(0)
        port = listener.getsockname()[1]
        guard = VethGuard.load(enforcer)
        stats = _libbpf().bpf_enable_stats(0)  # BPF_STATS_RUN_TIME, while this fd is open (global sysctl untouched)
        results: dict[tuple[str, bool], list[float]] = {}
        for round_index in range(args.rounds):
            for guarded in (False, True) if round_index % 2 == 0 else (True, False):
                guard.attach(host_if) if guarded else detach(host_if)
                for kind in ("rr", "bulk"):
                    out = subprocess.run(["ip", "netns", "exec", netns, sys.executable, __file__, "--veth-client",
                                          VETH_HOST, str(port), kind, "--round-trips", str(args.round_trips),
                                          "--bulk-mib", str(args.bulk_mib)],
                                         capture_output=True, text=True, check=True).stdout
                    results.setdefault((kind, guarded), []).append(float(out))
                    print(f"round {round_index + 1} veth {kind:4} guard {'on ' if guarded else 'off'}: {float(out):8.2f} "
                          f"{'us/round trip' if kind == 'rr' else 'MB/s'}", flush=True)
        print()
        for kind, unit in (("rr", "us per round trip"), ("bulk", "MB/s")):
            off, on = (statistics.median(results[(kind, g)]) for g in (False, True))
            print(f"veth {kind:4} ({unit}): guard off {off:8.2f}, on {on:8.2f}, ratio {on / off:5.2f}")
        shown = json.loads(subprocess.run(["bpftool", "-j", "prog", "show", "id", str(pinned_program_id(guard.pin))],
                                          capture_output=True, text=True, check=True).stdout)
        if stats < 0:
            print("no run-time stats (BPF_ENABLE_STATS refused)")
        else:
            os.close(stats)
            print(f"guard program itself (kernel run-time stats): {shown['run_time_ns'] / shown['run_cnt']:.0f} ns "
                  f"per frame over {shown['run_cnt']} frames")
    finally:
        if server:
            os.kill(server, 9)
            os.waitpid(server, 0)
        if listener:
            listener.close()
        subprocess.run(["ip", "netns", "del", netns], capture_output=True)
        subprocess.run(["ip", "link", "del", host_if], capture_output=True)


def measure_link_to_guard(args: argparse.Namespace, enforcer: Enforcer) -> None:
    tag = str(os.getpid())[-5:]
    netns = f"emb-benchl-{tag}"
    guard = VethGuard.load(enforcer)
    seen, guarded = [], []
    subprocess.run(["ip", "netns", "add", netns], check=True, capture_output=True)
    try:
        with LinkEvents.open() as events:
            for index in range(args.veths):
                name = f"embbl{tag}{index:02d}"
                start = time.perf_counter()
                subprocess.run(["ip", "link", "add", name, "type", "veth", "peer", "name", f"p{index}", "netns", netns],
                               check=True, capture_output=True)
                link = None
                while link is None:
                    link = next((new for new in events.read(timeout=5) if new.name == name and new.peer_nsid is not None
                                 and not new.deleted), None)
                seen.append(time.perf_counter() - start)
                guard.guard(link.ifindex, name)
                guarded.append(time.perf_counter() - start)
                subprocess.run(["ip", "link", "del", name], check=True, capture_output=True)
    finally:
        subprocess.run(["ip", "netns", "del", netns], capture_output=True)
    print()
    for what, times in (("link event read", seen), ("guard on", guarded)):
        print(f"new veth -> {what:15}: median {statistics.median(times) * 1e3:6.1f} ms, max {max(times) * 1e3:6.1f} ms "
              f"({len(times)} veths, from the start of `ip link add`)")


if __name__ == "__main__":
    main()
