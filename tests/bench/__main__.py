"""Run every benchmark in this folder."""

from tests.bench import bench_decode

if __name__ == "__main__":
    bench_decode.main()
