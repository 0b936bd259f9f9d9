using System.Globalization;
using Corpus.Generator.Specs;

namespace Corpus.Generator.Emit;

/// <summary>Emits <c>Articles</c> (one typed property per article) and <c>Quotes</c>.</summary>
internal static class ArticlesEmitter
{
    public const string TypesNamespace = "ArticleTypes";

    public static string Emit(CorpusIndexSpec spec)
    {
        var w = new SourceWriter();
        w.Header();
        w.Open("namespace " + spec.Namespace);
        w.Summary("Every article of the corpus, each typed by its generated class.");
        w.Open("public static partial class Articles");
        foreach (ArticleEntry article in spec.Articles)
        {
            string type = "global::" + spec.Namespace + "." + TypesNamespace + "." + article.ClassName;
            w.Summary(article.Documentation);
            w.Line("public static " + type + " " + article.ClassName + " => (" + type + ")" + CatalogEmitter.Catalog(spec.Namespace) + ".GetArticle("
                + article.Index.ToString(CultureInfo.InvariantCulture) + ");");
            w.Line();
        }

        w.Summary("Every article, sorted by id; each is created when first read.");
        w.Line("public static " + ModelTypes.ReadOnlyList + "<" + ModelTypes.Article + "> All => " + CatalogEmitter.Catalog(spec.Namespace) + ".Articles;");
        w.Line();
        w.Summary("The number of articles.");
        w.Line("public static int Count => " + spec.Articles.Count.ToString(CultureInfo.InvariantCulture) + ";");
        w.Line();
        w.Summary("The article with this id; throws KeyNotFoundException when there is none.");
        w.Line("public static " + ModelTypes.Article + " Get(string id) => " + CatalogEmitter.Catalog(spec.Namespace) + ".FindArticle(id) ?? throw new global::System.Collections.Generic.KeyNotFoundException(\"No article has the id '\" + id + \"'.\");");
        w.Line();
        w.Summary("Finds the article with this id.");
        w.Open("public static bool TryGet(string id, [global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out " + ModelTypes.Article + "? article)");
        w.Line("article = " + CatalogEmitter.Catalog(spec.Namespace) + ".FindArticle(id);");
        w.Line("return article is not null;");
        w.Close();
        w.Close();
        w.Line();
        w.Summary("Every quotation of the corpus, direct, partial and reported, in article order.");
        w.Open("public static partial class Quotes");
        w.Summary("Every quotation, in article order then text order.");
        w.Line("public static " + ModelTypes.ReadOnlyList + "<" + ModelTypes.Quote + "> All => " + CatalogEmitter.Catalog(spec.Namespace) + ".Quotes;");
        w.Close();
        w.Close();
        return w.ToString();
    }
}
