using System;

namespace Corpus.Model;

/// <summary>
/// The data of one generated output group: a few UTF-8 chunks holding its articles' texts
/// and their records (front matter and annotations, as small numbers encoded in ASCII).
/// Generated code derives one store per group; an <see cref="Article"/> reads its record
/// from it on first use. Chunks are separate literals because the compiler's cost grows
/// with the size of a single literal.
/// </summary>
public abstract class ArticleStore
{
    /// <summary>Creates the store; called by generated code.</summary>
    protected ArticleStore()
    {
    }

    /// <summary>A chunk of the group's UTF-8 data, by index.</summary>
    protected internal abstract ReadOnlySpan<byte> GetChunk(int index);

    /// <summary>
    /// A text that UTF-8 cannot hold (it has a lone surrogate), kept as UTF-16; the generator
    /// overrides this only for a group that has such a text.
    /// </summary>
    protected internal virtual string GetString(int index) => throw new ArgumentOutOfRangeException(nameof(index));
}
