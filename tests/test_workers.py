"""The inspection worker pool: real worker processes, batched hand-offs, timeouts, deaths."""

from __future__ import annotations

import asyncio
import gzip
import json
import math
import os
import signal
from dataclasses import replace

import pytest

from addons.inspection import InspectionError, InspectionJob
from addons.workers import _BATCH_BYTES, _BATCH_JOBS, ProcessInspector, WorkerDied
from classifier.classification import Label


def job(text: str, body: bytes | None = None) -> InspectionJob:
    payload = body if body is not None else json.dumps(
        {"model": "gpt-4o", "messages": [{"role": "user", "content": text}]}).encode()
    return InspectionJob(method="POST", path="/v1/chat/completions", content_type="application/json",
                         content_encoding=None, body=payload, api_format="openai", sensitive_fields=(),
                         max_body=16 << 20)


def run_with(workers: int, scenario) -> None:
    async def main() -> None:
        inspector = ProcessInspector(workers)
        await inspector.start()
        try:
            await scenario(inspector)
        finally:
            alive = list(inspector._all)  # noqa: SLF001
            inspector.close()
            for _ in range(100):  # let the loop reap them before it closes
                if all(worker.protocol.gone for worker in alive):
                    break
                await asyncio.sleep(0.02)

    asyncio.run(main())


def test_jobs_waiting_for_a_worker_share_frames_and_each_gets_its_own_result():
    async def scenario(inspector: ProcessInspector) -> None:
        texts = [f"note {i}: write to person{i}@acme.com" if i % 3 == 0 else f"note {i}: the weather" for i in range(30)]
        jobs = [inspector.run(job(text), 10) for text in texts]
        jobs.append(inspector.run(job("", body=b"{not json"), 10))
        results = await asyncio.gather(*jobs, return_exceptions=True)
        labels = [r.classification.label for r in results[:30]]
        assert labels == [Label.CONFIDENTIAL if i % 3 == 0 else Label.PUBLIC for i in range(30)]
        assert isinstance(results[30], InspectionError) and results[30].code == "malformed_request"
        assert inspector.batches < 31  # fewer hand-offs than jobs

    run_with(1, scenario)


def test_bodies_too_large_to_share_a_frame_go_alone():
    async def scenario(inspector: ProcessInspector) -> None:
        big = "the weather is fine. " * (_BATCH_BYTES // 2 // 21 + 1)  # over half a frame each
        await asyncio.gather(*(inspector.run(job(big), 10) for _ in range(3)))
        assert inspector.batches == 3

    run_with(1, scenario)


def test_16_kb_jobs_waiting_for_a_worker_share_frames():
    async def scenario(inspector: ProcessInspector) -> None:
        text = "the weather is fine. " * 780
        size = len(job(text).body)
        per_frame = min(_BATCH_JOBS, _BATCH_BYTES // size)
        assert 16 << 10 <= size < 17 << 10 and per_frame >= 8  # the CRM chat bodies the benchmarks send
        results = await asyncio.gather(*(inspector.run(job(text), 10) for _ in range(20)))
        assert all(r.classification.label == Label.PUBLIC for r in results)
        assert inspector.batches <= 1 + math.ceil(19 / per_frame)  # the first goes alone, the rest in frames

    run_with(1, scenario)


def test_a_stuck_batch_times_out_kills_its_worker_and_the_pool_recovers():
    async def scenario(inspector: ProcessInspector) -> None:
        [stuck] = inspector.pids
        os.kill(stuck, signal.SIGSTOP)  # a worker that never answers
        results = await asyncio.gather(*(inspector.run(job(f"note {i}"), 0.5) for i in range(3)),
                                       return_exceptions=True)
        assert all(isinstance(r, (TimeoutError, WorkerDied)) for r in results)  # all fail closed
        assert isinstance(results[0], TimeoutError)
        result = await inspector.run(job("write to someone@acme.com"), 10)  # a new worker answers
        assert result.classification.label == Label.CONFIDENTIAL
        assert stuck not in inspector.pids and len(inspector.pids) == 1

    run_with(1, scenario)


@pytest.mark.parametrize("workers", [1, 2])
def test_killed_workers_are_replaced_and_the_next_jobs_are_answered(workers):
    async def scenario(inspector: ProcessInspector) -> None:
        for pid in inspector.pids:
            os.kill(pid, signal.SIGKILL)
        await asyncio.sleep(0.2)
        results = await asyncio.gather(*(inspector.run(job("hello"), 10) for _ in range(4)), return_exceptions=True)
        assert all(r.classification.label == Label.PUBLIC for r in results), results
        assert len(inspector.pids) == workers

    run_with(workers, scenario)


def test_a_body_that_stalls_its_worker_fails_alone_and_its_batch_mates_are_answered():
    """A small gzip body that inflates to 15 MB keeps its worker busy well past its own
    timeout; the small jobs batched with it are retried alone on the replacement."""
    stall = gzip.compress(json.dumps({"model": "gpt-4o", "messages": [
        {"role": "user", "content": "the weather is fine. " * 700_000}]}).encode())
    assert len(stall) < 64 << 10  # small enough to share a frame

    async def scenario(inspector: ProcessInspector) -> None:
        await inspector.run(job("warm-up"), 10)  # the first job of a worker is slower
        busy = inspector.run(job("first"), 10)  # goes alone; the next three wait and share a frame
        stalled = inspector.run(replace(job("", body=stall), content_encoding="gzip"), 0.5)
        mates = [inspector.run(job(f"write to person{i}@acme.com"), 20) for i in range(2)]
        results = await asyncio.gather(busy, stalled, *mates, return_exceptions=True)
        assert isinstance(results[1], TimeoutError)
        assert [r.classification.label for r in (results[0], *results[2:])] == [
            Label.PUBLIC, Label.CONFIDENTIAL, Label.CONFIDENTIAL], results
        assert len(inspector.pids) == 1 and inspector.batches == 5  # warm-up, first, the shared frame, two retries alone

    run_with(1, scenario)
