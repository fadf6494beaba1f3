"""Where inspections run: worker processes, so that mitmproxy's event loop stays free.

Parsing and classifying a 256 KB body takes milliseconds of pure-Python CPU; run on the
event loop it would stall every other flow, and run in a thread it would still hold the
GIL. Worker processes also let a second core work.

Each worker is a subprocess (`python -m addons.workers`) spoken to over its stdin and
stdout from the proxy's own event loop: a job goes out as one length-prefixed pickle
frame and the result comes back as one. No feeder or manager threads run in the proxy
(as concurrent.futures' pool would add), and a worker that overruns its timeout or dies
is simply killed and replaced, so one pathological body cannot exhaust the pool.
"""

from __future__ import annotations

import asyncio
import fcntl
import pickle
import struct
import sys
from collections.abc import Callable
from typing import Any, BinaryIO, Protocol

from addons.inspection import Inspection, InspectionJob, inspect
from classifier.model import ModelError, load_model, model_path

_FRAME = struct.Struct("!I")
_PIPE_SIZE = 1 << 20  # Linux's default /proc/sys/fs/pipe-max-size


class Inspector(Protocol):
    async def run(self, job: InspectionJob, timeout: float) -> Inspection: ...

    def close(self) -> None: ...


class WorkerDied(RuntimeError):
    """A worker process ended while it had a job."""


class _WorkerProtocol(asyncio.SubprocessProtocol):
    """Reassembles the worker's answer frames from its stdout; one job is in flight at a time."""

    def __init__(self) -> None:
        self._buffer = bytearray()
        self.answer: asyncio.Future[bytes] | None = None
        self.gone = False

    def pipe_data_received(self, fd: int, data: bytes) -> None:
        self._buffer += data
        if len(self._buffer) < _FRAME.size:
            return
        (size,) = _FRAME.unpack_from(self._buffer)
        if len(self._buffer) < _FRAME.size + size:
            return
        frame = bytes(self._buffer[_FRAME.size:_FRAME.size + size])
        del self._buffer[:_FRAME.size + size]
        if self.answer is not None and not self.answer.done():
            self.answer.set_result(frame)

    def pipe_connection_lost(self, fd: int, exc: Exception | None) -> None:
        self._lost()

    def process_exited(self) -> None:
        self._lost()

    def _lost(self) -> None:
        self.gone = True
        if self.answer is not None and not self.answer.done():
            self.answer.set_exception(WorkerDied("inspection worker died"))


class _Worker:
    """One worker process. The pipes are driven by a protocol, not streams: a job costs one
    write and one read callback on the event loop, with no drain or readexactly round trips."""

    def __init__(self, transport: asyncio.SubprocessTransport, protocol: _WorkerProtocol):
        self.transport = transport
        self.protocol = protocol
        stdin = transport.get_pipe_transport(0)
        assert isinstance(stdin, asyncio.WriteTransport)
        self.stdin = stdin

    @classmethod
    async def start(cls) -> _Worker:
        transport, protocol = await asyncio.get_running_loop().subprocess_exec(
            _WorkerProtocol, sys.executable, "-m", "addons.workers",
            stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE, stderr=None,
        )
        for fd in (0, 1):
            _widen(transport.get_pipe_transport(fd).get_extra_info("pipe"))
        return cls(transport, protocol)

    @property
    def pid(self) -> int:
        return self.transport.get_pid()

    async def inspect(self, job: InspectionJob) -> Inspection:
        if self.protocol.gone:
            raise WorkerDied("inspection worker died")
        payload = pickle.dumps(job, protocol=pickle.HIGHEST_PROTOCOL)
        self.protocol.answer = answer = asyncio.get_running_loop().create_future()
        self.stdin.write(_FRAME.pack(len(payload)) + payload)
        ok, value = pickle.loads(await answer)
        if not ok:
            raise value
        return value

    def kill(self) -> None:
        # Only a signal: the transport closes itself once the process is reaped (closing it
        # here would reap the child too, racing asyncio's child watcher).
        if not self.protocol.gone:
            self.transport.kill()


def _widen(pipe: Any) -> None:
    """Let a large job (or answer) cross the pipe in one write and one wake-up, instead of
    one per 64 KB of the default pipe buffer. Best effort: the system may cap the size."""
    try:
        fcntl.fcntl(pipe.fileno(), fcntl.F_SETPIPE_SZ, _PIPE_SIZE)
    except OSError:
        pass


class ProcessInspector:
    def __init__(self, workers: int):
        self.workers = workers
        self._idle: asyncio.Queue[_Worker] | None = None
        self._all: set[_Worker] = set()

    async def start(self) -> None:
        """Start the workers (otherwise the first request does), on the loop that will use them."""
        await self._pool()

    async def _pool(self) -> asyncio.Queue[_Worker]:
        if self._idle is None:
            self._idle = asyncio.Queue()
            for _ in range(self.workers):
                await self._add()
        return self._idle

    async def _add(self) -> None:
        assert self._idle is not None
        worker = await _Worker.start()
        self._all.add(worker)
        self._idle.put_nowait(worker)

    async def run(self, job: InspectionJob, timeout: float) -> Inspection:
        idle = await self._pool()
        async with asyncio.timeout(timeout):
            worker = await idle.get()
            try:
                result = await worker.inspect(job)
            except BaseException as err:
                if isinstance(err, (TimeoutError, asyncio.CancelledError, WorkerDied, OSError)):
                    self._replace(worker)  # stuck or gone: its state is unknown
                else:
                    idle.put_nowait(worker)  # the job raised; the worker is fine
                raise
        idle.put_nowait(worker)
        return result

    def _replace(self, worker: _Worker) -> None:
        worker.kill()
        self._all.discard(worker)
        asyncio.get_running_loop().create_task(self._add())

    @property
    def pids(self) -> list[int]:
        return [w.pid for w in self._all]

    def close(self) -> None:
        for worker in self._all:
            worker.kill()
        self._all.clear()


class ThreadInspector:
    """Runs an inspection function in a thread (`--workers 0`, and the fail-closed tests' seam)."""

    def __init__(self, function: Callable[[InspectionJob], Inspection] = inspect):
        self.function = function

    async def run(self, job: InspectionJob, timeout: float) -> Inspection:
        return await asyncio.wait_for(asyncio.to_thread(self.function, job), timeout)

    def close(self) -> None:
        pass


def _serve(source: BinaryIO, sink: BinaryIO) -> None:
    """The worker's loop: read a job frame, answer with (ok, result or exception)."""
    while header := source.read(_FRAME.size):
        (size,) = _FRAME.unpack(header)
        job = pickle.loads(source.read(size))
        try:
            answer: tuple[bool, object] = (True, inspect(job))
        except Exception as err:  # noqa: BLE001 - carried back and raised in the proxy
            answer = (False, err)
        try:
            payload = pickle.dumps(answer, protocol=pickle.HIGHEST_PROTOCOL)
        except Exception as err:  # noqa: BLE001 - an exception that does not pickle
            payload = pickle.dumps((False, RuntimeError(f"inspection failed: {type(err).__name__}")))
        sink.write(_FRAME.pack(len(payload)) + payload)
        sink.flush()


def _preload_model() -> None:
    """Load the sensitivity model before the first job, not during it (100-300 ms). A model
    that cannot load is left for the job to report: that request fails closed."""
    path = model_path()
    if path is not None:
        try:
            load_model(path)
        except ModelError:
            pass


if __name__ == "__main__":
    channel = sys.stdout.buffer
    sys.stdout = sys.stderr  # stdout carries frames only: a stray print must not corrupt them
    _preload_model()
    _serve(sys.stdin.buffer, channel)
