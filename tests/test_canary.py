"""Canary: unique values seeded into sensitive requests must appear in no artefact.

Searched: the audit log, the proxy's own log, the SDKs' exceptions, the block responses,
and every body the upstream received (decompressed where it was compressed), each in
plain, JSON-escaped, base64, URL-encoded and gzip-decoded form.
"""

from __future__ import annotations

import base64
import gzip
import json
import secrets
import zlib
from urllib.parse import quote, quote_plus

import anthropic
import openai
import pytest

from tests.conftest import POLICIES, anthropic_client, aws_key_id, launch, openai_client, raw_client

pytestmark = pytest.mark.integration


def forms(value: str) -> set[bytes]:
    """The ways a value could be smuggled into an artefact."""
    raw = value.encode()
    found = {raw, json.dumps(value)[1:-1].encode(), quote(value).encode(), quote_plus(value).encode()}
    for shift in range(3):  # base64 of the value at every alignment inside a longer string
        encoded = base64.b64encode(b"x" * shift + raw)[4 * ((shift + 2) // 3):-4]
        if len(encoded) >= 8:
            found.add(encoded)
    return found


def expand(blob: bytes) -> list[bytes]:
    """A blob and, if it is compressed, what it decompresses to."""
    out = [blob]
    for decompress in (gzip.decompress, zlib.decompress):
        try:
            out.append(decompress(blob))
        except (OSError, zlib.error, EOFError):
            pass
    return out


def leaks(artefacts: dict[str, list[bytes]], canaries: dict[str, str]) -> list[str]:
    """Each canary found in an artefact, in any of its forms, as "name (artefact kind)"."""
    return [
        f"{name} ({kind})"
        for kind, blobs in artefacts.items()
        for blob in blobs
        for name, value in canaries.items()
        for form in forms(value)
        if form in blob
    ]


def test_seeded_values_leak_nowhere(tmp_path_factory, upstream):
    tag = secrets.token_hex(5)
    canaries = {
        "name": f"Zbigniew Canary{tag}ski",
        "email": f"canary.{tag}@hartmann-logistik.de",
        "strategy": f"settle quietly before discovery {tag}",
        "aws_key": aws_key_id(),
        "end_user": f"crm-user-{tag}",
        "query_key": f"AIzaSyCanary{tag}",
    }
    proxy = launch(tmp_path_factory, upstream, POLICIES / "default.yaml")
    upstream.fake.clear()
    exceptions: list[str] = []
    responses: list[bytes] = []
    case = {"Id": "5005g00000AbCdEAAV", "Contact": canaries["name"], "legal_case_strategy__c": canaries["strategy"]}
    try:
        client = openai_client(proxy)
        anthropic_sdk = anthropic_client(proxy)
        attempts = [
            lambda: client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": json.dumps(case)}]),
            lambda: client.chat.completions.create(model="gpt-4o", stream=True,
                                                   messages=[{"role": "user", "content": json.dumps(case)}]),
            lambda: anthropic_sdk.messages.create(model="claude-haiku-4-5", max_tokens=50, messages=[
                {"role": "user", "content": f"Write to {canaries['name']} <{canaries['email']}>"}]),
            lambda: openai_client(proxy, "eu.api.openai.com").chat.completions.create(model="gpt-4o", messages=[
                {"role": "user", "content": f"aws_access_key_id = {canaries['aws_key']}"}]),
        ]
        for attempt in attempts:
            with pytest.raises((openai.PermissionDeniedError, anthropic.PermissionDeniedError)) as caught:
                attempt()
            exceptions += [str(caught.value), repr(caught.value), json.dumps(caught.value.body)]
        # allowed, but the end-user id is a field the policy strips before anything leaves
        client.chat.completions.create(model="gpt-4o", user=canaries["end_user"],
                                       messages=[{"role": "user", "content": "What is a good QBR agenda?"}])
        with raw_client(proxy) as raw:
            for content, headers, url in [
                (gzip.compress(json.dumps({"model": "gpt-4o", "messages": [
                    {"role": "user", "content": json.dumps(case)}]}).encode()), {"content-encoding": "gzip"},
                 "https://api.openai.com/v1/chat/completions"),
                (f'{{"model": "gpt-4o", "messages": [{{"role": "user", "content": "{canaries["strategy"]}"'.encode(), {},
                 "https://api.openai.com/v1/chat/completions"),
                (json.dumps({"contents": [{"parts": [{"text": f"Privileged and confidential: {canaries['strategy']}"}]}]}).encode(),
                 {}, f"https://generativelanguage.googleapis.com/v1beta/models/g:generateContent?key={canaries['query_key']}"),
            ]:
                response = raw.post(url, content=content, headers={"content-type": "application/json", **headers})
                assert response.status_code in (400, 403)
                responses.append(response.content)
    finally:
        proxy.stop()

    artefacts: dict[str, list[bytes]] = {
        "audit log": [proxy.events.read_bytes()],
        "proxy log": [proxy.log.read_bytes()],
        "exceptions": [e.encode() for e in exceptions],
        "block responses": responses,
        "upstream bodies": [b for r in upstream.fake.received for b in expand(r.body)],
        "upstream requests": [f"{r.path}?{r.query} {r.headers}".encode() for r in upstream.fake.received],
    }
    assert artefacts["upstream bodies"], "the allowed request should have reached the upstream"
    assert artefacts["audit log"][0].count(b'"phase":"request"') >= 8
    assert leaks(artefacts, canaries) == []
