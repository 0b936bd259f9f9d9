using System.Globalization;
using Corpus.Generator.Specs;

namespace Corpus.Generator.Emit;

/// <summary>Emits <c>Articles</c> (one property per article, typed by its class when it has one) and <c>Quotes</c>.</summary>
internal static class ArticlesEmitter
{
    public const string TypesNamespace = "ArticleTypes";

    /// <summary>No id can become this name: C# names made from ids have no underscore after the first character.</summary>
    private const string At = "__At";

    public static string Emit(ArticlesSpec spec)
    {
        string catalog = CatalogEmitter.Catalog(spec.Namespace);
        var w = new SourceWriter();
        w.Header();
        w.Open("namespace " + spec.Namespace);
        w.Summary("Every article of the corpus; an article with #named quotations or mentions is typed by its own class.");
        w.Open("public static partial class Articles");
        foreach (ArticleEntry article in spec.Articles)
        {
            string get = At + "(" + article.Index.ToString(CultureInfo.InvariantCulture) + ")";
            w.Summary(article.Documentation);
            if (article.HasClass)
            {
                string type = "global::" + spec.Namespace + "." + TypesNamespace + "." + article.MemberName;
                w.Line("public static " + type + " " + article.MemberName + " => (" + type + ")" + get + ";");
            }
            else
            {
                w.Line("public static " + ModelTypes.Article + " " + article.MemberName + " => " + get + ";");
            }

            w.Line();
        }

        // One short call per article: at 10,000 articles every byte of a property is 10 KB of source.
        w.Line("private static " + ModelTypes.Article + " " + At + "(int index) => " + catalog + ".GetArticle(index);");
        w.Line();
        w.Summary("Every article, sorted by id; each is created when first read.");
        w.Line("public static " + ModelTypes.ReadOnlyList + "<" + ModelTypes.Article + "> All => " + catalog + ".Articles;");
        w.Line();
        w.Summary("The number of articles.");
        w.Line("public static int Count => " + spec.Count.ToString(CultureInfo.InvariantCulture) + ";");
        w.Line();
        w.Summary("The article with this id; throws KeyNotFoundException when there is none.");
        w.Line("public static " + ModelTypes.Article + " Get(string id) => " + catalog + ".FindArticle(id) ?? throw new global::System.Collections.Generic.KeyNotFoundException(\"No article has the id '\" + id + \"'.\");");
        w.Line();
        w.Summary("Finds the article with this id.");
        w.Open("public static bool TryGet(string id, [global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out " + ModelTypes.Article + "? article)");
        w.Line("article = " + catalog + ".FindArticle(id);");
        w.Line("return article is not null;");
        w.Close();
        w.Close();
        w.Line();
        w.Summary("Every quotation of the corpus, direct, partial and reported, in article order.");
        w.Open("public static partial class Quotes");
        w.Summary("Every quotation, in article order then text order.");
        w.Line("public static " + ModelTypes.ReadOnlyList + "<" + ModelTypes.Quote + "> All => " + catalog + ".Quotes;");
        w.Close();
        w.Close();
        return w.ToString();
    }
}
