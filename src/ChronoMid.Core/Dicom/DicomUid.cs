using System.Numerics;
using System.Security.Cryptography;
using System.Text;

namespace ChronoMid.Dicom;

/// <summary>Makes valid, deterministic DICOM UIDs (at most 64 characters, digits and dots) from a seed.</summary>
public static class DicomUid
{
    /// <summary>The UID root for UUID-derived UIDs (ISO/IEC 9834-8, PS3.5 annex B.2).</summary>
    public const string UuidRoot = "2.25";

    private const int MaxLength = 64;

    /// <summary>Makes <c>2.25.&lt;decimal of a 128-bit number&gt;</c>, the number being the first 16 bytes of the
    /// SHA-256 of the seed's UTF-8 bytes: the same seed always gives the same UID.</summary>
    /// <param name="seed">Any text that identifies the object, for example a series UID and an instance
    /// number.</param>
    /// <returns>A UID of at most 44 characters.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="seed"/> is <see langword="null"/>.</exception>
    public static string FromSeed(string seed)
    {
        ArgumentNullException.ThrowIfNull(seed);
        return $"{UuidRoot}.{Number(seed)}";
    }

    /// <summary>Makes <c>&lt;root&gt;.&lt;digits&gt;</c> from an organisation's root and a seed, the digits taken from
    /// the seed's SHA-256 and cut so that the UID fits in 64 characters.</summary>
    /// <param name="root">A valid UID root, for example <c>1.2.826.0.1.3680043.10.1234</c>; at most 60
    /// characters.</param>
    /// <param name="seed">Any text that identifies the object.</param>
    /// <returns>A UID of at most 64 characters.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="root"/> is not a valid UID or is longer than 60
    /// characters.</exception>
    public static string FromRoot(string root, string seed)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(seed);
        if (!IsValid(root) || root.Length > MaxLength - 4)
        {
            throw new ArgumentException(
                $"Expected a UID root of digits and dots, without leading zeros, at most {MaxLength - 4} characters; " +
                $"found '{root}' ({root.Length} characters).", nameof(root));
        }

        var digits = Number(seed).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var room = MaxLength - root.Length - 1;
        return $"{root}.{digits[..Math.Min(room, digits.Length)]}";
    }

    /// <summary>Checks that a string is a valid UID: 1 to 64 characters, components of digits separated by single
    /// dots, no component with a leading zero.</summary>
    /// <param name="uid">The text to check.</param>
    /// <returns><see langword="true"/> when <paramref name="uid"/> is valid.</returns>
    public static bool IsValid(string? uid)
    {
        if (string.IsNullOrEmpty(uid) || uid.Length > MaxLength)
        {
            return false;
        }

        foreach (var component in uid.Split('.'))
        {
            if (component.Length == 0 || !component.All(char.IsAsciiDigit)
                || component.Length > 1 && component[0] == '0')
            {
                return false;
            }
        }

        return true;
    }

    private static BigInteger Number(string seed)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(seed));
        return new BigInteger(hash.AsSpan(0, 16), isUnsigned: true, isBigEndian: true);
    }
}
