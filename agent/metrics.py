"""Prometheus metrics. Labels are bounded (actions, rule ids, providers, labels, configured
sink names, alert rule ids) and never carry payload data, hosts of unlisted destinations,
users or pod names.

The proxy serves its metrics on `--metrics`. The sink forwarder (a separate process, see
`agent/sinks/forwarder.py`) keeps the sink and alert metrics (`FORWARDER_METRICS`); when
the proxy started it, they are served on the proxy's `/metrics` too (one scrape target
per node, `agent/sinks/metrics_relay.py`); a forwarder run on its own serves them on its
config's `metrics:` address. `deploy/prometheus/` holds the alerts and the Grafana dashboard."""

from __future__ import annotations

from typing import TYPE_CHECKING

from prometheus_client import Counter, Gauge, Histogram

from agent.policy.engine import FAIL_CLOSED

if TYPE_CHECKING:
    from agent.events import DecisionEvent
    from agent.policy.model import Policy

DECISIONS = Counter(
    "embargo_decisions_total",
    "Decisions on requests and connections to AI endpoints.",
    ["phase", "action", "enforced_action", "rule", "mode", "provider", "label"],
)
AUDIT_MATCHES = Counter(
    "embargo_audit_matches_total",
    "Rules in audit mode that matched: what they would have done (the canary's counter).",
    ["rule", "action"],
)
FAIL_CLOSED_TOTAL = Counter("embargo_fail_closed_total", "Requests refused because inspection or recording failed.", ["reason"])
REFUSED_CONNECTIONS = Counter("embargo_refused_connections_total", "Upstream connections refused.", ["reason"])
INSPECTION_SECONDS = Histogram(
    "embargo_inspection_seconds",
    "Time to decode, parse and classify one request body.",
    buckets=(0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1.0, 5.0),
)
AUDIT_SECONDS = Histogram(
    "embargo_audit_write_seconds",
    "Time until a decision record is durable (group commit included).",
    buckets=(0.0001, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.5),
)
REDACTIONS = Counter(
    "embargo_redactions_total",
    "Redact decisions by outcome (redacted, fallback, decided_again, fail_closed) and reason code.",
    ["outcome", "reason"],
)
RESTORED_PLACEHOLDERS = Counter(
    "embargo_restored_placeholders_total",
    "Placeholders met in answers to redacted requests: restored, unknown (invented or mangled), withheld.",
    ["result"],
)
INTERCEPTION_CA_EXPIRY = Gauge(
    "embargo_interception_ca_expiry_timestamp_seconds", "When the interception CA in use expires (Unix time).")
GATEWAY_REQUESTS = Counter(
    "embargo_gateway_requests_total", "Gateway requests by route, caller authentication and outcome.",
    ["route", "auth", "outcome"],
)

ADDED_LATENCY = Histogram(
    "embargo_added_latency_seconds",
    "Latency Embargo added before a request could leave or be answered (inspection, decision, audit).",
    ["provider"],
    buckets=(0.0005, 0.001, 0.002, 0.003, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1.0, 5.0),
)
BYTES = Counter("embargo_bytes_total", "Body bytes to (out) and from (in) AI endpoints.", ["direction", "provider"])
# Fed by the eBPF readers (kernel enforcement, TLS visibility): events read from their ring buffers, and those dropped.
EBPF_EVENTS = Counter("embargo_ebpf_events_total", "eBPF events received.", ["program"])
EBPF_LOST = Counter("embargo_ebpf_lost_events_total", "eBPF events lost (ring buffer full).", ["program"])


class EbpfLost:
    """Feeds embargo_ebpf_lost_events_total from a program's own (ever-growing) lost counter."""

    def __init__(self, program: str, seen: int = 0):
        self.program = program
        self.seen = seen  # a pinned counter's value when this process started: counted by an earlier one

    def update(self, total: int) -> None:
        if total > self.seen:
            EBPF_LOST.labels(program=self.program).inc(total - self.seen)
            self.seen = total


def observe_response(provider: str, bytes_in: int) -> None:
    BYTES.labels(direction="in", provider=provider).inc(bytes_in)


def observe_decision(event: DecisionEvent) -> None:
    decision = event.decision
    if decision is None:
        return
    provider = event.destination.provider if event.destination else "unlisted"
    if event.request is not None:
        BYTES.labels(direction="out", provider=provider).inc(event.request.bytes_out)
    if event.inspection_ms is not None:
        ADDED_LATENCY.labels(provider=provider).observe(event.inspection_ms / 1000)
    DECISIONS.labels(
        phase=event.phase,
        action=decision.action,
        enforced_action=decision.enforced_action,
        rule=decision.rule_id,
        mode=decision.mode,
        provider=provider,
        label=str(event.classification.label) if event.classification else "none",
    ).inc()
    for match in decision.audit_matches:
        AUDIT_MATCHES.labels(rule=match.rule_id, action=match.action).inc()
    if decision.rule_id == FAIL_CLOSED:
        FAIL_CLOSED_TOTAL.labels(reason=event.error or "unknown").inc()
    if event.redaction is not None:
        REDACTIONS.labels(outcome=event.redaction["outcome"], reason=event.redaction.get("reason", "")).inc()
    elif event.error == "redaction_key_missing":
        REDACTIONS.labels(outcome="fail_closed", reason="key_missing").inc()


def observe_restore(counts: dict[str, int]) -> None:
    for result, count in counts.items():
        if count:
            RESTORED_PLACEHOLDERS.labels(result=result).inc(count)


# --- policy hot reload (agent/policy/reload.py) ---------------------------------------
POLICY_RELOADS = Counter("embargo_policy_reloads_total", "Policy reload attempts.", ["result"])  # applied | refused
POLICY_RELOAD_OK = Gauge(
    "embargo_policy_reload_ok", "0 while the policy on disk was refused (the last good one stays in force), else 1.")
POLICY_INFO = Gauge("embargo_policy_info", "The policy in force (value 1).", ["name", "version", "sha256"])


def set_policy_in_force(policy: Policy, previous: Policy | None = None) -> None:
    if previous is not None:
        try:
            POLICY_INFO.remove(previous.name, previous.version, previous.digest[:12])
        except KeyError:
            pass
    POLICY_INFO.labels(name=policy.name, version=policy.version, sha256=policy.digest[:12]).set(1)
    POLICY_RELOAD_OK.set(1)


# --- sinks and alerting (the forwarder process; labels: configured sink names, alert rule ids) ---

SINK_QUEUE_DEPTH = Gauge("embargo_sink_queue_depth", "Events spooled for a sink and not yet delivered.", ["sink"])
SINK_SPOOL_BYTES = Gauge("embargo_sink_spool_bytes", "Bytes in a sink's on-disk spool.", ["sink"])
SINK_UP = Gauge("embargo_sink_up", "1 while a sink accepts deliveries, 0 while its sender backs off.", ["sink"])
SINK_DELIVERED = Counter("embargo_sink_delivered_total", "Events delivered to a sink.", ["sink"])
SINK_SEND_FAILURES = Counter("embargo_sink_send_failures_total", "Failed delivery attempts to a sink.", ["sink"])
SINK_DROPPED = Counter(
    "embargo_sink_dropped_total",
    "Events a sink lost: its spool was full, it rejected a batch for good, or the record could not be rendered "
    "in its format (the audit log keeps them).",
    ["sink", "why"],
)
ALERTS = Counter("embargo_alerts_total", "Alerts raised.", ["rule", "severity"])
FORWARDER_LAG = Gauge("embargo_forwarder_lag_bytes", "Audit log bytes not yet read by the sink forwarder.")
FORWARDER_UNREADABLE = Counter(
    "embargo_forwarder_unreadable_records_total", "Audit log lines the sink forwarder could not read as records.")
FORWARDER_LAG_SECONDS = Gauge(
    "embargo_forwarder_lag_seconds",
    "Age of the oldest audit record not yet spooled for every sink or not yet delivered to a sink that is up "
    "(0 when caught up).")
FORWARDER_LAG_BUDGET = Gauge(
    "embargo_forwarder_lag_budget_seconds",
    "The lag the forwarder tolerates on spare CPU (SCHED_IDLE) before it takes a niced share (SCHED_BATCH).")
FORWARDER_ESCALATED = Gauge(
    "embargo_forwarder_escalated", "1 while the forwarder runs at nice 10 SCHED_BATCH to catch up, 0 on SCHED_IDLE.")
FORWARDER_ESCALATIONS = Counter(
    "embargo_forwarder_escalations_total", "Times the forwarder lagged beyond its budget and left SCHED_IDLE.")
FORWARDER_ESCALATION_REFUSED = Gauge(
    "embargo_forwarder_escalation_refused",
    "1 if the kernel would not let the forwarder leave SCHED_IDLE (no CAP_SYS_NICE, RLIMIT_NICE below 10): "
    "it then stays at nice 10 SCHED_BATCH throughout.")
FORWARDER_METRICS = (SINK_QUEUE_DEPTH, SINK_SPOOL_BYTES, SINK_UP, SINK_DELIVERED, SINK_SEND_FAILURES, SINK_DROPPED,
                     ALERTS, FORWARDER_LAG, FORWARDER_UNREADABLE, FORWARDER_LAG_SECONDS, FORWARDER_LAG_BUDGET,
                     FORWARDER_ESCALATED, FORWARDER_ESCALATIONS, FORWARDER_ESCALATION_REFUSED)

# The on-node model that redirected requests are answered by.
LOCAL_MODEL_UP = Gauge("embargo_local_model_up", "1 if the on-node model's last health check or answer succeeded, else 0.")
REDIRECTS = Counter("embargo_redirects_total", "Requests redirected to the on-node model, by outcome.", ["outcome"])
