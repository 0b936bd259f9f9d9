using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using System.Threading;

namespace Corpus.Model;

/// <summary>
/// A sentence of an article's body, as the build segmented it (abbreviations, initials such as
/// "Lloyd J.", "D.P.R.K.", quotations ending in ".”" and ellipses handled; no sentence crosses a
/// paragraph or a mention): a range of <see cref="Article.Text"/>.
/// </summary>
[JsonConverter(typeof(Json.SentenceJsonConverter))]
public sealed class Sentence
{
    private readonly int _paragraph;
    private IReadOnlyList<Mention>? _mentions;
    private IReadOnlyList<Quote>? _quotes;

    internal Sentence(Article article, int index, int start, int length, int paragraph)
    {
        Article = article;
        Index = index;
        Start = start;
        Length = length;
        _paragraph = paragraph;
    }

    /// <summary>The article it belongs to.</summary>
    public Article Article { get; }

    /// <summary>Its position among the article's sentences, from 0.</summary>
    public int Index { get; }

    /// <summary>Offset in <see cref="Article.Text"/>, in UTF-16 code units.</summary>
    public int Start { get; }

    /// <summary>Length in UTF-16 code units.</summary>
    public int Length { get; }

    /// <summary>The paragraph it is in.</summary>
    public Paragraph Paragraph => Article.Paragraphs[_paragraph];

    /// <summary>The sentence's plain text.</summary>
    public string Text => Article.Text.Substring(Start, Length);

    /// <summary>The mentions that start in this sentence, in text order.</summary>
    public IReadOnlyList<Mention> Mentions => _mentions ?? Initialize(ref _mentions, Article.Mentions, static m => (m.Field, m.Start));

    /// <summary>The quotations that start in this sentence, in text order (one may run on into the next sentences).</summary>
    public IReadOnlyList<Quote> Quotes => _quotes ?? Initialize(ref _quotes, Article.Quotes, static q => (q.Field, q.Start));

    /// <inheritdoc/>
    public override string ToString() => Text;

    internal bool Contains(int offset) => offset >= Start && offset < Start + Length;

    private IReadOnlyList<T> Initialize<T>(ref IReadOnlyList<T>? field, IReadOnlyList<T> all, Func<T, (TextField Field, int Start)> position)
        where T : class
    {
        var found = new List<T>();
        foreach (T item in all)
        {
            (TextField where, int start) = position(item);
            if (where == TextField.Body && Contains(start))
            {
                found.Add(item);
            }
        }

        Interlocked.CompareExchange(ref field, found.AsReadOnly(), null);
        return field!;
    }
}
