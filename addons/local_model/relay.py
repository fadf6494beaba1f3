"""The relay: a loopback HTTP server inside the proxy that answers redirected flows from the
on-node model, in the client's provider format.

Why a relay, rather than pointing the flow at the local model or answering it from the
request hook:

- A response an addon sets in the request hook is sent whole: a streamed answer would
  reach the client only when it is complete. A response mitmproxy reads from a server
  is streamed (`flow.response.stream`) chunk by chunk. So the flow is pointed at this
  relay, and the relay streams.
- Pointed at the local model directly, a flow whose model is down, hung or broken mid-
  answer ends in mitmproxy's own 502 HTML page (or waits forever): there is no hook to
  answer in the provider's shape. The relay bounds every wait and answers every failure
  as the provider would, so the SDK raises a clear error.
- Never falling back upstream is structural: once redirected, the flow's only server is
  this relay, and the relay has one destination, the configured local model. No code
  path can send the request to the provider, whatever fails.

Each redirect is a single-use ticket (a random path) that names what to translate; a
request without a live ticket gets 404, so the relay lends the local model's key to no
other process on the node.
"""

from __future__ import annotations

import asyncio
import json
import logging
import secrets
import time
from dataclasses import dataclass

import h11

from addons import errors
from addons.local_model.client import LocalModelDown, LocalResponse, Settings, request
from addons.local_model.health import Health
from addons.translate.anthropic import MessageStream, TranslationError, chat_to_message
from addons.translate.routes import Route
from addons.translate.sse import SseReader, SseTooLarge
from agent import metrics

log = logging.getLogger("embargo")

MAX_ANSWER = 64 * 1024 * 1024
MAX_ERROR_DETAIL = 500


@dataclass(slots=True)
class RedirectJob:
    """One redirected request: what the relay needs, and what it reports back."""

    route: Route
    api_format: str      # the client's: "openai" | "anthropic"
    model: str           # the local model's name for this request
    stream: bool
    incident_id: str
    body: bytes          # the request for the local model
    outcome: str = "pending"  # answered | unavailable | timeout | local_error | stream_failed | translation_failed
    local_status: int | None = None
    local_ms: float | None = None


class _Reply:
    """The relay's side of one HTTP/1.1 exchange with mitmproxy, for one job."""

    def __init__(self, conn: h11.Connection, writer: asyncio.StreamWriter, job: RedirectJob | None):
        self.conn, self.writer, self.job = conn, writer, job
        self.started = False
        self._clock = time.perf_counter()

    async def start(self, status: int, headers: dict[str, str]) -> None:
        self.started = True
        merged = {**(_id_headers(self.job) if self.job else {}), **headers}  # each header once
        self.writer.write(self.conn.send(h11.Response(status_code=status, headers=list(merged.items()))))
        await self.writer.drain()

    async def send(self, data: bytes) -> None:
        if data:
            self.writer.write(self.conn.send(h11.Data(data=data)))
            await self.writer.drain()

    async def end(self) -> None:
        # The job's report is complete before mitmproxy can see the end (and record it).
        if self.job:
            self.job.local_ms = round((time.perf_counter() - self._clock) * 1000, 3)
            metrics.REDIRECTS.labels(outcome=self.job.outcome).inc()
        self.writer.write(self.conn.send(h11.EndOfMessage()))
        await self.writer.drain()

    async def whole(self, status: int, headers: dict[str, str], body: bytes) -> None:
        await self.start(status, {**headers, "content-length": str(len(body))})
        await self.send(body)
        await self.end()


class Relay:
    def __init__(self, settings: Settings, health: Health):
        self.settings, self.health = settings, health
        self.jobs: dict[str, RedirectJob] = {}
        self._server: asyncio.Server | None = None
        self.address: tuple[str, int] | None = None

    async def start(self) -> None:
        self._server = await asyncio.start_server(self._connection, "127.0.0.1", 0)
        self.address = self._server.sockets[0].getsockname()[:2]

    async def stop(self) -> None:
        if self._server:
            self._server.close()
            self._server = None

    def ticket(self, job: RedirectJob) -> str:
        ticket = secrets.token_urlsafe(18)
        self.jobs[ticket] = job
        return ticket

    # --- the server side -------------------------------------------------------------

    async def _connection(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        conn = h11.Connection(h11.SERVER)
        try:
            while True:
                target = await self._read_request(conn, reader)
                if target is None:
                    break
                job = self.jobs.pop(target.lstrip("/"), None)
                if job is None:
                    await _Reply(conn, writer, None).whole(404, {"content-type": "text/plain"}, b"no such redirect\n")
                else:
                    await self._answer(job, _Reply(conn, writer, job))
                if conn.our_state is not h11.DONE or conn.their_state is not h11.DONE:
                    break
                conn.start_next_cycle()
        except (h11.ProtocolError, OSError, TimeoutError):
            pass
        finally:
            writer.close()

    @staticmethod
    async def _read_request(conn: h11.Connection, reader: asyncio.StreamReader) -> str | None:
        """The target of the next request (its body, which the ticket already holds, is read and dropped)."""
        target = None
        while True:
            event = conn.next_event()
            if event is h11.NEED_DATA:
                conn.receive_data(await reader.read(64 * 1024))
            elif isinstance(event, h11.Request):
                target = event.target.decode("ascii", "replace")
            elif isinstance(event, h11.EndOfMessage):
                return target
            elif isinstance(event, h11.ConnectionClosed):
                return None

    # --- answering ---------------------------------------------------------------------

    async def _answer(self, job: RedirectJob, reply: _Reply) -> None:
        self.health.in_flight += 1
        try:
            await self._exchange(job, reply)
        finally:
            self.health.in_flight -= 1

    async def _exchange(self, job: RedirectJob, reply: _Reply) -> None:
        state = self.health.state
        if state.status == "down":
            await self._fail(job, reply, "unavailable", errors.LOCAL_MODEL_UNAVAILABLE,
                             f"the on-node model is down ({state.reason}); the request was not sent anywhere else")
            return
        accept = "text/event-stream" if job.stream else "application/json"
        timeout = self.settings.timeout
        try:
            response = await request(self.settings, "POST", job.route.local_path, job.body, timeout, accept)
        except LocalModelDown as err:
            self.health.mark(False, err.code)
            await self._fail(job, reply, "unavailable", errors.LOCAL_MODEL_UNAVAILABLE,
                             "the on-node model cannot be reached; the request was not sent anywhere else")
            return
        except TimeoutError:
            await self._fail(job, reply, "timeout", errors.LOCAL_MODEL_TIMEOUT,
                             f"the on-node model did not answer within {timeout:g} s; the request was not sent anywhere else")
            return
        job.local_status = response.status
        try:
            if response.status >= 400:
                await self._local_error(job, reply, response)
            elif job.stream != response.is_event_stream:
                asked = "a streamed" if job.stream else "a whole"
                await self._fail(job, reply, "local_error", errors.LOCAL_MODEL_FAILED,
                                 f"the on-node model did not answer in the form asked for ({asked} answer)")
            elif job.stream:
                await self._stream(job, reply, response)
            else:
                await self._whole(job, reply, response)
        except (LocalModelDown, TimeoutError, SseTooLarge, TranslationError) as err:
            outcome, kind, message = _failure(err, timeout)
            if reply.started:
                job.outcome = "stream_failed"
                await reply.send(errors.stream_error(job.api_format, kind, message, job.incident_id))
                await reply.end()
            else:
                await self._fail(job, reply, outcome, kind, message)
        finally:
            response.close()

    async def _whole(self, job: RedirectJob, reply: _Reply, response: LocalResponse) -> None:
        body = await response.read(self.settings.timeout, MAX_ANSWER)
        if job.route.answer_format == "anthropic":
            try:
                completion = json.loads(body)
            except ValueError:
                raise TranslationError("the on-node model's answer is not JSON") from None
            body = json.dumps(chat_to_message(completion, job.model)).encode()
        self.health.mark(True)
        job.outcome = "answered"
        await reply.whole(200, {"content-type": "application/json"}, body)

    async def _stream(self, job: RedirectJob, reply: _Reply, response: LocalResponse) -> None:
        """Pass (OpenAI) or translate (Anthropic) the event stream chunk by chunk; it must end in [DONE]."""
        events = SseReader()
        translator = MessageStream(job.model) if job.route.answer_format == "anthropic" else None
        await reply.start(200, {"content-type": "text/event-stream", "cache-control": "no-cache"})
        if translator:
            await reply.send(translator.start())
        done = False
        async for chunk in response.chunks(self.settings.timeout):
            out = []
            for event in events.feed(chunk):
                if event.data.strip() == "[DONE]":
                    done = True
                elif translator:
                    out.append(translator.chunk(_chunk_json(event.data)))
            await reply.send(b"".join(out) if translator else chunk)
        if not done:
            raise LocalModelDown("stream_incomplete")
        if translator:
            await reply.send(translator.finish())
        await reply.end()
        self.health.mark(True)
        job.outcome = "answered"

    async def _local_error(self, job: RedirectJob, reply: _Reply, response: LocalResponse) -> None:
        detail = _error_message(await response.read(self.settings.timeout, 1024 * 1024))
        status = response.status
        if status in (401, 403):
            self.health.mark(False, "unauthorized")
            await self._fail(job, reply, "local_error", errors.LOCAL_MODEL_UNAVAILABLE,
                             "the on-node model refused Embargo's key; the request was not sent anywhere else")
        elif status == 404:
            await self._fail(job, reply, "local_error", errors.LOCAL_MODEL_FAILED,
                             f"the on-node model's server does not offer /{job.route.local_path} (HTTP 404); "
                             "the request was not sent anywhere else")
        elif 400 <= status < 500:
            await self._fail(job, reply, "local_error", errors.LOCAL_MODEL_REJECTED,
                             f"the on-node model rejected the request: {detail or f'HTTP {status}'}")
        else:
            await self._fail(job, reply, "local_error", errors.LOCAL_MODEL_FAILED,
                             f"the on-node model failed (HTTP {status} from {job.route.local_path}); "
                             "the request was not sent anywhere else")

    @staticmethod
    async def _fail(job: RedirectJob, reply: _Reply, outcome: str, kind: errors.ErrorKind, message: str) -> None:
        job.outcome = outcome
        status, body, headers = errors.error_response(job.api_format, kind, message, job.incident_id)
        await reply.whole(status, headers, body)


def _id_headers(job: RedirectJob) -> dict[str, str]:
    """The incident id where each SDK exposes a request id, and the action taken."""
    return {"x-request-id": job.incident_id, "request-id": job.incident_id,
            "x-embargo-incident": job.incident_id, "x-embargo-action": "redirect"}


def _chunk_json(data: str) -> dict:
    try:
        chunk = json.loads(data)
    except ValueError:
        raise TranslationError("the on-node model sent a stream event that is not JSON") from None
    if not isinstance(chunk, dict):
        raise TranslationError("the on-node model sent a stream event that is not a JSON object")
    if "error" in chunk:
        raise LocalModelDown("stream_error")
    return chunk


def _failure(err: Exception, timeout: float) -> tuple[str, errors.ErrorKind, str]:
    """(outcome, error kind, message) for a failure while reading the local model's answer."""
    if isinstance(err, TimeoutError):
        return "timeout", errors.LOCAL_MODEL_TIMEOUT, f"the on-node model stopped answering for {timeout:g} s"
    if isinstance(err, LocalModelDown):
        return "stream_failed", errors.LOCAL_MODEL_FAILED, f"the on-node model's answer broke off ({err.code})"
    return "translation_failed", errors.LOCAL_MODEL_FAILED, f"the on-node model's answer could not be translated: {err}"


def _error_message(body: bytes) -> str:
    """The local model's own error message, bounded. It goes to the client only, never to logs:
    a validation error may quote the request."""
    try:
        data = json.loads(body)
    except ValueError:
        return ""
    error = data.get("error") if isinstance(data, dict) else None
    message = error.get("message") if isinstance(error, dict) else data.get("detail") if isinstance(data, dict) else None
    return str(message)[:MAX_ERROR_DETAIL] if message else ""
