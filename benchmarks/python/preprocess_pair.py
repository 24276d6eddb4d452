#!/usr/bin/python3
"""The baseline for ChronoMid's preprocess-pair comparison: expand, register, translate and difference.

Usage: /usr/bin/python3 preprocess_pair.py INPUT_DIR CANVAS_ROWS CANVAS_COLUMNS
INPUT_DIR holds manifest.json ({"pairs": [{"reference": file, "comparison": file, ...}], "order": [...]}) and raw
little-endian float32 slices. Prints one JSON line with the mean seconds per pair and the shifts found.
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
    shifts = []
    start = time.perf_counter()
    for index in manifest["order"]:
        _, shift = preprocess(*pairs[index], rows, cols)
        shifts.append([float(s) for s in shift])
    elapsed = time.perf_counter() - start
    print(json.dumps({"seconds_per_pair": elapsed / len(manifest["order"]), "pairs": len(manifest["order"]),
                      "shifts": shifts[:len(pairs)]}))


if __name__ == "__main__":
    main()
