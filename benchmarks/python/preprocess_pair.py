#!/usr/bin/python3
"""The baseline for ChronoMid's preprocess-pair comparison: expand, register, translate and difference.

Usage: /usr/bin/python3 preprocess_pair.py INPUT_DIR CANVAS_ROWS CANVAS_COLUMNS [--serve]
INPUT_DIR holds manifest.json ({"pairs": [{"reference": file, "comparison": file, ...}], "order": [...]}) and raw
little-endian float32 slices. Prints one JSON line with the mean seconds per pair and the shifts found.
With --serve it loads the pairs, warms up, prints "ready", then for each line "START COUNT" read from standard
input times order[START:START + COUNT] and prints one JSON line, so that the caller can interleave its own
timings with these under the same machine load; an empty line or end of input stops it.
"""
import json
import os
import sys
import time

import numpy as np
from scipy import ndimage
from skimage.registration import phase_cross_correlation


def expand(image, rows, cols):
    dr, dc = rows - image.shape[0], cols - image.shape[1]
    return np.pad(image, ((dr // 2, dr - dr // 2), (dc // 2, dc - dc // 2)), constant_values=image.min())


def preprocess(reference, comparison, rows, cols):
    reference = expand(reference, rows, cols)
    comparison = expand(comparison, rows, cols)
    shift, _, _ = phase_cross_correlation(comparison, reference, upsample_factor=10)
    aligned = ndimage.shift(reference, shift, order=1, mode="grid-constant", cval=float(reference.min()))
    return comparison - aligned, shift


def main():
    folder, rows, cols = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    with open(os.path.join(folder, "manifest.json")) as f:
        manifest = json.load(f)
    pairs = []
    for pair in manifest["pairs"]:
        load = lambda key: np.fromfile(os.path.join(folder, pair[key]), dtype="<f4").reshape(pair[key + "_shape"])
        pairs.append((load("reference"), load("comparison")))
    preprocess(*pairs[0], rows, cols)  # warm-up
    if "--serve" in sys.argv[4:]:
        print("ready", flush=True)
        for line in sys.stdin:
            if not line.strip():
                break
            first, count = (int(x) for x in line.split())
            print(json.dumps(time_block(pairs, manifest["order"][first:first + count], rows, cols)), flush=True)
        return
    print(json.dumps(time_block(pairs, manifest["order"], rows, cols)))


def time_block(pairs, order, rows, cols):
    shifts = []
    start = time.perf_counter()
    for index in order:
        _, shift = preprocess(*pairs[index], rows, cols)
        shifts.append([float(s) for s in shift])
    elapsed = time.perf_counter() - start
    return {"seconds_per_pair": elapsed / len(order), "pairs": len(order), "shifts": shifts[:len(pairs)]}


if __name__ == "__main__":
    main()
