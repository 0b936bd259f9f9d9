using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Corpus.Fuzz;

/// <summary>A fuzz input's file as the compiler hands it to the generator.</summary>
internal sealed class FuzzAdditionalText : AdditionalText
{
    private readonly SourceText _text;

    public FuzzAdditionalText(string path, SourceText text)
    {
        Path = path;
        _text = text;
    }

    public override string Path { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}
