"""Build Ponder's installers: `python installers/build.py linux|windows|macos [--gpu cpu|cuda|metal]`.

1. Checks that the installed llama-cpp-python is a portable build (a native,
   host-tuned one crashes on other CPUs, and on Xeons with AMX on any prompt).
2. Freezes the app with PyInstaller (installers/ponder.spec) into one folder:
   the app, the engine host, the template worker, the assets and the starter model.
3. Ships each native library once (llama-cpp-python's wheel carries three copies).
4. Packages it: Linux a .tar.gz and a .deb; Windows an NSIS installer; macOS a .dmg.

Each step prints what it did and how big the result is. Runs on the OS it builds for.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
INSTALLERS = ROOT / "installers"
# CPU features a portable x86-64 build must not require (a native build on a recent Xeon enables them)
NATIVE_ONLY = ("AVX512", "AMX", "AVX_VNNI")


def version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def log(message: str) -> None:
    print(f"[build] {message}", flush=True)


def size_of(path: Path) -> int:
    if path.is_file() or path.is_symlink():
        return path.lstat().st_size
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def mib(n: int) -> str:
    return f"{n / 2**20:.1f} MiB"


def check_portable(gpu: str) -> str:
    """The llama.cpp build's own feature list; refuses a build tuned to this machine's CPU."""
    code = "import llama_cpp; print(llama_cpp.llama_print_system_info().decode())"
    info = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    if platform.machine().lower() in ("x86_64", "amd64"):
        native = [f for f in NATIVE_ONLY if re.search(rf"\b{f}\w* = 1", info)]
        if native:
            raise SystemExit(f"llama-cpp-python here is a native build ({', '.join(native)} enabled): it would "
                             "crash on other CPUs. Rebuild it portable (see the Makefile) before packaging.")
    if gpu == "cuda" and "CUDA" not in info:
        raise SystemExit("--gpu cuda needs llama-cpp-python built with -DGGML_CUDA=on (make GPU=cuda)")
    return info.strip()


def freeze(target: str, work: Path) -> Path:
    env = dict(os.environ, PONDER_TARGET=target, PONDER_VERSION=version())
    subprocess.run([sys.executable, str(INSTALLERS / "translations.py"), "build"], check=True, cwd=ROOT,
                   stdout=subprocess.DEVNULL)  # the .qm files the spec bundles
    if target == "windows":
        env["PONDER_VERSION_FILE"] = str(write_windows_version(work))
    started = time.monotonic()
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
                    "--distpath", str(work / "dist"), "--workpath", str(work / "pyinstaller"),
                    str(INSTALLERS / "ponder.spec")], check=True, env=env, cwd=ROOT)
    bundle = work / "dist" / ("Ponder.app" if target == "macos" else "ponder")
    log(f"froze the app in {time.monotonic() - started:.0f} s: {bundle}")
    return bundle


def strip_binaries(bundle: Path) -> int:
    """Strip symbols from native libraries that still carry them, except auditwheel-patched ones.

    auditwheel moves a wheel's dependencies into `<pkg>.libs/` and rewrites the
    libraries that use them (patchelf); stripping such a file breaks it ("ELF load
    command … not page-aligned"), so those are recognised and left alone.
    """
    if os.name == "nt" or shutil.which("strip") is None or shutil.which("readelf") is None:
        return 0
    saved = 0
    for lib in bundle.rglob("*.so*"):
        if lib.is_symlink() or not lib.is_file() or lib.parent.name.endswith(".libs"):
            continue
        sections = subprocess.run(["readelf", "-S", "-W", str(lib)], capture_output=True, text=True).stdout
        dynamic = subprocess.run(["readelf", "-d", "-W", str(lib)], capture_output=True, text=True).stdout
        if ".symtab" not in sections or ".libs" in dynamic:
            continue
        before = lib.stat().st_size
        subprocess.run(["strip", "--strip-unneeded", str(lib)], check=True)
        saved += before - lib.stat().st_size
    return saved


# ICU's own "stubdata" (icu4c/source/stubdata): a data package with no entries.
_ICU_STUB = r"""
#include <stdint.h>
typedef struct {
    uint16_t headerSize; uint8_t magic1, magic2;
    struct { uint16_t size, reservedWord; uint8_t isBigEndian, charsetFamily, sizeofUChar, reservedByte;
             uint8_t dataFormat[4], formatVersion[4], dataVersion[4]; } info;
    char padding[8];
    uint32_t count, reserved;
    struct { uint32_t nameOffset, dataOffset; } toc[1];
} Header;
__attribute__((visibility("default"))) const Header SYMBOL = {
    32, 0xda, 0x27, {20, 0, 0, 0, 2, 0, {0x54, 0x6f, 0x43, 0x50}, {1, 0, 0, 0}, {0, 0, 0, 0}},
    {0}, 0, 0, {{0, 0}}};
"""


def drop_icu_data(bundle: Path, work: Path) -> int:
    """Replace Qt's 31 MB ICU locale-data library with ICU's empty stub (Linux).

    Qt formats numbers and dates from its own CLDR tables, shapes text with
    HarfBuzz and breaks lines with its own Unicode tables; ICU's core
    properties (case mapping, normalisation) are compiled into libicuuc, not
    the data library. What the data library adds is collation, legacy code
    pages and locale display names. Ponder's chats are UTF-8 and its lists are
    sorted by date; the one visible loss is that Qt's own file dialog (used
    where the desktop offers no portal dialog) sorts names by code point
    ("file10" before "file2"). `--full-icu` keeps the data (+31 MB).
    """
    saved = 0
    for data in bundle.rglob("libicudata.so.*"):
        if data.is_symlink() or not data.is_file() or shutil.which("cc") is None:
            continue
        major = data.name.split(".so.")[1].split(".")[0]
        source = work / "icudata_stub.c"
        source.write_text(_ICU_STUB.replace("SYMBOL", f"icudt{major}_dat"), encoding="utf-8")
        stub = work / data.name
        subprocess.run(["cc", "-shared", "-fPIC", "-O2", "-s", f"-Wl,-soname,{data.name}", "-o", str(stub),
                        str(source)], check=True)
        saved += data.stat().st_size - stub.stat().st_size
        shutil.copyfile(stub, data)
    return saved


def ship_each_library_once(bundle: Path) -> int:
    """Identical native libraries in one folder become links to the one under its SONAME (POSIX only)."""
    if os.name == "nt":
        return 0
    saved = 0
    for folder in {p.parent for p in bundle.rglob("*.so*")}:
        by_hash: dict[str, list[Path]] = {}
        for lib in folder.iterdir():
            if lib.is_file() and not lib.is_symlink() and re.search(r"\.so(\.\d+)*$", lib.name):
                by_hash.setdefault(hashlib.sha256(lib.read_bytes()).hexdigest(), []).append(lib)
        for copies in by_hash.values():
            if len(copies) < 2:
                continue
            keep = max(copies, key=lambda p: (p.name.count("."), -len(p.name)))  # libx.so.0 over libx.so
            for copy in copies:
                if copy != keep:
                    saved += copy.stat().st_size
                    copy.unlink()
                    copy.symlink_to(keep.name)
    return saved


# -- Linux -----------------------------------------------------------------------------
def glibc_floor(bundle: Path) -> str:
    """The newest GLIBC_x.y symbol version any bundled binary needs: the oldest glibc it runs on."""
    newest = (2, 17)
    for binary in [p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()]:
        with open(binary, "rb") as fh:
            if fh.read(4) != b"\x7fELF":
                continue
        out = subprocess.run(["objdump", "-T", str(binary)], capture_output=True, text=True).stdout
        for major, minor in re.findall(r"GLIBC_(\d+)\.(\d+)", out):
            newest = max(newest, (int(major), int(minor)))
    return f"{newest[0]}.{newest[1]}"



DESKTOP = """[Desktop Entry]
Type=Application
Name=Ponder
GenericName=AI chat assistant
Comment=Private chat with reasoning models, on your own computer
Exec={exec} %U
Icon=ponder
Terminal=false
Categories=Utility;Office;Development;
Keywords=AI;LLM;chat;Nemotron;reasoning;
StartupWMClass=Ponder
"""

CONTROL = """Package: ponder
Version: {version}
Architecture: {arch}
Maintainer: Ponder developers <ponder@localhost>
Installed-Size: {installed_kib}
Depends: libc6 (>= {glibc}), libgl1, libegl1, libfontconfig1, libxkbcommon0, libxkbcommon-x11-0, libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, libxcb-shape0, libwayland-client0, libwayland-cursor0, libwayland-egl1, libdbus-1-3
Section: utils
Priority: optional
Homepage: https://github.com/ponder-app/ponder
Description: private desktop chat with reasoning models
 Ponder runs NVIDIA's Nemotron reasoning models (and any GGUF chat model)
 offline on your own computer, with the model's reasoning shown beside the
 answer and a thinking budget. Includes a small starter model.
"""

POSTINST = """#!/bin/sh
set -e
[ -n "$DPKG_ROOT" ] && exit 0  # installed into another root: its caches are not ours to refresh
if command -v update-desktop-database >/dev/null 2>&1; then update-desktop-database -q /usr/share/applications || true; fi
if command -v gtk-update-icon-cache >/dev/null 2>&1; then gtk-update-icon-cache -q -t /usr/share/icons/hicolor || true; fi
"""


def copyright_text() -> str:
    """Debian's copyright file: Ponder's licence and each bundled component's."""
    sys.path.insert(0, str(ROOT))
    from app.components import components

    lines = ["Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/", "Upstream-Name: Ponder",
             "", "Files: *", "License: Apache-2.0", " See /usr/share/common-licenses/Apache-2.0.", ""]
    for c in components():
        lines += [f"Files: /opt/ponder/_internal  ({c.name} {c.version})", f"License: {c.licence}"]
        if c.note:
            lines.append(f" {c.note}.")
        lines.append("")
    lines.append("The LGPL-3.0 and GPL-3.0 texts are in /usr/share/common-licenses/.")
    return "\n".join(lines) + "\n"


def package_linux(bundle: Path, out: Path, gpu: str) -> list[Path]:
    arch = {"x86_64": "amd64", "aarch64": "arm64"}.get(platform.machine(), platform.machine())
    suffix = "" if gpu == "cpu" else f"-{gpu}"
    name = f"ponder-{version()}-linux-{platform.machine()}{suffix}"
    icons = ROOT / "assets" / "icons"

    # .tar.gz: the folder and its icon, runnable where it is unpacked (./ponder/ponder)
    tar_path = out / f"{name}.tar.gz"
    started = time.monotonic()
    with tarfile.open(tar_path, "w:gz", compresslevel=9) as tar:
        tar.add(bundle, arcname="ponder")
        tar.add(icons / "ponder-256.png", arcname="ponder/ponder.png")
    log(f"{tar_path.name}: {mib(tar_path.stat().st_size)} in {time.monotonic() - started:.0f} s")

    # .deb: /opt/ponder, /usr/bin/ponder, a .desktop entry and icons
    stage = out / "deb-root"
    shutil.rmtree(stage, ignore_errors=True)
    shutil.copytree(bundle, stage / "opt" / "ponder", symlinks=True)
    (stage / "usr" / "bin").mkdir(parents=True)
    (stage / "usr" / "bin" / "ponder").symlink_to("/opt/ponder/ponder")
    apps = stage / "usr" / "share" / "applications"
    apps.mkdir(parents=True)
    (apps / "ponder.desktop").write_text(DESKTOP.format(exec="/opt/ponder/ponder"), encoding="utf-8")
    for png in icons.glob("ponder-*.png"):
        px = png.stem.split("-")[1]
        target = stage / "usr" / "share" / "icons" / "hicolor" / f"{px}x{px}" / "apps" / "ponder.png"
        target.parent.mkdir(parents=True)
        shutil.copy2(png, target)
    scalable = stage / "usr" / "share" / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True)
    shutil.copy2(icons / "ponder.svg", scalable / "ponder.svg")
    debian = stage / "DEBIAN"
    debian.mkdir()
    (debian / "control").write_text(CONTROL.format(
        version=version(), arch=arch, installed_kib=size_of(stage) // 1024, glibc=glibc_floor(bundle)),
        encoding="utf-8")
    doc = stage / "usr" / "share" / "doc" / "ponder"
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(copyright_text(), encoding="utf-8")
    for script in ("postinst", "postrm"):
        (debian / script).write_text(POSTINST, encoding="utf-8")
        (debian / script).chmod(0o755)
    deb_path = out / f"{name}.deb"
    started = time.monotonic()
    subprocess.run(["dpkg-deb", "--root-owner-group", "-Zxz", "-z6", "--build", str(stage), str(deb_path)],
                   check=True, stdout=subprocess.DEVNULL)
    shutil.rmtree(stage)
    log(f"{deb_path.name}: {mib(deb_path.stat().st_size)} in {time.monotonic() - started:.0f} s")
    return [tar_path, deb_path]


# -- Windows ---------------------------------------------------------------------------
def write_windows_version(work: Path) -> Path:
    """Version information for ponder.exe (its absence is a known cause of antivirus false alarms)."""
    v = tuple(int(x) for x in re.findall(r"\d+", version())[:3]) + (0,)
    text = f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={v[:4]}, prodvers={v[:4]}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[StringFileInfo([StringTable('040904B0', [
      StringStruct('CompanyName', 'Ponder'), StringStruct('FileDescription', 'Ponder'),
      StringStruct('FileVersion', '{version()}'), StringStruct('InternalName', 'ponder'),
      StringStruct('LegalCopyright', 'Apache-2.0'), StringStruct('OriginalFilename', 'ponder.exe'),
      StringStruct('ProductName', 'Ponder'), StringStruct('ProductVersion', '{version()}')])]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])])
"""
    work.mkdir(parents=True, exist_ok=True)
    path = work / "version_info.txt"
    path.write_text(text, encoding="utf-8")
    return path


MSVC_RUNTIME = ("vcruntime140.dll", "vcruntime140_1.dll", "msvcp140.dll", "vcomp140.dll")


def bundle_msvc_runtime(bundle: Path) -> list[str]:
    """The MSVC runtime next to llama.cpp's DLLs: PyInstaller misses vcomp140.dll (OpenMP), and a
    fresh Windows may have no Visual C++ redistributable at all."""
    system = Path(os.environ.get("SystemRoot", r"C:\Windows")) / "System32"
    target = bundle / "_internal" / "llama_cpp" / "lib"
    copied = []
    for name in MSVC_RUNTIME:
        if not (bundle / "_internal" / name).exists() and (system / name).exists():
            shutil.copy2(system / name, target / name)
            copied.append(name)
    missing = [n for n in MSVC_RUNTIME if not any(bundle.rglob(n))]
    if missing:
        raise SystemExit(f"the bundle lacks {', '.join(missing)}: install the Visual C++ redistributable "
                         "on the build machine")
    return copied


def package_windows(bundle: Path, out: Path, gpu: str) -> list[Path]:
    suffix = "" if gpu == "cpu" else f"-{gpu}"
    setup = out / f"ponder-{version()}-windows-x64{suffix}-setup.exe"
    numeric = ".".join((re.findall(r"\d+", version()) + ["0", "0", "0"])[:3])  # 0.2.0rc1 → 0.2.0
    subprocess.run(["makensis", f"-DVERSION={version()}", f"-DVERSION_NUM={numeric}", f"-DBUNDLE={bundle}",
                    f"-DOUTFILE={setup}",
                    f"-DICON={ROOT / 'assets' / 'icons' / 'ponder.ico'}", str(INSTALLERS / "windows" / "ponder.nsi")],
                   check=True)
    log(f"{setup.name}: {mib(setup.stat().st_size)}")
    return [setup]


# -- macOS -----------------------------------------------------------------------------
def package_macos(bundle: Path, out: Path, gpu: str) -> list[Path]:
    dmg = out / f"ponder-{version()}-macos-{platform.machine()}.dmg"
    stage = out / "dmg-root"  # the app and a link to /Applications to drag it onto
    shutil.rmtree(stage, ignore_errors=True)
    stage.mkdir()
    shutil.copytree(bundle, stage / bundle.name, symlinks=True)
    (stage / "Applications").symlink_to("/Applications")
    subprocess.run(["hdiutil", "create", "-volname", "Ponder", "-srcfolder", str(stage), "-ov",
                    "-format", "UDZO", str(dmg)], check=True)
    shutil.rmtree(stage)
    log(f"{dmg.name}: {mib(dmg.stat().st_size)}")
    return [dmg]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("target", choices=["linux", "windows", "macos"])
    parser.add_argument("--gpu", choices=["cpu", "cuda", "metal"], default="cpu")
    parser.add_argument("--out", type=Path, default=ROOT / "dist", help="where the packages go (default dist/)")
    parser.add_argument("--bundle-only", action="store_true", help="freeze, but make no packages")
    parser.add_argument("--full-icu", action="store_true", help="keep Qt's ICU locale data (Linux; +31 MB)")
    args = parser.parse_args(argv)
    host = {"linux": "linux", "win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
    if args.target != host:
        parser.error(f"{args.target} packages are built on {args.target} (this is {host}); "
                     "see .github/workflows/release.yml")
    started = time.monotonic()
    info = check_portable(args.gpu)
    log(f"llama.cpp build: {info}")
    out = args.out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    bundle = freeze(args.target, out / "build")
    if args.target == "windows":
        log(f"MSVC runtime added: {', '.join(bundle_msvc_runtime(bundle)) or 'already there'}")
    log(f"{mib(ship_each_library_once(bundle))} of duplicate libraries made links; "
        f"{mib(strip_binaries(bundle))} of symbols stripped")
    if args.target == "linux" and not args.full_icu:
        log(f"{mib(drop_icu_data(bundle, out / 'build'))} of ICU locale data left out")
    log(f"bundle: {mib(size_of(bundle))} unpacked")
    if args.bundle_only:
        return 0
    packages = {"linux": package_linux, "windows": package_windows, "macos": package_macos}[args.target](
        bundle, out, args.gpu)
    log(f"done in {time.monotonic() - started:.0f} s: " + ", ".join(p.name for p in packages))
    return 0


if __name__ == "__main__":
    sys.exit(main())
