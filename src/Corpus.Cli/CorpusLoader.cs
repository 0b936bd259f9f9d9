using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using Corpus.Syntax;

namespace Corpus.Cli;

/// <summary>Reads a corpus directory the way the build does: every <c>**/*.txt</c>, in ordinal path order.</summary>
internal static class CorpusLoader
{
    public static List<CorpusSourceFile> Load(string directory)
    {
        var paths = new List<string>(Directory.EnumerateFiles(directory, "*.txt", SearchOption.AllDirectories));
        paths.Sort(StringComparer.Ordinal);
        var files = new List<CorpusSourceFile>(paths.Count);
        foreach (string path in paths)
        {
            // UTF-8 with replacement characters for invalid bytes, as the compiler reads AdditionalFiles.
            string text = File.ReadAllText(path, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false));
            files.Add(new CorpusSourceFile(path.Replace('\\', '/'), text));
        }

        return files;
    }
}
