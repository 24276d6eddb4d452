#!/usr/bin/python3
"""Writes the registration fixtures that ChronoMid's tests compare against.

Run with Debian's python3 (scikit-image 0.19, scipy, numpy): /usr/bin/python3 make_fixtures.py
Inputs are deterministic (seeded); every expected number comes from scikit-image or scipy, never by hand.
Files: NAME_reference.f32 / NAME_comparison.f32 (raw little-endian float32, row-major), NAME.json (sidecar),
NAME_fourier.f32, NAME_bilinear.f32, NAME_difference.f32 and expected.json.
"""
import json
import os

import numpy as np
import scipy
import skimage
from scipy import ndimage
from scipy.fft import fftn, ifftn
from skimage.registration import phase_cross_correlation

HERE = os.path.dirname(os.path.abspath(__file__))


def tibia_like(rows, cols, rng):
    """A cortical ring (ellipse) on a dark background with marrow texture and noise, values about 0-2000."""
    y, x = np.mgrid[0:rows, 0:cols].astype(np.float64)
    cy, cx = rows * 0.5, cols * 0.47
    ry, rx = rows * 0.30, cols * 0.28
    r = np.sqrt(((y - cy) / ry) ** 2 + ((x - cx) / rx) ** 2)
    image = 120.0 + 1700.0 * np.exp(-((r - 1.0) / 0.12) ** 2)
    image += 300.0 * (r < 0.85) * (0.5 + 0.5 * np.sin(x * 0.9) * np.cos(y * 0.7))
    image += rng.normal(0.0, 25.0, size=(rows, cols))
    return image


def write_f32(name, array):
    array.astype('<f4').tofile(os.path.join(HERE, name))


def main():
    cases = [("small", 64, 96, (2.3, -3.7)), ("odd", 101, 153, (-4.6, 1.2))]
    expected = {"generator": "make_fixtures.py",
                "versions": {"skimage": skimage.__version__, "scipy": scipy.__version__, "numpy": np.__version__},
                "cases": {}}
    for index, (name, rows, cols, true_shift) in enumerate(cases):
        rng = np.random.default_rng(1000 + index)
        reference = tibia_like(rows, cols, rng)
        moved = ifftn(ndimage.fourier_shift(fftn(reference), true_shift)).real
        comparison = (moved + rng.normal(0.0, 10.0, size=moved.shape)).astype(np.float32)
        reference = reference.astype(np.float32)
        write_f32(f"{name}_reference.f32", reference)
        write_f32(f"{name}_comparison.f32", comparison)
        with open(os.path.join(HERE, f"{name}.json"), "w") as f:
            json.dump({"rows": rows, "columns": cols, "dtype": "float32", "byteorder": "little",
                       "reference": f"{name}_reference.f32", "comparison": f"{name}_comparison.f32",
                       "true_shift": list(true_shift)}, f, indent=2)

        results = {}
        for label, kwargs in [("phase_up10", dict(upsample_factor=10)),
                              ("none_up10", dict(upsample_factor=10, normalization=None)),
                              ("phase_up1", dict(upsample_factor=1))]:
            shift, error, phase = phase_cross_correlation(comparison, reference, **kwargs)
            shift64, error64, phase64 = phase_cross_correlation(
                comparison.astype(np.float64), reference.astype(np.float64), **kwargs)
            # float32 and float64 arithmetic must agree on the shift, or the fixture is too fragile to use.
            assert np.allclose(shift, shift64, atol=1e-6), (name, label, shift, shift64)
            results[label] = {"shift": [float(s) for s in shift], "error": float(error),
                              "phasediff": float(phase), "error_float64": float(error64)}

        shift = results["phase_up10"]["shift"]
        fourier = ifftn(ndimage.fourier_shift(fftn(reference.astype(np.float64)), shift)).real
        write_f32(f"{name}_fourier.f32", fourier)
        bilinear = ndimage.shift(reference.astype(np.float64), shift, order=1, mode="grid-constant",
                                 cval=float(reference.min()))
        write_f32(f"{name}_bilinear.f32", bilinear)
        write_f32(f"{name}_difference.f32", comparison.astype(np.float64) - bilinear.astype(np.float32))
        results["translated"] = {"shift": shift, "fourier": f"{name}_fourier.f32",
                                 "bilinear": f"{name}_bilinear.f32", "difference": f"{name}_difference.f32"}
        expected["cases"][name] = results

    with open(os.path.join(HERE, "expected.json"), "w") as f:
        json.dump(expected, f, indent=2)


if __name__ == "__main__":
    main()
