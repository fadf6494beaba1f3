"""`embargo sinks`: run the sink forwarder in the foreground until SIGTERM or Ctrl-C."""

from __future__ import annotations

import logging
import signal
import sys
from pathlib import Path

from agent.yamlfile import ConfigError

log = logging.getLogger("embargo.sinks")


def run_sinks(config_path: Path, audit: Path | None, policy: Path | None, spool: Path | None,
              parent: int | None = None, metrics_socket: Path | None = None) -> int:
    from agent.sinks.pacing import lower_priority

    if parent is not None:
        # Started by the proxy on the same cores: the proxy's requests come first, the
        # forwarder catches up in the gaps (the audit log is its queue). Nice 10 SCHED_BATCH
        # before any thread starts, numpy's included (they inherit it); its workers then go
        # SCHED_IDLE within the lag budget (agent/sinks/pacing.py).
        lower_priority()
    from agent.sinks.config import load_config
    from agent.sinks.forwarder import Forwarder

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    try:
        config = load_config(config_path, spool_dir=spool)
    except ConfigError as err:
        print(f"embargo: cannot load {config_path}:\n{err}", file=sys.stderr)
        return 2
    except OSError as err:
        print(f"embargo: cannot read {config_path}: {err.strerror}", file=sys.stderr)
        return 2
    audit = audit or config.audit
    if audit is None:
        print("embargo: no audit log to read (give --audit or set audit: in the config)", file=sys.stderr)
        return 2
    if metrics_socket:
        from agent.sinks.metrics_relay import serve

        serve(metrics_socket)  # the proxy serves them on its /metrics: one scrape target per node
        if config.metrics:
            log.info("embargo: sink metrics are served on the proxy's --metrics; the config's metrics: is not opened")
    elif config.metrics:
        from prometheus_client import start_http_server

        start_http_server(config.metrics[1], addr=config.metrics[0])
    forwarder = Forwarder(config, audit, policy or config.policy, manage_cpu=parent is not None)
    signal.signal(signal.SIGTERM, lambda *_: forwarder.stop.set())
    try:
        forwarder.run(parent=parent)
    except KeyboardInterrupt:
        forwarder.close()
    return 0
