using System.IO;
using System.Text;

namespace Corpus.Cli.Export;

/// <summary>Every file the tool writes: UTF-8 without a byte-order mark, LF line endings.</summary>
internal static class OutputFiles
{
    public static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static StreamWriter Create(string path)
    {
        string? directory = Path.GetDirectoryName(path);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        return new StreamWriter(path, append: false, Utf8) { NewLine = "\n" };
    }

    public static void Write(string path, string text)
    {
        using StreamWriter writer = Create(path);
        writer.Write(text);
    }
}
