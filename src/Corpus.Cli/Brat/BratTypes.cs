using Corpus.Syntax;

namespace Corpus.Cli.Brat;

/// <summary>The names this tool gives to brat annotation types, attributes and databases.</summary>
internal static class BratTypes
{
    public const string Quotation = "Quotation";
    public const string Term = "Term";
    public const string QuoteKindAttribute = "QuoteKind";
    public const string NameAttribute = "Name";
    public const string SpeakerRelation = "Speaker";

    /// <summary>The normalisation database of corpus entity ids: <c>corpus:xi-jinping</c>.</summary>
    public const string CorpusDatabase = "corpus";
    public const string WikidataDatabase = "Wikidata";

    /// <summary>The brat type of an entity kind: the kind with a capital (<c>Person</c>, <c>Organization</c>…).</summary>
    public static string ForKind(EntityKind kind)
    {
        string keyword = kind.ToKeyword();
        return char.ToUpperInvariant(keyword[0]) + keyword.Substring(1);
    }

    public static string ForQuoteKind(QuoteKind kind) => kind switch
    {
        QuoteKind.Direct => "Direct",
        QuoteKind.Partial => "Partial",
        _ => "Indirect",
    };
}
