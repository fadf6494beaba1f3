"""Fail closed: when inspection, a worker or the policy engine fails, the request does not leave.

These run the real mitmproxy in this process with Embargo's addon, so that a failure can be
injected at the addon's seams (the inspector and the decide function); the clients are the
official SDKs and the upstream is the loopback fake.
"""

from __future__ import annotations

import asyncio
import os
import signal
import threading
from collections.abc import Iterator
from pathlib import Path

import openai
import pytest

from addons.embargo import Embargo
from addons.inspection import inspect
from addons.workers import ProcessInspector, ThreadInspector
from agent.demo.stack import FAKE_HOSTS, ProxyProcess, free_port, wait_for_file, wait_for_port
from agent.workload import Workload
from agent.proxy import ProxyConfig, build_master
from tests.conftest import POLICIES, AuditTail, openai_client

pytestmark = pytest.mark.integration


class InProcessProxy(ProxyProcess):
    """mitmproxy with a given Embargo addon, running on its own event loop in a thread."""

    def __init__(self, workdir: Path, upstream, addon: Embargo):
        port = free_port()
        config = ProxyConfig(
            listen_host="127.0.0.1", listen_port=port, policy=POLICIES / "default.yaml",
            events=workdir / "audit.jsonl", confdir=workdir / "mitmproxy",
            resolve=[f"{h}:443=127.0.0.1:{upstream.fake.port}" for h in FAKE_HOSTS],
            mitmproxy_options=[f"ssl_verify_upstream_trusted_ca={upstream.pki.ca_cert}"],
        )
        self.loop = asyncio.new_event_loop()
        self.master = None
        ready = threading.Event()

        async def main() -> None:
            self.master = build_master(config, addon)
            ready.set()
            await self.master.run()
            # Connections still open when the master stops: end them before the loop closes.
            pending = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
            for task in pending:
                task.cancel()
            await asyncio.gather(*pending, return_exceptions=True)

        self.thread = threading.Thread(target=self.loop.run_until_complete, args=(main(),), daemon=True)
        self.thread.start()
        assert ready.wait(30), "mitmproxy did not start"
        wait_for_port(port, 30)
        ca = workdir / "mitmproxy" / "mitmproxy-ca-cert.pem"
        wait_for_file(ca, 30)
        super().__init__(process=None, port=port, ca=ca, events=config.events, log=workdir / "none.log")

    def stop(self) -> None:
        self.loop.call_soon_threadsafe(self.master.shutdown)
        self.thread.join(30)
        self.loop.close()


@pytest.fixture
def start(tmp_path, upstream) -> Iterator:
    started: list[InProcessProxy] = []

    def run(addon: Embargo) -> InProcessProxy:
        proxy = InProcessProxy(tmp_path / f"p{len(started)}", upstream, addon)
        started.append(proxy)
        return proxy

    yield run
    for proxy in started:
        proxy.stop()


def crash(job):
    raise RuntimeError("classifier bug")


def policy_bug(context, classification, policy):
    raise KeyError("policy engine bug")


@pytest.mark.parametrize(
    "addon",
    [lambda: Embargo(inspector=ThreadInspector(crash)), lambda: Embargo(inspector=ThreadInspector(inspect), decide_fn=policy_bug)],
    ids=["classifier-raises", "policy-raises"],
)
def test_a_failure_in_inspection_or_policy_blocks_the_request(start, fake, addon):
    proxy = start(addon())
    audit = AuditTail(proxy.events)
    with pytest.raises(openai.InternalServerError) as caught:
        openai_client(proxy).chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": "hello"}])
    assert caught.value.status_code == 503 and caught.value.request_id.startswith("EMB-")
    assert "bug" not in str(caught.value)  # internal errors are not shown to clients
    assert fake.received == []
    [event] = audit.decisions()
    assert event["decision"]["rule"] == "builtin:fail-closed" and event["error"] == "inspection_failed"


class FailingKernelView:
    """The agent's kernel view (the addon's KernelLookup seam), failing where nothing expects a failure."""

    async def workload_for(self, client_ip: str, client_port: int) -> Workload:
        return Workload(pid=4242, comm="crm-sync")

    def observe_proxy_flow(self, workload: Workload, kind: str, host: str) -> None:
        raise RuntimeError("kernel view bug")


def test_a_failure_outside_inspection_and_policy_refuses_the_tunnel_or_request(start, fake):
    """mitmproxy logs a hook's exception and carries on: it would open the tunnel, send the
    request. Embargo's hooks refuse instead, and record why."""
    addon = Embargo(inspector=ThreadInspector(inspect))
    addon.kernel = FailingKernelView()
    proxy = start(addon)
    audit = AuditTail(proxy.events)
    messages = [{"role": "user", "content": "hello"}]
    with pytest.raises(openai.APIConnectionError):  # the CONNECT is answered 503
        openai_client(proxy).chat.completions.create(model="gpt-4o", messages=messages)
    plain = openai.OpenAI(api_key="sk-test-placeholder", base_url="http://api.openai.com:443/v1", max_retries=0,
                          http_client=openai.DefaultHttpxClient(proxy=proxy.url))
    with pytest.raises(openai.InternalServerError) as caught:  # admitted per request: the request is refused
        plain.chat.completions.create(model="gpt-4o", messages=messages)
    assert caught.value.status_code == 503 and caught.value.request_id.startswith("EMB-")
    assert "bug" not in str(caught.value)
    assert fake.received == []
    events = audit.decisions()
    assert [(e["phase"], e["error"], e["decision"]["rule"]) for e in events] == [
        ("connect", "internal_error", "builtin:fail-closed"), ("request", "internal_error", "builtin:fail-closed")]
    assert events[1]["incident_id"] == caught.value.request_id


def test_a_crashed_worker_is_replaced_and_a_stuck_one_fails_closed(start, fake):
    inspector = ProcessInspector(1)
    proxy = start(Embargo(inspector=inspector))
    client = openai_client(proxy)
    messages = [{"role": "user", "content": "hello"}]
    assert client.chat.completions.create(model="gpt-4o", messages=messages).choices  # warm
    for pid in inspector.pids:
        os.kill(pid, signal.SIGKILL)
    # The request that finds its worker dead is inspected again, once, by the replacement.
    assert client.chat.completions.create(model="gpt-4o", messages=messages).choices
    [stuck] = inspector.pids
    os.kill(stuck, signal.SIGSTOP)  # a worker that never answers: inspection times out
    with pytest.raises(openai.InternalServerError):
        client.chat.completions.create(model="gpt-4o", messages=messages)
    assert client.chat.completions.create(model="gpt-4o", messages=messages).choices  # the pool recovered
    assert stuck not in inspector.pids
    assert len(fake.requests_for("/v1/chat/completions")) == 3
