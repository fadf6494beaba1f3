"""A pod-like workload for eBPF tests: its own network namespace and a containerd cgroup.

The namespace gets a veth pair to the host with addresses only these tests use
(10.240.N.0/30 and fd42:240:N::/64); the cgroup is created where the kubelet's systemd
driver puts a containerd container. Everything is removed on `close()`.
"""

from __future__ import annotations

import os
import secrets
import shutil
import signal
import subprocess
import sys
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from agent.attribution import detect_cgroup_setup


def run(*args: str) -> None:
    subprocess.run(args, check=True, capture_output=True, text=True)


def _unused_index() -> int:
    """A random N whose 10.240.N.0/30 no interface holds (other sandboxes run at the same time)."""
    in_use = subprocess.run(["ip", "-4", "-o", "addr", "show"], capture_output=True, text=True, check=True).stdout
    free = [n for n in range(1, 251) if f" 10.240.{n}.1/" not in in_use and f" 10.240.{n}.2/" not in in_use]
    return free[secrets.randbelow(len(free))]


@dataclass
class PodSandbox:
    index: int
    netns: str
    host_if: str
    pod_if: str
    cgroup_root: Path  # the cgroup2 mount
    cgroup_dirs: list[Path] = field(default_factory=list)  # created, outermost first
    pod_uid: str = field(default_factory=lambda: str(uuid.uuid4()))
    container_id: str = field(default_factory=lambda: secrets.token_hex(32))
    processes: list[subprocess.Popen] = field(default_factory=list)
    container_dir: Path | None = None  # the first container's scope

    @property
    def pod_slice(self) -> str:
        """The pod's cgroup v2 path (the containers' parent)."""
        assert self.container_dir is not None
        return "/" + str(self.container_dir.parent.relative_to(self.cgroup_root))

    @property
    def host_ipv4(self) -> str:
        return f"10.240.{self.index}.1"

    @property
    def pod_ipv4(self) -> str:
        return f"10.240.{self.index}.2"

    @property
    def host_ipv6(self) -> str:
        return f"fd42:240:{self.index}::1"

    @property
    def pod_ipv6(self) -> str:
        return f"fd42:240:{self.index}::2"

    @property
    def cgroup_path(self) -> str:
        """The cgroup v2 path, as the kernel view reports it."""
        assert self.container_dir is not None
        return "/" + str(self.container_dir.relative_to(self.cgroup_root))

    @property
    def cgroup_id(self) -> int:
        assert self.container_dir is not None
        return os.stat(self.container_dir).st_ino

    @classmethod
    def create(cls, cgroup: bool = True, interface_prefix: str = "embh") -> PodSandbox:
        """The namespace and veth (the node side named `interface_prefix` + 6 hex digits); and
        the cgroup, unless the test makes it later (`make_cgroup`)."""
        assert len(interface_prefix) <= 9, "interface names have at most 15 characters"
        setup = detect_cgroup_setup()
        assert setup.v2_mount is not None, "the tests need a cgroup v2 mount"
        index = _unused_index()
        tag = secrets.token_hex(3)
        sandbox = cls(index, f"emb-pod-{tag}", f"{interface_prefix}{tag}", f"embp{tag}", setup.v2_mount)
        try:
            sandbox._network()
            if cgroup:
                sandbox.make_cgroup()
        except Exception:
            sandbox.close()
            raise
        return sandbox

    def _network(self) -> None:
        pod_if = self.pod_if
        run("ip", "netns", "add", self.netns)
        run("ip", "link", "add", self.host_if, "type", "veth", "peer", "name", pod_if)
        run("ip", "link", "set", pod_if, "netns", self.netns)
        run("ip", "addr", "add", f"{self.host_ipv4}/30", "dev", self.host_if)
        run("ip", "-6", "addr", "add", f"{self.host_ipv6}/64", "dev", self.host_if, "nodad")
        run("ip", "link", "set", self.host_if, "up")
        inside = ("ip", "netns", "exec", self.netns)
        run(*inside, "ip", "addr", "add", f"{self.pod_ipv4}/30", "dev", pod_if)
        run(*inside, "ip", "-6", "addr", "add", f"{self.pod_ipv6}/64", "dev", pod_if, "nodad")
        run(*inside, "ip", "link", "set", pod_if, "up")
        run(*inside, "ip", "link", "set", "lo", "up")

    def make_cgroup(self) -> None:
        uid_ = self.pod_uid.replace("-", "_")
        parts = ["kubepods.slice", "kubepods-besteffort.slice", f"kubepods-besteffort-pod{uid_}.slice",
                 f"cri-containerd-{self.container_id}.scope"]
        path = self.cgroup_root
        for part in parts:
            path = path / part
            if not path.exists():
                path.mkdir()
                self.cgroup_dirs.append(path)
        if len(self.cgroup_dirs) < 2:
            raise RuntimeError("pod cgroup directories already existed")
        self.container_dir = path

    def add_container(self) -> Path:
        """Another container's scope in the same pod; returns its directory."""
        assert self.container_dir is not None
        path = self.container_dir.parent / f"cri-containerd-{secrets.token_hex(32)}.scope"
        path.mkdir()
        self.cgroup_dirs.append(path)
        return path

    def set_hosts(self, entries: dict[str, str]) -> None:
        """The pod's /etc/hosts (name -> address): `ip netns exec` bind-mounts /etc/netns/<ns>/hosts."""
        directory = Path("/etc/netns") / self.netns
        directory.mkdir(parents=True, exist_ok=True)
        (directory / "hosts").write_text("".join(f"{address} {name}\n" for name, address in entries.items()))

    def start(self, script: str, *args: str, container: Path | None = None) -> subprocess.Popen:
        """Run `python -c script args...` inside the pod: in its cgroup (the first container's,
        or `container`) from its first instruction (the shell joins the cgroup, then execs) and
        in its network namespace."""
        procs = (container or self.container_dir) / "cgroup.procs"
        command = f'echo $$ > {procs} && exec ip netns exec {self.netns} "$@"'
        process = subprocess.Popen(["sh", "-c", command, "sh", sys.executable, "-c", script, *args],
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        self.processes.append(process)
        return process

    def close(self) -> None:
        for process in self.processes:
            if process.poll() is None:
                process.kill()
            process.wait()
        for directory in reversed(self.cgroup_dirs):
            procs = directory / "cgroup.procs"
            for _ in range(50):
                try:
                    pids = procs.read_text().split()
                except OSError:
                    break
                if not pids:
                    break
                for pid in pids:
                    try:
                        os.kill(int(pid), signal.SIGKILL)
                    except ProcessLookupError:
                        pass
                time.sleep(0.05)
            try:
                directory.rmdir()
            except OSError:
                pass
        shutil.rmtree(Path("/etc/netns") / self.netns, ignore_errors=True)
        subprocess.run(["ip", "netns", "del", self.netns], capture_output=True)  # removes the veth pair too
        subprocess.run(["ip", "link", "del", self.host_if], capture_output=True)
