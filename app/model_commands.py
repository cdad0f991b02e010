"""`ponder models pull | search | rm`: the model manager on the command line."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Mapping
from typing import Any

from engine.downloads import Downloader, DownloadError, ErrorKind, pick_file
from engine.local_models import list_local_models
from engine.paths import models_dir
from engine.safe_paths import UnsafeName, repo_folder
from engine.secrets import HF_TOKEN, SecretStore

from .settings import Settings


def _downloader() -> Downloader:
    token = os.environ.get("HF_TOKEN") or SecretStore().get(HF_TOKEN)
    return Downloader(token=token, offline=Settings().get("offline"))


def _out(args: argparse.Namespace, event: Mapping[str, Any]) -> None:
    if args.json:
        print(json.dumps(event, ensure_ascii=False), flush=True)
        return
    kind = event.get("event")
    if kind == "progress":
        total = event["total"] or 1
        speed = event.get("speed") or 0
        sys.stderr.write(f"\r{event['downloaded'] / 2**20:8.1f} / {total / 2**20:.1f} MiB "
                         f"({100 * event['downloaded'] / total:5.1f} %)  {speed / 2**20:6.1f} MiB/s  ")
        sys.stderr.flush()
    elif kind in ("stalled", "retrying"):
        sys.stderr.write(f"\n{event['message']}\n")
    elif kind == "done":
        print(f"\nverified {event['path']} (sha256 {event['sha256'][:12]}…)")
    elif kind == "error":
        sys.stderr.write(f"\nponder: error: {event['message']}\n")
    elif kind == "notice":
        sys.stderr.write(f"ponder: note: {event['message']}\n")
    else:
        print(event)


def pull(args: argparse.Namespace) -> int:
    repo = args.target
    try:  # refused before any request
        folder = repo_folder(models_dir(), repo)
    except UnsafeName as exc:
        raise DownloadError("invalid", f"Refused: {exc}.") from None
    from engine.catalog import licence_notice, load_catalog

    _licence, notice = licence_notice(repo, load_catalog())
    if notice:
        _out(args, {"event": "notice", "message": notice})
    d = _downloader()
    name = args.file or pick_file(d.list_gguf(repo, args.revision), args.quant)
    path = None
    for part in d.parts_of(repo, name, args.revision) if not args.file else [name]:
        remote = d.resolve(repo, part, args.revision)
        path = d.download(remote, folder, lambda e: _out(args, e))
    return 0 if path else 1


def search(args: argparse.Namespace) -> int:
    d = _downloader()
    for hit in d.search(args.target):
        repo = hit["repo_id"]
        files = d.list_gguf(repo)
        if args.json:
            _out(args, {"repo_id": repo, "files": [{"name": n, "size": s} for n, s in files]})
        else:
            print(repo)
            for n, s in files:
                print(f"    {n:60} {s / 2**30:6.2f} GiB")
    return 0


def remove(args: argparse.Namespace) -> int:
    wanted = (args.target or "").casefold()
    match = [m for m in list_local_models() if not m.builtin and wanted in
             (m.name.casefold(), m.path.name.casefold())]
    if not match:
        raise DownloadError("not_found", f"no local model named {args.target!r} (the built-in "
                                         "starter model cannot be removed)")
    model = match[0]
    if not args.yes and not args.json:
        size = model.path.stat().st_size if model.path.exists() else 0  # an imported link may dangle
        reply = input(f"Delete {model.path} ({size / 2**30:.2f} GiB)? [y/N] ")
        if reply.strip().lower() not in ("y", "yes"):
            print("kept")
            return 1
    try:
        model.path.unlink()
    except OSError as exc:
        raise DownloadError("disk", f"could not delete {model.path}: {exc.strerror or exc}") from None
    if args.json:
        _out(args, {"event": "removed", "path": str(model.path)})
    else:
        print(f"removed {model.path}")
    return 0


def show_catalog(args: argparse.Namespace) -> int:
    """The recommended Nemotron models with a fit label per file for this machine."""
    from engine.catalog import as_json, load_catalog
    from engine.hardware import detect_hardware

    hw = detect_hardware()
    for model in load_catalog():
        entry = as_json(model, hw)
        if args.json:
            print(json.dumps(entry, ensure_ascii=False))
            continue
        print(f"{entry['name']}  ({entry['repo_id']})  recommended: {entry['recommended'] or 'none'}")
        for f in entry["files"]:
            print(f"    {f['quant']:8} {f['size'] / 2**30:6.2f} GiB  {f['fit']:16} {f['detail']}")
    if hw.problem and not args.json:
        print(f"note: {hw.problem}")
    return 0


def run_model_command(args: argparse.Namespace) -> int:
    if not args.target:
        _out(args, {"event": "error", "message": f"models {args.action} needs a target"})
        return 2
    try:
        return {"pull": pull, "search": search, "rm": remove}[args.action](args)
    except DownloadError as exc:
        _out(args, {"event": "error", "message": str(exc), "kind": exc.kind, "offline": exc.offline})
        return 1
    except KeyboardInterrupt:
        _out(args, {"event": "error", "message": "interrupted; the partial file is kept", "kind": ErrorKind.CANCELLED})
        return 130
