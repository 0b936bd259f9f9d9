using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Corpus.Cli.Console;
using Corpus.Cli.Export;
using Corpus.Cli.Text;
using Corpus.Syntax;
using Corpus.Syntax.Naming;
using Corpus.Syntax.Parsing;

namespace Corpus.Cli.Import;

/// <summary>
/// <c>corpus import jsonl</c>: reads this tool's own JSON Lines export (<c>articles.jsonl</c>,
/// <c>entities.jsonl</c>) back into our format. Every article is written at its <c>file</c>
/// path with its front matter (in one fixed key order) and its annotated fields and body
/// (by <see cref="ArticleMarkupWriter"/>, one paragraph per line, quote kinds written only
/// where the parser would infer another); the registry becomes one <c>entities.txt</c> with
/// every key of every entity. What JSON Lines does not carry is not restored: registry
/// comments and block order, front-matter comments, and line wrapping inside a paragraph.
/// </summary>
internal sealed class JsonLinesImporter
{
    private const string DefaultLanguage = "en";

    /// <summary>The front-matter keys, in the order they are written.</summary>
    private static readonly string[] FieldOrderAfterSource = { ArticleFields.Image, ArticleFields.ImageCredit, ArticleFields.Note };

    public ImportResult Import(string sourceDirectory, string outputDirectory, ProgressScope progress)
    {
        var result = new ImportResult();
        string articlesPath = Path.Combine(sourceDirectory, JsonLinesExporter.ArticlesFile);
        string entitiesPath = Path.Combine(sourceDirectory, JsonLinesExporter.EntitiesFile);
        if (!File.Exists(articlesPath))
        {
            throw new CliException("no " + JsonLinesExporter.ArticlesFile + " in '" + sourceDirectory + "'");
        }

        var files = new List<CorpusSourceFile>();
        string[] articleLines = File.ReadAllLines(articlesPath, new UTF8Encoding(false, false));
        ProgressStep step = progress.Start("Converting " + articleLines.Length + " articles", articleLines.Length);
        for (int n = 0; n < articleLines.Length; n++)
        {
            if (articleLines[n].Length > 0)
            {
                try
                {
                    using JsonDocument json = JsonDocument.Parse(articleLines[n]);
                    files.Add(Article(json.RootElement, outputDirectory, result));
                    result.Documents++;
                }
                catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
                {
                    result.Warnings.Add(JsonLinesExporter.ArticlesFile + ": line " + (n + 1) + ": " + e.Message + ", skipped");
                }
            }

            step.Advance();
        }

        step.Complete();
        if (File.Exists(entitiesPath))
        {
            files.Insert(0, new CorpusSourceFile(Path.Combine(outputDirectory, "entities.txt").Replace('\\', '/'), Registry(entitiesPath, result)));
        }

        CorpusCompilation compilation = CorpusCompilation.Create(files);
        result.Diagnostics.AddRange(compilation.Diagnostics);
        foreach (CorpusSourceFile file in files)
        {
            OutputFiles.Write(file.Path, file.Text);
        }

        return result;
    }

    private static string Registry(string path, ImportResult result)
    {
        var text = new StringBuilder();
        string[] lines = File.ReadAllLines(path, new UTF8Encoding(false, false));
        for (int n = 0; n < lines.Length; n++)
        {
            if (lines[n].Length == 0)
            {
                continue;
            }

            try
            {
                using JsonDocument json = JsonDocument.Parse(lines[n]);
                JsonElement e = json.RootElement;
                var block = new StringBuilder();
                block.Append('@').Append(e.GetProperty("id").GetString()).Append(' ').Append(e.GetProperty("kind").GetString()).Append('\n');
                block.Append("name: ").Append(e.GetProperty("name").GetString()).Append('\n');
                AppendList(block, "aliases", Strings(e, "aliases"), string.Empty);
                AppendValue(block, "description", e.GetProperty("description").GetString());
                AppendList(block, "affiliations", Strings(e, "affiliations"), "@");
                AppendValue(block, "wikidata", e.GetProperty("wikidata").GetString());
                text.Append(text.Length > 0 ? "\n" : string.Empty).Append(block);
                result.Entities++;
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
            {
                result.Warnings.Add(JsonLinesExporter.EntitiesFile + ": line " + (n + 1) + ": " + e.Message + ", skipped");
            }
        }

        return text.ToString();
    }

    /// <summary>A string property that must be there and not null; otherwise the line is skipped with the reason.</summary>
    private static string Required(JsonElement element, string name) =>
        element.GetProperty(name).GetString() ?? throw new InvalidOperationException("'" + name + "' is null");

    private static CorpusSourceFile Article(JsonElement a, string outputDirectory, ImportResult result)
    {
        string id = Required(a, "id");
        string file = Required(a, "file");
        if (!SafeCorpusPath.IsSafe(file))
        {
            if (!Ids.IsValid(id))
            {
                // The id would name the file instead: it must not be a path either.
                throw new InvalidOperationException("the file '" + file + "' is not a corpus path below the output folder, and the id '" + id + "' cannot name one");
            }

            // Never write outside the output folder.
            result.Warnings.Add(JsonLinesExporter.ArticlesFile + ": " + id + ": the file '" + file + "' is not a corpus path below the output folder; written as articles/" + id + ".txt");
            file = "articles/" + id + ".txt";
        }

        string path = Path.Combine(outputDirectory, file).Replace('\\', '/');
        OffsetUnit unit = OffsetUnits.Parse(Required(a, "offsets"));
        var texts = new Dictionary<string, string>(StringComparer.Ordinal) { [ArticleFields.Body] = Required(a, "text") };
        foreach (JsonProperty field in a.GetProperty("fields").EnumerateObject())
        {
            texts[field.Name] = field.Value.GetString() ?? throw new InvalidOperationException("the field '" + field.Name + "' is null");
        }

        var spans = new Dictionary<string, List<ImportedSpan>>(StringComparer.Ordinal);
        var converters = new Dictionary<string, OffsetConverter>(StringComparer.Ordinal);
        foreach (KeyValuePair<string, string> text in texts)
        {
            spans[text.Key] = new List<ImportedSpan>();
            converters[text.Key] = OffsetConverter.For(text.Value, unit);
        }

        int index = 0;
        foreach (JsonElement m in a.GetProperty("mentions").EnumerateArray())
        {
            Add(m, ImportRole.Mention, m.GetProperty("entity").GetString(), null, "mention " + (++index));
            result.Mentions++;
        }

        index = 0;
        foreach (JsonElement q in a.GetProperty("quotes").EnumerateArray())
        {
            // An unknown word reads as reported speech, as before: the quotation is kept, unmarked.
            QuoteKind kind = QuoteKinds.TryParse(q.GetProperty("kind").GetString() ?? string.Empty, out QuoteKind known) ? known : QuoteKind.Indirect;
            Add(q, ImportRole.Quotation, q.GetProperty("speaker").GetString(), kind, "quote " + (++index));
            result.Quotations++;
        }

        index = 0;
        foreach (JsonElement t in a.GetProperty("terms").EnumerateArray())
        {
            Add(t, ImportRole.Term, null, null, "term " + (++index));
            result.Terms++;
        }

        // First without explicit kinds; then with a kind on each quotation the parser reads differently.
        var overrides = new HashSet<ImportedSpan>();
        string markup = Markup(a, id, file, texts, spans, overrides, result.Warnings);
        ArticleFile parsed = ArticleParser.Parse(path, markup);
        var inferred = new Dictionary<(string, int, int), QuoteKind>();
        foreach (QuotationSyntax quote in parsed.Quotations)
        {
            inferred[(quote.Field, quote.Start, quote.Start + quote.Length)] = quote.Kind;
        }

        foreach (KeyValuePair<string, List<ImportedSpan>> field in spans)
        {
            foreach (ImportedSpan span in field.Value)
            {
                if (span.Role == ImportRole.Quotation && span.Kind is QuoteKind.Direct or QuoteKind.Partial &&
                    inferred.TryGetValue((field.Key, span.Start, span.End), out QuoteKind kind) && kind != span.Kind)
                {
                    overrides.Add(span);
                }
            }
        }

        if (overrides.Count > 0)
        {
            markup = Markup(a, id, file, texts, spans, overrides, new List<string>());
        }

        return new CorpusSourceFile(path, markup);

        void Add(JsonElement item, ImportRole role, string? entity, QuoteKind? kind, string source)
        {
            string field = item.GetProperty("field").GetString()!;
            if (!converters.TryGetValue(field, out OffsetConverter? converter))
            {
                result.Warnings.Add(file + ": " + source + ": no text for the field '" + field + "', left out");
                result.LeftOut++;
                return;
            }

            int start = item.GetProperty("start").GetInt32();
            int end = item.GetProperty("end").GetInt32();
            if (!converter.IsValid(start) || !converter.IsValid(end) || end < start)
            {
                result.Warnings.Add(file + ": " + source + ": offsets " + start + "-" + end + " lie outside the text of '" + field + "', left out");
                result.LeftOut++;
                return;
            }

            string? name = item.TryGetProperty("name", out JsonElement n) ? n.GetString() : null;
            spans[field].Add(new ImportedSpan(role, converter.ToUtf16(start), converter.ToUtf16(end), entity, kind, name, file + ": " + source));
        }
    }

    private static string Markup(JsonElement a, string id, string file, Dictionary<string, string> texts, Dictionary<string, List<ImportedSpan>> spans, HashSet<ImportedSpan> overrides, List<string> warnings)
    {
        string Field(string name) => ArticleMarkupWriter.Write(texts[name], spans[name], overrides, escapeUnannotatedQuotes: true, warnings, out _);

        var text = new StringBuilder("---\n");
        if (!string.Equals(FileNames.GetArticleId(file), id, StringComparison.Ordinal))
        {
            text.Append("id: ").Append(id).Append('\n');
        }

        AppendValue(text, "title", a.GetProperty("title").GetString());
        if (texts.ContainsKey(ArticleFields.Summary))
        {
            AppendValue(text, ArticleFields.Summary, Field(ArticleFields.Summary));
        }

        string? sourceEntity = a.GetProperty("sourceEntity").GetString();
        AppendValue(text, "source", sourceEntity is not null ? "@" + sourceEntity : a.GetProperty("source").GetString());
        AppendList(text, "byline", Strings(a, "byline"), string.Empty);
        AppendValue(text, "published", a.GetProperty("published").GetString());
        AppendValue(text, "updated", a.GetProperty("updated").GetString());
        string? language = a.GetProperty("language").GetString();
        AppendValue(text, "language", string.Equals(language, DefaultLanguage, StringComparison.Ordinal) ? null : language);
        AppendList(text, "tags", Strings(a, "tags"), string.Empty);
        foreach (string field in FieldOrderAfterSource)
        {
            if (texts.ContainsKey(field))
            {
                AppendValue(text, field, Field(field));
            }
        }

        foreach (JsonProperty entry in a.GetProperty("metadata").EnumerateObject())
        {
            AppendValue(text, entry.Name, entry.Value.GetString());
        }

        text.Append("---\n").Append(Field(ArticleFields.Body)).Append('\n');
        return text.ToString();
    }

    private static List<string> Strings(JsonElement element, string property)
    {
        var values = new List<string>();
        foreach (JsonElement value in element.GetProperty(property).EnumerateArray())
        {
            values.Add(value.GetString()!);
        }

        return values;
    }

    private static void AppendValue(StringBuilder text, string key, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            text.Append(key).Append(": ").Append(value).Append('\n');
        }
    }

    private static void AppendList(StringBuilder text, string key, List<string> values, string prefix)
    {
        if (values.Count > 0)
        {
            text.Append(key).Append(": ");
            for (int i = 0; i < values.Count; i++)
            {
                text.Append(i > 0 ? "; " : string.Empty).Append(prefix).Append(values[i]);
            }

            text.Append('\n');
        }
    }
}
