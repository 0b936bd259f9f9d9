using System.Text.Json.Serialization;

namespace Corpus.Model;

/// <summary>Words in quotation marks that are not speech: a term, an idiom, a title, a scare quote.</summary>
[JsonConverter(typeof(Json.TermJsonConverter))]
public sealed class Term
{
    internal Term(Article article, TextField field, int start, int length)
    {
        Article = article;
        Field = field;
        Start = start;
        Length = length;
    }

    /// <summary>The article it is in.</summary>
    public Article Article { get; }

    /// <summary>The body, or the front-matter field it sits in.</summary>
    public TextField Field { get; }

    /// <summary>Offset of the content (inside the marks), in UTF-16 code units.</summary>
    public int Start { get; }

    /// <summary>Length of the content in UTF-16 code units.</summary>
    public int Length { get; }

    /// <summary>The content, without the quotation marks.</summary>
    public string Text => QuotedText.Extract(Article.GetFieldText(Field), Start, Length);

    /// <inheritdoc/>
    public override string ToString() => Text;
}
