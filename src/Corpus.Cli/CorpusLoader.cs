using System;
using System.Collections.Generic;
using System.IO;
using Corpus.Cli.Console;
using Corpus.Syntax;
using Corpus.Syntax.Text;

namespace Corpus.Cli;

/// <summary>Reads a corpus directory the way the build does: every <c>**/*.txt</c>, in ordinal path order.</summary>
internal static class CorpusLoader
{
    public static List<CorpusSourceFile> Load(string directory, List<LeftOutFile>? leftOut = null) => Load(directory, ProgressScope.None, leftOut);

    /// <param name="directory">The corpus directory.</param>
    /// <param name="progress">Where the reading step shows its progress.</param>
    /// <param name="leftOut">
    /// Receives each file that is not a regular file (a FIFO, a socket, a device): it is not read,
    /// since reading it could wait or run forever (the build's CGBUILD03).
    /// </param>
    public static List<CorpusSourceFile> Load(string directory, ProgressScope progress, List<LeftOutFile>? leftOut = null)
    {
        var paths = new List<string>();
        foreach (string path in Directory.EnumerateFiles(directory, "*.txt", SearchOption.AllDirectories))
        {
            FileKind kind = FileKinds.Of(path);
            if (kind == FileKind.Regular)
            {
                paths.Add(path);
            }
            else
            {
                leftOut?.Add(new LeftOutFile(path.Replace('\\', '/'), kind));
            }
        }

        paths.Sort(StringComparer.Ordinal);
        leftOut?.Sort(static (a, b) => string.CompareOrdinal(a.Path, b.Path));
        var files = new List<CorpusSourceFile>(paths.Count);
        ProgressStep step = progress.Start("Reading " + paths.Count + " files", paths.Count);
        foreach (string path in paths)
        {
            // Decoded as the compiler decodes an AdditionalFile, by the reader the build step uses too.
            string text = CorpusFileText.Read(path);
            files.Add(new CorpusSourceFile(path.Replace('\\', '/'), text));
            step.Advance();
        }

        step.Complete();
        return files;
    }

    /// <summary>Reads and compiles a corpus (parse, bind, validate), with a progress step for each phase.</summary>
    public static LoadedCorpus Compile(string directory, ProgressScope progress)
    {
        var leftOut = new List<LeftOutFile>();
        List<CorpusSourceFile> files = Load(directory, progress, leftOut);
        ProgressStep step = progress.Start("Checking the corpus", 0);
        CorpusCompilation compilation = CorpusCompilation.Create(files);
        step.Complete();
        return new LoadedCorpus(directory, compilation, files, leftOut);
    }
}
