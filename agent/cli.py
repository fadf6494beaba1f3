"""The `embargo` command line."""

from __future__ import annotations

import argparse
import os
import signal
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from agent.catalog import DEFAULT_CATALOG

if TYPE_CHECKING:
    from agent.proxy import ProxyConfig


def _host_port(value: str) -> tuple[str, int]:
    host, sep, port = value.rpartition(":")
    if not sep or not port.isdigit():
        raise argparse.ArgumentTypeError(f"expected HOST:PORT, got {value!r}")
    return host.strip("[]") or "127.0.0.1", int(port)


def _proxy_arguments(proxy: argparse.ArgumentParser, listen: tuple[str, int] = ("127.0.0.1", 8080)) -> None:
    """Options of `embargo proxy`, shared by `embargo agent` and `embargo gateway serve`."""
    proxy.add_argument("--listen", type=_host_port, default=listen, metavar="HOST:PORT")
    proxy.add_argument("--policy", type=Path, required=True, metavar="FILE")
    proxy.add_argument("--events", type=Path, required=True, metavar="FILE", help="hash-chained audit log (JSON lines)")
    proxy.add_argument("--catalog", type=Path, default=DEFAULT_CATALOG, metavar="FILE")
    proxy.add_argument("--local-model", default="", metavar="URL",
                       help="on-node OpenAI-compatible model server (base URL, e.g. http://127.0.0.1:8000/v1): "
                            "the target of `redirect` rules")
    proxy.add_argument("--local-model-key-file", type=Path, metavar="FILE", help="API key of the on-node model")
    proxy.add_argument("--local-model-map", action="append", default=[], metavar="GLOB=NAME",
                       help="answer requests for models matching GLOB with local model NAME (repeatable; "
                            "default: the model the server lists)")
    proxy.add_argument("--local-model-weights", type=Path, metavar="FILE",
                       help="the on-node model's weights file; its sha256 is recorded in redirect events")
    proxy.add_argument("--local-model-timeout", type=float, default=120.0, metavar="SECONDS",
                       help="longest wait for the on-node model to start answering, or between streamed chunks")
    proxy.add_argument("--confdir", type=Path, metavar="DIR", help="mitmproxy confdir (its CA: DIR/mitmproxy-ca-cert.pem)")
    proxy.add_argument("--resolve", action="append", default=[], metavar="HOST:PORT=ADDR:PORT")
    proxy.add_argument("--refuse-network", action="append", default=[], metavar="CIDR",
                       help="cluster range never connected to (repeatable)")
    proxy.add_argument("--workers", type=int, default=2, help="inspection worker processes")
    proxy.add_argument("--max-body", default="16m", metavar="SIZE", help="largest body inspected, raw and decoded")
    proxy.add_argument("--redact-keys", type=Path, metavar="FILE", help="per-tenant redaction key file (mode 600)")
    proxy.add_argument("--metrics", type=_host_port, metavar="HOST:PORT", help="serve Prometheus /metrics here")
    proxy.add_argument("--set", action="append", default=[], metavar="OPTION=VALUE", help="a mitmproxy option")
    proxy.add_argument("--sinks", type=Path, metavar="FILE",
                       help="agent config with SIEM sinks: run the sink forwarder beside the proxy")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="embargo", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    _proxy_arguments(commands.add_parser("proxy", help="run the intercepting proxy (explicit-proxy mode)"))

    sinks = commands.add_parser("sinks", help="forward audit records and alerts to the configured SIEM sinks")
    sinks.add_argument("--config", type=Path, required=True, metavar="FILE", help="agent config (sinks, spool)")
    sinks.add_argument("--audit", type=Path, metavar="FILE", help="audit log to read (default: the config's)")
    sinks.add_argument("--policy", type=Path, metavar="FILE", help="policy whose alerts: apply (default: the config's)")
    sinks.add_argument("--spool", type=Path, metavar="DIR", help="spool directory (default: the config's)")
    sinks.add_argument("--parent", type=int, metavar="PID", help="the proxy that started it: stop when it exits, and leave it the CPU "
                       "(SCHED_IDLE within the lag budget, nice 10 SCHED_BATCH beyond)")
    sinks.add_argument("--metrics-socket", type=Path, metavar="PATH",
                       help="serve the sink metrics on this Unix socket for the proxy's /metrics (set by the proxy)")

    agent = commands.add_parser("agent", help="run the proxy with eBPF connection tracing, attribution and inventory")
    _proxy_arguments(agent)
    agent.add_argument("--dry-run", action="store_true", help="print the eBPF programs and watches it would load, then exit")
    agent.add_argument("--no-tracing", action="store_true", help="run proxy-only (no eBPF)")
    agent.add_argument("--ringbuf-pages", type=int, default=2048, metavar="N",
                       help="ring buffer size in pages, a power of two (default 2048 = 8 MiB)")
    agent.add_argument("--inventory", type=Path, metavar="FILE", help="inventory snapshot (default: inventory.json beside --events)")
    agent.add_argument("--inventory-interval", type=float, default=60.0, metavar="SECONDS")
    agent.add_argument("--no-dns", action="store_true", help="do not observe DNS answers")
    agent.add_argument("--dns-interface", metavar="IFACE", help="observe DNS answers on this interface only")
    agent.add_argument("--resolver", type=_host_port, metavar="HOST:PORT",
                       help="resolve the catalog's host names here (default: /etc/resolv.conf)")
    agent.add_argument("--enforce-cgroup", metavar="PATH",
                       help="kernel enforcement: attach at this cgroup v2 path (e.g. /kubepods.slice); protected "
                            "workloads below it reach --enforce-port only through the --transparent listener")
    agent.add_argument("--enforce-port", type=int, action="append", default=[], metavar="PORT",
                       help="TCP port redirected to the proxy and UDP port refused (repeatable; default 443)")
    agent.add_argument("--enforce-default", choices=("protect", "pass"), default="pass",
                       help="cgroups under --enforce-cgroup, and pods' veths, the agent has not classified yet "
                            "(protect: deny until known)")
    agent.add_argument("--guard-veths", action="append", default=[], metavar="GLOB",
                       help="node-side veths that lead to pods (repeatable; default '*': every veth whose peer is in "
                            "another network namespace); name your CNI's, e.g. 'cali*' or 'lxc*', when the node has "
                            "veths of non-pod containers: with --enforce-default protect, those would stay guarded")
    agent.add_argument("--transparent", type=_host_port, action="append", default=[], metavar="ADDR:PORT",
                       help="transparent listener protected connections are redirected to: a node address pods "
                            "reach (repeatable: one IPv4, one IPv6, same port)")
    agent.add_argument("--pin-dir", type=Path, metavar="DIR", help="bpffs directory for enforcement pins "
                       "(default /sys/fs/bpf/embargo)")
    agent.add_argument("--tls-visibility", type=Path, metavar="LIBSSL",
                       help="detection only: uprobes on this OpenSSL library's SSL_write for the cgroups traced in "
                            "full; sensitive plaintext becomes tls.plaintext events (e.g. /usr/lib/x86_64-linux-gnu/libssl.so.3)")
    agent.add_argument("--trace-cgroup", action="append", default=[], metavar="PATH",
                       help="trace every connect of cgroups matching this v2 path glob (repeatable)")

    enforce = commands.add_parser("enforce", help="show or remove the kernel enforcement an agent installed")
    enforce.add_argument("action", choices=("status", "uninstall"))
    enforce.add_argument("--cgroup", metavar="PATH", help="the agent's --enforce-cgroup (default: wherever the "
                         "programs pinned in --pin-dir are attached)")
    enforce.add_argument("--pin-dir", type=Path, metavar="DIR", help="the agent's --pin-dir")

    inventory = commands.add_parser("inventory", help="which workloads talk to the CRM, to AI endpoints, or both")
    inventory.add_argument("--file", type=Path, required=True, metavar="FILE", help="the agent's inventory snapshot")
    inventory.add_argument("--json", action="store_true", help="print the snapshot as JSON")

    classify = commands.add_parser("classify", help="classify provider requests read as JSON lines")
    classify.add_argument("--jsonl", metavar="FILE", help="input file, or - for stdin")
    classify.add_argument("--policy", type=Path, metavar="FILE", help="take sensitive field names from this policy")
    classify.add_argument("--catalog", type=Path, default=DEFAULT_CATALOG, metavar="FILE")
    classify.add_argument("--explain", action="store_true", help="say which detector or model window decided")
    classify.add_argument("--evaluate", action="store_true",
                          help="the input is labelled: print evaluation figures instead of verdicts")
    classify.add_argument("--version", action="store_true", help="print the detector set's and the model's version")

    policy = commands.add_parser("policy", help="policy tooling")
    policy_commands = policy.add_subparsers(dest="policy_command", required=True)
    lint = policy_commands.add_parser("lint", help="check a policy file")
    lint.add_argument("files", type=Path, nargs="+", metavar="FILE|DIR", help="policy files, or directories of them")
    lint.add_argument("--catalog", type=Path, default=DEFAULT_CATALOG, metavar="FILE")
    lint.add_argument("--local-model", default="", metavar="URL", help="the proxy's --local-model (redirect needs one)")
    lint.add_argument("--format", choices=("text", "json"), default="text")
    test = policy_commands.add_parser("test", help="run the *.cases.yaml fixtures in a directory")
    test.add_argument("directory", type=Path)
    test.add_argument("--catalog", type=Path, default=DEFAULT_CATALOG, metavar="FILE")
    explain = policy_commands.add_parser("explain", help="trace the rule evaluation of one request")
    explain.add_argument("file", type=Path, help="policy file")
    explain.add_argument("--case", metavar="FILE[#NAME]", help="a request in fixture-case form, or one case by name")
    explain.add_argument("--log", type=Path, metavar="FILE", help="audit log holding the --record")
    explain.add_argument("--record", metavar="SEQ|INCIDENT", help="a recorded decision: sequence number or incident id")
    explain.add_argument("--catalog", type=Path, default=DEFAULT_CATALOG, metavar="FILE")
    explain.add_argument("--format", choices=("text", "json"), default="text")
    diff = policy_commands.add_parser(
        "diff", help="classify a policy change as widening, narrowing or neutral",
        description="Exit status: 0 neutral or narrowing, 1 widening or mixed, 3 impact unknown, 2 bad input.")
    diff.add_argument("old", type=Path)
    diff.add_argument("new", type=Path)
    diff.add_argument("--cases", type=Path, action="append", default=[], metavar="FILE",
                      help="fixture file (repeatable; default: NEW's .cases.yaml)")
    diff.add_argument("--log", type=Path, action="append", default=[], metavar="FILE", help="audit log (repeatable)")
    diff.add_argument("--catalog", type=Path, default=DEFAULT_CATALOG, metavar="FILE")
    diff.add_argument("--format", choices=("text", "json"), default="text")
    diff.add_argument("--limit", type=int, default=20, help="flips shown per source")
    replay = policy_commands.add_parser("replay", help="re-decide recorded traffic under a candidate policy")
    replay.add_argument("file", type=Path, help="candidate policy file")
    replay.add_argument("--log", type=Path, action="append", required=True, metavar="FILE",
                        help="audit log (repeatable)")
    replay.add_argument("--format", choices=("text", "json"), default="text")
    replay.add_argument("--limit", type=int, default=20, help="changed decisions shown")

    audit = commands.add_parser("audit", help="audit log tooling")
    audit_commands = audit.add_subparsers(dest="audit_command", required=True)
    verify = audit_commands.add_parser("verify", help="verify an audit log: hash chain, MACs, checkpoints")
    verify.add_argument("files", type=Path, nargs="+", metavar="FILE", help="the log and its rotated files, any order")
    verify.add_argument("--checkpoints", type=Path, action="append", default=[], metavar="FILE",
                        help="checkpoints as shipped off the node (JSON lines from the SIEM; repeatable)")
    verify.add_argument("--key-file", type=Path, metavar="FILE",
                        help="the audit MAC key (hex); default $EMBARGO_AUDIT_KEY; without one MACs are not checked")
    find = audit_commands.add_parser("find", help="did a Salesforce record leave? where to, when, under which decision")
    find.add_argument("files", type=Path, nargs="+", metavar="FILE", help="audit log files")
    find.add_argument("--record", required=True, metavar="ID", help="a Salesforce record id (15 or 18 characters)")
    find.add_argument("--key-file", type=Path, metavar="FILE",
                      help="the pseudonymisation key (default: pseudonym.key beside the first log)")
    audit_commands.add_parser("keygen", help="print a new random audit MAC key (store it in a Secret and with the verifier)")

    report = commands.add_parser("report", help="data-flow report (HTML, GDPR Art. 30) from audit logs")
    report.add_argument("--audit", type=Path, action="append", required=True, metavar="FILE",
                        help="audit log (repeatable: rotated files, several nodes)")
    report.add_argument("--out", type=Path, required=True, metavar="FILE", help="the HTML file to write")
    report.add_argument("--controller", default="", help="the controller (name, contact) named in the report")
    report.add_argument("--purpose", default="", help="purpose of the processing, as stated in the record")
    report.add_argument("--retention", default="", help="how long the audit log itself is kept")

    from agent import ca_cli, gateway_cli

    ca_cli.register(commands)
    gateway_cli.register(commands)

    demo = commands.add_parser("demo", help="run the loopback demo")
    demo.add_argument("--workdir", type=Path, help="keep the demo's files here (default: a temporary directory)")
    demo.add_argument("--policy", type=Path, metavar="FILE", help="run the scenarios under this policy (default: the shipped one)")
    return parser


def main(argv: list[str] | None = None) -> int:
    try:
        status = _run(_parser().parse_args(argv))
        sys.stdout.flush()  # here, not at exit, where a closed reader could only print a traceback
        return status
    except BrokenPipeError:
        # Whoever read our output stopped (`embargo classify --jsonl big.jsonl | head`): end
        # quietly with the status of a process that SIGPIPE ended, as Unix tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 128 + signal.SIGPIPE


def _run(args: argparse.Namespace) -> int:
    if args.command == "proxy":
        return _proxy(args)
    if args.command == "report":
        from agent.report.cli import run_report

        return run_report(args.audit, args.out, args.controller, args.purpose, args.retention)
    if args.command == "sinks":
        from agent.sinks.cli import run_sinks

        return run_sinks(args.config, args.audit, args.policy, args.spool, args.parent, args.metrics_socket)
    if args.command == "agent":
        return _agent(args)
    if args.command == "enforce":
        from agent.enforcement.cli import run_enforce

        return run_enforce(args.action, args.cgroup, args.pin_dir)
    if args.command == "inventory":
        return _inventory(args.file, args.json)
    if args.command == "classify":
        from agent.classify_cli import run_classify, run_version

        if args.version:
            return run_version()
        if not args.jsonl:
            print("embargo classify: --jsonl FILE (or --version) is required", file=sys.stderr)
            return 2
        return run_classify(args.jsonl, args.policy, args.catalog, args.explain, args.evaluate)
    if args.command == "policy":
        from agent.policy import tooling

        if args.policy_command == "lint":
            return tooling.lint_command(args.files, args.catalog, args.format, args.local_model)
        if args.policy_command == "explain":
            from agent.policy.explain import explain_command

            return explain_command(args.file, args.case, args.log, args.record, args.catalog, args.format)
        if args.policy_command == "diff":
            from agent.policy.diff import diff_command

            return diff_command(args.old, args.new, args.cases, args.log, args.catalog, args.format, args.limit)
        if args.policy_command == "replay":
            from agent.policy.replay import replay_command

            return replay_command(args.file, args.log, args.format, args.limit)
        return tooling.test_command(args.directory, args.catalog)
    if args.command in ("ca", "gateway"):
        return args.run_command(args)
    if args.command == "audit":
        from agent import audit_cli

        if args.audit_command == "verify":
            return audit_cli.verify_command(args.files, args.checkpoints, args.key_file)
        if args.audit_command == "find":
            return audit_cli.find_command(args.files, args.record, args.key_file)
        return audit_cli.keygen_command()
    from agent.demo.runner import run_demo

    return run_demo(args.workdir, args.policy) if args.policy else run_demo(args.workdir)


def _proxy_config(args: argparse.Namespace) -> ProxyConfig:
    from agent.proxy import ProxyConfig

    return ProxyConfig(
        listen_host=args.listen[0],
        listen_port=args.listen[1],
        policy=args.policy,
        events=args.events,
        catalog=args.catalog,
        local_model=args.local_model,
        local_model_key_file=args.local_model_key_file,
        local_model_map=args.local_model_map,
        local_model_weights=args.local_model_weights,
        local_model_timeout=args.local_model_timeout,
        confdir=args.confdir,
        resolve=args.resolve,
        refuse_networks=args.refuse_network,
        workers=args.workers,
        max_body=args.max_body,
        redact_keys=args.redact_keys,
        metrics_listen=args.metrics,
        mitmproxy_options=args.set,
        sinks=args.sinks,
        transparent_listen=getattr(args, "transparent", []),
    )


def _proxy(args: argparse.Namespace) -> int:
    from agent.proxy import serve

    return _run_proxy(serve, _proxy_config(args))


def _run_proxy(serve: Callable[[ProxyConfig], None], config: ProxyConfig) -> int:
    """Run a proxy until interrupted; a configuration error exits 2 with its message."""
    from mitmproxy.exceptions import OptionsError

    try:
        serve(config)
    except OptionsError as err:
        print(f"embargo: {err}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        pass
    return 0


def _agent(args: argparse.Namespace) -> int:
    from mitmproxy.exceptions import OptionsError

    from agent.daemon import AgentConfig, dry_run, run_agent
    from agent.enforcement.enforcer import EnforcementError
    from agent.yamlfile import ConfigError

    enforcement = None
    if args.enforce_cgroup:
        from agent.enforcement.service import EnforcementConfig

        enforcement = EnforcementConfig(args.enforce_cgroup, args.enforce_port or [443], args.enforce_default)
        if args.pin_dir:
            enforcement.pin_dir = args.pin_dir
        if args.guard_veths:
            enforcement.guard_veths = args.guard_veths
    config = AgentConfig(
        enforcement=enforcement, tls_library=args.tls_visibility, proxy=_proxy_config(args), tracing=not args.no_tracing, ringbuf_pages=args.ringbuf_pages,
        inventory_file=args.inventory, inventory_interval_s=args.inventory_interval, dns=not args.no_dns,
        dns_interface=args.dns_interface, resolver=args.resolver, trace_cgroups=args.trace_cgroup,
    )
    try:
        if args.dry_run:
            return dry_run(config)
        run_agent(config)
    except (ConfigError, OptionsError, ValueError, EnforcementError) as err:
        print(f"embargo: {err}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        pass
    return 0


def _inventory(path: Path, as_json: bool) -> int:
    import json

    from agent.inventory import render

    try:
        snapshot = json.loads(path.read_text())
    except OSError as err:
        print(f"embargo: cannot read {path}: {err.strerror} (is `embargo agent` running with --inventory {path}?)",
              file=sys.stderr)
        return 2
    except ValueError:
        print(f"embargo: {path} is not an inventory snapshot (invalid JSON)", file=sys.stderr)
        return 2
    print(json.dumps(snapshot, indent=2) if as_json else render(snapshot))
    return 0


if __name__ == "__main__":
    sys.exit(main())
