"""The name-constrained interception CA: `openssl verify` on leaves minted the way mitmproxy
mints them, the issuer's rules, and the CA in a running proxy (SDKs trusting it through
SSL_CERT_FILE alone, rotation without a restart).
"""

from __future__ import annotations

import datetime
import ipaddress
import shutil
import socket
import ssl
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from mitmproxy import certs

from agent import ca
from agent.catalog import Catalog
from agent.demo.stack import start_proxy
from tests.conftest import POLICIES
from tests.gateway_stack import cli

OPENSSL = shutil.which("openssl")


@dataclass
class NodeCa:
    root_dir: Path
    confdir: Path

    @property
    def root(self) -> Path:
        return self.root_dir / "root.pem"

    def intermediate(self) -> tuple[ec.EllipticCurvePrivateKey, x509.Certificate]:
        data = (self.confdir / ca.CA_FILE).read_bytes()
        return ca.serialization.load_pem_private_key(data, None), x509.load_pem_x509_certificates(data)[0]


def issue_node_ca(root_dir: Path, confdir: Path, node: str = "node-1", valid: str = "7d") -> NodeCa:
    """The documented procedure, command by command."""
    if not (root_dir / "root.pem").exists():
        cli("ca", "root", "--out", str(root_dir))
    cli("ca", "request", "--confdir", str(confdir), "--node", node)
    signed = confdir.parent / f"{node}.pem"
    cli("ca", "sign", "--root", str(root_dir), "--csr", str(confdir / "node.csr"), "--out", str(signed), "--valid", valid)
    cli("ca", "install", "--confdir", str(confdir), "--cert", str(signed), "--root-cert", str(root_dir / "root.pem"))
    return NodeCa(root_dir, confdir)


@pytest.fixture(scope="module")
def node_ca(tmp_path_factory) -> NodeCa:
    base = tmp_path_factory.mktemp("ca")
    return issue_node_ca(base / "root", base / "confdir")


def mint(node_ca: NodeCa, directory: Path, *names: str) -> Path:
    """A leaf exactly as mitmproxy's certificate store mints it, under the node intermediate."""
    key, intermediate = node_ca.intermediate()
    sans = [x509.IPAddress(ipaddress.ip_address(n)) if n[0].isdigit() else x509.DNSName(n) for n in names]
    leaf = certs.dummy_cert(key, intermediate, names[0], sans)  # type: ignore[arg-type]
    path = directory / f"leaf-{'_'.join(names)}.pem"
    path.write_bytes(ca.pem(leaf.to_cryptography()))
    return path


def openssl_verify(node_ca: NodeCa, leaf: Path, *extra: str) -> subprocess.CompletedProcess:
    untrusted = node_ca.confdir.parent / "intermediate.pem"
    untrusted.write_bytes(ca.pem(node_ca.intermediate()[1]))
    return subprocess.run([OPENSSL, "verify", "-CAfile", str(node_ca.root), "-untrusted", str(untrusted), *extra, str(leaf)],
                          capture_output=True, text=True)


# --- permitted names -----------------------------------------------------------------------


def test_permitted_names_cover_the_catalogs_ai_hosts_and_nothing_else():
    catalog = Catalog.load()
    names = set(ca.permitted_names(catalog).names)
    assert {"api.openai.com", "api.anthropic.com", "openai.azure.com", "generativelanguage.googleapis.com"} <= names
    assert "europe-west4-aiplatform.googleapis.com" in names  # a wildcard inside a label, expanded over regions
    assert "bedrock-runtime.eu-central-1.amazonaws.com" in names
    assert "eu.api.openai.com" not in names  # inside the api.openai.com subtree already
    assert not any("salesforce.com" in n and n != "api.salesforce.com" for n in names)  # the CRM is never intercepted
    assert not any(n in ("googleapis.com", "amazonaws.com", "azure.com", "com") for n in names)
    for entry in catalog.entries:
        for host in entry.hosts:
            if "*" not in host and entry.kind == "ai":
                assert any(host == n or host.endswith("." + n) for n in names), host


# --- openssl verify ------------------------------------------------------------------------

needs_openssl = pytest.mark.skipif(OPENSSL is None, reason="the openssl command is not installed")


@needs_openssl
@pytest.mark.parametrize("names", [("api.openai.com",), ("eu.api.openai.com",), ("contoso.openai.azure.com",),
                                   ("bedrock-runtime.eu-central-1.amazonaws.com",)])
def test_a_leaf_for_a_catalog_host_verifies(node_ca, tmp_path, names):
    result = openssl_verify(node_ca, mint(node_ca, tmp_path, *names), "-purpose", "sslserver")
    assert result.returncode == 0 and ": OK" in result.stdout, result.stderr


@needs_openssl
@pytest.mark.parametrize("names, violation", [
    (("www.google.com",), "permitted subtree violation"),
    (("login.salesforce.com",), "permitted subtree violation"),        # the CRM: never impersonated
    (("api.openai.com.evil.example",), "permitted subtree violation"),
    (("10.0.0.5",), "excluded subtree violation"),                     # no IP address at all
    (("api.openai.com", "127.0.0.1"), "excluded subtree violation"),   # what mitmproxy mints after --resolve
])
def test_a_leaf_for_any_other_name_does_not_verify(node_ca, tmp_path, names, violation):
    result = openssl_verify(node_ca, mint(node_ca, tmp_path, *names))
    assert result.returncode != 0
    assert violation in result.stdout + result.stderr


@needs_openssl
def test_the_ca_cannot_vouch_for_clients_and_expires_with_the_intermediate(node_ca, tmp_path):
    key, intermediate = node_ca.intermediate()
    now = datetime.datetime.now(datetime.UTC)
    client_cert = (  # a client certificate, had someone signed one with the node key
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(x509.NameOID.COMMON_NAME, "api.openai.com")]))
        .issuer_name(intermediate.subject).public_key(key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=1)).not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName("api.openai.com")]), critical=False)
        .add_extension(x509.ExtendedKeyUsage([x509.ExtendedKeyUsageOID.CLIENT_AUTH]), critical=False)
        .sign(key, hashes.SHA256())
    )
    client_path = tmp_path / "client.pem"
    client_path.write_bytes(ca.pem(client_cert))
    result = openssl_verify(node_ca, client_path, "-purpose", "sslclient")
    assert result.returncode != 0 and "at 1 depth lookup: unsuitable certificate purpose" in result.stderr + result.stdout
    leaf = mint(node_ca, tmp_path, "api.openai.com")
    in_8_days = str(int(time.time()) + 8 * 86400)
    result = openssl_verify(node_ca, leaf, "-attime", in_8_days)
    assert result.returncode != 0 and "certificate has expired" in result.stdout + result.stderr


# --- the issuer's rules --------------------------------------------------------------------


def test_sign_uses_the_issuers_constraints_whatever_the_request_asks(node_ca, tmp_path):
    key = ec.generate_private_key(ec.SECP256R1())
    greedy = (
        x509.CertificateSigningRequestBuilder()
        .subject_name(x509.Name([x509.NameAttribute(x509.NameOID.COMMON_NAME, "Embargo node CA greedy")]))
        .add_extension(x509.NameConstraints(permitted_subtrees=[x509.DNSName("com")], excluded_subtrees=None), critical=True)
        .add_extension(x509.BasicConstraints(ca=True, path_length=5), critical=True)
        .sign(key, hashes.SHA256())
    )
    root_key, root = ca.load_key(node_ca.root_dir / "root-key.pem"), ca.load_cert(node_ca.root)
    names = ca.permitted_names(Catalog.load()).names
    cert = ca.sign_node(root_key, root, greedy, names, datetime.timedelta(days=1))
    constraints = cert.extensions.get_extension_for_class(x509.NameConstraints)
    assert constraints.critical and {n.value for n in constraints.value.permitted_subtrees} == set(names)
    assert cert.extensions.get_extension_for_class(x509.BasicConstraints).value.path_length == 0
    assert cert.not_valid_after_utc - cert.not_valid_before_utc <= datetime.timedelta(days=1, minutes=5)
    with pytest.raises(ca.CaError, match="at most 31 days"):
        ca.sign_node(root_key, root, greedy, names, datetime.timedelta(days=90))


def test_install_refuses_a_foreign_intermediate_and_show_warns_before_expiry(node_ca, tmp_path):
    other_key, other_root = ca.create_root(["api.openai.com"])
    node_key, csr = ca.node_request("node-x")
    foreign = ca.sign_node(other_key, other_root, csr, ["api.openai.com"])
    with pytest.raises(ca.CaError, match="not issued by this root"):
        ca.install_node(tmp_path / "confdir", node_key, foreign, ca.load_cert(node_ca.root))
    with pytest.raises(ca.CaError, match="does not belong"):
        ca.install_node(tmp_path / "confdir", ec.generate_private_key(ec.SECP256R1()), foreign, other_root)
    done = subprocess.run([sys.executable, "-m", "agent.cli", "ca", "show", str(node_ca.confdir / ca.CA_FILE),
                           "--warn", "8d"], capture_output=True, text=True)
    assert done.returncode == 1 and "constrained:  yes" in done.stdout
    assert "PRIVATE" not in done.stdout + done.stderr


# --- the CA in a running proxy ------------------------------------------------------------


SDK_SCRIPT = """
import sys, openai, anthropic
reply = openai.OpenAI(api_key="sk-test", max_retries=0).chat.completions.create(
    model="gpt-4o", messages=[{"role": "user", "content": "Three tips for a QBR agenda?"}])
message = anthropic.Anthropic(api_key="sk-ant-test", max_retries=0).messages.create(
    model="claude-haiku-4-5", max_tokens=20, messages=[{"role": "user", "content": "hello"}])
print(reply.choices[0].message.content, "|", message.content[0].text)
"""


def build_trust(root: Path, out: Path) -> Path:
    """deploy/trust/component/build-trust.sh, as the init container runs it."""
    script = Path(__file__).resolve().parent.parent / "deploy" / "trust" / "component" / "build-trust.sh"
    subprocess.run(["sh", str(script)], env={"PATH": "/usr/bin:/bin", "EMBARGO_ROOT": str(root), "OUT": str(out)},
                   check=True, capture_output=True)
    return out


@pytest.fixture(scope="module")
def constrained_proxy(tmp_path_factory, upstream):
    base = tmp_path_factory.mktemp("constrained")
    node = issue_node_ca(base / "root", base / "run" / "mitmproxy")
    proxy = start_proxy(base / "run", POLICIES / "default.yaml", upstream.fake.port, upstream.pki.ca_cert,
                        extra_args=("--workers", "1", "--set", "embargo_ca_check_s=1"))
    yield proxy, node, build_trust(node.root, base / "trust")
    proxy.stop()


@pytest.mark.integration
def test_python_sdks_trust_the_constrained_ca_through_ssl_cert_file_alone(constrained_proxy, fake):
    proxy, _, trust = constrained_proxy
    env = {"PATH": "/usr/bin:/bin", "HTTPS_PROXY": proxy.url, "HOME": str(trust)}
    run = [sys.executable, "-c", SDK_SCRIPT]
    without = subprocess.run(run, env=env, capture_output=True, text=True, timeout=60)
    assert without.returncode != 0 and "APIConnectionError" in without.stderr  # the system store alone: refused
    done = subprocess.run(run, env={**env, "SSL_CERT_FILE": str(trust / "ca-bundle.pem")},
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "[fake-openai]" in done.stdout and "[fake-anthropic]" in done.stdout
    assert {r.host for r in fake.received} == {"api.openai.com", "api.anthropic.com"}


def served_leaf(proxy, trust: Path, host: str = "api.openai.com") -> x509.Certificate:
    """Open a CONNECT tunnel and a TLS session as a client trusting the bundle would."""
    context = ssl.create_default_context(cafile=str(trust / "ca-bundle.pem"))
    with socket.create_connection(("127.0.0.1", proxy.port), timeout=10) as raw:
        raw.sendall(f"CONNECT {host}:443 HTTP/1.1\r\nHost: {host}:443\r\n\r\n".encode())
        assert raw.recv(4096).startswith(b"HTTP/1.1 200")
        with context.wrap_socket(raw, server_hostname=host) as tls:
            return x509.load_der_x509_certificate(tls.getpeercert(binary_form=True))


@pytest.mark.integration
def test_rotated_intermediate_is_used_without_a_restart(constrained_proxy):
    proxy, node, trust = constrained_proxy
    _, before = node.intermediate()
    served_leaf(proxy, trust).verify_directly_issued_by(before)
    issue_node_ca(node.root_dir, node.confdir, node="node-1-rotated")
    _, after = node.intermediate()
    assert after.serial_number != before.serial_number
    deadline = time.monotonic() + 15
    while True:
        leaf = served_leaf(proxy, trust)  # the workloads' trust bundle did not change
        try:
            leaf.verify_directly_issued_by(after)
            break
        except Exception:  # noqa: BLE001 - InvalidSignature until the proxy has reloaded
            assert time.monotonic() < deadline, "the proxy did not pick up the rotated CA"
            time.sleep(0.5)


@pytest.mark.integration
@pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed")
def test_node_trusts_the_constrained_ca_through_node_extra_ca_certs(constrained_proxy):
    proxy, _, trust = constrained_proxy
    script = f"""
const http = require('http'), tls = require('tls');
http.request({{host: '127.0.0.1', port: {proxy.port}, method: 'CONNECT', path: 'api.openai.com:443'}})
  .on('connect', (res, socket) => {{
    const s = tls.connect({{socket, servername: 'api.openai.com'}}, () => {{
      console.log('authorized', s.authorized, s.getPeerCertificate().issuer.CN); s.end(); }});
    s.on('error', e => {{ console.log('error', e.code); process.exit(3); }});
  }}).end();
"""
    env = {"PATH": "/usr/bin:/bin"}
    without = subprocess.run(["node", "-e", script], env=env, capture_output=True, text=True, timeout=30)
    assert without.returncode == 3 and "SELF_SIGNED_CERT_IN_CHAIN" in without.stdout  # the root, untrusted
    done = subprocess.run(["node", "-e", script], env={**env, "NODE_EXTRA_CA_CERTS": str(trust / "embargo-root.pem")},
                          capture_output=True, text=True, timeout=30)
    assert done.returncode == 0 and "authorized true Embargo node CA" in done.stdout, done.stdout + done.stderr


JAVA_CLIENT = """
import java.net.URI;
import java.net.http.*;
public class Call {
  public static void main(String[] args) throws Exception {
    var request = HttpRequest.newBuilder(URI.create("https://api.openai.com/v1/chat/completions"))
      .header("content-type", "application/json").header("authorization", "Bearer sk-test")
      .POST(HttpRequest.BodyPublishers.ofString("{\\"model\\":\\"gpt-4o\\",\\"messages\\":[{\\"role\\":\\"user\\",\\"content\\":\\"hi\\"}]}"))
      .build();
    var response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    System.out.println(response.statusCode() + " " + response.body());
  }
}
"""


@pytest.mark.integration
@pytest.mark.skipif(shutil.which("java") is None or shutil.which("keytool") is None, reason="no Java runtime")
def test_java_trusts_the_constrained_ca_through_the_built_truststore(constrained_proxy, tmp_path):
    proxy, _, trust = constrained_proxy
    assert (trust / "cacerts.p12").exists()
    (tmp_path / "Call.java").write_text(JAVA_CLIENT)
    proxy_flags = ["-Dhttps.proxyHost=127.0.0.1", f"-Dhttps.proxyPort={proxy.port}"]
    run = ["java", *proxy_flags, str(tmp_path / "Call.java")]
    without = subprocess.run(run, capture_output=True, text=True, timeout=120)
    assert without.returncode != 0 and "PKIX path building failed" in without.stderr
    options = f"-Djavax.net.ssl.trustStore={trust / 'cacerts.p12'} -Djavax.net.ssl.trustStorePassword=changeit"
    done = subprocess.run(run, capture_output=True, text=True, timeout=120,
                          env={"PATH": "/usr/bin:/bin", "JAVA_TOOL_OPTIONS": options})
    assert done.returncode == 0 and done.stdout.startswith("200 ") and "[fake-openai]" in done.stdout, done.stderr
