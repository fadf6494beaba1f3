"""Workload selectors (cgroup, process, pod, crm_originated): loading, matching, schema
errors, and how decision events carry the kernel's view."""

from __future__ import annotations

import pytest

from agent.events import identity_record
from agent.policy.engine import Identity
from agent.policy.model import load_policy
from agent.workload import PodInfo, Workload
from agent.yamlfile import ConfigError
from tests.conftest import POLICIES

POLICY = load_policy(POLICIES / "crm-workloads.yaml")
SYNC_POD = PodInfo("crm", "sf-sync-1", "u1", (("app", "sf-sync"), ("tier", "batch")), "sf-sync")


def protects(workload: Workload | None, client: str = "10.9.9.9") -> bool:
    return POLICY.protects_client(client, None, workload)


def test_pods_match_by_namespace_labels_and_service_account():
    assert protects(Workload(pod=SYNC_POD))
    assert not protects(Workload(pod=PodInfo("crm", "x", "u", (("app", "other"),), "sf-sync")))  # label differs
    assert not protects(Workload(pod=PodInfo("crm", "x", "u", (), "sf-sync")))  # label missing
    assert protects(Workload(pod=PodInfo("crm-emea", "x", "u", (), "salesforce-reader")))  # namespace and SA globs
    assert not protects(Workload(pod=PodInfo("crm-emea", "x", "u", (), "default")))
    assert not protects(Workload(pod_uid="u1"))  # a pod UID without metadata matches no pod selector


def test_cgroups_processes_and_crm_origin():
    assert protects(Workload(cgroup="/system.slice/crm-export.service"))
    assert not protects(Workload(cgroup="/system.slice/crm-export.service/child"))
    assert protects(Workload(comm="sf-bulk-load")) and not protects(Workload(comm="sf-bulk"))
    assert protects(Workload(exe="/opt/crm/bin/loader")) and not protects(Workload(exe="/usr/bin/python3"))
    assert protects(Workload(comm="anything", crm_originated=True))
    assert not protects(Workload(comm="anything")) and not protects(None)


def test_existing_selectors_are_unchanged():
    strict = load_policy(POLICIES / "eu-legal-strict.yaml")
    assert strict.protects_client("10.20.3.4", None) and strict.protects_client("10.99.0.1", "legal-intake")
    assert not strict.protects_client("10.99.0.1", None, Workload(comm="python3", pod=SYNC_POD))
    assert strict.workload_selectors == ()
    assert len(POLICY.workload_selectors) == 6  # five in protects, one rule's match


@pytest.mark.parametrize(("selector", "message"), [
    ("cgroup: relative/path", "cgroup does not fit any allowed form: cgroup v2 path(s)"),
    ("process: {}", "process must not be empty"),
    ("pod: {labels: {}}", "pod does not fit any allowed form: Kubernetes pods"),
    ("pod: {namespace: crm, label: {app: x}}", "pod does not fit any allowed form"),
    ("process: {comm: [a-name-longer-than-15]}", "can never match: the kernel keeps the first 15 characters"),
    ("crm_originated: false", "crm_originated must be True"),
])
def test_selector_mistakes_are_reported(tmp_path, selector, message):
    path = tmp_path / "p.yaml"
    path.write_text(f"apiVersion: embargo.dev/v1\nkind: EgressPolicy\nname: p\nversion: '1'\nprotects:\n  - {selector}\nrules: []\n")
    with pytest.raises(ConfigError) as err:
        load_policy(path)
    assert message in str(err.value) and "p.yaml:6" in str(err.value)


def test_events_carry_the_kernel_view():
    kernel = Workload(pid=7, tgid=7, comm="python3", cgroup="/kubepods.slice/x", container_id="c" * 64,
                      pod=SYNC_POD, attribution="pod")
    record = identity_record(Identity("10.0.0.2", 40000, None, kernel))
    assert record["client_ip"] == "10.0.0.2" and record["client_port"] == 40000
    assert record["kernel"]["pod"] == {"namespace": "crm", "name": "sf-sync-1", "uid": "u1",
                                       "labels": {"app": "sf-sync", "tier": "batch"}, "service_account": "sf-sync"}
    assert record["kernel"]["attribution"] == "pod" and "exe" not in record["kernel"]  # unknown fields are left out
    assert "kernel" not in identity_record(Identity("10.0.0.2", 40000))  # plain `embargo proxy`: no kernel view


def test_recorded_agent_events_replay_with_their_kernel_view():
    """`embargo policy replay` re-decides recorded traffic: the kernel view comes back as a Workload."""
    from agent.catalog import Catalog
    from agent.events import DecisionEvent
    from agent.policy.engine import RequestContext, decide
    from agent.policy.records import replayable
    from classifier.classification import Classification, Label

    destination = Catalog.load().destination("api.openai.com", 443)
    kernel = Workload(tgid=7, comm="python3", cgroup="/system.slice/crm-export.service", attribution="service")
    identity = Identity("10.0.0.2", 40000, None, kernel)
    classification = Classification(Label.CONFIDENTIAL, 1.0)
    decision = decide(RequestContext(identity, "api.openai.com", destination, "chat"), classification, POLICY)
    record = DecisionEvent(phase="request", node="n", workload=identity, host="api.openai.com",
                           destination=destination, decision=decision, policy=POLICY, classification=classification).to_dict()
    item = replayable(record)
    assert not isinstance(item, str), item
    assert item.context.identity.kernel == kernel
    assert decide(item.context, item.classification, POLICY).rule_id == "personal-data-stays-sovereign"


def test_shadowing_takes_workload_selectors_into_account():
    from agent.policy.analysis import covers
    from agent.policy.model import Match, PodSelector, Rule, Selector

    def rule(**selector) -> Rule:
        return Rule(id="r", action="block", match=Match(who=Selector(**selector)), mode="enforce", reason="r")

    assert not covers(rule(cgroups=("/system.slice/a.service",)), rule(cgroups=("/system.slice/b.service",)))
    assert covers(rule(cgroups=("*",)), rule(cgroups=("/system.slice/b.service",)))
    assert not covers(rule(commands=("python3",)), rule(commands=("python3",), crm_originated=True))
    assert not covers(rule(pods=(PodSelector(namespace="crm"),)), rule(pods=(PodSelector(namespace="web"),)))
    assert covers(rule(pods=(PodSelector(namespace="crm"),), crm_originated=True), rule(pods=(PodSelector(namespace="crm"),)))
