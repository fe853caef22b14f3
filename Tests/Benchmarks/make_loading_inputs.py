#!/usr/bin/env python3
"""Writes the inputs of the loading benchmark into a folder.

For each target size (100 KB, 1 MB, 10 MB) the Kumla 2020 evaluation is enlarged with numbered
copies of one of its findings and written three ways: on one line (as JSONEncoder and most apps
write it), pretty-printed with LF, and pretty-printed with CR-only line ends. A fourth kind is an
evaluation whose `provenance` is an object of 100,000 keys, for the duplicate-key check: the
whole object is parsed and checked for duplicates before validation refuses it with one problem
(provenance must be a text).

Usage: make_loading_inputs.py EVALUATION FOLDER
"""
import json
import os
import sys


def enlarged(evaluation, target_bytes):
    """The evaluation with enough findings added to its first sub-area to reach target_bytes."""
    result = json.loads(json.dumps(evaluation))
    sub_area = result["areas"][0]["subAreas"][0]
    template = sub_area["findings"][0]
    one = len(json.dumps(template, ensure_ascii=False).encode()) + 2
    base = len(json.dumps(result, ensure_ascii=False).encode())
    count = max(0, (target_bytes - base) // one)
    sub_area["findings"] = sub_area["findings"] + [
        dict(template, text=f"{template['text']} ({number})") for number in range(count)
    ]
    return result


def write(path, text):
    with open(path, "w", encoding="utf-8", newline="") as file:
        file.write(text)


def main():
    evaluation_path, folder = sys.argv[1], sys.argv[2]
    os.makedirs(folder, exist_ok=True)
    with open(evaluation_path, encoding="utf-8") as file:
        evaluation = json.load(file)
    for label, size in (("100k", 100_000), ("1m", 1_000_000), ("10m", 10_000_000)):
        document = enlarged(evaluation, size)
        write(f"{folder}/oneline-{label}.json", json.dumps(document, ensure_ascii=False))
        pretty = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
        write(f"{folder}/pretty-{label}.json", pretty)
        write(f"{folder}/cr-{label}.json", pretty.replace("\n", "\r"))
    keyed = json.loads(json.dumps(evaluation))
    keyed["provenance"] = {f"note{number}": f"value {number}" for number in range(100_000)}
    write(f"{folder}/keys-100000.json", json.dumps(keyed, ensure_ascii=False))


if __name__ == "__main__":
    main()
