"""What Embargo adds to a message on a Realtime API WebSocket: plain mitmproxy against Embargo.

One fake provider (its Realtime endpoint, agent.demo.fake_realtime), plain `mitmdump`
pinned to it, and `embargo proxy` with the default policy (detectors and model, two
workers, every record fsynced). Per arm one WebSocket, opened through the proxy; each
measurement sends a `conversation.item.create` of the HTTP benchmark's CRM note, to
OpenAI's EU host (the default policy allows it there at every label below privileged, so it
reaches the fake in every arm), and waits for the
fake's `conversation.item.created`. Arms are interleaved round by round, rotating which
goes first; one message at a time (Realtime clients send a conversation's messages in order).

    .venv/bin/python bench/bench_websocket.py [--messages 200] [--rounds 3]

Prints the median and p90 round trip per arm and size, and the median Embargo adds. Asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import shutil
import ssl
import statistics
import sys
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from websockets.sync.client import ClientConnection, connect  # noqa: E402

from agent.demo.fake_provider import FakeProvider  # noqa: E402
from agent.demo.pki import make_pki  # noqa: E402
from agent.demo.stack import FAKE_HOSTS, start_proxy  # noqa: E402
from bench.bench_proxy import NOTES, start_plain_mitmproxy  # noqa: E402

SIZES = {"1 KB": 1 << 10, "16 KB": 16 << 10}
URL = "wss://eu.api.openai.com/v1/realtime?model=gpt-realtime"


def item(size: int) -> str:
    """A conversation item of about `size` bytes of the benchmark's CRM note, as JSON."""
    text = (NOTES["en"] * (1 + size // len(NOTES["en"])))[:size]
    return json.dumps({"type": "conversation.item.create",
                       "item": {"type": "message", "role": "user", "content": [{"type": "input_text", "text": text}]}})


def open_session(sessions: ExitStack, proxy_url: str, ca: Path) -> ClientConnection:
    websocket = sessions.enter_context(connect(URL, proxy=proxy_url, ssl=ssl.create_default_context(cafile=str(ca)),
                                               additional_headers={"Authorization": "Bearer sk-bench-placeholder"},
                                               max_size=None))
    assert json.loads(websocket.recv(timeout=30))["type"] == "session.created"
    return websocket


def round_trips(websocket: ClientConnection, message: str, count: int) -> list[float]:
    out = []
    for _ in range(count):
        started = time.perf_counter()
        websocket.send(message)
        answer = json.loads(websocket.recv(timeout=30))
        out.append((time.perf_counter() - started) * 1000)
        if answer["type"] != "conversation.item.created":
            raise RuntimeError(f"the fake answered {answer['type']}: {answer.get('error')}")
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--messages", type=int, default=200, help="messages per arm, size and round")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="embargo-bench-ws-"))
    pki = make_pki(work / "pki", FAKE_HOSTS)
    with FakeProvider(pki) as fake:
        plain, plain_port = start_plain_mitmproxy(work / "plain", fake.port, pki.ca_cert)
        embargo = start_proxy(work / "embargo", REPO / "policies" / "default.yaml", fake.port, pki.ca_cert)
        times: dict[tuple[str, str], list[float]] = {}
        try:
            with ExitStack() as open_sessions:
                sessions = {"mitmproxy": open_session(open_sessions, f"http://127.0.0.1:{plain_port}",
                                                      work / "plain" / "mitmproxy" / "mitmproxy-ca-cert.pem"),
                            "+Embargo": open_session(open_sessions, embargo.url, embargo.ca)}
                for websocket in sessions.values():  # warm up: worker imports, caches
                    round_trips(websocket, item(1 << 10), 20)
                for round_number in range(args.rounds):
                    order = list(sessions.items())
                    order = order[round_number % len(order):] + order[:round_number % len(order)]
                    for label, size in SIZES.items():
                        message = item(size)
                        for name, websocket in order:
                            times.setdefault((name, label), []).extend(round_trips(websocket, message, args.messages))
        finally:
            plain.terminate()
            embargo.stop()
    print(f"Round trip of one conversation.item.create, one at a time: {args.rounds} rounds of {args.messages} messages per arm\n")
    print("| message | mitmproxy p50 / p90 ms | +Embargo p50 / p90 ms | added at p50 |")
    print("|---|---:|---:|---:|")
    for label in SIZES:
        plain_times, embargo_times = times[("mitmproxy", label)], times[("+Embargo", label)]
        p = {name: (statistics.median(t), statistics.quantiles(t, n=10)[-1]) for name, t in
             (("plain", plain_times), ("embargo", embargo_times))}
        print(f"| {label} | {p['plain'][0]:.2f} / {p['plain'][1]:.2f} | {p['embargo'][0]:.2f} / {p['embargo'][1]:.2f} "
              f"| +{p['embargo'][0] - p['plain'][0]:.2f} ms |")
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
