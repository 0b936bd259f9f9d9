using System;
using System.Collections.Generic;
using System.IO;
using Corpus.Storage.Writing;
using Corpus.Syntax;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Corpus.Build;

/// <summary>
/// Writes the corpus data resource: every corpus file parsed, bound and validated by
/// Corpus.Syntax (as the generator does), then laid out by Corpus.Storage. The corpus's
/// diagnostics are the generator's to report, in the compiler's output and the IDE, so this
/// task reports none of them: only a failure of its own (a file it cannot read or write).
/// </summary>
public sealed class WriteCorpusData : Task
{
    /// <summary>The corpus files: the AdditionalFiles marked <c>CorpusFile</c>.</summary>
    [Required]
    public ITaskItem[] Files { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>The corpus's root, absolute or relative to the project: article paths are stored relative to it.</summary>
    public string CorpusDirectory { get; set; } = string.Empty;

    /// <summary>The project's directory, which relative paths are resolved against.</summary>
    [Required]
    public string ProjectDirectory { get; set; } = string.Empty;

    /// <summary>Where the resource is written (in the intermediate output directory).</summary>
    [Required]
    public string OutputFile { get; set; } = string.Empty;

    public override bool Execute()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var files = new List<CorpusSourceFile>(Files.Length);
        foreach (ITaskItem item in Files)
        {
            string path = item.GetMetadata("FullPath");
            try
            {
                files.Add(new CorpusSourceFile(path, CorpusFileReader.Read(path)));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Log.LogError(null, "CGBUILD01", null, path, 0, 0, 0, 0, "Corpus.Generator could not read this corpus file to write the corpus data: {0}", e.Message);
                return false;
            }
        }

        long read = clock.ElapsedMilliseconds;
        CorpusCompilation compilation = CorpusCompilation.Create(files);
        long compiled = clock.ElapsedMilliseconds;
        byte[] data = CorpusDataWriter.Write(compilation, Path.Combine(ProjectDirectory, CorpusDirectory));
        long written = clock.ElapsedMilliseconds;
        try
        {
            OutputFiles.WriteIfChanged(OutputFile, data);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Log.LogError(null, "CGBUILD02", null, OutputFile, 0, 0, 0, 0, "Corpus.Generator could not write the corpus data: {0}", e.Message);
            return false;
        }

        Log.LogMessage(MessageImportance.Normal, "Corpus data: {0} files, {1} bytes, written to {2} (read {3} ms, parse and bind {4} ms, lay out {5} ms, save {6} ms).",
            files.Count, data.Length, OutputFile, read, compiled - read, written - compiled, clock.ElapsedMilliseconds - written);
        return !Log.HasLoggedErrors;
    }
}
