"""Loader for connect.c: connection records from the kernel, filtered there.

    tracer = ConnectionTracer.load()
    tracer.watch_cgroup(cgroup_id)               # everything this cgroup connects to
    tracer.watch_destination("203.0.113.7", 443)  # anyone connecting here
    for record in tracer.poll(timeout_ms=100): ...

Like bcc's tools/tcpconnect.py: the C next to it does the work, this file sizes the
buffers, fills the filter maps, decodes the records and reads the counters. Nothing
leaves the kernel for connections that neither a watched cgroup makes nor a watched
destination receives, so unrelated workloads cost one hash lookup per connect().
"""

from __future__ import annotations

import ctypes
import ipaddress
import os
import time
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from agent.tracing.btf import BtfError, kernel_btf
from agent.tracing.loader import ProgramSpec, compile_program, preflight

SOURCE = Path(__file__).with_name("connect.c")
TRACEPOINTS = ("syscalls:sys_enter_connect", "syscalls:sys_exit_connect", "sock:inet_sock_set_state")
MAPS = ("events (ring buffer)", "counters", "settings", "watched_cgroups", "watched_destinations", "pending", "flows")

# 8 MiB: at ~100 bytes a record, 80,000 records of headroom while Python catches up.
DEFAULT_RINGBUF_PAGES = 2048
DEFAULT_MAX_FLOWS = 65536

EV_CONNECT, EV_ESTABLISHED, EV_CLOSE = 1, 2, 3
KIND = {EV_CONNECT: "connect", EV_ESTABLISHED: "established", EV_CLOSE: "close"}
COUNTER_RINGBUF_FULL, COUNTER_FLOWS_FULL, COUNTER_SELECTED = 0, 1, 2
SETTING_TRACE_ALL, SETTING_IGNORE_TGID = 0, 1
TCP_SYN_SENT = 2


class _Event(ctypes.Structure):
    """Mirror of `struct event` in connect.c."""

    _fields_ = [
        ("sk", ctypes.c_uint64), ("bytes_sent", ctypes.c_uint64), ("bytes_received", ctypes.c_uint64),
        ("cgroup_id", ctypes.c_uint64), ("ts_ns", ctypes.c_uint64),
        ("type", ctypes.c_uint32), ("pid", ctypes.c_uint32), ("tgid", ctypes.c_uint32), ("uid", ctypes.c_uint32),
        ("ret", ctypes.c_int32),
        ("family", ctypes.c_uint16), ("protocol", ctypes.c_uint16), ("dport", ctypes.c_uint16),
        ("sport", ctypes.c_uint16), ("oldstate", ctypes.c_uint16), ("peer_fin", ctypes.c_uint16),
        ("daddr", ctypes.c_uint8 * 16), ("saddr", ctypes.c_uint8 * 16), ("comm", ctypes.c_char * 16),
    ]


class _EndpointKey(ctypes.Structure):
    _fields_ = [("addr", ctypes.c_uint8 * 16), ("port", ctypes.c_uint16), ("pad", ctypes.c_uint16)]


@dataclass(frozen=True, slots=True)
class ConnectionRecord:
    """One kernel observation: a connect() returning, a TCP connection established or closed."""

    kind: str  # connect | established | close
    pid: int   # thread id
    tgid: int  # process id
    uid: int
    comm: str
    cgroup_id: int
    family: str  # ipv4 | ipv6: the address family the caller passed to connect()
    protocol: str  # tcp | udp (a connect() that TCP's state machine did not see)
    daddr: str  # an IPv4-mapped IPv6 destination is reported as its IPv4 address
    dport: int
    saddr: str | None
    sport: int | None
    result: int | None  # connect()'s return value: 0, -EINPROGRESS (-115), -ECONNREFUSED...
    bytes_sent: int | None  # payload bytes, at close (a retransmitted byte counts again)
    bytes_received: int | None  # payload bytes, at close
    failed: bool  # closed before it was established
    socket: int  # joins the records of one TCP connection
    ts_ns: int

    @property
    def error(self) -> str | None:
        if self.result is None or self.result >= 0 or self.result == -115:
            return None
        return os.strerror(-self.result)


@lru_cache(maxsize=4096)
def _address(raw: bytes) -> str:
    address = ipaddress.IPv6Address(raw)
    return str(address.ipv4_mapped or address)


def _key(ip: str, port: int) -> _EndpointKey:
    address = ipaddress.ip_address(ip)
    if isinstance(address, ipaddress.IPv4Address):
        address = ipaddress.IPv6Address(b"\0" * 10 + b"\xff\xff" + address.packed)
    key = _EndpointKey()
    ctypes.memmove(key.addr, address.packed, 16)
    key.port = port
    return key


def decode(data: bytes, bytes_known: bool) -> ConnectionRecord:
    ev = _Event.from_buffer_copy(data[: ctypes.sizeof(_Event)])
    established_or_closed = ev.type != EV_CONNECT
    closing = ev.type == EV_CLOSE
    return ConnectionRecord(
        kind=KIND.get(ev.type, "unknown"),
        pid=ev.pid, tgid=ev.tgid, uid=ev.uid,
        comm=ev.comm.decode(errors="replace"),
        cgroup_id=ev.cgroup_id,
        family="ipv6" if ev.family == 10 else "ipv4",
        protocol="tcp" if ev.protocol == 6 else "udp",
        daddr=_address(bytes(ev.daddr)), dport=ev.dport,
        saddr=_address(bytes(ev.saddr)) if established_or_closed else None,
        sport=ev.sport if established_or_closed else None,
        result=ev.ret if ev.type == EV_CONNECT else None,
        bytes_sent=ev.bytes_sent if closing and bytes_known else None,
        bytes_received=ev.bytes_received if closing and bytes_known else None,
        failed=closing and ev.oldstate == TCP_SYN_SENT,
        socket=ev.sk, ts_ns=ev.ts_ns,
    )


# Kernel struct members connect.c reads at close, by its macro name.
BTF_MEMBERS = {
    "TCP_BYTES_SENT_OFF": ("tcp_sock", "bytes_sent"),
    "TCP_BYTES_RECEIVED_OFF": ("tcp_sock", "bytes_received"),
    "SK_SHUTDOWN_OFF": ("sock", "sk_shutdown"),
    "SK_FLAGS_OFF": ("sock", "__sk_common.skc_flags"),
}


def byte_count_offsets() -> tuple[dict[str, int], str | None]:
    """Offsets of the members byte counting reads, from BTF; all -1 and why, when unavailable."""
    try:
        btf = kernel_btf()
        return {macro: btf.member_offset(*member) for macro, member in BTF_MEMBERS.items()}, None
    except BtfError as err:
        return {macro: -1 for macro in BTF_MEMBERS}, f"byte counts unavailable: {err}"


def program_spec(ringbuf_pages: int = DEFAULT_RINGBUF_PAGES, max_flows: int = DEFAULT_MAX_FLOWS) -> ProgramSpec:
    if ringbuf_pages <= 0 or ringbuf_pages & (ringbuf_pages - 1):
        raise ValueError(f"ring buffer pages must be a power of two, got {ringbuf_pages}")
    offsets, _ = byte_count_offsets()
    cflags = (f"-DRINGBUF_PAGES={ringbuf_pages}", f"-DMAX_FLOWS={max_flows}",
              *(f"-D{macro}={offset}" for macro, offset in offsets.items()))
    return ProgramSpec(SOURCE, tuple(f"tracepoint:{t}" for t in TRACEPOINTS), MAPS, cflags)


class ConnectionTracer:
    def __init__(self, bpf, spec: ProgramSpec, bytes_note: str | None):
        self.bpf = bpf
        self.spec = spec
        self.bytes_note = bytes_note  # why byte counts are missing, or None
        self._batch: list[ConnectionRecord] = []
        self._final_counters: dict[str, int] = {}
        self._attached = True  # bcc attaches TRACEPOINT_PROBEs when it loads them
        self._bytes_known = bytes_note is None
        bpf[b"events"].open_ring_buffer(self._on_event)
        self.ignore_tgid(os.getpid())  # the agent's own (proxy) connections are not a workload's

    @classmethod
    def load(cls, ringbuf_pages: int = DEFAULT_RINGBUF_PAGES, max_flows: int = DEFAULT_MAX_FLOWS) -> ConnectionTracer:
        """Compile and attach; raises BpfUnavailable saying what is missing."""
        preflight(TRACEPOINTS)
        spec = program_spec(ringbuf_pages, max_flows)
        _, note = byte_count_offsets()
        return cls(compile_program(spec), spec, note)

    def _on_event(self, _ctx, data, size) -> None:
        self._batch.append(decode(ctypes.string_at(data, size), self._bytes_known))

    # --- what to trace ------------------------------------------------------------

    def watch_cgroup(self, cgroup_id: int) -> None:
        self.bpf[b"watched_cgroups"][ctypes.c_uint64(cgroup_id)] = ctypes.c_uint8(1)

    def unwatch_cgroup(self, cgroup_id: int) -> None:
        self.bpf[b"watched_cgroups"].pop(ctypes.c_uint64(cgroup_id), None)

    def watch_destination(self, ip: str, port: int = 0) -> None:
        """Trace connects to ip:port (port 0: any port; ip "::" or "0.0.0.0": any address)."""
        self.bpf[b"watched_destinations"][_key(ip, port)] = ctypes.c_uint8(1)

    def unwatch_destination(self, ip: str, port: int = 0) -> None:
        self.bpf[b"watched_destinations"].pop(_key(ip, port), None)

    def pause(self) -> None:
        """Detach the tracepoints, keeping the program and its maps (nothing runs per connect)."""
        if self._attached:
            for point in TRACEPOINTS:
                self.bpf.detach_tracepoint(tp=point.encode())
            self._attached = False

    def resume(self) -> None:
        if self._attached:
            return
        self._attached = True
        for point in TRACEPOINTS:
            category, event = point.split(":")
            self.bpf.attach_tracepoint(tp=point.encode(), fn_name=f"tracepoint__{category}__{event}".encode())

    def trace_all(self, enabled: bool) -> None:
        """Ship every connect() on the node (the benchmark's worst case; not for production)."""
        self.bpf[b"settings"][ctypes.c_int(SETTING_TRACE_ALL)] = ctypes.c_uint64(int(enabled))

    def ignore_tgid(self, tgid: int) -> None:
        self.bpf[b"settings"][ctypes.c_int(SETTING_IGNORE_TGID)] = ctypes.c_uint64(tgid)

    # --- reading ------------------------------------------------------------------

    def poll(self, timeout_ms: int = 100) -> list[ConnectionRecord]:
        """Records that arrived, waiting up to timeout_ms for the first."""
        self.bpf.ring_buffer_poll(timeout_ms)
        batch, self._batch = self._batch, []
        return batch

    def drain(self, quiet_ms: int = 50, limit_s: float = 5.0) -> Iterator[ConnectionRecord]:
        """Everything until nothing arrives for quiet_ms (tests and the benchmark)."""
        deadline = time.monotonic() + limit_s
        while time.monotonic() < deadline:
            batch = self.poll(quiet_ms)
            if not batch:
                return
            yield from batch

    def counters(self) -> dict[str, int]:
        """Records lost because the ring buffer was full, flows not tracked because a table
        was full, and connects selected by the filter (summed over CPUs); after close(),
        the values at unloading."""
        if self.bpf is None:
            return dict(self._final_counters)
        table = self.bpf[b"counters"]
        def total(index: int) -> int:
            return sum(table[ctypes.c_int(index)])
        return {"lost_ringbuf_full": total(COUNTER_RINGBUF_FULL),
                "lost_table_full": total(COUNTER_FLOWS_FULL),
                "selected": total(COUNTER_SELECTED)}

    def close(self) -> None:
        """Detach and unload (bcc's cleanup detaches every tracepoint it attached)."""
        if self.bpf is not None:
            self._final_counters = self.counters()
            self.bpf.cleanup()
            self.bpf = None

    def __enter__(self) -> ConnectionTracer:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
