using System;
using System.IO;
using System.Linq;

namespace Corpus.Cli.Import;

/// <summary>
/// Whether a path read from imported data may be written below the output folder: relative,
/// with '/' or '\\' separators, no ".." segment, and a corpus file's .txt ending. Imported data
/// is never trusted to name where a file goes.
/// </summary>
internal static class SafeCorpusPath
{
    public static bool IsSafe(string path)
    {
        string normalized = path.Replace('\\', '/');
        return normalized.Length > 0
            && normalized.EndsWith(".txt", StringComparison.Ordinal)
            && !normalized.StartsWith('/')
            && !Path.IsPathRooted(path)
            && !normalized.Split('/').Contains("..");
    }
}
