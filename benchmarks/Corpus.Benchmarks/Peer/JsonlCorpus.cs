using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Corpus.Benchmarks.Peer;

// The peer a user would otherwise pick: the corpus exported as JSON Lines (the fields of
// `corpus export --format jsonl`) and read back with System.Text.Json's source-generated
// (reflection-free, fastest) metadata. This file is also compiled into the fresh-process app.

/// <summary>One line of <c>articles.jsonl</c>.</summary>
public sealed class JsonArticle
{
    public string Id { get; set; } = "";

    public string Title { get; set; } = "";

    public string? Published { get; set; }

    public string Text { get; set; } = "";

    public JsonRange[] Paragraphs { get; set; } = Array.Empty<JsonRange>();

    public JsonMention[] Mentions { get; set; } = Array.Empty<JsonMention>();

    public JsonQuote[] Quotes { get; set; } = Array.Empty<JsonQuote>();

    public JsonTerm[] Terms { get; set; } = Array.Empty<JsonTerm>();
}

public sealed class JsonRange
{
    public int Start { get; set; }

    public int End { get; set; }
}

public sealed class JsonMention
{
    public string Field { get; set; } = "";

    public int Start { get; set; }

    public int End { get; set; }

    public string Text { get; set; } = "";

    public string Entity { get; set; } = "";
}

public sealed class JsonQuote
{
    public string Field { get; set; } = "";

    public int Start { get; set; }

    public int End { get; set; }

    public string Text { get; set; } = "";

    public string? Speaker { get; set; }

    public string Kind { get; set; } = "";

    public int Paragraph { get; set; }
}

public sealed class JsonTerm
{
    public string Field { get; set; } = "";

    public int Start { get; set; }

    public int End { get; set; }

    public string Text { get; set; } = "";
}

/// <summary>One line of <c>entities.jsonl</c>.</summary>
public sealed class JsonEntity
{
    public string Id { get; set; } = "";

    public string Kind { get; set; } = "";

    public string Name { get; set; } = "";

    public string[] Aliases { get; set; } = Array.Empty<string>();

    public string? Description { get; set; }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(JsonArticle))]
[JsonSerializable(typeof(JsonEntity))]
public sealed partial class JsonlContext : JsonSerializerContext
{
}

/// <summary>The corpus loaded from JSON Lines: every article and an id → entity map.</summary>
public sealed class JsonlCorpus
{
    private JsonlCorpus(List<JsonArticle> articles, Dictionary<string, JsonEntity> entities)
    {
        Articles = articles;
        Entities = entities;
    }

    public List<JsonArticle> Articles { get; }

    public Dictionary<string, JsonEntity> Entities { get; }

    /// <summary>Reads both files whole and deserializes line by line straight from the UTF-8 bytes (no string per line).</summary>
    public static JsonlCorpus Load(string directory)
    {
        var entities = new Dictionary<string, JsonEntity>(StringComparer.Ordinal);
        foreach (JsonEntity entity in Lines(Path.Combine(directory, "entities.jsonl"), JsonlContext.Default.JsonEntity))
        {
            entities.Add(entity.Id, entity);
        }

        return new JsonlCorpus(Lines(Path.Combine(directory, "articles.jsonl"), JsonlContext.Default.JsonArticle), entities);
    }

    private static List<T> Lines<T>(string path, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type)
    {
        byte[] bytes = File.ReadAllBytes(path);
        var items = new List<T>();
        ReadOnlySpan<byte> rest = bytes;
        while (!rest.IsEmpty)
        {
            int end = rest.IndexOf((byte)'\n');
            ReadOnlySpan<byte> line = end < 0 ? rest : rest.Slice(0, end);
            if (!line.IsEmpty)
            {
                items.Add(JsonSerializer.Deserialize(line, type)!);
            }

            rest = end < 0 ? ReadOnlySpan<byte>.Empty : rest.Slice(end + 1);
        }

        return items;
    }
}
