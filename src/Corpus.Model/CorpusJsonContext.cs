using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Corpus.Model;

/// <summary>
/// System.Text.Json's source-generated metadata for the corpus types, for trimmed and Native AOT
/// apps, where reflection-based serialization is off: <c>JsonSerializer.Serialize(quote,
/// CorpusJsonContext.Default.Quote)</c>. Elsewhere <c>JsonSerializer.Serialize(quote)</c> needs
/// no options. Either way the shape is the one <c>corpus export --format jsonl</c> writes
/// (docs/json.md): an article is a line of <c>articles.jsonl</c>, an entity a line of
/// <c>entities.jsonl</c>, and a quote, mention, term, paragraph or sentence on its own names its
/// article by id. The types carry their converters (<c>[JsonConverter]</c>), so an app's own
/// context that includes them writes the same JSON. Writing only: reading throws.
/// </summary>
[JsonSerializable(typeof(Article))]
[JsonSerializable(typeof(Entity))]
[JsonSerializable(typeof(Person))]
[JsonSerializable(typeof(Organization))]
[JsonSerializable(typeof(Country))]
[JsonSerializable(typeof(Place))]
[JsonSerializable(typeof(Group))]
[JsonSerializable(typeof(Event))]
[JsonSerializable(typeof(Work))]
[JsonSerializable(typeof(Quote))]
[JsonSerializable(typeof(Mention))]
[JsonSerializable(typeof(Term))]
[JsonSerializable(typeof(Paragraph))]
[JsonSerializable(typeof(Sentence))]
[JsonSerializable(typeof(IReadOnlyList<Article>))]
[JsonSerializable(typeof(IReadOnlyList<Entity>))]
[JsonSerializable(typeof(IReadOnlyList<Quote>))]
[JsonSerializable(typeof(IReadOnlyList<Mention>))]
[JsonSerializable(typeof(IReadOnlyList<Sentence>))]
public sealed partial class CorpusJsonContext : JsonSerializerContext
{
}
