"""Content-Encoding decoding of request bodies, with a hard bound on the decoded size.

Every decoder is incremental and asks for at most the room left under the bound, so a
compression bomb is stopped after producing about `max_size` bytes, not after expanding.
Error messages never include body bytes.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable

import brotli
import zstandard

MAX_CODINGS = 4            # content codings stacked in one header
MAX_STREAMS = 64           # gzip members or zstd frames in one body
ZSTD_MAX_WINDOW = 8 << 20  # RFC 9659: zstd content coding windows are at most 8 MiB
_CHUNK = 1 << 16           # input fed to a decompressor at a time


class DecodingError(ValueError):
    """The body cannot be decoded; the message is safe to show and log."""


class BodyTooLarge(DecodingError):
    """The decoded body exceeds the limit."""

    def __init__(self, limit: int) -> None:
        super().__init__(f"request body is larger than {limit} bytes once decoded")
        self.limit = limit


class UnsupportedEncoding(DecodingError):
    """A content coding this agent does not decode."""


class CorruptBody(DecodingError):
    """The body is not valid data of its content coding (truncated, corrupt, trailing data)."""


class _Sink:
    """Decoded output, refusing to grow past the limit."""

    __slots__ = ("limit", "size", "chunks")

    def __init__(self, limit: int) -> None:
        self.limit, self.size, self.chunks = limit, 0, []

    @property
    def room(self) -> int:
        """What a decoder may produce next: one byte more than fits, to detect overflow."""
        return self.limit - self.size + 1

    def add(self, chunk: bytes) -> None:
        self.size += len(chunk)
        if self.size > self.limit:
            raise BodyTooLarge(self.limit)
        self.chunks.append(chunk)

    def data(self) -> bytes:
        return b"".join(self.chunks)


def _inflate(data: bytes, wbits: int, max_size: int, name: str, max_streams: int) -> bytes:
    """Inflate concatenated zlib/gzip/raw-deflate streams (gzip allows several members).

    Input is fed in chunks, so that what zlib copies out (unconsumed and unused input) stays
    small however many streams the body holds.
    """
    sink = _Sink(max_size)
    view, pos, streams = memoryview(data), 0, 0
    while pos < len(view):
        streams += 1
        if streams > max_streams:
            raise CorruptBody(f"request body has data after its {name} stream" if max_streams == 1
                              else f"request body has more than {max_streams} {name} members")
        inflater = zlib.decompressobj(wbits)
        pending: bytes | memoryview = b""
        try:
            while not inflater.eof:
                if not pending:
                    pending = view[pos:pos + _CHUNK]
                    pos += len(pending)
                chunk = inflater.decompress(pending, sink.room)
                sink.add(chunk)
                stalled = not chunk and len(inflater.unconsumed_tail) == len(pending)
                pending = inflater.unconsumed_tail
                if stalled:
                    raise CorruptBody(f"request body is truncated {name} data")
        except zlib.error:
            raise CorruptBody(f"request body is not valid {name} data") from None
        pos -= len(inflater.unused_data)
    return sink.data()


def _gzip(data: bytes, max_size: int) -> bytes:
    return _inflate(data, 16 + zlib.MAX_WBITS, max_size, "gzip", MAX_STREAMS)


def _deflate(data: bytes, max_size: int) -> bytes:
    # "deflate" is zlib-wrapped by the standard, raw deflate from some clients: a valid zlib
    # header (CM 8, window <= 32K, FCHECK) tells them apart, as browsers do.
    zlib_wrapped = len(data) >= 2 and data[0] & 0x0F == 8 and data[0] >> 4 <= 7 and (data[0] << 8 | data[1]) % 31 == 0
    return _inflate(data, zlib.MAX_WBITS if zlib_wrapped else -zlib.MAX_WBITS, max_size, "deflate", 1)


def _brotli(data: bytes, max_size: int) -> bytes:
    sink = _Sink(max_size)
    decoder = brotli.Decompressor()
    try:
        sink.add(decoder.process(data, output_buffer_limit=sink.room))
        while not decoder.can_accept_more_data():  # output is pending: drain it within the limit
            chunk = decoder.process(b"", output_buffer_limit=sink.room)
            if not chunk:
                break
            sink.add(chunk)
    except brotli.error:
        raise CorruptBody("request body is not valid brotli data") from None
    if not decoder.is_finished():
        raise CorruptBody("request body is truncated brotli data")
    return sink.data()


def _zstd(data: bytes, max_size: int) -> bytes:
    decompressor = zstandard.ZstdDecompressor(max_window_size=ZSTD_MAX_WINDOW)
    try:
        # The bounded pass: a reader yields at most what is asked for, so a bomb stops at
        # the limit. It does not tell a truncated frame from a complete one, ...
        size, reader = 0, decompressor.stream_reader(data, read_across_frames=True)
        while chunk := reader.read(min(_CHUNK, max_size - size + 1)):
            size += len(chunk)
            if size > max_size:
                raise BodyTooLarge(max_size)
        # ... so decode frame by frame, now known to fit, and require each to end.
        sink = _Sink(max_size)
        view, pos, frames = memoryview(data), 0, 0
        while pos < len(view):
            frames += 1
            if frames > MAX_STREAMS:
                raise CorruptBody(f"request body has more than {MAX_STREAMS} zstd frames")
            frame = decompressor.decompressobj()
            while not frame.eof:
                if pos == len(view):
                    raise CorruptBody("request body is truncated zstd data")
                sink.add(frame.decompress(view[pos:pos + _CHUNK]))
                pos = min(pos + _CHUNK, len(view))
            pos -= len(frame.unused_data)
    except zstandard.ZstdError:
        raise CorruptBody("request body is not valid zstd data (or needs a window over 8 MiB)") from None
    return sink.data()


_DECODERS: dict[str, Callable[[bytes, int], bytes]] = {
    "gzip": _gzip,
    "x-gzip": _gzip,
    "deflate": _deflate,
    "br": _brotli,
    "zstd": _zstd,
}


def decode_body(content_encoding: str | None, body: bytes, max_size: int) -> bytes:
    """Undo a Content-Encoding ("gzip", "br", "gzip, br", ...: the last coding applied is
    undone first). Every stage's output, and the result, is at most max_size bytes.

    Raises BodyTooLarge, UnsupportedEncoding or CorruptBody (all DecodingError).
    """
    codings = [c for c in (t.strip().lower() for t in (content_encoding or "").split(",")) if c and c != "identity"]
    if len(codings) > MAX_CODINGS:
        raise UnsupportedEncoding(f"request body has more than {MAX_CODINGS} content codings")
    for coding in codings:
        if coding not in _DECODERS:
            raise UnsupportedEncoding(f"unsupported content encoding {coding[:40]!r}")
    for coding in reversed(codings):
        if not body:  # nothing was encoded
            break
        body = _DECODERS[coding](body, max_size)
    if len(body) > max_size:
        raise BodyTooLarge(max_size)
    return body
