using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ChronoMid.Data;

/// <summary>
/// Computes a cache key from the input files and every preprocessing setting, so that a changed setting or a
/// changed file makes a new cache and never reuses a stale one.
/// </summary>
/// <remarks>
/// A file is identified by its path relative to the study folder, its length in bytes and its last-write time
/// (UTC ticks): reading the content of every file of a study that may hold tens of GiB only to key the cache
/// would cost as much as preprocessing it. A file rewritten in place with the same length and timestamp is the
/// one change this cannot see.
/// </remarks>
public static class SampleCacheKey
{
    /// <summary>Computes the key.</summary>
    /// <param name="studyFolder">The study's root folder; input paths are made relative to it.</param>
    /// <param name="inputFiles">Every input file the cache is made from.</param>
    /// <param name="settings">Every preprocessing setting, as name-value pairs.</param>
    /// <returns>32 lowercase hexadecimal characters (128 bits of a SHA-256).</returns>
    public static string Compute(
        string studyFolder, IEnumerable<string> inputFiles, IReadOnlyDictionary<string, string> settings)
    {
        ArgumentNullException.ThrowIfNull(studyFolder);
        ArgumentNullException.ThrowIfNull(inputFiles);
        ArgumentNullException.ThrowIfNull(settings);
        var text = new StringBuilder();
        text.Append("chronomid-cache/").Append(CacheManifest.CurrentFormatVersion).Append('\n');
        foreach (var (name, value) in settings.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            text.Append("setting\t").Append(name).Append('\t').Append(value).Append('\n');
        }

        foreach (var path in inputFiles.Select(Path.GetFullPath).Order(StringComparer.Ordinal))
        {
            var info = new FileInfo(path);
            text.Append("file\t").Append(Path.GetRelativePath(studyFolder, path).Replace('\\', '/'))
                .Append('\t').Append(info.Length.ToString(CultureInfo.InvariantCulture))
                .Append('\t').Append(info.LastWriteTimeUtc.Ticks.ToString(CultureInfo.InvariantCulture))
                .Append('\n');
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()));
        return Convert.ToHexStringLower(hash.AsSpan(0, 16));
    }
}
