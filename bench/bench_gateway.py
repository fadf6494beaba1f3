"""Gateway mode's cost: the same requests through `embargo proxy` and through `embargo gateway serve`.

Both run Embargo as shipped (default policy, a worker process, fsync'ed audit records) in
front of the same loopback fake provider. The proxy arm is a CONNECT tunnel to
eu.api.openai.com with a placeholder key; the gateway arm calls its `openai-eu` route,
`https://localhost:PORT/openai-eu/v1/chat/completions`, with an Embargo token, so it adds
token verification, routing and key injection (and TLS to the gateway's own certificate).
Both go to the EU host, which the default policy allows whatever the model reads the CRM
note as (below privileged): the arms measure requests that pass, not blocks. `hey`
(apt-get install hey) sends 1 KB chat requests at concurrency 20; the arms alternate round
by round.

    .venv/bin/python bench/bench_gateway.py [--seconds 5] [--rounds 3]

Prints requests/s, p50 and p99 latency per arm. Asserts nothing.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from bench_proxy import URL, Result, chat_body, run_load  # noqa: E402

from agent.demo.fake_provider import FakeProvider  # noqa: E402
from agent.demo.pki import make_pki  # noqa: E402
from agent.demo.stack import FAKE_HOSTS, start_proxy  # noqa: E402
from tests.gateway_stack import start_gateway  # noqa: E402

CONCURRENCY = 20


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=5)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        pki = make_pki(work / "pki", [*FAKE_HOSTS, "localhost"])
        body = work / "body.json"
        body.write_bytes(chat_body(1 << 10))
        with FakeProvider(pki) as fake:
            proxy = start_proxy(work / "proxy", REPO / "policies" / "default.yaml", fake.port, pki.ca_cert,
                                extra_args=("--workers", "1"))
            gateway = start_gateway(work / "gateway", fake.port, pki.ca_cert,
                                    (REPO / "policies" / "default.yaml").read_text())
            token = gateway.token("bench", "acme-us", "openai-eu", valid="1h")
            arms = {
                "embargo proxy": lambda: run_load((proxy.port, URL), [(body, CONCURRENCY)], args.seconds),
                "embargo gateway": lambda: run_load((None, f"{gateway.base}/openai-eu/v1/chat/completions"),
                                                    [(body, CONCURRENCY)], args.seconds, key=token),
            }
            results: dict[str, list[Result]] = {name: [] for name in arms}
            try:
                for round_no in range(args.rounds):
                    order = list(arms) if round_no % 2 == 0 else list(reversed(arms))
                    for name in order:
                        results[name].append(arms[name]())
                        fake.clear()
            finally:
                proxy.stop()
                gateway.process.stop()
    print(f"1 KB OpenAI chat requests, concurrency {CONCURRENCY}, {args.rounds} x {args.seconds:g} s per arm")
    print(f"{'arm':<18}{'req/s':>9}{'p50 ms':>9}{'p99 ms':>9}{'errors':>8}")
    for name, runs in results.items():
        latencies = [x for r in runs for x in r.latencies]
        merged = Result(len(latencies), sum(r.errors for r in runs), sum(r.seconds for r in runs), latencies)
        print(f"{name:<18}{statistics.mean(r.rps for r in runs):>9.0f}{merged.percentile(0.5):>9.1f}"
              f"{merged.percentile(0.99):>9.1f}{merged.errors:>8}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
