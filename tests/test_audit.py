"""The hash-chained audit log: durability order, chaining across restarts, tamper detection."""

import asyncio
import json
import os
import signal
import socket
import sys
import threading
from pathlib import Path

import pytest

from agent.audit import CHECKPOINT, GENESIS, LAZY_SYNC_SECONDS, AuditLog, AuditLogBroken, GroupCommit, mac, record_hash, rotated_files
from agent import audit_sync
from agent.audit_verify import Tamper, verify


def write_log(path: Path, count: int, key: bytes | None = None) -> None:
    log = AuditLog(path, key=key)
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


def test_a_lone_surrogate_from_a_request_is_recorded_as_a_replacement_character(tmp_path):
    """A JSON "\\ud800" escape (a model name) or a byte that is not UTF-8 (a path, kept by
    mitmproxy as a surrogate) cannot be UTF-8: the record is still written, in sequence."""
    path = tmp_path / "audit.jsonl"
    log = AuditLog(path)
    model = json.loads(r'"gpt-\ud800"')
    odd_path = b"/v1/chat/\xffcompletions".decode("utf-8", "surrogateescape")
    log.append({"phase": "request", "request": {"model": model, "path": odd_path}, "tags": [model], model: 1})
    log.append({"phase": "request", "n": 2})
    log.close()
    records = [json.loads(line) for line in path.read_bytes().decode("utf-8").splitlines()]
    assert records[0]["request"] == {"model": "gpt-\ufffd", "path": "/v1/chat/\ufffdcompletions"}
    assert records[0]["tags"] == ["gpt-\ufffd"] and records[0]["gpt-\ufffd"] == 1
    assert [r["seq"] for r in records] == [1, 2]
    report = verify(path)
    assert report.ok and report.records == 2


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

    syncs: list[int] = []

    async def main() -> None:
        commit = GroupCommit(AuditLog(path))
        await asyncio.gather(*(commit.append({"phase": "request", "n": i}) for i in range(200)))
        commit.append_nowait({"phase": "response", "n": 200})
        await commit.drain()
        syncs.append(commit.syncs)
        commit.close()

    asyncio.run(main())
    report = verify(path)
    assert report.ok and report.records == 201
    assert 1 <= syncs[0] < 10  # 201 records shared a few syncs


def test_a_record_nobody_waits_for_rides_on_the_next_sync_or_gets_its_own_soon(tmp_path):
    """A completion record starts no sync of its own: the next request's sync covers it,
    and without a next request one runs within LAZY_SYNC_SECONDS."""
    path = tmp_path / "audit.jsonl"

    async def main() -> list[int]:
        commit = GroupCommit(AuditLog(path))
        seen = []
        commit.append_nowait({"phase": "response", "n": 0})
        await commit.append({"phase": "request", "n": 1})  # its sync covers the record before it
        seen.append(commit.syncs)
        commit.append_nowait({"phase": "response", "n": 2})
        await asyncio.sleep(LAZY_SYNC_SECONDS / 5)
        seen.append(commit.syncs)  # not yet: nobody waits
        for _ in range(500):  # synced on its own (soon after LAZY_SYNC_SECONDS, however busy the machine)
            if commit.syncs == 2:
                break
            await asyncio.sleep(LAZY_SYNC_SECONDS / 5)
        seen.append(commit.syncs)
        commit.close()
        return seen

    assert asyncio.run(main()) == [1, 1, 2]
    assert verify(path).ok and verify(path).records == 3


def test_append_returns_only_after_the_sync_process_answered(tmp_path):
    """The record is in the file at once, but the request waits for its fdatasync."""
    path = tmp_path / "audit.jsonl"

    async def main() -> None:
        commit = GroupCommit(AuditLog(path))
        await commit.append({"phase": "request", "n": 0})  # the sync process is up
        os.kill(commit._syncer.pid, signal.SIGSTOP)  # noqa: SLF001 - a disk that takes its time
        try:
            pending = asyncio.ensure_future(commit.append({"phase": "request", "n": 1}))
            await asyncio.sleep(0.3)
            assert json.loads(lines(path)[-1])["n"] == 1  # written...
            assert not pending.done()  # ...but not released before it is synced
        finally:
            os.kill(commit._syncer.pid, signal.SIGCONT)  # noqa: SLF001
        assert (await asyncio.wait_for(pending, 5))["seq"] == 2
        commit.close()

    asyncio.run(main())


def test_a_killed_sync_process_is_replaced_and_no_record_is_lost(tmp_path):
    path = tmp_path / "audit.jsonl"

    async def main() -> None:
        commit = GroupCommit(AuditLog(path))
        await commit.append({"phase": "request", "n": 0})
        first = commit._syncer.pid  # noqa: SLF001
        os.kill(first, signal.SIGSTOP)  # hold the next sync under way, then kill it there
        pending = [asyncio.ensure_future(commit.append({"phase": "request", "n": i})) for i in range(1, 50)]
        await asyncio.sleep(0.1)
        os.kill(first, signal.SIGKILL)
        records = await asyncio.wait_for(asyncio.gather(*pending), 10)
        assert [r["seq"] for r in records] == list(range(2, 51))
        assert commit._syncer.pid != first  # noqa: SLF001
        commit.close()

    asyncio.run(main())
    report = verify(path)
    assert report.ok and report.records == 50


def test_a_sync_process_that_cannot_run_breaks_the_log(tmp_path, monkeypatch):
    path = tmp_path / "audit.jsonl"

    async def main() -> None:
        commit = GroupCommit(AuditLog(path))
        await commit.append({"phase": "request", "n": 0})
        monkeypatch.setattr(sys, "executable", "/bin/false")  # every replacement exits at once
        os.kill(commit._syncer.pid, signal.SIGKILL)  # noqa: SLF001
        with pytest.raises(AuditLogBroken):
            await asyncio.wait_for(commit.append({"phase": "request", "n": 1}), 10)
        with pytest.raises(AuditLogBroken):
            await commit.append({"phase": "request", "n": 2})  # refused: not even written
        commit.close()

    asyncio.run(main())
    assert [json.loads(line)["n"] for line in lines(path)] == [0, 1]


def test_the_sync_process_syncs_the_file_it_was_given_last(tmp_path, monkeypatch):
    """agent.audit_sync itself: `S` syncs the current file, `F` switches files, EOF ends it."""
    synced: list[int] = []
    monkeypatch.setattr(os, "fdatasync", lambda fd: synced.append(os.fstat(fd).st_ino))
    first, second = (os.open(tmp_path / name, os.O_WRONLY | os.O_CREAT) for name in ("a", "b"))
    ours, theirs = socket.socketpair()
    server = threading.Thread(target=audit_sync.serve, args=(theirs, first))
    server.start()
    ours.sendall(audit_sync.SYNC)
    assert ours.recv(1) == audit_sync.SYNCED
    socket.send_fds(ours, [audit_sync.FILE], [second])
    ours.sendall(audit_sync.SYNC)
    assert ours.recv(1) == audit_sync.SYNCED
    ours.close()
    server.join(5)
    assert not server.is_alive()
    assert synced == [(tmp_path / "a").stat().st_ino, (tmp_path / "b").stat().st_ino]


def test_without_fsync_no_sync_process_runs(tmp_path):
    async def main() -> None:
        commit = GroupCommit(AuditLog(tmp_path / "audit.jsonl", fsync=False))
        assert commit._syncer is None  # noqa: SLF001
        await asyncio.gather(*(commit.append({"phase": "request", "n": i}) for i in range(10)))
        assert commit.syncs == 0
        commit.close()

    asyncio.run(main())
    assert verify(tmp_path / "audit.jsonl").records == 10


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
    "tamper, kind, expected",
    [
        (lambda ls: ls[:3] + [ls[3].replace('"n":3', '"n":33')] + ls[4:], Tamper.EDITED,
         "line 4: record seq 4: content does not match its hash"),
        (lambda ls: ls[:3] + ls[4:], Tamper.DELETED, "line 3: seq 4 missing after this line"),
        (lambda ls: ls[:3] + ls[6:], Tamper.DELETED, "seqs 4-6 (3 records) missing"),
        (lambda ls: ls[:3] + [ls[4], ls[3]] + ls[5:], Tamper.REORDERED, "line 5: record seq 4 comes after seq 5"),
        (lambda ls: ls[:3] + [forged_record(4, "x")] + ls[3:], Tamper.INSERTED, "line 5: a second record with seq 4"),
        (lambda ls: ls[:3] + ["garbage\n"] + ls[3:], Tamper.EDITED, "line 4: not a JSON record"),
        (lambda ls: ls[:3] + ["[" * 100_000 + "\n"] + ls[3:], Tamper.EDITED, "line 4: not a JSON record"),
        (lambda ls: ls[:3] + [ls[3].replace('"n":3', '"n":"\\ud800"')] + ls[4:], Tamper.EDITED,
         "line 4: record seq 4: holds text that is not Unicode"),
        (lambda ls: ls[:-1] + [ls[-1].rstrip("\n")], Tamper.TRUNCATED, "line 10: truncated record"),
    ],
    ids=["edited", "removed", "removed-several", "reordered", "inserted", "garbage", "nested-too-deep", "not-unicode",
         "truncated"],
)
def test_tampering_is_found_and_named(tmp_path, tamper, kind, expected):
    path = tmp_path / "audit.jsonl"
    write_log(path, 10)
    path.write_text("".join(tamper(lines(path))))
    report = verify(path)
    assert report.kinds == {kind}, report.errors
    assert report.exit_code == int(kind)
    assert any(expected in e for e in report.errors), report.errors


def forged_record(seq: int, prev: str, **fields) -> str:
    """A record that verifies on its own: its hash is recomputed (what an attacker would do)."""
    record = {"phase": "request", "n": 99, "seq": seq, "prev": prev, **fields}
    record["hash"] = record_hash(record)
    return json.dumps(record) + "\n"


def test_replaced_record_with_a_valid_hash_breaks_the_link(tmp_path):
    path = tmp_path / "audit.jsonl"
    write_log(path, 6)
    ls = lines(path)
    path.write_text("".join(ls[:2] + [forged_record(3, "not-the-previous-hash")] + ls[3:]))
    report = verify(path)
    assert report.kinds == {Tamper.INSERTED}
    assert any("seq 3 does not link to seq 2" in e for e in report.errors)
    assert any("seq 4 does not link to seq 3" in e for e in report.errors)


KEY = bytes(range(32))


def rewrite_chain(path: Path, start: int, change) -> None:
    """Rewrite the chain from record `start` on with recomputed hashes: consistent, keyless."""
    records = [json.loads(line) for line in lines(path)]
    prev = records[start - 2]["hash"] if start > 1 else GENESIS
    for record in records[start - 1:]:
        change(record)
        record["prev"] = prev
        record.pop("mac", None)
        record["hash"] = prev = record_hash(record)
    path.write_text("".join(json.dumps(r) + "\n" for r in records))


def test_rewritten_chain_passes_without_key_and_fails_with_it(tmp_path):
    path = tmp_path / "audit.jsonl"
    write_log(path, 8, key=KEY)
    assert verify(path, KEY).ok
    rewrite_chain(path, 5, lambda r: r.update(n=-1))
    assert verify(path).ok  # the chain alone cannot tell
    report = verify(path, KEY)
    assert report.kinds == {Tamper.REWRITTEN} and report.exit_code == 8
    assert sum("no MAC" in e for e in report.errors) == 4


def test_checkpoints_shipped_off_node_find_a_cut_tail_and_a_rewritten_chain(tmp_path):
    path = tmp_path / "audit.jsonl"
    log = AuditLog(path, key=KEY, checkpoint_seconds=1e-9, node="node-1")  # a checkpoint after every record
    for i in range(5):
        log.append({"phase": "request", "n": i})
    log.close()
    records = [json.loads(line) for line in lines(path)]
    shipped = [r["checkpoint"] for r in records if r["phase"] == CHECKPOINT]
    assert len(shipped) == 5 and all(c["mac"] and c["node"] == "node-1" for c in shipped)
    assert verify(path, KEY, shipped).ok

    original = path.read_text()
    path.write_text("".join(lines(path)[:6]))  # root cuts the last records (and their checkpoints)
    report = verify(path, KEY, shipped)
    assert report.kinds == {Tamper.TRUNCATED} and report.exit_code == 7
    assert any("the log ends at seq 6" in e and "its tail was cut" in e for e in report.errors)

    path.write_text(original)
    # Root with the key rewrites everything consistently, local checkpoints included ...
    rewrite_chain(path, 3, lambda r: r.update(n=-1) if r["phase"] == "request" else None)
    records = [json.loads(line) for line in lines(path)]
    for record in records:
        record["mac"] = mac(KEY, record["hash"])
    path.write_text("".join(json.dumps(r) + "\n" for r in records))
    assert verify(path, KEY).kinds <= {Tamper.REWRITTEN}
    # ... but the checkpoints already in the SIEM still name the old heads.
    report = verify(path, KEY, shipped)
    assert Tamper.REWRITTEN in report.kinds
    assert any("differs from the head checkpointed" in e for e in report.errors)


def test_forged_checkpoint_is_reported(tmp_path):
    path = tmp_path / "audit.jsonl"
    write_log(path, 3, key=KEY)
    fake = {"node": "node-1", "seq": 2, "hash": "0" * 64, "time": "2026-11-23T00:00:00.000Z", "mac": "00"}
    report = verify(path, KEY, [fake])
    assert report.kinds == {Tamper.REWRITTEN} and "forged checkpoint" in report.errors[0]


def test_rotation_continues_the_chain_across_files(tmp_path):
    path = tmp_path / "audit.jsonl"
    log = AuditLog(path, max_bytes=400, key=KEY)
    for i in range(31):
        log.append({"phase": "request", "n": i, "pad": "x" * 40})
    log.close()
    files = rotated_files(path)
    assert len(files) >= 5 and [f.suffix for f in files[:2]] == [".000001", ".000002"]
    everything = [*files, path]
    assert all(f.stat().st_size < 400 + 300 for f in files)
    report = verify(list(reversed(everything)), KEY)  # any order
    assert report.ok and report.records == 31 and (report.first_seq, report.last_seq) == (1, 31)
    # The live file alone verifies, with a warning that it starts mid-chain.
    alone = verify(path, KEY)
    assert alone.ok and "earlier (rotated) files were not given" in alone.warnings[0]
    # A rotated file missing from the middle is found as a gap.
    gap = verify([f for f in everything if f != files[2]], KEY)
    assert gap.kinds == {Tamper.DELETED} and "or a rotated file not given" in gap.errors[0]
    # Right after a rotation the live file is empty: a restarted log continues the chain
    # from the newest rotated file. (Here the live file is emptied by hand to get there.)
    path.unlink()
    path.touch()
    log = AuditLog(path, key=KEY)
    log.append({"phase": "request", "n": 31})
    log.close()
    report = verify([*files, path], KEY)
    assert report.ok and report.last_seq == 31


def test_group_commit_rotates_with_the_chain_intact(tmp_path):
    path = tmp_path / "audit.jsonl"

    async def main() -> None:
        commit = GroupCommit(AuditLog(path, max_bytes=2000, key=KEY, checkpoint_seconds=0.001, node="n"))
        for burst in range(10):  # bursts of concurrent requests: each burst shares commits
            await asyncio.gather(*(commit.append({"phase": "request", "n": burst * 30 + i}) for i in range(30)))
        commit.close()

    asyncio.run(main())
    report = verify([*rotated_files(path), path], KEY)
    assert report.ok and report.records >= 300 and len(rotated_files(path)) > 5


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


def test_checkpoints_are_read_from_every_sink_format(tmp_path):
    from agent.audit_verify import read_checkpoints
    from agent.sinks import ecs, ocsf, splunk_hec, webhook
    from agent.sinks.event import SiemEvent

    path = tmp_path / "audit.jsonl"
    log = AuditLog(path, key=KEY, checkpoint_seconds=1e-9, node="node-1")
    log.append({"phase": "request", "n": 0})
    log.close()
    record = json.loads(lines(path)[-1])
    assert record["phase"] == CHECKPOINT
    export = tmp_path / "siem.jsonl"
    event = SiemEvent("decision", record)
    export.write_bytes(b"\n".join([ecs.render(event), ocsf.render(event), splunk_hec.render(event),
                                   webhook.render(event), json.dumps(record["checkpoint"]).encode(), b"not json"]) + b"\n")
    found = read_checkpoints(export)
    assert found == [record["checkpoint"]] * 5
    assert verify(path, KEY, found).ok
