using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Corpus.Generator.Specs;
using Corpus.Syntax;
using Corpus.Syntax.Collections;

namespace Corpus.Generator.Emit;

/// <summary>
/// Emits one output group: a class per article, holding its text as UTF-8 literals (each
/// in its own member and at most <see cref="MaxChunkLength"/> characters, since Roslyn's
/// cost grows with the size of a single literal) and its annotations as one integer table.
/// </summary>
internal static class ArticleGroupEmitter
{
    /// <summary>At most 3 bytes of UTF-8 per UTF-16 unit: under 800 KB per literal.</summary>
    public const int MaxChunkLength = 256 * 1024;

    /// <summary>Arms of one switch of the article dispatch: 64 × 64 slots per group before the outer switch passes 64 arms.</summary>
    public const int SlotsPerBlock = 64;

    private const int NumbersPerLine = 24;

    /// <summary>Like every internal generated name, one that no id can become.</summary>
    public static string ClassName(int group) => "__ArticleGroup" + group.ToString("D2", CultureInfo.InvariantCulture);

    public static string HintName(int group) => "ArticleGroup" + group.ToString("D2", CultureInfo.InvariantCulture) + ".g.cs";

    public static string Emit(ArticleGroupSpec spec)
    {
        var w = new SourceWriter();
        w.Header();
        w.Open("namespace " + spec.Namespace);
        w.Line("[global::System.CodeDom.Compiler.GeneratedCode(\"Corpus.Generator\", \"1\")]");
        w.Open("internal static class " + ClassName(spec.Group));
        // Articles are numbered inside the group, never by their corpus-wide index: adding an
        // article elsewhere in the corpus leaves this file unchanged. The dispatch is two levels
        // of at most SlotsPerBlock arms each: Roslyn's cost for one switch grows much faster than
        // its arm count (one switch of 625 arms per group, a 10k corpus, cost seconds of compile).
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
                w.Line(slot.ToString(CultureInfo.InvariantCulture) + " => new global::" + spec.Namespace + "." + ArticlesEmitter.TypesNamespace + "." + spec.Articles[slot].ClassName + "(catalog),");
            }

            w.Line("_ => throw new global::System.ArgumentOutOfRangeException(nameof(slot)),");
            w.Close(";");
        }

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

    private static void EmitArticle(SourceWriter w, GroupedArticle indexed)
    {
        ArticleModel model = indexed.Model;
        ArticleFile article = model.Bound.Article;
        w.Summary(model.SourceName is null ? article.Title! : article.Title + " (" + model.SourceName + ")");
        w.Open("public sealed partial class " + indexed.ClassName + " : " + ModelTypes.Article);
        w.Line("internal " + indexed.ClassName + "(" + ModelTypes.Catalog + " catalog)");
        w.Line("    : base(catalog, new " + ModelTypes.ArticleInfo);
        w.Line("    {");
        Property(w, "Id", CSharpLiteral.Quote(article.Id));
        Property(w, "Title", CSharpLiteral.Quote(article.Title));
        foreach (FieldText field in article.Fields)
        {
            Property(w, field.Name switch { ArticleFields.Summary => "Summary", ArticleFields.Image => "Image", ArticleFields.ImageCredit => "ImageCredit", _ => "Note" }, CSharpLiteral.Quote(field.Text));
        }

        if (article.SourceEntity is not null)
        {
            Property(w, "SourceEntityId", CSharpLiteral.Quote(article.SourceEntity.Id));
        }
        else if (article.Source is not null)
        {
            Property(w, "Source", CSharpLiteral.Quote(article.Source));
        }

        if (article.Byline.Count > 0)
        {
            Property(w, "Byline", StringArray(article.Byline));
        }

        DateProperty(w, "Published", article.Published);
        DateProperty(w, "Updated", article.Updated);
        if (article.Language != "en")
        {
            Property(w, "Language", CSharpLiteral.Quote(article.Language));
        }

        if (article.Tags.Count > 0)
        {
            Property(w, "Tags", StringArray(article.Tags));
        }

        if (article.Metadata.Count > 0)
        {
            var pairs = new List<string>();
            foreach (MetadataEntry entry in article.Metadata)
            {
                pairs.Add(entry.Key);
                pairs.Add(entry.Value);
            }

            Property(w, "Metadata", StringArray(pairs));
        }

        w.Line("    })");
        w.Line("{");
        w.Line("}");
        w.Line();
        EmitText(w, article.Body);
        w.Line();
        EmitData(w, model.Data);
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

    private static void EmitText(SourceWriter w, string text)
    {
        var chunks = new List<(int Start, int Length)>();
        for (int start = 0; start < text.Length;)
        {
            int length = System.Math.Min(MaxChunkLength, text.Length - start);
            if (start + length < text.Length && char.IsHighSurrogate(text[start + length - 1]))
            {
                length--; // never split a surrogate pair between two literals
            }

            chunks.Add((start, length));
            start += length;
        }

        if (chunks.Count == 1 && !CSharpLiteral.HasLoneSurrogate(text, 0, text.Length))
        {
            // The common case: the whole body in one UTF-8 literal, which Corpus.Model decodes
            // (and from which a quote or mention decodes only its own bytes).
            w.Line("/// <inheritdoc/>");
            StringBuilder single = w.StartLine().Append("protected override global::System.ReadOnlySpan<byte> Utf8Body => ");
            CSharpLiteral.Append(single, text, 0, text.Length).Append("u8;\n");
            return;
        }

        var parts = new List<string>();
        for (int i = 0; i < chunks.Count; i++)
        {
            (int start, int length) = chunks[i];
            string name = "__Text" + i.ToString(CultureInfo.InvariantCulture);
            StringBuilder line = w.StartLine();
            if (CSharpLiteral.HasLoneSurrogate(text, start, length))
            {
                // UTF-8 cannot hold a lone surrogate: keep this chunk as UTF-16 so the text stays exact.
                line.Append("private const string ").Append(name).Append(" = ");
                CSharpLiteral.Append(line, text, start, length).Append(";\n");
                parts.Add(name);
            }
            else
            {
                line.Append("private static global::System.ReadOnlySpan<byte> ").Append(name).Append(" => ");
                CSharpLiteral.Append(line, text, start, length).Append("u8;\n");
                parts.Add("Decode(" + name + ")");
            }
        }

        w.Line();
        w.Line("/// <inheritdoc/>");
        string body = parts.Count switch
        {
            0 => "string.Empty",
            1 => parts[0],
            _ => "string.Concat(new string[] { " + string.Join(", ", parts) + " })",
        };
        w.Line("protected override string LoadText() => " + body + ";");
    }

    private static void EmitData(SourceWriter w, EquatableArray<int> data)
    {
        w.Line("/// <inheritdoc/>");
        w.Open("protected override global::System.ReadOnlySpan<int> AnnotationData => new int[]");
        for (int i = 0; i < data.Count; i += NumbersPerLine)
        {
            StringBuilder line = w.StartLine();
            int end = System.Math.Min(data.Count, i + NumbersPerLine);
            for (int k = i; k < end; k++)
            {
                line.Append(data[k].ToString(CultureInfo.InvariantCulture)).Append(k + 1 < end ? ", " : ",");
            }

            line.Append('\n');
        }

        w.Close(";");
    }

    private static void Property(SourceWriter w, string name, string value) => w.Line("        " + name + " = " + value + ",");

    private static void DateProperty(SourceWriter w, string name, string? date)
    {
        if (date is null)
        {
            return;
        }

        // yyyy-MM-dd, validated by the parser.
        string year = date.Substring(0, 4).TrimStart('0');
        string month = date.Substring(5, 2).TrimStart('0');
        string day = date.Substring(8, 2).TrimStart('0');
        Property(w, name, "new global::System.DateOnly(" + year + ", " + month + ", " + day + ")");
    }

    private static string StringArray(IReadOnlyList<string> items)
    {
        var builder = new StringBuilder("new string[] { ");
        for (int i = 0; i < items.Count; i++)
        {
            builder.Append(i == 0 ? string.Empty : ", ").Append(CSharpLiteral.Quote(items[i]));
        }

        return builder.Append(" }").ToString();
    }
}
