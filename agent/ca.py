"""The interception CA: name-constrained to the catalog's AI hosts, per-node and short-lived.

Two tiers, so that no node holds a key that outlives a few days or names anything but AI
endpoints:

    root (offline, years)          CA:TRUE pathlen 1, name constraints, EKU serverAuth
      └─ node intermediate (days)  CA:TRUE pathlen 0, the same constraints, one per node
           └─ leaves               minted by mitmproxy per intercepted host

Both CA certificates carry the X.509 name constraints: DNS names only under the catalog's
AI hosts, and no IP address at all. A validator that ignores constraints on a trust
anchor (Java's PKIX does) still enforces the intermediate's. The node's key is generated
on the node (`node_request`), the issuer signs the request with constraints it computes
itself (`sign_node`: nothing in the request can widen them), and `install_node` writes
mitmproxy's confdir layout: `mitmproxy-ca.pem` = node key + intermediate + root (mitmproxy
serves the chain), `mitmproxy-ca-cert.pem` = the root, the only thing workloads trust.
"""

from __future__ import annotations

import datetime
import ipaddress
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from mitmproxy.certs import DEFAULT_DHPARAM

from agent.catalog import Catalog

ROOT_VALIDITY = datetime.timedelta(days=5 * 365)
NODE_VALIDITY = datetime.timedelta(days=7)
MAX_NODE_VALIDITY = datetime.timedelta(days=31)
BACKDATE = datetime.timedelta(minutes=5)  # tolerate small clock skew between issuer and clients
CA_FILE = "mitmproxy-ca.pem"           # what mitmproxy reads: key, then the chain
TRUST_FILE = "mitmproxy-ca-cert.pem"   # what workloads trust: the root only
DHPARAM_FILE = "mitmproxy-dhparam.pem"
NO_IP_ADDRESSES = (ipaddress.ip_network("0.0.0.0/0"), ipaddress.ip_network("::/0"))


class CaError(Exception):
    """A CA operation cannot be done as asked; the message says why (never key material)."""


@dataclass(frozen=True, slots=True)
class PermittedNames:
    names: tuple[str, ...]        # DNS subtrees the CA may vouch for
    uncovered: tuple[str, ...]    # catalog patterns no DNS subtree can express


def permitted_names(catalog: Catalog, extra: Iterable[str] = ()) -> PermittedNames:
    """DNS subtrees covering the catalog's AI hosts.

    `*.x` becomes the subtree `x`. A wildcard inside a label (`*-aiplatform.googleapis.com`,
    `bedrock-runtime.*.amazonaws.com`) is expanded over the catalog's region table, since a
    name constraint cannot say "any label ending in -aiplatform". CRM hosts are never
    intercepted, so they are not in the list.
    """
    names: set[str] = {n.lower().rstrip(".") for n in extra}
    uncovered: list[str] = []
    regions = catalog.region_names()
    for entry in catalog.entries:
        if entry.kind == "crm":
            continue
        for pattern in entry.hosts:
            if "*" not in pattern:
                names.add(pattern)
            elif pattern.startswith("*.") and "*" not in pattern[2:]:
                names.add(pattern[2:])
            elif pattern.count("*") == 1 and regions:
                names.update(pattern.replace("*", region) for region in regions)
            else:
                uncovered.append(pattern)
    # A subtree already covered by a shorter one adds nothing.
    kept = sorted(n for n in names if not any(n != p and n.endswith("." + p) for p in names))
    return PermittedNames(tuple(kept), tuple(uncovered))


def name_constraints(names: Sequence[str]) -> x509.NameConstraints:
    if not names:
        raise CaError("no permitted names: the CA would vouch for nothing")
    return x509.NameConstraints(
        permitted_subtrees=[x509.DNSName(n) for n in names],
        excluded_subtrees=[x509.IPAddress(net) for net in NO_IP_ADDRESSES],
    )


def create_root(names: Sequence[str], common_name: str = "Embargo interception root",
                validity: datetime.timedelta = ROOT_VALIDITY) -> tuple[ec.EllipticCurvePrivateKey, x509.Certificate]:
    """The offline root. Keep its key off the nodes (an HSM, a vault, an offline machine)."""
    key = ec.generate_private_key(ec.SECP384R1())
    subject = x509.Name([x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Embargo"),
                         x509.NameAttribute(NameOID.COMMON_NAME, common_name)])
    now = _now()
    ski = x509.SubjectKeyIdentifier.from_public_key(key.public_key())
    cert = (
        _ca_builder(subject, subject, key.public_key(), now, now + validity, path_length=1, names=names)
        .add_extension(ski, critical=False)
        .sign(key, hashes.SHA384())
    )
    return key, cert


def node_request(node: str) -> tuple[ec.EllipticCurvePrivateKey, x509.CertificateSigningRequest]:
    """A fresh node key and the request the issuer signs; the key never leaves the node."""
    key = ec.generate_private_key(ec.SECP256R1())
    csr = (
        x509.CertificateSigningRequestBuilder()
        .subject_name(_node_subject(node))
        .sign(key, hashes.SHA256())
    )
    return key, csr


def sign_node(root_key: ec.EllipticCurvePrivateKey, root: x509.Certificate, csr: x509.CertificateSigningRequest,
              names: Sequence[str], validity: datetime.timedelta = NODE_VALIDITY) -> x509.Certificate:
    """Issue a node intermediate. Only the request's public key and node name are used:
    constraints, lifetime and usages are the issuer's, whatever the request asks for."""
    if not csr.is_signature_valid:
        raise CaError("the certificate request's signature does not verify")
    if validity > MAX_NODE_VALIDITY:
        raise CaError(f"a node intermediate lives at most {MAX_NODE_VALIDITY.days} days")
    if root.public_key().public_numbers() != root_key.public_key().public_numbers():
        raise CaError("the root key does not belong to the root certificate")
    cn = csr.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    node = str(cn[0].value).removeprefix("Embargo node CA ") if cn else "unnamed"
    now = _now()
    not_after = min(now + validity, root.not_valid_after_utc)
    public_key = csr.public_key()
    return (
        _ca_builder(_node_subject(node), root.subject, public_key, now, not_after, path_length=0, names=names)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public_key), critical=False)  # type: ignore[arg-type]
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(root_key.public_key()), critical=False)
        .sign(root_key, hashes.SHA384())
    )


def install_node(confdir: Path, key: ec.EllipticCurvePrivateKey, intermediate: x509.Certificate,
                 root: x509.Certificate) -> None:
    """Write mitmproxy's confdir files atomically (a running proxy may be watching them)."""
    if intermediate.public_key().public_numbers() != key.public_key().public_numbers():  # type: ignore[union-attr]
        raise CaError("the node key does not belong to the intermediate certificate")
    try:
        intermediate.verify_directly_issued_by(root)
    except (InvalidSignature, ValueError, TypeError) as err:
        raise CaError(f"the intermediate was not issued by this root ({type(err).__name__})") from None
    if not _constraints(intermediate):
        raise CaError("the intermediate carries no name constraints; refusing to install it")
    confdir.mkdir(parents=True, exist_ok=True)
    chain = pem(intermediate) + pem(root)
    _write_atomic(confdir / CA_FILE, key_pem(key) + chain, 0o600)
    _write_atomic(confdir / TRUST_FILE, pem(root), 0o644)
    if not (confdir / DHPARAM_FILE).exists():  # mitmproxy would write it, but a Secret mount is read-only
        _write_atomic(confdir / DHPARAM_FILE, DEFAULT_DHPARAM, 0o644)


@dataclass(frozen=True, slots=True)
class CaStatus:
    subject: str
    not_after: datetime.datetime
    remaining: datetime.timedelta
    permitted: tuple[str, ...]
    constrained: bool


def status(cert: x509.Certificate) -> CaStatus:
    constraints = _constraints(cert)
    permitted = tuple(str(n.value) for n in (constraints.permitted_subtrees or ())) if constraints else ()
    return CaStatus(cert.subject.rfc4514_string(), cert.not_valid_after_utc,
                    cert.not_valid_after_utc - _now(), permitted, constraints is not None)


# --- PEM helpers -------------------------------------------------------------------------


def pem(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(serialization.Encoding.PEM)


def key_pem(key: ec.EllipticCurvePrivateKey) -> bytes:
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                             serialization.NoEncryption())


def load_cert(path: Path) -> x509.Certificate:
    try:
        return x509.load_pem_x509_certificate(path.read_bytes())
    except (OSError, ValueError) as err:
        raise CaError(f"cannot read a certificate from {path}: {_why(err)}") from None


def load_csr(path: Path) -> x509.CertificateSigningRequest:
    try:
        return x509.load_pem_x509_csr(path.read_bytes())
    except (OSError, ValueError) as err:
        raise CaError(f"cannot read a certificate request from {path}: {_why(err)}") from None


def csr_pem(csr: x509.CertificateSigningRequest) -> bytes:
    return csr.public_bytes(serialization.Encoding.PEM)


def load_key(path: Path) -> ec.EllipticCurvePrivateKey:
    try:
        key = serialization.load_pem_private_key(path.read_bytes(), None)
    except (OSError, ValueError, TypeError) as err:
        raise CaError(f"cannot read a private key from {path}: {_why(err)}") from None
    if not isinstance(key, ec.EllipticCurvePrivateKey):
        raise CaError(f"{path}: expected an EC private key")
    return key


def write_key(path: Path, key: ec.EllipticCurvePrivateKey) -> None:
    write_private(path, key_pem(key))


def write_private(path: Path, data: bytes) -> None:
    _write_atomic(path, data, 0o600)


def write_public(path: Path, data: bytes) -> None:
    _write_atomic(path, data, 0o644)


# --- internals ---------------------------------------------------------------------------


def _now() -> datetime.datetime:
    return datetime.datetime.now(datetime.UTC)


def _why(err: Exception) -> str:
    return err.strerror if isinstance(err, OSError) and err.strerror else type(err).__name__


def _node_subject(node: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Embargo"),
                      x509.NameAttribute(NameOID.COMMON_NAME, f"Embargo node CA {node}"[:64])])


def _constraints(cert: x509.Certificate) -> x509.NameConstraints | None:
    try:
        return cert.extensions.get_extension_for_class(x509.NameConstraints).value
    except x509.ExtensionNotFound:
        return None


def certificate_builder(subject: x509.Name, issuer: x509.Name, public_key, not_before: datetime.datetime,
                        not_after: datetime.datetime) -> x509.CertificateBuilder:
    """Subject, issuer, key, a random serial and the validity: what every certificate needs."""
    return (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer)
        .public_key(public_key)
        .serial_number(x509.random_serial_number())
        .not_valid_before(not_before)
        .not_valid_after(not_after)
    )


def _ca_builder(subject: x509.Name, issuer: x509.Name, public_key, not_before: datetime.datetime,
                not_after: datetime.datetime, *, path_length: int, names: Sequence[str]) -> x509.CertificateBuilder:
    return (
        certificate_builder(subject, issuer, public_key, not_before - BACKDATE, not_after)
        .add_extension(x509.BasicConstraints(ca=True, path_length=path_length), critical=True)
        .add_extension(
            x509.KeyUsage(digital_signature=True, content_commitment=False, key_encipherment=False,
                          data_encipherment=False, key_agreement=False, key_cert_sign=True, crl_sign=True,
                          encipher_only=False, decipher_only=False),
            critical=True,
        )
        # Server authentication only: the CA cannot sign code, e-mail or client certificates.
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(name_constraints(names), critical=True)
    )


def _write_atomic(path: Path, data: bytes, mode: int) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
