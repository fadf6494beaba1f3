"""`embargo demo`: the real proxy between a simulated CRM integration and a fake provider.

Real: mitmproxy, Embargo's addon, adapters, classifier, policy engine and audit log, and
the official `openai` and `anthropic` SDKs, and the on-node model that answers redirected
requests (llama.cpp's server running a tiny model generated on the spot: its answers are
gibberish, point it at a real GGUF file for real ones). Simulated: the AI providers (a
loopback fake speaking their wire formats; the internet's providers cannot be reached
from here) and the Salesforce integration that calls them. Every row of the table is read
back from the audit log the proxy wrote, not from this script.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from agent.audit import read_new
from agent.audit_verify import verify
from agent.catalog import POLICY_DIR
from agent.demo.crm import SCENARIOS, ErrorEvent, Scenario
from agent.demo.fake_provider import FakeProvider
from agent.demo.local_model import LocalModelServer, llama_server_available, start_local_model
from agent.demo.pki import make_pki
from agent.demo.stack import FAKE_HOSTS, ProxyProcess, start_proxy
from agent.redaction_keys import write_key_file

DEMO_POLICY = POLICY_DIR / "default.yaml"
_COLOURS = {"allow": "\033[32m", "block": "\033[31;1m", "redirect": "\033[36;1m", "dim": "\033[2m", "end": "\033[0m"}


def _paint(text: str, colour: str) -> str:
    return f"{_COLOURS[colour]}{text}{_COLOURS['end']}" if sys.stdout.isatty() else text


@dataclass
class Outcome:
    """What the SDK did with the call: returned `reply`, or raised (`error`, as the demo shows it)."""

    reply: str | None = None
    error: str = ""

    def describe(self, action: str | None = None) -> str:
        if self.reply is None:
            return self.error
        if action == "redirect":
            # The demo's on-node model has random weights (agent.demo.local_model): its reply is
            # real llama.cpp output through the SDK, but its words are noise, not worth printing.
            return (f"SDK got the on-node model's reply ({len(self.reply)} characters; "
                    "the demo's tiny model has random weights, so its words are noise)")
        return f"SDK got a reply: {self.reply[:60]!r}"


def run_demo(workdir: Path | None = None, policy: Path = DEMO_POLICY) -> int:
    if workdir is None:
        work = Path(tempfile.mkdtemp(prefix="embargo-demo-"))
    else:
        shutil.rmtree(workdir, ignore_errors=True)
        workdir.mkdir(parents=True)
        work = workdir
    print(__doc__.split("\n\n", 1)[1].strip(), end="\n\n")
    pki = make_pki(work / "fake-provider-pki", FAKE_HOSTS, ca_name="Embargo demo: fake provider CA")
    local = _start_local_model(work)
    with FakeProvider(pki) as fake:
        keys = work / "redaction.keys"  # a throwaway tenant key: policies with `redact` rules work too
        write_key_file(keys, [("demo", "*")])
        extra = ["--redact-keys", str(keys)]
        if local:
            extra += ["--local-model", local.base_url, "--local-model-key-file", str(local.key_file),
                      "--local-model-weights", str(local.model)]
        proxy = start_proxy(work / "proxy", policy, fake.port, pki.ca_cert, extra_args=extra)
        try:
            print(f"proxy:          embargo proxy on {proxy.url} (policy {policy})")
            print(f"fake providers: https://127.0.0.1:{fake.port} answering as {', '.join(FAKE_HOSTS[:3])}, ...")
            if local:
                print(f"on-node model:  llama.cpp server on {local.base_url} serving {local.model.name} (key required; "
                      "random weights generated for the demo, so its answers are noise)")
            print()
            _run_scenarios(proxy)
            reached = len(fake.received)
        finally:
            proxy.stop()
            if local:
                local.stop()
    report = verify(proxy.events)
    print()
    print(f"Decision events (hash-chained audit log): {proxy.events}")
    print(f"  {report.records} records, chain {'intact' if report.ok else 'BROKEN'}"
          f"  (check it yourself: embargo audit verify {proxy.events})")
    print(f"Proxy log: {proxy.log}")
    print(f"The fake providers received {reached} request(s): only the allowed ones. Blocked and redirected "
          "requests never left the proxy; redirected ones were answered by the on-node model.")
    if workdir is None:
        print(f"\nThe demo's files stay in {work} (delete it when done).")
    return 0 if report.ok else 1


def _start_local_model(work: Path) -> LocalModelServer | None:
    if not llama_server_available():
        print("on-node model: llama.cpp server not installed (pip install -e '.[local-model]', see README);\n"
              "               requests the policy redirects are blocked instead.\n")
        return None
    return start_local_model(work / "local-model")


def _run_scenarios(proxy: ProxyProcess) -> None:
    header = f"{'#':>2}  {'scenario':<50} {'destination':<34} {'label':<13} {'decision':<9} rule"
    print(header)
    print("-" * len(header))
    offset = 0
    for number, scenario in enumerate(SCENARIOS, start=1):
        outcome = _call(scenario, proxy)
        events, offset = read_new(proxy.events, offset)
        # On a WebSocket the upgrade is allowed and its messages are decided: show the one refused.
        refused = (e for e in events if e.get("phase") == "message" and e["decision"]["enforced_action"] != "allow")
        decision = next(refused, None) or next((e for e in events if e.get("phase") in ("request", "connect")), None)
        _print_row(number, scenario, decision, outcome)


def _call(scenario: Scenario, proxy: ProxyProcess) -> Outcome:
    client = _client(scenario, proxy)
    try:
        reply = scenario.call(client, proxy)
        return Outcome(reply=str(reply))
    except ErrorEvent as event:
        return Outcome(error=f"SDK got an error event: {event}")
    except Exception as err:  # noqa: BLE001 - the SDK's exception is what the demo shows
        status = getattr(err, "status_code", None)
        return Outcome(error=f"SDK raised {type(err).__name__}{f' ({status})' if status else ''}: {_error_message(err)}")


def _error_message(err: Exception) -> str:
    """The provider-shaped message: anthropic's `body` is the whole error document, openai's its "error" member."""
    body = getattr(err, "body", None)
    error = body.get("error", body) if isinstance(body, dict) else None
    return str(error["message"]) if isinstance(error, dict) and "message" in error else str(err)


def _client(scenario: Scenario, proxy: ProxyProcess) -> Any:
    if scenario.sdk == "openai":
        import openai

        return openai.OpenAI(
            api_key="sk-demo-placeholder", base_url=f"https://{scenario.host}/v1", max_retries=0,
            http_client=openai.DefaultHttpxClient(proxy=proxy.url, verify=proxy.client_tls()),
        )
    import anthropic

    return anthropic.Anthropic(
        api_key="sk-ant-demo-placeholder", base_url=f"https://{scenario.host}", max_retries=0,
        http_client=anthropic.DefaultHttpxClient(proxy=proxy.url, verify=proxy.client_tls()),
    )


def _print_row(number: int, scenario: Scenario, event: dict[str, Any] | None, outcome: Outcome) -> None:
    if event is None:
        print(f"{number:>2}  {scenario.title[:50]:<50} (no decision recorded)  {outcome.describe()}")
        return
    destination = event.get("destination") or {}
    where = f"{event['host']} ({destination.get('jurisdiction', 'unlisted')})"
    classification = event.get("classification") or {}
    decision = event["decision"]
    action = decision["enforced_action"]
    findings = ", ".join(f"{f['detector']} ({f['count']})" for f in classification.get("findings", [])) or "none"
    print(f"{number:>2}  {scenario.title[:50]:<50} {where[:34]:<34} {classification.get('label', '-'):<13} "
          f"{_paint(f'{action.upper():<9}', action if action in _COLOURS else 'dim')} {decision['rule']}")
    detail = f"findings: {findings}" if classification else f"reason: {'; '.join(decision['reasons'])}"
    print(_paint(f"    {detail}", "dim"))
    for match in decision.get("audit_matches", []):
        print(_paint(f"    audit mode: rule {match['rule']} would {match['action']} this request", "dim"))
    print(_paint(f"    {outcome.describe(action)}", "dim"))
