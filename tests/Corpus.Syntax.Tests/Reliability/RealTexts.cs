using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Corpus.Syntax.Tests.Reliability;

/// <summary>Real corpus files (the repository's corpus/ and the blind fixtures), copied to the output folder.</summary>
internal static class RealTexts
{
    private static readonly Lazy<IReadOnlyList<string>> LazyArticles = new(() => Load(isRegistry: false));
    private static readonly Lazy<string> LazyRegistry = new(() => string.Join("\n", Load(isRegistry: true)));

    /// <summary>Every article, in ordinal path order.</summary>
    public static IReadOnlyList<string> Articles => LazyArticles.Value;

    /// <summary>Every registry, concatenated: the entities the articles refer to.</summary>
    public static string Registry => LazyRegistry.Value;

    private static List<string> Load(bool isRegistry)
    {
        var folders = new[] { "RealCorpus", Path.Combine("Fixtures", "blind") };
        List<string> texts = folders
            .SelectMany(f => Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, f), "*.txt", SearchOption.AllDirectories))
            .Where(p => Parsing.FileNames.IsRegistry(p) == isRegistry)
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(File.ReadAllText)
            .ToList();
        if (texts.Count == 0)
        {
            throw new InvalidOperationException("No corpus files were copied to " + AppContext.BaseDirectory);
        }

        return texts;
    }
}
