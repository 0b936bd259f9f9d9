namespace Corpus.Generator;

/// <summary>Names of the pipeline's steps, so tests can check how each step was run.</summary>
public static class TrackingNames
{
    public const string CorpusFiles = nameof(CorpusFiles);
    public const string RegistryParse = nameof(RegistryParse);
    public const string ArticleParse = nameof(ArticleParse);
    public const string EntityTable = nameof(EntityTable);
    public const string RecallAid = nameof(RecallAid);
    public const string ArticleBind = nameof(ArticleBind);
    public const string Settings = nameof(Settings);
    public const string Conflicts = nameof(Conflicts);
    public const string CorpusModel = nameof(CorpusModel);
    public const string Surface = nameof(Surface);
    public const string CatalogSpec = nameof(CatalogSpec);
    public const string EntitiesSpec = nameof(EntitiesSpec);
    public const string ArticlesSpec = nameof(ArticlesSpec);
    public const string ArticleGroups = nameof(ArticleGroups);
}
