"""An Apex callout through the gateway, replayed as Salesforce sends it.

The Apex class in docs/gateway.md calls `callout:Embargo_OpenAI_EU/v1/chat/completions`
through a Named Credential that presents the org's client certificate (mutual TLS) and
sends no Authorization header. This test sends that request byte for byte over HTTP/1.1:
the header set and order Salesforce's callout client sends (its `SFDC-Callout/<API
version>` user agent, the `Sfdc_stack_depth` header, Java's default `Accept`), and the JSON
body `JSON.serialize` produces for a Case (the `attributes` object first). It then checks
what the provider received, what Apex would read back, and the audit record.
"""

from __future__ import annotations

import http.client
import json

import pytest

from tests.conftest import AuditTail
from tests.gateway_stack import OPENAI_KEY

pytestmark = pytest.mark.integration

CASE = {
    "attributes": {"type": "Case", "url": "/services/data/v62.0/sobjects/Case/5005g00000AbCdEAAV"},
    "Id": "5005g00000AbCdEAAV",
    "CaseNumber": "00001027",
    "Subject": "Warehouse fire - supplier liability dispute",
    "Status": "Escalated",
    "legal_case_strategy__c": "Argue force majeure; settle below EUR 2.1M if discovery goes badly.",
}
# JSON.serialize(Map<String, Object>) in Apex: compact, no spaces.
APEX_BODY = json.dumps({
    "model": "gpt-4o",
    "messages": [
        {"role": "system", "content": "You summarise Salesforce cases for account managers."},
        {"role": "user", "content": json.dumps(CASE, separators=(",", ":"))},
    ],
}, separators=(",", ":")).encode()


def apex_callout(gateway, path: str, with_certificate: bool = True) -> tuple[int, dict[str, str], bytes]:
    """HttpRequest.setEndpoint('callout:Embargo_OpenAI_EU' + ...) as Salesforce puts it on the wire."""
    connection = http.client.HTTPSConnection(
        "localhost", gateway.process.port, context=gateway.tls(gateway.salesforce if with_certificate else None), timeout=30)
    connection.putrequest("POST", path, skip_host=True, skip_accept_encoding=True)
    for name, value in [
        ("User-Agent", "SFDC-Callout/62.0"),
        ("Sfdc_stack_depth", "1"),
        ("Content-Type", "application/json"),
        ("Cache-Control", "no-cache"),
        ("Pragma", "no-cache"),
        ("Host", f"localhost:{gateway.process.port}"),
        ("Accept", "text/html, image/gif, image/jpeg, *; q=.2, */*; q=.2"),
        ("Connection", "keep-alive"),
        ("Content-Length", str(len(APEX_BODY))),
    ]:
        connection.putheader(name, value)
    connection.endheaders(APEX_BODY)
    response = connection.getresponse()
    try:
        return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
    finally:
        connection.close()


@pytest.fixture
def audit(gateway) -> AuditTail:
    return AuditTail(gateway.process.events)


def test_case_summary_callout_to_the_eu_route_is_allowed_and_recorded(gateway, fake, audit):
    status, headers, body = apex_callout(gateway, "/openai-eu/v1/chat/completions")
    assert status == 200
    assert json.loads(body)["choices"][0]["message"]["content"].startswith("[fake-openai]")
    [received] = fake.requests_for("/v1/chat/completions")
    assert received.body == APEX_BODY  # nothing in the body was changed on the way
    assert received.host == "eu.api.openai.com"
    assert received.header("authorization") == f"Bearer {OPENAI_KEY}"  # the org holds no provider key
    assert received.header("user-agent") == "SFDC-Callout/62.0" and received.header("sfdc_stack_depth") == "1"
    [event] = [e for e in audit.new() if e["phase"] == "request"]
    assert event["workload"]["user"] == "salesforce-prod" and event["workload"]["tenant"] == "acme-eu"
    assert event["gateway"] == {"route": "openai-eu", "auth": "mtls", "caller_key": "none",
                                "credential": "cert:" + gateway.salesforce.fingerprint.replace(":", "").lower()}
    assert event["destination"]["jurisdiction"] == "EU" and event["decision"]["enforced_action"] == "allow"
    assert event["classification"]["label"] == "privileged"
    assert "legal_case_strategy__c" in event["classification"]["sensitive_fields"]


def test_same_callout_to_a_us_route_gets_an_error_apex_can_read(gateway, fake, audit):
    status, headers, body = apex_callout(gateway, "/openai/v1/chat/completions")
    assert status == 403 and headers["content-type"] == "application/json"
    error = json.loads(body)["error"]  # Apex: (Map<String, Object>) JSON.deserializeUntyped(res.getBody())
    incident = headers["x-request-id"]
    assert "privileged-stays-sovereign" in error["message"] and incident in error["message"]
    assert error["code"] == "embargo_policy_block"
    assert fake.received == []
    [event] = [e for e in audit.new() if e["phase"] == "request"]
    assert event["incident_id"] == incident and event["decision"]["rule"] == "privileged-stays-sovereign"
    assert event["workload"]["user"] == "salesforce-prod"


def test_callout_without_the_client_certificate_is_refused(gateway, fake, audit):
    status, headers, body = apex_callout(gateway, "/openai-eu/v1/chat/completions", with_certificate=False)
    assert status == 401 and json.loads(body)["error"]["code"] == "embargo_unauthenticated"
    assert fake.received == []
    [event] = audit.new()
    assert event["decision"]["rule"] == "builtin:gateway-auth" and event["workload"]["user"] is None
