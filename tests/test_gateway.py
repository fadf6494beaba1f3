"""Gateway mode end to end: real `embargo gateway serve`, the official SDKs changing only their
base URL (and their key, now an Embargo token), a fake provider behind it.

Each test asserts what the provider received (or that it received nothing) and the audit
record the gateway wrote.
"""

from __future__ import annotations

import json
import socket
import time

import httpx2
import openai
import pytest

from agent.alerting import AlertPolicy, Alerting
from agent.gateway import tokens
from tests.conftest import POLICIES, AuditTail
from tests.gateway_stack import ANTHROPIC_KEY, GATEWAY_NAME, OPENAI_KEY
from tests.test_canary import forms

pytestmark = pytest.mark.integration

HARMLESS = [{"role": "user", "content": "Give me three tips for a clear support case summary."}]
CASE = {"Id": "5005g00000AbCdEAAV", "legal_case_strategy__c": "Settle below EUR 2.1M if discovery goes badly."}
PRIVILEGED = [{"role": "user", "content": f"Summarise: {json.dumps(CASE)}"}]
CALLER_OWN_KEY = "sk-proj-CallerHeldKeyThatShouldNotExist000000000000000003"
ISSUED: list[str] = []  # every token handed out here: none may appear in any artefact


@pytest.fixture
def audit(gateway) -> AuditTail:
    return AuditTail(gateway.process.events)


def token(gateway, identity: str, tenant: str, *scope: str, **kwargs) -> str:
    value = gateway.token(identity, tenant, *scope, **kwargs)
    ISSUED.append(value)
    return value


def only_request_event(audit: AuditTail) -> dict:
    events = [e for e in audit.new() if e["phase"] == "request"]
    assert len(events) == 1, events
    return events[0]


def credentials_upstream(received) -> dict[str, str | None]:
    return {name: received.header(name) for name in ("authorization", "x-api-key", "api-key")}


# --- allowed requests: key injected, caller's token stripped, identity in the event ---------


def test_openai_sdk_with_a_token_reaches_the_provider_with_the_gateway_key(gateway, fake, audit):
    reply = gateway.openai(token(gateway, "batch-job", "acme-us", "openai")).chat.completions.create(
        model="gpt-4o", messages=HARMLESS)
    assert reply.choices[0].message.content.startswith("[fake-openai]")
    [received] = fake.requests_for("/v1/chat/completions")
    assert received.host == "api.openai.com"
    assert credentials_upstream(received) == {"authorization": f"Bearer {OPENAI_KEY}", "x-api-key": None, "api-key": None}
    assert received.json()["messages"] == HARMLESS
    event = only_request_event(audit)
    assert event["workload"]["user"] == "batch-job" and event["workload"]["tenant"] == "acme-us"
    assert event["gateway"]["route"] == "openai" and event["gateway"]["auth"] == "token"
    assert event["gateway"]["credential"].startswith("token:") and event["gateway"]["caller_key"] == "none"
    assert event["decision"]["enforced_action"] == "allow" and event["destination"]["endpoint_id"] == "openai"
    # the gateway's own key is shared by every caller by design: not a credential of this caller
    assert event["request"].get("credential") is None


def test_anthropic_sdk_streams_through_the_gateway(gateway, fake, audit):
    client = gateway.anthropic(token(gateway, "support-bot", "acme-us", "anthropic"))
    with client.messages.stream(model="claude-haiku-4-5", max_tokens=50, messages=HARMLESS) as stream:
        text = "".join(stream.text_stream)
    assert text.startswith("[fake-anthropic]")
    [received] = fake.requests_for("/v1/messages")
    assert received.host == "api.anthropic.com" and received.header("x-api-key") == ANTHROPIC_KEY
    assert received.header("authorization") is None
    event = only_request_event(audit)
    assert event["request"]["stream"] is True and event["gateway"]["route"] == "anthropic"


def test_a_caller_keeps_one_upstream_connection_per_route(gateway, fake, audit):
    value = token(gateway, "batch-job", "acme-us", "openai", "anthropic")
    before = fake.open_connections
    with httpx2.Client(verify=gateway.tls(), timeout=10) as client:  # one keep-alive connection to the gateway
        for _ in range(8):
            response = client.post(f"{gateway.base}/openai/v1/chat/completions", json={"model": "gpt-4o", "messages": HARMLESS},
                                   headers={"authorization": f"Bearer {value}"})
            assert response.status_code == 200
        response = client.post(f"{gateway.base}/anthropic/v1/messages", headers={"x-api-key": value, "anthropic-version": "2023-06-01"},
                               json={"model": "claude-haiku-4-5", "max_tokens": 10, "messages": HARMLESS})
        assert response.status_code == 200
        assert fake.open_connections - before <= 2  # not one per request
    hosts = [r.host for r in fake.received]
    assert hosts == ["api.openai.com"] * 8 + ["api.anthropic.com"]
    events = [e for e in audit.new() if e["phase"] == "request"]
    assert [e["destination"]["endpoint_id"] for e in events] == ["openai"] * 8 + ["anthropic"]


# --- the same policy applies, selecting on identity and tenant ------------------------------


def test_privileged_case_is_blocked_like_intercepted_traffic(gateway, fake, audit):
    client = gateway.openai(token(gateway, "batch-job", "acme-us", "openai"))
    with pytest.raises(openai.PermissionDeniedError) as caught:
        client.chat.completions.create(model="gpt-4o", messages=PRIVILEGED)
    assert "privileged-stays-sovereign" in str(caught.value)
    assert fake.received == []
    event = only_request_event(audit)
    assert event["incident_id"] == caught.value.request_id
    assert event["decision"]["rule"] == "privileged-stays-sovereign" and event["classification"]["label"] == "privileged"


def test_tenant_selector_keeps_an_eu_tenant_in_the_eu(gateway, fake, audit):
    client_us = gateway.openai(token(gateway, "crm-sync", "acme-eu", "openai", "openai-eu"))
    with pytest.raises(openai.PermissionDeniedError) as caught:
        client_us.chat.completions.create(model="gpt-4o", messages=HARMLESS)
    assert "eu-tenants-stay-sovereign" in str(caught.value)
    assert only_request_event(audit)["decision"]["rule"] == "eu-tenants-stay-sovereign"
    client_eu = gateway.openai(client_us.api_key, route="openai-eu")
    assert client_eu.chat.completions.create(model="gpt-4o", messages=HARMLESS).choices
    [received] = fake.requests_for("/v1/chat/completions")
    assert received.host == "eu.api.openai.com"
    event = only_request_event(audit)
    assert event["destination"]["jurisdiction"] == "EU" and event["decision"]["enforced_action"] == "allow"


# --- authentication and scope ------------------------------------------------------------


def expired_token(gateway) -> str:
    value, _ = tokens.issue(tokens.load_signing_key(gateway.signing_key), "batch-job", "acme-us", ["openai"],
                            ttl_s=600, now=time.time() - 3600)
    return value


def tampered_token(gateway) -> str:
    value = token(gateway, "batch-job", "acme-us", "openai")
    head, claims, signature = value.split(".")
    forged = json.loads(tokens._unb64(claims)) | {"sub": "admin"}
    return ".".join([head, tokens._b64(json.dumps(forged).encode()), signature])


@pytest.mark.parametrize("credential, reason", [
    (lambda gw: "emb1.not-a-token", "malformed token"),
    (lambda gw: "emb1." + tokens._b64(b"[" * 2000) + ".c2ln", "malformed token"),  # nested deeper than the parser goes
    (tampered_token, "signature does not verify"),
    (expired_token, "token expired"),
    (lambda gw: token(gw, "batch-job", "acme-us", "openai", valid="60d"), "exceeds the gateway's maximum"),
])
def test_bad_tokens_are_refused_before_anything_leaves(gateway, fake, audit, credential, reason):
    with pytest.raises(openai.AuthenticationError) as caught:
        gateway.openai(credential(gateway)).chat.completions.create(model="gpt-4o", messages=HARMLESS)
    assert caught.value.status_code == 401 and reason in str(caught.value)
    assert fake.received == []
    event = only_request_event(audit)
    assert event["decision"]["rule"] == "builtin:gateway-auth" and event["incident_id"] == caught.value.request_id
    assert event["gateway"]["auth"] is None and event["workload"]["user"] is None


def test_a_query_byte_that_is_not_utf8_is_forwarded_as_sent(gateway, fake, audit):
    """The gateway rebuilds the query (it strips credential parameters): a byte that is not
    UTF-8 goes on percent-encoded, as the byte it was, instead of failing the request."""
    body = json.dumps({"model": "gpt-4o", "messages": HARMLESS}).encode()
    request = (b"POST /openai/v1/chat/completions?trace=a\xffb HTTP/1.1\r\nHost: " + GATEWAY_NAME.encode()
               + b"\r\nAuthorization: Bearer " + token(gateway, "batch-job", "acme-us", "openai").encode()
               + b"\r\nContent-Type: application/json\r\nContent-Length: %d\r\nConnection: close\r\n\r\n%s" % (len(body), body))
    with socket.create_connection(("127.0.0.1", gateway.process.port), timeout=30) as tcp, \
            gateway.tls().wrap_socket(tcp, server_hostname=GATEWAY_NAME) as tls:
        tls.sendall(request)
        response = b"".join(iter(lambda: tls.recv(65536), b""))
    assert response.startswith(b"HTTP/1.1 200"), response[:200]
    assert fake.received[0].query == "trace=a%FFb"
    assert only_request_event(audit)["decision"]["enforced_action"] == "allow"


def test_revoked_token_is_refused_without_a_restart(gateway, fake, audit):
    value = token(gateway, "batch-job", "acme-us", "openai")
    client = gateway.openai(value)
    assert client.chat.completions.create(model="gpt-4o", messages=HARMLESS).choices
    claims = tokens.TokenVerifier(tokens.load_public_keys(gateway.root / "token-keys"), 3600).verify(value)
    revoked = gateway.root / "revoked"
    revoked.write_text(revoked.read_text() + f"{claims.jti}  # leaked in a ticket\n")
    with pytest.raises(openai.AuthenticationError, match="token revoked"):
        client.chat.completions.create(model="gpt-4o", messages=HARMLESS)
    assert len(fake.received) == 1


def test_no_credential_and_unknown_certificate_are_refused(gateway, fake, audit):
    with httpx2.Client(verify=gateway.tls()) as plain:
        response = plain.post(f"{gateway.base}/openai/v1/chat/completions", json={"model": "gpt-4o", "messages": HARMLESS})
    assert response.status_code == 401 and response.json()["error"]["code"] == "embargo_unauthenticated"
    with httpx2.Client(verify=gateway.tls(gateway.stranger)) as stranger:
        response = stranger.post(f"{gateway.base}/openai-eu/v1/chat/completions", json={"model": "gpt-4o", "messages": HARMLESS})
    assert response.status_code == 401 and "not registered" in response.json()["error"]["message"]
    assert fake.received == []
    rules = [e["decision"]["rule"] for e in audit.new()]
    assert rules == ["builtin:gateway-auth", "builtin:gateway-auth"]


def test_token_and_certificate_must_name_the_same_caller(gateway, fake, audit):
    other = token(gateway, "batch-job", "acme-us", "openai-eu")
    with pytest.raises(openai.AuthenticationError, match="different callers"):
        gateway.openai(other, route="openai-eu", caller=gateway.salesforce).chat.completions.create(
            model="gpt-4o", messages=HARMLESS)
    assert fake.received == []


def test_route_outside_the_token_scope_is_refused(gateway, fake, audit):
    with pytest.raises(openai.PermissionDeniedError, match="may not use route 'openai'"):
        gateway.openai(token(gateway, "support-bot", "acme-us", "anthropic")).chat.completions.create(
            model="gpt-4o", messages=HARMLESS)
    assert fake.received == []
    assert only_request_event(audit)["decision"]["rule"] == "builtin:gateway-scope"


def test_unknown_path_gets_a_404(gateway, fake, audit):
    with httpx2.Client(verify=gateway.tls()) as plain:
        response = plain.get(f"{gateway.base}/not-a-route/v1/models")
    assert response.status_code == 404 and response.json()["error"]["code"] == "embargo_no_route"
    assert only_request_event(audit)["decision"]["rule"] == "builtin:gateway-no-route"


# --- callers' own provider keys, per route ----------------------------------------------------


def test_caller_key_is_refused_with_an_incident(gateway, fake, audit):
    client = gateway.openai(token(gateway, "legacy-script", "acme-us", "openai"),
                            default_headers={"x-api-key": CALLER_OWN_KEY})
    with pytest.raises(openai.PermissionDeniedError, match="must not carry a provider API key"):
        client.chat.completions.create(model="gpt-4o", messages=HARMLESS)
    assert fake.received == []
    event = only_request_event(audit)
    assert event["decision"]["rule"] == "builtin:gateway-caller-key" and event["incident_id"]
    assert event["gateway"]["caller_key"] == "refused" and event["workload"]["user"] == "legacy-script"
    siem = Alerting(AlertPolicy.load(POLICIES / "default.yaml")).observe(event)[0]  # what the SIEM forwarder sends
    assert [(a.rule, str(a.severity)) for a in siem.alerts] == [("gateway-caller-key", "high")]


def test_caller_key_is_replaced_on_a_replace_route(gateway, fake, audit):
    value = token(gateway, "support-bot", "acme-us", "anthropic")
    headers = {"authorization": f"Bearer {value}", "x-api-key": CALLER_OWN_KEY, "anthropic-version": "2023-06-01"}
    with httpx2.Client(verify=gateway.tls()) as client:  # an old script: its own key, and now a token
        response = client.post(f"{gateway.base}/anthropic/v1/messages", headers=headers,
                               json={"model": "claude-haiku-4-5", "max_tokens": 20, "messages": HARMLESS})
    assert response.status_code == 200, response.text
    [received] = fake.requests_for("/v1/messages")
    assert credentials_upstream(received) == {"authorization": None, "x-api-key": ANTHROPIC_KEY, "api-key": None}
    assert only_request_event(audit)["gateway"]["caller_key"] == "replaced"


def test_caller_key_is_forwarded_on_a_bring_your_own_key_route(gateway, fake, audit):
    value = token(gateway, "data-team", "acme-us", "openai-byok")
    client = gateway.openai(CALLER_OWN_KEY, route="openai-byok", default_headers={"x-api-key": value})
    client.chat.completions.create(model="gpt-4o", messages=HARMLESS)
    [received] = fake.requests_for("/v1/chat/completions")
    assert credentials_upstream(received) == {"authorization": f"Bearer {CALLER_OWN_KEY}", "x-api-key": None, "api-key": None}
    event = only_request_event(audit)
    assert event["gateway"]["caller_key"] == "forwarded"
    assert event["request"]["credential"].startswith("k:")  # the caller's own key: tracked, as for intercepted traffic


# --- key custody --------------------------------------------------------------------------


def test_provider_key_rotates_without_restart_and_a_missing_key_fails_closed(gateway, fake, audit):
    key_file = gateway.key_files["openai"]
    rotated = OPENAI_KEY.replace("0001", "0002")
    client = gateway.openai(token(gateway, "batch-job", "acme-us", "openai"))
    try:
        key_file.write_text(rotated)
        client.chat.completions.create(model="gpt-4o", messages=HARMLESS)
        assert fake.received[-1].header("authorization") == f"Bearer {rotated}"
        key_file.unlink()
        with pytest.raises(openai.InternalServerError, match="cannot reach its provider key"):
            client.chat.completions.create(model="gpt-4o", messages=HARMLESS)
        assert len(fake.received) == 1
        events = [e for e in audit.new() if e["phase"] == "request"]
        assert events[-1]["decision"]["rule"] == "builtin:gateway-key-unavailable"
        assert str(key_file) in gateway.process.log_text()  # the operator learns which file, not its content
    finally:
        key_file.write_text(OPENAI_KEY)


def test_a_policy_that_passes_unprotected_clients_through_never_bypasses_the_gateway(tmp_path_factory, upstream):
    """Before authentication no caller has a tenant, so a tenant-selected policy does not yet
    protect it; even where such clients may pass unlisted hosts through undecrypted, the
    gateway's own TLS is always terminated and every request authenticated."""
    from tests.gateway_stack import GATEWAY_POLICY, start_gateway

    permissive = GATEWAY_POLICY.replace("mode: enforce\n", "mode: enforce\nunprotected_clients:\n  unlisted_hosts: passthrough\n")
    stack = start_gateway(tmp_path_factory.mktemp("gateway-passthrough"), upstream.fake.port, upstream.pki.ca_cert,
                          permissive)
    upstream.fake.clear()
    try:
        with httpx2.Client(verify=stack.tls(), timeout=10) as client:
            response = client.post(f"{stack.base}/openai/v1/chat/completions", json={"model": "gpt-4o", "messages": HARMLESS},
                                   headers={"authorization": f"Bearer {CALLER_OWN_KEY}"})
        assert response.status_code == 401 and response.json()["error"]["code"] == "embargo_unauthenticated"
        assert upstream.fake.received == []
    finally:
        stack.process.stop()


def test_keys_and_tokens_appear_in_no_artefact(gateway):
    """Runs last in this module: every token issued above, every provider key and the callers'
    own key are searched in the audit log and the gateway's log, in every encoded form."""
    assert len(ISSUED) >= 10
    secrets = {"openai key": OPENAI_KEY, "anthropic key": ANTHROPIC_KEY, "caller key": CALLER_OWN_KEY,
               "rotated key": OPENAI_KEY.replace("0001", "0002")}
    secrets |= {f"token {i}": value for i, value in enumerate(ISSUED)}
    artefacts = {"audit log": gateway.process.events.read_bytes(), "gateway log": gateway.process.log.read_bytes()}
    assert b'"gateway"' in artefacts["audit log"]
    leaks = [f"{name} in {where}" for where, blob in artefacts.items() for name, value in secrets.items()
             for form in forms(value) if form in blob]
    assert leaks == []
