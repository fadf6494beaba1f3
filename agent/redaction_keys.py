"""Per-tenant redaction keys: the secret half of Embargo's pseudonymisation.

A placeholder is an HMAC of a value under its tenant's key, so whoever holds the key can
link placeholders to guessed values: the key file is read once at start, must not be
readable by other users, and its contents never appear in logs, events or exceptions.

The file has one key per line, first match wins:

    # TENANT  PATTERN (proxy user glob; * = everyone)  KEY (base64, at least 32 bytes)
    legal     crm-legal-*                               3q2+7w...
    default   *                                         Zm9vYmFy...

The tenant name is recorded in decision events (it is configuration, not data). In gateway
mode a caller's tenant is authenticated (token claim or pinned client certificate), so the
line naming that tenant holds its key; otherwise a request's tenant is the first line whose
pattern matches its proxy-auth user or gateway identity (an unauthenticated request matches
only `*`). `head -c 32 /dev/urandom | base64` makes a key.
"""

from __future__ import annotations

import base64
import binascii
import os
import re
import stat
from dataclasses import dataclass, field
from fnmatch import fnmatchcase
from pathlib import Path

from agent.yamlfile import ConfigError, ConfigProblem

MIN_KEY_BYTES = 32
_TENANT = re.compile(r"[a-z0-9][a-z0-9._-]{0,63}")


@dataclass(frozen=True, slots=True)
class TenantKey:
    tenant: str
    secret: bytes = field(repr=False)


@dataclass(frozen=True, slots=True)
class KeyRing:
    entries: tuple[tuple[str, TenantKey], ...] = ()  # (user pattern, key), in file order

    def for_user(self, user: str | None, tenant: str | None = None) -> TenantKey | None:
        """The authenticated `tenant`'s own key if the file names it, else the key of the first
        line whose pattern matches `user` (None matches only `*`)."""
        for _, key in self.entries:
            if tenant is not None and key.tenant == tenant:
                return key
        for pattern, key in self.entries:
            if pattern == "*" or (user is not None and fnmatchcase(user, pattern)):
                return key
        return None


def load_keys(path: str | Path) -> KeyRing:
    """Read a key file; ConfigError (naming lines, never quoting keys) if it is unusable."""
    path = Path(path)
    try:
        mode = path.stat().st_mode
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        reason = err.strerror if isinstance(err, OSError) else "not UTF-8 text"
        raise ConfigError([ConfigProblem(str(path), 0, f"cannot read the redaction key file: {reason}")]) from None
    problems: list[ConfigProblem] = []
    if mode & (stat.S_IROTH | stat.S_IWOTH) or not stat.S_ISREG(mode):
        problems.append(ConfigProblem(str(path), 0, "the redaction key file must be a regular file that other "
                                                    f"users cannot read (chmod 600; it is {stat.filemode(mode)})"))
    entries: list[tuple[str, TenantKey]] = []
    tenants: set[str] = set()
    for number, line in enumerate(text.splitlines(), 1):
        if not (line := line.strip()) or line.startswith("#"):
            continue
        fields = line.split()
        if len(fields) != 3:
            problems.append(ConfigProblem(str(path), number, "expected TENANT PATTERN KEY"))
            continue
        tenant, pattern, encoded = fields
        if not _TENANT.fullmatch(tenant):
            problems.append(ConfigProblem(str(path), number, "tenant names are lowercase letters, digits, '.', '_' and '-'"))
        elif tenant in tenants:
            problems.append(ConfigProblem(str(path), number, f"tenant {tenant!r} has a key already"))
        try:
            secret = base64.b64decode(encoded, validate=True)
        except (binascii.Error, ValueError):
            problems.append(ConfigProblem(str(path), number, "the key is not base64"))
            continue
        if len(secret) < MIN_KEY_BYTES:
            problems.append(ConfigProblem(str(path), number, f"the key has {len(secret)} bytes; at least {MIN_KEY_BYTES} are needed"))
            continue
        tenants.add(tenant)
        entries.append((pattern, TenantKey(tenant, secret)))
    if not entries and not problems:
        problems.append(ConfigProblem(str(path), 0, "the redaction key file holds no key"))
    if problems:
        raise ConfigError(problems)
    return KeyRing(tuple(entries))


def write_key_file(path: str | Path, lines: list[tuple[str, str]]) -> None:
    """Write a key file with fresh random keys, one per (tenant, pattern), mode 0600."""
    body = "".join(f"{tenant} {pattern} {base64.b64encode(os.urandom(MIN_KEY_BYTES)).decode()}\n"
                   for tenant, pattern in lines)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as out:
        out.write(body)
