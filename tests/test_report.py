"""`embargo report`: the data-flow report, rendered by headless Chromium."""

from __future__ import annotations

import json
import shutil
import struct
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

from classifier.classification import Label
from tests.siem_records import POLICY, decision_record, response_record
from tests.test_sinks import write_audit

CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    binary = shutil.which("chromium")
    if binary is None:
        pytest.fail("chromium is missing: apt-get install chromium (.ci/run installs it)")
    return subprocess.run([binary, *CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'chromium-profile'}", *args],
                          capture_output=True, text=True, timeout=120)


def png_pixels(path: Path) -> tuple[int, int, bytes]:
    """Width, height and the decompressed scanlines of a PNG (enough to see it is not blank)."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    idat, offset = b"", 8
    while offset < len(data):
        length, kind = struct.unpack(">I4s", data[offset:offset + 8])
        if kind == b"IDAT":
            idat += data[offset + 8:offset + 8 + length]
        offset += 12 + length
    return width, height, zlib.decompress(idat)


@pytest.fixture
def audit_log(tmp_path: Path) -> Path:
    records = [
        decision_record(user="crm-case-summary", time="2026-11-02T08:00:00.000Z"),
        decision_record(user="crm-case-summary", action="block", rule="privileged-stays-sovereign", label=Label.PRIVILEGED,
                        detectors=("salesforce.sensitive_field", "legal.privilege_marker"), time="2026-11-03T08:00:00.000Z"),
        decision_record(user="crm-case-summary", host="eu.api.openai.com", label=Label.PRIVILEGED,
                        detectors=("pii.email",), time="2026-11-04T08:00:00.000Z"),
        decision_record(user="hr-assistant", host="api.anthropic.com", detectors=("pii.phone",),
                        time="2026-11-05T08:00:00.000Z"),
        {**response_record(), "time": "2026-11-02T08:00:01.000Z"},
        decision_record(user="sales-bot", host="api.mistral.ai", time="2026-11-20T17:30:00.000Z"),
    ]
    path = tmp_path / "audit.jsonl"
    write_audit(path, records)
    return path


def run_report(audit: Path, out: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "agent.cli", "report", "--audit", str(audit), "--out", str(out),
                           "--controller", "Hartmann Logistik GmbH, dpo@hartmann.example",
                           "--purpose", "Case summaries for customer support", "--retention", "400 days", *extra],
                          capture_output=True, text=True, timeout=60)


def test_report_renders_in_chromium_with_every_node(tmp_path, audit_log):
    out = tmp_path / "report.html"
    result = run_report(audit_log, out)
    assert result.returncode == 0, result.stderr
    assert "6 records, 3 workloads, 4 destinations, 2026-11-02 to 2026-11-20" in result.stdout
    page = out.read_text()
    assert "<script" not in page and "http://" not in page.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert "https://" not in page  # self-contained: nothing to fetch

    dom = chromium(tmp_path, "--dump-dom", out.as_uri())
    assert dom.returncode == 0, dom.stderr[-2000:]
    rendered = dom.stdout
    for kind, name in [("workload", "crm-case-summary"), ("workload", "hr-assistant"), ("workload", "sales-bot"),
                       ("host", "api.openai.com"), ("host", "eu.api.openai.com"), ("host", "api.anthropic.com"),
                       ("host", "api.mistral.ai"), ("jurisdiction", "US"), ("jurisdiction", "EU")]:
        assert f'data-kind="{kind}" data-name="{name}"' in rendered, (kind, name)
    assert rendered.count('class="edge blocked"') == 2  # crm-case-summary -> api.openai.com, api.openai.com -> US
    assert "Period covered: <b>2026-11-02 08:00:00 UTC</b> to <b>2026-11-20 17:30:00 UTC</b>" in rendered
    # Art. 30 fields from the catalog and the options
    assert "OpenAI, L.L.C." in rendered and "Mistral AI" in rendered
    assert "Case summaries for customer support" in rendered and "400 days" in rendered
    assert "legally privileged communication" in rendered  # a category that was stopped
    assert "e-mail addresses (personal data)" in rendered  # a category that left (to the EU host)
    assert f"<td>default</td><td>{POLICY.version}</td>" in rendered  # the policy version in force

    shot = tmp_path / "report.png"
    capture = chromium(tmp_path, f"--screenshot={shot}", "--window-size=1280,1600", out.as_uri())
    assert capture.returncode == 0 and shot.exists(), capture.stderr[-2000:]
    width, height, pixels = png_pixels(shot)
    assert (width, height) == (1280, 1600)
    assert len(set(pixels[: len(pixels) // 2])) > 50  # text, boxes and colours, not a blank page


def test_bad_lines_are_skipped_with_a_warning(tmp_path, audit_log):
    with audit_log.open("ab") as handle:
        handle.write(b"{not json\n" + b"[" * 100_000 + b"\n")
    out = tmp_path / "report.html"
    result = run_report(audit_log, out)
    assert result.returncode == 0 and "audit.jsonl:7: not a JSON record" in result.stderr
    assert "audit.jsonl:8: not a JSON record" in result.stderr  # nested deeper than the parser goes
    assert "crm-case-summary" in out.read_text()


def test_missing_log_is_a_clear_error(tmp_path):
    result = run_report(tmp_path / "nope.jsonl", tmp_path / "r.html")
    assert result.returncode == 2 and "cannot read" in result.stderr and "Traceback" not in result.stderr


def test_websocket_messages_are_data_flows_of_their_workload():
    """Each message a client sent on a Realtime WebSocket carried data to the provider: the
    record of processing counts it like a request."""
    from agent.report.flows import build

    report = build([decision_record(user="voice-assistant", phase="message", bytes_out=700),
                    decision_record(user="voice-assistant", phase="message", action="block", label=Label.PRIVILEGED,
                                    rule="privileged-stays-sovereign", bytes_out=900)])
    summary = report.by_workload["voice-assistant"]
    assert (summary.requests, summary.allowed, summary.blocked) == (2, 1, 1)
    assert report.flows[("voice-assistant", "api.openai.com")].requests == 2


def test_flow_numbers(audit_log):
    from agent.report.cli import read_records
    from agent.report.flows import build

    report = build(read_records([audit_log]))
    summary = report.by_workload["crm-case-summary"]
    assert (summary.requests, summary.allowed, summary.blocked) == (3, 2, 1)
    assert report.flows[("crm-case-summary", "api.openai.com")].blocked == 1
    assert report.destinations["api.mistral.ai"].jurisdiction == "EU"
    assert report.jurisdictions["US"].requests == 3
    assert json.dumps(sorted(report.destinations))  # hosts only
