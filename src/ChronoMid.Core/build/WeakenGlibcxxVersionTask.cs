// Compiled by MSBuild's RoslynCodeTaskFactory from ChronoMid.Core.targets; not part of the library assembly.
using System;
using System.IO;
using System.Text;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

/// <summary>
/// Marks one symbol-version need of every libLibTorchSharp.so under a folder as weak, so that the dynamic
/// loader accepts the library on a system whose libstdc++ lacks that version.
/// </summary>
public sealed class ChronoMidWeakenGlibcxxVersion : Task
{
    private const uint ShtGnuVerneed = 0x6ffffffe;
    private const ushort VerFlgWeak = 0x2;

    /// <summary>Gets or sets the folder searched recursively for libLibTorchSharp.so.</summary>
    [Required]
    public string Directory { get; set; } = "";

    /// <summary>Gets or sets the version name to weaken, for example GLIBCXX_3.4.32.</summary>
    [Required]
    public string VersionName { get; set; } = "";

    public override bool Execute()
    {
        if (!System.IO.Directory.Exists(Directory))
        {
            return true;
        }

        if (SystemLibStdCxxHas(VersionName))
        {
            Log.LogMessage(MessageImportance.Low, "libstdc++ provides {0}; libLibTorchSharp.so left as it is.",
                VersionName);
            return true;
        }

        foreach (var path in System.IO.Directory.EnumerateFiles(Directory, "libLibTorchSharp.so",
                     SearchOption.AllDirectories))
        {
            try
            {
                var outcome = Patch(path, VersionName);
                Log.LogMessage(MessageImportance.Normal, "{0}: {1}", path, outcome);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
            {
                Log.LogWarning("Could not mark {0} weak in {1}: {2}", VersionName, path, ex.Message);
            }
        }

        return !Log.HasLoggedErrors;
    }

    private static bool SystemLibStdCxxHas(string versionName)
    {
        string[] candidates =
        {
            "/usr/lib/x86_64-linux-gnu/libstdc++.so.6", "/usr/lib/aarch64-linux-gnu/libstdc++.so.6",
            "/usr/lib64/libstdc++.so.6", "/usr/lib/libstdc++.so.6", "/lib/x86_64-linux-gnu/libstdc++.so.6",
        };
        var needle = Encoding.ASCII.GetBytes(versionName + "\0");
        foreach (var candidate in candidates)
        {
            if (File.Exists(candidate))
            {
                return IndexOf(File.ReadAllBytes(candidate), needle) >= 0;
            }
        }

        return false;
    }

    private static string Patch(string path, string versionName)
    {
        var lastWrite = File.GetLastWriteTimeUtc(path);
        var bytes = File.ReadAllBytes(path);
        if (bytes.Length < 64 || bytes[0] != 0x7f || bytes[1] != (byte)'E' || bytes[2] != (byte)'L' ||
            bytes[3] != (byte)'F' || bytes[4] != 2 || bytes[5] != 1)
        {
            throw new InvalidDataException("not a 64-bit little-endian ELF file");
        }

        var sectionOffset = checked((int)BitConverter.ToUInt64(bytes, 0x28));
        var sectionSize = BitConverter.ToUInt16(bytes, 0x3A);
        var sectionCount = BitConverter.ToUInt16(bytes, 0x3C);
        for (var i = 0; i < sectionCount; i++)
        {
            var header = sectionOffset + (i * sectionSize);
            if (BitConverter.ToUInt32(bytes, header + 4) != ShtGnuVerneed)
            {
                continue;
            }

            var offset = checked((int)BitConverter.ToUInt64(bytes, header + 0x18));
            var link = BitConverter.ToUInt32(bytes, header + 0x28);
            var needCount = BitConverter.ToUInt32(bytes, header + 0x2C);
            var stringsHeader = sectionOffset + checked((int)(link * sectionSize));
            var strings = checked((int)BitConverter.ToUInt64(bytes, stringsHeader + 0x18));
            return PatchVerneed(path, bytes, offset, needCount, strings, versionName, lastWrite);
        }

        return "no version-need section";
    }

    private static string PatchVerneed(string path, byte[] bytes, int need, uint needCount, int strings,
        string versionName, DateTime lastWrite)
    {
        for (var n = 0; n < needCount; n++)
        {
            var auxCount = BitConverter.ToUInt16(bytes, need + 2);
            var aux = need + checked((int)BitConverter.ToUInt32(bytes, need + 8));
            for (var a = 0; a < auxCount; a++)
            {
                var name = ReadString(bytes, strings + checked((int)BitConverter.ToUInt32(bytes, aux + 8)));
                if (name == versionName)
                {
                    var flags = BitConverter.ToUInt16(bytes, aux + 4);
                    if ((flags & VerFlgWeak) != 0)
                    {
                        return versionName + " already weak";
                    }

                    using (var stream = new FileStream(path, FileMode.Open, FileAccess.Write))
                    {
                        stream.Position = aux + 4;
                        var patched = (ushort)(flags | VerFlgWeak);
                        stream.WriteByte((byte)(patched & 0xff));
                        stream.WriteByte((byte)(patched >> 8));
                    }

                    // Keep the timestamp so that incremental builds do not copy the original over it again.
                    File.SetLastWriteTimeUtc(path, lastWrite);
                    return versionName + " marked weak";
                }

                aux += checked((int)BitConverter.ToUInt32(bytes, aux + 12));
            }

            need += checked((int)BitConverter.ToUInt32(bytes, need + 12));
        }

        return versionName + " not needed";
    }

    private static string ReadString(byte[] bytes, int start)
    {
        var end = start;
        while (end < bytes.Length && bytes[end] != 0)
        {
            end++;
        }

        return Encoding.ASCII.GetString(bytes, start, end - start);
    }

    private static int IndexOf(byte[] haystack, byte[] needle)
    {
        for (var i = 0; i <= haystack.Length - needle.Length; i++)
        {
            var match = true;
            for (var j = 0; j < needle.Length && match; j++)
            {
                match = haystack[i + j] == needle[j];
            }

            if (match)
            {
                return i;
            }
        }

        return -1;
    }
}
