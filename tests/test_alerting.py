"""Alerting: rule severities from the policy, volume episodes with an EWMA baseline,
shared credentials (as keyed hashes) — and the key hash written by the real proxy."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from agent.alerting import Alerting, AlertPolicy
from agent.pseudonym import Pseudonymizer
from agent.sinks.event import Severity
from classifier.classification import Label
from tests.conftest import POLICIES, openai_client
from tests.siem_records import decision_record

DEFAULT = AlertPolicy.load(POLICIES / "default.yaml")
T0 = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


def at(seconds: float) -> str:
    return (T0 + timedelta(seconds=seconds)).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def alerts_of(policy: AlertPolicy, record: dict) -> tuple[Severity, list[str]]:
    [event] = [e for e in Alerting(policy).observe(record) if e.kind == "decision"]
    return event.severity, [a.rule for a in event.alerts]


@pytest.mark.parametrize(("record", "severity", "rules"), [
    (decision_record(), Severity.INFO, []),
    (decision_record(detectors=("secret.openai_key",), action="block", rule="secrets-never-leave", label=Label.CONFIDENTIAL),
     Severity.CRITICAL, ["secret-in-prompt", "blocked-confidential"]),
    (decision_record(action="block", rule="privileged-stays-sovereign", label=Label.PRIVILEGED),
     Severity.HIGH, ["blocked-privileged"]),
    (decision_record(action="redirect", rule="privileged-to-local", label=Label.PRIVILEGED),
     Severity.MEDIUM, ["privileged-redirected"]),
    (decision_record(action="block", rule="builtin:unlisted-host", host="llm.unknown.example", label=Label.PUBLIC,
                     detectors=()), Severity.MEDIUM, ["unknown-ai-endpoint"]),
    (decision_record(action="block", rule="builtin:fail-closed", error="inspection_timeout", label=Label.PUBLIC,
                     detectors=()), Severity.HIGH, ["fail-closed"]),
    (decision_record(phase="kernel.deny", label=Label.PUBLIC, detectors=()), Severity.HIGH, ["kernel-denial"]),
    (decision_record(phase="kernel.capability", rule="builtin:protected-cap-net-raw", label=Label.PUBLIC, detectors=()),
     Severity.MEDIUM, ["protected-cap-net-raw"]),
    (decision_record(phase="tls.plaintext", rule="builtin:tls-visibility", label=Label.CONFIDENTIAL,
                     detectors=("pii.email",)), Severity.HIGH, ["tls-plaintext-sensitive"]),
])
def test_default_policy_alert_rules(record, severity, rules):
    assert alerts_of(DEFAULT, record) == (severity, rules)


def test_audit_mode_would_block_is_low():
    record = decision_record(action="block", rule="canary", label=Label.INTERNAL)
    record["decision"]["mode"], record["decision"]["enforced_action"] = "audit", "allow"
    assert alerts_of(DEFAULT, record) == (Severity.LOW, ["audit-mode-would-block"])


def test_cross_tenant_org_id():
    policy = AlertPolicy.from_dict({
        "rules": [{"id": "xt", "severity": "high", "match": {"cross_tenant": True}}],
        "tenants": [{"identities": ["crm-emea-*"], "org_ids": ["00D5g000004AbCdEAK"]},
                    {"clients": ["10.30.0.0/16"], "org_ids": ["00D7Q000001XyZaUAK"]}],
    })
    own = decision_record(user="crm-emea-sync", org_ids=("00D5g000004AbCd",))
    other = decision_record(user="crm-emea-sync", org_ids=("00D5g000004AbCd", "00D7Q000001XyZa"))
    by_address = decision_record(client_ip="10.30.1.2", org_ids=("00D5g000004AbCd",))
    unknown_workload = decision_record(user="batch-job", client_ip="10.99.0.1", org_ids=("00D7Q000001XyZa",))
    assert alerts_of(policy, own)[1] == []
    assert alerts_of(policy, other)[1] == ["xt"]
    assert alerts_of(policy, by_address)[1] == ["xt"]
    assert alerts_of(policy, unknown_workload)[1] == []


def standalone(alerting: Alerting, record: dict) -> list:
    return [e for e in alerting.observe(record) if e.kind == "alert"]


def test_static_volume_limit_alerts_once_per_episode():
    alerting = Alerting(AlertPolicy.from_dict({"volume": {"window_seconds": 60, "max_requests": 100}}))
    raised = []
    for i in range(300):  # 5 requests a second for 60 s: over the limit from the 101st on
        raised += standalone(alerting, decision_record(user="crm-a", time=at(i * 0.2)))
    assert len(raised) == 1
    alert = raised[0]
    assert alert.record["alert"] == "volume.anomaly" and alert.record["requests"] == 101
    assert alert.record["host"] == "api.openai.com" and alert.severity == Severity.MEDIUM
    # Quiet for two minutes: the episode ends; the next burst is a new episode.
    for i in range(150):
        raised += standalone(alerting, decision_record(user="crm-a", time=at(200 + i * 0.2)))
    assert len(raised) == 2
    # Another workload is tracked separately.
    assert standalone(alerting, decision_record(user="crm-b", time=at(230))) == []


def test_websocket_messages_count_towards_the_volume_like_requests():
    alerting = Alerting(AlertPolicy.from_dict({"volume": {"window_seconds": 60, "max_bytes": 10_000}}))
    raised = []
    for i in range(20):  # a Realtime session: 1 KB a second on one WebSocket
        raised += standalone(alerting, decision_record(phase="message", bytes_out=1000, time=at(i)))
    assert [a.record["alert"] for a in raised] == ["volume.anomaly"]


def test_bytes_limit():
    alerting = Alerting(AlertPolicy.from_dict({"volume": {"window_seconds": 60, "max_bytes": 10_000}}))
    raised = []
    for i in range(20):
        raised += standalone(alerting, decision_record(bytes_out=1000, time=at(i)))
    assert len(raised) == 1 and "bytes 11000 > 10000" in raised[0].record["reasons"]


def test_ewma_baseline_after_warm_up():
    policy = AlertPolicy.from_dict({"volume": {"window_seconds": 10, "baseline": {
        "alpha": 0.3, "warmup_windows": 5, "factor": 3, "min_requests": 10}}})
    alerting = Alerting(policy)
    raised = []
    t = 0.0
    for _ in range(8):  # eight windows of a steady 5 requests
        for _ in range(5):
            raised += standalone(alerting, decision_record(time=at(t)))
            t += 2
    assert raised == []
    for _ in range(40):  # then 40 requests within 4 seconds
        raised += standalone(alerting, decision_record(time=at(t)))
        t += 0.1
    assert len(raised) == 1
    assert raised[0].record["baseline_requests"] == pytest.approx(5, abs=0.5)
    assert "x baseline" in raised[0].record["reasons"][0]


def test_no_baseline_alert_during_warm_up():
    policy = AlertPolicy.from_dict({"volume": {"window_seconds": 10, "baseline": {"warmup_windows": 5, "min_requests": 10}}})
    alerting = Alerting(policy)
    raised = []
    for i in range(100):
        raised += standalone(alerting, decision_record(time=at(i * 0.05)))
    assert raised == []


def test_shared_credential_alerts_once_per_key(tmp_path):
    pseudonyms = Pseudonymizer.from_file(tmp_path / "key")
    key = pseudonyms.credential({"authorization": "Bearer sk-live-0123456789"})
    other = pseudonyms.credential({"x-api-key": "sk-ant-api03-abcdef"})
    assert key and key.startswith("k:") and "0123456789" not in key and key != other
    alerting = Alerting(DEFAULT)
    raised = []
    raised += standalone(alerting, decision_record(user="crm-a", credential=key))
    raised += standalone(alerting, decision_record(user="crm-a", credential=key))
    assert raised == []
    raised += standalone(alerting, decision_record(user="crm-b", credential=key))
    raised += standalone(alerting, decision_record(user="crm-c", credential=key))
    raised += standalone(alerting, decision_record(user="crm-b", credential=other))
    assert [e.record["alert"] for e in raised] == ["credential.shared"]
    assert raised[0].record["credential"] == key and raised[0].record["workloads"] == 2
    assert raised[0].severity == Severity.HIGH


def test_the_same_key_hashes_alike_only_under_the_same_secret(tmp_path):
    a = Pseudonymizer.from_file(tmp_path / "a")
    b = Pseudonymizer.from_file(tmp_path / "b")
    assert Pseudonymizer.from_file(tmp_path / "a").record("5005g00000AbCdE") == a.record("5005g00000AbCdEAAV")
    assert a.record("5005g00000AbCdE") != b.record("5005g00000AbCdE")
    assert a.credential({}, "/v1beta/models/x:generateContent?key=AIzaSyA") == a.credential({"x-goog-api-key": "AIzaSyA"})


@pytest.mark.integration
def test_the_proxy_records_the_api_key_only_as_a_keyed_hash(proxy, fake, audit):
    client = openai_client(proxy)
    client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": "hello"}])
    [record] = audit.decisions()
    credential = record["request"]["credential"]
    assert credential.startswith("k:") and len(credential) == 34
    key_file = Path(proxy.events).parent / "pseudonym.key"
    assert credential == Pseudonymizer.from_file(key_file, create=False).credential({"authorization": "Bearer sk-test-placeholder"})
    assert "sk-test-placeholder" not in Path(proxy.events).read_text()
