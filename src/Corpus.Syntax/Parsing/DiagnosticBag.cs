using System.Collections.Generic;
using Corpus.Syntax.Collections;
using Corpus.Syntax.Diagnostics;
using Corpus.Syntax.Text;

namespace Corpus.Syntax.Parsing;

/// <summary>Collects one file's diagnostics while it is parsed.</summary>
internal sealed class DiagnosticBag
{
    private readonly List<CorpusDiagnostic> _items = new();

    public DiagnosticBag(string filePath, LineMap lines)
    {
        FilePath = filePath;
        Lines = lines;
    }

    public string FilePath { get; }

    public LineMap Lines { get; }

    public void Add(DiagnosticDescriptor descriptor, SourceSpan span, params object[] args) =>
        _items.Add(CorpusDiagnostic.Create(descriptor, FilePath, span, args));

    public void Add(DiagnosticDescriptor descriptor, int start, int length, params object[] args) =>
        Add(descriptor, Lines.GetSpan(start, length), args);

    public EquatableArray<CorpusDiagnostic> ToEquatableArray()
    {
        var sorted = new List<CorpusDiagnostic>(_items);
        sorted.Sort(CorpusDiagnosticComparer.Instance);
        return sorted.ToEquatableArray();
    }
}
