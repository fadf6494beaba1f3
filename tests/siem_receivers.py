"""Receivers the sink tests deliver to, all on loopback.

- `Rsyslog`: the real rsyslogd (Debian `rsyslog`, `rsyslog-gnutls` for TLS), started in
  the foreground on a free port with a config that writes each message's parsed RFC 5424
  fields to a file: what a SIEM's syslog collector would see.
- `HecReceiver`: an HTTP server speaking Splunk HEC's protocol: `Authorization: Splunk
  <token>`, gzip bodies, concatenated event objects, and HEC's own status codes and JSON
  answers (401 code 2/3, 403 code 4, 400 code 6, 503 code 9 "Server is busy").
- `WebhookReceiver`: records POSTed JSON arrays; can be told to fail.
- `written_events`: what a file sink (ECS, OCSF) has written so far.
"""

from __future__ import annotations

import gzip
import json
import shutil
import socket
import subprocess
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

# The fields rsyslog parsed out of each RFC 5424 message, separated by a character
# CEF never leaves unescaped in the header and our structured data never holds: TAB.
_FIELDS = "%pri%\t%protocol-version%\t%timereported:::date-rfc3339%\t%hostname%\t%app-name%\t%procid%\t%msgid%\t%structured-data%\t%msg%\\n"


def written_events(path: Path) -> list[dict[str, Any]]:
    """The events a file sink has written whole so far: read while the sink is running,
    its last line may be half written."""
    if not path.exists():
        return []
    data = path.read_bytes()
    return [json.loads(line) for line in data[:data.rfind(b"\n") + 1].splitlines()]


def free_port(kind: int = socket.SOCK_STREAM) -> int:
    with socket.socket(socket.AF_INET, kind) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Rsyslog:
    def __init__(self, workdir: Path, protocol: str, pki: Any = None):
        if shutil.which("rsyslogd") is None:
            raise RuntimeError("rsyslogd is not installed (apt-get install rsyslog rsyslog-gnutls)")
        self.dir = workdir
        self.protocol = protocol
        self.port = free_port(socket.SOCK_DGRAM if protocol == "udp" else socket.SOCK_STREAM)
        self.out = workdir / "received.log"
        tls = ""
        if protocol == "tls":
            tls = (f'global(DefaultNetstreamDriverCAFile="{pki.ca_cert}" DefaultNetstreamDriverCertFile="{pki.cert}" '
                   f'DefaultNetstreamDriverKeyFile="{pki.key}")\n')
        if protocol == "udp":
            listener = f'module(load="imudp")\ninput(type="imudp" address="127.0.0.1" port="{self.port}")\n'
        else:
            driver = ' streamDriver.name="gtls" streamDriver.mode="1" streamDriver.authMode="anon"' if protocol == "tls" else ""
            listener = f'module(load="imtcp"{driver})\ninput(type="imtcp" address="127.0.0.1" port="{self.port}")\n'
        conf = workdir / "rsyslog.conf"
        conf.write_text(
            f'global(workDirectory="{workdir}" maxMessageSize="64k")\n{tls}{listener}'
            f'template(name="fields" type="string" string="{_FIELDS}")\n'
            f'*.* action(type="omfile" file="{self.out}" template="fields")\n'
        )
        self.process = subprocess.Popen(
            ["rsyslogd", "-n", "-f", str(conf), "-i", str(workdir / "rsyslogd.pid")],
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
        )
        self._wait_listening()

    def _wait_listening(self) -> None:
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                output = self.process.stdout.read().decode() if self.process.stdout else ""
                raise RuntimeError(f"rsyslogd exited: {output}")
            kind = "-uln" if self.protocol == "udp" else "-tln"
            listening = subprocess.run(["ss", kind, f"sport = :{self.port}"], capture_output=True, text=True).stdout
            if f":{self.port}" in listening:
                return
            time.sleep(0.05)
        raise RuntimeError("rsyslogd did not start listening")

    def messages(self, count: int, timeout: float = 10.0) -> list[list[str]]:
        """Wait for `count` messages; each as the parsed fields (see _FIELDS)."""
        deadline = time.monotonic() + timeout
        lines: list[str] = []
        while time.monotonic() < deadline:
            if self.out.exists():
                lines = self.out.read_text(encoding="utf-8", errors="replace").splitlines()
                if len(lines) >= count:
                    break
            time.sleep(0.05)
        return [line.split("\t") for line in lines]

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(5)
        except subprocess.TimeoutExpired:
            self.process.kill()
        if self.process.stdout:
            self.process.stdout.close()


class _Server(ThreadingHTTPServer):
    daemon_threads = True


class HttpReceiver:
    """Base: a loopback HTTP server; `answer(handler, body)` decides the reply."""

    def __init__(self, tls_context: Any = None):
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"  # keep-alive, as Splunk and most webhook receivers

            def do_POST(self) -> None:  # noqa: N802 - http.server's naming
                length = int(self.headers.get("content-length") or 0)
                body = self.rfile.read(length)
                with receiver.lock:
                    receiver.raw_bodies.append(body)
                    receiver.requests.append({"path": self.path, "headers": dict(self.headers),
                                              "peer_port": self.client_address[1]})
                    status, answer = receiver.answer(self, body)
                data = json.dumps(answer).encode()
                self.send_response(status)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)
                # an idle-timeout close, unannounced (no "Connection: close"): the client
                # learns of it when it next uses the connection
                self.close_connection = receiver.close_silently

            def log_message(self, *args: Any) -> None:
                pass

        self.server = _Server(("127.0.0.1", 0), Handler)
        if tls_context is not None:
            self.server.socket = tls_context.wrap_socket(self.server.socket, server_side=True)
        self.port = self.server.server_address[1]
        self.lock = threading.Lock()
        self.requests: list[dict[str, Any]] = []
        self.raw_bodies: list[bytes] = []
        self.close_silently = False
        self.server_thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.server_thread.start()

    def answer(self, handler: BaseHTTPRequestHandler, body: bytes) -> tuple[int, Any]:
        """The status and JSON answer to one POST (called with `lock` held, after recording it)."""
        raise NotImplementedError

    def wait_for(self, predicate: Any, timeout: float = 10.0) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self.lock:
                if predicate(self):
                    return True
            time.sleep(0.05)
        return False

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


class HecReceiver(HttpReceiver):
    def __init__(self, token: str, tls_context: Any = None):
        self.token = token
        self.busy = 0  # answer this many requests with 503 "Server is busy"
        self.indexes: set[str] | None = None  # indexes the token may write to (None: any)
        self.events: list[dict[str, Any]] = []
        super().__init__(tls_context)

    def answer(self, handler: BaseHTTPRequestHandler, body: bytes) -> tuple[int, Any]:
        if handler.path != "/services/collector/event":
            return 404, {"text": "The requested URL was not found on this server.", "code": 404}
        auth = handler.headers.get("authorization")
        if not auth:
            return 401, {"text": "Token is required", "code": 2}
        scheme, _, token = auth.partition(" ")
        if scheme != "Splunk" or not token:
            return 401, {"text": "Invalid authorization", "code": 3}
        if token != self.token:
            return 403, {"text": "Invalid token", "code": 4}
        if self.busy:
            self.busy -= 1
            return 503, {"text": "Server is busy", "code": 9}
        if handler.headers.get("content-encoding") == "gzip":
            body = gzip.decompress(body)
        try:
            events = _concatenated_json(body)
        except ValueError:
            return 400, {"text": "Invalid data format", "code": 6}
        if not events:
            return 400, {"text": "No data", "code": 5}
        if any("event" not in e for e in events):
            return 400, {"text": "Event field is required", "code": 12}
        if self.indexes is not None and any(e.get("index", "main") not in self.indexes for e in events):
            return 400, {"text": "Incorrect index", "code": 7}
        self.events.extend(events)
        return 200, {"text": "Success", "code": 0}


class WebhookReceiver(HttpReceiver):
    def __init__(self, tls_context: Any = None):
        self.fail_with = 0  # answer with this status while non-zero
        self.events: list[dict[str, Any]] = []
        super().__init__(tls_context)

    def answer(self, handler: BaseHTTPRequestHandler, body: bytes) -> tuple[int, Any]:
        if self.fail_with:
            return self.fail_with, {"error": "unavailable"}
        self.events.extend(json.loads(body))
        return 202, {"accepted": True}


def _concatenated_json(body: bytes) -> list[dict[str, Any]]:
    """HEC's batch format: JSON objects one after another (whitespace between is allowed)."""
    decoder = json.JSONDecoder()
    text = body.decode("utf-8")
    out, index = [], 0
    while True:
        while index < len(text) and text[index].isspace():
            index += 1
        if index >= len(text):
            return out
        obj, index = decoder.raw_decode(text, index)
        out.append(obj)
