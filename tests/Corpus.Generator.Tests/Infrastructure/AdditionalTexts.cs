using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Corpus.Generator.Tests.Infrastructure;

/// <summary>An AdditionalFile held in memory: a path and its text.</summary>
internal sealed class InMemoryAdditionalText : AdditionalText
{
    private readonly SourceText _text;

    public InMemoryAdditionalText(string path, string text)
        : this(path, SourceText.From(text, Encoding.UTF8))
    {
    }

    public InMemoryAdditionalText(string path, SourceText text)
    {
        Path = path;
        _text = text;
    }

    public override string Path { get; }

    /// <summary>The text as the generator will see it.</summary>
    public string Content => _text.ToString();

    /// <summary>A file decoded from bytes, as the compiler reads one from disk (a UTF-8 BOM is consumed).</summary>
    public static InMemoryAdditionalText FromBytes(string path, byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return new InMemoryAdditionalText(path, SourceText.From(stream, Encoding.UTF8));
    }

    /// <summary>The same file with other contents (for <c>GeneratorDriver.ReplaceAdditionalText</c>).</summary>
    public InMemoryAdditionalText WithText(string text) => new(Path, text);

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;

    public override string ToString() => Path;
}

/// <summary>An AdditionalFile that cannot be read: its GetText throws.</summary>
internal sealed class UnreadableAdditionalText : AdditionalText
{
    private readonly Exception _exception;

    public UnreadableAdditionalText(string path, Exception exception)
    {
        Path = path;
        _exception = exception;
    }

    public override string Path { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default) => throw _exception;
}

/// <summary>The test fixtures under Fixtures/, copied to the output directory, with virtual paths.</summary>
internal static class Fixtures
{
    /// <summary>The directory that every fixture file is given under, in paths the generator sees.</summary>
    public const string CorpusRoot = "/corpus/";

    /// <summary>Every file of <c>Fixtures/{name}</c>, sorted by path, as <c>/corpus/{file}</c>.</summary>
    public static IReadOnlyList<InMemoryAdditionalText> Load(string name)
    {
        string directory = System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", name);
        string[] files = Directory.GetFiles(directory, "*.txt", SearchOption.AllDirectories);
        Array.Sort(files, StringComparer.Ordinal);
        var texts = new List<InMemoryAdditionalText>(files.Length);
        foreach (string file in files)
        {
            string relative = System.IO.Path.GetRelativePath(directory, file).Replace('\\', '/');
            texts.Add(new InMemoryAdditionalText(CorpusRoot + relative, System.IO.File.ReadAllText(file, Encoding.UTF8)));
        }

        return texts;
    }

    /// <summary>Fixtures/basic: one registry and one article.</summary>
    public static IReadOnlyList<InMemoryAdditionalText> Basic() => Load("basic");

    /// <summary>A corpus file given inline.</summary>
    public static InMemoryAdditionalText File(string name, string text) => new(CorpusRoot + name, text);
}
