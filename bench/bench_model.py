"""The sensitivity model's own cost (featurisation + onnxruntime), this checkout against another.

    .venv/bin/python bench/bench_model.py [--baseline DIR] [--rounds 5]

Scores bench_detectors' CRM-notes bodies of 1, 4, 16, 32 and 256 KB with the shipped
model's `score` (what an inspection worker runs per request body), in one process per
checkout: this one and, with `--baseline DIR`, another (e.g. a `git worktree` of main),
each with its own code and model file. Rounds alternate between the checkouts, size by
size, so that both see the same machine. The figures are process CPU time (the VM's cores
are shared: wall clock moves with other jobs), min and median over every run of every
round, in ms; "featurisation" is `classifier.features.features` alone.

It also says whether the two checkouts agree: same number of windows, the largest
difference in any window's probabilities, and the same decision (label and window) on
every body. Asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZES = {"1 KB": 1 << 10, "4 KB": 4 << 10, "16 KB": 16 << 10, "32 KB": 32 << 10, "256 KB": 256 << 10}
RUNS = {"1 KB": 400, "4 KB": 200, "16 KB": 80, "32 KB": 40, "256 KB": 6}  # per round


def cpu_ms(function, runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        start = time.process_time_ns()
        function()
        out.append((time.process_time_ns() - start) / 1e6)
    return out


def worker(root: Path) -> None:
    """Serve one checkout's model: a JSON line in ({"body": ..., "runs": n}), one out."""
    sys.path.insert(0, str(root))
    from classifier.features import features
    from classifier.model import DEFAULT_MODEL, SensitivityModel, decide

    model = SensitivityModel(DEFAULT_MODEL, providers=["CPUExecutionProvider"])
    # featurised as `score` does: with the word keys when the model reads word vectors
    # (a baseline checkout from before them has neither the attribute nor the argument)
    keyed = {"word_keys": True} if getattr(model, "vocabulary", None) is not None else {}
    print(json.dumps({"model": f"{model.name} {model.digest[:19]}"}), flush=True)
    for line in sys.stdin:
        job = json.loads(line)
        text = job["body"]
        windows = model.score(text)  # also warms the caches
        verdict = decide(windows, model.default_thresholds)
        print(json.dumps({"score": cpu_ms(lambda: model.score(text), job["runs"]),
                          "features": cpu_ms(lambda: features(text, model.bits, **keyed), job["runs"]),
                          "probabilities": [w.probabilities for w in windows],
                          "decision": [int(verdict.label), verdict.window]}), flush=True)


class Arm:
    def __init__(self, name: str, root: Path):
        self.name = name
        self.process = subprocess.Popen([sys.executable, __file__, "--worker", str(root)], cwd=root,
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        self.model = json.loads(self.process.stdout.readline())["model"]
        self.runs: dict[str, dict[str, list[float]]] = {}
        self.last: dict[str, dict] = {}

    def measure(self, size: str, body: str, runs: int) -> None:
        self.process.stdin.write(json.dumps({"body": body, "runs": runs}) + "\n")
        self.process.stdin.flush()
        result = json.loads(self.process.stdout.readline())
        for key in ("score", "features"):
            self.runs.setdefault(size, {}).setdefault(key, []).extend(result[key])
        self.last[size] = result

    def close(self) -> None:
        self.process.stdin.close()
        self.process.wait()


def figure(runs: list[float]) -> str:
    return f"{min(runs):.3f} / {statistics.median(runs):.3f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--baseline", type=Path, help="another checkout to compare with (its code and model)")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--worker", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args.worker)
        return 0

    sys.path.insert(0, str(ROOT))
    from bench.bench_detectors import prompt_body

    import numpy as np

    bodies = {size: prompt_body("notes", length) for size, length in SIZES.items()}
    arms = [Arm("this checkout", ROOT)] + ([Arm(f"baseline {args.baseline}", args.baseline)] if args.baseline else [])
    try:
        for _ in range(args.rounds):
            for size, body in bodies.items():
                for arm in arms:
                    arm.measure(size, body, RUNS[size])
    finally:
        for arm in arms:
            arm.close()

    for arm in arms:
        print(f"{arm.name}: {arm.model}")
    print("\nCPU ms per body, min / median (model only: featurisation + onnxruntime)\n")
    print("| body | " + " | ".join(f"{arm.name}: score" for arm in arms) + " | this checkout: featurisation |")
    print("|---|" + "---:|" * (len(arms) + 1))
    for size in SIZES:
        cells = [figure(arm.runs[size]["score"]) for arm in arms] + [figure(arms[0].runs[size]["features"])]
        print(f"| {size} | " + " | ".join(cells) + " |")
    if args.baseline:
        this, base = arms
        print("\nagreement with the baseline:")
        for size in SIZES:
            a, b = np.array(this.last[size]["probabilities"]), np.array(base.last[size]["probabilities"])
            same = this.last[size]["decision"] == base.last[size]["decision"]
            diff = f"max |dp| {np.abs(a - b).max():.1e}" if a.shape == b.shape else f"windows {len(a)} vs {len(b)}"
            print(f"  {size}: {len(a)} windows, {diff}, same decision: {same}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
