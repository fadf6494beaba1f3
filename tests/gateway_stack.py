"""A real `embargo gateway serve` on loopback in front of the fake provider, for the gateway tests.

Everything is made here, as an operator would make it: the gateway's server certificate
(from a throwaway "organisation PKI"), a token signing key (`embargo gateway keygen`), the
provider keys as files, a self-signed client certificate like one a Salesforce org
generates, and the gateway configuration that ties them together.
"""

from __future__ import annotations

import datetime
import ssl
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from agent.demo.pki import Pki, make_pki
from agent.demo.stack import FAKE_HOSTS, ProxyProcess, start_proxy

OPENAI_KEY = "sk-proj-EmbargoHeldOpenAIKey0000000000000000000000000001"
ANTHROPIC_KEY = "sk-ant-api03-EmbargoHeldAnthropicKey00000000000000000000002"
GATEWAY_NAME = "localhost"

GATEWAY_POLICY = """\
apiVersion: embargo.dev/v1
kind: EgressPolicy
name: gateway-test
version: "1"
mode: enforce
protects:
  - tenants: ["*"]      # every authenticated gateway caller
lists:
  sovereign: [EU, EEA, node]
sensitive_fields:
  privileged: [legal_case_strategy__c]
  confidential: [ssn__c]
rules:
  - id: secrets-never-leave
    match: {detectors: ["secret.*"]}
    action: block
    reason: the request contains a credential
  - id: privileged-stays-sovereign
    match: {label: privileged, jurisdiction: {not_in: sovereign}}
    action: block
    reason: privileged legal material may not be sent outside the EU/EEA
  - id: eu-tenants-stay-sovereign
    description: tenants under an EU-only contract never reach non-sovereign endpoints
    match: {tenants: ["*-eu"], jurisdiction: {not_in: sovereign}}
    action: block
    reason: this tenant's contract keeps all AI processing in the EU
default:
  action: allow
"""


@dataclass
class Caller:
    """A client certificate and its key, as files."""

    cert: Path
    key: Path
    fingerprint: str


@dataclass
class GatewayStack:
    process: ProxyProcess
    root: Path
    pki: Pki            # the organisation PKI that issued the gateway's certificate
    signing_key: Path
    salesforce: Caller  # registered: identity salesforce-prod, tenant acme-eu
    stranger: Caller    # a certificate the gateway does not know
    key_files: dict[str, Path]

    @property
    def base(self) -> str:
        return f"https://{GATEWAY_NAME}:{self.process.port}"

    def tls(self, caller: Caller | None = None) -> ssl.SSLContext:
        context = self.pki.client_context()
        if caller:
            context.load_cert_chain(caller.cert, caller.key)
        return context

    def token(self, identity: str, tenant: str, *scope: str, valid: str = "1h") -> str:
        args = ["--identity", identity, "--tenant", tenant, "--valid", valid, *[a for s in scope for a in ("--scope", s)]]
        return cli("gateway", "token", "--signing-key", str(self.signing_key), *args).strip()

    def openai(self, api_key: str, route: str = "openai", caller: Caller | None = None, **kwargs: Any) -> Any:
        import openai

        return openai.OpenAI(api_key=api_key, base_url=f"{self.base}/{route}/v1", max_retries=0,
                             http_client=openai.DefaultHttpxClient(verify=self.tls(caller)), **kwargs)

    def anthropic(self, api_key: str, route: str = "anthropic", caller: Caller | None = None, **kwargs: Any) -> Any:
        import anthropic

        return anthropic.Anthropic(api_key=api_key, base_url=f"{self.base}/{route}", max_retries=0,
                                   http_client=anthropic.DefaultHttpxClient(verify=self.tls(caller)), **kwargs)


def cli(*args: str) -> str:
    done = subprocess.run([sys.executable, "-m", "agent.cli", *args], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return done.stdout


def self_signed_client(directory: Path, name: str) -> Caller:
    """A self-signed client certificate, as Salesforce's Certificate and Key Management makes."""
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Acme"), x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder().subject_name(subject).issuer_name(subject).public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(hours=1)).not_valid_after(now + datetime.timedelta(days=365))
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.CLIENT_AUTH]), critical=False)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = directory / f"{name}.crt", directory / f"{name}.key"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return Caller(cert_path, key_path, cli("gateway", "fingerprint", str(cert_path)).strip())


def start_gateway(root: Path, upstream_port: int, upstream_ca: Path, policy_text: str = GATEWAY_POLICY) -> GatewayStack:
    root.mkdir(parents=True, exist_ok=True)
    pki = make_pki(root / "org-pki", [GATEWAY_NAME])
    server_pem = root / "gateway.pem"  # mitmproxy wants key and certificate in one file
    server_pem.write_bytes(pki.key.read_bytes() + pki.cert.read_bytes())
    cli("gateway", "keygen", "--out", str(root / "signing"))
    public = root / "token-keys"
    public.mkdir()
    for pem in (root / "signing").glob("*.pem"):
        pem.rename(public / pem.name)
    keys = root / "provider-keys"  # the shape of a Kubernetes Secret mount
    keys.mkdir()
    key_files = {"openai": keys / "openai", "anthropic": keys / "anthropic"}
    key_files["openai"].write_text(OPENAI_KEY + "\n")
    key_files["anthropic"].write_text(ANTHROPIC_KEY)
    (root / "revoked").write_text("# revoked token ids\n")
    salesforce = self_signed_client(root, "salesforce-prod")
    stranger = self_signed_client(root, "stranger")
    (root / "gateway.yaml").write_text(f"""\
apiVersion: embargo.dev/v1
kind: Gateway
tokens:
  keys: token-keys
  revoked: revoked
  max_ttl: 30d
clients:
  - description: Salesforce production org, Named Credential Embargo_Gateway
    cert_sha256: "{salesforce.fingerprint}"
    identity: salesforce-prod
    tenant: acme-eu
    scope: [openai-eu, openai]
routes:
  - id: openai
    path: /openai
    upstream: https://api.openai.com
    key_file: provider-keys/openai
  - id: openai-eu
    path: /openai-eu
    upstream: https://eu.api.openai.com
    key_file: provider-keys/openai
  - id: anthropic
    path: /anthropic
    upstream: https://api.anthropic.com
    key_file: provider-keys/anthropic
    caller_keys: replace
  - id: openai-byok
    description: teams that hold their own provider contract bring their own key
    path: /openai-byok
    upstream: https://api.openai.com
    caller_keys: forward
""")
    policy = root / "policy.yaml"
    policy.write_text(policy_text)
    command = ("gateway", "serve", "--config", str(root / "gateway.yaml"), "--tls-cert", str(server_pem))
    process = start_proxy(root / "run", policy, upstream_port, upstream_ca, FAKE_HOSTS,
                          ("--workers", "1"), command=command)
    return GatewayStack(process, root, pki, root / "signing" / "signing-key.key", salesforce, stranger, key_files)
