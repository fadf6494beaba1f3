"""Keyed hashes that let the SIEM and the audit log name things without holding them.

- a provider API key becomes `credential` (so a key shared by several workloads can be
  spotted), and
- a Salesforce record id becomes a `records` entry (so `embargo audit find --record ID`
  can say whether that record left, where to and under which decision),

both as HMAC-SHA256 under one per-deployment key. The key is what stops a dictionary
attack on the short, structured ids: keep it in a Kubernetes Secret shared by every
node (hashes then match across nodes) and out of the SIEM. Without one, a key file is
created (mode 0600) beside the audit log.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

# Where providers carry the API key: Authorization (OpenAI, Mistral, ...: "Bearer KEY"),
# x-api-key (Anthropic), api-key (Azure OpenAI), x-goog-api-key or ?key= (Gemini).
_KEY_HEADERS = ("authorization", "x-api-key", "api-key", "x-goog-api-key")
KEY_BYTES = 32


class Pseudonymizer:
    def __init__(self, key: bytes):
        if len(key) < 16:
            raise ValueError("the pseudonymisation key must be at least 16 bytes")
        self.key = key

    @classmethod
    def from_file(cls, path: str | Path, create: bool = True) -> Pseudonymizer:
        path = Path(path)
        if create and not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "w") as handle:
                handle.write(secrets.token_hex(KEY_BYTES) + "\n")
        text = path.read_text().strip()
        try:
            return cls(bytes.fromhex(text))
        except ValueError:
            return cls(text.encode())

    def _hash(self, domain: bytes, value: str) -> str:
        # "surrogatepass": a header byte that is not UTF-8 reaches here as a lone surrogate
        # (mitmproxy decodes headers with "surrogateescape"); it must hash, not raise.
        return hmac.new(self.key, domain + b"\0" + value.encode("utf-8", "surrogatepass"), hashlib.sha256).hexdigest()[:32]

    def credential(self, headers: dict[str, str] | object, url: str = "") -> str | None:
        """The keyed hash of the API key a request carries, or None if it carries none."""
        get = getattr(headers, "get")
        for name in _KEY_HEADERS:
            value = get(name)
            if value:
                scheme, _, rest = value.partition(" ")
                return "k:" + self._hash(b"credential", rest.strip() if scheme.lower() == "bearer" and rest else value.strip())
        if "key=" in url:
            for name, value in parse_qsl(urlsplit(url).query):
                if name == "key" and value:
                    return "k:" + self._hash(b"credential", value)
        return None

    def record(self, record_id: str) -> str:
        """The keyed hash of a Salesforce record id (its case-sensitive 15-character form)."""
        return "r:" + self._hash(b"salesforce-record", record_id[:15])
