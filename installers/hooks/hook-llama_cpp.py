"""PyInstaller hook for llama-cpp-python, which ships none: its native libraries, each once.

The wheel carries every library three times as full copies (libllama.so,
libllama.so.0, libllama.so.0.5.0). Only the file under its SONAME is bundled
(what the other libraries link against), plus the plain name that
llama_cpp's ctypes loader opens; build.py turns the plain name into a link
to the SONAME file. libmtmd / libllava (multimodal) are left out: Ponder
does not load them.
"""

from __future__ import annotations

import re
from pathlib import Path

from PyInstaller.utils.hooks import get_package_paths

_, package_dir = get_package_paths("llama_cpp")
lib = Path(package_dir) / "lib"
_SKIP = re.compile(r"(mtmd|llava)")
_WANTED = re.compile(r"^(lib)?[\w.-]+?(\.so\.\d+|\.so|\.dylib|\.dll)$")

binaries = []
for path in sorted(lib.iterdir()) if lib.is_dir() else []:
    name = path.name
    if _SKIP.search(name) or path.is_symlink():
        continue
    # keep libX.so.N (the SONAME) and libX.so / X.dll / libX.dylib; drop libX.so.N.M.K copies
    if re.search(r"\.so\.\d+\.\d+", name) or not _WANTED.match(name):
        continue
    binaries.append((str(path), "llama_cpp/lib"))

# The CUDA build: NVIDIA's redistributable runtime and cuBLAS (the PyPI wheels nvidia-cuda-runtime-cu12
# and nvidia-cublas-cu12) go next to libggml-cuda, so users need only a driver, no CUDA toolkit.
# libcuda itself belongs to the driver and is never bundled.
if any("cuda" in name for name, _ in binaries):
    import importlib.util

    for package in ("nvidia.cuda_runtime", "nvidia.cublas"):
        spec = importlib.util.find_spec(package)
        if spec is None or not spec.submodule_search_locations:
            raise SystemExit(f"the CUDA build needs {package} (pip install nvidia-cuda-runtime-cu12 "
                             "nvidia-cublas-cu12) to ship the CUDA runtime")
        for folder in spec.submodule_search_locations:
            for path in sorted([*Path(folder).glob("lib/*.so*"), *Path(folder).glob("bin/*.dll")]):
                binaries.append((str(path), "llama_cpp/lib"))

hiddenimports = ["llama_cpp.llama_chat_format"]
excludedimports = ["llama_cpp.server", "llama_cpp.llava_cpp", "llama_cpp.mtmd_cpp"]
