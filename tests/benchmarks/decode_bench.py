"""What decoding a store costs, step by step: the parsers and the two paths of `load_store`.

    .venv/bin/python tests/benchmarks/decode_bench.py /work/bench/store250k.json

Prints JSON: seconds of CPU time (best of `--rounds`, so that other work on the machine counts
less) for `json.load` of the file (as the scale benchmark runs it), the standard library's
parse with duplicate keys refused (`data.storefile.parse_store`), orjson and msgspec parsing
into plain objects (for comparison; orjson only when installed), the careful path (parse, then
`data.validate`), and the fast path (`data.fastdecode.fast_records`), whose records must be the
careful path's. Not a test: the figures depend on the machine.
"""

from __future__ import annotations

import argparse
import gc
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
if __package__ in (None, ""):
    sys.path.insert(0, str(REPO))

import msgspec  # noqa: E402

from data.fastdecode import fast_records  # noqa: E402
from data.storefile import collector_paused, parse_store  # noqa: E402
from data.validate import validate  # noqa: E402


def best(step: Callable[[], Any], rounds: int, *, paused: bool = True) -> tuple[float, Any]:
    """The least CPU time of `rounds` runs of `step` (the cyclic collector paused, as the program
    pauses it, unless `paused` is False) and its last result."""
    times, result = [], None
    for _ in range(rounds):
        result = None
        gc.collect()
        start = time.process_time()
        if paused:
            with collector_paused():
                result = step()
        else:
            result = step()
        times.append(time.process_time() - start)
    return round(min(times), 3), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("store", type=Path)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    path: Path = args.store
    raw = path.read_bytes()
    figures: dict[str, Any] = {"file": str(path), "bytes": len(raw)}

    def json_load() -> Any:
        with open(path, encoding="utf-8") as file:
            return json.load(file)

    figures["json.load"], _ = best(json_load, args.rounds, paused=False)
    figures["stdlib parse, keys twice refused"], _ = best(lambda: parse_store(raw, path), args.rounds)
    try:
        import orjson

        figures["orjson.loads (keeps the last of two keys)"], _ = best(lambda: orjson.loads(raw), args.rounds)
    except ImportError:
        pass
    figures["msgspec.json.decode, untyped (keeps the last of two keys)"], _ = best(
        lambda: msgspec.json.decode(raw), args.rounds)

    figures["careful path: parse, decode, check"], (records, problems) = best(
        lambda: validate(parse_store(raw, path)), args.rounds)
    figures["fast path: decode and check"], fast = best(lambda: fast_records(raw), args.rounds)
    figures["records"] = len(records)
    figures["problems"] = len(problems)
    figures["fast path answered"] = fast is not None
    figures["same records"] = fast is not None and fast == records
    print(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
