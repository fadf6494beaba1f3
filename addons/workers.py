"""Where inspections run: worker processes, so that mitmproxy's event loop stays free.

Parsing and classifying a 256 KB body takes milliseconds of pure-Python CPU; run on the
event loop it would stall every other flow, and run in a thread it would still hold the
GIL. Worker processes also let a second core work. A worker that overruns its timeout is
killed and replaced, so one pathological body cannot exhaust the pool.
"""

from __future__ import annotations

import asyncio
import multiprocessing
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Protocol

from addons.inspection import Inspection, InspectionJob, inspect


class Inspector(Protocol):
    async def run(self, job: InspectionJob, timeout: float) -> Inspection: ...

    def close(self) -> None: ...


class ProcessInspector:
    def __init__(self, workers: int):
        self.workers = workers
        self._pool = self._new_pool()

    def _new_pool(self) -> ProcessPoolExecutor:
        # spawn, not fork: the proxy process runs threads (audit writer, event loop).
        pool = ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("spawn"))
        for _ in range(self.workers):
            pool.submit(_warm_up)  # import and compile in the workers before the first request
        return pool

    async def run(self, job: InspectionJob, timeout: float) -> Inspection:
        try:
            future = self._pool.submit(inspect, job)  # raises at once if a worker died
            return await asyncio.wait_for(asyncio.wrap_future(future), timeout)
        except (TimeoutError, BrokenProcessPool):
            self._replace_pool()
            raise

    def _replace_pool(self) -> None:
        old, self._pool = self._pool, self._new_pool()
        # ProcessPoolExecutor cannot cancel a running task: end the stuck workers themselves.
        processes = list((getattr(old, "_processes", None) or {}).values())
        old.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            process.kill()

    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)


class ThreadInspector:
    """Runs an inspection function in a thread: for `embargo classify`-like tools and tests."""

    def __init__(self, function: Callable[[InspectionJob], Inspection] = inspect):
        self.function = function

    async def run(self, job: InspectionJob, timeout: float) -> Inspection:
        return await asyncio.wait_for(asyncio.to_thread(self.function, job), timeout)

    def close(self) -> None:
        pass


def _warm_up() -> None:
    from classifier.classify import Classifier

    Classifier({})
