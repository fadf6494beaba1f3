"""Provider API key custody: keys live in files (a Kubernetes Secret mount), nowhere else.

A key is read when first needed and again whenever its file changes (a Secret update
swaps the mount's symlink), so rotating a provider key needs no restart. The value never
appears in a repr, a log line, an exception or an event; only the file path does.
"""

from __future__ import annotations

import os
from pathlib import Path


class KeyUnavailable(Exception):
    """The key file cannot be read or is empty; the message names the file, never a value."""


class ProviderKey:
    __slots__ = ("path", "_stamp", "_value")

    def __init__(self, path: Path):
        self.path = path
        self._stamp: tuple[int, int, int] | None = None
        self._value = ""

    def __repr__(self) -> str:
        return f"ProviderKey({str(self.path)!r})"

    def value(self) -> str:
        try:
            st = os.stat(self.path)
            stamp = (st.st_ino, st.st_mtime_ns, st.st_size)
            if stamp != self._stamp:
                self._value = self.path.read_text(encoding="utf-8").strip()
                self._stamp = stamp
        except (OSError, UnicodeDecodeError) as err:
            reason = err.strerror if isinstance(err, OSError) and err.strerror else type(err).__name__
            raise KeyUnavailable(f"provider key file {self.path} cannot be read: {reason}") from None
        if not self._value or any(c in self._value for c in "\r\n"):
            raise KeyUnavailable(f"provider key file {self.path} must hold exactly one non-empty line")
        return self._value
