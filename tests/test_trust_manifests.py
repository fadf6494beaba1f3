"""deploy/trust: the manifests render, inject the trust stores, and carry no private key.

The init container's script is the same file tests/test_ca.py runs to build the stores the
Python SDKs, Node and Java then trust; here the Kubernetes side is checked: what a workload
labelled `embargo.dev/trust: inject` becomes after `kubectl kustomize`.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from agent import ca
from tests.test_gateway_manifests import strict_schema_check

TRUST = Path(__file__).resolve().parent.parent / "deploy" / "trust"
KUBECTL = shutil.which("kubectl")


@pytest.fixture(scope="module")
def rendered(tmp_path_factory) -> list[dict]:
    if KUBECTL is None:
        pytest.skip("kubectl is not installed (kustomize renders offline with it)")
    work = tmp_path_factory.mktemp("trust") / "trust"
    shutil.copytree(TRUST, work)
    _, root = ca.create_root(["api.openai.com"])
    (work / "example" / "root.pem").write_bytes(ca.pem(root))
    done = subprocess.run([KUBECTL, "kustomize", str(work / "example")], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    strict_schema_check(done.stdout, work)
    return [d for d in yaml.safe_load_all(done.stdout) if d]


def test_labelled_workload_gets_the_init_container_and_the_runtime_settings(rendered):
    [deployment] = [d for d in rendered if d["kind"] == "Deployment"]
    spec = deployment["spec"]["template"]["spec"]
    [init] = spec["initContainers"]
    assert init["name"] == "embargo-trust" and init["command"] == ["sh", "/opt/embargo/build-trust.sh"]
    assert init["securityContext"]["runAsNonRoot"] and init["securityContext"]["readOnlyRootFilesystem"]
    [app] = spec["containers"]
    env = {e["name"]: e["value"] for e in app["env"]}
    assert env["SSL_CERT_FILE"] == env["REQUESTS_CA_BUNDLE"] == "/etc/embargo-trust/ca-bundle.pem"
    assert env["NODE_EXTRA_CA_CERTS"] == "/etc/embargo-trust/embargo-root.pem"
    assert "-Djavax.net.ssl.trustStore=/etc/embargo-trust/cacerts.p12" in env["JAVA_TOOL_OPTIONS"]
    assert env["HTTPS_PROXY"].startswith("http://embargo-proxy")  # the workload's own settings stay
    assert {"name": "embargo-trust", "mountPath": "/etc/embargo-trust", "readOnly": True} in app["volumeMounts"]
    volumes = {v["name"]: v for v in spec["volumes"]}
    assert volumes["embargo-trust"]["emptyDir"]["medium"] == "Memory"
    assert volumes["embargo-ca-root"]["configMap"]["name"] == "embargo-ca-bundle"
    scripts = volumes["embargo-trust-scripts"]["configMap"]["name"]
    [script_map] = [d for d in rendered if d["kind"] == "ConfigMap" and d["metadata"]["name"] == scripts]
    assert script_map["data"]["build-trust.sh"] == (TRUST / "component" / "build-trust.sh").read_text()


def test_no_private_key_and_no_secret_reaches_the_workload_namespace(rendered):
    assert not [d for d in rendered if d["kind"] == "Secret"]
    text = yaml.safe_dump_all(rendered)
    assert re.search(r"-----BEGIN [A-Z ]*PRIVATE KEY-----", text) is None
    [root_map] = [d for d in rendered if d["kind"] == "ConfigMap" and d["metadata"]["name"] == "embargo-ca-bundle"]
    assert list(root_map["data"]) == ["ca.crt"] and root_map["data"]["ca.crt"].count("BEGIN CERTIFICATE") == 1


def test_build_script_refuses_a_private_key_in_place_of_the_root(tmp_path):
    key, root = ca.create_root(["api.openai.com"])
    bad = tmp_path / "root.pem"
    bad.write_bytes(ca.key_pem(key) + ca.pem(root))
    done = subprocess.run(["sh", str(TRUST / "component" / "build-trust.sh")], capture_output=True, text=True,
                          env={"PATH": "/usr/bin:/bin", "EMBARGO_ROOT": str(bad), "OUT": str(tmp_path / "out")})
    assert done.returncode == 1 and "holds a private key" in done.stderr
    assert not (tmp_path / "out").exists()
