"""The relay and health check in-process, against the fake OpenAI-compatible provider as the local model."""

from __future__ import annotations

import asyncio
import json

import pytest

from addons.local_model.client import Endpoint, Settings, request
from addons.local_model.health import Health
from addons.local_model.relay import RedirectJob, Relay
from addons.translate.routes import route_for
from agent.demo.fake_provider import FakeProvider


def _job() -> RedirectJob:
    body = json.dumps({"model": "m", "messages": [{"role": "user", "content": "hi"}]}).encode()
    return RedirectJob(route_for("openai", "/v1/chat/completions", "chat"), "openai", "m", False, "EMB-TEST", body)


def test_tickets_are_single_use_and_nothing_else_gets_through():
    async def scenario(fake: FakeProvider) -> list[int]:
        settings = Settings(Endpoint.parse(f"{fake.url}/v1"), "local-key", 5.0)
        relay = Relay(settings, Health(settings))
        await relay.start()
        relay_settings = Settings(Endpoint.parse(f"http://127.0.0.1:{relay.address[1]}"), None, 5.0)
        ticket = relay.ticket(_job())
        statuses = []
        for path in (ticket, ticket, "guessed-ticket"):
            response = await request(relay_settings, "POST", path, b"{}", 5.0)
            await response.read(5.0, 1 << 20)
            response.close()
            statuses.append(response.status)
        await relay.stop()
        return statuses

    with FakeProvider() as fake:
        assert asyncio.run(scenario(fake)) == [200, 404, 404]
        [sent] = fake.requests_for("/v1/chat/completions")
        assert sent.header("authorization") == "Bearer local-key"  # the relay adds the local model's key
        assert json.loads(sent.body)["messages"] == [{"role": "user", "content": "hi"}]


def test_identifying_details_of_the_served_model_are_kept():
    from addons.local_model.health import _first_model, _identifying

    ollama = b'{"data": [{"id": "llama3:8b", "object": "model", "digest": "sha256:365c0bd3", "owned_by": "library"}]}'
    llama_cpp = b'{"data": [{"id": "m.gguf", "meta": {"n_params": 8030261248, "size": 4920733696, "vocab_type": 2}}]}'
    assert _identifying(_first_model(ollama)) == {"digest": "sha256:365c0bd3"}
    assert _identifying(_first_model(llama_cpp)) == {"n_params": 8030261248, "size": 4920733696}
    assert _first_model(b'{"data": []}') is None and _first_model(b"not json") is None


def test_health_check_reads_the_served_model_and_notices_a_dead_server():
    async def check(settings: Settings) -> Health:
        health = Health(settings)
        await health.check()
        return health

    with FakeProvider() as fake:
        up = asyncio.run(check(Settings(Endpoint.parse(f"{fake.url}/v1"))))
        port = fake.port
    assert up.state.status == "up" and up.state.served_model
    down = asyncio.run(check(Settings(Endpoint.parse(f"http://127.0.0.1:{port}/v1"))))
    assert down.state.status == "down" and down.state.reason == "unreachable"


def test_the_key_is_the_first_line_of_the_key_file(tmp_path):
    from addons.local_model import _read_key

    keys = tmp_path / "api-keys"
    keys.write_text("\n  tenant-a-key  \ntenant-b-key\n")
    assert _read_key(str(keys)) == "tenant-a-key"
    keys.write_text("\n\n")
    with pytest.raises(ValueError, match="is empty"):
        _read_key(str(keys))
    with pytest.raises(ValueError, match="cannot read") as caught:
        _read_key(str(tmp_path / "missing"))
    assert "tenant" not in str(caught.value)
