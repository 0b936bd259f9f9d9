using Corpus.Storage.Surface;
using Corpus.Syntax;
using Corpus.Syntax.Binding;

namespace Corpus.Storage.Writing;

/// <summary>
/// One article file as the data needs it, once parsed and bound: what selects it (its path and
/// id), its surface (hashed with the corpus's), and its record, already laid out. A record's
/// offsets are relative to its start, so the bytes are copied into the data as they are: the
/// build step keeps these between builds and parses only the files that changed.
/// </summary>
/// <param name="Path">The file's path, as the build gave it: the order a duplicate id is settled in.</param>
/// <param name="Id">The article's id; null when the article is not generated (no valid id or no title).</param>
/// <param name="Surface">The surface of a generated article, else null.</param>
/// <param name="Record">The article record of a generated article (<see cref="ArticleRecord"/>), else empty.</param>
public sealed record CompiledArticle(string Path, string? Id, ArticleSurface? Surface, byte[] Record)
{
    public bool IsGenerated => Id is not null;

    /// <param name="bound">The article, parsed and bound.</param>
    /// <param name="entities">The registry it was bound against: records hold entity indices.</param>
    /// <param name="root">The corpus's root, normalized by <see cref="CorpusDataWriter.NormalizeDirectory"/>.</param>
    public static CompiledArticle From(BoundArticle bound, EntityTable entities, string root)
    {
        ArticleFile article = bound.Article;
        if (!bound.IsGenerated)
        {
            return new CompiledArticle(article.FilePath, null, null, System.Array.Empty<byte>());
        }

        var writer = new DataWriter();
        ArticleRecord.Write(writer, ArticleLayout.Of(article, entities, root));
        return new CompiledArticle(article.FilePath, article.Id, SurfaceBuilder.Article(bound, entities), writer.ToArray());
    }
}
