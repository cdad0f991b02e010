"""Facts about this computer that decide how a model runs."""

from __future__ import annotations

import os
import platform
import shutil
import subprocess
from dataclasses import dataclass

from .child_process import child_environment
from .messages import Text, translate


def physical_cores() -> int:
    """Physical CPU cores available to this process (hyper-threads not counted).

    llama.cpp decodes fastest with one thread per physical core; llama-cpp-python's
    own default (half the logical CPUs) leaves cores idle on small machines.
    """
    logical = _allowed_cpus()
    if platform.system() == "Linux":
        cores = _linux_physical_cores(logical)
        if cores:
            return cores
    elif platform.system() == "Darwin":
        try:
            out = subprocess.run(
                ["sysctl", "-n", "hw.physicalcpu"], capture_output=True, text=True, timeout=2,
                env=child_environment(),
            )
            return max(1, int(out.stdout.strip()))
        except (OSError, ValueError, subprocess.TimeoutExpired):
            pass  # no answer: the logical CPUs below are the count
    return max(1, len(logical))


def _allowed_cpus() -> set[int]:
    try:
        return set(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return set(range(os.cpu_count() or 1))


def _linux_physical_cores(allowed: set[int]) -> int:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as fh:
            text = fh.read()
    except OSError:
        return 0
    cores: set[tuple[str, str]] = set()
    for block in text.split("\n\n"):
        fields = {}
        for line in block.splitlines():
            key, _, value = line.partition(":")
            fields[key.strip()] = value.strip()
        if "processor" not in fields or int(fields["processor"]) not in allowed:
            continue
        cores.add((fields.get("physical id", "0"), fields.get("core id", fields["processor"])))
    return len(cores)


@dataclass(frozen=True)
class Gpu:
    name: str
    total: int  # bytes
    free: int


@dataclass(frozen=True)
class Hardware:
    gpus: tuple[Gpu, ...]
    ram_total: int
    ram_available: int
    problem: str = ""  # why GPUs could not be read, when they could not (a Text: shown translated)

    @property
    def best_gpu_free(self) -> int:
        return max((g.free for g in self.gpus), default=0)

    @property
    def best_gpu_name(self) -> str:
        return max(self.gpus, key=lambda g: g.free).name if self.gpus else ""


def nvidia_gpus(timeout: float = 3.0) -> tuple[tuple[Gpu, ...], str]:
    """NVIDIA GPUs through nvidia-smi; none (with the reason) when there is no driver."""
    exe = shutil.which("nvidia-smi")
    if exe is None:
        return (), ""
    try:
        out = subprocess.run(
            [exe, "--query-gpu=name,memory.total,memory.free", "--format=csv,noheader,nounits"],
            capture_output=True, text=True, timeout=timeout, env=child_environment(),
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        return (), Text(translate("Engine", "nvidia-smi did not answer ({error})"), error=type(exc).__name__)
    if out.returncode != 0:
        return (), Text(translate("Engine", "nvidia-smi failed: {output}"),
                        output=(out.stderr or out.stdout).strip()[:200])
    gpus = []
    for line in out.stdout.splitlines():
        parts = [p.strip() for p in line.split(",")]
        if len(parts) != 3:
            continue
        try:
            total, free = (int(float(p)) * 2**20 for p in parts[1:])
        except ValueError:
            continue  # "[N/A]" on some cards
        gpus.append(Gpu(parts[0], total, free))
    return tuple(gpus), ""


def system_memory() -> tuple[int, int]:
    """Total and available RAM in bytes."""
    try:
        with open("/proc/meminfo", encoding="utf-8") as fh:
            info = {k: int(v.split()[0]) * 1024 for k, v in
                    (line.split(":", 1) for line in fh if ":" in line)}
        return info["MemTotal"], info.get("MemAvailable", info["MemFree"])
    except (OSError, KeyError, ValueError):
        pass  # no /proc (not Linux): sysconf below
    try:
        total = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
        return total, total // 2
    except (AttributeError, ValueError, OSError):
        return 0, 0


def detect_hardware() -> Hardware:
    gpus, problem = nvidia_gpus()
    total, available = system_memory()
    return Hardware(gpus, total, available, problem)
