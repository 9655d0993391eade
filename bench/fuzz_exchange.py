"""Run the CSV exchange property checks with many examples and print how many ran.

    python bench/fuzz_exchange.py                     # 2,000 round trips, 10,000 byte inputs
    python bench/fuzz_exchange.py --round-trip 300 --bytes 1000   # what pytest runs

The test suite keeps its example counts small so it stays fast; this script
runs the very same checks (tests/storage/test_exchange_properties.py) as long as
you like, and prints the counts: hypothesis would otherwise not say how many
examples actually ran. It exits 1 with the falsifying example on a failure.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from tests.storage import test_exchange_properties as props  # noqa: E402


def run(name: str, strategy, check, examples: int) -> bool:
    before = dict(props.COUNTS)
    started = time.perf_counter()
    test = settings(max_examples=examples, deadline=None, database=None,
                    suppress_health_check=list(HealthCheck))(given(strategy)(check))
    try:
        test()
        ok = True
    except Exception as exc:  # hypothesis re-raises the falsifying example's error
        print(f"{name}: FAILED: {type(exc).__name__}: {exc}")
        ok = False
    ran = {k: props.COUNTS[k] - before[k] for k in props.COUNTS if props.COUNTS[k] != before[k]}
    seconds = time.perf_counter() - started
    print(f"{name}: {sum(ran.values())} examples ({ran}) in {seconds:.1f} s"
          f" — {'ok' if ok else 'FAILED'}")
    return ok


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--round-trip", type=int, default=2000, metavar="N",
                        help="examples for export → import → export (default 2000)")
    parser.add_argument("--bytes", type=int, default=10000, metavar="N",
                        help="examples of bytes fed to the importer (default 10000)")
    args = parser.parse_args(argv)
    results = [
        run("round trip (any text, byte-identical re-export)", props.events,
            props.check_round_trip, args.round_trip),
        run("importer on arbitrary bytes", st.binary(max_size=2000), props.check_bytes,
            args.bytes // 2),
        run("importer on CSV-shaped bytes", props.csv_bytes, props.check_bytes,
            args.bytes - args.bytes // 2),
    ]
    print(f"total hypothesis examples: {props.COUNTS}")
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
