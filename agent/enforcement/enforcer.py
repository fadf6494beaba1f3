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
import hashlib
import ipaddress
import os
import re
import subprocess
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from agent.tracing.loader import ProgramSpec, import_bcc, compile_program, preflight

SOURCE = Path(__file__).with_name("sock_addr.c")
PARTS = (SOURCE.with_name("shared.c"), SOURCE, SOURCE.with_name("veth_guard.c"))  # one module, in this order
BPFFS = Path("/sys/fs/bpf")
DEFAULT_PIN_DIR = BPFFS / "embargo"
DEFAULT_RINGBUF_PAGES = 64  # 256 KiB: ~4,000 denials queued while nobody reads (the agent is down)
MAX_LEVELS = 12  # cgroup depth walked for the nearest PROTECT / EXEMPT entry
PROGRAM_PREFIX = "emb_"
GUARD_FUNCTION = "emb_veth_guard"  # the frame guard's tc program (veth_guard.c, attached by veth_guard.py)

PROTECT, EXEMPT = 1, 2
REASONS = {1: "ai-address", 2: "udp-port", 3: "no-proxy", 4: "raw-socket", 5: "raw-frame", 6: "not-ip",
           7: "malformed-frame"}
FRAME_REASONS = {"raw-frame", "not-ip", "malformed-frame"}  # from the veth guard, not a socket hook
COUNTER_NAMES = ("denied", "redirected", "denial_events_lost", "originals_lost", "frames_dropped")
MAPS = ("cgroups", "ports", "ai_addresses", "proxy", "by_cookie", "by_peer", "counters", "guard_state", "layout",
        "denials (ring buffer)")

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
        ("ifindex", ctypes.c_uint32), ("frames", ctypes.c_uint32),
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
    """A connect, sendmsg or socket the kernel refused a protected workload, or frames the
    veth guard dropped (then there is no task: tgid, pid, uid and cgroup_id are 0, and
    `ifindex` names the pod's host-side interface)."""

    tgid: int
    pid: int
    uid: int
    comm: str
    cgroup_id: int
    family: str  # ipv4 | ipv6, as the caller passed it
    protocol: str  # tcp | udp | raw (socket) | ip-<number> (frame of another protocol) | "" (not IP)
    address: str  # an IPv4-mapped IPv6 destination is reported as its IPv4 address; "" for a raw socket
    port: int
    reason: str  # ai-address | udp-port | no-proxy | raw-socket | raw-frame | not-ip | malformed-frame
    ifindex: int = 0
    frames: int = 0  # frames dropped since the interface's previous record (the guard reports once a second)


def _mapped(ip: str) -> bytes:
    address = ipaddress.ip_address(ip)
    if isinstance(address, ipaddress.IPv4Address):
        return b"\0" * 10 + b"\xff\xff" + address.packed
    return address.packed


def _unmapped(raw: bytes) -> str:
    address = ipaddress.IPv6Address(raw)
    return str(address.ipv4_mapped or address)


_PROTOCOLS = {6: "tcp", 17: "udp"}


def decode_denial(data: bytes) -> Denial:
    size = ctypes.sizeof(_Denial)  # a record from an older program is shorter: the new fields read 0
    d = _Denial.from_buffer_copy(data[:size].ljust(size, b"\0"))
    reason = REASONS.get(d.reason, "unknown")
    if reason == "raw-socket":
        protocol, address = "raw", ""
    elif reason == "not-ip" or (reason == "malformed-frame" and not any(d.daddr)):
        protocol, address = "", ""
    else:
        protocol, address = _PROTOCOLS.get(d.protocol, f"ip-{d.protocol}"), _unmapped(bytes(d.daddr))
    return Denial(
        tgid=d.tgid, pid=d.pid, uid=d.uid, comm=d.comm.decode(errors="replace"), cgroup_id=d.cgroup_id,
        family={10: "ipv6", 2: "ipv4"}.get(d.family, ""), protocol=protocol, address=address, port=d.dport,
        reason=reason, ifindex=d.ifindex, frames=d.frames,
    )


def program_spec(pin_dir: Path = DEFAULT_PIN_DIR, ringbuf_pages: int = DEFAULT_RINGBUF_PAGES) -> ProgramSpec:
    if ringbuf_pages <= 0 or ringbuf_pages & (ringbuf_pages - 1):
        raise ValueError(f"ring buffer pages must be a power of two, got {ringbuf_pages}")
    cflags = (f'-DPIN_DIR="{pin_dir}"', f"-DRINGBUF_PAGES={ringbuf_pages}", f"-DMAX_LEVELS={MAX_LEVELS}")
    attach = (*(f"cgroup:{hook.name}" for hook in HOOKS), f"tc:ingress {GUARD_FUNCTION} (host side of protected pods' veths)")
    return ProgramSpec(SOURCE, attach, MAPS, cflags, parts=PARTS)


# --- libbpf calls bcc does not wrap ------------------------------------------------------------

def _libbpf() -> Any:
    lib = import_bcc().libbcc.lib  # libbcc links libbpf; dlsym finds its symbols through it
    lib.bpf_obj_pin.argtypes = [ctypes.c_int, ctypes.c_char_p]
    lib.bpf_obj_get.argtypes = [ctypes.c_char_p]
    lib.bpf_map_lookup_elem.argtypes = [ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p]
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


def _program_info(lib: Any, fd: int) -> bytes | None:
    info = (ctypes.c_uint8 * 256)()  # struct bpf_prog_info and room to spare
    size = ctypes.c_uint32(256)
    return bytes(info) if lib.bpf_obj_get_info_by_fd(fd, info, ctypes.byref(size)) >= 0 else None


def _program_name(lib: Any, prog_id: int) -> str:
    fd = lib.bpf_prog_get_fd_by_id(prog_id)
    if fd < 0:
        return ""
    try:
        info = _program_info(lib, fd)
        return info[64:80].split(b"\0")[0].decode() if info else ""  # struct bpf_prog_info.name
    finally:
        os.close(fd)


@contextmanager
def _pinned(pin: Path) -> Iterator[int | None]:
    """An fd for the object pinned at `pin` (None when there is none), closed afterwards."""
    lib = _libbpf()
    fd = lib.bpf_obj_get(str(pin).encode()) if pin.exists() else -1
    try:
        yield fd if fd >= 0 else None
    finally:
        if fd >= 0:
            os.close(fd)


def pinned_program_id(pin: Path) -> int | None:
    """The id of the program pinned at `pin`; None when nothing is pinned there."""
    with _pinned(pin) as fd:
        info = _program_info(_libbpf(), fd) if fd is not None else None
        return int.from_bytes(info[4:8], "little") if info else None  # struct bpf_prog_info.id


def attach_points(mount: Path, pin_dir: Path = DEFAULT_PIN_DIR) -> list[Path]:
    """The cgroups the programs pinned in pin_dir are attached to (walks the cgroup tree)."""
    ours = {pinned_program_id(pin_dir / f"prog_{hook.name}") for hook in HOOKS} - {None}
    found = []
    for directory, _subdirs, _files in os.walk(mount) if ours else ():
        try:
            if any(prog_id in ours for hook in HOOKS for prog_id, _ in attached_programs(Path(directory), hook)):
                found.append(Path(directory))
        except EnforcementError:
            continue  # removed while walking
    return found


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


# --- pinned maps across versions ----------------------------------------------------------------

_DECLARATION = re.compile(r"^(?:struct \w+ \{.*?^\};|BPF_TABLE_PINNED\(.*?\);|#define \w+ .*?)$", re.M | re.S)


def layout_fingerprint(spec: ProgramSpec) -> int:
    """A 64-bit digest of what fixes the pinned maps' layout: the struct and map declarations,
    the constants, and the build flags. Code changes elsewhere keep the maps (and their contents)."""
    digest = hashlib.sha256("\n".join(spec.cflags).encode())
    for part in spec.parts or (spec.source,):
        for declaration in _DECLARATION.findall(part.read_text()):
            digest.update(declaration.encode())
    return int.from_bytes(digest.digest()[:8], "little")


def pinned_fingerprint(pin_dir: Path) -> int | None:
    """The fingerprint the maps in pin_dir were created with; None when there is none."""
    with _pinned(pin_dir / "layout") as fd:
        key, value = ctypes.c_uint32(0), (ctypes.c_uint8 * 64)()  # room for any value size an old map had
        if fd is None or _libbpf().bpf_map_lookup_elem(fd, ctypes.byref(key), value) < 0:
            return None
        return int.from_bytes(bytes(value[:8]), "little")


def replace_stale_maps(pin_dir: Path, fingerprint: int) -> list[str]:
    """Unpin every map pinned under an older layout (or before layouts were recorded), so the
    new program creates its maps afresh instead of adopting ones it would misread. The programs
    still attached keep their own maps until the new ones replace them."""
    maps = [pin for pin in pin_dir.iterdir() if not pin.name.startswith("prog_")] if pin_dir.is_dir() else []
    if not maps or pinned_fingerprint(pin_dir) == fingerprint:
        return []
    for pin in maps:
        pin.unlink()
    return [pin.name for pin in maps]


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
    def load(cls, cgroup: Path, pin_dir: Path = DEFAULT_PIN_DIR,
             ringbuf_pages: int = DEFAULT_RINGBUF_PAGES) -> Enforcer:
        """Compile and adopt the pinned maps (replacing maps of an older layout); nothing is
        attached yet, so the caller can fill the maps first."""
        preflight()
        if not cgroup.is_dir():
            raise EnforcementError(f"cgroup {cgroup} does not exist")
        ensure_bpffs()
        pin_dir.mkdir(exist_ok=True)
        spec = program_spec(pin_dir, ringbuf_pages)
        replace_stale_maps(pin_dir, layout_fingerprint(spec))
        enforcer = cls(compile_program(spec), cgroup, pin_dir, spec)
        enforcer.bpf[b"layout"][ctypes.c_uint32(0)] = ctypes.c_uint64(layout_fingerprint(spec))
        return enforcer

    @classmethod
    def install(cls, cgroup: Path, pin_dir: Path = DEFAULT_PIN_DIR,
                ringbuf_pages: int = DEFAULT_RINGBUF_PAGES) -> Enforcer:
        """Load, then attach (replacing what an earlier agent attached) and pin."""
        enforcer = cls.load(cgroup, pin_dir, ringbuf_pages)
        enforcer.attach()
        return enforcer

    def attach(self) -> None:
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
    """Detach every Embargo program from the cgroup and remove the pins; returns what was done.
    (The frame guard's filters must go first: `veth_guard.uninstall_guards` finds them by the pin.)"""
    return detach_programs(cgroup) + remove_pins(pin_dir)


def detach_programs(cgroup: Path) -> list[str]:
    lib = _libbpf()
    done: list[str] = []
    if not cgroup.is_dir():
        return done
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
    return done


def remove_pins(pin_dir: Path) -> list[str]:
    done = []
    if pin_dir.is_dir():
        for pin in sorted(pin_dir.iterdir()):
            pin.unlink()
            done.append(f"removed {pin}")
        pin_dir.rmdir()
    return done
