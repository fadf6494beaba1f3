"""Loader for sock_addr.c: kernel enforcement at an ancestor cgroup, pinned in bpffs.

    enforcer = Enforcer.install(Path("/sys/fs/cgroup/unified/kubepods.slice"))
    enforcer.set_proxy("10.0.0.5", None, 8443)  # the transparent listener protected traffic goes to
    enforcer.set_ports({443})
    enforcer.set_cgroup_modes({cgroup_id: PROTECT, other_id: EXEMPT})
    for denial in enforcer.poll_denials(100): ...

Restarts: the maps live in bpffs (`BPF_TABLE_PINNED`), so a new agent adopts them with
their contents; each program is attached in the kernel's exclusive mode, in which a new
attach replaces the program in place — no gap, and never two programs on one hook, however
often the agent restarts. The attachment belongs to the cgroup, not to the agent process:
after kill -9 the programs keep enforcing with the maps as they were. `uninstall()` detaches
every Embargo program from the cgroup and removes the pins.
"""

from __future__ import annotations

import ctypes
import errno
import ipaddress
import os
import subprocess
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from agent.tracing.loader import ProgramSpec, import_bcc, compile_program, preflight

SOURCE = Path(__file__).with_name("sock_addr.c")
BPFFS = Path("/sys/fs/bpf")
DEFAULT_PIN_DIR = BPFFS / "embargo"
DEFAULT_RINGBUF_PAGES = 64  # 256 KiB: ~4,000 denials queued while nobody reads (the agent is down)
MAX_LEVELS = 12  # cgroup depth walked for the nearest PROTECT / EXEMPT entry
PROGRAM_PREFIX = "emb_"

PROTECT, EXEMPT = 1, 2
REASONS = {1: "ai-address", 2: "udp-port", 3: "no-proxy", 4: "raw-socket"}
COUNTER_NAMES = ("denied", "redirected", "denial_events_lost", "originals_lost")
MAPS = ("cgroups", "ports", "ai_addresses", "proxy", "by_cookie", "by_peer", "counters", "denials (ring buffer)")

# Program types and attach types (uapi/linux/bpf.h).
PROG_CGROUP_SOCK, PROG_SOCK_OPS, PROG_CGROUP_SOCK_ADDR = 9, 13, 18
ATTACH_SOCK_CREATE, ATTACH_SOCK_OPS = 2, 3
ATTACH_CONNECT4, ATTACH_CONNECT6, ATTACH_SENDMSG4, ATTACH_SENDMSG6 = 10, 11, 14, 15


@dataclass(frozen=True, slots=True)
class Hook:
    name: str  # bpftool's name for the attach type
    function: str
    prog_type: int
    attach_type: int


HOOKS = (
    Hook("connect4", "emb_connect4", PROG_CGROUP_SOCK_ADDR, ATTACH_CONNECT4),
    Hook("connect6", "emb_connect6", PROG_CGROUP_SOCK_ADDR, ATTACH_CONNECT6),
    Hook("sendmsg4", "emb_sendmsg4", PROG_CGROUP_SOCK_ADDR, ATTACH_SENDMSG4),
    Hook("sendmsg6", "emb_sendmsg6", PROG_CGROUP_SOCK_ADDR, ATTACH_SENDMSG6),
    Hook("sock_create", "emb_sock_create", PROG_CGROUP_SOCK, ATTACH_SOCK_CREATE),
    Hook("sock_ops", "emb_sock_ops", PROG_SOCK_OPS, ATTACH_SOCK_OPS),
)


class EnforcementError(Exception):
    """Enforcement could not be put in force (or removed); the message says why."""


class _Denial(ctypes.Structure):
    """Mirror of `struct denial` in sock_addr.c."""

    _fields_ = [
        ("cgroup_id", ctypes.c_uint64), ("ts_ns", ctypes.c_uint64),
        ("tgid", ctypes.c_uint32), ("pid", ctypes.c_uint32), ("uid", ctypes.c_uint32),
        ("family", ctypes.c_uint16), ("protocol", ctypes.c_uint16), ("dport", ctypes.c_uint16),
        ("reason", ctypes.c_uint16), ("daddr", ctypes.c_uint8 * 16), ("comm", ctypes.c_char * 16),
    ]


class _AddrKey(ctypes.Structure):
    _fields_ = [("addr", ctypes.c_uint8 * 16)]


class _ProxyTarget(ctypes.Structure):
    _fields_ = [("addr4", ctypes.c_uint8 * 4), ("addr6", ctypes.c_uint8 * 16),
                ("port", ctypes.c_uint16), ("pad", ctypes.c_uint16)]


class _PeerKey(ctypes.Structure):
    _fields_ = [("addr", ctypes.c_uint8 * 16), ("port", ctypes.c_uint16), ("pad", ctypes.c_uint16)]


@dataclass(frozen=True, slots=True)
class Denial:
    """A connect, sendmsg or socket the kernel refused a protected workload."""

    tgid: int
    pid: int
    uid: int
    comm: str
    cgroup_id: int
    family: str  # ipv4 | ipv6, as the caller passed it
    protocol: str  # tcp | udp | raw
    address: str  # an IPv4-mapped IPv6 destination is reported as its IPv4 address; "" for a raw socket
    port: int
    reason: str  # ai-address | udp-port | no-proxy | raw-socket


def _mapped(ip: str) -> bytes:
    address = ipaddress.ip_address(ip)
    if isinstance(address, ipaddress.IPv4Address):
        return b"\0" * 10 + b"\xff\xff" + address.packed
    return address.packed


def _unmapped(raw: bytes) -> str:
    address = ipaddress.IPv6Address(raw)
    return str(address.ipv4_mapped or address)


def decode_denial(data: bytes) -> Denial:
    d = _Denial.from_buffer_copy(data[: ctypes.sizeof(_Denial)])
    raw = d.reason == 4
    return Denial(
        tgid=d.tgid, pid=d.pid, uid=d.uid, comm=d.comm.decode(errors="replace"), cgroup_id=d.cgroup_id,
        family="ipv6" if d.family == 10 else "ipv4",
        protocol="raw" if raw else ("tcp" if d.protocol == 6 else "udp"),
        address="" if raw else _unmapped(bytes(d.daddr)), port=d.dport, reason=REASONS.get(d.reason, "unknown"),
    )


def program_spec(pin_dir: Path = DEFAULT_PIN_DIR, ringbuf_pages: int = DEFAULT_RINGBUF_PAGES) -> ProgramSpec:
    if ringbuf_pages <= 0 or ringbuf_pages & (ringbuf_pages - 1):
        raise ValueError(f"ring buffer pages must be a power of two, got {ringbuf_pages}")
    cflags = (f'-DPIN_DIR="{pin_dir}"', f"-DRINGBUF_PAGES={ringbuf_pages}", f"-DMAX_LEVELS={MAX_LEVELS}")
    return ProgramSpec(SOURCE, tuple(f"cgroup:{hook.name}" for hook in HOOKS), MAPS, cflags)


# --- libbpf calls bcc does not wrap ------------------------------------------------------------

def _libbpf() -> Any:
    lib = import_bcc().libbcc.lib  # libbcc links libbpf; dlsym finds its symbols through it
    lib.bpf_obj_pin.argtypes = [ctypes.c_int, ctypes.c_char_p]
    lib.bpf_obj_get.argtypes = [ctypes.c_char_p]
    lib.bpf_prog_detach2.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_int]
    lib.bpf_prog_get_fd_by_id.argtypes = [ctypes.c_uint32]
    lib.bpf_prog_query.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_uint32, ctypes.POINTER(ctypes.c_uint32),
                                   ctypes.POINTER(ctypes.c_uint32), ctypes.POINTER(ctypes.c_uint32)]
    lib.bpf_obj_get_info_by_fd.argtypes = [ctypes.c_int, ctypes.c_void_p, ctypes.POINTER(ctypes.c_uint32)]
    return lib


def _check(result: int, what: str) -> int:
    if result < 0:
        code = -result if result != -1 else ctypes.get_errno() or errno.EPERM
        raise EnforcementError(f"{what}: {os.strerror(code)}")
    return result


def attached_programs(cgroup: Path, hook: Hook) -> list[tuple[int, str]]:
    """(id, name) of every program attached to this cgroup's hook itself (not inherited)."""
    lib = _libbpf()
    fd = _open_cgroup(cgroup)
    try:
        ids = (ctypes.c_uint32 * 64)()
        count, flags = ctypes.c_uint32(64), ctypes.c_uint32(0)
        _check(lib.bpf_prog_query(fd, hook.attach_type, 0, ctypes.byref(flags), ids, ctypes.byref(count)),
               f"querying {hook.name} programs on {cgroup}")
        return [(ids[i], _program_name(lib, ids[i])) for i in range(count.value)]
    finally:
        os.close(fd)


def _program_name(lib: Any, prog_id: int) -> str:
    fd = lib.bpf_prog_get_fd_by_id(prog_id)
    if fd < 0:
        return ""
    try:
        info = (ctypes.c_uint8 * 256)()
        size = ctypes.c_uint32(256)
        if lib.bpf_obj_get_info_by_fd(fd, info, ctypes.byref(size)) < 0:
            return ""
        return bytes(info[64:80]).split(b"\0")[0].decode()  # struct bpf_prog_info.name
    finally:
        os.close(fd)


def _open_cgroup(cgroup: Path) -> int:
    try:
        return os.open(cgroup, os.O_RDONLY | os.O_DIRECTORY)
    except OSError as err:
        raise EnforcementError(f"cannot open cgroup {cgroup}: {err.strerror}") from None


def ensure_bpffs(path: Path = BPFFS) -> None:
    """Mount bpffs at /sys/fs/bpf when nothing is mounted there (pins outlive the agent only there)."""
    mounts = Path("/proc/self/mounts").read_text().split("\n")
    if any(line.split(" ")[1:3] == [str(path), "bpf"] for line in mounts if line):
        return
    result = subprocess.run(["mount", "-t", "bpf", "bpf", str(path)], capture_output=True, text=True)
    if result.returncode:
        raise EnforcementError(f"bpffs is not mounted at {path} and mounting it failed: {result.stderr.strip()}")


# --- the enforcer -------------------------------------------------------------------------------

class Enforcer:
    def __init__(self, bpf: Any, cgroup: Path, pin_dir: Path, spec: ProgramSpec):
        self.bpf = bpf
        self.cgroup = cgroup
        self.pin_dir = pin_dir
        self.spec = spec
        self._batch: list[Denial] = []
        bpf[b"denials"].open_ring_buffer(self._on_denial)

    @classmethod
    def install(cls, cgroup: Path, pin_dir: Path = DEFAULT_PIN_DIR,
                ringbuf_pages: int = DEFAULT_RINGBUF_PAGES) -> Enforcer:
        """Compile, adopt the pinned maps, attach (replacing what an earlier agent attached), pin."""
        preflight()
        if not cgroup.is_dir():
            raise EnforcementError(f"cgroup {cgroup} does not exist")
        ensure_bpffs()
        pin_dir.mkdir(exist_ok=True)
        spec = program_spec(pin_dir, ringbuf_pages)
        enforcer = cls(compile_program(spec), cgroup, pin_dir, spec)
        enforcer._attach()
        return enforcer

    def _attach(self) -> None:
        bcc = import_bcc()
        lib = _libbpf()
        fd = _open_cgroup(self.cgroup)
        try:
            for hook in HOOKS:
                foreign = [name for _, name in attached_programs(self.cgroup, hook)
                           if not name.startswith(PROGRAM_PREFIX)]
                if foreign:
                    raise EnforcementError(f"{self.cgroup} already has {hook.name} programs that are not "
                                           f"Embargo's ({', '.join(foreign)}); refusing to replace them")
                function = self.bpf.load_func(hook.function.encode(), hook.prog_type, attach_type=hook.attach_type)
                try:  # flags 0: exclusive; replaces the earlier agent's program in one step
                    bcc.BPF.attach_func(function, fd, hook.attach_type)
                except Exception as err:  # bcc raises plain Exception
                    raise EnforcementError(f"attaching {hook.name} to {self.cgroup}: {err}") from err
                pin = self.pin_dir / f"prog_{hook.name}"
                pin.unlink(missing_ok=True)
                _check(lib.bpf_obj_pin(function.fd, str(pin).encode()), f"pinning {pin}")
        finally:
            os.close(fd)

    # --- configuration (the maps) -----------------------------------------------------------

    def set_proxy(self, ipv4: str | None, ipv6: str | None, port: int) -> None:
        """Where protected TCP on enforced ports goes: the proxy's transparent listener.
        Port 0: no proxy, enforced ports are refused."""
        target = _ProxyTarget()
        if ipv4:
            ctypes.memmove(target.addr4, ipaddress.IPv4Address(ipv4).packed, 4)
        if ipv6:
            ctypes.memmove(target.addr6, ipaddress.IPv6Address(ipv6).packed, 16)
        target.port = port
        self.bpf[b"proxy"][ctypes.c_uint32(0)] = target

    def set_ports(self, ports: Iterable[int]) -> None:
        table = self.bpf[b"ports"]
        wanted = {int(p) for p in ports}
        for key in list(table.keys()):
            if key.value not in wanted:
                del table[key]
        for port in wanted:
            table[ctypes.c_uint16(port)] = ctypes.c_uint8(1)

    def set_cgroup_modes(self, modes: dict[int, int]) -> None:
        """The complete PROTECT / EXEMPT table; entries not named are removed."""
        table = self.bpf[b"cgroups"]
        for key in list(table.keys()):
            if key.value not in modes:
                del table[key]
        for cgroup_id, mode in modes.items():
            table[ctypes.c_uint64(cgroup_id)] = ctypes.c_uint32(mode)

    def cgroup_modes(self) -> dict[int, int]:
        return {k.value: v.value for k, v in self.bpf[b"cgroups"].items()}

    def deny_address(self, ip: str) -> None:
        """An address a catalog host resolved to: protected workloads may not connect to it at all."""
        key = _AddrKey()
        ctypes.memmove(key.addr, _mapped(ip), 16)
        self.bpf[b"ai_addresses"][key] = ctypes.c_uint8(1)

    def denied_addresses(self) -> set[str]:
        return {_unmapped(bytes(k.addr)) for k in self.bpf[b"ai_addresses"].keys()}

    # --- the proxy's side ---------------------------------------------------------------------

    def original_destination(self, peer_ip: str, peer_port: int) -> tuple[str, int] | None:
        """Where the connection from peer_ip:peer_port was going before it was redirected to
        the proxy; read once (the entry is removed)."""
        key = _PeerKey()
        ctypes.memmove(key.addr, _mapped(peer_ip), 16)
        key.port = peer_port
        table = self.bpf[b"by_peer"]
        try:
            original = table[key]
        except KeyError:
            return None
        table.pop(key, None)
        return _unmapped(bytes(original.addr)), original.port

    # --- reading ------------------------------------------------------------------------------

    def _on_denial(self, _ctx, data, size) -> None:
        self._batch.append(decode_denial(ctypes.string_at(data, size)))

    def poll_denials(self, timeout_ms: int = 100) -> list[Denial]:
        self.bpf.ring_buffer_poll(timeout_ms)
        batch, self._batch = self._batch, []
        return batch

    def counters(self) -> dict[str, int]:
        table = self.bpf[b"counters"]
        return {name: sum(table[ctypes.c_uint32(index)]) for index, name in enumerate(COUNTER_NAMES)}

    def status(self) -> dict[str, Any]:
        return {"enforcing": True, "cgroup": str(self.cgroup), "pins": str(self.pin_dir),
                "programs": {hook.name: [name for _, name in attached_programs(self.cgroup, hook)] for hook in HOOKS},
                **self.counters()}

    def close(self) -> None:
        """Let go of the bcc object; the attached programs and pinned maps stay in force."""
        if self.bpf is not None:
            self.bpf.cleanup()
            self.bpf = None


def uninstall(cgroup: Path, pin_dir: Path = DEFAULT_PIN_DIR) -> list[str]:
    """Detach every Embargo program from the cgroup and remove the pins; returns what was done."""
    lib = _libbpf()
    done: list[str] = []
    if cgroup.is_dir():
        fd = _open_cgroup(cgroup)
        try:
            for hook in HOOKS:
                for prog_id, name in attached_programs(cgroup, hook):
                    if not name.startswith(PROGRAM_PREFIX):
                        continue
                    prog_fd = _check(lib.bpf_prog_get_fd_by_id(prog_id), f"opening program {prog_id}")
                    try:
                        _check(lib.bpf_prog_detach2(prog_fd, fd, hook.attach_type), f"detaching {hook.name}")
                    finally:
                        os.close(prog_fd)
                    done.append(f"detached {name} (id {prog_id}) from {hook.name} of {cgroup}")
        finally:
            os.close(fd)
    if pin_dir.is_dir():
        for pin in sorted(pin_dir.iterdir()):
            pin.unlink()
            done.append(f"removed {pin}")
        pin_dir.rmdir()
    return done
