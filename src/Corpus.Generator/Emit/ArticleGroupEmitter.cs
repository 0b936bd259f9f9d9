using System.Globalization;
using Corpus.Generator.Specs;
using Corpus.Storage.Surface;

namespace Corpus.Generator.Emit;

/// <summary>
/// Emits the classes of one group of articles with <c>#named</c> members: a constructor and
/// one typed property per member, nothing else (the article's data is in the resource).
/// </summary>
internal static class ArticleGroupEmitter
{
    public static string HintName(int group) => "ArticleGroup" + group.ToString("D2", CultureInfo.InvariantCulture) + ".g.cs";

    public static string Emit(ArticleClassGroup spec)
    {
        var w = new SourceWriter();
        w.Header();
        w.Open("namespace " + spec.Namespace + "." + ArticlesEmitter.TypesNamespace);
        for (int i = 0; i < spec.Articles.Count; i++)
        {
            if (i > 0)
            {
                w.Line();
            }

            EmitArticle(w, spec.Articles[i]);
        }

        w.Close();
        return w.ToString();
    }

    private static void EmitArticle(SourceWriter w, ArticleSurface article)
    {
        w.Summary(article.Documentation);
        w.Line("[global::System.CodeDom.Compiler.GeneratedCode(\"Corpus.Generator\", \"1\")]");

        // System.Text.Json reads [JsonConverter] from the class itself, not its base: without
        // this, an article of a generated class would serialize as a plain object graph.
        w.Line("[global::System.Text.Json.Serialization.JsonConverter(typeof(" + ModelTypes.ArticleJsonConverter + "<" + article.ClassName + ">))]");
        w.Open("public sealed class " + article.ClassName + " : " + ModelTypes.Article);
        w.Line("internal " + article.ClassName + "(" + ModelTypes.Catalog + " catalog, int index)");
        w.Line("    : base(catalog, index)");
        w.Line("{");
        w.Line("}");
        foreach (NamedMember member in article.Members)
        {
            w.Line();
            w.Summary(member.Documentation);
            string index = member.Index.ToString(CultureInfo.InvariantCulture);
            w.Line(member.IsQuote
                ? "public " + ModelTypes.Quote + " " + member.Name + " => Quotes[" + index + "];"
                : "public " + ModelTypes.Mention + " " + member.Name + " => Mentions[" + index + "];");
        }

        w.Close();
    }
}
