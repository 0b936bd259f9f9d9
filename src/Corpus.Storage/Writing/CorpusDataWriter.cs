using System.Linq;
using System;
using System.Collections.Generic;
using System.IO;
using Corpus.Storage.Surface;
using Corpus.Syntax;
using Corpus.Syntax.Binding;
using Corpus.Syntax.Collections;
using Corpus.Syntax.Text;

namespace Corpus.Storage.Writing;

/// <summary>
/// Writes a compiled corpus as the data resource that Corpus.Model reads (the layout of
/// <see cref="CorpusDataFormat"/>): the entities and the generated articles of the compilation,
/// in its order, with the hash of the surface that the generator emits for the same corpus.
/// </summary>
public static class CorpusDataWriter
{
    /// <param name="compilation">The corpus, parsed, bound and validated.</param>
    /// <param name="corpusDirectory">The corpus's root: article paths are stored relative to it.</param>
    public static byte[] Write(CorpusCompilation compilation, string corpusDirectory)
    {
        string root = NormalizeDirectory(corpusDirectory);
        var articles = new List<CompiledArticle>(compilation.Articles.Count);
        foreach (BoundArticle article in compilation.Articles)
        {
            articles.Add(CompiledArticle.From(article, compilation.Entities, root));
        }

        return Write(compilation.Entities, articles);
    }

    /// <param name="entities">The bound registry.</param>
    /// <param name="articles">The generated articles, as <see cref="CorpusValidator.Select{T}"/> leaves them: selected and sorted by id.</param>
    public static byte[] Write(EntityTable entities, IReadOnlyList<CompiledArticle> articles)
    {
        var surfaces = new ArticleSurface[articles.Count];
        for (int i = 0; i < surfaces.Length; i++)
        {
            surfaces[i] = articles[i].Surface ?? throw new ArgumentException("Only generated articles are written.", nameof(articles));
        }

        var surface = new CorpusSurface(SurfaceBuilder.Entities(entities), new EquatableArray<ArticleSurface>(surfaces));
        // The entities first, on their own (a few bytes each), so that the buffer is made once at
        // the data's exact size: the articles' records are tens of megabytes, which growing by
        // doubling would copy about twice over.
        var entityRecords = new DataWriter();
        var entityOffsets = new int[entities.Entities.Count];
        for (int i = 0; i < entityOffsets.Length; i++)
        {
            entityOffsets[i] = entityRecords.Position;
            EntityRecord.Write(entityRecords, Entity(entities.Entities[i], entities));
        }

        long size = CorpusDataFormat.HeaderSize + ((entityOffsets.Length + (long)articles.Count) * CorpusDataFormat.OffsetSize) + entityRecords.Position;
        foreach (CompiledArticle article in articles)
        {
            size += article.Record.Length;
        }

        var writer = new DataWriter((int)Math.Min(size, int.MaxValue));
        writer.UInt32(CorpusDataFormat.Magic);
        writer.UInt32(CorpusDataFormat.Version);
        writer.UInt32(unchecked((uint)surface.Hash));
        writer.UInt32(unchecked((uint)(surface.Hash >> 32)));
        writer.UInt32((uint)entities.Entities.Count);
        writer.UInt32((uint)articles.Count);
        writer.UInt32(0);
        writer.UInt32(0);

        writer.PatchUInt32(CorpusDataFormat.EntityTableOffset, (uint)writer.Position);
        int entityTable = ReserveTable(writer, entities.Entities.Count);
        writer.PatchUInt32(CorpusDataFormat.ArticleTableOffset, (uint)writer.Position);
        int articleTable = ReserveTable(writer, articles.Count);

        int entitiesStart = writer.Position;
        for (int i = 0; i < entityOffsets.Length; i++)
        {
            writer.PatchUInt32(entityTable + (i * CorpusDataFormat.OffsetSize), (uint)(entitiesStart + entityOffsets[i]));
        }

        writer.Bytes(entityRecords.ToArray());
        for (int i = 0; i < articles.Count; i++)
        {
            writer.PatchUInt32(articleTable + (i * CorpusDataFormat.OffsetSize), (uint)writer.Position);
            writer.Bytes(articles[i].Record);
        }

        return writer.ToArray();
    }

    private static int ReserveTable(DataWriter writer, int count)
    {
        int start = writer.Position;
        for (int i = 0; i < count; i++)
        {
            writer.UInt32(0);
        }

        return start;
    }

    private static EntityData Entity(EntityDeclaration entity, EntityTable entities)
    {
        var affiliations = new List<int>(entity.Affiliations.Count);
        foreach (EntityReference affiliation in entity.Affiliations)
        {
            int index = entities.IndexOf(affiliation.Id);
            if (index >= 0)
            {
                affiliations.Add(index);
            }
        }

        return new EntityData
        {
            Id = entity.Id,
            Kind = (int)entity.Kind,
            Name = entity.Name,
            Description = entity.Description,
            WikidataId = entity.WikidataId,
            Aliases = entity.Aliases.ToArray(),
            Affiliations = affiliations.ToArray(),
        };
    }

    /// <summary>
    /// The corpus root as <see cref="RelativePath"/> and <see cref="CompiledArticle.From"/> take it:
    /// read as <see cref="CorpusFileList.Normalize"/> reads a path (a root of <c>.</c> or <c>..</c>,
    /// as <c>CorpusDirectory</c> may give it, is resolved), with one trailing '/' (empty for none).
    /// </summary>
    public static string NormalizeDirectory(string directory) =>
        directory.Length == 0 ? string.Empty : CorpusFileList.Normalize(directory).TrimEnd('/') + "/";

    /// <summary>The file's path under the corpus root with '/' separators, or its name when it lies elsewhere.</summary>
    public static string RelativePath(string root, string path)
    {
        string normalized = CorpusFileList.Normalize(path);
        if (root.Length > 0 && normalized.StartsWith(root, StringComparison.Ordinal))
        {
            return normalized.Substring(root.Length);
        }

        int slash = normalized.LastIndexOf('/');
        return slash < 0 ? normalized : normalized.Substring(slash + 1);
    }
}
