using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Corpus.Generator.Specs;

namespace Corpus.Generator.Emit;

/// <summary>
/// Emits one output group: its data (every article's text and record, laid out by
/// <see cref="GroupDataWriter"/> into a few UTF-8 literals) as one <c>ArticleStore</c>, the
/// dispatch from a slot to an article, and a small class per article that holds nothing but
/// its constructor and its <c>#named</c> members. So the compiler sees a handful of tokens
/// per article whatever its annotations, and the runtime loads one small type per article.
/// </summary>
internal static class ArticleGroupEmitter
{
    /// <summary>Like every internal generated name, one that no id can become.</summary>
    public static string ClassName(int group) => "__ArticleGroup" + group.ToString("D2", CultureInfo.InvariantCulture);

    public static string HintName(int group) => "ArticleGroup" + group.ToString("D2", CultureInfo.InvariantCulture) + ".g.cs";

    public static string Emit(ArticleGroupSpec spec)
    {
        var data = new GroupDataWriter();
        var records = new (int Chunk, int Offset)[spec.Articles.Count];
        for (int slot = 0; slot < records.Length; slot++)
        {
            records[slot] = ArticleRecordWriter.Write(data, spec.Articles[slot].Model);
        }

        var w = new SourceWriter();
        w.Header();
        w.Open("namespace " + spec.Namespace);
        w.Line("[global::System.CodeDom.Compiler.GeneratedCode(\"Corpus.Generator\", \"1\")]");
        string className = ClassName(spec.Group);
        w.Open("internal sealed class " + className + " : " + ModelTypes.ArticleStore);
        w.Line("private static readonly " + className + " Store = new " + className + "();");
        w.Line();
        EmitDispatch(w, spec, records);
        EmitData(w, data);
        w.Close();
        w.Close();

        w.Line();
        w.Open("namespace " + spec.Namespace + "." + ArticlesEmitter.TypesNamespace);
        bool first = true;
        foreach (GroupedArticle article in spec.Articles)
        {
            if (!first)
            {
                w.Line();
            }

            first = false;
            EmitArticle(w, article);
        }

        w.Close();
        return w.ToString();
    }

    /// <summary>
    /// Articles are numbered inside the group, never by their corpus-wide index: adding an
    /// article elsewhere in the corpus leaves this file unchanged.
    /// </summary>
    private static void EmitDispatch(SourceWriter w, ArticleGroupSpec spec, (int Chunk, int Offset)[] records)
    {
        string types = "global::" + spec.Namespace + "." + ArticlesEmitter.TypesNamespace + ".";
        BoundedSwitch.Emit(w, "internal static", ModelTypes.Article, "Create", ModelTypes.Catalog + " catalog, int slot", "slot", "catalog, slot", spec.Articles.Count, slot =>
            "new " + types + spec.Articles[slot].ClassName + "(catalog, Store, " + records[slot].Chunk.ToString(CultureInfo.InvariantCulture) + ", " + records[slot].Offset.ToString(CultureInfo.InvariantCulture) + ")");
    }

    private static void EmitData(SourceWriter w, GroupDataWriter data)
    {
        w.Line();
        w.Line("/// <inheritdoc/>");
        BoundedSwitch.Emit(w, "protected override", "global::System.ReadOnlySpan<byte>", "GetChunk", "int index", "index", "index", data.Chunks.Count, i => "Chunk" + i.ToString(CultureInfo.InvariantCulture));

        if (data.Strings.Count > 0)
        {
            // Only texts with a lone surrogate, which a u8 literal cannot hold.
            w.Line();
            w.Line("/// <inheritdoc/>");
            BoundedSwitch.Emit(w, "protected override", "string", "GetString", "int index", "index", "index", data.Strings.Count, i => CSharpLiteral.Quote(data.Strings[i]));
        }

        for (int i = 0; i < data.Chunks.Count; i++)
        {
            w.Line();
            w.StartLine().Append("private static global::System.ReadOnlySpan<byte> Chunk").Append(i.ToString(CultureInfo.InvariantCulture))
                .Append(" => \"").Append(data.Chunks[i]).Append("\"u8;\n");
        }
    }

    private static void EmitArticle(SourceWriter w, GroupedArticle indexed)
    {
        ArticleModel model = indexed.Model;
        string title = model.Bound.Article.Title!;
        w.Summary(model.SourceName is null ? title : title + " (" + model.SourceName + ")");
        w.Open("public sealed partial class " + indexed.ClassName + " : " + ModelTypes.Article);
        w.Line("internal " + indexed.ClassName + "(" + ModelTypes.Catalog + " catalog, " + ModelTypes.ArticleStore + " store, int chunk, int record)");
        w.Line("    : base(catalog, store, chunk, record)");
        w.Line("{");
        w.Line("}");
        foreach (NamedMember member in model.Members)
        {
            w.Line();
            w.Summary(member.Documentation);
            string type = member.IsQuote ? ModelTypes.Quote : ModelTypes.Mention;
            string list = member.IsQuote ? "Quotes" : "Mentions";
            w.Line("public " + type + " " + member.Name + " => " + list + "[" + member.Index.ToString(CultureInfo.InvariantCulture) + "];");
        }

        w.Close();
    }
}
