"""Hot reload of the policy and the endpoint catalog, safely.

Triggers: a change seen on disk (polled once a `interval`) and SIGHUP. A Kubernetes
ConfigMap volume updates by writing a new timestamped directory and swapping the `..data`
symlink in one rename, so the watch compares each file's *resolved* path and inode, not
just its mtime: the swap is seen as one change, and a half-written file never is.

A new version is loaded and linted off the event loop; only if it has no lint error is
it swapped in, on the event loop, in one step (`apply`). Requests already being decided
keep the version they started with; none is dropped. A refused version changes nothing
in force: the last good policy stays, the refusal is logged with file:line findings and
`embargo_policy_reload_ok` drops to 0 until a good version arrives.
"""

from __future__ import annotations

import asyncio
import logging
import os
import signal
from collections.abc import Callable
from pathlib import Path

from agent import metrics
from agent.catalog import Catalog
from agent.policy.model import Policy, load_policy
from agent.policy.tooling import lint_policy
from agent.yamlfile import ConfigError

log = logging.getLogger("embargo")

Apply = Callable[[Policy, Catalog], None]


class ReloadRefused(Exception):
    def __init__(self, findings: list[str]):
        self.findings = findings
        super().__init__("; ".join(findings))


def file_state(path: Path) -> tuple:
    """What identifies one version of a file: resolved path (ConfigMap swaps), inode, mtime, size."""
    try:
        st = os.stat(path)
    except OSError as err:
        return ("missing", err.errno)
    return (os.path.realpath(path), st.st_ino, st.st_mtime_ns, st.st_size)


class PolicyReloader:
    def __init__(self, policy_path: str | Path, catalog_path: str | Path, local_model: str, apply: Apply,
                 current: Policy, interval: float = 1.0):
        self.policy_path = Path(policy_path)
        self.catalog_path = Path(catalog_path)
        self.local_model = local_model
        self.apply = apply
        self.interval = interval
        self.current = current
        self._seen = self._state()
        self._hup = asyncio.Event()
        metrics.set_policy_in_force(current)

    def _state(self) -> tuple:
        return file_state(self.policy_path), file_state(self.catalog_path)

    def load(self) -> tuple[Policy, Catalog]:
        """Load and lint; raises ReloadRefused with readable findings (file:line, no payload data)."""
        try:
            catalog = Catalog.load(self.catalog_path)
            if self.local_model:
                catalog = catalog.with_local_model(self.local_model)
            policy = load_policy(self.policy_path)
        except ConfigError as err:
            raise ReloadRefused([str(p) for p in err.problems]) from None
        errors = [str(f).split("\n", 1)[0] for f in lint_policy(policy, catalog, bool(self.local_model))
                  if f.severity == "error"]
        if errors:
            raise ReloadRefused(errors)
        return policy, catalog

    async def reload(self, trigger: str) -> bool:
        """One reload attempt; True when a new version was put in force."""
        self._seen = self._state()
        try:
            policy, catalog = await asyncio.get_running_loop().run_in_executor(None, self.load)
        except ReloadRefused as refused:
            metrics.POLICY_RELOADS.labels(result="refused").inc()
            metrics.POLICY_RELOAD_OK.set(0)
            log.error("embargo: policy reload (%s) refused; %s %s (sha256 %s) stays in force:\n  %s", trigger,
                      self.current.name, self.current.version, self.current.digest[:12], "\n  ".join(refused.findings))
            return False
        metrics.POLICY_RELOAD_OK.set(1)
        self.apply(policy, catalog)
        metrics.POLICY_RELOADS.labels(result="applied").inc()
        metrics.set_policy_in_force(policy, self.current)
        log.info("embargo: policy reload (%s): %s %s (sha256 %s) in force, was %s (sha256 %s)", trigger,
                 policy.name, policy.version, policy.digest[:12], self.current.version, self.current.digest[:12])
        self.current = policy
        return True

    async def run(self) -> None:
        """Watch until cancelled. SIGHUP forces a reload even when the files look unchanged."""
        loop = asyncio.get_running_loop()
        try:
            loop.add_signal_handler(signal.SIGHUP, self._hup.set)
        except (NotImplementedError, RuntimeError, ValueError):
            log.warning("embargo: SIGHUP reload unavailable here; file changes are still watched")
        try:
            while True:
                try:
                    await asyncio.wait_for(self._hup.wait(), self.interval if self.interval > 0 else None)
                except TimeoutError:
                    pass
                if self._hup.is_set():
                    self._hup.clear()
                    await self.reload("SIGHUP")
                elif self._state() != self._seen:
                    await self.reload("change")
        finally:
            try:
                loop.remove_signal_handler(signal.SIGHUP)
            except (NotImplementedError, RuntimeError, ValueError):
                pass
