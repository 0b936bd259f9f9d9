using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using Corpus.Cli.Console;
using Corpus.Syntax;

namespace Corpus.Cli;

/// <summary>Reads a corpus directory the way the build does: every <c>**/*.txt</c>, in ordinal path order.</summary>
internal static class CorpusLoader
{
    public static List<CorpusSourceFile> Load(string directory) => Load(directory, ProgressScope.None);

    public static List<CorpusSourceFile> Load(string directory, ProgressScope progress)
    {
        var paths = new List<string>(Directory.EnumerateFiles(directory, "*.txt", SearchOption.AllDirectories));
        paths.Sort(StringComparer.Ordinal);
        var files = new List<CorpusSourceFile>(paths.Count);
        ProgressStep step = progress.Start("Reading " + paths.Count + " files", paths.Count);
        foreach (string path in paths)
        {
            // UTF-8 with replacement characters for invalid bytes, as the compiler reads AdditionalFiles.
            string text = File.ReadAllText(path, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false));
            files.Add(new CorpusSourceFile(path.Replace('\\', '/'), text));
            step.Advance();
        }

        step.Complete();
        return files;
    }

    /// <summary>Reads and compiles a corpus (parse, bind, validate), with a progress step for each phase.</summary>
    public static LoadedCorpus Compile(string directory, ProgressScope progress)
    {
        List<CorpusSourceFile> files = Load(directory, progress);
        ProgressStep step = progress.Start("Checking the corpus", 0);
        CorpusCompilation compilation = CorpusCompilation.Create(files);
        step.Complete();
        return new LoadedCorpus(directory, compilation);
    }
}
