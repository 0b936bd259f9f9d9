namespace Corpus.Syntax;

/// <summary>Names of the texts that carry annotations: the body and four front-matter fields.</summary>
public static class ArticleFields
{
    public const string Body = VocabularyWords.Body;
    public const string Summary = VocabularyWords.Summary;
    public const string Image = VocabularyWords.Image;
    public const string ImageCredit = VocabularyWords.ImageCredit;
    public const string Note = VocabularyWords.Note;

    /// <summary>In the order of <see cref="TextField"/>, by which the data resource stores them (0 is the body).</summary>
    public static readonly string[] All = VocabularyWords.TextFields;

    public static int IndexOf(string field) => System.Array.IndexOf(All, field);
}
