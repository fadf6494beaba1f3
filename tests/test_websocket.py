"""WebSockets to AI endpoints: the official OpenAI SDK's Realtime client through the real
proxy, against the fake provider's Realtime endpoint (agent.demo.fake_realtime).

Every message a client sends is decided and recorded like a request body; a refused one
never reaches the provider, and the client gets an error event on the same connection.
"""

from __future__ import annotations

import base64
import json
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import openai
import pytest

from tests.conftest import POLICIES, wait_for
from tests.test_proxy import PRIVILEGED_PROMPT

pytest.importorskip("websockets", reason="the test extra (pip install -e '.[test]') is not installed")
pytestmark = pytest.mark.integration

HARMLESS = "Give me three tips for writing a clear support case summary."


@contextmanager
def realtime(proxy) -> Iterator[Any]:
    """A Realtime session through the proxy; closed after 30 s, so that waiting for an
    event that never comes ends the test instead of hanging it."""
    client = openai.OpenAI(api_key="sk-test-placeholder", base_url="https://api.openai.com/v1")
    with client.realtime.connect(model="gpt-realtime",
                                 websocket_connection_options={"proxy": proxy.url, "ssl": proxy.client_tls()}) as connection:
        watchdog = threading.Timer(30, connection.close)
        watchdog.start()
        try:
            assert connection.recv().type == "session.created"
            yield connection
        finally:
            watchdog.cancel()


def say(connection, text: str) -> None:
    connection.conversation.item.create(item={"type": "message", "role": "user",
                                              "content": [{"type": "input_text", "text": text}]})


def until(connection, *types: str) -> list[Any]:
    """Server events up to and including the first of `types`."""
    events = []
    for event in connection:
        events.append(event)
        if event.type in types:
            return events
    raise AssertionError(f"the connection ended before any of {types}")


def messages_upstream(fake) -> list[dict[str, Any]]:
    return [json.loads(r.body) for r in fake.received if r.method == "WEBSOCKET"]


def message_decisions(audit) -> list[dict[str, Any]]:
    return [e for e in audit.new() if e["phase"] == "message"]


def test_a_harmless_conversation_flows_and_each_message_is_recorded(proxy, fake, audit):
    with realtime(proxy) as connection:
        say(connection, HARMLESS)
        assert until(connection, "conversation.item.created")[-1].type == "conversation.item.created"
        connection.response.create()
        done = until(connection, "response.done")[-1]
    assert done.response.output[0].content[0].text == "[fake-openai-realtime] received 1 items"
    assert [m["type"] for m in messages_upstream(fake)] == ["conversation.item.create", "response.create"]
    records: list[dict[str, Any]] = []
    wait_for(lambda: records.extend(audit.new()) or any(e["phase"] == "response" for e in records), 10,
             "the completion record the WebSocket's close writes")
    decisions = [e for e in records if e["phase"] == "message"]
    assert [d["decision"]["enforced_action"] for d in decisions] == ["allow", "allow"]
    [completion] = [e for e in records if e["phase"] == "response"]
    # The fake's session.created, item acknowledgement and answer events: none of it is the upgrade's (empty) body.
    assert completion["response"]["status"] == 101 and completion["response"]["bytes_in"] > 500
    first = decisions[0]
    assert first["request"]["method"] == "WEBSOCKET" and first["request"]["path"] == "/v1/realtime"
    assert first["request"]["operation"] == "chat" and first["request"]["content_type"] == "text"
    assert first["classification"]["label"] == "public" and first["destination"]["provider"] == "openai"


def test_a_privileged_message_is_refused_with_an_error_event_and_the_session_goes_on(proxy, fake, audit):
    with realtime(proxy) as connection:
        say(connection, PRIVILEGED_PROMPT)
        error = until(connection, "error")[-1].error
        assert error.code == "embargo_policy_block" and error.type == "permission_error"
        assert "privileged-stays-sovereign" in error.message and "Embargo incident EMB-" in error.message
        say(connection, HARMLESS)  # the connection stays open: the next message is decided on its own
        connection.response.create()
        done = until(connection, "response.done")[-1]
    assert done.response.output[0].content[0].text == "[fake-openai-realtime] received 1 items"
    upstream = json.dumps(messages_upstream(fake))
    assert "legal_case_strategy__c" not in upstream and HARMLESS in upstream
    blocked, *allowed = message_decisions(audit)
    assert blocked["decision"]["rule"] == "privileged-stays-sovereign" and blocked["decision"]["enforced_action"] == "block"
    assert blocked["classification"]["label"] == "privileged" and blocked["incident_id"] in error.message
    assert [d["decision"]["enforced_action"] for d in allowed] == ["allow", "allow"]


def test_audio_nothing_can_read_is_refused_for_a_protected_client(proxy, fake, audit):
    audio = base64.b64encode(bytes(range(256)) * 40).decode()
    with realtime(proxy) as connection:
        connection.input_audio_buffer.append(audio=audio)
        error = until(connection, "error")[-1].error
    assert "inspect" in error.message and error.code == "embargo_policy_block"
    assert messages_upstream(fake) == []
    [decision] = message_decisions(audit)
    assert decision["decision"]["rule"] == "builtin:uninspectable"
    assert decision["classification"]["uninspected"] == ["binary"] and decision["classification"]["label"] == "internal"


def test_a_binary_frame_is_refused_for_a_protected_client(proxy, fake, audit):
    from websockets.sync.client import connect

    with connect("wss://api.openai.com/v1/realtime?model=gpt-realtime", proxy=proxy.url, ssl=proxy.client_tls(),
                 additional_headers={"Authorization": "Bearer sk-test-placeholder"}) as websocket:
        assert json.loads(websocket.recv(timeout=10))["type"] == "session.created"
        websocket.send(b"\x00\x01 raw audio frame")
        error = json.loads(websocket.recv(timeout=10))
    assert error["type"] == "error" and error["error"]["code"] == "embargo_policy_block"
    assert messages_upstream(fake) == []
    [decision] = message_decisions(audit)
    assert decision["request"]["content_type"] == "binary" and decision["decision"]["rule"] == "builtin:uninspectable"


def test_the_responses_api_websocket_mode_is_decided_by_its_request_adapter(proxy, fake, audit):
    """`client.responses.connect()` sends `response.create` events shaped like a Responses API
    request body: the Responses adapter reads them."""
    from websockets.sync.client import connect

    event = {"type": "response.create", "model": "gpt-5",
             "input": [{"role": "user", "content": [{"type": "input_text", "text": PRIVILEGED_PROMPT}]}]}
    with connect("wss://api.openai.com/v1/responses", proxy=proxy.url, ssl=proxy.client_tls(),
                 additional_headers={"Authorization": "Bearer sk-test-placeholder"}) as websocket:
        websocket.recv(timeout=10)  # the fake greets every WebSocket in the Realtime format
        websocket.send(json.dumps(event))
        error = json.loads(websocket.recv(timeout=10))
    assert error["type"] == "error" and "privileged-stays-sovereign" in error["error"]["message"]
    assert messages_upstream(fake) == []
    [decision] = message_decisions(audit)
    assert decision["request"]["path"] == "/v1/responses" and decision["request"]["model"] == "gpt-5"
    places = {location["where"] for finding in decision["classification"]["findings"] for location in finding["locations"]}
    assert places == {"input[0].content[0].text"}


def test_an_upgrade_the_websocket_layer_does_not_take_is_refused(proxy, fake, audit):
    """An upgrade mitmproxy would relay as raw bytes (here a WebSocket version it does not
    speak) is cut off: nothing after it would be inspected."""
    from tests.test_proxy import https_through

    response = https_through(proxy, "api.openai.com", b"GET /v1/realtime HTTP/1.1\r\nHost: api.openai.com\r\n"
                             b"Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                             b"Sec-WebSocket-Version: 8\r\n\r\n")
    assert not response.startswith(b"HTTP/1.1 101")
    completion = [e for e in audit.new() if e["phase"] == "response"]
    assert completion and completion[-1]["error"] == "upgrade_refused"


def test_websocket_interception_cannot_be_switched_off(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "agent.cli", "proxy", "--listen", "127.0.0.1:0", "--policy", str(POLICIES / "default.yaml"),
         "--events", str(tmp_path / "events.jsonl"), "--set", "websocket=false"],
        capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 2 and "websocket=false cannot be used with Embargo" in result.stderr
