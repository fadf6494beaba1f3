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
import pickle
import struct
import sys
from collections.abc import Callable
from typing import BinaryIO, Protocol

from addons.inspection import Inspection, InspectionJob, inspect

_FRAME = struct.Struct("!I")


class Inspector(Protocol):
    async def run(self, job: InspectionJob, timeout: float) -> Inspection: ...

    def close(self) -> None: ...


class WorkerDied(RuntimeError):
    """A worker process ended while it had a job."""


class _Worker:
    def __init__(self, process: asyncio.subprocess.Process):
        self.process = process

    @classmethod
    async def start(cls) -> _Worker:
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "addons.workers", stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE
        )
        return cls(process)

    async def inspect(self, job: InspectionJob) -> Inspection:
        stdin, stdout = self.process.stdin, self.process.stdout
        assert stdin and stdout
        payload = pickle.dumps(job, protocol=pickle.HIGHEST_PROTOCOL)
        stdin.write(_FRAME.pack(len(payload)) + payload)
        try:
            await stdin.drain()
            (size,) = _FRAME.unpack(await stdout.readexactly(_FRAME.size))
            ok, value = pickle.loads(await stdout.readexactly(size))
        except (asyncio.IncompleteReadError, ConnectionError) as err:
            raise WorkerDied("inspection worker died") from err
        if not ok:
            raise value
        return value

    def kill(self) -> None:
        if self.process.returncode is None:
            self.process.kill()


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
        return [w.process.pid for w in self._all]

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


if __name__ == "__main__":
    channel = sys.stdout.buffer
    sys.stdout = sys.stderr  # stdout carries frames only: a stray print must not corrupt them
    _serve(sys.stdin.buffer, channel)
