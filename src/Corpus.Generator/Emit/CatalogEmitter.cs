using System.Globalization;
using System.Text;
using Corpus.Generator.Specs;
using Corpus.Syntax;

namespace Corpus.Generator.Emit;

/// <summary>
/// Emits <c>CorpusData</c>: the one catalog instance, its entities, its article ids, and
/// the dispatch from an article's index to its group (a byte table and a switch over at
/// most <see cref="CorpusSpecBuilder.GroupCount"/> arms, never one arm per article).
/// </summary>
internal static class CatalogEmitter
{
    /// <summary>No id can become this name: C# names made from ids have no underscore after the first character.</summary>
    public const string ClassName = "__CorpusData";

    /// <summary>The catalog instance, fully qualified so no generated member can shadow it.</summary>
    public static string Catalog(string ns) => "global::" + ns + "." + ClassName + ".Catalog";

    public static string Emit(CorpusIndexSpec spec)
    {
        var w = new SourceWriter();
        w.Header();
        w.Open("namespace " + spec.Namespace);
        w.Summary("The compiled corpus behind Entities, Articles and Quotes.");
        w.Line("[global::System.CodeDom.Compiler.GeneratedCode(\"Corpus.Generator\", \"1\")]");
        w.Open("internal static class " + ClassName);
        w.Line("internal static readonly " + ModelTypes.Catalog + " Catalog = new " + ModelTypes.Catalog + "(CreateEntities(), CreateArticleIds(), CreateArticle);");
        w.Line();

        w.Open("private static " + ModelTypes.Entity + "[] CreateEntities() => new " + ModelTypes.Entity + "[]");
        foreach (EntityDeclaration entity in spec.Entities)
        {
            StringBuilder line = w.StartLine();
            line.Append("new ").Append(ModelTypes.EntityClass(entity.Kind)).Append('(')
                .Append(CSharpLiteral.Quote(entity.Id)).Append(", ")
                .Append(CSharpLiteral.Quote(entity.Name)).Append(", ");
            StringArray(line, entity.Aliases);
            line.Append(", ").Append(CSharpLiteral.Quote(entity.Description))
                .Append(", ").Append(CSharpLiteral.Quote(entity.WikidataId)).Append(", ");
            var affiliations = new string[entity.Affiliations.Count];
            for (int i = 0; i < affiliations.Length; i++)
            {
                affiliations[i] = entity.Affiliations[i].Id;
            }

            StringArray(line, affiliations);
            line.Append("),\n");
        }

        w.Close(";");
        w.Line();

        w.Open("private static string[] CreateArticleIds() => new string[]");
        foreach (ArticleEntry article in spec.Articles)
        {
            w.Line(CSharpLiteral.Quote(article.Id) + ",");
        }

        w.Close(";");
        w.Line();

        w.Line("/// <summary>The output group of each article, by index.</summary>");
        StringBuilder groups = w.StartLine().Append("private static global::System.ReadOnlySpan<byte> ArticleGroups => new byte[] { ");
        for (int i = 0; i < spec.Articles.Count; i++)
        {
            groups.Append(i == 0 ? string.Empty : ", ").Append(spec.Articles[i].Group.ToString(CultureInfo.InvariantCulture));
        }

        groups.Append(" };\n");
        w.Line();
        w.Line("/// <summary>The position of each article inside its group, by index.</summary>");
        StringBuilder slots = w.StartLine().Append("private static global::System.ReadOnlySpan<int> ArticleSlots => new int[] { ");
        for (int i = 0; i < spec.Articles.Count; i++)
        {
            slots.Append(i == 0 ? string.Empty : ", ").Append(spec.Articles[i].Slot.ToString(CultureInfo.InvariantCulture));
        }

        slots.Append(" };\n");
        w.Line();
        w.Open("private static " + ModelTypes.Article + " CreateArticle(" + ModelTypes.Catalog + " catalog, int index) => ArticleGroups[index] switch");
        var seen = new bool[CorpusSpecBuilder.GroupCount];
        foreach (ArticleEntry article in spec.Articles)
        {
            if (!seen[article.Group])
            {
                seen[article.Group] = true;
            }
        }

        for (int g = 0; g < seen.Length; g++)
        {
            if (seen[g])
            {
                w.Line(g.ToString(CultureInfo.InvariantCulture) + " => " + ArticleGroupEmitter.ClassName(g) + ".Create(catalog, ArticleSlots[index]),");
            }
        }

        w.Line("_ => throw new global::System.ArgumentOutOfRangeException(nameof(index)),");
        w.Close(";");
        w.Close();
        w.Close();
        return w.ToString();
    }

    private static void StringArray(StringBuilder line, System.Collections.Generic.IReadOnlyList<string> items)
    {
        if (items.Count == 0)
        {
            line.Append("global::System.Array.Empty<string>()");
            return;
        }

        line.Append("new string[] { ");
        for (int i = 0; i < items.Count; i++)
        {
            line.Append(i == 0 ? string.Empty : ", ").Append(CSharpLiteral.Quote(items[i]));
        }

        line.Append(" }");
    }
}
