"""A simulated Salesforce integration: realistic records sent to LLMs through the official SDKs.

The records look like what an integration gets from the REST API (`attributes`, 15/18
character ids, `__c` custom fields). Every scenario is one SDK call; what happens to it
is decided by the real proxy, not here.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

ACCOUNT = {
    "attributes": {"type": "Account", "url": "/services/data/v62.0/sobjects/Account/0015g00000XyZabAAF"},
    "Id": "0015g00000XyZabAAF",
    "Name": "Hartmann Logistik GmbH",
    "Industry": "Transportation",
    "BillingCity": "Hamburg",
    "AnnualRevenue": 48000000,
    "NumberOfEmployees": 320,
    "Customer_Tier__c": "Gold",
}

CONTACT = {
    "attributes": {"type": "Contact"},
    "Id": "0035g00000Qw3rTAAR",
    "AccountId": "0015g00000XyZabAAF",
    "FirstName": "Marta",
    "LastName": "Kowalczyk",
    "Title": "Head of Procurement",
    "Email": "marta.kowalczyk@hartmann-logistik.de",
    "Phone": "+49 40 3861 2274",
}

PRIVILEGED_CASE = {
    "attributes": {"type": "Case"},
    "Id": "5005g00000AbCdEAAV",
    "CaseNumber": "00041872",
    "Subject": "Warehouse fire - supplier liability dispute",
    "Status": "Escalated",
    "AccountId": "0015g00000XyZabAAF",
    "legal_case_strategy__c": (
        "Outside counsel recommends arguing force majeure; if discovery exposes the sprinkler "
        "maintenance gap, settle below EUR 2.1M before the expert report is filed."
    ),
    "privileged_communication__c": True,
}

OPPORTUNITY = {
    "attributes": {"type": "Opportunity"},
    "Id": "0065g00000LmNoPAAV",
    "Name": "Hartmann - settlement and renewal 2027",
    "StageName": "Negotiation/Review",
    "Amount": 860000,
    "Settlement_Amount__c": 2100000,
    "CloseDate": "2027-01-31",
}

DEBUG_LOG = (
    "12:04:31.221 (22104412)|CALLOUT_REQUEST|[88]|System.HttpRequest[Endpoint=callout:Hartmann_ERP]\n"
    "12:04:31.390 (22273001)|USER_DEBUG|[91]|DEBUG|session=00D5g000004XyZa!AQ4AQFjZ8pQe2Lk9mV7rT3wYb6Nc1"
    "Hs5Df0Gj8Kl2Zx4Cv6Bn9Mq1Wr3Et5Yu7Io0Pa2Sd4Fg6Hj8Kl0Zx2Cv4Bn6Mq8Wr0Et2Yu4\n"
    "12:04:31.402 (22285119)|EXCEPTION_THROWN|[95]|System.CalloutException: Read timed out"
)


def _records(*records: dict[str, Any]) -> str:
    return json.dumps(list(records), indent=1)


@dataclass(frozen=True)
class Scenario:
    title: str
    sdk: str  # openai | anthropic
    host: str
    call: Callable[[Any, Any], Any]  # receives the SDK client and the proxy (agent.demo.stack.ProxyProcess)
    stream: bool = False


class ErrorEvent(Exception):
    """A Realtime API session answered with an `error` event (the SDK yields it, not raises it)."""


def _openai_chat(prompt: str, *, stream: bool = False, model: str = "gpt-4o") -> Callable[[Any, Any], Any]:
    def call(client: Any, proxy: Any) -> Any:
        messages = [
            {"role": "system", "content": "You assist a Salesforce user. Be concise."},
            {"role": "user", "content": prompt},
        ]
        if stream:
            return "".join(
                chunk.choices[0].delta.content or ""
                for chunk in client.chat.completions.create(model=model, messages=messages, max_tokens=120, stream=True)
                if chunk.choices
            )
        return client.chat.completions.create(model=model, messages=messages, max_tokens=120).choices[0].message.content

    return call


def _anthropic_message(prompt: str, *, stream: bool = False) -> Callable[[Any, Any], Any]:
    def call(client: Any, proxy: Any) -> Any:
        kwargs = dict(model="claude-sonnet-4-6", max_tokens=120, system="You assist a Salesforce user.",
                      messages=[{"role": "user", "content": prompt}])
        if stream:
            with client.messages.stream(**kwargs) as events:
                return events.get_final_text()
        return client.messages.create(**kwargs).content[0].text

    return call


def _openai_realtime(prompt: str) -> Callable[[Any, Any], Any]:
    """One user message on a Realtime API session: a WebSocket, not a request body."""
    def call(client: Any, proxy: Any) -> Any:
        options = {"proxy": proxy.url, "ssl": proxy.client_tls()}
        with client.realtime.connect(model="gpt-realtime", websocket_connection_options=options) as connection:
            connection.conversation.item.create(item={"type": "message", "role": "user",
                                                      "content": [{"type": "input_text", "text": prompt}]})
            connection.response.create()
            for event in connection:
                if event.type == "error":
                    raise ErrorEvent(event.error.message)
                if event.type == "response.done":
                    return event.response.output[0].content[0].text
        return None

    return call


SCENARIOS: tuple[Scenario, ...] = (
    Scenario("Account health summary (ids, no personal data)", "openai", "api.openai.com",
             _openai_chat(f"Summarise the account's health for the QBR:\n{_records(ACCOUNT)}")),
    Scenario("Harmless question, streamed", "anthropic", "api.anthropic.com",
             _anthropic_message("Give me three tips for writing a clear support case summary.", stream=True),
             stream=True),
    Scenario("Case with legal_case_strategy__c for a summary", "openai", "api.openai.com",
             _openai_chat(f"Summarise this escalated case for the account team:\n{_records(PRIVILEGED_CASE)}")),
    Scenario("Counsel's strategy note via Anthropic, streamed", "anthropic", "api.anthropic.com",
             _anthropic_message(f"Draft talking points for counsel from this case:\n{_records(PRIVILEGED_CASE)}",
                                stream=True), stream=True),
    Scenario("Same Case to OpenAI's EU data-residency host", "openai", "eu.api.openai.com",
             _openai_chat(f"Summarise this escalated case for the account team:\n{_records(PRIVILEGED_CASE)}")),
    Scenario("Follow-up e-mail to a Contact", "anthropic", "api.anthropic.com",
             _anthropic_message(f"Draft a friendly follow-up e-mail to this contact:\n{_records(CONTACT)}")),
    Scenario("Opportunity with Settlement_Amount__c, streamed", "openai", "api.openai.com",
             _openai_chat(f"Write the forecast note for this deal:\n{_records(OPPORTUNITY)}", stream=True),
             stream=True),
    Scenario("Apex debug log with a session id", "openai", "api.openai.com",
             _openai_chat(f"Why does this callout time out?\n{DEBUG_LOG}", model="gpt-4o-mini")),
    Scenario("Voice assistant: the Case on a Realtime WebSocket", "openai", "api.openai.com",
             _openai_realtime(f"Brief me on this case before my call:\n{_records(PRIVILEGED_CASE)}")),
    Scenario("Shadow AI endpoint not in the catalog", "openai", "api.shadow-ai.example",
             _openai_chat("What is the capital of France?")),
)
