"""The proxy end to end: real `embargo proxy` (mitmproxy), official SDKs, a fake upstream.

Every test asserts on what the upstream received and on the audit record the proxy wrote.
"""

from __future__ import annotations

import base64
import gzip
import json
import socket
import ssl
import subprocess
import sys
from pathlib import Path

import anthropic
import httpx2
import openai
import pytest

from agent.audit_verify import verify
from tests.conftest import POLICIES, anthropic_client, launch, openai_client, raw_client
from tests.test_audit import write_log

pytestmark = pytest.mark.integration

CASE = {
    "attributes": {"type": "Case"},
    "Id": "5005g00000AbCdEAAV",
    "Subject": "Warehouse fire - supplier liability dispute",
    "legal_case_strategy__c": "Argue force majeure; settle below EUR 2.1M if discovery goes badly.",
}
PRIVILEGED_PROMPT = f"Summarise this case for the account team:\n{json.dumps(CASE)}"
HARMLESS_PROMPT = "Give me three tips for writing a clear support case summary."
CHAT = "https://api.openai.com/v1/chat/completions"


def only_decision(audit) -> dict:
    decisions = audit.decisions()
    assert len(decisions) == 1, decisions
    return decisions[0]


# --- allow and block -----------------------------------------------------------------------


def test_harmless_question_is_allowed_and_recorded(proxy, fake, audit):
    messages = [{"role": "user", "content": HARMLESS_PROMPT}]
    reply = openai_client(proxy).chat.completions.create(model="gpt-4o", messages=messages, user="crm-user-0042")
    assert reply.choices[0].message.content.startswith("[fake-openai]")
    [received] = fake.requests_for("/v1/chat/completions")
    body = received.json()
    assert body["messages"] == messages
    assert "user" not in body  # the default policy's field filter removed it before it left
    event = only_decision(audit)
    assert event["decision"]["enforced_action"] == "allow" and event["decision"]["rule"] == "builtin:default"
    assert event["classification"]["label"] == "public"
    assert event["destination"]["endpoint_id"] == "openai" and event["destination"]["jurisdiction"] == "US"
    assert event["request"]["operation"] == "chat" and event["request"]["model"] == "gpt-4o"
    assert event["policy"]["name"] == "default" and len(event["policy"]["sha256"]) == 64
    assert event["flow_id"] and event["incident_id"] is None


def test_privileged_case_to_openai_is_blocked_with_a_clear_error(proxy, fake, audit):
    client = openai_client(proxy)
    with pytest.raises(openai.PermissionDeniedError) as caught:
        client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": PRIVILEGED_PROMPT}])
    error = caught.value
    assert error.status_code == 403
    assert "privileged-stays-sovereign" in str(error) and "outside the EU" in str(error)
    incident = error.request_id
    assert incident and incident.startswith("EMB-") and incident in str(error)
    assert fake.received == []  # nothing left the proxy
    event = only_decision(audit)
    assert event["incident_id"] == incident
    assert event["decision"]["action"] == "block" and event["decision"]["rule"] == "privileged-stays-sovereign"
    assert event["classification"]["label"] == "privileged"
    assert "legal_case_strategy__c" in event["classification"]["sensitive_fields"]
    detectors = {f["detector"] for f in event["classification"]["findings"]}
    assert {"salesforce.sensitive_field", "salesforce.record_id"} <= detectors


def test_anthropic_sdk_sees_a_permission_error(proxy, fake, audit):
    client = anthropic_client(proxy)
    with pytest.raises(anthropic.PermissionDeniedError) as caught:
        client.messages.create(
            model="claude-haiku-4-5", max_tokens=100,
            messages=[{"role": "user", "content": "Follow up with marta.kowalczyk@hartmann-logistik.de about the renewal"}],
        )
    error = caught.value
    assert error.request_id.startswith("EMB-") and "personal-data-stays-sovereign" in str(error)
    assert fake.received == []
    assert only_decision(audit)["incident_id"] == error.request_id


def test_same_record_to_eu_residency_host_is_allowed(proxy, fake, audit):
    reply = openai_client(proxy, "eu.api.openai.com").chat.completions.create(
        model="gpt-4o", messages=[{"role": "user", "content": PRIVILEGED_PROMPT}])
    assert reply.choices[0].message.content
    assert len(fake.requests_for("/v1/chat/completions")) == 1
    event = only_decision(audit)
    assert event["destination"]["jurisdiction"] == "EU" and event["decision"]["enforced_action"] == "allow"


# --- streaming -----------------------------------------------------------------------------


def test_allowed_stream_arrives_as_chunks(proxy, fake, audit):
    stream = openai_client(proxy).chat.completions.create(
        model="gpt-4o", messages=[{"role": "user", "content": HARMLESS_PROMPT}], stream=True)
    chunks = [c for c in stream if c.choices]
    assert len(chunks) > 2 and "".join(c.choices[0].delta.content or "" for c in chunks).startswith("[fake-openai]")
    assert fake.requests_for("/v1/chat/completions")[0].json()["stream"] is True
    event = only_decision(audit)
    assert event["request"]["stream"] is True
    completion = [r for r in audit.new() if r["phase"] == "response"]
    assert completion == [] or completion[0]["response"]["streamed"] is True


def test_blocked_stream_raises_on_open(proxy, fake, audit):
    client = anthropic_client(proxy)
    with pytest.raises(anthropic.PermissionDeniedError):
        with client.messages.stream(model="claude-haiku-4-5", max_tokens=100,
                                    messages=[{"role": "user", "content": PRIVILEGED_PROMPT}]) as stream:
            stream.get_final_text()
    assert fake.received == []
    assert only_decision(audit)["decision"]["rule"] == "privileged-stays-sovereign"


def test_anthropic_tool_use_input_is_inspected(proxy, fake, audit):
    client = anthropic_client(proxy)
    with pytest.raises(anthropic.PermissionDeniedError):
        client.messages.create(
            model="claude-haiku-4-5", max_tokens=100,
            tools=[{"name": "update_case", "description": "Update a Case", "input_schema": {"type": "object"}}],
            messages=[
                {"role": "user", "content": "Update the case."},
                {"role": "assistant", "content": [{"type": "tool_use", "id": "toolu_1", "name": "update_case",
                                                   "input": {"Id": "5005g00000AbCdEAAV", "legal_case_strategy__c": "settle"}}]},
                {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "toolu_1", "content": "done"}]},
            ],
        )
    assert fake.received == []
    assert only_decision(audit)["classification"]["label"] == "privileged"


# --- what cannot be fully inspected --------------------------------------------------------


def test_provider_without_adapter_is_still_inspected(proxy, fake, audit):
    body = {"contents": [{"role": "user", "parts": [{"text": "PRIVILEGED & CONFIDENTIAL - ATTORNEY-CLIENT COMMUNICATION: exposure memo"}]}]}
    with raw_client(proxy) as client:
        response = client.post(
            "https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-pro:generateContent?key=AIzaSyPlaceholderKey0123456789",
            json=body)
    assert response.status_code == 403
    error = response.json()["error"]
    assert error["status"] == "PERMISSION_DENIED" and "privileged-stays-sovereign" in error["message"]
    assert fake.received == []
    event = only_decision(audit)
    assert event["request"]["path"] == "/v1beta/models/gemini-2.5-pro:generateContent"  # no query string (API key)
    assert event["classification"]["label"] == "privileged"


def test_base64_document_is_never_public(proxy, fake, audit):
    pdf = base64.b64encode(b"%PDF-1.7\n" + bytes(range(256)) * 8).decode()
    with pytest.raises(anthropic.PermissionDeniedError) as caught:
        anthropic_client(proxy).messages.create(
            model="claude-haiku-4-5", max_tokens=100,
            messages=[{"role": "user", "content": [
                {"type": "document", "source": {"type": "base64", "media_type": "application/pdf", "data": pdf}},
                {"type": "text", "text": "Summarise the attached contract."},
            ]}],
        )
    assert "inspect" in str(caught.value)
    assert fake.received == []
    event = only_decision(audit)
    assert event["decision"]["rule"] == "builtin:uninspectable"
    assert event["classification"]["label"] != "public" and event["classification"]["uninspected"] == ["document"]


# --- not an open door ----------------------------------------------------------------------


def test_host_outside_the_catalog_is_refused(proxy, fake, audit):
    with pytest.raises(openai.APIConnectionError):
        openai_client(proxy, "api.shadow-ai.example").chat.completions.create(
            model="x", messages=[{"role": "user", "content": "hi"}])
    event = only_decision(audit)
    assert (event["phase"], event["decision"]["rule"]) == ("connect", "builtin:unlisted-host")
    assert fake.received == []


@pytest.mark.parametrize(
    "url",
    [
        "http://example.org/",
        "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
        "http://127.0.0.1:{fake_port}/v1/models",
        "http://localhost:{fake_port}/v1/models",
        "http://0.0.0.0:{fake_port}/v1/models",
    ],
)
def test_plain_http_to_forbidden_destinations_is_refused(proxy, fake, audit, url):
    with raw_client(proxy) as client:
        response = client.get(url.format(fake_port=fake.port))
    assert response.status_code == 403
    assert fake.received == []
    assert only_decision(audit)["decision"]["enforced_action"] == "block"


@pytest.mark.parametrize(
    "target", ["169.254.169.254:443", "127.0.0.1:443", "10.96.0.1:443", "[::1]:443", "[fe80::1]:443", "[::ffff:169.254.169.254]:443"])
def test_tunnels_to_forbidden_destinations_are_refused(proxy, target):
    with raw_client(proxy) as client, pytest.raises(httpx2.ProxyError):
        client.get(f"https://{target}/")


def test_crm_host_passes_through_undecrypted(proxy, upstream, fake, audit):
    # Trusting only the fake's own CA works only if the proxy did not intercept (mitmproxy's
    # certificate would be refused): Salesforce traffic is recognised, not decrypted.
    context = ssl.create_default_context(cafile=str(upstream.pki.ca_cert))
    with httpx2.Client(proxy=proxy.url, verify=context) as client:
        response = client.get("https://acme.my.salesforce.com/services/data/v62.0/limits")
    assert response.status_code == 200
    assert [r.host for r in fake.received] == ["acme.my.salesforce.com"]
    assert audit.decisions() == []  # nothing to decide on a CRM connection


def test_host_header_must_match_the_tunnel(proxy, fake, audit):
    with raw_client(proxy) as client:
        response = client.post(CHAT, json={"model": "m", "messages": []}, headers={"host": "evil.example"})
    assert response.status_code == 400
    assert fake.received == []
    assert only_decision(audit)["error"] == "host_mismatch"


def test_catalog_host_resolving_to_loopback_is_refused(tmp_path, tmp_path_factory, upstream):
    """DNS rebinding: a catalog name that resolves to the node itself is not connected to."""
    catalog = (POLICIES / "endpoints.yaml").read_text().replace(
        "  - id: mistral\n",
        f"  - id: rebinding-test\n    kind: ai\n    provider: openai\n    api_format: openai\n"
        f"    hosts: [localhost]\n    ports: [{upstream.fake.port}]\n    jurisdiction: EU\n"
        f"    recipient: test\n    transfer_mechanism: none\n\n  - id: mistral\n")
    (tmp_path / "endpoints.yaml").write_text(catalog)
    proxy = launch(tmp_path_factory, upstream, POLICIES / "default.yaml", "--catalog", str(tmp_path / "endpoints.yaml"))
    try:
        with raw_client(proxy) as client, pytest.raises(httpx2.ProxyError, match="502"):
            client.post(f"https://localhost:{upstream.fake.port}/v1/chat/completions",
                        json={"model": "m", "messages": [{"role": "user", "content": "hi"}]})
        assert upstream.fake.received == []
        assert "refused connection to localhost" in proxy.log_text()
    finally:
        proxy.stop()


# --- bad input -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "content, headers, status, code",
    [
        (b'{"model": "gpt-4o", "messages": [', {}, 400, "malformed_request"),
        (b'{"model": "gpt-4o", "messages": [{"role": "user", "content": "caf\xe9"}]}', {}, 400, "malformed_request"),
        (b'{"model": "gpt-4o", "messages": "not a list"}', {}, 400, "malformed_request"),
        (b'{"a":' * 5000 + b"1" + b"}" * 5000, {}, 400, "malformed_request"),
        (b"[" * 200_000, {}, 400, "malformed_request"),
        (gzip.compress(b"\0" * (64 << 20)), {"content-encoding": "gzip"}, 413, "body_too_large"),
        (b"\x1f\x8b\x08\x00garbage", {"content-encoding": "gzip"}, 400, "corrupt_body"),
        (b"{}", {"content-encoding": "compress"}, 415, "unsupported_encoding"),
    ],
    ids=["truncated", "invalid-utf8", "wrong-shape", "deep-objects", "deep-arrays", "gzip-bomb", "corrupt-gzip", "unknown-encoding"],
)
def test_bad_bodies_get_a_clear_bounded_answer(proxy, fake, audit, content, headers, status, code):
    with raw_client(proxy) as client:
        response = client.post(CHAT, content=content, headers={"content-type": "application/json", **headers})
    assert response.status_code == status
    error = response.json()["error"]
    assert error["code"].startswith("embargo_") and "incident" in error["message"]
    assert fake.received == []
    event = only_decision(audit)
    assert event["error"] == code and event["decision"]["rule"] == "builtin:fail-closed"


def https_through(proxy, host: str, request: bytes) -> bytes:
    """One raw HTTP/1.1 exchange in a CONNECT tunnel: for requests no client library sends."""
    with socket.create_connection((proxy.host, proxy.port), timeout=30) as tcp:
        tcp.sendall(f"CONNECT {host}:443 HTTP/1.1\r\nHost: {host}:443\r\n\r\n".encode())
        assert tcp.recv(4096).startswith(b"HTTP/1.1 200")
        with proxy.client_tls().wrap_socket(tcp, server_hostname=host) as tls:
            tls.sendall(request)
            response = b""
            while chunk := tls.recv(65536):
                response += chunk
    return response


def test_text_utf8_cannot_hold_is_decided_and_recorded(proxy, fake, audit):
    """A JSON "\\ud800" escape in the model's name, a byte that is not UTF-8 in the path:
    the request is decided as usual and its record written, with U+FFFD in their place."""
    with raw_client(proxy) as client:
        response = client.post(CHAT, content=b'{"model": "gpt-\\ud800", "messages": [{"role": "user", "content": "hi"}]}',
                               headers={"content-type": "application/json"})
    assert response.status_code == 200
    assert json.loads(fake.received[0].body)["model"] == "gpt-\ud800"  # sent on as the client wrote it
    assert only_decision(audit)["request"]["model"] == "gpt-\ufffd"

    body = json.dumps({"model": "gpt-4o", "messages": [{"role": "user", "content": PRIVILEGED_PROMPT}]}).encode()
    response = https_through(proxy, "api.openai.com", b"POST /v1/chat/\xffcompletions HTTP/1.1\r\nHost: api.openai.com\r\n"
                             b"Content-Type: application/json\r\nContent-Length: %d\r\nConnection: close\r\n\r\n%s"
                             % (len(body), body))
    assert response.startswith(b"HTTP/1.1 403"), response[:200]
    event = only_decision(audit)
    assert event["request"]["path"] == "/v1/chat/\ufffdcompletions" and event["classification"]["label"] == "privileged"
    assert len(fake.received) == 1
    report = verify(proxy.events)
    assert report.ok, report.errors


def test_a_header_byte_that_is_not_utf8_does_not_get_a_request_past_inspection(proxy, fake, audit):
    """A byte that is not UTF-8 in the API key, which the record carries hashed, must not make
    the request hook raise: mitmproxy sends a request on when a hook raises."""
    body = json.dumps({"model": "gpt-4o", "messages": [{"role": "user", "content": PRIVILEGED_PROMPT}]}).encode()
    response = https_through(proxy, "api.openai.com", b"POST /v1/chat/completions HTTP/1.1\r\nHost: api.openai.com\r\n"
                             b"Authorization: Bearer sk-\xff\xfe\r\nContent-Type: application/json\r\n"
                             b"Content-Length: %d\r\nConnection: close\r\n\r\n%s" % (len(body), body))
    assert response.startswith(b"HTTP/1.1 403"), response[:200]
    assert fake.received == []
    event = only_decision(audit)
    assert event["classification"]["label"] == "privileged" and event["request"]["credential"].startswith("k:")


def proxy_rss_kib(pid: int) -> int:
    status = Path(f"/proc/{pid}/status").read_text()
    return int(next(line.split()[1] for line in status.splitlines() if line.startswith("VmRSS:")))


def assert_refused_as_too_large(proxy, fake, audit, before_kib: int) -> None:
    growth_mib = (proxy_rss_kib(proxy.process.pid) - before_kib) / 1024
    assert growth_mib < 40, f"proxy grew by {growth_mib:.0f} MiB for a 50 MiB body"
    assert fake.received == []
    event = only_decision(audit)
    assert event["error"] == "body_too_large" and event["decision"]["enforced_action"] == "block"


def test_fifty_megabyte_body_gets_413_with_bounded_memory(proxy, fake, audit, tmp_path):
    # curl, like most production HTTP clients, reads an early answer while still sending.
    body = tmp_path / "body.json"
    with body.open("wb") as handle:
        handle.truncate(50 << 20)
    before = proxy_rss_kib(proxy.process.pid)
    result = subprocess.run(
        ["curl", "-sS", "-o", "/dev/null", "-w", "%{http_code}", "-x", proxy.url, "--cacert", str(proxy.ca),
         "-H", "content-type: application/json", "--data-binary", f"@{body}", CHAT],
        capture_output=True, text=True, timeout=120,
    )
    assert result.stdout == "413", result.stderr
    assert_refused_as_too_large(proxy, fake, audit, before)


def test_fifty_megabyte_chunked_upload_is_cut_off_with_bounded_memory(proxy, fake, audit):
    """Without a content-length the limit is hit while reading: mitmproxy answers 413 and
    stops reading; httpx, which does not read while it sends, sees the upload stall."""

    def chunks():
        for _ in range(50):
            yield b"x" * (1 << 20)

    before = proxy_rss_kib(proxy.process.pid)
    with raw_client(proxy, timeout=5) as client:
        try:
            assert client.post(CHAT, content=chunks(), headers={"content-type": "application/json"}).status_code == 413
        except httpx2.TransportError:
            pass
    assert_refused_as_too_large(proxy, fake, audit, before)


def test_proxy_keeps_running_and_every_record_verifies(proxy, fake):
    reply = openai_client(proxy).chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": "hello"}])
    assert reply.choices[0].message.content
    report = verify(proxy.events)
    assert report.ok, report.errors
    assert report.records > 10


# --- modes and failures --------------------------------------------------------------------


def test_audit_mode_records_the_block_and_lets_the_request_through(tmp_path, tmp_path_factory, upstream):
    policy = tmp_path / "audit.yaml"
    policy.write_text((POLICIES / "default.yaml").read_text().replace("\nmode: enforce\n", "\nmode: audit\n"))
    proxy = launch(tmp_path_factory, upstream, policy)
    upstream.fake.clear()
    try:
        reply = openai_client(proxy).chat.completions.create(
            model="gpt-4o", messages=[{"role": "user", "content": PRIVILEGED_PROMPT}])
        assert reply.choices[0].message.content
        assert len(upstream.fake.requests_for("/v1/chat/completions")) == 1
        [event] = [json.loads(line) for line in proxy.events.read_text().splitlines()
                   if json.loads(line).get("phase") == "request"]
        decision = event["decision"]
        assert decision["mode"] == "audit" and decision["enforced_action"] == "allow"
        assert decision["audit_matches"][0] == {"rule": "privileged-stays-sovereign", "action": "redirect"}
        assert event["incident_id"]  # what would have been blocked gets an id to follow up on
    finally:
        proxy.stop()


def test_inspection_timeout_fails_closed(tmp_path_factory, upstream):
    proxy = launch(tmp_path_factory, upstream, POLICIES / "default.yaml", "--set", "embargo_inspect_timeout_ms=0")
    upstream.fake.clear()
    try:
        with pytest.raises(openai.InternalServerError) as caught:
            openai_client(proxy).chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": "hi"}])
        assert caught.value.status_code == 503 and "could not inspect" in str(caught.value)
        assert upstream.fake.received == []
        records = [json.loads(line) for line in proxy.events.read_text().splitlines()]
        assert records[-1]["error"] == "inspection_timeout" and records[-1]["decision"]["rule"] == "builtin:fail-closed"
    finally:
        proxy.stop()


def test_broken_policy_file_is_refused_at_start_with_file_and_line(tmp_path):
    policy = tmp_path / "broken.yaml"
    policy.write_text((POLICIES / "default.yaml").read_text().replace("action: block\n    reason: the request contains",
                                                                       "action: blok\n    reason: the request contains"))
    result = subprocess.run(
        [sys.executable, "-m", "agent.cli", "proxy", "--listen", "127.0.0.1:0", "--policy", str(policy),
         "--events", str(tmp_path / "events.jsonl")],
        capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 2
    assert f"{policy}:" in result.stderr and "blok" in result.stderr and "expected one of" in result.stderr


def test_an_audit_log_whose_last_line_is_no_record_is_refused_at_start_not_continued(tmp_path):
    """Its chain cannot be continued: the proxy says so (and what to do) instead of a traceback."""
    events = tmp_path / "events.jsonl"
    write_log(events, 3)
    events.write_bytes(events.read_bytes() + b"[" * 100_000 + b"\n")
    result = subprocess.run(
        [sys.executable, "-m", "agent.cli", "proxy", "--listen", "127.0.0.1:0", "--policy", str(POLICIES / "default.yaml"),
         "--events", str(events)],
        capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert f"{events} ends with a line that is not an audit record" in result.stderr
    assert f"embargo audit verify {events}" in result.stderr


@pytest.mark.parametrize("option", ["stream_large_bodies=1k", "ignore_hosts=api.openai.com", "allow_hosts=example.org",
                                    "tcp_hosts=api.openai.com", "udp_hosts=api.openai.com"])
def test_options_that_would_let_traffic_past_inspection_are_refused(tmp_path, option):
    """A streamed request body is one Embargo never saw; ignore_hosts, allow_hosts (everything
    else) and tcp_hosts / udp_hosts pass connections through before any request is seen.
    The proxy will not start with them."""
    result = subprocess.run(
        [sys.executable, "-m", "agent.cli", "proxy", "--listen", "127.0.0.1:0", "--policy", str(POLICIES / "default.yaml"),
         "--events", str(tmp_path / "events.jsonl"), "--set", option],
        capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 2 and f"{option.split('=')[0]} cannot be used with Embargo" in result.stderr


@pytest.mark.parametrize("option", ["save_stream_file=FLOWS", "hardump=FLOWS", "map_remote=|api.openai.com|example.org",
                                    "modify_body=/~q/x/y", "scripts=FLOWS"])
def test_mitmproxy_addons_that_would_bypass_embargo_are_not_loaded(tmp_path, option):
    """`embargo proxy` runs without mitmproxy's addons that would dump payloads to disk or
    rewrite a request after its inspection: their options are unknown, so it does not start
    and writes nothing."""
    flows = tmp_path / "flows"
    result = subprocess.run(
        [sys.executable, "-m", "agent.cli", "proxy", "--listen", "127.0.0.1:0", "--policy", str(POLICIES / "default.yaml"),
         "--events", str(tmp_path / "events.jsonl"), "--set", option.replace("FLOWS", str(flows))],
        capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 2
    assert f"Unknown option(s): {option.split('=')[0]}" in result.stderr
    assert not flows.exists()


def test_addon_loads_on_its_own_with_mitmdump(tmp_path, upstream):
    """`mitmdump -s addons/embargo.py` is a supported way to run Embargo."""
    from agent.demo.stack import free_port, wait_for_file, wait_for_port

    port = free_port()
    events = tmp_path / "audit.jsonl"
    process = subprocess.Popen(
        [str(Path(sys.executable).parent / "mitmdump"), "-q", "--listen-host", "127.0.0.1", "--listen-port", str(port),
         "-s", str(Path(__file__).resolve().parent.parent / "addons" / "embargo.py"),
         "--set", f"confdir={tmp_path / 'mitmproxy'}", "--set", f"ssl_verify_upstream_trusted_ca={upstream.pki.ca_cert}",
         "--set", f"embargo_policy={POLICIES / 'default.yaml'}", "--set", f"embargo_events={events}",
         "--set", f"embargo_resolve=api.openai.com:443=127.0.0.1:{upstream.fake.port}"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
    )
    upstream.fake.clear()
    try:
        wait_for_port(port, 30, process)
        wait_for_file(tmp_path / "mitmproxy" / "mitmproxy-ca-cert.pem", 30)
        from agent.demo.stack import ProxyProcess

        proxy = ProxyProcess(process, port, tmp_path / "mitmproxy" / "mitmproxy-ca-cert.pem", events, tmp_path / "log")
        client = openai_client(proxy)
        assert client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": "hello"}]).choices
        with pytest.raises(openai.PermissionDeniedError):
            client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": PRIVILEGED_PROMPT}])
        assert len(upstream.fake.received) == 1
        assert verify(events).ok
    finally:
        process.terminate()
        process.wait(10)


def test_authenticated_proxy_user_selects_the_policy(tmp_path_factory, upstream):
    """The strict policy protects legal-* users wherever they connect from; mitmproxy's
    proxyauth authenticates them, and the user name is in the event (the password never is)."""
    import openai as sdk

    proxy = launch(tmp_path_factory, upstream, POLICIES / "eu-legal-strict.yaml",
                   "--set", "proxyauth=legal-intake:s3cret-pw")
    upstream.fake.clear()
    try:
        def client(user: str):
            url = f"http://{user}:s3cret-pw@127.0.0.1:{proxy.port}"
            return sdk.OpenAI(api_key="sk-test-placeholder", base_url="https://eu.api.openai.com/v1", max_retries=0,
                              http_client=sdk.DefaultHttpxClient(proxy=url, verify=proxy.client_tls()))

        with pytest.raises(sdk.PermissionDeniedError) as caught:
            client("legal-intake").chat.completions.create(
                model="gpt-4o", messages=[{"role": "user", "content": "Attorney work product: Hartmann deposition outline"}])
        assert "privileged-only-on-node" in str(caught.value)
        with pytest.raises(sdk.APIConnectionError):  # wrong credentials: the proxy refuses the tunnel
            client("sales-sync").chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": "hi"}])
        assert upstream.fake.received == []
        records = proxy.events.read_text()
        [event] = [json.loads(line) for line in records.splitlines() if '"phase":"request"' in line]
        assert event["workload"]["user"] == "legal-intake"
        assert "s3cret-pw" not in records and "s3cret-pw" not in proxy.log_text()
    finally:
        proxy.stop()
