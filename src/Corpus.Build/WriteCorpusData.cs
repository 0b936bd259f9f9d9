using System;
using System.Collections.Generic;
using System.IO;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Corpus.Build;

/// <summary>
/// Writes the corpus data resource: every corpus file parsed, bound and validated by
/// Corpus.Syntax (as the generator does), then laid out by Corpus.Storage; an article file
/// unchanged since the last build is taken from the cache instead of being parsed again
/// (<see cref="IncrementalCorpusCompiler"/>). The corpus's
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

    /// <summary>
    /// Where the articles compiled by this build are kept for the next (in the intermediate
    /// output directory); empty to compile every article each time.
    /// </summary>
    public string CacheFile { get; set; } = string.Empty;

    public override bool Execute()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var files = new List<string>(Files.Length);
        foreach (ITaskItem item in Files)
        {
            files.Add(item.GetMetadata("FullPath"));
        }

        IncrementalResult result;
        try
        {
            result = IncrementalCorpusCompiler.Compile(files, Path.Combine(ProjectDirectory, CorpusDirectory), CacheFile.Length == 0 ? null : CacheFile);
        }
        catch (CorpusFileException e)
        {
            Log.LogError(null, "CGBUILD01", null, e.Path, 0, 0, 0, 0, "Corpus.Generator could not read this corpus file to write the corpus data: {0}", e.Message);
            return false;
        }

        long compiled = clock.ElapsedMilliseconds;
        try
        {
            OutputFiles.WriteIfChanged(OutputFile, result.Data);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Log.LogError(null, "CGBUILD02", null, OutputFile, 0, 0, 0, 0, "Corpus.Generator could not write the corpus data: {0}", e.Message);
            return false;
        }

        Log.LogMessage(MessageImportance.Normal, "Corpus data: {0} files ({1} articles, {2} compiled, the rest from the cache), {3} bytes, written to {4} (registries and cache {5} ms, parse and bind {6} ms, lay out {7} ms, cache saved {8} ms, data saved {9} ms).",
            files.Count, result.Articles, result.Compiled, result.Data.Length, OutputFile, result.PrepareMilliseconds, result.CompileMilliseconds, result.LayOutMilliseconds, result.SaveCacheMilliseconds, clock.ElapsedMilliseconds - compiled);
        return !Log.HasLoggedErrors;
    }
}
