"""The `ponder` command line: chat with a model and list local models.

`--json` prints exactly the events the engine host emits, one object a line,
so scripts, tests and benchmarks see what the window sees.
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
import time
from collections.abc import Iterator
from typing import Any, TextIO

from engine import profiles
from engine import protocol as P
from engine.answer_language import ANSWER_LANGUAGES
from engine.client import EngineClient
from engine.gguf_meta import GGUFError, read_model_info
from engine.local_models import list_local_models, resolve_model
from engine.paths import DataFolderError
from engine.protocol import BUDGET_UNLIMITED, Event, FinishReason, ReasoningMode


class CliError(Exception):
    pass


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ponder", description="Private, offline chat with reasoning models."
    )
    sub = parser.add_subparsers(dest="command")

    chat = sub.add_parser("chat", help="chat with a model in the terminal")
    chat.add_argument("--model", "-m", default=None,
                      help="a GGUF path or the name of a local model (default: the starter model); "
                           "with --remote, the server's model id (default: its only model)")
    chat.add_argument("--remote", default=None, metavar="NAME_OR_URL",
                      help="use a model on a server added with `ponder remote add`, or at this address "
                           "(its key from PONDER_REMOTE_API_KEY)")
    chat.add_argument("--system", help="system message (default: none is sent)")
    chat.add_argument("--prompt", "-p", help="the user message (default: read standard input)")
    chat.add_argument("--each-line", action="store_true",
                      help="each line of standard input is the next user message of one conversation")
    chat.add_argument("--temperature", type=float, default=None)
    chat.add_argument("--top-p", type=float, default=None)
    chat.add_argument("--top-k", type=int, default=None)
    chat.add_argument("--min-p", type=float, default=None)
    chat.add_argument("--repeat-penalty", type=float, default=None)
    chat.add_argument("--seed", type=int, default=None)
    chat.add_argument("--max-tokens", type=int, default=None)
    chat.add_argument("--ctx", type=int, default=0, help="context size in tokens (default: model's, at most 8192)")
    chat.add_argument("--gpu-layers", default="auto", help="'auto' or a number of layers to offload")
    chat.add_argument("--threads", type=int, default=0, help="CPU threads (default: physical cores)")
    chat.add_argument("--reasoning", choices=list(ReasoningMode), default=ReasoningMode.AUTO,
                      help="reasoning mode (auto: the model family's default)")
    chat.add_argument("--budget", type=int, default=BUDGET_UNLIMITED,
                      help="thinking tokens: -1 unlimited (default), 0 off, N caps the reasoning")
    chat.add_argument("--wrap-up", default=None,
                      help="sentence added when the budget ends the reasoning ('' for none)")
    chat.add_argument("--family", default="", help="override the detected model family")
    chat.add_argument("--heavy", type=int, default=0, metavar="N",
                      help="heavy mode: N candidate solutions (2-8), then the model judges and picks one "
                           "(NVIDIA's GenSelect); costs about N + 1 replies")
    chat.add_argument("--task", default="", choices=["", "math", "code", "science"],
                      help="the model family's task preset (OpenReasoning: math, code, science), put before "
                           "the question; for heavy mode it also picks the judge's prompt")
    chat.add_argument("--answer-language", default="", choices=["", *ANSWER_LANGUAGES], metavar="CODE",
                      help="the language to answer in: " + ", ".join(ANSWER_LANGUAGES) + " (default: the "
                           "language of the message); asked the way the model family takes instructions")
    chat.add_argument("--reason-in-english", action="store_true",
                      help="ask the model to think in English, then answer in the --answer-language (or "
                           "the message's language), as NVIDIA's multilingual training data does")
    chat.add_argument("--show-prompt", action="store_true",
                      help="also print the prompt exactly as the model reads it (on stderr; with --json "
                           "in the stats event's prompt_text)")
    chat.add_argument("--json", action="store_true", help="print one JSON event per line")

    models = sub.add_parser("models", help="list, download, search and remove models")
    models.add_argument("action", nargs="?", default="list", choices=["list", "pull", "search", "rm", "catalog"])
    models.add_argument("target", nargs="?", help="pull: REPO_ID; search: TEXT; rm: NAME")
    models.add_argument("--file", help="pull: the .gguf file to download")
    models.add_argument("--quant", default="Q4_K_M", help="pull: quantization to pick (default Q4_K_M)")
    models.add_argument("--revision", default="main")
    models.add_argument("--yes", action="store_true", help="rm: do not ask")
    models.add_argument("--json", action="store_true")

    from app.remote_commands import add_remote_parser
    from app.serve_command import add_serve_parser

    add_serve_parser(sub)
    add_remote_parser(sub)
    return parser


def sampling_from(args: argparse.Namespace, recommended: dict[str, Any] | None = None) -> P.Sampling:
    """The family's recommended sampling, then what the user asked for explicitly."""
    s = P.Sampling()
    for name, value in (recommended or {}).items():
        setattr(s, name, value)
    for name in (*P.TUNABLE_NAMES, "seed"):
        value = getattr(args, name)
        if value is not None:
            setattr(s, name, value)
    try:
        s.validate()
    except ValueError as exc:
        raise CliError(str(exc)) from None
    return s


class Printer:
    """Shows events: JSON lines, or the answer as readable streaming text."""

    def __init__(self, as_json: bool, out: TextIO = sys.stdout, err: TextIO = sys.stderr):
        self.as_json, self.out, self.err = as_json, out, err
        self._mid_line = False

    def event(self, event: P.EngineEvent) -> None:
        if self.as_json:
            self.out.write(json.dumps(event, ensure_ascii=False) + "\n")
            self.out.flush()
            return
        if event["event"] == Event.CANDIDATE_DONE:
            usable = "judged" if event["usable"] else f"not judged: {event['problem']}"
            self.err.write(f"\n[candidate {event['candidate']}: "
                           f"{event['reasoning_tokens'] + event['answer_tokens']} tokens, {usable}]\n")
        elif event["event"] == Event.JUDGMENT:
            self.err.write(f"[{event['summary']}]\n")
        elif (event["event"] == Event.ANSWER or event["event"] == Event.REASONING) and (
                "candidate" in event or "judge" in event):  # heavy mode's parts: progress, on stderr
            self.err.write(event["text"])
            self.err.flush()
        elif event["event"] == Event.ANSWER or event["event"] == Event.REASONING:
            text = event["text"]
            stream = self.out if event["event"] == Event.ANSWER else self.err
            stream.write(text)
            stream.flush()
            self._mid_line = not text.endswith("\n")
        elif event["event"] == Event.DONE:
            if self._mid_line:
                self.out.write("\n")
                self._mid_line = False
            if event["finish_reason"] != FinishReason.STOP:
                self.err.write(f"[{event['finish_reason']}]\n")
        elif event["event"] == Event.STATS:
            if self._mid_line:
                self.out.write("\n")
                self._mid_line = False
            if "prompt_text" in event:  # --show-prompt
                self.err.write(f"[prompt as the model read it]\n{event['prompt_text']}\n[end of prompt]\n")
            self.err.write(
                f"[{event['generated_tokens']} tokens, {event['decode_tokens_per_s']:.1f} tok/s, "
                f"first token after {event['ttft_s']:.2f} s]\n"
            )
        elif event["event"] == Event.NOTICE:
            self.err.write(f"ponder: {event['message']}\n")
        elif event["event"] == Event.ERROR:
            if self._mid_line:
                self.out.write("\n")
            self.err.write(f"ponder: error: {event['message']}\n")
        self.out.flush()

    def error(self, message: str) -> None:
        self.event(P.error_event(message))


class ChatSession:
    """One engine host, one conversation, Ctrl-C as a clean stop."""

    def __init__(self, args: argparse.Namespace, printer: Printer):
        self.args, self.printer = args, printer
        self.client = EngineClient()
        self.messages: list[dict[str, Any]] = []
        if args.system:
            self.messages.append({"role": "system", "content": args.system})
        if args.budget < BUDGET_UNLIMITED:
            raise CliError("--budget must be -1 (unlimited), 0 (off) or a number of tokens")
        if args.family:
            try:
                profiles.by_family(args.family)
            except ValueError as exc:
                raise CliError(str(exc)) from None
        self.sampling = sampling_from(args)
        self.endpoint: Any = None  # an added server (engine.remote_endpoints.Endpoint) with --remote
        self.servers: Any = None  # the added servers (engine.remote_endpoints.EndpointStore) with --remote
        self._generating = False
        self._cancelled_at: float | None = None

    def on_sigint(self, _signum: int, _frame: Any) -> None:
        if self._generating and self._cancelled_at is None:
            self._cancelled_at = time.monotonic()
            self.client.stop()
            return
        raise KeyboardInterrupt

    def _load_options(self) -> P.LoadOptions | None:
        if self.args.remote:
            from app.remote_commands import RemoteCommandError, remote_load_options
            from engine.remote_endpoints import EndpointStore

            self.servers = EndpointStore()  # read once: what the replies show is written back to it
            try:
                options, self.endpoint = remote_load_options(self.args.remote, self.args.model or "",
                                                             self.args.family, store=self.servers)
            except (RemoteCommandError, ValueError) as exc:
                self.printer.error(str(exc))
                return None
            return options
        try:
            model = resolve_model(self.args.model or "starter")
            read_model_info(model.path)  # clear errors before a process is started
        except (FileNotFoundError, GGUFError) as exc:
            self.printer.error(str(exc))
            return None
        return P.LoadOptions(
            path=str(model.path), name=model.name, n_ctx=self.args.ctx, gpu_layers=self.args.gpu_layers,
            threads=self.args.threads, family=self.args.family,
        )

    def _learn(self, event: P.EngineEvent) -> None:
        if self.endpoint is not None and self.servers is not None:
            from app.remote_commands import learn

            learn(self.servers, self.endpoint, dict(event))

    def load(self) -> bool:
        options = self._load_options()
        if options is None:
            return False
        self.client.load(options)
        for event in self.client.events_until(Event.LOADED):
            if event["event"] == Event.LOADED:
                self._learn(event)
                profile = profiles.by_family(event["family"])
                on = profile.reasoning_on(self.args.reasoning, self.args.budget)
                self.sampling = sampling_from(self.args, profile.sampling(on))
                for notice in event["notices"]:
                    self.printer.event(P.notice_event(notice))
                if self.printer.as_json:
                    self.printer.event(event)
                return True
            self.printer.event(event)
        return False

    def turn(self, text: str) -> FinishReason | None:
        """Send one user message; returns the finish reason, or None after an error."""
        if not text.strip():
            self.printer.error("the message is empty")
            return None
        self.messages.append({"role": "user", "content": text})
        answer: list[str] = []
        finish: FinishReason | None = None
        self._generating, self._cancelled_at = True, None
        try:
            self.client.generate(P.GenerateRequest(
                self.messages, self.sampling, reasoning=self.args.reasoning,
                budget=self.args.budget, wrap_up=self.args.wrap_up, heavy=self.args.heavy, task=self.args.task,
                answer_language=self.args.answer_language, reason_in_english=self.args.reason_in_english,
                show_prompt=self.args.show_prompt))
            for event in self.client.events_until(Event.DONE):
                self.printer.event(event)
                if event["event"] == Event.ANSWER and "candidate" not in event and "judge" not in event:
                    answer.append(event["text"])  # the reply (in heavy mode: the chosen candidate's)
                elif event["event"] == Event.STATS:
                    self._learn(event)
                elif event["event"] == Event.DONE:
                    finish = event["finish_reason"]
        finally:
            self._generating = False
        if finish is None:
            self.messages.pop()
        else:
            self.messages.append({"role": "assistant", "content": "".join(answer)})
        return finish

    def close(self) -> None:
        self.client.close()


def _prompts(args: argparse.Namespace) -> Iterator[str]:
    """The user's messages; with --each-line (or in a terminal) empty lines are skipped, not the end."""
    if args.prompt is not None:
        yield args.prompt
    elif args.each_line or sys.stdin.isatty():
        interactive = sys.stdin.isatty() and not args.json
        while True:
            if interactive:
                sys.stderr.write("\n> ")
                sys.stderr.flush()
            line = sys.stdin.readline()
            if not line:
                return
            if line.strip():
                yield line.rstrip("\n")
    else:
        yield sys.stdin.read()


def _terminate(signum: int, _frame: Any) -> None:
    """SIGTERM / SIGHUP: unwind like Ctrl-C, so the engine host is shut down, never orphaned."""
    raise KeyboardInterrupt


def cmd_chat(args: argparse.Namespace) -> int:
    printer = Printer(args.json)
    try:
        session = ChatSession(args, printer)
    except CliError as exc:
        printer.error(str(exc))
        return 2
    previous = {signal.SIGINT: signal.signal(signal.SIGINT, session.on_sigint)}
    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            previous[getattr(signal, name)] = signal.signal(getattr(signal, name), _terminate)
    try:
        if not session.load():
            return 1
        for text in _prompts(args):
            finish = session.turn(text)
            if finish is None:
                return 1
            if finish == FinishReason.CANCELLED:
                return 130
            if finish == FinishReason.INTERRUPTED:  # a server's stream broke off: the reply is incomplete
                return 1
        return 0
    except KeyboardInterrupt:
        return 130
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        session.close()


def cmd_models(args: argparse.Namespace) -> int:
    if args.action == "catalog":
        from app.model_commands import show_catalog

        return show_catalog(args)
    if args.action in ("pull", "search", "rm"):
        from app.model_commands import run_model_command

        return run_model_command(args)
    models = list_local_models()
    if args.json:
        for model in models:
            print(json.dumps(model.to_json(), ensure_ascii=False))
        return 0
    if not models:
        print("No local models. Put GGUF files in the models folder or install the starter model.")
        return 0
    for m in models:
        if m.info is None:
            print(f"{m.name:40} unusable: {m.problem}")
            continue
        tag = " (built-in)" if m.builtin else ""
        print(f"{m.name + tag:40} {m.info.architecture:12} {m.info.display_size:>7} "
              f"{m.info.quantization:8} ctx {m.info.context_length:>7,}  {m.info.file_size / 2**20:,.0f} MiB")
    return 0


def _tolerant_streams() -> None:
    """Invalid UTF-8 on stdin becomes U+FFFD; unprintable text (odd file names) is escaped on output."""
    for stream, errors in ((sys.stdin, "replace"), (sys.stdout, "backslashreplace"),
                           (sys.stderr, "backslashreplace")):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors=errors)


def run(argv: list[str] | None = None) -> int:
    _tolerant_streams()
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command == "chat":
            return cmd_chat(args)
        if args.command == "models":
            return cmd_models(args)
        if args.command == "remote":
            from app.remote_commands import run_remote_command

            return run_remote_command(args)
        if args.command == "serve":
            from app.serve_command import cmd_serve

            return cmd_serve(args)
    except DataFolderError as exc:  # PONDER_HOME is a file, or cannot be created
        Printer(getattr(args, "json", False)).error(str(exc))
        return 2
    parser.print_help()
    return 0
