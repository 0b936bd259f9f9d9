using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Corpus.Model;

/// <summary>Words attributed to a speaker: direct or partial quotations, and reported speech.</summary>
[JsonConverter(typeof(Json.QuoteJsonConverter))]
public sealed class Quote
{
    private readonly int _paragraph;
    private readonly int _utf8Start;
    private readonly int _utf8Length;
    private readonly int _line;
    private readonly int _column;

    internal Quote(Article article, Entity? speaker, QuoteKind kind, TextField field, int start, int length, int utf8Start, int utf8Length, int paragraph, int line, int column, string? name)
    {
        _line = line;
        _column = column;
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

    /// <summary>Where the quotation's annotation was written in its corpus file: the <c>{…}</c> that attributes it (the compiler's position for it).</summary>
    public SourceLocation Location => new(Article.Path, _line, _column, Field);

    /// <summary>The sentence where the quotation starts; null in a front-matter field.</summary>
    public Sentence? Sentence => Field == TextField.Body ? Article.SentenceAt(Start) : null;

    /// <summary>Every sentence the quotation runs over, in order (none in a front-matter field).</summary>
    public IReadOnlyList<Sentence> Sentences => Field == TextField.Body ? Article.SentencesIn(Start, Length) : System.Collections.ObjectModel.ReadOnlyCollection<Sentence>.Empty;

    /// <summary>The mentions inside the quotation (nested ones included), in text order.</summary>
    public IReadOnlyList<Mention> Mentions => Article.MentionsIn(Field, Start, Length);

    /// <summary>Who speaks; null for a quotation the corpus leaves unattributed.</summary>
    public Entity? Speaker { get; }

    /// <summary>Direct, partial or indirect (reported) speech.</summary>
    public QuoteKind Kind { get; }

    /// <summary>The body, or the front-matter field it sits in.</summary>
    public TextField Field { get; }

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
