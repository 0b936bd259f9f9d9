namespace Corpus.Model;

/// <summary>Words attributed to a speaker: direct or partial quotations, and reported speech.</summary>
public sealed class Quote
{
    private readonly int _paragraph;
    private readonly int _utf8Start;
    private readonly int _utf8Length;

    internal Quote(Article article, Entity? speaker, QuoteKind kind, string field, int start, int length, int utf8Start, int utf8Length, int paragraph, SourcePosition position, string? name)
    {
        Position = position;
        Name = name;
        Article = article;
        Speaker = speaker;
        Kind = kind;
        Field = field;
        Start = start;
        Length = length;
        _utf8Start = utf8Start;
        _utf8Length = utf8Length;
        _paragraph = paragraph;
    }

    /// <summary>The article it is in.</summary>
    public Article Article { get; }

    /// <summary>The <c>#name</c> the corpus gives the quotation, or null.</summary>
    public string? Name { get; }

    internal SourcePosition Position { get; }

    /// <summary>Who speaks; null for a quotation the corpus leaves unattributed.</summary>
    public Entity? Speaker { get; }

    /// <summary>Direct, partial or indirect (reported) speech.</summary>
    public QuoteKind Kind { get; }

    /// <summary><c>body</c>, or the front-matter field it sits in.</summary>
    public string Field { get; }

    /// <summary>Offset of the content (inside the quotation marks), in UTF-16 code units of the field's text.</summary>
    public int Start { get; }

    /// <summary>Length of the content in UTF-16 code units.</summary>
    public int Length { get; }

    /// <summary>The body paragraph where the quotation starts; null in a front-matter field.</summary>
    public Paragraph? Paragraph => _paragraph < 0 ? null : Article.Paragraphs[_paragraph];

    /// <summary>
    /// The words, without the outer quotation marks; a quotation that runs over several
    /// paragraphs loses the mark that opens each continuing paragraph.
    /// </summary>
    public string Text => QuotedText.Clean(Article.Slice(Field, Start, Length, _utf8Start, _utf8Length));

    /// <inheritdoc/>
    public override string ToString() => (Speaker?.Name ?? "(unattributed)") + ": " + Text;
}
