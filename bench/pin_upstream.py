"""mitmproxy addon for the benchmark's plain arm: connect every upstream to one address.

Embargo's `--resolve` does the same for the other arm, so both reach the fake provider
the same way and differ only by Embargo's inspection.
"""

from __future__ import annotations

from mitmproxy import ctx
from mitmproxy.addonmanager import Loader
from mitmproxy.proxy import server_hooks


class PinUpstream:
    def load(self, loader: Loader) -> None:
        loader.add_option("pin_upstream", str, "", "HOST:PORT every upstream connection goes to.")

    def server_connect(self, data: server_hooks.ServerConnectionHookData) -> None:
        if ctx.options.pin_upstream:
            host, port = ctx.options.pin_upstream.rsplit(":", 1)
            data.server.address = (host, int(port))


addons = [PinUpstream()]
