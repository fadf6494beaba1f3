"""The on-node local model as a redirect target: configuration, health, provenance, the relay.

The policy engine only says `redirect`; this carries it out. `plan` checks that the
request can be redirected (the capability matrix in `addons.translate.routes`) and
translates it; `apply` points the flow at the relay (see `relay.py` for why), which
answers from the local model and from nowhere else.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from mitmproxy import http

from addons.jsonbytes import json_bytes
from addons.local_model.client import Endpoint, Settings
from addons.local_model.health import Health, HealthState
from addons.local_model.relay import Relay, RedirectJob
from addons.translate.anthropic import TranslationError
from addons.translate.routes import ModelMap, NotRedirectable, local_request, route_for
from agent.events import RedirectSummary, RequestSummary

log = logging.getLogger("embargo")

__all__ = ["LocalModel", "NotRedirectable", "RedirectJob"]


class LocalModel:
    def __init__(self) -> None:
        self.settings = Settings()
        self.models = ModelMap()
        self.health_interval = 10.0
        self.weights: Path | None = None
        self.weights_sha256: str | None = None
        self.health: Health | None = None
        self.relay: Relay | None = None
        self._tasks: list[asyncio.Task] = []
        self._clients: Counter[str] = Counter()  # client connection id -> redirected flows in progress

    def load(self, loader: Any) -> None:
        loader.add_option("embargo_local_model_key_file", str, "", "File holding the API key of the on-node model.")
        loader.add_option("embargo_local_model_map", Sequence[str], [],
                          "GLOB=NAME: requests for models matching GLOB are answered by local model NAME.")
        loader.add_option("embargo_local_model_weights", str, "",
                          "The on-node model's weights file: its sha256 goes into redirect events.")
        loader.add_option("embargo_local_model_timeout", float, 120.0,
                          "Seconds the on-node model may take to start answering, and between streamed chunks.")
        loader.add_option("embargo_local_model_health_interval", float, 10.0, "Seconds between health checks.")

    def configure(self, options: Any, updated: set[str]) -> None:
        """Raises ValueError with a message fit for the operator."""
        if updated & {"embargo_local_model", "embargo_local_model_key_file"}:
            url, key_file = options.embargo_local_model, options.embargo_local_model_key_file
            self.settings.endpoint = Endpoint.parse(url) if url else None
            self.settings.key = _read_key(key_file) if key_file else None
            if self.health:  # a different model, or a different key: what was known no longer holds
                self.health.state = HealthState()
        if "embargo_local_model_map" in updated:
            self.models = ModelMap(options.embargo_local_model_map)
        if "embargo_local_model_weights" in updated:
            self.weights = Path(options.embargo_local_model_weights) if options.embargo_local_model_weights else None
            if self.weights and not self.weights.is_file():
                raise ValueError(f"local model weights file {self.weights} does not exist")
        if "embargo_local_model_timeout" in updated:
            if options.embargo_local_model_timeout <= 0:
                raise ValueError("embargo_local_model_timeout must be positive")
            self.settings.timeout = options.embargo_local_model_timeout
        if "embargo_local_model_health_interval" in updated:
            self.health_interval = max(0.5, options.embargo_local_model_health_interval)

    async def start(self) -> None:
        endpoint = self.settings.endpoint
        if endpoint is None or self.relay is not None:
            return
        self.health = Health(self.settings)
        self.relay = Relay(self.settings, self.health)
        await self.relay.start()
        self._tasks.append(asyncio.create_task(self.health.run(self.health_interval)))
        if self.weights:
            self.weights_sha256 = await asyncio.to_thread(_sha256, self.weights)
        log.info("embargo: redirects go to the on-node model at %s://%s%s", endpoint.scheme,
                 endpoint.authority, endpoint.base_path)

    async def stop(self) -> None:
        for task in self._tasks:
            task.cancel()
        self._tasks.clear()
        if self.relay:
            await self.relay.stop()

    def relay_connection(self, address: tuple[str, int] | None, client_id: str) -> bool:
        """Whether a server connection about to open is a redirected flow's, to the relay: the
        one loopback address the proxy dials, and only for a client whose flow was redirected."""
        return (self.relay is not None and address is not None and tuple(address) == self.relay.address
                and self._clients[client_id] > 0)

    # --- carrying out a redirect ---------------------------------------------------------

    def plan(self, api_format: str | None, summary: RequestSummary, body: bytes, incident_id: str) -> RedirectJob:
        """The redirect of one request, translated; NotRedirectable if it cannot be redirected."""
        if self.relay is None or self.health is None or self.settings.endpoint is None:
            raise NotRedirectable("no_local_model", "no on-node model is configured on this proxy")
        route = route_for(api_format, summary.path, summary.operation)
        model = self.models.local_name(summary.model, self.health.state.served_model)
        try:
            local_body = local_request(route, json.loads(body), model)
        except ValueError as err:  # TranslationError, or a body that is not JSON
            reason = str(err) if isinstance(err, TranslationError) else "the request body is not JSON"
            raise NotRedirectable("untranslatable_request", reason) from None
        data = json_bytes(local_body)
        return RedirectJob(route, api_format or "openai", model, bool(summary.stream), incident_id, data)

    def summary(self, job: RedirectJob | None, refused: str | None = None) -> RedirectSummary:
        """What a decision event records about the redirect: where, which weights, how healthy."""
        state = self.health.state if self.health else None
        return RedirectSummary(
            model=job.model if job else None,
            served_model=state.served_model if state else None,
            served_details=state.served_details if state else None,
            weights_sha256=self.weights_sha256,
            route=job.route.name if job else None,
            local_model_health=state.status if state else "unconfigured",
            refused=refused,
        )

    def apply(self, flow: http.HTTPFlow, job: RedirectJob) -> None:
        """Point the flow at the relay: from here on, its only possible server."""
        assert self.relay and self.relay.address
        host, port = self.relay.address
        ticket = self.relay.ticket(job)
        flow.metadata["embargo_redirect"] = (ticket, job)
        self._clients[flow.client_conn.id] += 1
        flow.request.scheme, flow.request.host, flow.request.port = "http", host, port
        flow.request.path = f"/{ticket}"
        # The client's credentials (its provider key) go nowhere; the relay adds the local model's.
        flow.request.headers = http.Headers(host=f"{host}:{port}", content_type="application/json")
        flow.request.content = job.body

    def finished(self, flow: http.HTTPFlow) -> RedirectJob | None:
        """The job of a redirected flow that has ended (its ticket is no longer valid)."""
        ticket, job = flow.metadata.pop("embargo_redirect", (None, None))
        if self.relay and ticket:
            self.relay.jobs.pop(ticket, None)
            self._clients[flow.client_conn.id] -= 1
            if self._clients[flow.client_conn.id] <= 0:
                del self._clients[flow.client_conn.id]
        return job


def _read_key(path: str) -> str:
    """The first non-empty line: a key file may list several (llama.cpp's --api-key-file does)."""
    try:
        lines = Path(path).read_text().splitlines()
    except OSError as err:
        raise ValueError(f"cannot read the local model key file {path}: {err.strerror}") from None
    key = next((line.strip() for line in lines if line.strip()), "")
    if not key:
        raise ValueError(f"the local model key file {path} is empty")
    return key


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as weights:
        while block := weights.read(1024 * 1024):
            digest.update(block)
    return digest.hexdigest()
