"""A loopback stack: a fake provider and a real `embargo proxy` process in front of it.

Used by the demo, the integration tests and the benchmark alike. The proxy is the real
command line in its own process; `--resolve` pins the providers' host names to the fake,
keeping SNI and Host, and mitmproxy verifies the fake's certificate against a throwaway
CA generated here.
"""

from __future__ import annotations

import os
import socket
import ssl
import subprocess
import sys
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

# Provider hosts the fake answers for (its certificate names all of them).
FAKE_HOSTS = (
    "api.openai.com",
    "eu.api.openai.com",
    "api.anthropic.com",
    "api.mistral.ai",
    "api.cohere.com",
    "generativelanguage.googleapis.com",
    "bedrock-runtime.eu-central-1.amazonaws.com",
    "acme.my.salesforce.com",  # the CRM: passed through, never decrypted
)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_port(port: int, timeout: float, process: subprocess.Popen | None = None, host: str = "127.0.0.1") -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"process exited with status {process.returncode} before listening")
        try:
            with socket.create_connection((host, port), timeout=0.2):
                return
        except OSError:
            time.sleep(0.05)
    raise TimeoutError(f"nothing listens on {host}:{port} after {timeout}s")


def stop_process(process: subprocess.Popen) -> None:
    """Terminate a child process (kill it after 10 s) and reap it."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def wait_for_file(path: Path, timeout: float) -> None:
    """Wait until a PEM file (mitmproxy's CA certificate) is written whole: mitmproxy creates
    it before it has finished writing it."""
    deadline = time.monotonic() + timeout
    while not (path.exists() and path.read_bytes().rstrip().endswith(b"-----END CERTIFICATE-----")):
        if time.monotonic() > deadline:
            raise TimeoutError(f"{path} was not written within {timeout}s")
        time.sleep(0.05)


@dataclass
class ProxyProcess:
    """A running `embargo proxy`; `ca` is the interception CA clients must trust."""

    process: subprocess.Popen
    port: int
    ca: Path
    events: Path
    log: Path
    host: str = "127.0.0.1"

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def client_tls(self) -> ssl.SSLContext:
        """A TLS context trusting only this proxy's interception CA."""
        return ssl.create_default_context(cafile=str(self.ca))

    def stop(self) -> None:
        stop_process(self.process)

    def log_text(self) -> str:
        return self.log.read_text(errors="replace") if self.log.exists() else ""


def start_proxy(
    workdir: Path,
    policy: Path,
    upstream_port: int,
    upstream_ca: Path,
    hosts: Sequence[str] = FAKE_HOSTS,
    extra_args: Sequence[str] = (),
    timeout: float = 30.0,
    command: str | Sequence[str] = "proxy",
    listen_host: str = "127.0.0.1",
    wrapper: Sequence[str] = (),
    environment: Mapping[str, str] | None = None,
) -> ProxyProcess:
    """Start `embargo proxy` (or `embargo agent`, or another command such as
    `("gateway", "serve", "--config", ...)`) on a free port and wait until it accepts connections."""
    workdir.mkdir(parents=True, exist_ok=True)
    port = free_port()
    confdir = workdir / "mitmproxy"
    events = workdir / "audit.jsonl"
    log = workdir / "proxy.log"
    args = [
        *wrapper,  # e.g. setpriv, to run it without capabilities
        sys.executable, "-m", "agent.cli", *([command] if isinstance(command, str) else command),
        "--listen", f"{listen_host}:{port}",
        "--policy", str(policy),
        "--events", str(events),
        "--confdir", str(confdir),
        "--set", f"ssl_verify_upstream_trusted_ca={upstream_ca}",
        *[a for host in hosts for a in ("--resolve", f"{host}:443=127.0.0.1:{upstream_port}")],
        *extra_args,
    ]
    env = {**os.environ, **(environment or {}), "PYTHONUNBUFFERED": "1"}
    with log.open("wb") as out:
        process = subprocess.Popen(args, stdout=out, stderr=subprocess.STDOUT, env=env)
    proxy = ProxyProcess(process, port, confdir / "mitmproxy-ca-cert.pem", events, log, listen_host)
    try:
        wait_for_port(port, timeout, process, listen_host)
        wait_for_file(proxy.ca, timeout)
    except (RuntimeError, TimeoutError) as err:
        proxy.stop()
        raise RuntimeError(f"embargo {command} did not start: {err}\n{proxy.log_text()}") from None
    return proxy
