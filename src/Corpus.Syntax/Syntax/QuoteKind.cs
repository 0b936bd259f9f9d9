namespace Corpus.Syntax;

/// <summary>Whole-sentence direct speech, a fragment of it, or reported speech.</summary>
public enum QuoteKind
{
    Direct,
    Partial,
    Indirect,
}
