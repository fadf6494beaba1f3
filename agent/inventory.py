"""Inventory of the node's CRM-to-AI data flows: which workloads talk to the CRM, which to
AI endpoints, and which do both — what "CRM-originated" means on a real node.

Fed by the kernel's connection records (labelled through the DNS view) and by the
proxy's flows (which name their host), keyed by workload (pod, container, unit or
command). `embargo agent` writes a snapshot to a file and an `embargo.inventory/1` record
to the event log at an interval; `embargo inventory` prints the file.
"""

from __future__ import annotations

import json
import os
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from agent.events import utc_now
from agent.workload import Workload

SCHEMA = "embargo.inventory/1"
AI, CRM = "ai", "crm"


@dataclass
class HostActivity:
    connections: int = 0
    bytes_sent: int = 0
    bytes_received: int = 0
    first_seen: str = field(default_factory=utc_now)
    last_seen: str = field(default_factory=utc_now)
    via: set[str] = field(default_factory=set)  # kernel | proxy


@dataclass
class WorkloadActivity:
    workload: Workload
    hosts: dict[tuple[str, str], HostActivity] = field(default_factory=dict)  # (kind, host) -> activity

    def kinds(self) -> set[str]:
        return {kind for kind, _ in self.hosts}


class Inventory:
    def __init__(self) -> None:
        self._workloads: dict[str, WorkloadActivity] = {}
        self._lock = threading.Lock()

    def record(self, workload: Workload, kind: str, host: str, via: str, *, new_connection: bool = True,
               bytes_sent: int = 0, bytes_received: int = 0) -> None:
        """One connection (or its closing byte counts) between a workload and a catalog host."""
        if kind not in (AI, CRM):
            return
        with self._lock:
            activity = self._workloads.setdefault(workload.key, WorkloadActivity(workload))
            activity.workload = workload
            host_activity = activity.hosts.setdefault((kind, host), HostActivity())
            host_activity.connections += int(new_connection)
            host_activity.bytes_sent += bytes_sent
            host_activity.bytes_received += bytes_received
            host_activity.last_seen = utc_now()
            host_activity.via.add(via)

    def crm_originated(self, workload: Workload) -> bool:
        """Has this workload (by its key) connected to a CRM host?"""
        with self._lock:
            activity = self._workloads.get(workload.key)
            return activity is not None and CRM in activity.kinds()

    def snapshot(self, node: str, status: dict[str, Any] | None = None) -> dict[str, Any]:
        with self._lock:
            workloads = [
                {
                    "key": key,
                    "category": _category(a.kinds()),
                    "workload": a.workload.to_dict(),
                    "hosts": [
                        {"kind": kind, "host": host, "connections": h.connections, "bytes_sent": h.bytes_sent,
                         "bytes_received": h.bytes_received, "first_seen": h.first_seen, "last_seen": h.last_seen,
                         "via": sorted(h.via)}
                        for (kind, host), h in sorted(a.hosts.items())
                    ],
                }
                for key, a in sorted(self._workloads.items())
            ]
        return {"schema": SCHEMA, "time": utc_now(), "node": node, "status": status or {}, "workloads": workloads}

    def save(self, path: Path, node: str, status: dict[str, Any] | None = None) -> dict[str, Any]:
        snapshot = self.snapshot(node, status)
        temporary = path.with_name(path.name + ".tmp")
        temporary.write_text(json.dumps(snapshot, indent=2) + "\n")
        os.replace(temporary, path)  # readers never see a half-written file
        return snapshot


def _category(kinds: set[str]) -> str:
    if kinds >= {AI, CRM}:
        return "crm-and-ai"
    return "crm-only" if CRM in kinds else "ai-only"


def render(snapshot: dict[str, Any]) -> str:
    """The inventory as `embargo inventory` prints it: the workloads that matter first."""
    lines = [f"node {snapshot['node']}, inventory at {snapshot['time']}"]
    for note in _status_notes(snapshot.get("status", {})):
        lines.append(f"  note: {note}")
    order = {"crm-and-ai": 0, "ai-only": 1, "crm-only": 2}
    titles = {"crm-and-ai": "Talk to the CRM and to AI endpoints (CRM data may reach AI)",
              "ai-only": "Talk to AI endpoints only", "crm-only": "Talk to the CRM only"}
    groups: dict[str, list[dict[str, Any]]] = {}
    for entry in snapshot["workloads"]:
        groups.setdefault(entry["category"], []).append(entry)
    if not groups:
        lines.append("no workload has connected to a catalog host yet")
    for category in sorted(groups, key=order.__getitem__):
        lines.append("")
        lines.append(titles[category])
        for entry in groups[category]:
            workload = entry["workload"]
            who = entry["key"]
            detail = ", ".join(f"{k} {workload[k]}" for k in ("comm", "tgid", "cgroup") if workload.get(k) is not None)
            lines.append(f"  {who}  [{workload.get('attribution')}]  {detail}")
            for host in entry["hosts"]:
                lines.append(f"      {host['kind']:3} {host['host']}  {host['connections']} conn, "
                             f"{host['bytes_sent']} B out / {host['bytes_received']} B in  via {'+'.join(host['via'])}")
    return "\n".join(lines)


def _status_notes(status: dict[str, Any]) -> list[str]:
    notes = []
    if status.get("tracing") is False and status.get("tracing_error"):
        notes.append(status["tracing_error"])
    attribution = status.get("attribution") or {}
    if attribution.get("note"):
        notes.append(attribution["note"])
    return notes
