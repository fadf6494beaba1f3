"""mitmproxy addon for the benchmark's floor arm: hand each request off twice, do nothing else.

Embargo must wait twice before a request may leave: for a worker process's verdict and for
the durable audit commit (the audit sync process). This addon makes two hand-offs (to a
thread) with no work in them, so the benchmark shows what that shape costs mitmproxy's
event loop by itself.
"""

from __future__ import annotations

import asyncio

from mitmproxy import http


def _nothing() -> None:
    pass


class AwaitTwice:
    async def request(self, flow: http.HTTPFlow) -> None:
        loop = asyncio.get_running_loop()
        await loop.run_in_executor(None, _nothing)
        await loop.run_in_executor(None, _nothing)


addons = [AwaitTwice()]
