"""Secrets and lists the gateway reads from files, re-read whenever the file changes.

Provider API keys live in files (a Kubernetes Secret mount), nowhere else. A Secret
update swaps the mount's symlink, so rotating a provider key or revoking a token needs no
restart. A key's value never appears in a repr, a log line, an exception or an event;
only the file path does.
"""

from __future__ import annotations

import os
from pathlib import Path


class KeyUnavailable(Exception):
    """The file cannot be read or holds no usable value; the message names the file, never a value."""


class WatchedFile:
    """A small text file, read when first needed and again whenever it changes."""

    __slots__ = ("path", "_stamp", "_text")

    def __init__(self, path: Path):
        self.path = path
        self._stamp: tuple[int, int, int] | None = None
        self._text = ""

    def __repr__(self) -> str:
        return f"{type(self).__name__}({str(self.path)!r})"

    def text(self) -> str:
        try:
            st = os.stat(self.path)
            stamp = (st.st_ino, st.st_mtime_ns, st.st_size)
            if stamp != self._stamp:
                self._text = self.path.read_text(encoding="utf-8")
                self._stamp = stamp
        except (OSError, UnicodeDecodeError) as err:
            reason = err.strerror if isinstance(err, OSError) and err.strerror else type(err).__name__
            raise KeyUnavailable(f"{self.path} cannot be read: {reason}") from None
        return self._text


class ProviderKey(WatchedFile):
    __slots__ = ()

    def value(self) -> str:
        key = self.text().strip()
        if not key or any(c in key for c in "\r\n"):
            raise KeyUnavailable(f"provider key file {self.path} must hold exactly one non-empty line")
        return key


class RevokedTokens(WatchedFile):
    """Revoked token ids, one per line (`#` starts a comment)."""

    __slots__ = ()

    def __contains__(self, token_id: object) -> bool:
        lines = (line.split("#", 1)[0].strip() for line in self.text().splitlines())
        return token_id in {line for line in lines if line}
