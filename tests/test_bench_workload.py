"""The benchmarks' premise: their CRM workload passes the default policy with the shipped
model, so that they time inspection of requests that go through, not 403s.

Model 10 read the renewal note as confidential and the default policy blocks that on its
way to the US; the benchmarks had been sending it to `api.openai.com` and, for a while,
timed blocks. This fails when a model, a detector or the default policy changes in a way
that would do that again.
"""

from __future__ import annotations

import json
from urllib.parse import urlsplit

import pytest

from agent.catalog import Catalog
from agent.policy.model import load_policy
from agent.policy.tooling import run_case
from bench.bench_proxy import NOTES, URL, chat_body
from tests.conftest import POLICIES

POLICY = load_policy(POLICIES / "default.yaml")
CATALOG = Catalog.load()


@pytest.mark.parametrize("language", sorted(NOTES))
@pytest.mark.parametrize("size", [1 << 10, 16 << 10, 256 << 10], ids=["1KB", "16KB", "256KB"])
def test_the_benchmark_workload_is_allowed_by_the_default_policy(size: int, language: str) -> None:
    url = urlsplit(URL)
    case = {"identity": {"client": "127.0.0.1"},
            "request": {"host": url.hostname, "path": url.path, "body": json.loads(chat_body(size, language))}}
    decision, label, _named = run_case(case, POLICY, CATALOG)
    assert decision.action == "allow", (label, decision.rule_id, decision.reasons)
