"""Entry point of the `ponder` command."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args[:1] == ["--engine-host"]:  # the frozen app starts its own engine host this way
        from engine.host import main as host_main

        return host_main()
    if not args:
        from app.gui import run_gui

        return run_gui(args)
    if args[:1] == ["--self-test"]:
        from app.gui import self_test

        return self_test()
    from app.cli import run

    return run(args)


if __name__ == "__main__":
    sys.exit(main())
