"""Gateway configuration and tokens without a running proxy: every mistake is a clear error."""

from __future__ import annotations

import json
import time
from pathlib import Path

import jsonschema
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from agent.catalog import POLICY_DIR, Catalog
from agent.gateway import tokens
from agent.gateway.config import GATEWAY_SCHEMA, load_gateway_config
from agent.gateway.keys import KeyUnavailable, ProviderKey
from agent.yamlfile import ConfigError, load_yaml

CATALOG = Catalog.load()


def test_the_shipped_example_loads(tmp_path):
    example = POLICY_DIR / "gateway" / "gateway.example.yaml"
    schema = json.loads(GATEWAY_SCHEMA.read_text())
    jsonschema.Draft202012Validator.check_schema(schema)  # a reference implementation agrees with ours
    jsonschema.validate(load_yaml(example).data, schema)
    text = example.read_text().replace("/etc/embargo", str(tmp_path))
    (tmp_path / "gateway" / "token-keys").mkdir(parents=True)
    (tmp_path / "gateway" / "token-keys" / "k.pem").write_bytes(tokens.new_signing_key()[1])
    (tmp_path / "gateway" / "revoked").write_text("")
    (tmp_path / "gateway.yaml").write_text(text)
    config = load_gateway_config(tmp_path / "gateway.yaml", CATALOG)
    assert [r.id for r in config.routes] == ["openai-eu", "anthropic", "openai"]  # longest prefix first
    route, rest = config.route_for("/openai-eu/v1/chat/completions")
    assert route.host == "eu.api.openai.com" and rest == "/v1/chat/completions"
    assert config.route_for("/openai-european/v1") is None
    assert config.routes[1].key_header == "x-api-key" and config.routes[2].key_value("k") == "Bearer k"
    assert list(config.clients) == ["3a7f10c25b94e8016d2eaf47901c88b3650df2197ac45e23b89f06d14c72e5aa"]


@pytest.mark.parametrize("routes, message", [
    ("  - {id: x, path: /x, upstream: https://example.com, key_file: k}", "not an AI endpoint of the catalog"),
    ("  - {id: x, path: /x, upstream: https://acme.my.salesforce.com, key_file: k}", "not an AI endpoint"),
    ("  - {id: x, path: /x, upstream: 'http://api.openai.com:443', key_file: k}", "plain http is allowed only"),
    ("  - {id: x, path: /x, upstream: https://api.openai.com}", "can only forward callers' own keys"),
    ("  - {id: x, path: /x, upstream: https://api.openai.com, key_file: k, caller_keys: maybe}", "expected one of"),
    ("  - {id: x, path: /x, upstream: https://api.openai.com, key_file: k}\n"
     "  - {id: x, path: /y, upstream: https://api.openai.com, key_file: k}", "used twice"),
])
def test_route_mistakes_are_reported_with_their_line(tmp_path, routes, message):
    path = tmp_path / "gateway.yaml"
    path.write_text("apiVersion: embargo.dev/v1\nkind: Gateway\nclients:\n"
                    f"  - {{cert_sha256: '{'ab' * 32}', identity: i, tenant: t, scope: [x]}}\nroutes:\n{routes}\n")
    with pytest.raises(ConfigError) as caught:
        load_gateway_config(path, CATALOG)
    assert message in str(caught.value) and f"{path}:" in str(caught.value)


def test_callers_must_have_a_way_to_authenticate(tmp_path):
    path = tmp_path / "gateway.yaml"
    path.write_text("apiVersion: embargo.dev/v1\nkind: Gateway\nroutes:\n"
                    "  - {id: x, path: /x, upstream: https://api.openai.com, key_file: k}\n")
    with pytest.raises(ConfigError, match="no way for callers to authenticate"):
        load_gateway_config(path, CATALOG)


def test_tokens_verify_only_as_issued():
    signing = Ed25519PrivateKey.generate()
    verifier = tokens.TokenVerifier({tokens.key_id(signing.public_key()): signing.public_key()}, 3600, {"revoked-id"})
    value, claims = tokens.issue(signing, "job", "acme", ["openai", "openai"], 600)
    assert verifier.verify(value) == claims and claims.scope == ("openai",)
    other = Ed25519PrivateKey.generate()
    foreign, _ = tokens.issue(other, "job", "acme", ["openai"], 600)
    future, _ = tokens.issue(signing, "job", "acme", ["openai"], 600, now=time.time() + 600)
    for bad, reason in [(foreign, "unknown key"), (future, "in the future"), (value[:-4] + "AAAA", "signature"),
                        ("emb1.e30.AA", "malformed")]:
        with pytest.raises(tokens.TokenError, match=reason):
            verifier.verify(bad)
    with pytest.raises(tokens.TokenError) as caught:
        verifier.verify(foreign)
    assert foreign not in str(caught.value) and "job" not in str(caught.value)


def test_a_provider_key_never_shows_in_its_repr_or_errors(tmp_path):
    path = tmp_path / "openai"
    path.write_text("sk-secret-value\n")
    key = ProviderKey(path)
    assert key.value() == "sk-secret-value" and "sk-secret" not in repr(key)
    path.write_text("sk-secret-value\nsecond line\n")
    with pytest.raises(KeyUnavailable) as caught:
        key.value()
    assert "sk-secret" not in str(caught.value) and str(path) in str(caught.value)
    with pytest.raises(KeyUnavailable, match="No such file"):
        ProviderKey(Path(tmp_path / "missing")).value()


def test_tenant_selectors_protect_and_select_gateway_callers(tmp_path):
    from agent.catalog import Catalog as _Catalog
    from agent.policy.analysis import protected_sample
    from agent.policy.engine import Identity, RequestContext, decide
    from agent.policy.model import load_policy
    from classifier.classification import Classification, Label
    from tests.gateway_stack import GATEWAY_POLICY

    path = tmp_path / "policy.yaml"
    path.write_text(GATEWAY_POLICY)
    policy = load_policy(path)
    destination = _Catalog.load().destination("api.openai.com", 443)
    public = Classification(Label.PUBLIC, 1.0)

    def rule_for(identity: Identity) -> str:
        return decide(RequestContext(identity, "api.openai.com", destination, "chat"), public, policy).rule_id

    assert rule_for(Identity("10.0.0.1", user="crm-sync", tenant="acme-eu")) == "eu-tenants-stay-sovereign"
    assert rule_for(Identity("10.0.0.1", user="crm-sync", tenant="acme-us")) == "builtin:default"
    assert rule_for(Identity("10.0.0.1")) == "builtin:unprotected"  # no tenant: not a gateway caller
    assert protected_sample(policy) == Identity(None, tenant="x")


def test_serve_with_a_broken_configuration_exits_2_with_the_line(tmp_path):
    import subprocess
    import sys

    config = tmp_path / "gateway.yaml"
    config.write_text("apiVersion: embargo.dev/v1\nkind: Gateway\nroutes:\n"
                      "  - {id: x, path: /x, upstream: https://example.com, key_file: k}\n")
    done = subprocess.run([sys.executable, "-m", "agent.cli", "gateway", "serve", "--config", str(config),
                           "--tls-cert", str(tmp_path / "none.pem"), "--listen", "127.0.0.1:0",
                           "--policy", str(POLICY_DIR / "default.yaml"), "--events", str(tmp_path / "audit.jsonl")],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert f"{config}:4: upstream example.com:443 is not an AI endpoint of the catalog" in done.stderr
    assert "Traceback" not in done.stderr
