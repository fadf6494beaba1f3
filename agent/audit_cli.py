"""`embargo audit verify | find | keygen`."""

from __future__ import annotations

import secrets
import sys
from pathlib import Path

from agent.audit import load_audit_key
from agent.audit_verify import UNREADABLE, read_checkpoints, verify
from agent.lineage import object_type
from agent.pseudonym import Pseudonymizer
from agent.report.cli import read_records


def verify_command(files: list[Path], checkpoint_files: list[Path], key_file: Path | None) -> int:
    try:
        key = load_audit_key(key_file)
    except OSError as err:
        print(f"embargo: cannot read {err.filename}: {err.strerror}", file=sys.stderr)
        return UNREADABLE
    except ValueError as err:
        print(f"embargo: bad audit key: {err}", file=sys.stderr)
        return UNREADABLE
    try:
        checkpoints = [c for path in checkpoint_files for c in read_checkpoints(path)]
        report = verify(files, key, checkpoints)
    except OSError as err:
        print(f"embargo: cannot read {err.filename}: {err.strerror}", file=sys.stderr)
        return UNREADABLE
    for warning in report.warnings:
        print(f"warning: {warning}")
    for finding in report.findings:
        print(f"error: {finding}")
    checks = ["hash chain", "MACs" if key else "no MACs (no key given)",
              f"{report.checkpoints} shipped checkpoints" if checkpoint_files else "no shipped checkpoints"]
    span = f"seq {report.first_seq}-{report.last_seq}" if report.first_seq else "no records"
    verdict = "chain intact" if report.ok else "CHAIN BROKEN: " + ", ".join(sorted(str(k) for k in report.kinds))
    print(f"{', '.join(str(f) for f in files)}: {report.records} records ({span}); checked {', '.join(checks)}; {verdict}")
    return report.exit_code


def find_command(files: list[Path], record_id: str, key_file: Path | None) -> int:
    record_id = record_id.strip()
    if len(record_id) not in (15, 18) or not record_id.isalnum():
        print(f"embargo: {record_id!r} is not a Salesforce record id (15 or 18 letters and digits)", file=sys.stderr)
        return 2
    key_path = key_file or files[0].parent / "pseudonym.key"
    try:
        digest = Pseudonymizer.from_file(key_path, create=False).record(record_id)
    except (OSError, ValueError) as err:
        print(f"embargo: cannot use the pseudonymisation key {key_path}: {getattr(err, 'strerror', None) or err}",
              file=sys.stderr)
        return 2
    kind = object_type(record_id)
    left = stopped = 0
    try:
        for record in read_records(files):
            if not any(r.get("hash") == digest for r in record.get("records") or []):
                continue
            decision = record.get("decision") or {}
            destination = record.get("destination") or {}
            workload = record.get("workload") or {}
            action = decision.get("enforced_action", "?")
            left += action == "allow"
            stopped += action != "allow"
            who = workload.get("user") or workload.get("client_ip") or "unknown"
            policy = record.get("policy") or {}
            print(f"{record.get('time')}  {'LEFT   ' if action == 'allow' else action.upper():7}  "
                  f"{who} -> {record.get('host')} ({destination.get('provider', 'unlisted')}, "
                  f"{destination.get('jurisdiction', 'unknown')}; recipient {destination.get('recipient', 'unknown')})  "
                  f"rule {decision.get('rule')}  policy {policy.get('name')} {policy.get('version')}  "
                  f"incident {record.get('incident_id') or '-'}  seq {record.get('seq')}")
    except OSError as err:
        print(f"embargo: cannot read {err.filename}: {err.strerror}", file=sys.stderr)
        return 2
    if not left and not stopped:
        print(f"{kind} {record_id[:15]}: not found in {len(files)} file(s)")
        return 1
    print(f"{kind} {record_id[:15]}: left {left} time(s), stopped {stopped} time(s)")
    return 0


def keygen_command() -> int:
    print(secrets.token_hex(32))
    return 0
