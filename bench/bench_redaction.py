"""The CPU cost of redaction and restore, in process, at 1 KB, 16 KB and 256 KB.

Side by side for the same OpenAI chat body full of CRM notes with personal data (a new
customer e-mail per note, phone numbers, IBANs): the worker's inspection as it is for a
policy without redact rules, the same inspection with the placeholder rewrite and the
re-classification of the rewritten request, and restoring an answer of the same size
whole (non-streaming) and as an SSE stream of 8-character deltas cut into 1 KB network
chunks (streaming). bench_proxy.py measures the same through the real proxy.

    .venv/bin/python bench/bench_redaction.py [--repeat 20]

Prints milliseconds per request (median of the repeats). Asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from addons.inspection import InspectionJob, inspect  # noqa: E402
from addons.redaction import RedactionSpec  # noqa: E402
from addons.restore import RestoreCounts, restore_body  # noqa: E402
from addons.restore_stream import SseRestorer  # noqa: E402
from agent.policy.model import load_policy  # noqa: E402

SIZES = {"1 KB": 1 << 10, "16 KB": 16 << 10, "256 KB": 256 << 10}
POLICY = load_policy(REPO / "policies" / "redact-abroad.yaml")
SPEC = RedactionSpec("bench", b"b" * 32, POLICY.redaction.detectors, POLICY.redaction.never_restore)


def note(i: int) -> str:
    """One CRM note with personal data: a customer e-mail of its own, a phone number, an IBAN."""
    return (f"Call with buyer{i}@acme-logistics.com (+49 30 1234{i % 10000:04d}) about the renewal: volume tiers "
            "for the logistics module, rollout to three warehouses, refunds to DE89 3704 0044 0532 0130 00. ")


def pii_chat_body(size: int, *, model: str = "gpt-4o", stream: bool = False) -> bytes:
    """An OpenAI chat request of (just under) `size` bytes of notes with personal data."""
    body: dict = {"model": model, "stream": stream, "messages": [{"role": "system", "content": "You summarise CRM activity."}]}
    i = 0
    while True:
        message = {"role": "user", "content": note(i)}
        if len(json.dumps(body)) + len(json.dumps(message)) + 2 > size:
            break
        body["messages"].append(message)
        i += 1
    if i == 0:
        body["messages"].append({"role": "user", "content": note(0)[: max(0, size - len(json.dumps(body)) - 40)]})
    return json.dumps(body).encode()


def job(body: bytes, spec: RedactionSpec | None) -> InspectionJob:
    return InspectionJob("POST", "/v1/chat/completions", "application/json", None, body, "openai",
                         POLICY.classifier_fields, 1 << 24, "openai", (), redaction=spec)


def answer_sse(text: str) -> bytes:
    """A Chat Completions stream of `text` in 8-character deltas, as OpenAI frames it."""
    head = {"id": "chatcmpl-1", "object": "chat.completion.chunk", "created": 0, "model": "gpt-4o"}
    events = [{**head, "choices": [{"index": 0, "delta": {"content": text[i:i + 8]}, "finish_reason": None}]}
              for i in range(0, len(text), 8)]
    events.append({**head, "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]})
    return b"".join(b"data: " + json.dumps(e).encode() + b"\n\n" for e in events) + b"data: [DONE]\n\n"


def timed(function: Callable[[], object], repeat: int) -> float:
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    print("| body | inspect ms | inspect + redact ms | redact adds ms | values replaced | restore whole ms "
          "| restore SSE ms (events) |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for name, size in SIZES.items():
        body = pii_chat_body(size)
        redaction = inspect(job(body, SPEC)).redaction
        plain = timed(lambda: inspect(job(body, None)), args.repeat)
        redacting = timed(lambda: inspect(job(body, SPEC)), args.repeat)
        # An answer of the same size that repeats the placeholders (the worst case for restore).
        text = json.loads(redaction.body)["messages"][-1]["content"]
        answer_text = (text * (size // len(text) + 1))[:size]
        whole = json.dumps({"choices": [{"index": 0, "message": {"role": "assistant", "content": answer_text}}]}).encode()
        restore_ms = timed(lambda: restore_body(whole, "application/json", redaction.restore, RestoreCounts()), args.repeat)
        stream = answer_sse(answer_text)

        def restore_stream() -> None:
            restorer = SseRestorer(redaction.restore)
            for i in range(0, len(stream), 1024):
                restorer(stream[i:i + 1024])
            restorer(b"")

        sse_ms = timed(restore_stream, args.repeat)
        print(f"| {name} | {plain:.2f} | {redacting:.2f} | {redacting - plain:+.2f} | {sum(redaction.replaced.values())} "
              f"| {restore_ms:.2f} | {sse_ms:.2f} ({stream.count(b'data: ')}) |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
