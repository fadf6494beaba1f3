"""SIEM sinks end to end: audit log -> forwarder -> spool -> real receivers on loopback.

rsyslog is the real daemon; the HEC and webhook receivers speak those protocols with
their real status codes. Nothing of Embargo is mocked.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from prometheus_client import REGISTRY

from agent.audit import AuditLog
from agent.demo.pki import make_pki
from agent.sinks.config import load_config
from agent.sinks import splunk_hec
from agent.sinks.event import SiemEvent
from agent.sinks.forwarder import Forwarder
from agent.sinks.splunk_hec import HecTransport
from agent.sinks.spool import Spool
from agent.yamlfile import ConfigError
from classifier.classification import Label
from tests.siem_receivers import HecReceiver, Rsyslog, WebhookReceiver, free_port, written_events
from tests.siem_records import decision_record

POLICY = Path(__file__).resolve().parent.parent / "policies" / "default.yaml"


def sample(name: str, labels: dict[str, str]) -> float:
    return REGISTRY.get_sample_value(name, labels) or 0.0


def write_audit(path: Path, records: list[dict]) -> None:
    log = AuditLog(path, fsync=False)
    for record in records:
        log.append({k: v for k, v in record.items() if k not in ("seq", "prev", "hash")})
    log.close()


def forwarder_for(tmp_path: Path, sinks_yaml: str, audit: Path, policy: Path | None = POLICY) -> Forwarder:
    config = tmp_path / "agent.yaml"
    config.write_text(f"spool: {{dir: {tmp_path / 'spool'}, max_bytes: 1m}}\nsinks:\n{sinks_yaml}")
    return Forwarder(load_config(config), audit, policy)


def run_until(forwarder: Forwarder, done, timeout: float = 15.0) -> bool:
    forwarder.start()
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        forwarder.pump()
        if done():
            return True
        time.sleep(0.05)
    return False


def blocked_records(count: int) -> list[dict]:
    return [decision_record(action="block", rule="privileged-stays-sovereign", label=Label.PRIVILEGED,
                            detectors=("salesforce.sensitive_field",), user=f"crm-{i}") for i in range(count)]


# --- the spool -------------------------------------------------------------------------


def test_spool_keeps_order_across_segments_and_restarts(tmp_path):
    spool = Spool(tmp_path, max_bytes=10_000, segment_bytes=100)
    for i in range(30):
        assert spool.put(f"message-{i:03d}".encode())
    first = spool.peek(12)
    assert first and [m.decode() for m in first.messages] == [f"message-{i:03d}" for i in range(12)]
    spool.ack(first)
    spool.close()
    reopened = Spool(tmp_path, max_bytes=10_000, segment_bytes=100)
    assert reopened.pending == 18
    rest = reopened.peek(100)
    assert rest and [m.decode() for m in rest.messages] == [f"message-{i:03d}" for i in range(12, 30)]
    reopened.ack(rest)
    assert reopened.pending == 0 and reopened.size == 0 and reopened.peek(10) is None
    assert len(list(tmp_path.glob("*.seg"))) == 1  # delivered segments are deleted


def test_spool_is_bounded(tmp_path):
    spool = Spool(tmp_path, max_bytes=100, segment_bytes=1000)
    accepted = sum(spool.put(b"x" * 19) for _ in range(10))
    assert accepted == 5 and spool.size == 100
    batch = spool.peek(2)
    assert batch
    spool.ack(batch)
    assert spool.put(b"y" * 19)


# --- CEF over syslog, received by rsyslog ----------------------------------------------


@pytest.mark.parametrize("protocol", ["udp", "tcp", "tls"])
def test_cef_over_syslog_reaches_rsyslog(tmp_path, protocol):
    pki = make_pki(tmp_path / "pki", ["localhost"]) if protocol == "tls" else None
    receiver = Rsyslog(tmp_path, protocol, pki)
    try:
        audit = tmp_path / "audit.jsonl"
        write_audit(audit, blocked_records(3) + [decision_record(user="tricky|name=x\\y")])
        host = "localhost" if protocol == "tls" else "127.0.0.1"
        ca = f", ca_file: {pki.ca_cert}" if pki else ""
        forwarder = forwarder_for(tmp_path, f"  - {{name: soc, type: cef, url: '{protocol}://{host}:{receiver.port}'{ca}}}\n", audit)
        try:
            assert run_until(forwarder, lambda: len(receiver.messages(4, timeout=0.1)) >= 4)
        finally:
            forwarder.close()
        messages = receiver.messages(4)
    finally:
        receiver.stop()
    assert len(messages) == 4
    for pri, version, timestamp, hostname, app, procid, msgid, sd, msg in messages[:3]:
        assert pri == str(13 * 8 + 3)  # log audit, error: blocked privileged data alerts high in default.yaml
        assert version == "1" and hostname == "node-1" and app == "embargo" and procid.isdigit() and msgid == "decision"
        assert timestamp.startswith("20") and sd.startswith('[embargo@32473 severity="high"')
        assert msg.startswith("CEF:0|Embargo|Embargo|0.1.0|")
        assert "act=block" in msg and "cs1=privileged-stays-sovereign" in msg
    assert "suser=tricky|name\\=x\\\\y" in messages[3][8]  # CEF escaping survives the trip


# --- Splunk HEC ------------------------------------------------------------------------


def hec_sink(url: str, token_file: Path, extra: str = "") -> str:
    return f"  - {{name: splunk, type: splunk_hec, url: '{url}', token_file: {token_file}, batch: 5{extra}}}\n"


def test_hec_batches_gzips_and_retries_through_503(tmp_path):
    receiver = HecReceiver("good-token")
    receiver.busy = 2
    token = tmp_path / "token"
    token.write_text("good-token\n")
    audit = tmp_path / "audit.jsonl"
    write_audit(audit, blocked_records(12))
    forwarder = forwarder_for(tmp_path, hec_sink(f"http://127.0.0.1:{receiver.port}", token), audit)
    failures = sample("embargo_sink_send_failures_total", {"sink": "splunk"})
    try:
        assert run_until(forwarder, lambda: len(receiver.events) == 12)
    finally:
        forwarder.close()
        receiver.stop()
    assert all(r["headers"].get("Content-Encoding") == "gzip" for r in receiver.requests)
    assert receiver.requests[0]["headers"]["Authorization"] == "Splunk good-token"
    assert len(receiver.requests) >= 2 + 3  # two 503s, then batches of at most 5
    assert sample("embargo_sink_send_failures_total", {"sink": "splunk"}) - failures == 2
    assert [e["event"]["record"]["workload"]["user"] for e in receiver.events] == [f"crm-{i}" for i in range(12)]
    assert receiver.events[0]["sourcetype"] == "embargo:decision" and receiver.events[0]["host"] == "node-1"


@pytest.mark.parametrize("answer, code", [
    (b'{"text": "Server is busy", "code": 9}', 9), (b"<html>busy</html>", None), (b"[1]", None),
    (b"[" * 5000, None),  # nested deeper than the JSON parser goes
])
def test_hec_answers_are_read_for_their_code_whatever_they_hold(answer, code):
    from agent.sinks.splunk_hec import _hec_code

    assert _hec_code(answer) == code


def test_hec_bad_token_keeps_events_until_the_token_is_fixed(tmp_path):
    receiver = HecReceiver("right-token")
    token = tmp_path / "token"
    token.write_text("wrong-token")
    audit = tmp_path / "audit.jsonl"
    write_audit(audit, blocked_records(4))
    forwarder = forwarder_for(tmp_path, hec_sink(f"http://127.0.0.1:{receiver.port}", token, ", max_backoff_seconds: 0.2"), audit)
    try:
        assert run_until(forwarder, lambda: len(receiver.requests) >= 3)
        assert receiver.events == []
        assert sample("embargo_sink_up", {"sink": "splunk"}) == 0
        assert forwarder.config.sinks[0].spool.pending == 4  # kept, not dropped
    finally:
        forwarder.close()
    # The operator fixes the token; a restarted forwarder delivers what was spooled, once.
    receiver.token = "wrong-token"
    restarted = forwarder_for(tmp_path, hec_sink(f"http://127.0.0.1:{receiver.port}", token), audit)
    try:
        assert run_until(restarted, lambda: len(receiver.events) >= 4)
        time.sleep(0.3)
        restarted.pump()
    finally:
        restarted.close()
        receiver.stop()
    assert len(receiver.events) == 4


def test_hec_rejected_batch_is_dropped_and_counted(tmp_path):
    receiver = HecReceiver("t")
    token = tmp_path / "token"
    token.write_text("t")
    receiver.indexes = {"main"}
    audit = tmp_path / "audit.jsonl"
    write_audit(audit, blocked_records(2))
    # An index the token may not write to: HEC answers 400 "Incorrect index" (code 7), which
    # no retry can fix, so the batch is dropped and counted instead of blocking the sink.
    forwarder = forwarder_for(tmp_path, hec_sink(f"http://127.0.0.1:{receiver.port}", token, ", index: secret-ops"), audit)
    dropped = sample("embargo_sink_dropped_total", {"sink": "splunk", "why": "rejected"})
    try:
        assert run_until(forwarder, lambda: sample("embargo_sink_dropped_total", {"sink": "splunk", "why": "rejected"}) - dropped == 2)
    finally:
        forwarder.close()
        receiver.stop()
    assert receiver.events == [] and forwarder.config.sinks[0].spool.pending == 0


# --- webhook, ECS file, OCSF, and a dead sink beside live ones --------------------------


def test_dead_sink_spools_while_the_others_deliver_and_drains_when_back(tmp_path):
    webhook = WebhookReceiver()
    webhook.fail_with = 503
    dead_port = free_port()
    audit = tmp_path / "audit.jsonl"
    write_audit(audit, blocked_records(6) + [decision_record() for _ in range(4)])
    sinks = (
        f"  - {{name: hook, type: webhook, url: 'http://127.0.0.1:{webhook.port}/in', format: ocsf, max_backoff_seconds: 0.3}}\n"
        f"  - {{name: dead, type: webhook, url: 'http://127.0.0.1:{dead_port}/in', max_backoff_seconds: 0.3}}\n"
        f"  - {{name: ecs, type: ecs, path: {tmp_path / 'ecs.jsonl'}}}\n"
        f"  - {{name: alerts-only, type: ocsf, path: {tmp_path / 'ocsf.jsonl'}, min_severity: high}}\n"
    )
    forwarder = forwarder_for(tmp_path, sinks, audit)
    try:
        ecs_file = tmp_path / "ecs.jsonl"
        assert run_until(forwarder, lambda: ecs_file.exists() and len(ecs_file.read_text().splitlines()) == 10)
        assert webhook.events == [] and forwarder.config.sinks[1].spool.pending == 10
        webhook.fail_with = 0
        assert run_until(forwarder, lambda: len(webhook.events) == 10)
    finally:
        forwarder.close()
        webhook.stop()
    assert all(e["metadata"]["version"] == "1.3.0" for e in webhook.events)
    assert sample("embargo_sink_up", {"sink": "dead"}) == 0
    assert sample("embargo_sink_queue_depth", {"sink": "dead"}) == 10
    high = [json.loads(line) for line in (tmp_path / "ocsf.jsonl").read_text().splitlines()]
    assert len(high) == 6 and all(e["class_uid"] == 2004 for e in high)


def test_full_spool_drops_loudly_and_the_audit_log_stays_complete(tmp_path, caplog):
    audit = tmp_path / "audit.jsonl"
    write_audit(audit, blocked_records(40))
    config = tmp_path / "agent.yaml"
    config.write_text(f"spool: {{dir: {tmp_path / 'spool'}, max_bytes: 8k}}\nsinks:\n"
                      f"  - {{name: down, type: webhook, url: 'http://127.0.0.1:{free_port()}/'}}\n")
    forwarder = Forwarder(load_config(config), audit, POLICY)
    dropped = sample("embargo_sink_dropped_total", {"sink": "down", "why": "spool_full"})
    forwarder.pump()
    forwarder.close()
    lost = sample("embargo_sink_dropped_total", {"sink": "down", "why": "spool_full"}) - dropped
    spooled = forwarder.config.sinks[0].spool.pending
    assert lost > 0 and spooled + lost == 40
    assert "spool full" in caplog.text
    assert len(audit.read_text().splitlines()) == 40


def test_forwarder_resumes_after_restart_without_skipping(tmp_path):
    audit = tmp_path / "audit.jsonl"
    write_audit(audit, blocked_records(3))
    out = tmp_path / "ecs.jsonl"
    sinks = f"  - {{name: ecs, type: ecs, path: {out}}}\n"
    first = forwarder_for(tmp_path, sinks, audit)
    assert run_until(first, lambda: out.exists() and len(out.read_text().splitlines()) == 3)
    first.close()
    log = AuditLog(audit, fsync=False)
    log.append({k: v for k, v in decision_record(user="later").items() if k not in ("seq", "prev", "hash")})
    log.close()
    second = forwarder_for(tmp_path, sinks, audit)
    assert run_until(second, lambda: len(out.read_text().splitlines()) == 4)
    second.close()
    users = [json.loads(line)["user"]["name"] for line in out.read_text().splitlines()]
    assert users == ["crm-0", "crm-1", "crm-2", "later"]


def test_config_errors_name_the_line(tmp_path):
    config = tmp_path / "agent.yaml"
    config.write_text("sinks:\n  - {name: a, type: splunk_hec, url: 'http://127.0.0.1:1'}\n  - {name: b, type: nope}\n")
    with pytest.raises(ConfigError) as err:
        load_config(config)
    assert "agent.yaml:3" in str(err.value)
    config.write_text("sinks:\n  - {name: a, type: splunk_hec, url: 'http://127.0.0.1:1'}\n")
    with pytest.raises(ConfigError) as err:
        load_config(config)
    assert "agent.yaml:2" in str(err.value) and "token_file or token_env" in str(err.value)


def test_the_example_config_is_valid():
    from agent.sinks.config import SCHEMA
    from agent.yamlfile import load_yaml, validate

    doc = load_yaml(Path(__file__).resolve().parent.parent / "deploy" / "agent-config.yaml")
    assert validate(doc, json.loads(SCHEMA.read_text())) == []
    assert {s["type"] for s in doc.data["sinks"]} == {"cef", "splunk_hec", "ecs", "ocsf", "webhook"}


def test_alert_rules_follow_policy_changes_and_survive_a_broken_policy(tmp_path, caplog):
    import os

    policy = tmp_path / "policy.yaml"
    policy.write_text(POLICY.read_text())
    audit = tmp_path / "audit.jsonl"
    write_audit(audit, blocked_records(1))
    out = tmp_path / "ecs.jsonl"
    forwarder = forwarder_for(tmp_path, f"  - {{name: ecs, type: ecs, path: {out}}}\n", audit, policy)

    def append_and_pump() -> str:
        log = AuditLog(audit, fsync=False)
        log.append({k: v for k, v in blocked_records(1)[0].items() if k not in ("seq", "prev", "hash")})
        log.close()
        forwarder.pump()
        while forwarder.config.sinks[0].spool.pending:
            batch = forwarder.config.sinks[0].spool.peek(10)
            forwarder.config.sinks[0].transport.send(batch.messages)
            forwarder.config.sinks[0].spool.ack(batch)
        return json.loads(out.read_text().splitlines()[-1])["log"]["level"]

    assert append_and_pump() == "high"
    policy.write_text(POLICY.read_text().replace(
        "      severity: high\n      title: Privileged legal material", "      severity: critical\n      title: Privileged legal material"))
    os.utime(policy, (1, 1))
    assert append_and_pump() == "critical"
    policy.write_text("alerts: [not, a, mapping")
    os.utime(policy, (2, 2))
    assert append_and_pump() == "critical"  # the previous rules stay
    assert "alert rules not reloaded" in caplog.text
    forwarder.close()


def test_forwarder_follows_rotation_without_losing_records(tmp_path):
    audit = tmp_path / "audit.jsonl"
    out = tmp_path / "ecs.jsonl"
    log = AuditLog(audit, fsync=False, max_bytes=3000)
    forwarder = forwarder_for(tmp_path, f"  - {{name: ecs, type: ecs, path: {out}}}\n", audit)
    forwarder.start()
    for i in range(40):
        log.append({k: v for k, v in decision_record(user=f"w{i}").items() if k not in ("seq", "prev", "hash")})
        if i % 7 == 0:
            forwarder.pump()  # sometimes several rotations happen between two reads
    log.close()
    assert run_until(forwarder, lambda: out.exists() and len(out.read_text().splitlines()) == 40)
    forwarder.close()
    from agent.audit import rotated_files

    assert len(rotated_files(audit)) >= 5
    assert [json.loads(line)["user"]["name"] for line in out.read_text().splitlines()] == [f"w{i}" for i in range(40)]


@pytest.mark.skipif(shutil.which("strace") is None, reason="needs strace (apt-get install strace)")
def test_spooled_events_are_synced_before_the_forwarder_moves_on(tmp_path):
    """The durability policy, watched at the system-call level: every append to a spool
    segment is fdatasync'ed before the forwarder records (in its cursor) that it read those
    records from the audit log, so a crash of the node cannot lose spooled events silently:
    what the saved position covers is on disk, the rest is read again."""
    audit = tmp_path / "audit.jsonl"
    write_audit(audit, blocked_records(40))
    config = tmp_path / "agent.yaml"
    config.write_text(f"spool: {{dir: {tmp_path / 'spool'}}}\nsinks:\n"
                      f"  - {{name: dead, type: webhook, url: 'http://127.0.0.1:{free_port()}/'}}\n")
    trace = tmp_path / "trace"
    process = subprocess.Popen(
        ["strace", "-f", "-qq", "-e", "trace=openat,write,pwrite64,fdatasync", "-o", str(trace),
         sys.executable, "-m", "agent.cli", "sinks", "--config", str(config), "--audit", str(audit)],
        cwd=Path(__file__).resolve().parent.parent, stderr=subprocess.DEVNULL)
    cursor = tmp_path / "spool" / "forwarder.cursor"
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if cursor.exists() and cursor.stat().st_size and json.loads(cursor.read_text())["offset"] == audit.stat().st_size:
                break
            time.sleep(0.1)
        log = AuditLog(audit, fsync=False)  # more records while it runs: a second tick
        for record in blocked_records(5):
            log.append({k: v for k, v in record.items() if k not in ("seq", "prev", "hash")})
        log.close()
        while time.monotonic() < deadline and json.loads(cursor.read_text())["offset"] != audit.stat().st_size:
            time.sleep(0.1)
        assert json.loads(cursor.read_text())["offset"] == audit.stat().st_size
    finally:
        children = Path(f"/proc/{process.pid}/task/{process.pid}/children").read_text().split()
        for child in children:  # the forwarder under strace stops on SIGTERM, strace with it
            os.kill(int(child), signal.SIGTERM)
        process.wait(20)
    segment_fds: set[str] = set()
    cursor_fd = None
    unsynced = synced = cursor_saves = 0
    for line in trace.read_text().splitlines():
        call = re.match(r"(?:\d+ +)?(\w+)\((\d*)", line)  # "<... resumed>" halves do not match
        if call is None:
            continue
        name, fd = call.groups()
        if name == "openat" and ".seg\"" in line and "O_APPEND" in line:
            segment_fds.add(line.rsplit("= ", 1)[-1].strip())
        elif name == "openat" and "forwarder.cursor\"" in line:
            cursor_fd = line.rsplit("= ", 1)[-1].strip()
        elif name == "write" and fd in segment_fds:
            unsynced += 1
        elif name == "fdatasync" and fd in segment_fds:
            synced += unsynced
            unsynced = 0
        elif name == "pwrite64" and fd == cursor_fd:
            assert unsynced == 0, "the forwarder saved its position before the spool was on disk"
            cursor_saves += 1
    assert synced >= 2 and cursor_saves >= 2  # both ticks appended, synced, then moved on
    assert len(Spool(tmp_path / "spool" / "dead").peek(100).messages) == 45


def test_http_sinks_keep_their_connection_and_reconnect_when_the_server_dropped_it():
    hec = HecReceiver("hec-token")
    transport = HecTransport(f"http://127.0.0.1:{hec.port}", "hec-token")
    message = splunk_hec.render(SiemEvent("decision", decision_record()))
    try:
        for _ in range(3):
            transport.send([message, message])
        assert len(hec.events) == 6 and len({r["peer_port"] for r in hec.requests}) == 1  # one connection
        hec.close_silently = True  # the server now closes each connection after answering, unannounced
        for _ in range(3):
            transport.send([message])  # the stale connection fails; sent again on a new one, no error
        assert len(hec.events) == 9 and len({r["peer_port"] for r in hec.requests}) == 3
    finally:
        transport.close()
        hec.stop()


def test_a_killed_forwarder_resumes_without_losing_a_record(tmp_path):
    """SIGKILL mid-stream (no clean shutdown, cursors as the crash left them): the restarted
    forwarder delivers every record at least once, in order after the duplicates."""
    audit = tmp_path / "audit.jsonl"
    out = tmp_path / "ecs.jsonl"
    config = tmp_path / "agent.yaml"
    config.write_text(f"spool: {{dir: {tmp_path / 'spool'}}}\nsinks:\n  - {{name: ecs, type: ecs, path: {out}}}\n")
    log = AuditLog(audit, fsync=False)
    command = [sys.executable, "-m", "agent.cli", "sinks", "--config", str(config), "--audit", str(audit)]
    cwd = Path(__file__).resolve().parent.parent
    users: list[str] = []
    for run in range(2):
        process = subprocess.Popen(command, cwd=cwd, stderr=subprocess.DEVNULL)
        try:
            for i in range(300):
                log.append({k: v for k, v in decision_record(user=f"u{run}-{i:03d}").items()
                            if k not in ("seq", "prev", "hash")})
                if i % 50 == 0:
                    time.sleep(0.3)  # a few ticks happen while records keep coming
        finally:
            process.kill()  # mid-stream: records are still arriving
            process.wait(10)
        users += [f"u{run}-{i:03d}" for i in range(300)]
    log.close()
    last = subprocess.Popen(command, cwd=cwd, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            delivered = [event["user"]["name"] for event in written_events(out)]
            if set(users) <= set(delivered):
                break
            time.sleep(0.2)
    finally:
        last.terminate()
        last.wait(10)
    assert set(users) <= set(delivered)  # none lost
    first_seen = list(dict.fromkeys(delivered))
    assert first_seen == users  # and in audit-log order


def test_records_the_forwarder_cannot_take_are_counted_and_the_rest_still_go(tmp_path, caplog):
    """Bad input never stops the forwarder: a line that is no record, or a record a format
    cannot render, is logged (without its content) and counted; the records after it ship."""
    audit = tmp_path / "audit.jsonl"
    write_audit(audit, [decision_record(user="first"), decision_record(user="last")])
    first, last = audit.read_bytes().splitlines(keepends=True)
    audit.write_bytes(first + b'not json\n[1, 2]\n{"phase": "request", "decision": "oops-secret"}\n'
                      b'{"phase": "request", "workload": "oops-secret"}\n' + b"[" * 100_000 + b"\n" + last)
    out = tmp_path / "ecs.jsonl"
    unreadable = sample("embargo_forwarder_unreadable_records_total", {})
    failed = sample("embargo_sink_dropped_total", {"sink": "ecs", "why": "render_failed"})
    forwarder = forwarder_for(tmp_path, f"  - {{name: ecs, type: ecs, path: {out}}}\n", audit)
    try:
        assert run_until(forwarder, lambda: out.exists() and "last" in out.read_text())
    finally:
        forwarder.close()
    users = [json.loads(line).get("user", {}).get("name") for line in out.read_text().splitlines()]
    assert users == ["first", "last"]
    assert sample("embargo_forwarder_unreadable_records_total", {}) - unreadable == 4  # (one nested too deep to parse)
    assert sample("embargo_sink_dropped_total", {"sink": "ecs", "why": "render_failed"}) - failed == 1
    assert "oops-secret" not in caplog.text and "was not forwarded" in caplog.text
