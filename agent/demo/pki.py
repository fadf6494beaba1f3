"""A throwaway certificate authority and server certificate for loopback TLS.

`make_pki` writes a fresh CA and a leaf certificate signed by it into a directory, so
that a fake upstream can serve real TLS and a client (or mitmproxy, through
`ssl_verify_upstream_trusted_ca`) can verify it against the CA alone. Keys are EC P-256,
so a whole set takes milliseconds. Nothing here is fit for anything but tests and demos.
"""

from __future__ import annotations

import datetime
import ipaddress
import ssl
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from agent.ca import certificate_builder

LOOPBACK_IPS = (ipaddress.ip_address("127.0.0.1"), ipaddress.ip_address("::1"))
VALIDITY = datetime.timedelta(days=30)


@dataclass(frozen=True, slots=True)
class Pki:
    """Paths of the PEM files written by `make_pki`."""

    ca_cert: Path   # the CA certificate: what clients trust
    ca_key: Path
    cert: Path      # the leaf (server) certificate
    key: Path       # the leaf's private key

    def server_context(self) -> ssl.SSLContext:
        """A TLS server context presenting the leaf, speaking HTTP/1.1 only."""
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(self.cert, self.key)
        context.set_alpn_protocols(["http/1.1"])
        return context

    def client_context(self) -> ssl.SSLContext:
        """A TLS client context that trusts only this CA, with strict X.509 checks."""
        context = ssl.create_default_context(cafile=str(self.ca_cert))
        context.verify_flags |= ssl.VERIFY_X509_STRICT
        return context


def make_pki(
    directory: Path,
    dns_names: Sequence[str] = ("localhost",),
    *,
    ca_name: str = "Embargo demo CA",
) -> Pki:
    """Write `ca.pem`, `ca-key.pem`, `server.pem` and `server-key.pem` into `directory`.

    The leaf is valid for every name in `dns_names` (wildcards such as `*.openai.com`
    allowed) and for 127.0.0.1 and ::1.
    """
    now = datetime.datetime.now(datetime.timezone.utc)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, ca_name)])
    ca_ski = x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key())
    ca_cert = (
        _builder(ca_subject, ca_subject, ca_key.public_key(), now)
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(_key_usage(cert_sign=True), critical=True)
        .add_extension(ca_ski, critical=False)
        .sign(ca_key, hashes.SHA256())
    )

    leaf_key = ec.generate_private_key(ec.SECP256R1())
    leaf_subject = x509.Name(
        [x509.NameAttribute(NameOID.COMMON_NAME, dns_names[0] if dns_names else "127.0.0.1")]
    )
    sans: list[x509.GeneralName] = [x509.DNSName(name) for name in dns_names]
    sans += [x509.IPAddress(ip) for ip in LOOPBACK_IPS]
    leaf_cert = (
        _builder(leaf_subject, ca_subject, leaf_key.public_key(), now)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(_key_usage(cert_sign=False), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(x509.SubjectAlternativeName(sans), critical=False)
        .add_extension(
            x509.SubjectKeyIdentifier.from_public_key(leaf_key.public_key()), critical=False
        )
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(ca_ski), critical=False
        )
        .sign(ca_key, hashes.SHA256())
    )

    directory.mkdir(parents=True, exist_ok=True)
    pki = Pki(
        ca_cert=directory / "ca.pem",
        ca_key=directory / "ca-key.pem",
        cert=directory / "server.pem",
        key=directory / "server-key.pem",
    )
    pki.ca_cert.write_bytes(ca_cert.public_bytes(serialization.Encoding.PEM))
    _write_key(pki.ca_key, ca_key)
    pki.cert.write_bytes(leaf_cert.public_bytes(serialization.Encoding.PEM))
    _write_key(pki.key, leaf_key)
    return pki


def _builder(
    subject: x509.Name, issuer: x509.Name, public_key: ec.EllipticCurvePublicKey, now: datetime.datetime
) -> x509.CertificateBuilder:
    return certificate_builder(subject, issuer, public_key, now - datetime.timedelta(hours=1), now + VALIDITY)


def _key_usage(*, cert_sign: bool) -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=not cert_sign,
        content_commitment=False,
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=cert_sign,
        crl_sign=cert_sign,
        encipher_only=False,
        decipher_only=False,
    )


def _write_key(path: Path, key: ec.EllipticCurvePrivateKey) -> None:
    path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    path.chmod(0o600)
