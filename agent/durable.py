"""Writing that must survive a crash: the audit log and the sink spools share these."""

from __future__ import annotations

import os
from pathlib import Path


def write_all(fd: int, data: bytes) -> int:
    """`os.write` until all of `data` is written (a write may take only part); returns its length."""
    written = 0
    while written < len(data):
        written += os.write(fd, data[written:])
    return written


def sync_directory(directory: Path) -> None:
    """fsync a directory, so that a file created or renamed in it survives a crash of the node."""
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
