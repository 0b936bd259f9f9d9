using System.Globalization;
using Corpus.Generator.Specs;

namespace Corpus.Generator.Emit;

/// <summary>
/// Emits <c>CorpusData.g.cs</c>: the one catalog, opened on first use from the assembly's data
/// resource and checked against the hash of the surface this code was emitted for, and the
/// dispatch from an article's index to its generated class (only articles with one have an arm).
/// </summary>
internal static class CatalogEmitter
{
    /// <summary>No id can become this name: C# names made from ids have no underscore after the first character.</summary>
    public const string ClassName = "__CorpusData";

    /// <summary>The catalog instance, fully qualified so no generated member can shadow it.</summary>
    public static string Catalog(string ns) => "global::" + ns + "." + ClassName + ".Catalog";

    public static string Emit(CatalogSpec spec)
    {
        var w = new SourceWriter();
        w.Header();
        w.Open("namespace " + spec.Namespace);
        w.Summary("The compiled corpus behind Entities, Articles and Quotes: typed views over the data resource that the Corpus.Generator package's build step embeds.");
        w.Line("[global::System.CodeDom.Compiler.GeneratedCode(\"Corpus.Generator\", \"1\")]");
        w.Open("internal static class " + ClassName);
        w.Summary("The hash of the surface this code was emitted for; the data resource carries the hash of the surface it was written for.");
        w.Line("private const ulong SurfaceHash = 0x" + spec.SurfaceHash.ToString("X16", CultureInfo.InvariantCulture) + "UL;");
        w.Line();
        w.Line("private static " + ModelTypes.Catalog + "? s_catalog;");
        w.Line();
        w.Summary("The corpus, opened on first use.");
        w.Line("internal static " + ModelTypes.Catalog + " Catalog => global::System.Threading.Volatile.Read(ref s_catalog) ?? Open();");
        w.Line();
        w.Open("private static " + ModelTypes.Catalog + " Open()");
        w.Line("global::System.Threading.Interlocked.CompareExchange(ref s_catalog, " + ModelTypes.Catalog + ".Load(typeof(global::" + spec.Namespace + "." + ClassName + ").Assembly, SurfaceHash, CreateArticle), null);");
        w.Line("return s_catalog!;");
        w.Close();
        w.Line();

        var keys = new int[spec.Classes.Count];
        for (int i = 0; i < keys.Length; i++)
        {
            keys[i] = spec.Classes[i].Index;
        }

        string types = "global::" + spec.Namespace + "." + ArticlesEmitter.TypesNamespace + ".";
        BoundedSwitch.Emit(w, "private static", ModelTypes.Article + "?", "CreateArticle", ModelTypes.Catalog + " catalog, int index", "index", "catalog, index", keys,
            i => "new " + types + spec.Classes[i].ClassName + "(catalog, index)", "null");
        w.Close();
        w.Close();
        return w.ToString();
    }
}
