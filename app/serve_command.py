"""`ponder serve`: a local model for other apps, over an OpenAI-compatible API, without the window.

Loopback only and a bearer key by default (app/server_security.py); the engine
host runs the requests one at a time (app/server_lane.py HeadlessLane).
"""

from __future__ import annotations

import argparse
import logging
import os
import signal
import sys
from typing import Any

from engine import protocol as P
from engine.gguf_meta import GGUFError, read_model_info
from engine.local_models import LocalModel, resolve_model
from engine.openai_wire import ReasoningOutput

from .settings import Settings


def add_serve_parser(sub: argparse._SubParsersAction) -> None:
    serve = sub.add_parser(
        "serve", help="serve a local model to other apps over an OpenAI-compatible API",
        description="Serve a local model at http://127.0.0.1:PORT/v1 (GET /v1/models, POST "
                    "/v1/chat/completions, POST /v1/completions). Every request needs the API key "
                    "as 'Authorization: Bearer <key>'.")
    serve.add_argument("--port", type=int, default=None,
                       help="TCP port (default: the setting server_port, 7177; 0: any free port)")
    serve.add_argument("--host", default="127.0.0.1",
                       help="address to listen on (default 127.0.0.1: this computer only)")
    serve.add_argument("--model", "-m", default=None,
                       help="a GGUF path or a local model's name (default: the model used last in the "
                            "window, else the starter model)")
    serve.add_argument("--api-key", default=None,
                       help="the key clients must send (default: $PONDER_API_KEY, else the key kept in "
                            "the keyring, made on first use); a key given here shows in the process list")
    serve.add_argument("--lan", action="store_true",
                       help="let other computers on the network connect (listens on every interface "
                            "unless --host names one)")
    serve.add_argument("--print-key", action="store_true",
                       help="print the API key (made if there is none yet) and exit")
    serve.add_argument("--allow-origin", action="append", default=None, metavar="ORIGIN",
                       help="a web page (scheme://host:port) allowed to call the API from a browser; "
                            "repeat for more (default: the setting server_origins, empty)")
    serve.add_argument("--reasoning-output", choices=[o.value for o in ReasoningOutput], default=None,
                       help="where reasoning goes: both reasoning_content and reasoning (default), one "
                            "of them, or raw think tags in the content")
    serve.add_argument("--ctx", type=int, default=0, help="context size in tokens (default: model's, at most 8192)")
    serve.add_argument("--gpu-layers", default="auto", help="'auto' or a number of layers to offload")
    serve.add_argument("--threads", type=int, default=0, help="CPU threads (default: physical cores)")


_ENDING_SIGNALS = [getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name)]


def _terminate(_signum: int, _frame: Any) -> None:
    """SIGTERM / SIGHUP: unwind like Ctrl-C, so the engine host is shut down, never orphaned."""
    raise KeyboardInterrupt


def _say(text: str) -> None:
    print(f"ponder: {text}", file=sys.stderr, flush=True)


def _model(args: argparse.Namespace, settings: Settings) -> LocalModel:
    if args.model:
        return resolve_model(args.model)
    last = settings.get("last_model")
    if last:
        try:
            model = resolve_model(last)
            if os.path.isfile(model.path):
                return model
        except FileNotFoundError:
            pass  # said below
        _say(f"the model used last in the window ({last}) is not a local model file; serving the starter model")
    return resolve_model("starter")


def cmd_serve(args: argparse.Namespace) -> int:
    from .server_lane import HeadlessLane, LaneError
    from .server_runner import LAN_WARNING, LocalServer, ServerError, ServerOptions, bind_address
    from .server_security import KEY_ENV, BadKey, resolve_key

    settings = Settings()
    port = settings.get("server_port") if args.port is None else args.port
    if not 0 <= port <= 65535:
        _say("error: --port must be from 0 to 65535")
        return 2
    options = ServerOptions(
        host=args.host, port=port, lan=args.lan,
        origins=tuple(settings.get("server_origins") if args.allow_origin is None else args.allow_origin),
        reasoning_output=ReasoningOutput(args.reasoning_output or settings.get("server_reasoning_output")))
    try:
        bind_address(options)
        key = resolve_key(args.api_key, lan=args.lan)
    except (ServerError, BadKey) as exc:
        _say(f"error: {exc}")
        return 2
    if key.source == "session" and (args.print_key or not sys.stderr.isatty()):
        # a key for this run only: shown on a terminal, never written where a log would keep it
        why = ("so no key lasts beyond one run to print" if args.print_key else
               "and a key made for this run is shown only on a terminal, never in a log")
        _say(f"error: there is no secure keyring to keep the server's API key in, {why}. Set {KEY_ENV} "
             "(or --api-key) to the key clients should use, then start the server again.")
        return 2
    if args.print_key:
        print(key.value, flush=True)
        return 0
    try:
        model = _model(args, settings)
        read_model_info(model.path)  # clear errors before a process is started
    except (FileNotFoundError, GGUFError) as exc:
        _say(f"error: {exc}")
        return 1
    logging.basicConfig(level=logging.INFO, format="ponder: %(message)s", stream=sys.stderr)
    logging.getLogger("uvicorn").setLevel(logging.WARNING)
    lane = HeadlessLane()
    server = LocalServer(lane, options, key.value)
    previous = {sig: signal.signal(sig, _terminate) for sig in _ENDING_SIGNALS}
    try:
        server.bind()  # a port in use is said before the model takes its time to load
        _say(f"loading {model.name}…")
        lane.load(P.LoadOptions(path=str(model.path), name=model.name, n_ctx=args.ctx,
                                gpu_layers=args.gpu_layers, threads=args.threads))
        _say(f"serving {model.name} at {server.url}/v1 (Ctrl-C stops)")
        if server.exposed:
            _say(f"warning: {LAN_WARNING}")
        if key.source == "session":  # on a terminal only (above)
            _say(f"{key.note} The key for this run: {key.value}")
        else:
            _say(f"every request needs the API key (from {key.source}): `ponder serve --print-key` prints it")
        server.run()
        return 0
    except (LaneError, ServerError) as exc:
        _say(f"error: {exc}")
        return 1
    except KeyboardInterrupt:  # Ctrl-C or SIGTERM, once uvicorn has ended its connections
        return 130
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        server.close()
        lane.close()
