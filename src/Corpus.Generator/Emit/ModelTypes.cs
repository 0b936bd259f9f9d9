using Corpus.Syntax;

namespace Corpus.Generator.Emit;

/// <summary>Fully qualified names of Corpus.Model's types, so no corpus name can shadow them.</summary>
internal static class ModelTypes
{
    public const string Catalog = "global::Corpus.Model.CorpusCatalog";
    public const string Article = "global::Corpus.Model.Article";
    public const string Entity = "global::Corpus.Model.Entity";
    public const string Quote = "global::Corpus.Model.Quote";
    public const string Mention = "global::Corpus.Model.Mention";
    public const string ArticleJsonConverter = "global::Corpus.Model.Json.ArticleJsonConverter";
    public const string ReadOnlyList = "global::System.Collections.Generic.IReadOnlyList";

    /// <summary>How many entity kinds there are (the enum is shared with Corpus.Model, so each has a class there).</summary>
    public const int KindCount = (int)EntityKind.Work + 1;

    /// <summary>Corpus.Model names each kind's class after the kind itself (<c>EntityKind.Person</c> → <c>Person</c>).</summary>
    public static string EntityClass(EntityKind kind) => "global::Corpus.Model." + kind.ToString();
}
