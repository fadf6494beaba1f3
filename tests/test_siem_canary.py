"""Canary over every artefact the SIEM, metrics, audit-hardening and report features add.

Unique values are seeded into sensitive requests sent through the real proxy with every
sink enabled (CEF to a real rsyslog over TCP, Splunk HEC, an OCSF webhook, ECS and OCSF
files, and a dead webhook whose events stay in its spool). Searched afterwards, in every
encoding `tests/test_canary.py` knows: what rsyslog, HEC and the webhook received, the
sink files, the spool files, `/metrics` (the proxy's, with the forwarder's relayed), the checkpoints, the data-flow
report and `embargo audit find`'s answer. None may contain a canary.
"""

from __future__ import annotations

import json
import secrets
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import openai
import pytest

from agent.audit import rotated_files
from agent.demo.stack import free_port
from classifier.validators import salesforce_checksum
from tests.conftest import POLICIES, aws_key_id, launch, raw_client
from tests.siem_receivers import HecReceiver, Rsyslog, WebhookReceiver
from tests.test_canary import expand, leaks

pytestmark = pytest.mark.integration


def scrape(port: int) -> bytes:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=10) as answer:
        return answer.read()


def test_seeded_values_reach_no_siem_artefact(tmp_path, tmp_path_factory, upstream):
    tag = secrets.token_hex(5)
    case_id15 = "5005g0000" + secrets.token_hex(3)  # 6th character '0', a record number with digits
    canaries = {
        "name": f"Zbigniew Canary{tag}ski",
        "email": f"canary.{tag}@hartmann-logistik.de",
        "strategy": f"settle quietly before discovery {tag}",
        "aws_key": aws_key_id(),
        "api_key": f"sk-canary-{tag}-{secrets.token_hex(8)}",
        "case_id": case_id15 + salesforce_checksum(case_id15),
        "query_key": f"AIzaSyCanary{tag}",
    }
    (tmp_path / "rsyslog").mkdir()
    rsyslog = Rsyslog(tmp_path / "rsyslog", "tcp")
    hec = HecReceiver("hec-token")
    webhook = WebhookReceiver()
    token = tmp_path / "hec-token"
    token.write_text("hec-token")
    key = tmp_path / "audit.key"
    key.write_text(secrets.token_hex(32))
    proxy_metrics = free_port()
    config = tmp_path / "agent.yaml"
    config.write_text(
        f"spool: {{dir: {tmp_path / 'spool'}}}\nsinks:\n"
        f"  - {{name: soc, type: cef, url: 'tcp://127.0.0.1:{rsyslog.port}'}}\n"
        f"  - {{name: splunk, type: splunk_hec, url: 'http://127.0.0.1:{hec.port}', token_file: {token}}}\n"
        f"  - {{name: lake, type: ocsf, url: 'http://127.0.0.1:{webhook.port}/ocsf'}}\n"
        f"  - {{name: elastic, type: ecs, path: {tmp_path / 'ecs.jsonl'}}}\n"
        f"  - {{name: ocsf-file, type: ocsf, path: {tmp_path / 'ocsf.jsonl'}}}\n"
        f"  - {{name: dead, type: webhook, url: 'http://127.0.0.1:{free_port()}/'}}\n"
    )
    proxy = launch(tmp_path_factory, upstream, POLICIES / "default.yaml", "--sinks", str(config),
                   "--metrics", f"127.0.0.1:{proxy_metrics}", "--set", f"embargo_audit_key={key}",
                   "--set", "embargo_checkpoint_seconds=1")
    case = {"Id": canaries["case_id"], "Contact": canaries["name"], "legal_case_strategy__c": canaries["strategy"]}
    metrics_pages: list[bytes] = []
    try:
        client = _client(proxy, canaries["api_key"])
        for attempt in [
            lambda: client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": json.dumps(case)}]),
            lambda: client.chat.completions.create(model="gpt-4o", messages=[
                {"role": "user", "content": f"Write to {canaries['name']} <{canaries['email']}>"}]),
            lambda: client.chat.completions.create(model="gpt-4o", messages=[
                {"role": "user", "content": f"aws_access_key_id = {canaries['aws_key']}"}]),
        ]:
            with pytest.raises(openai.PermissionDeniedError):
                attempt()
            time.sleep(0.4)  # a few checkpoint intervals pass
        # allowed: the record leaves to the EU host (its id is kept only as a keyed hash)
        _client(proxy, canaries["api_key"], "eu.api.openai.com").chat.completions.create(
            model="gpt-4o", messages=[{"role": "user", "content": f"Summarise case {canaries['case_id']}"}])
        time.sleep(1.1)
        with raw_client(proxy) as raw:
            raw.post(f"https://generativelanguage.googleapis.com/v1beta/models/g:generateContent?key={canaries['query_key']}",
                     content=json.dumps({"contents": [{"parts": [{"text": canaries["strategy"]}]}]}).encode(),
                     headers={"content-type": "application/json"})
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and not _delivered(proxy.events, hec, webhook, rsyslog, tmp_path):
            time.sleep(0.3)
        metrics_pages = [scrape(proxy_metrics)]  # the proxy's and, relayed, the forwarder's
    finally:
        proxy.stop()
        hec.stop()
        webhook.stop()
        rsyslog.stop()
    assert _delivered(proxy.events, hec, webhook, rsyslog, tmp_path), "every live sink should have every record"
    audit_files = [*rotated_files(proxy.events), proxy.events]

    report = tmp_path / "report.html"
    subprocess.run([sys.executable, "-m", "agent.cli", "report", "--audit", str(proxy.events), "--out", str(report)],
                   check=True, capture_output=True)
    found = subprocess.run([sys.executable, "-m", "agent.cli", "audit", "find", "--record", canaries["case_id"],
                            str(proxy.events)], capture_output=True, text=True)
    assert "Case" in found.stdout and "left 1 time(s), stopped 1 time(s)" in found.stdout, found.stdout + found.stderr
    # The `find` answer may echo the id the user asked about; everything else may not.
    find_output = found.stdout.replace(canaries["case_id"][:15], "<asked>").encode()

    spool_files = [p.read_bytes() for p in (tmp_path / "spool").rglob("*") if p.is_file()]
    assert any(b"privileged-stays-sovereign" in blob for blob in spool_files)  # the dead sink kept its events
    artefacts: dict[str, list[bytes]] = {
        "rsyslog": [rsyslog.out.read_bytes()],
        "hec bodies": [b for body in hec.raw_bodies for b in expand(body)],
        "webhook bodies": webhook.raw_bodies,
        "sink files": [(tmp_path / "ecs.jsonl").read_bytes(), (tmp_path / "ocsf.jsonl").read_bytes()],
        "spool": spool_files,
        "metrics": metrics_pages,
        "audit log and checkpoints": [f.read_bytes() for f in audit_files],
        "report": [report.read_bytes()],
        "audit find": [find_output],
        "proxy log": [proxy.log.read_bytes()],
    }
    assert b'"chain.checkpoint"' in artefacts["sink files"][0]
    assert b"embargo_sink_delivered_total" in metrics_pages[0] and b"embargo_decisions_total" in metrics_pages[0]
    assert leaks(artefacts, canaries) == []


def _client(proxy, api_key: str, host: str = "api.openai.com") -> openai.OpenAI:
    return openai.OpenAI(api_key=api_key, base_url=f"https://{host}/v1", max_retries=0,
                         http_client=openai.DefaultHttpxClient(proxy=proxy.url, verify=proxy.client_tls()))


def _delivered(events: Path, hec: HecReceiver, webhook: WebhookReceiver, rsyslog: Rsyslog, tmp_path: Path) -> bool:
    written = sum(len(f.read_text().splitlines()) for f in [*rotated_files(events), events])
    ecs = tmp_path / "ecs.jsonl"
    return (written > 0 and len(hec.events) == written and len(webhook.events) == written
            and ecs.exists() and len(ecs.read_text().splitlines()) == written
            and rsyslog.out.exists() and len(rsyslog.out.read_text().splitlines()) == written)
