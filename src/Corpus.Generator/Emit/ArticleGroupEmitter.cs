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
    /// <summary>Arms of one switch of the article dispatch: 64 × 64 slots per group before the outer switch passes 64 arms.</summary>
    public const int SlotsPerBlock = 64;

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
    /// article elsewhere in the corpus leaves this file unchanged. The dispatch is two levels
    /// of at most <see cref="SlotsPerBlock"/> arms each: Roslyn's cost for one switch grows much
    /// faster than its arm count.
    /// </summary>
    private static void EmitDispatch(SourceWriter w, ArticleGroupSpec spec, (int Chunk, int Offset)[] records)
    {
        int blocks = (spec.Articles.Count + SlotsPerBlock - 1) / SlotsPerBlock;
        w.Open("internal static " + ModelTypes.Article + " Create(" + ModelTypes.Catalog + " catalog, int slot) => (slot / " + SlotsPerBlock.ToString(CultureInfo.InvariantCulture) + ") switch");
        for (int block = 0; block < blocks; block++)
        {
            string b = block.ToString(CultureInfo.InvariantCulture);
            w.Line(b + " => Create" + b + "(catalog, slot),");
        }

        w.Line("_ => throw new global::System.ArgumentOutOfRangeException(nameof(slot)),");
        w.Close(";");
        for (int block = 0; block < blocks; block++)
        {
            w.Line();
            w.Open("private static " + ModelTypes.Article + " Create" + block.ToString(CultureInfo.InvariantCulture) + "(" + ModelTypes.Catalog + " catalog, int slot) => slot switch");
            int end = System.Math.Min(spec.Articles.Count, (block + 1) * SlotsPerBlock);
            for (int slot = block * SlotsPerBlock; slot < end; slot++)
            {
                w.Line(slot.ToString(CultureInfo.InvariantCulture) + " => new global::" + spec.Namespace + "." + ArticlesEmitter.TypesNamespace + "." + spec.Articles[slot].ClassName
                    + "(catalog, Store, " + records[slot].Chunk.ToString(CultureInfo.InvariantCulture) + ", " + records[slot].Offset.ToString(CultureInfo.InvariantCulture) + "),");
            }

            w.Line("_ => throw new global::System.ArgumentOutOfRangeException(nameof(slot)),");
            w.Close(";");
        }
    }

    private static void EmitData(SourceWriter w, GroupDataWriter data)
    {
        // Like the article dispatch, at most SlotsPerBlock arms per switch: a corpus of a few
        // hundred megabytes gives a group more chunks than that.
        int chunks = data.Chunks.Count;
        w.Line();
        w.Line("/// <inheritdoc/>");
        if (chunks <= SlotsPerBlock)
        {
            ChunkSwitch(w, "protected override global::System.ReadOnlySpan<byte> GetChunk(int index) => index switch", 0, chunks);
        }
        else
        {
            int blocks = (chunks + SlotsPerBlock - 1) / SlotsPerBlock;
            w.Open("protected override global::System.ReadOnlySpan<byte> GetChunk(int index) => (index / " + SlotsPerBlock.ToString(CultureInfo.InvariantCulture) + ") switch");
            for (int block = 0; block < blocks; block++)
            {
                string b = block.ToString(CultureInfo.InvariantCulture);
                w.Line(b + " => GetChunk" + b + "(index),");
            }

            w.Line("_ => throw new global::System.ArgumentOutOfRangeException(nameof(index)),");
            w.Close(";");
            for (int block = 0; block < blocks; block++)
            {
                w.Line();
                int end = System.Math.Min(chunks, (block + 1) * SlotsPerBlock);
                ChunkSwitch(w, "private static global::System.ReadOnlySpan<byte> GetChunk" + block.ToString(CultureInfo.InvariantCulture) + "(int index) => index switch", block * SlotsPerBlock, end);
            }
        }

        if (data.Strings.Count > 0)
        {
            // Only texts with a lone surrogate, which a u8 literal cannot hold.
            w.Line();
            w.Line("/// <inheritdoc/>");
            w.Open("protected override string GetString(int index) => index switch");
            for (int i = 0; i < data.Strings.Count; i++)
            {
                StringBuilder line = w.StartLine().Append(i.ToString(CultureInfo.InvariantCulture)).Append(" => ");
                CSharpLiteral.Append(line, data.Strings[i], 0, data.Strings[i].Length).Append(",\n");
            }

            w.Line("_ => throw new global::System.ArgumentOutOfRangeException(nameof(index)),");
            w.Close(";");
        }

        for (int i = 0; i < data.Chunks.Count; i++)
        {
            w.Line();
            w.StartLine().Append("private static global::System.ReadOnlySpan<byte> Chunk").Append(i.ToString(CultureInfo.InvariantCulture))
                .Append(" => \"").Append(data.Chunks[i]).Append("\"u8;\n");
        }
    }

    private static void ChunkSwitch(SourceWriter w, string header, int start, int end)
    {
        w.Open(header);
        for (int i = start; i < end; i++)
        {
            string n = i.ToString(CultureInfo.InvariantCulture);
            w.Line(n + " => Chunk" + n + ",");
        }

        w.Line("_ => throw new global::System.ArgumentOutOfRangeException(nameof(index)),");
        w.Close(";");
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
