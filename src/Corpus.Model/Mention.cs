using System.Text.Json.Serialization;

namespace Corpus.Model;

/// <summary>A place where an article names an entity.</summary>
[JsonConverter(typeof(Json.MentionJsonConverter))]
public sealed class Mention
{
    private readonly int _utf8Start;
    private readonly int _utf8Length;
    private readonly int _line;
    private readonly int _column;

    internal Mention(Article article, Entity entity, TextField field, int start, int length, int utf8Start, int utf8Length, int line, int column, string? name)
    {
        _line = line;
        _column = column;
        Name = name;
        Article = article;
        Entity = entity;
        Field = field;
        Start = start;
        Length = length;
        _utf8Start = utf8Start;
        _utf8Length = utf8Length;
    }

    /// <summary>The article it is in.</summary>
    public Article Article { get; }

    /// <summary>The entity it names.</summary>
    public Entity Entity { get; }

    /// <summary>The body, or the front-matter field it sits in.</summary>
    public TextField Field { get; }

    /// <summary>Offset in the text of <see cref="Field"/>, in UTF-16 code units.</summary>
    public int Start { get; }

    /// <summary>Length in UTF-16 code units.</summary>
    public int Length { get; }

    /// <summary>The <c>#name</c> the corpus gives the mention, or null.</summary>
    public string? Name { get; }

    /// <summary>Where the mention was written in its corpus file.</summary>
    public SourceLocation Location => new(Article.Path, _line, _column, Field);

    /// <summary>The sentence it is in; null in a front-matter field.</summary>
    public Sentence? Sentence => Field == TextField.Body ? Article.SentenceAt(Start) : null;

    /// <summary>The surface text, as written in the article.</summary>
    public string Text => Article.Slice(Field, Start, Length, _utf8Start, _utf8Length);

    /// <inheritdoc/>
    public override string ToString() => Text + " → " + Entity.Id;
}
