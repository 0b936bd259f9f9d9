using System.Collections.Generic;
using System.Collections.Immutable;
using Corpus.Generator.Pipeline;
using Corpus.Syntax.Binding;
using Corpus.Syntax.Collections;
using Corpus.Syntax.Diagnostics;
using Corpus.Syntax.Naming;

namespace Corpus.Generator.Specs;

/// <summary>
/// Numbers the articles (sorted by id) and deals them into a bounded number of output
/// groups. A group is chosen by a hash of the id, so it never depends on the other
/// articles: editing one article re-emits one group.
/// </summary>
internal static class CorpusSpecBuilder
{
    /// <summary>The number of article files at most; a fixed bound keeps the driver's per-output cost flat.</summary>
    public const int GroupCount = 16;

    public static CorpusSpec Build(ImmutableArray<ArticleModel> models, EntityTable entities, GeneratorSettings settings)
    {
        var byPath = new Dictionary<string, ArticleModel>(System.StringComparer.Ordinal);
        var bound = new List<BoundArticle>(models.Length);
        foreach (ArticleModel model in models)
        {
            byPath[model.Bound.Article.FilePath] = model;
            bound.Add(model.Bound);
        }

        (List<BoundArticle> kept, List<CorpusDiagnostic> diagnostics) = CorpusValidator.Validate(entities, bound);
        var entries = new List<ArticleEntry>(kept.Count);
        var groups = new List<GroupedArticle>[GroupCount];
        for (int index = 0; index < kept.Count; index++)
        {
            ArticleModel model = byPath[kept[index].Article.FilePath];
            string id = model.Bound.Article.Id!;
            string className = CSharpNames.FromId(id);
            int group = GroupOf(id);
            List<GroupedArticle> members = groups[group] ??= new List<GroupedArticle>();
            entries.Add(new ArticleEntry(index, id, className, group, members.Count, Documentation(model)));
            members.Add(new GroupedArticle(className, model));
        }

        // Every group is always present, empty or not: the driver compares the items of a
        // SelectMany by position, so a group that appeared in the middle would shift every
        // later group and mark it modified. An empty group emits no file.
        var groupSpecs = new List<ArticleGroupSpec>(GroupCount);
        for (int g = 0; g < GroupCount; g++)
        {
            EquatableArray<GroupedArticle> grouped = groups[g] is { } members ? members.ToEquatableArray() : EquatableArray<GroupedArticle>.Empty;
            groupSpecs.Add(new ArticleGroupSpec(g, settings.Namespace, grouped));
        }

        var corpusIndex = new CorpusIndexSpec(settings.Namespace, entities.Entities, entries.ToEquatableArray());
        return new CorpusSpec(corpusIndex, groupSpecs.ToEquatableArray(), diagnostics.ToEquatableArray());
    }

    /// <summary>FNV-1a over the id's UTF-16 code units: stable across runs, processes and platforms.</summary>
    public static int GroupOf(string id)
    {
        unchecked
        {
            uint hash = 2166136261;
            foreach (char c in id)
            {
                hash = (hash ^ c) * 16777619;
            }

            return (int)(hash % GroupCount);
        }
    }

    private static string Documentation(ArticleModel model) =>
        model.SourceName is null ? model.Bound.Article.Title! : model.Bound.Article.Title + " (" + model.SourceName + ")";
}
