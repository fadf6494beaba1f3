"""`embargo gateway serve`: mitmproxy as a reverse proxy, the gateway addon ahead of Embargo's."""

from __future__ import annotations

import asyncio
from pathlib import Path

from mitmproxy.exceptions import OptionsError
from mitmproxy.master import Master

from addons.gateway import Gateway
from agent.catalog import Catalog
from agent.gateway.config import load_gateway_config
from agent.proxy import ProxyConfig, build_master, run
from agent.yamlfile import ConfigError


def build_gateway(config: ProxyConfig, gateway_file: Path, tls_cert: Path) -> Master:
    """The gateway listens with TLS under its own certificate (`tls_cert`: key and chain in
    one PEM, from the organisation's PKI; never the interception CA, which may vouch only for
    AI endpoints), asks callers for a client certificate, and connects upstream per route."""
    try:
        routes = load_gateway_config(gateway_file, Catalog.load(config.catalog)).routes
    except (ConfigError, ValueError) as err:
        raise OptionsError(f"cannot load the Embargo gateway configuration:\n{err}") from None
    default = routes[-1]  # any route: every request is routed (or refused) by the gateway addon
    master = build_master(config, before=[Gateway()])
    master.options.update(
        mode=[f"reverse:{default.scheme}://{default.host}:{default.port}@{config.listen_host}:{config.listen_port}"],
        certs=[f"*={tls_cert}"],
        request_client_cert=True,
        # Connect upstream when a request has been routed, not when a caller connects.
        connection_strategy="lazy",
        embargo_gateway=str(gateway_file),
    )
    return master


def serve(config: ProxyConfig, gateway_file: Path, tls_cert: Path) -> None:
    asyncio.run(run(config, build=lambda c: build_gateway(c, gateway_file, tls_cert)))
