using System.Collections.Generic;
using Corpus.Syntax;
using Corpus.Syntax.Binding;
using Corpus.Syntax.Text;

namespace Corpus.Cli.Lsp;

/// <summary>
/// One corpus file as the server holds it: its current text (the editor's while it is open,
/// the disk's otherwise), parsed once per change. An article keeps its parse and its binding
/// apart, so a registry edit re-binds it without parsing it again.
/// </summary>
internal sealed class CorpusDocument
{
    private LineMap? _lines;

    private CorpusDocument(string path, string text, int? version, ArticleFile? article, RegistryFile? registry)
    {
        Path = path;
        Text = text;
        Version = version;
        Article = article;
        Registry = registry;
    }

    /// <summary>The absolute path with '/' separators, as diagnostics name the file.</summary>
    public string Path { get; }

    public string Text { get; }

    /// <summary>The editor's version while the document is open; null for a file read from disk.</summary>
    public int? Version { get; }

    public bool IsOpen => Version is not null;

    public bool IsRegistry => Registry is not null;

    /// <summary>The parsed article, or null for a registry.</summary>
    public ArticleFile? Article { get; }

    /// <summary>The parsed registry, or null for an article.</summary>
    public RegistryFile? Registry { get; }

    /// <summary>The article bound against the current entity table (set by the workspace).</summary>
    public BoundArticle? Bound { get; set; }

    /// <summary>The recall aid's findings, computed on first request against the current entity table (cleared when it changes).</summary>
    public IReadOnlyList<Corpus.Syntax.Annotation.RecallFinding>? Recall { get; set; }

    /// <summary>The line starts, computed on the first request that needs positions.</summary>
    public LineMap Lines => _lines ??= new LineMap(Text);

    public static CorpusDocument Parse(string path, string text, int? version) =>
        Corpus.Syntax.Parsing.FileNames.IsRegistry(path)
            ? new CorpusDocument(path, text, version, null, Corpus.Syntax.Parsing.RegistryParser.Parse(path, text))
            : new CorpusDocument(path, text, version, Corpus.Syntax.Parsing.ArticleParser.Parse(path, text), null);
}
