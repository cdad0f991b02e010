"""Run every benchmark in this folder."""

import sys

from tests.bench import bench_decode, bench_gui_stream

if __name__ == "__main__":
    for bench in (bench_decode, bench_gui_stream):
        sys.argv = sys.argv[:1]
        bench.main()
