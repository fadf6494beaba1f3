"""The benchmark's "Embargo's mitmproxy" arm: mitmproxy with only the addons `embargo proxy`
runs (`agent.proxy.MITMPROXY_ADDONS`) and no Embargo, so that what the leaner addon chain
saves is told apart from what inspection costs.

    python bench/lean_mitmproxy.py PORT CONFDIR UPSTREAM_CA PIN_HOST:PORT
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from mitmproxy import options  # noqa: E402

from agent.proxy import mitmproxy_master  # noqa: E402
from bench.pin_upstream import PinUpstream  # noqa: E402


async def serve(port: int, confdir: str, upstream_ca: str, pin: str) -> None:
    opts = options.Options(listen_host="127.0.0.1", listen_port=port)
    master = mitmproxy_master(opts)
    master.addons.add(PinUpstream())
    opts.update(confdir=confdir, ssl_verify_upstream_trusted_ca=upstream_ca, body_size_limit="16m", pin_upstream=pin,
                termlog_verbosity="error")  # as quiet as `mitmdump -q`, the plain arm
    await master.run()


if __name__ == "__main__":
    port, confdir, upstream_ca, pin = sys.argv[1:5]
    asyncio.run(serve(int(port), confdir, upstream_ca, pin))
