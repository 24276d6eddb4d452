#!/usr/bin/python3
"""Baseline for the dicom-decode comparison: pydicom + numpy decode of every *.dcm in a folder.

Usage: /usr/bin/python3 pydicom_decode.py FOLDER [REPEATS]

For each file and repeat it times, in-process, dcmread + pixel_array + astype(float32) * slope + intercept,
and (separately) a header-only dcmread(stop_before_pixels=True). Prints one JSON object on stdout.
"""
import glob
import json
import os
import sys
import time

import numpy as np
import pydicom


def decode(path):
    ds = pydicom.dcmread(path)
    slope = float(ds.get("RescaleSlope", 1.0))
    intercept = float(ds.get("RescaleIntercept", 0.0))
    return ds.pixel_array.astype(np.float32) * slope + intercept


def header(path):
    return pydicom.dcmread(path, stop_before_pixels=True)


def timed(function, files, repeats):
    seconds = []
    for _ in range(repeats):
        for path in files:
            start = time.perf_counter()
            function(path)
            seconds.append(time.perf_counter() - start)
    return seconds


def main():
    folder = sys.argv[1]
    repeats = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    files = sorted(glob.glob(os.path.join(folder, "*.dcm")))
    for path in files:  # warm-up: imports, caches
        decode(path)
    full = timed(decode, files, repeats)
    headers = timed(header, files, repeats)
    first = decode(files[0])
    print(json.dumps({
        "pydicom": pydicom.__version__,
        "numpy": np.__version__,
        "files": len(files),
        "full_seconds": full,
        "header_seconds": headers,
        "first_dtype": str(first.dtype),
        "first_sum": float(first.astype(np.float64).sum()),
    }))


if __name__ == "__main__":
    main()
