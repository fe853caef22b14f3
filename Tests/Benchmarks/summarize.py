"""Turns hyperfine's JSON and the peak-memory list into the Markdown table for the README.

Usage: summarize.py HYPERFINE.json MEMORY.txt SIZE_1000 SIZE_10000 SIZE_10000_ONE_LINE
"""

import json
import platform
import subprocess
import sys
from datetime import date


def main():
    with open(sys.argv[1]) as handle:
        results = {result["command"]: result for result in json.load(handle)["results"]}
    memory = {}
    with open(sys.argv[2]) as handle:
        for line in handle:
            name, _, kilobytes = line.strip().rpartition("=")
            memory[name] = int(kilobytes)

    def wall(name):
        return results[name]["mean"]

    cpu = subprocess.run(["nproc"], capture_output=True, text=True).stdout.strip()
    print(f"Measured {date.today().isoformat()} on {platform.machine()} Linux, {cpu} cores, "
          f"dataset 1,000 files ({sys.argv[3]}) and 10,000 files ({sys.argv[4]}; "
          f"{sys.argv[5]} with each file on one line):\n")
    print("| what | wall time (mean ± σ) | peak memory |")
    print("| --- | --- | --- |")
    for name, result in results.items():
        print(f"| {name} | {result['mean'] * 1000:.1f} ± {result['stddev'] * 1000:.1f} ms "
              f"| {memory.get(name, 0) / 1024:.1f} MiB |")
    print()
    for size in (1000, 10000):
        kompass = wall(f"kompass compare --peers {size}")
        print(f"- {size:,} files: kompass/Python = {kompass / wall(f'python baseline {size}'):.2f}, "
              f"kompass/jq = {kompass / wall(f'jq sum {size}'):.2f}")
    one_line = wall("kompass compare --peers 10000, one line") / wall("kompass compare --peers 10000")
    print(f"- 10,000 files on one line / pretty-printed: time × {one_line:.2f}")
    growth = wall("kompass compare --peers 10000") / wall("kompass compare --peers 1000")
    print(f"- kompass from 1,000 to 10,000 files: time × {growth:.1f}, peak memory "
          f"{memory['kompass compare --peers 1000'] / 1024:.1f} → {memory['kompass compare --peers 10000'] / 1024:.1f} MiB")


if __name__ == "__main__":
    main()
