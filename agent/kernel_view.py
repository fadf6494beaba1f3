"""The agent's kernel view: connection records -> attributed, labelled observations.

A thread reads the tracer's ring buffer. Each record is attributed (process, cgroup,
container, pod), labelled with the catalog names its destination address is known by
(DNS view), and then:
- an established connection to the proxy is remembered by its client address and port,
  which is how the proxy joins its flows to the workload that opened them;
- a connection to a catalog host (directly, not through the proxy) goes into the
  inventory and becomes an `embargo.connection/1` event.

`ProxyOnly` stands in when tracing cannot run: every client is "unattributed", with the
reason, so events never suggest an identity nobody checked.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
import uuid
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from agent.attribution import Attributor
from agent.dns_observer import HostnameView
from agent.events import utc_now
from agent.inventory import Inventory
from agent.policy.model import client_address
from agent.tracing.connect import ConnectionRecord, ConnectionTracer
from agent.workload import UNATTRIBUTED, Workload

log = logging.getLogger("embargo.kernel")

CONNECTION_SCHEMA = "embargo.connection/1"
JOIN_WAIT_S = 0.5  # how long the proxy waits for the kernel's record of a new client connection
JOIN_TABLE_SIZE = 65536


class ProxyOnly:
    """The kernel view when tracing is not running: nobody is attributed, and events say why."""

    def __init__(self, reason: str, inventory: Inventory):
        self.reason = reason
        self.inventory = inventory

    async def workload_for(self, client_ip: str, client_port: int) -> Workload:
        return Workload(attribution=UNATTRIBUTED, note=self.reason)

    def observe_proxy_flow(self, workload: Workload, kind: str, host: str) -> None:
        self.inventory.record(workload, kind, host, "proxy")

    def status(self) -> dict[str, Any]:
        return {"tracing": False, "tracing_error": self.reason}


class KernelView:
    def __init__(self, tracer: ConnectionTracer, attributor: Attributor, names: HostnameView,
                 inventory: Inventory, node: str, emit: Callable[[dict[str, Any]], None] | None = None):
        self.tracer = tracer
        self.attributor = attributor
        self.names = names
        self.inventory = inventory
        self.node = node
        self.emit = emit  # where connection events go (the audit log); called from the reader thread
        self.proxy_endpoints: set[tuple[str, int]] = set()
        self._joins: OrderedDict[tuple[str, int], Workload] = OrderedDict()
        self._joins_lock = threading.Lock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.records = 0

    # --- configuration --------------------------------------------------------------

    def watch_proxy(self, host: str, port: int) -> None:
        """Trace connects to the proxy's listen address, for joining flows to workloads."""
        address = client_address(host)
        if address.is_unspecified:  # listening on every address: match the port alone
            address = client_address("::")
        self.proxy_endpoints.add((str(address), port))
        self.tracer.watch_destination(str(address), port)

    def watch_catalog_address(self, address: str, _name: object = None) -> None:
        """A DNS answer named a catalog host at this address: trace connects to it."""
        self.tracer.watch_destination(address, 0)

    # --- the reader thread ------------------------------------------------------------

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="embargo-tracing", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread:
            self._thread.join(timeout=5)
        self.tracer.close()

    def _run(self) -> None:
        while not self._stop.is_set():
            for record in self.tracer.poll(100):
                try:
                    self.handle(record)
                except Exception:  # noqa: BLE001 - one odd record must not end tracing
                    log.exception("embargo: could not handle a connection record")

    def handle(self, record: ConnectionRecord) -> None:
        self.records += 1
        workload = self.attributor.identify(record.tgid, record.pid, record.comm, record.uid, record.cgroup_id)
        if record.kind == "established" and record.saddr is not None and record.sport is not None:
            # Joinable by the proxy: an explicit-proxy client, or a connection kernel enforcement
            # redirected to it (whose record carries the destination the workload asked for).
            self._remember(record.saddr, record.sport, workload)
        if (record.daddr, record.dport) in self.proxy_endpoints or ("::", record.dport) in self.proxy_endpoints:
            return
        if record.kind == "established":
            return  # connect (with its result) and close (with bytes) say what matters
        labels = self.names.lookup(record.daddr)
        workload = self._with_crm_origin(workload)
        for name in labels.catalog:
            self.inventory.record(workload, name.kind, name.host, "kernel", new_connection=record.kind == "connect",
                                  bytes_sent=record.bytes_sent or 0, bytes_received=record.bytes_received or 0)
        if self.emit is not None:
            self.emit(self._event(record, workload, labels))

    def _event(self, record: ConnectionRecord, workload: Workload, labels) -> dict[str, Any]:
        event: dict[str, Any] = {
            "schema": CONNECTION_SCHEMA, "event_id": str(uuid.uuid4()), "time": utc_now(), "node": self.node,
            "phase": record.kind, "workload": {"kernel": workload.to_dict()},
            "host": labels.catalog[0].host if labels.catalog else record.daddr,
            "destination": {
                "address": record.daddr, "port": record.dport, "protocol": record.protocol, "family": record.family,
                "hosts": [{"host": n.host, "endpoint_id": n.endpoint_id, "kind": n.kind} for n in labels.catalog],
                "shared_address": labels.shared,
            },
        }
        if record.kind == "connect":
            event["result"] = record.result
            if record.error:
                event["error"] = record.error
        if record.kind == "close":
            event["bytes_sent"], event["bytes_received"] = record.bytes_sent, record.bytes_received
            event["failed"] = record.failed
            if record.saddr:
                event["source"] = {"address": record.saddr, "port": record.sport}
        return event

    def _remember(self, ip: str, port: int, workload: Workload) -> None:
        with self._joins_lock:
            self._joins[(ip, port)] = workload
            self._joins.move_to_end((ip, port))
            while len(self._joins) > JOIN_TABLE_SIZE:
                self._joins.popitem(last=False)

    def _with_crm_origin(self, workload: Workload) -> Workload:
        if self.inventory.crm_originated(workload) and not workload.crm_originated:
            return replace(workload, crm_originated=True)
        return workload

    # --- what the proxy asks --------------------------------------------------------------

    async def workload_for(self, client_ip: str, client_port: int) -> Workload:
        """The workload behind a proxy client connection, waiting briefly for the kernel's record."""
        key = (str(client_address(client_ip)), client_port)
        deadline = time.monotonic() + JOIN_WAIT_S
        while True:
            with self._joins_lock:
                workload = self._joins.get(key)
            if workload is not None:
                return self._with_crm_origin(workload)
            if time.monotonic() >= deadline:
                return Workload(attribution=UNATTRIBUTED,
                                note="no kernel record of this client connection (NAT, or a lost event)")
            await asyncio.sleep(0.005)

    def observe_proxy_flow(self, workload: Workload, kind: str, host: str) -> None:
        self.inventory.record(workload, kind, host, "proxy")

    def status(self) -> dict[str, Any]:
        return {"tracing": True, "records": self.records, **self.tracer.counters(),
                "byte_counts": self.tracer.bytes_note or "ok", "attribution": self.attributor.status()}
