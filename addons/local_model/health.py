"""Health of the on-node model: active checks and what real answers show.

A check lists the server's models (`GET {base}/models`): it answers, accepts Embargo's
key, and names the model it serves. Checks run only while no redirected request is in
flight, because llama.cpp's server answers one request at a time and a check queued
behind a long generation would time out and call a busy model dead. Answers update the
state too: a connection refused marks the model down at once, an answer marks it up.
While the model is down, redirected requests fail fast with a clear error instead of
waiting on it; the next check brings it back.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from dataclasses import dataclass

from addons.local_model.client import LocalModelDown, Settings, request
from agent import metrics

log = logging.getLogger("embargo")

PROBE_TIMEOUT = 5.0


@dataclass(slots=True)
class HealthState:
    status: str = "unknown"        # unknown | up | down
    reason: str | None = None      # a stable code when down: unreachable, timeout, unauthorized, http_503, ...
    served_model: str | None = None
    served_details: dict[str, str | int] | None = None  # what the server says identifies the weights
    checked_at: float | None = None  # time.time() of the last check or answer


class Health:
    def __init__(self, settings: Settings):
        self.settings = settings
        self.state = HealthState()
        self.in_flight = 0

    def mark(self, up: bool, reason: str | None = None) -> None:
        previous = self.state.status
        self.state.status, self.state.reason = ("up", None) if up else ("down", reason)
        self.state.checked_at = time.time()
        metrics.LOCAL_MODEL_UP.set(1 if up else 0)
        if previous != self.state.status:
            log.log(logging.INFO if up else logging.WARNING, "embargo: on-node model is %s%s",
                    self.state.status, f" ({reason})" if reason else "")

    async def check(self) -> None:
        try:
            response = await request(self.settings, "GET", "models", b"", PROBE_TIMEOUT)
        except LocalModelDown as err:
            self.mark(False, err.code)
            return
        except TimeoutError:
            self.mark(False, "timeout")
            return
        try:
            body = await response.read(PROBE_TIMEOUT, 1024 * 1024)
        except (LocalModelDown, TimeoutError):
            self.mark(False, "timeout")
            return
        finally:
            response.close()
        if response.status in (401, 403):
            self.mark(False, "unauthorized")
        elif response.status != 200:
            self.mark(False, f"http_{response.status}")
        else:
            entry = _first_model(body)
            if entry:
                self.state.served_model = entry["id"]
                self.state.served_details = _identifying(entry)
            self.mark(True)

    async def run(self, interval: float) -> None:
        while True:
            if self.in_flight == 0 or self.state.status == "down":
                await self.check()
            await asyncio.sleep(interval)


def _first_model(body: bytes) -> dict | None:
    """The first entry of an OpenAI-style model list, if it has an id."""
    try:
        data = json.loads(body).get("data")
    except (ValueError, AttributeError):
        return None
    entry = data[0] if isinstance(data, list) and data and isinstance(data[0], dict) else None
    return entry if entry and isinstance(entry.get("id"), str) else None


# Fields some servers list with a model that pin down its weights: Ollama's digest, vLLM's
# root (the weights' path), llama.cpp's meta (parameter count, file size, training context).
_IDENTIFYING = ("digest", "root", "n_params", "size", "n_ctx_train", "n_vocab")


def _identifying(entry: dict) -> dict[str, str | int] | None:
    fields = {**entry, **(entry["meta"] if isinstance(entry.get("meta"), dict) else {})}
    found = {k: fields[k] for k in _IDENTIFYING if isinstance(fields.get(k), (str, int)) and not isinstance(fields.get(k), bool)}
    return found or None
