using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using Corpus.Syntax;
using Corpus.Syntax.Binding;

namespace Corpus.Benchmarks.Peer;

/// <summary>Writes a compiled corpus as the peer's two JSON Lines files, UTF-8 kept as is (as the CLI writes it).</summary>
internal static class JsonlWriter
{
    public static void Write(CorpusCompilation corpus, string directory)
    {
        var options = new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using (FileStream stream = File.Create(Path.Combine(directory, "entities.jsonl")))
        {
            foreach (EntityDeclaration entity in corpus.Entities.Entities)
            {
                var json = new JsonEntity { Id = entity.Id, Kind = entity.Kind.ToKeyword(), Name = entity.Name, Aliases = entity.Aliases.ToArray(), Description = entity.Description };
                WriteLine(stream, options, writer => JsonSerializer.Serialize(writer, json, JsonlContext.Default.JsonEntity));
            }
        }

        using (FileStream stream = File.Create(Path.Combine(directory, "articles.jsonl")))
        {
            foreach (BoundArticle bound in corpus.Articles)
            {
                ArticleFile a = bound.Article;
                var json = new JsonArticle
                {
                    Id = a.Id!,
                    Title = a.Title!,
                    Published = a.Published,
                    Text = a.Body,
                    Paragraphs = a.Paragraphs.Select(p => new JsonRange { Start = p.Start, End = p.Start + p.Length }).ToArray(),
                    Mentions = a.Mentions.Select(m => new JsonMention { Field = m.Field, Start = m.Start, End = m.Start + m.Length, Text = m.Text, Entity = m.Entity.Id }).ToArray(),
                    Quotes = a.Quotations.Select(q => new JsonQuote { Field = q.Field, Start = q.Start, End = q.Start + q.Length, Text = q.Text, Speaker = q.Speaker?.Id, Kind = q.Kind.ToString().ToLowerInvariant(), Paragraph = q.Paragraph }).ToArray(),
                    Terms = a.Terms.Select(t => new JsonTerm { Field = t.Field, Start = t.Start, End = t.Start + t.Length, Text = t.Text }).ToArray(),
                };
                WriteLine(stream, options, writer => JsonSerializer.Serialize(writer, json, JsonlContext.Default.JsonArticle));
            }
        }
    }

    private static void WriteLine(Stream stream, JsonWriterOptions options, System.Action<Utf8JsonWriter> write)
    {
        using (var writer = new Utf8JsonWriter(stream, options))
        {
            write(writer);
        }

        stream.WriteByte((byte)'\n');
    }
}
