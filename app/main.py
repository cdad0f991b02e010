"""Entry point of the `ponder` command."""

from __future__ import annotations

import os
import sys


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args[:1] == ["--engine-host"]:  # the frozen app starts its own engine host this way
        from engine.host import main as host_main

        return host_main()
    if args[:1] == ["--template-worker"]:  # the engine host's template renderer, likewise
        from engine.template_worker import main as worker_main

        return worker_main()
    if not args or args[0] == "--lang" or args[0].startswith("--lang="):
        from app.gui import run_gui
        from app.i18n import LanguageError, normalise, take_lang_option

        try:
            language, rest = take_lang_option(args)
            if language is not None:
                language = normalise(language)
        except LanguageError as exc:
            print(f"ponder: {exc}", file=sys.stderr)
            return 2
        if rest:
            print("ponder: --lang is for the window; the command line is in English", file=sys.stderr)
            return 2
        return run_gui([], language)
    if args[:1] == ["--self-test"]:
        from app.gui import self_test

        return self_test()
    from app.cli import run

    try:
        return run(args)
    except BrokenPipeError:  # the reader went away (`| head`): stop quietly, as Unix tools do
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141  # 128 + SIGPIPE


if __name__ == "__main__":
    sys.exit(main())
