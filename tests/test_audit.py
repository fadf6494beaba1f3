"""The hash-chained audit log: durability order, chaining across restarts, tamper detection."""

import asyncio
import json
import os
from pathlib import Path

import pytest

from agent.audit import AuditLog, AuditLogBroken, GroupCommit, verify


def write_log(path: Path, count: int) -> None:
    log = AuditLog(path)
    for i in range(count):
        log.append({"phase": "request", "n": i})
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


def test_group_commit_returns_once_the_record_is_on_disk(tmp_path):
    path = tmp_path / "audit.jsonl"

    async def main() -> dict:
        commit = GroupCommit(AuditLog(path))
        record = await commit.append({"phase": "request", "marker": "x"})
        assert json.loads(lines(path)[-1]) == record  # durable before append returned
        commit.close()
        return record

    assert asyncio.run(main())["seq"] == 1


def test_concurrent_appends_share_commits_and_keep_one_chain(tmp_path):
    path = tmp_path / "audit.jsonl"
    writes: list[int] = []

    async def main() -> None:
        log = AuditLog(path)
        original = log.write
        log.write = lambda data: (writes.append(data.count(b"\n")), original(data))[1]  # count commits
        commit = GroupCommit(log)
        await asyncio.gather(*(commit.append({"phase": "request", "n": i}) for i in range(200)))
        commit.append_nowait({"phase": "response", "n": 200})
        await commit.drain()
        commit.close()

    asyncio.run(main())
    report = verify(path)
    assert report.ok and report.records == 201
    assert sum(writes) == 201 and len(writes) < 200  # records shared fsyncs


def test_a_failed_commit_refuses_every_later_record(tmp_path):
    path = tmp_path / "audit.jsonl"

    async def main() -> None:
        log = AuditLog(path)
        commit = GroupCommit(log)
        await commit.append({"phase": "request", "n": 0})
        os.close(log._fd)  # noqa: SLF001 - the disk going away under the writer
        log._fd = os.open(path, os.O_RDONLY)  # noqa: SLF001 - writes now fail with EBADF
        with pytest.raises(AuditLogBroken):
            await commit.append({"phase": "request", "n": 1})
        with pytest.raises(AuditLogBroken):
            await commit.append({"phase": "request", "n": 2})

    asyncio.run(main())
    report = verify(path)
    assert report.ok and report.records == 1  # nothing half-written, nothing lost silently


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
