// One definition, compiled into Corpus.Syntax and Corpus.Model: the words the corpus format uses
// for the vocabulary enums (a registry's kind keyword, a quotation's kind word, a field's key),
// which the JSON shape and the CLI's reports use too.
#if CORPUS_MODEL
namespace Corpus.Model;
#else
namespace Corpus.Syntax;
#endif

/// <summary>The format's word for each member of <see cref="EntityKind"/>, <see cref="QuoteKind"/> and <see cref="TextField"/>, indexed by the member's number.</summary>
internal static class VocabularyWords
{
    public const string Body = "body";
    public const string Summary = "summary";
    public const string Image = "image";
    public const string ImageCredit = "image-credit";
    public const string Note = "note";

    /// <summary>In the order of <see cref="EntityKind"/>.</summary>
    public static readonly string[] EntityKinds = { "person", "organization", "country", "place", "group", "event", "work" };

    /// <summary>In the order of <see cref="QuoteKind"/>.</summary>
    public static readonly string[] QuoteKinds = { "direct", "partial", "indirect" };

    /// <summary>In the order of <see cref="TextField"/>.</summary>
    public static readonly string[] TextFields = { Body, Summary, Image, ImageCredit, Note };

    public static string Of(EntityKind kind) => EntityKinds[(int)kind];

    public static string Of(QuoteKind kind) => QuoteKinds[(int)kind];

    public static string Of(TextField field) => TextFields[(int)field];
}
