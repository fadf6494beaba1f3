"""Struct member offsets of the running kernel, read from its BTF (/sys/kernel/btf/vmlinux).

bcc compiles against whatever kernel headers the node has, and on many nodes those are
borrowed from another kernel build: their struct layouts can be wrong. The programs here
read kernel structs only through tracepoint arguments or at offsets taken from BTF, which
describes the kernel that is actually running. This is a minimal reader of the BTF format
(include/uapi/linux/btf.h): enough to find a struct by name and the byte offset of a
member, looking through anonymous structs and unions.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

VMLINUX_BTF = Path("/sys/kernel/btf/vmlinux")

_MAGIC = 0xEB9F
_INT, _STRUCT, _UNION = 1, 4, 5
# Bytes that follow the common 12-byte type header, per kind: (fixed, per vlen entry).
_EXTRA = {1: (4, 0), 3: (12, 0), 4: (0, 12), 5: (0, 12), 6: (0, 8), 13: (0, 8), 14: (4, 0),
          15: (0, 12), 17: (4, 0), 19: (0, 12)}
_TYPEDEF_LIKE = {8, 9, 10, 11, 18}  # typedef, volatile, const, restrict, type_tag


class BtfError(Exception):
    """BTF is missing or does not describe what a program needs."""


@dataclass(frozen=True, slots=True)
class _Type:
    name: str
    kind: int
    kind_flag: bool
    size_or_type: int
    members: tuple[tuple[str, int, int, int], ...]  # (name, type id, bit offset, bitfield size or 0)
    int_bits: int = 0  # for integers: the bits used, less than size * 8 for a bitfield type


class Btf:
    def __init__(self, data: bytes):
        if len(data) < 24 or struct.unpack_from("<H", data)[0] != _MAGIC:
            raise BtfError("not a little-endian BTF blob")
        hdr_len, type_off, type_len, str_off, str_len = struct.unpack_from("<5I", data, 4)
        self._strings = data[hdr_len + str_off: hdr_len + str_off + str_len]
        self._types: list[_Type | None] = [None]  # type id 0 is void
        self._by_name: dict[tuple[int, str], int] = {}
        pos, end = hdr_len + type_off, hdr_len + type_off + type_len
        while pos < end:
            name_off, info, size_or_type = struct.unpack_from("<3I", data, pos)
            pos += 12
            kind, vlen, kind_flag = (info >> 24) & 0x1F, info & 0xFFFF, bool(info >> 31)
            fixed, per_entry = _EXTRA.get(kind, (0, 0))
            members: tuple[tuple[str, int, int, int], ...] = ()
            int_bits = 0
            if kind in (_STRUCT, _UNION):
                members = tuple(
                    (self._string(m_name), m_type, m_offset & 0xFFFFFF, m_offset >> 24) if kind_flag
                    else (self._string(m_name), m_type, m_offset, 0)
                    for m_name, m_type, m_offset in struct.iter_unpack("<3I", data[pos: pos + vlen * 12])
                )
            elif kind == _INT:
                int_bits = struct.unpack_from("<I", data, pos)[0] & 0xFF
            pos += fixed + per_entry * vlen
            name = self._string(name_off)
            self._types.append(_Type(name, kind, kind_flag, size_or_type, members, int_bits))
            if name and kind in (_STRUCT, _UNION):
                self._by_name.setdefault((kind, name), len(self._types) - 1)

    def _string(self, offset: int) -> str:
        return self._strings[offset: self._strings.index(b"\0", offset)].decode()

    def member_offset(self, struct_name: str, member: str) -> int:
        """Byte offset of `member` (a dotted path such as `__sk_common.skc_flags` for
        nested structs) in `struct struct_name`; raises BtfError if absent."""
        type_id = self._by_name.get((_STRUCT, struct_name))
        if type_id is None:
            raise BtfError(f"struct {struct_name} is not in the kernel's BTF")
        bits = bitfield = 0
        for part in member.split("."):
            found = self._find(type_id, part)
            if found is None:
                raise BtfError(f"struct {struct_name} has no member {member} in the kernel's BTF")
            offset, type_id, bitfield = found
            bits += offset
            type_id = self._resolve(type_id)
        t = self._types[type_id]
        if bitfield or bits % 8 or (t is not None and t.kind == _INT and t.int_bits != t.size_or_type * 8):
            raise BtfError(f"{struct_name}.{member} is a bitfield")
        return bits // 8

    def _find(self, type_id: int, member: str) -> tuple[int, int, int] | None:
        """(bit offset, type id, bitfield size) of a member, looking into anonymous structs and unions."""
        t = self._types[type_id]
        assert t is not None
        for name, m_type, bit_offset, bitfield in t.members:
            if name == member:
                return bit_offset, m_type, bitfield
            if not name:  # anonymous struct or union: its members belong to the parent
                inner = self._resolve(m_type)
                if self._types[inner].kind in (_STRUCT, _UNION):  # type: ignore[union-attr]
                    found = self._find(inner, member)
                    if found is not None:
                        return bit_offset + found[0], found[1], found[2]
        return None

    def _resolve(self, type_id: int) -> int:
        while (t := self._types[type_id]) is not None and t.kind in _TYPEDEF_LIKE:
            type_id = t.size_or_type
        return type_id


@lru_cache(maxsize=1)
def kernel_btf(path: Path = VMLINUX_BTF) -> Btf:
    try:
        return Btf(path.read_bytes())
    except OSError as err:
        raise BtfError(f"cannot read {path}: {err.strerror} (kernel built without CONFIG_DEBUG_INFO_BTF?)") from None
