"""The endpoint catalog: host matching and request-dependent jurisdictions."""

import pytest

from agent.catalog import Catalog
from agent.yamlfile import ConfigError


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return Catalog.load()


@pytest.mark.parametrize(
    "host, path, model, endpoint, jurisdiction, region",
    [
        ("api.openai.com", "/v1/chat/completions", None, "openai", "US", None),
        ("eu.api.openai.com", "/v1/chat/completions", None, "openai-eu", "EU", None),
        ("API.Anthropic.com.", "/v1/messages", None, "anthropic", "US", None),
        ("api.mistral.ai", "/v1/chat/completions", None, "mistral", "EU", None),
        ("api.deepseek.com", "/chat/completions", None, "deepseek", "CN", None),
        ("generativelanguage.googleapis.com", "/v1beta/models/gemini:generateContent", None, "gemini", "global", None),
        # Bedrock: the host's region, unless an inference profile in the model id says otherwise
        ("bedrock-runtime.eu-central-1.amazonaws.com", "/model/anthropic.claude-v2/invoke", None, "bedrock", "EU", "eu-central-1"),
        ("bedrock-runtime.eu-central-1.amazonaws.com", "/model/us.anthropic.claude-3-5-sonnet-v2:0/invoke", None, "bedrock", "US", "eu-central-1"),
        ("bedrock-runtime.us-east-1.amazonaws.com", "/model/eu.anthropic.claude-3-5-sonnet-v2:0/converse", None, "bedrock", "EU", "us-east-1"),
        ("bedrock-runtime.eu-west-1.amazonaws.com", "/model/global.anthropic.claude-sonnet-4-5:0/converse-stream", None, "bedrock", "global", "eu-west-1"),
        ("bedrock-runtime.eu-west-2.amazonaws.com", "/model/anthropic.claude-v2/invoke", None, "bedrock", "GB", "eu-west-2"),
        ("bedrock-runtime.eu-central-1.amazonaws.com",
         "/model/arn%3Aaws%3Abedrock%3Aeu-central-1%3A123%3Ainference-profile%2Fus.anthropic.claude-x/invoke", None,
         "bedrock", "US", "eu-central-1"),
        # Vertex: regional host, or the location in the path of the global host
        ("europe-west4-aiplatform.googleapis.com", "/v1/projects/p/locations/europe-west4/publishers/google/models/g:generateContent", None, "vertex-ai", "EU", "europe-west4"),
        ("us-central1-aiplatform.googleapis.com", "/v1/projects/p/locations/us-central1/x", None, "vertex-ai", "US", "us-central1"),
        ("aiplatform.googleapis.com", "/v1/projects/p/locations/global/publishers/google/models/g:generateContent", None, "vertex-ai", "global", "global"),
        ("europe-west6-aiplatform.googleapis.com", "/v1/projects/p/locations/europe-west6/x", None, "vertex-ai", "CH", "europe-west6"),
        # Azure: per resource and deployment type
        ("contoso-legal-swc.openai.azure.com", "/openai/deployments/gpt-4o-eu/chat/completions", None, "azure-openai", "EU", "swedencentral"),
        ("contoso-legal-swc.openai.azure.com", "/openai/deployments/other/chat/completions", None, "azure-openai", "EU", "swedencentral"),
        ("contoso-sales-eus.openai.azure.com", "/openai/v1/chat/completions", "gpt-4o", "azure-openai", "global", "eastus"),
        ("not-configured.openai.azure.com", "/openai/deployments/x/chat/completions", None, "azure-openai", "unknown", None),
        ("acme.my.salesforce.com", "/services/data/v62.0/query", None, "salesforce", "unknown", None),
        ("acme--uat.sandbox.lightning.force.com", "/", None, "salesforce", "unknown", None),
    ],
)
def test_destination(catalog, host, path, model, endpoint, jurisdiction, region):
    destination = catalog.destination(host, 443, path, model)
    assert destination is not None
    assert (destination.endpoint_id, destination.jurisdiction, destination.region) == (endpoint, jurisdiction, region)
    assert destination.recipient and destination.transfer_mechanism


@pytest.mark.parametrize(
    "host, port",
    [
        ("api.openai.com.evil.example", 443),  # suffix tricks
        ("evilapi.openai.com", 443),
        ("openai.com", 443),
        ("api.openai.com", 8443),  # only the catalog's ports
        ("my.salesforce.com", 443),  # "*." needs at least one label
        ("bedrock-runtime.amazonaws.com", 443),
        ("", 443),
    ],
)
def test_hosts_outside_the_catalog(catalog, host, port):
    assert catalog.destination(host, port) is None


def test_kinds(catalog):
    assert catalog.entry_for("acme.my.salesforce.com").kind == "crm"
    assert catalog.entry_for("api.anthropic.com").kind == "ai"


def test_local_model_is_a_node_destination(catalog):
    with_local = catalog.with_local_model("http://127.0.0.1:8081/v1")
    destination = with_local.destination("127.0.0.1", 8081)
    assert (destination.kind, destination.jurisdiction, destination.api_format) == ("local-model", "node", "openai")
    assert catalog.destination("127.0.0.1", 8081) is None  # the original catalog is unchanged
    with pytest.raises(ValueError):
        catalog.with_local_model("ftp://model")


def test_bedrock_bodies_are_signed(catalog):
    assert catalog.destination("bedrock-runtime.eu-west-1.amazonaws.com", 443).signed_body
    assert not catalog.destination("api.openai.com", 443).signed_body


def test_broken_catalog_reports_file_and_line(tmp_path):
    path = tmp_path / "endpoints.yaml"
    path.write_text(
        "version: 1\n"
        "endpoints:\n"
        "  - id: openai\n"
        "    kind: ai\n"
        "    provider: openai\n"
        "    hosts: [api.openai.com]\n"
        "    jurisdiction: {from: moon}\n"
        "    recipient: x\n"
        "    transfer_mechanism: y\n"
    )
    with pytest.raises(ConfigError) as err:
        Catalog.load(path)
    assert f"{path}:7:" in str(err.value)
    assert "jurisdiction" in str(err.value)
