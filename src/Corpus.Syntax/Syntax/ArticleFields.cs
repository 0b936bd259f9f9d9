namespace Corpus.Syntax;

/// <summary>Names of the texts that carry annotations: the body and four front-matter fields.</summary>
public static class ArticleFields
{
    public const string Body = "body";
    public const string Summary = "summary";
    public const string Image = "image";
    public const string ImageCredit = "image-credit";
    public const string Note = "note";

    /// <summary>In the order of <see cref="TextField"/>, by which the data resource stores them (0 is the body).</summary>
    public static readonly string[] All = { Body, Summary, Image, ImageCredit, Note };

    public static int IndexOf(string field) => System.Array.IndexOf(All, field);
}
