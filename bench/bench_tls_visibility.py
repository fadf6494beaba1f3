"""The cost of TLS visibility: SSL_write with the uprobes attached and not, for watched and
unwatched processes, interleaved in one run, and the agent's CPU per captured write.

A separate process (in its own cgroup) writes N requests of about 1 KiB, each one SSL_write,
over one TLS connection to a loopback sink (python's ssl, which calls SSL_write_ex). Arms:
  none       no uprobe attached
  unwatched  uprobes attached; the cgroup is not watched (the kernel returns after one lookup)
  watched    the cgroup is watched: each write is copied to the ring buffer, and a reader
             thread in this process decodes and classifies it, as the agent does
(uprobes are attached per arm: bcc attaches them to the library for every process).

    sudo .venv/bin/python -W ignore bench/bench_tls_visibility.py [--writes 20000] [--rounds 3]

Prints microseconds per write (wall and CPU of the writing process), the ratios to `none` and
the reader's CPU per captured write. Asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import ssl
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from agent.attribution import detect_cgroup_setup  # noqa: E402
from agent.demo.pki import make_pki  # noqa: E402
from agent.tracing.ssl_write import SslWriteWatcher  # noqa: E402
from bench.ratios import print_ratio_table  # noqa: E402
from classifier.classification import TextPiece  # noqa: E402
from classifier.classify import Classifier  # noqa: E402

LIBSSL = Path("/usr/lib/x86_64-linux-gnu/libssl.so.3")
REQUEST = (b"POST /v1/chat/completions HTTP/1.1\r\nHost: api.openai.com\r\nContent-Type: application/json\r\n\r\n"
           + json.dumps({"messages": [{"role": "user", "content": "Summarise the account notes " * 30}]}).encode())

WRITER = """
import socket, ssl, sys, time
from pathlib import Path
port, ca, count, procs = int(sys.argv[1]), sys.argv[2], int(sys.argv[3]), sys.argv[4]
Path(procs).write_text(str(__import__("os").getpid()))
payload = bytes.fromhex(sys.argv[5])
context = ssl.create_default_context(cafile=ca)
with context.wrap_socket(socket.create_connection(("127.0.0.1", port)), server_hostname="localhost") as s:
    start_wall, start_cpu = time.perf_counter(), time.process_time()
    for _ in range(count):
        s.sendall(payload)
    wall, cpu = time.perf_counter() - start_wall, time.process_time() - start_cpu
print('{"wall_us": %f, "cpu_us": %f}' % (wall / count * 1e6, cpu / count * 1e6))
"""


def sink(pki_dir: Path) -> tuple[int, threading.Thread]:
    """A TLS server that reads and discards, one connection at a time."""
    import socket

    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(pki_dir / "server.pem", pki_dir / "server-key.pem")
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()

    def serve() -> None:
        while True:
            conn, _ = listener.accept()
            with context.wrap_socket(conn, server_side=True) as tls:
                while tls.recv(65536):
                    pass

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    return listener.getsockname()[1], thread


class Reader:
    """Decode and classify captured writes, as the agent's TLS visibility thread does."""

    def __init__(self, watcher: SslWriteWatcher):
        self.watcher, self.classifier = watcher, Classifier()
        self.cpu, self.writes, self.stop = 0.0, 0, threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self) -> None:
        while not self.stop.is_set():
            started = time.thread_time()
            for write in self.watcher.poll(50):
                self.classifier.classify([TextPiece(write.data.decode(errors="replace"), "tls.plaintext")])
                self.writes += 1
            self.cpu += time.thread_time() - started

    def close(self) -> None:
        self.stop.set()
        self.thread.join()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--writes", type=int, default=20_000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    cgroup = detect_cgroup_setup().v2_mount / f"embargo-bench-tls-{os.getpid()}"
    cgroup.mkdir()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            pki = make_pki(Path(tmp), ["localhost"])
            port, _ = sink(Path(tmp))
            measure(args, cgroup, port, pki.ca_cert)
    finally:
        cgroup.rmdir()


def measure(args: argparse.Namespace, cgroup: Path, port: int, ca: Path) -> None:
    results: dict[str, list[dict[str, float]]] = {"none": [], "unwatched": [], "watched": []}
    arms = list(results)
    for round_index in range(args.rounds):
        for arm in arms if round_index % 2 == 0 else arms[::-1]:
            watcher = SslWriteWatcher.load(LIBSSL) if arm != "none" else None
            reader = Reader(watcher) if watcher else None
            if watcher and arm == "watched":
                watcher.watch_cgroup(os.stat(cgroup).st_ino)
            try:
                out = subprocess.run([sys.executable, "-c", WRITER, str(port), str(ca), str(args.writes),
                                      str(cgroup / "cgroup.procs"), REQUEST.hex()],
                                     capture_output=True, text=True, check=True).stdout
                result = json.loads(out)
                if reader:
                    time.sleep(0.5)
                    reader.close()
                    result["captured"], result["reader_cpu_s"] = reader.writes, reader.cpu
                    result["lost"] = watcher.counters()["lost"]
            finally:
                if watcher:
                    watcher.close()
            results[arm].append(result)
            print(f"round {round_index + 1} {arm:9}: {result['wall_us']:6.1f} us/write wall, "
                  f"{result['cpu_us']:6.1f} us CPU, captured {result.get('captured', 0)}, lost (ring buffer full) "
                  f"{result.get('lost', 0)}", flush=True)
    print()

    def agent_cpu(arm: str, runs: list[dict[str, float]]) -> str:
        captured = sum(r.get("captured", 0) for r in runs)
        return f"{sum(r.get('reader_cpu_s', 0) for r in runs) / captured * 1e6:.1f} us" if captured else "-"

    print_ratio_table(results, " agent CPU per captured write", agent_cpu)

if __name__ == "__main__":
    main()
