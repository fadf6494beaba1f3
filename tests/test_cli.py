"""The command line as automation uses it: exact flags, output shapes and exit codes."""

from __future__ import annotations

import base64
import gzip
import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import POLICIES

EMBARGO = [sys.executable, "-m", "agent.cli"]


def embargo(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([*EMBARGO, *args], input=stdin, capture_output=True, text=True, timeout=120)


def test_classify_jsonl_answers_every_line_in_order():
    privileged = {"model": "gpt-4o", "messages": [{"role": "user", "content": "Privileged & Confidential: our strategy"}]}
    compressed = gzip.compress(json.dumps({"model": "m", "messages": [{"role": "user", "content": "mail a@hartmann.de"}]}).encode())
    multipart = (
        b"--b\r\nContent-Disposition: form-data; name=\"purpose\"\r\n\r\nbatch\r\n"
        b"--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.jsonl\"\r\n\r\n"
        b"{\"body\": {\"messages\": [{\"role\": \"user\", \"content\": \"Case 5005g00000AbCdEAAV\"}]}}\n\r\n--b--\r\n"
    )
    lines = [
        {"id": "a", "provider": "openai", "path": "/v1/chat/completions", "headers": {}, "body": privileged},
        {"id": "b", "provider": "anthropic", "path": "/v1/messages", "headers": {"content-encoding": "gzip"},
         "body_b64": base64.b64encode(compressed).decode()},
        "this is not JSON",
        {"id": "c", "provider": "openai", "path": "/v1/files", "headers": {"content-type": "multipart/form-data; boundary=b"},
         "body_b64": base64.b64encode(multipart).decode()},
        {"id": "d", "provider": "openai", "path": "/v1/chat/completions", "headers": {}, "body_b64": "%%%"},
        {"id": "e", "provider": "cohere", "path": "/v2/chat", "headers": {}, "body": {"message": "hello"}},
        {"id": "f", "provider": "openai", "path": "/v1/chat/completions", "headers": {}},
        "[" * 100_000,  # deeper than the JSON parser goes
    ]
    stdin = "\n".join(line if isinstance(line, str) else json.dumps(line) for line in lines) + "\n"
    result = embargo("classify", "--jsonl", "-", "--policy", str(POLICIES / "default.yaml"), stdin=stdin)
    assert result.returncode == 0, result.stderr
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o.get("id") for o in out] == ["a", "b", None, "c", "d", "e", "f", None]
    assert out[0]["label"] == "privileged" and out[0]["findings"][0]["detector"] == "legal.privilege_marker"
    assert out[1]["label"] == "confidential" and {f["detector"] for f in out[1]["findings"]} == {"pii.email"}
    assert "error" in out[2] and "error" in out[4]
    # The file inside the multipart upload is inspected: the record id is found (the model
    # may judge the case line more sensitive than the id alone; it never lowers it).
    assert {f["detector"] for f in out[3]["findings"]} == {"salesforce.record_id"}
    assert out[3]["label"] in ("internal", "confidential", "privileged")
    assert out[5]["label"] == "public" and out[5]["findings"] == []
    assert out[6] == {"id": "f", "error": "line has neither body nor body_b64"}  # not labelled public
    assert out[7] == {"id": None, "error": "line is not valid JSON"}
    assert "strategy" not in result.stdout and "hartmann" not in result.stdout  # findings, never text


LOCAL_MODEL = "http://127.0.0.1:8000/v1"


def test_lint_reports_errors_as_json_with_lines(tmp_path: Path):
    policy = tmp_path / "p.yaml"
    policy.write_text((POLICIES / "default.yaml").read_text().replace(
        '      detectors: ["secret.*"]\n    action: block',
        '      detectors: ["secrets.*"]\n    action: redirect'))
    result = embargo("policy", "lint", str(policy), "--format", "json")
    assert result.returncode == 1
    findings = json.loads(result.stdout)
    assert any("matches no detector" in f["message"] and f["severity"] == "error" for f in findings)
    # A redirect rule without an operation condition: lint says what it will block.
    assert any(f["severity"] == "warning" and "redirects every operation" in f["message"]
               and "embeddings" in f["message"] for f in findings)
    assert all(f["file"] == str(policy) and f["line"] > 1 for f in findings)


def test_lint_warns_about_redirecting_operations_that_cannot_be(tmp_path: Path):
    policy = tmp_path / "p.yaml"
    policy.write_text((POLICIES / "default.yaml").read_text().replace(
        "      operation: [chat, completion]\n    action: redirect",
        "      operation: [chat, embeddings]\n    action: redirect"))
    result = embargo("policy", "lint", "--local-model", LOCAL_MODEL, str(policy))
    assert result.returncode == 0  # a warning, not an error: the rule still means something
    assert "redirects embeddings requests, which cannot be redirected" in result.stdout
    assert "vector index" in result.stdout and "1 warning(s)" in result.stdout


def test_lint_passes_the_shipped_policies():
    # They redirect privileged chats: linted as they are deployed, with the on-node model.
    for name in ("default.yaml", "eu-legal-strict.yaml"):
        result = embargo("policy", "lint", "--local-model", LOCAL_MODEL, str(POLICIES / name))
        assert result.returncode == 0 and "0 error(s), 0 warning(s)" in result.stdout


def test_policy_test_exits_nonzero_with_a_readable_diff(tmp_path: Path):
    (tmp_path / "default.yaml").write_text((POLICIES / "default.yaml").read_text())
    cases = (POLICIES / "default.cases.yaml").read_text().replace(
        "expect: {action: redirect, rule: privileged-stays-sovereign, label: privileged}",
        "expect: {action: allow, rule: privileged-stays-sovereign, label: privileged}", 1)
    (tmp_path / "default.cases.yaml").write_text(cases)
    result = embargo("policy", "test", str(tmp_path))
    assert result.returncode == 1
    assert "FAIL" in result.stdout and "action: expected 'allow', got 'redirect'" in result.stdout
    assert "1 failed" in result.stdout


def test_audit_verify_exit_codes(tmp_path: Path):
    from agent.audit import AuditLog

    path = tmp_path / "audit.jsonl"
    log = AuditLog(path)
    for n in range(3):
        log.append({"phase": "request", "n": n})
    log.close()
    assert embargo("audit", "verify", str(path)).returncode == 0
    path.write_text(path.read_text().replace('"n":1', '"n":7'))
    broken = embargo("audit", "verify", str(path))
    assert broken.returncode == 3 and "line 2" in broken.stdout and "CHAIN BROKEN: edited" in broken.stdout


def test_a_reader_that_stops_early_ends_the_output_quietly():
    """`embargo classify --jsonl big.jsonl | head`: no traceback, the status of a process SIGPIPE ended."""
    line = json.dumps({"id": "x", "provider": "openai", "path": "/v1/chat/completions", "headers": {},
                       "body": {"model": "m", "messages": [{"role": "user", "content": "hello"}]}})
    process = subprocess.Popen([*EMBARGO, "classify", "--jsonl", "-"], stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    process.stdout.close()  # the reader is gone before the first answer is written
    _, stderr = process.communicate(("\n".join([line] * 2000) + "\n").encode(), timeout=120)
    assert process.returncode == 141, stderr.decode()[-2000:]
    assert b"Traceback" not in stderr and b"BrokenPipe" not in stderr
