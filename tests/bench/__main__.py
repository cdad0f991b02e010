"""Run every benchmark in this folder (each also runs alone: python -m tests.bench.bench_NAME)."""

import sys

from tests.bench import (
    bench_chat_open,
    bench_decode,
    bench_gui_stream,
    bench_heavy,
    bench_i18n,
    bench_markdown,
    bench_remote,
    bench_server,
    bench_startup,
    bench_store,
)

if __name__ == "__main__":
    for bench in (bench_decode, bench_gui_stream, bench_markdown, bench_chat_open, bench_store, bench_startup,
                  bench_server, bench_remote, bench_heavy, bench_i18n):
        sys.argv = sys.argv[:1]
        bench.main()
