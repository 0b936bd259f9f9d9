namespace Corpus.Model;

/// <summary>A place where an article names an entity.</summary>
public sealed class Mention
{
    private readonly int _utf8Start;
    private readonly int _utf8Length;

    internal Mention(Article article, Entity entity, string field, int start, int length, int utf8Start, int utf8Length, SourcePosition position, string? name)
    {
        Position = position;
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

    /// <summary><c>body</c>, or the front-matter field it sits in (<c>summary</c>, <c>image</c>, <c>image-credit</c>, <c>note</c>).</summary>
    public string Field { get; }

    /// <summary>Offset in the text of <see cref="Field"/>, in UTF-16 code units.</summary>
    public int Start { get; }

    /// <summary>Length in UTF-16 code units.</summary>
    public int Length { get; }

    /// <summary>The <c>#name</c> the corpus gives the mention, or null.</summary>
    public string? Name { get; }

    internal SourcePosition Position { get; }

    /// <summary>The surface text, as written in the article.</summary>
    public string Text => Article.Slice(Field, Start, Length, _utf8Start, _utf8Length);

    /// <inheritdoc/>
    public override string ToString() => Text + " → " + Entity.Id;
}
