"""`embargo agent`: the proxy together with kernel tracing, attribution, DNS and inventory.

Startup order: the catalog and policy are checked, the tracing program is loaded (or the
reason it cannot be is printed, and the agent runs proxy-only), the DNS observer starts,
the catalog's names are resolved, and then the proxy serves. Every interval the inventory
is written to its file and recorded as an `embargo.inventory/1` event.
"""

from __future__ import annotations

import asyncio
import logging
import sys
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from addons.embargo import Embargo
from agent.attribution import Attributor, CgroupIndex, KubernetesPods, detect_cgroup_setup
from agent.catalog import Catalog
from agent.dns_observer import DnsObserver, HostnameView, exact_catalog_hosts, resolve_names, system_resolver
from agent.enforcement.enforcer import EnforcementError
from agent.enforcement.service import EnforcementConfig, KernelEnforcement
from agent.events import node_name
from agent.inventory import Inventory
from agent.kernel_view import KernelView, ProxyOnly
from agent.policy.model import Policy, load_policy
from agent.proxy import ProxyConfig, run
from agent.tls_visibility import TlsVisibility
from agent.tracing import connect
from agent.tracing.ssl_write import SslWriteWatcher
from agent.tracing.loader import BpfUnavailable, missing_requirements

log = logging.getLogger("embargo.agent")

CGROUP_RESCAN_S = 2.0  # how soon a new cgroup that a `cgroup` selector names is traced


@dataclass
class AgentConfig:
    proxy: ProxyConfig
    tracing: bool = True
    ringbuf_pages: int = connect.DEFAULT_RINGBUF_PAGES
    inventory_file: Path | None = None  # default: inventory.json beside the events file
    inventory_interval_s: float = 60.0
    dns: bool = True
    dns_interface: str | None = None
    resolver: tuple[str, int] | None = None  # default: the first nameserver in /etc/resolv.conf
    resolve_interval_s: float = 300.0
    trace_cgroups: list[str] = field(default_factory=list)  # cgroup v2 path globs traced in full
    enforcement: EnforcementConfig | None = None  # kernel enforcement (needs proxy.transparent_listen)
    tls_library: Path | None = None  # TLS visibility: uprobes on this libssl (off when None)

    @property
    def inventory_path(self) -> Path:
        return self.inventory_file or self.proxy.events.with_name("inventory.json")


def dry_run(config: AgentConfig) -> int:
    """Print what `embargo agent` would load and watch, and what this node lacks; load nothing."""
    policy = load_policy(config.proxy.policy)
    print(f"policy {policy.name} version {policy.version}; proxy on {config.proxy.listen_host}:{config.proxy.listen_port}")
    if config.enforcement:
        from agent.enforcement.enforcer import program_spec

        print(program_spec(config.enforcement.pin_dir).describe())
        print(f"  {config.enforcement.describe()}")
        print(f"  transparent listeners: {config.proxy.transparent_listen or 'none (enforced ports are refused)'}")
    if not config.tracing:
        print("tracing disabled (--no-tracing): proxy-only")
        return 0
    print(connect.program_spec(config.ringbuf_pages).describe())
    _, bytes_note = connect.byte_count_offsets()
    print(f"  byte counts: {bytes_note or 'tcp_sock.bytes_sent / bytes_received at offsets read from BTF'}")
    print(f"  watch destination {config.proxy.listen_host}:{config.proxy.listen_port} (proxy clients, for attribution)")
    print("  watch destination addresses of catalog hosts, as DNS answers name them")
    for pattern in _cgroup_patterns(config, policy):
        print(f"  watch cgroups matching {pattern} (every connect)")
    setup = detect_cgroup_setup()
    print(f"cgroups: {setup.mode}, v2 at {setup.v2_mount}" + (f" ({setup.note})" if setup.note else ""))
    print("dns observer: " + ("off" if not config.dns else f"udp source port 53 on {config.dns_interface or 'all interfaces'}"))
    missing = missing_requirements(connect.TRACEPOINTS)
    print("requirements: " + ("all present" if not missing else "MISSING: " + "; ".join(missing) + " -> would run proxy-only"))
    return 0


class Agent:
    def __init__(self, config: AgentConfig):
        self.config = config
        self.node = node_name()
        self.catalog = Catalog.load(config.proxy.catalog)
        self.policy: Policy = load_policy(config.proxy.policy)
        self.inventory = Inventory()
        self.names = HostnameView(self.catalog)
        self.addon = Embargo()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._before_loop: list[dict[str, Any]] = []
        self._loop_lock = threading.Lock()
        self.dns: DnsObserver | None = None
        self.pods: KubernetesPods | None = None
        self.tls: TlsVisibility | None = None
        self.kernel: KernelView | ProxyOnly = self._start_tracing()
        self.enforcement: KernelEnforcement | None = self._start_enforcement()
        self.tls = self._start_tls()
        self.addon.kernel = self.kernel
        self.addon.final_records = self.final_records
        self._stop = threading.Event()
        self.dns_note: str | None = None

    def _start_tracing(self) -> KernelView | ProxyOnly:
        if not self.config.tracing:
            return ProxyOnly("kernel tracing disabled (--no-tracing)", self.inventory)
        try:
            tracer = connect.ConnectionTracer.load(self.config.ringbuf_pages)
        except BpfUnavailable as err:
            print(f"embargo: {err}\nembargo: running proxy-only: workloads are not attributed, and policy selectors "
                  "on cgroup, process, pod and crm_originated match nothing", file=sys.stderr)
            return ProxyOnly(str(err), self.inventory)
        self.pods = KubernetesPods.from_environment(self.node)
        attributor = Attributor(detect_cgroup_setup(), self.pods)
        kernel = KernelView(tracer, attributor, self.names, self.inventory, self.node, emit=self._emit)
        kernel.watch_proxy(self.config.proxy.listen_host, self.config.proxy.listen_port)
        self.names.on_catalog_address = kernel.watch_catalog_address
        self._watched_cgroups: set[int] = set()
        if attributor.cgroups:
            self._watch_cgroups(kernel, attributor.cgroups)
        if tracer.bytes_note:
            print(f"embargo: {tracer.bytes_note}", file=sys.stderr)
        return kernel

    def _start_enforcement(self) -> KernelEnforcement | None:
        """Install (or adopt) kernel enforcement; when it was asked for and cannot run, the agent
        does not start: an earlier agent's programs stay in force (fail closed)."""
        if self.config.enforcement is None:
            return None
        attributor = self.kernel.attributor if isinstance(self.kernel, KernelView) else Attributor(detect_cgroup_setup())
        if attributor.cgroups is None:
            raise EnforcementError("kernel enforcement needs cgroup v2, and this node has none mounted")
        try:
            enforcement = KernelEnforcement.install(self.config.enforcement, attributor, self.names, self.node,
                                                    self.config.proxy.transparent_listen, emit=self._emit,
                                                    policy=self.policy, catalog=self.catalog)
        except BpfUnavailable as err:
            raise EnforcementError(str(err)) from err
        self.addon.address_names = self.names.lookup
        if isinstance(self.kernel, KernelView):
            for host, port in self.config.proxy.transparent_listen:
                self.kernel.watch_proxy(host, port)
        return enforcement

    def _start_tls(self) -> TlsVisibility | None:
        """SSL_write uprobes for the cgroups tracing watches (detection only); needs tracing."""
        if self.config.tls_library is None:
            return None
        if not isinstance(self.kernel, KernelView):
            print("embargo: TLS visibility needs kernel tracing, which is not running", file=sys.stderr)
            return None
        try:
            watcher = SslWriteWatcher.load(self.config.tls_library)
        except BpfUnavailable as err:
            print(f"embargo: {err}", file=sys.stderr)
            return None
        for cgroup_id in self._watched_cgroups:
            watcher.watch_cgroup(cgroup_id)
        return TlsVisibility(watcher, self.kernel.attributor, self.node,
                             lambda: (self.addon.policy or self.policy, self.addon.catalog or self.catalog), self._emit)

    def _watch_cgroups(self, kernel: KernelView, cgroups: CgroupIndex) -> None:
        """Watch the cgroups the policy's `cgroup` selectors (and --trace-cgroup) name, as
        they exist now; called again every CGROUP_RESCAN_S for cgroups created later."""
        patterns = _cgroup_patterns(self.config, self.policy)
        if not patterns:
            return
        current = set(cgroups.matching(patterns))
        for cgroup_id in current - self._watched_cgroups:
            kernel.tracer.watch_cgroup(cgroup_id)
            if self.tls:
                self.tls.watcher.watch_cgroup(cgroup_id)
        for cgroup_id in self._watched_cgroups - current:
            kernel.tracer.unwatch_cgroup(cgroup_id)
            if self.tls:
                self.tls.watcher.unwatch_cgroup(cgroup_id)
        self._watched_cgroups = current

    # --- events from other threads ----------------------------------------------------------

    def _emit(self, record: dict[str, Any]) -> None:
        """Kernel-side records (any thread) go to the audit log on the proxy's loop; those
        emitted while the agent starts, before that loop runs, wait for it."""
        with self._loop_lock:
            if self._loop is None:
                self._before_loop.append(record)
                return
        self._loop.call_soon_threadsafe(self.addon.append_record, record)

    def status(self) -> dict[str, Any]:
        status = self.kernel.status()
        if self.enforcement:
            status["enforcement"] = self.enforcement.status()
        if self.tls:
            status["tls_visibility"] = self.tls.status()
        status["dns"] = self.dns_note or {"answers": self.dns.answers if self.dns else 0,
                                          "catalog_addresses": len(self.names.catalog_addresses())}
        return status

    # --- running ----------------------------------------------------------------------------

    def _start_dns(self) -> None:
        if not self.config.dns:
            self.dns_note = "DNS observation disabled (--no-dns)"
            return
        try:
            self.dns = DnsObserver(self.names, self.config.dns_interface)
            self.dns.start()
        except OSError as err:
            self.dns = None
            self.dns_note = f"DNS observation unavailable: {err.strerror} (needs CAP_NET_RAW)"
            print(f"embargo: {self.dns_note}", file=sys.stderr)
        resolver = self.config.resolver or system_resolver()
        if resolver:
            threading.Thread(target=self._resolve_catalog, args=(resolver,), name="embargo-resolve", daemon=True).start()

    def _resolve_catalog(self, resolver: tuple[str, int]) -> None:
        hosts = exact_catalog_hosts(self.catalog)
        while not self._stop.is_set():
            try:
                resolve_names(self.names, hosts, resolver)
            except OSError as err:
                log.warning("embargo: resolving catalog hosts via %s failed: %s", resolver[0], err)
            self._stop.wait(self.config.resolve_interval_s)

    def write_inventory(self) -> dict[str, Any]:
        snapshot = self.inventory.save(self.config.inventory_path, self.node, self.status())
        self.addon.append_record(snapshot)
        return snapshot

    def final_records(self) -> list[dict[str, Any]]:
        """Called by the addon as the proxy stops, before its audit log closes: the last snapshot."""
        return [self.inventory.save(self.config.inventory_path, self.node, self.status())]

    async def _periodic_inventory(self) -> None:
        while True:
            await asyncio.sleep(self.config.inventory_interval_s)
            self.write_inventory()

    async def _rescan_cgroups(self, kernel: KernelView, cgroups: CgroupIndex) -> None:
        while True:
            await asyncio.sleep(CGROUP_RESCAN_S)
            await asyncio.to_thread(self._watch_cgroups, kernel, cgroups)

    async def _reconcile_enforcement(self, enforcement: KernelEnforcement) -> None:
        while True:
            await asyncio.sleep(CGROUP_RESCAN_S)
            try:
                await asyncio.to_thread(enforcement.reconcile, self.addon.policy or self.policy,
                                        self.addon.catalog or self.catalog)
            except Exception:  # noqa: BLE001 - the table in force stays; the next rescan tries again
                log.exception("embargo: could not update the enforcement table")

    async def main(self) -> None:
        with self._loop_lock:
            self._loop = asyncio.get_running_loop()
            early, self._before_loop = self._before_loop, []
        for record in early:
            self.addon.append_record(record)
        if self.pods:
            self.pods.start()
        if isinstance(self.kernel, KernelView):
            self.kernel.start()
        self._start_dns()
        periodic = [asyncio.create_task(self._periodic_inventory())]
        if self.enforcement:
            self.enforcement.start()
            periodic.append(asyncio.create_task(self._reconcile_enforcement(self.enforcement)))
        if self.tls:
            self.tls.start()
        if isinstance(self.kernel, KernelView) and self.kernel.attributor.cgroups and _cgroup_patterns(self.config, self.policy):
            periodic.append(asyncio.create_task(self._rescan_cgroups(self.kernel, self.kernel.attributor.cgroups)))
        try:
            await run(self.config.proxy, self.addon)
        finally:
            for task in periodic:
                task.cancel()
            self.stop()

    def stop(self) -> None:
        self._stop.set()
        if self.dns:
            self.dns.stop()
        if self.pods:
            self.pods.stop()
        if isinstance(self.kernel, KernelView):
            self.kernel.stop()
        if self.enforcement:
            self.enforcement.stop()
        if self.tls:
            self.tls.stop()


def _cgroup_patterns(config: AgentConfig, policy: Policy) -> list[str]:
    return sorted({*config.trace_cgroups, *(p for s in policy.workload_selectors for p in s.cgroups)})


def run_agent(config: AgentConfig) -> None:
    agent = Agent(config)
    asyncio.run(agent.main())
