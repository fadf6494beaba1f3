"""Where inspections run: worker processes, so that mitmproxy's event loop stays free.

Parsing and classifying a 256 KB body takes milliseconds of pure-Python CPU; run on the
event loop it would stall every other flow, and run in a thread it would still hold the
GIL. Worker processes also let a second core work.

Each worker is a subprocess (`python -m addons.workers`) spoken to over its stdin and
stdout from the proxy's own event loop: jobs go out as one length-prefixed pickle frame
and their results come back as one. A worker's first frame says which model it loaded
(or why it could not), and the proxy logs that once: the proxy's own process never loads
the model, which would cost it about 70 MB for nothing. No feeder or manager threads run
in the proxy (as concurrent.futures' pool would add), and a worker that overruns a timeout
or dies is simply killed and replaced, so one pathological body cannot exhaust the pool.

Under load, jobs queue for the workers; a worker that falls idle takes the small jobs
waiting (up to _BATCH_JOBS of them and _BATCH_BYTES of bodies) in one frame, so that the
proxy's event loop makes one write and wakes up once for the lot instead of once per
request (each hand-off between processes costs the proxy more CPU than the inspection of
a 1 KB body). A body larger than _BATCH_BYTES goes alone. A full batch is at most about
40 ms of work (sixteen 16 KB bodies as shipped), far inside the inspection timeout; 256 KB
rather than 64 KB lets 16 KB jobs batch too (main process CPU per 16 KB request under
load 2.54 -> 2.21 ms, bench_proxy_cpu.py). When a job of a batch times out
(or its worker dies) the worker is killed; its batch-mates are tried once more, each alone,
so that one pathological body fails only itself (and, retried alone, stalls no one else).
"""

from __future__ import annotations

import asyncio
import collections
import fcntl
import logging
import pickle
import struct
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, BinaryIO, Protocol

from addons.inspection import Inspection, InspectionJob, inspect
from classifier.detectors import compile_all
from classifier.model import ModelStatus, load_configured_model

_FRAME = struct.Struct("!I")
_PIPE_SIZE = 1 << 20  # Linux's default /proc/sys/fs/pipe-max-size
_BATCH_JOBS = 16
_BATCH_BYTES = 256 << 10

log = logging.getLogger("embargo")


class Inspector(Protocol):
    async def run(self, job: InspectionJob, timeout: float) -> Inspection: ...

    def close(self) -> None: ...


class WorkerDied(RuntimeError):
    """A worker process ended while it had a job."""


class _WorkerProtocol(asyncio.SubprocessProtocol):
    """Reassembles the worker's frames from its stdout: first its model status, then one
    answer per batch (one batch is in flight at a time)."""

    def __init__(self) -> None:
        self._buffer = bytearray()
        self.ready: asyncio.Future[bytes] = asyncio.get_running_loop().create_future()
        self.answer: asyncio.Future[bytes] | None = None
        self.gone = False

    def pipe_data_received(self, fd: int, data: bytes) -> None:
        self._buffer += data
        while len(self._buffer) >= _FRAME.size:  # (the status and an answer may come in one read)
            (size,) = _FRAME.unpack_from(self._buffer)
            if len(self._buffer) < _FRAME.size + size:
                return
            frame = bytes(self._buffer[_FRAME.size:_FRAME.size + size])
            del self._buffer[:_FRAME.size + size]
            if not self.ready.done():
                self.ready.set_result(frame)
            elif self.answer is not None and not self.answer.done():
                self.answer.set_result(frame)

    def pipe_connection_lost(self, fd: int, exc: Exception | None) -> None:
        self._lost()

    def process_exited(self) -> None:
        self._lost()

    def _lost(self) -> None:
        self.gone = True
        for future in (self.ready, self.answer):
            if future is not None and not future.done():
                future.set_exception(WorkerDied("inspection worker died"))


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

    def send(self, jobs: list[InspectionJob]) -> asyncio.Future[bytes]:
        """Send a batch; the future gets the answer frame (a pickled list of (ok, value))."""
        if self.protocol.gone:
            raise WorkerDied("inspection worker died")
        payload = pickle.dumps(jobs, protocol=pickle.HIGHEST_PROTOCOL)
        self.protocol.answer = answer = asyncio.get_running_loop().create_future()
        self.stdin.write(_FRAME.pack(len(payload)) + payload)
        return answer

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


@dataclass(slots=True, eq=False)
class _Slot:
    """One job waiting for, or at, a worker."""

    job: InspectionJob
    done: asyncio.Future[Inspection]
    worker: _Worker | None = None
    retried: bool = False  # its worker was killed once under it: it now goes alone, and fails next time


class ProcessInspector:
    def __init__(self, workers: int):
        self.workers = workers
        self.batches = 0  # frames sent to workers (each one or more jobs)
        self._started = False
        self._idle: list[_Worker] = []
        self._all: set[_Worker] = set()
        self._queue: collections.deque[_Slot] = collections.deque()
        self._busy: dict[_Worker, list[_Slot]] = {}
        self._model_status: ModelStatus | None = None  # as the last worker to start reported it

    async def start(self) -> None:
        """Start the workers (otherwise the first request does), on the loop that will use them."""
        if not self._started:
            self._started = True
            for _ in range(self.workers):
                await self._add()

    async def _add(self) -> None:
        worker = await _Worker.start()
        self._all.add(worker)
        self._idle.append(worker)  # jobs sent before it has loaded wait in its pipe
        worker.protocol.ready.add_done_callback(self._worker_ready)
        self._dispatch()

    def _worker_ready(self, ready: asyncio.Future[bytes]) -> None:
        """Log the model a worker loaded when it is the first, or not what the last one had
        (a model file replaced or broken since)."""
        if ready.cancelled() or ready.exception() is not None:
            return  # died starting: its jobs fail (closed) and it is replaced when one is tried
        status = pickle.loads(ready.result())
        if status != self._model_status:
            self._model_status = status
            report_model(status)

    async def run(self, job: InspectionJob, timeout: float) -> Inspection:
        await self.start()
        slot = _Slot(job, asyncio.get_running_loop().create_future())
        self._queue.append(slot)
        self._dispatch()
        try:
            async with asyncio.timeout(timeout):
                return await slot.done
        except (TimeoutError, asyncio.CancelledError):
            if slot.worker is not None:
                self._replace(slot.worker, slot)  # stuck on this job (or gone): its state is unknown
            else:
                self._queue.remove(slot)
            raise

    def _dispatch(self) -> None:
        """Give waiting jobs to idle workers: small ones in batches, large ones alone."""
        while self._queue and self._idle:
            worker = self._idle.pop()
            if worker.protocol.gone:  # died while idle: nothing of ours to retry
                self._replace(worker)
                continue
            batch = [self._queue.popleft()]
            size = len(batch[0].job.body)
            while (self._queue and not batch[0].retried and not self._queue[0].retried and len(batch) < _BATCH_JOBS
                   and size + len(self._queue[0].job.body) <= _BATCH_BYTES):
                batch.append(self._queue.popleft())
                size += len(batch[-1].job.body)
            self._send(worker, batch)

    def _send(self, worker: _Worker, batch: list[_Slot]) -> None:
        for slot in batch:
            slot.worker = worker
        self._busy[worker] = batch
        try:
            answer = worker.send([slot.job for slot in batch])
        except (WorkerDied, OSError):
            self._replace(worker)
            return
        self.batches += 1
        answer.add_done_callback(lambda frame: self._answered(worker, frame))

    def _answered(self, worker: _Worker, frame: asyncio.Future[bytes]) -> None:
        failed = frame.cancelled() or frame.exception() is not None  # (retrieved in every case)
        if worker not in self._all:
            return  # replaced after a timeout: its other jobs were requeued or failed then
        if failed:
            self._replace(worker)
            return
        for slot, (ok, value) in zip(self._busy.pop(worker), pickle.loads(frame.result())):
            if not slot.done.done():
                slot.done.set_result(value) if ok else slot.done.set_exception(value)
        self._idle.append(worker)
        self._dispatch()

    def _replace(self, worker: _Worker, timed_out: _Slot | None = None) -> None:
        """Kill a worker whose state is unknown and start another. Its other jobs go back to
        the head of the queue to be tried alone, once; a job it held twice fails (closed)."""
        worker.kill()
        if worker not in self._all:
            return
        self._all.discard(worker)
        for slot in reversed(self._busy.pop(worker, ())):
            if slot is timed_out or slot.done.done():
                continue
            if slot.retried:
                slot.done.set_exception(WorkerDied("inspection worker died"))
            else:
                slot.retried, slot.worker = True, None
                self._queue.appendleft(slot)
        asyncio.get_running_loop().create_task(self._add())

    @property
    def pids(self) -> list[int]:
        return [w.pid for w in self._all]

    def close(self) -> None:
        for worker in self._all:
            worker.kill()
        self._all.clear()
        self._idle.clear()


def report_model(status: ModelStatus) -> None:
    """Log the model inspections use, or why they cannot use one. A warning, not an error:
    mitmproxy stops if an error is logged while it starts, and this proxy keeps running
    (requests that need the model fail closed, each with its own event)."""
    log.log(logging.INFO if status.usable else logging.WARNING, "embargo: %s", status.message)


class ThreadInspector:
    """Runs an inspection function in a thread (`--workers 0`, and the fail-closed tests' seam)."""

    def __init__(self, function: Callable[[InspectionJob], Inspection] = inspect):
        self.function = function

    async def run(self, job: InspectionJob, timeout: float) -> Inspection:
        return await asyncio.wait_for(asyncio.to_thread(self.function, job), timeout)

    def close(self) -> None:
        pass


def _serve(source: BinaryIO, sink: BinaryIO) -> None:
    """The worker's loop: read a frame of jobs, answer with one (ok, result or exception) each."""
    while header := source.read(_FRAME.size):
        (size,) = _FRAME.unpack(header)
        answers = [_answer(job) for job in pickle.loads(source.read(size))]
        try:
            payload = pickle.dumps(answers, protocol=pickle.HIGHEST_PROTOCOL)
        except Exception:  # noqa: BLE001 - an exception that does not pickle
            payload = pickle.dumps([_picklable(answer) for answer in answers], protocol=pickle.HIGHEST_PROTOCOL)
        _write_frame(sink, payload)


def _write_frame(sink: BinaryIO, payload: bytes) -> None:
    sink.write(_FRAME.pack(len(payload)) + payload)
    sink.flush()


def _answer(job: InspectionJob) -> tuple[bool, object]:
    try:
        return True, inspect(job)
    except Exception as err:  # noqa: BLE001 - carried back and raised in the proxy
        return False, err


def _picklable(answer: tuple[bool, object]) -> tuple[bool, object]:
    try:
        pickle.dumps(answer, protocol=pickle.HIGHEST_PROTOCOL)
        return answer
    except Exception as err:  # noqa: BLE001
        return False, RuntimeError(f"inspection failed: {type(err).__name__}")


def _preload(sink: BinaryIO) -> None:
    """Compile the detectors and load the sensitivity model before the first job, not
    during it (100-300 ms), and say how that went in the first frame. A model that cannot
    load is also reported by every job that needs it: that request fails closed."""
    compile_all()
    _write_frame(sink, pickle.dumps(load_configured_model(), protocol=pickle.HIGHEST_PROTOCOL))


if __name__ == "__main__":
    channel = sys.stdout.buffer
    sys.stdout = sys.stderr  # stdout carries frames only: a stray print must not corrupt them
    _preload(channel)
    _serve(sys.stdin.buffer, channel)
