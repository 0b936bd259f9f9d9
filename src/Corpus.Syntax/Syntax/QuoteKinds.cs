namespace Corpus.Syntax;

/// <summary>The quotation kinds' words, as written in an annotation (<c>{@id direct}</c>) and in reports.</summary>
public static class QuoteKinds
{
    public static string ToKeyword(this QuoteKind kind) => VocabularyWords.Of(kind);

    public static bool TryParse(string keyword, out QuoteKind kind)
    {
        int index = System.Array.IndexOf(VocabularyWords.QuoteKinds, keyword);
        kind = (QuoteKind)(index < 0 ? 0 : index);
        return index >= 0;
    }
}
