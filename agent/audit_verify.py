"""`embargo audit verify`: find and name tampering with the audit log.

Records are read from every file given (rotated files and the live one, in any order)
and checked three ways:

1. **Content**: each record's `hash` must match its content (else *edited*), and with
   the key its `mac` must match the hash (else *rewritten*: the hash was recomputed by
   someone without the key).
2. **Order and completeness**, by sequence number over all files: a number that never
   appears is a *deleted* record (or a rotated file that was not given); one that
   appears twice is an *inserted* record; one that comes after a higher one is
   *reordered*. Each record's `prev` must be the hash of the record before it in
   sequence (else *inserted*: a record was replaced by one that does not belong).
3. **Against checkpoints** shipped off the node (`--checkpoints`, JSON lines as the SIEM
   received them): a checkpoint for a sequence number past the end of the log means the
   tail was cut (*truncated*); one whose hash differs from the record at that number
   means the chain was *rewritten*. A checkpoint whose MAC fails is itself a forgery.

Exit codes (`ExitCode`): 0 intact; 3 edited, 4 deleted, 5 inserted, 6 reordered,
7 truncated, 8 rewritten when only that kind was found; 1 when several kinds were;
2 when a file cannot be read.
"""

from __future__ import annotations

import hmac
import json
from dataclasses import dataclass, field
from enum import IntEnum
from pathlib import Path
from typing import Any

from agent.audit import CHECKPOINT, GENESIS, checkpoint_mac, mac, record_hash


class Tamper(IntEnum):
    EDITED = 3
    DELETED = 4
    INSERTED = 5
    REORDERED = 6
    TRUNCATED = 7
    REWRITTEN = 8

    def __str__(self) -> str:
        return self.name.lower()


SEVERAL = 1
UNREADABLE = 2


@dataclass
class Finding:
    kind: Tamper
    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message} [{self.kind}]"


@dataclass
class VerifyReport:
    records: int = 0
    first_seq: int | None = None
    last_seq: int | None = None
    checkpoints: int = 0
    findings: list[Finding] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.findings

    @property
    def errors(self) -> list[str]:
        return [str(f) for f in self.findings]

    @property
    def kinds(self) -> set[Tamper]:
        return {f.kind for f in self.findings}

    @property
    def exit_code(self) -> int:
        kinds = self.kinds
        if not kinds:
            return 0
        return int(next(iter(kinds))) if len(kinds) == 1 else SEVERAL

    def add(self, kind: Tamper, where: str, message: str) -> None:
        self.findings.append(Finding(kind, where, message))


@dataclass
class _Line:
    where: str
    record: dict[str, Any]


def verify(paths: str | Path | list[Path], key: bytes | None = None,
           checkpoints: list[dict[str, Any]] | None = None) -> VerifyReport:
    """Verify one log, or a rotated log's files together. Raises OSError if one cannot be read."""
    files = [Path(paths)] if isinstance(paths, (str, Path)) else [Path(p) for p in paths]
    report = VerifyReport()
    per_file = [_read(path, report, label=path.name if len(files) > 1 else None) for path in files]
    per_file.sort(key=lambda file_lines: _first_seq(file_lines[0].record) if file_lines else 0)  # chain order
    lines = [line for file_lines in per_file for line in file_lines]
    _check_content(lines, report, key)
    by_seq = _check_order(lines, report)
    _check_links(by_seq, report)
    for line in lines:
        if line.record.get("phase") == CHECKPOINT and isinstance(line.record.get("checkpoint"), dict):
            _check_checkpoint(line.record["checkpoint"], f"{line.where} (checkpoint in the log)", by_seq, report, key)
    for number, checkpoint in enumerate(checkpoints or [], start=1):
        report.checkpoints += 1
        _check_checkpoint(checkpoint, f"shipped checkpoint {number}", by_seq, report, key)
    return report


def _read(path: Path, report: VerifyReport, label: str | None) -> list[_Line]:
    """Parse a file's records; torn and garbage lines, and a missing line end, are reported here."""
    out: list[_Line] = []
    torn_line: int | None = None
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, start=1):
            where = f"{label + ' ' if label else ''}line {number}"
            if not raw.endswith(b"\n"):
                report.add(Tamper.TRUNCATED, where, "truncated record (no line end)")
                break
            try:
                record = json.loads(raw)
                if not isinstance(record, dict):
                    raise ValueError
            except (ValueError, RecursionError):  # (RecursionError: "[[[[..." deeper than the parser goes)
                torn_line = number
                continue
            if torn_line is not None:
                torn_where = f"{label + ' ' if label else ''}line {torn_line}"
                if record.get("phase") == "chain.resume":
                    report.warnings.append(f"{torn_where}: torn record from a crash; the chain resumes at line {number}")
                else:
                    report.add(Tamper.EDITED, torn_where, "not a JSON record (edited or corrupted)")
                torn_line = None
            out.append(_Line(where, record))
    if torn_line is not None:
        report.add(Tamper.EDITED, f"{label + ' ' if label else ''}line {torn_line}", "not a JSON record (edited or corrupted)")
    report.records += len(out)
    return out


def _first_seq(record: dict[str, Any]) -> int:
    seq = record.get("seq")
    return seq if isinstance(seq, int) else 0


def _check_content(lines: list[_Line], report: VerifyReport, key: bytes | None) -> None:
    for line in lines:
        record = line.record
        try:
            matches = record.get("hash") == record_hash(record)
        except UnicodeEncodeError:  # a "\ud800" escape: Embargo writes U+FFFD instead (agent.audit)
            report.add(Tamper.EDITED, line.where, f"record seq {record.get('seq')}: holds text that is not Unicode")
            continue
        if not matches:
            report.add(Tamper.EDITED, line.where, f"record seq {record.get('seq')}: content does not match its hash")
        elif key is not None:
            if "mac" not in record:
                report.add(Tamper.REWRITTEN, line.where, f"record seq {record.get('seq')}: no MAC (written without the key)")
            elif not hmac.compare_digest(str(record["mac"]), mac(key, str(record["hash"]))):
                report.add(Tamper.REWRITTEN, line.where,
                           f"record seq {record.get('seq')}: MAC does not match (hash recomputed without the key)")


def _check_order(lines: list[_Line], report: VerifyReport) -> dict[int, _Line]:
    """Sequence numbers in file order: duplicates, out-of-order and missing numbers."""
    by_seq: dict[int, _Line] = {}
    highest = 0
    for line in lines:
        seq = line.record.get("seq")
        if not isinstance(seq, int) or seq < 1:
            report.add(Tamper.EDITED, line.where, f"sequence number {seq!r} is not valid")
            continue
        if seq in by_seq:
            report.add(Tamper.INSERTED, line.where, f"a second record with seq {seq} (first at {by_seq[seq].where})")
            continue
        if seq < highest:
            report.add(Tamper.REORDERED, line.where, f"record seq {seq} comes after seq {highest}")
        by_seq[seq] = line
        highest = max(highest, seq)
    if not by_seq:
        return by_seq
    first, last = min(by_seq), max(by_seq)
    report.first_seq, report.last_seq = first, last
    if first > 1:
        report.warnings.append(f"the records start at seq {first}: earlier (rotated) files were not given")
    missing = [s for s in range(first, last + 1) if s not in by_seq]
    for start, end in _ranges(missing):
        after = by_seq[start - 1].where
        span = f"seq {start}" if start == end else f"seqs {start}-{end} ({end - start + 1} records)"
        report.add(Tamper.DELETED, after, f"{span} missing after this line (deleted, or a rotated file not given)")
    return by_seq


def _check_links(by_seq: dict[int, _Line], report: VerifyReport) -> None:
    for seq, line in sorted(by_seq.items()):
        before = by_seq.get(seq - 1)
        expected = GENESIS if seq == 1 else (before.record.get("hash") if before else None)
        if expected is not None and line.record.get("prev") != expected:
            report.add(Tamper.INSERTED, line.where,
                       f"record seq {seq} does not link to seq {seq - 1} (replaced by a record that does not belong)")


def _check_checkpoint(checkpoint: dict[str, Any], where: str, by_seq: dict[int, _Line], report: VerifyReport,
                      key: bytes | None) -> None:
    seq, head = checkpoint.get("seq"), checkpoint.get("hash")
    if not isinstance(seq, int) or not isinstance(head, str):
        report.warnings.append(f"{where}: not a checkpoint (no seq and hash)")
        return
    if key is not None and not (isinstance(checkpoint.get("mac"), str) and hmac.compare_digest(
            checkpoint["mac"], checkpoint_mac(key, checkpoint))):
        report.add(Tamper.REWRITTEN, where, f"checkpoint for seq {seq} has no valid MAC (forged checkpoint)")
        return
    if seq == 0:
        return
    last = report.last_seq or 0
    if seq > last:
        report.add(Tamper.TRUNCATED, where,
                   f"vouches for seq {seq} at {checkpoint.get('time')}, but the log ends at seq {last} (its tail was cut)")
    elif seq in by_seq and by_seq[seq].record.get("hash") != head:
        report.add(Tamper.REWRITTEN, where,
                   f"record seq {seq} ({by_seq[seq].where}) differs from the head checkpointed at {checkpoint.get('time')}")


def _ranges(numbers: list[int]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for n in numbers:
        if out and out[-1][1] == n - 1:
            out[-1] = (out[-1][0], n)
        else:
            out.append((n, n))
    return out


def read_checkpoints(path: Path) -> list[dict[str, Any]]:
    """Checkpoints from a file of JSON lines as a sink delivered them: a bare checkpoint,
    an audit record carrying one, or a sink envelope (native, HEC, ECS) around such a record."""
    out = []
    with path.open("rb") as handle:
        for line in handle:
            try:
                found = _find_checkpoint(json.loads(line))
            except (ValueError, RecursionError):
                continue
            if found is not None:
                out.append(found)
    return out


def _find_checkpoint(obj: Any, depth: int = 0) -> dict[str, Any] | None:
    if not isinstance(obj, dict) or depth > 4:
        return None
    if "seq" in obj and "hash" in obj and "node" in obj and "time" in obj and "phase" not in obj:
        return obj
    for key in ("checkpoint", "record", "event", "embargo", "unmapped"):
        found = _find_checkpoint(obj.get(key), depth + 1)
        if found is not None:
            return found
    return None
