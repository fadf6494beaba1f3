"""Embargo's cost: the same load through plain mitmproxy and through mitmproxy + Embargo.

Four proxies run side by side in front of the same loopback fake provider: plain
mitmproxy (`mitmdump`, its default addons); Embargo's mitmproxy (only the ten mitmproxy
addons `embargo proxy` runs, no Embargo: what the leaner chain saves by itself, see
`bench/lean_mitmproxy.py`); Embargo with the detectors alone (EMBARGO_MODEL=off: the
core's own cost); and Embargo as shipped (detectors + the ONNX sensitivity model). `hey`
(apt-get install hey) sends OpenAI chat requests at concurrency 50, and the arms are
interleaved round by round (rotating which goes first), so that machine noise hits them
alike. Bodies are 1 KB, 16 KB and 256 KB of CRM-like text that the default policy allows
(so every request reaches the upstream in every arm), and a mixed load (70% 1 KB, 25%
16 KB, 5% 256 KB). Embargo runs with the default policy, worker processes, and audit
records fsync'ed before each request leaves.

The redaction section sends the same bodies full of personal data (bench_redaction.py's
CRM notes: an e-mail per note, phone numbers, IBANs) to the fake's echo model, whose answer
repeats the last note, streamed or not, through three arms: plain mitmproxy; Embargo with
the default policy to OpenAI's EU host (allowed as it is: inspection only); and Embargo
with policies/redact-abroad.yaml to the US host (redacted, answer restored). The last two
differ by the cost of redact + restore.

    .venv/bin/python bench/bench_proxy.py [--seconds 5] [--rounds 3] [--sections plain,redaction] [--baseline DIR]

`--baseline DIR` adds the two Embargo arms once more, run from another checkout (e.g. a
`git worktree` of main), interleaved with the others: before and after in one run.

Prints requests/s, p50 and p99 latency per arm and the ratios. Asserts nothing.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from agent.demo.fake_provider import FakeProvider  # noqa: E402
from agent.demo.pki import make_pki  # noqa: E402
from classifier.model import MODEL_ENV  # noqa: E402
from agent.demo.stack import FAKE_HOSTS, free_port, start_proxy, wait_for_file, wait_for_port  # noqa: E402
from agent.redaction_keys import write_key_file  # noqa: E402
from bench.bench_redaction import pii_chat_body  # noqa: E402

# Where the CRM workload goes: OpenAI's EU host, which the default policy allows at every
# label below privileged. The benchmark measures inspecting requests that pass, so it must
# not hang on how the model reads the renewal note: models 7 to 9 read it as internal,
# model 10 as confidential (0.64), which the default policy blocks on its way to the US.
URL = "https://eu.api.openai.com/v1/chat/completions"
US_URL = "https://api.openai.com/v1/chat/completions"  # the redaction arms: personal data abroad
CONCURRENCY = 50
# (size, share of the workers) for the mixed load
MIX = ((1 << 10, 35), (16 << 10, 12), (256 << 10, 3))

NOTE = (
    "Renewal discussion for Account 0015g00000XyZabAAF: the customer asked about volume tiers "
    "for the logistics module, the rollout plan for three warehouses, training for dispatchers "
    "and the integration with their ERP. Next steps: send the pricing sheet and book a demo. "
)


# The same note in French, with French typography (narrow no-break spaces before colons,
# a typographic apostrophe): what most EU integrations send is not ASCII. Models 7 and 8 read it
# as internal, like the English one, so the default policy lets it through in every arm.
NOTE_FR = (
    "Échange de renouvellement pour le compte 0015g00000XyZabAAF\u202f: le client a posé des questions sur les "
    "paliers de volume du module logistique, le plan de déploiement pour trois entrepôts, la formation des "
    "répartiteurs et l’intégration à son ERP. Prochaines étapes\u202f: envoyer la grille tarifaire et planifier "
    "une démonstration. "
)
NOTES = {"en": NOTE, "fr": NOTE_FR}


def chat_body(size: int, language: str = "en") -> bytes:
    """An OpenAI chat request of (just under) `size` bytes of UTF-8, like a CRM integration sends."""
    body = {"model": "gpt-4o", "messages": [{"role": "system", "content": "You summarise CRM activity."}]}
    overhead = len(json.dumps({"role": "user", "content": ""})) + 2  # the message and ", "
    note = NOTES[language] * 4

    def encoded(value: object) -> int:
        return len(json.dumps(value, ensure_ascii=False).encode())

    while (room := size - encoded(body) - overhead) > 0:
        content = note[:room]
        while encoded(content) - 2 > room:  # multi-byte characters: trim to the bytes left
            content = content[:-1]
        body["messages"].append({"role": "user", "content": content})
    return json.dumps(body, ensure_ascii=False).encode()


Arm = tuple[int | None, str]  # proxy port (None: no proxy), URL requested through it


@dataclass
class Result:
    requests: int
    errors: int
    seconds: float
    latencies: list[float]

    @property
    def rps(self) -> float:
        return self.requests / self.seconds

    def percentile(self, q: float) -> float:
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000 if ordered else float("nan")


def hey(arm: Arm, body: Path, workers: int, seconds: float, key: str = "sk-bench-placeholder") -> subprocess.Popen:
    """`hey` through the arm's proxy, or straight to its URL (a gateway) when it has no proxy port."""
    proxy_port, url = arm
    via = ["-x", f"http://127.0.0.1:{proxy_port}"] if proxy_port else []
    return subprocess.Popen(
        ["hey", "-z", f"{seconds}s", "-c", str(workers), "-m", "POST", "-T", "application/json",
         "-H", f"authorization: Bearer {key}", "-D", str(body), *via, "-o", "csv", url],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


def run_load(arm: Arm, bodies: list[tuple[Path, int]], seconds: float, key: str = "sk-bench-placeholder") -> Result:
    processes = [hey(arm, body, workers, seconds, key) for body, workers in bodies]
    latencies: list[float] = []
    errors = 0
    for process in processes:
        out, _ = process.communicate(timeout=seconds + 120)
        for row in csv.DictReader(io.StringIO(out)):
            if row.get("status-code") == "200":
                latencies.append(float(row["response-time"]))
            else:
                errors += 1
    return Result(len(latencies), errors, seconds, latencies)


def checkout_wrapper(checkout: Path) -> list[str]:
    """`start_proxy`'s wrapper that runs Embargo from another checkout: `python -m` imports
    from its working directory first, in the proxy and in the workers it starts."""
    return ["env", f"--chdir={checkout}"]


def start_plain_mitmproxy(workdir: Path, upstream_port: int, upstream_ca: Path,
                          lean: bool = False) -> tuple[subprocess.Popen, int]:
    """`mitmdump` with its default addons, or (`lean`) mitmproxy with only the addons
    `embargo proxy` runs; either way no Embargo, every upstream pinned to the fake provider."""
    port = free_port()
    if lean:
        command = [sys.executable, str(REPO / "bench" / "lean_mitmproxy.py"), str(port), str(workdir / "mitmproxy"),
                   str(upstream_ca), f"127.0.0.1:{upstream_port}"]
    else:
        command = [str(Path(sys.executable).parent / "mitmdump"), "-q", "--listen-host", "127.0.0.1",
                   "--listen-port", str(port), "--set", f"confdir={workdir / 'mitmproxy'}",
                   "--set", f"ssl_verify_upstream_trusted_ca={upstream_ca}", "--set", "body_size_limit=16m",
                   "-s", str(REPO / "bench" / "pin_upstream.py"), "--set", f"pin_upstream=127.0.0.1:{upstream_port}"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wait_for_port(port, 30, process)
    wait_for_file(workdir / "mitmproxy" / "mitmproxy-ca-cert.pem", 30)
    return process, port


def write_workloads(work: Path) -> dict[str, list[tuple[Path, int]]]:
    """The bodies on disk, and each load as (body file, concurrent workers) pairs."""
    files = {}
    for size in {s for s, _ in MIX}:
        files[size] = work / f"body-{size}.json"
        files[size].write_bytes(chat_body(size))
    return {
        "1 KB": [(files[1 << 10], CONCURRENCY)],
        "16 KB": [(files[16 << 10], CONCURRENCY)],
        "256 KB": [(files[256 << 10], CONCURRENCY)],
        "mixed": [(files[size], workers) for size, workers in MIX],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=5.0, help="length of one measurement")
    parser.add_argument("--rounds", type=int, default=3, help="interleaved rounds per workload and arm")
    parser.add_argument("--sections", default="plain,redaction", help="plain (mitmproxy vs Embargo), redaction")
    parser.add_argument("--baseline", type=Path, help="another checkout of Embargo to run the Embargo arms from too")
    args = parser.parse_args()
    sections = set(args.sections.split(","))
    if not shutil.which("hey"):
        print("bench_proxy needs the `hey` load generator: apt-get install hey", file=sys.stderr)
        return 2
    work = Path(tempfile.mkdtemp(prefix="embargo-bench-"))
    pki = make_pki(work / "pki", FAKE_HOSTS)
    workloads = write_workloads(work)
    with FakeProvider(pki) as fake:
        plain, plain_port = start_plain_mitmproxy(work / "plain", fake.port, pki.ca_cert)
        lean, lean_port = start_plain_mitmproxy(work / "lean", fake.port, pki.ca_cert, lean=True)
        embargo = start_proxy(work / "embargo", REPO / "policies" / "default.yaml", fake.port, pki.ca_cert)
        # The core's own cost, without the sensitivity model (issue 5) that runs by default.
        detectors_only = start_proxy(work / "detectors", REPO / "policies" / "default.yaml", fake.port, pki.ca_cert,
                                     environment={MODEL_ENV: "off"})
        keys = work / "redaction.keys"
        write_key_file(keys, [("bench", "*")])
        redacting = start_proxy(work / "redact", REPO / "policies" / "redact-abroad.yaml", fake.port, pki.ca_cert,
                                extra_args=("--redact-keys", str(keys)))
        arms = {"mitmproxy": (plain_port, URL), "Embargo's mitmproxy": (lean_port, URL),
                "+Embargo, detectors only": (detectors_only.port, URL), "+Embargo as shipped": (embargo.port, URL)}
        baselines = []
        if args.baseline:
            checkout = args.baseline.resolve()
            wrapper = checkout_wrapper(checkout)
            policy = checkout / "policies" / "default.yaml"
            baselines = [start_proxy(work / "detectors-baseline", policy, fake.port, pki.ca_cert, wrapper=wrapper,
                                     environment={MODEL_ENV: "off"}),
                         start_proxy(work / "embargo-baseline", policy, fake.port, pki.ca_cert, wrapper=wrapper)]
            arms["baseline, detectors only"] = (baselines[0].port, URL)
            arms["baseline as shipped"] = (baselines[1].port, URL)
        redaction_arms = {"mitmproxy": (plain_port, US_URL), "embargo allow (EU)": (embargo.port, URL),
                          "embargo redact+restore": (redacting.port, US_URL)}
        redaction_workloads = {}
        for size, label in ((1 << 10, "1 KB"), (16 << 10, "16 KB"), (256 << 10, "256 KB")):
            for stream in (False, True):
                path = work / f"pii-{size}-{stream}.json"
                path.write_bytes(pii_chat_body(size, model="echo", stream=stream))
                redaction_workloads[f"{label}{' stream' if stream else ''}"] = [(path, CONCURRENCY)]
        try:
            for arm in [*arms.values(), *redaction_arms.values()]:  # warm up: TLS certificates, worker imports
                run_load(arm, workloads["1 KB"], 1)
            if "plain" in sections:
                loaded = measure(arms, workloads, args, fake)
                # One request at a time: the latency Embargo adds, without queueing behind others.
                unloaded = measure(arms, {n: [(b, 1)] for n, [(b, _)] in list(workloads.items())[:3]}, args, fake)
            if "redaction" in sections:
                redaction_loaded = measure(redaction_arms, redaction_workloads, args, fake)
                redaction_unloaded = measure(redaction_arms, {n: [(b, 1)] for n, [(b, _)] in redaction_workloads.items()},
                                             args, fake)
        finally:
            plain.terminate()
            lean.terminate()
            embargo.stop()
            detectors_only.stop()
            redacting.stop()
            for proxy in baselines:
                proxy.stop()
    if "plain" in sections:
        print(f"Under load: concurrency {CONCURRENCY}, {args.rounds} interleaved rounds of {args.seconds:g}s per arm; "
              "medians of the rounds\n")
        print_table(loaded)
        print("\nUnloaded: concurrency 1, same rounds\n")
        print_table(unloaded)
    if "redaction" in sections:
        print(f"\nRedaction, bodies full of personal data, echo answers: concurrency {CONCURRENCY}\n")
        print_arms(redaction_loaded)
        print("\nRedaction, unloaded: concurrency 1\n")
        print_arms(redaction_unloaded)
    shutil.rmtree(work, ignore_errors=True)
    return 0


def measure(arms: dict[str, Arm], workloads: dict[str, list[tuple[Path, int]]], args: argparse.Namespace,
            fake: FakeProvider, around: Callable[[str, str], AbstractContextManager[None]] | None = None
            ) -> dict[str, dict[str, list[Result]]]:
    """Run every workload against every arm, rotating which arm goes first each round;
    each measurement runs inside `around(workload, arm)`."""
    results: dict[str, dict[str, list[Result]]] = {w: {a: [] for a in arms} for w in workloads}
    for name, bodies in workloads.items():
        for round_number in range(args.rounds):
            names = list(arms)
            order = names[round_number % len(names):] + names[:round_number % len(names)]
            for arm in order:
                with around(name, arm) if around else nullcontext():
                    results[name][arm].append(run_load(arms[arm], bodies, args.seconds))
                fake.clear()
    return results


def print_table(results: dict[str, dict[str, list[Result]]]) -> None:
    """Per arm: req/s with the share of plain mitmproxy's kept, p50 with what it adds, p99."""
    names = list(next(iter(results.values())))
    others = names[1:]
    print("| load | mitmproxy req/s | mitmproxy p50 / p99 ms | "
          + " | ".join(f"{n}: req/s (kept) | {n}: p50 ms (added) / p99 ms" for n in others) + " | errors |")
    print("|---|" + "---:|" * (2 + 2 * len(others) + 1))
    for load, arms in results.items():
        def median(runs: list[Result], q: float | None = None) -> float:
            return statistics.median(r.rps if q is None else r.percentile(q) for r in runs)

        plain = arms[names[0]]
        plain_rps, plain_p50 = median(plain), median(plain, 0.5)
        cells = [f"{plain_rps:.0f}", f"{plain_p50:.1f} / {median(plain, 0.99):.1f}"]
        for name in others:
            rps, p50 = median(arms[name]), median(arms[name], 0.5)
            cells += [f"{rps:.0f} ({rps / plain_rps:.0%})",
                      f"{p50:.1f} ({p50 - plain_p50:+.1f}) / {median(arms[name], 0.99):.1f}"]
        errors = sum(r.errors for runs in arms.values() for r in runs)
        print(f"| {load} | " + " | ".join(cells) + f" | {errors} |")


def print_arms(results: dict[str, dict[str, list[Result]]]) -> None:
    """req/s and p50/p99 per arm; the last column compares the last arm with the one before."""
    names = list(next(iter(results.values())))
    header = " | ".join(f"{n} req/s | {n} p50 ms | {n} p99 ms" for n in names)
    print(f"| load | {header} | {names[-1]} adds p50 ms | errors |")
    print("|---|" + "---:|" * (3 * len(names) + 2))
    for load, arms in results.items():
        cells, p50s = [], []
        for name in names:
            runs = arms[name]
            p50 = statistics.median([r.percentile(0.5) for r in runs])
            p50s.append(p50)
            cells.append(f"{statistics.median([r.rps for r in runs]):.0f} | {p50:.1f} | "
                         f"{statistics.median([r.percentile(0.99) for r in runs]):.1f}")
        errors = sum(r.errors for runs in arms.values() for r in runs)
        print(f"| {load} | {' | '.join(cells)} | {p50s[-1] - p50s[-2]:+.1f} | {errors} |")


if __name__ == "__main__":
    sys.exit(main())
