"""Classifier benchmark: detectors alone, detectors + model, and Presidio, in one run.

    python bench/bench_classifier.py [--repeat N] [--heldout N] [--baseline-model FILE]

Pinned to one core. Payloads of 1, 4, 16, 32 and 256 KB are built from the generator's
held-out texts (mixed labels) and classified as one request each; the figures are
latency p50/p99 and throughput (MB/s of UTF-8 text). Also measured: the model's load
time, the process's memory before and after loading it, and the share of the model's
cost spent in featurisation; with --baseline-model, another model file's own cost on the
same payloads, interleaved with the shipped model's (before/after in one run). If bench/.presidio-venv exists (bash bench/setup_presidio.sh),
Microsoft Presidio's analyzer runs on the same payloads in a subprocess, and all three
are scored on a sample of the held-out split.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from classifier.classification import Label, TextPiece  # noqa: E402
from classifier.classify import Classifier  # noqa: E402
from classifier.detectors import compile_all  # noqa: E402
from classifier.data.generate import generate  # noqa: E402
from classifier.evaluate import report  # noqa: E402
from classifier.features import features  # noqa: E402

SIZES = {"1KB": 1024, "4KB": 4096, "16KB": 16384, "32KB": 32768, "256KB": 262144}
# Presidio's entities that name a person's identifiers; the others (PERSON, LOCATION,
# DATE_TIME, NRP, ORGANIZATION, URL) occur in most business text, public or not.
PRESIDIO_IDENTIFIERS = {"EMAIL_ADDRESS", "PHONE_NUMBER", "IBAN_CODE", "CREDIT_CARD", "US_SSN", "US_BANK_NUMBER",
                        "US_DRIVER_LICENSE", "US_PASSPORT", "US_ITIN", "UK_NHS", "UK_NINO", "ES_NIF", "ES_NIE",
                        "IT_FISCAL_CODE", "IP_ADDRESS", "CRYPTO", "MEDICAL_LICENSE"}
PRESIDIO = ROOT / "bench" / ".presidio-venv" / "bin" / "python"


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def payloads(repeat: int) -> dict[str, list[str]]:
    texts = [s.text for s in generate("test", per_family_lang=20)]
    out: dict[str, list[str]] = {}
    for name, size in SIZES.items():
        items, cursor = [], 0
        for _ in range(max(30, min(repeat, repeat * 32768 // size))):  # fewer of the largest
            chunk = ""
            while len(chunk.encode()) < size:
                chunk += texts[cursor % len(texts)] + "\n\n"
                cursor += 7
            items.append(chunk.encode()[:size].decode("utf-8", "ignore"))
        out[name] = items
    return out


def timed(function, items: list[str]) -> list[float]:
    function(items[0])  # warm
    runs = []
    for item in items:
        t = time.perf_counter()
        function(item)
        runs.append(time.perf_counter() - t)
    return runs


def row(name: str, size: str, runs: list[float]) -> str:
    runs = sorted(runs)
    p50, p99 = statistics.median(runs), runs[min(len(runs) - 1, int(len(runs) * 0.99))]
    mbps = SIZES[size] / statistics.fmean(runs) / 1e6
    # The minimum is the cost without interference (the VM's cores are shared).
    return f"| {name:22} | {size:5} | {runs[0] * 1000:9.3f} | {p50 * 1000:9.3f} | {p99 * 1000:9.3f} | {mbps:9.2f} |"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=300, help="payloads per size")
    parser.add_argument("--heldout", type=int, default=400, help="held-out requests scored by every contender")
    parser.add_argument("--presidio-repeat", type=int, default=30, help="payloads per size for Presidio (slow)")
    parser.add_argument("--baseline-model", type=Path, metavar="FILE",
                        help="another model file (e.g. the previous model) timed beside the shipped one")
    args = parser.parse_args()
    os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})

    rss_before = rss_mb()
    from classifier.model import DEFAULT_MODEL, SensitivityModel

    t = time.perf_counter()
    model = SensitivityModel(DEFAULT_MODEL)
    load_s = time.perf_counter() - t
    rss_after = rss_mb()
    baseline = SensitivityModel(args.baseline_model) if args.baseline_model else None
    contenders = {"detectors alone": Classifier(), "detectors + model": Classifier(model=model)}
    compile_all()  # as an inspection worker does at start (otherwise a 50 ms outlier in the first payloads)
    data = payloads(args.repeat)

    print("load average at start: " + " ".join(f"{x:.1f}" for x in os.getloadavg()) + f" on {os.cpu_count()} CPUs")
    print(f"model {model.name} {model.digest[:23]}…, {DEFAULT_MODEL.stat().st_size / 1e6:.1f} MB, "
          f"loaded in {load_s * 1000:.0f} ms; process RSS {rss_before:.0f} MB before loading, {rss_after:.0f} MB after")
    print("\n| contender              | size  |  min (ms) |  p50 (ms) |  p99 (ms) |    MB/s   |\n|---|---|---|---|---|---|")
    for name, classifier in contenders.items():
        for size, items in data.items():
            print(row(name, size, timed(lambda text: classifier.classify([TextPiece(text, "p")]), items)))
    for size, items in data.items():
        keys = model.vocabulary is not None  # (the word keys: for the pretrained vectors' look-up)
        print(row("  featurisation only", size, timed(lambda text: features(text, model.bits, keys), items)))
        print(row("  model only", size, timed(model.score, items)))
        if baseline is not None:
            print(row(f"  model only: {baseline.name}", size, timed(baseline.score, items)))

    heldout = [s for i, s in enumerate(generate("test", per_family_lang=60)) if i % 7 == 0][: args.heldout]
    truth = [Label.parse(s.label) for s in heldout]
    scores = {}
    for name, classifier in contenders.items():
        results = [classifier.classify([TextPiece(p.text, p.where) for p in s.pieces]) for s in heldout]
        scores[name] = report(truth, [r.label for r in results], [r.score for r in results])

    presidio_note = "Presidio: not run (bash bench/setup_presidio.sh installs it into bench/.presidio-venv)"
    if PRESIDIO.exists():
        job = {"payloads": {k: v[: args.presidio_repeat] for k, v in data.items()},
               "heldout": [[s.label, s.text] for s in heldout], "repeat": args.presidio_repeat}
        cpu = str(sorted(os.sched_getaffinity(0))[0])
        done = subprocess.run(["taskset", "-c", cpu, str(PRESIDIO), str(ROOT / "bench" / "presidio_runner.py")],
                              input=json.dumps(job), capture_output=True, text=True, check=True)
        result = json.loads(done.stdout)
        for size, runs in result["latency"].items():
            print(row("presidio analyzer", size, runs))
        for name, counts in (("presidio, any entity → confidential", lambda found: bool(found)),
                             ("presidio, identifiers → confidential", lambda found: bool(set(found) & PRESIDIO_IDENTIFIERS))):
            predicted = [Label.CONFIDENTIAL if counts(found) else Label.PUBLIC for found in result["heldout"]]
            scores[name] = report(truth, predicted, [1.0] * len(predicted))
        presidio_note = f"Presidio analyzer loaded in {result['load_s'] * 1000:.0f} ms"
    print(f"\n{presidio_note}")
    print(f"\naccuracy on {len(heldout)} held-out requests\n\n| contender | sensitive recall | FPR | privileged recall |"
          "\n|---|---|---|---|")
    for name, figures in scores.items():
        print(f"| {name} | {figures.sensitive_recall:.3f} | {figures.false_positive_rate:.3f} | "
              f"{figures.privileged_recall:.3f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
