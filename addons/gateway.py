"""Gateway mode: authenticate callers, route them to a provider, hold the provider keys.

    mitmdump --mode reverse:https://api.openai.com@8443 --set request_client_cert=true \\
             --set certs='*=gateway.pem' --set connection_strategy=lazy \\
             -s addons/gateway.py -s addons/embargo.py \\
             --set embargo_gateway=gateway.yaml --set embargo_policy=... --set embargo_events=...

Runs ahead of the Embargo addon, on flows that arrive on a reverse-proxy listener only.
A caller changes its SDK's base URL to `https://<gateway>/<route path>` and its API key to
an Embargo token (or presents a TLS client certificate, as a Salesforce Named Credential
can). For each request this addon:

1. finds the route by path prefix;
2. authenticates the caller (token, client certificate, or both, which must agree) and
   checks the route is in the caller's scope;
3. applies the route's `caller_keys` handling to any provider key the caller sent itself
   (refuse it with an incident, replace it, or forward it);
4. strips the caller's credentials, injects the route's provider key, and points the
   request at the provider;
5. leaves the caller's identity and tenant in `flow.metadata["embargo_identity"]`, so that
   Embargo's inspection, policy (`identities:` / `tenants:` selectors), audit and events
   apply as they do to intercepted traffic.

A refusal is answered here, in the provider's error shape, and its decision event is left
in `flow.metadata["embargo_refused"]` for the Embargo addon to record in the audit log.
Tokens and keys never reach a log line, an event or a metric label.
"""

from __future__ import annotations

import datetime
import logging
from urllib.parse import parse_qsl, urlencode

from mitmproxy import connection, ctx, exceptions, http
from mitmproxy.addonmanager import Loader
from mitmproxy.proxy.mode_specs import ReverseMode

from addons import errors
from agent import metrics
from agent.catalog import DEFAULT_CATALOG, Catalog, normalise_host
from agent.events import DecisionEvent, GatewaySummary, RequestSummary, new_incident_id, node_name
from agent.gateway.config import CREDENTIAL_HEADERS, CREDENTIAL_QUERY, GatewayConfig, Route, load_gateway_config
from agent.gateway.keys import KeyUnavailable
from agent.gateway.tokens import TokenClaims, TokenError, is_token
from agent.policy.engine import (
    FAIL_CLOSED, GATEWAY_AUTH, GATEWAY_CALLER_KEY, GATEWAY_KEY_UNAVAILABLE, GATEWAY_NO_ROUTE, GATEWAY_SCOPE, Decision,
    Identity,
)
from agent.yamlfile import ConfigError

log = logging.getLogger("embargo")


class Refused(Exception):
    def __init__(self, rule: str, kind: errors.ErrorKind, message: str):
        super().__init__(message)
        self.rule, self.kind, self.message = rule, kind, message


class Gateway:
    def __init__(self) -> None:
        self.config: GatewayConfig | None = None
        self.catalog: Catalog | None = None
        self.node = node_name()
        # client connection id -> route (host, port) -> the upstream connection its last request used
        self._upstreams: dict[str, dict[tuple[str, int], connection.Server]] = {}

    def load(self, loader: Loader) -> None:
        loader.add_option("embargo_gateway", str, "", "Embargo gateway configuration (YAML): routes and callers.")

    def configure(self, updated: set[str]) -> None:
        if "embargo_gateway" not in updated and "embargo_catalog" not in updated:
            return
        if not ctx.options.embargo_gateway:
            return
        try:
            self.catalog = Catalog.load(getattr(ctx.options, "embargo_catalog", DEFAULT_CATALOG))
            self.config = load_gateway_config(ctx.options.embargo_gateway, self.catalog)
        except (ConfigError, ValueError) as err:
            raise exceptions.OptionsError(f"cannot load the Embargo gateway configuration:\n{err}") from None
        log.info("embargo: gateway routes %s", ", ".join(f"{r.prefix} -> {r.host}" for r in self.config.routes))

    def request(self, flow: http.HTTPFlow) -> None:
        if flow.response is not None or not isinstance(flow.client_conn.proxy_mode, ReverseMode):
            return
        summary = GatewaySummary(route=None)
        flow.metadata["embargo_gateway"] = summary
        route = None
        try:
            if self.config is None:
                raise Refused(GATEWAY_NO_ROUTE, errors.INSPECTION_FAILED, "the Embargo gateway is not configured")
            found = self.config.route_for(flow.request.path)
            if found is None:
                raise Refused(GATEWAY_NO_ROUTE, errors.NO_ROUTE, "no gateway route serves this path")
            route, rest = found
            summary.route = route.id
            caller = self._authenticate(flow, summary)
            if route.id not in caller.scope:
                raise Refused(GATEWAY_SCOPE, errors.POLICY_BLOCK, f"this caller may not use route {route.id!r}")
            flow.metadata["embargo_identity"] = Identity(*_peer(flow), user=caller.identity, tenant=caller.tenant)
            self._forward(flow, route, rest, summary)
        except Refused as refusal:
            self._refuse(flow, route, summary, refusal)
            return
        except Exception as err:  # noqa: BLE001 - an unprocessed request must not go anywhere
            log.error("embargo: gateway failed on flow %s: %s", flow.id, type(err).__name__)
            self._refuse(flow, route, summary, Refused(FAIL_CLOSED, errors.INSPECTION_FAILED,
                                                       "the Embargo gateway could not process this request"))
            return
        metrics.GATEWAY_REQUESTS.labels(route=route.id, auth=summary.auth or "none", outcome="forwarded").inc()

    def responseheaders(self, flow: http.HTTPFlow) -> None:
        target = flow.metadata.get("embargo_target")
        if target and "embargo_gateway" in flow.metadata and flow.server_conn.connected:
            self._upstreams.setdefault(flow.client_conn.id, {})[target] = flow.server_conn

    def client_disconnected(self, client: connection.Client) -> None:
        self._upstreams.pop(client.id, None)

    # --- authentication ------------------------------------------------------------------

    def _authenticate(self, flow: http.HTTPFlow, summary: GatewaySummary) -> TokenClaims | _Caller:
        assert self.config
        token = next((v for v in _credentials(flow.request) if is_token(v)), None)
        cert_caller = self._client_certificate(flow)
        if token is not None:
            if self.config.tokens is None:
                raise Refused(GATEWAY_AUTH, errors.UNAUTHENTICATED, "this gateway does not accept tokens")
            try:
                claims = self.config.tokens.verify(token)
            except TokenError as err:
                raise Refused(GATEWAY_AUTH, errors.UNAUTHENTICATED, f"Embargo token not accepted: {err}") from None
            if cert_caller and (cert_caller.identity, cert_caller.tenant) != (claims.identity, claims.tenant):
                raise Refused(GATEWAY_AUTH, errors.UNAUTHENTICATED,
                              "the token and the client certificate name different callers")
            summary.auth, summary.credential = ("token+mtls" if cert_caller else "token"), f"token:{claims.jti}"
            return claims
        if cert_caller is not None:
            summary.auth, summary.credential = "mtls", f"cert:{cert_caller.sha256}"
            return cert_caller
        raise Refused(GATEWAY_AUTH, errors.UNAUTHENTICATED,
                      "authenticate with an Embargo token (as the API key) or a registered client certificate")

    def _client_certificate(self, flow: http.HTTPFlow) -> _Caller | None:
        assert self.config
        certs = flow.client_conn.certificate_list
        if not certs:
            return None
        leaf = certs[0]
        fingerprint = leaf.fingerprint().hex()
        known = self.config.clients.get(fingerprint)
        if known is None:
            raise Refused(GATEWAY_AUTH, errors.UNAUTHENTICATED, "the client certificate is not registered with this gateway")
        now = datetime.datetime.now(datetime.UTC)
        if not leaf.notbefore <= now <= leaf.notafter:
            raise Refused(GATEWAY_AUTH, errors.UNAUTHENTICATED, "the client certificate is expired or not yet valid")
        return _Caller(known.identity, known.tenant, known.scope, fingerprint)

    # --- forwarding ----------------------------------------------------------------------

    def _forward(self, flow: http.HTTPFlow, route: Route, rest: str, summary: GatewaySummary) -> None:
        request = flow.request
        path, _, query = rest.partition("?")
        params = parse_qsl(query, keep_blank_values=True)
        caller_keys = [v for v in _credentials(request) if not is_token(v)]
        caller_keys += [v for k, v in params if k in CREDENTIAL_QUERY]
        forward_caller_key = False
        if caller_keys:
            if route.caller_keys == "refuse":
                summary.caller_key = "refused"
                raise Refused(GATEWAY_CALLER_KEY, errors.POLICY_BLOCK,
                              "requests through the gateway must not carry a provider API key; "
                              "remove it from the integration (the gateway holds the key)")
            forward_caller_key = route.caller_keys == "forward"
            summary.caller_key = "forwarded" if forward_caller_key else "replaced"
        if not forward_caller_key:
            for name in CREDENTIAL_HEADERS:
                request.headers.pop(name, None)
            params = [(k, v) for k, v in params if k not in CREDENTIAL_QUERY]
            if route.key is None:
                raise Refused(GATEWAY_KEY_UNAVAILABLE, errors.INSPECTION_FAILED, "this route holds no provider key")
            try:
                request.headers[route.key_header] = route.key_value(route.key.value())
            except KeyUnavailable as err:
                log.error("embargo: gateway route %s: %s", route.id, err)
                raise Refused(GATEWAY_KEY_UNAVAILABLE, errors.INSPECTION_FAILED,
                              "the gateway cannot reach its provider key for this route") from None
        else:
            for name in CREDENTIAL_HEADERS:  # the token goes no further; the caller's own key does
                if is_token(_bare(request.headers.get(name, ""))):
                    request.headers.pop(name)
        request.scheme = route.scheme
        upstream = self._upstreams.get(flow.client_conn.id, {}).get((route.host, route.port))
        if upstream is not None and upstream.connected:
            # The caller's previous request went to this route: reuse that upstream connection.
            # mitmproxy reuses a connection whose address equals the request's, and Embargo
            # pinned the connection's address to the IP it checked (or --resolve's target).
            request.host, request.port = upstream.address
        else:
            request.host, request.port = route.host, route.port
        request.host_header = route.host if route.port == (443 if route.scheme == "https" else 80) else f"{route.host}:{route.port}"
        flow.metadata["embargo_target"] = (route.host, route.port)
        # (A query byte that is not UTF-8 reaches here as a lone surrogate, as mitmproxy decodes
        # paths: it goes out as the byte it was, percent-encoded.)
        request.path = route.base_path + path + (f"?{urlencode(params, errors='surrogateescape')}" if params else "")

    # --- refusal -------------------------------------------------------------------------

    def _refuse(self, flow: http.HTTPFlow, route: Route | None, summary: GatewaySummary, refusal: Refused) -> None:
        incident = new_incident_id()
        api_format = route.entry.api_format if route else None
        status, body, headers = errors.error_response(api_format, refusal.kind, refusal.message, incident)
        flow.response = http.Response.make(status, body, headers)
        flow.metadata["embargo_blocked"] = True
        host = route.host if route else normalise_host(flow.request.host)
        destination = self.catalog.destination(host, route.port) if (route and self.catalog) else None
        identity = flow.metadata.get("embargo_identity") or Identity(*_peer(flow))
        decision = Decision("block", refusal.rule, "enforce", (refusal.message,), True, refusal.message)
        flow.metadata["embargo_refused"] = DecisionEvent(
            phase="request", node=self.node, workload=identity, host=host, destination=destination,
            decision=decision, flow_id=flow.id, incident_id=incident, gateway=summary,
            request=RequestSummary(method=flow.request.method, path=flow.request.path.split("?", 1)[0],
                                   api_format=api_format, bytes_out=len(flow.request.raw_content or b"")),
        )
        outcome = refusal.rule.removeprefix("builtin:gateway-")
        metrics.GATEWAY_REQUESTS.labels(route=route.id if route else "none", auth=summary.auth or "none",
                                        outcome=outcome).inc()
        log.warning("embargo: gateway refused a request (%s, route %s, incident %s)",
                    outcome, route.id if route else "none", incident)


class _Caller:
    """A caller authenticated by client certificate (the token case uses its claims)."""

    __slots__ = ("identity", "tenant", "scope", "sha256")

    def __init__(self, identity: str, tenant: str, scope: tuple[str, ...], sha256: str):
        self.identity, self.tenant, self.scope, self.sha256 = identity, tenant, scope, sha256


def _bare(value: str) -> str:
    return value[7:].strip() if value[:7].lower() == "bearer " else value.strip()


def _credentials(request: http.Request) -> list[str]:
    return [_bare(v) for name in CREDENTIAL_HEADERS for v in request.headers.get_all(name) if v.strip()]


def _peer(flow: http.HTTPFlow) -> tuple[str | None, int | None]:
    peer = flow.client_conn.peername or (None, None)
    return peer[0], peer[1]


addons = [Gateway()]
