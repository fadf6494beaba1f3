"""Render a `FlowReport` as one self-contained HTML page (inline CSS and SVG, no scripts).

Written for a data-protection officer: plain words, a picture of who sends data where,
and per destination what a GDPR Art. 30 record of processing needs.
"""

from __future__ import annotations

import math
from datetime import UTC, datetime
from html import escape
from pathlib import Path

from agent.report.flows import FlowReport, Volume

SOVEREIGN = frozenset({"EU", "EEA", "node"})
CSS = (Path(__file__).with_name("report.css")).read_text()

# Data categories in words, by detector id prefix (most specific first).
CATEGORIES = {
    "pii.email": "e-mail addresses (personal data)",
    "pii.phone": "phone numbers (personal data)",
    "pii.iban": "bank account numbers (financial data)",
    "pii.payment_card": "payment card numbers (financial data)",
    "pii.us_ssn": "national identification numbers",
    "salesforce.record_id": "CRM record identifiers",
    "salesforce.org_id": "CRM tenant identifiers",
    "salesforce.custom_field": "CRM custom fields",
    "salesforce.sensitive_field": "CRM fields the policy marks sensitive",
    "legal.privilege_marker": "legally privileged communication",
    "legal.litigation_marker": "litigation material",
    "secret.": "credentials (API keys, tokens, private keys)",
}


def category(detector: str) -> str:
    for prefix, words in CATEGORIES.items():
        if detector == prefix or (prefix.endswith(".") and detector.startswith(prefix)):
            return words
    return detector


def render(report: FlowReport, *, controller: str = "", purpose: str = "", retention: str = "",
           title: str = "Embargo data-flow report") -> str:
    generated = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(title)}</title><style>{CSS}</style></head><body>",
        f"<header><h1>{escape(title)}</h1>",
        f'<p class="period">Period covered: <b>{_day(report.first)}</b> to <b>{_day(report.last)}</b> '
        f"&middot; {report.records} audit records &middot; generated {generated}</p>",
        f"<p>Controller: {escape(controller) or '<i>not stated</i>'}</p></header>",
        _summary(report),
        "<section><h2>Where data went</h2>",
        "<p>Each line is data sent by a workload to an AI service (left to middle) and where that service is "
        "located (right). Thicker lines carry more requests; red lines include requests Embargo blocked.</p>",
        graph_svg(report),
        "</section>",
        _art30(report, purpose, retention),
        _workloads(report),
        _policies(report),
        "<footer><p>Source: the node's hash-chained audit log. Check it has not been altered with "
        "<code>embargo audit verify</code> before relying on this report. The log holds no message "
        "content: categories are what Embargo's detectors found, not the data itself.</p></footer>",
        "</body></html>",
    ]
    return "\n".join(parts)


def _summary(report: FlowReport) -> str:
    total = Volume()
    for volume in report.by_destination.values():
        for name in ("requests", "allowed", "blocked", "other", "bytes_out", "bytes_in"):
            setattr(total, name, getattr(total, name) + getattr(volume, name))
    abroad = sum(1 for d in report.destinations.values() if d.jurisdiction not in SOVEREIGN)
    cards = [
        ("requests", total.requests), ("allowed", total.allowed), ("blocked", total.blocked),
        ("workloads", len(report.by_workload)), ("destinations", len(report.destinations)),
        ("outside EU/EEA", abroad), ("data sent", _bytes(total.bytes_out)), ("incidents", report.incidents),
    ]
    cells = "".join(f'<div class="card"><div class="value">{escape(str(v))}</div><div>{escape(k)}</div></div>'
                    for k, v in cards)
    return f'<section class="cards">{cells}</section>'


def graph_svg(report: FlowReport, max_nodes: int = 40) -> str:
    """Workloads -> AI endpoints -> jurisdictions, edges sized by requests."""
    workloads = [w for w, _ in sorted(report.by_workload.items(), key=lambda kv: -kv[1].requests)][:max_nodes]
    hosts = [h for h, _ in sorted(report.by_destination.items(), key=lambda kv: -kv[1].requests)][:max_nodes]
    jurisdictions = sorted({report.destinations[h].jurisdiction for h in hosts})
    rows = max(len(workloads), len(hosts), len(jurisdictions), 1)
    height, width = 60 + rows * 56, 1100
    columns = {"workload": 140, "host": 550, "jurisdiction": 950}

    def ys(count: int) -> list[float]:
        step = (height - 60) / count if count else 0
        return [40 + step * (i + 0.5) for i in range(count)]

    pos = {("workload", w): (columns["workload"], y) for w, y in zip(workloads, ys(len(workloads)))}
    pos |= {("host", h): (columns["host"], y) for h, y in zip(hosts, ys(len(hosts)))}
    pos |= {("jurisdiction", j): (columns["jurisdiction"], y) for j, y in zip(jurisdictions, ys(len(jurisdictions)))}
    most = max((v.requests for v in report.flows.values()), default=1)
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" class="graph" viewBox="0 0 {width} {height}" '
           f'width="{width}" height="{height}" role="img" aria-label="Data flows from workloads to AI endpoints">']
    out.append('<text x="140" y="22" class="col">Workloads</text><text x="550" y="22" class="col">AI endpoints</text>'
               '<text x="950" y="22" class="col">Jurisdictions</text>')
    for (workload, host), volume in sorted(report.flows.items()):
        if ("workload", workload) not in pos or ("host", host) not in pos:
            continue
        out.append(_edge(pos[("workload", workload)], pos[("host", host)], volume, most,
                         f"{workload} to {host}: {volume.requests} requests, {volume.blocked} blocked"))
    for host in hosts:
        volume = report.by_destination[host]
        jurisdiction = report.destinations[host].jurisdiction
        out.append(_edge(pos[("host", host)], pos[("jurisdiction", jurisdiction)], volume, most,
                         f"{host} is in {jurisdiction}"))
    for (kind, name), (x, y) in pos.items():
        if kind == "workload":
            volume, sub = report.by_workload[name], ""
        elif kind == "host":
            volume, info = report.by_destination[name], report.destinations[name]
            sub = f"{info.provider} · {info.region or info.jurisdiction}"
        else:
            volume, sub = report.jurisdictions[name], "sovereign" if name in SOVEREIGN else "third country"
        css = "node" + (" abroad" if kind == "jurisdiction" and name not in SOVEREIGN else "")
        label = f"{volume.requests} req · {volume.blocked} blocked" if kind != "jurisdiction" else sub
        out.append(
            f'<g class="{css}" data-kind="{kind}" data-name="{escape(name)}">'
            f'<rect x="{x - 120}" y="{y - 20}" width="240" height="40" rx="8"/>'
            f'<text x="{x}" y="{y - 3}" class="name">{escape(_short(name))}</text>'
            f'<text x="{x}" y="{y + 13}" class="sub">{escape(label if kind != "host" else sub)}</text></g>'
        )
    out.append("</svg>")
    return "".join(out)


def _edge(a: tuple[float, float], b: tuple[float, float], volume: Volume, most: int, title: str) -> str:
    (x1, y1), (x2, y2) = (a[0] + 120, a[1]), (b[0] - 120, b[1])
    widthpx = 1.5 + 8 * math.log1p(volume.requests) / math.log1p(max(most, 1))
    css = "edge blocked" if volume.blocked else "edge"
    mid = (x1 + x2) / 2
    return (f'<path class="{css}" d="M{x1:.1f},{y1:.1f} C{mid:.1f},{y1:.1f} {mid:.1f},{y2:.1f} {x2:.1f},{y2:.1f}" '
            f'stroke-width="{widthpx:.1f}"><title>{escape(title)}</title></path>')


def _art30(report: FlowReport, purpose: str, retention: str) -> str:
    rows = []
    for host, info in sorted(report.destinations.items(), key=lambda kv: -report.by_destination[kv[0]].requests):
        volume = report.by_destination[host]
        abroad = info.jurisdiction not in SOVEREIGN
        sent = sorted({category(d) for d in volume.detectors}) or ["none detected"]
        stopped = sorted({category(d) for d in volume.detectors_blocked})
        labels = ", ".join(f"{label} {count}" for label, count in sorted(volume.labels.items()))
        rows.append(
            "<tr>"
            f"<td><b>{escape(host)}</b><br><small>{escape(info.provider)} ({escape(info.kind)})</small></td>"
            f"<td>{escape(info.recipient)}</td>"
            f'<td class="{"abroad" if abroad else "ok"}">{escape(info.jurisdiction)}'
            f"{' / ' + escape(info.region) if info.region else ''}<br><small>"
            f"{'third-country transfer' if abroad else 'no third-country transfer'}</small></td>"
            f"<td>{escape(info.transfer_mechanism) if abroad else 'not needed'}</td>"
            f"<td>{escape(purpose) or '<i>not stated</i>'}</td>"
            f"<td>{'<br>'.join(escape(s) for s in sent)}"
            f"{'<br><small>stopped: ' + escape(', '.join(stopped)) + '</small>' if stopped else ''}</td>"
            f"<td>{volume.allowed} allowed, {volume.blocked} blocked{', ' + str(volume.other) + ' other' if volume.other else ''}"
            f"<br><small>{_bytes(volume.bytes_out)} sent · labels: {escape(labels)}</small>"
            f"{'<br><small>' + str(len(volume.records_left)) + ' distinct CRM records left</small>' if volume.records_left else ''}</td>"
            "</tr>"
        )
    return (
        "<section><h2>Record of processing per destination (GDPR Art. 30)</h2>"
        f"<p>Retention of this audit log: {escape(retention) or '<i>not stated</i>'}.</p>"
        '<table class="art30"><thead><tr><th>Destination</th><th>Recipient</th><th>Jurisdiction</th>'
        "<th>Transfer mechanism</th><th>Purpose</th><th>Data categories sent</th><th>Requests</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table></section>"
    )


def _workloads(report: FlowReport) -> str:
    rows = []
    for workload, volume in sorted(report.by_workload.items(), key=lambda kv: -kv[1].requests):
        hosts = sorted(h for (w, h) in report.flows if w == workload)
        rows.append(
            f"<tr><td><b>{escape(workload)}</b></td><td>{'<br>'.join(escape(h) for h in hosts)}</td>"
            f"<td>{volume.requests}</td><td>{volume.allowed}</td><td>{volume.blocked}</td>"
            f"<td>{_bytes(volume.bytes_out)}</td><td>{_bytes(volume.bytes_in)}</td></tr>"
        )
    return (
        "<section><h2>Per workload</h2><table><thead><tr><th>Workload</th><th>Destinations</th><th>Requests</th>"
        "<th>Allowed</th><th>Blocked</th><th>Sent</th><th>Received</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table></section>"
    )


def _policies(report: FlowReport) -> str:
    rows = "".join(
        f"<tr><td>{escape(p.name)}</td><td>{escape(p.version)}</td><td><code>{escape(p.sha256[:16])}</code></td>"
        f"<td>{_day(p.first)}</td><td>{_day(p.last)}</td><td>{p.decisions}</td></tr>"
        for p in sorted(report.policies.values(), key=lambda p: p.first)
    )
    return (
        "<section><h2>Policy versions in force</h2><table><thead><tr><th>Policy</th><th>Version</th><th>SHA-256</th>"
        f"<th>First decision</th><th>Last decision</th><th>Decisions</th></tr></thead><tbody>{rows}</tbody></table></section>"
    )


def _day(timestamp: str | None) -> str:
    return escape(timestamp.replace("T", " ")[:19] + " UTC") if timestamp else "&ndash;"


def _bytes(count: int) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if count < 1024 or unit == "GB":
            return f"{count:.0f} {unit}" if unit == "B" else f"{count:.1f} {unit}"
        count /= 1024
    return f"{count} B"


def _short(name: str, limit: int = 30) -> str:
    return name if len(name) <= limit else name[: limit - 1] + "…"
