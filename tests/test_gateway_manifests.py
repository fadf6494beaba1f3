"""deploy/gateway: renders, mounts secrets read-only as directories, keeps its audit log, and
ships a configuration and policy that load."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
import yaml

from agent.catalog import Catalog
from agent.gateway import tokens
from agent.gateway.config import GATEWAY_SCHEMA, load_gateway_config
from agent.policy.model import load_policy

GATEWAY = Path(__file__).resolve().parent.parent / "deploy" / "gateway"
KUBECTL = shutil.which("kubectl")


@pytest.fixture(scope="module")
def rendered(tmp_path_factory) -> dict[str, dict]:
    if KUBECTL is None:
        pytest.skip("kubectl is not installed (kustomize renders offline with it)")
    done = subprocess.run([KUBECTL, "kustomize", str(GATEWAY)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    strict_schema_check(done.stdout, tmp_path_factory.mktemp("gateway-manifests"))
    return {f"{d['kind']}/{d['metadata']['name']}": d for d in yaml.safe_load_all(done.stdout) if d}


def strict_schema_check(text: str, directory: Path) -> None:
    """kubernetes-validate --strict: every field known to the Kubernetes schemas."""
    validator = shutil.which("kubernetes-validate", path=str(Path(sys.executable).parent))
    assert validator, "kubernetes-validate is a test dependency"
    rendered = directory / "rendered.yaml"
    rendered.write_text(text)
    result = subprocess.run([validator, "--strict", "--quiet", str(rendered)], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr


def test_gateway_runs_as_a_statefulset_with_its_own_audit_volume(rendered):
    sts = rendered["StatefulSet/embargo-gateway"]
    [container] = sts["spec"]["template"]["spec"]["containers"]
    assert container["args"][:2] == ["gateway", "serve"]
    assert "--events=/var/lib/embargo/audit/gateway-audit.jsonl" in container["args"]
    assert [t["metadata"]["name"] for t in sts["spec"]["volumeClaimTemplates"]] == ["audit"]
    mounts = {m["name"]: m for m in container["volumeMounts"]}
    assert all("subPath" not in m for m in mounts.values())  # updates reach directory mounts only
    volumes = {v["name"]: v for v in sts["spec"]["template"]["spec"]["volumes"]}
    for secret in ("tls", "provider-keys"):
        assert mounts[secret]["readOnly"] and volumes[secret]["secret"]["defaultMode"] == 0o400
    assert not any("valueFrom" in e and "secretKeyRef" in e["valueFrom"] for e in container.get("env", []))
    assert container["securityContext"]["readOnlyRootFilesystem"]
    assert rendered["Service/embargo-gateway"]["spec"]["ports"][0]["targetPort"] == "https"


def test_shipped_configuration_and_policy_load(rendered, tmp_path):
    config = rendered["ConfigMap/embargo-gateway-config"]["data"]["gateway.yaml"]
    jsonschema.validate(yaml.safe_load(config), json.loads(GATEWAY_SCHEMA.read_text()))
    (tmp_path / "gateway" / "token-keys").mkdir(parents=True)
    (tmp_path / "gateway" / "token-keys" / "k.pem").write_bytes(tokens.new_signing_key()[1])
    (tmp_path / "gateway" / "revoked").mkdir()
    (tmp_path / "gateway" / "revoked" / "revoked").write_text(rendered["ConfigMap/embargo-gateway-revoked"]["data"]["revoked"])
    (tmp_path / "gateway.yaml").write_text(config.replace("/etc/embargo", str(tmp_path)))
    loaded = load_gateway_config(tmp_path / "gateway.yaml", Catalog.load())
    assert {r.host for r in loaded.routes} == {"eu.api.openai.com", "api.anthropic.com"}
    (tmp_path / "policy.yaml").write_text(rendered["ConfigMap/embargo-gateway-policy"]["data"]["policy.yaml"])
    assert load_policy(tmp_path / "policy.yaml").protects[0].tenants == ("*",)
    lint = subprocess.run([sys.executable, "-m", "agent.cli", "policy", "lint", str(tmp_path / "policy.yaml")],
                          capture_output=True, text=True, timeout=60)
    assert lint.returncode == 0 and "0 error(s), 0 warning(s)" in lint.stdout, lint.stdout
