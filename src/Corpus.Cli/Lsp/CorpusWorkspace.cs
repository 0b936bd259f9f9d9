using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Corpus.Syntax;
using Corpus.Syntax.Binding;
using Corpus.Syntax.Diagnostics;
using Corpus.Syntax.Parsing;
using Corpus.Syntax.Text;

namespace Corpus.Cli.Lsp;

/// <summary>
/// The corpus the server works on, kept up to date one file at a time with the same steps as
/// the build (<see cref="ArticleParser"/>, <see cref="RegistryParser"/>, <see cref="RegistryBinder"/>,
/// <see cref="ArticleBinder"/>, <see cref="CorpusValidator"/>): an article edit parses and binds
/// that article only; a registry edit re-binds every article without parsing any. The corpus-wide
/// checks are linear and re-run on every change. Not thread-safe: the server handles one message
/// at a time.
/// </summary>
internal sealed class CorpusWorkspace
{
    private static readonly string[] SkippedDirectories = { "bin", "obj", "node_modules" };

    /// <summary>Sorted by path, the order in which the build validates articles.</summary>
    private readonly SortedDictionary<string, CorpusDocument> _documents = new(StringComparer.Ordinal);
    private Dictionary<string, List<CorpusDiagnostic>> _registryDiagnostics = new(StringComparer.Ordinal);
    private Dictionary<string, List<CorpusDiagnostic>> _corpusDiagnostics = new(StringComparer.Ordinal);

    public EntityTable Entities { get; private set; } = EntityTable.Empty;

    private Corpus.Syntax.Annotation.AnnotationSuggester? _suggester;

    /// <summary>The suggestion engine over the current entity table, built on first use after each registry change.</summary>
    private Corpus.Syntax.Annotation.AnnotationSuggester Suggester => _suggester ??= new Corpus.Syntax.Annotation.AnnotationSuggester(Entities);

    /// <summary>The recall aid's findings in an article (CG0312, CG0313), as the build reports them, with their fixes.</summary>
    public IReadOnlyList<Corpus.Syntax.Annotation.RecallFinding> RecallOf(CorpusDocument document) =>
        document.IsRegistry || document.Article is null
            ? System.Array.Empty<Corpus.Syntax.Annotation.RecallFinding>()
            : document.Recall ??= Corpus.Syntax.Annotation.RecallAid.Find(document.Article, document.Text, Suggester);

    /// <summary>The loaded corpus folder, or null while no folder with a registry was found.</summary>
    public string? Root { get; private set; }

    public SeverityConfiguration Severities { get; private set; } = SeverityConfiguration.Default;

    public IEnumerable<CorpusDocument> Documents => _documents.Values;

    public int Count => _documents.Count;

    public static string NormalizePath(string path) => Path.GetFullPath(path).Replace('\\', '/');

    /// <summary>
    /// The corpus folder of a workspace: the folder itself when it holds a registry, else the
    /// shallowest folder below it that does (a repository whose corpus is in <c>corpus/</c>),
    /// else null (a folder with no corpus is never read whole).
    /// </summary>
    public static string? FindCorpusRoot(string workspaceFolder, int maxDepth = 4)
    {
        var level = new List<DirectoryInfo> { new(workspaceFolder) };
        for (int depth = 0; depth <= maxDepth && level.Count > 0; depth++)
        {
            var next = new List<DirectoryInfo>();
            foreach (DirectoryInfo dir in level)
            {
                try
                {
                    if (dir.EnumerateFiles("*.txt").Any(f => FileNames.IsRegistry(f.Name)))
                    {
                        return NormalizePath(dir.FullName);
                    }

                    next.AddRange(dir.EnumerateDirectories()
                        .Where(d => !d.Name.StartsWith('.') && !SkippedDirectories.Contains(d.Name, StringComparer.OrdinalIgnoreCase))
                        .OrderBy(d => d.Name, StringComparer.Ordinal));
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
                {
                    // An unreadable folder holds no corpus the server could load.
                }
            }

            level = next;
        }

        return null;
    }

    /// <summary>The nearest folder at or above a file's folder that holds a registry, or null.</summary>
    public static string? FindCorpusRootAbove(string filePath)
    {
        for (DirectoryInfo? dir = new FileInfo(filePath).Directory; dir is not null; dir = dir.Parent)
        {
            try
            {
                if (dir.Exists && dir.EnumerateFiles("*.txt").Any(f => FileNames.IsRegistry(f.Name)))
                {
                    return NormalizePath(dir.FullName);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// Reads every <c>**/*.txt</c> of <paramref name="root"/> as the build does (UTF-8, invalid
    /// bytes replaced), keeping the documents the editor has open. A file that vanishes or cannot
    /// be read meanwhile is skipped. Returns every path whose diagnostics may have changed.
    /// </summary>
    public HashSet<string> Load(string root)
    {
        Root = NormalizePath(root);
        Severities = SeverityConfiguration.Find(Root);
        var changed = new HashSet<string>(_documents.Keys, StringComparer.Ordinal);
        List<string> paths;
        try
        {
            // A FIFO or device named *.txt is never read: it would block the server (CGBUILD03 in the build).
            paths = Directory.EnumerateFiles(Root, "*.txt", SearchOption.AllDirectories).Where(p => FileKinds.Of(p) == FileKind.Regular).Select(NormalizePath).ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            paths = new List<string>();
        }

        foreach (string path in paths)
        {
            if (_documents.TryGetValue(path, out CorpusDocument? open) && open.IsOpen)
            {
                continue;
            }

            string? text = ReadFile(path);
            if (text is not null)
            {
                _documents[path] = CorpusDocument.Parse(path, text, version: null);
                changed.Add(path);
            }
        }

        BindAll();
        changed.UnionWith(Validate());
        return changed;
    }

    public CorpusDocument? Get(string path) => _documents.TryGetValue(path, out CorpusDocument? document) ? document : null;

    /// <summary>
    /// Replaces a file's text (an editor's change, or the disk's). Returns every path whose
    /// diagnostics may have changed: the file itself, every article after a registry change, and
    /// the files the corpus-wide checks now report differently.
    /// </summary>
    public HashSet<string> Update(string path, string text, int? version)
    {
        CorpusDocument document = CorpusDocument.Parse(path, text, version);
        CorpusDocument? old = Get(path);
        bool registryChanged = document.IsRegistry || old?.IsRegistry == true;
        _documents[path] = document;
        var changed = new HashSet<string>(StringComparer.Ordinal) { path };
        if (registryChanged)
        {
            BindAll();
            changed.UnionWith(_documents.Keys);
        }
        else
        {
            document.Bound = ArticleBinder.Bind(document.Article!, Entities);
            if (old?.Bound is not null && ValidationInputs.Of(old.Bound).Equals(ValidationInputs.Of(document.Bound)))
            {
                // Typing inside an article rarely changes what the corpus-wide checks read.
                return changed;
            }
        }

        changed.UnionWith(Validate());
        return changed;
    }

    /// <summary>Forgets a file (deleted, or closed and gone from disk). Returns the paths whose diagnostics may have changed.</summary>
    public HashSet<string> Remove(string path)
    {
        var changed = new HashSet<string>(StringComparer.Ordinal) { path };
        if (!_documents.Remove(path, out CorpusDocument? removed))
        {
            return changed;
        }

        if (removed.IsRegistry)
        {
            BindAll();
            changed.UnionWith(_documents.Keys);
        }

        changed.UnionWith(Validate());
        return changed;
    }

    /// <summary>
    /// Re-reads a file from disk, or forgets it when it is gone. A file open in the editor is
    /// the editor's: it is left alone unless <paramref name="closing"/>.
    /// </summary>
    public HashSet<string> Reload(string path, bool closing = false)
    {
        if (!closing && _documents.TryGetValue(path, out CorpusDocument? document) && document.IsOpen)
        {
            return new HashSet<string>(StringComparer.Ordinal);
        }

        // A FIFO or device created under the corpus is never read: it would block the server.
        string? text = FileKinds.Of(path) == FileKind.Regular ? ReadFile(path) : null;
        return text is null ? Remove(path) : Update(path, text, version: null);
    }

    /// <summary>Re-reads the <c>.globalconfig</c> severities.</summary>
    public void ReloadSeverities() => Severities = SeverityConfiguration.Find(Root);

    /// <summary>Every diagnostic of a file, at the rules' default severities, in the build's order.</summary>
    public List<CorpusDiagnostic> DiagnosticsOf(string path)
    {
        var result = new List<CorpusDiagnostic>();
        if (!_documents.TryGetValue(path, out CorpusDocument? document))
        {
            return result;
        }

        if (document.IsRegistry)
        {
            if (_registryDiagnostics.TryGetValue(path, out List<CorpusDiagnostic>? registry))
            {
                result.AddRange(registry);
            }
        }
        else
        {
            result.AddRange(document.Article!.Diagnostics);
            if (document.Bound is not null)
            {
                result.AddRange(document.Bound.Diagnostics);
            }

            foreach (Corpus.Syntax.Annotation.RecallFinding finding in RecallOf(document))
            {
                result.Add(finding.Diagnostic);
            }
        }

        if (_corpusDiagnostics.TryGetValue(path, out List<CorpusDiagnostic>? corpus))
        {
            result.AddRange(corpus);
        }

        result.Sort(CorpusDiagnosticComparer.Instance);
        return result;
    }

    /// <summary>The registry documents, in path order.</summary>
    public IEnumerable<CorpusDocument> Registries => _documents.Values.Where(d => d.IsRegistry);

    /// <summary>Binds the registries into the entity table and every article against it, without parsing.</summary>
    private void BindAll()
    {
        Entities = RegistryBinder.Bind(_documents.Values.Where(d => d.IsRegistry).Select(d => d.Registry!));
        _suggester = null;
        foreach (CorpusDocument document in _documents.Values)
        {
            document.Recall = null;
        }

        _registryDiagnostics = Group(Entities.Diagnostics);
        foreach (CorpusDocument document in _documents.Values)
        {
            if (document.Article is not null)
            {
                document.Bound = ArticleBinder.Bind(document.Article, Entities);
            }
        }
    }

    /// <summary>Runs the corpus-wide checks; returns the files whose share of them changed.</summary>
    private IEnumerable<string> Validate()
    {
        var articles = new List<BoundArticle>(_documents.Count);
        foreach (CorpusDocument document in _documents.Values)
        {
            if (document.Bound is not null)
            {
                articles.Add(document.Bound);
            }
        }

        (_, List<CorpusDiagnostic> diagnostics) = CorpusValidator.Validate(Entities, articles);
        Dictionary<string, List<CorpusDiagnostic>> previous = _corpusDiagnostics;
        _corpusDiagnostics = Group(diagnostics);
        var changed = new List<string>();
        foreach (KeyValuePair<string, List<CorpusDiagnostic>> entry in _corpusDiagnostics)
        {
            if (!previous.TryGetValue(entry.Key, out List<CorpusDiagnostic>? before) || !before.SequenceEqual(entry.Value))
            {
                changed.Add(entry.Key);
            }
        }

        changed.AddRange(previous.Keys.Where(path => !_corpusDiagnostics.ContainsKey(path)));
        return changed;
    }

    private static Dictionary<string, List<CorpusDiagnostic>> Group(IEnumerable<CorpusDiagnostic> diagnostics)
    {
        var byFile = new Dictionary<string, List<CorpusDiagnostic>>(StringComparer.Ordinal);
        foreach (CorpusDiagnostic diagnostic in diagnostics)
        {
            if (!byFile.TryGetValue(diagnostic.FilePath, out List<CorpusDiagnostic>? list))
            {
                byFile[diagnostic.FilePath] = list = new List<CorpusDiagnostic>();
            }

            list.Add(diagnostic);
        }

        return byFile;
    }

    /// <summary>The file's text as the build reads it, or null when it is gone or unreadable.</summary>
    private static string? ReadFile(string path)
    {
        try
        {
            return CorpusFileText.Read(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
