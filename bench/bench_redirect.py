"""What a redirect adds: the same answer from the on-node model, asked directly and through Embargo.

One llama.cpp server (the tiny generated GGUF, or `--model FILE`) and one `embargo proxy`
with the default policy. Each round asks the same question of the local model three ways,
in an order that rotates per round so machine noise hits all arms alike:

  direct        the openai SDK straight to the local model's API
  openai        the openai SDK to api.openai.com through Embargo, redirected (model name only)
  anthropic     the anthropic SDK to api.anthropic.com through Embargo, redirected and
                translated Messages <-> chat completions

non-streaming (total time) and streaming (time to the first content chunk, and total).
The prompt is privileged (a Case with legal_case_strategy__c), so the default policy
redirects it. Concurrency 1: llama.cpp serves one request at a time anyway.

    .venv/bin/python bench/bench_redirect.py [--rounds 30] [--max-tokens 16]

Prints median and p90 per arm and the median added by Embargo. Asserts nothing.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from agent.demo.fake_provider import FakeProvider  # noqa: E402
from agent.demo.local_model import start_local_model  # noqa: E402
from agent.demo.pki import make_pki  # noqa: E402
from agent.demo.stack import FAKE_HOSTS, start_proxy  # noqa: E402

PROMPT = ('Summarise this case: {"Id": "5005g00000AbCdEAAV", "Subject": "Supplier dispute", '
          '"legal_case_strategy__c": "Argue force majeure; settle below EUR 2.1M if discovery goes badly."}')
MESSAGES = [{"role": "user", "content": PROMPT}]


def openai_call(client: Any, max_tokens: int, stream: bool) -> tuple[float | None, float]:
    started = time.perf_counter()
    first = None
    if stream:
        for chunk in client.chat.completions.create(model="gpt-4o", messages=MESSAGES, max_tokens=max_tokens,
                                                    temperature=0, stream=True):
            if first is None and chunk.choices and chunk.choices[0].delta.content:
                first = time.perf_counter() - started
    else:
        client.chat.completions.create(model="gpt-4o", messages=MESSAGES, max_tokens=max_tokens, temperature=0)
    return first, time.perf_counter() - started


def anthropic_call(client: Any, max_tokens: int, stream: bool) -> tuple[float | None, float]:
    started = time.perf_counter()
    first = None
    kwargs = dict(model="claude-sonnet-4-6", messages=MESSAGES, max_tokens=max_tokens)
    if stream:
        with client.messages.stream(**kwargs) as events:
            for event in events:
                if first is None and event.type == "content_block_delta":
                    first = time.perf_counter() - started
    else:
        client.messages.create(**kwargs)
    return first, time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--max-tokens", type=int, default=16)
    parser.add_argument("--model", type=Path, help="a GGUF file (default: the tiny generated model)")
    args = parser.parse_args()

    import anthropic
    import openai

    work = Path(tempfile.mkdtemp(prefix="embargo-bench-redirect-"))
    local = start_local_model(work / "local-model", args.model)
    pki = make_pki(work / "pki", FAKE_HOSTS)
    with FakeProvider(pki) as fake:
        proxy = start_proxy(work / "proxy", REPO / "policies" / "default.yaml", fake.port, pki.ca_cert,
                            extra_args=["--local-model", local.base_url, "--local-model-key-file", str(local.key_file),
                                        "--workers", "1"])
        try:
            direct = openai.OpenAI(api_key=local.key, base_url=local.base_url, max_retries=0)
            via_openai = openai.OpenAI(api_key="sk-bench", base_url="https://api.openai.com/v1", max_retries=0,
                                       http_client=openai.DefaultHttpxClient(proxy=proxy.url, verify=proxy.client_tls()))
            via_anthropic = anthropic.Anthropic(
                api_key="sk-ant-bench", base_url="https://api.anthropic.com", max_retries=0,
                http_client=anthropic.DefaultHttpxClient(proxy=proxy.url, verify=proxy.client_tls()))
            arms: dict[str, Callable[[bool], tuple[float | None, float]]] = {
                "direct": lambda s: openai_call(direct, args.max_tokens, s),
                "openai via Embargo": lambda s: openai_call(via_openai, args.max_tokens, s),
                "anthropic via Embargo": lambda s: anthropic_call(via_anthropic, args.max_tokens, s),
            }
            results = run(arms, args.rounds)
            leaked = len(fake.received)
        finally:
            proxy.stop()
            local.stop()
    print(f"{args.rounds} rounds, max_tokens {args.max_tokens}, model {local.model.name}, concurrency 1; "
          f"requests that reached the external provider: {leaked}\n")
    report(results)
    return 0


def run(arms: dict[str, Callable[[bool], tuple[float | None, float]]], rounds: int) -> dict[tuple[str, str], list[float]]:
    names = list(arms)
    for name in names:  # warm up: connections, the proxy's workers, the model's caches
        arms[name](False)
        arms[name](True)
    results: dict[tuple[str, str], list[float]] = {}
    for round_number in range(rounds):
        shift = round_number % len(names)
        for name in names[shift:] + names[:shift]:
            _, total = arms[name](False)
            results.setdefault((name, "whole answer"), []).append(total * 1000)
            first, total = arms[name](True)
            if first is not None:
                results.setdefault((name, "stream: first token"), []).append(first * 1000)
            results.setdefault((name, "stream: whole"), []).append(total * 1000)
    return results


def report(results: dict[tuple[str, str], list[float]]) -> None:
    def p90(values: list[float]) -> float:
        return statistics.quantiles(values, n=10)[-1] if len(values) > 1 else values[0]

    print("| arm | measure | median ms | p90 ms | added vs direct (median) |")
    print("|---|---|---:|---:|---:|")
    for (name, measure), values in results.items():
        base = statistics.median(results[("direct", measure)])
        median = statistics.median(values)
        added = "-" if name == "direct" else f"{median - base:+.1f} ms"
        print(f"| {name} | {measure} | {median:.1f} | {p90(values):.1f} | {added} |")


if __name__ == "__main__":
    sys.exit(main())
