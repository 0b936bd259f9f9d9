using System;
using System.Collections.Generic;

namespace Corpus.Fuzz;

/// <summary>
/// One fuzz input as a small corpus. The bytes are split at U+001C (FILE SEPARATOR): with one
/// part the input is a single article; with several, the first part is the entity registry
/// and each further part an article, so the fuzzer can reach the binder and cross-file checks.
/// </summary>
internal sealed class FuzzInput
{
    public const byte FileSeparator = 0x1C;

    public const string RegistryPath = "/corpus/entities.txt";

    private FuzzInput(IReadOnlyList<(string Path, byte[] Bytes)> files) => Files = files;

    /// <summary>Paths and undecoded contents, in the order the input gives them.</summary>
    public IReadOnlyList<(string Path, byte[] Bytes)> Files { get; }

    public static FuzzInput Split(ReadOnlySpan<byte> data)
    {
        var parts = new List<byte[]>();
        int start = 0;
        for (int i = 0; i <= data.Length; i++)
        {
            if (i == data.Length || data[i] == FileSeparator)
            {
                parts.Add(data.Slice(start, i - start).ToArray());
                start = i + 1;
            }
        }

        var files = new List<(string, byte[])>(parts.Count);
        if (parts.Count == 1)
        {
            files.Add(("/corpus/articles/fuzz.txt", parts[0]));
        }
        else
        {
            files.Add((RegistryPath, parts[0]));
            for (int i = 1; i < parts.Count; i++)
            {
                files.Add(("/corpus/articles/fuzz-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".txt", parts[i]));
            }
        }

        return new FuzzInput(files);
    }

    /// <summary>The inverse of <see cref="Split"/>: a registry and articles as one input.</summary>
    public static byte[] Join(byte[] registry, IEnumerable<byte[]> articles)
    {
        var bytes = new List<byte>(registry);
        foreach (byte[] article in articles)
        {
            bytes.Add(FileSeparator);
            bytes.AddRange(article);
        }

        return bytes.ToArray();
    }
}
