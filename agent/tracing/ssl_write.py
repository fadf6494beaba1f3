"""Loader for ssl_write.c: the plaintext watched processes write into OpenSSL, for detection.

    watcher = SslWriteWatcher.load(Path("/usr/lib/x86_64-linux-gnu/libssl.so.3"))
    watcher.watch_cgroup(cgroup_id)
    for write in watcher.poll(100): ...   # PlaintextWrite: who, how much, the first bytes

Like bcc's tools/sslsniff.py, restricted to watched cgroups in the kernel. Detection only:
a client that pins its certificates cannot be intercepted, but what it writes is classified
and alerted on (`tls_visibility_event`). Off by default (`embargo agent --tls-visibility LIB`):
each watched SSL_write costs a copy into the ring buffer and a classification in the agent.
Statically linked TLS stacks (Go, rustls, BoringSSL in Chrome) are not seen.
"""

from __future__ import annotations

import ctypes
from dataclasses import dataclass
from pathlib import Path

from agent.tracing.loader import BpfUnavailable, ProgramSpec, compile_program, preflight

SOURCE = Path(__file__).with_name("ssl_write.c")
SYMBOLS = {"SSL_write": "probe_ssl_write", "SSL_write_ex": "probe_ssl_write_ex"}
MAX_BYTES = 4096
RINGBUF_PAGES = 256  # 1 MiB: ~250 captured writes of headroom


class _Plaintext(ctypes.Structure):
    _fields_ = [("cgroup_id", ctypes.c_uint64), ("tgid", ctypes.c_uint32), ("pid", ctypes.c_uint32),
                ("uid", ctypes.c_uint32), ("len", ctypes.c_uint32), ("copied", ctypes.c_uint32),
                ("comm", ctypes.c_char * 16), ("data", ctypes.c_uint8 * MAX_BYTES)]


@dataclass(frozen=True, slots=True)
class PlaintextWrite:
    tgid: int
    pid: int
    uid: int
    comm: str
    cgroup_id: int
    length: int  # bytes the process wrote
    data: bytes  # the first MAX_BYTES of them

    @property
    def truncated(self) -> bool:
        return len(self.data) < self.length


def decode(raw: bytes) -> PlaintextWrite:
    p = _Plaintext.from_buffer_copy(raw[: ctypes.sizeof(_Plaintext)])
    return PlaintextWrite(p.tgid, p.pid, p.uid, p.comm.decode(errors="replace"), p.cgroup_id, p.len,
                          bytes(p.data[: p.copied]))


def program_spec(library: Path) -> ProgramSpec:
    return ProgramSpec(SOURCE, tuple(f"uprobe:{library}:{symbol}" for symbol in SYMBOLS),
                       ("watched_cgroups", "plaintexts (ring buffer)", "counters"),
                       (f"-DRINGBUF_PAGES={RINGBUF_PAGES}", f"-DMAX_BYTES={MAX_BYTES}"))


class SslWriteWatcher:
    def __init__(self, bpf, spec: ProgramSpec):
        self.bpf = bpf
        self.spec = spec
        self._batch: list[PlaintextWrite] = []
        bpf[b"plaintexts"].open_ring_buffer(self._on_write)

    @classmethod
    def load(cls, library: Path) -> SslWriteWatcher:
        """Compile and attach to the library's SSL_write and SSL_write_ex; raises BpfUnavailable."""
        preflight()
        if not library.exists():
            raise BpfUnavailable(f"TLS visibility: no TLS library at {library}")
        spec = program_spec(library)
        bpf = compile_program(spec)
        try:
            for symbol, function in SYMBOLS.items():
                bpf.attach_uprobe(name=str(library).encode(), sym=symbol.encode(), fn_name=function.encode())
        except Exception as err:  # bcc raises plain Exception
            bpf.cleanup()
            raise BpfUnavailable(f"TLS visibility: cannot attach to {library}: {err}") from err
        return cls(bpf, spec)

    def _on_write(self, _ctx, data, size) -> None:
        self._batch.append(decode(ctypes.string_at(data, size)))

    def watch_cgroup(self, cgroup_id: int) -> None:
        self.bpf[b"watched_cgroups"][ctypes.c_uint64(cgroup_id)] = ctypes.c_uint8(1)

    def unwatch_cgroup(self, cgroup_id: int) -> None:
        self.bpf[b"watched_cgroups"].pop(ctypes.c_uint64(cgroup_id), None)

    def poll(self, timeout_ms: int = 100) -> list[PlaintextWrite]:
        self.bpf.ring_buffer_poll(timeout_ms)
        batch, self._batch = self._batch, []
        return batch

    def counters(self) -> dict[str, int]:
        table = self.bpf[b"counters"]
        return {"lost": sum(table[ctypes.c_int(0)]), "truncated": sum(table[ctypes.c_int(1)])}

    def close(self) -> None:
        if self.bpf is not None:
            self.bpf.cleanup()  # detaches the uprobes
            self.bpf = None
