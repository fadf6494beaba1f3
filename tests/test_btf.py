"""The BTF reader: a synthetic blob with nested and anonymous members, and the running kernel."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest

from agent.tracing.btf import VMLINUX_BTF, Btf, BtfError


def blob() -> bytes:
    """struct inner { u64 a; u32 b; };  struct outer { u32 x; union { u64 y; u32 z; }; struct inner in; u32 f:3; };"""
    strings = b"\0u64\0u32\0inner\0a\0b\0outer\0x\0y\0z\0in\0f\0"
    name = {s: strings.index(s.encode() + b"\0") for s in ("u64", "u32", "inner", "a", "b", "outer", "x", "y", "z", "in", "f")}

    def t(name_off: int, kind: int, vlen: int, size: int, kind_flag: int = 0) -> bytes:
        return struct.pack("<3I", name_off, kind << 24 | vlen | kind_flag << 31, size)

    def m(name_off: int, type_id: int, bits: int) -> bytes:
        return struct.pack("<3I", name_off, type_id, bits)

    types = b"".join([
        t(name["u64"], 1, 0, 8) + struct.pack("<I", 64),              # 1: u64
        t(name["u32"], 1, 0, 4) + struct.pack("<I", 32),              # 2: u32
        t(name["inner"], 4, 2, 16) + m(name["a"], 1, 0) + m(name["b"], 2, 64),  # 3
        t(0, 5, 2, 8) + m(name["y"], 1, 0) + m(name["z"], 2, 0),      # 4: anonymous union
        t(0, 8, 0, 3),                                                # 5: typedef (anonymous) -> inner
        t(name["outer"], 4, 4, 40, kind_flag=1) + m(name["x"], 2, 0) + m(0, 4, 64)
        + m(name["in"], 5, 128) + m(name["f"], 2, 3 << 24 | 256),     # 6
    ])
    header = struct.pack("<HBB5I", 0xEB9F, 1, 0, 24, 0, len(types), len(types), len(strings))
    return header + types + strings


def test_offsets_through_anonymous_unions_and_nested_structs():
    btf = Btf(blob())
    assert btf.member_offset("outer", "x") == 0
    assert btf.member_offset("outer", "y") == 8 and btf.member_offset("outer", "z") == 8
    assert btf.member_offset("outer", "in") == 16
    assert btf.member_offset("outer", "in.b") == 24  # through a typedef
    with pytest.raises(BtfError, match="bitfield"):
        btf.member_offset("outer", "f")
    with pytest.raises(BtfError, match="no member nope"):
        btf.member_offset("outer", "nope")
    with pytest.raises(BtfError, match="struct absent is not"):
        btf.member_offset("absent", "x")
    with pytest.raises(BtfError, match="not a little-endian BTF"):
        Btf(b"\0" * 32)


@pytest.mark.skipif(not VMLINUX_BTF.exists(), reason="this kernel was built without BTF (CONFIG_DEBUG_INFO_BTF)")
def test_the_running_kernel_describes_what_connect_c_reads():
    btf = Btf(Path(VMLINUX_BTF).read_bytes())
    sent, received = btf.member_offset("tcp_sock", "bytes_sent"), btf.member_offset("tcp_sock", "bytes_received")
    assert 0 < sent < received < 4096 and sent % 8 == 0 and received % 8 == 0
    assert btf.member_offset("sock", "__sk_common.skc_flags") < btf.member_offset("sock", "sk_shutdown")
