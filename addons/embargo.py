"""Embargo's mitmproxy addon: inspect every LLM API call, decide by policy, record, enforce.

    mitmdump -s addons/embargo.py --set embargo_policy=policies/default.yaml \\
             --set embargo_events=/var/lib/embargo/audit.jsonl

Per connection: only hosts in the endpoint catalog are reached (others are refused),
CRM hosts pass through undecrypted, and no connection goes to loopback, link-local or
cluster addresses. Per request to an AI endpoint: the body is decoded, parsed by the
provider's adapter and classified in a worker process; the policy decides; the decision
is appended to the hash-chained audit log and made durable; only then is the request
blocked (in the provider's own error shape) or let through. If any step fails for a
protected client, the request does not leave.
"""

from __future__ import annotations

import asyncio
import gc
import ipaddress
import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any, Protocol

from mitmproxy import connection, ctx, exceptions, http, tcp, tls
from mitmproxy.addonmanager import Loader
from mitmproxy.proxy import server_hooks
from mitmproxy.proxy.mode_specs import ReverseMode, TransparentMode
from mitmproxy.utils import human
from mitmproxy.websocket import WebSocketMessage

from addons import errors
from addons.inspection import Inspection, InspectionError, InspectionJob
from addons.local_model import LocalModel, NotRedirectable, RedirectJob
from addons.redaction import Redaction, RedactionSpec, may_redact, settle
from addons.restore import RestoreMap
from addons.restore_stream import restore_response, start_restoring
from addons.workers import Inspector, ProcessInspector, ThreadInspector
from agent import metrics
from agent.audit import AuditLog, AuditLogBroken, AuditLogUnreadable, GroupCommit, load_audit_key
from agent.catalog import DEFAULT_CATALOG, Catalog, CatalogEntry, normalise_host
from agent.events import DecisionEvent, RedirectSummary, RequestSummary, ResponseSummary, new_incident_id, node_name
from agent.netguard import NetGuard
from agent.policy.engine import (
    FAIL_CLOSED, INTERCEPT, REFUSED_ADDRESS, UNPROTECTED, Decision, Identity, RequestContext, admit, decide,
    is_protected,
)
from agent.policy.model import Policy, load_policy
from agent.policy.reload import PolicyReloader
from agent.pseudonym import Pseudonymizer
from agent.redaction_keys import KeyRing, load_keys
from agent.workload import Workload
from agent.yamlfile import ConfigError
from classifier.classification import Classification

log = logging.getLogger("embargo")
# Records appended before the audit log opens (the agent emits from its start) wait, up to this many.
EARLY_RECORDS_MAX = 10_000

DecideFn = Callable[[RequestContext, Classification, Policy], Decision]


class KernelLookup(Protocol):
    """The agent's kernel view (agent.kernel_view), when the addon runs under `embargo agent`."""

    async def workload_for(self, client_ip: str, client_port: int) -> Workload: ...

    def observe_proxy_flow(self, workload: Workload, kind: str, host: str) -> None: ...


def parse_resolve(spec: str) -> tuple[tuple[str, int], tuple[str, int]]:
    """curl-style --resolve HOST:PORT=ADDR:PORT: connect to ADDR:PORT for HOST:PORT, keeping SNI and Host.

    (A function, not a dataclass: mitmproxy runs this file as a script outside sys.modules,
    where dataclasses cannot resolve postponed annotations.)
    """
    try:
        target, address = spec.split("=", 1)
        host, port = target.rsplit(":", 1)
        addr_host, addr_port = address.rsplit(":", 1)
        return (normalise_host(host), int(port)), (addr_host.strip("[]"), int(addr_port))
    except ValueError:
        raise exceptions.OptionsError(f"--resolve needs HOST:PORT=ADDR:PORT, got {spec!r}") from None


class Embargo:
    def __init__(self, inspector: Inspector | None = None, decide_fn: DecideFn = decide):
        # Both are seams for tests that check the fail-closed paths; production uses the defaults.
        self._fixed_inspector = inspector
        self.inspector: Inspector | None = inspector
        self.decide = decide_fn
        self.policy: Policy | None = None
        self.catalog: Catalog | None = None
        self.audit: GroupCommit | None = None
        self.pseudonyms: Pseudonymizer | None = None
        self.guard = NetGuard()
        self.local_model = LocalModel()
        self.resolve: dict[tuple[str, int], tuple[str, int]] = {}
        self._tunnels: dict[str, tuple[str, int]] = {}  # client connection id -> CONNECT target
        # Under `embargo agent`: the kernel's view of each client connection, by connection id.
        self.kernel: KernelLookup | None = None
        self._workloads: dict[str, Workload] = {}
        self._joins: dict[str, asyncio.Task[Workload]] = {}  # lookups still under way, by connection id
        # Under `embargo agent`: records to append at shutdown, before the audit log closes.
        self.final_records: Callable[[], list[dict[str, Any]]] | None = None
        # Under `embargo agent` with kernel enforcement: catalog names of an address (DNS view).
        self.address_names: Callable[[str], Any] | None = None
        self.max_body = 0  # embargo_max_body in bytes
        self.keys: KeyRing | None = None  # redaction keys, per tenant
        self._early_records: list[dict[str, Any]] = []  # appended before the audit log opened
        self._audit_open = False  # set once mitmproxy runs (the audit log's commits need its loop)
        self._restores: dict[str, RestoreMap] = {}  # flow id -> what its answer gets back (memory only)
        self.node = node_name()
        self._reload_task: asyncio.Task[None] | None = None

    # --- options -----------------------------------------------------------------

    def load(self, loader: Loader) -> None:
        loader.add_option("embargo_policy", str, "", "Embargo policy file (YAML).")
        loader.add_option("embargo_catalog", str, str(DEFAULT_CATALOG), "Endpoint catalog (YAML).")
        loader.add_option("embargo_events", str, "", "Hash-chained audit log of decision events (JSON lines).")
        loader.add_option("embargo_local_model", str, "", "Base URL of the on-node OpenAI-compatible model server.")
        loader.add_option(
            "embargo_resolve", Sequence[str], [], "HOST:PORT=ADDR:PORT: connect there for HOST:PORT, keeping SNI and Host."
        )
        loader.add_option(
            "embargo_refuse_networks", Sequence[str], [], "Cluster ranges (CIDR) the proxy never connects to."
        )
        loader.add_option("embargo_max_body", str, "16m", "Largest request body inspected, raw and decoded.")
        loader.add_option("embargo_inspect_timeout_ms", int, 5000, "Milliseconds before an inspection counts as failed.")
        loader.add_option("embargo_workers", int, 2, "Worker processes that parse and classify request bodies.")
        loader.add_option("embargo_fsync", bool, True, "fsync each audit group commit before requests proceed.")
        loader.add_option("embargo_reload_ms", int, 1000,
                          "Check the policy and catalog files for changes this often (0: on SIGHUP only).")
        loader.add_option("embargo_audit_max_size", str, "256m", "Rotate the audit log past this size (0: never).")
        loader.add_option("embargo_audit_key", str, "", "File with the audit MAC key in hex (a Secret on tmpfs); "
                          "default $EMBARGO_AUDIT_KEY; without a key records carry no MAC.")
        loader.add_option("embargo_checkpoint_seconds", int, 60, "Seconds between signed chain-head checkpoints (0: none).")
        loader.add_option(
            "embargo_pseudonym_key", str, "", "Key file for keyed hashes of API keys and record ids "
            "(default: pseudonym.key beside the events file, created if missing)."
        )
        self.local_model.load(loader)
        loader.add_option("embargo_redact_keys", str, "", "Per-tenant redaction key file (see agent/redaction_keys.py).")

    def configure(self, updated: set[str]) -> None:
        opts = ctx.options
        # Until both a policy and an events file are set (mitmproxy configures addons before
        # it applies --set), every request is refused: see `_unconfigured`.
        if updated & {"embargo_policy", "embargo_catalog", "embargo_local_model"} and opts.embargo_policy:
            try:
                catalog = Catalog.load(opts.embargo_catalog)
                if opts.embargo_local_model:
                    catalog = catalog.with_local_model(opts.embargo_local_model)
                policy = load_policy(opts.embargo_policy)
            except (ConfigError, ValueError) as err:
                raise exceptions.OptionsError(f"cannot load Embargo configuration:\n{err}") from None
            self.catalog, self.policy = catalog, policy
            log.info("embargo: policy %s version %s (sha256 %s) loaded", policy.name, policy.version, policy.digest[:12])
        try:
            self.local_model.configure(opts, updated)
        except ValueError as err:
            raise exceptions.OptionsError(f"cannot configure the on-node model: {err}") from None
        if "embargo_redact_keys" in updated:
            try:
                self.keys = load_keys(opts.embargo_redact_keys) if opts.embargo_redact_keys else None
            except ConfigError as err:
                raise exceptions.OptionsError(f"cannot load redaction keys:\n{err}") from None
        if "embargo_resolve" in updated:
            self.resolve = dict(parse_resolve(spec) for spec in opts.embargo_resolve)
        if "embargo_refuse_networks" in updated:
            try:
                self.guard = NetGuard(opts.embargo_refuse_networks)
            except ValueError as err:
                raise exceptions.OptionsError(f"embargo_refuse_networks: {err}") from None
        if "embargo_max_body" in updated:
            limit = human.parse_size(opts.embargo_max_body)
            if not limit:
                raise exceptions.OptionsError("embargo_max_body must be a size such as 16m")
            self.max_body = limit
            if not opts.body_size_limit:
                # mitmproxy enforces this one while reading, so an oversized body never sits in memory.
                opts.update(body_size_limit=opts.embargo_max_body)
        audit_options = {"embargo_events", "embargo_fsync", "embargo_audit_max_size", "embargo_audit_key",
                         "embargo_checkpoint_seconds"}
        if updated & audit_options and opts.embargo_events:
            if self.audit:
                self.audit.close()
            try:
                key = load_audit_key(opts.embargo_audit_key or None)
            except (OSError, ValueError) as err:
                raise exceptions.OptionsError(f"embargo_audit_key: {getattr(err, 'strerror', None) or err}") from None
            rotate = human.parse_size(opts.embargo_audit_max_size) if opts.embargo_audit_max_size != "0" else 0
            try:
                self.audit = GroupCommit(AuditLog(
                    opts.embargo_events, fsync=opts.embargo_fsync, max_bytes=rotate or 0, key=key,
                    checkpoint_seconds=opts.embargo_checkpoint_seconds, node=self.node,
                ))
            except AuditLogUnreadable as err:
                raise exceptions.OptionsError(f"embargo_events: {err}") from None
        if updated & {"embargo_events", "embargo_pseudonym_key"} and opts.embargo_events:
            key_file = opts.embargo_pseudonym_key or Path(opts.embargo_events).parent / "pseudonym.key"
            try:
                self.pseudonyms = Pseudonymizer.from_file(key_file)
            except (OSError, ValueError) as err:
                raise exceptions.OptionsError(f"embargo_pseudonym_key: cannot use {key_file}: {err}") from None
        if "embargo_workers" in updated and self._fixed_inspector is None:
            if self.inspector:
                self.inspector.close()
            workers = opts.embargo_workers
            self.inspector = ProcessInspector(workers) if workers > 0 else ThreadInspector()
        if "websocket" in updated and not opts.websocket:
            # Without mitmproxy's WebSocket layer an upgraded connection would be relayed as raw
            # bytes that no hook sees (the response hook refuses such upgrades anyway).
            raise exceptions.OptionsError("websocket=false cannot be used with Embargo: messages on WebSockets to AI "
                                          "endpoints must be inspected")
        if passing := [name for name in _PASSTHROUGH_OPTIONS if name in updated and getattr(opts, name)]:
            # mitmproxy would pass matching connections through undecrypted (or as raw TCP or
            # UDP), before any hook of this addon sees a request. What passes through is the
            # catalog's and the policy's call (CRM hosts, `unlisted` hosts), decided per client.
            raise exceptions.OptionsError(
                f"{', '.join(passing)} cannot be used with Embargo: matching traffic would leave uninspected "
                "(the endpoint catalog and the policy decide what passes through)")
        if "stream_large_bodies" in updated and opts.stream_large_bodies:
            # mitmproxy switches a request to streaming while reading its body, past any hook:
            # a streamed body would leave uninspected. Only AI hosts' HTTP reaches this addon
            # (CRM hosts pass through undecrypted), so the option has no legitimate use here.
            raise exceptions.OptionsError(
                "stream_large_bodies cannot be used with Embargo: request bodies to AI endpoints "
                "must be inspected whole (use --max-body to bound them)")

    async def running(self) -> None:
        self._audit_open = self.audit is not None
        early, self._early_records = self._early_records, []
        for record in early:
            self.append_record(record)
        if isinstance(self.inspector, ProcessInspector):
            await self.inspector.start()
        if self.policy is not None:
            opts = ctx.options
            reloader = PolicyReloader(opts.embargo_policy, opts.embargo_catalog, opts.embargo_local_model,
                                      self._put_in_force, self.policy, opts.embargo_reload_ms / 1000)
            self._reload_task = asyncio.get_running_loop().create_task(reloader.run())
        await self.local_model.start()
        # What exists now (mitmproxy, the catalog, the policy) lives as long as the process:
        # freezing it keeps the collector from re-scanning it under every request's garbage.
        # (A policy replaced by a hot reload stays frozen: a few KB per reload.)
        gc.freeze()
        if self._unconfigured():
            log.error("embargo: no policy or events file configured; every request will be refused "
                      "(set embargo_policy and embargo_events)")
        elif self.policy is not None and self.policy.redacts and self.keys is None:
            # A warning: mitmproxy exits on an error logged during startup, and the proxy must
            # keep serving everything that needs no redaction.
            log.warning("embargo: the policy has redact rules but no redaction key file is configured; requests "
                        "it decides to redact will be refused (set embargo_redact_keys / --redact-keys)")

    def _unconfigured(self) -> bool:
        return self.policy is None or self.audit is None or self.catalog is None

    def _put_in_force(self, policy: Policy, catalog: Catalog) -> None:
        """Hot reload's swap: one step on the event loop; requests under way keep their policy."""
        self.catalog, self.policy = catalog, policy

    async def done(self) -> None:
        if self._reload_task:
            self._reload_task.cancel()
        await self.local_model.stop()
        if self.inspector:
            self.inspector.close()
        if self.audit:
            for record in self.final_records() if self.final_records else ():
                self.append_record(record)
            await self.audit.drain()
            self.audit.close()

    # --- connections ---------------------------------------------------------------

    async def http_connect(self, flow: http.HTTPFlow) -> None:
        """Refuse tunnels to hosts outside the catalog before any byte is exchanged."""
        try:
            await self._http_connect(flow)
        except Exception as err:  # noqa: BLE001 - mitmproxy would log it and open the tunnel
            await self._refuse_unhandled(flow, err)

    async def _http_connect(self, flow: http.HTTPFlow) -> None:
        await self._joined(flow.client_conn)
        if self._unconfigured():
            self._respond_error(flow, None, errors.INSPECTION_FAILED, "Embargo is not configured", new_incident_id())
            return
        if await self._admit(flow, "connect"):
            self._tunnels[flow.client_conn.id] = (normalise_host(flow.request.host), flow.request.port)

    async def tls_clienthello(self, data: tls.ClientHelloData) -> None:
        """Decrypt AI endpoints only; CRM hosts (and permitted unlisted hosts) pass through.

        A reverse proxy's (the gateway's) clients are always decrypted: they talk to Embargo itself."""
        await self._joined(data.context.client)
        if self._unconfigured() or isinstance(data.context.client.proxy_mode, ReverseMode):
            return
        assert self.catalog and self.policy
        client = data.context.client
        if _transparent(client) and client.id not in self._tunnels and data.client_hello.sni:
            # Redirected by the kernel (or netfilter): the name the client asked for is what policy
            # decides on, as a CONNECT target would be. The upstream is the address the client
            # dialled; its certificate must be valid for that name.
            self._tunnels[client.id] = (normalise_host(data.client_hello.sni), client.sockname[1])  # the original port
        host, port = self._tunnels.get(client.id) or (data.client_hello.sni or "", 443)
        destination = self.catalog.destination(host, port) if host else None
        identity = self._identity_of_client(data.context.client)
        decision = admit(identity, host, destination, self.policy)
        if decision.enforced_action == "allow" and decision.rule_id != INTERCEPT:
            if _transparent(client) and self._fronted(client.sockname[0], host):
                # Passed through, the bytes would go to an AI endpoint under another name: inspect
                # instead (upstream, the certificate must then match the name the client gave).
                log.warning("embargo: redirected connection names %s but dialled an AI endpoint's address", host)
                metrics.REFUSED_CONNECTIONS.labels(reason="fronting").inc()
                return
            data.ignore_connection = True

    def _fronted(self, address: str, host: str) -> bool:
        names = self.address_names(address).catalog if self.address_names else ()
        return any(name.kind == "ai" and name.host != host for name in names)

    async def server_connect(self, data: server_hooks.ServerConnectionHookData) -> None:
        """Apply --resolve, then refuse loopback, link-local and cluster addresses.

        mitmproxy derives a tunnelled request's host from the address dialled here, so the
        policy reads the destination from the CONNECT target instead (`_target`).
        """
        try:
            await self._server_connect(data)
        except Exception as err:  # noqa: BLE001 - mitmproxy would log it and connect unchecked
            _log_unhandled("server connection", err)
            data.server.error = "Embargo could not check this address"

    async def _server_connect(self, data: server_hooks.ServerConnectionHookData) -> None:
        if data.server.address is None or self.local_model.relay_connection(data.server.address, data.client.id):
            return
        host, port = data.server.address
        override = self.resolve.get((normalise_host(host), port))
        if override:
            data.server.address = override
            return
        addresses = [host]
        if not _is_ip(host):
            try:
                infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=1)
            except OSError as err:
                data.server.error = f"cannot resolve {host}: {err.strerror or err}"
                return
            addresses = [info[4][0] for info in infos]
        for address in addresses:
            refusal = self.guard.refusal(address)
            if refusal:
                data.server.error = f"Embargo refuses {host}: {refusal}"
                log.warning("embargo: refused connection to %s: %s", host, refusal)
                metrics.REFUSED_CONNECTIONS.labels(reason="address").inc()
                return
        if addresses[0] != host:
            data.server.address = (addresses[0], port)  # pin what was checked (no rebinding race)

    def client_connected(self, client: connection.Client) -> None:
        """Start joining the connection to the workload that opened it (by address and port).

        Not awaited here: mitmproxy crashes a connection whose client leaves while its
        client_connected hook is still running (a port probe does exactly that). The hooks
        that decide await the join first (`_joined`)."""
        if self.kernel is not None and client.peername:
            lookup = self.kernel.workload_for(client.peername[0], client.peername[1])
            self._joins[client.id] = asyncio.get_running_loop().create_task(lookup)

    async def _joined(self, client: connection.Client) -> None:
        """Wait for the client's kernel join, if one is under way (see client_connected)."""
        join = self._joins.pop(client.id, None)
        if join is None:
            return
        try:
            self._workloads[client.id] = await join
        except Exception as err:  # noqa: BLE001 - unattributed; a redirected client stays protected
            log.error("embargo: kernel join failed for a client connection: %s", type(err).__name__)

    def tcp_start(self, flow: tcp.TCPFlow) -> None:
        """A redirected connection that is neither TLS nor HTTP: nothing to decide on, refused."""
        if _transparent(flow.client_conn):
            metrics.REFUSED_CONNECTIONS.labels(reason="transparent_raw_tcp").inc()
            flow.kill()

    def client_disconnected(self, client: connection.Client) -> None:
        self._tunnels.pop(client.id, None)
        self._workloads.pop(client.id, None)
        join = self._joins.pop(client.id, None)
        if join is not None:
            join.cancel()

    # --- requests ------------------------------------------------------------------

    async def request(self, flow: http.HTTPFlow) -> None:
        try:
            await self._request(flow)
        except Exception as err:  # noqa: BLE001 - mitmproxy would log it and send the request on
            await self._refuse_unhandled(flow, err)

    async def _request(self, flow: http.HTTPFlow) -> None:
        await self._joined(flow.client_conn)
        if flow.response is not None or flow.request.method == "CONNECT":
            await self._record_refused_earlier(flow)
            return
        if self._unconfigured():
            self._respond_error(flow, None, errors.INSPECTION_FAILED, "Embargo is not configured", new_incident_id())
            return
        # A tunnel was admitted when it was opened; plain-HTTP and transparent requests are admitted here.
        admitted = flow.client_conn.id in self._tunnels and not _transparent(flow.client_conn)
        if not admitted and not await self._admit(flow, "request"):
            return
        assert self.catalog and self.policy
        policy = self.policy  # a hot reload may swap self.policy while this request is inspected
        started = time.perf_counter()
        host, port = self._target(flow)
        entry = self.catalog.entry_for(host, port)
        api_format = flow.metadata["embargo_api_format"] = entry.api_format if entry else None
        event = DecisionEvent(
            phase="request", node=self.node, workload=self._identity(flow), host=host, destination=None,
            decision=None, policy=policy, flow_id=flow.id,
            request=RequestSummary(
                method=flow.request.method,
                path=flow.request.path.split("?", 1)[0],
                api_format=api_format,
                content_type=flow.request.headers.get("content-type"),
                content_encoding=flow.request.headers.get("content-encoding"),
                bytes_out=len(flow.request.raw_content or b""),
                credential=self.pseudonyms.credential(flow.request.headers, flow.request.path)
                if self.pseudonyms and not _gateway_holds_key(flow) else None,
            ),
        )
        inspection, failure = await self._evaluate(flow, event, host, port, entry)
        redaction = None
        if event.decision and event.decision.enforced_action == "redact" and inspection is not None:
            redaction, failure = self._settle_redaction(event, inspection, failure, policy)
        event.inspection_ms = (time.perf_counter() - started) * 1000
        assert event.decision is not None
        if event.decision.enforced_action != "allow" or event.decision.audit_matches or event.error:
            event.incident_id = new_incident_id()
        redirect = self._plan_redirect(flow, event, inspection) if event.decision.enforced_action == "redirect" else None
        decision = event.decision
        if not await self._record(flow, event, api_format):
            return
        metrics.observe_decision(event)
        if decision.enforced_action == "allow":
            if inspection is not None and inspection.filtered_body is not None:
                _replace_body(flow, inspection.filtered_body)
        elif redirect is not None:
            self.local_model.apply(flow, redirect)
        elif decision.enforced_action == "redact" and redaction is not None:
            _replace_body(flow, redaction.body)
            flow.request.headers["accept-encoding"] = "identity"  # the answer is restored as it streams
            self._restores[flow.id] = redaction.restore
        elif failure is None:
            message = f"Blocked by Embargo policy {policy.name!r} rule {decision.rule_id!r}: {decision.message}"
            self._respond_error(flow, api_format, errors.POLICY_BLOCK, message, event.incident_id or "")
        else:
            self._respond_error(flow, api_format, failure, decision.message, event.incident_id or "")

    async def _evaluate(
        self, flow: http.HTTPFlow, event: DecisionEvent, host: str, port: int, entry: CatalogEntry | None,
        message: WebSocketMessage | None = None,
    ) -> tuple[Inspection | None, errors.ErrorKind | None]:
        """Inspect and decide, filling in `event`; any failure becomes a fail-closed decision.

        Returns the inspection (None if it failed) and, on failure, the error to answer with.
        """
        assert self.catalog and event.policy and event.request
        policy, identity, summary = event.policy, event.workload, event.request
        event.destination = self.catalog.resolve(entry, host, port, summary.path) if entry else None
        protected = is_protected(identity, policy)
        try:
            if _host_header_mismatch(flow, host):
                raise InspectionError("host_mismatch", errors.BAD_REQUEST, "the Host header does not name the host connected to")
            inspection = await self._inspect(flow, entry, policy, message)
            request = inspection.request
            summary.operation, summary.model, summary.stream = request.operation, request.model, request.stream
            event.destination = self.catalog.resolve(entry, host, port, summary.path, request.model) if entry else None
            event.classification = inspection.classification
            event.records = inspection.records
            context = RequestContext(identity, host, event.destination, request.operation)
            event.decision = self.decide(context, inspection.classification, policy)
            return inspection, None
        except InspectionError as err:
            event.decision, event.error = self._failure(err.code, err.message, protected), err.code
            return None, err.kind
        except Exception as err:  # noqa: BLE001 - any failure of inspection or policy fails closed
            log.error("embargo: inspection failed for flow %s: %s", flow.id, type(err).__name__)
            code = "inspection_timeout" if isinstance(err, TimeoutError) else "inspection_failed"
            event.decision, event.error = self._failure(code, "Embargo could not inspect this request", protected), code
            return None, errors.INSPECTION_FAILED

    async def _refuse_unhandled(self, flow: http.HTTPFlow, err: Exception, message: WebSocketMessage | None = None) -> None:
        """A failure outside inspection and policy, which have fail-closed decisions of their
        own: a bug, or input nothing anticipated. The request (tunnel, WebSocket message) is
        refused, whoever sent it, and the refusal recorded (after any record its decision
        already has)."""
        _log_unhandled(f"flow {flow.id}", err)
        incident = new_incident_id()
        api_format = flow.metadata.get("embargo_api_format")
        if not self._unconfigured():
            tunnel = self._tunnels.get(flow.client_conn.id)
            phase = "message" if message else "connect" if flow.request.method == "CONNECT" else "request"
            event = DecisionEvent(
                phase=phase, node=self.node,
                workload=self._identity_of_client(flow.client_conn), host=tunnel[0] if tunnel else flow.request.host,
                destination=None, decision=self._failure("internal_error", UNHANDLED, True), policy=self.policy,
                flow_id=flow.id, incident_id=incident, error="internal_error",
                request=RequestSummary(method="WEBSOCKET" if message else flow.request.method,
                                       path=flow.request.path.split("?", 1)[0]),
            )
            if message is not None:
                await self._append(event)  # refused either way
            elif not await self._record(flow, event, api_format):
                return  # (refused, saying the request could not be recorded)
        if message is not None:
            self._refuse_message(flow, message, api_format, errors.INSPECTION_FAILED, UNHANDLED, incident)
        else:
            self._respond_error(flow, api_format, errors.INSPECTION_FAILED, UNHANDLED, incident)

    def _plan_redirect(self, flow: http.HTTPFlow, event: DecisionEvent, inspection: Inspection | None) -> RedirectJob | None:
        """Prepare the redirect the policy decided. A request that cannot be redirected (by the
        capability matrix, or with no local model configured) is blocked instead, saying why."""
        assert event.decision and event.request and inspection
        body = inspection.filtered_body or flow.request.get_content(strict=False) or b""
        try:
            job = self.local_model.plan(event.request.api_format, event.request, body, event.incident_id or "")
        except NotRedirectable as err:
            decision = event.decision
            event.decision = replace(decision, action="block", reasons=(*decision.reasons, f"not redirected: {err.reason}"),
                                     message=f"{decision.message} (this rule redirects to the on-node model, but {err.reason})")
            event.redirect = self.local_model.summary(None, err.code)
            return None
        event.redirect = self.local_model.summary(job)
        return job

    def _settle_redaction(
        self, event: DecisionEvent, inspection: Inspection, failure: errors.ErrorKind | None, policy: Policy
    ) -> tuple[Redaction | None, errors.ErrorKind | None]:
        """Carry out a redact decision: the rewrite goes out, another rule decides, or the
        rule's fallback applies (a redirect is then planned like any other). Without the
        tenant's key the request does not leave."""
        assert event.decision and event.request
        key = self.keys.for_user(event.workload.user, event.workload.tenant) if self.keys else None
        if key is None:
            event.decision, event.error = self._failure("redaction_key_missing", "Embargo has no redaction key for this "
                                                        "client, and the policy requires redaction", True), "redaction_key_missing"
            log.error("embargo: a redact decision for flow %s found no redaction key for its tenant", event.flow_id)
            return None, errors.INSPECTION_FAILED
        context = RequestContext(event.workload, event.host, event.destination, event.request.operation)
        settlement = settle(event.decision, inspection.redaction, context, policy, self.decide, key.tenant)
        event.decision, event.redaction = settlement.decision, settlement.record
        return settlement.redaction, failure

    def responseheaders(self, flow: http.HTTPFlow) -> None:
        # Server-sent events reach the client as they come, not after the whole answer.
        if flow.response and flow.response.headers.get("content-type", "").startswith("text/event-stream"):
            restore = self._restores.get(flow.id)
            flow.response.stream = start_restoring(flow.response, restore) if restore else True

    def response(self, flow: http.HTTPFlow) -> None:
        """Complete the record of an allowed request with the answer's size and status."""
        if flow.response is not None and flow.response.status_code == 101 and flow.websocket is None:
            # An upgrade mitmproxy's WebSocket layer does not take (another protocol, another
            # WebSocket version) would be relayed as raw bytes, which no hook sees.
            self._complete(flow, "upgrade_refused")
            flow.kill()
            return
        if flow.websocket is None:  # (a WebSocket's record is completed when it closes: websocket_end)
            self._complete(flow)

    def _complete(self, flow: http.HTTPFlow, error: str | None = None) -> None:
        """The completion record of an allowed (or redirected, or redacted) request, written
        once: when the answer ends, or when the connection breaks while it is under way."""
        event: DecisionEvent | None = flow.metadata.get("embargo_event")
        restore = self._restores.pop(flow.id, None)
        job = self.local_model.finished(flow)
        if (event is None or flow.response is None or flow.metadata.get("embargo_blocked")
                or flow.metadata.get("embargo_completed")):
            return
        flow.metadata["embargo_completed"] = True
        restored = restore_response(flow.response, restore) if restore and error is None else None
        if restored:
            metrics.observe_restore(restored)
        upstream_ms = None
        if flow.response.timestamp_end and flow.request.timestamp_end and job is None:  # redirected: nothing went upstream
            upstream_ms = round((flow.response.timestamp_end - flow.request.timestamp_end) * 1000, 3)
        done = DecisionEvent(
            phase="response", node=self.node, workload=event.workload, host=event.host,
            destination=event.destination, decision=None, flow_id=flow.id, incident_id=event.incident_id,
            gateway=event.gateway, error=error,
            response=ResponseSummary(
                status=flow.response.status_code,
                bytes_in=(flow.metadata.get(_WEBSOCKET_BYTES_IN, 0) if flow.websocket is not None
                          else len(flow.response.raw_content or b"")),
                streamed=bool(flow.response.stream),
                upstream_ms=upstream_ms,
                restore=restored,
            ),
        )
        if job is not None:
            done.redirect = RedirectSummary(model=job.model, outcome=job.outcome, local_status=job.local_status,
                                            local_ms=job.local_ms)
        self.append_record(done.to_dict())
        metrics.observe_response(event.destination.provider if event.destination else "unlisted", done.response.bytes_in)

    # --- WebSocket messages --------------------------------------------------------

    async def websocket_message(self, flow: http.HTTPFlow) -> None:
        """Each message a client sends on a WebSocket to an AI endpoint (OpenAI's Realtime API,
        the Responses API's WebSocket mode) is decided like a request body and recorded
        before it is sent on. A refused one is dropped, and the client gets an error event."""
        assert flow.websocket is not None
        message = flow.websocket.messages[-1]
        del flow.websocket.messages[:-1]  # mitmproxy keeps every message; the decisions are in the audit log
        if message.injected:  # (Embargo's own error events)
            return
        if not message.from_client:  # the provider's: counted for the completion record, not inspected
            flow.metadata[_WEBSOCKET_BYTES_IN] = flow.metadata.get(_WEBSOCKET_BYTES_IN, 0) + len(message.content)
            return
        try:
            await self._decide_message(flow, message)
        except Exception as err:  # noqa: BLE001 - mitmproxy would log it and send the message on
            await self._refuse_unhandled(flow, err, message)

    def websocket_end(self, flow: http.HTTPFlow) -> None:
        """The upgrade's completion record, written when the WebSocket closes: status 101 and
        the bytes of every message the provider sent on it."""
        self._complete(flow)

    async def _decide_message(self, flow: http.HTTPFlow, message: WebSocketMessage) -> None:
        upgrade: DecisionEvent = flow.metadata["embargo_event"]  # recorded when the upgrade was allowed
        assert self.catalog and self.policy and upgrade.request
        policy = self.policy
        started = time.perf_counter()
        host, port = self._target(flow)
        entry = self.catalog.entry_for(host, port)
        api_format = entry.api_format if entry else None
        event = DecisionEvent(
            phase="message", node=self.node, workload=upgrade.workload, host=host, destination=None, decision=None,
            policy=policy, flow_id=flow.id, gateway=upgrade.gateway,
            request=RequestSummary(method="WEBSOCKET", path=upgrade.request.path, api_format=api_format,
                                   content_type="text" if message.is_text else "binary",
                                   bytes_out=len(message.content), credential=upgrade.request.credential),
        )
        inspection, failure = await self._evaluate(flow, event, host, port, entry, message)
        assert event.decision is not None
        if event.decision.enforced_action in ("redact", "redirect"):
            event.decision = _not_on_a_websocket(event.decision)
        event.inspection_ms = (time.perf_counter() - started) * 1000
        decision = event.decision
        if decision.enforced_action != "allow" or decision.audit_matches or event.error:
            event.incident_id = new_incident_id()
        if not await self._append(event):
            self._refuse_message(flow, message, api_format, errors.INSPECTION_FAILED,
                                 "Embargo could not record this message", event.incident_id or new_incident_id())
            return
        metrics.observe_decision(event)
        if decision.enforced_action == "allow":
            if inspection is not None and inspection.filtered_body is not None:
                message.content = inspection.filtered_body
        elif failure is None:
            self._refuse_message(flow, message, api_format, errors.POLICY_BLOCK,
                                 f"Blocked by Embargo policy {policy.name!r} rule {decision.rule_id!r}: {decision.message}",
                                 event.incident_id or "")
        else:
            self._refuse_message(flow, message, api_format, failure, decision.message, event.incident_id or "")

    @staticmethod
    def _refuse_message(flow: http.HTTPFlow, message: WebSocketMessage, api_format: str | None,
                        kind: errors.ErrorKind, text: str, incident: str) -> None:
        """Drop the client's message; tell the client why, on the same WebSocket."""
        message.drop()
        ctx.master.commands.call("inject.websocket", flow, True, errors.websocket_error(api_format, kind, text, incident))

    def error(self, flow: http.HTTPFlow) -> None:
        """Record flows that mitmproxy itself ended: a body over the size limit, a connection
        error before any decision, or an answer cut off (its completion record says so)."""
        if flow.metadata.get("embargo_event"):
            self._complete(flow, "connection_error")
            return
        self.local_model.finished(flow)
        self._restores.pop(flow.id, None)
        if flow.error is None or not self.policy:
            return
        code = "body_too_large" if "body_size_limit" in flow.error.msg else "connection_error"
        identity = self._identity(flow)
        host, port = self._target(flow)
        event = DecisionEvent(
            phase="request", node=self.node, workload=identity, host=host,
            destination=self.catalog.destination(host, port) if self.catalog else None,
            decision=self._failure(code, "", is_protected(identity, self.policy)),
            policy=self.policy, flow_id=flow.id, incident_id=new_incident_id(), error=code,
            request=RequestSummary(method=flow.request.method, path=flow.request.path.split("?", 1)[0]),
        )
        flow.metadata["embargo_event"] = event
        self.append_record(event.to_dict())

    # --- helpers -------------------------------------------------------------------

    async def _admit(self, flow: http.HTTPFlow, phase: str) -> bool:
        """Connection-level decision; False (with a response set) when refused."""
        assert self.catalog and self.policy
        host, port = self._target(flow)
        identity = self._identity(flow)
        refusal = self.guard.refusal(host)
        destination = self.catalog.destination(host, port)
        decision = admit(identity, host, destination, self.policy)
        if refusal is None and decision.enforced_action == "allow":
            if self.kernel is not None and identity.kernel is not None and destination is not None:
                self.kernel.observe_proxy_flow(identity.kernel, destination.kind, host)
            return True
        if refusal:
            decision = Decision("block", REFUSED_ADDRESS, "enforce", (refusal,), decision.protected,
                                "this proxy does not connect to loopback, link-local or cluster addresses")
        event = DecisionEvent(
            phase=phase, node=self.node, workload=identity, host=host, destination=destination,
            decision=decision, policy=self.policy, flow_id=flow.id, incident_id=new_incident_id(),
        )
        if await self._record(flow, event, None):
            metrics.observe_decision(event)
            self._respond_error(flow, destination.api_format if destination else None, errors.POLICY_BLOCK,
                                f"Embargo refused {host}: {decision.message}", event.incident_id or "")
        return False

    async def _record_refused_earlier(self, flow: http.HTTPFlow) -> None:
        """An addon ahead of this one (the gateway) refused the flow and left its event: record it."""
        event: DecisionEvent | None = flow.metadata.get("embargo_refused")
        if event is None or self._unconfigured() or "embargo_event" in flow.metadata:
            return
        event.policy = self.policy
        if await self._record(flow, event, None):
            metrics.observe_decision(event)

    def _target(self, flow: http.HTTPFlow) -> tuple[str, int]:
        """The host and port the client asked for: the CONNECT target of its tunnel, or the
        absolute-form request's (never the address mitmproxy dials, which --resolve changes)."""
        tunnel = self._tunnels.get(flow.client_conn.id) or flow.metadata.get("embargo_target")  # (the gateway's route)
        if tunnel and flow.request.method != "CONNECT":
            return tunnel
        return normalise_host(flow.request.host), flow.request.port

    async def _inspect(self, flow: http.HTTPFlow, entry: CatalogEntry | None, policy: Policy,
                       message: WebSocketMessage | None = None) -> Inspection:
        """Inspect the request's body, or one message the client sent on its WebSocket: a
        JSON event (text), or bytes nothing here can read (binary, never public)."""
        assert self.inspector
        # A signed body (Bedrock's SigV4) cannot be changed without re-signing: no field filters.
        filters = policy.field_filters if entry and not entry.signed_body else ()
        if message is None:
            body, content_type = flow.request.raw_content or b"", flow.request.headers.get("content-type", "")
            encoding, redaction = flow.request.headers.get("content-encoding"), self._redaction_spec(flow, entry, policy)
        else:
            body, content_type = message.content, "application/json" if message.is_text else "application/octet-stream"
            encoding, redaction = None, None
        job = InspectionJob(
            method=flow.request.method,
            path=flow.request.path,
            content_type=content_type,
            content_encoding=encoding,
            body=body,
            api_format=entry.api_format if entry else None,
            sensitive_fields=policy.classifier_fields,
            max_body=self.max_body,
            provider=entry.provider if entry else "",
            field_filters=filters,
            record_key=self.pseudonyms.key if self.pseudonyms else b"",
            redaction=redaction,
            classifier=policy.classifier,
        )
        with metrics.INSPECTION_SECONDS.time():
            return await self.inspector.run(job, ctx.options.embargo_inspect_timeout_ms / 1000)

    def _redaction_spec(self, flow: http.HTTPFlow, entry: CatalogEntry | None, policy: Policy) -> RedactionSpec | None:
        """The tenant's key and the policy's settings, when this request might be redacted."""
        if not policy.redacts or entry is None or entry.signed_body or self.keys is None:
            return None
        static = entry.jurisdiction if isinstance(entry.jurisdiction, str) else None
        if not may_redact(policy, entry.provider, entry.id, static):
            return None
        identity = self._identity(flow)
        key = self.keys.for_user(identity.user, identity.tenant)
        if key is None:
            return None
        settings = policy.redaction
        return RedactionSpec(key.tenant, key.secret, settings.detectors, settings.never_restore, settings.fields)

    def _failure(self, code: str, message: str, protected: bool) -> Decision:
        """Inspection failed: protected traffic does not leave; unprotected passes, recorded."""
        if not protected:
            return Decision("allow", UNPROTECTED, "enforce", (f"inspection failed ({code}); client not protected",), False)
        return Decision("block", FAIL_CLOSED, "enforce", (f"inspection failed ({code})",), True,
                        message or "Embargo could not inspect this request")

    async def _record(self, flow: http.HTTPFlow, event: DecisionEvent, api_format: str | None) -> bool:
        """Make the event durable before anything else happens; fail closed if that fails."""
        flow.metadata["embargo_event"] = event
        event.gateway = event.gateway or flow.metadata.get("embargo_gateway")
        if await self._append(event):
            return True
        self._respond_error(flow, api_format, errors.INSPECTION_FAILED,
                            "Embargo could not record this request", event.incident_id or new_incident_id())
        return False

    async def _append(self, event: DecisionEvent) -> bool:
        """Append the event and wait until it is durable; False (logged) if that failed."""
        assert self.audit
        try:
            with metrics.AUDIT_SECONDS.time():
                await self.audit.append(event.to_dict())
            return True
        except Exception as err:  # noqa: BLE001 - no record, no request
            log.error("embargo: audit log write failed (%s); refused", type(err).__name__)
            metrics.FAIL_CLOSED_TOTAL.labels(reason="audit_write").inc()
            return False

    def append_record(self, record: dict[str, Any]) -> None:
        """Append without waiting for the commit: completion records, and under `embargo agent`
        its connection and inventory records. Records that come before the audit log is open
        (the agent's kernel side starts first) wait for it, up to EARLY_RECORDS_MAX."""
        if not self._audit_open or self.audit is None:
            if len(self._early_records) < EARLY_RECORDS_MAX:
                self._early_records.append(record)
            else:
                log.error("embargo: the audit log is not open yet; a %s record was not written",
                          record.get("phase", "completion"))
                metrics.FAIL_CLOSED_TOTAL.labels(reason="audit_write").inc()
            return
        try:
            self.audit.append_nowait(record)
        except AuditLogBroken:
            log.error("embargo: audit log unavailable; a %s record was not written", record.get("phase", "completion"))
            metrics.FAIL_CLOSED_TOTAL.labels(reason="audit_write").inc()

    def _identity(self, flow: http.HTTPFlow) -> Identity:
        gateway_caller = flow.metadata.get("embargo_identity")  # authenticated by the gateway addon
        if isinstance(gateway_caller, Identity):
            return gateway_caller
        identity = self._identity_of_client(flow.client_conn)
        auth = flow.metadata.get("proxyauth")
        user = auth[0] if isinstance(auth, tuple) and auth else None
        return replace(identity, user=user)

    def _identity_of_client(self, client: Any) -> Identity:
        peer = client.peername or (None, None)
        return Identity(peer[0], peer[1], kernel=self._workloads.get(client.id), kernel_redirected=_transparent(client))

    @staticmethod
    def _respond_error(flow: http.HTTPFlow, api_format: str | None, kind: errors.ErrorKind, message: str, incident: str) -> None:
        status, body, headers = errors.error_response(api_format, kind, message, incident)
        flow.response = http.Response.make(status, body, headers)
        flow.metadata["embargo_blocked"] = True


UNHANDLED = "Embargo could not handle this request"
_WEBSOCKET_BYTES_IN = "embargo_websocket_bytes_in"  # flow metadata: the provider's messages so far
# mitmproxy options that make it pass connections through uninspected.
_PASSTHROUGH_OPTIONS = ("ignore_hosts", "allow_hosts", "tcp_hosts", "udp_hosts")


def _log_unhandled(what: str, err: Exception) -> None:
    # The exception's type only: its message may quote the request.
    log.error("embargo: handling %s failed (%s); refused", what, type(err).__name__)
    metrics.FAIL_CLOSED_TOTAL.labels(reason="internal_error").inc()


def _not_on_a_websocket(decision: Decision) -> Decision:
    """A redact or redirect decision on a WebSocket message: neither can be done to one
    (a message is not a request the on-node model could answer, nor one whose answer
    comes back to be restored), so the message is refused, saying why."""
    done = "redacts" if decision.enforced_action == "redact" else "redirects to the on-node model"
    return replace(decision, action="block", reasons=(*decision.reasons, f"not {decision.enforced_action}ed: a WebSocket message"),
                   message=f"{decision.message} (this rule {done}, which Embargo does not do to WebSocket messages)")


def _gateway_holds_key(flow: http.HTTPFlow) -> bool:
    """The gateway injected its own provider key: shared by all its callers by design, so it
    says nothing about who holds which key (the gateway event's `credential` does)."""
    summary = flow.metadata.get("embargo_gateway")
    return summary is not None and summary.caller_key != "forwarded"


def _transparent(client: connection.Client) -> bool:
    return isinstance(client.proxy_mode, TransparentMode)


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host.strip("[]"))
        return True
    except ValueError:
        return False


def _host_header_mismatch(flow: http.HTTPFlow, host: str) -> bool:
    """The Host header (and TLS SNI) must name the host the client connected to."""
    sni = flow.client_conn.sni
    if isinstance(flow.client_conn.proxy_mode, ReverseMode):
        sni = None  # a reverse proxy's (the gateway's) clients name the proxy, not the upstream
    if sni and normalise_host(sni) != host:
        return True
    header = flow.request.host_header
    if not header:
        return False
    name = header.rsplit(":", 1)[0] if not header.endswith("]") else header
    return normalise_host(name.strip("[]")) != host


def _replace_body(flow: http.HTTPFlow, body: bytes) -> None:
    flow.request.headers.pop("content-encoding", None)
    flow.request.raw_content = body
    flow.request.headers["content-length"] = str(len(body))


addons = [Embargo()]
