"""Shared fixtures: a fake provider on loopback and real `embargo proxy` processes in front of it."""

from __future__ import annotations

import secrets
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from agent.audit import read_new
from agent.demo.fake_provider import FakeProvider
from agent.demo.pki import Pki, make_pki
from agent.demo.stack import FAKE_HOSTS, ProxyProcess, start_proxy

POLICIES = Path(__file__).resolve().parent.parent / "policies"


AWS_KEY_ID_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def aws_key_id() -> str:
    """A fresh access key id in AWS's real shape (AKIA + 16 base32 characters), for canaries."""
    return "AKIA" + "".join(secrets.choice(AWS_KEY_ID_ALPHABET) for _ in range(16))


@dataclass
class Upstream:
    fake: FakeProvider
    pki: Pki


@pytest.fixture(scope="session")
def upstream(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Upstream]:
    pki = make_pki(tmp_path_factory.mktemp("upstream-pki"), [*FAKE_HOSTS, "localhost"])
    with FakeProvider(pki) as fake:
        yield Upstream(fake, pki)


@pytest.fixture
def fake(upstream: Upstream) -> Iterator[FakeProvider]:
    upstream.fake.clear()
    yield upstream.fake
    upstream.fake.clear_faults()


def wait_for(predicate: Callable[[], Any], timeout: float, what: str) -> Any:
    """The predicate's first truthy value, polled every 0.1 s until `timeout` seconds; fails
    naming `what`. (Not faster: some predicates parse a whole output file, on cores that the
    process under test, sometimes deliberately starved, needs.)"""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.1)
    pytest.fail(f"timed out waiting for {what}")


class AuditTail:
    """Reads the records a proxy appended to its audit log since the last call."""

    def __init__(self, path: Path):
        self.path = path
        self.offset = path.stat().st_size if path.exists() else 0

    def new(self) -> list[dict[str, Any]]:
        records, self.offset = read_new(self.path, self.offset)
        return records

    def decisions(self) -> list[dict[str, Any]]:
        return [r for r in self.new() if r.get("decision")]


def launch(tmp_path_factory: pytest.TempPathFactory, upstream: Upstream, policy: Path, *args: str) -> ProxyProcess:
    return start_proxy(tmp_path_factory.mktemp("proxy"), policy, upstream.fake.port, upstream.pki.ca_cert,
                       hosts=FAKE_HOSTS, extra_args=args)


@pytest.fixture(scope="session")
def proxy(tmp_path_factory: pytest.TempPathFactory, upstream: Upstream) -> Iterator[ProxyProcess]:
    """The default policy, protecting every client."""
    process = launch(tmp_path_factory, upstream, POLICIES / "default.yaml", "--workers", "1")
    yield process
    process.stop()


@pytest.fixture
def audit(proxy: ProxyProcess) -> AuditTail:
    return AuditTail(proxy.events)


def openai_client(proxy: ProxyProcess, host: str = "api.openai.com", **kwargs: Any) -> Any:
    import openai

    return openai.OpenAI(
        api_key="sk-test-placeholder", base_url=f"https://{host}/v1", max_retries=0,
        http_client=openai.DefaultHttpxClient(proxy=proxy.url, verify=proxy.client_tls()), **kwargs,
    )


def anthropic_client(proxy: ProxyProcess, host: str = "api.anthropic.com", **kwargs: Any) -> Any:
    import anthropic

    return anthropic.Anthropic(
        api_key="sk-ant-test-placeholder", base_url=f"https://{host}", max_retries=0,
        http_client=anthropic.DefaultHttpxClient(proxy=proxy.url, verify=proxy.client_tls()), **kwargs,
    )


def raw_client(proxy: ProxyProcess, **kwargs: Any) -> Any:
    """A plain HTTP client through the proxy, for bodies no SDK would send."""
    import httpx2

    return httpx2.Client(proxy=proxy.url, verify=proxy.client_tls(), **{"timeout": 30, **kwargs})


@pytest.fixture(scope="session")
def gateway(tmp_path_factory: pytest.TempPathFactory, upstream: Upstream) -> Iterator[Any]:
    """A real `embargo gateway serve` in front of the fake provider (see tests/gateway_stack.py)."""
    from tests.gateway_stack import start_gateway

    stack = start_gateway(tmp_path_factory.mktemp("gateway"), upstream.fake.port, upstream.pki.ca_cert)
    yield stack
    stack.process.stop()
