"""The hash-chained audit log: durability order, chaining across restarts, tamper detection."""

import json
from concurrent.futures import wait
from pathlib import Path

import pytest

from agent.audit import AuditLog, verify


def write_log(path: Path, count: int) -> None:
    log = AuditLog(path)
    futures = [log.append({"phase": "request", "n": i}) for i in range(count)]
    wait(futures)
    log.close()


def lines(path: Path) -> list[str]:
    return path.read_text().splitlines(keepends=True)


def test_records_are_chained_and_verify(tmp_path):
    path = tmp_path / "audit.jsonl"
    write_log(path, 50)
    records = [json.loads(line) for line in lines(path)]
    assert [r["seq"] for r in records] == list(range(1, 51))
    assert all(b["prev"] == a["hash"] for a, b in zip(records, records[1:]))
    report = verify(path)
    assert report.ok and report.records == 50


def test_future_resolves_after_the_record_is_on_disk(tmp_path):
    path = tmp_path / "audit.jsonl"
    log = AuditLog(path)
    record = log.append({"phase": "request", "marker": "x"}).result(5)
    assert json.loads(lines(path)[-1]) == record
    log.close()


def test_chain_continues_across_restarts(tmp_path):
    path = tmp_path / "audit.jsonl"
    write_log(path, 3)
    write_log(path, 2)
    report = verify(path)
    assert report.ok and report.records == 5


@pytest.mark.parametrize(
    "tamper, expected",
    [
        (lambda ls: ls[:3] + [ls[3].replace('"n":3', '"n":33')] + ls[4:], "line 4: record content does not match its hash"),
        (lambda ls: ls[:3] + ls[4:], "line 4: does not link"),
        (lambda ls: ls[:3] + [ls[4], ls[3]] + ls[5:], "line 4: does not link"),
        (lambda ls: ls[:3] + ['{"phase":"request","n":99,"seq":4,"prev":"x","hash":"y"}\n'] + ls[3:], "line 4:"),
        (lambda ls: ls[:3] + ["garbage\n"] + ls[3:], "line 4: not a JSON record"),
        (lambda ls: ls[:-1] + [ls[-1].rstrip("\n")], "line 10: truncated record"),
    ],
    ids=["edited", "removed", "reordered", "inserted", "garbage", "truncated"],
)
def test_tampering_is_found(tmp_path, tamper, expected):
    path = tmp_path / "audit.jsonl"
    write_log(path, 10)
    path.write_text("".join(tamper(lines(path))))
    report = verify(path)
    assert not report.ok
    assert any(expected in e for e in report.errors), report.errors


def test_torn_tail_after_a_crash_resumes_the_chain(tmp_path):
    path = tmp_path / "audit.jsonl"
    write_log(path, 4)
    with path.open("a") as handle:
        handle.write('{"phase":"request","n":')  # the process died mid-write
    write_log(path, 2)
    report = verify(path)
    assert report.ok, report.errors
    assert report.warnings and "torn record" in report.warnings[0]
    assert report.records == 7  # 4 + the resume record + 2


def test_write_failure_fails_the_future(tmp_path):
    path = tmp_path / "audit.jsonl"
    log = AuditLog(path)
    log.close()
    with pytest.raises(RuntimeError):
        log.append({"phase": "request"}).result(1)
