"""Renderings of one decision record: ECS, CEF (escaping, severity), OCSF 1.3.0, HEC, native."""

import json

import pytest

from agent.alerting import Alerting, AlertPolicy
from agent.sinks import cef, ecs, ocsf, splunk_hec, webhook
from agent.sinks.event import Alert, Severity, SiemEvent, alert_record
from classifier.classification import Label
from tests.siem_records import POLICY, decision_record, response_record


def blocked() -> SiemEvent:
    record = decision_record(action="block", rule="privileged-stays-sovereign", label=Label.PRIVILEGED,
                             detectors=("salesforce.sensitive_field",), user="crm-sync")
    return SiemEvent("decision", record, Severity.HIGH, [Alert("blocked-privileged", Severity.HIGH, "Privileged data blocked")])


def test_cef_header_and_extension_escaping():
    assert cef.header_escape("a|b\\c\nd") == "a\\|b\\\\c d"
    assert cef.extension_escape("k=v\\x\r\ny") == "k\\=v\\\\x\\r\\ny"


def test_cef_message_fields_and_severity():
    event = blocked()
    message = cef.cef(event)
    head, ext = message.rsplit("|", 1)
    assert head.split("|") == ["CEF:0", "Embargo", "Embargo", "0.1.0", "blocked-privileged", "Privileged data blocked", "8"]
    assert "act=block" in ext and "suser=crm-sync" in ext and "dhost=api.openai.com" in ext
    assert "cs1Label=rule cs1=privileged-stays-sovereign" in ext
    assert "cs6Label=detectors cs6=salesforce.sensitive_field" in ext
    assert "cs2Label=incidentId cs2=EMB-ABCD-EFGH-JKLM" in ext
    assert "\n" not in message


def test_cef_values_with_separators_stay_one_field():
    record = decision_record(user="evil=user|x\nnext")
    message = cef.cef(SiemEvent("decision", record))
    assert "suser=evil\\=user|x\\nnext" in message
    assert message.count("\n") == 0


def test_syslog_rfc5424_header():
    line = cef.render(blocked(), facility=13)
    pri_version, timestamp, host, app, procid, msgid, sd_and_msg = line.decode().split(" ", 6)
    assert pri_version == f"<{13 * 8 + 3}>1"
    assert timestamp.endswith("Z") and host == "node-1" and app == "embargo" and procid.isdigit()
    assert msgid == "decision" and sd_and_msg.startswith('[embargo@32473 severity="high" event="')


def test_ecs_document():
    doc = json.loads(ecs.render(blocked()))
    assert doc["ecs"]["version"] == "8.11.0"
    assert doc["event"]["kind"] == "alert" and doc["event"]["type"] == ["denied"] and doc["event"]["outcome"] == "failure"
    assert doc["rule"] == {"id": "privileged-stays-sovereign", "name": "privileged-stays-sovereign",
                           "ruleset": "default", "version": POLICY.version}
    assert doc["source"]["ip"] == "10.20.0.7" and doc["user"]["name"] == "crm-sync"
    assert doc["destination"]["domain"] == "api.openai.com"
    assert doc["http"]["request"]["method"] == "POST" and doc["url"]["path"] == "/v1/chat/completions"
    assert doc["embargo"]["alerts"][0]["rule"] == "blocked-privileged"
    assert doc["embargo"]["classification"]["label"] == "privileged"


def test_ecs_response_record():
    doc = json.loads(ecs.render(SiemEvent("decision", response_record())))
    assert doc["http"]["response"] == {"status_code": 200, "bytes": 512}
    assert doc["event"]["kind"] == "event"


def test_ocsf_http_activity_and_detection_finding():
    plain = json.loads(ocsf.render(SiemEvent("decision", decision_record())))
    assert plain["class_uid"] == 4002 and plain["category_uid"] == 4 and plain["activity_id"] == 6
    assert plain["type_uid"] == 400206 and plain["action_id"] == 1 and plain["disposition_id"] == 1
    assert plain["metadata"]["version"] == "1.3.0" and plain["severity_id"] == 1
    assert plain["dst_endpoint"]["hostname"] == "api.openai.com"
    assert isinstance(plain["time"], int)
    finding = json.loads(ocsf.render(blocked()))
    assert finding["class_uid"] == 2004 and finding["type_uid"] == 200401 and finding["severity_id"] == 4
    assert finding["finding_info"]["analytic"]["uid"] == "blocked-privileged"
    assert finding["evidences"][0]["firewall_rule"]["uid"] == "privileged-stays-sovereign"


def test_standalone_alert_renders_in_every_format():
    event = alert_record("volume.anomaly", Severity.MEDIUM, "Unusual volume", "node-1", host="api.openai.com", requests=900)
    assert json.loads(ocsf.render(event))["class_uid"] == 2004
    assert json.loads(ecs.render(event))["embargo"]["alert"]["requests"] == 900
    assert "msg=alert:volume.anomaly" in cef.cef(event) and "requests:900" in cef.cef(event)
    hec = json.loads(splunk_hec.render(event, index="sec"))
    assert hec["sourcetype"] == "embargo:alert" and hec["index"] == "sec" and hec["event"]["severity"] == "medium"
    assert json.loads(webhook.render(event))["alerts"][0]["rule"] == "volume.anomaly"


def test_severity_mappings_are_monotonic():
    for scale in ("cef", "ocsf"):
        values = [getattr(s, scale) for s in Severity]
        assert values == sorted(values) and len(set(values)) == len(values)
    syslog = [s.syslog for s in Severity]
    assert syslog == sorted(syslog, reverse=True)


def test_alerting_feeds_the_renderings():
    policy = AlertPolicy.from_dict({"rules": [
        {"id": "secret", "severity": "critical", "match": {"detectors": ["secret.*"]}, "title": "Secret in a prompt"}]})
    [event] = Alerting(policy).observe(decision_record(detectors=("secret.aws_access_key",)))
    assert "|10|" in cef.cef(event)


def _audit_mode(record: dict) -> dict:
    record["decision"].update(mode="audit", enforced_action="allow")
    return record


def _redaction_fell_back(record: dict) -> dict:
    record["redaction"] = {"outcome": "fallback", "reason": "signed_body", "fallback": "block"}
    return record


@pytest.mark.parametrize("record, ocsf_control, cef_act, cef_outcome, ecs_type, ecs_outcome, would", [
    (decision_record(action="allow"), (1, "Allowed", 1, "Allowed"), "allow", "success", ["allowed"], "success", None),
    # a redaction let the sanitised request through: not a denial
    (decision_record(action="redact"), (1, "Allowed", 11, "Corrected"), "redact", "success", ["allowed"],
     "success", None),
    # a redirect kept the request from its destination (the on-node model answered)
    (decision_record(action="redirect"), (2, "Denied", 7, "Custom Action"), "redirect", "failure", ["denied"],
     "failure", None),
    (decision_record(action="block"), (2, "Denied", 2, "Blocked"), "block", "failure", ["denied"], "failure", None),
    # audit mode: the rule would have blocked, the request went through
    (_audit_mode(decision_record(action="block")), (1, "Allowed", 15, "Detected"), "allow", "success", ["allowed"],
     "success", "block"),
    # a redaction that could not rewrite the body fell back to blocking it
    (_redaction_fell_back(decision_record(action="redact")), (2, "Denied", 2, "Blocked"), "block", "failure",
     ["denied"], "failure", None),
])
def test_actions_map_to_what_happened(record, ocsf_control, cef_act, cef_outcome, ecs_type, ecs_outcome, would):
    event = SiemEvent("decision", record)
    document = ocsf.to_ocsf(event)
    assert (document["action_id"], document["action"], document["disposition_id"], document["disposition"]) == ocsf_control
    assert document["status_id"] == (2 if cef_act == "block" else 1)
    extension = dict(field.split("=", 1) for field in cef.cef(event).rsplit("|", 1)[1].split(" ") if "=" in field)
    assert extension["act"] == cef_act and extension["outcome"] == cef_outcome
    assert extension.get("flexString2") == would
    assert (extension.get("flexString2Label") == "auditModeAction") == (would is not None)
    doc = json.loads(ecs.render(event))
    assert doc["event"]["type"] == ecs_type and doc["event"]["outcome"] == ecs_outcome
