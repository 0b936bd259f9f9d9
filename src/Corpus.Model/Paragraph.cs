using System.Text.Json.Serialization;

namespace Corpus.Model;

/// <summary>A paragraph of an article's body: a range of <see cref="Article.Text"/>.</summary>
[JsonConverter(typeof(Json.ParagraphJsonConverter))]
public sealed class Paragraph
{
    internal Paragraph(Article article, int index, int start, int length)
    {
        Article = article;
        Index = index;
        Start = start;
        Length = length;
    }

    /// <summary>The article it belongs to.</summary>
    public Article Article { get; }

    /// <summary>Its position among the article's paragraphs, from 0.</summary>
    public int Index { get; }

    /// <summary>Offset in <see cref="Article.Text"/>, in UTF-16 code units.</summary>
    public int Start { get; }

    /// <summary>Length in UTF-16 code units.</summary>
    public int Length { get; }

    /// <summary>The paragraph's plain text.</summary>
    public string Text => Article.Text.Substring(Start, Length);

    /// <inheritdoc/>
    public override string ToString() => Text;
}
