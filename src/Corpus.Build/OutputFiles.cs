using System;
using System.IO;

namespace Corpus.Build;

/// <summary>Writes an output only when its bytes change, through a temporary file, so a reader never sees half a file.</summary>
internal static class OutputFiles
{
    public static void WriteIfChanged(string path, byte[] data)
    {
        if (File.Exists(path) && Same(File.ReadAllBytes(path), data))
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

        string temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        File.WriteAllBytes(temporary, data);
        if (File.Exists(path))
        {
            File.Delete(path);
        }

        File.Move(temporary, path);
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
