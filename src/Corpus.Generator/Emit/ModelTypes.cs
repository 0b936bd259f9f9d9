using Corpus.Syntax;

namespace Corpus.Generator.Emit;

/// <summary>Fully qualified names of Corpus.Model's types, so no corpus name can shadow them.</summary>
internal static class ModelTypes
{
    public const string Catalog = "global::Corpus.Model.CorpusCatalog";
    public const string Article = "global::Corpus.Model.Article";
    public const string ArticleStore = "global::Corpus.Model.ArticleStore";
    public const string Entity = "global::Corpus.Model.Entity";
    public const string Quote = "global::Corpus.Model.Quote";
    public const string Mention = "global::Corpus.Model.Mention";
    public const string ReadOnlyList = "global::System.Collections.Generic.IReadOnlyList";

    public static string EntityClass(EntityKind kind) => "global::Corpus.Model." + kind switch
    {
        EntityKind.Person => "Person",
        EntityKind.Organization => "Organization",
        EntityKind.Country => "Country",
        EntityKind.Place => "Place",
        EntityKind.Group => "Group",
        EntityKind.Event => "Event",
        _ => "Work",
    };
}
