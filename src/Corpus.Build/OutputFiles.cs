using System;
using System.IO;

namespace Corpus.Build;

/// <summary>Writes an output only when its bytes change, through a temporary file, so a reader never sees half a file.</summary>
internal static class OutputFiles
{
    public static void WriteIfChanged(string path, byte[] data)
    {
        // The length first: after an edit the data's length usually changes, and the old file
        // (tens of megabytes) need not be read at all.
        var existing = new FileInfo(path);
        if (existing.Exists && existing.Length == data.Length && Same(File.ReadAllBytes(path), data))
        {
            // Still touched: MSBuild compares the output's time with the inputs' to skip the step next time.
            File.SetLastWriteTimeUtc(path, DateTime.UtcNow);
            return;
        }

        string? directory = Path.GetDirectoryName(path);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        Replace(path, temporary => File.WriteAllBytes(temporary, data));
    }

    /// <summary>
    /// Writes a file whole through a temporary file beside it, then puts it in place: a reader
    /// sees the old file or the new one, never half of one, and a failure leaves no copy behind
    /// (another build may hold or replace the file at the same moment).
    /// </summary>
    public static void Replace(string path, Action<string> writeTemporary)
    {
        string temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            writeTemporary(temporary);
            if (File.Exists(path))
            {
                File.Delete(path);
            }

            File.Move(temporary, path);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    private static bool Same(byte[] a, byte[] b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        for (int i = 0; i < a.Length; i++)
        {
            if (a[i] != b[i])
            {
                return false;
            }
        }

        return true;
    }
}
