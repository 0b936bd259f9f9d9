using Corpus.Syntax.Collections;

namespace Corpus.Storage.Surface;

/// <summary>
/// FNV-1a (64-bit) over what the generated code assumes of the data: every entity's id and
/// kind in order (the typed <c>Entities.X</c> casts), every article's id in order, and each
/// <c>#name</c>'s index. Documentation is left out: a new title changes the data, not what the
/// code may assume of it. Not a security hash: it only catches a stale build.
/// </summary>
internal static class SurfaceHash
{
    private const ulong Offset = 14695981039346656037;
    private const ulong Prime = 1099511628211;

    public static ulong Of(EquatableArray<EntitySurface> entities, EquatableArray<ArticleSurface> articles)
    {
        ulong hash = Offset;
        foreach (EntitySurface entity in entities)
        {
            hash = Add(hash, 'E');
            hash = Add(hash, entity.Id);
            hash = Add(hash, (int)entity.Kind);
        }

        foreach (ArticleSurface article in articles)
        {
            hash = Add(hash, 'A');
            hash = Add(hash, article.Id);
            foreach (NamedMember member in article.Members)
            {
                hash = Add(hash, member.IsQuote ? 'Q' : 'M');
                hash = Add(hash, member.Name);
                hash = Add(hash, member.Index);
            }
        }

        return hash;
    }

    private static ulong Add(ulong hash, string text)
    {
        foreach (char c in text)
        {
            hash = Add(hash, c);
        }

        // The length ends the text, so "ab"+"c" and "a"+"bc" differ.
        return Add(hash, text.Length);
    }

    private static ulong Add(ulong hash, int value)
    {
        unchecked
        {
            for (int shift = 0; shift < 32; shift += 8)
            {
                hash = (hash ^ (byte)(value >> shift)) * Prime;
            }

            return hash;
        }
    }

    private static ulong Add(ulong hash, char c) => Add(hash, (int)c);
}
