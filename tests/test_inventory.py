"""The inventory: workloads by what they talk to, CRM origin, snapshots and their rendering."""

from __future__ import annotations

import json

from agent.inventory import Inventory, render
from agent.workload import CONTAINER, SERVICE, PodInfo, Workload

SYNC = Workload(tgid=10, comm="python3", cgroup="/kubepods.slice/x", pod_uid="u-1", container_id="c" * 64,
                attribution=CONTAINER)
EXPORTER = Workload(tgid=20, comm="exporter", unit="crm-export.service", attribution=SERVICE)
CHATBOT = Workload(tgid=30, comm="node", pod=PodInfo("web", "chatbot-0", "u-3"), attribution="pod")


def filled() -> Inventory:
    inventory = Inventory()
    inventory.record(SYNC, "crm", "acme.my.salesforce.com", "proxy")
    inventory.record(SYNC, "ai", "api.openai.com", "kernel", bytes_sent=100, bytes_received=10)
    inventory.record(SYNC, "ai", "api.openai.com", "kernel", new_connection=False, bytes_sent=5000, bytes_received=700)
    inventory.record(SYNC, "ai", "api.openai.com", "proxy")
    inventory.record(EXPORTER, "crm", "acme.my.salesforce.com", "kernel")
    inventory.record(CHATBOT, "ai", "api.anthropic.com", "proxy")
    inventory.record(CHATBOT, "local-model", "127.0.0.1", "proxy")  # not a CRM or AI endpoint: not inventoried
    return inventory


def test_workloads_are_grouped_by_what_they_talk_to(tmp_path):
    snapshot = filled().save(tmp_path / "inventory.json", "node-1", {"tracing": True})
    assert json.loads((tmp_path / "inventory.json").read_text()) == snapshot
    assert snapshot["schema"] == "embargo.inventory/1" and snapshot["node"] == "node-1"
    by_key = {w["key"]: w for w in snapshot["workloads"]}
    assert {k: w["category"] for k, w in by_key.items()} == {
        "pod-uid/u-1": "crm-and-ai", "unit/crm-export.service": "crm-only", "pod/web/chatbot-0": "ai-only"}
    [openai] = [h for h in by_key["pod-uid/u-1"]["hosts"] if h["host"] == "api.openai.com"]
    assert (openai["connections"], openai["bytes_sent"], openai["bytes_received"], openai["via"]) == (2, 5100, 710, ["kernel", "proxy"])
    assert [h["host"] for h in by_key["pod/web/chatbot-0"]["hosts"]] == ["api.anthropic.com"]


def test_crm_origin_follows_the_workload_not_the_process():
    inventory = filled()
    assert inventory.crm_originated(SYNC) and inventory.crm_originated(EXPORTER)
    assert not inventory.crm_originated(CHATBOT)
    another_process_same_pod = Workload(tgid=11, comm="worker", pod_uid="u-1", container_id="d" * 64)
    assert inventory.crm_originated(another_process_same_pod)


def test_render_lists_the_workloads_that_matter_first():
    text = render(filled().snapshot("node-1", {"tracing": False, "tracing_error": "eBPF unavailable: x"}))
    lines = text.splitlines()
    assert "note: eBPF unavailable: x" in text
    both, ai_only, crm_only = (lines.index(t) for t in (
        "Talk to the CRM and to AI endpoints (CRM data may reach AI)", "Talk to AI endpoints only", "Talk to the CRM only"))
    assert both < ai_only < crm_only
    assert "ai  api.openai.com  2 conn, 5100 B out / 710 B in  via kernel+proxy" in text
    assert "no workload" in render(Inventory().snapshot("n"))
