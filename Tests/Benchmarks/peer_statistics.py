"""Baseline for the benchmark: the per-area peer statistics of `kompass compare --peers`, computed
with Python's standard library only (json and statistics).

Usage: peer_statistics.py RUBRIC.json PEER_FOLDER SUBJECT.json
Prints JSON: per area and for the total the peer count, mean, median, minimum, maximum and the
subject's rank, computed the way kommunkompass computes them:
- every *.json file directly in the folder is a peer, except the subject file;
- each municipality (SCB code) counts once, with its latest evaluation (the first in name order on
  equal dates), and the subject's own municipality is never a peer;
- an area's figure is its points scaled to the full maximum from the assessed part (points x
  maximum / assessed maximum); an area with nothing assessed has no figure;
- ranks compare whole points (half away from zero), ties share the best position.
"""

import json
import math
import os
import statistics
import sys


def whole(value):
    return int(math.floor(abs(value) + 0.5)) * (1 if value >= 0 else -1)


def date_key(text):
    parts = [int(part) for part in text.split("-")]
    return (parts[0], parts[1], parts[2] if len(parts) == 3 else 0)


def figures(evaluation, maxima, area_maxima):
    """One figure per area in rubric order, then the total; None where nothing was assessed."""
    points = {area: 0.0 for area in area_maxima}
    assessed = {area: 0.0 for area in area_maxima}
    for area in evaluation["areas"]:
        for sub_area in area.get("subAreas", []):
            value = sub_area.get("points")
            if isinstance(value, (int, float)) and "notAssessed" not in sub_area:
                points[area["id"]] += value
                assessed[area["id"]] += maxima[sub_area["id"]]
    result = []
    for area, maximum in area_maxima.items():
        result.append(points[area] * maximum / assessed[area] if assessed[area] > 0 else None)
    total_assessed = sum(assessed.values())
    total_max = sum(area_maxima.values())
    result.append(sum(points.values()) * total_max / total_assessed if total_assessed > 0 else None)
    return result


def main():
    rubric_path, folder, subject_path = sys.argv[1], sys.argv[2], sys.argv[3]
    with open(rubric_path, "rb") as handle:
        rubric = json.load(handle)
    area_maxima = {area["id"]: area["maxPoints"] for area in rubric["areas"]}
    maxima = {sub["id"]: sub["maxPoints"] for area in rubric["areas"] for sub in area.get("subAreas", [])}
    with open(subject_path, "rb") as handle:
        subject = json.load(handle)
    subject_code = subject["municipality"]["code"]
    subject_real = os.path.realpath(subject_path)

    latest = {}
    for name in sorted(os.listdir(folder)):
        if name.startswith(".") or not name.lower().endswith(".json"):
            continue
        path = os.path.join(folder, name)
        if os.path.realpath(path) == subject_real:
            continue
        with open(path, "rb") as handle:
            evaluation = json.load(handle)
        if evaluation.get("rubric") != rubric["id"]:
            continue
        code = evaluation["municipality"]["code"]
        if code == subject_code:
            continue
        key = date_key(evaluation["date"])
        if code not in latest or latest[code][0] < key:
            latest[code] = (key, figures(evaluation, maxima, area_maxima))

    own = figures(subject, maxima, area_maxima)
    rows = {}
    for index, row_id in enumerate(list(area_maxima) + ["total"]):
        values = [entry[1][index] for entry in latest.values() if entry[1][index] is not None]
        row = {"peers": len(values)}
        if len(latest) >= 3 and len(values) >= 3:
            row.update(
                mean=statistics.fmean(values),
                median=statistics.median(values),
                minimum=min(values),
                maximum=max(values),
            )
            if own[index] is not None:
                mine = whole(own[index])
                row["rank"] = 1 + sum(1 for value in values if whole(value) > mine)
        rows[row_id] = row
    json.dump({"peerCount": len(latest), "rows": rows}, sys.stdout, indent=1)
    print()


if __name__ == "__main__":
    main()
