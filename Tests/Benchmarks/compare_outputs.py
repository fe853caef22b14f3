"""Checks that `kompass compare --peers --format json` and peer_statistics.py agree.

Usage: compare_outputs.py KOMPASS.json BASELINE.json
Exits non-zero, naming the first difference, when a statistic differs by more than 1e-6.
"""

import json
import sys


def main():
    with open(sys.argv[1]) as handle:
        kompass = json.load(handle)
    with open(sys.argv[2]) as handle:
        baseline = json.load(handle)
    checked = 0
    for row in kompass["rows"]:
        expected = baseline["rows"][row["id"]]
        statistics = row.get("statistics")
        if statistics is None:
            if "mean" in expected:
                sys.exit(f"row {row['id']}: kompass has no statistics, the baseline has")
            continue
        for key in ("mean", "median", "minimum", "maximum"):
            if abs(statistics[key] - expected[key]) > 1e-6:
                sys.exit(f"row {row['id']} {key}: kompass {statistics[key]} vs baseline {expected[key]}")
            checked += 1
        if row.get("rank", {}).get("position") != expected.get("rank"):
            sys.exit(f"row {row['id']} rank: kompass {row.get('rank')} vs baseline {expected.get('rank')}")
    if kompass["basis"]["peerCount"] != baseline["peerCount"]:
        sys.exit(f"peer count: kompass {kompass['basis']['peerCount']} vs baseline {baseline['peerCount']}")
    print(f"kompass and the baseline agree: {checked} statistics over {baseline['peerCount']} peers")


if __name__ == "__main__":
    main()
