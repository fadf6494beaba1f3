"""Content-Encoding decoding: round trips, stacked codings, bombs, corrupt and unknown input."""

from __future__ import annotations

import os
import time
import tracemalloc
import zlib
from collections.abc import Callable

import brotli
import pytest
import zstandard

from addons.decoding import BodyTooLarge, CorruptBody, DecodingError, UnsupportedEncoding, decode_body

MiB = 1 << 20
GiB = 1 << 30
SECRET = b"SECRET-078-05-1120 "
DATA = os.urandom(4096) + SECRET * 20_000 + os.urandom(4096)  # ~390 KB, compressible and not


def gzip(data: bytes) -> bytes:
    compressor = zlib.compressobj(6, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    return compressor.compress(data) + compressor.flush()


def raw_deflate(data: bytes) -> bytes:
    compressor = zlib.compressobj(6, zlib.DEFLATED, -zlib.MAX_WBITS)
    return compressor.compress(data) + compressor.flush()


def zstd(data: bytes) -> bytes:
    return zstandard.ZstdCompressor().compress(data)


ENCODERS: dict[str, Callable[[bytes], bytes]] = {
    "gzip": gzip,
    "x-gzip": gzip,
    "deflate": zlib.compress,
    "br": brotli.compress,
    "zstd": zstd,
}


@pytest.mark.parametrize("coding", ENCODERS)
def test_round_trip(coding: str) -> None:
    assert decode_body(coding, ENCODERS[coding](DATA), 10 * MiB) == DATA


@pytest.mark.parametrize(("header", "encode"), [
    (None, lambda d: d),
    ("", lambda d: d),
    ("identity", lambda d: d),
    ("GZIP", gzip),
    (" br ", brotli.compress),
    ("deflate", raw_deflate),                               # raw deflate, as some clients send it
    ("gzip, br", lambda d: brotli.compress(gzip(d))),        # gzip applied first, so undone last
    ("br,gzip", lambda d: gzip(brotli.compress(d))),
    ("zstd, identity, gzip", lambda d: gzip(zstd(d))),
    ("gzip", lambda d: gzip(d[:1000]) + gzip(d[1000:])),      # multi-member gzip: all members
    ("zstd", lambda d: zstd(d[:1000]) + zstd(d[1000:])),      # multi-frame zstd: all frames
])
def test_headers_and_stacks(header: str | None, encode: Callable[[bytes], bytes]) -> None:
    assert decode_body(header, encode(DATA), 10 * MiB) == DATA


@pytest.mark.parametrize("coding", ["identity", *ENCODERS])
def test_limit_is_inclusive(coding: str) -> None:
    encoded = ENCODERS.get(coding, lambda d: d)(DATA)
    assert decode_body(coding, encoded, len(DATA)) == DATA
    with pytest.raises(BodyTooLarge) as caught:
        decode_body(coding, encoded, len(DATA) - 1)
    assert caught.value.limit == len(DATA) - 1


@pytest.mark.parametrize("coding", ENCODERS)
def test_empty_body(coding: str) -> None:
    assert decode_body(coding, b"", 10) == b""


# --- bombs --------------------------------------------------------------------------------


def _deflate_zeros() -> bytes:
    """Raw deflate of 1 GiB of zeros, built from one fully flushed 16 MiB segment repeated."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    segment = compressor.compress(bytes(16 * MiB)) + compressor.flush(zlib.Z_FULL_FLUSH)
    return segment * 64 + b"\x03\x00"  # and an empty final block


def _gzip_bomb() -> bytes:
    crc = 0
    zeros = bytes(16 * MiB)
    for _ in range(64):
        crc = zlib.crc32(zeros, crc)
    return b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff" + _deflate_zeros() + crc.to_bytes(4, "little") + (GiB % 2**32).to_bytes(4, "little")


def _brotli_bomb() -> bytes:
    compressor = brotli.Compressor(quality=1)
    zeros = bytes(16 * MiB)
    return b"".join(compressor.process(zeros) for _ in range(64)) + compressor.finish()


def _zstd_bomb() -> bytes:
    compressor = zstandard.ZstdCompressor(level=1).compressobj()
    zeros = bytes(16 * MiB)
    return b"".join(compressor.compress(zeros) for _ in range(64)) + compressor.flush()


BOMBS: dict[str, Callable[[], bytes]] = {
    "gzip": _gzip_bomb,
    "deflate": _deflate_zeros,
    "br": _brotli_bomb,
    "zstd": _zstd_bomb,
}


@pytest.fixture(scope="module")
def bombs() -> dict[str, bytes]:
    return {coding: make() for coding, make in BOMBS.items()}


@pytest.mark.parametrize("coding", BOMBS)
def test_bomb_stops_at_the_limit(bombs: dict[str, bytes], coding: str) -> None:
    """1 GiB of zeros is refused after about the limit: quickly, and in little memory."""
    bomb = bombs[coding]
    assert len(bomb) < 2 * MiB
    tracemalloc.start()
    start = time.perf_counter()
    try:
        with pytest.raises(BodyTooLarge):
            decode_body(coding, bomb, MiB)
        elapsed = time.perf_counter() - start
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert elapsed < 2.0
    assert peak < 8 * MiB


def test_gzip_bomb_inside_brotli(bombs: dict[str, bytes]) -> None:
    with pytest.raises(BodyTooLarge):
        decode_body("gzip, br", brotli.compress(bombs["gzip"]), 4 * MiB)


def test_valid_gzip_bomb_decodes_under_a_large_enough_limit() -> None:
    """The bomb construction is real gzip: a smaller one decodes fully when allowed."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    segment = compressor.compress(bytes(MiB)) + compressor.flush(zlib.Z_FULL_FLUSH)
    small = (b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff" + segment * 4 + b"\x03\x00"
             + zlib.crc32(bytes(4 * MiB)).to_bytes(4, "little") + (4 * MiB).to_bytes(4, "little"))
    assert decode_body("gzip", small, 4 * MiB) == bytes(4 * MiB)


# --- corrupt, truncated, unsupported ------------------------------------------------------


@pytest.mark.parametrize("coding", ENCODERS)
@pytest.mark.parametrize("cut", [1, 5, 0.5, -1])
def test_truncated(coding: str, cut: float) -> None:
    encoded = ENCODERS[coding](DATA)
    keep = int(len(encoded) * cut) if isinstance(cut, float) else cut if cut > 0 else len(encoded) + cut
    with pytest.raises(CorruptBody):
        decode_body(coding, encoded[:keep], 10 * MiB)


@pytest.mark.parametrize("coding", ENCODERS)
def test_trailing_garbage(coding: str) -> None:
    with pytest.raises(CorruptBody):
        decode_body(coding, ENCODERS[coding](DATA) + b"tail" + SECRET, 10 * MiB)


@pytest.mark.parametrize("coding", ENCODERS)
def test_not_compressed_at_all(coding: str) -> None:
    with pytest.raises(CorruptBody) as caught:
        decode_body(coding, SECRET * 10, 10 * MiB)
    assert SECRET.decode() not in str(caught.value)


def test_zstd_window_over_8_mib_is_refused() -> None:
    params = zstandard.ZstdCompressionParameters(window_log=24)
    compressor = zstandard.ZstdCompressor(compression_params=params).compressobj()
    encoded = compressor.compress(os.urandom(1000) * 20_000) + compressor.flush()
    with pytest.raises(CorruptBody):
        decode_body("zstd", encoded, 64 * MiB)


@pytest.mark.parametrize("header", ["compress", "x-compress", "gzip, snappy", "br;q=1", "*", "gzip, gzip, gzip, gzip, gzip"])
def test_unsupported(header: str) -> None:
    with pytest.raises(UnsupportedEncoding):
        decode_body(header, gzip(DATA), 10 * MiB)


def test_unsupported_is_checked_before_decoding(bombs: dict[str, bytes]) -> None:
    start = time.perf_counter()
    with pytest.raises(UnsupportedEncoding):
        decode_body("snappy, gzip", bombs["gzip"], GiB)
    assert time.perf_counter() - start < 0.1


def test_errors_are_decoding_errors_with_safe_messages() -> None:
    for header, body, limit in [("gzip", gzip(SECRET * 100), 10), ("gzip", SECRET, 10**6),
                                ("x-" + "a" * 500, SECRET, 10**6), ("identity", SECRET * 2, 5)]:
        with pytest.raises(DecodingError) as caught:
            decode_body(header, body, limit)
        assert b"SECRET" not in str(caught.value).encode()
        assert len(str(caught.value)) < 120


@pytest.mark.parametrize(("coding", "encode"), [("gzip", gzip), ("zstd", zstd)])
def test_member_count_is_bounded(coding: str, encode: Callable[[bytes], bytes]) -> None:
    """Concatenated gzip members / zstd frames are all decoded, up to a bound; a body of
    tiny members (cheap to send, costly to set up) is refused quickly."""
    assert decode_body(coding, encode(b"a") * 64, 100) == b"a" * 64
    with pytest.raises(CorruptBody):
        decode_body(coding, encode(b"a") * 65, 100)
    start = time.perf_counter()
    with pytest.raises(CorruptBody):
        decode_body(coding, encode(b"") * 500_000, 100)
    assert time.perf_counter() - start < 1.0
