namespace ChronoMid.Synthetic;

/// <summary>
/// Seeded three-dimensional gradient noise (Perlin's improved construction with hashed lattice gradients): a
/// smooth random field whose thin level band around zero forms a connected network of struts, used as the
/// trabecular lattice. It is a pure function of seed and position, so any slice can be rendered on its own.
/// </summary>
internal static class GradientNoise
{
    /// <summary>Samples the field at a point given in lattice units; the result lies roughly within [-1, 1].</summary>
    public static float Sample(ulong seed, float x, float y, float z)
    {
        var fx = MathF.Floor(x);
        var fy = MathF.Floor(y);
        var fz = MathF.Floor(z);
        var ix = (long)fx;
        var iy = (long)fy;
        var iz = (long)fz;
        var dx = x - fx;
        var dy = y - fy;
        var dz = z - fz;
        var u = Fade(dx);
        var v = Fade(dy);
        var w = Fade(dz);

        var x00 = Lerp(Corner(seed, ix, iy, iz, dx, dy, dz), Corner(seed, ix + 1, iy, iz, dx - 1, dy, dz), u);
        var x10 = Lerp(Corner(seed, ix, iy + 1, iz, dx, dy - 1, dz),
            Corner(seed, ix + 1, iy + 1, iz, dx - 1, dy - 1, dz), u);
        var x01 = Lerp(Corner(seed, ix, iy, iz + 1, dx, dy, dz - 1),
            Corner(seed, ix + 1, iy, iz + 1, dx - 1, dy, dz - 1), u);
        var x11 = Lerp(Corner(seed, ix, iy + 1, iz + 1, dx, dy - 1, dz - 1),
            Corner(seed, ix + 1, iy + 1, iz + 1, dx - 1, dy - 1, dz - 1), u);
        return Lerp(Lerp(x00, x10, v), Lerp(x01, x11, v), w);
    }

    private static float Fade(float t) => t * t * t * ((t * ((t * 6) - 15)) + 10);

    private static float Lerp(float a, float b, float t) => a + (t * (b - a));

    private static float Corner(ulong seed, long ix, long iy, long iz, float dx, float dy, float dz)
    {
        var key = ((ulong)ix * 0x9E3779B1UL) ^ ((ulong)iy * 0x85EBCA77UL << 21) ^ ((ulong)iz * 0xC2B2AE3DUL << 42);
        var hash = PhantomHash.Mix(seed ^ key);

        // The twelve edge directions of a cube (four repeated to fill sixteen), as in improved Perlin noise.
        return (int)(hash >> 60) switch
        {
            0 or 12 => dx + dy,
            1 or 13 => -dx + dy,
            2 => dx - dy,
            3 => -dx - dy,
            4 => dx + dz,
            5 => -dx + dz,
            6 => dx - dz,
            7 => -dx - dz,
            8 => dy + dz,
            9 or 14 => -dy + dz,
            10 => dy - dz,
            _ => -dy - dz,
        };
    }
}
