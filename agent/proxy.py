"""The proxy runner: mitmproxy in explicit-proxy mode with Embargo's addon."""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import subprocess
import sys
import tempfile
from collections.abc import Callable, Sequence
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path

from mitmproxy import addons as mitmproxy_addons
from mitmproxy import options
from mitmproxy.addons import errorcheck
from mitmproxy.master import Master

from addons.embargo import Embargo
from addons.trust import InterceptionCa
from addons.workers import report_model
from agent.catalog import DEFAULT_CATALOG
from classifier.model import load_configured_model

log = logging.getLogger("embargo")


@dataclass
class ProxyConfig:
    listen_host: str
    listen_port: int
    policy: Path
    events: Path
    catalog: Path = DEFAULT_CATALOG
    local_model: str = ""
    local_model_key_file: Path | None = None
    local_model_map: list[str] = field(default_factory=list)
    local_model_weights: Path | None = None
    local_model_timeout: float = 120.0
    confdir: Path | None = None
    resolve: list[str] = field(default_factory=list)
    refuse_networks: list[str] = field(default_factory=list)
    workers: int = 2
    max_body: str = "16m"
    redact_keys: Path | None = None
    metrics_listen: tuple[str, int] | None = None
    mitmproxy_options: list[str] = field(default_factory=list)  # "name=value", like --set
    sinks: Path | None = None  # agent config with SIEM sinks: the forwarder runs beside the proxy
    transparent_listen: list[tuple[str, int]] = field(default_factory=list)  # beside the explicit proxy


# mitmproxy's own addons that an Embargo proxy runs. The others in mitmproxy's default set
# are left out on purpose: some would write or change traffic behind Embargo's back
# (save_stream_file and hardump write whole payloads to disk; map_remote, map_local,
# modify_body, modify_headers and the replay addons rewrite or answer requests; scripts
# loads arbitrary code), the rest are interactive tools (cut, export, comment, browser,
# onboarding, command history). And mitmproxy calls every addon in the chain for every
# hook event: each one left out is CPU saved on every request (see the README's
# Performance section). Setting one of their options (`--set save_stream_file=...`) is
# refused as an unknown option.
MITMPROXY_ADDONS = (
    "Core",  # option checks, shutdown
    "Block",  # block_global / block_private, as in any mitmproxy
    "DisableH2C",  # an h2c upgrade would take the connection out of HTTP/1 inspection
    "ProxyAuth",  # proxy-auth identities for policy selectors
    "Proxyserver",  # the listeners, body_size_limit, stream_large_bodies (refused for AI hosts)
    "DnsResolver",  # name resolution options of the upstream connections
    "NextLayer",  # which protocol layer a connection gets
    "TlsConfig",  # interception certificates, upstream TLS verification
    "UpstreamAuth",  # a corporate upstream proxy's credentials
    "UpdateAltSvc",  # the gateway's reverse mode: Alt-Svc rewritten to the gateway
)


def mitmproxy_master(opts: options.Options) -> Master:
    """A mitmproxy master with MITMPROXY_ADDONS (in mitmproxy's default order), no Embargo yet."""
    kept = [a for a in mitmproxy_addons.default_addons() if type(a).__name__ in MITMPROXY_ADDONS]
    missing = set(MITMPROXY_ADDONS) - {type(a).__name__ for a in kept}
    if missing:  # a mitmproxy upgrade renamed or dropped one: refuse to run without it
        raise RuntimeError(f"mitmproxy lacks the addons Embargo needs: {', '.join(sorted(missing))}")
    master = Master(opts, with_termlog=True)
    master.addons.add(*kept, errorcheck.ErrorCheck())
    return master


def build_master(config: ProxyConfig, addon: Embargo | None = None, before: Sequence[object] = ()) -> Master:
    """A mitmproxy master with Embargo loaded and configured; raises OptionsError on bad config.

    `before`: addons that see each flow ahead of Embargo (the gateway authenticates and routes).
    """
    opts = options.Options(listen_host=config.listen_host, listen_port=config.listen_port)
    if config.transparent_listen:  # kernel enforcement redirects protected workloads' connects here
        opts.update(mode=["regular", *(f"transparent@{host}:{port}" for host, port in config.transparent_listen)])
    if config.confdir:
        opts.update(confdir=str(config.confdir))
    master = mitmproxy_master(opts)
    master.addons.add(InterceptionCa(), *before, addon or Embargo())
    # mitmproxy's default "eager" connection strategy stays: a tunnel to a catalog host
    # opens its upstream TLS connection at CONNECT time (no request byte is sent before the
    # decision). "lazy" would avoid that, but stalled under concurrent load in our benchmark.
    opts.update(
        embargo_policy=str(config.policy),
        embargo_catalog=str(config.catalog),
        embargo_events=str(config.events),
        embargo_local_model=config.local_model,
        embargo_local_model_key_file=str(config.local_model_key_file or ""),
        embargo_local_model_map=list(config.local_model_map),
        embargo_local_model_weights=str(config.local_model_weights or ""),
        embargo_local_model_timeout=config.local_model_timeout,
        embargo_resolve=list(config.resolve),
        embargo_refuse_networks=list(config.refuse_networks),
        embargo_workers=config.workers,
        embargo_max_body=config.max_body,
        body_size_limit=config.max_body,
        embargo_redact_keys=str(config.redact_keys or ""),
    )
    for assignment in config.mitmproxy_options:
        master.options.set(assignment)
    return master


async def run(config: ProxyConfig, addon: Embargo | None = None,
              build: Callable[[ProxyConfig], Master] | None = None) -> None:
    """Run until shut down; `build` makes the master instead of `build_master` (the gateway's)."""
    logging.getLogger("embargo").setLevel(logging.INFO)  # policy loads and reloads are worth a line
    master = build(config) if build else build_master(config, addon)
    if master.options.embargo_workers <= 0:
        # Inspections run in this process: load the model now, not on the first request, and
        # say which it is (worker processes report the model they loaded themselves). If it
        # cannot be used the proxy still runs; requests that need it fail closed.
        report_model(load_configured_model())
    # SIGTERM (a DaemonSet's pod stopping) shuts down like Ctrl-C: the audit log is drained.
    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, master.shutdown)
    if config.metrics_listen:
        from prometheus_client import start_http_server

        start_http_server(config.metrics_listen[1], addr=config.metrics_listen[0])
    with ExitStack() as stack:
        forwarder = _start_forwarder(config, stack) if config.sinks else None
        try:
            await master.run()
        finally:
            if forwarder:
                forwarder.terminate()
                forwarder.wait(10)


def _start_forwarder(config: ProxyConfig, stack: ExitStack) -> subprocess.Popen[bytes]:
    """The sink forwarder in its own process: SIEM delivery never competes with the proxy's loop.
    With --metrics, its metrics are relayed onto the proxy's /metrics through a Unix socket
    in a private (0700) directory, for as long as `stack` is open."""
    assert config.sinks
    command = [sys.executable, "-m", "agent.cli", "sinks", "--config", str(config.sinks),
               "--audit", str(config.events), "--policy", str(config.policy), "--parent", str(os.getpid())]
    if config.metrics_listen:
        from agent.sinks.metrics_relay import relayed

        socket_path = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="embargo-forwarder-"))) / "metrics.sock"
        command += ["--metrics-socket", str(socket_path)]
        stack.enter_context(relayed(socket_path))
    log.info("embargo: starting the sink forwarder (%s)", config.sinks)
    return subprocess.Popen(command)


def serve(config: ProxyConfig) -> None:
    asyncio.run(run(config))
