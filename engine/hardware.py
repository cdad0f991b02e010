"""Facts about this computer that decide how a model runs."""

from __future__ import annotations

import os
import platform
import subprocess


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
                ["sysctl", "-n", "hw.physicalcpu"], capture_output=True, text=True, timeout=2
            )
            return max(1, int(out.stdout.strip()))
        except (OSError, ValueError, subprocess.TimeoutExpired):
            pass
    return max(1, len(logical))


def _allowed_cpus() -> set[int]:
    try:
        return set(os.sched_getaffinity(0))  # type: ignore[attr-defined]
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
