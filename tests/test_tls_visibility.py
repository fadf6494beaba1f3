"""TLS visibility, as root: `embargo agent --tls-visibility` classifies what a watched process
writes into OpenSSL (a client that bypasses the proxy and pins the provider's certificate)
and records sensitive writes as `tls.plaintext` events, with no payload text in them.
A process outside the watched cgroup writing the same is not seen."""

from __future__ import annotations

import json
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

from agent.attribution import detect_cgroup_setup
from agent.audit import read_new
from agent.demo.stack import FAKE_HOSTS, start_proxy
from tests.conftest import Upstream, wait_for
from tests.test_tracing import requires_ebpf

pytestmark = [requires_ebpf, pytest.mark.integration]

LIBSSL = Path("/usr/lib/x86_64-linux-gnu/libssl.so.3")
EMAIL = "anna.schmidt@example-kunde.de"

POLICY = """
apiVersion: embargo.dev/v1
kind: EgressPolicy
name: tls-visibility
version: "1"
protects: [{cgroup: "/embargo-tls-*"}]
rules: []
"""

CLIENT = """
import json, socket, ssl, sys
port, ca, email = int(sys.argv[1]), sys.argv[2], sys.argv[3]
body = json.dumps({"model": "gpt-4o", "messages": [{"role": "user", "content": "Mail " + email + " the offer"}]})
request = ("POST /v1/chat/completions HTTP/1.1\\r\\nHost: api.openai.com\\r\\nContent-Type: application/json\\r\\n"
           "Authorization: Bearer sk-test\\r\\nContent-Length: %d\\r\\nConnection: close\\r\\n\\r\\n%s" % (len(body), body))
context = ssl.create_default_context(cafile=ca)  # the provider's own CA: no interception possible
with context.wrap_socket(socket.create_connection(("127.0.0.1", port)), server_hostname="api.openai.com") as s:
    s.sendall(request.encode())
    print(s.recv(65536).split(b"\\r\\n")[0].decode())
"""


@pytest.mark.skipif(not LIBSSL.exists(), reason=f"no OpenSSL 3 at {LIBSSL}")
def test_sensitive_plaintext_of_a_pinned_client_is_detected_in_watched_cgroups_only(tmp_path: Path, upstream: Upstream):
    mount = detect_cgroup_setup().v2_mount
    cgroup = mount / f"embargo-tls-{secrets.token_hex(3)}"
    cgroup.mkdir()
    policy = tmp_path / "policy.yaml"
    policy.write_text(POLICY)
    agent = start_proxy(tmp_path / "agent", policy, upstream.fake.port, upstream.pki.ca_cert, hosts=FAKE_HOSTS,
                        command="agent", extra_args=("--workers", "1", "--no-dns", "--tls-visibility", str(LIBSSL),
                                                     "--inventory-interval", "3600"))
    def plaintext_records() -> list[dict]:
        return [r for r in read_new(agent.events, 0)[0] if r.get("phase") == "tls.plaintext"]

    try:
        args = (str(upstream.fake.port), str(upstream.pki.ca_cert), EMAIL)
        # Outside first: the agent handles captured writes in one thread, in the order it
        # polls them, so by the time the inside client's record is there, a record of the
        # outside client's (captured earlier) would be there too.
        outside = subprocess.run([sys.executable, "-c", CLIENT, *args], capture_output=True, text=True, timeout=60)
        inside = subprocess.run(["sh", "-c", f'echo $$ > {cgroup}/cgroup.procs && exec "$@"', "sh",
                                 sys.executable, "-c", CLIENT, *args], capture_output=True, text=True, timeout=60)
        assert inside.stdout.strip() == outside.stdout.strip() == "HTTP/1.1 200 OK", inside.stderr + outside.stderr
        # Captured writes are classified and recorded asynchronously: wait for it rather
        # than stop the agent under it (under load the record came after the stop).
        wait_for(plaintext_records, 30, "the watched client's tls.plaintext record")
    finally:
        agent.stop()
        cgroup.rmdir()

    [seen] = plaintext_records()
    assert seen["workload"]["kernel"]["cgroup"] == "/" + cgroup.name
    assert seen["host"] == "api.openai.com" and seen["destination"]["provider"] == "openai"
    assert seen["classification"]["label"] == "confidential"
    assert "pii.email" in {f["detector"] for f in seen["classification"]["findings"]}
    assert seen["decision"]["rule"] == "builtin:tls-visibility" and seen["decision"]["enforced_action"] == "allow"
    assert EMAIL not in agent.events.read_text() and "sk-test" not in json.dumps(seen)
