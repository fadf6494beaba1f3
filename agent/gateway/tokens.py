"""Embargo gateway tokens: scoped, expiring, signed credentials for callers.

    emb1.<base64url(claims JSON)>.<base64url(Ed25519 signature over "emb1." + claims)>

Claims: `kid` (which signing key), `jti` (token id, for revocation and audit), `sub`
(identity), `ten` (tenant), `scp` (route ids the token may call), `iat` and `exp` (Unix
seconds). Tokens are issued with a signing key kept off the gateway (`embargo gateway
token issue`); the gateway holds only public keys, so a compromised gateway cannot mint
tokens. A caller sends its token where its SDK sends an API key (`Authorization: Bearer`,
`x-api-key`), so switching to the gateway changes only the base URL and the key value.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import secrets
import time
from collections.abc import Container, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

PREFIX = "emb1."
CLOCK_SKEW_S = 60


class TokenError(Exception):
    """Why a token is not accepted: a fixed phrase, never the token or its claims."""


@dataclass(frozen=True, slots=True)
class TokenClaims:
    kid: str
    jti: str
    identity: str
    tenant: str
    scope: tuple[str, ...]
    issued_at: int
    expires_at: int


def is_token(value: str) -> bool:
    return value.startswith(PREFIX)


def key_id(public_key: Ed25519PublicKey) -> str:
    raw = public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()[:16]


def issue(signing_key: Ed25519PrivateKey, identity: str, tenant: str, scope: Iterable[str], ttl_s: int,
          now: float | None = None) -> tuple[str, TokenClaims]:
    issued = int(now if now is not None else time.time())
    claims = TokenClaims(key_id(signing_key.public_key()), secrets.token_hex(8), identity, tenant,
                         tuple(sorted(set(scope))), issued, issued + ttl_s)
    payload = _b64(json.dumps({
        "kid": claims.kid, "jti": claims.jti, "sub": claims.identity, "ten": claims.tenant,
        "scp": list(claims.scope), "iat": claims.issued_at, "exp": claims.expires_at,
    }, separators=(",", ":")).encode())
    signature = signing_key.sign((PREFIX + payload).encode())
    return f"{PREFIX}{payload}.{_b64(signature)}", claims


class TokenVerifier:
    """Checks signature, lifetime, the gateway's maximum lifetime and revocation."""

    def __init__(self, public_keys: Mapping[str, Ed25519PublicKey], max_ttl_s: int, revoked: Container[str] = ()):
        self.public_keys = dict(public_keys)
        self.max_ttl_s = max_ttl_s
        self.revoked = revoked

    def verify(self, token: str, now: float | None = None) -> TokenClaims:
        now = time.time() if now is None else now
        try:
            body, signature = token.removeprefix(PREFIX).split(".")
            raw = json.loads(_unb64(body))
            claims = TokenClaims(str(raw["kid"]), str(raw["jti"]), str(raw["sub"]), str(raw["ten"]),
                                 tuple(str(s) for s in raw["scp"]), int(raw["iat"]), int(raw["exp"]))
            sig = _unb64(signature)
        except (ValueError, KeyError, TypeError, RecursionError, binascii.Error):
            raise TokenError("malformed token") from None
        key = self.public_keys.get(claims.kid)
        if key is None:
            raise TokenError("token signed by an unknown key")
        try:
            key.verify(sig, (PREFIX + body).encode())
        except InvalidSignature:
            raise TokenError("token signature does not verify") from None
        if claims.expires_at <= now:
            raise TokenError("token expired")
        if claims.issued_at > now + CLOCK_SKEW_S:
            raise TokenError("token issued in the future")
        if claims.expires_at - claims.issued_at > self.max_ttl_s:
            raise TokenError("token lifetime exceeds the gateway's maximum")
        if claims.jti in self.revoked:
            raise TokenError("token revoked")
        return claims


def load_public_keys(directory: Path) -> dict[str, Ed25519PublicKey]:
    """Every `*.pem` public key in `directory`, by key id (several keys: rotation)."""
    keys: dict[str, Ed25519PublicKey] = {}
    for path in sorted(directory.glob("*.pem")):
        try:
            key = load_public_pem(path.read_bytes())
        except ValueError:
            raise ValueError(f"{path}: not an Ed25519 public key in PEM") from None
        keys[key_id(key)] = key
    if not keys:
        raise ValueError(f"no token public keys (*.pem) in {directory}")
    return keys


def load_public_pem(data: bytes) -> Ed25519PublicKey:
    key = serialization.load_pem_public_key(data)
    if not isinstance(key, Ed25519PublicKey):
        raise ValueError("not an Ed25519 public key")
    return key


def new_signing_key() -> tuple[bytes, bytes]:
    """(private PEM, public PEM) of a fresh Ed25519 token signing key."""
    key = Ed25519PrivateKey.generate()
    private = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption())
    public = key.public_key().public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    return private, public


def load_signing_key(path: Path) -> Ed25519PrivateKey:
    key = serialization.load_pem_private_key(path.read_bytes(), None)
    if not isinstance(key, Ed25519PrivateKey):
        raise ValueError(f"{path}: not an Ed25519 private key")
    return key


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
